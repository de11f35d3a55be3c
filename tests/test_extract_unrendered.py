"""Pages whose article a script renders: it is only in their hydration data (Next.js, Nuxt, Redux,
Apollo), or in HTML the page hides until its script shows it (or in a ``<noscript>``); the HTML a reader
without JavaScript is shown holds the headline and a teaser, or nothing."""

from __future__ import annotations

import json
import time
from html import escape as html_escape

import pytest

import nutgraf
from nutgraf.errors import NoArticleFound
from nutgraf.extract.html import MAX_HTML_CHARS

HEADLINE = "Drought forces farmers to sell herds as reservoirs hit record low"
TEASER = (
    "Cattle farmers across the southern plains are selling off their herds at the fastest pace in a decade,"
    " as a second year of drought leaves pastures bare and reservoirs at record lows."
)
BODY = [
    TEASER,
    "At the livestock auction in Dalhart on Tuesday, more than 4,000 head of cattle changed hands, nearly"
    " twice the number sold on the same day last year, according to the auction house's manager.",
    "“We have never seen anything like it,” said Ruth Alvarez, whose family has raised cattle on the same"
    " land for four generations. “There is nothing left for them to eat, and hay costs three times what it"
    " did.”",
    "State officials said the reservoir that supplies most of the region's irrigation water stood at 18 per"
    " cent of its capacity this week, the lowest level since it was filled in 1967.",
    "Economists warn that the sell-off will push beef prices higher next year, once the animals sold now"
    " are no longer there to be raised and slaughtered.",
    "The state's agriculture department has asked the federal government to declare the region a disaster"
    " area, which would open low-interest loans to farmers who lost income.",
]
RELATED = [
    {"headline": "Wildfires close highway through the hills", "summary": "Crews fought the flames through the"
     " night as winds picked up again on Wednesday, forcing the closure of the main road east."},
    {"headline": "City council approves new water restrictions", "summary": "Lawns may be watered only once"
     " a week under the rules, which take effect on Monday and run until the end of the summer."},
]  # fmt: skip
COMMENTS = [
    "I grew up on a ranch near there and my father sold every animal in the drought of the fifties, so I"
    " know what these families are going through and I hope the state helps them quickly this time.",
    "The real problem is that we keep pumping groundwater faster than it can come back, and nobody in the"
    " legislature wants to talk about it because the big growers pay for their campaigns every year.",
] * 4


def as_script(data) -> str:
    """JSON as Next.js writes it into a script: "<" escaped, so that markup in strings ends no script."""
    return json.dumps(data).replace("<", "\\u003c")


def next_page(page_props: dict, shown: str = "") -> str:
    """A news page on Next.js: the server-rendered HTML holds the headline and ``shown``; the article is in
    ``__NEXT_DATA__``, beside the site's menus and other stories."""
    data = {"props": {"pageProps": page_props, "__N_SSP": True}, "page": "/[...slug]", "buildId": "x1"}
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f'<title>{HEADLINE} - The Plains Post</title><meta property="og:title" content="{HEADLINE}">'
        '<meta property="og:site_name" content="The Plains Post"></head><body><div id="__next">'
        '<header><a href="/">The Plains Post</a><nav><a href="/politics">Politics</a><a href="/climate">'
        f'Climate</a></nav></header><main><article><h1>{HEADLINE}</h1><div class="article-body">{shown}</div>'
        "</article></main><footer><p>© 2025 The Plains Post</p></footer></div>"
        f'<script id="__NEXT_DATA__" type="application/json">{as_script(data)}</script>'
        '<script src="/_next/static/chunks/main.js" async></script></body></html>'
    )


def arc_props() -> dict:
    """The shape of an Arc XP story (the Washington Post's): ``content_elements`` of typed blocks."""
    elements = [{"_id": f"P{i}", "type": "text", "content": text} for i, text in enumerate(BODY)]
    caption = "Cattle wait to be sold at the auction in Dalhart, Texas, on Tuesday."
    elements.insert(
        2, {"_id": "I1", "type": "image", "url": "https://img.example/cows.jpg", "caption": caption}
    )
    return {
        "globalContent": {
            "_id": "ABC123",
            "headlines": {"basic": HEADLINE},
            "description": {"basic": TEASER},
            "credits": {"by": [{"name": "Dana Whitfield"}]},
            "content_elements": elements,
            "related_content": {
                "basic": [
                    {"headlines": {"basic": r["headline"]}, "description": {"basic": r["summary"]}}
                    for r in RELATED
                ]
            },
        },
        "navigation": {"children": [{"name": "Politics", "url": "/politics"}, {"name": "Climate"}]},
    }


def bbc_props() -> dict:
    """The shape of a BBC article: a list of blocks, each paragraph a text block's block of text."""

    def text_block(text: str) -> dict:
        return {"type": "text", "model": {"blocks": [{"type": "paragraph", "model": {"text": text}}]}}

    blocks = [{"type": "headline", "model": {"blocks": [text_block(HEADLINE)]}}]
    blocks += [text_block(text) for text in BODY]
    return {
        "page": {
            '@"news","articles","c9x1",': {
                "data": {"metadata": {"id": "c9x1"}, "contents": {"blocks": blocks}},
                "onwardJourneys": [{"title": r["headline"], "summary": r["summary"]} for r in RELATED],
            }
        }
    }


def test_a_nextjs_page_showing_a_teaser_gives_the_article_in_its_data():
    # The text had been the teaser: the rest of the article is rendered in the browser from __NEXT_DATA__.
    html = next_page(arc_props(), shown=f"<p>{TEASER}</p><p>Loading…</p>")
    assert nutgraf.extract(html).text == "\n\n".join(BODY)


def test_a_nextjs_page_showing_only_its_headline_gives_the_article_in_its_blocks():
    # nutgraf had said the page held no article.
    article = nutgraf.extract(next_page(bbc_props()))
    assert article.text == "\n\n".join(BODY)
    assert article.title == HEADLINE


def test_an_article_body_written_as_html_in_the_data_is_its_paragraphs():
    # A Vox-like shape: the body one string of HTML, with links and emphasis inside its paragraphs.
    markup = "".join(f"<p>{text.replace('Dalhart', '<a href=/d>Dalhart</a>')}</p>" for text in BODY)
    props = {"hydration": {"responses": [{"data": {"entity": {
        "title": HEADLINE, "body": {"html": markup + "<script>track()</script>"},
        "comments": {"items": [{"text": text} for text in COMMENTS]},
    }}}]}}  # fmt: skip
    assert nutgraf.extract(next_page(props)).text == "\n\n".join(BODY)


def test_a_nuxt3_payload_gives_the_article_not_the_values_beside_it():
    # Nuxt 3 writes its state flat (devalue): one array, each object's values the indices of theirs in it.
    # Read as it stands, that array held the headline, the teaser, the byline and the body side by side and
    # was taken for the article's paragraphs: the teaser and the writer's name above a body of one line.
    byline, markup = "Dana Whitfield", "".join(f"<p>{text}</p>" for text in BODY)
    payload = [
        ["ShallowReactive", 1], {"data": 2, "state": 8}, ["ShallowReactive", 3], {"story-drought": 4},
        {"title": 5, "teaser": 6, "author": 7, "content": 9, "views": 10}, HEADLINE,
        "Ranchers sell their herds as the pastures fail.", byline, {}, markup, 48211,
    ]  # fmt: skip
    html = next_page({}).replace(
        '<script id="__NEXT_DATA__"',
        f'<script type="application/json" id="__NUXT_DATA__">{as_script(payload)}</script><script id=x',
    )
    assert nutgraf.extract(html).text == "\n\n".join(BODY)


@pytest.mark.parametrize("body", [BODY, BODY[:2]], ids=["long", "a brief of two paragraphs"])
def test_a_list_of_story_records_gives_the_articles_body_not_its_every_string(body):
    # Read as a list of paragraphs, each record was one: the headline, the teaser and the body glued into
    # one paragraph (a brief's body under 500 characters was no candidate of its own).
    stories = [
        {
            "title": HEADLINE,
            "summary": "Ranchers sell their herds as the pastures fail.",
            "body": "\n\n".join(body),
        }
    ]
    stories += [
        {"title": r["headline"], "summary": r["summary"], "body": " ".join(COMMENTS)} for r in RELATED
    ]
    assert nutgraf.extract(next_page({"articles": stories})).text == "\n\n".join(body)


def test_a_bbc_paragraph_holding_its_text_and_its_fragments_is_no_record():
    # A BBC paragraph's model holds its text and, under "blocks", the text's fragments: taken for a record
    # (a body beside other text), a paragraph of 500 characters or more had made the article's list of
    # blocks a list of records, and the article its longest paragraph.
    long = [f"{text} {text} {text}" for text in BODY]

    def text_block(text: str) -> dict:
        fragment = {"type": "fragment", "model": {"text": text, "attributes": []}}
        return {
            "type": "text",
            "model": {"blocks": [{"type": "paragraph", "model": {"text": text, "blocks": [fragment]}}]},
        }

    blocks = [text_block(text) for text in long]
    props = {"page": {"article": {"data": {"contents": {"blocks": blocks}}}}}
    paragraphs = nutgraf.extract(next_page(props)).text.split("\n\n")
    assert len(paragraphs) == len(long)
    assert all(paragraph.startswith(text) for paragraph, text in zip(paragraphs, long, strict=True))


def test_a_list_of_typed_blocks_gives_its_paragraphs_not_the_head_block():
    # The block of the headline and its teaser had been the article's first paragraph, the two glued.
    head = {
        "type": "header",
        "title": HEADLINE,
        "standfirst": "Ranchers sell their herds as the pastures fail.",
    }
    blocks = [head, *({"type": "paragraph", "text": text} for text in BODY)]
    state = {"route": "/climate/drought", "content": blocks}
    html = next_page({}).replace(
        '<script id="__NEXT_DATA__"',
        f"<script>window.__INITIAL_STATE__={as_script(state)}</script><script id=x",
    )
    assert nutgraf.extract(html).text == "\n\n".join(BODY)


def test_a_nuxt3_payload_of_references_to_itself_is_read_in_bounded_time():
    # An array of 200,000 references to itself (400 KB): the walk's budget was spent, but each array on the
    # way down, 40 deep, was still walked to its end, and the page took 8 s where it takes half of one.
    payload = [["ShallowReactive", 1], [1] * 200_000]
    html = (
        f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
        + "".join(f"<p>{text}</p>" for text in BODY)
        + f'</article><script type="application/json" id="__NUXT_DATA__">{as_script(payload)}</script>'
        "</body></html>"
    )
    started = time.process_time()
    article = nutgraf.extract(html)
    assert time.process_time() - started < 3
    assert article.text == "\n\n".join(BODY)


@pytest.mark.parametrize("name", ["__INITIAL_STATE__", "__PRELOADED_STATE__"])
def test_a_redux_state_gives_the_article_not_its_comments_or_related_stories(name):
    state = {
        "article": {"title": HEADLINE, "paragraphs": BODY},
        "related": [{"title": r["headline"], "text": r["summary"]} for r in RELATED],
        "comments": [{"author": "reader", "text": text} for text in COMMENTS],
    }
    html = next_page({}).replace(
        '<script id="__NEXT_DATA__"', f"<script>window.{name} = {as_script(state)};</script><script id=x"
    )
    assert nutgraf.extract(html).text == "\n\n".join(BODY)


# A site's own settings assigned before the state in its script, a few kilobytes on a real page.
SETTINGS = "window.dataLayer=" + json.dumps([{"event": f"setting{n}", "value": n} for n in range(80)]) + ";"


@pytest.mark.parametrize("size", ["page", "page over the size bound"])
def test_a_state_assigned_after_the_sites_settings_is_read(size):
    # The state's name was looked for in the script's first 200 characters only: past the settings, the
    # script was no hydration data, and the page gave no article.
    state = {"article": {"title": HEADLINE, "paragraphs": BODY}}
    script = f"{SETTINGS}window.__INITIAL_STATE__ = {as_script(state)};"
    html = next_page({}).replace('<script id="__NEXT_DATA__"', f"<script>{script}</script><script id=x")
    if size != "page":
        styles = "<style>" + ".c{color:red}" * (MAX_HTML_CHARS // 10) + "</style>"
        html = html.replace("</head>", f"{styles}</head>")
    assert nutgraf.extract(html).text == "\n\n".join(BODY)


def test_a_state_written_as_a_json_string_is_read():
    state = {"story": {"headline": HEADLINE, "body": "\n\n".join(BODY)}}
    script = f"window.__INITIAL_STATE__ = JSON.parse({json.dumps(json.dumps(state))});"
    html = next_page({}).replace('<script id="__NEXT_DATA__"', f"<script>{script}</script><script id=x")
    assert nutgraf.extract(html).text == "\n\n".join(BODY)


def test_an_apollo_cache_gives_the_article_not_a_comment():
    cache = {
        "Article:1": {"__typename": "Article", "headline": HEADLINE, "body": "\n\n".join(BODY)},
        **{f"Comment:{i}": {"__typename": "Comment", "body": " ".join(COMMENTS)} for i in range(3)},
    }
    html = next_page({}).replace(
        '<script id="__NEXT_DATA__"',
        f"<script>window.__APOLLO_STATE__={as_script(cache)}</script><script id=x",
    )
    assert nutgraf.extract(html).text == "\n\n".join(BODY)


def test_comments_and_other_stories_in_the_data_are_never_the_article():
    # The page shows only its headline and its data holds readers' comments and other stories' teasers.
    props = {
        "story": {"title": HEADLINE},
        "comments": [{"text": text} for text in COMMENTS],
        "mostRead": [{"title": r["headline"], "text": r["summary"] * 3} for r in RELATED],
    }
    assert nutgraf.extract(next_page(props)).text == ""


def test_the_article_the_page_shows_whole_stands_beside_its_data():
    # The data's related stories and another story are longer than the article shown: the article stands.
    shown = "".join(f"<p>{text}</p>" for text in BODY)
    props = {"related": [{"title": r["headline"], "body": " ".join(COMMENTS)} for r in RELATED]}
    props["story"] = {"title": "Another story", "body": " ".join(COMMENTS * 3)}
    assert nutgraf.extract(next_page(props, shown=shown)).text == "\n\n".join(BODY)


@pytest.mark.parametrize(
    "script",
    [
        "window.__INITIAL_STATE__=" + "[" * 100_000 + "]" * 100_000,
        "window.__INITIAL_STATE__=" + "{" + '"a":' * 50_000,
        "window.__NUXT__=(function(a){return {body: a}}('" + " ".join(COMMENTS) + "'))",
        "window.__INITIAL_STATE__=" + json.dumps({"s": [{"t": "a b."}] * 100_000}),
    ],
)
def test_hydration_data_nested_deep_large_or_not_json_gives_no_article(script):
    page = next_page({}).replace('<script id="__NEXT_DATA__"', f"<script>{script}</script><script id=x")
    assert nutgraf.extract(page).text == ""


SHOWN = "".join(f"<p>{text}</p>" for text in BODY)
COOKIES = (
    "<h2>Your privacy</h2><p>We use cookies and similar technologies to personalise content and ads, to"
    " provide social media features and to analyse our traffic. We also share information about your use of"
    " our site with our partners, who may combine it with other information. Manage your preferences or"
    " accept all cookies to continue reading.</p><p>You can change your choices at any time from the link at the"
    " bottom of every page, and withdraw your consent whenever you like.</p>"
)


@pytest.mark.parametrize(
    "shown",
    [
        f"<noscript>{SHOWN}</noscript><p>Loading…</p>",
        f'<div class="article-body__content" style="display: none">{SHOWN}</div>',
        f"<div hidden>{SHOWN}</div>",
        f"<p>{TEASER}</p><noscript>{SHOWN}</noscript>",
        f"<p>{TEASER}</p><button>Continue reading</button>"
        f'<div class="rest" hidden>{SHOWN[len(TEASER) + 7 :]}</div>',
        # Paragraphs enough to read as an article shown, the rest hidden after the button: the rest alone
        # had completed nothing (it holds none of the text shown), and the text had ended at the button.
        f'<div class="shown">{"".join(f"<p>{text}</p>" for text in BODY[:3])}</div><button>Continue reading'
        f'</button><div class="rest" hidden>{"".join(f"<p>{text}</p>" for text in BODY[3:])}</div>',
    ],
)
def test_an_article_the_page_hides_until_its_script_shows_it_is_the_text(shown):
    # nutgraf had given an empty text or the teaser: hidden elements and <noscript> were dropped unread.
    assert nutgraf.extract(next_page({}, shown=shown)).text == "\n\n".join(BODY)


def app_page(fallback: str) -> str:
    """A client-rendered app's page: an empty root, and ``fallback`` (its ``<noscript>``) beside it."""
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{HEADLINE}</title></head><body>'
        f'<div id="app"><p class="loading">Loading…</p></div>{fallback}<script src="/app.js"></script></body></html>'
    )


def test_a_noscript_fallback_holding_a_whole_page_gives_its_article_alone():
    # A client-rendered app's page: an empty root, and the whole page for readers without JavaScript in a
    # <noscript>. Its warning, menu, headline, byline, rail of other stories and footer had all been the text.
    fallback = (
        "<noscript><p>For the full experience, please enable JavaScript.</p><header><a href='/'>The Plains Post"
        "</a><ul><li><a href='/politics'>Politics</a></li><li><a href='/climate'>Climate</a></li></ul></header>"
        f"<article><h1>{HEADLINE}</h1><p>By Dana Reyes · May 17, 2024</p>{SHOWN}</article>"
        "<aside><h3>Most read</h3><ul><li><a href='/a'>Heat wave grips the plains</a></li>"
        "<li><a href='/b'>Wheat prices fall for a third week</a></li></ul></aside>"
        "<footer><p>© 2025 The Plains Post</p></footer></noscript>"
    )
    assert nutgraf.extract(app_page(fallback)).text == "\n\n".join(BODY)


def test_a_noscript_fallback_whose_one_article_is_another_story_s_card_gives_the_story():
    # The story in plain <div>s, the fallback's one <article> a card of another story in its rail: read as
    # the fallback's article, the card had been no article and the page's text "Loading…".
    card = (
        "<article class='card'><h3><a href='/b'>Wildfires close highway through the hills</a></h3><p>Crews fought"
        " the flames through the night as winds picked up again on Wednesday, forcing the closure of the main"
        " road east.</p></article>"
    )
    fallback = (
        f"<noscript><div class='story'><h1>{HEADLINE}</h1><p>By Dana Reyes · May 17, 2024</p>{SHOWN}</div>"
        f"<aside><h3>Most read</h3>{card}</aside></noscript>"
    )
    text = nutgraf.extract(app_page(fallback)).text
    assert all(paragraph in text for paragraph in BODY)


def lazy_page(later: str) -> str:
    """A page showing the story's first two paragraphs and writing each later one as ``later`` does."""
    rest = "".join(later.format(text=text) for text in BODY[2:])
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{HEADLINE}</title></head><body>'
        f"<main><article><h1>{HEADLINE}</h1><div class='story-body'><p>{BODY[0]}</p><p>{BODY[1]}</p>{rest}"
        "</div></article></main></body></html>"
    )


def test_lazy_paragraphs_written_again_in_noscript_are_read_once():
    # A TV station's later paragraphs, hidden until scrolled to, each repeated in a <noscript> after it: both
    # copies had gone, the hidden with the unshown elements, the other with the <noscript>s, and the story
    # had been its first two paragraphs.
    later = '<p class="lazy-paragraph" style="display:none">{text}</p><noscript><p>{text}</p></noscript>'
    assert nutgraf.extract(lazy_page(later)).text == "\n\n".join(BODY)


def test_one_hidden_notice_written_again_in_noscript_stays_hidden():
    # A page's notice for readers without the script, hidden and repeated in a <noscript> after it, is no
    # lazy paragraph: those come in a run. It had been shown as the story's last line.
    later = "<p>{text}</p>"
    notice = "Please enable JavaScript to view the comments."
    html = lazy_page(later).replace(
        "</div></article>",
        f'<p style="display:none">{notice}</p><noscript><p>{notice}</p></noscript></div></article>',
    )
    assert nutgraf.extract(html).text == "\n\n".join(BODY)


def test_a_hidden_element_whose_noscript_says_something_else_stays_hidden():
    later = '<p style="display:none">Related: {text}</p><noscript><p>{text}</p></noscript>'
    assert "Related:" not in nutgraf.extract(lazy_page(later)).text


@pytest.mark.parametrize(
    "hidden",
    [
        f'<div aria-hidden="true">{SHOWN}</div>',  # screen readers' twin of the text, or an animation's copy
        f"<noscript>{SHOWN}</noscript>",  # the same article for readers without JavaScript
        f'<div class="cookie-consent" style="display:none">{COOKIES}</div>',
        f'<div role="dialog" hidden>{COOKIES}</div>',
        f'<div class="related" hidden>{"".join(f"<p>{c}</p>" for c in COMMENTS)}</div>',
        # Readers' comments behind their own button had been joined to the article as its hidden rest.
        '<button aria-expanded="false">Show comments (3)</button>'
        f'<div id="comments" hidden>{"".join(f"<p>{c}</p>" for c in COMMENTS)}</div>',
    ],
)
def test_hidden_copies_and_dialogs_do_not_enter_an_article_shown_whole(hidden):
    # The aria-hidden copy had given the article twice.
    assert nutgraf.extract(next_page({}, shown=SHOWN + hidden)).text == "\n\n".join(BODY)


@pytest.mark.parametrize(
    "hidden", [f'<div class="cookie-consent" hidden>{COOKIES}</div>', f"<dialog hidden>{COOKIES}</dialog>"]
)
def test_a_hidden_dialog_is_never_the_article_of_a_page_without_one(hidden):
    assert nutgraf.extract(next_page({}, shown=hidden)).text == ""


def test_a_page_over_the_size_bound_keeps_its_hydration_data():
    # Over MAX_HTML_CHARS every script but JSON-LD was dropped before parsing: the article with them.
    styles = "<style>" + ".c{color:red}" * (MAX_HTML_CHARS // 10) + "</style>"
    html = next_page(arc_props(), shown=f"<p>{TEASER}</p>").replace("</head>", f"{styles}</head>")
    assert len(html) > MAX_HTML_CHARS
    assert nutgraf.extract(html).text == "\n\n".join(BODY)


def test_a_page_served_by_pagespeed_over_the_size_bound_keeps_its_article():
    # PageSpeed marks a page's scripts data-pagespeed-no-defer, whose name opens with Inertia's data-page:
    # over MAX_HTML_CHARS their code was kept as a page's state, 480,000 characters of it, which pushed the
    # article at the page's end past the bound, and nutgraf said the page held no article.
    code = "<script data-pagespeed-no-defer>" + "var a=1;" * 20_000 + "</script>"
    menu = "<nav>" + f'<a href="/" data-menu="{"x" * 1_700}">Home</a>' * 1_000 + "</nav>"
    article = "".join(f"<p>{text}</p>" for text in BODY)
    html = (
        f"<html><head><title>{HEADLINE}</title>{code * 4}</head><body>{menu}<article><h1>{HEADLINE}</h1>"
        f"{article}</article></body></html>"
    )
    assert len(html) > MAX_HTML_CHARS
    assert nutgraf.extract(html).text == "\n\n".join(BODY)


def test_a_guardian_like_list_of_typed_elements_gives_the_text_not_the_photos_captions():
    # The image element's caption had been a paragraph of the article, between its second and third.
    package = "model.dotcomrendering.pageElements"
    elements = [{"_type": f"{package}.TextBlockElement", "html": f"<p>{text}</p>"} for text in BODY]
    elements.insert(2, {"_type": f"{package}.ImageBlockElement", "data": {"caption": COMMENTS[0]}})
    elements.insert(4, {"_type": f"{package}.AdPlaceholderBlockElement", "text": COMMENTS[1]})
    props = {"article": {"headline": HEADLINE, "blocks": [{"elements": elements}]}}
    assert nutgraf.extract(next_page(props)).text == "\n\n".join(BODY)


def test_an_apollo_cache_whose_article_refers_to_its_paragraphs_gives_them_in_order():
    # Apollo keeps each paragraph block under its own key and the article's body lists references to them;
    # nutgraf had found no article (no list of paragraphs is written out anywhere in the cache).
    cache = {
        f"ParagraphBlock:{i}": {"__typename": "ParagraphBlock", "text": text} for i, text in enumerate(BODY)
    }
    cache["AdBlock:1"] = {"__typename": "AdBlock", "slot": "mid1"}
    refs = [{"__ref": f"ParagraphBlock:{i}"} for i in range(len(BODY))]
    cache["Article:1"] = {
        "__typename": "Article",
        "headline": HEADLINE,
        "bodyBlocks": [*refs[:2], {"__ref": "AdBlock:1"}, *refs[2:]],
    }
    html = next_page({}).replace(
        '<script id="__NEXT_DATA__"',
        f"<script>window.__APOLLO_STATE__={as_script(cache)}</script><script id=x",
    )
    assert nutgraf.extract(html).text == "\n\n".join(BODY)


@pytest.mark.parametrize("name", ["__APOLLO_STATE__", "initialApolloState"])
def test_an_apollo_cache_in_next_js_page_props_gives_its_referred_paragraphs(name):
    # Next.js pages hand Apollo its cache in pageProps: references were looked up in the data's top level
    # only, and the article was not found.
    cache = {
        f"ParagraphBlock:{i}": {"__typename": "ParagraphBlock", "text": text} for i, text in enumerate(BODY)
    }
    refs = [{"__ref": f"ParagraphBlock:{i}"} for i in range(len(BODY))]
    cache["Article:1"] = {"__typename": "Article", "headline": HEADLINE, "bodyBlocks": refs}
    assert nutgraf.extract(next_page({name: cache})).text == "\n\n".join(BODY)


def test_a_cache_of_objects_referring_to_themselves_is_read_in_bounded_time():
    # Each reference read where it stands would walk the object once per reference, each time again.
    cache = {"Article:1": {"headline": HEADLINE, "blocks": [{"__ref": "Article:1"}] * 50_000}}
    html = next_page({}).replace(
        '<script id="__NEXT_DATA__"',
        f"<script>window.__APOLLO_STATE__={as_script(cache)}</script><script id=x",
    )
    started = time.process_time()
    assert nutgraf.extract(html).text == ""
    assert time.process_time() - started < 3


# Arc's own values before the story: its page's tree, a few kilobytes on a real page.
ARC_TREE = "Fusion.tree=" + json.dumps(
    {"children": [{"id": f"f{n:04}", "type": "feature"} for n in range(140)]}
)


@pytest.mark.parametrize("before", ["", ARC_TREE + ";"], ids=["short", "5 KB of other values first"])
def test_an_arc_fusion_page_gives_the_story_in_its_global_content(before: str):
    # Arc XP's Fusion assigns the story after other values in one script; nutgraf had parsed from the
    # script's first "=" ("window.Fusion=window.Fusion||{};"), found no JSON, and no article. Its empty
    # ad elements had added an empty paragraph and a space after each paragraph before them. The story's
    # name was then looked for in the script's first 200 characters only: past them, no article again.
    elements = [
        {"_id": f"E{i}", "type": "text", "content": text, "additional_properties": {}}
        for i, text in enumerate(BODY)
    ]
    elements.insert(2, {"_id": "ad", "type": "raw_html", "content": '<div class="ad-slot"></div>'})
    story = {"type": "story", "headlines": {"basic": HEADLINE}, "content_elements": elements}
    script = (
        'window.Fusion=window.Fusion||{};Fusion.arcSite="plains";Fusion.contextPath="/pf";Fusion.deployment="12";'
        f"{before}"
        f'Fusion.globalContent={as_script(story)};Fusion.globalContentConfig={{"source":"content-api"}};'
    )
    html = next_page({}).replace(
        '<script id="__NEXT_DATA__"', f'<script id="fusion-metadata">{script}</script><script id=x'
    )
    assert nutgraf.extract(html).text == "\n\n".join(BODY)


def test_a_remix_context_gives_the_article():
    # Remix 2 hands the browser its loaders' data in one assignment, "window.__remixContext = {...}": a
    # page rendered only in the browser held its article there alone, and nutgraf said it held no article.
    story = {"headline": HEADLINE, "bodyHtml": "".join(f"<p>{text}</p>" for text in BODY)}
    context = {"url": "/news/drought", "state": {"loaderData": {"root": {"user": None}, "routes/news.$slug":
               {"story": story, "related": RELATED}}, "actionData": None, "errors": None}}  # fmt: skip
    html = next_page({}).replace(
        '<script id="__NEXT_DATA__"',
        f"<script>window.__remixContext = {as_script(context)};</script><script id=x",
    )
    assert nutgraf.extract(html).text == "\n\n".join(BODY)


def _shell(script: str, body: str = "") -> str:
    """A page served as its framework's shell: the headline in the title alone, a loading placeholder, and
    ``script`` (the framework's data) after; ``body`` in the shell's markup."""
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{HEADLINE} - The Plains Post</title></head><body>"
        '<header><a href="/">The Plains Post</a><nav><a href="/politics">Politics</a></nav></header>'
        f'<main><div class="loading">Loading story…</div>{body}</main>'
        f"<footer><p>© 2025 The Plains Post</p></footer>{script}</body></html>"
    )


def test_an_angular_transfer_state_gives_the_article():
    # Angular's server hands the browser the responses its HttpClient fetched in <script id="ng-state">: an
    # app whose story component renders in the browser only held its article there, and nutgraf said it
    # held no article.
    story = {"headline": HEADLINE, "body": "".join(f"<p>{text}</p>" for text in BODY), "related": RELATED}
    state = {"1938716520": {"b": {"data": story}, "h": {}, "s": 200, "st": "OK", "u": "/api/x", "rt": "json"}}
    html = _shell(f'<script id="ng-state" type="application/json">{as_script(state)}</script>')
    assert nutgraf.extract(html).text == "\n\n".join(BODY)


def test_a_sveltekit_fetched_response_gives_the_article():
    # SvelteKit keeps each response its server fetched in a <script data-sveltekit-fetched>, the response's
    # JSON as a string (its "body") inside the script's own JSON: read as one string, the story's HTML was
    # the API's JSON text, and nutgraf said the page held no article.
    story = {"title": HEADLINE, "content": "".join(f"<p>{text}</p>" for text in BODY), "related": RELATED}
    fetched = {"status": 200, "statusText": "", "headers": {}, "body": json.dumps(story)}
    html = _shell(
        f'<script type="application/json" data-sveltekit-fetched data-url="/api/x">{as_script(fetched)}</script>'
    )
    assert nutgraf.extract(html).text == "\n\n".join(BODY)


def test_a_sveltekit_response_fetched_for_the_comments_is_not_the_article():
    # A response the page's comments fetched, a reader's comment under its root's own body key, where the
    # page is a shell whose story nothing holds: the comment had been given as the article.
    comment = {"id": 7, "user": "reader42", "body": "".join(f"<p>{text}</p>" for text in COMMENTS)}
    fetched = {"status": 200, "statusText": "", "headers": {}, "body": json.dumps(comment)}
    html = _shell(
        '<script type="application/json" data-sveltekit-fetched data-url="/api/comments/7">'
        f"{as_script(fetched)}</script>"
    )
    # The page holds no story, and the reader is told so.
    with pytest.raises(NoArticleFound):
        nutgraf.extract(html)


def test_an_astro_island_gives_the_article_in_its_props():
    # An Astro island under client:only renders nothing on the server: its component's props, the story's
    # HTML among them, are an attribute of the <astro-island>, each value written as [type, value] (0 a
    # value, 1 an array of such pairs). Nothing read them, and nutgraf gave the page's donation box.
    props = {
        "html": [0, "".join(f"<p>{text}</p>" for text in BODY)],
        "storyId": [0, 5521],
        "tags": [1, [[0, "drought"], [0, "farming"]]],
        "author": [0, {"name": [0, "Ruth Vance"]}],
    }
    island = (
        '<astro-island uid="Z1" component-url="/_astro/Story.js" client="only"'
        f' props="{html_escape(json.dumps(props), quote=True)}"></astro-island>'
    )
    aside = "<aside><h2>Support local news</h2><p>Become a member for $5 a month.</p></aside>"
    assert nutgraf.extract(_shell("", island + aside)).text == "\n\n".join(BODY)


# An Inertia.js page object: the component's name, its props (the story's HTML among them, beside the
# headline and other stories), the address.
_INERTIA_PAGE = {
    "component": "Articles/Show",
    "props": {
        "errors": {},
        "article": {"title": HEADLINE, "body": "".join(f"<p>{text}</p>" for text in BODY)},
        "related": RELATED,
    },
    "url": "/news/drought-herds",
    "version": "6b1e0c1f",
}


def _inertia(page_object: dict) -> str:
    """An Inertia.js page's root as Laravel's ``@inertia`` writes it: the page object as JSON, its slashes
    escaped by ``json_encode`` and the whole HTML-escaped by Blade."""
    written = json.dumps(page_object).replace("/", "\\/")
    return f'<div id="app" data-page="{html_escape(written, quote=True)}"></div>'


def test_an_inertia_page_gives_the_article_in_its_page_object():
    # A Laravel (or Rails) page on Inertia.js with server rendering off is an empty <div id="app"> whose
    # data-page attribute is the page object: the component's name, its props (the story's HTML among them,
    # beside the headline and other stories), the address. Nothing read it, and nutgraf said the page held
    # no article.
    assert nutgraf.extract(_shell("", _inertia(_INERTIA_PAGE))).text == "\n\n".join(BODY)


def test_an_inertia_page_object_in_a_script_gives_the_article():
    # Inertia.js 2.x writes the page object in <script data-page="app" type="application/json"> beside an
    # empty <div id="app">, not in the root's attribute: nothing read it, and nutgraf said the page held no
    # article.
    script = f'<script data-page="app" type="application/json">{as_script(_INERTIA_PAGE)}</script>'
    assert nutgraf.extract(_shell("", script + '<div id="app"></div>')).text == "\n\n".join(BODY)


def test_a_page_numbered_by_a_data_page_attribute_keeps_its_rendered_story():
    # A data-page attribute that is no Inertia page object (a gallery's or a pager's page number, a page's
    # name) is not read: the story the server rendered is the article.
    story = "".join(f"<p>{text}</p>" for text in BODY)
    pages = '<div class="pager" data-page="2"><a href="?page=1">1</a> <a href="?page=3">3</a></div>'
    page = _shell("", f'<article data-page="story">{story}</article>{pages}').replace(
        '<div class="loading">Loading story…</div>', ""
    )
    assert nutgraf.extract(page).text == "\n\n".join(BODY)


@pytest.mark.parametrize(
    "data",
    [
        '<astro-island props="' + html_escape('{"a":[0,' * 50_000) + '"></astro-island>',
        '<div id="app" data-page="' + html_escape('{"props":' * 50_000) + '"></div>',
        _inertia({"props": {"t": [["a b."] * 100_000]}}),
        '<astro-island props="' + html_escape('{"a":[0,' * 2_000 + "1" + "]}" * 2_000) + '"></astro-island>',
        f'<astro-island props="{html_escape(json.dumps({"t": [1, [[0, "a b."]] * 100_000]}))}"></astro-island>',
        '<script type="application/json" data-sveltekit-fetched>'
        + as_script({"status": 200, "body": "[" * 100_000 + "]" * 100_000})
        + "</script>",
    ],
)
def test_island_props_and_fetched_responses_nested_deep_or_large_give_no_article_in_bounded_time(data):
    # An island's props and a fetched response's body are the page's own JSON too: nested past the walk's
    # depth or the parser's, or a list of 100,000 pairs, they give no article, quickly, and no error.
    page = next_page({}).replace('<script id="__NEXT_DATA__"', f"{data}<script id=x")
    started = time.process_time()
    assert nutgraf.extract(page).text == ""
    assert time.process_time() - started < 3


def _flight(*chunks: str) -> str:
    """A Next.js App Router page's payload as its scripts push it: one script a chunk, "<" escaped."""
    pushes = "".join(f"<script>self.__next_f.push([1,{as_script(chunk)}])</script>" for chunk in chunks)
    return f"<script>(self.__next_f=self.__next_f||[]).push([0])</script>{pushes}"


def test_a_nextjs_app_router_payload_gives_the_article():
    # A Next.js App Router page whose story component renders in the browser only (it bailed out of server
    # rendering) holds its story in the React Server Components payload its scripts push to self.__next_f:
    # rows "id:JSON", the story's HTML a text row "5:T<length in UTF-8 bytes, hex>,..." that the component's
    # props name as "$5". Nothing read it, and nutgraf said the page held no article.
    body = "".join(f"<p>{text}</p>" for text in BODY)
    props = {"story": {"headline": HEADLINE, "bodyHtml": "$5", "comments": "$7"}, "related": RELATED}
    comments = "".join(f"<p>{text}</p>" for text in COMMENTS)
    payload = (
        '1:I[5613,["613","static/chunks/613.js"],""]\n2:HL["/_next/static/css/a.css","style"]\n'
        f"5:T{len(body.encode()):x},{body}"  # the body's "“" and "’" are three bytes each
        f"7:T{len(comments.encode()):x},{comments}"
        f"4:{json.dumps(['$', '$L6', None, props])}\n"
    )
    # Cut mid-row, as the server streams it: a row runs on across scripts.
    html = _shell(_flight(payload[:90], payload[90:700], payload[700:]))
    assert nutgraf.extract(html).text == "\n\n".join(BODY)


def test_a_nextjs_payload_of_rendered_elements_gives_their_text_not_their_class_names():
    # A payload's rows hold the page's rendered tree, ["$", tag, key, props]: read whole, each element's
    # className ("col-span-full flex ...") had been words of the article, 3,800 of them on Time's page.
    paragraphs = [
        ["$", "p", str(i), {"className": "font-serif text-lg leading-7 mb-4", "children": text}]
        for i, text in enumerate(BODY)
    ]
    tree = ["$", "article", None, {"className": "col-span-full flex h-navbar-height", "children": paragraphs}]
    head = [
        "$",
        "script",
        None,
        {"children": "window.dataLayer = window.dataLayer || [] ; gtag('js', new Date())"},
    ]
    payload = f"3:{json.dumps([head, ['$', 'h1', None, {'children': HEADLINE}], tree])}\n"
    assert nutgraf.extract(_shell(_flight(payload))).text == "\n\n".join(BODY)


def test_a_nextjs_payload_opening_on_a_row_of_elements_gives_the_article():
    # The rows read as one JSON array, whose first item (the page's head: a list of elements, itself a list)
    # was looked up among Nuxt's wrappers' names: "unhashable type: 'list'", a traceback for Time's page in
    # newspaper4k's tests instead of its article.
    body = "".join(f"<p>{text}</p>" for text in BODY)
    props = {"story": {"headline": HEADLINE, "bodyHtml": "$5"}}
    payload = (
        '0:[["$","meta","0",{"name":"viewport"}],["$","title","1",{"children":"x"}]]\n'
        f"5:T{len(body.encode()):x},{body}"
        f"4:{json.dumps(['$', '$L6', None, props])}\n"
    )
    assert nutgraf.extract(_shell(_flight(payload))).text == "\n\n".join(BODY)


@pytest.mark.parametrize(
    "payload",
    [
        "1:T100000," + "a b. " * 10 + "\n2:" + json.dumps({"body": ["$1"] * 100_000}) + "\n",
        "1:" + json.dumps({"body": ["$1", "$2"]}) + "\n2:" + json.dumps({"text": ["$1", "$2"]}) + "\n",
        "1:" + "[" * 100_000 + "]" * 100_000 + "\n1:Tzz,x\n3:T-5,y\n:" * 1000,
        # Rows opening as text rows with no comma after: each had sought one to the payload's end (11 s).
        "1:Tz\n" * 300_000,
    ],
)
def test_a_nextjs_payload_of_references_loops_or_nesting_gives_no_article_in_bounded_time(payload):
    # The payload is the page's own: a text row named 100,000 times, rows naming each other, nesting past the
    # parser's depth and rows of no sense give no article, quickly, and no error.
    started = time.process_time()
    with pytest.raises(NoArticleFound):
        nutgraf.extract(_shell(_flight(payload)))
    assert time.process_time() - started < 3
