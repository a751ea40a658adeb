"""Articles in, claim records out: runs the spaCy pipeline and turns attributions into `Record`s."""

from __future__ import annotations

import contextlib

from spacy.tokens import Doc, Span

from tracker import pipeline
from tracker.arabic import words
from tracker.attribution import Attribution
from tracker.models import NAMED_TYPES, Article, Claim, Cue, Hop, Record, Speaker
from tracker.read import ArticleText
from tracker.speakers import Mention

ZONE = 2048  # articles per spaCy memory zone
WARM = 1000
"""Articles whose words are kept for good: the common vocabulary, a fixed amount of memory (4,000 gave
3 % less time than 2,000 for 20 MiB more in each process; 2,000 put `ingest --jobs 2` at its 1 GB once
the comparer held more, so 1,000)."""


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in "،,"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "،,"):
        end -= 1
    return start, end


def _span_fields(text: str, span: Span) -> dict[str, object]:
    start, end = _trim(text, span.start_char, span.end_char)
    return {"text": text[start:end], "start": start, "end": end}


def _speaker(text: str, m: Mention) -> Speaker:
    return Speaker(
        **_span_fields(text, m.span),  # type: ignore[arg-type]
        resolved=m.resolved.strip(" ،,") or m.span.text,
        type=m.type,
        anonymous=m.anonymous and m.type not in NAMED_TYPES,
        role=m.role,
        nationality=m.nationality,
        affiliation=m.affiliation,
    )


def _record(meta: Article, text: str, a: Attribution) -> Record | None:
    assert a.speaker is not None
    c0, c1 = _trim(text, *a.claim)
    if not words(text[c0:c1]):
        return None  # (نص «إعلان الرياض» :ـ : a colon and a tatweel, no claim)
    claim = Claim(text=text[c0:c1], start=c0, end=c1, kind=a.kind, polarity=a.polarity)
    cue = Cue(**_span_fields(text, a.cue), lemma=a.lemma, contrast=a.contrast)  # type: ignore[arg-type]
    if cue.start < claim.end and claim.start < cue.end:
        return None
    speaker = _speaker(text, a.speaker)
    via = [Hop(**_span_fields(text, v.span), type=v.type) for v in a.via]  # type: ignore[arg-type]
    return Record(
        id=Record.make_id(meta.sha256, claim, speaker),
        article=meta,
        claim=claim,
        cue=cue,
        speaker=speaker,
        via=via,
    )


def doc_records(article: ArticleText, doc: Doc) -> list[Record]:
    meta = article.meta()
    text = article.text  # the text exactly as read (Doc.text would rebuild it from tokens on each access)
    seen: set[str] = set()
    out = []
    for a in doc._.attributions or []:
        record = _record(meta, text, a)
        if record is not None and record.id not in seen:
            seen.add(record.id)
            out.append(record)
    return out


class Extractor:
    """Finds every attributed claim of an article. One instance per process; the pipeline is cached.

    Memory stays flat over a corpus: after the first WARM articles, whose words stay in the vocabulary
    and the tokenizer's cache for good (a fixed amount, up to `pipeline.TOKENIZER_CACHE` chunks: spaCy's
    default of 10,000 would leave most of them to the slow affix path; inside a memory zone spaCy
    caches nothing new),
    articles are read in spaCy memory zones of ZONE articles, and the strings first seen in a zone are
    freed when it closes. A Doc made by `nlp` lives until its zone closes.
    """

    def __init__(self, rules_dir: str | None = None) -> None:
        self.nlp = pipeline.build(rules_dir)
        self._warm_left = WARM
        self._zone = contextlib.ExitStack()
        self._zone_left = 0

    def records(self, article: ArticleText) -> list[Record]:
        self._next_article()
        return doc_records(article, self.nlp(article.text))

    def _next_article(self) -> None:
        if self._warm_left > 0:
            self._warm_left -= 1
            return
        if self._zone_left == 0:
            self._zone.close()
            self._zone.enter_context(self.nlp.memory_zone())
            self._zone_left = ZONE
        self._zone_left -= 1
