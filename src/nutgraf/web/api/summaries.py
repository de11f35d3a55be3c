"""Summaries: of stored articles (``/api/articles/{id}/summary``, cached, and streamed as server-sent
events), and of any article without storing it (``POST /api/summarize``).

Summaries of stored articles come from an in-memory LRU of finished response bodies in front of the
store's summary table, so a repeated request never touches the database (but every :data:`CLAIM_FRESH_S`
for an article stored under a claim, which another process may verify). A summary not made yet is made
once: concurrent requests for it in this process share one making
(:class:`~nutgraf.web.single_flight.SingleFlight`), and across processes the store's summary lease lets one
make it while the others wait (``Store.summary``). Answers carry an ETag and a Cache-Control a CDN may
follow.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Annotated, Any, Literal

import anyio
import orjson
from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, BeforeValidator, Field, field_validator
from sqlalchemy.exc import SQLAlchemyError
from starlette.exceptions import HTTPException
from starlette.responses import Response, StreamingResponse
from starlette.types import Receive, Scope, Send

from nutgraf.engines.base import Budget, get_summarizer, is_extractive, summarizer_class
from nutgraf.engines.options import MAX_SENTENCES, MAX_WORDS, SummaryOptions
from nutgraf.errors import InvalidInputError, NutgrafError
from nutgraf.keyphrases import rank_keyphrases
from nutgraf.language import language_code
from nutgraf.segment import make_document
from nutgraf.store.database import MISSING_SCHEMA_ERRORS, OUTAGE_ERRORS
from nutgraf.store.summaries import SUMMARY_LEASE, summary_lease_key
from nutgraf.web.api.articles import ArticleInput, article_from_input, fetched_article, is_fetch
from nutgraf.web.api.common import (
    LRU,
    NOT_FOUND,
    CachedBody,
    NoHead,
    Write,
    cacheable_response,
    settings_of,
    store_of,
)
from nutgraf.web.problems import client_message, is_store_failure, problem, status_of, store_failure

if TYPE_CHECKING:
    from nutgraf.article import Article, Document, Summary, SummarySentence
    from nutgraf.pipeline import SummaryPlan
    from nutgraf.settings import Settings
    from nutgraf.store import Lease, Store, StoredArticle

router = APIRouter()

EVIDENCE_HELP = (
    "check each sentence against the article and return the evidence; default: only for abstractive "
    "summarizers (llm, transformers), whose sentences are new"
)
STRICT_HELP = "drop the sentences the article does not support (implies evidence); may leave fewer, or none"


SENTENCES_HELP = (
    f"at most this many sentences, 1 to {MAX_SENTENCES} (default 3; no sentence limit when only words is "
    "given)"
)
WORDS_HELP = (
    f"at most about this many words, 1 to {MAX_WORDS:,} (the best sentence alone when even it is longer)"
)
LENGTH_HELP = (
    "a length preset scaled to the article, instead of sentences and words: short, medium or long (for a "
    "400- to 1,000-word story 2, 3 or 5 sentences; for a brief 1, 2 or 3; for a long feature 3, 5 or 10)"
)
FORM_HELP = (
    "paragraph; key_points (the sentences as a list, `text` one `- ` point a line; the llm engine writes "
    "bullets); tldr (the one sentence that best stands for the article)"
)
OUTPUT_LANGUAGE_HELP = (
    "ISO 639-1 code of the language to write the summary in, when not the article's (abstractive "
    "summarizers only, e.g. llm); its evidence is `checked: false`, with the reason"
)
AVOID_HELP = (
    "keep sentences that are questions, or mostly direct quotation, out of the summary when the article "
    "has enough others (both: repeat the parameter, or questions,quotes)"
)
LANGUAGE_HELP = (
    "the article's language, ISO 639 (en, de, eng...), as the command line's --language: read in it (its "
    "stemmer, its stopwords) rather than in the one detected; default: detected"
)
KEYPHRASES_HELP = (
    "also give the article's best keyphrases, this many (1 to 50), each with its score and its `[start, "
    "end]` spans in the article text; default: none"
)
Length = Literal["short", "medium", "long"]
Form = Literal["paragraph", "key_points", "tldr"]
Filter = Literal["questions", "quotes"]


def _filter_names(value: object) -> object:
    """``avoid`` given as the command line and the widget take it, ``questions,quotes`` or ``questions
    quotes`` (in one query value, or a body's string), as its names: the API and the reader had refused
    the command line's own ``--avoid questions,quotes`` as "avoid takes questions and quotes, not
    'questions,quotes'". Repeats are dropped, as the library drops them. An item naming nothing (``avoid=``,
    ``avoid=,``) is kept as given, to be refused as the command line's ``--avoid ''`` is: read as no names,
    it had asked for no filter without a word."""
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, list) or not all(isinstance(item, str) for item in values):
        return value  # pydantic refuses it, naming the type
    return list(dict.fromkeys(name for item in values for name in (item.replace(",", " ").split() or [item])))


#: The filters a request asks to avoid: a list, each item one name or several as the command line gives them.
#: Its bound stands before the names are read: outside it, 800 unknown names were 800 refusals, not one.
Filters = Annotated[list[Filter], Field(max_length=2), BeforeValidator(_filter_names)]


def summary_options(location: str, **values: Any) -> SummaryOptions:
    """The :class:`SummaryOptions` of a request; options that contradict each other (a length preset and
    a budget, a TL;DR of several sentences) or an unknown language are an ``invalid_request``."""
    try:
        return SummaryOptions(**values)
    except InvalidInputError as exc:
        raise RequestValidationError([{"loc": (location,), "msg": str(exc), "type": "value_error"}]) from None


class SummarizeInput(ArticleInput):
    """An article as for ``POST /api/articles``, and the summary wanted of it."""

    # Their ranges are checked by SummaryOptions, whose refusal names them whole. Strict: pydantic would
    # read true as 1 and "2" as 2, which the library refuses ("keyphrases": true gave one keyphrase).
    sentences: int | None = Field(None, strict=True, description=SENTENCES_HELP)
    words: int | None = Field(None, strict=True, description=WORDS_HELP)
    length: Length | None = Field(None, description=LENGTH_HELP)
    form: Form = Field("paragraph", description=FORM_HELP)
    output_language: str | None = Field(None, max_length=16, description=OUTPUT_LANGUAGE_HELP)
    avoid: Filters = Field([], description=AVOID_HELP)
    keyphrases: int | None = Field(None, strict=True, description=KEYPHRASES_HELP)
    summarizer: str | None = Field(None, max_length=64, description="engine name (default: the service's)")
    language: str | None = Field(None, max_length=16, description=LANGUAGE_HELP)
    evidence: bool | None = Field(None, description=EVIDENCE_HELP)
    strict: bool = Field(False, description=STRICT_HELP)

    @field_validator("language")
    @classmethod
    def _language_code(cls, language: str | None) -> str | None:
        # Refused before any fetch, in the library's words, as the command line's --language is.
        return None if language is None else language_code(language)

    def summary_options(self) -> SummaryOptions:
        return summary_options(
            "body",
            sentences=self.sentences,
            words=self.words,
            length=self.length,
            form=self.form,
            output_language=self.output_language,
            avoid=tuple(self.avoid),
            keyphrases=self.keyphrases,
        )


class SentenceOut(BaseModel):
    text: str
    start: int | None = Field(description="offset of the sentence in the article text (null if abstractive)")
    end: int | None
    score: float = Field(description="the engine's score (0 for the llm engine, which gives none)")


class SentenceEvidenceOut(BaseModel):
    """How well the article backs one summary sentence."""

    text: str = Field(description="the summary sentence")
    supported: bool | None = Field(
        description="whether the article backs it: its score reaches the threshold (null: not checked)"
    )
    score: float | None = Field(description="how well the article backs it, 0 to 1 (null: not checked)")
    evidence: list[tuple[int, int]] = Field(
        description="[start, end] offsets in the article text of the one or two article sentences that "
        "back it best (for an unsupported sentence: the closest ones)"
    )
    unsupported: list[str] = Field(
        description="what the article does not contain: numbers, names, dates and quotes first, then "
        "other content words"
    )
    reason: str = Field(
        "", description="why it is not supported, or not checked, in words for a reader; empty if supported"
    )


class EvidenceOut(BaseModel):
    """The faithfulness check of a summary (``nutgraf.check``), sentence by sentence."""

    supported: bool | None = Field(
        description="whether every sentence the check compared is supported (null: not checked, or none of "
        "its sentences had anything to compare)"
    )
    checked: bool = Field(
        True,
        description="false when the check could not compare the summary with the article (a summary in "
        "another language: it compares words); each sentence's reason says so",
    )
    threshold: float = Field(description="the score at or above which a sentence counts as supported")
    sentences: list[SentenceEvidenceOut] = Field(description="one per summary sentence, in the same order")
    dropped: int = Field(
        0, description="sentences `strict` left out because the article does not support them"
    )


class ReductionOut(BaseModel):
    """How much shorter than the article the summary is."""

    article_words: int
    summary_words: int
    share: float = Field(description="the share of the article's words the summary leaves out, 0 to 1")
    seconds_saved: int = Field(description="reading time saved, at words_per_minute")
    words_per_minute: int = Field(
        description="the reading speed used: 238, the mean for adults reading non-fiction in English "
        "(Brysbaert 2019); for Chinese and Japanese, characters a minute: 255 and 357 (IReST, "
        "Trauzettel-Klosinski and Dietz 2012)"
    )


class KeyphraseOut(BaseModel):
    """One of the article's keyphrases (``nutgraf.keyphrases``)."""

    text: str = Field(description="the phrase as the article writes it most often")
    score: float = Field(description="ranks the keyphrases of one article; means nothing across articles")
    spans: list[tuple[int, int]] = Field(
        description="[start, end] offsets of each occurrence in the article text, in order"
    )


class SummaryFields(BaseModel):
    """What every summary answer holds besides its sentences and evidence."""

    summarizer: str
    language: str = Field(description="the article's language")
    output_language: str = Field(description="the language the summary is written in")
    form: Form
    text: str = Field(description="the sentences joined by spaces; key points one `- ` point a line")
    reduction: ReductionOut
    notes: list[str] = Field(
        description="how the summary differs from what was asked, for a reader: a filter the article had "
        "too few other sentences for, a form the engine cannot write, no sentence left by strict"
    )
    keyphrases: list[KeyphraseOut] | None = Field(
        None,
        description="the article's keyphrases, best first, when `keyphrases` asked for them; else absent",
    )


class SummaryOut(SummaryFields):
    article_id: int
    sentences: list[SentenceOut]
    evidence: EvidenceOut | None = Field(
        description="the check of each sentence against the article; null when not checked (extractive "
        "summaries, unless evidence=true is asked for)"
    )


class StatelessSummaryOut(SummaryFields):
    sentences: list[SentenceOut] = Field(description="start/end are offsets into article.text")
    evidence: EvidenceOut | None = Field(description="as for stored articles' summaries")
    article: dict[str, Any] = Field(
        description="the article as nutgraf read it: text, title, byline, description..."
    )


#: Texts up to this many characters (about 1,600 words) are summarized on the event loop by extractive
#: engines.
INLINE_CHARS = 10_000
#: Seconds a replica serves from memory a summary made of an article stored under a claim (see
#: ``Store.add_article``): a fetch on any process may verify it meanwhile, and make its title, language and
#: so its summary and keyphrases the page's; this replica is not told, and looks in the store again then.
#: A verified article's summary is served from memory for as long as the cache keeps it.
CLAIM_FRESH_S = 2.0


@dataclass(frozen=True)
class SummaryRequest:
    """What summary of a stored article a request asks for; also its key in the response cache."""

    article_id: int
    summarizer: str
    options: SummaryOptions
    evidence: bool | None
    strict: bool

    def made(self, store: Store, run: Callable[[Callable[[], Summary]], Summary] | None = None) -> CachedBody:
        """The summary's response body, from the store's cache or made now (blocks: run it in a thread).

        ``run`` runs the engine call (see ``Store.summary``).
        """
        stored = self.article(store)
        summary = store.summary(
            stored,
            summarizer=self.summarizer,
            **self.store_arguments(),
            run=run,
        )
        return self.cached_body(summary, stored)

    def store_arguments(self) -> dict[str, Any]:
        """What the store keys and shapes this summary by (see ``Store.summary``), but the summarizer."""
        return {"evidence": self.evidence, "strict": self.strict, **self.options.stored_arguments()}

    def cached_body(self, summary: dict[str, Any], stored: StoredArticle) -> CachedBody:
        """:meth:`body`, to be served from memory for ever, or, for an article stored under a claim, for
        :data:`CLAIM_FRESH_S`. A text stored without an address claims none: no fetch will verify it, and
        its summary must keep being served from memory while the store is down."""
        claimed = stored.url is not None and not stored.url_verified
        return CachedBody.of(self.body(summary, stored), CLAIM_FRESH_S if claimed else None)

    def body(self, summary: dict[str, Any], stored: StoredArticle) -> bytes:
        """The response body of ``summary`` (as the store gives it) of ``stored``, with the keyphrases
        asked for (the in-memory cache, keyed by the whole request, keeps each answer)."""
        return orjson.dumps(with_keyphrases(summary, stored, self.options.keyphrases))

    def article(self, store: Store) -> StoredArticle:
        stored = store.get_article(self.article_id)
        if stored is None:
            raise HTTPException(404, f"no article with id {self.article_id}")
        return stored


def with_keyphrases(summary: dict[str, Any], stored: StoredArticle, top: int | None) -> dict[str, Any]:
    """``summary`` (as the store gives it) of ``stored`` with the article's ``top`` keyphrases, or as it is
    when ``top`` is ``None``. They depend on the article alone, so the store's summaries table does not
    keep them: they are ranked from the stored text (a millisecond or two) when an answer is made."""
    if top is None:
        return summary
    found = rank_keyphrases(
        stored.text, summary["language"], title=stored.title, byline=stored.byline, top=top
    )
    return {**summary, "keyphrases": [keyphrase.to_dict() for keyphrase in found]}


class SummaryCache(LRU[SummaryRequest, CachedBody]):
    """The in-memory cache of finished summary bodies (``app.state.summary_cache``): a body past its
    ``fresh_until`` (one made from a claim, :data:`CLAIM_FRESH_S`) is no longer found."""

    def get(self, key: SummaryRequest) -> CachedBody | None:
        cached = super().get(key)
        if cached is not None and cached.fresh_until < time.monotonic():
            self.pop(key)
            return None
        return cached


# Their ranges are checked by SummaryOptions, whose refusal names them whole.
Sentences = Annotated[int | None, Query(description=SENTENCES_HELP)]
Words = Annotated[int | None, Query(description=WORDS_HELP)]
LengthPreset = Annotated[Length | None, Query(description=LENGTH_HELP)]
SummaryForm = Annotated[Form, Query(description=FORM_HELP)]
OutputLanguage = Annotated[str | None, Query(max_length=16, description=OUTPUT_LANGUAGE_HELP)]
Avoid = Annotated[Filters | None, Query(description=AVOID_HELP)]
# Its range is checked by SummaryOptions, whose refusal names it whole.
Keyphrases = Annotated[int | None, Query(description=KEYPHRASES_HELP)]
SummarizerName = Annotated[str | None, Query(max_length=64, description="default: the service's")]
WithEvidence = Annotated[bool | None, Query(description=EVIDENCE_HELP)]
Strict = Annotated[bool, Query(description=STRICT_HELP)]


@dataclass(frozen=True)
class QueryOptions:
    """The summary options a request's query parameters ask for."""

    options: SummaryOptions
    #: Whether the query sets the summary's length (``sentences``, ``words``, ``length``, or a TL;DR's one
    #: sentence); if not, ``options`` has the default 3 sentences, which a site's own default replaces.
    sized: bool


async def query_options(
    sentences: Sentences = None,
    words: Words = None,
    length: LengthPreset = None,
    form: SummaryForm = "paragraph",
    output_language: OutputLanguage = None,
    avoid: Avoid = None,
    keyphrases: Keyphrases = None,
) -> QueryOptions:
    """The summary options of a request's query (the same parameters wherever a summary is asked for);
    options that contradict each other are an ``invalid_request`` before anything else is done.

    ``async`` though it awaits nothing: FastAPI runs a plain function dependency on a worker thread.
    """
    options = summary_options(
        "query",
        sentences=sentences,
        words=words,
        length=length,
        form=form,
        output_language=output_language,
        avoid=tuple(avoid or ()),
        keyphrases=keyphrases,
    )
    sized = sentences is not None or words is not None or length is not None or form == "tldr"
    return QueryOptions(options, sized)


AskedOptions = Annotated[QueryOptions, Depends(query_options)]


async def summary_request(
    article_id: int,
    request: Request,
    asked: AskedOptions,
    summarizer: SummarizerName = None,
    evidence: WithEvidence = None,
    strict: Strict = False,
) -> SummaryRequest:
    """The summary a request for a stored article's summary asks for, from its query parameters.

    ``async`` though it awaits nothing: FastAPI runs a plain function dependency on a worker thread.
    """
    summarizer = summarizer or settings_of(request).summarizer
    summarizer_class(summarizer)  # an unknown name is refused before the cache is asked for it
    return SummaryRequest(article_id, summarizer, asked.options, evidence, strict)


Asked = Annotated[SummaryRequest, Depends(summary_request)]


@router.get(
    "/articles/{article_id}/summary",
    response_model=SummaryOut,
    tags=["articles"],
    responses=NOT_FOUND,
    dependencies=[NoHead],
)
async def get_summary(request: Request, key: Asked) -> Response:
    """The summary of a stored article; ``start``/``end`` of each sentence are offsets into its text.
    Abstractive summaries come with ``evidence``: for each sentence, whether the article supports it and
    which article sentences do. Made once per article, summarizer and options, then served from the cache.
    """
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
            # Waiting for another process to make it takes no summarizing thread: only the engine call does;
            # nor one of the threads every other route shares.
            work = partial(key.made, store_of(request), run_engine)
            made = await anyio.to_thread.run_sync(work, limiter=request.app.state.summary_waits)
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
    "`GET /api/articles/{id}/summary`; or, if the engine fails mid-stream or the summary cannot be "
    "stored, one `error` event with a problem details object."
)


@router.get(
    "/articles/{article_id}/summary/stream",
    tags=["articles"],
    response_class=StreamingResponse,
    responses={200: {"content": {"text/event-stream": {}}, "description": _EVENT_STREAM_DOC}, **NOT_FOUND},
    dependencies=[NoHead],
)
async def stream_summary(request: Request, key: Asked) -> Response:
    """The summary of a stored article as it is written (``text/event-stream``).

    Engines that cannot stream, and summaries already made, send the final ``summary`` event alone.
    Problems found before the first event (no such article, an unknown or unconfigured summarizer,
    an LLM server that does not answer) are problem details responses, as for the plain summary.
    """
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
        stored_body, streaming = await run_in_threadpool(_cached_or_stream, store, key)
        if streaming is not None:
            try:
                first = await run_in_threadpool(next, streaming.pieces, None)
            except BaseException:
                await run_in_threadpool(store.release, streaming.claim)
                raise
            events = _streamed_events(request, key, streaming, first)
            release = partial(store.release, streaming.claim)
            return _LeasedStream(events, release, media_type=EVENT_STREAM, headers=_STREAM_HEADERS)
        if stored_body is None:
            cached = await summary_body(request, key)
        else:
            cached = stored_body
            cache.put(key, cached)
    return StreamingResponse(
        iter([server_event("summary", cached.body)]), media_type=EVENT_STREAM, headers=_STREAM_HEADERS
    )


def streams(key: SummaryRequest) -> bool:
    """Whether the engine of ``key`` writes its summary piece by piece (the llm engine)."""
    return hasattr(summarizer_class(key.summarizer), "stream")


def server_event(name: str, data: bytes) -> bytes:
    """One server-sent event; ``data`` is JSON, which orjson writes on one line."""
    return b"event: " + name.encode() + b"\ndata: " + data + b"\n\n"


@dataclass
class _Streaming:
    """A summary being streamed: the engine's pieces and what the final, checked summary needs."""

    stored: StoredArticle
    document: Document
    plan: SummaryPlan
    pieces: Iterator[str]
    #: Reads the joined pieces as the engine's ``summarize`` reads a whole reply.
    read_reply: Callable[[str, Budget, str], list[SummarySentence]]
    #: The lease on making this summary, released when the stream ends.
    claim: Lease


class _LeasedStream(StreamingResponse):
    """A stream of a summary being made under its lease, which is given up when the response ends, however
    it ends: the events' own ``finally`` does not run when a client leaves before the first is sent."""

    def __init__(self, content: AsyncIterator[bytes], release: Callable[[], None], **kwargs: Any) -> None:
        super().__init__(content, **kwargs)
        self.release = release

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            # A database that does not answer: the lease lapses at its deadline, renewed by nobody.
            with anyio.CancelScope(shield=True), contextlib.suppress(SQLAlchemyError):
                await anyio.to_thread.run_sync(self.release)


def _cached_or_stream(store: Store, key: SummaryRequest) -> tuple[CachedBody | None, _Streaming | None]:
    """The stored summary's body, or the stream of a new one when its engine can stream and nobody else
    is making it (its lease is claimed), or neither."""
    from nutgraf.pipeline import plan_summary

    stored = key.article(store)
    asked = {"summarizer": key.summarizer, **key.store_arguments()}
    cached = store.get_summary(stored.id, **asked)
    if cached is not None:
        return key.cached_body(cached, stored), None
    engine = get_summarizer(key.summarizer)
    stream = getattr(engine, "stream", None)
    if stream is None:
        return None, None
    claim = store.claim(SUMMARY_LEASE, summary_lease_key(stored.id, key.summarizer, key.options))
    if claim is None:
        return None, None  # another request makes it: wait for it as for a summary that cannot stream
    try:
        # Looked at again: the maker before us may have cached it and let go since.
        cached = store.get_summary(stored.id, **asked)
        if cached is not None:
            store.release(claim)
            return key.cached_body(cached, stored), None
        document = make_document(stored.text, language=stored.language, title=stored.title, news=stored.news)
        plan = plan_summary(engine, document, key.options, strict=key.strict)
        pieces = stream(plan.document, plan.budget, **plan.engine_options)
    except BaseException:
        store.release(claim)
        raise
    return None, _Streaming(stored, document, plan, pieces, engine.read_reply, claim)


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
        made = await anyio.to_thread.run_sync(work, limiter=request.app.state.summarizing_threads)
    except (NutgrafError, *OUTAGE_ERRORS, *MISSING_SCHEMA_ERRORS) as exc:
        if not isinstance(exc, NutgrafError) and not is_store_failure(exc):
            raise
        # The store's too (storing the summary past the request's statement bound, the database gone, its
        # table dropped: PostgreSQL's ProgrammingError had cut the stream still): the headers are sent,
        # so it is said in the stream, which had been cut without a word.
        error = exc if isinstance(exc, NutgrafError) else store_failure(request, exc)
        problem_body = problem(status_of(error), client_message(error), kind=error.kind).body
        yield server_event("error", bytes(problem_body))
        return
    finally:
        close = getattr(streaming.pieces, "close", None)
        if close is not None:
            close()  # a client that went away: hang up on the engine's server too
    request.app.state.summary_cache.put(key, made)
    yield server_event("summary", made.body)


def _checked_summary(store: Store, key: SummaryRequest, streaming: _Streaming, reply: str) -> CachedBody:
    """The streamed ``reply`` as the summary the engine's ``summarize`` would have made of it, checked
    against the article and cached, as the response body of the plain summary request."""
    from nutgraf.pipeline import assemble_summary

    plan = streaming.plan
    made = assemble_summary(
        streaming.document,
        streaming.read_reply(reply, plan.budget, plan.form),
        summarizer=key.summarizer,
        article=streaming.stored.article,
        evidence=True,
        plan=plan,
    )
    summary = store.save_summary(streaming.stored, made, **key.store_arguments())
    return key.cached_body(summary, streaming.stored)


# Behind the token too: it stores nothing, but it has the server fetch any URL and spend its CPU.
@router.post("/summarize", response_model=StatelessSummaryOut, dependencies=[Write], tags=["summarize"])
async def summarize_input(data: SummarizeInput, request: Request) -> Response:
    """Summarize an article from its URL, HTML or text without storing anything.

    Returns the summary (``text``, ``sentences`` with offsets into ``article.text``, ``evidence`` as for
    stored articles) and the article.
    """
    settings = settings_of(request)
    options = data.summary_options()  # options that contradict each other are refused before any fetch
    if is_fetch(data):
        # Waiting on a remote site holds a fetch thread, never a summarizing one or a page's.
        article = await fetched_article(request, data)
        work = partial(_summary_of, article, data, options, settings)
    else:
        work = partial(_summary_of, None, data, options, settings)
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
    short = data.text is not None and len(data.text) <= INLINE_CHARS
    # The faithfulness check takes far longer than the summary: threads.
    plain = not data.evidence and not data.strict
    return short and plain and is_extractive(data.summarizer or settings.summarizer)


def _summary_of(
    article: Article | None, data: SummarizeInput, options: SummaryOptions, settings: Settings
) -> bytes:
    from nutgraf.pipeline import summarize

    article = article or article_from_input(data)
    summarizer = data.summarizer or settings.summarizer
    summary = summarize(
        article,
        summarizer=summarizer,
        language=data.language,
        evidence=data.evidence,
        strict=data.strict,
        **options.arguments(),
    )
    return orjson.dumps({"evidence": None, **summary.to_dict()})
