"""``/api/embed``: what the widget on a publisher's page asks for, by the page's own address.

* ``GET /api/embed/summary?site=ID&url=PAGE_URL`` (``sentences``, ``words``, ``length``, ``form``,
  ``output_language``, ``avoid``, ``keyphrases``, ``summarizer``, as for a stored article's summary; the
  site's sentences and summarizer where the request names none; ``lang``, the page's language): the
  summary of the site's page, as ``GET /api/articles/{id}/summary`` gives it, with the article's id, title,
  language and address beside it, the text of the article sentences that back each checked sentence, and
  the widget's labels for the summary in the page's language (``labels``, English for a language the widget
  has none in; see :mod:`nutgraf.web.widget_labels`). A page the
  store knows (under its canonical address, its canonical link or its AMP twin) answers from the cache; a
  new one is fetched by nutgraf from the site's hosts, stored and summarized, once however many readers
  ask at once: in a process through a :class:`~nutgraf.web.single_flight.SingleFlight`, across the
  replicas of one database through a lease (``("embed-fetch", "SITE URL")``, see
  :meth:`nutgraf.store.leases.LeaseTable.once`), both keyed by site and canonical URL. Asked
  with ``Accept: text/event-stream``, a summary the llm engine is still to write streams in as server-sent
  events instead.
* ``POST /api/embed/flags?site=ID`` ``{"url", "reason", "note"}``: a reader's report of a problem with
  the summary of a page the store knows (it never fetches: a flag cannot make nutgraf store anything).

CORS: a page of one of the site's origins gets ``Access-Control-Allow-Origin``, and may read Retry-After and
the ETag (``Access-Control-Expose-Headers``; preflights answered);
a page of any other origin gets no CORS header and a 403 problem, except that an unknown site's 404 is
readable by any page (see :func:`embedded`). Every answer varies by ``Origin``;
summaries carry an ETag (``If-None-Match`` gets a 304) and a public Cache-Control. New pages count against
a limit per client address and one per site (429 with Retry-After); answers from the cache do not.
"""

from __future__ import annotations

import asyncio
import shlex
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, Annotated, Any, Literal

import orjson
from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException
from starlette.responses import Response

from nutgraf.article import without_bidi_controls
from nutgraf.decode import clean_characters
from nutgraf.engines.base import summarizer_class
from nutgraf.errors import InvalidInputError, NutgrafError, StoreError
from nutgraf.sites.registry import SITE_ID, origin_of
from nutgraf.store import Store, StoredArticle, StoredSite
from nutgraf.urls import MAX_URL_BYTES, canonical_url, check_http_url, shown_url, without_tracking
from nutgraf.web.api.common import (
    LRU,
    NOT_FOUND,
    PROBLEM_RESPONSE,
    PUBLIC_MAX_AGE_S,
    CachedBody,
    NoHead,
    cacheable_response,
    json_response,
    settings_of,
    store_of,
)
from nutgraf.web.api.summaries import (
    AskedOptions,
    SummarizerName,
    SummaryOut,
    SummaryRequest,
    streams,
    summary_body,
    summary_stream,
)
from nutgraf.web.problems import http_error_handler, nutgraf_error_handler
from nutgraf.web.security import client_address, same_origin
from nutgraf.web.single_flight import SingleFlight
from nutgraf.web.widget_labels import summary_labels, widget_language

if TYPE_CHECKING:
    from nutgraf.engines.options import SummaryOptions
    from nutgraf.settings import Settings
    from nutgraf.web.limits import Buckets

router = APIRouter(prefix="/embed", tags=["embed"])

#: Seconds a site is read from memory before the store is asked again (a change made by the API of
#: this process applies at once).
SITE_TTL_S = 5.0
#: Sites (and ids no site has) kept in memory at most: past it they are all forgotten at once, so that a
#: client asking for millions of made-up ids costs a bounded amount of memory.
MAX_CACHED_SITES = 10_000
#: Seconds a page that could not be had (no article, fetch failed) is answered from memory, so that
#: readers clicking on it do not each make nutgraf fetch it again.
FAILURE_TTL_S = 60.0
#: Seconds a finished answer is given from memory, as long as a CDN may keep it: then the page's address
#: is looked up in the store again, where an address a fetch led elsewhere (a redirect) ages out after
#: :data:`~nutgraf.store.articles.ALIAS_MAX_AGE` (see :meth:`nutgraf.store.SiteTable.find_site_article`).
ANSWER_TTL_S = float(PUBLIC_MAX_AGE_S)
#: The lease kind of a page being fetched for the widget (its key: the site's id and the canonical URL).
PAGE_FETCH_LEASE = "embed-fetch"
#: What a reader may say is wrong with a summary.
FLAG_REASONS = ("wrong", "missing", "unclear", "other")
#: The longest note a flag keeps, in characters.
MAX_NOTE_CHARS = 500
_CORS_ALWAYS = {"Vary": "Origin", "Cross-Origin-Resource-Policy": "cross-origin"}
_PREFLIGHT = {
    "Access-Control-Allow-Methods": "GET, POST",
    "Access-Control-Allow-Headers": "Content-Type",
    "Access-Control-Max-Age": "600",
}
# What a page allowed to read an answer may read of its headers beyond the safelisted ones: a browser hides
# the rest from a cross-origin script, and the widget could not say when to try again after a 429.
_EXPOSED = {"Access-Control-Expose-Headers": "Retry-After, ETag"}

SiteParameter = Annotated[str, Query(max_length=64, description="the site's id")]
# Characters, a first cut before anything is read: check_http_url counts the address's bytes.
PageParameter = Annotated[str, Query(max_length=MAX_URL_BYTES, description="the page's address")]
LabelsLanguage = Annotated[
    str, Query(max_length=16, description="the page's language (its labels; English for one without)")
]


class Refused(HTTPException):
    """A request the embed endpoints refuse, as a problem with its ``kind``."""

    def __init__(self, status: int, detail: str, kind: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(status, detail, headers)
        self.kind = kind


class EmbedState:
    """What the embed endpoints keep in this process: sites for a few seconds, finished answers, pages
    that failed, and the fetches in flight; their limits count in ``buckets`` (the app's rate buckets,
    shared by the replicas on PostgreSQL). Used from the event loop only."""

    def __init__(self, settings: Settings, buckets: Buckets) -> None:
        self._sites: dict[str, tuple[float, StoredSite | None]] = {}
        # Every site, with the time to read them again: what an unknown id's problem suggests.
        self._listed: tuple[float, list[StoredSite]] = (0.0, [])
        # By site, page, summarizer, the summary's options asked for (keyphrases included), the site's
        # sentences where those give no length, and the labels' language; each with when it is to be
        # looked up again (ANSWER_TTL_S).
        self.answers: LRU[tuple[str, str, str, SummaryOptions, int | None, str], tuple[float, CachedBody]] = (
            LRU(settings.summary_cache_size)
        )
        self.failures: LRU[tuple[str, str], tuple[float, NutgrafError]] = LRU(1024)
        self.pages = SingleFlight()
        # Pages whose fetch is being counted against the limits (see charge_fetch).
        self._charging: dict[tuple[str, str], asyncio.Future[None]] = {}
        self.buckets = buckets
        self.client_rate = settings.embed_client_rate
        self.site_rate = settings.embed_site_rate

    async def site(self, store: Store, site_id: str) -> StoredSite:
        """The site ``site_id``; a 404 for an unknown one, a 403 for one switched off."""
        now = time.monotonic()
        entry = self._sites.get(site_id)
        if entry is None or entry[0] < now:
            found = await run_in_threadpool(store.get_site, site_id) if SITE_ID.fullmatch(site_id) else None
            if len(self._sites) >= MAX_CACHED_SITES:
                self._sites.clear()
            entry = self._sites[site_id] = (now + SITE_TTL_S, found)
        site = entry[1]
        if site is None and not site_id:
            # The element without its site attribute, or a frame's address without its site=: "the site ''
            # is not registered" had sent the publisher to register a site they had.
            raise Refused(
                404,
                "no site given: the element's site attribute (the frame's site=) is the id of your site, which"
                " `nutgraf sites add` printed and `nutgraf sites list` lists",
                "site_not_found",
            )
        if site is None:
            raise Refused(
                404,
                f"the site {site_id[:64]!r} is not registered on this nutgraf server; register it with "
                "`nutgraf sites add URL` (URL: your site's address), and give the element the id that "
                "prints as its site attribute",
                "site_not_found",
            )
        if not site.enabled:
            raise Refused(403, f"the site {site.id} has the summary button switched off", "site_disabled")
        return site

    def known_site(self, site_id: str) -> StoredSite | None:
        """The site ``site_id`` as last read from the store, however long ago; ``None`` where it was not
        read (or is not registered). The store is not asked."""
        entry = self._sites.get(site_id)
        return entry[1] if entry else None

    def forget_site(self, site_id: str) -> None:
        self._sites.pop(site_id, None)
        self._listed = (0.0, [])

    async def sites_of(self, store: Store, origin: str) -> list[str]:
        """The ids of the sites that ``origin``'s pages may embed now: those switched on (all sites are
        read again at most every :data:`SITE_TTL_S`, however many unknown ids are asked for). A
        switched-off site is no answer to a typo: its pages get a 403, and the operator switched it off."""
        now = time.monotonic()
        if self._listed[0] < now:
            self._listed = (now + SITE_TTL_S, await run_in_threadpool(store.list_sites))
        return [site.id for site in self._listed[1] if site.enabled and site.allows(origin)]

    async def charge_fetch(self, page_key: tuple[str, str], client: str, site: StoredSite) -> None:
        """Count the fetch of a new page against the limits (:meth:`limit`) once, however many readers ask
        for it while it is counted and fetched: the first is charged; the others wait for that, then join
        its fetch (or, should it have been refused, are charged in turn)."""
        while not self.pages.running(page_key):
            pending = self._charging.get(page_key)
            if pending is None:
                charged = asyncio.get_running_loop().create_future()
                self._charging[page_key] = charged
                try:
                    await self.limit(client, site)
                finally:
                    del self._charging[page_key]
                    charged.set_result(None)
                return
            await asyncio.shield(pending)

    async def limit(self, client: str, site: StoredSite | None) -> None:
        """Count one fetch (or flag) against the client's limit (bucket ``embed-client:ADDRESS``) and, with
        ``site``, the site's (``site:ID``), across replicas as the service-wide limit is: a 429 over
        either."""
        limits = [(self.client_rate, f"embed-client:{client}", f"from {client}")]
        if site is not None:
            limits.append((self.site_rate, f"site:{site.id}", f"of the site {site.id}"))
        for per_minute, bucket, whose in limits:
            wait = await self.buckets.take(bucket, per_minute) if per_minute else 0
            if wait:
                detail = f"too many new pages asked for {whose}; try again in {wait:.0f} s"
                raise Refused(429, detail, "rate_limited", {"Retry-After": f"{wait:.0f}"})


Answer = Callable[[Request, StoredSite], Awaitable[Response]]


async def embedded(request: Request, site_id: str, answer: Answer) -> Response:
    """``answer`` for the site ``site_id``, with the CORS headers the request's origin may have: a page
    of the site's origins (or of this service) gets its answer; any other origin a 403 problem without
    CORS headers. Problems of a permitted origin carry its CORS header too, so the widget can read them.

    An unknown site's 404 carries the CORS header of any origin: no site lists the origin of a page whose
    element names an id with a typo, or one never registered, and its widget (the console) can then say
    so. It says no more than the id it was asked for and, to a page of a site's origins, the ids of those
    sites switched on (which that page may embed anyway): a page of another origin learns only whether an id it
    guessed is registered, as it could by reading the snippet on any publisher's page."""
    headers = dict(_CORS_ALWAYS)
    embed: EmbedState = request.app.state.embed
    origin = request.headers.get("origin")
    try:
        try:
            site = await embed.site(store_of(request), site_id)
        except Refused as exc:
            if exc.kind == "site_not_found" and origin and not same_origin(request):
                headers["Access-Control-Allow-Origin"] = origin
                embeddable = await embed.sites_of(store_of(request), origin)
                if embeddable:
                    exc.detail += f"; pages of {origin} may embed the site {' or '.join(embeddable)}"
            raise
        if not same_origin(request):
            if not site.allows(origin):
                raise Refused(403, _origin_refusal(origin, site.id, site.origins), "origin_not_allowed")
            headers["Access-Control-Allow-Origin"] = origin
            headers.update(_EXPOSED)
        response = await answer(request, site)
    except (NutgrafError, HTTPException) as exc:
        handler = nutgraf_error_handler if isinstance(exc, NutgrafError) else http_error_handler
        response = await handler(request, exc)
        response.headers["Cache-Control"] = "no-store"
    response.headers.update(headers)
    return response


def refusal_cors(request: Request) -> dict[str, str]:
    """The CORS headers of a middleware's refusal of the widget's request (the service-wide 429): those
    of :func:`embedded`'s answers where the site it names allows the request's origin, as the site was
    last read. The store is not asked: a client over the limit must cost nothing, however many site ids it
    makes up (a site not read of late gets no Allow-Origin, and its widget says there is no summary)."""
    embed: EmbedState = request.app.state.embed
    site = embed.known_site(request.query_params.get("site", ""))
    origin = request.headers.get("origin")
    headers = {**_CORS_ALWAYS, "Cache-Control": "no-store"}
    if site and site.enabled and origin and not same_origin(request) and site.allows(origin):
        headers["Access-Control-Allow-Origin"] = origin
        headers.update(_EXPOSED)
    return headers


def page_address(site: StoredSite, url: str) -> str:
    """``url`` without its tracking parameters and fragment (the rest as written: see
    :func:`without_tracking`) if it is a page on the site's hosts; a 403 naming the hosts otherwise. What
    nutgraf fetches, stores and keeps in flags is that address: the first reader's ``fbclid`` or ``utm_*``
    were otherwise sent to the publisher as a visit from that campaign, kept as the article's address and
    handed to every later reader."""
    url = check_http_url(url)
    if not site.covers(url):
        raise Refused(
            403,
            f"{url[:200]} is not a page of the site {site.id}: its pages are on {', '.join(site.hosts)}",
            "url_outside_site",
        )
    return without_tracking(url)


class EmbeddedArticleOut(BaseModel):
    id: int
    title: str | None
    language: str | None
    url: str | None = Field(description="the address nutgraf fetched the page from")


class EmbedSummaryOut(SummaryOut):
    """The summary of ``GET /api/articles/{id}/summary``; each checked sentence's evidence also carries
    ``backing``, the text of the article sentences that back it."""

    article: EmbeddedArticleOut
    labels: dict[str, str] = Field(
        description="the widget's labels for the summary (its checks, Report a problem), by name, in the "
        "language asked for by `lang`"
    )


#: What the widget's requests may get besides the problems of every route, for the OpenAPI document: 403
#: for an origin the site does not list, a page off its hosts or a switched-off site; 404 for an unknown site.
EMBED_ERRORS: dict[int | str, dict[str, Any]] = {403: PROBLEM_RESPONSE, **NOT_FOUND}


@router.get("/summary", response_model=EmbedSummaryOut, responses=EMBED_ERRORS, dependencies=[NoHead])
async def embed_summary(
    request: Request,
    site: SiteParameter,
    url: PageParameter,
    asked: AskedOptions,
    summarizer: SummarizerName = None,
    lang: LabelsLanguage = "en",
) -> Response:
    """The summary of a site's page by its address (see the module's description). The JSON is that of
    ``GET /api/articles/{id}/summary`` with ``article`` (``id``, ``title``, ``language``, ``url``) and
    ``labels`` (the widget's, in the page's language ``lang``) beside it, and with ``backing`` (the text of
    the article sentences that back it) on each checked sentence.
    Without ``sentences``, ``words`` or ``length``, a paragraph or key points have the site's sentences."""

    async def answer(request: Request, found: StoredSite) -> Response:
        embed: EmbedState = request.app.state.embed
        page = page_address(found, url)
        chosen = summarizer or found.summarizer
        # The site's sentences, where the widget gives no length, key the answer without making the
        # options they give: a cached answer costs no more than a dictionary look-up.
        site_sentences = None if asked.sized else found.sentences
        language = widget_language(lang)
        answer_key = (found.id, canonical_url(page), chosen, asked.options, site_sentences, language)
        remembered = embed.answers.get(answer_key)
        if remembered is not None and remembered[0] > time.monotonic():
            return cacheable_response(request, remembered[1])
        options = (
            asked.options if site_sentences is None else replace(asked.options, sentences=site_sentences)
        )
        summarizer_class(chosen)  # an unknown engine is refused before the page is fetched
        article = await page_article(request, found, page)
        key = SummaryRequest(article.id, chosen, options, None, False)
        wants_stream = "text/event-stream" in request.headers.get("accept", "")
        if wants_stream and streams(key) and request.app.state.summary_cache.get(key) is None:
            return await summary_stream(request, key)
        made = await summary_body(request, key)
        # An answer made from a claim's summary lasts no longer than it (see CLAIM_FRESH_S), in memory and
        # in a CDN.
        cached = replace(
            CachedBody.of(embed_body(made.body, article, language)), fresh_until=made.fresh_until
        )
        embed.answers.put(answer_key, (min(time.monotonic() + ANSWER_TTL_S, made.fresh_until), cached))
        return cacheable_response(request, cached)

    return await embedded(request, site, answer)


def embed_body(summary: bytes, article: StoredArticle, language: str) -> bytes:
    """A summary's JSON with the article and the widget's labels in ``language`` beside it, and the text of
    each checked sentence's backing."""
    data = orjson.loads(summary)
    for check in (data["evidence"] or {}).get("sentences", ()):
        check["backing"] = [article.text[start:end] for start, end in check["evidence"]]
    data["article"] = {
        "id": article.id,
        "title": article.title,
        "language": article.language,
        "url": article.url,
    }
    data["labels"] = summary_labels(language)
    return orjson.dumps(data)


async def page_article(request: Request, site: StoredSite, url: str) -> StoredArticle:
    """The stored article of the site's page at ``url``: from the store, else fetched now (once for all
    the requests that ask for it meanwhile, counted against the limits once)."""
    from nutgraf.sites.pages import site_article

    embed: EmbedState = request.app.state.embed
    store = store_of(request)
    known = await run_in_threadpool(store.find_site_article, site.id, [url])
    if known is not None:
        return known
    page_key = (site.id, canonical_url(url))
    failed = embed.failures.get(page_key)
    if failed is not None and failed[0] > time.monotonic():
        raise type(failed[1])(str(failed[1]))
    await embed.charge_fetch(page_key, client_address(request.scope), site)
    fetch_settings = settings_of(request).fetch_settings()

    def fetched() -> StoredArticle:
        return site_article(store, site, url, fetch_settings=fetch_settings)[0]

    async def fetch_page() -> StoredArticle:
        # Once across replicas too: the first to claim the page's lease fetches it, the others find it
        # stored (or fetch it themselves should that fetch fail or take longer than any fetch may).
        work = partial(
            store.once,
            PAGE_FETCH_LEASE,
            f"{site.id} {page_key[1]}",
            ready=partial(store.find_site_article, site.id, [url]),
            make=fetched,
            wait_seconds=fetch_settings.total_timeout,
        )
        try:
            stored = await run_in_threadpool(work)
        except NutgrafError as exc:
            if not isinstance(exc, StoreError):
                embed.failures.put(page_key, (time.monotonic() + FAILURE_TTL_S, exc))
            raise
        return stored

    return await embed.pages.run(page_key, fetch_page)


class FlagInput(BaseModel):
    """A reader's report of a problem with a page's summary."""

    model_config = ConfigDict(extra="forbid")

    url: str = Field(max_length=MAX_URL_BYTES, description="the page's address")
    reason: Literal[FLAG_REASONS] = Field(  # type: ignore[valid-type]
        description="wrong (says what the article does not), missing (misses the point), unclear, other"
    )
    note: str | None = Field(None, max_length=MAX_NOTE_CHARS, description="the reader's words (text)")
    summarizer: str | None = Field(None, max_length=64, description="the summary's (default: the site's)")


class FlagOut(BaseModel):
    id: int


@router.post("/flags", status_code=201, response_model=FlagOut, responses=EMBED_ERRORS)
async def flag_summary(request: Request, site: SiteParameter, data: FlagInput) -> Response:
    """Keep a reader's report of a problem with the summary of a page the store knows (201)."""

    async def answer(request: Request, found: StoredSite) -> Response:
        page = page_address(found, data.url)
        summarizer = data.summarizer or found.summarizer
        summarizer_class(summarizer)
        await request.app.state.embed.limit(client_address(request.scope), None)
        store = store_of(request)
        article = await run_in_threadpool(store.find_site_article, found.id, [page])
        if article is None:
            raise HTTPException(404, f"nutgraf has no summary of {page[:200]} to flag")
        # Without bidi controls, as an article's title: an anonymous reader's override had shown the
        # publisher the note's words reversed, and an unclosed one reordered the install page after it.
        note = without_bidi_controls(clean_characters(data.note or "").strip() or None)
        flag = await run_in_threadpool(
            store.add_flag,
            found.id,
            article_id=article.id,
            url=page,
            summarizer=summarizer,
            reason=data.reason,
            note=note,
        )
        return json_response({"id": flag.id}, 201)

    return await embedded(request, site, answer)


@router.options("/summary", include_in_schema=False)
@router.options("/flags", include_in_schema=False)
async def preflight(request: Request, site: SiteParameter) -> Response:
    """A CORS preflight: 204 with the methods and headers a site's origin may use; 403 for others."""

    async def answer(request: Request, found: StoredSite) -> Response:
        return Response(status_code=204, headers=_PREFLIGHT)

    return await embedded(request, site, answer)


def _origin_refusal(origin: str, site_id: str, origins: Sequence[str]) -> str:
    """Why pages of ``origin`` may not embed the site, with the command and the request that let them
    beside the site's others (`sites update --add-origin`, ``add_origins``): the whole list to name again,
    which it had given, was one origin left out from cutting off the site's own pages."""
    try:
        asked = origin_of(origin)
    except InvalidInputError:  # "null" (a sandboxed frame, a file), which no site lists
        asked = None
    listed = ", ".join(origins)
    if asked is None:
        # Shown without a user name and password: a header of any client's, which the answer echoes.
        return f"pages of {shown_url(origin)} may not embed the summaries of the site {site_id}; its origins are {listed}"
    # Quoted: an IPv6 origin's brackets are a glob that zsh refuses and bash may expand.
    return (
        f"pages of {origin} may not embed the summaries of the site {site_id}; its origins are {listed}. To"
        f" let them too: nutgraf sites update {site_id} --add-origin {shlex.quote(asked)}, or PATCH"
        f' /api/sites/{site_id} with {{"add_origins": ["{asked}"]}}'
    )


__all__ = ["FLAG_REASONS", "EmbedState", "embedded", "page_address", "router"]
