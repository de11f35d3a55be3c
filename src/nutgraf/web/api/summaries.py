"""Summaries: of stored articles (``/api/articles/{id}/summary``, cached, and streamed as server-sent
events), and of any article without storing it (``POST /api/summarize``).

Summaries of stored articles come from an in-memory LRU of finished response bodies in front of the
store's summary table, so a repeated request never touches the database. A summary not made yet is made
once: concurrent requests for it in this process share one making
(:class:`~nutgraf.web.single_flight.SingleFlight`), and across processes the store's summary lease lets one
make it while the others wait (``Store.summary``). Answers carry an ETag and a Cache-Control a CDN may
follow.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import Annotated, Any

import anyio
import orjson
from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException
from starlette.responses import Response, StreamingResponse

from nutgraf.article import Article, Document, Summary, SummarySentence
from nutgraf.engines.base import Budget
from nutgraf.errors import NutgrafError
from nutgraf.store import Lease, Store, StoredArticle
from nutgraf.store.summaries import SUMMARY_LEASE, summary_lease_key
from nutgraf.web.api.articles import ArticleInput, article_from_input, fetched_article, is_fetch
from nutgraf.web.api.common import LRU, CachedBody, Write, cacheable_response, settings_of, store_of
from nutgraf.web.problems import problem, status_of
from nutgraf.web.settings import Settings

router = APIRouter()

EVIDENCE_HELP = (
    "check each sentence against the article and return the evidence; default: only for abstractive "
    "summarizers (llm, transformers), whose sentences are new"
)
STRICT_HELP = "drop the sentences the article does not support (implies evidence); may leave fewer, or none"


class SummarizeInput(ArticleInput):
    """An article as for ``POST /api/articles``, and the summary wanted of it."""

    sentences: int | None = Field(None, ge=1, le=50, description="at most this many sentences (default 3)")
    words: int | None = Field(None, ge=1, le=5000, description="at most about this many words")
    summarizer: str | None = Field(None, max_length=64, description="engine name (default: the service's)")
    evidence: bool | None = Field(None, description=EVIDENCE_HELP)
    strict: bool = Field(False, description=STRICT_HELP)


class SentenceOut(BaseModel):
    text: str
    start: int | None = Field(description="offset of the sentence in the article text (null if abstractive)")
    end: int | None
    score: float = Field(description="the engine's score (0 for the llm engine, which gives none)")


class SentenceEvidenceOut(BaseModel):
    """How well the article backs one summary sentence."""

    text: str = Field(description="the summary sentence")
    supported: bool = Field(description="whether the article backs it: its score reaches the threshold")
    score: float = Field(description="how well the article backs it, 0 to 1")
    evidence: list[tuple[int, int]] = Field(
        description="[start, end] offsets in the article text of the one or two article sentences that "
        "back it best (for an unsupported sentence: the closest ones)"
    )
    unsupported: list[str] = Field(
        description="what the article does not contain: numbers, names, dates and quotes first, then "
        "other content words"
    )


class EvidenceOut(BaseModel):
    """The faithfulness check of a summary (``nutgraf.check``), sentence by sentence."""

    supported: bool = Field(description="whether every sentence is supported")
    threshold: float = Field(description="the score at or above which a sentence counts as supported")
    sentences: list[SentenceEvidenceOut] = Field(description="one per summary sentence, in the same order")
    dropped: int = Field(
        0, description="sentences `strict` left out because the article does not support them"
    )


class SummaryOut(BaseModel):
    article_id: int
    summarizer: str
    language: str
    text: str
    sentences: list[SentenceOut]
    evidence: EvidenceOut | None = Field(
        description="the check of each sentence against the article; null when not checked (extractive "
        "summaries, unless evidence=true is asked for)"
    )


class StatelessSummaryOut(BaseModel):
    summarizer: str
    language: str
    text: str
    sentences: list[SentenceOut] = Field(description="start/end are offsets into article.text")
    evidence: EvidenceOut | None = Field(description="as for stored articles' summaries")
    article: dict[str, Any] = Field(description="the article as nutgraf read it: text, title, byline...")


#: Texts up to this many characters (about 1,600 words) are summarized on the event loop by extractive
#: engines.
INLINE_CHARS = 10_000


Sentences = Annotated[int | None, Query(ge=1, le=50, description="at most this many (default 3)")]
Words = Annotated[int | None, Query(ge=1, le=5000, description="at most about this many words")]
SummarizerName = Annotated[str | None, Query(max_length=64, description="default: the service's")]
WithEvidence = Annotated[bool | None, Query(description=EVIDENCE_HELP)]
Strict = Annotated[bool, Query(description=STRICT_HELP)]


@dataclass(frozen=True)
class SummaryRequest:
    """What summary of a stored article a request asks for; also its key in the response cache."""

    article_id: int
    summarizer: str
    sentences: int | None
    words: int | None
    evidence: bool | None
    strict: bool

    @classmethod
    def of(
        cls,
        request: Request,
        article_id: int,
        sentences: int | None,
        words: int | None,
        summarizer: str | None,
        evidence: bool | None,
        strict: bool,
    ) -> SummaryRequest:
        if sentences is None and words is None:
            sentences = 3
        from nutgraf.engines.base import summarizer_class

        summarizer = summarizer or settings_of(request).summarizer
        summarizer_class(summarizer)  # an unknown name is refused before the cache is asked for it
        return cls(article_id, summarizer, sentences, words, evidence, strict)

    def made(self, store: Store, run: Callable[[Callable[[], Summary]], Summary] | None = None) -> bytes:
        """The summary's response body, from the store's cache or made now (blocks: run it in a thread).

        ``run`` runs the engine call (see ``Store.summary``).
        """
        stored = self.article(store)
        summary = store.summary(
            stored,
            summarizer=self.summarizer,
            sentences=self.sentences,
            words=self.words,
            evidence=self.evidence,
            strict=self.strict,
            run=run,
        )
        return orjson.dumps(summary)

    def article(self, store: Store) -> StoredArticle:
        stored = store.get_article(self.article_id)
        if stored is None:
            raise HTTPException(404, f"no article with id {self.article_id}")
        return stored


#: The in-memory cache of finished summary bodies (``app.state.summary_cache``).
SummaryCache = LRU[SummaryRequest, CachedBody]


@router.get("/articles/{article_id}/summary", response_model=SummaryOut, tags=["articles"])
async def get_summary(
    article_id: int,
    request: Request,
    sentences: Sentences = None,
    words: Words = None,
    summarizer: SummarizerName = None,
    evidence: WithEvidence = None,
    strict: Strict = False,
) -> Response:
    """The summary of a stored article; ``start``/``end`` of each sentence are offsets into its text.
    Abstractive summaries come with ``evidence``: for each sentence, whether the article supports it and
    which article sentences do. Made once per article, summarizer and budget, then served from the cache.
    """
    key = SummaryRequest.of(request, article_id, sentences, words, summarizer, evidence, strict)
    return cacheable_response(request, await summary_body(request, key))


async def summary_body(request: Request, key: SummaryRequest) -> CachedBody:
    """The summary's response body: from the in-memory cache, else from the store's or made now, once
    however many requests ask for it at once, then kept in the in-memory cache."""
    cache: SummaryCache = request.app.state.summary_cache
    cached = cache.get(key)
    if cached is None:
        limiter = request.app.state.summarizing_threads

        def run_engine(make: Callable[[], Summary]) -> Summary:
            return anyio.from_thread.run(partial(anyio.to_thread.run_sync, make, limiter=limiter))

        async def make() -> CachedBody:
            # Waiting for another process to make it takes no summarizing thread: only the engine call does.
            work = partial(key.made, store_of(request), run_engine)
            made = CachedBody.of(await anyio.to_thread.run_sync(work))
            cache.put(key, made)
            return made

        cached = await request.app.state.summary_flights.run(key, make)
    return cached


EVENT_STREAM = "text/event-stream"
# Proxies must pass the events on as they come, and nobody should cache a stream.
_STREAM_HEADERS = {"Cache-Control": "no-store", "X-Accel-Buffering": "no"}


_EVENT_STREAM_DOC = (
    'Server-sent events: `delta` events (`{"text": piece}`) while an engine that streams (llm) '
    "writes the summary, then one `summary` event with the checked summary, the same JSON as "
    "`GET /api/articles/{id}/summary`; or, if the engine fails mid-stream, one `error` event with a "
    "problem details object."
)


@router.get(
    "/articles/{article_id}/summary/stream",
    tags=["articles"],
    response_class=StreamingResponse,
    responses={200: {"content": {"text/event-stream": {}}, "description": _EVENT_STREAM_DOC}},
)
async def stream_summary(
    article_id: int,
    request: Request,
    sentences: Sentences = None,
    words: Words = None,
    summarizer: SummarizerName = None,
    evidence: WithEvidence = None,
    strict: Strict = False,
) -> Response:
    """The summary of a stored article as it is written (``text/event-stream``).

    Engines that cannot stream, and summaries already made, send the final ``summary`` event alone.
    Problems found before the first event (no such article, an unknown or unconfigured summarizer,
    an LLM server that does not answer) are problem details responses, as for the plain summary.
    """
    key = SummaryRequest.of(request, article_id, sentences, words, summarizer, evidence, strict)
    return await summary_stream(request, key)


async def summary_stream(request: Request, key: SummaryRequest) -> Response:
    """The summary ``key`` names as server-sent events: streamed while an engine that can stream writes
    it, else the final ``summary`` event alone."""
    cache: SummaryCache = request.app.state.summary_cache
    store = store_of(request)
    cached = cache.get(key)
    if cached is None:
        # Summaries already stored, engines that cannot stream, and summaries another request is making
        # give the final event alone.
        body, streaming = await run_in_threadpool(_cached_or_stream, store, key)
        if streaming is not None:
            try:
                first = await run_in_threadpool(next, streaming.pieces, None)
            except BaseException:
                await run_in_threadpool(store.release, streaming.claim)
                raise
            events = _streamed_events(request, key, streaming, first)
            return StreamingResponse(events, media_type=EVENT_STREAM, headers=_STREAM_HEADERS)
        if body is None:
            cached = await summary_body(request, key)
        else:
            cached = CachedBody.of(body)
            cache.put(key, cached)
    return StreamingResponse(
        iter([server_event("summary", cached.body)]), media_type=EVENT_STREAM, headers=_STREAM_HEADERS
    )


def streams(key: SummaryRequest) -> bool:
    """Whether the engine of ``key`` writes its summary piece by piece (the llm engine)."""
    from nutgraf.engines.base import summarizer_class

    return hasattr(summarizer_class(key.summarizer), "stream")


def server_event(name: str, data: bytes) -> bytes:
    """One server-sent event; ``data`` is JSON, which orjson writes on one line."""
    return b"event: " + name.encode() + b"\ndata: " + data + b"\n\n"


@dataclass
class _Streaming:
    """A summary being streamed: the engine's pieces and what the final, checked summary needs."""

    stored: StoredArticle
    document: Document
    budget: Budget
    pieces: Iterator[str]
    #: Reads the joined pieces as the engine's ``summarize`` reads a whole reply.
    read_reply: Callable[[str, Budget], list[SummarySentence]]
    #: The lease on making this summary, released when the stream ends.
    claim: Lease


def _cached_or_stream(store: Store, key: SummaryRequest) -> tuple[bytes | None, _Streaming | None]:
    """The stored summary's body, or the stream of a new one when its engine can stream and nobody else
    is making it (its lease is claimed), or neither."""
    from nutgraf.engines.base import get_summarizer
    from nutgraf.segment import make_document

    stored = key.article(store)
    asked = {"summarizer": key.summarizer, "sentences": key.sentences, "words": key.words}
    cached = store.get_summary(stored.id, **asked, evidence=key.evidence, strict=key.strict)
    if cached is not None:
        return orjson.dumps(cached), None
    engine = get_summarizer(key.summarizer)
    stream = getattr(engine, "stream", None)
    if stream is None:
        return None, None
    claim = store.claim(SUMMARY_LEASE, summary_lease_key(stored.id, key.summarizer, key.sentences, key.words))
    if claim is None:
        return None, None  # another request makes it: wait for it as for a summary that cannot stream
    try:
        # Looked at again: the maker before us may have cached it and let go since.
        cached = store.get_summary(stored.id, **asked, evidence=key.evidence, strict=key.strict)
        if cached is not None:
            store.release(claim)
            return orjson.dumps(cached), None
        document = make_document(stored.text, language=stored.language, title=stored.title)
        budget = Budget(sentences=key.sentences, words=key.words)
        pieces = stream(document, budget)
    except BaseException:
        store.release(claim)
        raise
    return None, _Streaming(stored, document, budget, pieces, engine.read_reply, claim)


async def _streamed_events(
    request: Request, key: SummaryRequest, streaming: _Streaming, first: str | None
) -> AsyncIterator[bytes]:
    store = store_of(request)
    written = []
    piece = first
    try:
        while piece is not None:
            written.append(piece)
            yield server_event("delta", orjson.dumps({"text": piece}))
            piece = await run_in_threadpool(next, streaming.pieces, None)
        work = partial(_checked_summary, store, key, streaming, "".join(written))
        body = await anyio.to_thread.run_sync(work, limiter=request.app.state.summarizing_threads)
    except NutgrafError as exc:
        problem_body = problem(status_of(exc), str(exc), kind=exc.kind).body
        yield server_event("error", bytes(problem_body))
        return
    finally:
        close = getattr(streaming.pieces, "close", None)
        if close is not None:
            close()  # a client that went away: hang up on the engine's server too
        # Not awaited in a thread: an async generator closed by a client that went away cannot await here.
        store.release(streaming.claim)
    request.app.state.summary_cache.put(key, CachedBody.of(body))
    yield server_event("summary", body)


def _checked_summary(store: Store, key: SummaryRequest, streaming: _Streaming, reply: str) -> bytes:
    """The streamed ``reply`` as the summary the engine's ``summarize`` would have made of it, checked
    against the article and cached, as the response body of the plain summary request."""
    from nutgraf.pipeline import assemble_summary

    made = assemble_summary(
        streaming.document,
        streaming.read_reply(reply, streaming.budget),
        summarizer=key.summarizer,
        article=streaming.stored.article,
        evidence=True,
    )
    summary = store.save_summary(
        streaming.stored,
        made,
        sentences=key.sentences,
        words=key.words,
        evidence=key.evidence,
        strict=key.strict,
    )
    return orjson.dumps(summary)


# Behind the token too: it stores nothing, but it has the server fetch any URL and spend its CPU.
@router.post("/summarize", response_model=StatelessSummaryOut, dependencies=[Write], tags=["summarize"])
async def summarize_input(data: SummarizeInput, request: Request) -> Response:
    """Summarize an article from its URL, HTML or text without storing anything.

    Returns the summary (``text``, ``sentences`` with offsets into ``article.text``, ``evidence`` as for
    stored articles) and the article.
    """
    settings = settings_of(request)
    if is_fetch(data):
        # Waiting on a remote site holds a fetch thread, never a summarizing one or a page's.
        article = await fetched_article(request, data)
        work = partial(_summary_of, article, data, settings)
    else:
        work = partial(_summary_of, None, data, settings)
        if _runs_inline(data, settings):
            return Response(work(), media_type="application/json")
    body = await anyio.to_thread.run_sync(work, limiter=request.app.state.summarizing_threads)
    return Response(body, media_type="application/json")


def _runs_inline(data: SummarizeInput, settings: Settings) -> bool:
    """Whether to summarize on the event loop: a short text for an extractive engine, no evidence asked.

    That takes a millisecond or two, less than the hop to a worker thread and back costs it in
    throughput (a fifth, measured with bench/load_bench.py), and threads would not run it in parallel
    anyway: it is Python under the GIL. Long articles, and engines that wait on a server or a model,
    go to the summarizing threads, and so do pages, whose extraction takes longer.
    """
    from nutgraf.engines.base import is_extractive

    short = data.text is not None and len(data.text) <= INLINE_CHARS
    # The faithfulness check takes far longer than the summary: threads.
    plain = not data.evidence and not data.strict
    return short and plain and is_extractive(data.summarizer or settings.summarizer)


def _summary_of(article: Article | None, data: SummarizeInput, settings: Settings) -> bytes:
    from nutgraf.pipeline import summarize

    article = article or article_from_input(data)
    sentences = data.sentences if data.sentences is not None or data.words is not None else 3
    summarizer = data.summarizer or settings.summarizer
    summary = summarize(
        article,
        sentences=sentences,
        words=data.words,
        summarizer=summarizer,
        evidence=data.evidence,
        strict=data.strict,
    )
    return orjson.dumps({"evidence": None, **summary.to_dict()})
