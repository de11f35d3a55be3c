"""Summaries: of stored articles (``/api/articles/{id}/summary``, cached, and streamed as server-sent
events), and of any article without storing it (``POST /api/summarize``).

Summaries of stored articles come from an in-memory LRU of finished response bodies in front of the
store's summary table, so a repeated request never touches the database. A summary not made yet is made
once: concurrent requests for it in this process share one making (:class:`SingleFlight`), and across
processes the store's summary lease lets one make it while the others wait (``Store.summary``).
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable, Hashable, Iterator
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
from nutgraf.web.api.articles import ArticleInput, article_from_input
from nutgraf.web.api.common import Write, settings_of, store_of
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


class SummaryCache:
    """Finished summary response bodies, least recently used dropped first. Used from the event loop only."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[Hashable, bytes] = OrderedDict()

    def get(self, key: Hashable) -> bytes | None:
        body = self._items.get(key)
        if body is not None:
            self._items.move_to_end(key)
        return body

    def put(self, key: Hashable, body: bytes) -> None:
        self._items[key] = body
        self._items.move_to_end(key)
        if len(self._items) > self.size:
            self._items.popitem(last=False)


class SingleFlight:
    """Concurrent makings of one thing in this process become one: the first caller makes it, the others
    await its result (or its error). Used from the event loop only."""

    def __init__(self) -> None:
        self._pending: dict[Hashable, asyncio.Future[bytes]] = {}

    async def run(self, key: Hashable, make: Callable[[], Awaitable[bytes]]) -> bytes:
        pending = self._pending.get(key)
        if pending is not None:
            # Shielded: a waiter whose client hangs up must not cancel the making the others wait for.
            return await asyncio.shield(pending)
        future = asyncio.get_running_loop().create_future()
        # An error nobody else waited for has been raised to the maker: not "never retrieved".
        future.add_done_callback(lambda done: done.cancelled() or done.exception())
        self._pending[key] = future
        try:
            body = await make()
        except BaseException as exc:
            if isinstance(exc, Exception):
                future.set_exception(exc)
            else:
                future.cancel()
            raise
        finally:
            del self._pending[key]
        future.set_result(body)
        return body


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

    async def made_once(self, request: Request) -> bytes:
        """:meth:`made`, once for all the requests of this process that want it at the same time.

        Waiting for another process to make it takes no summarizing thread: only the engine call does.
        """
        limiter = request.app.state.summarizing_threads

        def run_engine(make: Callable[[], Summary]) -> Summary:
            return anyio.from_thread.run(partial(anyio.to_thread.run_sync, make, limiter=limiter))

        work = partial(self.made, store_of(request), run_engine)
        return await request.app.state.single_flight.run(self, partial(anyio.to_thread.run_sync, work))

    def article(self, store: Store) -> StoredArticle:
        stored = store.get_article(self.article_id)
        if stored is None:
            raise HTTPException(404, f"no article with id {self.article_id}")
        return stored


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
    cache: SummaryCache = request.app.state.summary_cache
    body = cache.get(key)
    if body is None:
        body = await key.made_once(request)
        cache.put(key, body)
    return Response(body, media_type="application/json")


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
    cache: SummaryCache = request.app.state.summary_cache
    store = store_of(request)
    body = cache.get(key)
    if body is None:
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
            body = await key.made_once(request)
        cache.put(key, body)
    return StreamingResponse(
        iter([server_event("summary", body)]), media_type=EVENT_STREAM, headers=_STREAM_HEADERS
    )


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
    request.app.state.summary_cache.put(key, body)
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
    if data.url and data.html is None and data.text is None:
        # Waiting on a remote site must not hold one of the few summarizing threads.
        article = await run_in_threadpool(article_from_input, data, settings)
        data = data.model_copy(update={"url": None, "text": None})
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

    article = article or article_from_input(data, settings)
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
