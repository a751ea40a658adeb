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

from dataclasses import dataclass, field
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from tracker import lexicon as lexicon_mod
from tracker.arabic import CONJUNCTIONS, norm, stems, unsuffixed
from tracker.lexicon import Lexicon, Slot, VerbForm
from tracker.models import ClaimKind, Polarity
from tracker.quotes import QUOTE_CHARS
from tracker.speakers import PREPOSITIONS, Mention, by_first_word, classify, phrase_at, phrase_in

MAX_REGION = 30
COMMA = frozenset({"،", ","})
PARTICLES = frozenset({"قد", "وقد", "لقد", "ولقد"})  # verbal particles between a subject and its verb
STOP_ENDINGS = ("", "ه", "ها", "هم", "هما")  # a clause stop as written, or with a pronoun (إلا أنها)
EXPLANATORY = frozenset({"حيث", "اذ"})
HARD_STOPS = frozenset({".", "!", "?", "؟", ":", "؛", "..."})


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


if not Doc.has_extension("attributions"):
    Doc.set_extension("attributions", default=None)


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
        self.text = doc.text  # Doc.text joins every token on each access: read it once
        # Per token, so that no Token is made to compare words: the normalizer's lists, if it ran.
        self.words: list[str] = doc.user_data.get("words") or [t.text for t in doc]
        self.normed: list[str] = doc.user_data.get("norms") or [norm(w) for w in self.words]
        self._anonymity: dict[int, bool] = {}  # sentence start -> anonymity phrase in it

    # -- helpers -----------------------------------------------------------------------------
    def is_comp(self, t: Token) -> bool:
        return self.normed[t.i] in self.lex.complementizers

    def verb(self, t: Token) -> VerbForm | None:
        """The reporting-verb form a token is, unless its left neighbour makes it a noun or content."""
        form = self.lex.verb_forms.get(self.normed[t.i])
        if form is None or t.i == 0:
            return form
        prev = self.normed[t.i - 1]
        if prev in PREPOSITIONS or prev in self.lex.negations:
            return None  # عن نقل الأسلحة، طلب عدم ذكر اسمه، لا ترى
        return form

    def opening_quote(self, t: Token) -> bool:
        return t.text in QUOTE_CHARS and t.idx in self.quote_at_open

    def closed_on_line(self, t: Token) -> bool:
        close = self.quote_at_open.get(t.idx, len(self.text))
        return close < len(self.text) and self.text[close] != "\n"

    def _after_quote(self, t: Token) -> int:
        """Index of the first token after the quotation that `t` opens."""
        close = self.quote_at_open.get(t.idx, t.idx)
        j = t.i + 1
        while j < len(self.doc) and self.doc[j].idx <= close:
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
            or (len(prev.text) == 1 and prev.text.isalpha())
        ):
            return False
        close = self.quote_at_open[t.idx]
        inner = [
            u for u in doc.char_span(t.idx + 1, close, alignment_mode="contract") or [] if not u.is_punct
        ]
        if not inner:
            return False
        if len(inner) <= 4 and (
            lex.head(inner[0].text) or phrase_at(inner, lex.outlets) or phrase_at(inner, lex.organizations)
        ):
            return False
        after = self.text[close + 1 : close + 3].lstrip(" ")
        return len(inner) >= 4 or not after or not after[0].isalpha()

    def _phrase(self, start: int, end: int, phrases: list[tuple[str, ...]]) -> tuple[int, int] | None:
        """`phrase_at` on the tokens start..end, read from the document's word lists."""
        return phrase_in(self.words[start:end], self.normed[start:end], phrases)

    def anonymity_in(self, sent: Span) -> bool:
        if sent.start not in self._anonymity:
            self._anonymity[sent.start] = self._phrase(sent.start, sent.end, self.lex.anonymity) is not None
        return self._anonymity[sent.start]

    def mention(self, start: int, end: int, sent: Span, subject: bool = False) -> Mention | None:
        while start < end and (self.doc[start].is_punct and not self.opening_quote(self.doc[start])):
            start += 1
        while end > start and (self.doc[end - 1].is_punct and self.doc[end - 1].text not in QUOTE_CHARS):
            end -= 1
        if end <= start:
            return None
        m = classify(self.doc[start:end], self.lex, self.anonymity_in(sent), frozenset(self.known), subject)
        if m is not None and m.named:
            self.known.update(norm(t.text) for t in m.span)
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
        doc, lex = self.doc, self.lex
        i = start
        while i < end:
            t = doc[i]
            n = norm(t.text)
            s = stems(t.text)
            if i > start and (n in lex.time_words or t.text == "(" or n in lex.quoting_nouns):
                return i
            if i > start and any(x in lex.quoting_nouns for x in s):
                return i
            if i > start and n in ("في", "خلال", "عبر", "امام", "اثناء", "ضمن") and i + 1 < end:
                nxt = doc[i + 1].text
                if any(x in lex.occasions for x in stems(nxt)) or unsuffixed(nxt) in lex.occasions:
                    return i  # في تصريحات، في بيانها
            if i > start and len(n) > 2 and n[0] in "لب" and not n.startswith("ال"):
                head = lex.head(t.text)
                if head and head.cls == "outlet" and n[0] == "ل":
                    return i  # قال ... لوكالة X / للصحيفة
                if any(x in lex.occasions for x in s[1:]):
                    return i
            if i > start and n == "مع" and i + 1 < end:
                head = lex.head(doc[i + 1].text)
                if head and head.cls == "outlet":
                    return i
            if i > start and self._anonymity_starts(i, end):
                return i  # ...، طالبا عدم ذكر اسمه: the speaker phrase ends before the phrase
            i += 1
        return end

    def _circumstance_at(self, i: int, end: int) -> bool:
        """Does the region open with an occasion, a channel or a time (وأشاروا في تصريحات لوكالة X إلى)?"""
        if self.doc[i].is_punct:
            return self.doc[i].text != "("  # a parenthesis starts more than a circumstance
        probe = self.speaker_end(i - 1, end) if i > 0 else end
        return probe == i

    def _anonymity_starts(self, i: int, end: int) -> bool:
        """An anonymity phrase starts here or right after this token (a comma, طالبا، مفضلا)."""
        hit = self._phrase(i, min(end, i + 8), self.lex.anonymity)
        return hit is not None and hit[0] <= 1

    def vias_in(self, start: int, end: int, sent: Span) -> list[Mention]:
        """Outlets named in the rest of a speaker region: لوكالة X، مع شبكة X، للصحيفة نفسها."""
        doc, lex = self.doc, self.lex
        out = []
        i = start
        while i < end:
            head = lex.head(doc[i].text)
            named = self._phrase(i, i + 1, lex.outlets) is not None
            if (head and head.cls == "outlet") or named:
                j = i + 1
                while j < end and not (doc[j].text in COMMA or norm(doc[j].text) in lex.time_words):
                    if self.opening_quote(doc[j]):
                        j = self._after_quote(doc[j])
                        continue
                    if doc[j].text == "(" or self.verb(doc[j]) or self.is_comp(doc[j]):
                        break
                    j += 1
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
        doc = self.doc
        end = min(sent_end, limit if limit is not None else sent_end)
        stops = self.lex.claim_stops
        j = i
        while j < end:
            text = doc[j].text
            if text == "؛" and not (j + 1 < end and norm(doc[j + 1].text) in EXPLANATORY):
                break  # ...؛ حيث إن ... / ...؛ إذ ...: the reason belongs to the same statement
            if text == ":" and j > i + 2:
                break
            if text in COMMA and j > i + 2 and j + 1 < end:
                following = " ".join(norm(u.text) for u in doc[j + 1 : min(end, j + 4)])
                if any(
                    following == s + end or following.startswith(s + end + " ")
                    for s in stops
                    for end in STOP_ENDINGS
                ):
                    break  # the stop's last word may carry a pronoun: إلا أنها
                if self.verb(doc[j + 1]) and self.verb(doc[j + 1]).participle:  # type: ignore[union-attr]
                    break
            j += 1
        while j > i and ((doc[j - 1].is_punct and doc[j - 1].text not in QUOTE_CHARS) or doc[j - 1].is_space):
            j -= 1
        if j <= i:
            return None
        return _char_span(doc, i, j)

    # -- one sentence ----------------------------------------------------------------------------
    def sentence(self, sent: Span) -> None:
        doc, lex = self.doc, self.lex
        consumed: set[int] = set()
        found: list[Attribution] = []
        for i in range(sent.start, sent.end):
            if self.normed[i] not in lex.verb_forms:
                continue  # no reporting verb (most words): no Token is made
            t = doc[i]
            form = self.verb(t)
            if form is None or self._after_according_to(t):
                continue
            prev = doc[t.i - 1] if t.i > sent.start else None
            a = self.verbal(t, form, sent, consumed)
            if a is None:
                continue
            if prev is not None and norm(prev.text) in lex.relatives and (a.speaker is None or a.implicit):
                continue  # من قالت إنه ...، الذي قال: the subject is the antecedent of a relative clause
            consumed.update(range(a.cue.start, a.region_end))
            found.append(a)
        found += self.according_to(sent, consumed)
        found.sort(key=lambda a: a.cue.start)
        # A claim ends where the next attribution of the sentence begins.
        for a, b in pairwise(found):
            b_start = (b.implicit or (b.speaker.span if b.speaker else b.cue)).start
            b_char = min(doc[b_start].idx, b.cue.start_char)
            if a.claim[0] < b_char < a.claim[1] and a.kind not in ("direct",):
                end = b_char
                while end > a.claim[0] and (self.text[end - 1].isspace() or self.text[end - 1] in "،,"):
                    end -= 1
                if end > a.claim[0]:
                    a.claim = (a.claim[0], end)
        self.out += found

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

    def according_to(self, sent: Span, consumed: set[int]) -> list[Attribution]:
        doc, lex = self.doc, self.lex
        out = []
        toks = self.words[sent.start : sent.end]
        normed = self.normed[sent.start : sent.end]
        by_first = by_first_word(lex.according_to, lambda item: item[0][0])
        k = 0
        while k < len(toks):
            if sent.start + k in consumed:
                k += 1
                continue
            hit = None
            candidates = [c for s in stems(toks[k])[:2] if s in by_first for c in by_first[s]]
            if not candidates:  # most words start no according-to phrase
                k += 1
                continue
            for _, (phrase, lemma) in sorted(candidates):
                n = len(phrase)
                last = phrase[-1]
                if k + n > len(toks):
                    continue
                if phrase[0] not in stems(toks[k])[:2]:
                    continue
                if n > 1 and len(last) == 1:  # وفقا ل / استنادا ل: the clitic sits on the next word
                    if tuple(normed[k + 1 : k + n - 1]) == phrase[1:-1] and normed[k + n - 1].startswith(
                        last
                    ):
                        hit = (phrase, lemma, n - 1)
                        break
                elif tuple(normed[k + 1 : k + n]) == phrase[1:]:
                    hit = (phrase, lemma, n)
                    break
            if hit is None:
                k += 1
                continue
            phrase, lemma, width = hit
            cue_start, cue_end = sent.start + k, sent.start + k + width
            src = cue_end
            if src < sent.end and normed[src - sent.start] in lex.publication_verbs | {"ما"}:
                if normed[src - sent.start] == "ما":
                    src += 1
                if src < sent.end and (
                    normed[src - sent.start] in lex.publication_verbs or self.verb(doc[src])
                ):
                    src += 1
            src_end = src
            while src_end < sent.end and doc[src_end].text not in COMMA | HARD_STOPS:
                if self.is_comp(doc[src_end]):
                    break
                src_end += 1
            speaker = self.mention(src, src_end, sent)
            if speaker is None:
                k += 1
                continue
            consumed.update(range(cue_start, src_end))
            lead = self.skip_discourse(sent.start, sent.end)
            if cue_start <= lead + 1:  # وبحسب SOURCE، فإن CLAIM
                c = src_end
                while c < sent.end and (doc[c].text in COMMA or self.is_comp(doc[c])):
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
                        slot=speaker.slot,
                    )
                )
            k = src_end - sent.start
        return out

    def _clause_start(self, sent: Span, before: int) -> int:
        """Start of the clause that ends at token `before` (after an earlier attribution or opener)."""
        start = self.skip_discourse(sent.start, before)
        for j in range(before - 1, start - 1, -1):
            if self.doc[j].text in (":", "؛"):
                return j + 1
        return start

    def verbal(self, t: Token, form: VerbForm, sent: Span, consumed: set[int]) -> Attribution | None:
        doc, lex = self.doc, self.lex
        verb = form.verb
        allowed = set(verb.complements)
        comp_i, comp_kind = None, None
        limit = min(sent.end, t.i + 1 + MAX_REGION)
        skip_to = -1
        for j in range(t.i + 1, limit):
            u = doc[j]
            n = norm(u.text)
            if j < skip_to:
                continue
            if self.opening_quote(u) and not self.speech_quote(u):
                skip_to = self._after_quote(u)  # «سي إن إن»: words of a quoted name are not complements
                continue
            if j in consumed or (self.verb(u) and not self.verb(u).participle and j > t.i + 1):  # type: ignore[union-attr]
                break
            if self.is_comp(u) and ("that" in allowed or "إلى" in allowed or "على" in allowed):
                comp_i, comp_kind = j, "that"
                break
            if u.text == ":" and ("quote" in allowed or "that" in allowed):
                comp_i, comp_kind = j, "colon"
                break
            if self.speech_quote(u) and ("quote" in allowed or "that" in allowed):
                comp_i, comp_kind = j, "quote"
                break
            for p in allowed:
                prep, _, needs_that = p.partition(" ")
                if prep in ("that", "quote", "object") or norm(prep) != n:
                    continue
                if needs_that and not (j + 1 < limit and self.is_comp(doc[j + 1])):
                    continue
                comp_i, comp_kind = j, "prep"
                break
            if comp_kind == "prep":
                break
        if comp_i is None and "object" not in allowed:
            return None
        region_end = comp_i if comp_i is not None else limit
        region_start = t.i + 1
        via: list[Mention] = []
        speaker: Mention | None = None
        implicit: Span | None = None
        # Chains: نقلت X عن SOURCE قوله / قالت X، نقلا عن SOURCE
        split = None
        for j in range(region_start, region_end):
            nj = norm(doc[j].text)
            if verb.chain and nj == "عن":
                split = (j, j + 1)
                break
            if nj == "نقلا" and j + 1 < region_end and norm(doc[j + 1].text) == "عن":
                split = (j, j + 2)
                break
        if verb.chain and split is None:
            return None  # شاحنات نقل الوقود: نقل without عن is not "quoting"
        if split is not None:
            outer = self.mention(region_start, self.speaker_end(region_start, split[0]), sent)
            if outer is not None:
                via.append(outer)
            region_start = split[1]
        if form.participle:
            end = region_start
        else:
            end = self.speaker_end(region_start, region_end)
            leftover = end < region_end and not self._circumstance_at(end, region_end)
            if comp_kind == "colon" and leftover and not self.vias_in(end, region_end, sent):
                if "object" not in allowed:
                    return None
                comp_i = comp_kind = None  # واعتبر X هجوم ... دليلا على ...: a list colon, not speech
                region_end = limit
            if comp_i is None:  # object complement: the speaker is the noun phrase, the claim follows
                end = region_end = self._np_end(region_start, region_end)
        if end > region_start:
            speaker = self.mention(region_start, end, sent)
        if speaker is not None:
            via += self.vias_in(end, region_end, sent)
        elif split is None and not form.participle:
            # SPEAKER قال إن ... / لكنه أوضح أن ...
            prev = doc[t.i - 1] if t.i > sent.start else None
            if prev is not None and lex.pronoun(prev.text):
                implicit = doc[prev.i : prev.i + 1]
            elif norm(t.text)[0] not in CONJUNCTIONS or norm(t.text)[1:] not in lex.verb_forms:
                speaker = self._subject_before(t, sent)  # وقال opens a clause: its subject follows
            via += self.vias_in(region_start, region_end, sent)
        if speaker is None and implicit is None:
            if verb.needs_subject or split is not None or comp_i is None:
                return None
            if region_end > region_start and not self._circumstance_at(region_start, region_end):
                return None  # words stand between the verb and its complement, and they are no speaker
            implicit = doc[t.i : t.i + 1]
            via += self.vias_in(region_start, region_end, sent) if not via else []
        # The claim
        claim = None
        kind: ClaimKind = "indirect"
        if comp_i is None:
            start = end if speaker is not None and end > t.i + 1 else t.i + 1
            claim = self.claim_from(start, sent.end)
        else:
            c = comp_i + 1 if comp_kind != "quote" else comp_i
            if comp_kind == "prep":
                while c < sent.end and (self.is_comp(doc[c]) or norm(doc[c].text) == "ما"):
                    c += 1
            if c < sent.end and comp_kind != "quote" and self.is_comp(doc[c]):
                c += 1
            if c < sent.end and self.speech_quote(doc[c]):
                kind = "direct"
                if self.closed_on_line(doc[c]):
                    claim = self.quote_claim(doc[c])
                else:  # an unclosed quotation: its clause, not the whole paragraph
                    claim = self.claim_from(c + 1, sent.end)
            else:
                claim = self.claim_from(c, sent.end)
        if claim is None:
            return None
        slot = form.slot if implicit is not None and implicit.start == t.i else None
        if implicit is not None and implicit.start != t.i:
            slot = lex.pronoun(implicit.text)
        return Attribution(
            t.doc[t.i : t.i + 1],
            verb.lemma,
            verb.polarity,
            kind,
            claim,
            speaker,
            via,
            slot,
            implicit,
            region_end,
        )

    def _np_end(self, start: int, end: int) -> int:
        """End of a speaker noun phrase followed directly by an object: head, adjectives, genitives."""
        doc, lex = self.doc, self.lex
        i = start
        while i < end and (doc[i].is_punct and doc[i].text not in QUOTE_CHARS):
            i += 1
        if i >= end:
            return start
        i += 1
        while i < end:
            n = norm(doc[i].text)
            if (
                lex.nationality(doc[i].text)
                or n in lex.official_markers
                or (n.startswith("ال") and n.endswith(("ي", "يه", "يون", "يين")))
            ):
                i += 1  # adjectives: أميركي، الأمني، العراقية
                continue
            prev = norm(doc[i - 1].text)
            if prev.endswith(("و", "ي")) and n.startswith("ال") and lex.head(doc[i - 1].text):
                i += 1  # مسؤولو الاستخبارات: construct state
                continue
            if n in ("في", "من") and i + 1 < end and norm(doc[i + 1].text).startswith("ال"):
                i += 2
                continue
            break
        return i

    def _subject_before(self, t: Token, sent: Span) -> Mention | None:
        """SPEAKER قال إن: the noun phrase between the clause start and the verb."""
        doc, lex = self.doc, self.lex
        j = t.i
        while j > sent.start:
            u = doc[j - 1]
            n = norm(u.text)
            if u.text in HARD_STOPS or self.is_comp(u) or self.verb(u) or n in lex.relatives:
                break
            if n in lex.subordinators:
                break
            if j == t.i and u.text in QUOTE_CHARS and not self.opening_quote(u):
                opener = self._quote_opened_before(u)
                if opener is None or self.speech_quote(opener):
                    break  # «...» قال: after a quotation, the verb's subject follows it
            if u.is_space:
                break
            if n in ("و",):
                break
            j -= 1
            if t.i - j > 15:
                return None
        start = self.skip_discourse(j, t.i)
        end = t.i
        while end > start and norm(doc[end - 1].text) in PARTICLES:
            end -= 1  # وكانت قناة العربية قد ذكرت: قد belongs to the verb
        if start >= t.i:
            return None
        if (
            start > sent.start
            and doc[start - 1].text in QUOTE_CHARS
            and not self.opening_quote(doc[start - 1])
        ):
            return None  # «...» قال: the verb's subject follows
        return self.mention(start, end, sent, subject=True)

    def headline(self, sent: Span, found: list[Attribution]) -> None:
        """SOURCE: CLAIM on a title line; an inner attribution gets SOURCE as intermediary."""
        doc, lex = self.doc, self.lex
        colon = next((t.i for t in sent if t.text == ":"), None)
        if colon is None or colon - sent.start > 6 or colon == sent.start:
            return
        label = list(doc[sent.start : colon])
        if phrase_at(label, lex.not_headline_sources) is not None:
            return
        if any(self.verb(t) for t in label):
            return  # وقالت المحامية لصحيفة X: «...»: a verbal attribution, not a SOURCE: headline
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

    def run(self) -> list[Attribution]:
        for sent in self.doc.sents:
            before = len(self.out)
            self.sentence(sent)
            if _is_title_line(sent):
                mine = self.out[before:]
                self.headline(sent, mine)
                self.out[before:] = sorted(mine, key=lambda a: a.cue.start)
        return self.out


def _is_title_line(sent: Span) -> bool:
    """A short line of its own with no sentence-final stop: a title or subtitle."""
    doc = sent.doc
    line_start = sent.start == 0 or "\n" in doc[sent.start - 1].text
    end = sent.end
    line_end = end >= len(doc) or "\n" in doc[end - 1].text or (end < len(doc) and "\n" in doc[end].text)
    if not (line_start and line_end):
        return False
    words = [t for t in sent if not (t.is_space or t.is_punct)]
    return 0 < len(words) <= 20 and sent[-1].text not in (".", "؟", "!")


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
