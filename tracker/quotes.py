"""Quotation marks and sentence boundaries that respect them.

Arabic news mixes « », “ ” (often mirrored: ”…” or “…“) and straight quotes, nests them
(«... "داعش" ...») and glues them to clitics (و"القاعدة، لـ”قوات). Whether an ambiguous mark opens or
closes is read from its neighbours: a mark before a letter and after a space, a bracket or a
one-letter clitic opens; otherwise it closes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import cast

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d

OPENERS = {"«": "»"}
CLOSERS = {"»"}
AMBIGUOUS = {'"', "“", "”", "„"}
QUOTE_CHARS = frozenset('«»"“”„')
SENTENCE_END = frozenset({".", "!", "?", "؟", "…", "..."})
_EVENT_WORDS = SENTENCE_END | QUOTE_CHARS
_MARKS = re.compile("[" + re.escape("\n" + "".join(sorted({*OPENERS, *CLOSERS, *AMBIGUOUS}))) + "]")
_CLITIC = re.compile(r"(?:^|[\s(\[«])[وفبلك]ـ?$")


def _opens(text: str, i: int) -> bool:
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if not (nxt.isalnum() or nxt in '(«“"'):
        return False
    prev = text[i - 1] if i > 0 else " "
    if not prev.isalnum():
        return True
    return bool(_CLITIC.search(text[max(0, i - 3) : i]))


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(open, close) character offsets of every paired quotation; an unclosed one runs to its line end.

    Content is text[open + 1 : close].
    """
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []

    def close_all(at: int) -> None:
        while stack:
            spans.append((stack.pop()[1], at))

    for mark in _MARKS.finditer(text):  # only line ends and quotation marks matter
        i, ch = mark.start(), mark.group()
        if ch == "\n":
            close_all(i)
        elif ch in OPENERS:
            stack.append((ch, i))
        elif ch in CLOSERS:
            while stack and stack[-1][0] != "«":
                spans.append((stack.pop()[1], i))
            if stack:
                spans.append((stack.pop()[1], i))
        elif ch in AMBIGUOUS:
            if _opens(text, i):
                stack.append((ch, i))
            elif stack and stack[-1][0] in AMBIGUOUS:
                spans.append((stack.pop()[1], i))
    close_all(len(text))
    return sorted(spans)


def doc_text(doc: Doc) -> str:
    """The document's text: the tokenizer's copy when there is one (`Doc.text` rebuilds it each time)."""
    text = doc.user_data.get("text")
    return text if isinstance(text, str) else doc.text


def marked(doc: Doc, *tests: Callable[[str], bool], forms: bool = False) -> list[int]:
    """Indices of the tokens whose text (with `forms`: normal form) passes one of `tests`.

    Each test runs once per distinct word of the document when the normalizer left them, in C
    (`map`) for tests such as `frozenset.__contains__` or `str.isspace`.
    """
    types = doc.user_data.get("types")
    if types is not None:
        texts, norms, where = types
        words = norms if forms else texts
        passed = numpy.zeros(len(words), dtype=bool)
        for test in tests:
            passed |= numpy.fromiter(map(test, words), dtype=bool, count=len(words))
        return cast(list[int], numpy.flatnonzero(passed[where]).tolist())
    words = doc.user_data.get("norms" if forms else "words") or [t.norm_ if forms else t.text for t in doc]
    return [i for i, w in enumerate(words) if any(test(w) for test in tests)]


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token indices of the sentences, as the sentences component left them."""
    bounds = doc.user_data.get("sents")
    if bounds is None:
        bounds = [(s.start, s.end) for s in doc.sents]
    return cast(list[tuple[int, int]], bounds)


@Language.component("tracker_sentences")
def sentences(doc: Doc) -> Doc:
    """Sentence starts after . ! ؟ and at new lines, never inside a quotation closed on the same line.

    Only the tokens that can change a boundary (new lines, stops, quotation marks) are looked at; a
    word after them starts a sentence if a stop outside quotations came just before. The bounds are
    kept as `doc.user_data["sents"]` as well, so the components after this one need no `doc.sents`.
    """
    text = doc_text(doc)
    spans = quote_spans(text)
    doc.user_data["quotes"] = spans
    inside = bytearray(len(text) + 1)
    for start, end in spans:
        if end < len(text) and text[end] != "\n":  # closed quotation: protect its inside
            inside[start + 1 : end] = b"\x01" * (end - start - 1)
    closing = {end for _, end in spans}
    words = doc.user_data.get("words") or [t.text for t in doc]  # the normalizer's lists, if it ran
    offsets = doc.user_data.get("idx") or (doc.to_array(IDX).tolist() if words else [])
    n = len(words)
    starts: list[int] = []
    pending = True
    last = -1  # the last token looked at
    events = marked(doc, _EVENT_WORDS.__contains__, str.isspace)
    for i in events:
        if i > last + 1 and pending:
            starts.append(last + 1)  # an ordinary word after a stop
        if i > last + 1:
            pending = False
        last = i
        word = words[i]
        if "\n" in word:
            pending = True
        elif word in QUOTE_CHARS and offsets[i] in closing:
            pass  # «... انتهى.» : a closing mark ends its own sentence
        else:
            if pending:
                starts.append(i)
            pending = word in SENTENCE_END and not inside[offsets[i]]
    if last + 1 < n and pending:
        starts.append(last + 1)
    if n and (not starts or starts[0] != 0):
        starts.insert(0, 0)  # the first token always starts one
    doc.user_data["sents"] = list(zip(starts, [*starts[1:], n], strict=True))
    # One array write: `token.is_sent_start = ...` scans the whole doc for a parse on every call.
    if n:
        values = numpy.full(n, -1, dtype="int64")
        values[starts] = 1
        doc.from_array([SENT_START], cast(Ints2d, values.astype("uint64").reshape(-1, 1)))
    return doc
