"""The eighteenth round of ``bench/extraction_pages``: pages (``r18-*``) of outlets, platforms and page kinds the
first seventeen rounds lack, each in a template written here after what the outlet's or platform's pages emit.

Languages: Sindhi (Awami Awaz-like, right to left, "هي به پڙهو:", a WhatsApp call), Simplified Chinese (a
Singapore daily, Lianhe Zaobao-like, "相关新闻", a paywall teaser), Haitian Creole (Ayibopost-like, "Li tou:", a
donation appeal), Māori (Te Ao Māori News-like, a lead in the header, "Pānui anō:"), Kinyarwanda (IGIHE-like,
"Soma nanone:", an advert labelled "Kwamamaza") and Faroese (Kringvarp-like, a consent box, "Les eisini:").
Platforms: Sitecore (SXA's ``component rich-text`` renderings), Umbraco (a council's block list), Liferay (a
ministry's ``journal-content-article`` in portlets), a Contentful-driven single-page app whose body is only in
its preloaded state as rich-text nodes, a Statamic magazine's Q&A interview, a rugby club's match report on
Storyblok with a line-up table, a newspaper's AMP page (``amp-ad``, ``amp-social-share``, ``amp-consent``), a
Hashnode blog with code and Magnolia (a railway's press release with its media contact). The gold of every page
was written before nutgraf was run on it: it leaves out leads in the header, captions and credits, calls to read
another story, follow a channel or give money, advert labels, paywall teasers, author boxes, media contacts and
newsletter boxes; it keeps headings, an interview's questions, a line-up table's rows and code.
"""

from __future__ import annotations

import json

from articles import page
from fourth_round import _cookie, _doc, _links
from furniture import SKINS
from parts import h, p, qa, raw, table
from thirteenth_round import _also, _lis


# ---------------------------------------------------------------- Sindhi (Awami Awaz-like, right to left)
def sindhi(page_: dict, article: str) -> str:
    """A Sindhi daily, Awami Awaz-like, right to left: ``div.news-detail`` of paragraphs with a bold
    "هي به پڙهو:" line between them, a WhatsApp channel call closing it, the share bar and "لاڳاپيل خبرون"."""
    return _doc(page_, "sd", (
        f'<header class="top-header"><a class="logo" href="/">{page_["site"]}</a><ul class="main-menu">{_links(("سنڌ", "پاڪستان", "دنيا", "رانديون", "ڪاروبار"), "/category/")}</ul></header>'
        '<main><article class="news">'
        f'<h1 class="news-title">{page_["title"]}</h1><div class="news-meta"><span class="reporter">{page_["author"]}</span> <time>16 مئي 2024</time></div>'
        '<figure class="news-image"><img src="/uploads/indus.jpg" alt=""><figcaption>سنڌو درياءَ تي ڪوٽڙي بئراج. فوٽو: عوامي آواز</figcaption></figure>'
        f'<div class="news-detail">{article}'
        '<p class="whatsapp-call"><a href="https://whatsapp.com/channel/awamiawaz">عوامي آواز جو واٽس ايپ چينل فالو ڪريو</a></p></div>'
        '<div class="share-buttons"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div></article>'
        f'<aside class="related-news"><h3>لاڳاپيل خبرون</h3><ul>{_lis(("ڪراچي ۾ پاڻي جي کوٽ خلاف احتجاج", "ٿر ۾ مينهن بعد پوکون سائي ٿي ويون"), "/news/")}</ul></aside></main>'
        '<footer><p>© 2024 عوامي آواز. سڀ حق محفوظ</p></footer>'
    ), dir_="rtl")  # fmt: skip


# ---------------------------------------------------------------- Simplified Chinese (Singapore, Lianhe Zaobao-like)
def zaobao(page_: dict, article: str) -> str:
    """A Singapore Chinese daily, Zaobao-like: ``div.articleBody`` of ``p`` under the cover's caption, a paywall
    teaser ("订阅即可阅读全文") after the story's opening, "相关新闻" cards and a newsletter box."""
    return _doc(page_, "zh-Hans-SG", (
        f'<header class="site-header"><a class="brand" href="/">{page_["site"]}</a><ul class="nav">{_links(("新加坡", "中国", "国际", "财经", "言论"), "/news/")}</ul></header>'
        '<main><article class="article-page">'
        f'<h1 class="article-title">{page_["title"]}</h1><div class="article-meta"><span class="byline">{page_["author"]}</span> <time>发布 / 2024年5月16日 05:00</time></div>'
        '<figure class="cover"><img src="/sites/default/files/mrt.jpg" alt=""><figcaption>汤申—东海岸线第四阶段预计明年通车。（档案照片）</figcaption></figure>'
        f'<div class="articleBody">{article}</div>'
        '<div class="paywall-teaser"><h3>订阅即可阅读全文</h3><p>首月只需0.99元，畅读联合早报所有付费内容。</p><a class="btn" href="/subscribe">立即订阅</a> <a href="/login">已是订户？登录</a></div>'
        '<div class="share"><a href="#">微信</a> <a href="#">Facebook</a> <a href="#">复制链接</a></div></article>'
        f'<section class="related"><h3>相关新闻</h3><ul>{_lis(("巴士票价明年起调高", "陆交局：部分地铁站下月起延长运营时间"), "/news/singapore/story")}</ul></section>'
        '<section class="newsletter"><h3>订阅早报电子报</h3><form><input type="email" placeholder="电邮地址"><button>订阅</button></form></section></main>'
        '<footer><p>© 2024 SPH Media Limited. 版权所有</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Haitian Creole (Ayibopost-like)
def kreyol(page_: dict, article: str) -> str:
    """A Haitian Creole site, Ayibopost-like (WordPress): ``div.td-post-content`` of paragraphs with a "Li tou:"
    line between them, the author box and a donation appeal ("Sipòte jounalis endepandan") after."""
    return _doc(page_, "ht", (
        f'<header class="td-header"><a class="td-logo" href="/">{page_["site"]}</a><ul class="sf-menu">{_links(("Sosyete", "Politik", "Ekonomi", "Kilti", "Anviwònman"), "/category/")}</ul></header>'
        '<main><article class="post">'
        f'<h1 class="entry-title">{page_["title"]}</h1><div class="td-module-meta-info"><span class="td-post-author-name">Pa {page_["author"]}</span> <time>16 me 2024</time></div>'
        '<figure class="td-post-featured-image"><img src="/wp-content/uploads/lekol.jpg" alt=""><figcaption>Elèv nan yon lekòl nan Okap. Foto: Ayibopost</figcaption></figure>'
        f'<div class="td-post-content">{article}</div>'
        f'<div class="author-box-wrap"><img src="/img/author.jpg" alt=""><div class="desc"><a class="td-author-name" href="/author/1">{page_["author"]}</a><p>Jounalis ki ekri sou edikasyon ak jèn nan peyi a.</p></div></div>'
        '<div class="donation-appeal"><h3>Sipòte jounalis endepandan</h3><p>Ayibopost se yon medya endepandan. Fè yon don pou nou ka kontinye travay nou.</p><a class="button" href="/don">Fè yon don</a></div></article>'
        f'<aside class="td-related"><h3>Atik ki gen rapò</h3><ul>{_lis(("Pri diri a monte ankò nan mache yo", "Kijan jèn yo ap viv ak kriz kouran an"), "/")}</ul></aside></main>'
        '<footer><p>© 2024 Ayibopost</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Māori (Te Ao Māori News-like)
def maori(page_: dict, article: str) -> str:
    """A Māori-language news page, Te Ao Māori News-like: a lead ``p.article-summary`` under the headline,
    ``div.article-content`` of paragraphs with a "Pānui anō:" line between them, the share bar and "Ētahi atu
    kōrero"."""
    return _doc(page_, "mi", (
        f'<header class="header"><a class="logo" href="/">{page_["site"]}</a><ul class="nav">{_links(("Kāinga", "Ngā Take", "Hākinakina", "Taiao", "Whakaata"), "/")}</ul></header>'
        '<main><article class="article">'
        f'<h1 class="article-title">{page_["title"]}</h1><p class="article-summary">{page_["deck"]}</p>'
        f'<div class="article-byline"><span>{page_["author"]}</span> <time>16 Haratua 2024</time></div>'
        '<figure><img src="/img/kura.jpg" alt=""><figcaption>Ko ngā tamariki o te kura i Rotorua. Whakaahua: Te Ao Māori News</figcaption></figure>'
        f'<div class="article-content">{article}</div>'
        '<div class="share"><span>Tohaina</span> <a href="#">Facebook</a> <a href="#">X</a></div></article>'
        f'<aside class="more"><h3>Ētahi atu kōrero</h3><ul>{_lis(("Ka tū te Kapa Haka ki Taranaki", "He whare hou mō te marae o Ōhinemutu"), "/")}</ul></aside></main>'
        '<footer><p>© 2024 Whakaata Māori</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Kinyarwanda (IGIHE-like)
def kinyarwanda(page_: dict, article: str) -> str:
    """A Kinyarwanda portal, IGIHE-like: ``div.fulltext`` of paragraphs with a bold "Soma nanone:" line and an
    advert slot labelled "Kwamamaza" between them, the share bar, a comment prompt and "Inkuru bijyanye"."""
    return _doc(page_, "rw", (
        f'<header class="header"><a class="logo" href="/">{page_["site"]}</a><ul class="menu">{_links(("Amakuru", "Politiki", "Ubukungu", "Imikino", "Imyidagaduro"), "/")}</ul></header>'
        '<main><article class="article">'
        f'<h1 class="titre">{page_["title"]}</h1><div class="infos"><span class="auteur">Yanditswe na {page_["author"]}</span> <time>Ku wa 16 Gicurasi 2024</time></div>'
        '<figure><img src="/IMG/umuhanda.jpg" alt=""><figcaption>Umuhanda mushya i Musanze. Ifoto: IGIHE</figcaption></figure>'
        f'<div class="fulltext">{article}</div>'
        '<div class="share"><a href="#">Sangiza</a> <a href="#">Facebook</a> <a href="#">X</a></div>'
        '<div class="comments-prompt"><p>Tanga igitekerezo cyawe kuri iyi nkuru.</p></div></article>'
        f'<aside class="related"><h3>Inkuru bijyanye</h3><ul>{_lis(("Ibiciro by’ingendo byagabanutse", "Abanyeshuri bahawe mudasobwa nshya"), "/")}</ul></aside></main>'
        '<footer><p>© 2024 IGIHE Ltd</p></footer>'
    ))  # fmt: skip


def rw_ad() -> tuple[str, None]:
    return (
        '<div class="pub-inline"><span class="pub-label">Kwamamaza</span><div id="div-gpt-ad-2"></div></div>',
        None,
    )


# ---------------------------------------------------------------- Faroese (Kringvarp-like)
def faroese(page_: dict, article: str) -> str:
    """A Faroese broadcaster's news page, Kringvarp Føroya-like: a consent box first, ``div.field-body`` of
    paragraphs with a "Les eisini:" line between them, "Fleiri tíðindi"."""
    return _doc(page_, "fo", (
        _cookie("Vit brúka cookies fyri at betra tína uppliving á heimasíðuni og til hagtøl.", "Góðtak", "Les meira")
        + f'<header class="header"><a class="logo" href="/">{page_["site"]}</a><ul class="nav">{_links(("Tíðindi", "Ítróttur", "Mentan", "Sjónvarp", "Útvarp"), "/")}</ul></header>'
        '<main><article class="node-news">'
        f'<h1 class="page-title">{page_["title"]}</h1><div class="submitted"><span>{page_["author"]}</span> <time>16.05.2024 kl. 09:40</time></div>'
        '<figure><img src="/files/ferja.jpg" alt=""><figcaption>Ferjan Smyril á veg til Suðuroyar. Mynd: KVF</figcaption></figure>'
        f'<div class="field-body">{article}</div>'
        '<div class="share"><a href="#">Deil</a> <a href="#">Facebook</a></div></article>'
        f'<aside class="more"><h3>Fleiri tíðindi</h3><ul>{_lis(("Nýggj undirsjóvartunnil opnar í desember", "Laksaprísurin fallin aftur"), "/tidindi/")}</ul></aside></main>'
        '<footer><p>© 2024 Kringvarp Føroya</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Sitecore (SXA renderings)
def sitecore(page_: dict, article: str) -> str:
    """An energy company's newsroom on Sitecore SXA: every rendering a ``div.component`` with a
    ``div.component-content``; the story in ``component rich-text`` renderings, a "Media enquiries" rich text,
    a "Related news" promo list and a "Was this page helpful?" rendering after."""
    return _doc(page_, "en-GB", (
        '<div id="header" class="container"><div class="component logo"><div class="component-content"><a href="/">' + page_["site"] + '</a></div></div>'
        f'<nav class="component navigation"><div class="component-content"><ul>{_links(("About us", "Our energy", "Sustainability", "Investors", "News"), "/")}</ul></div></nav></div>'
        '<main><div id="content" class="container"><div class="component breadcrumb"><div class="component-content"><ol><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ol></div></div>'
        f'<div class="component title"><div class="component-content"><h1 class="field-title">{page_["title"]}</h1></div></div>'
        '<div class="component date"><div class="component-content"><span class="field-date">16 May 2024</span></div></div>'
        '<div class="component image"><div class="component-content"><img src="/-/media/project/news/wind-farm.jpg" alt=""><span class="image-caption field-imagecaption">Turbines at the Moray East site. Credit: Northwind Energy</span></div></div>'
        f'{article}'
        '<div class="component rich-text media-contact"><div class="component-content"><h3>Media enquiries</h3><p>Press office: +44 20 5555 0100 · <a href="mailto:press@northwind.example">press@northwind.example</a></p></div></div>'
        f'<div class="component promo-list"><div class="component-content"><h2>Related news</h2><ul>{_lis(("Northwind reports first-quarter results", "New apprenticeship scheme opens in Aberdeen"), "/news/")}</ul></div></div>'
        '<div class="component feedback"><div class="component-content"><p>Was this page helpful?</p><button>Yes</button> <button>No</button></div></div></div></main>'
        '<footer><div class="component rich-text"><div class="component-content"><p>© 2024 Northwind Energy plc. Registered in Scotland.</p></div></div></footer>'
    ), ld=False)  # fmt: skip


def _wrapped(opening: str, closing: str, *parts: tuple[str, str]) -> tuple[str, str]:
    """The story's parts in one wrapper element (a CMS's rendering or block), their text the gold's."""
    return opening + "".join(m for m, _ in parts) + closing, "\n\n".join(t for _, t in parts if t)


def sc_text(*parts: tuple[str, str]) -> tuple[str, str]:
    """A ``component rich-text`` rendering of the story's parts."""
    return _wrapped(
        '<div class="component rich-text"><div class="component-content">', "</div></div>", *parts
    )


# ---------------------------------------------------------------- Umbraco (a council's block list)
def umbraco(page_: dict, article: str) -> str:
    """A city council's news on Umbraco: the summary ``p.lead`` under the title, the block list rendered as
    ``div.umb-block-list`` of ``div.block--<type>`` (rich text, a callout, a quote), "Share this page", the
    "Sign up for email updates" box and the gov-style feedback footer."""
    return _doc(page_, "en-GB", (
        '<div class="cookie-banner" role="region" aria-label="Cookies on the council website"><h2>Cookies on our website</h2><p>We use some essential cookies to make this website work. We would like to set additional cookies to understand how you use the website.</p><button>Accept additional cookies</button> <button>Reject additional cookies</button></div>'
        f'<header class="site-header"><a class="site-header__logo" href="/">{page_["site"]}</a><ul class="site-header__nav">{_links(("Bins and recycling", "Council tax", "Parking", "Planning", "Housing"), "/")}</ul></header>'
        '<main id="main-content"><div class="breadcrumbs"><a href="/">Home</a> › <a href="/news">News</a></div><article class="news-article">'
        f'<h1>{page_["title"]}</h1><p class="lead">{page_["deck"]}</p><p class="news-article__date">Published: 16 May 2024</p>'
        f'<div class="umb-block-list">{article}</div>'
        '<div class="share-page"><h2>Share this page</h2><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div></article>'
        '<section class="email-updates"><h2>Sign up for email updates</h2><p>Get the latest council news straight to your inbox.</p><a class="button" href="/subscribe">Sign up</a></section>'
        '<section class="feedback"><p>Is there anything wrong with this page? <a href="/feedback">Tell us</a></p></section></main>'
        '<footer><p>© 2024 Riverbridge City Council</p></footer>'
    ), ld=False)  # fmt: skip


def um_text(*parts: tuple[str, str]) -> tuple[str, str]:
    return _wrapped('<div class="block block--rich-text">', "</div>", *parts)


def um_callout(heading: str, text: str) -> tuple[str, None]:
    """A callout pointing elsewhere: furniture."""
    return (
        f'<div class="block block--callout"><h3>{heading}</h3><p>{text} <a href="/roadworks">Find out more about roadworks</a></p></div>',
        None,
    )


# ---------------------------------------------------------------- Liferay (a ministry's portal)
def liferay(page_: dict, article: str) -> str:
    """A ministry's news on Liferay DXP: every block a ``section.portlet`` in ``div.portlet-boundary``; the story
    a web content display (``div.journal-content-article``), an asset publisher of "Other news", the "Rate this
    page" portlet and a "Subscribe" link."""
    return _doc(page_, "en", (
        f'<header id="banner" role="banner"><a class="logo" href="/web/guest">{page_["site"]}</a><nav id="navigation"><ul>{_links(("Home", "Ministry", "Services", "News", "Contact"), "/web/guest/")}</ul></nav></header>'
        '<section id="content"><div class="columns-2" id="main-content" role="main"><div class="portlet-layout row"><div class="col-md-8 portlet-column" id="column-1">'
        '<div class="portlet-boundary portlet-boundary_com_liferay_journal_content_web_portlet_JournalContentPortlet_" id="p_p_id_journal_1_">'
        '<section class="portlet" id="portlet_journal_1"><div class="portlet-content"><div class="portlet-content-container"><div class="portlet-body">'
        '<div class="journal-content-article" data-analytics-asset-type="web-content">'
        f'<h1 class="news-title">{page_["title"]}</h1><p class="news-date">16/05/2024</p>{article}</div>'
        '<div class="asset-links"><a href="#">Print</a> <a class="taglib-social-bookmarks" href="#">Share</a></div>'
        '</div></div></div></section></div>'
        '<div class="portlet-boundary portlet-boundary_com_liferay_ratings_web_portlet_" id="p_p_id_ratings_"><section class="portlet"><div class="portlet-content"><p>Rate this page</p><div class="ratings-stars">☆☆☆☆☆</div></div></section></div></div>'
        '<div class="col-md-4 portlet-column" id="column-2"><div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_" id="p_p_id_asset_"><section class="portlet"><h2 class="portlet-title-text">Other news</h2>'
        f'<div class="portlet-content"><ul>{_lis(("Ministry opens consultation on rural schools", "New rules for school transport published"), "/web/guest/news/")}</ul><a href="/web/guest/news/rss">Subscribe to this feed</a></div></section></div></div></div></div></section>'
        '<footer id="footer"><p>© 2024 Ministry of Education. Powered by Liferay</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- a Contentful-driven single-page app
def contentful(page_: dict, article: str) -> str:
    """A magazine's React single-page app on Contentful: an empty ``div#root`` and the entry in
    ``window.__PRELOADED_STATE__`` as Contentful's rich-text document (``nodeType`` paragraph, heading-2, text
    nodes with ``value``); ``article`` is that JSON."""
    return _doc(page_, "en-US", (
        '<noscript>You need to enable JavaScript to run this app.</noscript><div id="root"></div>'
        f'<script>window.__PRELOADED_STATE__ = {article};</script>'
        '<script src="/static/js/main.4f2a9c.js"></script>'
    ))  # fmt: skip


def contentful_state(page_id: str, title: str, author: str, nodes: list[tuple[str, str]]) -> tuple[str, str]:
    """The preloaded state holding the entry's rich-text document; the gold is its blocks' text."""

    def block(kind: str, text: str) -> dict:
        return {
            "nodeType": kind,
            "data": {},
            "content": [{"nodeType": "text", "value": text, "marks": [], "data": {}}],
        }

    state = {
        "router": {"location": {"pathname": f"/stories/{page_id}"}},
        "entries": {
            "byId": {
                "5KsDBWseXY6QegucYAoacS": {
                    "sys": {"id": "5KsDBWseXY6QegucYAoacS", "contentType": {"sys": {"id": "article"}}},
                    "fields": {
                        "title": title,
                        "slug": page_id,
                        "author": {
                            "fields": {
                                "name": author,
                                "bio": "Writes about cities and how people move through them.",
                            }
                        },
                        "body": {
                            "nodeType": "document",
                            "data": {},
                            "content": [block(k, t) for k, t in nodes],
                        },
                        "relatedStories": [{"fields": {"title": "The quiet return of the trolleybus"}}],
                    },
                }
            }
        },
        "newsletter": {"cta": "Get our weekly dispatch in your inbox"},
    }
    html = json.dumps(state, ensure_ascii=False).replace("</", "<\\/")
    return html, "\n\n".join(t for _, t in nodes)


# ---------------------------------------------------------------- Statamic (a magazine's Q&A interview)
def statamic(page_: dict, article: str) -> str:
    """An arts magazine's interview on Statamic (Antlers templates): an intro ``div.intro`` under the title, the
    Bard field rendered as ``div.bard-content`` of bold questions and answers, a "More interviews" grid and a
    newsletter box; the interviewee's bio box after the body."""
    return _doc(page_, "en", (
        f'<header class="masthead"><a class="masthead__logo" href="/">{page_["site"]}</a><ul class="masthead__nav">{_links(("Art", "Film", "Music", "Books", "Interviews"), "/")}</ul></header>'
        '<main><article class="entry entry--interview">'
        f'<p class="entry__kicker">Interview</p><h1 class="entry__title">{page_["title"]}</h1><div class="intro"><p>{page_["deck"]}</p></div>'
        f'<p class="entry__byline">Interview by {page_["author"]} · 16 May 2024</p>'
        '<figure class="entry__image"><img src="/assets/interviews/potter.jpg" alt=""><figcaption>Ines Moreau in her studio in Marseille. Photograph: Luc Bernard</figcaption></figure>'
        f'<div class="bard-content">{article}</div>'
        '<div class="bio-box"><h3>About Ines Moreau</h3><p>Ines Moreau is a ceramicist based in Marseille. Her show <em>Slow Fire</em> runs until 30 June.</p></div></article>'
        f'<section class="more-interviews"><h2>More interviews</h2><ul>{_lis(("The weaver who maps rivers in thread", "A printmaker on the joy of mistakes"), "/interviews/")}</ul></section>'
        '<section class="newsletter-box"><h2>The Friday Letter</h2><p>Our pick of the week in art and culture, every Friday.</p><form><input type="email" placeholder="Your email"><button>Subscribe</button></form></section></main>'
        '<footer><p>© 2024 Kiln &amp; Canvas. Built with Statamic.</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- a rugby club's match report on Storyblok
def storyblok(page_: dict, article: str) -> str:
    """A rugby club's match report on a Storyblok-driven site: ``div.match-report__body`` of rich text and a
    line-up table, a score header, a "Buy tickets" banner, the sponsor strip and "Latest news"."""
    return _doc(page_, "en-GB", (
        f'<header class="club-header"><a class="club-header__crest" href="/">{page_["site"]}</a><ul class="club-header__nav">{_links(("News", "Fixtures", "Tickets", "Shop", "Academy"), "/")}</ul></header>'
        '<div class="tickets-banner"><p>Next home game: Saturday 25 May. <a href="/tickets">Buy tickets</a></p></div>'
        '<main><article class="match-report">'
        '<div class="score-header"><span class="team">Harbourside</span> <span class="score">27 – 19</span> <span class="team">Valley RFC</span><span class="venue">The Quay Ground · Att: 6,412</span></div>'
        f'<h1 class="match-report__title">{page_["title"]}</h1><p class="match-report__meta">{page_["author"]} · 16 May 2024</p>'
        '<figure><img src="https://a.storyblok.com/f/1/try.jpg" alt=""><figcaption>Tom Hale dives over for the opening try. Photo: Harbourside RFC</figcaption></figure>'
        f'<div class="match-report__body">{article}</div>'
        '<div class="share"><a href="#">Share</a> <a href="#">X</a> <a href="#">Facebook</a></div></article>'
        '<section class="sponsors"><p>Official partners</p><ul><li>Harbour Ales</li><li>Quayside Motors</li></ul></section>'
        f'<section class="latest-news"><h2>Latest news</h2><ul>{_lis(("Academy graduates sign senior deals", "Season tickets on sale now"), "/news/")}</ul></section></main>'
        '<footer><p>© 2024 Harbourside Rugby Football Club</p></footer>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- a newspaper's AMP page
def amp(page_: dict, article: str) -> str:
    """A regional paper's AMP page: ``amp-consent``'s notice, ``div.article-body`` of paragraphs with an
    ``amp-ad`` labelled "Advertisement" and an ``amp-img`` with its caption between them, ``amp-social-share``
    buttons, a "Subscribe for full access" teaser and a "Read more" card list."""
    head = (
        '<script async src="https://cdn.ampproject.org/v0.js"></script>'
        "<style amp-boilerplate>body{visibility:hidden}</style><style amp-custom>.article-body p{margin:0 0 1em}</style>"
    )
    return _doc(page_, "en-NZ", (
        '<amp-consent id="consent" layout="nodisplay"><div class="consent-ui" id="consent-ui"><p>We use cookies to give you the best experience and to show you relevant ads. Manage your choices at any time.</p><button on="tap:consent.accept">Accept</button> <button on="tap:consent.reject">Reject</button></div></amp-consent>'
        f'<header class="amp-header"><a href="/">{page_["site"]}</a><button on="tap:sidebar.toggle">Menu</button></header>'
        f'<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul>{_links(("News", "Business", "Sport", "Entertainment", "Opinion"), "/")}</ul></amp-sidebar>'
        '<main><article class="article">'
        f'<h1 class="article-headline">{page_["title"]}</h1><div class="article-byline">By {page_["author"]} · <time>16 May 2024, 5:00am</time></div>'
        f'<div class="article-body">{article}</div>'
        '<div class="share-bar"><amp-social-share type="facebook" width="40" height="40"></amp-social-share><amp-social-share type="twitter" width="40" height="40"></amp-social-share><amp-social-share type="email" width="40" height="40"></amp-social-share></div>'
        '<div class="premium-teaser"><h3>Subscribe for full access</h3><p>Get unlimited access to local journalism for $1.99 a week.</p><a href="/subscribe">Subscribe now</a></div></article>'
        f'<section class="read-more"><h2>Read more</h2><ul>{_lis(("Council backs new cycleway for Riccarton Rd", "Weather: cold snap to bring snow to low levels"), "/news/")}</ul></section></main>'
        '<footer><p>© 2024 Southern Press Ltd. <a href="/news/canonical">View full site</a></p></footer>'
    ), head=head)  # fmt: skip


def amp_ad() -> tuple[str, None]:
    return (
        '<div class="ad-container"><span class="ad-label">Advertisement</span><amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/news/article"></amp-ad></div>',
        None,
    )


def amp_img(caption: str) -> tuple[str, None]:
    return (
        f'<figure><amp-img src="/img/bridge.jpg" width="1200" height="800" layout="responsive"></amp-img><figcaption>{caption}</figcaption></figure>',
        None,
    )


# ---------------------------------------------------------------- a Hashnode blog
def hashnode(page_: dict, article: str) -> str:
    """A developer's blog on Hashnode: the cover, the title and the author row, ``div.prose`` holding the post
    (headings, code blocks), then the reactions bar, "Subscribe to my newsletter", the author card and "More
    articles"."""
    return _doc(page_, "en", (
        f'<header class="blog-header"><a class="blog-title" href="/">{page_["site"]}</a><ul class="blog-nav">{_links(("Home", "Series", "Newsletter", "About"), "/")}</ul></header>'
        '<main><article class="post">'
        '<div class="post-cover"><img src="https://cdn.hashnode.com/res/hashnode/image/upload/cover.png" alt=""></div>'
        f'<h1 class="post-title">{page_["title"]}</h1><div class="post-author-row"><a href="/@dana">{page_["author"]}</a> · <span>May 16, 2024</span> · <span>6 min read</span></div>'
        f'<div class="prose">{article}</div>'
        '<div class="reactions-bar"><button>❤ 42</button> <button>💬 7</button> <button>Share</button></div>'
        '<section class="newsletter-widget"><h3>Subscribe to my newsletter</h3><p>Read articles from Dana Writes Code directly inside your inbox. Subscribe to the newsletter, and don\'t miss out.</p><form><input type="email" placeholder="you@example.com"><button>Subscribe</button></form></section>'
        f'<div class="author-card"><img src="/avatar.png" alt=""><h3>{page_["author"]}</h3><p>Backend engineer. I write about databases and the bugs that taught me things.</p><button>Follow</button></div></article>'
        f'<section class="more-articles"><h2>More articles</h2><ul>{_lis(("Why our cron jobs ran twice", "A gentle guide to EXPLAIN ANALYZE"), "/")}</ul></section></main>'
        '<footer><p>©2024 Dana Writes Code · <a href="https://hashnode.com">Powered by Hashnode</a></p></footer>'
    ))  # fmt: skip


def code(text: str, lang: str = "python") -> tuple[str, str]:
    return f'<pre><code class="language-{lang}">{text}</code></pre>', text


# ---------------------------------------------------------------- Magnolia (a railway's press release)
def magnolia(page_: dict, article: str) -> str:
    """A railway's media release on Magnolia CMS: ``div.text-section`` components of the release under a
    "Media release" kicker, the "Media contact" box, "Downloads" (press photos) and "Further media releases"."""
    return _doc(page_, "en", (
        f'<header class="page-header"><a class="logo" href="/en/">{page_["site"]}</a><ul class="meta-nav">{_links(("Timetable", "Tickets", "Company", "Media", "Careers"), "/en/")}</ul></header>'
        '<main class="main"><div class="breadcrumb"><a href="/en/">Home</a> / <a href="/en/media">Media</a> / Media releases</div>'
        f'<div class="mod-heading"><p class="kicker">Media release · Bern, 16 May 2024</p><h1>{page_["title"]}</h1></div>'
        f'<div class="content-area">{article}</div>'
        '<div class="text-section media-contact"><h2>Media contact</h2><p>Alpine Rail Media Service<br>+41 51 555 00 00<br><a href="mailto:press@alpinerail.example">press@alpinerail.example</a></p></div>'
        '<div class="downloads"><h2>Downloads</h2><ul><li><a href="/dam/photo1.jpg">Press photo: the new tilting train (JPG, 4 MB)</a></li></ul></div>'
        f'<aside class="further-releases"><h2>Further media releases</h2><ul>{_lis(("Passenger numbers reach record in 2023", "Night train to Rome from December"), "/en/media/")}</ul></aside></main>'
        '<footer><p>© Alpine Rail Ltd 2024 · <a href="#">Legal</a> · <a href="#">Data protection</a></p></footer>'
    ))  # fmt: skip


def mg_text(*parts: tuple[str, str]) -> tuple[str, str]:
    return _wrapped('<div class="text-section">', "</div>", *parts)


SKINS.update(
    r18_sindhi=sindhi,
    r18_zaobao=zaobao,
    r18_kreyol=kreyol,
    r18_maori=maori,
    r18_kinyarwanda=kinyarwanda,
    r18_faroese=faroese,
    r18_sitecore=sitecore,
    r18_umbraco=umbraco,
    r18_liferay=liferay,
    r18_contentful=contentful,
    r18_statamic=statamic,
    r18_storyblok=storyblok,
    r18_amp=amp,
    r18_hashnode=hashnode,
    r18_magnolia=magnolia,
)

# ================================================================ the pages
page(
    "r18-sd-awamiawaz-barrage",
    "Sindhi daily, Awami Awaz-like, right to left (news-detail of paragraphs with a bold هي به پڙهو: line between them, a WhatsApp channel call closing it)",
    "r18_sindhi",
    "ڪوٽڙي بئراج جي مرمت جو ڪم آڪٽوبر ۾ مڪمل ٿيندو",
    "عبدالرحمان سومرو",
    "2024-05-16T10:00:00+05:00",
    [
        p(
            "حيدرآباد: سنڌ جي آبپاشي کاتي چيو آهي ته ڪوٽڙي بئراج جي دروازن جي مرمت جو ڪم آڪٽوبر تائين مڪمل ڪيو ويندو، جنهن بعد هيٺين سنڌ جي واهن ۾ پاڻي جي فراهمي بهتر ٿيندي."
        ),
        p(
            "کاتي جي سيڪريٽري ٻڌايو ته بئراج جا ويهه دروازا بدلايا پيا وڃن ۽ ان ڪم تي چار ارب رپيا خرچ ٿيندا، جيڪي عالمي بئنڪ جي مدد سان ڏنا پيا وڃن."
        ),
        _also("هي به پڙهو:", "ٺٽي ۽ بدين ۾ آبادگارن پاڻي جي کوٽ خلاف ڌرڻو هنيو", "/news/1"),
        p(
            "آبادگارن جي تنظيم جي اڳواڻ چيو ته مرمت سبب گذريل ٻن سالن کان پڇڙيءَ وارن علائقن تائين پاڻي پورو نه پهتو آهي ۽ فصلن کي نقصان ٿيو آهي."
        ),
        p("آبپاشي کاتي موجب خريف جي موسم ۾ واهن کي پاڻي وارابندي تحت ڏنو ويندو."),
    ],
    site="عوامي آواز",
)
page(
    "r18-zh-zaobao-mrt",
    "Singapore Chinese daily, Lianhe Zaobao-like (articleBody of p under the cover's caption, a paywall teaser after the opening, 相关新闻, a newsletter box)",
    "r18_zaobao",
    "汤申—东海岸线第四阶段明年上半年通车　新增七个地铁站",
    "陈佳慧",
    "2024-05-16T05:00:00+08:00",
    [
        p(
            "汤申—东海岸线第四阶段预计明年上半年通车，届时将新增七个地铁站，东部居民前往市区的车程可缩短多达20分钟。"
        ),
        p(
            "陆路交通管理局昨天（5月15日）在媒体参观活动上说，第四阶段的轨道铺设和系统测试已完成超过九成，接下来将进行为期数月的试运行。"
        ),
        p(
            "交通部长在参观时说：“新路段通车后，东部居民将多一个往返市区的选择，也能减轻东西线在繁忙时段的负荷。”"
        ),
    ],
    site="联合早报",
)
page(
    "r18-ht-ayibopost-lekol",
    "Haitian Creole site, Ayibopost-like on WordPress (td-post-content of paragraphs with a Li tou: line between them, an author box, a donation appeal)",
    "r18_kreyol",
    "Plis pase 300 lekòl fèmen nan Nò a akoz ensekirite ak mank lajan",
    "Widlore Mérancourt",
    "2024-05-16T08:00:00-04:00",
    [
        p(
            "Plis pase 300 lekòl nan depatman Nò a fèmen pòt yo depi kòmansman ane lekòl la, selon chif Ministè Edikasyon Nasyonal la. Anpil paran di yo pa gen mwayen pou voye pitit yo lekòl nan lòt zòn."
        ),
        p(
            "Direktè yon lekòl nan Okap eksplike ke pwofesè yo pa touche depi sis mwa, e pifò nan yo kite travay la pou y al chèche lòt opòtinite."
        ),
        _also("Li tou:", "Kijan kriz kouran an afekte elèv yo", "/2024/kriz-kouran", bold=False),
        p(
            "\u201cNou pa ka kontinye konsa. Timoun yo ap pèdi ane apre ane,\u201d yon manman ki gen twa pitit di Ayibopost."
        ),
        p(
            "Ministè a di li gen yon plan pou relouvri 150 lekòl anvan fen ane a avèk èd plizyè òganizasyon entènasyonal."
        ),
    ],
    site="Ayibopost",
)
page(
    "r18-mi-teaomaori-kura",
    "Māori-language news, Te Ao Māori News-like (a lead under the headline, article-content of paragraphs with a Pānui anō: line between them)",
    "r18_maori",
    "Ka whakatuwheratia he kura reo Māori hou ki Rotorua",
    "Te Aniwa Hurihanganui",
    "2024-05-16T09:00:00+12:00",
    [
        p(
            "Kua whakatuwheratia he kura kaupapa Māori hou ki Rotorua i tēnei wiki, ā, neke atu i te 120 ngā tamariki kua rēhitatia mō te tau tuatahi."
        ),
        p(
            "Hei tā te tumuaki, i hangaia te kura hei whakautu i te tono a ngā whānau o te rohe e hiahia ana kia ako ā rātou tamariki i roto i te reo Māori anake."
        ),
        _also("Pānui anō:", "Ka piki te tokomaha o ngā kaiako reo Māori", "/korero/1"),
        p(
            "\u201cKo te reo te mauri o tō tātou iwi. Mā te kura nei e ora tonu ai te reo mō ngā whakatupuranga e heke mai ana,\u201d te kī a te tumuaki."
        ),
        p("Ka whakatūria he whare hou mō te kura ā tērā tau."),
    ],
    deck="Neke atu i te 120 ngā tamariki kua rēhitatia mō te tau tuatahi o te kura hou.",
    site="Te Ao Māori News",
)
page(
    "r18-rw-igihe-umuhanda",
    "Kinyarwanda portal, IGIHE-like (fulltext of paragraphs with a bold Soma nanone: line and a Kwamamaza advert slot between them, a comment prompt)",
    "r18_kinyarwanda",
    "Umuhanda Musanze-Cyanika ugiye kwagurwa mu mwaka utaha",
    "Nshimiyimana Jean Paul",
    "2024-05-16T10:30:00+02:00",
    [
        p(
            "Minisiteri y'Ibikorwa Remezo yatangaje ko umuhanda uhuza Musanze na Cyanika ugiye kwagurwa no kuvugururwa guhera mu mwaka utaha, imirimo ikazatwara miliyari 40 z'amafaranga y'u Rwanda."
        ),
        p(
            "Umuyobozi mu kigo gishinzwe ubwikorezi yavuze ko uyu muhanda w'ibilometero 25 uzaba ufite inzira zihariye z'abanyamaguru n'amagare."
        ),
        _also("Soma nanone:", "Ibiciro by'ingendo mu mujyi wa Kigali byagabanutse", "/amakuru/1"),
        raw(*rw_ad()),
        p(
            "Abaturage bo muri aka karere bavuga ko uyu muhanda uzorohereza abacuruzi bajyana ibicuruzwa ku mupaka wa Uganda."
        ),
        p("Biteganyijwe ko imirimo izarangira mu myaka ibiri."),
    ],
    site="IGIHE",
)
page(
    "r18-fo-kvf-ferja",
    "Faroese broadcaster's news, Kringvarp-like (a consent box, field-body of paragraphs with a Les eisini: line between them, Fleiri tíðindi)",
    "r18_faroese",
    "Nýggj ferja til Suðuroyar verður klár í 2026",
    "Jóhanna Poulsen",
    "2024-05-16T09:40:00+00:00",
    [
        p(
            "Landsverk hevur undirskrivað sáttmála við eitt skipasmiðju í Noregi um at byggja eina nýggja ferju til Suðuroyar. Ferjan verður væntandi klár at sigla summarið 2026."
        ),
        p(
            "Nýggja ferjan fær pláss fyri 200 bilum og 900 ferðafólkum, og hon skal sigla bæði við olju og elektriskum streymi."
        ),
        _also("Les eisini:", "Nýggj undirsjóvartunnil opnar í desember", "/tidindi/1", bold=False),
        p(
            "\u201cHetta er ein stórur dagur fyri Suðuroynna. Ferðafólkini hava longi bíðað eftir einari størri og betri ferju,\u201d sigur landsstýrismaðurin."
        ),
        p("Sáttmálin hevur eitt virði upp á 450 milliónir krónur."),
    ],
    site="Kringvarp Føroya",
)
page(
    "r18-uk-sitecore-windfarm",
    "Energy company's newsroom on Sitecore SXA (component rich-text renderings holding the story, an image caption with a credit, a media enquiries rich text, a promo list, a feedback rendering)",
    "r18_sitecore",
    "Northwind completes Scotland's largest battery storage site",
    "Northwind Energy",
    "2024-05-16T07:00:00+01:00",
    [
        sc_text(
            p(
                "Northwind Energy has completed a 300-megawatt battery storage site next to its Moray East wind farm, the largest of its kind in Scotland."
            ),
            p(
                "The site can store enough electricity to power around 400,000 homes for two hours and will help balance the grid when the wind drops or demand peaks in the evening."
            ),
        ),
        sc_text(
            h("Reducing curtailment"),
            p(
                "Wind farms in the north of Scotland are often paid to switch off when the grid cannot carry their power south. Storing that power and releasing it later should cut those payments, the company said."
            ),
            p(
                "\u201cBatteries let us keep the turbines turning and use every unit of clean power we generate,\u201d said chief executive Fiona Grant."
            ),
        ),
        sc_text(
            p(
                "Construction began in 2022 and employed around 250 people at its peak. A second site of the same size is planned near Peterhead."
            ),
        ),
    ],
    site="Northwind Energy",
)
page(
    "r18-uk-umbraco-bridge",
    "City council's news on Umbraco (a cookie banner, a lead under the title, a block list of rich-text blocks with a callout between them, Share this page, an email updates box, a feedback line)",
    "r18_umbraco",
    "Old Town Bridge to close for eight weeks of repairs",
    "Riverbridge City Council",
    "2024-05-16T12:00:00+01:00",
    [
        um_text(
            p(
                "Old Town Bridge will close to all traffic from Monday 3 June for eight weeks while we repair its deck and replace its worn expansion joints."
            ),
            p(
                "Inspections last year found water getting into the bridge's structure. Without repairs, we would have to put a weight limit on the bridge within two years."
            ),
        ),
        um_callout("Roadworks near you", "Check our roadworks map for all planned closures."),
        um_text(
            h("Diversions"),
            p(
                "Drivers will be diverted over Mill Street Bridge. Buses will use the same route, and temporary stops will be placed on Castle Street."
            ),
            p(
                "Pedestrians and cyclists will be able to use a temporary footbridge, which will stay open throughout the works except for two weekends."
            ),
        ),
    ],
    deck="The bridge will close from 3 June so that we can repair its deck and joints before winter.",
    site="Riverbridge City Council",
)
page(
    "r18-ie-liferay-schools",
    "Ministry's news on Liferay DXP (journal-content-article inside portlet boundaries, Print and Share links, a Rate this page portlet, an asset publisher of other news with an RSS link)",
    "r18_liferay",
    "Minister announces 1,200 new special education places",
    "Ministry of Education",
    "2024-05-16T11:00:00+01:00",
    [
        p(
            "The Minister for Education has announced 1,200 new places for children with special educational needs in primary and secondary schools for the coming school year."
        ),
        p(
            "The places will be provided in 180 new special classes and two new special schools, one in Cork and one in Dublin."
        ),
        h("Support for teachers"),
        p(
            "The Ministry will also fund 400 additional special needs assistants and a new training programme for teachers who take on special classes."
        ),
        p(
            "\u201cEvery child deserves a school place that meets their needs, close to home,\u201d the Minister said."
        ),
    ],
    site="Ministry of Education",
)
page(
    "r18-us-contentful-spa-trams",
    "Magazine's React single-page app on Contentful (an empty root div, the entry only in window.__PRELOADED_STATE__ as rich-text nodes with the author's bio, related stories and a newsletter call beside)",
    "r18_contentful",
    "Why American cities are falling back in love with streetcars",
    "Jordan Ellis",
    "2024-05-16T08:00:00-04:00",
    [
        contentful_state(
            "r18-us-contentful-spa-trams",
            "Why American cities are falling back in love with streetcars",
            "Jordan Ellis",
            [
                (
                    "paragraph",
                    "A decade ago, streetcars were the punchline of American urban planning: slow, expensive and stuck in traffic. Now a new generation of lines is winning riders back.",
                ),
                (
                    "paragraph",
                    "Kansas City's line, which opened in 2016 and never charged a fare, carried more than two million riders last year. An extension to the university opens next year.",
                ),
                ("heading-2", "Lanes of their own"),
                (
                    "paragraph",
                    "The difference, planners say, is that the new lines run in lanes of their own and come every ten minutes, not every twenty.",
                ),
                (
                    "paragraph",
                    "Critics still argue that buses could do the same job for less money. But cities that built streetcars say they have drawn new housing and shops to the streets they serve.",
                ),
            ],
        )
    ],
    site="Streets Quarterly",
)
page(
    "r18-fr-statamic-interview",
    "Arts magazine's Q&A interview on Statamic (an intro under the title, a Bard field of bold questions and answers, the interviewee's bio box, More interviews, a newsletter box)",
    "r18_statamic",
    "Ines Moreau: \u2018Clay remembers every mistake\u2019",
    "Sam Okafor",
    "2024-05-16T10:00:00+01:00",
    [
        p(
            "The Marseille ceramicist talks about failure, fire and why she still digs her own clay from the riverbank."
        ),
        *qa(
            "You dig your own clay. Why go to that trouble?",
            "Because the clay from the river behaves differently every season. In spring it is wet and heavy, in autumn it cracks if you rush it. It forces me to slow down and listen to the material.",
        ),
        *qa(
            "Your new show is called Slow Fire. What does that mean?",
            "I fire my pots in a wood kiln for three days. You cannot hurry it, and you cannot control it completely. The ash lands where it wants. Some pots come out broken, and I show those too.",
        ),
        *qa(
            "Why show the broken ones?",
            "Because clay remembers every mistake. A crack tells you where the maker was impatient. I think people find that honest.",
        ),
    ],
    deck="The Marseille ceramicist on failure, wood kilns and her new show, Slow Fire.",
    site="Kiln & Canvas",
)
page(
    "r18-uk-storyblok-rugby",
    "Rugby club's match report on a Storyblok site (a score header, a tickets banner, match-report__body of paragraphs, a heading and a line-up table, a sponsor strip, Latest news)",
    "r18_storyblok",
    "Hale double sinks Valley as Harbourside go top",
    "Club Media",
    "2024-05-16T17:30:00+01:00",
    [
        p(
            "Two tries from winger Tom Hale took Harbourside to the top of the table as they beat Valley RFC 27\u201319 in front of a sell-out crowd at the Quay Ground."
        ),
        p(
            "Hale opened the scoring after six minutes, running onto a long pass from fly-half Ben Carter, and added his second just after half-time to put the hosts 20\u201312 ahead."
        ),
        p(
            "Valley fought back through their pack, but a late turnover by captain Rhys Morgan set up replacement Josh Lee for the try that sealed the win."
        ),
        h("Line-up"),
        table(
            [
                ["No.", "Player", "Position"],
                ["1", "Dan Price", "Loosehead prop"],
                ["2", "Owen Rees", "Hooker"],
                ["3", "Sam Jones", "Tighthead prop"],
                ["7", "Rhys Morgan (c)", "Openside flanker"],
                ["10", "Ben Carter", "Fly-half"],
                ["11", "Tom Hale", "Left wing"],
                ["15", "Aled Evans", "Full-back"],
            ],
            cls="lineup-table",
        ),
    ],
    site="Harbourside RFC",
)
page(
    "r18-nz-amp-bridge",
    "Regional paper's AMP page (amp-consent's notice, article-body of paragraphs with an amp-ad labelled Advertisement and an amp-img caption between them, amp-social-share, a subscription teaser, a Read more list)",
    "r18_amp",
    "Christchurch bridge reopens a year late and $12m over budget",
    "Hannah Cole",
    "2024-05-16T05:00:00+12:00",
    [
        p(
            "The Avon River bridge on Fitzgerald Ave reopened to traffic on Wednesday, a year later than planned and $12 million over its original budget."
        ),
        p(
            "The city council said ground conditions had been far worse than expected, and the piles had to be driven twice as deep as designed."
        ),
        raw(*amp_ad()),
        p(
            "Mayor Phil Mauger said the delay had been frustrating for residents, but the new bridge would stand up to a major earthquake."
        ),
        raw(*amp_img("The new bridge on Fitzgerald Ave. Photo: Southern Press")),
        p(
            "Traffic counts show about 24,000 vehicles a day used the old bridge. The council expects the new one to carry more once nearby roadworks finish."
        ),
    ],
    site="The Southern Press",
)
page(
    "r18-dev-hashnode-retries",
    "Developer's blog on Hashnode (a cover, the author row, prose with headings and code blocks, a reactions bar, a newsletter widget, an author card with Follow, More articles)",
    "r18_hashnode",
    "The retry loop that took down our queue",
    "Dana Kowalski",
    "2024-05-16T09:00:00+00:00",
    [
        p(
            "Last Tuesday our job queue stopped processing for forty minutes. The cause was a retry loop I wrote two years ago, and it had been waiting for exactly the right outage."
        ),
        h("What happened"),
        p(
            "A downstream API started returning errors. Every worker retried immediately, with no delay, so a few hundred failing jobs turned into tens of thousands of requests a minute."
        ),
        code(
            "for attempt in range(5):\n    try:\n        return call_api(job)\n    except ApiError:\n        continue"
        ),
        h("The fix"),
        p(
            "We added exponential backoff with jitter, so that workers spread their retries out instead of hitting the API at the same moment."
        ),
        code("delay = min(60, 2 ** attempt) * random.uniform(0.5, 1.5)\ntime.sleep(delay)"),
        p("Since the change, the same kind of outage has cost us a few seconds, not forty minutes."),
    ],
    site="Dana Writes Code",
)
page(
    "r18-ch-magnolia-train",
    "Railway's media release on Magnolia CMS (a Media release kicker with place and date, text-section components, the media contact box, Downloads, Further media releases)",
    "r18_magnolia",
    "Alpine Rail orders 30 tilting trains for the Gotthard route",
    "Alpine Rail",
    "2024-05-16T10:00:00+02:00",
    [
        mg_text(
            p(
                "Alpine Rail has ordered 30 new tilting trains for services on the Gotthard route between Zurich and Lugano. The first trains will enter service in December 2027."
            ),
            p(
                "The order is worth 820 million francs. The trains will cut journey times by up to ten minutes on the winding sections south of the tunnel."
            ),
        ),
        mg_text(
            h("More seats and space for bikes"),
            p(
                "Each train will have 400 seats, a family zone and space for 12 bicycles. Wi-Fi will be available throughout."
            ),
            p(
                "\u201cThese trains will give our passengers more comfort and more reliable connections to Ticino,\u201d said CEO Markus Baumann."
            ),
        ),
    ],
    site="Alpine Rail",
)
