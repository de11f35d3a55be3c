"""What a publisher's pages load from nutgraf, and the pages that help a publisher install it:

* ``/embed.js``: the widget (``static/embed.js``), served with an ETag, gzipped when the browser takes
  it, cacheable, and loadable from any origin;
* ``/embed/labels/{language}``: the labels the widget shows before a summary comes, for a page in a
  language other than English (the script carries English's), cacheable and readable from any origin;
* ``/embed/frame?site=ID&url=PAGE_URL``: the widget alone on a page, for sites whose
  Content-Security-Policy allows no third-party script (the summary's options, such as ``length``,
  ``form`` and ``keyphrases``, become the element's attributes); only the site's origins may frame it
  (``frame-ancestors``), and it tells its parent its height by ``postMessage`` to that origin only;
* ``/sites`` and ``/sites/{id}``: the install page: the snippet to paste, a live preview on the site's
  latest stored page, its warm-up sources and the problems readers flagged.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.responses import Response

from nutgraf.extract.text.words import INVISIBLE_CHARACTERS
from nutgraf.sites.registry import frame_snippet, snippet
from nutgraf.urls import MAX_URL_BYTES, http_link
from nutgraf.web.api.common import CachedBody, cacheable_response, matches, store_of
from nutgraf.web.api.embed import FLAG_REASONS, page_address

# FastAPI reads the widget frame's parameters (their types) when the route is made: imported at run time.
from nutgraf.web.api.summaries import AskedOptions, QueryOptions, SummarizerName  # noqa: TC001
from nutgraf.web.pages import TEMPLATES
from nutgraf.web.pages import _context as context_of
from nutgraf.web.widget_labels import WIDGET_LABELS, bar_labels, widget_language

if TYPE_CHECKING:
    from nutgraf.store import StoredSite

router = APIRouter(include_in_schema=False)

#: What the install page says for each flag reason.
REASON_LABELS = dict(
    zip(
        FLAG_REASONS,
        ("It says something the article does not", "It misses the main point", "Hard to understand", "Other"),
        strict=True,
    )
)
#: The CSS a publisher adds so that the page does not shift when the widget loads: its closed height, in
#: the reader's chosen text size as the widget's own (48 px at the default size; docs/embed.md).
RESERVE_CSS = "nutgraf-summary { display: block; font-size: medium; min-height: calc(2.75em + 4px); }"
_WIDGET_CACHING = "public, max-age=3600, stale-while-revalidate=604800"


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _widget_source() -> bytes:
    """The widget as served: the source without its comment lines and indentation, with English's labels,
    the languages it has labels in and the characters nutgraf's text drops inside words put in."""
    source = (Path(__file__).parent / "static" / "embed.js").read_text(encoding="utf-8")
    source = source.replace("const EN = {};", f"const EN = {_json(bar_labels('en'))};", 1)
    source = source.replace("const LANGUAGES = [];", f"const LANGUAGES = {_json(list(WIDGET_LABELS))};", 1)
    source = source.replace(
        'const INVISIBLE = "";', f"const INVISIBLE = {json.dumps(INVISIBLE_CHARACTERS)};", 1
    )
    lines = (line.strip() for line in source.splitlines())
    return "\n".join(line for line in lines if line and not line.startswith("//")).encode()


WIDGET = CachedBody.of(_widget_source())
WIDGET_GZIP = gzip.compress(WIDGET.body, 9, mtime=0)


@router.get("/embed.js")
def widget(request: Request) -> Response:
    """The widget's script, for any page to load."""
    headers = {
        "ETag": WIDGET.etag,
        "Cache-Control": _WIDGET_CACHING,
        "Vary": "Accept-Encoding",
        "Cross-Origin-Resource-Policy": "cross-origin",
    }
    if matches(request.headers.get("if-none-match"), WIDGET.etag):
        return Response(status_code=304, headers=headers)
    body = WIDGET.body
    if "gzip" in request.headers.get("accept-encoding", ""):
        body, headers["Content-Encoding"] = WIDGET_GZIP, "gzip"
    return Response(body, media_type="text/javascript; charset=utf-8", headers=headers)


#: Each language's labels of the bar, as served.
BAR_LABELS_BODIES = {
    language: CachedBody.of(_json(bar_labels(language)).encode()) for language in WIDGET_LABELS
}


@router.get("/embed/labels/{language}")
def labels(request: Request, language: str) -> Response:
    """The labels the widget shows before a summary comes, in ``language`` (a code it has labels in), for
    any page to read; kept by browsers and caches as the script is."""
    cached = BAR_LABELS_BODIES.get(language)
    if cached is None:
        raise HTTPException(404, f"The widget has no labels in {language[:16]!r}.")
    return cacheable_response(request, cached, _WIDGET_CACHING, {"Access-Control-Allow-Origin": "*"})


def _site_or_404(request: Request, site_id: str) -> StoredSite:
    site = store_of(request).get_site(site_id)
    if site is None:
        raise HTTPException(404, f"There is no site {site_id[:64]!r} here.")
    return site


@router.get("/embed/frame")
async def frame(
    request: Request,
    site: Annotated[str, Query(max_length=64)],
    # Characters, a first cut: page_address checks the address's bytes.
    url: Annotated[str, Query(max_length=MAX_URL_BYTES)],
    asked: AskedOptions,
    lang: Annotated[str, Query(max_length=16)] = "en",
    theme: Annotated[str | None, Query(pattern="^(light|dark)$")] = None,
    summarizer: SummarizerName = None,
) -> Response:
    """The widget alone, for an iframe on one of the site's pages; the summary's options become the
    element's attributes (refused here, as the summary would refuse them, when they contradict)."""
    found = await request.app.state.embed.site(store_of(request), site)
    page = page_address(found, url)
    policy = (
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; "
        f"base-uri 'none'; form-action 'none'; frame-ancestors {' '.join(found.origins)}"
    )
    context = {
        "site": found,
        "url": page,
        "lang": widget_language(lang),  # "pt-BR" is Portuguese, "frr" not French
        "theme": theme,
        "attributes": widget_attributes(asked, summarizer),
    }
    return TEMPLATES.TemplateResponse(
        request,
        "frame.html",
        context,
        headers={"Content-Security-Policy": policy, "Cache-Control": "no-cache"},
    )


def widget_attributes(asked: QueryOptions, summarizer: str | None) -> dict[str, str]:
    """The widget element's attributes that ask for the summary ``asked`` (those at their defaults left out,
    so that the site's own default length and summarizer apply)."""
    options = asked.options
    given = {
        "sentences": options.sentences if asked.sized and options.form != "tldr" else None,
        "words": options.words,
        "length": options.length,
        "form": None if options.form == "paragraph" else options.form,
        "output-language": options.output_language,
        "avoid": " ".join(options.avoid) or None,
        "keyphrases": options.keyphrases,
        "summarizer": summarizer,
    }
    return {name: str(value) for name, value in given.items() if value is not None}


def public_url(request: Request) -> str:
    """The address publishers' pages reach this service at: ``NUTGRAF_PUBLIC_URL``, else this request's."""
    return request.app.state.settings.public_url or str(request.base_url).rstrip("/")


def guesses_public_url(request: Request) -> bool:
    """Whether :func:`public_url` is only the request's Host header, which any client names: neither
    ``NUTGRAF_PUBLIC_URL`` nor the host names the service answers to (``NUTGRAF_ALLOWED_HOSTS``) say it."""
    settings = request.app.state.settings
    return not (settings.public_url or settings.allowed_hosts)


@router.get("/sites")
def site_list(request: Request) -> Response:
    """The sites registered here, each linking to its install page."""
    sites = store_of(request).list_sites()
    return TEMPLATES.TemplateResponse(request, "sites.html", context_of(request, sites=sites))


@router.get("/sites/{site_id}")
async def install_page(request: Request, site_id: str) -> Response:
    """A site's install page: the snippet, a live preview, its sources and its flags."""
    return await run_in_threadpool(_install_page, request, site_id)


def _install_page(request: Request, site_id: str) -> Response:
    store = store_of(request)
    site = _site_or_404(request, site_id)
    base = public_url(request)
    latest = store.latest_site_article(site.id)
    context = context_of(
        request,
        site=site,
        snippet=snippet(base, site.id),
        address_guessed=guesses_public_url(request),
        frame_snippet=frame_snippet(base, site.id),
        reserve_css=RESERVE_CSS,
        nutgraf_origin=base,
        preview=latest,
        preview_link=http_link(latest.url) if latest else None,
        sources=store.site_sources(site.id),
        flags=store.list_flags(site.id, limit=100),
        flag_count=store.count_flags(site.id),
        reasons=REASON_LABELS,
        link=http_link,
    )
    # No cache may keep the page: its snippet is made from the request's address where none is set, and
    # a copy made for another client's Host would hand a publisher a script from elsewhere.
    return TEMPLATES.TemplateResponse(request, "site.html", context, headers={"Cache-Control": "no-store"})
