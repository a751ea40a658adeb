"""Arabic normal forms for matching: never used to change the text that offsets point into.

`norm` folds spelling variants (diacritics, tatweel, alef/hamza forms, alef maqsura, ta marbuta,
Arabic-Indic digits, presentation forms) so that عُقد، عقد and عـقد compare equal. `stems` peels the
clitics Arabic writes onto a word (و ف ب ل ك, the article ال, لل) so that والقاعدة matches القاعدة.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

_DIACRITICS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_LETTERS = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ؤ": "و",
        "ئ": "ي",
        "ک": "ك",
        "ی": "ي",
        **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + i): str(i) for i in range(10)},  # Extended (Persian) digits
        "٫": ".",
        "٬": ",",
    }
)
_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3\w]+")

CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")
ARTICLE = "ال"
PARTICLES = frozenset({"لم", "لا", "لن", "قد", "ما", "ان"})
"""Two-letter particles that و or ف may be glued to (ولم، فلا، وقد): peeled though the stem is short."""


WORD_CHARS = 24
"""Strings up to this long (words, short phrases) repeat and are cached; claims and sentences are not."""


def norm(text: str) -> str:
    """Spelling-variant-free form of `text` (its length may differ from the input)."""
    return _norm_word(text) if len(text) <= WORD_CHARS else _norm(text)


def plain(text: str) -> str:
    """`text` without diacritics and tatweel, its letters as written: where hamza tells words apart
    (وإن، even if, against وأن، and that), which `norm` folds together."""
    return _DIACRITICS.sub("", text)


def normed(words: Iterable[str]) -> frozenset[str]:
    """The normalized forms of a rule file's word list, looked up token by token."""
    return frozenset(norm(w) for w in words)


@lru_cache(maxsize=100_000)
def _norm_word(word: str) -> str:
    return _norm(word)


def _norm(text: str) -> str:
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    return _DIACRITICS.sub("", text).translate(_LETTERS)


@lru_cache(maxsize=100_000)
def stems(word: str) -> tuple[str, ...]:
    """The normalized word and each form left after peeling clitics, longest first.

    وللقاعدة -> (وللقاعده, للقاعده, القاعده, قاعده); a stem keeps at least two letters so that
    short words (ان، لم) are not peeled into nothing, and a three-letter word is peeled only where a
    particle is left (ولم -> لم; not وجد).
    """
    w = norm(word)
    out = [w]
    if len(w) == 3 and w[0] in CONJUNCTIONS and w[1:] in PARTICLES:
        return (w, w[1:])  # ولم: لم
    if len(w) > 3 and w[0] in CONJUNCTIONS:
        w = w[1:]
        out.append(w)
    if len(w) > 3 and w.startswith("لل"):  # ل + ال with the alef dropped, or ل + a word in ل (للجنة)
        out.append("ال" + w[2:])
        out.append(w[1:])
        out.append(w[2:])
        return tuple(dict.fromkeys(out))
    if len(w) > 3 and w[0] in PREPOSITIONS:
        w = w[1:]
        out.append(w)
    if len(w) > 3 and w.startswith(ARTICLE):
        out.append(w[2:])
    return tuple(dict.fromkeys(out))


POSSESSIVES = ("هما", "هم", "ها", "ه", "نا")


def unsuffixed(word: str) -> str:
    """The bare word without a possessive pronoun: بيانها -> بيان, تصريحاته -> تصريحات."""
    return depossessed(bare(word))


def depossessed(stem: str) -> str:
    """A normalized stem without its possessive pronoun (بيانه -> بيان، كلمتها -> كلمه)."""
    for p in POSSESSIVES:
        if stem.endswith(p) and len(stem) - len(p) >= 3:
            b = stem[: -len(p)]
            return b[:-1] + "ه" if b.endswith("ت") and not b.endswith("ات") else b
    return stem


VERB_SUFFIXES = ("وا", "ون", "ين", "ان", "تا", "نا", "ت", "ا", "ن")
"""A verb's person endings (and a noun's plural, dual and tanween, which `verb_core` peels alike)."""
VERB_OBJECTS = ("هما", "هم", "ها", "ه")
"""The object pronouns after a verb (أحرقوها)."""
VERB_PREFIXES = "يتنا"
"""The person prefixes of the imperfect (يطلق، تطلق، نطلق، أطلق: alef after norm)."""
PAST_ENDINGS = ("وا", "تا", "تم", "نا", "ت")
"""The person endings of a past verb that no noun ending shares (a noun's plural ون، ين or dual ان does)."""


def _unjoined(word: str) -> str:
    """The normalized word without a conjunction glued to it (وأطلقوا: اطلقوا), keeping four letters."""
    w = norm(word)
    return w[1:] if w[:1] in CONJUNCTIONS and len(w) > 4 else w


@lru_cache(maxsize=100_000)
def verb_core(word: str) -> str:
    """The word without its conjunction, object pronoun, person ending and person prefix (نطلق،
    أطلقوا، يطلقون، وأحرقوها: طلق، حرق): one verb told in two persons meets itself. No morphology: a
    noun loses its endings too, and two verbs may share a core by chance, so callers ask for more."""
    w = _unjoined(word)
    for ending in (VERB_OBJECTS, VERB_SUFFIXES):
        w = next((w[: -len(e)] for e in ending if w.endswith(e) and len(w) - len(e) >= 3), w)
    return w[1:] if w[:1] in VERB_PREFIXES and len(w) >= 4 else w


@lru_cache(maxsize=100_000)
def verb_cores(word: str) -> frozenset[str]:
    """`verb_core`, and for a past of the fifth or sixth form told with an ending (تسربت، تسربا، تدخلوا)
    the core with its ت, which the imperfect keeps (يتسرب: تسرب), so both tenses meet. Not the bare word
    (تدخل), as often that form's verbal noun (تدخل المملكة)."""
    core = verb_core(word)
    w = _unjoined(word)
    fifth = "ت" + core
    return frozenset({core, fifth}) if w.startswith(fifth) and len(w) > len(fifth) else frozenset({core})


def verb_like(word: str) -> bool:
    """The word bears a verb's person prefix or ending (أطلقوا، يطلق، قصفت) and no article: told as a verb,
    not as a noun (رفع الحصار، القيم), as far as letters can say."""
    w = _unjoined(word)
    if w.startswith(ARTICLE):
        return False
    w = next((w[: -len(e)] for e in VERB_OBJECTS if w.endswith(e) and len(w) - len(e) >= 3), w)
    if w[:1] in VERB_PREFIXES[:3] or any(w.endswith(e) and len(w) - len(e) >= 3 for e in PAST_ENDINGS):
        return True
    # (a past verb opening on alef, أجبر، استهدف, not its verbal noun with alef before its last letter,
    # إجبار، استهداف; a dual past of three letters, وقعا)
    return (w[:1] == "ا" and len(w) >= 4 and w[-2] != "ا") or (len(w) == 4 and w.endswith("ا"))


def bare(word: str) -> str:
    """The shortest stem: the word without conjunction, preposition or article."""
    return stems(word)[-1]


def words(text: str) -> list[str]:
    """Normalized words of a text, punctuation dropped."""
    return _WORD.findall(norm(text))


def content_key(text: str, stop: frozenset[str] = frozenset()) -> list[str]:
    """Bare forms of the content words, for comparing two texts regardless of clitics and spelling."""
    return [b for w in words(text) if (b := bare(w)) not in stop and len(b) > 1]
