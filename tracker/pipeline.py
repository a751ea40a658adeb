"""The spaCy pipeline: blank Arabic, our normalizer, quote-aware sentences, attribution, coreference."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any, cast

import numpy
import spacy
from spacy.attrs import IDX, NORM, ORTH
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex
from thinc.types import Ints2d

from tracker import attribution, coref, quotes  # noqa: F401  (register the components)
from tracker.arabic import norm

QUOTES = r'["“”«»„]'
CACHE_LIMIT = 300_000  # distinct words remembered by the normalizer before it starts afresh


class Normalizer:
    """token.norm_ = the spelling-variant-free form, so Matcher patterns on NORM see one spelling.

    The token texts, their forms and character offsets are also kept as lists in
    `doc.user_data["words"]`, `["norms"]` and `["idx"]`: the components after this one compare
    words by the thousand, and a Token object made for each look costs more than the comparison.
    Each distinct word is normalized once and remembered (by its hash) until the memory zone ends,
    when the strings added in it are freed.
    """

    def __init__(self) -> None:
        self.forms: dict[int, tuple[str, str, int]] = {}  # orth -> (text, norm, norm hash)

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            doc.user_data["words"], doc.user_data["norms"], doc.user_data["idx"] = [], [], []
            return doc
        if len(self.forms) > CACHE_LIMIT:  # outside memory zones, memory stays bounded all the same
            self.forms.clear()
        # Each distinct word of the document is looked up once; numpy spreads the results.
        distinct, where = numpy.unique(doc.to_array(ORTH), return_inverse=True)
        orths = distinct.tolist()
        entries = list(map(self.forms.get, orths))
        if None in entries:
            for k, entry in enumerate(entries):
                if entry is None:
                    entries[k] = self._learn(orths[k], doc.vocab.strings)
        words, norms, ids = zip(*cast(list[tuple[str, str, int]], entries), strict=True)
        at = where.ravel()
        positions = at.tolist()
        doc.user_data["words"] = list(map(words.__getitem__, positions))
        doc.user_data["norms"] = list(map(norms.__getitem__, positions))
        norm_ids = numpy.array(ids, dtype="uint64")[at]
        doc.from_array([NORM], cast(Ints2d, norm_ids.reshape(-1, 1)))
        doc.user_data["idx"] = doc.to_array(IDX).tolist()
        return doc

    def _learn(self, orth: int, strings: StringStore) -> tuple[str, str, int]:
        word = strings[orth]
        form = norm(word)
        entry = self.forms[orth] = (word, form, strings.add(form))
        return entry

    @contextmanager
    def memory_zone(self, mem: object = None) -> Iterator[None]:
        """Called by `Language.memory_zone`: forget the forms whose strings the zone frees."""
        kept = dict(self.forms)  # learnt outside any zone: their strings stay
        try:
            yield
        finally:
            self.forms = kept


@Language.factory("tracker_normalizer")
def make_normalizer(nlp: Language, name: str) -> Normalizer:
    return Normalizer()


class _TextKeepingTokenizer:
    """The tokenizer, keeping the input string as `doc.user_data["text"]`.

    `Doc.text` rebuilds the string token by token on every access; the components read it often.
    Everything else (memory zones, settings) is the wrapped tokenizer's.
    """

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def __call__(self, text: str) -> Doc:
        doc = self.inner(text)
        doc.user_data["text"] = text
        return doc

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def _tokenizer_with_quotes(nlp: Language) -> None:
    """Split quotation marks glued to words or clitics: و"القاعدة، لـ”قوات، لا". ."""
    d = nlp.Defaults
    tokenizer: Any = nlp.tokenizer
    tokenizer.prefix_search = compile_prefix_regex([*(d.prefixes or []), QUOTES]).search
    tokenizer.suffix_search = compile_suffix_regex([*(d.suffixes or []), QUOTES]).search
    tokenizer.infix_finditer = compile_infix_regex([*(d.infixes or []), QUOTES]).finditer


@lru_cache(maxsize=2)
def build(rules_dir: str | None = None) -> Language:
    nlp = spacy.blank("ar")
    _tokenizer_with_quotes(nlp)
    nlp.tokenizer = _TextKeepingTokenizer(nlp.tokenizer)
    nlp.add_pipe("tracker_normalizer")
    nlp.add_pipe("tracker_sentences")
    nlp.add_pipe("tracker_attribution", config={"rules_dir": rules_dir})
    nlp.add_pipe("tracker_coref")
    return nlp
