"""The fourth round of ``bench/extraction_pages``: pages (``r4-*``) from platforms and of page kinds the first
three rounds lack, each in a template written for it here after the platform's or outlet's real markup.

Platforms: Drupal (``field--name-body``), Joomla (``itemprop="articleBody"`` in ``div.item-page``),
Squarespace (``sqs-block html-block``), Wix (``data-hook`` rich content, a ``span`` per paragraph), Blogger
(``post-body entry-content``, bare text and ``<br>``), Tumblr (``div.body-text``, notes), LinkedIn
articles (``article-main__content``), Yahoo syndication (``caas-body``, "Read the original article"),
AP News (``RichTextStoryBody``, an obituary), NPR (``#storytext``, ``bucketwrap`` photos, a weather story),
Al Jazeera (``wysiwyg``, a court report with an embedded document). Kinds: a fact check with its rating box
and ClaimReview, a match report with a score table, a story with a timeline, a Q&A explainer with FAQ
schema, a long read with a table of contents, a story whose pull quote repeats the body. Outlets: Der
Spiegel (``data-area="text"``), Le Monde (``article__paragraph``, "Lire aussi"), Aftonbladet (Swedish),
Thairath (Thai, no spaces between words), Haaretz (Hebrew, right to left) and iDNES (Czech). The gold of
every page was written before nutgraf was run on it.
"""

from __future__ import annotations

import json

from articles import page
from furniture import SKINS
from parts import h, p, raw, table


def _ld(page_: dict, kind: str = "NewsArticle", extra: dict | None = None) -> str:
    ld = {
        "@context": "https://schema.org",
        "@type": kind,
        "headline": page_["title"],
        "datePublished": page_["date"],
        "author": {"@type": "Person", "name": page_["author"]},
        "publisher": {"@type": "Organization", "name": page_["site"]},
        **(extra or {}),
    }
    return f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'


def _doc(page_: dict, lang: str, body: str, head: str = "", dir_: str = "", ld: bool = True) -> str:
    direction = f' dir="{dir_}"' if dir_ else ""
    return (
        f'<!DOCTYPE html><html lang="{lang}"{direction}><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{page_['title']} | {page_['site']}</title>"
        f'<meta property="og:title" content="{page_["title"]}"><meta property="og:type" content="article">'
        f'<link rel="canonical" href="{page_["url"]}">{_ld(page_) if ld else ""}{head}'
        '<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>'
        f"</head><body>{body}</body></html>"
    )


def _links(items: tuple[str, ...], href: str = "/news/") -> str:
    return "".join(f'<li><a href="{href}{i}">{t}</a></li>' for i, t in enumerate(items))


def _cookie(text: str, accept: str, more: str) -> str:
    return (
        f'<div id="cookie-banner" class="cookie-consent" role="dialog"><p>{text}</p>'
        f'<button class="accept">{accept}</button><a href="/privacy">{more}</a></div>'
    )


# ---------------------------------------------------------------- Drupal
def drupal(page_: dict, article: str) -> str:
    """A Drupal 9 news site: ``article.node--type-news`` with ``div.field--name-body.field__item``, tags and
    a views block of related news after it, a sidebar of blocks."""
    return _doc(page_, "en", (
        '<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>'
        '<div class="dialog-off-canvas-main-canvas"><header role="banner" class="region region-header">'
        f'<a href="/" rel="home" class="site-logo">{page_["site"]}</a><nav role="navigation" id="block-mainnavigation">'
        f'<ul class="menu">{_links(("News", "Council", "Planning", "Sport", "What&#39;s on", "Contact"), "/section/")}</ul></nav></header>'
        '<div class="region region-breadcrumb"><nav class="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ol></nav></div>'
        '<main role="main"><a id="main-content" tabindex="-1"></a><div class="region region-content">'
        '<div data-drupal-messages-fallback class="hidden"></div>'
        f'<article role="article" about="/news/{page_["id"]}" class="node node--type-news node--promoted node--view-mode-full">'
        f'<h1 class="page-title"><span class="field field--name-title field--type-string">{page_["title"]}</span></h1>'
        '<div class="node__meta"><span class="field field--name-uid">'
        f'<span>{page_["author"]}</span></span> <span class="field field--name-created">Tue, 03/12/2024 - 14:05</span></div>'
        '<div class="node__content"><div class="field field--name-field-image field--type-image field__item">'
        '<img src="/sites/default/files/styles/large/public/2024-12/depot.jpg" alt="The bus depot on Mill Road" loading="lazy"></div>'
        f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{article}</div>'
        '<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Tags</div>'
        '<div class="field__items"><div class="field__item"><a href="/taxonomy/term/4">Transport</a></div>'
        '<div class="field__item"><a href="/taxonomy/term/9">Council</a></div></div></div>'
        '<ul class="links inline"><li class="node-readmore"><a href="/print/1">Printer-friendly version</a></li></ul></div></article>'
        '<div class="views-element-container block block-views"><h2>Related news</h2><div class="view view-related-news"><div class="view-content">'
        '<div class="views-row"><a href="/news/1">Night bus trial extended to March</a></div>'
        '<div class="views-row"><a href="/news/2">Cycle lane consultation opens on Station Road</a></div>'
        '<div class="views-row"><a href="/news/3">Fares frozen for a second year</a></div></div></div></div></div></main>'
        '<aside class="layout-sidebar-second" role="complementary"><div class="block block-simplenews"><h2>Newsletter</h2>'
        '<p>Stay informed - our weekly newsletter delivers local news to your inbox.</p><form><input type="email"><input type="submit" value="Subscribe"></form></div>'
        f'<div class="block"><h2>Most read</h2><ul>{_links(("Library opening hours cut", "New GP surgery approved", "Flood warning lifted"))}</ul></div></aside>'
        '<footer role="contentinfo"><p>&copy; 2024 Fenbury Gazette. Powered by Drupal</p><a href="/accessibility">Accessibility</a></footer></div>'
        + _cookie("We use cookies on this site to enhance your user experience. By clicking any link on this page you are giving your consent for us to set cookies.", "OK, I agree", "No, give me more info")
    ))  # fmt: skip


# ---------------------------------------------------------------- Joomla
def joomla(page_: dict, article: str) -> str:
    """A Joomla 4 site: ``div.com-content-article.item-page`` with ``dl.article-info``, the body in
    ``div[itemprop=articleBody]``, then the "Prev/Next" pager, and modules in the sidebar."""
    return _doc(page_, "en-gb", (
        '<header class="header container-header full-width"><div class="navbar-brand"><a class="brand-logo" href="/">'
        f'<span>{page_["site"]}</span></a><div class="site-description">News from the valley since 1998</div></div>'
        f'<nav class="container-nav"><ul class="mod-menu mod-list nav">{_links(("Home", "News", "Events", "Clubs", "Photos", "Contact"), "/index.php/")}</ul></nav></header>'
        '<div class="site-grid"><div class="grid-child container-component"><nav class="mod-breadcrumbs__wrapper"><ol class="mod-breadcrumbs breadcrumb">'
        '<li>You are here: &#160;</li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/">Home</a></li>'
        '<li class="mod-breadcrumbs__item breadcrumb-item"><a href="/index.php/news">News</a></li></ol></nav>'
        '<main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">'
        f'<meta itemprop="inLanguage" content="en-GB"><div class="page-header"><h2 itemprop="headline">{page_["title"]}</h2></div>'
        '<dl class="article-info text-muted"><dt class="article-info-term">Details</dt>'
        f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Written by: <span itemprop="name">{page_["author"]}</span></dd>'
        '<dd class="category-name">Category: <a href="/index.php/news" itemprop="genre">News</a></dd>'
        '<dd class="published"><time datetime="2024-09-14T09:30:00+01:00" itemprop="datePublished">Published: 14 September 2024</time></dd>'
        '<dd class="hits"><meta itemprop="interactionCount" content="UserPageVisits:412">Hits: 412</dd></dl>'
        f'<div itemprop="articleBody" class="com-content-article__body">{article}</div>'
        '<ul class="tags list-inline"><li class="list-inline-item tag-3"><a href="/index.php/tags/show" class="btn btn-sm btn-info">Show</a></li></ul>'
        '<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/index.php/news/1" rel="prev">'
        '<span class="icon-chevron-left" aria-hidden="true"></span> Prev</a><a class="btn btn-sm btn-secondary next" href="/index.php/news/3" rel="next">Next '
        '<span class="icon-chevron-right" aria-hidden="true"></span></a></span></nav></div></main></div>'
        '<div class="grid-child container-sidebar-right"><div class="sidebar-right card"><h3 class="card-header">Latest Articles</h3><div class="card-body">'
        f'<ul class="mod-articleslatest latestnews mod-list">{_links(("Bridge repairs finish early", "Choir seeks new members", "Autumn litter pick dates"), "/index.php/news/")}</ul></div></div>'
        '<div class="sidebar-right card"><h3 class="card-header">Login Form</h3><div class="card-body"><form><input name="username"><input type="password">'
        '<button>Log in</button><a href="/reset">Forgot your password?</a></form></div></div></div></div>'
        '<footer class="container-footer footer full-width"><p>Copyright &copy; 2024 Valley Voice. All Rights Reserved.</p>'
        '<p>Joomla! is Free Software released under the GNU General Public License.</p><a href="#top" id="back-top" class="back-to-top-link">Back to Top</a></footer>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- Squarespace
def squarespace(page_: dict, article: str) -> str:
    """A Squarespace 7.1 blog post: ``article.entry`` with ``div.blog-item-content-wrapper``, the body in
    ``sqs-block html-block`` divs (one per block), image blocks between, the author card, share and
    pagination after."""
    return _doc(page_, "en-US", (
        f'<header id="header" class="header theme-col--primary"><div class="header-title"><a href="/">{page_["site"]}</a></div>'
        '<nav class="header-nav"><div class="header-nav-item"><a href="/menu">Menu</a></div><div class="header-nav-item"><a href="/journal">Journal</a></div>'
        '<div class="header-nav-item"><a href="/order">Order online</a></div><div class="header-nav-item"><a href="/visit">Visit</a></div></nav>'
        '<a class="header-actions-action--cart" href="/cart"><span class="sqs-cart-quantity">0</span></a></header>'
        '<main id="page" class="container" role="main"><article class="entry hentry author-mara-lind post-type-text" id="article-65f">'
        f'<div class="blog-item-top-wrapper"><div class="blog-item-title"><h1 class="entry-title" data-content-field="title">{page_["title"]}</h1></div>'
        '<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="2024-04-02">April 2, 2024</time></div>'
        f'<div class="blog-meta-item blog-meta-item--author"><a href="/journal?author=1">{page_["author"]}</a></div></div></div>'
        '<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item">'
        f'<div class="row sqs-row"><div class="col sqs-col-12 span-12">{article}</div></div></div></div></div>'
        '<div class="blog-item-bottom-wrapper"><div class="blog-meta-section"><span class="blog-categories-list"><a href="/journal?category=News" class="blog-categories">News</a></span>'
        '<div class="blog-share-actions"><span class="squarespace-social-buttons inline-style" data-system-data-id="1" data-asset-url=""></span>'
        '<a class="ss-social-button" data-service="facebook">Facebook</a><a class="ss-social-button" data-service="twitter">Twitter</a><a class="ss-social-button" data-service="linkedin">LinkedIn</a></div></div>'
        '<section class="blog-item-author-profile-wrapper"><div class="blog-author-name">Mara Lind</div><div class="blog-author-bio">Mara founded the bakery in 2011 and still does the early shift.</div></section>'
        '<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic-grid"><a href="/journal/spring-menu" class="item-pagination-link item-pagination-link--prev">'
        '<div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Our spring menu is here</h2></a>'
        '<a href="/journal/sourdough-class" class="item-pagination-link item-pagination-link--next"><div class="item-pagination-prev-next">Next</div>'
        '<h2 class="item-pagination-title">Sourdough classes are back</h2></a></section></div></article></main>'
        '<footer class="sections" id="footer-sections"><section class="page-section"><div class="sqs-block newsletter-block"><h2>Join our mailing list</h2>'
        '<p>Sign up to receive news and updates.</p><form><input type="email" placeholder="Email Address"><button>Sign Up</button></form>'
        '<p class="newsletter-form-footnote">We respect your privacy.</p></div><p>Open Tuesday to Sunday, 7am - 3pm</p><p>14 Harbour Lane</p></section></footer>'
    ), ld=False)  # fmt: skip


def sqs(*blocks: str) -> tuple[str, str]:
    """A Squarespace text block: its paragraphs with the ``sqsrte`` class (the 7.1 editor's)."""
    inner = "".join(f'<p class="" style="white-space:pre-wrap;">{b}</p>' for b in blocks)
    return (
        f'<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-{len(inner) % 997}">'
        f'<div class="sqs-block-content"><div class="sqs-html-content">{inner}</div></div></div>',
        "\n\n".join(blocks),
    )


def sqs_image() -> tuple[str, None]:
    return (
        '<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content">'
        '<div class="image-block-outer-wrapper layout-caption-below design-layout-inline"><figure class="sqs-block-image-figure intrinsic">'
        '<div class="image-block-wrapper"><img data-src="https://images.squarespace-cdn.com/content/v1/a.jpg" alt="" loading="lazy"></div>'
        "</figure></div></div></div>",
        None,
    )


# ---------------------------------------------------------------- Wix
def wix(page_: dict, article: str) -> str:
    """A Wix blog post: everything in hashed class names and ``data-hook`` attributes, the body in
    ``div[data-hook=post-description]`` with a ``p`` > ``span`` per paragraph, then tags, share, "Recent
    Posts" and the comments widget."""
    return _doc(page_, "en", (
        '<div id="SITE_CONTAINER"><div id="main_MF"><header id="SITE_HEADER" class="xU8fqS"><div class="_2Hij5"><a href="/" data-testid="linkElement">'
        f'<span class="wixui-rich-text__text">{page_["site"]}</span></a></div><nav aria-label="Site"><ul class="EwNXAE">'
        f'{_links(("Home", "Exhibitions", "Blog", "Visit", "Shop"), "/")}</ul></nav></header>'
        '<main id="PAGES_CONTAINER"><div id="SITE_PAGES"><section class="wixui-section"><div data-hook="post-page" class="blog-post-page-font">'
        '<article data-hook="post" class="blog-post-page-font _0sg5O"><div data-hook="post-header"><div class="gR_9V">'
        f'<span data-hook="user-name" class="tQ0Q1A user-name">{page_["author"]}</span><span data-hook="time-ago" title="Mar 8">Mar 8</span>'
        '<span data-hook="time-to-read" class="post-metadata__readTime">3 min read</span></div>'
        f'<h1 data-hook="post-title" class="H3vOVf blog-post-title-font"><span class="post-title__text blog-post-title-font">{page_["title"]}</span></h1></div>'
        f'<div data-hook="post-description" class="post-content__body"><div class="moHCnT"><div class="_7i5zi" data-id="rich-content-viewer">{article}</div></div></div>'
        '<div data-hook="post-footer"><ul data-hook="tag-list" class="kpKU8"><li><a href="/blog/tags/exhibitions" data-hook="tag">exhibitions</a></li></ul>'
        '<div data-hook="post-main-actions"><button aria-label="Share via Facebook" data-hook="share-button">Facebook</button>'
        '<button aria-label="Share via Twitter" data-hook="share-button">Twitter</button><button aria-label="Copy link">Copy link</button></div>'
        '<div data-hook="post-stats"><span data-hook="view-count">218 views</span><span data-hook="comment-count">0 comments</span>'
        '<button data-hook="like-button">Post not marked as liked</button></div></div></article>'
        '<section data-hook="recent-posts"><h2>Recent Posts</h2><a href="/post/1">See All</a><div data-hook="post-list-item"><a href="/post/1">Members&#39; evening: book your place</a></div>'
        '<div data-hook="post-list-item"><a href="/post/2">Behind the scenes at the print studio</a></div></section>'
        '<div data-hook="comments-widget"><h2>Comments</h2><p>Write a comment...</p></div></div></section></div></main>'
        '<footer id="SITE_FOOTER"><p>&copy;2024 by Saltmarsh Gallery. Proudly created with Wix.com</p></footer></div></div>'
        '<script id="wix-warmup-data" type="application/json">{"appsWarmupData":{}}</script>'
    ), ld=False)  # fmt: skip


def wix_p(text: str) -> tuple[str, str]:
    return (
        f'<div type="paragraph" class="mm8Nw _1j-51 Ryy0E" data-breakout="normal"><p class="_1IWUp" dir="auto">'
        f'<span style="font-weight:400" class="_2PHJq public-DraftStyleDefault-ltr">{text}</span></p></div>',
        text,
    )


# ---------------------------------------------------------------- Blogger
def blogger(page_: dict, article: str) -> str:
    """A Blogger (Blogspot) post in the Simple/Contempo theme: ``div.post-body.entry-content`` of bare
    text and ``<br>``, a photo in a ``separator`` div, the post footer, comments and the blog archive."""
    return _doc(page_, "en-GB", (
        '<div class="navbar section" id="navbar"><div class="widget Navbar" id="Navbar1"><iframe src="https://www.blogger.com/navbar.g?targetBlogID=1" height="30px"></iframe></div></div>'
        f'<div class="header-outer"><div class="Header widget" id="Header1"><h1 class="title"><a href="/">{page_["site"]}</a></h1>'
        '<p class="description">Notes from the platform end, since 2007</p></div></div>'
        '<div class="content-outer"><div class="main-outer"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">'
        '<div class="date-outer"><h2 class="date-header"><span>Saturday, 7 September 2024</span></h2><div class="date-posts"><div class="post-outer">'
        '<div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope itemtype="http://schema.org/BlogPosting">'
        f'<a name="7781"></a><h3 class="post-title entry-title" itemprop="name">{page_["title"]}</h3>'
        '<div class="post-header"><div class="post-header-line-1"></div></div>'
        f'<div class="post-body entry-content" id="post-body-7781" itemprop="description articleBody">{article}<div style="clear: both;"></div></div>'
        '<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by '
        f'<span class="fn" itemprop="author"><span itemprop="name">{page_["author"]}</span></span></span> '
        '<span class="post-timestamp">at <a class="timestamp-link" href="#"><abbr class="published" title="2024-09-07T18:40:00+01:00">18:40</abbr></a></span> '
        '<span class="post-comment-link"><a class="comment-link" href="#comments">3 comments:</a></span></div>'
        '<div class="post-share-buttons goog-inline-block"><a class="share-button sb-email" title="Email This">Email This</a><a class="share-button sb-blog" title="BlogThis!">BlogThis!</a>'
        '<a class="share-button sb-twitter" title="Share to X">Share to X</a><a class="share-button sb-facebook" title="Share to Facebook">Share to Facebook</a></div>'
        '<div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: <a href="/search/label/heritage" rel="tag">heritage</a>, '
        '<a href="/search/label/steam" rel="tag">steam</a></span></div></div></div>'
        '<div class="comments" id="comments"><h4>3 comments:</h4><div id="comment-holder"><dl class="avatar-comment-indent" id="comments-block">'
        '<dt class="comment-author">Anonymous said...</dt><dd class="comment-body"><p>Great pictures, I was there on the Sunday. The queue for the footplate was worth it.</p></dd>'
        '<dd class="comment-footer"><span class="comment-timestamp">8 September 2024 at 09:12</span></dd>'
        '<dt class="comment-author">Pete W said...</dt><dd class="comment-body"><p>Any idea if 4472 is coming back next year?</p></dd>'
        '<dd class="comment-footer"><span class="comment-timestamp">8 September 2024 at 11:30</span></dd></dl></div>'
        '<p class="comment-footer"><a href="https://www.blogger.com/comment/fullpage/post/1/7781">Post a Comment</a></p></div></div></div></div></div>'
        '<div class="blog-pager" id="blog-pager"><a class="blog-pager-newer-link" href="#">Newer Post</a><a class="blog-pager-older-link" href="#">Older Post</a>'
        '<a class="home-link" href="/">Home</a></div><div class="post-feeds"><div class="feed-links">Subscribe to: <a class="feed-link" href="/feeds/posts/default">Post Comments (Atom)</a></div></div></div></div>'
        '<div class="sidebar section" id="sidebar-right-1"><div class="widget BlogArchive" id="BlogArchive1"><h2>Blog Archive</h2><ul class="hierarchy">'
        '<li><a class="post-count-link" href="/2024/">2024</a> <span class="post-count">(14)</span></li><li><a class="post-count-link" href="/2023/">2023</a> <span class="post-count">(22)</span></li></ul></div>'
        '<div class="widget Profile" id="Profile1"><h2>About Me</h2><dl class="profile-datablock"><dd class="profile-textblock">Retired signalman. Photographs trains.</dd></dl>'
        '<a class="profile-link" href="https://www.blogger.com/profile/1">View my complete profile</a></div></div></div>'
        '<div class="footer-outer"><div class="widget Attribution" id="Attribution1">Simple theme. Powered by <a href="https://www.blogger.com">Blogger</a>.</div></div>'
    ), ld=False)  # fmt: skip


def bl(text: str) -> tuple[str, str]:
    """A Blogger paragraph: bare text ended by two ``<br>``."""
    return f"{text}<br><br>", text


def bl_photo() -> tuple[str, None]:
    return (
        '<div class="separator" style="clear: both; text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/R29v/s1600/loco.jpg" '
        'style="margin-left: 1em; margin-right: 1em;"><img border="0" data-original-height="1200" data-original-width="1600" height="300" '
        'src="https://blogger.googleusercontent.com/img/b/R29v/s400/loco.jpg" width="400" /></a></div><br>',
        None,
    )


# ---------------------------------------------------------------- Tumblr
def tumblr(page_: dict, article: str) -> str:
    """A Tumblr text post in a blog theme: ``article.post.text`` with ``h2`` title and ``div.body-text``,
    then tags, notes ("3,412 notes") and the reblog list."""
    notes = "".join(
        f'<li class="note reblog"><a href="https://{n}.tumblr.com/" class="tumblelog">{n}</a> reblogged this from <a href="/">saltwaterdiary</a></li>'
        for n in ("moth-in-the-lamp", "tidepool-queen", "nightshift-nurse", "rainonzinc")
    )
    return _doc(page_, "en", (
        f'<div id="container"><header id="header"><h1><a href="/">{page_["site"]}</a></h1><p class="description">tide tables, weather and small boats</p>'
        '<nav><a href="/archive">Archive</a> <a href="/ask">Ask me anything</a> <a href="/submit">Submit</a></nav></header>'
        f'<main id="posts"><article class="post text" id="post-7412"><h2><a href="/post/7412">{page_["title"]}</a></h2>'
        f'<div class="body-text">{article}</div>'
        '<footer class="post-footer"><div class="tags"><a href="/tagged/sailing">#sailing</a> <a href="/tagged/weather">#weather</a> '
        '<a href="/tagged/long post">#long post</a></div><div class="meta"><a href="/post/7412" class="date">Aug 21st, 2024</a> '
        '<a href="/post/7412#notes" class="notes-count">3,412 notes</a> <a href="https://www.tumblr.com/reblog/7412" class="reblog">Reblog</a></div></footer>'
        f'<section id="notes"><ol class="notes">{notes}<li class="note like"><a href="#">seaglass-kid</a> liked this</li></ol>'
        '<a class="more_notes_link" href="#">Show more notes</a></section></article></main>'
        '<aside id="sidebar"><img src="https://64.media.tumblr.com/avatar_128.png" alt=""><p>I sail a 19ft boat out of a muddy creek.</p></aside>'
        '<div class="tmblr-iframe tmblr-iframe--desktop-logged-out-controls"><a href="https://www.tumblr.com/register">Sign up</a> '
        '<a href="https://www.tumblr.com/login">Log in</a> <a href="https://www.tumblr.com/follow/saltwaterdiary">Follow</a></div></div>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- LinkedIn article
def linkedin(page_: dict, article: str) -> str:
    """A LinkedIn (Pulse) article's public page: the author card, the body in
    ``div.article-main__content[data-test-id=publishing-text-block]``, reactions, comments, "More articles
    by" and a sign-in wall."""
    return _doc(page_, "en", (
        '<header class="header"><nav class="nav"><a class="nav__logo-link" href="https://www.linkedin.com/">LinkedIn</a>'
        '<ul class="top-nav-menu"><li><a href="/pulse/topics/home/">Articles</a></li><li><a href="/pub/dir/">People</a></li><li><a href="/learning/">Learning</a></li>'
        '<li><a href="/jobs/">Jobs</a></li><li><a href="/games/">Games</a></li></ul><a class="nav__button-secondary" href="/signup">Join now</a>'
        '<a class="nav__button-primary" href="/login">Sign in</a></nav></header>'
        '<main class="main" id="main-content"><section class="core-rail"><article class="article-main">'
        '<figure class="cover-img"><img class="cover-img__image" data-delayed-url="https://media.licdn.com/cover.jpg" alt=""></figure>'
        f'<h1 class="pulse-title">{page_["title"]}</h1><div class="base-main-card"><a class="base-card__full-link" href="/in/priya-natarajan">'
        f'<span class="sr-only">{page_["author"]}</span></a><h3 class="base-main-card__title">{page_["author"]}</h3>'
        '<h4 class="base-main-card__subtitle">Head of Operations at Harbourline Logistics | Supply chain, people, coffee</h4>'
        '<span class="base-main-card__metadata">Published Oct 2, 2024</span><a class="follow-button" href="/signup">+ Follow</a></div>'
        f'<div class="article-main__content" data-test-id="publishing-text-block">{article}</div>'
        '<div class="social-action-bar"><span class="social-counts-reactions">412</span><a class="social-counts-comments">38 Comments</a>'
        '<button>Like</button><button>Comment</button><button>Share</button></div>'
        '<section class="comments"><h2>To view or add a comment, <a href="/login">sign in</a></h2></section></article></section>'
        '<section class="right-rail"><h2>More articles by Priya Natarajan</h2><ul><li><a href="/pulse/1">Why we stopped doing annual reviews</a></li>'
        '<li><a href="/pulse/2">What a night shift taught me about leadership</a></li></ul>'
        '<h2>Explore topics</h2><ul><li><a href="/pulse/topics/sales">Sales</a></li><li><a href="/pulse/topics/marketing">Marketing</a></li>'
        '<li><a href="/pulse/topics/it-services">IT Services</a></li></ul></section></main>'
        '<div class="contextual-sign-in-modal"><h2>Sign in to view more content</h2><p>Create your free account or sign in to continue your search</p>'
        '<a href="/login">Sign in</a><p>By clicking Continue to join or sign in, you agree to LinkedIn&#39;s User Agreement, Privacy Policy, and Cookie Policy.</p></div>'
        '<footer class="li-footer"><p>LinkedIn &copy; 2024</p><ul><li><a href="/legal/user-agreement">User Agreement</a></li><li><a href="/legal/privacy-policy">Privacy Policy</a></li>'
        '<li><a href="/legal/cookie-policy">Cookie Policy</a></li></ul></footer>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- Yahoo syndication
def yahoo(page_: dict, article: str) -> str:
    """A story syndicated on Yahoo News: ``div.caas-body`` after the provider's logo, "Story continues"
    between its halves, "Read the original article on ..." at its end, the Yahoo rail and comments."""
    return _doc(page_, "en-US", (
        '<div id="ybar"><a href="https://www.yahoo.com/">Yahoo</a><form><input placeholder="Search the web"><button>Search</button></form>'
        '<a href="https://mail.yahoo.com">Mail</a><a href="https://login.yahoo.com">Sign in</a></div>'
        f'<nav class="nav"><ul>{_links(("News", "Finance", "Sports", "Entertainment", "Life", "Shopping", "Weather"), "/")}</ul></nav>'
        '<div id="module-article" class="caas-container"><article class="caas-container-inner"><header class="caas-header">'
        '<div class="caas-logo"><a href="https://www.thelakesledger.example/"><img alt="The Lakes Ledger" src="/provider.png"></a></div>'
        f'<div class="caas-title-wrapper"><h1 data-test-locator="headline">{page_["title"]}</h1></div></header>'
        f'<div class="caas-attr"><div class="caas-attr-meta"><div class="caas-attr-item-author"><span class="caas-author-byline-collapse">{page_["author"]}</span></div>'
        '<div class="caas-attr-time-style"><time datetime="2024-10-15T14:02:31.000Z">Tue, October 15, 2024 at 2:02 PM UTC</time> &middot; 3 min read</div></div>'
        '<div class="caas-share-buttons"><button>Share</button><button>Facebook</button><button>X</button><button>Email</button></div></div>'
        f'<div class="caas-body">{article}</div>'
        '</article></div>'
        '<div id="module-recommended" class="rail"><h3>Trending Now</h3><ol><li><a href="/n/1">Powerball jackpot climbs to $400 million</a></li>'
        '<li><a href="/n/2">Storm warnings issued for the Gulf Coast</a></li><li><a href="/n/3">Recall issued for frozen waffles</a></li></ol></div>'
        '<div id="module-comments"><h3>Comments</h3><button>View comments</button></div>'
        '<footer id="footer"><a href="https://legal.yahoo.com/us/en/yahoo/terms/otos/index.html">Terms</a> <a href="https://legal.yahoo.com/us/en/yahoo/privacy/index.html">Privacy</a>'
        ' <a href="https://legal.yahoo.com/us/en/yahoo/privacy/adinfo/index.html">Privacy Dashboard</a> <a href="/about">About Our Ads</a><p>&copy; 2024 Yahoo. All rights reserved.</p></footer>'
    ))  # fmt: skip


def yahoo_ad() -> tuple[str, None]:
    return (
        '<div class="caas-da"><div class="gemini-ad" id="sda-INARTICLE"><span class="ad-label">Advertisement</span></div></div>',
        None,
    )


def yahoo_continues() -> tuple[str, None]:
    return (
        '<div class="caas-readmore caas-readmore-collapse"><button class="link caas-button collapse-button" aria-label="">Story continues</button></div>',
        None,
    )


# ---------------------------------------------------------------- AP News
def apnews(page_: dict, article: str) -> str:
    """AP News: ``div.RichTextStoryBody.RichTextBody`` after the ``Page-lead`` photo, AP's ad slots
    (``div.Advertisement``), the "___" credit line, then "Related Stories" and "Most Read"."""
    return _doc(page_, "en", (
        '<div class="Page-header-stickyWrap"><header class="Page-header"><a class="Page-header-logo" href="/">AP</a>'
        f'<nav class="Page-header-navigation"><ul>{_links(("World", "U.S.", "Politics", "Sports", "Entertainment", "Business", "Science", "Obituaries"), "/hub/")}</ul></nav>'
        '<a class="Page-header-newsletter" href="/newsletters">Newsletters</a><a href="/donate" class="Page-header-donate">Support Independent Journalism</a></header></div>'
        '<main class="Page-main"><div class="Page-content"><bsp-story-page class="Page-storyBody"><div class="Page-headline">'
        f'<h1 class="Page-headline">{page_["title"]}</h1></div><div class="Page-byline"><div class="Page-authors">By <a class="Link" href="/author/1">{page_["author"]}</a></div>'
        '<div class="Page-dateModified"><bsp-timestamp data-timestamp="1728936000000"><span>Updated 3:20 PM EDT, October 14, 2024</span></bsp-timestamp></div></div>'
        '<div class="Page-actions"><a class="Page-actions-share">Share</a><a class="Page-actions-copy">Copy</a><a href="/print">Print</a></div>'
        '<div class="Page-lead"><figure class="Figure"><picture><img alt="" src="/photo.jpg"></picture><figcaption class="Figure-caption">'
        '<div class="CarouselSlide-info-description"><p>Marguerite Olsen stands outside her Duluth bakery in 1987. (Olsen family via AP)</p></div></figcaption></figure></div>'
        f'<div class="RichTextStoryBody RichTextBody">{article}</div>'
        '<div class="Page-storyBody-end"><div class="Page-tags"><a href="/hub/obituaries">Obituaries</a> <a href="/hub/minnesota">Minnesota</a></div></div>'
        '<bsp-list-loadmore class="PageListStandardE"><div class="PageListStandardE-title"><h2>Related Stories</h2></div>'
        '<div class="PageList-items"><div class="PageList-items-item"><a href="/article/1">Minnesota town celebrates 150 years with parade and pie contest</a></div>'
        '<div class="PageList-items-item"><a href="/article/2">Last of the lakefront bakeries closes after 90 years</a></div></div></bsp-list-loadmore>'
        '</bsp-story-page></div><aside class="Page-aside"><div class="PageListRightRailA"><h2>Most Read</h2><ul>'
        f'{_links(("Hurricane makes landfall as Category 3", "Fed signals pause in rate cuts", "Election officials brace for turnout"), "/article/")}</ul></div></aside></main>'
        '<footer class="Page-footer"><p>Copyright 2024 The Associated Press. All Rights Reserved.</p><a href="/privacy-policy">Privacy Policy</a>'
        ' <a href="/terms">Terms of Use</a> <a href="/cookies">Cookie Settings</a> <a href="/ai-disclosure">AI Disclosure</a></footer>'
    ))  # fmt: skip


def ap_ad() -> tuple[str, None]:
    return (
        '<div class="Advertisement" data-ad-placement="RichTextStoryBody"><div class="Advertisement-label">Advertisement</div>'
        '<div class="ad-slot" data-slot-type="dfp"></div></div>',
        None,
    )


# ---------------------------------------------------------------- NPR
def npr(page_: dict, article: str) -> str:
    """NPR: ``div#storytext.storytext`` with ``div.bucketwrap`` photo buckets (caption and credit), an
    inline "Related Story" bucket, then the "More Stories From NPR" and the donate ask."""
    return _doc(page_, "en", (
        '<header id="globalheader"><a href="/" class="logo">NPR</a><nav class="menu"><ul>'
        f'{_links(("News", "Culture", "Music", "Podcasts &amp; Shows", "Search"), "/sections/")}</ul></nav>'
        '<a class="donate" href="https://www.npr.org/donations/support">Donate</a></header>'
        '<main><section id="main-section"><article class="story"><div class="storytitle"><div class="slug-wrap"><h3 class="slug"><a href="/sections/climate/">Climate</a></h3></div>'
        f'<h1>{page_["title"]}</h1></div><div id="story-meta" class="story-meta"><div class="story-meta__one"><div class="byline-container--block">'
        f'<div class="byline"><p class="byline__name byline__name--block"><a href="/people/1">{page_["author"]}</a></p></div></div></div>'
        '<div class="story-meta__two"><div class="dateblock"><time datetime="2024-07-18T05:00:00-04:00"><span class="date">July 18, 2024</span><span class="time">5:00 AM ET</span></time></div></div></div>'
        '<div class="share-tools share-tools--primary"><a class="share--facebook">Facebook</a><a class="share--flipboard">Flipboard</a><a class="share--email">Email</a></div>'
        f'<div id="storytext" class="storytext storylocation linkLocation">{article}</div>'
        '<div class="storytext-bottom"><div class="story-tags"><a href="/tags/heat">heat wave</a> <a href="/tags/weather">weather</a></div></div></article>'
        '<aside id="end-of-story-recommendations" class="recommended-stories"><h3>More Stories From NPR</h3><article><a href="/1">Why cities are painting roofs white</a></article>'
        '<article><a href="/2">How to keep pets safe in extreme heat</a></article></aside>'
        '<div class="donate-callout"><h3>Support public radio</h3><p>NPR relies on listeners like you. Donate to your local station today.</p><a href="/donate">Donate</a></div>'
        '</section></main><footer id="npr-footer"><p>&copy; 2024 npr</p><a href="/about-npr/179876898/terms-of-use">Terms of Use</a> <a href="/about-npr/179878450/privacy-policy">Privacy</a>'
        ' <a href="#" class="ot-sdk-show-settings">Your Privacy Choices</a> <a href="/about-npr/text-only">Text Only</a></footer>'
    ))  # fmt: skip


def npr_photo(caption: str, credit: str) -> tuple[str, None]:
    return (
        '<div id="res1" class="bucketwrap image large" aria-label="Image"><div class="imagewrap has-source-dimensions" data-crop-type="">'
        '<picture><img src="https://media.npr.org/assets/img/heat.jpg" alt="" loading="lazy"></picture></div>'
        f'<div class="credit-caption"><div class="caption-wrap"><div class="caption" aria-label="Image caption"><p>{caption}'
        f'<b class="hide-caption"><b>hide caption</b></b></p></div></div><span class="credit" aria-label="Image credit">{credit}</span></div>'
        '<b class="toggle-caption"><b>toggle caption</b></b></div>',
        None,
    )


def npr_related(title: str) -> tuple[str, None]:
    return (
        '<aside id="res2" class="bucketwrap internallink insettwocolumn inset2col"><div class="bucket img"><h3 class="slug">Related Story</h3>'
        f'<a href="/sections/health/1"><h3 class="title">{title}</h3></a></div></aside>',
        None,
    )


# ---------------------------------------------------------------- Al Jazeera
def aljazeera(page_: dict, article: str) -> str:
    """Al Jazeera: ``div.wysiwyg.wysiwyg--all-content`` after the header's ``p`` summary (the header's dek,
    which the gold leaves out), an embedded document (a DocumentCloud ``iframe``) in the body, "Recommended Stories" inside it,
    and the "Follow Al Jazeera" bar."""
    return _doc(page_, "en", (
        '<div class="site-header"><a class="site-logo" href="/">Al Jazeera</a><nav class="site-header__navigation"><ul>'
        f'{_links(("News", "Middle East", "Explained", "Opinion", "Sport", "Video", "More"), "/")}</ul></nav>'
        '<a class="site-header__live-menu" href="/live">Live</a></div>'
        '<main id="main-content-area" class="l-col l-col--8"><header class="article-header"><div class="article-header__topics"><a href="/tag/courts">Courts</a></div>'
        f'<h1>{page_["title"]}</h1><p class="article__subhead"><em>{page_["lede"]}</em></p></header>'
        '<div class="article-info-block"><div class="article-author-name"><a href="/author/1">' + page_["author"] + '</a></div>'
        '<div class="date-simple"><span class="screen-reader-text">Published On 9 Oct 2024</span><span aria-hidden="true">9 Oct 2024</span></div></div>'
        '<div class="article-info-block__social"><div class="article-share"><button>Share</button><button>Save</button><a>click here to share on social media</a></div></div>'
        f'<div class="wysiwyg wysiwyg--all-content css-1vkfgk0">{article}</div>'
        '<div class="article-source"><p>Source: Al Jazeera and news agencies</p></div></main>'
        '<div class="social-follow"><h2>Follow Al Jazeera English:</h2><a>facebook</a><a>twitter</a><a>youtube</a><a>instagram</a></div>'
        '<aside class="l-col l-col--4"><section class="most-read-container"><h2>Most Read</h2><ol>'
        f'{_links(("Live: Israel strikes southern Lebanon", "Why is the rupee falling?", "Photos: Monsoon floods in Nepal"), "/news/")}</ol></section></aside>'
        '<footer class="footer"><p>&copy; 2024 Al Jazeera Media Network</p><a href="/terms">Terms and conditions</a> <a href="/cookie">Cookie Policy</a> <a href="/privacy">Privacy Policy</a></footer>'
        + _cookie("We and our partners process data to provide and improve our services. You can accept or manage your choices.", "Accept all", "Manage preferences")
    ))  # fmt: skip


def aj_recommended() -> tuple[str, None]:
    return (
        '<div class="more-on"><h2 class="more-on__heading">Recommended Stories</h2><span class="more-on__list-count">list of 3 items</span><ul>'
        '<li class="more-on__item"><a href="/news/1">Ex-minister charged in port contract probe</a></li><li class="more-on__item"><a href="/news/2">'
        'Court orders release of detained journalists</a></li><li class="more-on__item"><a href="/news/3">Kenya&#39;s top judge warns over case backlog</a></li>'
        '</ul><span class="more-on__list-end">end of list</span></div>',
        None,
    )


def doccloud(title: str) -> tuple[str, None]:
    return (
        '<div class="embed-document"><iframe src="https://embed.documentcloud.org/documents/24071-judgment/?embed=1&amp;responsive=1" '
        f'title="{title} (Hosted by DocumentCloud)" width="700" height="450" sandbox="allow-scripts allow-same-origin allow-popups allow-forms"></iframe>'
        f'<p class="embed-document__caption"><a href="https://www.documentcloud.org/documents/24071-judgment">{title}</a> (PDF, 42 pages)</p></div>',
        None,
    )


# ---------------------------------------------------------------- generic newsroom (fact check, match report, timeline, FAQ, TOC)
def newsroom(page_: dict, article: str) -> str:
    """A regional daily's article page (a WordPress newsroom theme): ``div.article-body`` inside
    ``article.post``, the share bar before it, a newsletter box and "More from" list after it, cookie
    notice; the page's JSON-LD is its ``ld`` (a ClaimReview, an FAQPage...) when it has one."""
    extra = page_.get("ld_extra", "")
    before = page_.get("before_body", "")
    return _doc(page_, "en", (
        f'<header class="site-header"><a class="logo" href="/">{page_["site"]}</a><nav class="primary-menu"><ul>'
        f'{_links(("News", "Sport", "Business", "Opinion", "Fact Check", "Weather", "Obituaries"), "/category/")}</ul></nav>'
        '<a class="subscribe-btn" href="/subscribe">Subscribe</a><a href="/login">Log in</a></header>'
        f'<main class="site-main"><article class="post type-post single"><header class="entry-header"><span class="kicker">{page_.get("kicker", "News")}</span>'
        f'<h1 class="entry-title">{page_["title"]}</h1><div class="entry-meta"><span class="byline">By <a href="/author/1">{page_["author"]}</a></span>'
        f'<time class="entry-date published" datetime="{page_["date"]}">{page_["date"][:10]}</time></div></header>'
        '<div class="share-bar"><a class="share-facebook">Share on Facebook</a><a class="share-x">Share on X</a><a class="share-whatsapp">WhatsApp</a>'
        f'<a class="share-email">Email</a></div>{before}<div class="article-body entry-content">{article}</div>'
        '<footer class="entry-footer"><span class="tags-links">Tagged: <a href="/tag/1">local</a></span></footer></article>'
        '<section class="newsletter-signup"><h2>Get the morning briefing</h2><p>The day&#39;s top stories, in your inbox by 7am.</p>'
        '<form><input type="email" placeholder="Your email"><button>Sign up</button></form></section>'
        f'<section class="more-from"><h2>More from {page_["site"]}</h2><ul>{_links(("Council tax to rise 4.9%", "Hospital car park charges scrapped", "Rail line reopens after landslip"), "/news/")}</ul></section></main>'
        f'<footer class="site-footer"><p>&copy; 2024 {page_["site"]}. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/contact">Contact us</a> <a href="/complaints">Complaints</a></footer>'
        + _cookie("We use cookies to personalise content and ads and to analyse our traffic.", "Accept", "Cookie settings")
    ), head=extra)  # fmt: skip


def rating_box(claim: str, verdict: str, who: str) -> tuple[str, str]:
    """A fact check's rating box: the claim, who made it and the verdict."""
    return (
        '<div class="fact-check-rating"><div class="fc-claim"><span class="fc-label">Claim:</span> '
        f'<span class="fc-text">{claim}</span></div><div class="fc-source"><span class="fc-label">Made by:</span> {who}</div>'
        f'<div class="fc-verdict verdict--false"><span class="fc-label">Our rating:</span> <strong>{verdict}</strong></div></div>',
        f"Claim: {claim}\nMade by: {who}\nOur rating: {verdict}",
    )


def timeline(entries: list[tuple[str, str]], title: str) -> tuple[str, str]:
    items = "".join(
        f'<li class="timeline__item"><span class="timeline__date">{d}</span><p class="timeline__text">{t}</p></li>'
        for d, t in entries
    )
    return (
        f'<div class="timeline"><h3 class="timeline__title">{title}</h3><ol class="timeline__list">{items}</ol></div>',
        "\n\n".join([title] + [f"{d}\n{t}" for d, t in entries]),
    )


def faq(question: str, answer: str) -> list[tuple[str, str]]:
    return [
        (f'<details class="faq-item" open><summary class="faq-question"><h3>{question}</h3></summary>'
         f'<div class="faq-answer"><p>{answer}</p></div></details>', f"{question}\n\n{answer}"),
    ]  # fmt: skip


def toc(headings: tuple[str, ...]) -> tuple[str, None]:
    items = "".join(f'<li><a href="#s{i}">{t}</a></li>' for i, t in enumerate(headings))
    return (
        f'<nav class="table-of-contents" aria-label="Contents"><p class="toc-title">Contents</p><ol>{items}</ol></nav>',
        None,
    )


def pull(text: str) -> tuple[str, None]:
    return (
        f'<figure class="pull-quote"><blockquote><p>{text}</p></blockquote><figcaption>— Dana Whitlock</figcaption></figure>',
        None,
    )


# ---------------------------------------------------------------- Der Spiegel
def spiegel(page_: dict, article: str) -> str:
    """Der Spiegel: the teaser in the header (``div.RichText`` under the headline, the header's dek, which the gold leaves out), the
    body in ``div[data-area=text]`` blocks of ``div.RichText``, "ANZEIGE" slots and an inline "Mehr zum
    Thema" box between them, then "Diskutieren Sie mit" and the footer."""
    return _doc(page_, "de", (
        '<header data-area="header"><a href="/" title="DER SPIEGEL">DER SPIEGEL</a><nav><ul>'
        f'{_links(("Schlagzeilen", "Politik", "Ausland", "Panorama", "Sport", "Wirtschaft", "Wissenschaft", "Kultur"), "/ressort/")}</ul></nav>'
        '<a href="/abo">Abonnement</a><a href="/anmelden">Anmelden</a></header>'
        '<main id="Inhalt"><article aria-label="Artikel"><header data-area="intro"><h2><span class="font-sansUI">Hitzewelle in Südeuropa</span>'
        f'<span class="align-middle">{page_["title"]}</span></h2><div class="RichText RichText--sans leading-loose lg:text-xl md:text-xl sm:text-l">{page_["lede"]}</div>'
        f'<div data-area="byline">Von <a href="/impressum/autor-1">{page_["author"]}</a></div><time datetime="2024-07-22 17:03:00">22.07.2024, 17.03 Uhr</time>'
        '<div data-area="social_bar"><button>Artikel teilen</button><button>Merken</button><button>Artikel anhören (4 Minuten)</button></div></header>'
        f'<section class="relative">{article}</section>'
        '<div data-area="contentbox"><h3>Diskutieren Sie mit</h3><p>Die Kommentarfunktion ist für diesen Artikel geschlossen.</p></div></article></main>'
        '<footer><p>&copy; DER SPIEGEL GmbH &amp; Co. KG</p><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a> <a href="/agb">Nutzungsbedingungen</a> <a href="#">Cookies &amp; Tracking</a></footer>'
    ))  # fmt: skip


def sp_text(*paras: str) -> tuple[str, str]:
    inner = "".join(f"<p>{x}</p>" for x in paras)
    return (
        f'<div data-area="text" data-pos="{len(inner) % 91}"><div class="RichText RichText--iconLinks lg:w-8/12 md:w-10/12 lg:mx-auto md:mx-auto '
        f'lg:px-24 md:px-24 sm:px-16 break-words word-wrap">{inner}</div></div>',
        "\n\n".join(paras),
    )


def sp_ad() -> tuple[str, None]:
    return (
        '<div data-area="ad_container"><div class="ad-label">ANZEIGE</div><div id="spMobileAd1"></div></div>',
        None,
    )


def sp_more(title: str) -> tuple[str, None]:
    return (
        f'<div data-area="related_articles"><p class="font-sansUI">Mehr zum Thema</p><a href="/wissenschaft/1"><span>{title}</span></a></div>',
        None,
    )


# ---------------------------------------------------------------- Le Monde
def lemonde(page_: dict, article: str) -> str:
    """Le Monde: ``p.article__desc`` in the header (the header's dek, which the gold leaves out), the body ``article.article__content``
    of ``p.article__paragraph`` and ``h2.article__sub-title``, "Lire aussi" links inside it, the
    "Article réservé à nos abonnés" tag, a "Contribuer" box and the services footer."""
    return _doc(page_, "fr", (
        '<header class="Header"><a class="Header__logo" href="/">Le Monde</a><nav class="Nav"><ul>'
        f'{_links(("Actualités", "International", "Politique", "Société", "Économie", "Planète", "Culture", "Sport"), "/")}</ul></nav>'
        '<a class="Header__subscribe" href="/abonnement/">S’abonner</a><a href="/connexion/">Se connecter</a></header>'
        '<main><section class="zone zone--article"><header class="article__header"><ul class="breadcrumb"><li><a href="/planete/">Planète</a></li></ul>'
        f'<h1 class="article__title">{page_["title"]}</h1><p class="article__desc">{page_["lede"]}</p>'
        f'<div class="meta meta__publisher"><span class="meta__author">Par <a class="article__author-link" href="/signataires/1">{page_["author"]}</a></span>'
        '<span class="meta__date">Publié le 18 septembre 2024 à 05h30</span><span class="meta__reading-time">Temps de Lecture 3 min.</span></div>'
        '<div class="article__status"><span class="icon__premium"></span><p class="article__status">Article réservé aux abonnés</p></div>'
        '<ul class="meta__social"><li>Offrir</li><li>Ajouter à vos sélections</li><li>Partager</li></ul></header>'
        f'<article class="article__content old__article-content-single">{article}</article>'
        '<section class="article__reactions"><p>Contribuer</p><p>Réutiliser ce contenu</p></section></section>'
        '<aside class="aside__iso"><h3>Lecture du Monde en cours sur un autre appareil.</h3><p>Vous pouvez lire Le Monde sur un seul appareil à la fois</p></aside></main>'
        '<footer class="Footer"><p>Le Monde.fr - Actualités et Infos en France et dans le monde</p><a href="/mentions-legales/">Mentions légales</a> '
        '<a href="/confidentialite/">Politique de confidentialité</a> <a href="#">Gestion des cookies</a></footer>'
    ))  # fmt: skip


def lm_p(text: str) -> tuple[str, str]:
    return f'<p class="article__paragraph ">{text}</p>', text


def lm_h(text: str) -> tuple[str, str]:
    return f'<h2 class="article__sub-title">{text}</h2>', text


def lm_also(title: str) -> tuple[str, None]:
    return (
        f'<section class="catcher catcher--inline"><span class="catcher__title">Lire aussi |</span> <a class="js-article-read-also" href="/planete/article/1">{title}</a></section>',
        None,
    )


def lm_ad() -> tuple[str, None]:
    return '<div class="dfp__inread dfp-slot dfp__slot"><span class="dfp__label">Publicité</span></div>', None


# ---------------------------------------------------------------- Aftonbladet (Swedish)
def aftonbladet(page_: dict, article: str) -> str:
    """Aftonbladet: the lead in ``p.hyperion-css-…`` under the headline (the header's dek, which the gold leaves out), the body
    ``div[data-test-id=article-body]``, "LÄS MER" link boxes and "ANNONS" slots inside it, "Publicerad"
    and the "Mest läst" list."""
    return _doc(page_, "sv", (
        '<header class="hyperion-css-1b0lkgs"><a href="/" aria-label="Aftonbladet">Aftonbladet</a><nav><ul>'
        f'{_links(("Nyheter", "Sport", "Nöje", "Ekonomi", "Debatt", "Kultur", "Plus"), "/")}</ul></nav><a href="/plus">Bli Plus-kund</a><a href="/logga-in">Logga in</a></header>'
        f'<main><article class="hyperion-css-1lwtml9"><h1 class="hyperion-css-1mz5bjl">{page_["title"]}</h1>'
        f'<p class="hyperion-css-qs0kqa" data-test-id="lead-text">{page_["lede"]}</p>'
        f'<div class="hyperion-css-2lpxj"><address data-test-id="byline">{page_["author"]}</address><span>Publicerad 2024-11-21 06.12</span></div>'
        f'<div data-test-id="article-body" class="hyperion-css-1fbkmd5">{article}</div>'
        '<div data-test-id="share"><button>Dela</button><button>Kopiera länk</button></div></article>'
        '<aside><h2>Mest läst</h2><ol>' + _links(("Kraftig snöstorm väntas i norr", "Elpriset rusar igen", "Så mycket höjs pensionen"), "/nyheter/a/") + '</ol></aside></main>'
        '<footer><p>Ansvarig utgivare: Lena K Samuelsson</p><p>&copy; Aftonbladet Hierta AB</p><a href="/cookies">Cookies</a> <a href="/kontakt">Kontakta oss</a></footer>'
        + _cookie("Vi använder cookies för att ge dig en bättre upplevelse och visa relevanta annonser.", "Godkänn alla", "Hantera inställningar")
    ))  # fmt: skip


def ab_p(text: str) -> tuple[str, str]:
    return f'<p class="hyperion-css-1c9ixnb">{text}</p>', text


def ab_more(title: str) -> tuple[str, None]:
    return (
        f'<div class="hyperion-css-read-more"><span>LÄS MER:</span> <a href="/nyheter/a/2">{title}</a></div>',
        None,
    )


def ab_ad() -> tuple[str, None]:
    return (
        '<div class="hyperion-css-ad"><span class="ad-label">ANNONS</span><div id="panorama_2"></div></div>',
        None,
    )


# ---------------------------------------------------------------- Thairath (Thai)
def thairath(page_: dict, article: str) -> str:
    """Thairath: the body ``div.evs3ejl`` of ``p`` in Thai (no spaces between words), "อ่านข่าวที่เกี่ยวข้อง"
    links and "โฆษณา" slots, the tags and "ข่าวแนะนำ" list after it."""
    return _doc(page_, "th", (
        '<header class="css-1q7w0ej"><a href="/">ไทยรัฐออนไลน์</a><nav><ul>'
        f'{_links(("หน้าแรก", "ข่าว", "กีฬา", "บันเทิง", "ไลฟ์สไตล์", "ธุรกิจ", "วิดีโอ"), "/news/")}</ul></nav><a href="/login">เข้าสู่ระบบ</a></header>'
        f'<main><article><h1 class="css-1mrbzeq">{page_["title"]}</h1><div class="css-1xh0xyd"><span>ไทยรัฐออนไลน์</span><span>3 ธ.ค. 2567 14:05 น.</span></div>'
        '<div class="css-share"><a>แชร์</a><a>Facebook</a><a>LINE</a><a>X</a></div>'
        f'<div class="evs3ejl1 css-1yvkxks"><div class="evs3ejl2">{article}</div></div>'
        '<div class="css-tags"><span>แท็กที่เกี่ยวข้อง</span><a>ฝนตกหนัก</a><a>น้ำท่วม</a><a>กรมอุตุนิยมวิทยา</a></div></article>'
        '<aside><h2>ข่าวแนะนำ</h2><ul>' + _links(("ราคาทองวันนี้ปรับขึ้น 150 บาท", "ผลบอลพรีเมียร์ลีกเมื่อคืน", "เปิดเส้นทางรถไฟฟ้าสายใหม่"), "/news/local/") + '</ul></aside></main>'
        '<footer><p>Copyright &copy; 2024 Thairath. All rights reserved.</p><a href="/privacy">นโยบายความเป็นส่วนตัว</a></footer>'
        + _cookie("เว็บไซต์นี้ใช้คุกกี้เพื่อมอบประสบการณ์ที่ดีให้แก่ผู้ใช้งาน", "ยอมรับทั้งหมด", "ตั้งค่าคุกกี้")
    ))  # fmt: skip


def th_also(title: str) -> tuple[str, None]:
    return (
        f'<p><strong>อ่านข่าวที่เกี่ยวข้อง :</strong></p><ul><li><a href="/news/local/1">{title}</a></li></ul>',
        None,
    )


def th_ad() -> tuple[str, None]:
    return '<div class="css-ad"><span>โฆษณา</span><div id="div-gpt-ad-1"></div></div>', None


# ---------------------------------------------------------------- Haaretz (Hebrew, right to left)
def haaretz(page_: dict, article: str) -> str:
    """Haaretz's Hebrew site: right to left, the sub-title ``p`` in the header (the header's dek, which the gold leaves out), the body
    ``section[data-test=articleBody]`` of ``p.paragraph``, "קראו עוד" links and "פרסומת" slots inside it."""
    return _doc(page_, "he", (
        '<header><a href="/">הארץ</a><nav><ul>' + _links(("חדשות", "דעות", "כלכלה", "תרבות", "ספורט", "אוכל", "מגזין"), "/news/") + '</ul></nav>'
        '<a href="/promotions">לרכישת מינוי</a><a href="/login">התחברות</a></header>'
        f'<main><article><header data-test="articleHeader"><h1>{page_["title"]}</h1><p data-test="articleSubTitle">{page_["lede"]}</p>'
        f'<div data-test="articleByline"><a href="/ty-WRITER/1">{page_["author"]}</a><time datetime="{page_["date"]}">03.12.2024</time></div>'
        '<div data-test="shareBar"><button>שיתוף</button><button>וואטסאפ</button><button>פייסבוק</button><button>שמירה</button></div></header>'
        f'<section data-test="articleBody">{article}</section>'
        '<div data-test="commentsSection"><h2>תגובות</h2><p>הוספת תגובה</p></div></article>'
        '<aside><h2>הכתבות הנקראות ביותר</h2><ol>' + _links(("שביתה כללית במשק מחר", "מחירי הדירות עלו ב-6%", "מזג האוויר: גשם בצפון"), "/news/") + '</ol></aside></main>'
        '<footer><p>© כל הזכויות שמורות להוצאת עיתון הארץ בע"מ</p><a href="/privacy">מדיניות פרטיות</a></footer>'
    ), dir_="rtl")  # fmt: skip


def he_p(text: str) -> tuple[str, str]:
    return f'<p class="paragraph">{text}</p>', text


def he_more(title: str) -> tuple[str, None]:
    return f'<p class="paragraph"><strong>קראו עוד:</strong> <a href="/news/1">{title}</a></p>', None


def he_ad() -> tuple[str, None]:
    return '<div class="ad-slot"><span>פרסומת</span><div id="haaretz.co.il.web.inread"></div></div>', None


# ---------------------------------------------------------------- iDNES (Czech)
def idnes(page_: dict, article: str) -> str:
    """iDNES.cz: the perex ``div.opener`` (the header's dek, which the gold leaves out), the body ``div#art-text.bbtext`` of ``p``,
    "Reklama" slots, a "Mohlo by vás zajímat" box inside it; "Diskuse" and "Nejčtenější" after it."""
    return _doc(page_, "cs", (
        '<div id="portal"><header><a href="/">iDNES.cz</a><nav><ul>' + _links(("Zprávy", "Domácí", "Zahraniční", "Krimi", "Sport", "Ekonomika", "Kultura"), "/zpravy/") + '</ul></nav>'
        '<a href="/premium">Předplatné</a><a href="/prihlaseni">Přihlásit</a></header>'
        f'<div id="content"><div class="art-full"><h1 itemprop="name headline">{page_["title"]}</h1>'
        f'<div class="authors"><span itemprop="author">{page_["author"]}</span></div><span class="time-date" content="{page_["date"]}">3. prosince 2024 14:05</span>'
        f'<div class="opener">{page_["lede"]}</div>'
        f'<div id="art-text" class="bbtext">{article}</div>'
        '<div class="share-bar"><a>Sdílet</a><a>Facebook</a><a>X</a><a>E-mail</a></div>'
        '<div id="disc-list"><h3>Diskuse</h3><p>Vstoupit do diskuse (128 příspěvků)</p></div></div>'
        '<div class="col-b"><h3>Nejčtenější</h3><ol>' + _links(("Sníh zkomplikoval dopravu na D1", "Ceny energií v lednu klesnou", "Policie pátrá po pohřešované"), "/zpravy/domaci/") + '</ol></div></div>'
        '<footer><p>&copy; Copyright 1999–2024 MAFRA, a. s.</p><a href="/soukromi">Ochrana soukromí</a> <a href="#">Nastavení cookies</a></footer></div>'
        + _cookie("Tento web používá k poskytování služeb, personalizaci reklam a analýze návštěvnosti soubory cookie.", "Souhlasím", "Nastavení")
    ))  # fmt: skip


def cz_ad() -> tuple[str, None]:
    return (
        '<div class="r-body"><span class="r-head">Reklama</span><div id="r-leaderboardbottom"></div></div>',
        None,
    )


def cz_more(title: str) -> tuple[str, None]:
    return (
        f'<div class="art-related"><h3>Mohlo by vás zajímat</h3><a href="/zpravy/domaci/1"><span>{title}</span></a></div>',
        None,
    )


SKINS.update(
    drupal=drupal, joomla=joomla, squarespace=squarespace, wix=wix, blogger=blogger, tumblr=tumblr,
    linkedin=linkedin, yahoo=yahoo, apnews=apnews, npr=npr, aljazeera=aljazeera, newsroom=newsroom,
    spiegel=spiegel, lemonde=lemonde, aftonbladet=aftonbladet, thairath=thairath, haaretz=haaretz, idnes=idnes,
)  # fmt: skip


# ================================================================ the pages
page(
    "r4-drupal-bus-depot",
    "Drupal local news (field--name-body)",
    "drupal",
    "Bus depot to close as operator moves services to Kingsway site",
    "Helen Marsh",
    "2024-12-03T14:05:00+00:00",
    [
        p(
            "Fenbury's Mill Road bus depot will close next spring after almost eighty years, its operator confirmed on Tuesday, with all 64 buses moving to a new site on the Kingsway industrial estate."
        ),
        p(
            "Eastern Counties Buses said the move would allow it to install chargers for the 30 electric double-deckers it expects to receive in 2025. The Mill Road site, it said, was too small and its electricity supply could not be upgraded at a reasonable cost."
        ),
        h("Jobs safe, says operator", 3),
        p(
            "All 180 drivers and engineers based at Mill Road will transfer to Kingsway, the company said, and a free shuttle will run between the two sites for staff during the first six months."
        ),
        p(
            "Councillor Rita Oyelaran, who chairs the transport committee, said she welcomed the investment but wanted assurances that early-morning services from the villages would not be cut because buses now had further to travel to the start of their routes."
        ),
        p(
            "The depot land is expected to be sold for housing. A planning application has not yet been submitted."
        ),
    ],
    site="Fenbury Gazette",
)

page(
    "r4-joomla-show-results",
    "Joomla community news (itemprop=articleBody)",
    "joomla",
    "Record entries at the Valley Show despite the rain",
    "Show Committee",
    "2024-09-14T09:30:00+01:00",
    [
        p(
            "More than 1,400 entries were judged at last Saturday's Valley Show, the most since the show restarted after the pandemic, even though heavy rain in the morning forced the dog agility to move into the cattle shed."
        ),
        p(
            'The cup for the best vegetable exhibit went to Gwen Pritchard of Llanfair for a set of three leeks that the judge described as "as near to perfect as I have seen". Mrs Pritchard has now won the cup four times.'
        ),
        p(
            "In the livestock classes, the supreme champion was a Welsh Black heifer shown by the Davies family of Pen-y-bryn, and the young handlers' competition was won by nine-year-old Osian Hughes."
        ),
        p(
            "The committee would like to thank all the volunteers who helped with car parking in very muddy conditions, and the Young Farmers for clearing up on Sunday. A full list of results is available from the show secretary."
        ),
    ],
    site="Valley Voice",
)

page(
    "r4-squarespace-bakery-move",
    "Squarespace blog post (sqs-block html-block)",
    "squarespace",
    "We're moving (just down the road)",
    "Mara Lind",
    "2024-04-02T08:00:00+00:00",
    [
        sqs(
            "After thirteen years in our little shop on Harbour Lane, the bakery is moving. From the 1st of May you will find us at number 40, the old chandlery at the end of the quay."
        ),
        sqs(
            "We have loved this building, but we have outgrown it. The oven only fits twelve loaves at a time, and on summer Saturdays the queue goes out of the door and past the fish shop. The new place has room for a second oven, a proper counter and six tables, so you will finally be able to sit down with your coffee."
        ),
        sqs_image(),
        sqs(
            "We will close on Sunday 28 April to move everything and reopen on Wednesday 1 May at 7am. Opening hours stay the same: Tuesday to Sunday, 7am to 3pm.",
            "Thank you to everyone who has bought a loaf from us over the years. We cannot wait to see you at the new shop.",
        ),
    ],
    site="Harbour Lane Bakery",
)

page(
    "r4-wix-exhibition",
    "Wix blog post (data-hook rich content, span per paragraph)",
    "wix",
    "New exhibition: The Marsh at Night",
    "Saltmarsh Gallery",
    "2024-03-08T10:00:00+00:00",
    [
        wix_p(
            "Our spring exhibition, The Marsh at Night, opens on Saturday 16 March and brings together thirty photographs taken on the estuary between dusk and dawn by the local photographer Tom Ashby."
        ),
        wix_p(
            "Ashby spent two winters on the marsh with a camera and a flask of tea, often waiting for hours for the tide to turn or the clouds to clear. The results show a landscape most of us never see: curlews feeding by moonlight, the lights of the container port reflected in the creeks, and the Milky Way over the old sea wall."
        ),
        wix_p('"People think of the marsh as empty," Ashby says. "At night it is the busiest place I know."'),
        wix_p(
            "The exhibition runs until 28 April. Entry is free, and prints are available to buy from the gallery shop. Ashby will give a talk about his work on Thursday 4 April at 7pm; tickets cost £5 and include a glass of wine."
        ),
    ],
    site="Saltmarsh Gallery",
)

page(
    "r4-blogger-steam-gala",
    "Blogger post (post-body entry-content, <br> text)",
    "blogger",
    "Autumn steam gala at Bridgeford",
    "Alan Crowther",
    "2024-09-07T18:40:00+01:00",
    [
        bl(
            "A grand day out at the Bridgeford Railway's autumn steam gala today, with five engines in steam and a timetable so busy that there was hardly a moment without something moving."
        ),
        bl(
            "The star for me was the visiting Great Western tank engine, which had not been seen on this line since 1962. She ran the first train of the morning with a rake of four chocolate and cream coaches and looked quite at home among the hills."
        ),
        bl_photo(),
        bl(
            "The railway's own engines were on good form too, though the little saddle tank had to retire at lunchtime with a leaking injector. The volunteers had it fixed by three o'clock and she was back in traffic for the last round trip, which got a cheer from the platform."
        ),
        bl(
            "Numbers seemed well up on last year, and the tea room ran out of scones by two. The next gala is the Santa specials in December; I shall be there with the camera."
        ),
    ],
    site="Platform End",
)

page(
    "r4-tumblr-sea-fog",
    "Tumblr text post (div.body-text, notes)",
    "tumblr",
    "on sea fog, and why I turned back",
    "saltwaterdiary",
    "2024-08-21T20:00:00+00:00",
    [
        p(
            "Went out this morning meaning to sail round to the next bay for breakfast. Forecast said mist patches clearing by ten. By half nine I couldn't see my own bow."
        ),
        p(
            "Sea fog here comes in off the cold water when warm air drifts over it, and it doesn't care what the forecast says. It can sit in the estuary all day while the town half a mile inland is in full sun."
        ),
        p(
            "So I dropped the sails, put the engine on at a crawl, and followed the depth sounder back along the edge of the channel, blowing the foghorn every two minutes like a lunatic. Heard a fishing boat's engine pass somewhere to port and never saw it."
        ),
        p(
            "Lesson, again: the sea does not owe you breakfast. Turn back early. Eggs taste just as good on the mooring."
        ),
    ],
    site="saltwaterdiary",
)

page(
    "r4-linkedin-warehouse",
    "LinkedIn article (article-main__content)",
    "linkedin",
    "What moving to a four-day week taught our warehouse team",
    "Priya Natarajan",
    "2024-10-02T07:00:00+00:00",
    [
        p(
            "Eighteen months ago we moved the 120 people in our Felixstowe warehouse to a four-day week, with no cut in pay. I was sceptical. Here is what happened."
        ),
        h("Output did not fall", 3),
        p(
            "In the first quarter, picks per hour went up by 6%. Part of that was novelty, but the figure has held. People who know they have a three-day weekend coming work with a focus that is hard to get any other way."
        ),
        h("Sickness fell sharply", 3),
        p(
            "Short-term sickness absence dropped from 4.1% to 2.3%. The biggest change was in Monday absences, which almost disappeared."
        ),
        h("It was hard to schedule", 3),
        p(
            "The hardest part was cover. We had to hire eleven more people to keep the site open six days a week, and the rota took three attempts to get right. If you try this, start with the rota, not the announcement."
        ),
        p(
            "Would I do it again? Yes. But I would tell every manager that a four-day week is an operations project first and a perk second."
        ),
    ],
    site="LinkedIn",
)

page(
    "r4-yahoo-syndicated-dam",
    "Yahoo News syndication (caas-body, Story continues, Read the original)",
    "yahoo",
    "Dam repair will lower Lake Harmon by 8 feet this winter",
    "Jordan Pike",
    "2024-10-15T14:02:31+00:00",
    [
        p(
            "Lake Harmon will be drawn down by about 8 feet starting Nov. 1 so engineers can repair the spillway gates on the 70-year-old Harmon Dam, the state Department of Natural Resources said Monday."
        ),
        p(
            "The drawdown will expose wide mudflats along the north shore and leave most private docks out of the water until spring. Boat ramps at Pine Point and Cedar Bay will close Oct. 25."
        ),
        yahoo_ad(),
        p(
            '"We know this is an inconvenience for lake residents, but the gates have to be fixed before they fail," said DNR engineer Carla Nuñez. The repair is expected to cost $14 million, most of it from federal infrastructure funds.'
        ),
        yahoo_continues(),
        p(
            "The lake should begin refilling in March, depending on rainfall. Biologists said the drawdown could help control invasive milfoil in the shallows, though they will monitor fish populations closely."
        ),
        p("Residents can sign up for updates on the DNR's website."),
        raw(
            '<p>This article originally appeared on The Lakes Ledger: <a href="https://www.thelakesledger.example/1">Dam repair will lower Lake Harmon by 8 feet this winter</a></p>'
        ),
        raw(
            '<div class="caas-readmore"><a href="https://www.thelakesledger.example/1">Read the original article on The Lakes Ledger</a></div>'
        ),
    ],
    site="Yahoo News",
)

page(
    "r4-ap-obituary-baker",
    "AP News obituary (RichTextStoryBody)",
    "apnews",
    "Marguerite Olsen, whose Duluth bakery fed a city for 60 years, dies at 94",
    "Tom Lindgren",
    "2024-10-14T19:20:00Z",
    [
        p(
            "DULUTH, Minn. (AP) — Marguerite Olsen, who opened a bakery on Duluth's waterfront in 1958 and ran it until she was 88, has died. She was 94."
        ),
        p("Her son, Erik Olsen, said she died Sunday at a care home in Hermantown after a short illness."),
        p(
            "Olsen's Bakery became known across the Upper Midwest for its cardamom bread and its Friday doughnuts, which drew lines around the block. Ore boat crews would call ahead from the harbor to reserve dozens."
        ),
        ap_ad(),
        p(
            "Born in Bergen, Norway, in 1930, Olsen emigrated with her parents at 16 and learned to bake in her mother's kitchen. She borrowed $900 from a cousin to rent her first shop."
        ),
        p(
            '"She never took a day off that I can remember, except for Christmas," her son said. "She said people needed bread more than she needed a holiday."'
        ),
        p(
            "She is survived by her son, two daughters, seven grandchildren and four great-grandchildren. Her husband, Lars, died in 2009."
        ),
        raw("<p>___</p>"),
        p("Associated Press writer Amy Forliti in Minneapolis contributed to this report."),
    ],
    site="AP News",
)

page(
    "r4-npr-heat-dome",
    "NPR weather story (#storytext, bucketwrap photos)",
    "npr",
    "A heat dome is settling over the Midwest. Here's what that means",
    "Rebecca Hersher",
    "2024-07-18T05:00:00-04:00",
    [
        p(
            "More than 60 million people from Kansas to Ohio are under heat advisories this week as a sprawling area of high pressure, known as a heat dome, parks itself over the middle of the country."
        ),
        npr_photo("A man cools off in a fountain in Chicago on Tuesday.", "Scott Olson/Getty Images"),
        p(
            "A heat dome forms when high pressure in the upper atmosphere acts like a lid, trapping hot air near the ground. The sinking air warms as it is compressed, and it also keeps clouds from forming, so the sun bakes the ground day after day."
        ),
        p(
            "Forecasters expect highs in the upper 90s, with heat index values above 105 degrees in St. Louis and Kansas City through Saturday. Nights will offer little relief, with lows near 80 in many cities."
        ),
        npr_related("How to tell if someone has heatstroke"),
        p(
            '"Those hot nights are the dangerous part," says Kristie Ebi, who studies heat and health at the University of Washington. "Your body never gets a chance to recover."'
        ),
        p(
            "Scientists say climate change is making heat waves like this one hotter and more frequent. Cooling centers are open in most large cities, and officials urge people to check on older neighbors."
        ),
    ],
    site="NPR",
)

page(
    "r4-aljazeera-court-ruling",
    "Al Jazeera court report (wysiwyg, embedded DocumentCloud judgment)",
    "aljazeera",
    "Kenyan court blocks government plan to deploy police abroad",
    "Catherine Wambua-Soi",
    "2024-10-09T12:00:00Z",
    [
        p(
            "Nairobi, Kenya – Kenya's High Court has blocked the government's plan to send 1,000 police officers to Haiti, ruling that the National Security Council has no power to deploy police outside the country."
        ),
        p(
            "Justice Enock Chacha Mwita said on Friday that only members of the armed forces can be sent abroad under the constitution, and that no agreement with Haiti's government had been signed."
        ),
        aj_recommended(),
        p(
            '"Any decision by the state organ or state officer to deploy police officers to Haiti contravenes the constitution and the law and is therefore unconstitutional, illegal and invalid," the judge said in his 42-page ruling.'
        ),
        doccloud("Read the High Court judgment"),
        p(
            "The government said it would appeal. Interior Minister Kithure Kindiki told reporters the ruling would not stop Kenya from honouring its commitments to the United Nations."
        ),
        p(
            "The case was brought by opposition politician Ekuru Aukot, who argued that the deployment had been approved without the consent of parliament."
        ),
    ],
    site="Al Jazeera",
    lede="Judge says only the military can be deployed outside Kenya and no agreement with Haiti has been signed.",
)

_FC_LD = (
    '<script type="application/ld+json">{"@context":"https://schema.org","@type":"ClaimReview",'
    '"claimReviewed":"The new speed cameras on the A40 issue fines for driving at 31mph","author":{"@type":"Organization","name":"The Western Courier"},'
    '"reviewRating":{"@type":"Rating","ratingValue":1,"bestRating":5,"alternateName":"False"},'
    '"itemReviewed":{"@type":"Claim","author":{"@type":"Person","name":"Viral Facebook post"}}}</script>'
)
page(
    "r4-factcheck-speed-cameras",
    "fact check with a rating box and ClaimReview",
    "newsroom",
    "Fact check: Do the new A40 cameras fine drivers at 31mph?",
    "Owen Rees",
    "2024-11-06T11:00:00+00:00",
    [
        rating_box(
            "The new speed cameras on the A40 issue fines for driving at 31mph",
            "False",
            "Viral Facebook post",
        ),
        p(
            "A post shared more than 8,000 times on Facebook claims that the average-speed cameras switched on along the A40 last week will fine anyone driving at 31mph in the 30mph zone through Llandovery."
        ),
        p(
            "That is not true. Police forces in England and Wales follow guidance from the National Police Chiefs' Council, which allows a margin of 10% plus 2mph before a fixed penalty is issued. In a 30mph zone, that means drivers are not normally prosecuted below 35mph."
        ),
        p(
            'Dyfed-Powys Police told us the new cameras would be enforced in line with that guidance. "No one will receive a fine for driving at 31mph," a spokesperson said.'
        ),
        p(
            "The margin is guidance, not law, and police can prosecute any speed over the limit. But we found no evidence that the force intends to change its practice on the A40."
        ),
        # A fact checker's verdict label, the same heading over every check's last paragraph: the template's
        # words, not the writer's, as the sixth and eighth outlets rounds read Full Fact's and PolitiFact's
        # (written into the gold first, taken out at the stop after the twenty-first round: docs/extraction.md).
        raw("<h3>Our verdict</h3>"),
        p(
            "False. Drivers will not be fined for driving at 31mph past the new cameras under current police guidance."
        ),
    ],
    site="The Western Courier",
    kicker="Fact Check",
    ld_extra=_FC_LD,
)

page(
    "r4-match-report-cup",
    "sports match report with a score table",
    "newsroom",
    "Rovers edge Town in five-goal cup thriller",
    "Sam Okafor",
    "2024-11-10T17:45:00+00:00",
    [
        p(
            "Harwick Rovers reached the second round of the FA Cup for the first time in 21 years after a dramatic 3-2 win over Castleford Town in front of a sell-out crowd at Mill Lane."
        ),
        p(
            "Town took the lead after eight minutes when Jake Burrows headed in a corner, but Rovers were level before the half-hour as Dan Mills curled a free kick into the top corner. Kai Bennett put the hosts ahead just before the break."
        ),
        p(
            "Burrows scored his second early in the second half, and the game looked to be heading for a replay until substitute Leon Aziz turned in a low cross in the 88th minute to send the home fans wild."
        ),
        table(
            [
                ["", "1st half", "2nd half", "Final"],
                ["Harwick Rovers", "2", "1", "3"],
                ["Castleford Town", "1", "1", "2"],
            ],
            caption="Score by half",
        ),
        p(
            '"I\'ve been here nine years and that\'s the best night I\'ve had," said Rovers manager Gary Holt. "The lads never stopped believing."'
        ),
        p("Rovers will learn their second-round opponents in Monday's draw."),
        raw(
            '<div class="match-facts"><h4>Match facts</h4><p>Attendance: 2,904</p><p>Referee: Paul Tierney</p></div>',
            "Attendance: 2,904\nReferee: Paul Tierney",
        ),
    ],
    site="Harwick Echo",
    kicker="Sport",
)

page(
    "r4-timeline-bridge-saga",
    "story with a timeline",
    "newsroom",
    "Ferry Bridge to reopen after six years of closures and delays",
    "Lucy Banner",
    "2024-06-11T07:00:00+01:00",
    [
        p(
            "The Ferry Bridge will reopen to traffic on Monday, six years after it was closed for what was meant to be an 18-month repair, the county council has announced."
        ),
        p(
            "The bridge, which carries 14,000 vehicles a day, was shut in 2018 when inspectors found corrosion in its steel cables. The repair went four times over budget and was delayed by the pandemic and by a contractor going bust."
        ),
        p(
            'Council leader Amanda Price apologised to residents and businesses who had endured a 12-mile diversion. "We got this badly wrong, and people have paid the price," she said.'
        ),
        timeline(
            [
                ("March 2018", "Bridge closed after inspectors find corroded cables."),
                ("January 2019", "Repair contract awarded; work due to finish in summer 2020."),
                ("April 2020", "Work halted during the first lockdown."),
                ("November 2022", "Main contractor goes into administration."),
                ("June 2024", "Repairs completed at a cost of £41m."),
            ],
            "How the repair unfolded",
        ),
        p("An independent review of the project's management is due to report in the autumn."),
    ],
    site="County Post",
)

_FAQ_LD = (
    '<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":['
    '{"@type":"Question","name":"When do the new charges start?","acceptedAnswer":{"@type":"Answer","text":"On 1 April 2025."}},'
    '{"@type":"Question","name":"Who has to pay?","acceptedAnswer":{"@type":"Answer","text":"Every household with a garden waste bin."}}]}</script>'
)
page(
    "r4-faq-garden-waste",
    "Q&A explainer with FAQPage schema (details/summary)",
    "newsroom",
    "Garden waste charges: what you need to know",
    "Aisha Khan",
    "2025-01-14T08:00:00+00:00",
    [
        p(
            "From April, the city council will charge for emptying brown garden waste bins for the first time. Here are the answers to the questions readers have asked us most."
        ),
        *faq(
            "When do the new charges start?",
            "On 1 April 2025. Bins will be emptied free of charge until then, and collections will continue every two weeks.",
        ),
        *faq(
            "How much will it cost?",
            "£48 a year for one bin, or £38 if you sign up before 1 March. Each extra bin costs another £30.",
        ),
        *faq(
            "Who has to pay?",
            "Every household that wants its garden waste collected. If you do not sign up, your brown bin will not be emptied after April, and you can take garden waste to the recycling centre for free.",
        ),
        *faq(
            "Are there any discounts?",
            "Households receiving council tax support pay half price. There is no discount for pensioners.",
        ),
        p("You can sign up on the council's website or by phoning the contact centre."),
    ],
    site="City Chronicle",
    kicker="Explainer",
    ld_extra=_FAQ_LD,
)

_TOC = ("The village that moved", "Building on sand", "What comes next")
page(
    "r4-toc-longread-coast",
    "long read with a table of contents",
    "newsroom",
    "The village that is losing its fight with the sea",
    "Martin Gale",
    "2024-02-24T06:00:00+00:00",
    [
        toc(_TOC),
        p(
            'On a grey morning in February, Jean Tovey stands where her neighbour\'s kitchen used to be. Below her, thirty feet down, the North Sea chews at a slope of clay and brick. "That was their garden," she says. "Now it\'s the beach."'
        ),
        raw(f'<h2 id="s0">{_TOC[0]}</h2>', _TOC[0]),
        p(
            "Hemsby has lost more than twenty homes to the sea since 2013. Each winter storm takes a few more metres of the dunes, and with them the bungalows built on top in the 1960s and 70s."
        ),
        p(
            "The council has moved some residents into new homes inland, but many have refused to leave the only place they can afford to live by the sea."
        ),
        raw(f'<h2 id="s1">{_TOC[1]}</h2>', _TOC[1]),
        p(
            "Geologists say the problem is simple. The cliffs here are soft sand and clay, left behind by glaciers, and they are eroding as they have for thousands of years. What has changed is that people built on them."
        ),
        p(
            "Sea defences further up the coast have made things worse, some argue, by starving Hemsby's beach of the sand that once protected it."
        ),
        raw(f'<h2 id="s2">{_TOC[2]}</h2>', _TOC[2]),
        p(
            "A plan for a rock berm along the worst section has been approved, but the £15m it needs has not been found. Until it is, residents like Jean will keep watching the edge come closer."
        ),
        raw('<p class="back-to-top"><a href="#top">Back to top</a></p>'),
    ],
    site="Eastern Weekly",
    kicker="Long read",
)

page(
    "r4-pullquote-library",
    "story with a pull quote repeated from the body",
    "newsroom",
    "Library volunteers step in to keep village branch open",
    "Dana Whitlock",
    "2024-05-02T09:00:00+01:00",
    [
        p(
            "Thornby's library will stay open after a group of volunteers agreed to run it three days a week, a month after the county council said the branch would close to save £60,000 a year."
        ),
        p(
            "The group, led by retired teacher Margaret Ellis, has recruited 34 volunteers and will take over the building on 1 June. The council will continue to supply books and computers."
        ),
        pull("A village without a library is a village that has given up on itself."),
        p(
            '"A village without a library is a village that has given up on itself," Ms Ellis said. "We weren\'t prepared to let that happen."'
        ),
        p(
            "Opening hours will be Tuesday, Thursday and Saturday mornings. The group also hopes to start a homework club and a knitting circle."
        ),
        p(
            "Unison, the public service union, said volunteer-run libraries were no substitute for professional staff and warned that others could follow."
        ),
    ],
    site="Thornby Times",
)

page(
    "r4-de-spiegel-hitze",
    "German (Der Spiegel, data-area=text blocks)",
    "spiegel",
    "Warum die Hitze in Südeuropa diesmal länger bleibt",
    "Susanne Götze",
    "2024-07-22T17:03:00+02:00",
    [
        sp_text(
            "Seit mehr als zwei Wochen liegen die Temperaturen in weiten Teilen Spaniens, Italiens und Griechenlands über 40 Grad. Meteorologen sprechen von einer ungewöhnlich stabilen Wetterlage: Ein Hochdruckgebiet über dem Mittelmeer blockiert die Tiefs, die sonst kühlere Luft vom Atlantik heranführen.",
            "Solche Blockaden hat es immer gegeben. Doch sie dauern länger als früher, sagen Klimaforscher, und die Luft, die unter ihnen liegt, ist wärmer.",
        ),
        sp_ad(),
        sp_text(
            "»Wir sehen, dass sich die Hitzewellen im Mittelmeerraum schneller erwärmen als im globalen Durchschnitt«, sagt die Klimaforscherin Friederike Otto vom Imperial College London. Eine Hitzewelle wie die jetzige wäre ohne den Klimawandel praktisch unmöglich gewesen.",
        ),
        sp_more("Hitzewelle: Was bei 40 Grad im Körper passiert"),
        sp_text(
            "In Griechenland wurde die Akropolis an mehreren Tagen mittags geschlossen, in Italien gilt in 18 Städten die höchste Warnstufe. Spanien meldet seit Anfang Juli mehr als 500 hitzebedingte Todesfälle.",
            "Ein Ende ist vorerst nicht in Sicht. Die Modelle zeigen frühestens Anfang August eine Abkühlung.",
        ),
    ],
    site="DER SPIEGEL",
    lede="Seit Wochen glühen Spanien, Italien und Griechenland. Meteorologen erklären, warum das Hoch nicht weiterzieht – und was der Klimawandel damit zu tun hat.",
)

page(
    "r4-fr-lemonde-abeilles",
    "French (Le Monde, article__paragraph, Lire aussi)",
    "lemonde",
    "Les apiculteurs face à une troisième année de récoltes catastrophiques",
    "Stéphane Mandard",
    "2024-09-18T05:30:00+02:00",
    [
        lm_p(
            "Dans les ruchers du Gers comme dans ceux des Vosges, le constat est le même : les hausses de miel sont restées à moitié vides. Selon l’Union nationale de l’apiculture française, la récolte 2024 devrait être inférieure à 10 000 tonnes, contre près de 20 000 les bonnes années."
        ),
        lm_p(
            "Le printemps pluvieux a empêché les abeilles de butiner pendant les floraisons de colza et d’acacia, les plus productives. Puis la sécheresse de l’été a fait disparaître les fleurs de tournesol avant l’heure."
        ),
        lm_also("Le frelon asiatique, fléau des ruchers français"),
        lm_h("Des importations à bas prix"),
        lm_p(
            "À ces difficultés s’ajoute la concurrence du miel importé, souvent vendu moins de 2 euros le kilo. « Nous ne pouvons pas lutter contre ces prix, qui sont inférieurs à nos coûts de production », explique Christophe Bonnet, apiculteur dans le Lot-et-Garonne."
        ),
        lm_ad(),
        lm_p(
            "Les professionnels réclament un étiquetage plus clair de l’origine des miels mélangés et un fonds d’urgence. Le ministère de l’agriculture a promis de les recevoir avant la fin du mois."
        ),
    ],
    site="Le Monde",
    lede="La pluie au printemps puis la sécheresse estivale ont divisé par deux la production de miel, fragilisant une filière déjà concurrencée par les importations.",
)

page(
    "r4-sv-aftonbladet-snostorm",
    "Swedish (Aftonbladet, LÄS MER and ANNONS inside the body)",
    "aftonbladet",
    "Snöstormen slår till – tågtrafiken i norr ställs in",
    "Erik Lindqvist",
    "2024-11-21T06:12:00+01:00",
    [
        ab_p(
            "SMHI har utfärdat en orange varning för snöfall och hårda vindar i stora delar av Norrbotten och Västerbotten. Upp till 40 centimeter snö väntas falla under torsdagen och natten mot fredag."
        ),
        ab_p(
            "Trafikverket meddelade tidigt på morgonen att all tågtrafik mellan Umeå och Luleå ställs in under torsdagen. Även flera bussar i länstrafiken har ställts in."
        ),
        ab_more("Så förbereder du bilen inför vintern"),
        ab_p(
            "– Vi uppmanar alla att undvika onödiga resor. Vägarna kommer att vara mycket svårframkomliga, säger Anna Berglund, jourhavande meteorolog på SMHI."
        ),
        ab_ad(),
        ab_p(
            "Ovädret väntas avta under fredagen, men kylan fortsätter. Under helgen kan temperaturen sjunka till minus 30 grader i fjällen."
        ),
    ],
    site="Aftonbladet",
    lede="Kraftigt snöfall och hårda vindar väntas i norra Sverige. Nu ställer Trafikverket in all tågtrafik mellan Umeå och Luleå.",
)

page(
    "r4-th-thairath-flood",
    "Thai (Thairath, no spaces between words)",
    "thairath",
    "กรมอุตุฯ เตือนฝนตกหนักภาคใต้ เสี่ยงน้ำท่วมฉับพลัน 3-5 ธ.ค.",
    "ไทยรัฐออนไลน์",
    "2024-12-03T14:05:00+07:00",
    [
        p(
            "กรมอุตุนิยมวิทยาออกประกาศเตือนภัยฉบับที่ 5 ระบุว่า ร่องมรสุมกำลังแรงพาดผ่านภาคใต้ตอนล่าง ทำให้มีฝนตกหนักถึงหนักมากในจังหวัดนราธิวาส ปัตตานี ยะลา และสงขลา ระหว่างวันที่ 3-5 ธันวาคม"
        ),
        p(
            "ประชาชนในพื้นที่เสี่ยงภัยควรระวังอันตรายจากน้ำท่วมฉับพลันและน้ำป่าไหลหลาก โดยเฉพาะบริเวณที่ลาดเชิงเขาและใกล้ทางน้ำไหลผ่าน"
        ),
        th_also("ยอดผู้ประสบภัยน้ำท่วมภาคใต้เพิ่มเป็น 2 หมื่นครัวเรือน"),
        p(
            "ขณะที่คลื่นลมบริเวณอ่าวไทยตอนล่างมีกำลังแรง คลื่นสูง 3-4 เมตร ขอให้เรือทุกลำเดินเรือด้วยความระมัดระวัง และเรือเล็กควรงดออกจากฝั่ง"
        ),
        th_ad(),
        p(
            "ด้านกรมป้องกันและบรรเทาสาธารณภัยได้เตรียมเครื่องสูบน้ำและเรือท้องแบนไว้ในพื้นที่เสี่ยงแล้ว ประชาชนสามารถแจ้งเหตุได้ที่สายด่วน 1784 ตลอด 24 ชั่วโมง"
        ),
    ],
    site="ไทยรัฐออนไลน์",
)

page(
    "r4-he-haaretz-rail",
    "Hebrew (Haaretz, right to left, קראו עוד inside the body)",
    "haaretz",
    "הרכבת הקלה בירושלים תפעל גם בלילות חמישי",
    "נועה לנדאו",
    "2024-12-03T14:05:00+02:00",
    [
        he_p(
            "הקו האדום של הרכבת הקלה בירושלים יפעל החל מהחודש הבא עד השעה שתיים לפנות בוקר בלילות חמישי, כך הודיע משרד התחבורה. עד היום הסתיימה הפעילות בחצות."
        ),
        he_p(
            "לפי ההודעה, הרכבות יצאו כל עשרים דקות בשעות הלילה המאוחרות, והמהלך ייבחן במשך שלושה חודשים לפני שיוחלט אם להפוך אותו לקבוע."
        ),
        he_more("הקו הירוק יידחה בשנה נוספת"),
        he_p(
            'בעלי עסקים במרכז העיר בירכו על ההחלטה ואמרו כי היא תסייע לחיי הלילה בעיר. "אנשים פשוט הולכים הביתה מוקדם כי אין להם איך לחזור", אמר בעל בר ברחוב יפו.'
        ),
        he_ad(),
        he_p(
            "תושבים בשכונות הסמוכות לתוואי הביעו חשש מרעש, ומשרד התחבורה הבטיח כי ייעשה מעקב אחר מפלסי הרעש בתקופת הניסוי."
        ),
    ],
    site="הארץ",
    lede="משרד התחבורה הודיע כי הקו האדום יפעל עד השעה שתיים לפנות בוקר בתקופת ניסיון של שלושה חודשים",
)

page(
    "r4-cs-idnes-snih",
    "Czech (iDNES, div#art-text, Reklama inside the body)",
    "idnes",
    "Sněhová kalamita ochromila dopravu na Vysočině, kamiony stály hodiny",
    "Jan Novák",
    "2024-12-03T14:05:00+01:00",
    [
        p(
            "Hustý sníh a silný vítr v noci na úterý zkomplikovaly dopravu na dálnici D1 mezi Humpolcem a Velkým Meziříčím. Kolona kamionů se v jednu chvíli táhla přes patnáct kilometrů a řidiči v ní stáli i čtyři hodiny."
        ),
        p(
            "Silničáři podle mluvčího Ředitelství silnic a dálnic nasadili na Vysočině všech 120 sypačů a pluhů. „Sníh padal rychleji, než jsme ho stačili odklízet,“ řekl mluvčí Jan Rýdl."
        ),
        cz_ad(),
        p(
            "Hasiči během noci vyjížděli k desítkám popadaných stromů a pomáhali vyprostit uvízlé autobusy. Bez proudu bylo ráno podle energetiků přes osm tisíc domácností."
        ),
        cz_more("Jak připravit auto na zimu: pět věcí, které nepodceňte"),
        p(
            "Meteorologové varují, že sněžit bude i ve středu. Řidiči by měli počítat s náledím a nevyjíždět bez zimní výbavy."
        ),
    ],
    site="iDNES.cz",
    lede="Husté sněžení v noci na úterý ochromilo dopravu na Vysočině. Na dálnici D1 stály kamiony v koloně dlouhé přes patnáct kilometrů.",
)
