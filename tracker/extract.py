"""Articles in, claim records out: runs the spaCy pipeline and turns attributions into `Record`s."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice

from spacy.tokens import Doc, Span

from tracker import pipeline
from tracker.attribution import Attribution
from tracker.models import NAMED_TYPES, Article, Claim, Cue, Hop, Record, Speaker
from tracker.read import ArticleText
from tracker.speakers import Mention

Batch = list[tuple[ArticleText, list[Record]]]
ZONE = 2048  # articles per spaCy memory zone
WARM = 500  # articles whose words are kept for good: the common vocabulary, a fixed amount of memory


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
    if c1 <= c0:
        return None
    claim = Claim(text=text[c0:c1], start=c0, end=c1, kind=a.kind, polarity=a.polarity)
    cue = Cue(**_span_fields(text, a.cue), lemma=a.lemma)  # type: ignore[arg-type]
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
    """Finds every attributed claim of an article. One instance per process; the pipeline is cached."""

    def __init__(self, rules_dir: str | None = None) -> None:
        self.rules_dir = rules_dir
        self.nlp = pipeline.build(rules_dir)
        self.warm_left = WARM  # articles still to read outside a memory zone (see `pipe`)

    def records(self, article: ArticleText) -> list[Record]:
        return doc_records(article, self.nlp(article.text))

    def pipe(
        self, articles: Iterable[ArticleText], n_process: int = 1, batch_size: int = 64
    ) -> Iterator[tuple[ArticleText, list[Record]]]:
        """Records per article, in input order; with n_process > 1, batches go to worker processes."""
        if n_process <= 1:
            stream = iter(articles)
            if self.warm_left > 0:
                # The first articles are read outside a memory zone: their words stay in the vocabulary
                # and the tokenizer's cache, a fixed amount, so that the zones after them tokenize the
                # common words from the cache (inside a zone spaCy caches nothing new).
                warm = list(islice(stream, self.warm_left))
                self.warm_left -= len(warm)
                docs = self.nlp.pipe((a.text for a in warm), batch_size=batch_size)
                yield from [(a, doc_records(a, doc)) for a, doc in zip(warm, docs, strict=True)]
            while zone := list(islice(stream, ZONE)):
                # Strings first seen in a zone are freed after it, so memory stays flat over a corpus;
                # a zone spans many batches because leaving one also empties the tokenizer's cache.
                with self.nlp.memory_zone():
                    docs = self.nlp.pipe((a.text for a in zone), batch_size=batch_size)
                    done = [(a, doc_records(a, doc)) for a, doc in zip(zone, docs, strict=True)]
                yield from done
            return
        with ProcessPoolExecutor(n_process, initializer=_init_worker, initargs=(self.rules_dir,)) as pool:
            batches = _batches(articles, batch_size)
            pending = [pool.submit(_work, b) for b in islice(batches, n_process * 2)]
            while pending:
                done = pending.pop(0).result()
                nxt = next(batches, None)
                if nxt is not None:
                    pending.append(pool.submit(_work, nxt))
                yield from done


def _batches(articles: Iterable[ArticleText], size: int) -> Iterator[list[ArticleText]]:
    stream = iter(articles)
    while batch := list(islice(stream, size)):
        yield batch


_worker: Extractor | None = None


def _init_worker(rules_dir: str | None) -> None:
    global _worker
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    _worker = Extractor(rules_dir)


def _work(batch: list[ArticleText]) -> Batch:
    assert _worker is not None
    return list(_worker.pipe(batch, 1, len(batch)))
