"""The spaCy pipeline: blank Arabic, our normalizer, quote-aware sentences, attribution, coreference."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, cast

import numpy
import spacy
from spacy.attrs import NORM
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex
from thinc.types import Ints2d

from tracker import attribution, coref, quotes  # noqa: F401  (register the components)
from tracker.arabic import norm

QUOTES = r'["“”«»„]'


@Language.component("tracker_normalizer")
def normalizer(doc: Doc) -> Doc:
    """token.norm_ = the spelling-variant-free form, so Matcher patterns on NORM see one spelling.

    The token texts and their forms are also kept as lists in `doc.user_data["words"]` and
    `["norms"]`: the components after this one compare words by the thousand, and a Token object
    made for each look costs more than the comparison.
    """
    words = [t.text for t in doc]
    norms = [norm(w) for w in words]
    if words:
        strings = doc.vocab.strings
        ids = numpy.array([strings.add(n) for n in norms], dtype="uint64").reshape(-1, 1)
        doc.from_array([NORM], cast(Ints2d, ids))
    doc.user_data["words"], doc.user_data["norms"] = words, norms
    return doc


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
    nlp.add_pipe("tracker_normalizer")
    nlp.add_pipe("tracker_sentences")
    nlp.add_pipe("tracker_attribution", config={"rules_dir": rules_dir})
    nlp.add_pipe("tracker_coref")
    return nlp
