"""The pipeline's tokenizer remembers many more chunks than spaCy's default, of every paragraph, and its
words carry only the attributes the components read: that must change no token, outside a memory zone
(where chunks are cached), inside one (where nothing new is) or after it."""

from __future__ import annotations

import cProfile
import pstats
from typing import Any

import pytest
import spacy
from spacy.language import Language

from tracker import pipeline
from tracker.arabic import norm

TEXTS = [
    "وقال المتحدث باسم الوزارة، في بيان مقتضب: «إن القوات (الحكومية) استعادت 3 بلدات».",
    "ونقلت وكالة “الأنباء” عن مصدر لم تسمه قوله إن الانفجار أوقع 12 قتيلاً- وأكثر من 20% جرحى...",
    'وأكد د. سامي الخطيب لـ"الصحيفة" أن الموقع www.example.org نشر البيان ق.م نفسه؟!',
    "بحسب ما أفاد شهود عيان،وأضاف:«لا صحة لذلك»\nالمصدر: وكالات",
]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline.build()


@pytest.fixture(scope="module")
def reference() -> Any:
    """The same tokenizer settings with no cache at all: every chunk split afresh."""
    blank = spacy.blank("ar")
    pipeline._tokenizer_with_quotes(blank)
    tokenizer: Any = blank.tokenizer
    tokenizer.max_cache_size = 0
    return tokenizer


def _tokens(tokenizer: Any, text: str) -> list[tuple[str, str]]:
    return [(t.text, t.whitespace_) for t in tokenizer(text)]


def test_the_tokenizer_remembers_more_chunks_than_spacy_does(nlp: Language) -> None:
    default: Any = spacy.blank("ar").tokenizer
    inner = getattr(nlp.tokenizer, "inner", nlp.tokenizer)  # the spaCy tokenizer under our wrapper
    assert inner.max_cache_size == pipeline.TOKENIZER_CACHE > default.max_cache_size


@pytest.mark.parametrize("text", TEXTS)
def test_cached_chunks_give_the_tokens_of_a_fresh_split(nlp: Language, reference: Any, text: str) -> None:
    expected = _tokens(reference, text)
    assert _tokens(nlp.tokenizer, text) == expected  # first time: split, then cached
    assert _tokens(nlp.tokenizer, text) == expected  # from the cache
    with nlp.memory_zone():
        assert _tokens(nlp.tokenizer, text) == expected
        assert _tokens(nlp.tokenizer, text + " كلمة_جديدة_في_المنطقة") == _tokens(
            reference, text + " كلمة_جديدة_في_المنطقة"
        )
    assert _tokens(nlp.tokenizer, text) == expected  # the zone's strings are gone, the cache holds


# Whitespace of every kind: lone new lines between paragraphs, runs of spaces, tabs, no-break spaces.
SPACED = [
    "العنوان\n\nوقال المتحدث  إن القصف توقف.\n\n\nوأضاف:\t«لا هدنة»\n",
    "  \n \t\nسطر\u00a0بعد فراغ  \n  ",
    "\n",
]


@pytest.mark.parametrize("text", SPACED)
def test_whitespace_gives_the_tokens_of_spacys_exceptions(nlp: Language, reference: Any, text: str) -> None:
    """The whitespace exceptions are dropped from the tokenizer: the same tokens all the same."""
    assert _tokens(nlp.tokenizer, text) == _tokens(reference, text)
    assert [t.is_space for t in nlp.tokenizer(text)] == [t.is_space for t in reference(text)]


def _affix_splits(tokenizer: Any, text: str) -> int:
    """How many chunks of `text` the tokenizer split with its expressions rather than take from its cache."""
    profile = cProfile.Profile()
    profile.runcall(tokenizer, text)
    calls = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    tokenizer_frames = [k for k in calls if "tokenizer" in k[0]]
    if not tokenizer_frames:
        pytest.skip("this spaCy build does not report its tokenizer's calls to the profiler")
    return sum(v[0] for k, v in calls.items() if k[2] == "_tokenize")


def test_every_paragraph_of_an_article_reaches_the_cache() -> None:
    """spaCy caches none of a document's chunks after its first exception; a new line must not be one,
    or only an article's first paragraph would ever be cached."""
    nlp = pipeline.build.__wrapped__()  # a fresh pipeline: an empty cache
    text = "فقرة أولى قصيرة.\nوفي الفقرة الثانية كلمات لم تأت قبلها، وعلامات.\nوثالثة أيضا"
    assert _affix_splits(nlp.tokenizer, text) > 0  # first time: every chunk split
    assert _affix_splits(nlp.tokenizer, text) == 0  # then all of them, in every paragraph, cached


def test_words_carry_spacys_values_for_what_the_components_read(nlp: Language) -> None:
    """Only the lexeme attributes the components read are computed; they must be spaCy's own."""
    text = "وقال  المتحدث، «إن» 12 قتيلا... Reuters NEWS www.example.com ؟! \u00a0 د. أحمد\n"
    ours, theirs = nlp.tokenizer(text), spacy.blank("ar").tokenizer(text)
    assert [t.text for t in ours] == [t.text for t in theirs]
    for a, b in zip(ours, theirs, strict=True):
        flags = (a.is_alpha, a.is_stop, a.is_punct, a.is_space)
        assert flags == (b.is_alpha, b.is_stop, b.is_punct, b.is_space), a.text
        assert a.norm_ == (b.norm_ if b.text == "د." else norm(a.text)), a.text  # an exception's own NORM
