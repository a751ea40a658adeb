"""Quotation marks and sentence boundaries that respect them.

Arabic news mixes « », “ ” (often mirrored: ”…” or “…“) and straight quotes, nests them
(«... "داعش" ...») and glues them to clitics (و"القاعدة، لـ”قوات). Whether an ambiguous mark opens or
closes is read from its neighbours: a mark before a letter and after a space, a bracket or a
one-letter clitic opens; otherwise it closes.
"""

from __future__ import annotations

import re
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


@Language.component("tracker_sentences")
def sentences(doc: Doc) -> Doc:
    """Sentence starts after . ! ؟ and at new lines, never inside a quotation closed on the same line."""
    text = doc.text  # built anew on every access: read it once
    spans = quote_spans(text)
    doc.user_data["quotes"] = spans
    inside = bytearray(len(text) + 1)
    for start, end in spans:
        if end < len(text) and text[end] != "\n":  # closed quotation: protect its inside
            inside[start + 1 : end] = b"\x01" * (end - start - 1)
    closing = {end for _, end in spans}
    pending = True
    starts: list[bool] = []
    words = doc.user_data.get("words") or [t.text for t in doc]  # the normalizer's list, if it ran
    offsets = doc.to_array(IDX).tolist() if words else []
    for i, (word, idx) in enumerate(zip(words, offsets, strict=True)):
        if "\n" in word:
            starts.append(i == 0)
            pending = True
            continue
        if word in QUOTE_CHARS and idx in closing:
            starts.append(i == 0)  # «... انتهى.» : a closing mark ends its own sentence
            continue
        starts.append(pending)
        pending = word in SENTENCE_END and not inside[idx]
    # One array write: `token.is_sent_start = ...` scans the whole doc for a parse on every call.
    if starts:
        values = numpy.array([1 if s else -1 for s in starts], dtype="int64")
        doc.from_array([SENT_START], cast(Ints2d, values.astype("uint64").reshape(-1, 1)))
    return doc
