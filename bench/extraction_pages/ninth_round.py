"""The ninth round of ``bench/extraction_pages``: pages (``r9-*``) of kinds and site families the first eight
rounds lack, each in a template written here after what the family's pages emit.

Platforms: WordPress's JNews theme (``content-inner`` with a ``jnews_inline_related_post`` block inside the
story), an Elementor theme-builder post (the body one ``elementor-widget-theme-post-content`` among share,
author and post-navigation widgets), a beehiiv newsletter post (``#content-blocks`` of inline-styled blocks, a
sponsor's block), a Next.js page whose body is only an HTML string in ``__NEXT_DATA__``, a Nuxt 3 page whose
body is only in ``__NUXT_DATA__``'s flat array, a live blog with a "Key events" list of links above its entries,
a Spanish fact check (a rating label, ClaimReview, a donation call inside the body), an opinion column with a
disclaimer and the writer's bio box, a Legacy.com-style obituary, athletics results in tables. Outlets: Amar
Ujala-like Hindi (a "सार" summary and a "विस्तार" label above the body, "यह भी पढ़ें" links), Asahi-like
Japanese (a paywall's "残り...文字"), Hespress-like Arabic, Hürriyet-like Turkish ("İLGİLİ HABERLER"), WP.pl-like
Polish (a consent wall, "Zobacz także"), Público-like European Portuguese ("Ler mais", a newsletter box),
El Universal-like Mexican Spanish ("Lee también:", a WhatsApp call) and a German regional paper under a
consent overlay ("Lesen Sie auch"). The gold of every page was written before nutgraf was run on it: it leaves
out summaries and decks above the body, captions, ratings' labels, bio boxes, disclaimers and every call to
subscribe, donate, follow or read another story; it keeps a body's headings and tables.
"""

from __future__ import annotations

import json

from articles import page
from fourth_round import _doc, _links
from furniture import SKINS
from parts import h, p, raw, table


def _lis(items: tuple[str, ...], href: str = "/a/") -> str:
    return "".join(f'<li><a href="{href}{i}">{t}</a></li>' for i, t in enumerate(items))


# ---------------------------------------------------------------- WordPress JNews
def jnews(page_: dict, article: str) -> str:
    """WordPress with the JNews theme: ``div.jeg_inner_content`` holding ``h1.jeg_post_title``,
    ``div.jeg_meta_container``, ``div.jeg_share_top_container``, ``div.entry-content.no-share`` >
    ``div.content-inner`` of ``p`` (with a ``jnews_inline_related_post`` block among them), then tags, the
    author box and the related block."""
    return _doc(page_, "en", (
        f'<div class="jeg_viewport"><div class="jeg_header_wrapper"><div class="jeg_header"><a class="jeg_logo" href="/">{page_["site"]}</a>'
        f'<ul class="jeg_menu jeg_main_menu">{_links(("News", "Politics", "Business", "Sports", "Opinion"), "/category/")}</ul></div></div>'
        '<div class="jeg_main"><div class="jeg_container"><div class="jeg_content jeg_singlepage"><div class="container"><div class="row">'
        '<div class="jeg_main_content col-md-8"><div class="jeg_inner_content">'
        '<div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs"><span><a href="/">Home</a></span><i class="fa fa-angle-right"></i><span><a href="/category/news/">News</a></span></div></div>'
        f'<div class="entry-header"><h1 class="jeg_post_title">{page_["title"]}</h1>'
        f'<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1"><div class="meta_left"><div class="jeg_meta_author"><span class="meta_text">by</span> <a href="/author/1/">{page_["author"]}</a></div>'
        '<div class="jeg_meta_date"><a href="#">May 16, 2024</a></div></div><div class="meta_right"><div class="jeg_meta_comment"><a href="#comments"><i class="fa fa-comment-o"></i> 0</a></div></div></div></div></div>'
        '<div class="jeg_featured featured_image"><a href="#"><div class="thumbnail-container"><img src="/wp-content/uploads/2024/05/feature.jpg" alt=""></div></a><p class="wp-caption-text">The county administration building. (File photo)</p></div>'
        '<div class="jeg_share_top_container"><div class="jeg_share_button clearfix"><div class="jeg_sharelist"><a href="#" class="jeg_btn-facebook"><i class="fa fa-facebook-official"></i><span>Share on Facebook</span></a><a href="#" class="jeg_btn-twitter"><i class="fa fa-twitter"></i><span>Share on Twitter</span></a></div></div></div>'
        f'<div class="jeg_ad jeg_article jnews_content_top_ads"><div class="ads-wrapper"></div></div><div class="entry-content no-share"><div class="jeg_share_button share-float jeg_sticky_share clearfix share-monocrhome"></div><div class="content-inner">{article}</div></div>'
        '<div class="jeg_post_tags"><span>Tags:</span> <a href="/tag/budget/" rel="tag">budget</a><a href="/tag/county/" rel="tag">county</a></div>'
        '<div class="jeg_authorbox"><div class="jeg_author_image"><img src="/avatar.jpg" alt=""></div><div class="jeg_author_content">'
        f'<h3 class="jeg_author_name"><a href="/author/1/">{page_["author"]}</a></h3><p class="jeg_author_desc">Reporter covering county government and the courts since 2019.</p></div></div>'
        '<div class="jnews_related_post_container"><div class="jeg_postblock_22 jeg_postblock"><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>Related<strong> Posts</strong></span></h3></div>'
        '<div class="jeg_posts"><article class="jeg_post"><h3 class="jeg_post_title"><a href="/r1/">Sheriff asks for 12 more deputies in next budget</a></h3></article>'
        '<article class="jeg_post"><h3 class="jeg_post_title"><a href="/r2/">Library branch hours cut to four days a week</a></h3></article></div></div></div>'
        '</div></div><div class="jeg_sidebar col-md-4"><div class="widget widget_jnews_module_block_21"><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>Trending</span></h3></div>'
        f'<ul>{_lis(("Fair board picks new director", "Two injured in Route 9 crash", "High school wins state title"))}</ul></div></div></div></div></div></div></div>'
        f'<div class="footer-holder"><div class="jeg_footer"><p class="copyright">© 2024 {page_["site"]}. All Rights Reserved.</p></div></div></div>'
    ))  # fmt: skip


def jnews_related(*titles: str) -> tuple[str, None]:
    posts = "".join(
        f'<div class="jeg_post jeg_pl_sm"><div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="/rel{i}/">{t}</a></h3></div></div>'
        for i, t in enumerate(titles)
    )
    return (
        '<div class="jnews_inline_related_post_wrapper"><div class="jnews_inline_related_post"><div class="jeg_postblock_21 jeg_postblock jeg_col_2o3">'
        '<div class="jeg_block_heading jeg_block_heading_6"><h3 class="jeg_block_title"><span>Related<strong> Posts</strong></span></h3></div>'
        f'<div class="jeg_block_container"><div class="jeg_posts">{posts}</div></div></div></div></div>',
        None,
    )


# ---------------------------------------------------------------- Elementor theme builder
def elementor(page_: dict, article: str) -> str:
    """A single post built in Elementor Pro's theme builder: every part a widget in nested
    ``elementor-section`` / ``elementor-column`` / ``elementor-widget-wrap`` divs; the body is the
    ``elementor-widget-theme-post-content`` widget's ``elementor-widget-container``."""

    def widget(kind: str, inner: str) -> str:
        return (
            f'<div class="elementor-element elementor-widget elementor-widget-{kind}" data-widget_type="{kind}.default">'
            f'<div class="elementor-widget-container">{inner}</div></div>'
        )

    def section(*widgets: str) -> str:
        return (
            '<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed"><div class="elementor-container elementor-column-gap-default">'
            '<div class="elementor-column elementor-col-100 elementor-top-column elementor-element"><div class="elementor-widget-wrap elementor-element-populated">'
            + "".join(widgets)
            + "</div></div></div></section>"
        )

    return _doc(page_, "en", (
        '<div data-elementor-type="header" class="elementor elementor-location-header">'
        + section(widget("theme-site-logo", f'<a href="/">{page_["site"]}</a>'), widget("nav-menu", "<nav><ul>" + _links(("Home", "News", "Events", "About", "Contact"), "/") + "</ul></nav>"))
        + "</div>"
        '<div data-elementor-type="single-post" class="elementor elementor-location-single post type-post">'
        + section(
            widget("theme-post-title", f'<h1 class="elementor-heading-title elementor-size-default">{page_["title"]}</h1>'),
            widget("post-info", f'<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item"><span class="elementor-icon-list-text">{page_["author"]}</span></li><li class="elementor-icon-list-item"><span class="elementor-icon-list-text">May 16, 2024</span></li><li class="elementor-icon-list-item"><span class="elementor-icon-list-text">No Comments</span></li></ul>'),
            widget("theme-post-featured-image", '<img src="/wp-content/uploads/2024/05/pool.jpg" alt="">'),
        )
        + section(widget("theme-post-content", article))
        + section(
            widget("share-buttons", '<div class="elementor-grid"><div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_facebook"><span class="elementor-share-btn__text"><span class="elementor-share-btn__title">Share</span></span></div></div><div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_twitter"><span class="elementor-share-btn__text"><span class="elementor-share-btn__title">Tweet</span></span></div></div></div>'),
            widget("author-box", f'<div class="elementor-author-box"><div class="elementor-author-box__text"><h4 class="elementor-author-box__name">{page_["author"]}</h4><div class="elementor-author-box__bio"><p>Editor of the Pinecrest Neighbor since 2017. Send tips to editor@pinecrestneighbor.example.</p></div></div></div>'),
            widget("post-navigation", '<div class="elementor-post-navigation"><div class="elementor-post-navigation__prev elementor-post-navigation__link"><a href="/prev/" rel="prev"><span class="post-navigation__prev--label">Previous</span><span class="post-navigation__prev--title">Farmers market returns to the square</span></a></div><div class="elementor-post-navigation__next elementor-post-navigation__link"><a href="/next/" rel="next"><span class="post-navigation__next--label">Next</span><span class="post-navigation__next--title">Road resurfacing schedule for June</span></a></div></div>'),
            widget("heading", '<h2 class="elementor-heading-title">You may also like</h2>'),
            widget("posts", '<div class="elementor-posts-container elementor-posts">' + "".join(f'<article class="elementor-post"><div class="elementor-post__text"><h3 class="elementor-post__title"><a href="/p{i}/">{t}</a></h3><div class="elementor-post__excerpt"><p>{e}</p></div></div></article>' for i, (t, e) in enumerate((("Summer camp registration opens", "Spots in the town’s day camp are limited to 120 children this year."), ("New crosswalk for Elm Street", "The crossing near the school will get flashing beacons.")))) + "</div>"),
        )
        + '</div><div data-elementor-type="footer" class="elementor elementor-location-footer">'
        + section(widget("text-editor", f"<p>© 2024 {page_['site']}. Independent community news.</p>"))
        + "</div>"
    ))  # fmt: skip


# ---------------------------------------------------------------- beehiiv
def beehiiv(page_: dict, article: str) -> str:
    """A beehiiv newsletter's web post: a header with the publication's name, the post's title, subtitle and
    authors, ``div.rendered-post`` > ``div#content-blocks`` of inline-styled ``div``s each holding a
    ``p.paragraph`` or ``h2.heading``, a sponsor's block among them; a subscribe form after."""
    return _doc(page_, "en", (
        f'<div class="min-h-screen"><nav class="w-full"><a href="/" class="text-lg font-bold">{page_["site"]}</a><a href="/subscribe" class="btn">Subscribe</a><a href="/login">Login</a></nav>'
        '<main class="mx-auto max-w-2xl"><div class="space-y-4"><div class="flex flex-col">'
        f'<h1 class="text-3xl font-extrabold">{page_["title"]}</h1><h2 class="text-lg text-gray-600">{page_["deck"]}</h2>'
        f'<div class="flex items-center"><span class="text-sm font-semibold">{page_["author"]}</span><span class="text-sm">May 16, 2024</span></div></div>'
        f'<div class="rendered-post"><div id="content-blocks">{article}</div></div>'
        f'<div class="subscribe-form bg-gray-50 p-6"><h3>Subscribe to {page_["site"]}</h3><p>Get the weekly briefing on Ohio’s water, land and weather, free.</p><form><input type="email" placeholder="Enter your email"><button>Subscribe</button></form></div>'
        '</div></main><footer class="text-xs"><p>© 2024 Watershed Weekly.</p><p><a href="/privacy">Privacy Policy</a> <a href="/tos">Terms of Use</a></p><p>Powered by beehiiv</p></footer></div>'
    ))  # fmt: skip


def bh_p(text: str) -> tuple[str, str]:
    return (
        f'<div style="padding-bottom:12px;padding-left:28px;padding-right:28px;padding-top:12px;"><p class="paragraph" style="text-align:left;">{text}</p></div>',
        text,
    )


def bh_h(text: str) -> tuple[str, str]:
    return (
        f'<div style="padding-left:28px;padding-right:28px;"><h2 class="heading" style="text-align:left;">{text}</h2></div>',
        text,
    )


def bh_sponsor() -> tuple[str, None]:
    return (
        '<div style="background-color:#F4F1EA;border-radius:8px;padding:20px 28px;"><p class="paragraph" style="text-align:left;"><b>Together with Rainline</b></p>'
        '<p class="paragraph" style="text-align:left;">Rainline’s smart rain barrels tell you when to water and when to wait. Readers of Watershed Weekly get 20% off their first barrel with code WATERSHED.</p>'
        '<p class="paragraph" style="text-align:left;"><a class="link" href="https://rainline.example/?utm_source=watershed" target="_blank" rel="noopener noreferrer nofollow">Shop Rainline →</a></p></div>',
        None,
    )


# ---------------------------------------------------------------- Next.js, the body only in __NEXT_DATA__
def next_html_string(page_: dict, article: str) -> str:
    """A Next.js page (pages router) whose story component renders in the browser only: the server's HTML
    holds the header, the headline and a loading placeholder; ``__NEXT_DATA__``'s ``pageProps.article`` holds
    the body as one HTML string (``bodyHtml``) beside related stories and the author's bio."""
    data = {
        "props": {
            "pageProps": {
                "article": {
                    "id": "a8f3c2",
                    "headline": page_["title"],
                    "dek": page_["deck"],
                    "slug": page_["id"],
                    "publishedAt": page_["date"],
                    "authors": [{"name": page_["author"], "bio": "Covers energy and the environment."}],
                    "bodyHtml": page_["body_html"],
                    "relatedArticles": [
                        {"headline": "Wind farm off Long Island starts sending power", "slug": "wind-li"},
                        {
                            "headline": "Utility asks to raise rates 9% to pay for grid upgrades",
                            "slug": "rates",
                        },
                    ],
                },
                "navigation": [
                    {"label": "Climate", "href": "/climate"},
                    {"label": "Politics", "href": "/politics"},
                ],
            },
            "__N_SSP": True,
        },
        "page": "/[section]/[slug]",
        "query": {"section": "climate", "slug": page_["id"]},
        "buildId": "k3Xv0q9Zr2",
        "isFallback": False,
        "gssp": True,
    }
    return _doc(page_, "en", (
        f'<div id="__next"><header class="Header_header__x1"><a href="/" class="Header_logo__3k">{page_["site"]}</a>'
        f'<nav class="Header_nav__9a"><ul>{_links(("Climate", "Politics", "Business", "Science"), "/")}</ul></nav></header>'
        f'<main class="Article_main__2b"><h1 class="Article_headline__7c">{page_["title"]}</h1><div class="Article_byline__1q">By {page_["author"]}</div>'
        '<div class="Article_body__4e"><div class="Spinner_spinner__0z" role="status"><span class="sr-only">Loading...</span></div></div></main>'
        '<footer class="Footer_footer__5d"><p>© 2024 Grid Report Media</p></footer></div>'
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Nuxt 3, the body only in __NUXT_DATA__
def nuxt3_payload(page_: dict, article: str) -> str:
    """A Nuxt 3 page whose article body sits in a ``<ClientOnly>`` component: the server's HTML holds the
    headline and an empty placeholder; ``__NUXT_DATA__`` holds the state as devalue's flat array, each value
    an index into it, the body one HTML string."""
    payload: list = [
        ["ShallowReactive", 1],
        {"data": 2, "state": 14, "once": 16, "_errors": 17, "serverRendered": 18, "path": 19},
        ["ShallowReactive", 3],
        {"story-" + page_["id"]: 4},
        {"id": 5, "title": 6, "teaser": 7, "author": 8, "published": 9, "content": 10, "tags": 11},
        84211,
        page_["title"],
        page_["deck"],
        page_["author"],
        page_["date"],
        page_["body_html"],
        [12, 13],
        "Verkehr",
        "Stadtrat",
        {"$scookieConsent": 15},
        False,
        ["Set"],
        ["ShallowReactive", 19],
        True,
        "/lokales/" + page_["id"],
    ]
    return _doc(page_, "de", (
        f'<div id="__nuxt"><div class="layout"><header class="site-header"><a href="/" class="logo">{page_["site"]}</a>'
        f'<nav><ul>{_links(("Lokales", "Region", "Sport", "Kultur", "Service"), "/")}</ul></nav></header>'
        f'<main class="page-article"><article><h1 class="article-title">{page_["title"]}</h1><p class="article-meta">Von {page_["author"]} · 16.05.2024, 07:30 Uhr</p>'
        '<!--[--><div class="article-body-placeholder"></div><!--]--></article></main>'
        '<footer class="site-footer"><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a> <a href="/agb">AGB</a></footer></div></div>'
        f'<script type="application/json" id="__NUXT_DATA__" data-ssr="true">{json.dumps(payload, ensure_ascii=False)}</script>'
        '<script>window.__NUXT__={};window.__NUXT__.config={public:{},app:{baseURL:"/",buildAssetsDir:"/_nuxt/",cdnURL:""}}</script>'
    ))  # fmt: skip


# ---------------------------------------------------------------- live blog with a key-events list
def live_key_events(page_: dict, article: str) -> str:
    """A live blog: header, a "Key events" box of links to pinned entries (their headings again), then
    ``div.live-blog__entries`` of ``article.live-entry`` (a ``time``, an ``h2``, paragraphs, a share
    button), newest first."""
    return _doc(page_, "en", (
        f'<header class="site-header"><a class="logo" href="/">{page_["site"]}</a><nav><ul>{_links(("UK", "World", "Business", "Sport"), "/")}</ul></nav></header>'
        f'<main><div class="live-header"><span class="live-badge">LIVE</span><h1>{page_["title"]}</h1>'
        f'<p class="standfirst">{page_["deck"]}</p><p class="updated">Updated 14:52 BST</p></div>'
        '<aside class="key-events"><h2>Key events</h2><ul>'
        '<li><a href="#e3"><time>14:40</time> Transport secretary says repairs will take “weeks, not days”</a></li>'
        '<li><a href="#e1"><time>08:05</time> Line closed between Reading and Swindon after embankment slip</a></li>'
        f'</ul><a href="#" class="show-all">Show all key events</a></aside><div class="live-blog__entries">{article}</div>'
        '<nav class="pagination"><a href="?page=2">Older posts</a></nav></main>'
        '<footer><p>© 2024 The Western Courier</p></footer>'
    ), head='<meta name="robots" content="max-image-preview:large">')  # fmt: skip


def entry(n: int, time: str, title: str, *paras: str) -> tuple[str, str]:
    body = "".join(f"<p>{x}</p>" for x in paras)
    return (
        f'<article class="live-entry" id="e{n}"><div class="live-entry__meta"><time datetime="2024-05-16T{time}:00+01:00">{time}</time></div>'
        f'<h2 class="live-entry__title">{title}</h2><div class="live-entry__body">{body}</div>'
        '<div class="live-entry__share"><button>Share</button></div></article>',
        "\n\n".join((title, *paras)),
    )


# ---------------------------------------------------------------- Spanish fact check
def factcheck_es(page_: dict, article: str) -> str:
    """A Spanish fact checker's page: a rating label ("Falso") and the claim in a box above the body, the body
    in ``div.entry-content``, a "Hazte socio" call inside it, the sources in an aside after; ClaimReview."""
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": page_["url"],
        "claimReviewed": "El Gobierno cobrará un impuesto por tener placas solares en casa a partir de julio",
        "author": {"@type": "Organization", "name": page_["site"]},
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": 1,
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": "Falso",
        },
        "datePublished": page_["date"],
    }
    return _doc(page_, "es", (
        f'<header class="header"><a href="/" class="logo">{page_["site"]}</a><nav><ul>{_links(("Bulos", "Ciencia", "Política", "Educación mediática"), "/")}</ul></nav>'
        '<a class="btn-socio" href="/socios">Hazte socio</a></header>'
        '<main><article class="post"><div class="post-header"><span class="category">Bulos</span>'
        f'<h1 class="post-title">{page_["title"]}</h1><p class="post-meta">Publicado el 16 de mayo de 2024 por <a href="/autor/1">{page_["author"]}</a></p></div>'
        '<div class="claim-box"><span class="claim-label">Lo que se dice</span><p class="claim">El Gobierno cobrará un impuesto por tener placas solares en casa a partir de julio</p>'
        '<span class="rating rating--falso">Falso</span></div>'
        f'<div class="entry-content">{article}</div>'
        '<aside class="sources"><h3>Fuentes</h3><ul><li><a href="https://boe.example">Boletín Oficial del Estado</a></li><li>Ministerio para la Transición Ecológica</li><li>Unión Española Fotovoltaica</li></ul></aside>'
        '<div class="share">Compartir: <a href="#">X</a> <a href="#">Facebook</a> <a href="#">WhatsApp</a></div></article></main>'
        '<footer><p>Verifica · Periodismo contra la desinformación</p></footer>'
    ), head=f'<script type="application/ld+json">{json.dumps(review, ensure_ascii=False)}</script>')  # fmt: skip


def fc_socio() -> tuple[str, None]:
    return (
        '<div class="cta-socios"><p><strong>Verificar cuesta tiempo y dinero.</strong> Si crees que nuestro trabajo es necesario, hazte socio desde 3 euros al mes.</p><a href="/socios" class="btn">Quiero ser socio</a></div>',
        None,
    )


# ---------------------------------------------------------------- opinion column
def opinion(page_: dict, article: str) -> str:
    """An opinion column: the "Opinion" label, a headline and deck, ``div.article-body`` of ``p``; after it
    the disclaimer, the writer's bio box and a "Write a letter" call, and more opinion."""
    return _doc(page_, "en", (
        f'<header class="site-header"><a href="/" class="logo">{page_["site"]}</a><nav><ul>{_links(("News", "Politics", "Opinion", "Business", "Sports"), "/")}</ul></nav></header>'
        f'<main><article class="article article--opinion"><div class="article-header"><a class="section-label" href="/opinion/">Opinion</a><h1>{page_["title"]}</h1>'
        f'<p class="dek">{page_["deck"]}</p><div class="byline">By <a href="/staff/1">{page_["author"]}</a> | Guest columnist</div><time>May 16, 2024</time></div>'
        f'<div class="article-body">{article}</div>'
        '<p class="disclaimer"><em>The views expressed in this commentary are solely those of the author and do not necessarily reflect the views of this publication.</em></p>'
        '<div class="author-bio"><img src="/headshot.jpg" alt=""><div><h4>About the author</h4>'
        f'<p>{page_["author"]} is a former state budget director and a senior fellow at the Center for Fiscal Policy. She lives in Harrisburg.</p></div></div>'
        '<div class="letters-cta"><p>Have an opinion on this issue? <a href="/letters/submit">Submit a letter to the editor</a>.</p></div></article>'
        '<section class="more-opinion"><h2>More Opinion</h2><ul>' + _lis(("Editorial: Fund the turnpike repairs now", "Letters: Readers on the school calendar", "Cartoon: Budget season")) + "</ul></section></main>"
        '<footer><p>© 2024 Capital Region Press</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Legacy.com-style obituary
def legacy(page_: dict, article: str) -> str:
    """A newspaper's obituary on Legacy: the name and dates, "Published by ... from ... to ...", the text in
    ``div.obit-text``, then the funeral home, the guest book with its entries and the Sympathy Store call."""
    return _doc(page_, "en", (
        '<div class="LegacyHeader"><a href="/">Legacy</a><nav><a href="/obituaries/">Obituaries</a><a href="/news/">News</a><a href="/advice/">Advice</a></nav></div>'
        f'<main><div class="ObitHeader"><h1 class="ObitName">{page_["title"]}</h1><p class="ObitDates">1938 - 2024</p>'
        '<div class="ObitActions"><a href="#guestbook">Sign the Guest Book</a><a href="/sympathy/">Send Flowers</a><a href="#">Share</a></div></div>'
        '<div class="ObitPublished"><p>Published by Yakima Herald-Republic from May 16 to May 19, 2024.</p></div>'
        f'<div class="obit-text" data-component="ObituaryText">{article}</div>'
        '<div class="FuneralHome"><h2>Arrangements under the direction of</h2><p>Keith &amp; Keith Funeral Home</p><p>902 W Yakima Ave, Yakima, WA</p><a href="/fh/1">Funeral Home Details</a></div>'
        '<div class="PlantTrees"><p>To plant trees in memory, please visit the Sympathy Store.</p></div>'
        '<section id="guestbook" class="GuestBook"><h2>Sponsored by Yakima Herald-Republic.</h2><h2>5 Entries</h2>'
        '<div class="GuestBookEntry"><p>Dorothy was the kindest neighbor we ever had. Our thoughts are with the family.</p><p class="signed">The Alvarez Family, May 17, 2024</p></div>'
        '<div class="GuestBookEntry"><p>So sorry for your loss. She taught all three of our children to swim.</p><p class="signed">Karen Lowe, May 17, 2024</p></div>'
        '<a href="#">Show all entries</a></section></main><footer><p>© 2024 Legacy.com All rights reserved.</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- athletics results in tables
def results(page_: dict, article: str) -> str:
    """A regional sports section's meet report: a short text, then each event's heading and results table,
    inside ``div.story-body``; a "Submit your results" box after."""
    return _doc(page_, "en", (
        f'<header><a href="/" class="logo">{page_["site"]}</a><nav><ul>{_links(("Sports", "High Schools", "Colleges", "Scores"), "/sports/")}</ul></nav></header>'
        f'<main><article><p class="kicker">High School Track</p><h1>{page_["title"]}</h1><p class="byline">By {page_["author"]}</p>'
        f'<div class="story-body">{article}</div>'
        '<div class="submit-results"><h3>Coaches: Submit your results</h3><p>Email results to sports@valleysentinel.example by 10 p.m. to make the next day’s paper.</p></div>'
        '</article></main><footer><p>© 2024 Valley Sentinel</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Amar Ujala-like Hindi
def amarujala(page_: dict, article: str) -> str:
    """A Hindi daily: breadcrumbs, the headline, a "सार" (summary) list, a "विस्तार" (in detail) label, then
    ``div.article-desc`` of ``p`` with "यह भी पढ़ें" links among them, a Google News call and tags after."""
    return _doc(page_, "hi", (
        f'<header class="header"><a href="/" class="logo">{page_["site"]}</a><ul class="menu">{_links(("देश", "विदेश", "मनोरंजन", "क्रिकेट", "शहर और राज्य"), "/")}</ul></header>'
        '<main><div class="breadcrumb"><a href="/">होम</a> › <a href="/city-and-states/">शहर और राज्य</a> › <a href="/lucknow/">लखनऊ</a></div>'
        f'<article class="story"><h1 class="article-heading">{page_["title"]}</h1>'
        f'<div class="auth-detail"><span>{page_["author"]}, लखनऊ</span> <span>Published by: शिवम गर्ग</span> <span>Updated Thu, 16 May 2024 09:15 AM IST</span></div>'
        '<div class="sar"><h2>सार</h2><ul><li>राजधानी में 42 नए इलेक्ट्रिक बस अड्डे बनेंगे।</li><li>पहले चरण में 12 डिपो जून तक तैयार होंगे।</li></ul></div>'
        '<div class="vistar"><h2>विस्तार</h2><a href="#" class="follow">Follow Us</a></div>'
        f'<div class="article-desc">{article}</div>'
        '<div class="gnews"><p>ताजा खबरों के लिए हमें Google News पर फॉलो करें</p></div>'
        '<div class="tags"><a href="/tags/lucknow">लखनऊ</a> <a href="/tags/ev">इलेक्ट्रिक बस</a></div></article>'
        '<section class="related"><h3>विज्ञापन</h3><h2>रहें हर खबर से अपडेट</h2><ul>' + _lis(("लखनऊ में आज बारिश के आसार", "गोमती नगर में सड़क चौड़ीकरण शुरू")) + "</ul></section></main>"
        '<footer><p>Copyright © 2024 Amar Ujala Limited. All rights reserved.</p></footer>'
    ))  # fmt: skip


def hi_read_also(title: str) -> tuple[str, None]:
    return f'<p><strong>यह भी पढ़ें - <a href="/lucknow/r1">{title}</a></strong></p>', None


# ---------------------------------------------------------------- Asahi-like Japanese, paywalled
def asahi(page_: dict, article: str) -> str:
    """A Japanese daily's paid story: the headline, time and reporter, ``div.nfyQp`` of ``p`` (hashed
    classes) showing the first paragraphs, then "この記事は有料記事です。残り1020文字" and the offer, related
    news after."""
    return _doc(page_, "ja", (
        f'<header class="sVs8W"><a href="/" class="qkK8v">{page_["site"]}</a><nav><ul>{_links(("ニュース", "政治", "経済", "社会", "国際", "スポーツ"), "/")}</ul></nav></header>'
        f'<main><article class="kT1eP"><div class="y7P0c"><h1>{page_["title"]}</h1><div class="mVqhR"><time datetime="{page_["date"]}">2024年5月16日 7時00分</time></div>'
        f'<div class="BbX3K"><a href="/reporter/1">{page_["author"]}</a></div></div>'
        '<div class="hF8pQ"><button>list</button><span>写真・図版</span></div>'
        f'<div class="nfyQp">{article}</div>'
        '<div class="paywall-TjhuC"><p class="YNfqK">この記事は有料記事です。残り1020文字有料会員になると続きをお読みいただけます。</p>'
        '<a class="Z0Yoh" href="/pricing/">今すぐ登録（初月無料）</a><a href="/login">ログインする</a></div>'
        '<div class="kAhSb"><h2>関連ニュース</h2><ul>' + _lis(("空き家税、京都市が導入へ　全国初", "中古住宅の流通、10年で1.5倍に")) + "</ul></div></article></main>"
        f'<footer><p>Copyright © {page_["site"]} Company. All rights reserved. No reproduction or republication without written permission.</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Hespress-like Arabic
def hespress(page_: dict, article: str) -> str:
    """A Moroccan Arabic news site: ``div.article-content`` of ``p``, a "اقرأ أيضا" box of links inside it,
    the Google News call after, tags and the comments."""
    return _doc(page_, "ar", (
        f'<header class="header"><a href="/" class="logo">{page_["site"]}</a><ul class="nav">{_links(("سياسة", "اقتصاد", "مجتمع", "رياضة", "جهات"), "/")}</ul></header>'
        f'<main><article><div class="post-header"><span class="cat">مجتمع</span><h1 class="post-title">{page_["title"]}</h1>'
        f'<span class="author">{page_["author"]}</span> <span class="date-post">الخميس 16 ماي 2024 - 10:30</span></div>'
        '<figure class="post-thumbnail"><img src="/img.jpg" alt=""><figcaption>صورة: أرشيف</figcaption></figure>'
        f'<div class="article-content">{article}</div>'
        '<div class="gnews"><a href="https://news.google.com/">تابعوا آخر الأخبار من هسبريس على Google News</a></div>'
        '<div class="box-tags"><a href="/tag/1">الماء</a> <a href="/tag/2">الجفاف</a></div></article>'
        '<section class="comments"><h3>التعليقات</h3><div class="comment"><p>مشروع مهم للمنطقة ولكن يجب الإسراع في التنفيذ</p></div></section></main>'
        f'<footer><p>جميع الحقوق محفوظة © {page_["site"]} 2024</p></footer>'
    ), dir_="rtl")  # fmt: skip


def ar_also(*titles: str) -> tuple[str, None]:
    return (
        f'<div class="related-inline"><span class="related-title">اقرأ أيضا</span><ul>{_lis(titles, "/news/")}</ul></div>',
        None,
    )


# ---------------------------------------------------------------- Hürriyet-like Turkish
def hurriyet(page_: dict, article: str) -> str:
    """A Turkish daily: a cookie banner ("Çerez"), the headline and spot, ``div.news-content`` with an
    "İLGİLİ HABERLER" box inside it, a Google News call after."""
    return _doc(page_, "tr", (
        '<div class="cookie-policy" id="cookie"><p>Sitemizde size en iyi deneyimi sunmak için çerezler kullanıyoruz. Detaylı bilgi için <a href="/cerez-politikasi">Çerez Politikası</a> sayfamızı ziyaret edebilirsiniz.</p><button>Kabul Et</button></div>'
        f'<header><a href="/" class="logo">{page_["site"]}</a><ul class="menu">{_links(("Gündem", "Ekonomi", "Dünya", "Spor", "Yazarlar"), "/")}</ul></header>'
        f'<main><div class="news-detail"><h1 class="news-detail-title">{page_["title"]}</h1><h2 class="news-detail-spot">{page_["deck"]}</h2>'
        f'<div class="news-date"><span>{page_["author"]}</span> <time>16.05.2024 - 09:45</time></div>'
        f'<div class="news-content readingTime">{article}</div>'
        '<div class="google-news"><a href="#">Google News üzerinden takip edin</a></div></div></main>'
        '<footer><p>© Copyright 2024 Hürriyet Gazetecilik ve Matbaacılık A.Ş.</p></footer>'
    ))  # fmt: skip


def tr_related(*titles: str) -> tuple[str, None]:
    return (
        f'<div class="related-news"><div class="related-news-title">İLGİLİ HABERLER</div><ul>{_lis(titles, "/gundem/")}</ul></div>',
        None,
    )


# ---------------------------------------------------------------- WP.pl-like Polish
def wppl(page_: dict, article: str) -> str:
    """A Polish portal: a consent wall ("Twoja prywatność" and its long text) before the page, hashed
    classes, the lede in a bold ``p`` of the body, "Zobacz także:" paragraphs of links, "Dalsza część
    artykułu pod materiałem wideo" beside a video, the source after."""
    return (
        '<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8">'
        f'<title>{page_["title"]} - {page_["site"]}</title><meta property="og:type" content="article">'
        f'<link rel="canonical" href="{page_["url"]}"></head><body>'
        '<div class="rodo-wall" role="dialog" aria-modal="true"><div class="rodo-wall__content"><h2>Twoja prywatność jest dla nas ważna</h2>'
        '<p>Wirtualna Polska oraz nasi Zaufani Partnerzy przetwarzamy Twoje dane osobowe, w tym dane zapisane w plikach cookies i podobnych technologiach, w celu dopasowania reklam i treści, pomiaru ich skuteczności oraz rozwoju naszych usług. Możesz w każdej chwili zmienić swoje ustawienia lub wycofać zgodę w zakładce Ustawienia prywatności.</p>'
        '<p>Klikając „Przejdź do serwisu” wyrażasz zgodę na przetwarzanie danych przez nas i 842 naszych Zaufanych Partnerów w celach marketingowych.</p>'
        '<button>Przejdź do serwisu</button><button>Ustawienia zaawansowane</button></div></div>'
        f'<div class="a1b2c3"><header class="d4e5f6"><a href="/">{page_["site"]}</a><nav><ul>{_links(("Wiadomości", "Polska", "Świat", "Pogoda", "Sport"), "/")}</ul></nav></header>'
        f'<main class="g7h8i9"><article><h1 class="j1k2l3">{page_["title"]}</h1><div class="m4n5o6"><span>oprac. {page_["author"]}</span> <time>16.05.2024 10:12</time></div>'
        f'<div class="p7q8r9">{article}</div>'
        '<div class="s1t2u3"><p>Źródło: PAP, wp.pl</p></div>'
        '<div class="v4w5x6">Masz newsa, zdjęcie lub filmik? Prześlij nam przez <a href="#">dziejesie.wp.pl</a></div></article></main>'
        '<footer><p>© 1995–2024 Wirtualna Polska</p></footer></div></body></html>'
    )  # fmt: skip


def pl_see_also(title: str) -> tuple[str, None]:
    return f'<p class="y7z8a9"><strong>Zobacz także: </strong><a href="/zobacz/1">{title}</a></p>', None


def pl_video() -> tuple[str, None]:
    return (
        '<div class="b1c2d3"><div class="video-player" data-title="Burza nad Krakowem. Nagranie"></div><p>Dalsza część artykułu pod materiałem wideo</p></div>',
        None,
    )


# ---------------------------------------------------------------- Público-like European Portuguese
def publico(page_: dict, article: str) -> str:
    """A Portuguese daily: the headline and lead, ``div.story__body`` of ``p`` with a "Ler mais" card and a
    newsletter box inside it, the topics after."""
    return _doc(page_, "pt-PT", (
        f'<header class="site-header"><a href="/" class="logo">{page_["site"]}</a><nav><ul>{_links(("Política", "Sociedade", "Local", "Economia", "Mundo", "Cultura"), "/")}</ul></nav>'
        '<a href="/assinaturas">Assinar</a></header>'
        f'<main><article class="story"><header class="story__header"><h1 class="story__headline">{page_["title"]}</h1><div class="story__blurb lead"><p>{page_["deck"]}</p></div>'
        f'<div class="byline"><a href="/autor/1">{page_["author"]}</a> <time>16 de Maio de 2024, 7:00</time></div></header>'
        f'<div class="story__body">{article}</div>'
        '<div class="story__tags"><h3>Tópicos</h3><a href="/tag/lisboa">Lisboa</a> <a href="/tag/habitacao">Habitação</a></div></article></main>'
        f'<footer><p>© 2024 {page_["site"]}. Todos os direitos reservados.</p></footer>'
    ))  # fmt: skip


def pt_ler_mais(title: str) -> tuple[str, None]:
    return (
        f'<aside class="kicker-card"><span class="kicker">Ler mais</span><a href="/2024/05/10/r1"><h4>{title}</h4></a></aside>',
        None,
    )


def pt_newsletter() -> tuple[str, None]:
    return (
        '<div class="newsletter-inline"><h4>Newsletter Local</h4><p>Todas as semanas, as notícias de Lisboa e do Porto no seu email.</p><form><input type="email" placeholder="O seu email"><button>Subscrever</button></form></div>',
        None,
    )


# ---------------------------------------------------------------- El Universal-like Mexican Spanish
def eluniversal(page_: dict, article: str) -> str:
    """A Mexican daily on Drupal: ``div.field-name-body`` of ``p`` with "Lee también:" paragraphs, a
    newsletter call and a WhatsApp call among them, the tags after."""
    return _doc(page_, "es-MX", (
        f'<header><a href="/" class="logo">{page_["site"]}</a><nav><ul>{_links(("Nación", "Metrópoli", "Mundo", "Cartera", "Deportes"), "/")}</ul></nav></header>'
        f'<main><article class="node node-article"><h1 class="h1">{page_["title"]}</h1><h2 class="h2">{page_["deck"]}</h2>'
        f'<div class="sc__author"><span>{page_["author"]}</span> <time>16/05/2024 09:05</time></div>'
        f'<div class="field field-name-body"><div class="field-items"><div class="field-item even">{article}</div></div></div>'
        '<div class="sc__tags"><span>Temas</span> <a href="/tag/cdmx">CDMX</a> <a href="/tag/agua">Agua</a></div></article></main>'
        f'<footer><p>Todos los derechos reservados © {page_["site"]} 2024</p></footer>'
    ))  # fmt: skip


def mx_lee(title: str) -> tuple[str, None]:
    return f'<p><strong>Lee también: </strong><a href="/metropoli/r1">{title}</a></p>', None


def mx_calls() -> tuple[str, None]:
    return (
        '<p><em>Suscríbete <a href="/newsletters">aquí</a> para recibir directo en tu correo nuestro newsletter sobre la CDMX.</em></p>',
        None,
    )


def mx_whatsapp() -> tuple[str, None]:
    return (
        "<p><strong>Únete a nuestro canal ¡El Universal ya está en Whatsapp!, desde tu dispositivo móvil entérate de las noticias más relevantes del día.</strong></p>",
        None,
    )


# ---------------------------------------------------------------- German regional under a consent overlay
def de_regional(page_: dict, article: str) -> str:
    """A German regional paper: a consent overlay ("Wir brauchen Ihre Zustimmung") with its long text, the
    headline, ``div.article-text`` of ``p`` with a "Lesen Sie auch" box and a "Mehr zum Thema" list inside
    it, the paywall-free teaser of other stories after."""
    return _doc(page_, "de", (
        '<div id="sp_message_container_123" class="sp_veil"><div class="message-container"><h2>Wir brauchen Ihre Zustimmung</h2>'
        '<p>Wir und unsere 214 Partner speichern und verarbeiten Daten wie Cookies und Geräte-Kennungen, um Ihnen personalisierte Anzeigen und Inhalte zu zeigen, deren Wirkung zu messen und unsere Angebote zu verbessern. Sie können Ihre Einwilligung jederzeit über den Link „Datenschutz-Einstellungen“ im Fuß der Seite widerrufen.</p>'
        '<button>Alle akzeptieren</button><button>Einstellungen</button><a href="#">Zum PUR-Abo</a></div></div>'
        f'<header><a href="/" class="logo">{page_["site"]}</a><nav><ul>{_links(("Lokales", "Region", "Sport", "Politik", "Wirtschaft"), "/")}</ul></nav></header>'
        f'<main><article class="article"><div class="article-head"><span class="kicker">Kiel</span><h1>{page_["title"]}</h1>'
        f'<p class="intro">{page_["deck"]}</p><p class="author">Von {page_["author"]}</p><time>16.05.2024, 06:00 Uhr</time></div>'
        f'<div class="article-text">{article}</div></article>'
        '<section class="teaser-list"><h2>Weitere Artikel</h2><ul>' + _lis(("Hafen: Kreuzfahrtsaison beginnt mit Rekord", "Förde: Fähre fällt zwei Wochen aus")) + "</ul></section></main>"
        '<footer><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz-Einstellungen</a></footer>'
    ))  # fmt: skip


def de_lesen(title: str) -> tuple[str, None]:
    return (
        f'<div class="inline-teaser"><span class="inline-teaser__label">Lesen Sie auch</span><a href="/kiel/r1"><span class="inline-teaser__title">{title}</span></a></div>',
        None,
    )


def de_mehr(*titles: str) -> tuple[str, None]:
    return f'<div class="more-topic"><h3>Mehr zum Thema</h3><ul>{_lis(titles, "/kiel/")}</ul></div>', None


SKINS.update(
    r9_jnews=jnews, r9_elementor=elementor, r9_beehiiv=beehiiv, r9_next_html=next_html_string,
    r9_nuxt3=nuxt3_payload, r9_live_key=live_key_events, r9_factcheck_es=factcheck_es, r9_opinion=opinion,
    r9_legacy=legacy, r9_results=results, r9_amarujala=amarujala, r9_asahi=asahi, r9_hespress=hespress,
    r9_hurriyet=hurriyet, r9_wppl=wppl, r9_publico=publico, r9_eluniversal=eluniversal, r9_de_regional=de_regional,
)  # fmt: skip


# ================================================================ the pages
page(
    "r9-jnews-county-budget",
    "WordPress JNews theme (content-inner, an inline related-posts block inside the story, author box, related posts)",
    "r9_jnews",
    "County commissioners approve $212 million budget with no tax increase",
    "Megan Torres",
    "2024-05-16T18:20:00-04:00",
    [
        p("Putnam County commissioners approved a $212 million budget on Tuesday that holds the property tax rate steady for the third year in a row."),
        p("The budget, which takes effect July 1, is 4% larger than this year’s. Most of the increase will go to raises for sheriff’s deputies and jail staff, who will get 6% more, and to the county’s share of a new emergency radio system."),
        jnews_related("Sheriff asks for 12 more deputies in next budget", "County jail to add mental health unit"),
        p("Commissioner Ray Dillard, who voted against the plan, said the county was spending reserves it would need if sales tax revenue fell. The budget draws $3.8 million from the county’s savings account, leaving it with about two months of operating expenses."),
        p("“We’re balancing this budget on money we can only spend once,” Dillard said."),
        p("Commission Chair Angela Moss said the reserves would still be above the level recommended by the county’s auditors and that the raises were needed to fill 31 open jobs at the jail."),
    ],
    site="Putnam Herald",
)  # fmt: skip
page(
    "r9-elementor-pool",
    "Elementor Pro theme-builder post (theme-post-content widget among post-info, share, author-box, post-navigation and posts widgets)",
    "r9_elementor",
    "Town pool will open two weeks late after pump failure",
    "Greg Hollins",
    "2024-05-16T10:00:00-05:00",
    [
        p("The Pinecrest municipal pool will open June 15 instead of Memorial Day weekend because its main pump failed during spring testing, the parks department said Wednesday."),
        p("A replacement pump has been ordered from a supplier in Texas and is expected to arrive the first week of June. Installation and the state health inspection will take about a week after that."),
        h("Season passes"),
        p("Season passes will cost $10 less this year to make up for the lost weeks: $65 for residents and $95 for non-residents. People who already bought passes will get a $10 refund by mail."),
        p("Swim lessons scheduled for the first two weeks of June will be moved to August. Parks director Linda Oakes said families would be contacted directly."),
    ],
    site="Pinecrest Neighbor",
)  # fmt: skip
page(
    "r9-beehiiv-watershed",
    "beehiiv newsletter post (content-blocks of inline-styled divs, p.paragraph and h2.heading, a sponsor's block, subscribe form)",
    "r9_beehiiv",
    "The Maumee's algae forecast is out, and it's better than last year",
    "Erin Kowalski",
    "2024-05-16T07:00:00-04:00",
    [
        bh_p("Good morning. NOAA released its first early-season forecast for harmful algal blooms in western Lake Erie this week, and for once the news is mostly good."),
        bh_h("What the forecast says"),
        bh_p("Scientists expect a mild to moderate bloom this summer, about a 3 on the agency’s 10-point severity scale, compared with a 5 last year. The forecast is driven by phosphorus running off farm fields into the Maumee River, and a drier spring meant less of it washed downstream."),
        bh_sponsor(),
        bh_p("The forecast will be updated weekly through June, and the final one comes out June 27. A wet June could still push the number up."),
        bh_h("Why it matters for Toledo"),
        bh_p("Toledo’s water plant has spent $500 million on upgrades since a 2014 bloom left half a million people without drinking water for three days. The city now tests raw water from the lake every hour during bloom season."),
    ],
    site="Watershed Weekly",
    deck="Plus: what a wet June could still do",
)  # fmt: skip

_NEXT_BODY = (
    (
        "p",
        "New York’s grid operator warned on Thursday that the state could run short of power on the hottest summer days as soon as 2025, because old gas plants are closing faster than new wind and solar farms are being built.",
    ),
    (
        "p",
        "The New York Independent System Operator said in its quarterly reliability report that the margin of spare capacity in New York City would fall to zero during a heat wave lasting more than three days.",
    ),
    ("h2", "Peaker plants"),
    (
        "p",
        "The shortfall comes mostly from state rules that force about 1,500 megawatts of old “peaker” plants, which run only on the hottest days, to close by next May because of their emissions.",
    ),
    (
        "p",
        "The operator can order some of the plants to keep running for up to four more years if no replacement is ready. It said it would decide by the end of the summer.",
    ),
    (
        "p",
        "Environmental groups said the report showed the state needed to build transmission lines and batteries faster, not to keep polluting plants open.",
    ),
)
page(
    "r9-next-bodyhtml-grid",
    "Next.js pages router, the body only as one HTML string in __NEXT_DATA__ (client-only story component, a loading spinner)",
    "r9_next_html",
    "Grid operator warns New York could run short of power by 2025",
    "Marie French",
    "2024-05-16T14:10:00-04:00",
    [raw("", text) for _, text in _NEXT_BODY],
    site="Grid Report",
    deck="Old gas plants are closing faster than replacements are built",
    body_html="".join(f"<{tag}>{text}</{tag}>" for tag, text in _NEXT_BODY)
    + '<div class="related-inline"><p>Read more: <a href="/rates">Utility asks to raise rates 9%</a></p></div>',
)  # fmt: skip

_NUXT_BODY = (
    (
        "p",
        "Der Kieler Stadtrat hat am Mittwochabend beschlossen, die Holtenauer Straße zwischen dem Dreiecksplatz und der Knooper Weg-Kreuzung ab August für den Durchgangsverkehr zu sperren.",
    ),
    (
        "p",
        "Autos dürfen den Abschnitt dann nur noch zum Be- und Entladen sowie als Anlieger befahren. Busse, Radfahrer und Lieferverkehr sind von der Sperrung ausgenommen. Der Versuch soll zunächst ein Jahr dauern.",
    ),
    ("h2", "Händler sind gespalten"),
    (
        "p",
        "Die Geschäftsleute an der Straße reagierten unterschiedlich. Während einige Cafés auf mehr Platz für Außengastronomie hoffen, befürchten mehrere Einzelhändler, dass Kundschaft aus dem Umland ausbleibt.",
    ),
    (
        "p",
        "„Wer aus Altenholz zum Einkaufen kommt, fährt dann lieber gleich ins Einkaufszentrum“, sagte die Inhaberin eines Schuhgeschäfts.",
    ),
    (
        "p",
        "Die Stadt will die Auswirkungen mit Verkehrszählungen und einer Befragung der Anwohner untersuchen. Über eine dauerhafte Sperrung soll der Rat im Herbst 2025 entscheiden.",
    ),
)
page(
    "r9-nuxt3-holtenauer",
    "Nuxt 3 page, the body only in __NUXT_DATA__ (devalue's flat array, a ClientOnly placeholder; German)",
    "r9_nuxt3",
    "Holtenauer Straße wird für den Durchgangsverkehr gesperrt",
    "Jens Petersen",
    "2024-05-16T07:30:00+02:00",
    [raw("", text) for _, text in _NUXT_BODY],
    site="Kieler Stadtanzeiger",
    deck="Ab August: Der Rat beschließt einen einjährigen Versuch.",
    body_html="".join(f"<{tag}>{text}</{tag}>" for tag, text in _NUXT_BODY),
)  # fmt: skip
page(
    "r9-live-key-events-rail",
    "live blog with a Key events list of links above its entries (time, h2, paragraphs, Share)",
    "r9_live_key",
    "Great Western line closed after embankment collapse – live updates",
    "Live team",
    "2024-05-16T14:52:00+01:00",
    [
        entry(3, "14:40", "Transport secretary says repairs will take “weeks, not days”", "The transport secretary told MPs that Network Rail’s engineers would need weeks, not days, to rebuild the embankment near Wootton Bassett.", "She said the government would cover the cost of the repairs and that rail replacement buses would run until the line reopened."),
        entry(2, "11:15", "Rail replacement buses running", "Great Western Railway says buses are now running between Reading and Swindon every 20 minutes. Journeys are taking about an hour longer than usual.", "Tickets for today can be used tomorrow or refunded without a fee."),
        entry(1, "08:05", "Line closed between Reading and Swindon after embankment slip", "Network Rail has closed the Great Western main line between Reading and Swindon after part of an embankment collapsed overnight following heavy rain.", "No trains were on the line at the time and no one was hurt, it said."),
    ],
    site="The Western Courier",
    deck="Passengers face weeks of disruption after heavy rain washed away part of an embankment near Swindon",
)  # fmt: skip
page(
    "r9-factcheck-es-placas",
    "Spanish fact check (rating label and the claim in a box above, ClaimReview, a 'hazte socio' call inside the body, sources after)",
    "r9_factcheck_es",
    "No, el Gobierno no va a cobrar un impuesto por tener placas solares en casa",
    "Lucía Benítez",
    "2024-05-16T12:00:00+02:00",
    [
        p("Circula por WhatsApp y redes sociales un mensaje que asegura que el Gobierno cobrará “a partir de julio” un impuesto a quienes tengan placas solares en su vivienda. Es falso: no existe ninguna norma aprobada ni en tramitación que cree un impuesto así."),
        h("¿De dónde sale el bulo?"),
        p("El mensaje recuerda al llamado “impuesto al sol”, un peaje que gravaba la energía generada para autoconsumo y que se eliminó en 2018 con el Real Decreto-ley 15/2018. Desde entonces, las instalaciones domésticas no pagan ningún cargo por la energía que producen y consumen."),
        fc_socio(),
        p("El Ministerio para la Transición Ecológica ha confirmado a este medio que no prepara ningún cambio en la regulación del autoconsumo. La Unión Española Fotovoltaica también ha negado que exista una propuesta en ese sentido."),
        h("Lo que sí cambia en julio"),
        p("Lo único que cambia el 1 de julio es el precio que las comercializadoras pagan por los excedentes que los hogares vierten a la red, que depende del mercado mayorista y puede bajar en verano. Eso no es un impuesto."),
    ],
    site="Verifica",
)  # fmt: skip
page(
    "r9-opinion-turnpike",
    "opinion column (Opinion label, dek, guest columnist byline; disclaimer, author bio box and letters call after the body)",
    "r9_opinion",
    "Pennsylvania can't keep paying for its roads with turnpike tolls",
    "Janet Morales",
    "2024-05-16T06:00:00-04:00",
    [
        p("Every time you drive the Pennsylvania Turnpike, part of your toll pays for something other than the turnpike. Since 2007, state law has required the Turnpike Commission to send the state hundreds of millions of dollars a year for transit, and the commission has borrowed most of it."),
        p("The result is a road that carries $14 billion in debt and tolls that have risen 15 years in a row. A car crossing the state now pays more than $60 in cash."),
        p("I helped write the state budgets that relied on that arrangement, and I can say plainly that it was never meant to last. It was a bridge to a real plan for transit funding that never came."),
        p("That plan should start with what every other large state does: a dedicated share of the sales tax for transit, set in law, so that buses and trains do not depend on drivers in Somerset County paying ever-higher tolls."),
        p("Lawmakers have until June 30 to pass a budget. This is the year to end the turnpike’s second job."),
    ],
    site="Capital Region Press",
    deck="A 2007 deal has left the turnpike $14 billion in debt. Lawmakers should end it.",
)  # fmt: skip
page(
    "r9-legacy-obituary",
    "newspaper obituary on Legacy (Published by ... from ... to ..., obit-text, funeral home, Sympathy Store call, guest book entries)",
    "r9_legacy",
    "Dorothy Mae Fischer Obituary",
    "Yakima Herald-Republic",
    "2024-05-16T00:00:00-07:00",
    [
        p("Dorothy Mae Fischer, 86, of Yakima, passed away peacefully at home on May 11, 2024, surrounded by her family."),
        p("Dorothy was born on March 3, 1938, in Toppenish to Walter and Edna Kline. She graduated from Toppenish High School in 1956 and married her high school sweetheart, Robert Fischer, in 1958."),
        p("For 31 years she taught swimming at the Yakima YMCA, where she was known for getting even the most frightened children into the deep end. She loved her garden, her church choir at Westminster Presbyterian, and summers at the family cabin on Rimrock Lake."),
        p("She is survived by her children, Karen (Tom) Hayes and Michael (Lisa) Fischer; five grandchildren; and two great-grandchildren. She was preceded in death by Robert in 2015."),
        p("A memorial service will be held at 2 p.m. on Saturday, May 25, at Westminster Presbyterian Church. In lieu of flowers, the family asks that donations be made to the Yakima YMCA’s swim scholarship fund."),
    ],
    site="Legacy",
)  # fmt: skip
page(
    "r9-results-track-meet",
    "high school track meet report with results tables (event headings, a table per event, a Submit your results box)",
    "r9_results",
    "Eastmont sweeps relays to win district track title",
    "Tom Burke",
    "2024-05-16T22:30:00-07:00",
    [
        p("Eastmont won both relays and three individual events on Thursday to take the Columbia Basin district title at Apple Bowl, finishing 22 points ahead of Wenatchee."),
        p("Senior Maya Ortiz won the 1,600 meters in 5:02.41, a school record, and ran the anchor leg of the winning 4x400 relay. The top three in each event qualify for next week’s state meet in Pasco."),
        h("Girls 1,600 meters", 3),
        table([["Place", "Athlete", "School", "Time"], ["1", "Maya Ortiz", "Eastmont", "5:02.41"], ["2", "Jenna Hale", "Wenatchee", "5:08.77"], ["3", "Sofia Reyes", "Moses Lake", "5:11.02"]]),
        h("Boys 4x100 relay", 3),
        table([["Place", "School", "Time"], ["1", "Eastmont", "42.88"], ["2", "Moses Lake", "43.15"], ["3", "Wenatchee", "43.60"]]),
        h("Team scores", 3),
        table([["School", "Points"], ["Eastmont", "148"], ["Wenatchee", "126"], ["Moses Lake", "97"], ["Sunnyside", "61"]]),
    ],
    site="Valley Sentinel",
)  # fmt: skip
page(
    "r9-hi-amarujala-ebus",
    "Hindi daily, Amar Ujala-like (सार summary and विस्तार label above the body, यह भी पढ़ें links, Google News call)",
    "r9_amarujala",
    "लखनऊ में 42 नए इलेक्ट्रिक बस अड्डे बनेंगे, पहले चरण में 12 डिपो जून तक तैयार",
    "अमर उजाला ब्यूरो",
    "2024-05-16T09:15:00+05:30",
    [
        p("राजधानी लखनऊ में इलेक्ट्रिक बसों के लिए 42 नए बस अड्डे और चार्जिंग डिपो बनाए जाएंगे। नगर निगम और परिवहन विभाग की संयुक्त बैठक में बुधवार को इस योजना को मंजूरी दी गई।"),
        p("पहले चरण में 12 डिपो जून के अंत तक तैयार हो जाएंगे। इनमें चारबाग, आलमबाग, गोमती नगर और इंदिरा नगर के डिपो शामिल हैं। हर डिपो पर एक साथ 20 बसें चार्ज की जा सकेंगी।"),
        hi_read_also("लखनऊ मेट्रो का दूसरा चरण: चारबाग से वसंतकुंज तक बनेगा नया कॉरिडोर"),
        p("परिवहन निगम के क्षेत्रीय प्रबंधक आर.के. त्रिपाठी ने बताया कि शहर में अभी 140 इलेक्ट्रिक बसें चल रही हैं। अगले साल तक इनकी संख्या बढ़ाकर 300 करने का लक्ष्य है।"),
        p("उन्होंने कहा कि चार्जिंग की कमी के कारण कई बसें दिन में दो बार डिपो लौटती हैं, जिससे यात्रियों को लंबा इंतजार करना पड़ता है। नए डिपो बनने से यह समस्या दूर होगी।"),
    ],
    site="अमर उजाला",
)  # fmt: skip
page(
    "r9-ja-asahi-akiya-tax",
    "Japanese daily's paid story, Asahi-like (hashed classes, the visible opening, この記事は有料記事です。残り...文字, 関連ニュース)",
    "r9_asahi",
    "空き家に課税、京都市が全国初の新税　2026年度から",
    "佐藤健太",
    "2024-05-16T07:00:00+09:00",
    [
        p("京都市は、市内の空き家や別荘など、住民が住んでいない住宅の所有者に課税する「非居住住宅利活用促進税」を2026年度から導入すると発表した。空き家に特化した税は全国で初めてとなる。"),
        p("市によると、対象となるのは市内に約1万5千戸あるとされる空き家や別荘などのうち、固定資産評価額が一定以上の物件。税額は年間で平均約5万円を見込んでいる。"),
        p("市は、税収を住宅の改修補助などに充て、若い世代の市内への定住を促したい考えだ。"),
    ],
    site="朝日新聞デジタル",
)  # fmt: skip
page(
    "r9-ar-hespress-dam",
    "Moroccan Arabic news, Hespress-like (article-content with an اقرأ أيضا box inside, Google News call, tags, comments)",
    "r9_hespress",
    "سد جديد في إقليم تارودانت لمواجهة الجفاف بكلفة 1.2 مليار درهم",
    "هسبريس من الرباط",
    "2024-05-16T10:30:00+01:00",
    [
        p("أعلنت وزارة التجهيز والماء، اليوم الخميس، عن إطلاق أشغال بناء سد جديد بإقليم تارودانت بسعة تخزينية تصل إلى 300 مليون متر مكعب، وبكلفة إجمالية تقدر بـ1.2 مليار درهم."),
        p("وأوضحت الوزارة، في بلاغ لها، أن السد سيساهم في تأمين الماء الصالح للشرب لأكثر من 400 ألف نسمة، وسقي حوالي 12 ألف هكتار من الأراضي الفلاحية بسهل سوس."),
        ar_also("تراجع نسبة ملء السدود إلى 23 في المائة", "محطة لتحلية مياه البحر بأكادير تدخل الخدمة"),
        p("ويأتي هذا المشروع في سياق موجة جفاف تعيشها المملكة للسنة السادسة على التوالي، حيث تراجعت الواردات المائية بشكل كبير مقارنة بالمعدل السنوي."),
        p("ومن المنتظر أن تستمر الأشغال أربع سنوات، على أن يدخل السد حيز الخدمة سنة 2028."),
    ],
    site="هسبريس",
)  # fmt: skip
page(
    "r9-tr-hurriyet-metro",
    "Turkish daily, Hürriyet-like (cookie banner, spot in an h2, news-content with an İLGİLİ HABERLER box, Google News call)",
    "r9_hurriyet",
    "İzmir'de yeni metro hattının temeli atıldı",
    "Hürriyet Ege",
    "2024-05-16T09:45:00+03:00",
    [
        p("İzmir’de Narlıdere ile Çiğli arasında yapılacak yeni metro hattının temeli dün düzenlenen törenle atıldı. 22 kilometre uzunluğundaki hattın 2028 yılında hizmete girmesi planlanıyor."),
        p("Hat üzerinde 17 istasyon yer alacak. Günde yaklaşık 400 bin yolcu taşıması beklenen metro ile iki ilçe arasındaki yolculuk süresinin 70 dakikadan 35 dakikaya inmesi hedefleniyor."),
        tr_related("İzmir’de toplu ulaşıma yüzde 30 zam", "Karşıyaka tramvayına yeni vagonlar geldi"),
        p("Törende konuşan Büyükşehir Belediye Başkanı, projenin finansmanının büyük bölümünün Avrupa Yatırım Bankası’ndan sağlanan kredi ile karşılanacağını söyledi."),
        p("Çalışmalar sırasında bazı caddelerde trafik düzenlemesine gidileceği de açıklandı."),
    ],
    site="Hürriyet",
    deck="Narlıdere ile Çiğli arasındaki 22 kilometrelik hat 2028’de açılacak",
)  # fmt: skip
page(
    "r9-pl-wp-burza",
    "Polish portal, WP.pl-like (a consent wall before the page, hashed classes, Zobacz także paragraphs, a video with Dalsza część artykułu, source line)",
    "r9_wppl",
    "Nawałnica nad Małopolską. Strażacy interweniowali ponad 600 razy",
    "Anna Nowak",
    "2024-05-16T10:12:00+02:00",
    [
        p("<strong>Gwałtowne burze, które w środę wieczorem przeszły nad Małopolską, zerwały dachy z kilkudziesięciu budynków i powaliły setki drzew. Strażacy interweniowali ponad 600 razy.</strong>"),
        p("Najtrudniejsza sytuacja była w powiatach krakowskim, wielickim i bocheńskim. Jak przekazał rzecznik małopolskiej straży pożarnej, większość zgłoszeń dotyczyła połamanych drzew blokujących drogi i zalanych piwnic."),
        pl_see_also("Alert RCB dla kilku województw. Synoptycy ostrzegają przed gradem"),
        p("W Wieliczce wiatr zerwał dach z budynku szkoły podstawowej. Nikt nie został ranny, ale w czwartek lekcje zostały odwołane."),
        pl_video(),
        p("Bez prądu pozostawało w czwartek rano ponad 20 tysięcy odbiorców. Energetycy zapowiadają, że naprawa wszystkich uszkodzonych linii potrwa do piątku."),
        p("Instytut Meteorologii i Gospodarki Wodnej ostrzega, że w czwartek po południu burze mogą się powtórzyć."),
    ],
    site="WP Wiadomości",
)  # fmt: skip
page(
    "r9-pt-publico-rendas",
    "Portuguese daily, Público-like (lead in the header, story__body with a Ler mais card and a newsletter box inside, topics)",
    "r9_publico",
    "Rendas em Lisboa sobem 9% num ano e atingem novo máximo",
    "Cristiana Faria Moreira",
    "2024-05-16T07:00:00+01:00",
    [
        p("O valor mediano das rendas dos novos contratos em Lisboa subiu 9% no último ano e atingiu os 16,2 euros por metro quadrado, o valor mais alto de sempre, segundo dados divulgados nesta quinta-feira pelo Instituto Nacional de Estatística."),
        p("Um apartamento de 70 metros quadrados na capital custa agora, em média, mais de 1100 euros por mês. No Porto, a subida foi de 11%, para 12,8 euros por metro quadrado."),
        pt_ler_mais("Governo prepara novo apoio às rendas para jovens"),
        p("As freguesias de Santo António, Misericórdia e Estrela continuam a ser as mais caras da cidade, com valores acima dos 20 euros por metro quadrado."),
        pt_newsletter(),
        p("A Associação dos Inquilinos Lisbonenses considera que os números mostram que as medidas do programa Mais Habitação “não tiveram qualquer efeito” nos preços e pede limites às rendas dos novos contratos."),
    ],
    site="Público",
    deck="Renda mediana dos novos contratos chegou aos 16,2 euros por metro quadrado na capital.",
)  # fmt: skip
page(
    "r9-mx-eluniversal-agua",
    "Mexican daily on Drupal, El Universal-like (field-name-body, Lee también: lines, a newsletter call and a WhatsApp call inside the body)",
    "r9_eluniversal",
    "Cutzamala llega a su nivel más bajo en 30 años; anuncian nuevos recortes de agua en CDMX",
    "Gerardo Suárez",
    "2024-05-16T09:05:00-06:00",
    [
        p("El Sistema Cutzamala, que abastece de agua a la Ciudad de México y a 13 municipios del Estado de México, llegó este jueves a 26.4% de su capacidad, su nivel más bajo desde 1994, informó la Comisión Nacional del Agua (Conagua)."),
        p("Ante la caída de las presas, la Conagua anunció que reducirá de nuevo el caudal que envía a la capital, de 9 a 8 metros cúbicos por segundo, a partir del lunes."),
        mx_lee("Colonias de Iztapalapa suman tres semanas sin agua; vecinos bloquean Ermita"),
        p("Las alcaldías más afectadas serán Iztapalapa, Coyoacán, Tlalpan y Álvaro Obregón, donde el servicio se dará por tandeo. El gobierno capitalino dijo que enviará pipas a las colonias que se queden sin suministro."),
        mx_calls(),
        p("Especialistas advierten que, si la temporada de lluvias se retrasa, el sistema podría quedar por debajo del 20% a finales de junio."),
        mx_whatsapp(),
    ],
    site="El Universal",
    deck="La Conagua reducirá el caudal enviado a la capital a partir del lunes",
)  # fmt: skip
page(
    "r9-de-regional-kiel-faehre",
    "German regional paper under a consent overlay (Wir brauchen Ihre Zustimmung), an intro in the header, Lesen Sie auch and Mehr zum Thema inside the body",
    "r9_de_regional",
    "Kieler Förde: Neue Elektrofähre nimmt den Betrieb auf",
    "Kristina Möller",
    "2024-05-16T06:00:00+02:00",
    [
        p("Auf der Kieler Förde fährt seit Mittwoch die erste vollelektrische Fähre der Schlepp- und Fährgesellschaft Kiel (SFK). Die „Düsternbrook“ pendelt zunächst auf der Linie F1 zwischen Bahnhofbrücke und Laboe."),
        p("Das 34 Meter lange Schiff bietet Platz für 300 Fahrgäste und 60 Fahrräder. Geladen wird es an den Anlegern in Kiel und Laboe jeweils in knapp 20 Minuten."),
        de_lesen("Fördefähren: Neuer Fahrplan gilt ab Juni"),
        p("Nach Angaben der SFK spart die neue Fähre im Jahr rund 500 Tonnen CO₂ im Vergleich zu den bisherigen Dieselschiffen. Bis 2027 sollen zwei weitere elektrische Fähren folgen."),
        p("Die Anschaffung kostete rund 10 Millionen Euro, die Hälfte davon zahlte das Land Schleswig-Holstein."),
        de_mehr("Kiel Sailing City: Neuer Liegeplatz für Traditionsschiffe", "Schwentinelinie wird im Sommer verlängert"),
    ],
    site="Kieler Rundschau",
    deck="Die „Düsternbrook“ fährt ab sofort zwischen Kiel und Laboe – leise und ohne Abgase.",
)  # fmt: skip
