"""The fifth round of ``bench/extraction_pages``: pages (``r5-*``) of platforms and kinds the first four rounds
lack, each in a template written for it here after the platform's or outlet's real markup.

Wire and official releases: Business Wire (``bw-release-story``, "View source version"), GlobeNewswire
(``main-body-container``, forward-looking statements), GOV.UK (``govspeak``, "Notes to editors", the
"Is this page useful?" form). Kinds: The Conversation (``content-body``, the disclosure statement and
"Republish this article"), a Smart Brevity story (bold "Why it matters:" lead-ins and bullets), a shopping
listicle (numbered headings, "Buy now" buttons), a story read aloud (a BeyondWords player, "Listen to this
article"), a story with "Story continues below advertisement" labels and an inline newsletter box, a
developer blog with code, a correction at the foot of a story; Hugo (PaperMod's ``post-content``, a
table of contents in ``details``) and Jekyll (``post-content e-content``) blogs. Outlets: Yahoo! Japan
News (``article_body``, 【関連記事】), JoongAng (``#article_body``, the reporter's line and the copyright
line), Youm7 (Arabic, ``#articleBody``, "اقرأ أيضا"), Sözcü (Turkish), Kompas (``read__content``, "Baca
juga:" and the WhatsApp channel call), Prothom Alo (Bengali, Quintype's ``story-element-text``), United
Daily News (Traditional Chinese, ``article-content__editor``, 延伸閱讀) and Yle (Finnish). The gold of
every page was written before nutgraf was run on it.
"""

from __future__ import annotations

from articles import page
from fourth_round import _doc, _links
from furniture import SKINS
from parts import h, p, raw


def _share(cls: str = "share") -> str:
    return (
        f'<div class="{cls}"><a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a>'
        '<a href="https://twitter.com/intent/tweet?url=x">Twitter</a><a href="mailto:?subject=x">Email</a></div>'
    )


# ---------------------------------------------------------------- Business Wire
def businesswire(page_: dict, article: str) -> str:
    """A Business Wire release: ``div.bw-release-main`` with the headline, ``div.bw-release-story`` and the
    contact block ``div.bw-release-contact`` after it, "View source version on businesswire.com"."""
    return _doc(page_, "en", (
        '<header class="bw-header"><a href="/" class="bw-logo">Business Wire</a><nav><ul>'
        f'{_links(("Newsroom", "Services", "Resources", "Contact"), "/portal/site/home/")}</ul></nav></header>'
        '<main><article class="bw-release-main"><div class="bw-release-timestamp"><time datetime="2024-11-19T13:00:00Z">November 19, 2024 08:00 AM Eastern Standard Time</time></div>'
        f'<h1 class="epi-fontLg bwalignc"><b>{page_["title"]}</b></h1>'
        '<div class="bw-release-subhead"><h2><i>Pilot with three utilities cut leak detection time from weeks to hours</i></h2></div>'
        f'<div class="bw-release-story">{article}</div>'
        '<div class="bw-release-contact"><h2>Contacts</h2><p><b>Media</b><br>Dana Whitfield<br>press@aquasense.example<br>+1 617 555 0142</p></div>'
        '<div class="bw-release-sidebar"><div class="bw-social-share">'
        + _share("bw-share") +
        '</div><p class="bw-release-source">View source version on businesswire.com: <a href="https://www.businesswire.com/news/home/2024/en/">https://www.businesswire.com/news/home/2024/en/</a></p>'
        '<div class="bw-release-tags"><h3>Industry:</h3><ul><li><a href="/t/1">Utilities</a></li><li><a href="/t/2">Technology</a></li></ul></div></div>'
        '</article></main><section class="bw-more"><h2>More News From AquaSense</h2><ul>'
        f'{_links(("AquaSense to Present at Water Tech Summit", "AquaSense Names New Chief Financial Officer"), "/news/home/")}</ul></section>'
        '<footer><p>&copy; 2024 Business Wire, Inc. A Berkshire Hathaway Company.</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- GlobeNewswire
def globenewswire(page_: dict, article: str) -> str:
    """A GlobeNewswire release: ``div.main-body-container.article-body`` with ``p`` and the contact table,
    the organisation's box and "Related Links" in the sidebar."""
    return _doc(page_, "en", (
        '<header class="header"><a class="logo" href="/">GlobeNewswire</a><nav>'
        f'<ul>{_links(("Newsroom", "Search", "Sign in"), "/en/")}</ul></nav></header>'
        '<div class="main-container"><div class="main-header-container"><h1 class="article-headline">'
        f'{page_["title"]}</h1><p class="article-published-source"><span class="article-published"><time datetime="2024-10-24">October 24, 2024 16:05 ET</time></span>'
        ' | Source: <a href="/en/search/organization/Harbor">Harbor Mutual Bancorp, Inc.</a></p>'
        '<div class="social-share">' + _share() + '</div></div>'
        f'<div id="main-body-container" class="main-body-container article-body" itemprop="articleBody">{article}</div>'
        '<div class="main-tags-attachments-container"><h4>Tags</h4><a href="/t/1">Dividend</a> <a href="/t/2">Earnings</a></div>'
        '<aside class="sidebar"><div class="organization-box"><h3>Harbor Mutual Bancorp, Inc.</h3><p>Portland, Maine, UNITED STATES</p>'
        '<a href="https://harbormutual.example">harbormutual.example</a><a class="follow" href="#">Subscribe via RSS</a></div>'
        '<div class="related-links"><h3>Related Links</h3><ul><li><a href="https://harbormutual.example/ir">Investor Relations</a></li></ul></div></aside></div>'
        '<footer class="footer"><p>&copy; 2024 GlobeNewswire, Inc. All Rights Reserved.</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- GOV.UK
def govuk(page_: dict, article: str) -> str:
    """A GOV.UK press release: ``div.govuk-grid-column-two-thirds`` holding ``div.govspeak``; the page's
    metadata, "Share this page", the "Is this page useful?" feedback form and the related navigation."""
    return _doc(page_, "en", (
        '<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" role="region" aria-label="Cookies on GOV.UK">'
        '<div class="govuk-cookie-banner__message"><h2 class="govuk-cookie-banner__heading">Cookies on GOV.UK</h2>'
        '<p class="govuk-body">We use some essential cookies to make this website work.</p><p class="govuk-body">We&#8217;d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.</p>'
        '<button class="govuk-button">Accept additional cookies</button><button class="govuk-button">Reject additional cookies</button><a class="govuk-link" href="/help/cookies">View cookies</a></div></div>'
        '<a href="#main-content" class="govuk-skip-link">Skip to main content</a>'
        '<header class="gem-c-layout-super-navigation-header"><a href="/" class="govuk-header__link">GOV.UK</a>'
        f'<nav><ul>{_links(("Menu", "Search GOV.UK"), "/browse/")}</ul></nav></header>'
        '<div class="govuk-width-container"><div class="gem-c-breadcrumbs govuk-breadcrumbs"><ol class="govuk-breadcrumbs__list">'
        '<li class="govuk-breadcrumbs__list-item"><a href="/">Home</a></li><li class="govuk-breadcrumbs__list-item"><a href="/environment">Environment</a></li></ol></div>'
        '<main id="main-content" class="govuk-main-wrapper" role="main" lang="en"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">'
        f'<span class="govuk-caption-xl gem-c-title__context">Press release</span><h1 class="gem-c-title__text govuk-heading-l">{page_["title"]}</h1>'
        '<p class="gem-c-lead-paragraph">New grants for farmers to restore hedgerows and plant trees along rivers open for applications.</p></div></div>'
        '<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><div class="gem-c-metadata"><dl>'
        '<dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition"><a href="/government/organisations/defra">Department for Environment, Food &amp; Rural Affairs</a></dd>'
        '<dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">12 March 2024</dd></dl></div>'
        f'<div class="responsive-bottom-margin"><div class="gem-c-govspeak govuk-govspeak" data-module="govspeak"><div class="govspeak">{article}</div></div></div>'
        '<div class="gem-c-share-links govuk-!-display-none-print"><h2 class="gem-c-share-links__title">Share this page</h2><ul class="gem-c-share-links__list">'
        '<li><a href="https://www.facebook.com/sharer/sharer.php?u=x">Share on Facebook</a></li><li><a href="https://twitter.com/share?url=x">Share on Twitter</a></li></ul></div>'
        '<div class="gem-c-published-dates"><h2>Updates to this page</h2><p>Published 12 March 2024</p></div></div>'
        '<div class="govuk-grid-column-one-third"><aside class="gem-c-related-navigation" role="complementary"><h2 class="gem-c-related-navigation__main-heading">Related content</h2>'
        f'<ul>{_links(("Farming and countryside programme", "Environmental Land Management update"), "/government/news/")}</ul></aside></div></div>'
        '<div class="gem-c-feedback govuk-!-display-none-print"><div class="gem-c-feedback__prompt"><h2 class="gem-c-feedback__prompt-question">Is this page useful?</h2>'
        '<button class="govuk-button">Yes</button><button class="govuk-button">No</button><button class="govuk-button">Report a problem with this page</button></div></div></main></div>'
        '<footer class="govuk-footer"><p>All content is available under the Open Government Licence v3.0, except where otherwise stated</p><p>&copy; Crown copyright</p></footer>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- The Conversation
def conversation(page_: dict, article: str) -> str:
    """The Conversation: ``div.content-body.content.entry-content[itemprop=articleBody]``, the author's
    disclosure statement and partners after it, "Republish this article" in the sidebar."""
    return _doc(page_, "en", (
        '<header class="global-header"><a class="logo" href="/uk">The Conversation</a><p class="tagline">Academic rigour, journalistic flair</p>'
        f'<nav><ul>{_links(("Arts + Culture", "Business + Economy", "Education", "Environment", "Health", "Science + Technology"), "/uk/")}</ul></nav></header>'
        '<main class="grid-ten large-grid-nine grid-last content-body-wrapper"><article><header class="content-header"><div class="content-header-block">'
        f'<h1 class="legacy entry-title instapaper_title" itemprop="name">{page_["title"]}</h1></div>'
        f'<div class="content-authors-group"><ul class="author-list"><li><a class="author-name" href="/profiles/1">{page_["author"]}</a><span class="role">Senior Lecturer in Marine Ecology, University of Plymouth</span></li></ul></div>'
        '<time datetime="2024-06-05T13:12:00Z">Published: June 5, 2024 2:12pm BST</time></header>'
        f'<div class="grid-ten large-grid-nine grid-last content-body content entry-content instapaper_body inline-promos" itemprop="articleBody">{article}</div>'
        '<div class="content-sidebar"><div class="disclosure"><h2>Disclosure statement</h2><p>'
        f'{page_["author"]} receives funding from the Natural Environment Research Council.</p></div>'
        '<div class="partners"><h2>Partners</h2><p>University of Plymouth provides funding as a member of The Conversation UK.</p></div>'
        '<div class="republish"><h2>Republish this article</h2><p>Republish our articles for free, online or in print, under a Creative Commons license.</p>'
        '<a class="button" href="/republish">Republish this article</a></div></div></article>'
        '<section class="topic-list"><h2>Read more</h2><ul>'
        f'{_links(("Why octopuses are moving north", "Plastic in the deep sea: what we know"), "/uk/articles/")}</ul></section></main>'
        '<footer class="global-footer"><p>Copyright &copy; 2010&#8211;2024, The Conversation Media Group Ltd</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Smart Brevity
def brevity(page_: dict, article: str) -> str:
    """An Axios-like story: ``div.DraftjsBlocks_draftjs__*`` CSS-module classes, bold lead-ins, bullets,
    "Go deeper" links and the newsletter sign-up after it."""
    return _doc(page_, "en", (
        '<header class="Header_header__x1"><a href="/" class="Header_logo__a2">Axioms</a><nav>'
        f'<ul>{_links(("Politics", "Technology", "Business", "Local"), "/")}</ul></nav></header>'
        '<main class="Layout_main__q1"><div class="StoryLayout_story__p9"><h1 class="StoryHeadline_headline__b3">'
        f'{page_["title"]}</h1><div class="StoryByline_byline__z2"><a href="/authors/1">{page_["author"]}</a>'
        '<time datetime="2024-08-22T10:30:00Z">Aug 22, 2024</time></div>'
        '<div class="AxiosStoryBody_storyBody__k4"><div class="DraftjsBlocks_draftjs__fm3S2">' + article + '</div></div>'
        '<div class="StoryFooter_signup__c7"><h3>Get more local stories in your inbox with Axioms Denver.</h3>'
        '<form><input type="email" placeholder="Email address"><button>Subscribe</button></form>'
        '<p class="disclaimer">By subscribing, you agree to our Privacy Policy.</p></div>'
        '<div class="StoryFooter_deeper__w1"><h3>Go deeper</h3><ul>'
        f'{_links(("Denver voters to weigh sales tax for parks", "Colorado transit ridership rebounds"), "/local/denver/")}</ul></div></div></main>'
        '<footer><p>&copy; 2024 Axioms Media</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Shopping listicle (WordPress)
def listicle(page_: dict, article: str) -> str:
    """A WordPress review site's buying guide: ``div.entry-content.single-content``, affiliate disclosure
    before it, product boxes with "Check price" buttons inside it, "Related guides" after."""
    return _doc(page_, "en", (
        f'<header id="masthead" class="site-header"><div class="site-branding"><a href="/" rel="home">{page_["site"]}</a></div>'
        f'<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{_links(("Reviews", "Guides", "Deals", "About"), "/category/")}</ul></nav></header>'
        '<div id="content" class="site-content"><main id="main" class="site-main"><article id="post-812" class="post-812 post type-post status-publish format-standard has-post-thumbnail hentry category-guides">'
        f'<header class="entry-header"><h1 class="entry-title">{page_["title"]}</h1><div class="entry-meta"><span class="byline">By <span class="author vcard"><a class="url fn n" href="/author/1">{page_["author"]}</a></span></span>'
        ' <span class="posted-on"><time class="entry-date published" datetime="2024-10-01T09:00:00+00:00">October 1, 2024</time></span></div></header>'
        '<div class="affiliate-disclosure"><p><em>We may earn a commission when you buy through links on our site.</em></p></div>'
        f'<div class="entry-content single-content">{article}</div>'
        '<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/guides" rel="category tag">Guides</a></span></footer></article>'
        '<section class="related-guides"><h2>Related guides</h2><ul>'
        f'{_links(("The best tents for wild camping", "The best head torches"), "/guides/")}</ul></section></main></div>'
        '<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2024 Trail Kit Reviews</div></footer>'
    ))  # fmt: skip


def product(number: int, name: str, verdict: str, *paragraphs: str) -> list[tuple[str, str | None]]:
    """One entry of a buying guide: its numbered heading, a product box (furniture), its paragraphs."""
    box = (
        f'<div class="product-box wp-block-group"><img src="/img/p{number}.jpg" alt="{name}">'
        f'<ul class="product-box__specs"><li>Weight: {300 + number * 45} g</li><li>Rating: 4.{number}/5</li></ul>'
        f'<a class="wp-block-button__link product-box__button" rel="sponsored nofollow" href="https://amzn.example/{number}">Check price on Amazon</a></div>'
    )
    return [h(f"{number}. {name}: {verdict}"), raw(box), *(p(x) for x in paragraphs)]


# ---------------------------------------------------------------- read aloud
def listen(page_: dict, article: str) -> str:
    """A magazine story with a BeyondWords player before its body ("Listen to this article"), a reading time
    and a share rail."""
    return _doc(page_, "en", (
        f'<header class="site-header"><a href="/" class="logo">{page_["site"]}</a><nav><ul>'
        f'{_links(("Ideas", "Culture", "Science", "Podcasts", "Subscribe"), "/section/")}</ul></nav></header>'
        '<main><article class="article"><header class="article-header">'
        f'<h1 class="article-header__title">{page_["title"]}</h1><p class="article-header__byline">By {page_["author"]}</p>'
        '<p class="article-header__meta"><span class="reading-time">Estimated reading time: 4 minutes</span></p></header>'
        '<div class="article-audio"><div class="beyondwords-player" data-beyondwords-project-id="1234" data-beyondwords-content-id="abcd">'
        '<div class="bwp-title">Listen to this article</div><button class="bwp-play" aria-label="Play">Play</button><span class="bwp-duration">5:12</span>'
        '<span class="bwp-credit">Audio generated by AI</span></div></div>'
        '<div class="article-share-rail">' + _share("share-rail") + '</div>'
        f'<div class="article-body">{article}</div>'
        '<div class="article-footer"><p class="article-footer__tags">Topics: <a href="/t/sleep">Sleep</a> <a href="/t/health">Health</a></p></div></article>'
        '<aside class="popular"><h2>Most popular</h2><ol>'
        f'{_links(("The quiet return of the afternoon nap", "What dreams are for", "Can you train your body clock?"), "/ideas/")}</ol></aside></main>'
        '<footer><p>&copy; 2024 Meridian Magazine</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- "Story continues below advertisement"
def storycontinues(page_: dict, article: str) -> str:
    """A Canadian broadcaster's WordPress VIP story: ``article.l-article__text.js-story-text`` with ad slots
    labelled "Story continues below advertisement" and an inline newsletter box among its paragraphs."""
    return _doc(page_, "en-CA", (
        '<header class="c-header"><a class="c-header__logo" href="/">Global Report</a><nav><ul>'
        f'{_links(("Canada", "World", "Politics", "Money", "Health", "Watch"), "/")}</ul></nav></header>'
        '<main class="l-main"><div class="l-article"><div class="c-article__header"><h1 class="l-article__title">'
        f'{page_["title"]}</h1><div class="c-byline"><span class="c-byline__name">By {page_["author"]}</span>'
        '<span class="c-byline__role">Global News</span><time class="c-byline__datesWrapper">Posted November 2, 2024 6:00 pm</time></div></div>'
        '<div class="c-share">' + _share("c-share__links") + '</div>'
        f'<article class="l-article__text js-story-text">{article}</article>'
        '<div class="c-tags"><a href="/tag/housing">Housing</a> <a href="/tag/toronto">Toronto</a></div>'
        '<p class="c-disclaimer">&copy; 2024 Global News, a division of Corus Entertainment Inc.</p></div>'
        '<aside class="l-sidebar"><h2>Trending Now</h2><ul>'
        f'{_links(("Winter tire rules: what you need to know", "Transit strike averted", "Ontario byelection results"), "/news/")}</ul></aside></main>'
        '<footer class="c-footer"><p>Corus News. All rights reserved.</p></footer>'
    ))  # fmt: skip


def continues_ad(slot: int) -> tuple[str, None]:
    return raw(
        f'<div class="c-ad -midArticle" id="gpt-midarticle-{slot}"><div class="c-ad__label">Story continues below advertisement</div>'
        f'<div class="c-ad__unit" data-ad-slot="midarticle-{slot}"></div></div>'
    )


# ---------------------------------------------------------------- developer blog
def devblog(page_: dict, article: str) -> str:
    """An engineering blog (Gatsby-built): ``div.post-body`` with ``pre > code`` blocks, a "Copy" button in
    each (furniture) and the author card after it."""
    return _doc(page_, "en", (
        '<div id="___gatsby"><div id="gatsby-focus-wrapper" tabindex="-1"><header class="site-header">'
        f'<a href="/" class="site-header__logo">{page_["site"]}</a><nav><ul>{_links(("Engineering", "Product", "Careers"), "/blog/")}</ul></nav></header>'
        f'<main><article class="post"><h1 class="post-title">{page_["title"]}</h1><div class="post-meta">'
        f'<span>{page_["author"]}</span> · <time>September 9, 2024</time> · <span>7 min read</span></div>'
        f'<div class="post-body">{article}</div>'
        f'<div class="author-card"><img src="/a.png" alt=""><p><strong>{page_["author"]}</strong> is a staff engineer on the storage team.</p></div>'
        '<nav class="post-nav"><a href="/blog/prev" rel="prev">← Migrating our queues to Kafka</a><a href="/blog/next" rel="next">Our on-call handbook →</a></nav></article></main>'
        '<footer><p>&copy; 2024 Tallyworks, Inc.</p></footer></div></div>'
    ))  # fmt: skip


def code(source: str, lang: str) -> tuple[str, str]:
    escaped = source.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return (
        f'<div class="gatsby-highlight" data-language="{lang}"><button class="copy-button">Copy</button>'
        f'<pre class="language-{lang}"><code class="language-{lang}">{escaped}</code></pre></div>',
        source,
    )


# ---------------------------------------------------------------- Hugo PaperMod and Jekyll minima
def hugo(page_: dict, article: str) -> str:
    """A Hugo blog in the PaperMod theme: ``article.post-single`` with a ``details.toc`` table of contents,
    ``div.post-content``, then ``footer.post-footer`` with tags, the previous/next links and share icons."""
    return _doc(page_, "en", (
        f'<header class="header"><nav class="nav"><div class="logo"><a href="/" accesskey="h">{page_["site"]}</a></div>'
        f'<ul id="menu">{_links(("Posts", "Archive", "Tags", "About"), "/")}</ul></nav></header>'
        '<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a href="/">Home</a>&nbsp;»&nbsp;<a href="/posts/">Posts</a></div>'
        f'<h1 class="post-title entry-hint-parent">{page_["title"]}</h1><div class="post-meta"><span title="2024-05-18">May 18, 2024</span>&nbsp;·&nbsp;5 min&nbsp;·&nbsp;{page_["author"]}</div></header>'
        '<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>'
        '<li><a href="#the-route" aria-label="The route">The route</a></li><li><a href="#what-went-wrong" aria-label="What went wrong">What went wrong</a></li></ul></div></details></div>'
        f'<div class="post-content">{article}</div>'
        '<footer class="post-footer"><ul class="post-tags"><li><a href="/tags/cycling/">Cycling</a></li><li><a href="/tags/scotland/">Scotland</a></li></ul>'
        '<nav class="paginav"><a class="prev" href="/posts/p/"><span class="title">« Prev</span><br><span>Fixing a creaking bottom bracket</span></a>'
        '<a class="next" href="/posts/n/"><span class="title">Next »</span><br><span>Winter kit list</span></a></nav>'
        '<ul class="share-buttons"><li><a aria-label="share on x" href="https://x.com/intent/tweet/?text=x">x</a></li></ul></footer></article></main>'
        f'<footer class="footer"><span>&copy; 2024 <a href="/">{page_["site"]}</a></span> · <span>Powered by <a href="https://gohugo.io/">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/">PaperMod</a></span></footer>'
    ), ld=False)  # fmt: skip


def jekyll(page_: dict, article: str) -> str:
    """A Jekyll blog in the minima theme: ``article.post.h-entry`` with ``div.post-content.e-content``
    [itemprop=articleBody], the site footer's contact columns."""
    return _doc(page_, "en", (
        f'<header class="site-header" role="banner"><div class="wrapper"><a class="site-title" rel="author" href="/">{page_["site"]}</a>'
        '<nav class="site-nav"><input type="checkbox" id="nav-trigger" class="nav-trigger" /><div class="trigger">'
        '<a class="page-link" href="/about/">About</a><a class="page-link" href="/projects/">Projects</a></div></nav></div></header>'
        '<main class="page-content" aria-label="Content"><div class="wrapper"><article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">'
        f'<header class="post-header"><h1 class="post-title p-name" itemprop="name headline">{page_["title"]}</h1>'
        '<p class="post-meta"><time class="dt-published" datetime="2024-02-11T00:00:00+00:00" itemprop="datePublished">Feb 11, 2024</time>'
        f' • <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">{page_["author"]}</span></span></p></header>'
        f'<div class="post-content e-content" itemprop="articleBody">{article}</div>'
        '<a class="u-url" href="/2024/02/11/beekeeping.html" hidden></a></article></div></main>'
        f'<footer class="site-footer h-card"><data class="u-url" href="/"></data><div class="wrapper"><h2 class="footer-heading">{page_["site"]}</h2>'
        '<div class="footer-col-wrapper"><div class="footer-col footer-col-1"><ul class="contact-list"><li class="p-name">Ruth Ellery</li>'
        '<li><a class="u-email" href="mailto:ruth@example.org">ruth@example.org</a></li></ul></div>'
        '<div class="footer-col footer-col-3"><p>Notes from an allotment on the edge of Sheffield.</p></div></div></div></footer>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- Yahoo! Japan News
def yahoojp(page_: dict, article: str) -> str:
    """Yahoo! Japan News: ``div.article_body.highLightSearchTarget`` with ``p.highLightSearchTarget``
    paragraphs, the provider's name, 【関連記事】 links and the ranking after it."""
    return _doc(page_, "ja", (
        '<header id="msthd"><a href="https://news.yahoo.co.jp/">Yahoo!ニュース</a><nav><ul>'
        f'{_links(("主要", "国内", "国際", "経済", "エンタメ", "スポーツ", "IT", "科学", "地域"), "/categories/")}</ul></nav></header>'
        '<div id="contentsWrap"><main><article id="uamods" class="article"><header><h1 class="sc-uzx6gd-1 bjhNVO">'
        f'{page_["title"]}</h1><div class="sc-1n9vtw0-0"><time>12/5(木) 18:42配信</time></div></header>'
        f'<div class="article_body highLightSearchTarget"><div class="sc-54nboa-0 deLyrJ yjSlinkDirectlink highLightSearchTarget">{article}</div></div>'
        '<div class="sc-kf6oh3-0"><a href="https://www.example-shimbun.jp">北陸新報</a></div>'
        '<div class="related"><p>【関連記事】</p><ul><li><a href="/articles/1">金沢の観光客、過去最多に</a></li><li><a href="/articles/2">北陸新幹線の延伸、利用者伸びる</a></li></ul></div>'
        '<div class="sc-reaction"><p>この記事はいかがでしたか？</p><button>学びがある</button><button>わかりやすい</button><button>新しい視点</button></div>'
        '<div class="comment-link"><a href="/articles/x/comments">コメント 128件</a></div></article>'
        '<aside><section class="ranking"><h2>アクセスランキング</h2><ol>'
        f'{_links(("大雪で交通機関に乱れ", "新型スマホが発売", "株価が反発"), "/ranking/")}</ol></section></aside></main></div>'
        '<footer><p>&copy; LY Corporation</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- JoongAng Ilbo
def joongang(page_: dict, article: str) -> str:
    """JoongAng Ilbo: ``div#article_body.article_body`` with ``p`` paragraphs, a photo ``div.ab_photo``,
    the reporter's line and the copyright line, "함께 보면 좋은 기사" after it."""
    return _doc(page_, "ko", (
        '<header id="header" class="header"><a href="/" class="logo">중앙일보</a><nav><ul>'
        f'{_links(("정치", "경제", "사회", "국제", "문화", "스포츠", "오피니언"), "/")}</ul></nav></header>'
        '<main id="container"><div class="article"><div class="article_header"><h1 class="headline">'
        f'{page_["title"]}</h1><div class="byline"><a href="/reporter/1">{page_["author"]} 기자</a></div>'
        '<div class="datetime"><p class="date">입력 2024.11.27 15:20</p><p class="date">업데이트 2024.11.27 16:02</p></div></div>'
        '<div class="article_tools"><button class="btn_font">글자크기</button><button class="btn_share">공유</button></div>'
        f'<div class="article_body fs3" id="article_body">{article}</div>'
        '<div class="tag_wrap"><a href="/tag/1">#폭설</a> <a href="/tag/2">#서울</a></div>'
        '<section class="recommend"><h2 class="title">함께 보면 좋은 기사</h2><ul>'
        f'{_links(("첫눈 폭설에 출근길 대란", "기상청 “내일도 눈”"), "/article/")}</ul></section></div>'
        '<aside class="aside"><section class="ranking"><h2>많이 본 기사</h2><ol>'
        f'{_links(("금리 동결 배경은", "아파트값 3주째 하락", "수능 만점자 11명"), "/article/")}</ol></section></aside></main>'
        '<footer id="footer"><p>Copyright by JoongAng Ilbo Co., Ltd. All Rights Reserved</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Youm7
def youm7(page_: dict, article: str) -> str:
    """Youm7 (Arabic, right to left): ``div#articleBody.articleCont`` with ``p`` paragraphs and "اقرأ أيضا"
    links between them, tags and "الأكثر قراءة" after it."""
    return _doc(page_, "ar", (
        '<header class="header"><a href="/" class="logo">اليوم السابع</a><nav><ul>'
        f'{_links(("أخبار عاجلة", "سياسة", "اقتصاد", "رياضة", "فن", "محافظات"), "/Section/")}</ul></nav></header>'
        '<main class="container"><div class="articleHeader"><h1>'
        f'{page_["title"]}</h1><div class="writeBy"><span class="writeByName">كتب {page_["author"]}</span>'
        '<span class="newsStoryDate">الأحد، 10 نوفمبر 2024 02:00 م</span></div></div>'
        '<div class="img-cont"><img src="/images/nile.jpg" alt=""><span class="img-caption">كورنيش النيل</span></div>'
        f'<div id="articleBody" class="articleCont">{article}</div>'
        '<div class="tags"><span>الموضوعات المتعلقة</span><a href="/t/1">القاهرة</a><a href="/t/2">النقل</a></div>'
        '<section class="mostRead"><h2>الأكثر قراءة</h2><ul>'
        f'{_links(("أسعار الذهب اليوم", "حالة الطقس غدا", "نتيجة مباراة الأهلي"), "/Story/")}</ul></section></main>'
        '<footer><p>جميع الحقوق محفوظة لليوم السابع 2024</p></footer>'
    ), dir_="rtl")  # fmt: skip


# ---------------------------------------------------------------- Sözcü
def sozcu(page_: dict, article: str) -> str:
    """Sözcü (Turkish): ``div.article-body`` with ``p`` paragraphs, an "İLGİLİ HABER" card among them,
    the Google News follow call and "Günün Önemli Haberleri" after it."""
    return _doc(page_, "tr", (
        '<header class="header"><a href="/" class="logo">Gündem Postası</a><nav><ul>'
        f'{_links(("Gündem", "Ekonomi", "Dünya", "Spor", "Yazarlar", "Hava Durumu"), "/kategori/")}</ul></nav></header>'
        '<main class="container"><article class="news-detail"><h1 class="article-title">'
        f'{page_["title"]}</h1><h2 class="description">Kentte gece boyunca etkili olan sağanak, birçok mahallede su baskınlarına neden oldu.</h2>'
        f'<div class="content-meta"><span class="author">{page_["author"]}</span><time>Güncelleme: 18.10.2024 - 09:14</time></div>'
        f'<div class="article-body">{article}</div>'
        '<div class="google-news"><a href="https://news.google.com/publications/x">Gündem Postası\'nı Google News\'te takip edin</a></div>'
        '</article><section class="headline-list"><h2>Günün Önemli Haberleri</h2><ul>'
        f'{_links(("Asgari ücret için ilk toplantı", "Akaryakıta zam geldi", "Okullarda ara tatil"), "/haber/")}</ul></section></main>'
        '<footer><p>&copy; 2024 Gündem Postası. Tüm hakları saklıdır.</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Kompas
def kompas(page_: dict, article: str) -> str:
    """Kompas.com: ``div.read__content > div.clearfix`` with ``p`` paragraphs, "Baca juga:" lines as
    ``p > strong + a``, the WhatsApp channel call and the editor's line after the body."""
    return _doc(page_, "id", (
        '<header class="header"><a href="/" class="logo">Kabar Nusantara</a><nav><ul>'
        f'{_links(("News", "Megapolitan", "Regional", "Nasional", "Global", "Tren"), "/tag/")}</ul></nav></header>'
        '<main class="container"><div class="read__header"><h1 class="read__title">'
        f'{page_["title"]}</h1><div class="read__time">Kompas.com - 21/11/2024, 14:35 WIB</div>'
        f'<div class="read__credit"><div class="credit-title-name">Penulis <a href="/penulis/1">{page_["author"]}</a></div>'
        '<div class="credit-title-name">Editor Dita Angga</div></div></div>'
        f'<div class="read__content"><div class="clearfix">{article}</div></div>'
        '<div class="read__editor"><p>Editor : Dita Angga</p></div>'
        '<div class="kcm-channel"><p>Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Kompas.com WhatsApp Channel : <a href="https://www.whatsapp.com/channel/x">https://www.whatsapp.com/channel/x</a>. Pastikan kamu sudah install aplikasi WhatsApp ya.</p></div>'
        '<div class="tag__article"><h3>Baca berita tanpa iklan.</h3><a href="/langganan">Gabung Kompas.com+</a></div>'
        '<section class="most"><h2>Terpopuler</h2><ul>'
        f'{_links(("Harga BBM turun", "Jadwal KRL terbaru", "Cuaca Jakarta besok"), "/read/")}</ul></section></main>'
        '<footer><p>Copyright 2008 - 2024 PT. Kompas Cyber Media</p></footer>'
    ))  # fmt: skip


def baca_juga(title: str) -> tuple[str, None]:
    return raw(
        f'<p><strong>Baca juga: </strong><a href="/read/2024/11/x" class="inner-link-baca-juga">{title}</a></p>'
    )


# ---------------------------------------------------------------- Prothom Alo (Quintype)
def quintype(page_: dict, article: str) -> str:
    """A Quintype-built Bengali daily (Prothom Alo): a React root with ``div.story-element.story-element-text``
    cards, each ``div`` holding ``p``, and the story's data again in ``window.qtState`` (not read here)."""
    return _doc(page_, "bn", (
        '<div id="container"><header class="header-wrapper"><a href="/" class="logo">আলোর খবর</a><nav><ul>'
        f'{_links(("সর্বশেষ", "বাংলাদেশ", "বিশ্ব", "বাণিজ্য", "খেলা", "বিনোদন"), "/")}</ul></nav></header>'
        '<main><div class="story-grid"><div class="story-head"><h1 class="headline">'
        f'{page_["title"]}</h1><div class="author-name"><span>{page_["author"]}</span></div>'
        '<time class="published-time">প্রকাশ: ২২ অক্টোবর ২০২৪, ১০: ৩০</time></div>'
        '<div class="share-icons">' + _share("social-share") + '</div>'
        f'<div class="story-content no-key-elements">{article}</div>'
        '<div class="story-tags"><a href="/topic/1">ঢাকা</a><a href="/topic/2">মেট্রোরেল</a></div>'
        '<section class="read-more"><h2>আরও পড়ুন</h2><ul>'
        f'{_links(("মেট্রোরেলের ভাড়া কমছে না", "উত্তরা থেকে মতিঝিল ৩৫ মিনিটে"), "/bangladesh/")}</ul></section></div></main>'
        '<footer><p>স্বত্ব © ২০২৪ আলোর খবর</p></footer></div>'
    ))  # fmt: skip


def qt(text: str) -> tuple[str, str]:
    return (
        f'<div class="story-element story-element-text"><div><p>{text}</p></div></div>',
        text,
    )


# ---------------------------------------------------------------- United Daily News
def udn(page_: dict, article: str) -> str:
    """United Daily News (Traditional Chinese): ``section.article-content__editor`` with ``p`` paragraphs,
    a ``figure.photo_center`` and "延伸閱讀" after it."""
    return _doc(page_, "zh-Hant-TW", (
        '<header class="header"><a href="/" class="logo">聯合新聞網</a><nav><ul>'
        f'{_links(("要聞", "社會", "地方", "兩岸", "國際", "財經", "運動"), "/news/cate/")}</ul></nav></header>'
        '<main class="wrapper-left"><section class="article-content"><h1 class="article-content__title">'
        f'{page_["title"]}</h1><div class="article-content__info"><time class="article-content__time">2024-09-30 21:15</time>'
        f'<span class="article-content__author">聯合報／記者{page_["author"]}／台中即時報導</span></div>'
        f'<section class="article-content__editor">{article}</section>'
        '<section class="article-content__tags">tags: <a href="/search/tagging/1">颱風</a> <a href="/search/tagging/2">台中</a></section></section>'
        '<section class="story-list"><h2>延伸閱讀</h2><ul>'
        f'{_links(("颱風假怎麼放？各縣市最新公告", "中颱山陀兒逼近"), "/news/story/")}</ul></section>'
        '<section class="context-box"><h2>udn討論區</h2><p>0 則留言</p></section></main>'
        '<footer><p>Copyright &copy; 2024 udn.com. All Rights Reserved. 聯合線上公司 著作權所有</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Yle
def yle(page_: dict, article: str) -> str:
    """Yle (Finnish): ``section.yle__article__content`` with ``p.yle__article__paragraph``, a heading
    ``h2.yle__article__heading`` and "Lue myös:" links, the comment prompt after it."""
    return _doc(page_, "fi", (
        '<header class="yle-header"><a href="/" class="logo">Yle Uutiset</a><nav><ul>'
        f'{_links(("Tuoreimmat", "Kotimaa", "Ulkomaat", "Talous", "Urheilu", "Kulttuuri"), "/uutiset/")}</ul></nav></header>'
        '<main id="main-content"><article class="yle__article"><header class="yle__article__header">'
        f'<h1 class="yle__article__heading yle__article__heading--h1">{page_["title"]}</h1>'
        '<p class="yle__article__lead">Pitkä kuivuus on laskenut järvien pintoja koko Itä-Suomessa.</p>'
        f'<div class="yle__article__byline"><span>{page_["author"]}</span><time>3.8.2024 klo 12.05</time></div></header>'
        f'<section class="yle__article__content">{article}</section>'
        '<div class="yle__article__comments"><p>Voit keskustella aiheesta 4.8. kello 23:een saakka.</p></div></article>'
        '<aside><h2>Luetuimmat</h2><ol>'
        f'{_links(("Helle jatkuu viikonloppuna", "Junaliikenteessä häiriöitä", "Mökkitiellä kolari"), "/uutiset/3-")}</ol></aside></main>'
        '<footer><p>&copy; Yle 2024</p></footer>'
    ))  # fmt: skip


def yp(text: str) -> tuple[str, str]:
    return p(text, attrs=' class="yle__article__paragraph"')


SKINS.update(
    businesswire=businesswire, globenewswire=globenewswire, govuk=govuk, conversation=conversation,
    brevity=brevity, listicle=listicle, listen=listen, storycontinues=storycontinues, devblog=devblog,
    hugo=hugo, jekyll=jekyll, yahoojp=yahoojp, joongang=joongang, youm7=youm7, sozcu=sozcu, kompas=kompas,
    quintype=quintype, udn=udn, yle=yle,
)  # fmt: skip


# ================================================================ the pages
page(
    "r5-businesswire-leak-sensors",
    "Business Wire release (bw-release-story, contacts, View source version)",
    "businesswire",
    "AquaSense Launches Acoustic Leak Sensors for Municipal Water Networks",
    "AquaSense",
    "2024-11-19T13:00:00Z",
    [
        p(
            'BOSTON--(<a href="https://www.businesswire.com/">BUSINESS WIRE</a>)--AquaSense, a maker of monitoring equipment for water utilities, today launched the HydroEar, a battery-powered acoustic sensor that attaches to a hydrant or valve and listens for the sound of escaping water in nearby mains.'
        ),
        p(
            "In a twelve-month pilot with three utilities in Massachusetts and Connecticut, 400 sensors found 57 leaks, 41 of which had not been reported, and cut the average time from the start of a leak to its location from 23 days to less than six hours, the company said."
        ),
        p(
            "“Most of the water a city loses never reaches the surface, so nobody calls it in,” said Priya Raman, chief executive of AquaSense. “Utilities have told us they want to find those leaks before they become a sinkhole on Main Street.”"
        ),
        p(
            "Each sensor reports once a night over a cellular network and runs for up to seven years on its battery. Utilities can rent the sensors for $9 a month each, including the software that plots suspected leaks on a map."
        ),
        p("The HydroEar is available to order now, with deliveries beginning in February 2025."),
        h("About AquaSense", 3),
        p(
            "AquaSense, founded in 2016 and based in Boston, makes sensors and software that help more than 200 utilities in North America monitor pressure, flow and leaks. For more information, visit aquasense.example."
        ),
    ],
    site="Business Wire",
)
page(
    "r5-globenewswire-dividend",
    "GlobeNewswire release (main-body-container, forward-looking statements, contact table)",
    "globenewswire",
    "Harbor Mutual Bancorp, Inc. Reports Third Quarter 2024 Results and Declares Quarterly Dividend",
    "Harbor Mutual Bancorp",
    "2024-10-24T20:05:00Z",
    [
        p(
            "PORTLAND, Maine, Oct. 24, 2024 (GLOBE NEWSWIRE) -- Harbor Mutual Bancorp, Inc. (NASDAQ: HRBM), the holding company for Harbor Mutual Bank, today reported net income of $4.1 million, or $0.52 per diluted share, for the quarter ended September 30, 2024, compared with $3.6 million, or $0.45 per diluted share, for the same quarter last year."
        ),
        p(
            "The board of directors declared a quarterly cash dividend of $0.14 per share, payable on November 22, 2024, to shareholders of record at the close of business on November 8, 2024."
        ),
        p(
            "Total loans grew 3.2% during the quarter to $1.21 billion, led by commercial real estate and residential mortgages, while deposits rose 1.8% to $1.34 billion. Net interest margin was 3.05%, up from 2.98% in the second quarter."
        ),
        p(
            "“We are pleased with the steady growth in both loans and deposits this quarter, and with credit quality that remains strong,” said Thomas Keane, President and Chief Executive Officer."
        ),
        h("Forward-Looking Statements", 3),
        p(
            "This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995. Actual results may differ materially from those projected because of changes in interest rates, economic conditions and competition."
        ),
        raw(
            '<table class="gnw_table_border"><tbody><tr><td><b>Contact:</b></td><td>Laura Pineda, Chief Financial Officer</td></tr>'
            "<tr><td></td><td>(207) 555-0188</td></tr></tbody></table>"
        ),
    ],
    site="GlobeNewswire",
)
page(
    "r5-govuk-hedgerows",
    "GOV.UK press release (govspeak, Notes to editors, feedback form, cookie banner)",
    "govuk",
    "Farmers offered new grants to plant hedgerows and river trees",
    "Defra",
    "2024-03-12T09:30:00Z",
    [
        p(
            "Farmers in England can now apply for grants of up to £50,000 to plant and restore hedgerows and to plant trees along rivers and streams, the Environment Secretary announced today."
        ),
        p(
            "The Capital Grants offer, which reopens today, pays for fencing, planting and gapping up existing hedges, as well as for the trees and guards needed to shade watercourses and keep them cool for fish in summer."
        ),
        p(
            "Applications will be open all year round for the first time, so farmers no longer need to rush to meet a single deadline, and payments will be made within 30 days of a claim."
        ),
        h("Notes to editors"),
        raw(
            "<ul><li>Grants can be combined with the Sustainable Farming Incentive.</li><li>Guidance on how to apply is available on GOV.UK.</li></ul>",
            "Grants can be combined with the Sustainable Farming Incentive.\nGuidance on how to apply is available on GOV.UK.",
        ),
    ],
    site="GOV.UK",
)
page(
    "r5-conversation-octopus",
    "The Conversation (content-body, disclosure statement, Republish this article)",
    "conversation",
    "Octopuses are turning up in British waters in record numbers. Here's why",
    "Sian Probert",
    "2024-06-05T13:12:00Z",
    [
        p(
            "Fishers in Devon and Cornwall have been landing common octopuses in numbers not seen for 75 years. Some boats have brought in more than a tonne in a single day, and crab and lobster catches have fallen as the octopuses eat their way along the pots."
        ),
        p(
            "The last time this happened, in 1950, an unusually warm winter was followed by a “plague” of octopuses along the south coast. Scientists at the time blamed a run of mild years in the Bay of Biscay, where many of the animals are thought to be born."
        ),
        h("A warmer sea"),
        p(
            "Sea temperatures off south-west England were about 1°C above average through the winter of 2023-24. Octopus larvae drift in the plankton for several weeks, and warmer water both speeds up their growth and helps more of them survive long enough to settle on the sea floor."
        ),
        p(
            "Whether the boom will last is another matter. Common octopuses live for only a year or two, so a single cold winter could reverse it. We are now sampling larvae along the coast to find out where the animals are coming from."
        ),
    ],
    site="The Conversation",
)
page(
    "r5-brevity-denver-parks",
    "Smart Brevity story (CSS-module classes, bold lead-ins, bullets, Go deeper)",
    "brevity",
    "Denver's park fee plan faces a vote",
    "Alayna Cruz",
    "2024-08-22T10:30:00Z",
    [
        p(
            "Denver City Council will vote Monday on a proposal to charge non-residents $5 a day to park at three of the city's busiest mountain parks."
        ),
        p(
            "<strong>Why it matters:</strong> Visits to Red Rocks and Echo Lake have doubled since 2019, and the parks department says it cannot keep up with litter, erosion and crowded trailheads."
        ),
        p(
            "<strong>Driving the news:</strong> The fee would raise an estimated $2.4 million a year, all of it reserved for trail repairs and rangers."
        ),
        raw(
            "<ul><li>Denver residents would park free with a sticker.</li><li>Visitors arriving by bus or bike would pay nothing.</li></ul>",
            "Denver residents would park free with a sticker.\nVisitors arriving by bus or bike would pay nothing.",
        ),
        p(
            "<strong>The other side:</strong> Neighboring Jefferson County says the fee would push drivers onto its own free trailheads, which are already full on weekends."
        ),
        p("<strong>What's next:</strong> If approved, the fee would start next May."),
    ],
    site="Axioms",
)
page(
    "r5-listicle-sleeping-bags",
    "Shopping listicle (WordPress, numbered headings, product boxes with Check price)",
    "listicle",
    "The best sleeping bags for summer camping, tested",
    "Owen Pryce",
    "2024-10-01T09:00:00+00:00",
    [
        p(
            "A summer sleeping bag should be light enough to forget about in your pack and warm enough for a clear night on a hill, when the temperature can still drop to a few degrees above freezing. We slept in nine bags over two months in Snowdonia and the Lake District to find the best."
        ),
        *product(
            1,
            "Alpkit Pipedream 250",
            "best overall",
            "Its down fill packs down to the size of a bag of sugar, yet it kept our tester warm on a 4°C night by Llyn Idwal. The zip snagged once or twice, but that was our only complaint.",
        ),
        *product(
            2,
            "Vango Nitestar 250",
            "best budget bag",
            "At under £40 this synthetic bag is bulky, but it shrugs off damp and is easy to wash, which makes it a good choice for festivals and children.",
        ),
        *product(
            3,
            "Rab Neutrino 200",
            "best for fastpacking",
            "The lightest bag we tested, at 610g. It is narrow around the shoulders, so restless sleepers may prefer something roomier.",
        ),
        h("How we tested"),
        p(
            "Each bag was used for at least three nights, at least one of them below 8°C, and we noted how quickly it packed away and how it coped with condensation inside a tent."
        ),
    ],
    site="Trail Kit Reviews",
)
page(
    "r5-listen-naps",
    "magazine story with a read-aloud player (BeyondWords), reading time, share rail",
    "listen",
    "Why the siesta is making a comeback in offices",
    "Nadia Ferreira",
    "2024-04-14T07:00:00Z",
    [
        p(
            "When a software company in Lisbon turned a storeroom into a “rest room” with two reclining chairs and blackout blinds, its managers expected it to be empty. Within a month there was a booking sheet on the door."
        ),
        p(
            "Short naps of 10 to 20 minutes in the early afternoon improve alertness and reaction times for up to three hours afterwards, according to a review of 35 studies published last year. Longer naps can leave people groggy, because they wake from deep sleep."
        ),
        p(
            "The dip most people feel after lunch is not only about food. The body clock produces a small drop in alertness around 2pm even in people who skip lunch, which may be why afternoon rests were common in so many cultures before electric light."
        ),
        p(
            "Not everyone is convinced. Some sleep researchers worry that napping at work could excuse long hours rather than fix them. “A nap is a good tool, but it is not a substitute for a full night,” said one."
        ),
    ],
    site="Meridian Magazine",
)
page(
    "r5-continues-below-ad",
    "broadcaster story with 'Story continues below advertisement' slots and an inline newsletter box",
    "storycontinues",
    "Toronto renters face steepest rent rise in a decade, report finds",
    "Maya Singh",
    "2024-11-02T22:00:00Z",
    [
        p(
            "Average asking rents for one-bedroom apartments in Toronto rose 9.4 per cent over the past year, the largest annual increase since 2014, according to a report released Saturday by a national rental listings site."
        ),
        p(
            "The average one-bedroom now lists for $2,610 a month, while two-bedroom units average $3,390, the report said."
        ),
        continues_ad(1),
        p(
            "Tenant advocates say the figures understate the pressure on renters, because listings do not capture the rent increases landlords impose when units change hands without being advertised."
        ),
        raw(
            '<div class="c-newsletter-inline"><h3>Get daily National news</h3><p>Get the day\'s top news, political, economic, and current affairs headlines, delivered to your inbox once a day.</p>'
            '<form><input type="email" placeholder="Email"><button>Sign up</button></form></div>'
        ),
        p(
            "“People are staying in apartments that no longer suit them because moving means paying hundreds of dollars more,” said Diana Chan of the Federation of Metro Tenants' Associations."
        ),
        continues_ad(2),
        p(
            "The province has said new rental construction is at a 30-year high and that the supply will ease prices over time."
        ),
    ],
    site="Global Report",
    url="https://globalreport.example/news/10850432/toronto-rent-report/",
)
page(
    "r5-devblog-postgres-vacuum",
    "engineering blog (Gatsby, pre/code blocks with Copy buttons, author card)",
    "devblog",
    "How we stopped autovacuum from falling behind",
    "Kenji Adeyemi",
    "2024-09-09T16:00:00Z",
    [
        p(
            "Last spring our largest PostgreSQL table, which stores every ledger entry our customers create, began to bloat. Queries that had taken 40 milliseconds started taking two seconds, and disk use grew by 30 GB a week."
        ),
        p(
            "The cause was autovacuum. With its default settings it waits until a fifth of a table's rows are dead before cleaning up, which on a table of 900 million rows means waiting for 180 million updates."
        ),
        h("Tuning it per table"),
        p("We lowered the threshold for that one table and let each worker do more work before it pauses:"),
        code(
            "ALTER TABLE ledger_entries SET (\n  autovacuum_vacuum_scale_factor = 0.01,\n  autovacuum_vacuum_cost_limit = 2000\n);",
            "sql",
        ),
        p(
            "We also added an alert on the age of the oldest transaction ID, so that we would hear about a stuck vacuum long before wraparound became a risk."
        ),
        p("Within a week the table had shrunk by 40% and the slow queries were back under 50 milliseconds."),
    ],
    site="Tallyworks Engineering",
)
page(
    "r5-correction-library-fees",
    "local story with a correction at its foot (Correction: An earlier version...)",
    "newsroom",
    "Library to scrap late fees from January",
    "Grace Whitman",
    "2024-12-02T12:00:00Z",
    [
        p(
            "Northfield's public libraries will stop charging fines for overdue books from January 1, the library board decided on Monday, joining more than 30 library systems in the state that have dropped late fees."
        ),
        p(
            "Fines brought in about $11,000 last year, less than one per cent of the library's budget, the library's director, Paul Okafor, told the board. Staff spent many hours collecting them, he said, and about 1,200 cardholders were barred from borrowing because of unpaid fines."
        ),
        p(
            "Borrowers who lose a book will still be charged for its replacement, and existing late fees will be waived."
        ),
        p(
            "<em>Correction: An earlier version of this story gave the wrong figure for fines collected last year. It was about $11,000, not $110,000.</em>"
        ),
    ],
    site="Northfield Courier",
)
page(
    "r5-hugo-bike-tour",
    "Hugo blog (PaperMod post-content, details table of contents, paginav)",
    "hugo",
    "Four days on the Caledonia Way",
    "Iona Brodie",
    "2024-05-18T00:00:00Z",
    [
        p(
            "The Caledonia Way runs 234 miles from Campbeltown to Inverness, most of it on quiet roads and old railway paths. I rode the northern half over four days in May with a friend and far too much luggage."
        ),
        raw(
            '<h2 id="the-route">The route<a hidden class="anchor" aria-hidden="true" href="#the-route">#</a></h2>',
            "The route",
        ),
        p(
            "We started in Oban and followed the coast north to Fort William, then the towpath of the Caledonian Canal along Loch Ness. The canal section is flat and easy, though the surface is loose gravel in places."
        ),
        raw(
            '<h2 id="what-went-wrong">What went wrong<a hidden class="anchor" aria-hidden="true" href="#what-went-wrong">#</a></h2>',
            "What went wrong",
        ),
        p(
            "On the second day a rear spoke snapped near Ballachulish. A kind man at the campsite lent us a spoke key, and I rode to the bike shop in Fort William with the brake opened up."
        ),
        p("Next time I will carry spare spokes, and half the clothes."),
    ],
    site="Slow Miles",
    url="https://slowmiles.example/posts/caledonia-way/",
)
page(
    "r5-jekyll-bees",
    "Jekyll blog (minima, post-content e-content, h-card footer)",
    "jekyll",
    "Our first winter with bees",
    "Ruth Ellery",
    "2024-02-11T00:00:00+00:00",
    [
        p(
            "When we took on two hives last June, everyone warned us that the first winter would be the test. It is February now and both colonies are still alive, which feels like a small miracle."
        ),
        p(
            "In October we fed each hive about ten kilograms of sugar syrup and fitted mouse guards. After that there was little to do but heft the hives every fortnight to check how much food they had left."
        ),
        p(
            "On the first warm day in January the bees came out for cleansing flights, and we could see them carrying pollen from the snowdrops by the shed. The stronger hive is already bringing in more than the weaker one."
        ),
        p("We will inspect them properly in March, when it is warm enough to open the hives."),
    ],
    site="Allotment Notes",
    url="https://ruthellery.example/2024/02/11/beekeeping.html",
)
page(
    "r5-ja-yahoo-kanazawa",
    "Yahoo! Japan News (article_body, highLightSearchTarget, 【関連記事】, reactions)",
    "yahoojp",
    "金沢の近江町市場、外国人観光客が急増　混雑対策に乗り出す",
    "北陸新報",
    "2024-12-05T09:42:00Z",
    [
        p(
            "金沢市の近江町市場で外国人観光客が急増している。市場の商店街振興組合によると、今年10月の来場者は1日平均約2万人で、そのうち約4割が海外からの客だった。",
            attrs=' class="highLightSearchTarget"',
        ),
        p(
            "週末の昼どきには海鮮丼の店に1時間以上の行列ができ、通路がふさがって地元の買い物客が通れないこともある。組合は11月から、混雑する時間帯に案内係を配置し、多言語の案内板を増やした。",
            attrs=' class="highLightSearchTarget"',
        ),
        p(
            "鮮魚店を営む男性（62）は「観光客が来てくれるのはありがたいが、昔からのお客さんが来づらくなっては困る」と話す。組合は今後、食べ歩き用の休憩所の設置も検討するという。",
            attrs=' class="highLightSearchTarget"',
        ),
    ],
    site="Yahoo!ニュース",
)
page(
    "r5-ko-joongang-snow",
    "JoongAng Ilbo (#article_body, photo, reporter's line, copyright line)",
    "joongang",
    "117년 만의 11월 폭설…서울 출근길 곳곳 정체",
    "김민지",
    "2024-11-27T06:20:00Z",
    [
        p(
            "27일 서울에 11월 기준으로 117년 만에 가장 많은 눈이 내리면서 출근길 교통이 곳곳에서 마비됐다. 기상청에 따르면 이날 오전 8시 서울의 적설량은 16.5㎝를 기록했다."
        ),
        raw(
            '<div class="ab_photo photo_center"><div class="image"><img src="/snow.jpg" alt=""></div><p class="caption">27일 오전 서울 종로구 광화문 일대에서 시민들이 눈길을 걷고 있다. 뉴스1</p></div>'
        ),
        p(
            "서울시는 제설 비상근무 2단계를 발령하고 제설 차량 1100여 대를 투입했다. 지하철은 출근 시간대 운행을 20회 늘렸다."
        ),
        p(
            "기상청은 28일까지 수도권에 최대 10㎝의 눈이 더 내릴 수 있다며 빙판길 안전에 유의해 달라고 당부했다."
        ),
        raw("<p>김민지 기자 kim.minji@joongang.example</p>"),
        raw('<p class="copyright">ⓒ중앙일보 무단 전재 및 재배포 금지</p>'),
    ],
    site="중앙일보",
)
page(
    "r5-ar-youm7-metro",
    "Youm7 (Arabic, #articleBody, اقرأ أيضا links between paragraphs)",
    "youm7",
    "افتتاح 4 محطات جديدة بالخط الثالث لمترو الأنفاق الشهر المقبل",
    "محمد عبد الله",
    "2024-11-10T12:00:00Z",
    [
        p(
            "أعلنت الهيئة القومية للأنفاق، اليوم الأحد، عن افتتاح أربع محطات جديدة بالخط الثالث لمترو الأنفاق خلال الشهر المقبل، ضمن المرحلة الأخيرة من الخط الذي يربط شرق القاهرة بغربها."
        ),
        p(
            "وقال رئيس الهيئة إن المحطات الجديدة ستخدم نحو 150 ألف راكب يوميا، وإن التشغيل التجريبي بدأ الأسبوع الماضي دون ركاب للتأكد من سلامة الأنظمة."
        ),
        raw(
            '<p><strong>اقرأ أيضا: </strong><a href="/Story/2024/11/9/1">تعرف على أسعار تذاكر المترو الجديدة</a></p>'
        ),
        p(
            "وأضاف أن الهيئة تعمل على زيادة عدد القطارات في ساعات الذروة، بحيث يصل زمن التقاطر إلى ثلاث دقائق بدلا من خمس دقائق حاليا."
        ),
    ],
    site="اليوم السابع",
)
page(
    "r5-tr-sozcu-sel",
    "Sözcü-like Turkish daily (article-body, İLGİLİ HABER card, Google News call)",
    "sozcu",
    "İzmir'de sağanak yağış: Cadde ve sokaklar göle döndü",
    "Ayşe Demir",
    "2024-10-18T06:14:00Z",
    [
        p(
            "İzmir'de gece saatlerinde başlayan sağanak yağış, kentin birçok ilçesinde hayatı olumsuz etkiledi. Bayraklı ve Karşıyaka'da bazı cadde ve sokaklar suyla doldu, araçlar yolda mahsur kaldı."
        ),
        p(
            "Meteoroloji verilerine göre kentte metrekareye 80 kilogramın üzerinde yağış düştü. İtfaiye ekipleri sabaha kadar su basan ev ve iş yerlerinde tahliye çalışması yaptı."
        ),
        raw(
            '<div class="related-news-card"><span>İLGİLİ HABER</span><a href="/haber/1">Meteoroloji\'den 12 il için sarı kodlu uyarı</a></div>'
        ),
        p(
            "Büyükşehir Belediyesi, yağışın öğle saatlerine kadar süreceğini belirterek vatandaşları zorunlu olmadıkça dışarı çıkmamaları konusunda uyardı."
        ),
    ],
    site="Gündem Postası",
)
page(
    "r5-id-kompas-krl",
    "Kompas-like Indonesian daily (read__content, Baca juga lines, WhatsApp channel call)",
    "kompas",
    "KRL Tambah 20 Perjalanan Mulai Desember untuk Kurangi Kepadatan",
    "Rina Ayu",
    "2024-11-21T07:35:00Z",
    [
        p(
            "JAKARTA, KOMPAS.com - PT KAI Commuter akan menambah 20 perjalanan kereta rel listrik (KRL) Jabodetabek mulai 1 Desember 2024 untuk mengurangi kepadatan penumpang pada jam sibuk."
        ),
        p(
            "Manajer Humas KAI Commuter mengatakan, tambahan perjalanan itu sebagian besar akan dilayani di lintas Bogor dan Bekasi, yang menjadi lintas paling padat pada pagi dan sore hari."
        ),
        baca_juga("Jadwal KRL Jabodetabek Terbaru Mulai Desember 2024"),
        p(
            "Dengan tambahan tersebut, jumlah perjalanan KRL setiap hari menjadi 1.101 perjalanan. KAI Commuter juga mengimbau penumpang untuk mendahulukan penumpang yang turun sebelum naik ke kereta."
        ),
    ],
    site="Kabar Nusantara",
)
page(
    "r5-bn-quintype-metro",
    "Quintype-built Bengali daily (story-element-text cards)",
    "quintype",
    "মেট্রোরেল চলবে রাত ১১টা পর্যন্ত",
    "নিজস্ব প্রতিবেদক",
    "2024-10-22T04:30:00Z",
    [
        qt(
            "আগামী ১ নভেম্বর থেকে উত্তরা-মতিঝিল রুটে মেট্রোরেল রাত ১১টা পর্যন্ত চলবে। ঢাকা ম্যাস ট্রানজিট কোম্পানি লিমিটেড আজ মঙ্গলবার এক বিজ্ঞপ্তিতে এ তথ্য জানিয়েছে।"
        ),
        qt(
            "বর্তমানে মেট্রোরেল রাত ৯টা পর্যন্ত চলে। যাত্রীদের চাহিদার কথা বিবেচনা করে সময় বাড়ানো হয়েছে বলে বিজ্ঞপ্তিতে বলা হয়েছে।"
        ),
        qt("রাত ৯টার পর প্রতি ১০ মিনিট পরপর ট্রেন ছাড়বে। শুক্রবার আগের মতোই বিকেল ৩টা থেকে ট্রেন চলাচল শুরু হবে।"),
    ],
    site="আলোর খবর",
)
page(
    "r5-zh-tw-udn-typhoon",
    "United Daily News (Traditional Chinese, article-content__editor, 延伸閱讀)",
    "udn",
    "颱風山陀兒逼近　台中明停班停課",
    "陳宛茜",
    "2024-09-30T13:15:00Z",
    [
        p(
            "中度颱風山陀兒持續朝台灣接近，台中市政府今晚宣布，明天（10月1日）停止上班、上課。市府表示，依據氣象署預測，台中山區及沿海地區明天將有豪雨及強風。"
        ),
        raw(
            '<figure class="photo_center photo-story"><a href="#"><img src="/t.jpg" alt=""></a><figcaption>台中市政府今晚宣布明天停班停課。記者陳宛茜／攝影</figcaption></figure>'
        ),
        p("市長表示，各區公所已完成防颱整備，山區居民若有疑慮應提早撤離，市府已開設收容所共38處。"),
        p("氣象署指出，山陀兒颱風預計周三登陸南部，之後強度將逐漸減弱，但環流影響範圍廣，民眾仍須嚴加防範。"),
    ],
    site="聯合新聞網",
)
page(
    "r5-fi-yle-kuivuus",
    "Yle (Finnish, yle__article__paragraph, a lead in the header)",
    "yle",
    "Kuivuus laskee järvien pintoja – veneilijät kolhivat pohjia",
    "Anna Virtanen",
    "2024-08-03T09:05:00Z",
    [
        yp(
            "Heinäkuu oli Itä-Suomessa poikkeuksellisen kuiva, ja monen järven pinta on nyt selvästi tavallista alempana. Saimaan pinta on noin 30 senttiä keskimääräistä alempana."
        ),
        yp(
            "Veneilijät ovat ajaneet karille paikoissa, joissa ei tavallisesti ole ollut vaaraa. Vesiliikenteen pelastajat muistuttavat, että merkittyä väylää kannattaa nyt noudattaa tarkasti."
        ),
        raw(
            '<h2 class="yle__article__heading yle__article__heading--h2">Sateet eivät riitä</h2>',
            "Sateet eivät riitä",
        ),
        yp(
            "Ennusteen mukaan elokuun alussa sataa, mutta sateet eivät riitä nostamaan pintoja nopeasti. Hydrologin mukaan tilanne voi helpottaa vasta syksyllä."
        ),
        raw(
            '<p class="yle__article__paragraph"><strong>Lue myös:</strong> <a href="/a/74-1">Kaivot kuivuvat Pohjois-Karjalassa</a></p>'
        ),
    ],
    site="Yle Uutiset",
    lede="Pitkä kuivuus on laskenut järvien pintoja koko Itä-Suomessa.",
)
