"""The third round of ``bench/extraction_pages``: 15 English pages (``cms3-``), each in the rendered markup
of a publishing platform or outlet the first 82 lack, written from the platforms' own class names.

A TownNews BLOX local paper (``#article-body.asset-content``, subscriber prompts), a Gannett network paper
(``.gnt_ar_b``), a Substack post (``.available-content``, subscribe widgets), a Medium story
(``pw-post-body-paragraph``), a Ghost post (``.gh-content``, Koenig cards), a Brightspot public-radio
story (``.RichTextArticleBody``), WordPress with Gutenberg blocks and Jetpack's share and related posts
inside ``.entry-content``, Arc XP's rendered ``.article-body`` of ``data-type`` blocks, a BBC-like page of
``data-component`` blocks, a Guardian-like page (``#maincontent .article-body-commercial-selector``, a
standfirst, a rich link, the reader-revenue epic), a Reuters-like page of ``data-testid="paragraph-N"``,
a PR Newswire release with its contact block, a live blog with a pinned post, an inline "Related: ..."
link and newsletter sign-up between paragraphs, and a slideshow whose captions are the story.

The gold of every page was written before nutgraf was run on it, in the first rounds' conventions: no
headline, byline, date, dek, captions (but a gallery's), ads, cards, share or subscription boxes; a
standfirst in the header (``lede``) was kept first, and is left out since the convention of docs/extraction.md's
*Header ledes*; a closing credit or contact line of the story ("Contributing:
...", "Reporting by ...; Editing by ...", "Reach ... at ...") is kept, as ScrapingHub's gold keeps USA Today's and
Reuters'; a release's media contacts and wire boilerplate are not. Half the pages carry no JSON-LD, so that their byline and
date must be read from the page itself (``ld=False``).
"""

from __future__ import annotations

import json
from html import escape

from articles import page
from furniture import SKINS, _slug
from parts import _plain, h, p, raw

_OTHER_STORIES = (
    ("School board delays vote on later start times", "Parents and bus drivers asked for more time to study the plan."),
    ("Downtown parking garage to close for repairs", "The city says the work will take at least four months."),
    ("High school robotics team heads to world finals", "The team built its robot in a borrowed garage."),
    ("Sheriff's office warns of phone scam using deputies' names", "Callers demand payment in gift cards."),
)  # fmt: skip


def _head3(page_: dict, ld: bool, extra: str = "") -> str:
    """The page's ``<head>``: its title and Open Graph tags, and, where ``ld``, JSON-LD with its author and
    date and ``article:published_time`` (pages without them show their byline and date only in the body)."""
    meta = (
        f'<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(page_['title'])} | {page_['site']}</title>"
        f'<meta property="og:title" content="{escape(page_["title"])}"><meta property="og:type" content="article">'
        f'<meta property="og:site_name" content="{page_["site"]}"><link rel="canonical" href="{page_["url"]}">'
    )
    if ld:
        data = {
            "@context": "https://schema.org",
            "@type": page_.get("ld_type", "NewsArticle"),
            "headline": page_["title"],
            "datePublished": page_["date"],
            "author": [{"@type": "Person", "name": page_["author"]}],
            "publisher": {"@type": "Organization", "name": page_["site"]},
        }
        meta += (
            f'<meta property="article:published_time" content="{page_["date"]}">'
            f'<script type="application/ld+json">{json.dumps(data)}</script>'
        )
    return meta + '<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>' + extra


def _doc(page_: dict, body: str, extra: str = "", attrs: str = "") -> str:
    return (
        f'<!DOCTYPE html><html lang="en"{attrs}><head>{_head3(page_, page_.get("ld", True), extra)}</head>'
        f"<body>{body}</body></html>"
    )


def _list_of(stories, item: str) -> str:
    return "".join(item.format(h=h_, t=t, slug=_slug(h_)) for h_, t in stories)


# ---------------------------------------------------------------- TownNews BLOX
def blox(page_: dict, article: str) -> str:
    """A TownNews BLOX local paper: share tools above the body, ``div#article-body.asset-content`` with
    ``subscriber-preview``/``subscriber-only`` blocks and ``tncms-region`` ad slots, the metered-access
    prompt, a newsletter box and "Most Popular" below."""
    popular = _list_of(
        _OTHER_STORIES, '<li class="tnt-headline"><a href="/news/local/{slug}.html">{h}</a></li>'
    )
    return _doc(page_, (
        '<div id="site-container"><header id="site-navbar-container"><div class="navbar"><a class="navbar-brand" href="/">'
        f'{page_["site"]}</a><ul class="nav navbar-nav"><li><a href="/news/">News</a></li><li><a href="/sports/">Sports</a></li>'
        '<li><a href="/obituaries/">Obituaries</a></li><li><a href="/eedition/">e-Edition</a></li><li><a href="/classifieds/">Classifieds</a></li></ul>'
        '<a class="btn btn-primary tnt-subscribe" href="/subscribe/">Subscribe</a> <a href="/users/login/">Log In</a></div></header>'
        '<div id="main-page-container"><section id="main-body-container"><div class="container"><div class="row"><div class="col-lg-8">'
        '<article class="asset photo" id="article_12ab" itemscope itemtype="http://schema.org/NewsArticle">'
        '<header class="asset-header"><div class="meta"><span class="label label-flag-local">Local News</span></div>'
        f'<h1 class="headline"><span class="asset-headline speakable-headline" itemprop="headline">{page_["title"]}</span></h1>'
        '<div class="meta"><ul class="list-inline"><li><ul class="list-inline"><li><span itemprop="author" itemscope itemtype="http://schema.org/Person" class="tnt-byline">'
        f'<a href="/users/profile/{_slug(page_["author"])}" rel="author"><span itemprop="name">{page_["author"]}</span></a></span></li></ul></li>'
        f'<li><time datetime="{page_["date"]}" class="tnt-date asset-date text-muted">Mar 5, 2024</time></li></ul></div></header>'
        '<div class="share-container content-above"><ul class="list-inline"><li><a class="tnt-share-facebook">Facebook</a></li>'
        '<li><a class="tnt-share-twitter">Twitter</a></li><li><a class="tnt-share-whatsapp">WhatsApp</a></li><li><a class="tnt-share-sms">SMS</a></li>'
        '<li><a class="tnt-share-email">Email</a></li><li><a class="tnt-print">Print</a></li><li><a class="tnt-copy">Copy article link</a></li>'
        '<li><a class="tnt-save">Save</a></li></ul></div>'
        '<div class="asset-photo"><figure class="photo layout-horizontal"><img class="img-responsive" src="/content/tncms/assets/v3/editorial/a/bc/abc.image.jpg" alt="">'
        '<figcaption class="caption-container"><div class="caption-text"><p>The city water tower on Fifth Street.</p></div>'
        '<span class="tnt-byline">Ledger file photo</span></figcaption></figure></div>'
        f'<div class="asset-body"><div id="article-body" class="asset-content  subscriber-premium" itemprop="articleBody">{article}</div></div>'
        '<div id="asset-content-paywall" class="subscription-required hide"><div class="tnt-paywall"><h4>Subscribe to continue reading</h4>'
        '<p>Get unlimited access to local news, sports, obituaries and the e-Edition for just $1 for the first 3 months. '
        'Cancel anytime.</p><a class="btn btn-primary" href="/subscribe/">Subscribe now</a><p>Already a subscriber? <a href="/users/login/">Log in</a></p></div></div>'
        '<div class="tnt-newsletter-signup card"><h3>Get local news delivered to your inbox!</h3><p>Subscribe to our Daily Headlines newsletter.</p>'
        '<form><input type="email" placeholder="Email address"><button>Sign up!</button></form></div>'
        '<div class="asset-tags"><a href="/search/?t=water">Water</a> <a href="/search/?t=city council">City Council</a></div></article></div>'
        f'<aside class="col-lg-4"><div class="card"><h3>Most Popular</h3><ul class="tnt-asset-list">{popular}</ul></div></aside>'
        '</div></div></section></div>'
        f'<footer id="site-footer-container"><p>&copy; Copyright 2024 {page_["site"]}, 300 Main St. Millbrook, IL | '
        '<a href="/site/terms.html">Terms of Use</a> | <a href="/site/privacy.html">Privacy Policy</a></p>'
        '<p>Powered by BLOX Content Management System from TownNews.com.</p></footer></div>'
    ))  # fmt: skip


def blox_p(text: str, only: bool = True) -> tuple[str, str]:
    wrap = "subscriber-only" if only else "subscriber-preview"
    return f'<div class="{wrap}"><p>{text}</p></div>', _plain(text)


def blox_ad(n: int) -> tuple[str, None]:
    return (
        f'<div class="tnt-ads-container hidden-print"><div id="tncms-region-article_instory_{n}" class="tncms-region tncms-region-ads">'
        f'<div id="tncms-block-{n}" class="tncms-block"><div class="tnt-ads"><span class="tnt-ads-label">Advertisement</span></div></div></div></div>',
        None,
    )


# ---------------------------------------------------------------- Gannett network
def gannett(page_: dict, article: str) -> str:
    """A Gannett network paper: ``article.gnt_pr`` with ``div.gnt_ar_b`` of ``p.gnt_ar_b_p``, the byline's
    ``a.gnt_ar_by_a`` and the date in ``div.gnt_ar_dt``'s ``aria-label``; emblems (``gnt_em``) between
    paragraphs, a "Contributing" line, and a "Most popular" rail."""
    rail = _list_of(_OTHER_STORIES, '<a class="gnt_m_flm_a" href="/story/news/local/{slug}/">{h}</a>')
    return _doc(page_, (
        f'<header class="gnt_n"><a class="gnt_n_logo" href="/">{page_["site"]}</a><nav class="gnt_n_mn">'
        '<a class="gnt_n_mn_ce" href="/news/">News</a><a class="gnt_n_mn_ce" href="/sports/">Sports</a><a class="gnt_n_mn_ce" href="/entertainment/">Entertainment</a>'
        '<a class="gnt_n_mn_ce" href="/opinion/">Opinion</a><a class="gnt_n_mn_ce" href="/obituaries/">Obituaries</a><a class="gnt_n_mn_ce" href="/eedition/">E-Edition</a></nav>'
        '<a class="gnt_n_us_a" href="/subscribe/">Subscribe</a><a class="gnt_n_us_a" href="/signin/">Sign In</a></header>'
        '<main class="gnt_cw"><article class="gnt_pr"><div class="gnt_ar_lbl"><a href="/news/local/">LOCAL</a></div>'
        f'<h1 class="gnt_ar_hl" elementtiming="ar-headline">{page_["title"]}</h1>'
        f'<div class="gnt_ar_by"><a class="gnt_ar_by_a gnt_ar_by_a__fi" href="/staff/1/{_slug(page_["author"])}/">{page_["author"]}</a>'
        '<div class="gnt_ar_pb">Springfield News-Leader</div></div>'
        '<div class="gnt_ar_dt" aria-label="Published: 5:03 a.m. CT March 4, 2024 Updated: 8:12 a.m. CT March 4, 2024">'
        'Published 5:03 a.m. CT March 4, 2024 | Updated 8:12 a.m. CT March 4, 2024</div>'
        '<div class="gnt_ss"><button class="gnt_ss_fb" aria-label="Share on Facebook"></button><button class="gnt_ss_tw" aria-label="Share on Twitter"></button>'
        '<button class="gnt_ss_em" aria-label="Email"></button></div>'
        f'<div class="gnt_ar_b" aria-label="Article body">{article}</div></article>'
        f'<aside class="gnt_rr"><div class="gnt_m_flm"><h2 class="gnt_m_flm_hl">Most popular</h2>{rail}</div></aside></main>'
        '<footer class="gnt_f"><a href="/about/">About Us</a> <a href="/newsletters/">Newsletters</a> <a href="/privacy/">Privacy Policy</a> '
        f'<a href="/terms/">Terms of Service</a><p>&copy; 2024 www.{_slug(page_["site"])}.com. All rights reserved.</p></footer>'
    ))  # fmt: skip


def gnt_p(text: str) -> tuple[str, str]:
    return f'<p class="gnt_ar_b_p">{text}</p>', _plain(text)


def gnt_h2(text: str) -> tuple[str, str]:
    return f'<h2 class="gnt_ar_b_h2">{text}</h2>', text


def gnt_more(title: str) -> tuple[str, None]:
    return (
        f'<p class="gnt_ar_b_p"><strong class="gnt_ar_b_al">MORE:</strong> <a class="gnt_ar_b_a" href="/story/news/local/2024/03/01/{_slug(title)}/">{title}</a></p>',
        None,
    )


def gnt_figure(caption: str) -> tuple[str, None]:
    return (
        '<figure class="gnt_em gnt_em_img"><img class="gnt_em_img_i" src="/gcdn/presto/2024/03/04/a.jpg" alt="">'
        f'<figcaption class="gnt_em_img_ccw" aria-label="{escape(caption)} Andrew Jansen/News-Leader">'
        f'{caption}<span class="gnt_em_img_ccw_cr">Andrew Jansen/News-Leader</span></figcaption></figure>',
        None,
    )


def gnt_ad() -> tuple[str, None]:
    return '<aside class="gnt_em gnt_em__fp gnt_em__el" aria-label="advertisement"></aside>', None


# ---------------------------------------------------------------- Substack
def substack(page_: dict, article: str) -> str:
    """A Substack post: the title, subtitle, author's avatar and date in ``div.post-header``, the body in
    ``div.available-content > div.body.markup``, subscribe widgets inside it, like/comment/restack buttons
    and a "Ready for more?" box after it."""
    return _doc(page_, (
        '<div id="entry"><div id="main" class="main typography use-theme-bg"><div class="topbar-content">'
        f'<a class="navbar-title-link" href="/">{page_["site"]}</a><a class="button primary" href="/subscribe">Subscribe</a>'
        '<a class="button" href="/sign-in">Sign in</a></div><div class="container"><div class="single-post-container">'
        '<article class="typography newsletter-post post"><div class="post-header">'
        f'<h1 dir="auto" class="post-title published title-X77sOw">{page_["title"]}</h1>'
        f'<h3 dir="auto" class="subtitle subtitle-HEEcLo">{page_["dek"]}</h3>'
        '<div class="pencraft pc-display-flex pc-gap-12 pc-alignItems-center"><div class="pencraft pc-display-flex pc-flexDirection-column">'
        f'<div class="pencraft pc-reset color-pub-primary-text-NyXPlw line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC '
        f'transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA"><span class="profile-hover-card-target profileHoverCardTarget-PBxvGm">'
        f'<a href="https://substack.com/@{_slug(page_["author"])}">{page_["author"]}</a></span></div>'
        '<div class="pencraft pc-display-flex pc-gap-4 pc-reset"><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T line-height-20-t4M0El '
        'font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA">Feb 18, 2024</div></div></div></div>'
        '<div class="post-ufi"><a class="like-button-container post-ufi-button">214</a><a class="post-ufi-comment-button post-ufi-button">38</a>'
        '<a class="post-ufi-button restack-button">12</a><a class="post-ufi-button">Share</a></div></div>'
        f'<div class="available-content"><div dir="auto" class="body markup">{article}</div></div>'
        '<div class="visibility-check"></div><div class="post-footer"><div class="post-ufi"><a class="like-button-container post-ufi-button">214 Likes</a>'
        '<a class="post-ufi-comment-button post-ufi-button">38 Comments</a><a class="post-ufi-button restack-button">12 Restacks</a></div>'
        '<div class="single-post-section"><div class="subscribe-footer"><h4>Ready for more?</h4>'
        '<form class="form"><input type="email" placeholder="Type your email..."><button class="button primary">Subscribe</button></form></div></div></div>'
        '</article></div></div><div class="footer-wrap"><div class="footer"><p>&copy; 2024 '
        f'{page_["author"]}</p><a href="https://substack.com/privacy">Privacy</a> &middot; <a href="https://substack.com/tos">Terms</a> &middot; '
        '<a href="https://substack.com/ccpa#personal-data-collected">Collection notice</a><p><a href="https://substack.com/signup">Start Writing</a> '
        '<a href="https://substack.com/app">Get the app</a></p><p>Substack is the home for great culture</p></div></div></div></div>'
    ))  # fmt: skip


def substack_subscribe(site: str) -> tuple[str, None]:
    return (
        '<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;/subscribe?&quot;}" data-component-name="SubscribeWidgetToDOM">'
        '<div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">'
        f"Thanks for reading {site}! Subscribe for free to receive new posts and support my work.</p></div>"
        '<form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…">'
        '<input type="submit" class="button primary" value="Subscribe"><div class="fake-input-wrapper"><div class="fake-input"></div>'
        '<div class="fake-button"></div></div></form></div></div>',
        None,
    )


def substack_button(label: str) -> tuple[str, None]:
    return (
        f'<p class="button-wrapper" data-attrs="{{&quot;url&quot;:&quot;/subscribe&quot;}}" data-component-name="ButtonCreateButton">'
        f'<a class="button primary" href="/subscribe"><span>{label}</span></a></p>',
        None,
    )


# ---------------------------------------------------------------- Medium
_MEDIUM_P = "pw-post-body-paragraph mx my gu mz b na nb nc nd ne nf ng nh ni nj nk nl nm nn no np nq nr ns nt nu gn bk"


def medium(page_: dict, article: str) -> str:
    """A Medium story: atomic class names, the body's paragraphs ``p.pw-post-body-paragraph`` in
    ``section`` blocks inside ``article``, the author and "6 min read · Feb 2, 2024" in ``data-testid``
    spans, clap and response counts, "Written by" and "Recommended from Medium" after it."""
    recommended = _list_of(
        (
            ("The Habit That Changed How I Write", "Eleven years of morning pages."),
            ("Why Your Side Project Keeps Dying", "It is not time you lack."),
            ("I Stopped Using a To-Do List. Here Is What Happened", "Fewer tasks, more done."),
        ),
        '<div class="qn"><a href="/@someone/{slug}-1a2b"><h2 class="bf gv or ak os">{h}</h2><h3 class="bf b ot ou">{t}</h3></a></div>',
    )
    return _doc(page_, (
        '<div id="root"><div class="a b c"><div class="l"><div class="m n o"><a aria-label="Homepage" href="/">Medium</a>'
        '<div class="ab q"><a href="/new-story">Write</a><a href="/m/signin">Sign in</a><a href="/m/signin?operation=register">Sign up</a></div></div></div>'
        '<div class="ab cb"><div class="ci bh fz ga gb gc"><article><div class="l"><div class="l"><section><div><div class="gn go gp gq gr"></div>'
        '<div class="hk hl hm hn ho"><div class="ab cb"><div class="ci bh fz ga gb gc">'
        f'<div><h1 id="8a1c" class="pw-post-title gt gu gv bf gw gx gy gz ha hb hc hd he hf hg hh hi hj hk hl hm hn ho hp hq hr bk" data-testid="storyTitle" data-selectable-paragraph="">{page_["title"]}</h1></div>'
        '<div class="speechify-ignore ab cp"><div class="speechify-ignore bh l"><div class="hy hz ia ib ic ab"><div><div class="ab id">'
        f'<a href="/@{_slug(page_["author"])}" rel="noopener follow"><div class="l ie if by ig ih"><img alt="{page_["author"]}" class="l eq by dd de cx" src="/avatar.jpg" width="44" height="44"></div></a></div></div>'
        '<div class="bm bg l"><div class="ab"><div style="flex:1"><span class="bf b bg z bk"><div class="ii ab q"><div class="ab q ij"><div class="ab q">'
        f'<div><p class="bf b ik il bk"><a class="af ag ah ai aj ak al am an ao ap aq ar im" data-testid="authorName" href="/@{_slug(page_["author"])}" rel="noopener follow">{page_["author"]}</a></p></div></div></div>'
        '<span class="in io" aria-hidden="true"><span class="bf b bg z dt">·</span></span><p class="bf b ik il dt"><button class="ip iq ah ai aj ak al am an ao ap aq ar is it iu">Follow</button></p></div></span></div></div>'
        '<div class="l iv"><span class="bf b bg z dt"><div class="ab cn iw ix iy"><span class="bf b bg z dt"><div class="ab ae">'
        '<span data-testid="storyReadTime">6 min read</span><div class="iz ja l" aria-hidden="true"><span class="l" aria-hidden="true"><span class="bf b bg z dt">·</span></span></div>'
        '<span data-testid="storyPublishDate">Feb 2, 2024</span></div></span></div></span></div></div></div>'
        '<div class="ab cp jb jc jd je jf jg jh ji jj jk jl jm jn jo jp jq"><div class="h k w ea eb q"><div class="ke l"><div class="ab q kf kg">'
        '<div class="pw-multi-vote-icon ed ka kh ki kj"><button aria-label="clap" data-testid="headerClapButton"></button></div>'
        '<div class="pw-multi-vote-count l kk kl km kn ko kp kq"><p class="bf b dv z dt"><span class="kr">2.1K</span></p></div></div></div>'
        '<div><button class="bm lb" aria-label="responses"><p class="bf b dv z dt"><span class="pw-responses-count la lb">41</span></p></button></div></div>'
        '<div class="ab q"><button aria-label="Listen" data-testid="audioPlayButton"><p class="bf b bg z dt">Listen</p></button>'
        '<button aria-label="Share Post" data-testid="headerSocialShareButton"><p class="bf b bg z dt">Share</p></button></div></div></div></div></div></div>'
        f'{article}'
        '</div></section></div></div></article></div></div>'
        '<div class="ab cb"><div class="ci bh fz ga gb gc"><div class="ab cp qa"><div class="ab q"><div class="pw-multi-vote-count">2.1K</div></div></div>'
        f'<div class="qb"><h2 class="bf gv qc qd qe ak">Written by {page_["author"]}</h2><p class="bf b bg z dt">4.8K Followers</p>'
        '<p class="bf b bg z bk">Writer, teacher, maker of lists. I write about work and the habits that make it bearable.</p>'
        '<button class="bf b bg z">Follow</button></div>'
        f'<div class="qm"><h2 class="bf gv">Recommended from Medium</h2>{recommended}</div></div></div>'
        '<footer class="ab cb"><a href="https://help.medium.com/hc/en-us">Help</a><a href="https://medium.statuspage.io/">Status</a>'
        '<a href="/about">About</a><a href="/jobs-at-medium">Careers</a><a href="/policy/privacy">Privacy</a><a href="/policy/terms">Terms</a>'
        '<a href="https://speechify.com/medium">Text to speech</a></footer></div></div>'
    ))  # fmt: skip


def med_section(*parts: tuple[str, str]) -> list[tuple[str, str]]:
    """Parts of one Medium ``section``: the first opens the section (and its separators), the last closes it."""
    open_, close = (
        '<section><div><div class="ab cb"><div class="ci bh fz ga gb gc">',
        "</div></div></div></section>",
    )
    out = list(parts)
    out[0] = (open_ + out[0][0], out[0][1])
    out[-1] = (out[-1][0] + close, out[-1][1])
    return [
        ('<div class="mo mp mq mr ms" role="separator"><span class="mt by bm mu mv mw"></span></div>', None),
        *out,
    ]


def med_p(text: str, pid: str) -> tuple[str, str]:
    return f'<p id="{pid}" class="{_MEDIUM_P}" data-selectable-paragraph="">{text}</p>', _plain(text)


def med_h(text: str, pid: str) -> tuple[str, str]:
    return (
        f'<h2 id="{pid}" class="ov ow gu bf ox oy oz pa pb pc pd pe pf pg ph pi pj pk pl pm pn bk" data-selectable-paragraph="">{text}</h2>',
        text,
    )


def med_figure(caption: str) -> tuple[str, None]:
    return (
        '<figure class="pw pb px py pz qa pt pu paragraph-image"><div role="button" tabindex="0" class="qb qc fi qd bh qe">'
        '<picture><source srcset="https://miro.medium.com/v2/resize:fit:640/format:webp/1*a.jpeg"><img alt="" class="bh md qg c" width="700" height="467" loading="eager" role="presentation"></picture></div>'
        f'<figcaption class="qh fe qi pt pu qj qk bf b bg z dt" data-selectable-paragraph="">{caption}</figcaption></figure>',
        None,
    )


# ---------------------------------------------------------------- Ghost
def ghost(page_: dict, article: str) -> str:
    """A Ghost site (the Source theme): ``article.gh-article`` with ``section.gh-content`` of Koenig cards
    (image, callout, bookmark, button), the members' sign-up box and "Read more" after it."""
    more = _list_of(
        (
            ("The bakery that runs on a timer", "How one shop sells out every day by noon."),
            ("Notes from the allotment, March", "Seed potatoes, slugs and a new shed."),
        ),
        '<article class="gh-card post"><a class="gh-card-link" href="/{slug}/"><h3 class="gh-card-title is-title">{h}</h3>'
        '<p class="gh-card-excerpt is-body">{t}</p></a></article>',
    )
    return _doc(page_, (
        '<div class="gh-viewport"><header id="gh-navigation" class="gh-navigation is-middle-logo gh-outer"><div class="gh-navigation-inner gh-inner">'
        f'<a class="gh-navigation-logo is-title" href="/">{page_["site"]}</a><nav class="gh-navigation-menu"><ul class="nav">'
        '<li class="nav-home"><a href="/">Home</a></li><li class="nav-about"><a href="/about/">About</a></li><li class="nav-archive"><a href="/archive/">Archive</a></li></ul></nav>'
        '<div class="gh-navigation-actions"><a href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>'
        '<main class="gh-main"><article class="gh-article post tag-local"><header class="gh-article-header gh-canvas">'
        '<a class="gh-article-tag" href="/tag/local/">Local</a>'
        f'<h1 class="gh-article-title is-title">{page_["title"]}</h1>'
        '<div class="gh-article-meta"><div class="gh-article-author-image instapaper_ignore"><a href="/author/x/"><img class="author-profile-image" src="/a.jpg" alt=""></a></div>'
        f'<div class="gh-article-meta-wrapper"><h4 class="gh-article-author-name"><a href="/author/{_slug(page_["author"])}/">{page_["author"]}</a></h4>'
        '<div class="gh-article-meta-content"><time class="gh-article-meta-date" datetime="2024-01-22">Jan 22, 2024</time>'
        '<span class="gh-article-meta-length"><span class="bull">—</span> 4 min read</span></div></div></div></header>'
        f'<section class="gh-content gh-canvas is-body">{article}</section></article>'
        f'<section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner"><h2 class="gh-container-title">Read more</h2>'
        f'<div class="gh-feed">{more}</div></div></section></main>'
        '<footer class="gh-footer gh-outer"><div class="gh-footer-inner gh-inner"><section class="gh-footer-signup">'
        f'<h2 class="gh-footer-signup-header is-title">{page_["site"]}</h2><p class="gh-footer-signup-subhead is-body">Local news, written by neighbours. Free in your inbox every Monday.</p>'
        '<form data-members-form="" class="gh-form"><input class="gh-form-input" type="email" placeholder="jamie@example.com" required data-members-email>'
        '<button class="gh-button" type="submit">Subscribe</button></form></section>'
        f'<div class="gh-footer-copyright">{page_["site"]} &copy; 2024. Powered by <a href="https://ghost.org/">Ghost</a></div></div></footer></div>'
        '<script src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-ghost="/" async></script>'
    ))  # fmt: skip


def kg_image(caption: str) -> tuple[str, None]:
    return (
        '<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2024/01/hall.jpg" class="kg-image" alt="" loading="lazy" width="2000" height="1333">'
        f'<figcaption><span style="white-space: pre-wrap;">{caption}</span></figcaption></figure>',
        None,
    )


def kg_callout(text: str) -> tuple[str, str]:
    return (
        '<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">📌</div>'
        f'<div class="kg-callout-text">{text}</div></div>',
        _plain(text),
    )


def kg_bookmark(title: str, description: str) -> tuple[str, None]:
    return (
        f'<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="/{_slug(title)}/"><div class="kg-bookmark-content">'
        f'<div class="kg-bookmark-title">{title}</div><div class="kg-bookmark-description">{description}</div>'
        '<div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="/favicon.png" alt=""><span class="kg-bookmark-author">The Millbrook Post</span>'
        '<span class="kg-bookmark-publisher">Rosa Field</span></div></div><div class="kg-bookmark-thumbnail"><img src="/t.jpg" alt=""></div></a></figure>',
        None,
    )


def kg_button(label: str) -> tuple[str, None]:
    return (
        f'<div class="kg-card kg-button-card kg-align-center"><a href="#/portal/signup" class="kg-btn kg-btn-accent">{label}</a></div>',
        None,
    )


# ---------------------------------------------------------------- Brightspot
def brightspot(page_: dict, article: str) -> str:
    """A public radio station on Brightspot: ``bsp-page``, the lead's ``h1.Page-headline`` and
    ``div.Page-authors``, ``bsp-timestamp``, the body in ``div.RichTextArticleBody.RichTextBody`` with
    ``div.Enhancement`` promos, and the donation appeal after it."""
    promos = _list_of(
        _OTHER_STORIES[:3],
        '<ps-promo class="PromoB" data-content-type="article"><div class="PromoB-title"><a class="Link" href="/news/{slug}">{h}</a></div></ps-promo>',
    )
    return _doc(page_, (
        '<bsp-header class="Page-header"><div class="Page-header-bar"><a class="Page-header-logo" href="/">'
        f'{page_["site"]}</a><nav class="NavigationItems"><a class="NavigationLink" href="/news">News</a><a class="NavigationLink" href="/programs">Programs</a>'
        '<a class="NavigationLink" href="/schedule">Schedule</a><a class="NavigationLink" href="/events">Events</a></nav>'
        '<ps-stream-player class="ListenLive"><button>Listen Live</button><span class="ListenLive-title">All Things Considered</span></ps-stream-player>'
        '<a class="Page-header-donate" href="/donate">Donate</a></div></bsp-header>'
        '<main class="Page-main"><div class="Page-content"><bsp-page class="ArticlePage-mainContent"><div class="Page-lead">'
        '<div class="Page-breadcrumbs"><a class="Link" href="/environment">Environment</a></div>'
        f'<h1 class="Page-headline">{page_["title"]}</h1>'
        f'<div class="Page-byline"><div class="Page-authors">By <a class="Link" href="/people/{_slug(page_["author"])}">{page_["author"]}</a></div>'
        '<div class="Page-datePublished"><span class="Page-datePublished-label">Published </span>'
        '<bsp-timestamp data-timestamp="1710330000000" data-date-format="MMMM d, yyyy" data-time-format="h:mm a z">March 13, 2024 at 7:40 AM EDT</bsp-timestamp></div></div>'
        '<div class="ActionBar"><bsp-social-share><a class="ActionLink" data-social-service="facebook">Facebook</a><a class="ActionLink" data-social-service="twitter">Twitter</a>'
        '<a class="ActionLink" data-social-service="email">Email</a></bsp-social-share></div>'
        '<figure class="Figure"><img src="/dims4/a.jpg" alt=""><div class="Figure-content"><figcaption class="Figure-caption">Volunteers haul a shopping cart from the creek.</figcaption>'
        '<div class="Figure-credit">Lena Ortiz / WRVN</div></div></figure></div>'
        f'<div class="RichTextArticleBody RichTextBody">{article}</div>'
        '<div class="ArticlePage-donate"><div class="DonateModule"><h3>Trusted, accurate, up-to-date</h3><p>WRVN depends on support from listeners like you. '
        'Your gift keeps independent local journalism free for everyone, every day. Make your gift today and join thousands of your neighbors who '
        'believe in public radio.</p><a class="Button" href="/donate">Donate</a></div></div>'
        '<div class="ArticlePage-tags"><a class="Link" href="/tags/rivers">Rivers</a> <a class="Link" href="/tags/volunteers">Volunteers</a></div></bsp-page>'
        f'<aside class="Page-aside"><div class="List"><h2 class="List-title">Latest Stories</h2>{promos}</div></aside></div></main>'
        f'<footer class="Page-footer"><p>&copy; 2024 {page_["site"]}</p><a href="/fcc">FCC Applications</a> <a href="/eeo">EEO Report</a> <a href="/privacy">Privacy Policy</a></footer>'
    ))  # fmt: skip


def bsp_related(title: str) -> tuple[str, None]:
    return (
        '<div class="Enhancement" data-align-center><div class="Enhancement-item"><ps-promo class="PromoB" data-content-type="article">'
        '<div class="PromoB-content"><div class="PromoB-category">Related</div>'
        f'<div class="PromoB-title"><a class="Link" href="/news/{_slug(title)}">{title}</a></div></div></ps-promo></div></div>',
        None,
    )


# ---------------------------------------------------------------- WordPress, Gutenberg and Jetpack
def wordpress(page_: dict, article: str) -> str:
    """A WordPress block theme: ``main.wp-block-group``, ``h1.wp-block-post-title``, the author and date
    blocks, and the post's content in ``div.entry-content.wp-block-post-content``; Jetpack's sharing and
    related posts are added to the content by its filters, so they sit inside it."""
    return _doc(page_, (
        '<div class="wp-site-blocks"><header class="wp-block-template-part"><div class="wp-block-group alignwide is-layout-flex">'
        f'<p class="wp-block-site-title"><a href="/" rel="home">{page_["site"]}</a></p><nav class="wp-block-navigation"><ul class="wp-block-navigation__container">'
        '<li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/gardening/">Gardening</a></li>'
        '<li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/events/">Events</a></li>'
        '<li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/about/">About</a></li></ul></nav></div></header>'
        '<main class="wp-block-group is-layout-constrained"><div class="wp-block-group has-global-padding">'
        f'<h1 class="wp-block-post-title">{page_["title"]}</h1><div class="wp-block-group is-layout-flex">'
        f'<div class="wp-block-post-author"><div class="wp-block-post-author__content"><p class="wp-block-post-author__name">{page_["author"]}</p></div></div>'
        f'<div class="wp-block-post-date"><time datetime="{page_["date"]}">April 9, 2024</time></div></div></div>'
        f'<div class="entry-content wp-block-post-content has-global-padding is-layout-constrained">{article}</div>'
        '<div class="wp-block-group"><div class="taxonomy-category wp-block-post-terms"><a href="/category/gardening/" rel="tag">Gardening</a></div></div>'
        '<div class="wp-block-comments"><h2 class="wp-block-comments-title">One response to “'
        f'{page_["title"]}”</h2><ol class="wp-block-comment-template"><li class="comment"><div class="wp-block-comment-author-name">Marjorie</div>'
        '<div class="wp-block-comment-content"><p>Lovely to see the orchard looking so well. I remember picking there as a girl.</p></div></li></ol>'
        '<div class="comment-respond"><h3 class="comment-reply-title">Leave a Reply</h3><form class="comment-form"><p class="comment-notes">'
        'Your email address will not be published. Required fields are marked *</p><textarea name="comment"></textarea>'
        '<input type="submit" value="Post Comment"></form></div></div></main>'
        f'<footer class="wp-block-template-part"><p class="has-small-font-size">Proudly powered by <a href="https://wordpress.org">WordPress</a></p></footer></div>'
    ))  # fmt: skip


def jetpack_share_and_related() -> tuple[str, None]:
    related = "".join(
        f'<div class="jp-relatedposts-post jp-relatedposts-post{i} jp-relatedposts-post-thumbs" data-post-id="{i}" data-post-format="false">'
        f'<a class="jp-relatedposts-post-a" href="/{_slug(h_)}/" title="{h_}" rel="nofollow"><img class="jp-relatedposts-post-img" src="/r{i}.jpg" alt="{h_}"></a>'
        f'<h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="/{_slug(h_)}/">{h_}</a></h4>'
        f'<p class="jp-relatedposts-post-excerpt">{t}</p><p class="jp-relatedposts-post-date">{d}</p>'
        '<p class="jp-relatedposts-post-context">In &quot;Gardening&quot;</p></div>'
        for i, (h_, t, d) in enumerate((
            ("Seed swap returns to the village hall", "Bring your spare seeds and go home with something new to grow this spring.", "February 12, 2024"),
            ("How we saved the old pear tree", "A storm split it in two. A tree surgeon and a lot of patience brought it back.", "October 3, 2023"),
            ("Wassailing the orchard: photos", "Toast, cider and a lot of noise to wake the trees for the new year.", "January 20, 2024")))
    )  # fmt: skip
    return (
        '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing">'
        '<h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-facebook"><a class="share-facebook sd-button share-icon" href="?share=facebook" target="_blank" title="Click to share on Facebook"><span>Facebook</span></a></li>'
        '<li class="share-x"><a class="share-x sd-button share-icon" href="?share=x" title="Click to share on X"><span>X</span></a></li>'
        '<li class="share-email"><a class="share-email sd-button share-icon" href="mailto:?subject=x" title="Click to email a link to a friend"><span>Email</span></a></li>'
        '<li class="share-end"></li></ul></div></div></div>'
        '<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded" id="like-post-wrapper-1" data-name="like-post-frame">'
        '<h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder post-likes-widget-placeholder" style="height: 55px;">'
        '<span class="button"><span>Like</span></span> <span class="loading">Loading...</span></div><span class="sd-text-color"></span><a class="sd-link-color"></a></div>'
        '<div id="jp-relatedposts" class="jp-relatedposts" style="display: block;"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>'
        f'<div class="jp-relatedposts-items jp-relatedposts-items-visual jp-relatedposts-grid">{related}</div></div>',
        None,
    )


# ---------------------------------------------------------------- Arc XP rendered
def arc_rendered(page_: dict, article: str) -> str:
    """An Arc XP site's server-rendered article: ``div.article-body`` of blocks marked ``data-type``
    (``text``, ``header``, ``image``, ``interstitial_link``, ``list``, ``ad``), the byline and date in
    the ``b-`` blocks, and ``Fusion.globalContent`` (the same story as content elements) in a script."""
    elements = [{"type": "text", "content": text} for _, text in page_["parts"] if text]
    content = {"_id": "Q2X7", "type": "story", "headlines": {"basic": page_["title"]},
               "credits": {"by": [{"type": "author", "name": page_["author"]}]}, "display_date": page_["date"],
               "content_elements": elements}  # fmt: skip
    return _doc(page_, (
        '<div id="fusion-app" class="layout-section"><header class="b-header-nav-chain"><a class="b-header-nav-chain__logo" href="/">'
        f'{page_["site"]}</a><nav class="b-links-bar"><a href="/news/">News</a><a href="/weather/">Weather</a><a href="/sports/">Sports</a>'
        '<a href="/investigations/">Investigations</a></nav></header><main class="b-right-rail"><div class="b-right-rail__main">'
        f'<div class="b-overline"><a href="/news/local/">Local News</a></div><h1 class="b-headline">{page_["title"]}</h1>'
        f'<div class="b-byline"><span class="c-attribution">By <a class="c-link" href="/author/{_slug(page_["author"])}/">{page_["author"]}</a></span></div>'
        f'<div class="b-date"><time class="c-date" datetime="{page_["date"]}">Published June 3, 2024 at 6:14 p.m. EDT</time></div>'
        f'<article class="b-article-body article-body" data-qa="article-body">{article}</article>'
        '<div class="b-tag"><a class="c-button" href="/tags/housing/">Housing</a></div></div>'
        '<aside class="b-right-rail__rail"><div class="b-top-table-list"><h2>Most Read</h2>'
        + _list_of(_OTHER_STORIES, '<div class="b-top-table-list-small"><a href="/news/local/{slug}/">{h}</a></div>')
        + '</div></aside></main>'
        f'<footer class="b-footer"><p class="b-footer__copyright">&copy;2024 {page_["site"]}. All Rights Reserved.</p></footer></div>'
        '<script type="application/javascript" id="fusion-metadata">window.Fusion=window.Fusion||{};Fusion.arcSite="ledger";'
        f'Fusion.globalContent={json.dumps(content)};Fusion.globalContentConfig={{"source":"content-api"}};</script>'
    ))  # fmt: skip


def arc(kind: str, inner: str, text: str | None) -> tuple[str, str | None]:
    return f'<div class="block-{kind.replace("_", "-")}" data-type="{kind}">{inner}</div>', text


def arc_p(text: str) -> tuple[str, str]:
    return arc("text", f'<p class="c-paragraph">{text}</p>', _plain(text))


# ---------------------------------------------------------------- BBC-like
def bbc(page_: dict, article: str) -> str:
    """A BBC-like article: ``main#main-content > article``, atomic ``ssrcss-`` classes, every block a
    ``div[data-component]`` (``headline-block``, ``byline-block``, ``image-block``, ``text-block``,
    ``subheadline-block``, ``links-block``, ``tag-list``) and "More on this story" after it."""
    return _doc(page_, (
        '<div id="orb-banner"><a href="/">BBC</a><nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a> '
        '<a href="/iplayer">iPlayer</a> <a href="/sounds">Sounds</a></nav><a href="/account">Sign in</a></div>'
        '<header class="ssrcss-1ya5lv3-Wrapper"><nav class="ssrcss-1n7hvuy-NavigationWrapper"><ul><li><a href="/news">Home</a></li>'
        '<li><a href="/news/uk">UK</a></li><li><a href="/news/world">World</a></li><li><a href="/news/business">Business</a></li>'
        '<li><a href="/news/science_and_environment">Climate</a></li></ul></nav></header>'
        '<main id="main-content" data-testid="main-content" class="ssrcss-1sc6w5n-Main"><article class="ssrcss-pv1rh6-ArticleWrapper">'
        f'<header data-component="headline-block" class="ssrcss-1p0aewu-HeadlineComponentWrapper"><h1 id="main-heading" type="headline" tabindex="-1" class="ssrcss-15xko80-StyledHeading">{page_["title"]}</h1></header>'
        '<div data-component="byline-block" class="ssrcss-1ugq79w-BylineComponentWrapper"><div class="ssrcss-68pt20-Text-TextContributorName">'
        f'<div class="ssrcss-1u2in0b-Container"><span class="ssrcss-ayb9rt-Contributor">By {page_["author"]}</span><div class="ssrcss-84ltp5-Text">BBC News, Cornwall</div></div></div>'
        '<div class="ssrcss-m5j4pi-MetadataStripContainer"><div class="ssrcss-1if1g9v-MetadataText"><span class="visually-hidden">Published</span>'
        f'<time data-testid="timestamp" datetime="{page_["date"]}" class="ssrcss-1if1g9v-MetadataText">6 March 2024</time></div></div></div>'
        '<div data-component="image-block" class="ssrcss-1mp6wdl-ComponentWrapper"><figure class="ssrcss-wpgbih-StyledFigure"><div class="ssrcss-ab5fd8-StyledFigureContainer">'
        '<span class="ssrcss-hs6ujk-Image-Copyright">Getty Images</span><img src="/ace/standard/976/cpsprodpb/a.jpg" alt="Tin mine engine house on a cliff" class="ssrcss-evoj7m-Image"></div>'
        '<figcaption class="ssrcss-1e1fwpi-StyledFigureCaption"><span class="visually-hidden">Image caption, </span>The engine houses of the old mines line the coast near St Just</figcaption></figure></div>'
        f'{article}'
        '<div data-component="tag-list" class="ssrcss-1qmkvfu-TopicListWrapper"><div class="ssrcss-1xqqc7n-StyledTopicList"><h2 class="visually-hidden">Related topics</h2>'
        '<ul role="list"><li><a class="ssrcss-1ef12hb-StyledLink" href="/news/topics/mining">Mining</a></li><li><a class="ssrcss-1ef12hb-StyledLink" href="/news/topics/cornwall">Cornwall</a></li></ul></div></div>'
        '</article><section data-component="links-block" class="ssrcss-1ocoo3l-Wrap"><h2 class="ssrcss-y8st5w-StyledHeading">More on this story</h2><ul role="list">'
        '<li><a class="ssrcss-vdnb7q-PromoLink" href="/news/uk-england-cornwall-1"><span>Lithium found in hot springs under Cornwall</span></a></li>'
        '<li><a class="ssrcss-vdnb7q-PromoLink" href="/news/uk-england-cornwall-2"><span>Mine reopening plan wins council backing</span></a></li></ul></section></main>'
        '<footer class="orbit-footer"><ul><li><a href="/usingthebbc/terms">Terms of Use</a></li><li><a href="/aboutthebbc">About the BBC</a></li>'
        '<li><a href="/usingthebbc/privacy">Privacy Policy</a></li><li><a href="/usingthebbc/cookies">Cookies</a></li></ul>'
        '<p>Copyright 2024 BBC. All rights reserved. The BBC is not responsible for the content of external sites. <a href="/editorialguidelines/guidance/feeds-and-links">Read about our approach to external linking.</a></p></footer>'
    ))  # fmt: skip


def bbc_text(text: str, bold: bool = False) -> tuple[str, str]:
    inner = f"<b>{text}</b>" if bold else text
    return (
        '<div data-component="text-block" class="ssrcss-uf6wea-RichTextComponentWrapper"><div class="ssrcss-7uxr49-RichTextContainer">'
        f'<p class="ssrcss-1q0x1qg-Paragraph">{inner}</p></div></div>',
        _plain(text),
    )


def bbc_sub(text: str) -> tuple[str, str]:
    return (
        '<div data-component="subheadline-block" class="ssrcss-1mp6wdl-ComponentWrapper">'
        f'<h2 id="{_slug(text)}" class="ssrcss-1rv0ms1-StyledHeading">{text}</h2></div>',
        text,
    )


def bbc_image(source: str, caption: str) -> tuple[str, None]:
    return (
        '<div data-component="image-block" class="ssrcss-1mp6wdl-ComponentWrapper"><figure class="ssrcss-wpgbih-StyledFigure">'
        f'<div class="ssrcss-ab5fd8-StyledFigureContainer"><span class="ssrcss-hs6ujk-Image-Copyright"><span class="visually-hidden">Image source, </span>{source}</span>'
        '<img src="/ace/standard/976/cpsprodpb/b.jpg" alt="" class="ssrcss-evoj7m-Image"></div>'
        f'<figcaption class="ssrcss-1e1fwpi-StyledFigureCaption"><span class="visually-hidden">Image caption, </span>{caption}</figcaption></figure></div>',
        None,
    )


def bbc_ad() -> tuple[str, None]:
    return (
        '<div data-component="ad-slot" class="ssrcss-1w2pe0-AdSlotWrapper"><div id="dotcom-mpu"></div></div>',
        None,
    )


# ---------------------------------------------------------------- Guardian-like
def guardian(page_: dict, article: str) -> str:
    """A Guardian-like article (its rendering's ``data-gu-name`` regions): the standfirst's ``div`` under
    the headline, the contributor's ``address`` and date's ``details``, the body in ``div#maincontent >
    div.article-body-commercial-selector``, a rich link between paragraphs, and the reader-revenue epic
    (longer prose than some stories) and "Most viewed" after it."""
    most = _list_of(
        _OTHER_STORIES,
        '<li><a data-link-name="most-viewed" href="/uk-news/2024/mar/{slug}"><h4>{h}</h4></a></li>',
    )
    return _doc(page_, (
        '<div id="bannerandheader"><header data-component="nav3"><a href="/"><span class="dcr-1qsnkjz">The Guardian - Back to home</span></a>'
        '<ul data-component="pillar-list"><li><a href="/">News</a></li><li><a href="/commentisfree">Opinion</a></li><li><a href="/sport">Sport</a></li>'
        '<li><a href="/culture">Culture</a></li><li><a href="/lifeandstyle">Lifestyle</a></li></ul>'
        '<a data-link-name="nav3 : support-cta" href="/support">Support us</a></header></div>'
        '<main data-layout="StandardLayout"><article class="dcr-1xhuxna"><div class="dcr-1kqz9ck">'
        '<div data-gu-name="title"><a href="/environment/wildlife" class="dcr-1oelsu6"><span>Wildlife</span></a></div>'
        f'<div data-gu-name="headline" class="dcr-1mg9i0s"><div class="dcr-0"><h1 class="dcr-y70mar">{page_["title"]}</h1></div></div>'
        f'<div data-gu-name="standfirst" class="dcr-1fb7dmu"><div class="dcr-1yi1cnj"><p>{page_["lede"]}</p></div></div>'
        '<div data-gu-name="media" class="dcr-1e8kdpp"><figure data-spacefinder-role="immersive"><picture><img src="/img/media/a.jpg" alt=""></picture>'
        '<figcaption data-spacefinder-role="inline" class="dcr-9ktzqp"><span>A beaver dam on the River Otter.</span> Photograph: Nick Upton/Alamy</figcaption></figure></div>'
        '<div data-gu-name="meta" class="dcr-1ug8hhj"><div class="dcr-1cfpnlw"><address aria-label="Contributor info" data-component="meta-byline">'
        f'<div class="dcr-1ekvuf9"><a rel="author" class="dcr-ove80z" data-link-name="auto tag link" href="/profile/{_slug(page_["author"])}">{page_["author"]}</a> '
        '<span>Environment correspondent</span></div></address><details class="dcr-1p3k3ck"><summary class="dcr-1ybxn6r"><span class="dcr-u0h1qy">Tue 12 Mar 2024 06.00 GMT</span></summary>'
        '<span class="dcr-u0h1qy">Last modified on Tue 12 Mar 2024 09.14 GMT</span></details></div>'
        '<div class="dcr-1nkc6wd"><gu-island name="ShareButton" priority="feature" deferuntil="visible"><button>Share</button></gu-island></div></div>'
        f'<div data-gu-name="body" class="dcr-1lbfz5p"><div id="maincontent" class="dcr-1eu361v"><div class="article-body-commercial-selector article-body-viewer-selector dcr-fp1ya">{article}</div>'
        '<gu-island name="SlotBodyEnd" priority="feature" deferuntil="visible"><div id="slot-body-end"><div data-component="contributions-epic">'
        '<h2 class="dcr-epic-heading">This article is free to read, and we want it to stay that way</h2>'
        '<p>Our journalism is funded by our readers. With no shareholders or billionaire owner, we can set our own agenda and provide '
        'trustworthy journalism that is free from commercial and political influence. Reporting like this is vital for democracy, for fairness '
        'and to demand better from the powerful.</p><p>And we provide all this for free, for everyone to read. We do this because we believe '
        'in information equality. Greater numbers of people can keep track of the events shaping our world, understand their impact on people '
        'and communities, and become inspired to take meaningful action.</p><p>If there were ever a time to join us, it is now. Every '
        'contribution, however big or small, powers our journalism and sustains our future. Support us from as little as 1 pound. It only takes a '
        'minute. If you can, please consider supporting us with a regular amount each month. Thank you.</p>'
        '<div class="dcr-epic-buttons"><a href="/support?REFPVID=x">Support us</a> <a href="#">Remind me in May</a></div></div></div></gu-island>'
        '<div data-print-layout="hide" class="dcr-1h2yb0h"><div data-gu-name="submeta"><ul><li><a href="/environment/beavers">Beavers</a></li>'
        '<li><a href="/environment/rivers">Rivers</a></li></ul></div></div></div></div></div></article>'
        f'<section data-component="most-popular"><h2>Most viewed</h2><ol>{most}</ol></section></main>'
        '<footer data-link-name="footer"><ul><li><a href="/about">About us</a></li><li><a href="/info/complaints-and-corrections">Complaints &amp; corrections</a></li>'
        '<li><a href="/info/privacy">Privacy policy</a></li></ul><p>&copy; 2024 Guardian News &amp; Media Limited or its affiliated companies. All rights reserved.</p></footer>'
    ))  # fmt: skip


def gu_p(text: str) -> tuple[str, str]:
    return f'<p class="dcr-4cudl2">{text}</p>', _plain(text)


def gu_rich_link(title: str) -> tuple[str, None]:
    return (
        '<aside data-spacefinder-role="richLink" class="dcr-1cxiyp0"><gu-island name="RichLinkComponent" priority="feature" deferuntil="idle">'
        f'<div data-print-layout="hide" data-link-name="rich-link-1 | 1" data-component="rich-link" class="dcr-1gpg2ex"><a data-link-name="article" href="/environment/2024/jan/{_slug(title)}">'
        f'<div class="dcr-1rjd6dh"><span class="dcr-1fub3ph">{title}</span></div><div class="dcr-1iw5zm">Read more</div></a></div></gu-island></aside>',
        None,
    )


# ---------------------------------------------------------------- Reuters-like
def reuters(page_: dict, article: str) -> str:
    """A Reuters-like article: ``data-testid`` on everything, each paragraph a ``div`` marked
    ``data-testid="paragraph-N"``, the sign-off and "Our Standards" line after the body, a newsletter
    promo between paragraphs."""
    return _doc(page_, (
        '<header class="site-header__header__2Kbk"><a class="site-header__logo__1y2w" href="/" aria-label="Reuters home">Reuters</a>'
        '<nav data-testid="NavBar"><a href="/world/">World</a><a href="/business/">Business</a><a href="/markets/">Markets</a>'
        '<a href="/sustainability/">Sustainability</a><a href="/legal/">Legal</a></nav><a data-testid="Button" href="/account/register/">Register</a></header>'
        '<main id="main-content" class="regular-article-layout__main__1tt6"><article class="article__container__2c45" data-testid="Article">'
        '<header class="article-header__header__2jxs"><nav data-testid="Breadcrumb"><a href="/business/">Business</a><span>Energy</span></nav>'
        f'<h1 data-testid="Heading" class="text__text__1FZL text__dark-grey__3Ml4 text__heading_3__1kDh">{page_["title"]}</h1>'
        '<div class="article-header__author-date__3wlc"><div class="info-content__author-date__1Epi"><address class="info-content__author__3p0p">'
        f'By <a rel="author" data-testid="AuthorNameLink" href="/authors/{_slug(page_["author"])}/">{page_["author"]}</a></address>'
        f'<time datetime="{page_["date"]}" class="date-line__date__23Ge" data-testid="DateLineText"><span class="date-line__date___kNb">March 4, 2024</span>'
        '<span class="date-line__date___kNb">4:12 PM GMT</span><span class="date-line__date___kNb">Updated 2 hours ago</span></time></div></div></header>'
        '<div data-testid="primary-image"><figure class="primary-image__container__2vNC"><img src="/resizer/v2/a.jpg" alt="">'
        '<figcaption data-testid="Body"><span>Wind turbines at an offshore farm in the North Sea, January 12, 2024. REUTERS/Phil Noble/File Photo</span>'
        ' <a href="/licensing">Purchase Licensing Rights</a>, opens new tab</figcaption></figure></div>'
        f'<div class="article-body__content__17Yi" data-testid="ArticleBody">{article}</div>'
        '<div class="trust-badge__container__1r8k" data-testid="TrustBadge"><p><a href="/info-pages/thomson-reuters-trust-principles/">Our Standards: The Thomson Reuters Trust Principles.</a>, opens new tab</p></div>'
        '<div data-testid="ReadNext"><h2>Read Next</h2><ul><li><a href="/business/energy/oil-prices">Oil steadies as traders weigh supply risks</a></li>'
        '<li><a href="/business/energy/grid">Grid operators warn of winter capacity squeeze</a></li></ul></div></article></main>'
        '<footer data-testid="Footer"><p>All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.</p>'
        '<p>&copy; 2024 Reuters. All rights reserved</p></footer>'
    ))  # fmt: skip


def reu_paragraphs(*texts: str, start: int = 0) -> list[tuple[str, str]]:
    return [
        (
            f'<div data-testid="paragraph-{start + i}" class="text__text__1FZL text__dark-grey__3Ml4 text__regular__2N1x text__large_body__FfwP body__full_width__ekUd body__large_body__FV5_ article-body__paragraph__2-Bt">{t}</div>',
            _plain(t),
        )
        for i, t in enumerate(texts)
    ]


def reu_promo() -> tuple[str, None]:
    return (
        '<div data-testid="Newsletter"><div class="article-body__element__2p5p"><div class="newsletter-promo__container__1yYV">'
        '<p class="text__text__1FZL">The Reuters Power Up newsletter provides everything you need to know about the global energy industry. '
        '<a href="/newsletters/reuters-power-up/">Sign up here.</a></p></div></div></div>',
        None,
    )


# ---------------------------------------------------------------- PR Newswire
def prnewswire(page_: dict, article: str) -> str:
    """A PR Newswire release: ``header.release-header`` with "News provided by" and the date line, the
    release in ``section.release-body``, the contact block and "SOURCE" line at its end, and "Also from
    this source" and the subject list after it."""
    return _doc(page_, (
        '<header class="main-header"><a class="logo" href="/">PR Newswire</a><nav><a href="/news-releases/">News</a>'
        '<a href="/solutions/">Products</a><a href="/contact-us/">Contact</a></nav><a class="btn" href="/account/login">Login</a>'
        '<a class="btn" href="/account/signup">Send a Release</a></header><main><article class="news-release inline-gallery-template">'
        f'<header class="container release-header"><div class="row"><div class="col-sm-12"><h1>{page_["title"]}</h1>'
        f'<h2 class="subtitle">{page_["dek"]}</h2></div></div><div class="row"><div class="col-sm-12 meta">'
        f'<p class="mb-no">News provided by</p><a class="news-release-company" href="/news/harbor-grid-energy/">{page_["author"]}</a>'
        '<p class="mb-no">Mar 04, 2024, 08:00 ET</p></div></div>'
        '<div class="social-share"><span>Share this article</span><a class="facebook">Facebook</a><a class="twitter">X</a><a class="linkedin">LinkedIn</a>'
        '<a class="email">Email</a></div></header>'
        f'<section class="release-body container"><div class="row"><div class="col-lg-10 col-lg-offset-1">{article}</div></div></section>'
        '<section class="release-body container"><div class="row"><div class="col-sm-12"><h3>Also from this source</h3>'
        '<div class="card"><a href="/news-releases/harbor-grid-2">Harbor Grid Energy Reports Fourth-Quarter and Full-Year 2023 Results</a></div>'
        '<div class="card"><a href="/news-releases/harbor-grid-3">Harbor Grid Energy Names New Chief Operating Officer</a></div></div></div></section>'
        '<section class="container"><h3>Explore</h3><ul><li><a href="/news-releases/energy-latest-news/">Utilities</a></li>'
        '<li><a href="/news-releases/environment-latest-news/">Environmental Products &amp; Services</a></li></ul>'
        '<p>News Releases in Similar Topics</p></section></article></main>'
        '<footer><p>&copy; 2024 Cision US Inc.</p><a href="/terms-of-use/">Terms of Use</a> <a href="/privacy-policy/">Privacy Policy</a></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- live blog with a pinned post
def liveblog(page_: dict, article: str) -> str:
    """A live blog of timestamped entries, newest first, under a pinned entry and a "Key points" box, with
    a "Show more updates" button and an auto-refresh toggle."""
    return _doc(page_, (
        f'<header class="masthead"><a href="/">{page_["site"]}</a><nav><a href="/news">News</a><a href="/sport">Sport</a><a href="/weather">Weather</a></nav></header>'
        '<main class="live-layout"><div class="live-header"><span class="live-badge">LIVE</span>'
        f'<h1 class="live-title">{page_["title"]}</h1><p class="live-byline">By {page_["author"]}</p>'
        '<p class="live-updated">Updated <time datetime="2024-01-17T16:40:00Z">4:40 PM, Jan 17, 2024</time></p>'
        '<label class="auto-refresh"><input type="checkbox" checked> Auto-update</label></div>'
        f'<div class="live-feed" aria-live="polite">{article}'
        '<button class="live-feed__more">Show more updates</button></div>'
        '<aside class="live-sidebar"><h3>Travel alerts</h3><ul><li><a href="/travel/trains">Train cancellations</a></li>'
        '<li><a href="/travel/schools">School closures list</a></li></ul></aside></main>'
        f'<footer><p>&copy; 2024 {page_["site"]}</p></footer>'
    ))  # fmt: skip


def live_entry(time: str, iso: str, title: str, *paragraphs: str, pinned: bool = False) -> tuple[str, str]:
    label = '<span class="live-entry__pin">Pinned</span>' if pinned else ""
    body = "".join(f"<p>{x}</p>" for x in paragraphs)
    return (
        f'<article class="live-entry{" live-entry--pinned" if pinned else ""}" data-entry-id="{_slug(title)}">{label}'
        f'<header class="live-entry__header"><time class="live-entry__time" datetime="{iso}">{time}</time>'
        f'<h2 class="live-entry__title">{title}</h2></header><div class="live-entry__body">{body}</div>'
        '<footer class="live-entry__share"><a href="#">Share</a> <a href="#">Copy link</a></footer></article>',
        "\n\n".join([title, *paragraphs]),
    )


# ---------------------------------------------------------------- inline related link and newsletter sign-up
def politics_site(page_: dict, article: str) -> str:
    """A national politics site: ``div.story-text`` of ``p.story-text__paragraph``, a "Related: ..."
    paragraph and a newsletter sign-up form (with its legal small print) between the paragraphs."""
    return _doc(page_, (
        f'<header class="global-header"><a class="logo" href="/">{page_["site"]}</a><nav><a href="/congress">Congress</a>'
        '<a href="/white-house">White House</a><a href="/elections">Elections</a><a href="/newsletters">Newsletters</a></nav></header>'
        '<main><article class="story-layout"><header class="story-meta"><p class="story-meta__kicker">Congress</p>'
        f'<h1 class="headline">{page_["title"]}</h1><div class="story-meta__authors"><p class="story-meta__authors">By <a href="/staff/{_slug(page_["author"])}">{page_["author"]}</a></p>'
        '<p class="story-meta__timestamp"><time datetime="2024-05-21T17:02:00-04:00">05/21/2024 05:02 PM EDT</time></p></div></header>'
        f'<div class="story-text">{article}</div>'
        '<div class="story-meta__credit"><p>Filed under: <a href="/agriculture">Agriculture</a>, <a href="/house">House</a></p></div></article>'
        '<section class="latest"><h2>Latest</h2>'
        + _list_of(_OTHER_STORIES, '<div class="summary"><h3><a href="/news/{slug}">{h}</a></h3></div>')
        + f'</section></main><footer><p>&copy; 2024 {page_["site"]}</p><a href="/privacy">Privacy Policy</a> <a href="/terms">Terms of Service</a></footer>'
    ))  # fmt: skip


def story_p(text: str) -> tuple[str, str]:
    return f'<p class="story-text__paragraph">{text}</p>', _plain(text)


# ---------------------------------------------------------------- slideshow
def slideshow(page_: dict, article: str) -> str:
    """A slideshow article: a short intro, then one slide per photo (``div.slideshow-slide``) with its
    count, caption and credit, an ad slide between them, and "More galleries" after it."""
    return _doc(page_, (
        f'<header class="site-header"><a href="/">{page_["site"]}</a><nav><a href="/news">News</a><a href="/photos">Photos</a><a href="/sports">Sports</a></nav></header>'
        f'<main class="gallery-page"><h1 class="gallery-title">{page_["title"]}</h1>'
        f'<div class="gallery-byline"><span class="gallery-byline__author">Photos by {page_["author"]}</span> '
        '<span class="gallery-byline__date">Aug 24, 2024</span></div>'
        f'<div class="slideshow" data-slide-count="6">{article}</div>'
        '<section class="more-galleries"><h2>More galleries</h2><a href="/photos/fair-2023">Photos: County fair 2023</a>'
        '<a href="/photos/parade">Photos: Fourth of July parade</a><a href="/photos/rodeo">Photos: Youth rodeo finals</a></section></main>'
        f'<footer><p>&copy; 2024 {page_["site"]}</p></footer>'
    ))  # fmt: skip


def slide(n: int, total: int, caption: str, credit: str) -> tuple[str, str]:
    return (
        f'<div class="slideshow-slide" data-slide="{n}"><figure><img src="/photos/fair/{n}.jpg" alt="" loading="lazy">'
        f'<figcaption><span class="slide-count">{n} of {total}</span><p class="slide-caption">{caption}</p>'
        f'<span class="slide-credit">{credit}</span></figcaption></figure></div>',
        caption,
    )


SKINS.update(
    blox=blox, gannett=gannett, substack=substack, medium=medium, ghost=ghost, brightspot=brightspot,
    wordpress=wordpress, arc_rendered=arc_rendered, bbc=bbc, guardian=guardian, reuters=reuters,
    prnewswire=prnewswire, liveblog=liveblog, politics_site=politics_site, slideshow=slideshow,
)  # fmt: skip


# ================================================================ the pages
page(
    "cms3-blox-water-rates",
    "TownNews BLOX, subscriber blocks",
    "blox",
    "Millbrook council approves first water rate increase in nine years",
    "Maria Lopez",
    "2024-03-05T18:30:00-06:00",
    [
        blox_p(
            "Millbrook residents will pay about $6 more a month for water starting in July after the city council voted 5-2 on Monday to raise rates for the first time since 2015.",
            only=False,
        ),
        blox_p(
            "The increase, 14% for a typical household, will pay for replacing the city's two oldest wells and about three miles of cast-iron water main, some of it laid before 1930."
        ),
        blox_ad(1),
        blox_p(
            "Public works director Dan Kowalski told the council that the mains break about forty times a year, and that each repair costs the city between $8,000 and $15,000. \u201cWe are spending money patching pipes that should have been replaced a generation ago,\u201d he said."
        ),
        blox_p(
            "Council members Ruth Ames and Leon Price voted against the increase. Ames said she supported the repairs but wanted the rise phased in over three years to spare residents on fixed incomes."
        ),
        blox_ad(2),
        blox_p(
            "The council did agree to expand a discount program for low-income households, which will now cover residents who receive energy assistance as well as those on Social Security disability."
        ),
        blox_p("Reach Maria Lopez at 555-0142 or mlopez@millbrookledger.example."),
    ],
    site="Millbrook Ledger",
    ld=False,
)

page(
    "cms3-gannett-bridge",
    "Gannett network, gnt_ar_b",
    "gannett",
    "Historic Galloway Creek bridge will close for a year of repairs",
    "Tom Reyes",
    "2024-03-04T05:03:00-06:00",
    [
        gnt_p(
            "The 1912 steel truss bridge that carries Galloway Creek Trail over the creek will close to walkers and cyclists in May for a year of repairs, city officials said Friday."
        ),
        gnt_p(
            "Inspectors found corrosion in two of the bridge's floor beams last fall, and the city lowered its weight limit to keep maintenance trucks off it. The $2.4 million project will replace the beams and the deck and repaint the trusses in their original green."
        ),
        gnt_figure("Cyclists cross the Galloway Creek bridge on Friday, March 1, 2024."),
        gnt_more("New trail connection to open this summer in south Springfield"),
        gnt_p(
            "During the closure, trail users will be sent on a detour of about a mile along Lone Pine Avenue, where the city plans to paint temporary bike lanes."
        ),
        gnt_ad(),
        gnt_h2("Why not build a new bridge?"),
        gnt_p(
            "Replacing the bridge would have cost about twice as much, the city's engineer said, and the bridge is listed on the National Register of Historic Places, which would have meant a lengthy review."
        ),
        gnt_p(
            "\u201cPeople love this bridge. It is one of the few places on the trail that feels old,\u201d said Mary Ellen Hatch, who chairs the trail's volunteer group."
        ),
        gnt_p("Contributing: Jess Whitfield, Springfield News-Leader"),
    ],
    site="Springfield News-Leader",
)

page(
    "cms3-substack-letters",
    "Substack post, subscribe widgets",
    "substack",
    "What I learned from reading 400 letters to the editor",
    "Hannah Kerr",
    "2024-02-18T13:00:00Z",
    [
        p(
            "Last autumn the county library let me borrow four boxes of letters sent to our local paper between 1952 and 1978. The paper printed perhaps one in five. The rest were kept, for reasons nobody can explain, in a basement that flooded only once."
        ),
        p(
            "I expected anger. There is some: about parking, about the new bypass, about a vicar who allowed dancing in the church hall. But most of the letters are thank-you notes, to the fire brigade, to a bus driver who waited, to strangers who returned a lost purse."
        ),
        substack_subscribe("Small Print"),
        h("Who wrote them"),
        p(
            "Women wrote almost two thirds of the letters, though the paper printed men's letters more often. Many were signed only with initials, and a few with pen names that appear again and again over twenty years."
        ),
        p(
            "One writer, who signed herself \u201cA Ratepayer\u201d, sent more than sixty letters about the state of the pavements. The council eventually resurfaced her street in 1971. Her last letter thanks them, and complains about the drains."
        ),
        substack_button("Share Small Print"),
        p(
            "I will write about the pen names next week. If your family has letters like these in a drawer somewhere, I would love to hear about them."
        ),
    ],
    site="Small Print",
    dek="A basement archive of the letters our local paper never printed",
    ld_type="BlogPosting",
)

page(
    "cms3-medium-commute",
    "Medium story, pw-post-body-paragraph",
    "medium",
    "I Walked to Work for a Year. Here Is What Changed",
    "Daniel Osei",
    "2024-02-02T09:00:00Z",
    [
        *med_section(
            med_p(
                "A year ago my bike was stolen from outside the station, and instead of buying another I started walking the four miles to the office. I told myself it would last a week.",
                "a1",
            ),
            med_p("It lasted a year, and I am still doing it. Here is what happened.", "a2"),
        ),
        *med_section(
            med_h("I stopped listening to podcasts", "a3"),
            med_p(
                "For the first month I filled every minute with podcasts. Then my headphones broke, and I discovered that an hour a day with nothing in my ears is where most of my ideas now come from.",
                "a4",
            ),
            med_figure(
                "The canal towpath, about halfway, at 7.40 on a January morning. Photo by the author."
            ),
            med_h("I got to know the route", "a5"),
            med_p(
                "I know which bakery opens first, which dog will bark at me and which heron stands on which lock gate. A man who sweeps the pavement outside his shop now waves at me every morning. I have never learned his name.",
                "a6",
            ),
            med_p("On the bike I saw none of it. I was watching the traffic.", "a7"),
            med_h("It costs time, and it is worth it", "a8"),
            med_p(
                "Walking takes me seventy minutes each way, forty more than cycling did. I have given up some evenings. But I sleep better, and I have not had a cold since October.",
                "a9",
            ),
        ),
    ],
    site="Medium",
    ld_type="BlogPosting",
)

page(
    "cms3-ghost-village-hall",
    "Ghost post, Koenig cards",
    "ghost",
    "The village hall gets its roof back",
    "Rosa Field",
    "2024-01-22T08:00:00Z",
    [
        p(
            "After two winters under a blue tarpaulin, the village hall has a new roof. The last slates went on on Friday afternoon, and the scaffolding comes down this week."
        ),
        kg_image("The roofers finishing the north side on Friday."),
        p(
            "The work cost 84,000 pounds. Most of it came from a lottery grant, but 19,000 pounds was raised in the village, through quiz nights, a sponsored swim and a cake stall that ran every Saturday for eighteen months."
        ),
        kg_callout(
            "The hall reopens for bookings on 1 February. The playgroup and the Tuesday lunch club move back in the same week."
        ),
        kg_bookmark("How the village raised 19,000 pounds", "A quiz, a swim and a great deal of cake."),
        p(
            "The hall committee's chair said the old roof had been patched so many times that the roofers found slates from four different quarries on it. The best of the old slates have been kept to mend the church porch."
        ),
        kg_button("Subscribe to the Post"),
    ],
    site="The Millbrook Post",
    ld=False,
)

page(
    "cms3-brightspot-creek",
    "Brightspot public radio, RichTextArticleBody",
    "brightspot",
    "Volunteers pull two tons of trash from Mill Creek",
    "Lena Ortiz",
    "2024-03-13T07:40:00-04:00",
    [
        p(
            "More than 150 volunteers pulled about two tons of trash from Mill Creek on Saturday, including 41 tires, three shopping carts and a rowboat that had sunk in the mud below the Oak Street dam."
        ),
        p(
            "The cleanup was organized by the Mill Creek Watershed Council, which has held one every spring since 2009. Its director, Anita Shah, said the amount of trash had fallen by about half since the city put screens on its storm drains."
        ),
        bsp_related("City adds screens to storm drains to keep trash out of creeks"),
        p(
            "\u201cTen years ago we would fill two dumpsters with plastic bottles alone,\u201d Shah said. \u201cNow it is mostly old things that the floods uncover, like those tires.\u201d"
        ),
        p(
            "The council tests the creek's water monthly. Its readings show that bacteria levels below the dam have fallen since the city fixed leaking sewer lines in 2021, though swimming is still not recommended after heavy rain."
        ),
    ],
    site="WRVN Public Radio",
)

page(
    "cms3-wp-orchard",
    "WordPress Gutenberg, Jetpack share and related",
    "wordpress",
    "Community orchard plants its hundredth tree",
    "Ellen Marsh",
    "2024-04-09T10:00:00+01:00",
    [
        p(
            "On Saturday the community orchard planted its hundredth tree, a Blenheim Orange apple, in the corner of the field where the first tree went in eleven years ago."
        ),
        p(
            "About forty people came to watch, and the primary school's choir sang while the tree was staked and watered in."
        ),
        raw(
            '<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="/wp-content/uploads/2024/04/tree.jpg" alt="" class="wp-image-812">'
            '<figcaption class="wp-element-caption">The hundredth tree goes in. Photo: Tom Marsh</figcaption></figure>'
        ),
        raw('<h2 class="wp-block-heading">Eleven years of planting</h2>', "Eleven years of planting"),
        p(
            "The orchard began when the parish council leased the field for a pound a year. Volunteers planted twelve trees that first winter, all of them old local varieties grafted from trees in village gardens."
        ),
        raw(
            '<ul class="wp-block-list"><li>Apples: 71 trees, of 38 varieties</li><li>Pears: 16 trees</li><li>Plums and gages: 13 trees</li></ul>',
            "Apples: 71 trees, of 38 varieties\nPears: 16 trees\nPlums and gages: 13 trees",
        ),
        raw(
            '<blockquote class="wp-block-quote is-layout-flow"><p>We never planned to get to a hundred. We just kept finding varieties that nobody else was growing.</p><cite>Jean Hollis, orchard volunteer</cite></blockquote>',
            "We never planned to get to a hundred. We just kept finding varieties that nobody else was growing.\n\nJean Hollis, orchard volunteer",
        ),
        p(
            "The orchard's apple day, when the fruit is pressed for juice, will be held on the second Sunday in October."
        ),
        jetpack_share_and_related(),
    ],
    site="Ashby Parish News",
    ld=False,
)

page(
    "cms3-arc-rendered-housing",
    "Arc XP rendered, data-type blocks",
    "arc_rendered",
    "Tenants win repairs after months without heat in riverside apartments",
    "Chris Navarro",
    "2024-06-03T18:14:00-04:00",
    [
        arc_p(
            "Tenants of the Riverside Terrace apartments will get new boilers and windows by October under an agreement with their landlord announced Monday, ending a dispute that began when the heat failed in December."
        ),
        arc("ad", '<div class="arcad-feature"><div id="arcad_1" class="arcad"></div></div>', None),
        arc_p(
            "The city inspected the 120-unit complex in January after dozens of complaints and found 340 violations, most of them broken heating, leaking windows and mold."
        ),
        arc(
            "interstitial_link",
            '<p class="c-paragraph interstitial-link"><i>Read more: <a href="/news/local/2024/01/12/city-inspectors-riverside/">City inspectors find hundreds of violations at Riverside Terrace</a></i></p>',
            None,
        ),
        arc("header", '<h2 class="c-heading">What the deal includes</h2>', "What the deal includes"),
        arc_p(
            "Under the agreement, the landlord will also cut rents by 15% until the work is finished and pay for tenants' space heaters."
        ),
        arc(
            "image",
            '<figure class="c-media-item"><img src="/resizer/a.jpg" alt=""><figcaption class="c-media-item__fig-caption"><span>Tenants rally outside Riverside Terrace in January.</span> <span class="c-media-item__credit">(Ana Ruiz/The Ledger)</span></figcaption></figure>',
            None,
        ),
        arc_p(
            "\u201cWe should never have had to fight this hard for heat,\u201d said Denise Carter, who has lived in the complex for nineteen years and led the tenants' association through the winter."
        ),
        arc_p(
            "The landlord's lawyer said the company had been waiting for parts and was glad to have reached an agreement."
        ),
    ],
    site="The River City Ledger",
)

page(
    "cms3-bbc-text-blocks",
    "BBC-like, data-component blocks",
    "bbc",
    "Tin mine could reopen after thirty years",
    "Holly Trewin",
    "2024-03-06T06:12:00Z",
    [
        bbc_text(
            "A tin mine that closed in 1990 could reopen by 2027, creating about 300 jobs, under plans submitted to the council.",
            bold=True,
        ),
        bbc_text(
            "The company behind the plans says rising tin prices, driven by demand for electronics, have made the mine worth working again."
        ),
        bbc_text(
            "It wants to pump water out of the old workings this year and begin mining two years later."
        ),
        bbc_ad(),
        bbc_sub("'A proper job again'"),
        bbc_text(
            "Many in the town still remember the mine's closure, when about 700 people lost their jobs in a single week."
        ),
        bbc_image("Geevor Tin Mine Museum", "Miners at the end of a shift in 1986"),
        bbc_text(
            "Former miner Jim Pascoe, 71, said: \u201cMy grandson could have a proper job again, here, instead of moving away. That is what this means to people.\u201d"
        ),
        bbc_text(
            "Environmental groups have asked the council to make the company show how it would treat the water it pumps from the mine, which is likely to carry arsenic."
        ),
    ],
    site="BBC News",
    ld=False,
)

page(
    "cms3-guardian-beavers",
    "Guardian-like, standfirst, rich link, epic",
    "guardian",
    "Beavers allowed to stay on English river after five-year trial",
    "Patrick Barkham",
    "2024-03-12T06:00:00Z",
    [
        gu_p(
            "The first wild beavers to breed in England for 400 years can stay on the river where they were found, after a five-year study concluded that they had done more good than harm."
        ),
        gu_p(
            "The animals appeared on the river in 2013, probably escaped or illegally released, and the government at first planned to remove them. Instead it allowed a trial, which ended last year."
        ),
        gu_rich_link("Beavers to be released into the wild in England for first time in centuries"),
        gu_p(
            "Researchers found that the beavers' dams had held back floodwater upstream of a village that regularly flooded, and that fish and frogs had increased around their ponds. Some farmland was flooded and a few orchards lost trees."
        ),
        gu_p(
            "Farmers who lost land were compensated from a fund paid for by the wildlife trust. One said the beavers had cost him an acre of grazing but had also brought him visitors for his campsite."
        ),
        gu_p(
            "There are now thought to be about 15 family groups on the river, and the population is expected to spread to neighbouring catchments."
        ),
    ],
    site="The Guardian",
    lede="Government accepts that the animals have reduced flooding and helped wildlife, despite some losses to farmers",
)

page(
    "cms3-reuters-offshore-wind",
    "Reuters-like, data-testid paragraph-N",
    "reuters",
    "Offshore wind developer cuts costs by sharing ports, vessels",
    "Nina Lund",
    "2024-03-04T16:12:00Z",
    [
        *reu_paragraphs(
            "LONDON, March 4 (Reuters) - A European offshore wind developer said on Monday it would cut construction costs by up to a tenth by sharing installation ports and vessels with two rivals, as the industry struggles with higher interest rates and supply bottlenecks.",
            "The three companies will pool bookings for the handful of vessels able to install the largest turbines, which are booked years ahead, and share a port in northern Germany for storing parts.",
        ),
        reu_promo(),
        *reu_paragraphs(
            '"Nobody can afford to have a ship waiting for a turbine, or a turbine waiting for a ship," the developer\'s chief executive told reporters.',
            "Offshore wind projects have been hit by rising costs since 2022. Several developers have cancelled or delayed projects off the United States and Britain, saying the prices agreed with governments no longer covered their costs.",
            "Competition authorities would need to approve the arrangement, which the companies said would not cover bidding for new projects.",
            start=2,
        ),
        raw(
            '<p data-testid="SignOff" class="sign-off__text__2KrR">Reporting by Nina Lund; Editing by Mark Potter</p>',
            "Reporting by Nina Lund; Editing by Mark Potter",
        ),
    ],
    site="Reuters",
)

page(
    "cms3-prnewswire-battery",
    "PR Newswire release, contact block",
    "prnewswire",
    "Harbor Grid Energy to Build 200-Megawatt Battery Storage Plant in Nevada",
    "Harbor Grid Energy",
    "2024-03-04T08:00:00-05:00",
    [
        p(
            "RENO, Nev., March 4, 2024 /PRNewswire/ -- Harbor Grid Energy, a developer of grid-scale energy storage, today announced plans to build a 200-megawatt battery storage plant near Fernley, Nevada, which will store solar power during the day and supply the grid in the evening."
        ),
        p(
            "The plant will be able to supply about 150,000 homes for four hours. Construction is expected to begin in the third quarter of 2024 and to create about 250 construction jobs, with commercial operation planned for the end of 2025."
        ),
        p(
            '"Nevada produces more solar power at midday than it can use, and too little after sunset," said Karen Liu, chief executive of Harbor Grid Energy. "This plant moves that power to the hours when families need it."'
        ),
        p(
            "The project has a 20-year agreement to supply capacity to the state's largest utility, which was approved by regulators in January."
        ),
        raw("<p><b>About Harbor Grid Energy</b></p>", "About Harbor Grid Energy"),
        p(
            "Harbor Grid Energy develops, builds and operates battery storage plants in the western United States. Founded in 2016 and based in Oakland, California, the company has 1.2 gigawatts of storage in operation or under construction. For more information, visit www.harborgrid.example."
        ),
        raw(
            "<p><b>Media Contact:</b><br>Sam Patel<br>Harbor Grid Energy<br>press@harborgrid.example<br>+1 510-555-0188</p>"
        ),
        raw('<p id="PURL"><a href="/news/harbor-grid-energy/">SOURCE Harbor Grid Energy</a></p>'),
        raw(
            '<div class="row"><div class="col-sm-12"><p class="w-100">WANT YOUR COMPANY\'S NEWS FEATURED ON PRNEWSWIRE.COM?</p>'
            '<p>440k+ Newsrooms &amp; Influencers, 9k+ Digital Media Outlets, 270k+ Journalists Opted In</p><a class="btn" href="/account/signup">GET STARTED</a></div></div>'
        ),
    ],
    site="PR Newswire",
    dek="Plant will store daytime solar power for the evening peak",
)

page(
    "cms3-live-snow-pinned",
    "live blog, pinned entry, timestamps",
    "liveblog",
    "Live: Snowstorm closes schools and roads across the region",
    "Weather desk",
    "2024-01-17T06:00:00Z",
    [
        live_entry(
            "6:05 AM",
            "2024-01-17T06:05:00Z",
            "What you need to know",
            "More than 200 schools are closed today and the interstate is shut between exits 12 and 30. Forecasters expect another 4 to 8 inches of snow before the storm moves east this evening.",
            "Stay off the roads if you can. We will update this page through the day.",
            pinned=True,
        ),
        live_entry(
            "4:32 PM",
            "2024-01-17T16:32:00Z",
            "Interstate reopens westbound",
            "State police say the westbound lanes have reopened. The eastbound lanes remain closed while crews clear a jackknifed truck near exit 21.",
        ),
        live_entry(
            "2:10 PM",
            "2024-01-17T14:10:00Z",
            "Power cuts affect 9,000 homes",
            "The utility says about 9,000 customers are without power, most of them in the hill towns, where heavy snow has brought down lines. Crews expect to restore most of them by midnight.",
        ),
        live_entry(
            "11:45 AM",
            "2024-01-17T11:45:00Z",
            "Warming centers open",
            "The county has opened warming centers at the library and the senior center on Main Street. Both will stay open until 10 PM.",
        ),
        live_entry(
            "8:20 AM",
            "2024-01-17T08:20:00Z",
            "Buses suspended",
            "The transit authority has suspended all bus routes until at least noon. Trains are running on a reduced timetable.",
        ),
    ],
    site="Channel 8 News",
    ld=False,
)

page(
    "cms3-inline-related-signup",
    "inline Related link and newsletter sign-up",
    "politics_site",
    "House panel advances farm bill after all-night session",
    "Carla Jimenez",
    "2024-05-21T17:02:00-04:00",
    [
        story_p(
            "The House Agriculture Committee approved its version of the farm bill early Thursday after a session that ran for more than fourteen hours, sending the bill to the full House for the first time in six years."
        ),
        story_p(
            "The bill passed the committee 33-21, with four Democrats joining Republicans in support. It would raise the reference prices that trigger payments to growers of crops such as corn, wheat and peanuts."
        ),
        raw(
            '<p class="story-text__paragraph"><strong>Related:</strong> <a href="/news/2024/05/01/farm-bill-food-aid-fight">Food aid fight threatens to stall the farm bill again</a></p>'
        ),
        story_p(
            "Democrats objected to a provision that would limit how the Agriculture Department can update the formula for food aid benefits, which they said would amount to a cut of about $30 billion over ten years."
        ),
        raw(
            '<div class="newsletter-signup newsletter-signup--inline"><h3 class="newsletter-signup__title">Sign up for Weekly Agriculture</h3>'
            '<p class="newsletter-signup__description">Your guide to the policy, politics and people shaping what America eats and grows, every Monday.</p>'
            '<form class="newsletter-signup__form"><input type="email" placeholder="Your Email"><select><option>Employer</option></select><button type="submit">Sign Up</button></form>'
            '<p class="newsletter-signup__legal">By signing up, you acknowledge and agree to our Privacy Policy and Terms of Service. You may unsubscribe at any time by '
            "following the directions at the bottom of the email or by contacting us here. This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.</p></div>"
        ),
        story_p(
            "The committee's chair said the bill kept faith with farmers who had waited too long for help with rising costs. The ranking Democrat said it could not pass the Senate as written."
        ),
        story_p("The current farm bill, passed in 2018, expired last September and was extended for a year."),
    ],
    site="Capitol Desk",
    ld=False,
)

page(
    "cms3-gallery-county-fair",
    "slideshow, captions are the story",
    "slideshow",
    "Photos: Opening day at the Harlan County Fair",
    "Beth Anders",
    "2024-08-24T19:00:00-05:00",
    [
        raw(
            '<div class="slideshow-intro"><p>The Harlan County Fair opened Friday with livestock judging, the first night of the demolition derby and record heat. Here are some of the scenes from opening day.</p></div>',
            "The Harlan County Fair opened Friday with livestock judging, the first night of the demolition derby and record heat. Here are some of the scenes from opening day.",
        ),
        slide(
            1,
            6,
            "Kaylee Brandt, 11, leads her Hereford heifer into the show ring for the junior beef judging on Friday morning.",
            "Beth Anders/Harlan Herald",
        ),
        slide(
            2,
            6,
            "Volunteers hand out cups of water at the main gate as temperatures reach 98 degrees on the fair's opening day.",
            "Beth Anders/Harlan Herald",
        ),
        slide(
            3,
            6,
            "A judge inspects a jar of peach preserves in the home arts building, where more than 600 entries were shown this year.",
            "Beth Anders/Harlan Herald",
        ),
        raw(
            '<div class="slideshow-slide slideshow-slide--ad"><div class="ad-slot"><span>Advertisement</span></div></div>'
        ),
        slide(
            4,
            6,
            "Riders scream as the Zipper spins above the midway after dark.",
            "Beth Anders/Harlan Herald",
        ),
        slide(
            5,
            6,
            "Sparks fly as two cars collide during the first heat of the demolition derby in the grandstand arena.",
            "Beth Anders/Harlan Herald",
        ),
        slide(
            6,
            6,
            "Grandstand fans cheer as the last car still running is declared the winner of the derby's first night.",
            "Beth Anders/Harlan Herald",
        ),
    ],
    site="Harlan Herald",
    ld=False,
)
