"""The spaCy pipeline: blank Arabic, our normalizer, quote-aware sentences, attribution, coreference."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

import numpy
import spacy
from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, IS_STOP, NORM, ORTH
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from tracker import attribution, coref, quotes  # noqa: F401  (register the components)
from tracker.arabic import norm

QUOTES = r'["“”«»„]'
NUMBER_STOP = r"(?<=[0-9٠-٩])\."
"""The full stop after a number that ends a sentence (منذ عام 2024. وقال ...): spaCy's Arabic
suffixes keep it on the number, and the sentence ran on into the next."""
LATIN_AFTER_CLITIC = r"[وفبلك]ـ(?=[A-Za-z0-9])"
"""A one-letter clitic drawn out by tatweel before a Latin name or a number (لـRT، بـ2000): apart."""
CACHE_LIMIT = 300_000  # distinct words remembered by the normalizer before it starts afresh
TOKENIZER_CACHE = 150_000
"""Space-separated chunks whose tokens the tokenizer remembers (spaCy's default: 10,000). A chunk not
in the cache goes through the prefix, suffix and infix expressions again at each occurrence, the
slowest part of tokenizing. Inside a memory zone spaCy adds nothing to the cache, so it holds at most
the chunks of the articles read before the first zone (`extract.WARM`): a fixed amount of memory."""


LEXEME_ATTRS = frozenset({NORM, IS_ALPHA, IS_STOP, IS_PUNCT, IS_SPACE})
"""The word attributes the components read (token.norm_, is_alpha, is_stop, is_punct, is_space)."""


def _norm_lexemes(nlp: Language) -> None:
    """token.norm_ = `arabic.norm` of the word, so Matcher patterns on NORM see one spelling; and only
    the attributes of LEXEME_ATTRS are computed for a new word.

    Set on the lexemes (once per word, when spaCy first meets it) rather than per token and document;
    the tokenizer's exceptions that carry their own NORM (ق.م -> قبل الميلاد) keep it. spaCy calls
    some twenty Python functions for each new word (shape, prefix, like_url ...), two thirds of the
    cost of making it; no component reads them, and a word is made again in each memory zone it is
    met in. A new component that reads another attribute adds it to LEXEME_ATTRS.
    """
    vocab: Any = nlp.vocab  # lex_attr_getters is missing from spaCy's type stubs
    getters = {**vocab.lex_attr_getters, NORM: norm}
    vocab.lex_attr_getters = {k: f for k, f in getters.items() if k in LEXEME_ATTRS}  # its own copy
    for lexeme in list(nlp.vocab):  # the words spaCy.blank already knows
        lexeme.norm_ = norm(lexeme.orth_)


class Normalizer:
    """The token texts, their normal forms and character offsets as lists in
    `doc.user_data["words"]`, `["norms"]` and `["idx"]`: the components after this one compare
    words by the thousand, and a Token object made for each look costs more than the comparison.
    Each distinct word is normalized once and remembered (by its hash) until the memory zone ends,
    when the strings added in it are freed.
    """

    def __init__(self) -> None:
        # orth -> text and norm: dicts of strings only, which the garbage collector need not scan
        # (tuples would make it walk the whole table again and again).
        self.words: dict[int, str] = {}
        self.norms: dict[int, str] = {}

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            doc.user_data["words"], doc.user_data["norms"], doc.user_data["idx"] = [], [], []
            return doc
        if len(self.words) > CACHE_LIMIT:  # outside memory zones, memory stays bounded all the same
            self.words, self.norms = {}, {}
        # Each distinct word of the document is looked up once; numpy spreads the results.
        distinct, where = numpy.unique(doc.to_array(ORTH), return_inverse=True)
        orths = distinct.tolist()
        words = list(map(self.words.get, orths))
        if None in words:
            strings = doc.vocab.strings
            for k, word in enumerate(words):
                if word is None:
                    words[k] = self._learn(orths[k], strings)
        at = where.ravel()
        positions = at.tolist()
        doc.user_data["words"] = list(map(words.__getitem__, positions))
        norms = list(map(self.norms.__getitem__, orths))
        doc.user_data["norms"] = list(map(norms.__getitem__, positions))
        doc.user_data["types"] = (words, norms, at)  # distinct words, their forms, index per token
        doc.user_data["idx"] = doc.to_array(IDX).tolist()
        return doc

    def _learn(self, orth: int, strings: StringStore) -> str:
        word = self.words[orth] = strings[orth]
        self.norms[orth] = norm(word)
        return word

    @contextmanager
    def memory_zone(self, mem: object = None) -> Iterator[None]:
        """Called by `Language.memory_zone`: forget the forms whose strings the zone frees."""
        kept = dict(self.words), dict(self.norms)  # learnt outside any zone: kept
        try:
            yield
        finally:
            self.words, self.norms = kept


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


WHITESPACE_EXCEPTIONS = ("\n", " ", "\t")
"""spaCy's tokenizer exceptions for lone whitespace, which tokenize the same without them."""


def _cache_every_chunk(nlp: Language) -> None:
    """Drop the whitespace exceptions: after a document's first exception spaCy caches none of its
    later chunks (`has_special`, spaCy #1250), and the "\n" between paragraphs is one, so only an
    article's first paragraph reached the cache. Without them "\n" is one token all the same
    (same text, norm and flags: checked on the whole SaudiNewsNet corpus), and the cache fills
    with every chunk of the articles read outside memory zones."""
    tokenizer: Any = nlp.tokenizer
    tokenizer.rules = {k: v for k, v in tokenizer.rules.items() if k not in WHITESPACE_EXCEPTIONS}


def _tokenizer_with_quotes(nlp: Language) -> None:
    """Split quotation marks glued to words or clitics (و"القاعدة، لـ”قوات، لا". ), and a drawn-out
    clitic from a Latin name (لـRT)."""
    d = nlp.Defaults
    tokenizer: Any = nlp.tokenizer
    tokenizer.prefix_search = compile_prefix_regex([*(d.prefixes or []), QUOTES, LATIN_AFTER_CLITIC]).search
    tokenizer.suffix_search = compile_suffix_regex([*(d.suffixes or []), QUOTES, NUMBER_STOP]).search
    tokenizer.infix_finditer = compile_infix_regex([*(d.infixes or []), QUOTES]).finditer


@lru_cache(maxsize=2)
def build(rules_dir: str | None = None) -> Language:
    nlp = spacy.blank("ar")
    _tokenizer_with_quotes(nlp)
    _cache_every_chunk(nlp)
    tokenizer: Any = nlp.tokenizer
    tokenizer.max_cache_size = TOKENIZER_CACHE
    nlp.tokenizer = _TextKeepingTokenizer(nlp.tokenizer)
    _norm_lexemes(nlp)
    nlp.add_pipe("tracker_normalizer")
    nlp.add_pipe("tracker_sentences")
    nlp.add_pipe("tracker_attribution", config={"rules_dir": rules_dir})
    nlp.add_pipe("tracker_coref")
    return nlp
