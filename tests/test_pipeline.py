"""The pipeline's tokenizer remembers many more chunks than spaCy's default: that must change no token,
outside a memory zone (where chunks are cached), inside one (where nothing new is) or after it."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.language import Language

from tracker import pipeline

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
