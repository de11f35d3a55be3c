"""The eighth round of ``bench/extraction_pages``: English pages (``r8-*``) from publishing chains and platforms
the first seven rounds lack, or from their markup's other shapes, each in a template written here after what the
family's pages emit (class names, nesting, and the furniture they put inside the story's body).

Chains: McClatchy (``article-body`` with "Related stories from ..." and "This story was originally published"),
Lee Enterprises on BLOX (a newsletter card and a "Catch the latest" teaser inside ``#article-body``), Hearst
newspapers (``article-body`` of ``res`` blocks, Coral comments), Reach plc's Mirror (``article-body``,
``read-more-links``, a newsletter box) and Express (``text-description``, "READ MORE:" and "DON'T MISS:" lines),
Newsquest (``article-body``, "Read more:" lines, a Google News call, Quantcast's ``qc-cmp2`` wall), News Corp
Australia (``story-body``, "READ MORE:", a paywall's "Continue reading" box), Postmedia (``article-content__
content-group`` sections split by "Article content" and "Advertisement" labels, OpenWeb comments), Nexstar
local television (a video first, a short text, the broadcaster's copyright notice), Sinclair local television
(CSS-module ``StoryText`` classes, a Trinity Audio "Listen to this article" player, Taboola and Outbrain rails).
Dotdash Meredith (``mntl-sc-block-html`` paragraphs, a bold newsletter call among them), Vox Media's Chorus
(``c-entry-content``, a "Related" aside and a newsletter box), the Daily Mail (``mol-para-with-font``, summary
bullets, a "RELATED ARTICLES" carousel). Platforms and outlets: a Substack post with footnotes, a WordPress VIP newsroom (``wp-block-post-content``, a
OneTrust banner), an Arc XP English paper (``article-body-wrapper``, ``c-paragraph``, Disqus), an NPR-style
transcript (speaker turns, the transcript disclaimer), a Bloomberg-style paywalled preview and a ProPublica
investigation (donation prompts, "Filed under", "Republish This Story"). The gold of every page was written
before nutgraf was run on it; it leaves out decks in the header, captions, the "originally published" and
copyright notices and every call to subscribe, donate, listen, follow or read another story; it keeps a
story's footnotes, a transcript's speaker labels and a closing credit ("Mollie Simon contributed research.").
"""

from __future__ import annotations

from articles import page
from fourth_round import _doc, _links
from furniture import SKINS
from parts import p, raw


def _lis(items: tuple[str, ...], href: str = "/a/") -> str:
    return "".join(f'<li><a href="{href}{i}">{t}</a></li>' for i, t in enumerate(items))


# ---------------------------------------------------------------- McClatchy
def mcclatchy(page_: dict, article: str) -> str:
    """A McClatchy paper: ``article.story-body`` with the header's ``h1.h1``, ``div.byline`` and ``time.update-date``,
    ``div.article-body`` of ``p`` with ``div.ad-container`` slots and a "Related stories from ..." box between,
    then "This story was originally published ..." and the "#ReadLocal" offer."""
    return _doc(page_, "en", (
        f'<header class="masthead"><a class="logo" href="/">{page_["site"]}</a><nav class="nav-menu"><ul>{_links(("Local", "Sports", "Politics", "Opinion", "Obituaries", "Real Estate"), "/news/")}</ul></nav>'
        '<a class="subscribe" href="/subscribe/">Subscribe</a></header>'
        '<main class="main-content"><article class="story-body" data-story-id="287612345">'
        '<div class="header"><div class="kicker"><a href="/news/local/">Local</a></div>'
        f'<h1 class="h1">{page_["title"]}</h1>'
        f'<div class="byline"><a class="ng-byline" href="/profile/1/">{page_["author"]}</a></div>'
        '<time class="update-date" datetime="2024-05-16T05:00:00-07:00">Updated May 16, 2024 8:41 AM</time>'
        '<div class="share-tools"><a href="#">Facebook</a><a href="#">X</a><a href="#">Email</a><a href="#">Comments</a></div></div>'
        '<figure class="img-container"><img src="/latest-news/abc/alternates/LANDSCAPE_1140/drain.jpg" alt="">'
        '<figcaption class="caption">A storm drain on Freeport Boulevard. <span class="photographer">Hector Amezcua hamezcua@sacbee.com</span></figcaption></figure>'
        f'<div class="article-body">{article}'
        '<p class="article-orig-pub">This story was originally published May 16, 2024, 5:00 AM.</p></div>'
        '<div class="ad-free-offer"><p>Get unlimited digital access</p><p>#ReadLocal</p><a href="/subscribe/">Try 1 month for $1</a></div></article>'
        '<section class="trending"><h2>Trending Stories</h2><ol>'
        + _lis(("Sacramento County sheriff names new undersheriff", "Kings arena parking rates jump for playoffs", "Where to find the best tacos in Midtown")) +
        '</ol></section></main><footer class="footer"><p>Copyright 2024 The Sacramento Bee. All rights reserved.</p></footer>'
    ))  # fmt: skip


def mc_ad(n: int) -> tuple[str, None]:
    return (
        f'<div class="ad-container" id="zone-el-{n}"><div class="ad-label">Advertisement</div><div id="zone-el-{n}-slot"></div></div>',
        None,
    )


def mc_related(site: str, *titles: str) -> tuple[str, None]:
    items = "".join(
        f'<li><a class="package-link" href="/news/r{i}.html">{t}</a></li>' for i, t in enumerate(titles)
    )
    return (
        f'<section class="package related-stories"><h3 class="package-title">Related stories from {site}</h3><ul>{items}</ul></section>',
        None,
    )


# ---------------------------------------------------------------- Lee Enterprises on BLOX
def lee(page_: dict, article: str) -> str:
    """A Lee Enterprises paper on TownNews BLOX: ``#article-body.asset-content.subscriber-premium`` holding
    ``div.subscriber-only`` paragraphs and, inside the body, a ``tncms-block`` newsletter card ("Get local news
    delivered to your inbox!") and a "Catch the latest in ..." teaser; the reporter's "Contact" line last."""
    return _doc(page_, "en", (
        '<div id="site-container"><header id="site-navbar-container"><div class="navbar">'
        f'<a class="navbar-brand" href="/">{page_["site"]}</a><ul class="nav navbar-nav">{_links(("News", "Sports", "Obituaries", "Opinion", "e-Edition"), "/section/")}</ul>'
        '<a class="btn tnt-subscribe" href="/subscribe/">Subscribe</a> <a href="/users/login/">Log In</a></div></header>'
        '<div id="main-page-container"><section id="main-body-container"><div class="row"><div class="col-lg-8">'
        '<article class="asset story" id="article_4f2" itemscope itemtype="http://schema.org/NewsArticle">'
        f'<header class="asset-header"><h1 class="headline"><span class="asset-headline" itemprop="headline">{page_["title"]}</span></h1>'
        f'<h2 class="subhead"><span>{page_["deck"]}</span></h2>'
        f'<span class="tnt-byline" itemprop="author"><a href="/users/profile/1" rel="author">{page_["author"]}</a></span> '
        '<time class="tnt-date asset-date" datetime="2024-05-16T19:30:00-05:00">May 16, 2024</time></header>'
        '<div class="share-container content-above"><ul class="list-inline"><li><a class="tnt-share-facebook">Facebook</a></li><li><a class="tnt-share-twitter">Twitter</a></li>'
        '<li><a class="tnt-share-email">Email</a></li><li><a class="tnt-print">Print</a></li><li><a class="tnt-save">Save</a></li></ul></div>'
        f'<div class="asset-body"><div id="article-body" class="asset-content subscriber-premium" itemprop="articleBody">{article}</div></div>'
        '<div class="asset-tags"><a href="/search/?t=school board">School board</a></div></article></div>'
        '<aside class="col-lg-4"><div class="card"><h3>Most Popular</h3><ul>'
        + _lis(("Crash on Highway 61 closes lanes", "Bluffs restaurant to reopen under new owner", "Prep roundup: Tigers sweep doubleheader")) +
        '</ul></div></aside></div></section></div>'
        f'<footer id="site-footer-container"><p>© Copyright 2024 {page_["site"]}, a Lee Enterprises company.</p><p>Powered by BLOX Content Management System from TownNews.com.</p></footer></div>'
    ))  # fmt: skip


def lee_p(text: str) -> tuple[str, str]:
    return f'<div class="subscriber-only"><p>{text}</p></div>', text


def lee_newsletter() -> tuple[str, None]:
    return (
        '<div id="tncms-region-article_instory_middle" class="tncms-region hidden-print"><div id="tncms-block-820143" class="tncms-block">'
        '<div class="card-panel panel panel-default"><div class="panel-body"><h4 class="block-title"><span class="tnt-section-tag">Get local news delivered to your inbox!</span></h4>'
        "<p>Sign up for our daily Headlines newsletter. Breaking news and the day’s top stories, every morning.</p>"
        '<form class="newsletter-form"><input type="email" placeholder="Email"><button class="btn btn-primary">Sign up!</button></form></div></div></div></div>',
        None,
    )


def lee_catch(section: str, title: str) -> tuple[str, None]:
    return (
        '<div class="tncms-block"><div class="tnt-inline-teaser"><div class="card-headline">'
        f'<p class="tnt-kicker">Catch the latest in {section}</p><h3><a href="/opinion/x.html">{title}</a></h3>'
        '<p class="card-lead">Get opinion pieces, letters and editorials sent directly to your inbox weekly!</p></div></div></div>',
        None,
    )


# ---------------------------------------------------------------- Hearst newspapers
def hearst(page_: dict, article: str) -> str:
    """A Hearst newspaper: ``article`` with ``header`` (``h1.article--headline``, ``div.article--byline``),
    ``section.article-body`` of ``div.res`` blocks (a paragraph each; others hold an ad or a "Related
    stories" card), the author's bio box, then the Coral comments embed ``#coral_thread``."""
    return _doc(page_, "en", (
        '<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">'
        '<div id="onetrust-policy"><p id="onetrust-policy-text">We use cookies and data to deliver and maintain our services, measure audience engagement and show personalized ads. '
        '<a href="/privacy/">Privacy Notice</a></p></div><div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept All Cookies</button>'
        '<button id="onetrust-pc-btn-handler">Cookie Settings</button></div></div></div>'
        f'<header class="nav"><a class="logo" href="/">{page_["site"]}</a><ul>{_links(("Local", "Food", "Sports", "Culture", "Real Estate"), "/")}</ul></header>'
        '<main><article class="article" data-hdn-article-type="standard"><header class="article--header">'
        '<div class="breadcrumbs"><a href="/food/">Food</a></div>'
        f'<h1 class="article--headline">{page_["title"]}</h1>'
        f'<div class="article--byline"><span class="byline-by">By</span> <a href="/author/1/">{page_["author"]}</a>, <span>Food Reporter</span>'
        '<time datetime="2024-05-16T06:00:00-07:00">May 16, 2024</time></div></header>'
        '<figure class="article--lead-image"><img src="/img/bakery.jpg" alt=""><figcaption>Loaves cool on racks at the Mission bakery. <span class="credit">Photo: Lea Suzuki/The Chronicle</span></figcaption></figure>'
        f'<section class="article-body" data-block-type="body">{article}</section>'
        f'<div class="article--author-bio"><p><strong>{page_["author"]}</strong> is a food reporter. Email: jdoe@sfchronicle.com</p></div>'
        '<div class="article--comments"><h2>Comments</h2><div id="coral_thread"></div>'
        '<script>Coral.createStreamEmbed({id:"coral_thread",rootURL:"https://coral.example",autoRender:true});</script>'
        '<noscript>Please enable JavaScript to view the comments.</noscript></div></article>'
        '<aside class="top-stories"><h2>Top of the News</h2><ul>'
        + _lis(("Muni to cut two bus lines in June", "Giants rally past Dodgers in 10th", "A new ferry route for the East Bay")) +
        '</ul></aside></main><footer><p>©2024 Hearst Communications, Inc.</p></footer>'
    ))  # fmt: skip


def res(text: str) -> tuple[str, str]:
    return f'<div class="res" data-block-type="paragraph"><p>{text}</p></div>', text


def res_ad(n: int) -> tuple[str, None]:
    return f'<div class="res ad-module" data-block-type="ad"><div id="A{n}" class="ad"></div></div>', None


def res_related(*titles: str) -> tuple[str, None]:
    items = "".join(f'<li><a href="/food/r{i}.php">{t}</a></li>' for i, t in enumerate(titles))
    return (
        f'<div class="res related-links" data-block-type="related"><h3>Related Stories</h3><ul>{items}</ul></div>',
        None,
    )


# ---------------------------------------------------------------- Reach plc: the Mirror
def mirror(page_: dict, article: str) -> str:
    """A Reach plc site (the Mirror): ``article.article-main`` with ``h1`` and ``p.sub-title``, the author and
    time in ``div.article-information``, ``div.article-body`` of ``p`` with ``aside.read-more-links`` ("Read More"
    and its links), a newsletter box and a "Don't miss" list between paragraphs; "Related Articles" after."""
    return _doc(page_, "en-GB", (
        '<div id="qc-cmp2-container"><div class="qc-cmp2-summary-section"><p>We value your privacy</p><p>We and our partners store and/or access information on a device, such as cookies and process personal data.</p>'
        '<button mode="primary">I ACCEPT</button><button mode="secondary">MORE OPTIONS</button></div></div>'
        f'<header class="mod-header"><a class="logo" href="/">{page_["site"]}</a><ul class="primary-nav">{_links(("News", "Politics", "Football", "Celebs", "TV", "Money"), "/")}</ul></header>'
        '<main class="mod-article"><article class="article-main" itemprop="mainEntity">'
        f'<h1 class="lead-article-title" itemprop="headline">{page_["title"]}</h1>'
        f'<p class="sub-title" itemprop="description">{page_["deck"]}</p>'
        f'<div class="article-information"><div class="author"><a href="/authors/1/" rel="author">{page_["author"]}</a> <span class="job-title">News Reporter</span></div>'
        '<ul class="time-info"><li><time datetime="2024-05-16T10:31:00+01:00">10:31, 16 May 2024</time></li></ul>'
        '<span class="comment-count"><a href="#comments-wrapper">Comments</a></span></div>'
        '<div class="social-share"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">Flipboard</a></div>'
        f'<div class="article-body" itemprop="articleBody">{article}</div>'
        '<div class="topic-list"><span>Get the latest news from the Mirror</span> <a href="/topic/rail">Rail strikes</a> <a href="/topic/trains">Trains</a></div></article>'
        '<section class="related-articles"><h3>Related Articles</h3><ul>'
        + _lis(("Rail fares to rise 4.9% from March", "Full list of trains cancelled this weekend", "Union boss warns of 'summer of strikes'")) +
        '</ul></section><div id="comments-wrapper"><div class="comments-header">Comments</div></div></main>'
        '<footer><p>© 2024 a Reach plc subsidiary</p></footer>'
    ))  # fmt: skip


def read_more_links(*titles: str) -> tuple[str, None]:
    items = "".join(f'<li><a href="/news/uk-news/r{i}">{t}</a></li>' for i, t in enumerate(titles))
    return (
        f'<aside class="read-more-links"><h3 class="read-more-links__title">Read More</h3><ul>{items}</ul></aside>',
        None,
    )


def reach_newsletter() -> tuple[str, None]:
    return (
        '<div class="newsletter-signup"><p class="newsletter-signup__title">Get the biggest daily stories by email</p>'
        '<form><input type="email" placeholder="Enter email"><button>Subscribe</button></form>'
        '<p class="newsletter-signup__small">We use your sign-up to provide content in ways you\'ve consented to and to improve our understanding of you.</p></div>',
        None,
    )


# ---------------------------------------------------------------- Reach plc: the Express
def express(page_: dict, article: str) -> str:
    """The Express (Reach plc): ``article`` with ``header`` (``h1``, ``h3`` standfirst, ``div.publish-info``),
    ``div.text-description`` of ``p``, "READ MORE:" paragraphs and a "DON'T MISS:" paragraph of three links,
    each followed by a bracketed label; "Related articles" after."""
    return _doc(page_, "en-GB", (
        f'<header class="main-header"><a class="logo" href="/">{page_["site"]}</a><ul class="nav">{_links(("News", "Finance", "Sport", "Showbiz", "Life &amp; Style"), "/")}</ul></header>'
        '<main><article class="article-page" itemscope itemtype="http://schema.org/NewsArticle"><header>'
        f'<h1 itemprop="headline">{page_["title"]}</h1><h3>{page_["deck"]}</h3>'
        f'<div class="publish-info"><div class="author"><span>By</span> <a href="/authors/1">{page_["author"]}</a></div>'
        '<div class="dates"><span>PUBLISHED:</span> <time datetime="2024-05-16T08:45:00+01:00">08:45, Thu, May 16, 2024</time> | <span>UPDATED:</span> <time>09:12, Thu, May 16, 2024</time></div></div>'
        '<div class="share-bar"><a href="#">Share</a></div></header>'
        f'<div class="text-description" itemprop="articleBody">{article}</div>'
        '<div class="related-articles-box"><h3>Related articles</h3><ul>'
        + _lis(("Pensioners urged to check for £3,900 unclaimed benefit", "State pension age to rise sooner, report warns")) +
        '</ul></div></article></main><footer><p>© Express Newspapers</p></footer>'
    ))  # fmt: skip


def ex_read_more(title: str) -> tuple[str, None]:
    return f'<p><strong>READ MORE: <a href="/finance/personalfinance/r1">{title}</a></strong></p>', None


def ex_dont_miss(*titles: str) -> tuple[str, None]:
    labels = ("[REPORT]", "[INSIGHT]", "[ANALYSIS]")
    links = " ".join(f'<a href="/finance/d{i}">{t}</a> {labels[i % 3]}<br>' for i, t in enumerate(titles))
    return f'<p class="related-articles"><strong>DON\'T MISS:</strong><br>{links}</p>', None


# ---------------------------------------------------------------- Newsquest
def newsquest(page_: dict, article: str) -> str:
    """A Newsquest local paper: Quantcast's ``qc-cmp2`` consent wall, ``div.article-first-paragraph`` then
    ``div#subscription-content.article-body`` of ``p`` with "Read more:" paragraphs, and after it a "Did you know
    you can now follow ... on Google News?" call and the "Get involved with the news in your community" box."""
    return _doc(page_, "en-GB", (
        '<div id="qc-cmp2-container" class="qc-cmp2-container"><div class="qc-cmp2-main"><h2>We value your privacy</h2>'
        '<p>We and our partners store and access information on your device, such as unique IDs in cookies, to process personal data. You may accept or manage your choices.</p>'
        '<button>AGREE</button><button>MORE OPTIONS</button></div></div>'
        f'<header class="site-header"><a class="logo" href="/">{page_["site"]}</a><ul>{_links(("News", "Sport", "What&#39;s On", "Announcements", "Jobs"), "/")}</ul></header>'
        '<main><article class="article" id="article-main"><header class="article-header">'
        f'<h1 class="mar-article__headline">{page_["title"]}</h1>'
        f'<div class="article-meta"><span class="author-name">By {page_["author"]}</span> <span class="author-title">Local Democracy Reporter</span> '
        '<time datetime="2024-05-16T16:00:00+01:00">Share</time></div></header>'
        f'<div id="subscription-content" class="article-body">{article}</div>'
        '<div class="google-news-cta"><p>Did you know you can now follow the Echo on Google News? <a href="https://news.google.com/">Click here</a> and tap follow.</p></div>'
        '<div class="get-involved"><h3>Get involved with the news in your community</h3><p>Send your stories and photos now</p><a href="/contact/">Send now</a></div></article>'
        '<section class="more-stories"><h2>More stories</h2><ul>'
        + _lis(("Town centre car park to close for repairs", "School's new sports hall opens", "Police appeal after shop break-in")) +
        '</ul></section></main><footer><p>© Copyright 2001-2024. This site is part of Newsquest\'s audited local newspaper network.</p></footer>'
    ))  # fmt: skip


def nq_read_more(title: str) -> tuple[str, None]:
    return f'<p><strong>Read more:</strong> <a href="/news/24300001.x/">{title}</a></p>', None


# ---------------------------------------------------------------- News Corp Australia
def newscorp_au(page_: dict, article: str) -> str:
    """A News Corp Australia masthead: ``div#story-primary`` with ``h1.story-headline``, the standfirst
    ``p.story-intro``, ``div#story-body.story-body`` of ``p`` with "READ MORE:" lines; the rest behind
    ``div.paywall-cta`` ("Continue reading ... for only $1 a week") and "More Coverage" after."""
    return _doc(page_, "en-AU", (
        f'<header class="site-header"><a class="masthead" href="/">{page_["site"]}</a><ul>{_links(("News", "Sport", "Business", "Entertainment", "Lifestyle", "Real Estate"), "/")}</ul>'
        '<a class="subscribe" href="/subscribe/">Subscribe</a></header>'
        '<main><div id="story-primary" class="story-primary"><div class="story-header">'
        f'<h1 class="story-headline">{page_["title"]}</h1><p class="story-intro">{page_["deck"]}</p>'
        f'<div class="byline"><span class="author">{page_["author"]}</span> <time>May 16, 2024 - 5:00AM</time> <span class="source">The Courier-Mail</span></div>'
        '<div class="share"><a href="#">Share</a><a class="comments-link" href="#comments">14 comments</a></div></div>'
        f'<div id="story-body" class="story-body">{article}</div>'
        '<div class="paywall-cta"><h3>Continue reading this story for only $1 a week</h3><p>Get unlimited access to The Courier-Mail.</p>'
        '<a class="btn" href="/subscribe/">Subscribe</a><p>Already a subscriber? <a href="/login">Log in</a></p></div></div>'
        '<section class="more-coverage"><h2>More Coverage</h2><ul>'
        + _lis(("Rental vacancy rate hits record low in Brisbane", "First home buyers priced out of 90 suburbs")) +
        '</ul></section></main><footer><p>© Nationwide News Pty Ltd 2024. No stories, photos or graphics may be reproduced without permission.</p></footer>'
    ))  # fmt: skip


def au_read_more(title: str) -> tuple[str, None]:
    return f'<p><strong>READ MORE:</strong> <a href="/news/queensland/rm">{title}</a></p>', None


# ---------------------------------------------------------------- Postmedia
def postmedia(page_: dict, article: str) -> str:
    """A Postmedia paper: ``article.article-content`` whose body is ``section.article-content__content-group``
    blocks, an "Article content" label and an "Advertisement N" slot between them, the share prompt, then
    OpenWeb's "Join the Conversation" comments."""
    return _doc(page_, "en-CA", (
        f'<header class="header"><a class="header__logo" href="/">{page_["site"]}</a><ul>{_links(("News", "Local News", "Sports", "Opinion", "Business", "Life"), "/category/")}</ul></header>'
        '<main><article class="article-content"><header class="article-header">'
        f'<h1 class="article-title" id="articleTitle">{page_["title"]}</h1><p class="article-subtitle">{page_["deck"]}</p>'
        f'<div class="article-meta"><span class="published-by__author"><a href="/author/1">{page_["author"]}</a></span> '
        '<span class="published-date__since">Published May 16, 2024</span> • <span>3 minute read</span></div></header>'
        f'<div class="article-content__body">{article}</div>'
        '<div class="article-content__share-group"><p>Share this article in your social network</p><a href="#">Facebook</a><a href="#">LinkedIn</a><a href="#">Email</a></div>'
        '<div class="comments-wrapper"><h2>Join the Conversation</h2><p>Postmedia is committed to maintaining a lively but civil forum for discussion. '
        'Please keep comments relevant and respectful.</p><div data-spotim-module="conversation"></div></div></article>'
        '<section class="trending"><h3>Trending</h3><ul>'
        + _lis(("Calgary Transit adds late-night service", "Flames sign top prospect to entry-level deal")) +
        '</ul></section></main><footer><p>© 2024 Calgary Herald, a division of Postmedia Network Inc.</p></footer>'
    ))  # fmt: skip


def pm_group(*texts: str) -> tuple[str, str]:
    return (
        '<section class="article-content__content-group">'
        + "".join(f"<p>{t}</p>" for t in texts)
        + "</section>",
        "\n\n".join(texts),
    )


def pm_break(n: int) -> tuple[str, None]:
    return (
        f'<div class="article-content__ad-group"><div class="ad__container"><div class="ad__label">Advertisement {n}</div><div id="gpt-oop-{n}"></div></div>'
        '<p class="article-content__label">Article content</p></div>',
        None,
    )


# ---------------------------------------------------------------- Nexstar local TV
def nexstar(page_: dict, article: str) -> str:
    """A Nexstar station's story: the video player first (``div.article-featured-media`` with a JW Player and
    its title), ``div.article-content.article-body`` of a few ``p``, then the broadcaster's copyright notice
    and the "For the latest news, weather, sports ..." line, "Trending on ..." after."""
    return _doc(page_, "en", (
        f'<header class="site-header"><a class="site-header__logo" href="/">{page_["site"]}</a><ul>{_links(("News", "Weather", "Sports", "Video", "Watch Live", "Contests"), "/")}</ul></header>'
        '<main><article class="article"><header class="article-header"><a class="article-category" href="/news/local-news/">Local News</a>'
        f'<h1 class="article-title">{page_["title"]}</h1>'
        f'<p class="article-authors">by: <a href="/author/1/">{page_["author"]}</a></p>'
        '<p class="article-date">Posted: <time datetime="2024-05-16T06:42:00-04:00">May 16, 2024 / 06:42 AM EDT</time></p>'
        '<div class="article-share"><a href="#">Share</a></div></header>'
        '<div class="article-featured-media"><div class="jwplayer" id="jw-player-1"><div class="jw-title">Crews battle apartment fire on North Street</div>'
        '<video src="/video/fire.m3u8"></video><div class="jw-controls"><button>Play</button><span>Video</span></div></div>'
        '<p class="video-caption">Crews battle apartment fire on North Street</p></div>'
        f'<div class="article-content article-body rich-text">{article}'
        '<p class="article-copyright"><em>Copyright 2024 Nexstar Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.</em></p>'
        '<p class="article-cta"><em>For the latest news, weather, sports, and streaming video, head to WPIX 11.</em></p></div></article>'
        '<section class="trending"><h2>Trending on WPIX</h2><ul>'
        + _lis(("Weather: storms possible Friday afternoon", "Subway delays after signal problem", "Mets rally in ninth to beat Phillies")) +
        '</ul></section></main><footer><p>© 1998 - 2024 Nexstar Media Inc. | All Rights Reserved.</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Sinclair local TV
def sinclair(page_: dict, article: str) -> str:
    """A Sinclair station's story (a Next.js site with CSS-module classes): the headline and byline blocks, a Trinity
    Audio player ("Listen to this article"), ``div.StoryText-module_storyText__...`` of ``p``, then Taboola's
    and Outbrain's rendered recommendation rails ("Sponsored", "You May Like", "Recommended by")."""
    return _doc(page_, "en", (
        f'<div id="__next"><header class="Header-module_header__3dT2q"><a class="Header-module_logo__1Xs9a" href="/">{page_["site"]}</a>'
        f'<ul class="Header-module_nav__2Kq1v">{_links(("News", "Weather", "Sports", "Community", "Watch"), "/")}</ul></header>'
        '<main class="index-module_main__3rSQb"><div class="index-module_storyColumn__2l6BH">'
        f'<h1 class="index-module_storyTitle__2cAqC">{page_["title"]}</h1>'
        f'<div class="index-module_bylineWrapper__Yt0XU"><span class="index-module_byline__3dH8K">by {page_["author"]}</span>'
        '<time class="index-module_time__2kBXN">Thu, May 16th 2024, 5:19 PM EDT</time></div>'
        '<div class="trinity-tts-pb" id="trinity-audio-player"><div class="trinity-player-wrapper"><span class="trinity-label">Listen to this article</span>'
        '<button aria-label="Play">▶</button><span class="trinity-duration">3:21</span><span class="trinity-powered">Powered by Trinity Audio</span></div></div>'
        f'<div class="StoryText-module_storyText__1tyQM">{article}</div>'
        '<div class="index-module_tags__1zFbA"><a href="/topic/Schools">Schools</a></div>'
        '<div id="taboola-below-article-thumbnails" class="trc_related_container"><div class="trc_rbox_header"><span class="trc_rbox_header_span">You May Like</span>'
        '<span class="trc_header_ext"><a class="trc_attribution_position_after" href="#">Sponsored Links by Taboola</a></span></div>'
        '<div class="trc_rbox_outer"><div class="videoCube"><a href="https://ad.example/1"><span class="video-label video-title">Doctors Stunned: Simple Trick Melts Belly Fat Overnight</span>'
        '<span class="branding">Health Journal</span></a></div><div class="videoCube"><a href="https://ad.example/2"><span class="video-label video-title">Homeowners Are Getting Paid To Install Solar Panels</span>'
        '<span class="branding">Solar Savings Today</span></a></div></div></div>'
        '<div class="OUTBRAIN" data-src="https://wjla.example/news" data-widget-id="AR_1"><div class="ob-widget ob-feed"><div class="ob-widget-header">Recommended by</div>'
        '<a class="ob-dynamic-rec-link" href="https://ad.example/3"><span class="ob-rec-text">The Most Comfortable Shoes Seniors Can Wear All Day</span><span class="ob-rec-source">Sole Comfort</span></a>'
        '<a class="ob-dynamic-rec-link" href="https://ad.example/4"><span class="ob-rec-text">Here\'s What a New Walk-In Tub Should Cost You In 2024</span><span class="ob-rec-source">Bath Deals</span></a></div></div>'
        '</div></main><footer class="Footer-module_footer__1gGdB"><p>© 2024 Sinclair, Inc.</p></footer></div>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Substack with footnotes
def substack_notes(page_: dict, article: str) -> str:
    """A Substack post whose body ends in its footnotes: ``a.footnote-anchor`` marks in the paragraphs, then
    ``div.footnote`` blocks (``a.footnote-number``, ``div.footnote-content``) inside ``div.body.markup``; a
    subscribe widget between paragraphs and the "Share" and "Leave a comment" buttons."""
    return _doc(page_, "en", (
        f'<div id="entry"><div id="main" class="main typography"><div class="topbar-content"><a class="navbar-title-link" href="/">{page_["site"]}</a>'
        '<a class="button primary" href="/subscribe">Subscribe</a><a class="button" href="/sign-in">Sign in</a></div>'
        '<article class="typography newsletter-post post"><div class="post-header">'
        f'<h1 dir="auto" class="post-title published">{page_["title"]}</h1><h3 dir="auto" class="subtitle">{page_["deck"]}</h3>'
        f'<div class="byline-wrapper"><a href="https://substack.com/@x">{page_["author"]}</a><div class="post-date">May 16, 2024</div></div>'
        '<div class="post-ufi"><a class="like-button-container post-ufi-button">87</a><a class="post-ufi-comment-button post-ufi-button">19</a><a class="post-ufi-button">Share</a></div></div>'
        f'<div class="available-content"><div dir="auto" class="body markup">{article}</div></div>'
        '<div class="post-footer"><div class="post-ufi"><a class="post-ufi-button">87 Likes</a><a class="post-ufi-button">19 Comments</a></div>'
        '<div class="subscribe-footer"><h4>Ready for more?</h4><form><input type="email" placeholder="Type your email..."><button>Subscribe</button></form></div></div>'
        '</article></div><div class="footer"><p>© 2024 ' + page_["author"] + '</p><p>Substack is the home for great culture</p></div></div>'
    ))  # fmt: skip


def sn_p(text: str, *notes: int) -> tuple[str, str]:
    """A paragraph with footnote anchors at the end of its sentences: ``text`` holds ``{1}``-style marks."""
    html = text
    for n in notes:
        html = html.replace(
            f"{{{n}}}",
            f'<a class="footnote-anchor" data-component-name="FootnoteAnchorToDOM" id="footnote-anchor-{n}" href="#footnote-{n}" target="_self">{n}</a>',
        )
        text = text.replace(f"{{{n}}}", "")
    return f"<p>{html}</p>", text


def sn_footnote(n: int, text: str) -> tuple[str, str]:
    return (
        f'<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-{n}" href="#footnote-anchor-{n}" class="footnote-number" contenteditable="false" target="_self">{n}</a>'
        f'<div class="footnote-content"><p>{text}</p></div></div>',
        text,
    )


def sn_subscribe(site: str) -> tuple[str, None]:
    return (
        '<div class="subscription-widget-wrap-editor" data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe">'
        f'<div class="preamble"><p class="cta-caption">{site} is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p></div>'
        '<form class="subscription-widget-subscribe"><input type="email" class="email-input" placeholder="Type your email…"><input type="submit" class="button primary" value="Subscribe"></form></div></div>',
        None,
    )


def sn_buttons() -> tuple[str, None]:
    return (
        '<p class="button-wrapper" data-component-name="ButtonCreateButton"><a class="button primary" href="/p/x?utm_source=substack&amp;utm_medium=email&amp;action=share"><span>Share</span></a></p>'
        '<p class="button-wrapper" data-component-name="ButtonCreateButton"><a class="button primary" href="/p/x/comments"><span>Leave a comment</span></a></p>',
        None,
    )


# ---------------------------------------------------------------- WordPress VIP newsroom
def wpvip(page_: dict, article: str) -> str:
    """A WordPress VIP newsroom on a block theme: OneTrust's banner, ``article.wp-block-post`` with
    ``h1.wp-block-post-title``, ``div.wp-block-post-author-name``, ``div.entry-content.wp-block-post-content`` of
    ``p.wp-block-paragraph``, ``h2.wp-block-heading``, an embed and a newsletter block; "Topics" and "Most Popular" after."""
    return _doc(page_, "en", (
        '<div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter"></div><div id="onetrust-banner-sdk" class="otCenterRounded" role="alertdialog">'
        '<div class="ot-sdk-container"><h2 id="onetrust-policy-title">Your Privacy Choices</h2><div id="onetrust-policy-text">We and our 146 partners use cookies and similar technologies '
        'to store and access personal data such as browsing behaviour and unique identifiers, for ads and content measurement and audience insights.</div>'
        '<button id="onetrust-accept-btn-handler">I Accept</button><button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-pc-btn-handler">Manage Preferences</button></div></div></div>'
        f'<div class="wp-site-blocks"><header class="wp-block-template-part site-header"><p class="wp-block-site-title"><a href="/">{page_["site"]}</a></p>'
        f'<nav class="wp-block-navigation"><ul>{_links(("AI", "Startups", "Venture", "Apps", "Security", "Events"), "/category/")}</ul></nav></header>'
        '<main class="wp-block-group"><article class="wp-block-post post-2793012 post type-post status-publish">'
        '<div class="wp-block-tc23-post-relevant-terms"><a href="/category/transportation/">Transportation</a></div>'
        f'<h1 class="wp-block-post-title">{page_["title"]}</h1>'
        f'<div class="wp-block-post-author-name"><a href="/author/1/" class="wp-block-post-author-name__link">{page_["author"]}</a></div>'
        '<div class="wp-block-post-date"><time datetime="2024-05-16T09:00:00-07:00">9:00 AM PDT · May 16, 2024</time></div>'
        '<div class="wp-block-tc23-share-popover"><button>Share</button></div>'
        '<figure class="wp-block-post-featured-image"><img src="/wp-content/uploads/2024/05/van.jpg" alt=""><figcaption>Image Credits: Parcelo</figcaption></figure>'
        f'<div class="entry-content wp-block-post-content is-layout-constrained">{article}</div>'
        '<div class="wp-block-tc23-post-topics"><h3>Topics</h3><a href="/tag/delivery/">delivery</a> <a href="/tag/electric-vehicles/">electric vehicles</a> <a href="/tag/funding/">funding</a></div>'
        '<div class="wp-block-tc23-author-card"><p>Jordan Pike is a transportation reporter. <a href="/author/1/">View Bio</a></p></div></article>'
        '<aside class="wp-block-tc23-most-popular"><h2>Most Popular</h2><ol>'
        + _lis(("The best AI coding tools, tested", "A robotaxi startup lays off a third of staff", "Apple's new iPad event: everything announced")) +
        '</ol></aside></main><footer class="wp-block-template-part"><p>© 2024 Yahoo. All rights reserved.</p><p>Powered by WordPress VIP</p></footer></div>'
    ))  # fmt: skip


def wp_p(text: str) -> tuple[str, str]:
    return f'<p class="wp-block-paragraph">{text}</p>', text


def wp_newsletter() -> tuple[str, None]:
    return (
        '<div class="wp-block-tc23-newsletter-signup"><h3>Mobility Newsletter</h3><p>Stay up to date with the latest in transportation. Delivered every Sunday.</p>'
        '<form><input type="email" placeholder="Email address"><button>Subscribe</button></form>'
        '<p class="fine-print">By submitting your email, you agree to our Terms and Privacy Notice.</p></div>',
        None,
    )


# ---------------------------------------------------------------- Arc XP (English paper)
def arc_english(page_: dict, article: str) -> str:
    """An English-language paper on Arc XP: ``article.b-article-body`` inside ``div.article-body-wrapper``,
    ``p.c-paragraph`` and ``h2.c-heading``, ``div.c-ad`` slots labelled "ADVERTISEMENT", an ``aside.c-interstitial``
    link, the "Read more about" tags and Disqus comments after."""
    return _doc(page_, "en", (
        f'<div id="fusion-app"><header class="c-nav"><a class="c-logo" href="/">{page_["site"]}</a><ul>{_links(("Metro", "Politics", "Business", "Sports", "Opinion"), "/")}</ul>'
        '<a class="c-button--subscribe" href="/subscribe/">Subscribe</a></header>'
        '<main class="b-single-column"><div class="b-article-header">'
        '<div class="c-overline"><a href="/metro/">Metro</a></div>'
        f'<h1 class="c-heading b-headline">{page_["title"]}</h1><h2 class="c-heading b-subheadline">{page_["deck"]}</h2>'
        f'<div class="c-attribution"><span class="c-byline">By <a href="/people/1/">{page_["author"]}</a></span> '
        '<time class="c-date" datetime="2024-05-16T15:20:00Z">May 16, 2024 at 11:20 a.m. EDT</time></div></div>'
        f'<div class="article-body-wrapper"><article class="b-article-body">{article}</article></div>'
        '<div class="b-tags"><span>Read more about</span> <a href="/tags/transit/">Transit</a> <a href="/tags/light-rail/">Light rail</a></div>'
        '<div class="b-comments"><div id="disqus_thread"></div><script>var disqus_config=function(){this.page.identifier="ABC123";};(function(){var d=document,s=d.createElement("script");s.src="https://thepaper.disqus.com/embed.js";(d.head||d.body).appendChild(s);})();</script>'
        '<noscript>Please enable JavaScript to view the <a href="https://disqus.com/?ref_noscript">comments powered by Disqus.</a></noscript></div>'
        '<section class="b-right-rail"><h2>Most Read</h2><ol>'
        + _lis(("City council approves budget with police raise", "New brewery opens in old fire station")) +
        '</ol></section></main><footer class="b-footer"><p>© 2024 The Capital Star-Tribune</p></footer></div>'
    ))  # fmt: skip


def c_p(text: str) -> tuple[str, str]:
    return f'<p class="c-paragraph">{text}</p>', text


def c_h(text: str) -> tuple[str, str]:
    return f'<h2 class="c-heading">{text}</h2>', text


def c_ad(n: int) -> tuple[str, None]:
    return (
        f'<div class="c-ad b-ad-block"><p class="c-ad__label">ADVERTISEMENT</p><div id="arcad_{n}"></div></div>',
        None,
    )


def c_interstitial(title: str) -> tuple[str, None]:
    return (
        f'<aside class="c-interstitial"><a href="/metro/2024/05/10/x/"><strong>Related:</strong> {title}</a></aside>',
        None,
    )


# ---------------------------------------------------------------- an NPR-style transcript
def transcript(page_: dict, article: str) -> str:
    """A public radio program's transcript page: the audio module ("Listen · 4:12", "Download", "Embed"), the
    "Transcript" heading, ``div.transcript.storytext`` of ``p`` turns with the speaker in capitals, then the
    disclaimer paragraphs ``p.disclaimer``."""
    return _doc(page_, "en", (
        f'<header id="globalheader"><a class="logo" href="/">{page_["site"]}</a><ul>{_links(("News", "Culture", "Music", "Podcasts &amp; Shows", "Search"), "/sections/")}</ul>'
        '<a class="donate" href="/donate">Donate</a></header>'
        '<main><article class="story"><div class="storytitle"><h3 class="slug"><a href="/programs/morning-edition/">Morning Edition</a></h3>'
        f'<h1>{page_["title"]}</h1></div>'
        f'<div id="storybyline"><p class="byline__name">{page_["author"]}</p><time datetime="2024-05-16T05:04:00-04:00">May 16, 20245:04 AM ET</time></div>'
        '<div class="audio-module"><div class="audio-module-controls"><button class="audio-module-listen"><b class="audio-module-listen-inner">Listen</b> · <b>4:12</b></button></div>'
        '<ul class="audio-module-tools"><li><a href="/download.mp3">Download</a></li><li><button>Embed</button></li></ul>'
        '<p class="audio-module-title">Heat waves are testing the country\'s aging power grid</p></div>'
        f'<div class="transcript storytext"><h2>Transcript</h2>{article}'
        '<p class="disclaimer">Copyright © 2024 NPR. All rights reserved. Visit our website <a href="/about-npr/179876898/terms-of-use">terms of use</a> and '
        '<a href="/about-npr/179881519/rights-and-permissions-information">permissions</a> pages at www.npr.org for further information.</p>'
        '<p class="disclaimer">Accuracy and availability of NPR transcripts may vary. Transcript text may be revised to correct errors or match updates to audio. '
        'Audio on npr.org may be edited after its original broadcast or publication. The authoritative record of NPR’s programming is the audio record.</p></div></article>'
        '<aside id="related"><h3>More Stories From NPR</h3><ul>'
        + _lis(("How cities are trying to cool down", "What a heat dome is, and why it lingers")) +
        '</ul></aside></main><footer><p>© 2024 npr</p><a href="/sponsor">Sponsor Message</a></footer>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- a Bloomberg-style preview
def bloomberg(page_: dict, article: str) -> str:
    """A financial wire's story for readers without a subscription: the summary bullets in the header
    (``ul.abstract``), the "Listen" audio button and "Gift this article", ``div.body-content`` holding the
    first paragraphs, then the paywall ("You're reading a preview ...") and "Before it's here, it's on the Terminal"."""
    return _doc(page_, "en", (
        f'<header class="navi"><a class="logo" href="/">{page_["site"]}</a><ul>{_links(("Markets", "Economics", "Technology", "Politics", "Green", "Crypto"), "/")}</ul>'
        '<a class="subscribe" href="/subscriptions">Subscribe</a></header>'
        '<main><article class="article"><header class="lede-text"><div class="eyebrow"><a href="/markets">Markets</a></div>'
        f'<h1 class="headline">{page_["title"]}</h1>'
        '<ul class="abstract"><li>Copper rose as much as 2.4% on the London Metal Exchange</li><li>Supply disruptions in Chile and Peru tighten market</li></ul>'
        f'<div class="byline"><a href="/authors/1">{page_["author"]}</a></div>'
        '<time datetime="2024-05-16T07:41:00Z">May 16, 2024 at 3:41 AM EDT</time>'
        '<div class="article-tools"><button class="audio-player">Listen <span>3:08</span></button><button class="gift">Gift this article</button>'
        '<button class="share">Share</button></div></header>'
        f'<div class="body-content">{article}</div>'
        '<div class="paywall-inline-tout"><h3>You\'re reading a preview. Subscribe to keep reading.</h3>'
        '<p>Get unlimited access to global news, analysis and expert opinion. $1.99/month for 6 months. Cancel anytime.</p><a class="btn" href="/subscriptions">Subscribe now</a>'
        '<p>Already a subscriber? <a href="/account/signin">Sign in</a></p></div>'
        '<div class="terminal-tout"><p>Before it’s here, it’s on the Bloomberg Terminal.</p><a href="/professional/">Learn More</a></div></article></main>'
        '<footer><p>©2024 Bloomberg L.P. All Rights Reserved.</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- ProPublica
def propublica(page_: dict, article: str) -> str:
    """A ProPublica investigation: ``article.article`` with the header's ``h1`` and ``p.dek``, the byline and
    "Series:" line, ``div.article-body`` of ``p`` with a donation ``aside.bb-callout`` and a newsletter ``aside``
    inside; after it "Filed under", "Republish This Story" and the tip box ("Do You Have a Tip for ProPublica?")."""
    return _doc(page_, "en", (
        f'<header class="site-header"><a class="logo" href="/">{page_["site"]}</a><ul>{_links(("Investigations", "Local", "Newsletters", "About", "Events"), "/")}</ul>'
        '<a class="donate" href="/donate">Donate</a></header>'
        '<main><article class="article story-body"><header class="article-header">'
        '<p class="series-title">Series: <a href="/series/care">Failing Care</a></p>'
        f'<h1 class="hed">{page_["title"]}</h1><p class="dek">{page_["deck"]}</p>'
        f'<p class="byline">by <a href="/people/1">{page_["author"]}</a></p><time datetime="2024-05-16T05:00:00-04:00">May 16, 5 a.m. EDT</time>'
        '<div class="article-tools"><a href="#">Republish</a><a href="#">Share</a></div></header>'
        '<p class="series-note">ProPublica is a nonprofit newsroom that investigates abuses of power. '
        '<a href="/newsletters/the-big-story">Sign up to receive our biggest stories</a> as soon as they’re published.</p>'
        f'<div class="article-body">{article}</div>'
        '<footer class="article-footer"><div class="tags"><span class="filed-under">Filed under —</span> <a href="/topics/health-care">Health Care</a> <a href="/topics/aging">Aging</a></div>'
        '<div class="republish"><h3>Republish This Story for Free</h3><p>Creative Commons License (CC BY-NC-ND 3.0)</p><a class="btn" href="#">Republish This Story</a></div>'
        '<div class="tip-box"><h3>Do You Have a Tip for ProPublica? Help Us Do Journalism.</h3><p>Got a story we should hear? Are you down in the weeds on a niche topic? We want to hear from you.</p>'
        '<a href="/tips/">Send us a tip</a></div></footer></article>'
        '<section class="latest"><h2>Latest Stories from ProPublica</h2><ul>'
        + _lis(("The Hidden Cost of Prison Phone Calls", "How a Tax Break for Farmers Became a Shelter for the Rich")) +
        '</ul></section></main><footer><p>© Copyright 2024 Pro Publica Inc.</p></footer>'
    ))  # fmt: skip


def pp_donate() -> tuple[str, None]:
    return (
        '<aside class="bb-callout bb-callout--donate"><p class="bb-callout__title">We’re trying something new.</p>'
        "<p>Was this story helpful? ProPublica relies on readers like you. Please make a gift today to support our journalism.</p>"
        '<a class="bb-callout__button" href="/donate?source=inline">Donate Now</a></aside>',
        None,
    )


def pp_newsletter() -> tuple[str, None]:
    return (
        '<aside class="newsletter-roadblock"><h3>Get Our Top Investigations</h3><p>Subscribe to the Big Story newsletter.</p>'
        '<form><input type="email" placeholder="you@example.com"><button>Subscribe</button></form>'
        '<p class="fine-print">This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.</p></aside>',
        None,
    )


SKINS.update(
    r8_mcclatchy=mcclatchy, r8_lee=lee, r8_hearst=hearst, r8_mirror=mirror, r8_express=express,
    r8_newsquest=newsquest, r8_newscorp_au=newscorp_au, r8_postmedia=postmedia, r8_nexstar=nexstar,
    r8_sinclair=sinclair, r8_substack_notes=substack_notes, r8_wpvip=wpvip, r8_arc_english=arc_english,
    r8_transcript=transcript, r8_bloomberg=bloomberg, r8_propublica=propublica,
)  # fmt: skip


# ---------------------------------------------------------------- Dotdash Meredith
def dotdash(page_: dict, article: str) -> str:
    """A Dotdash Meredith title: ``article.article`` with ``h1.article-heading`` and ``p.article-subheading``, the
    byline's "Updated on", ``div#article-content`` holding ``div.mntl-sc-page`` of ``p.mntl-sc-block-html``, an
    inline newsletter call ("Never miss a story ...") between them and the sources list after."""
    return _doc(page_, "en", (
        f'<header class="header"><a class="header__logo" href="/">{page_["site"]}</a><ul>{_links(("Celebrity", "Crime", "Human Interest", "Royals", "Food", "Shopping"), "/")}</ul></header>'
        '<main><article class="article article--structured"><div class="loc article-header">'
        f'<h1 class="article-heading type--lion">{page_["title"]}</h1><p class="article-subheading type--dog">{page_["deck"]}</p>'
        f'<div class="mntl-attribution__item"><a class="mntl-attribution__item-name" href="/author/1">{page_["author"]}</a></div>'
        '<div class="mntl-attribution__item-date">Published on May 16, 2024 12:45PM EDT</div></div>'
        '<figure class="primary-image"><img src="/thmb/boat.jpg" alt=""><figcaption class="figure-article-caption-owner">Photo: Coast Guard District 7</figcaption></figure>'
        f'<div id="article-content" class="loc article-content"><div id="mntl-sc-page_1-0" class="comp mntl-sc-page mntl-block article-body-content">{article}</div></div>'
        '<div class="mntl-sources"><h3>Sources</h3><ol><li>Coast Guard news release, May 15, 2024.</li></ol></div></article>'
        '<section class="recirc"><h2>Read More</h2><ul>'
        + _lis(("Man Rescued After 2 Days Clinging to Capsized Boat", "Hikers Found Alive After Week Lost in Canyon")) +
        '</ul></section></main><footer><p>PEOPLE is part of the Dotdash Meredith publishing family.</p></footer>'
    ))  # fmt: skip


def mntl_p(text: str, n: int) -> tuple[str, str]:
    return f'<p id="mntl-sc-block_1-0-{n}" class="comp mntl-sc-block mntl-sc-block-html">{text}</p>', text


def mntl_newsletter() -> tuple[str, None]:
    return (
        '<p id="mntl-sc-block_1-0-90" class="comp mntl-sc-block mntl-sc-block-html"><strong>Never miss a story — sign up for </strong>'
        '<a href="/newsletters"><strong>PEOPLE\'s free daily newsletter</strong></a><strong> to stay up-to-date on the best of what PEOPLE has to offer, '
        "from celebrity news to compelling human interest stories.</strong></p>",
        None,
    )


# ---------------------------------------------------------------- Vox Media (Chorus)
def chorus(page_: dict, article: str) -> str:
    """A Vox Media site on Chorus: ``div.c-entry-hero`` with ``h1.c-page-title`` and ``p.c-entry-summary``,
    ``div.c-entry-content`` of ``p`` with an ``aside`` "Related" list and a newsletter box among them, then
    the StoryStream and the "Most Popular" rail."""
    return _doc(page_, "en", (
        f'<header class="c-global-header"><a class="c-global-header__logo" href="/">{page_["site"]}</a><ul>{_links(("Tech", "Reviews", "Science", "Entertainment", "AI", "Policy"), "/")}</ul></header>'
        '<main><article class="l-main-content"><div class="c-entry-hero c-entry-hero--default">'
        f'<h1 class="c-page-title">{page_["title"]}</h1><p class="c-entry-summary p-dek">{page_["deck"]}</p>'
        f'<div class="c-byline"><span class="c-byline__item"><a href="/authors/1">{page_["author"]}</a></span>'
        '<span class="c-byline__item"><time class="c-byline__item" datetime="2024-05-16T14:30:00+00:00">May 16, 2024, 2:30 PM UTC</time></span></div>'
        '<div class="c-social-buttons"><a href="#">Share this story</a></div></div>'
        f'<div class="c-entry-content">{article}</div>'
        '<div class="c-entry-group-labels"><a href="/tech">Tech</a> <a href="/transportation">Transportation</a></div>'
        '<div class="c-storystream"><h3>Most Popular</h3><ol>'
        + _lis(("The best phones to buy right now", "This e-bike folds into a backpack", "A new chip promises week-long battery life")) +
        '</ol></div></article></main><footer class="c-footer"><p>© 2024 Vox Media, LLC. All Rights Reserved</p></footer>'
    ))  # fmt: skip


def chorus_related(*titles: str) -> tuple[str, None]:
    items = "".join(f'<li><a href="/2024/5/{i}/x">{t}</a></li>' for i, t in enumerate(titles))
    return (
        f'<aside id="Kc9Sgy"><div class="c-related-list"><h3 class="c-related-list__head">Related</h3><ul>{items}</ul></div></aside>',
        None,
    )


def chorus_newsletter() -> tuple[str, None]:
    return (
        '<div class="c-newsletter_signup_box"><h3 class="c-newsletter_signup_box--title">Sign up for the newsletter Installer</h3>'
        '<p>A weekly newsletter about the best stuff in tech and culture.</p><form><input type="email" placeholder="Email (required)"><button>Sign Up</button></form>'
        '<p class="c-newsletter_signup_box--tos">By submitting your email, you agree to our Terms and Privacy Notice.</p></div>',
        None,
    )


# ---------------------------------------------------------------- the Daily Mail
def dailymail(page_: dict, article: str) -> str:
    """The Daily Mail: ``div#js-article-text`` with ``h2`` headline, ``ul.mol-bullets-with-font`` summary
    bullets, the byline and dates, then ``div[itemprop=articleBody]`` of ``p.mol-para-with-font``, a
    "RELATED ARTICLES" carousel and "Share this article" between them, "Advertisement" slots, and the
    comments' "Share or comment on this article" after."""
    return _doc(page_, "en-GB", (
        f'<div class="page-header"><a class="logo" href="/">{page_["site"]}</a><ul class="nav-primary">{_links(("Home", "News", "U.K.", "Sport", "TV&amp;Showbiz", "Femail", "Health"), "/")}</ul></div>'
        '<div id="content"><div class="article-text wide heading-tag-switch" id="js-article-text">'
        f'<h2>{page_["title"]}</h2>'
        '<ul class="mol-bullets-with-font"><li><strong>Councils will be told to collect food waste every week from 2026</strong></li>'
        '<li><strong>Households may need up to seven bins</strong></li></ul>'
        f'<p class="author-section byline-plain">By <a class="author" href="/home/search.html?s=&amp;authornamef=1" rel="nofollow">{page_["author"]}</a></p>'
        '<p class="byline-section"><span class="article-timestamp article-timestamp-published">Published: 09:02 BST, 16 May 2024</span> | '
        '<span class="article-timestamp article-timestamp-updated">Updated: 11:40 BST, 16 May 2024</span></p>'
        '<div class="social-share"><a href="#">e-mail</a> <span class="count">214</span> <span>shares</span></div>'
        f'<div itemprop="articleBody">{article}</div>'
        '<div class="column-content"><h3 class="social-headline">Share or comment on this article:</h3></div>'
        '<div id="reader-comments" class="reader-comments"><h3>Comments</h3><p>The comments below have not been moderated.</p></div></div></div>'
        '<div class="footer"><p>Published by Associated Newspapers Ltd. Part of the Daily Mail, The Mail on Sunday &amp; Metro Media Group</p></div>'
    ))  # fmt: skip


def mol_p(text: str) -> tuple[str, str]:
    return f'<p class="mol-para-with-font">{text}</p>', text


def mol_related(*titles: str) -> tuple[str, None]:
    items = "".join(
        f'<li><a href="/news/article-{i}/x.html"><span class="pufftext">{t}</span></a></li>'
        for i, t in enumerate(titles)
    )
    return (
        '<div class="related-carousel"><h3>RELATED ARTICLES</h3><div class="rotator-panels"><ul>'
        + items
        + "</ul></div>"
        '<div class="rotator-pages"><a class="rotator-prev" href="#">Previous</a><span>1</span><a class="rotator-next" href="#">Next</a></div></div>'
        '<div class="artSplitter mol-img-group"><div class="social-share"><h3>Share this article</h3><a href="#">Share</a></div></div>',
        None,
    )


def mol_ad() -> tuple[str, None]:
    return (
        '<div class="mol-ads-label-container"><div class="mol-ads-label">Advertisement</div><div class="dmg-ad"></div></div>',
        None,
    )


SKINS.update(r8_dotdash=dotdash, r8_chorus=chorus, r8_dailymail=dailymail)


# ================================================================ the pages
page(
    "r8-mcclatchy-stormwater",
    "McClatchy paper (article-body, Related stories from ..., This story was originally published)",
    "r8_mcclatchy",
    "Sacramento to spend $48 million on storm drains after January floods",
    "Theresa Clift",
    "2024-05-16T05:00:00-07:00",
    [
        p("Sacramento will spend $48 million over the next five years to replace storm drains in neighborhoods that flooded in January, the City Council decided Tuesday night."),
        p("The plan targets 14 neighborhoods, most of them in south Sacramento and Meadowview, where drains built in the 1950s could not handle the 3 inches of rain that fell in six hours on Jan. 31. More than 200 homes reported water damage that night."),
        mc_ad(1),
        p("“We’ve known for years that these pipes were too small,” said Councilmember Mai Vang, whose district includes Meadowview. “January showed us what it costs to wait.”"),
        mc_related("The Sacramento Bee", "Flooded homeowners say the city ignored warnings", "How to get help after storm damage in Sacramento County"),
        p("The money will come from a stormwater fee that voters approved in 2022, which adds about $6 a month to the average household’s utility bill. Work on the first three neighborhoods is scheduled to start in September."),
        p("City utilities director Bill Busath told the council that crews would also clean 4,000 drain inlets before the next rainy season, twice as many as last year."),
        mc_ad(2),
    ],
    site="The Sacramento Bee",
)  # fmt: skip
page(
    "r8-lee-school-board",
    "Lee Enterprises paper on BLOX (subscriber-only paragraphs, a newsletter card and a Catch the latest teaser inside the body)",
    "r8_lee",
    "La Crosse school board votes to close two elementary schools",
    "Olivia Herken",
    "2024-05-16T19:30:00-05:00",
    [
        lee_p("The La Crosse School Board voted 6-3 on Monday night to close Hamilton and Northside elementary schools at the end of the 2024-25 school year, ending months of debate over shrinking enrollment."),
        lee_p("The district has lost nearly 1,000 students over the past decade, and its buildings are now at about 70% of capacity. Administrators estimate the closures will save $2.1 million a year."),
        lee_newsletter(),
        lee_p("About 150 parents and teachers filled the meeting room at Central High School, and more than 40 spoke during public comment. Most asked the board to delay the vote by a year."),
        lee_p("“These schools are the heart of their neighborhoods,” said Kari Wolfe, whose two children attend Northside. “Once they’re gone, they’re not coming back.”"),
        lee_catch("Opinion", "Letter: Keep our neighborhood schools open"),
        lee_p("Students from the two schools will move to Summit, Spence and Emerson elementary schools. Board president Laura Berra said the district would hold meetings with affected families over the summer."),
        lee_p("Contact Olivia Herken at 608-791-8234 or oherken@lacrossetribune.com."),
    ],
    site="La Crosse Tribune",
    deck="Board cites declining enrollment; parents asked for a delay",
)  # fmt: skip
page(
    "r8-hearst-bakery",
    "Hearst newspaper (article-body of res blocks, an ad and a related card among them, OneTrust banner, Coral comments)",
    "r8_hearst",
    "The Mission bakery that sells out by 9 a.m. is finally expanding",
    "Janelle Bitker",
    "2024-05-16T06:00:00-07:00",
    [
        res("The line outside Tartine Manufactory is famous, but the one outside Hilda’s, a tiny bakery on 24th Street, may be longer. On Saturdays it starts before 6 a.m., and the conchas are usually gone by 9."),
        res("Now owners Hilda and Marco Reyes are opening a second location, in a former hardware store on Mission Street, with a kitchen four times the size of their current one."),
        res_ad(1),
        res("The new bakery, set to open in August, will seat 30 people and serve breakfast and lunch. Marco Reyes said the larger kitchen would let them bake around the clock and finally keep up with demand."),
        res_related("The best pan dulce in the Bay Area", "A Mission taqueria closes after 40 years"),
        res("“We turn people away every weekend,” he said. “That’s the worst feeling for a baker.”"),
        res("The couple opened Hilda’s in 2016 with a $20,000 loan from a family friend. The original bakery on 24th Street will stay open."),
    ],
    site="San Francisco Chronicle",
)  # fmt: skip
page(
    "r8-mirror-rail-strike",
    "Reach plc Mirror (article-body, read-more-links asides, newsletter box, Quantcast wall)",
    "r8_mirror",
    "Train strikes: Full list of dates as drivers announce new walkouts",
    "Ryan Fletcher",
    "2024-05-16T10:31:00+01:00",
    [
        p("Train drivers will stage a fresh wave of strikes next month in their long-running dispute over pay, the Aslef union has announced."),
        p("Members at 16 rail companies will walk out on different days between June 3 and June 8, causing disruption across England. An overtime ban will also run for the whole week."),
        read_more_links("Rail fares to rise again next year", "Passengers face weekend of cancellations"),
        p("Aslef general secretary Mick Whelan said drivers had not had a pay rise for five years. “The companies and the government have not made us an offer in more than a year,” he said."),
        reach_newsletter(),
        p("The Rail Delivery Group, which represents train operators, urged the union to put its last offer to a vote of its members. A spokesperson said the strikes would “disrupt customers’ plans and hurt businesses”."),
        p("Passengers are being advised to check before they travel, as some operators are expected to run no trains at all on strike days."),
    ],
    site="Mirror",
    deck="The Aslef union says its members at 16 train operators will walk out over pay",
)  # fmt: skip
page(
    "r8-express-pension",
    "Reach plc Express (text-description, READ MORE: and DON'T MISS: paragraphs of links)",
    "r8_express",
    "State pension warning as thousands miss out on National Insurance top-up",
    "Katie Elliott",
    "2024-05-16T08:45:00+01:00",
    [
        p("Thousands of people could be missing out on a higher state pension because they have not filled gaps in their National Insurance record, experts have warned."),
        p("People have until April 5, 2025, to buy voluntary contributions for missing years going back to 2006. After that date, they will only be able to fill gaps from the last six years."),
        ex_read_more("Martin Lewis issues urgent state pension deadline reminder"),
        p("Each full year of contributions bought adds about £328 a year to the new state pension, or around £6,500 over a 20-year retirement, according to HM Revenue and Customs."),
        p("A full year currently costs £824.20, so most people would recover the money within three years of retiring."),
        ex_dont_miss("Pensioners could get £300 extra this winter", "Bank warning for anyone with savings over £1,000", "Savers rush to open new account paying 5.2%"),
        p("Not everyone will benefit, however. Those who already have 35 qualifying years, or who are close to state pension age with large gaps, should check their forecast on the government’s website before paying."),
    ],
    site="Express",
    deck="Savers have less than a year left to fill gaps going back to 2006",
)  # fmt: skip
page(
    "r8-newsquest-roadworks",
    "Newsquest local paper (article-body, Read more: paragraphs, a Google News call and Get involved box, Quantcast wall)",
    "r8_newsquest",
    "Six months of roadworks to begin on town's main route",
    "Josh Kirby",
    "2024-05-16T16:00:00+01:00",
    [
        p("Six months of roadworks will begin on Southampton Road next week as the council replaces a water main that has burst four times in two years."),
        p("Temporary traffic lights will be in place from Monday, May 20, and the road will close completely overnight for three weeks in July."),
        nq_read_more("Council reveals which roads will be resurfaced this year"),
        p("Hampshire County Council said the work was needed to stop repeated flooding on the road, which carries around 18,000 vehicles a day. Buses will keep running but may be delayed by up to 15 minutes at peak times."),
        p("Business owners on the route said they feared losing trade. Sarah Green, who runs a café near the junction with Queen’s Road, said: “Last time the road was dug up we lost a third of our customers for the summer.”"),
        nq_read_more("Plans for 200 homes on former factory site approved"),
        p("The council said it would keep access open to all shops and would review the traffic lights’ timings after the first week."),
    ],
    site="Daily Echo",
)  # fmt: skip
page(
    "r8-newscorp-au-rent",
    "News Corp Australia masthead (story-body, READ MORE: lines, a paywall's Continue reading box)",
    "r8_newscorp_au",
    "Brisbane rents rise for 15th straight month as vacancies dry up",
    "Matt Bell",
    "2024-05-16T05:00:00+10:00",
    [
        p("Brisbane rents have risen for the 15th month in a row, with the median weekly rent for a house now $650, up $50 on a year ago, new figures show."),
        p("The city’s rental vacancy rate fell to 0.9 per cent in April, according to the Real Estate Institute of Queensland, well below the 2.5 to 3.5 per cent range considered healthy."),
        au_read_more("Where Queenslanders are moving to escape the rental crisis"),
        p("REIQ chief executive Antonia Mercorella said strong interstate migration and a slowdown in new building were to blame. “There simply aren’t enough homes for the people who want to live here,” she said."),
        p("Units have been hit even harder, with median rents up 12 per cent in inner-city suburbs such as Fortitude Valley and Kangaroo Point."),
    ],
    site="The Courier-Mail",
    deck="Renters are paying $50 a week more than a year ago.",
)  # fmt: skip
page(
    "r8-postmedia-transit",
    "Postmedia paper (content-group sections split by Advertisement N and Article content labels, OpenWeb comments)",
    "r8_postmedia",
    "Calgary council approves $2.1 billion Green Line contract",
    "Jason Herring",
    "2024-05-16T18:00:00-06:00",
    [
        pm_group(
            "Calgary city council has approved a $2.1-billion contract to build the first stage of the Green Line LRT, clearing the way for construction to begin this summer.",
            "Council voted 11-4 on Tuesday to award the contract to a consortium led by Spain’s Acciona, after a closed-door session that lasted more than five hours.",
        ),
        pm_break(2),
        pm_group(
            "The first stage will run 18 kilometres from Eau Claire to Shepard, with 11 stations. The city expects trains to start running in 2030, three years later than first planned.",
            "Mayor Jyoti Gondek called the vote “a turning point for a project that has been debated for a decade.”",
        ),
        pm_break(3),
        pm_group(
            "Critics on council said the cost had risen too far. Coun. Sonya Sharp, who voted against the contract, said the city was “taking on risk that belongs with the province.”",
            "The province and the federal government have together committed about $3 billion to the project, and the city the rest.",
        ),
    ],
    site="Calgary Herald",
    deck="Construction on the first stage is set to begin this summer",
)  # fmt: skip
page(
    "r8-nexstar-apartment-fire",
    "Nexstar local TV story (video first, a short text, the copyright notice and For the latest news ... line)",
    "r8_nexstar",
    "Fire tears through Bronx apartment building, 3 hurt",
    "Aliza Chasan",
    "2024-05-16T06:42:00-04:00",
    [
        p("THE BRONX (PIX11) — Three people were hurt when a fire tore through an apartment building in the Bronx early Thursday, officials said."),
        p("The fire broke out on the fourth floor of the six-story building on Grand Concourse near East 183rd Street just before 3 a.m., according to the FDNY. More than 100 firefighters responded."),
        p("Two residents and a firefighter were taken to hospitals with injuries that were not life-threatening. The Red Cross said it was helping 14 families who had to leave their homes."),
        p("Fire marshals are investigating the cause."),
    ],
    site="PIX11",
)  # fmt: skip
page(
    "r8-sinclair-school-buses",
    "Sinclair local TV story (CSS-module StoryText, a Trinity Audio player, Taboola and Outbrain rails)",
    "r8_sinclair",
    "Fairfax County to add electric school buses after driver shortage eases",
    "Nick Minock",
    "2024-05-16T17:19:00-04:00",
    [
        p("FAIRFAX COUNTY, Va. (7News) — Fairfax County Public Schools will add 40 electric school buses to its fleet this fall, officials announced Thursday."),
        p("The buses, paid for with a $15 million federal grant, will replace diesel buses that are more than 15 years old. The district now runs 26 electric buses out of a fleet of about 1,600."),
        p("The district said it could expand its routes because a driver shortage that forced students to wait up to an hour for buses in 2022 has eased. It has hired 180 drivers since last summer after raising starting pay to $25 an hour."),
        p("Charging stations are being installed at two bus lots in Lorton and Newington."),
    ],
    site="7News DC",
)  # fmt: skip
page(
    "r8-substack-footnotes",
    "Substack post with footnotes (footnote anchors in paragraphs, footnote blocks at the end, subscribe widget, Share buttons)",
    "r8_substack_notes",
    "Why your city's bus network looks the way it does",
    "Alon Mercer",
    "2024-05-16T12:00:00-04:00",
    [
        sn_p("Most American bus networks were not designed. They accumulated: a streetcar line here, a route added for a new mall there, a detour for a hospital that moved in the 1980s and never moved back.{1}", 1),
        sn_p("The result is a map that looks like spaghetti and a schedule that serves almost no one well. In a typical mid-sized city, fewer than a third of routes come more often than every 30 minutes."),
        sn_subscribe("Mercer on Transit"),
        sn_p("A network redesign starts from a different question: not where the buses go now, but where people need to go and how often they would need a bus to make it worth waiting for. Houston asked that question in 2015 and redrew its whole network overnight.{2}", 2),
        sn_p("The trade-off is coverage. Running buses more often on fewer streets means some people will walk farther to a stop. Every city that has redesigned its network has had to decide how many of its buses should chase ridership and how many should simply be there for people who have no other way to travel."),
        sn_buttons(),
        sn_footnote(1, "The detour in my own city, on Route 14, still adds six minutes to every trip, 38 years after the hospital it served closed."),
        sn_footnote(2, "Ridership on Houston’s local buses rose about 7% in the two years after the redesign, while it fell in most comparable cities."),
    ],
    site="Mercer on Transit",
    deck="Spoiler: mostly nobody decided",
)  # fmt: skip
page(
    "r8-wpvip-delivery-vans",
    "WordPress VIP newsroom on a block theme (wp-block-post-content, wp-block-paragraph, a newsletter block, OneTrust banner)",
    "r8_wpvip",
    "Parcelo raises $40M to put electric delivery vans on subscription",
    "Jordan Pike",
    "2024-05-16T09:00:00-07:00",
    [
        wp_p("Parcelo, a startup that rents electric delivery vans to small courier companies by the month, has raised $40 million in a Series B round led by Eclipse Ventures."),
        wp_p("The company, founded in 2021, now has about 1,200 vans on the road in eight U.S. cities. Its customers pay a single monthly fee that covers the van, charging, insurance and maintenance."),
        raw('<h2 class="wp-block-heading">Why subscriptions</h2>', "Why subscriptions"),
        wp_p("Most couriers that deliver for Amazon and FedEx are small businesses with a few dozen drivers and thin margins, co-founder Priya Nair said. Few can afford to buy electric vans outright or to install chargers at their depots."),
        wp_newsletter(),
        wp_p("“They want to go electric because fuel is their biggest cost after labor,” Nair said. “They just can’t take on the capital risk.”"),
        wp_p("Parcelo plans to use the new money to expand to 20 cities by the end of next year and to build its own charging hubs, starting in Dallas and Atlanta."),
    ],
    site="TechDaily",
)  # fmt: skip
page(
    "r8-arc-english-light-rail",
    "Arc XP English paper (article-body-wrapper, c-paragraph, ADVERTISEMENT slots, a Related: interstitial, Disqus)",
    "r8_arc_english",
    "Light rail extension to the airport wins final federal approval",
    "Marisa Kendall",
    "2024-05-16T15:20:00Z",
    [
        c_p("The long-planned light rail extension to the airport won final approval from the Federal Transit Administration on Thursday, securing $1.2 billion in federal money for the 6-mile line."),
        c_p("Construction on the $2.4 billion project is expected to begin in the fall, with trains running by 2029. The line will add four stations, including one at the airport’s new terminal."),
        c_ad(1),
        c_h("A decade of planning"),
        c_p("Transit officials first proposed the extension in 2013, but the project stalled twice over its cost and route. The current plan runs mostly along existing freight tracks, which cut its price by about a third."),
        c_interstitial("Transit agency picks route for airport line"),
        c_p("“This is the single biggest step for transit in this region in a generation,” said Regional Transit Authority chair Lena Ortiz."),
        c_ad(2),
        c_p("The authority will pay for the rest of the project with a sales tax increase that voters approved in 2020."),
    ],
    site="The Capital Star-Tribune",
    deck="The $2.4 billion project is expected to open in 2029",
)  # fmt: skip
page(
    "r8-npr-transcript-heat",
    "NPR-style program transcript (audio module, speaker turns in capitals, the transcript disclaimer)",
    "r8_transcript",
    "Heat waves are testing the country's aging power grid",
    "Jeff Brady",
    "2024-05-16T05:04:00-04:00",
    [
        p("A MARTÍNEZ, HOST:"),
        p("Summer has not officially started, but parts of the country are already sweating through record heat. And that is putting pressure on the power grid. NPR’s Jeff Brady reports."),
        p("JEFF BRADY, BYLINE: When it gets hot, people turn up their air conditioners, and electricity demand spikes. In Texas this week, demand set a record for May. Grid operators there asked people to conserve power on Tuesday evening."),
        p("JOHN MOURA: The margins are getting thinner."),
        p("BRADY: John Moura is with the North American Electric Reliability Corporation. His group’s summer forecast says two-thirds of the country could face power shortages during extreme heat."),
        p("MOURA: We’re retiring power plants faster than we’re replacing them with resources that can be there when it’s hottest, especially in the evening, when solar drops off."),
        p("BRADY: Utilities are adding big batteries to store solar power for the evening. But Moura says it’s not happening fast enough in some regions. Jeff Brady, NPR News."),
    ],
    site="NPR",
)  # fmt: skip
page(
    "r8-bloomberg-copper-preview",
    "Bloomberg-style paywalled preview (abstract bullets and a Listen button in the header, the paywall tout, the Terminal line)",
    "r8_bloomberg",
    "Copper Hits Two-Year High as Mine Disruptions Squeeze Supply",
    "Mark Burton",
    "2024-05-16T07:41:00Z",
    [
        p("Copper climbed to the highest in more than two years as mine disruptions in South America added to signs that supply will fall short of demand from the energy transition."),
        p("Futures rose as much as 2.4% to $10,650 a ton on the London Metal Exchange, the highest since April 2022. Prices have gained more than 20% this year."),
        p("Output at Chile’s biggest mines fell 4% in the first quarter, while protests have shut a major mine in Peru for two weeks, according to people familiar with the matter."),
    ],
    site="Bloomberg",
)  # fmt: skip
page(
    "r8-propublica-nursing-homes",
    "ProPublica investigation (series line, nonprofit note, donation callout and newsletter inside the body, Filed under, Republish, tip box)",
    "r8_propublica",
    "Nursing Homes Cut Staff After a Federal Rule Was Delayed. Residents Paid the Price.",
    "Jenny Deam",
    "2024-05-16T05:00:00-04:00",
    [
        p("When federal regulators delayed a rule requiring more nurses in nursing homes, the owners of Cedar Ridge Care Center in Tennessee did not wait to see what would happen. Within two months, they cut the home’s nursing hours by a fifth."),
        p("Over the next year, state inspectors found that residents at Cedar Ridge developed bedsores that went untreated, missed doses of medicine and, in one case, lay on the floor for hours after a fall before anyone noticed."),
        pp_donate(),
        p("Cedar Ridge was not alone. An analysis by ProPublica of staffing data reported to the federal government found that nearly 1,400 nursing homes cut nurse staffing by 10% or more in the year after the rule was delayed, even as their occupancy rose."),
        p("Homes that made the deepest cuts were cited for harming residents at nearly twice the rate of other homes, the analysis found."),
        pp_newsletter(),
        p("The company that owns Cedar Ridge did not respond to repeated requests for comment. The American Health Care Association, which represents nursing homes, said a shortage of nurses, not cost-cutting, was to blame for low staffing."),
        p("Mollie Simon contributed research."),
    ],
    site="ProPublica",
    deck="An analysis of federal data found that nearly 1,400 homes cut nurse staffing after regulators put off a staffing rule.",
)  # fmt: skip
page(
    "r8-dotdash-rescue",
    "Dotdash Meredith title (mntl-sc-page of mntl-sc-block-html paragraphs, a bold newsletter call among them, sources)",
    "r8_dotdash",
    "Fisherman Rescued 40 Miles Off Florida Coast After Boat Sinks",
    "Stephanie Wenger",
    "2024-05-16T12:45:00-04:00",
    [
        mntl_p("A fisherman was rescued about 40 miles off the Florida coast on Wednesday after his boat sank and he spent nearly 10 hours in the water, according to the U.S. Coast Guard.", 1),
        mntl_p("The 62-year-old man, whose name has not been released, had left Port Canaveral alone early Tuesday morning. A relative called the Coast Guard that night when he did not return.", 2),
        mntl_newsletter(),
        mntl_p("A Coast Guard helicopter crew spotted him clinging to a cooler shortly after sunrise. He was wearing a life jacket and was able to wave to the crew, officials said.", 3),
        mntl_p("“His life jacket and that cooler are the reason he’s alive,” Lt. Cmdr. Sarah Hill said in a statement. “We can’t stress enough how important it is to wear one.”", 4),
        mntl_p("The man was taken to a hospital in Melbourne, where he was treated for hypothermia and dehydration. He is expected to recover.", 5),
    ],
    site="PEOPLE",
    deck="The man had been in the water for nearly 10 hours when a helicopter crew spotted him",
)  # fmt: skip
page(
    "r8-chorus-ebike-battery",
    "Vox Media on Chorus (c-entry-content, an aside Related list and a newsletter box between paragraphs)",
    "r8_chorus",
    "New York will swap e-bike batteries for free to stop fires",
    "Andrew J. Hawkins",
    "2024-05-16T14:30:00+00:00",
    [
        p("New York City will give delivery workers new, certified e-bike batteries in exchange for their old ones, in the city’s latest effort to stop a wave of deadly lithium-ion battery fires."),
        p("The program, which starts in June, will swap up to 2,000 batteries in its first year. Workers who bring in an uncertified battery will get a new one that meets UL safety standards, along with a charger, at no cost."),
        chorus_related("Why e-bike batteries catch fire", "New York bans the sale of uncertified e-bikes"),
        p("Battery fires killed 18 people in the city last year, according to the Fire Department, more than any other cause of fatal fires. Most involved cheap batteries bought online or rebuilt from used cells."),
        chorus_newsletter(),
        p("Delivery workers, who often ride 50 miles or more a day, have said they cannot afford the certified batteries, which can cost $700 or more. The city says the swap is meant to remove that barrier."),
    ],
    site="The Verge",
    deck="The city will trade up to 2,000 uncertified batteries in the first year",
)  # fmt: skip
page(
    "r8-dailymail-bins",
    "Daily Mail (itemprop articleBody of mol-para-with-font, summary bullets in the header, RELATED ARTICLES carousel and Share this article, Advertisement labels)",
    "r8_dailymail",
    "Weekly food waste collections to become law as families face seven bins",
    "David Wilcock",
    "2024-05-16T09:02:00+01:00",
    [
        mol_p("Every council in England will have to collect food waste every week from 2026, ministers confirmed today."),
        mol_p("The rule is part of the government’s plan to simplify recycling, which will also require councils to collect the same materials, such as glass, cans, paper and plastic, wherever people live."),
        mol_ad(),
        mol_p("Critics warned that some households could end up with as many as seven bins and boxes outside their homes, although ministers said councils could collect some materials together."),
        mol_related("Families fined for putting bins out on the wrong day", "Council scraps fortnightly collections after complaints"),
        mol_p("Environment minister Robbie Moore said: ‘No matter where you live, you will be able to recycle the same materials. This will end the confusion over what goes in which bin.’"),
        mol_p("The Local Government Association said councils would need more money to buy new vehicles and caddies for the collections."),
    ],
    site="Daily Mail",
)  # fmt: skip
