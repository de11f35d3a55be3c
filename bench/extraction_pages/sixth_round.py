"""The sixth round of ``bench/extraction_pages``: pages (``r6-*``) in markup taken from public theme and CMS
templates (read in their repositories, not written from memory), with articles written into it here.

Sources of the markup: Automattic's Newspack theme (``template-parts/content/content-single.php``: the
``entry-content`` then ``entry-footer`` then ``template-parts/post/author-bio.php``'s ``div.author-bio`` with
"More by ..."), tagDiv's Newspaper theme (a single-post template 5: ``td-post-header``, ``p.td-post-sub-title``,
a custom share bar, ``div.td-post-content.tagdiv-type``, ``td-post-source-tags``, the author box, related
posts; and its Cloud Library block ``td_block_wrap tdb_single_content ... td-post-content tagdiv-type``),
PenNews by PenciDesign (``penci-entry-content entry-content``, social share above and below, the author box,
related posts and the comment box after the article), Jannah by TieLabs (``article#the-post.container-wrapper
.post-content``, ``entry-header-outer`` with the breadcrumb, ``div.entry-content.entry.clearfix``,
``post-components``), The New Inquiry's WordPress theme (``h2.entry-subhead``, ``entry-content clearfix``,
the subscribe widget in ``entry-footer``), Minimal Mistakes for Jekyll (``section.page__content.e-content``
holding the table of contents' ``aside.sidebar__right`` and a newsletter form, ``page__share``,
``page__related``), a Ghost theme's ``article-content gh-content`` with ``p.article-excerpt`` in the header,
a Sage (Roots) WordPress theme's ``single-post-page__content e-content`` with ``p-summary`` excerpt, and
Drupal paragraphs (Thunder's ``paragraph--type--text`` holding ``text-formatted field--name-field-text``).
The furniture these templates call (share bars, author boxes, related posts, comments, Newspack's inline
campaign prompt) is filled in the markup those plugins print. The gold of every page was written before
nutgraf was run on it; subtitles and excerpts in the header are left out of it, as the headline is.
"""

from __future__ import annotations

from articles import page
from fourth_round import _doc, _links
from furniture import SKINS
from parts import h, p, raw, table


def _each(template: str, items, **extra: str) -> str:
    """The template filled once per item: ``{i}`` its number, ``{t}`` its title (``{e}`` its excerpt where
    items are pairs), ``{day}`` a day of the month."""
    rows = [(x, "") if isinstance(x, str) else x for x in items]
    return "".join(template.format(i=i, t=t, e=e, day=i + 3, **extra) for i, (t, e) in enumerate(rows))


def _comments(*entries: tuple[str, str]) -> str:
    items = "".join(
        f'<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">{who}</b>'
        f'<time datetime="2024-05-02">May 2, 2024 at 9:14 am</time></footer><div class="comment-content"><p>{text}</p></div>'
        '<div class="reply"><a class="comment-reply-link" href="#respond">Reply</a></div></article></li>'
        for who, text in entries
    )
    return (
        f'<div id="comments" class="comments-area"><h2 class="comments-title">{len(entries)} thoughts on this story</h2>'
        f'<ol class="comment-list">{items}</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>'
        '<form class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p>'
        '<textarea name="comment"></textarea><input type="submit" value="Post Comment"></form></div></div>'
    )


# ---------------------------------------------------------------- Newspack
def newspack(page_: dict, article: str) -> str:
    """Newspack: ``header.entry-header``, ``div.entry-content`` (the_content), ``footer.entry-footer`` and the
    ``div.author-bio`` with "More by ..." (template-parts/post/author-bio.php)."""
    return _doc(page_, "en", (
        '<a class="skip-link screen-reader-text" href="#main">Skip to content</a>'
        '<header id="masthead" class="site-header hide-header-search"><div class="site-branding">'
        f'<p class="site-title"><a href="/" rel="home">{page_["site"]}</a></p><p class="site-description">Nonprofit news for the valley</p></div>'
        f'<nav class="main-navigation nav1"><ul id="menu-primary" class="main-menu">{_links(("Education", "Environment", "Housing", "Politics", "Donate"), "/category/")}</ul></nav></header>'
        '<div id="content" class="site-content"><section id="primary" class="content-area category-education"><main id="main" class="site-main">'
        '<header class="entry-header"><span class="cat-links"><a href="/category/education/">Education</a></span>'
        f'<h1 class="entry-title">{page_["title"]}</h1><div class="newspack-post-subtitle">{page_.get("deck", "")}</div>'
        f'<div class="entry-subhead"><div class="entry-meta"><span class="byline"><span class="author-avatar"><img alt="" src="/a.jpg" class="avatar"></span><span>by</span> <span class="author vcard"><a class="url fn n" href="/author/1/">{page_["author"]}</a></span></span>'
        '<span class="posted-on"><time class="entry-date published" datetime="2024-04-30T17:02:00-07:00">April 30, 2024</time></span></div>'
        '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon"><div class="sd-content"><ul>'
        '<li class="share-facebook"><a class="share-facebook sd-button share-icon no-text" href="?share=facebook"><span class="sharing-screen-reader-text">Click to share on Facebook (Opens in new window)</span></a></li>'
        '<li class="share-twitter"><a class="share-twitter sd-button share-icon no-text" href="?share=twitter"><span class="sharing-screen-reader-text">Click to share on X (Opens in new window)</span></a></li>'
        '</ul></div></div></div></div></header>'
        f'<article id="post-4812" class="post-4812 post type-post status-publish format-standard has-post-thumbnail hentry category-education entry">'
        f'<div class="entry-content">{article}</div>'
        '<footer class="entry-footer"><span class="cat-links"><span class="screen-reader-text">Posted in</span><a href="/category/education/" rel="category tag">Education</a></span>'
        '<span class="tags-links"><span class="screen-reader-text">Tagged:</span><a href="/tag/schools/" rel="tag">schools</a></span></footer>'
        '<div class="author-bio"><img alt="" src="/a80.jpg" class="avatar avatar-80"><div class="author-bio-text"><div class="author-bio-header"><div>'
        f'<h2 class="accent-header">{page_["author"]}<span></span></h2></div></div>'
        f'<p>{page_["author"]} covers education for {page_["site"]}. She previously reported for a daily in Fresno and grew up in the valley. '
        f'<a class="author-link" href="/author/1/" rel="author">More by {page_["author"]}</a></p></div></div></article>'
        '<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>'
        f'<div class="jp-relatedposts-items">' + _each('''<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/r{i}">{t}</a></h4></div>''', page_.get("related", ())) + '</div></div>'
        '</main></section></div>'
        '<footer id="colophon" class="site-footer"><div class="site-info"><p>&copy; 2024 ' + page_["site"] + '. Proudly powered by Newspack by Automattic</p>'
        '<a href="/privacy-policy/">Privacy Policy</a></div></footer>'
    ))  # fmt: skip


def newspack_prompt(title: str, text: str, button: str) -> tuple[str, None]:
    """Newspack Campaigns' inline prompt, printed into the_content between paragraphs."""
    return (
        '<div class="newspack-popup-container newspack-popup newspack-inline-popup" role="button" tabindex="0" id="id_1822">'
        f'<div class="wp-block-group"><div class="wp-block-group__inner-container"><h2 class="wp-block-heading">{title}</h2>'
        f'<p>{text}</p><div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="/donate/">{button}</a></div></div></div></div></div>',
        None,
    )


def newspack_newsletter(label: str) -> tuple[str, None]:
    """The Newspack Newsletters subscription block placed in a story."""
    return (
        '<div class="wp-block-newspack-newsletters-subscribe newspack-newsletters-subscribe" data-success-message="Thank you for signing up!">'
        f'<form id="newspack-newsletters-subscribe-1"><p class="newspack-newsletters-subscribe__description">{label}</p>'
        '<div class="newspack-newsletters-email-input"><input type="email" name="npe" placeholder="Enter your email address" required>'
        '<input type="submit" value="Sign up"></div></form></div>',
        None,
    )


# ---------------------------------------------------------------- tagDiv Newspaper
def _td_share(words: tuple[str, str, str]) -> str:
    share, zalo, more = words
    return (
        '<div id="share-socials-container"><div class="share-socials share-facebook"><span><i class="icon-facebook"></i></span>'
        f'<span class="text">{share}</span></div><div class="share-socials share-zalo zalo-share-button" data-layout="1">'
        f'<span class="zalo">Zalo</span><span class="text">{share}</span></div><div class="share-socials share-more"><span> <i class="more-share"></i> </span><span>{more}</span></div></div>'
        if zalo
        else '<div class="td-post-sharing-top"><div class="td-post-sharing-classic"></div><div class="td-default-sharing">'
        '<a class="td-social-sharing-buttons td-social-facebook" href="https://www.facebook.com/sharer.php?u=x"><i class="td-icon-facebook"></i><div class="td-social-but-text">Share on Facebook</div></a>'
        '<a class="td-social-sharing-buttons td-social-twitter" href="https://twitter.com/intent/tweet?url=x"><i class="td-icon-twitter"></i><div class="td-social-but-text">Tweet on Twitter</div></a></div></div>'
    )


def tagdiv(page_: dict, article: str) -> str:
    """tagDiv Newspaper, single post template 5: ``td-post-header`` (category, title, ``p.td-post-sub-title``,
    ``td-module-meta-info``), a share bar, ``div.td-post-content.tagdiv-type``, then a footer of source and
    tags, the bottom share bar, next/previous posts and the author box; related posts after the article."""
    w = page_["words"]
    return _doc(page_, page_["lang"], (
        '<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div><div id="td-outer-wrap" class="td-theme-wrap">'
        f'<div class="td-header-wrap td-header-style-1"><div class="td-header-top-menu"><div class="td_data_time">{w["today"]}</div></div>'
        f'<div class="td-header-sp-logo"><a class="td-main-logo" href="/"><span class="td-visual-hidden">{page_["site"]}</span></a></div>'
        f'<div id="td-header-menu"><ul id="menu-main" class="sf-menu">{_links(w["menu"], "/chuyen-muc/")}</ul></div></div>'
        '<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-5"><div class="td-crumb-container"><div class="entry-crumbs">'
        f'<span><a class="entry-crumb" href="/">{w["home"]}</a></span></div></div><div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">'
        '<article id="post-90211" class="post-90211 post type-post status-publish format-standard" itemscope itemtype="https://schema.org/Article">'
        f'<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="/c/1">{w["cat"]}</a></li></ul>'
        f'<header class="td-post-title"><h1 class="entry-title">{page_["title"]}</h1><p class="td-post-sub-title">{page_["deck"]}</p>'
        f'<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">{w["by"]}</div> <a href="/author/1/">{page_["author"]}</a><div class="td-author-line"> - </div></div>'
        f'<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{page_["date"]}">{w["date"]}</time></span>'
        '<div class="td-post-comments"><a href="#respond"><i class="td-icon-comments"></i>0</a></div><div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-90211">1284</span></div></div></header></div>'
        + _td_share(w["share"]) +
        f'<div class="td-post-content tagdiv-type">{article}</div>'
        '<footer><div class="page-nav page-nav-post td-pb-padding-side"></div><div class="td-post-source-tags td-pb-padding-side">'
        f'<div class="td-post-source-via"><div class="td-post-small-box"><span>{w["source"]}</span><a rel="nofollow" href="https://example.org">{page_["via"]}</a></div></div>'
        f'<ul class="td-tags td-post-small-box clearfix"><li><span>{w["tags"]}</span></li><li><a href="/tag/1/">{w["cat"]}</a></li></ul></div>'
        '<div class="td-post-sharing-bottom"><div class="td-default-sharing td-with-like"><a class="td-social-sharing-buttons td-social-facebook" href="#"><div class="td-social-but-text">Facebook</div></a></div></div>'
        f'<div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>{w["prev"]}</span><a href="/p/1">{w["prev_title"]}</a></div></div>'
        f'<div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>{w["next"]}</span><a href="/p/2">{w["next_title"]}</a></div></div></div>'
        f'<div class="author-box-wrap"><a href="/author/1/"><img alt="" src="/av.jpg" class="avatar"></a><div class="desc"><div class="td-author-name vcard author"><span class="fn"><a href="/author/1/">{page_["author"]}</a></span></div>'
        f'<div class="td-author-description">{w["bio"]}</div><div class="td-author-social"></div><div class="clearfix"></div></div></div></footer></article>'
        f'<div class="td_block_wrap td_block_related_posts td-related-full-width"><h4 class="td-related-title td-block-title"><a class="td-related-left td-cur-simple-item" href="#">{w["related"]}</a><a class="td-related-right" href="#">{w["more_author"]}</a></h4>'
        f'<div class="td_block_inner">' + _each('''<div class="td-related-span4"><div class="td_module_related_posts"><h3 class="entry-title td-module-title"><a href="/r{i}">{t}</a></h3></div></div>''', w["related_titles"]) + f'</div></div>'
        '</div></div><div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">'
        f'<div class="td_block_wrap td_block_social_counter"><h4 class="block-title"><span>{w["follow"]}</span></h4></div>'
        f'<div class="td_block_wrap td_block_1"><h4 class="block-title"><span>{w["latest"]}</span></h4><div class="td_block_inner">'
        f'' + _each('''<div class="td_module_6"><h3 class="entry-title td-module-title"><a href="/l{i}">{t}</a></h3><div class="td-module-meta-info"><span class="td-post-date">{date}</span></div></div>''', w["latest_titles"], date=w["date"]) + f''
        '</div></div></div></div></div></div></div>'
        f'<div class="td-footer-wrapper"><div class="td-sub-footer-copy">&copy; {page_["site"]}</div></div></div>'
    ))  # fmt: skip


def tdb(page_: dict, article: str) -> str:
    """tagDiv's Cloud Library single template: each part a ``td_block_wrap tdb_*`` block, the body in
    ``tdb_single_content ... td-post-content tagdiv-type`` inside ``tdb-block-inner``."""
    w = page_["words"]
    return _doc(page_, page_["lang"], (
        '<div id="td-outer-wrap" class="td-theme-wrap"><div class="tdc-header-wrap"><div class="td_block_wrap tdb_header_logo">'
        f'<a class="tdb-logo-a" href="/"><span class="tdb-logo-text-title">{page_["site"]}</span></a></div>'
        f'<div class="td_block_wrap tdb_header_menu"><ul class="tdb-block-menu tdb-menu">{_links(w["menu"], "/category/")}</ul></div></div>'
        '<div id="tdb-autoload-article" data-autoload="off"><div class="td-main-content-wrap td-container-wrap"><div class="tdc-content-wrap"><article class="type-post">'
        '<div class="tdc-row"><div class="vc_row tdi_71 wpb_row td-pb-row"><div class="vc_column tdi_73 wpb_column vc_column_container tdc-column td-pb-span12"><div class="wpb_wrapper">'
        f'<div class="td_block_wrap tdb_breadcrumbs tdi_74"><span><a class="tdb-entry-crumb" href="/">Home</a></span> <i class="tdb-bread-sep td-icon-right"></i> <span><a class="tdb-entry-crumb" href="/category/1/">{w["cat"]}</a></span></div>'
        f'<div class="td_block_wrap tdb_title tdi_76 tdb-single-title"><div class="tdb-block-inner td-fix-index"><h1 class="tdb-title-text">{page_["title"]}</h1></div></div>'
        f'<div class="td_block_wrap tdb_single_author tdi_78"><div class="tdb-block-inner td-fix-index"><div class="tdb-author-name-wrap"><span class="tdb-author-by">By</span> <a class="tdb-author-name" href="/author/1/">{page_["author"]}</a></div></div></div>'
        f'<div class="td_block_wrap tdb_single_date tdi_79"><div class="tdb-block-inner td-fix-index"><time class="entry-date updated td-module-date" datetime="{page_["date"]}">{w["date"]}</time></div></div>'
        '<div class="td_block_wrap tdb_single_post_share tdi_81"><div class="tdb-block-inner td-fix-index"><div class="td-post-sharing-visible">'
        '<a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-facebook" href="#"><div class="td-social-but-icon"><i class="td-icon-facebook"></i></div><div class="td-social-but-text">Facebook</div></a>'
        '<a class="td-social-sharing-button td-social-whatsapp" href="#"><div class="td-social-but-text">WhatsApp</div></a></div></div></div>'
        f'<div class="td_block_wrap tdb_single_content tdi_85 td-pb-border-top td_block_template_1 td-post-content tagdiv-type"><div class="tdb-block-inner td-fix-index">{article}</div></div>'
        f'<div class="td_block_wrap tdb_single_tags tdi_87"><div class="tdb-block-inner td-fix-index"><ul class="tdb-tags"><li><span>TAGS</span></li><li><a href="/tag/1/">{w["cat"]}</a></li></ul></div></div>'
        f'<div class="td_block_wrap tdb_single_related tdi_90 td_with_ajax_pagination td-pb-border-top td_block_template_1"><div class="td-block-title-wrap"><h4 class="td-block-title"><span>{w["related"]}</span></h4></div>'
        f'<div class="td_block_inner tdb-block-inner td-fix-index">' + _each('''<div class="tdb_module_related td_module_wrap"><div class="td-module-meta-info"><h3 class="entry-title td-module-title"><a href="/r{i}">{t}</a></h3></div></div>''', w["related_titles"]) + f'</div></div>'
        '</div></div></div></div></article></div></div></div>'
        f'<div class="td-footer-template-wrap"><div class="td_block_wrap tdb_footer"><p>&copy; Copyright {page_["site"]}</p></div></div></div>'
    ))  # fmt: skip


# ---------------------------------------------------------------- PenNews
def _penci_share() -> str:
    return (
        '<div class="footer__sharing"><div class="penci-social-share penci-social-share-style-1">'
        '<a class="penci-social-item facebook" target="_blank" rel="noopener" href="https://www.facebook.com/sharer/sharer.php?u=x"><i class="fa fa-facebook"></i><span class="dt-share">Facebook</span></a>'
        '<a class="penci-social-item twitter" target="_blank" rel="noopener" href="https://twitter.com/intent/tweet?url=x"><i class="fa fa-twitter"></i><span class="dt-share">Twitter</span></a>'
        '<a class="penci-social-item linkedin" target="_blank" rel="noopener" href="https://www.linkedin.com/shareArticle?url=x"><span class="dt-share">Linkedin</span></a>'
        '<a class="penci-social-item email" target="_blank" rel="noopener" href="mailto:?subject=x"><span class="dt-share">Email</span></a></div></div>'
    )


def pennews(page_: dict, article: str) -> str:
    """PenNews (PenciDesign): ``article`` with ``header.entry-header.penci-entry-header`` (categories, title,
    ``penci-entry-meta``, the share bar), ``div.penci-entry-content.entry-content``, ``footer.penci-entry-footer``
    (tags, the share bar again); then the post pagination, the author box, related posts and the comment box,
    and a sidebar of widgets."""
    return _doc(page_, "en", (
        f'<header id="masthead" class="site-header"><div class="penci-header__logo"><a href="/">{page_["site"]}</a></div>'
        f'<nav id="site-navigation" class="main-navigation"><ul class="menu">{_links(("Markets", "Tech", "Crypto", "Policy", "Reviews"), "/category/")}</ul></nav></header>'
        '<div class="penci-container"><div class="penci-container__content"><div class="penci-wide-content penci-sticky-content penci-content-single-inner">'
        '<div class="penci-content-post"><div class="penci_breadcrumbs"><ul><li><a href="/"><span>Home</span></a></li><li><a href="/category/tech/"><span>Tech</span></a></li></ul></div>'
        '<article id="post-7712" class="post-7712 post type-post status-publish format-standard has-post-thumbnail hentry category-tech">'
        '<header class="entry-header penci-entry-header penci-title-"><div class="penci-entry-categories"><span class="penci-cat-links"><a href="/category/tech/">Tech</a></span></div>'
        f'<h1 class="entry-title penci-entry-title penci-title-">{page_["title"]}</h1><div class="entry-meta penci-entry-meta">'
        f'<span class="entry-meta-item penci-byline">by <span class="author vcard"><a class="url fn n" href="/author/1/">{page_["author"]}</a></span></span>'
        f'<span class="entry-meta-item penci-posted-on"><time class="entry-date published" datetime="{page_["date"]}">May 2, 2024</time></span>'
        '<span class="entry-meta-item penci-comment-count"><a class="penci-comment-count" href="#comments">2 Comments</a></span></div>'
        + _penci_share() + '</header>'
        f'<div class="penci-entry-content entry-content">{article}</div>'
        '<footer class="penci-entry-footer"><span class="tags-links penci-tags-links"><a href="/tag/1/" rel="tag">Batteries</a><a href="/tag/2/" rel="tag">EVs</a></span>'
        + _penci_share() + '</footer></article>'
        '<div class="penci-post-pagination"><div class="prev-post"><div class="prev-post-inner"><div class="prev-post-title"><span>previous post</span></div>'
        '<a href="/p/1"><div class="pagi-text"><h5 class="prev-title">Regulators open inquiry into charger pricing</h5></div></a></div></div>'
        '<div class="next-post"><div class="next-post-inner"><div class="prev-post-title next-post-title"><span>next post</span></div>'
        '<a href="/p/2"><div class="pagi-text"><h5 class="next-title">The quiet return of the station wagon</h5></div></a></div></div></div>'
        f'<div class="penci-post-author"><div class="author-img"><img alt="" src="/a.jpg" class="avatar"></div><div class="penci-author-content"><h5><a href="/author/1/">{page_["author"]}</a></h5>'
        f'<p class="author-bio">{page_["author"]} writes about energy technology and the car industry. Before joining, he spent a decade as a battery engineer.</p>'
        '<div class="penci-author-social"><a href="https://twitter.com/x" class="author-social"><i class="fa fa-twitter"></i></a></div></div></div>'
        '<div class="penci-post-related"><div class="post-title-box"><h4 class="post-box-title">You may also like</h4></div><div class="post-related_content">'
        f'' + _each('''<div class="item-related"><a class="related-thumb" href="/r{i}"></a><h3><a href="/r{i}">{t}</a></h3><span class="date">April {day}, 2024</span></div>''', page_["related"]) + '</div></div>'
        + page_.get("comments_html", "") +
        '</div></div><aside class="widget-area widget-area-2 penci-sticky-sidebar penci-sidebar-widgets">'
        '<div class="widget penci-block-vc penci-widget-sidebar"><div class="penci-border-arrow penci-homepage-title penci-home-latest-posts"><h3 class="inner-arrow">Trending</h3></div>'
        f'<ul>{_links(("Five charts that explain the copper squeeze", "Why chip makers are building in Ohio", "The long wait for solid-state batteries"), "/t/")}</ul></div>'
        '<div class="widget widget_mc4wp_form_widget"><h4 class="widget-title penci-border-arrow"><span class="inner-arrow">Newsletter</span></h4>'
        '<form class="mc4wp-form"><p>Subscribe to get the day\'s top stories in your inbox.</p><input type="email" placeholder="Your email"><input type="submit" value="Subscribe"></form></div>'
        '</aside></div></div>'
        f'<footer id="colophon" class="site-footer"><div class="penci-footer-text-area">&copy; 2024 {page_["site"]}. All rights reserved.</div></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Jannah
def jannah(page_: dict, article: str) -> str:
    """Jannah (TieLabs): ``article#the-post.container-wrapper.post-content`` with ``header.entry-header-outer``
    (breadcrumb, ``div.entry-header`` with title and ``post-meta``), ``div.entry-content.entry.clearfix``,
    the bottom share buttons; ``div.post-components`` (about the author, related posts) and "Check Also"."""
    w = page_["words"]
    return _doc(page_, page_["lang"], (
        '<div class="background-overlay"><div id="tie-container" class="site tie-container"><div id="tie-wrapper">'
        f'<header id="theme-header" class="theme-header header-layout-3 main-nav-dark"><div class="logo-wrapper"><div id="logo" class="image-logo"><a title="{page_["site"]}" href="/">{page_["site"]}</a></div></div>'
        f'<nav id="main-nav" class="main-nav header-nav"><ul id="menu-tielabs-main-menu" class="menu">{_links(w["menu"], "/category/")}</ul></nav></header>'
        '<div id="content" class="site-content container"><div id="main-content-row" class="tie-row main-content-row"><div class="main-content tie-col-md-8 tie-col-xs-12" role="main">'
        '<article id="the-post" class="container-wrapper post-content tie-standard">'
        f'<header class="entry-header-outer"><nav id="breadcrumb"><a href="/"><span class="tie-icon-home" aria-hidden="true"></span> {w["home"]}</a><em class="delimiter">/</em><a href="/category/1/">{w["cat"]}</a><em class="delimiter">/</em><span class="current">{page_["title"]}</span></nav>'
        f'<div class="entry-header"><span class="post-cat-wrap"><a class="post-cat tie-cat-3" href="/category/1/">{w["cat"]}</a></span><h1 class="post-title entry-title">{page_["title"]}</h1>'
        f'<div id="single-post-meta" class="post-meta clearfix"><span class="author-meta single-author with-avatars"><span class="meta-item meta-author-wrapper"><span class="meta-author"><a href="/author/1/" class="author-name tie-icon">{page_["author"]}</a></span></span></span>'
        f'<span class="date meta-item tie-icon">{w["date"]}</span><div class="tie-alignright"><span class="meta-views meta-item"><span class="tie-icon-fire" aria-hidden="true"></span> 3,412 </span><span class="meta-reading-time meta-item"><span class="tie-icon-bookmark" aria-hidden="true"></span> {w["reading"]}</span></div></div></div></header>'
        '<div id="share-buttons-top" class="share-buttons share-buttons-top"><div class="share-links"><a href="#" rel="external noopener nofollow" class="facebook-share-btn large-share-button"><span class="share-btn-icon tie-icon-facebook"></span> <span class="social-text">Facebook</span></a>'
        '<a href="#" rel="external noopener nofollow" class="twitter-share-btn large-share-button"><span class="share-btn-icon tie-icon-twitter"></span> <span class="social-text">X</span></a><a href="#" class="whatsapp-share-btn"><span class="screen-reader-text">WhatsApp</span></a></div></div>'
        f'<div class="entry-content entry clearfix">{article}</div>'
        '<div id="post-extra-info"><div class="theiaStickySidebar"></div></div><div class="clearfix"></div>'
        f'<div class="post-footer post-footer-on-bottom"><div class="post-bottom-meta post-bottom-tags post-tags-modern"><div class="post-bottom-meta-title"><span class="tie-icon-tags" aria-hidden="true"></span> {w["tags"]}</div><span class="tagcloud"><a href="/tag/1/" rel="tag">{w["cat"]}</a></span></div></div>'
        '<div id="share-buttons-bottom" class="share-buttons share-buttons-bottom"><div class="share-links"><a href="#" class="facebook-share-btn"><span class="social-text">Facebook</span></a><a href="#" class="twitter-share-btn"><span class="social-text">X</span></a></div></div></article>'
        '<div class="post-components">'
        f'<div class="about-author container-wrapper about-author-1"><div class="author-avatar"><a href="/author/1/"><img alt="" src="/a.jpg" class="avatar"></a></div><div class="author-info"><h3 class="author-name"><a href="/author/1/">{page_["author"]}</a></h3>'
        f'<div class="author-bio">{w["bio"]}</div><ul class="social-icons"></ul></div></div>'
        f'<div id="related-posts" class="container-wrapper has-extra-post"><div class="mag-box-title the-global-title"><h3>{w["related"]}</h3></div><div class="related-posts-list">'
        f'' + _each('''<div class="related-item"><a href="/r{i}" class="post-thumb"></a><h3 class="post-title"><a href="/r{i}">{t}</a></h3><div class="post-meta"><span class="date">{date}</span></div></div>''', w["related_titles"], date=w["date"]) + f'</div></div>'
        f'<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title the-global-title">{w["reply"]}</h3><form class="comment-form"><textarea></textarea></form></div></div></div>'
        f'<div id="check-also-box" class="container-wrapper check-also-right show-check-also"><div class="widget-title the-global-title"><div class="the-subtitle">{w["check_also"]}</div><a href="#" id="check-also-close" class="remove"><span class="screen-reader-text">Close</span></a></div>'
        f'<div class="widget posts-list-big-first has-first-big-post"><ul class="posts-list-items"><li class="widget-single-post-item widget-post-list"><div class="post-widget-body"><a class="post-title the-subtitle" href="/c/1">{w["check_title"]}</a><div class="post-meta"><span class="date meta-item tie-icon">{w["date"]}</span></div></div></li></ul></div></div>'
        '</div><aside class="sidebar tie-col-md-4 tie-col-xs-12 normal-side is-sticky" aria-label="Primary Sidebar"><div class="theiaStickySidebar">'
        f'<div id="posts-list-widget-2" class="container-wrapper widget posts-list"><div class="widget-title the-global-title"><div class="the-subtitle">{w["latest"]}</div></div><ul class="posts-list-items">'
        f'' + _each('''<li class="widget-single-post-item widget-post-list"><div class="post-widget-body"><a class="post-title" href="/l{i}">{t}</a></div></li>''', w["latest_titles"]) + f'</ul></div></div></aside></div></div>'
        f'<footer id="footer" class="site-footer dark-skin dark-widgetized-area"><div id="site-info" class="site-info"><div class="copyright-text copyright-text-first">&copy; {page_["site"]}</div></div></footer>'
        '</div></div></div>'
    ), dir_=page_.get("dir", ""))  # fmt: skip


# ---------------------------------------------------------------- The New Inquiry (Gridbox child)
def tni(page_: dict, article: str) -> str:
    """The New Inquiry's theme: ``header.entry-header`` (category, title, ``h2.entry-subhead``, meta), then
    ``div.entry-content.clearfix`` and ``footer.entry-footer`` with tags and the "Subscribe / Support The New
    Inquiry" widget; related posts after."""
    return _doc(page_, "en", (
        '<div id="page" class="hfeed site"><header id="masthead" class="site-header clearfix" role="banner"><div class="site-branding">'
        f'<p class="site-title"><a href="/" rel="home">{page_["site"]}</a></p></div><nav id="main-navigation" class="primary-navigation navigation clearfix" role="navigation">'
        f'<ul id="menu-main" class="main-navigation-menu">{_links(("Essays", "Blogs", "Magazine", "Subscribe", "About"), "/")}</ul></nav></header>'
        '<div id="content" class="site-content container clearfix"><section id="primary" class="content-single content-area"><main id="main" class="site-main" role="main">'
        '<article id="post-66180" class="post-66180 post type-post status-publish format-standard hentry category-essays">'
        '<header class="entry-header"><div class="entry-meta"><span class="meta-category"><a href="/essays/" rel="category tag">Essays</a></span></div>'
        f'<h1 class="entry-title">{page_["title"]}</h1><h2 class="entry-subhead">{page_["deck"]}</h2>'
        f'<div class="entry-meta"><span class="meta-author"><span class="author vcard"><a class="url fn n" href="/author/1/" rel="author">{page_["author"]}</a></span></span>'
        '<span class="meta-date"><a href="#" rel="bookmark"><time class="entry-date published" datetime="2017-03-14T09:00:00+00:00">March 14, 2017</time></a></span></div></header>'
        f'<div class="entry-content clearfix">{article}</div>'
        '<footer class="entry-footer"><div class="entry-tags clearfix"><span class="meta-tags"><a href="/tag/cities/" rel="tag">cities</a><a href="/tag/labor/" rel="tag">labor</a></span></div>'
        '<div class="content-footer-widget"><div class="single-subscribe-widget"><div class="single-subscribe-widget-info"><h4>Subscribe</h4><p>Support<br>The New Inquiry</p></div>'
        '<form><fieldset><label for="email">Your Email</label><input type="email" name="email"></fieldset><input type="submit" value="Continue"></form></div></div></footer></article>'
        '<section class="related-posts"><h3 class="related-posts-title">Related</h3>'
        f'' + _each('''<article class="related-post"><h2 class="entry-title"><a href="/r{i}">{t}</a></h2><div class="entry-excerpt"><p>{e}</p></div></article>''', page_["related"]) + '</section>'
        '</main></section><section id="secondary" class="sidebar widget-area clearfix" role="complementary"><aside class="widget widget_text"><h3 class="widget-title">Current Issue</h3>'
        '<div class="textwidget"><p>Issue 61: Maintenance. Read it now, with a subscription.</p></div></aside></section></div>'
        '<footer id="colophon" class="site-footer"><div class="site-info"><p>The New Inquiry is a magazine of criticism and ideas.</p></div></footer></div>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Minimal Mistakes (Jekyll)
def minimal_mistakes(page_: dict, article: str) -> str:
    """Minimal Mistakes' ``_layouts/single.html``: ``article.page.h-entry`` > ``div.page__inner-wrap`` >
    ``header`` (``h1#page-title``, ``page__meta`` reading time), ``section.page__content.e-content`` holding the
    table of contents (``aside.sidebar__right`` > ``nav.toc``), the content, and the newsletter form a site
    added there; then ``footer.page__meta`` (tags, date), ``section.page__share``, ``nav.pagination`` and
    ``div.page__related`` "You may also enjoy"."""
    toc = "".join(f'<li><a href="#{t.lower().replace(" ", "-")}">{t}</a></li>' for t in page_["toc"])
    return _doc(page_, "en", (
        '<nav class="skip-links"><ul><li><a href="#site-nav" class="screen-reader-shortcut">Skip to primary navigation</a></li><li><a href="#main" class="screen-reader-shortcut">Skip to content</a></li></ul></nav>'
        f'<div class="masthead"><div class="masthead__inner-wrap"><div class="masthead__menu"><nav id="site-nav" class="greedy-nav"><a class="site-title" href="/">{page_["site"]}</a>'
        f'<ul class="visible-links">{_links(("Posts", "Categories", "About"), "/")}</ul><button class="search__toggle" type="button"><span class="visually-hidden">Toggle search</span></button></nav></div></div></div>'
        '<div class="initial-content"><div id="main" role="main"><div class="sidebar sticky"><div itemscope itemtype="https://schema.org/Person" class="h-card">'
        f'<div class="author__content"><h3 class="author__name p-name" itemprop="name"><a class="u-url" rel="me" href="/">{page_["author"]}</a></h3><div class="author__bio p-note" itemprop="description"><p>Field notes from a river ecologist.</p></div></div>'
        '<div class="author__urls-wrapper"><button class="btn btn--inverse">Follow</button><ul class="author__urls social-icons"><li><a href="https://github.com/x" rel="nofollow noopener noreferrer me"><i class="fab fa-fw fa-github" aria-hidden="true"></i><span class="label">GitHub</span></a></li></ul></div></div></div>'
        '<article class="page h-entry" itemscope itemtype="https://schema.org/CreativeWork">'
        f'<meta itemprop="headline" content="{page_["title"]}"><meta itemprop="datePublished" content="{page_["date"]}">'
        f'<div class="page__inner-wrap"><header><h1 id="page-title" class="page__title p-name" itemprop="headline"><a href="{page_["url"]}" class="u-url" itemprop="url">{page_["title"]}</a></h1>'
        '<p class="page__meta"><span class="page__meta-readtime"><i class="far fa-clock" aria-hidden="true"></i> 6 minute read</span></p></header>'
        '<section class="page__content e-content" itemprop="text"><aside class="sidebar__right sticky"><nav class="toc"><header><h4 class="nav__title"><i class="fas fa-file-alt"></i> On this page</h4></header>'
        f'<ul class="toc__menu">{toc}</ul></nav></aside>{article}'
        '<hr><div class="text-center"><h3>Subscribe to the Newsletter</h3><p>Get posts like this delivered right to your inbox.</p></div><div class="ml-embedded" data-form="c4vDL8"></div></section>'
        '<footer class="page__meta"><p class="page__taxonomy"><strong><i class="fas fa-fw fa-tags" aria-hidden="true"></i> Tags: </strong><span itemprop="keywords"><a href="/tags/#rivers" class="page__taxonomy-item p-category" rel="tag">rivers</a></span></p>'
        f'<p class="page__date"><strong><i class="fas fa-fw fa-calendar-alt" aria-hidden="true"></i> Updated:</strong> <time class="dt-published" datetime="{page_["date"]}">June 9, 2024</time></p></footer>'
        '<section class="page__share"><h4 class="page__share-title">Share on</h4><a href="https://x.com/intent/tweet?url=x" class="btn btn--x" title="Share on X"><i class="fab fa-fw fa-x-twitter" aria-hidden="true"></i><span> X</span></a>'
        '<a href="https://www.facebook.com/sharer/sharer.php?u=x" class="btn btn--facebook" title="Share on Facebook"><span> Facebook</span></a><a href="https://www.linkedin.com/shareArticle?url=x" class="btn btn--linkedin"><span> LinkedIn</span></a></section>'
        '<nav class="pagination"><a href="/p/1" class="pagination--pager" title="Previous">Previous</a><a href="/p/2" class="pagination--pager" title="Next">Next</a></nav></div></article>'
        '<div class="page__related"><h2 class="page__related-title">You may also enjoy</h2><div class="grid__wrapper">'
        f'' + _each('''<div class="grid__item"><article class="archive__item"><h2 class="archive__item-title no_toc"><a href="/r{i}" rel="permalink">{t}</a></h2><p class="archive__item-excerpt">{e}</p></article></div>''', page_["related"]) + f''
        '</div></div></div></div>'
        f'<div id="footer" class="page__footer"><footer><div class="page__footer-follow"><ul class="social-icons"><li><strong>Follow:</strong></li><li><a href="/feed.xml"><i class="fas fa-fw fa-rss-square" aria-hidden="true"></i> Feed</a></li></ul></div>'
        f'<div class="page__footer-copyright">&copy; 2024 {page_["author"]}. Powered by <a href="https://jekyllrb.com" rel="nofollow">Jekyll</a> &amp; <a href="https://mademistakes.com/work/jekyll-themes/minimal-mistakes/" rel="nofollow">Minimal Mistakes</a>.</div></footer></div>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- Ghost
def ghost(page_: dict, article: str) -> str:
    """A Ghost theme: ``article.article`` > ``header.article-header`` (tag, title, ``p.article-excerpt``,
    byline, ``figure.article-image``), ``section.gh-content.gh-canvas`` (Casper) or ``div.article-content.gh-content``,
    ``footer.article-footer``; then Casper's ``footer-cta`` sign-up and ``aside.read-more-wrap``."""
    return _doc(page_, "en", (
        '<div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">'
        f'<a class="gh-head-logo" href="/">{page_["site"]}</a></div><nav class="gh-head-menu"><ul class="nav">{_links(("Home", "Reporting", "Analysis", "About"), "/")}</ul></nav>'
        '<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>'
        '<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-reporting">'
        '<header class="article-header gh-canvas"><section class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/reporting/">Reporting</a></span></section>'
        f'<h1 class="article-title">{page_["title"]}</h1><p class="article-excerpt">{page_["deck"]}</p>'
        f'<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/1/" class="author-avatar"><img class="author-profile-image" src="/a.jpg" alt=""></a></li></ul>'
        f'<div class="article-byline-meta"><h4 class="author-name"><a href="/author/1/">{page_["author"]}</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="{page_["date"][:10]}">Mar 3, 2024</time>'
        '<span class="byline-reading-time"><span class="bull">&bull;</span> 5 min read</span></div></div></section></div>'
        '<figure class="article-image"><img src="/content/images/2024/03/cover.jpg" alt=""><figcaption>Photo: the author</figcaption></figure></header>'
        f'<section class="gh-content gh-canvas">{article}</section>'
        '</article><section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>'
        '<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section></main>'
        '<aside class="read-more-wrap outer"><div class="read-more inner"><div class="post-feed">'
        f'' + _each('''<article class="post-card post"><a class="post-card-image-link" href="/r{i}"></a><div class="post-card-content"><a class="post-card-content-link" href="/r{i}"><header class="post-card-header"><h2 class="post-card-title">{t}</h2></header><div class="post-card-excerpt">{e}</div></a><footer class="post-card-meta"><time class="post-card-meta-date">Feb 2024</time></footer></div></article>''', page_["related"]) + f''
        '</div></div></aside></div>'
        f'<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">{page_["site"]}</a> &copy; 2024</section><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Sage (Roots)
def sage(page_: dict, article: str) -> str:
    """A Sage (Roots) theme's Blade single: ``article.single-post-page.h-entry`` > header (``h1.p-name``,
    ``div.single-post-page__excerpt.p-summary``, meta), the hero image, ``div.single-post-page__content.e-content``,
    ``footer.single-post-page__tags`` ("Tags")."""
    return _doc(page_, "en", (
        f'<a class="sr-only focus:not-sr-only" href="#main">Skip to content</a><header class="banner"><a class="brand" href="/">{page_["site"]}</a>'
        f'<nav class="nav-primary" aria-label="Primary Navigation"><ul id="menu-primary" class="nav">{_links(("News", "Research", "Events", "Contact"), "/")}</ul></nav></header>'
        '<main id="main" class="main"><article class="single-post-page h-entry post type-post status-publish"><header class="single-post-page__header"><div class="single-post-page__header-inner">'
        f'<h1 class="single-post-page__title p-name">{page_["title"]}</h1><div class="single-post-page__excerpt p-summary"><p>{page_["deck"]}</p></div>'
        f'<div class="single-post-page__meta"><time class="dt-published" datetime="{page_["date"]}">September 12, 2024</time><p><span>By</span> <a href="/author/1/" class="p-author h-card">{page_["author"]}</a></p></div></div></header>'
        '<div class="single-post-page__hero"><img class="single-post-page__hero-image" src="/hero.jpg" alt=""></div>'
        f'<div class="single-post-page__content-wrap"><div class="single-post-page__content e-content">{article}</div>'
        '<footer class="single-post-page__tags" aria-label="Tags"><h2 class="single-post-page__tags-title">Tags</h2><div class="single-post-page__tags-list"><a href="/tag/soil/" rel="tag">soil</a><a href="/tag/farming/" rel="tag">farming</a></div></footer>'
        '<footer class="single-post-page__footer"><nav class="page-nav" aria-label="Page"><a href="/p/1">&larr; Older post</a></nav></footer></div></article>'
        '<section class="more-news"><h2>More news</h2><ul>'
        f'{_links(("Graduate students win water prize", "New greenhouse opens on north campus"), "/news/")}</ul></section></main>'
        '<footer class="content-info"><section class="widget"><h3>Contact</h3><p>Institute for Soil Science, 1200 Field Road</p></section><p>&copy; 2024</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Drupal paragraphs (Thunder)
def thunder(page_: dict, article: str) -> str:
    """A Drupal news site built with Thunder: ``article.node--type-article`` > the teaser text
    (``field--name-field-teaser-text``), ``div.field--name-field-paragraphs`` of ``paragraph--type--text``,
    ``--image``, ``--quote``; tags, the "Das könnte Sie auch interessieren" view and a sidebar."""
    return _doc(page_, "de", (
        f'<div class="dialog-off-canvas-main-canvas"><header class="site-header"><a href="/" class="site-logo">{page_["site"]}</a>'
        f'<nav id="block-hauptnavigation"><ul class="menu">{_links(("Politik", "Wirtschaft", "Region", "Sport", "Kultur"), "/")}</ul></nav></header>'
        '<main role="main"><div class="region region-content"><div id="block-thunder-base-content" class="block block-system block-system-main-block">'
        '<article role="article" class="node node--type-article node--view-mode-full"><header class="article-header">'
        f'<div class="field field--name-field-channel"><a href="/region">Region</a></div><h1 class="page-title"><span class="field field--name-title">{page_["title"]}</span></h1>'
        f'<div class="node__meta"><span class="field field--name-uid"><span>{page_["author"]}</span></span> <span class="field field--name-created">14.05.2024 - 06:30</span></div></header>'
        f'<div class="clearfix text-formatted field field--name-field-teaser-text field--type-text-long field--label-hidden field__item"><p>{page_["lede"]}</p></div>'
        f'<div class="field field--name-field-paragraphs field--type-entity-reference-revisions field--label-hidden field__items">{article}</div>'
        '<div class="field field--name-field-tags field--label-inline"><div class="field__label">Schlagworte</div><div class="field__items"><div class="field__item"><a href="/tag/1">Verkehr</a></div></div></div>'
        '<div class="shariff" data-services="[&quot;whatsapp&quot;,&quot;facebook&quot;,&quot;twitter&quot;,&quot;mail&quot;]"><ul class="shariff-buttons"><li class="shariff-button whatsapp"><a href="#"><span class="share_text">teilen</span></a></li><li class="shariff-button facebook"><a href="#"><span class="share_text">teilen</span></a></li><li class="shariff-button mail"><a href="#"><span class="share_text">E-Mail</span></a></li></ul></div>'
        '</article></div><div class="views-element-container block block-views"><h2 class="block-title">Das könnte Sie auch interessieren</h2><div class="view view-related-content"><div class="view-content">'
        f'' + _each('''<div class="views-row"><article class="node--view-mode-teaser"><h3><a href="/r{i}">{t}</a></h3></article></div>''', page_["related"]) + f'</div></div></div></div></main>'
        '<aside class="layout-sidebar-first" role="complementary"><div class="block"><h2>Meistgelesen</h2><ul>'
        f'{_links(("Stadtfest: Das ist das Programm", "Neue Kita in der Weststadt eröffnet"), "/m/")}</ul></div></aside>'
        '<footer class="site-footer"><ul class="menu"><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li></ul></footer></div>'
    ))  # fmt: skip


def tp(text: str) -> tuple[str, str]:
    """One Thunder text paragraph: a ``paragraph--type--text`` wrapper per paragraph entity."""
    html, gold = p(text)
    return (
        '<div class="field__item"><div class="paragraph paragraph--type--text paragraph--view-mode--default">'
        f'<div class="clearfix text-formatted field field--name-field-text field--type-text-long field--label-hidden field__item">{html}</div></div></div>',
        gold,
    )


SKINS.update(
    r6_newspack=newspack, r6_tagdiv=tagdiv, r6_tdb=tdb, r6_pennews=pennews, r6_jannah=jannah,
    r6_tni=tni, r6_minimal_mistakes=minimal_mistakes, r6_ghost=ghost, r6_sage=sage, r6_thunder=thunder,
)  # fmt: skip


# ================================================================ the pages
_TD_VI = {
    "today": "Thứ Năm, Tháng Năm 16, 2024", "menu": ("Thời sự", "Kinh tế", "Xã hội", "Thể thao"), "home": "Trang chủ",
    "cat": "Xã hội", "by": "Bởi", "date": "16/05/2024", "share": ("Chia sẻ", "Zalo", "Nhiều hơn"), "source": "Nguồn",
    "tags": "Thẻ", "prev": "Bài trước", "next": "Bài tiếp theo", "prev_title": "Hà Nội cấm xe tải giờ cao điểm trên 5 tuyến phố",
    "next_title": "Giá vàng tăng phiên thứ ba liên tiếp", "bio": "Phóng viên mảng xã hội, theo dõi tin tức giao thông và đô thị.",
    "related": "Bài viết liên quan", "more_author": "Xem thêm từ tác giả",
    "related_titles": ("Xe buýt điện chạy thêm ba tuyến mới", "Người dân đổ về bến xe dịp nghỉ lễ", "Làm cầu vượt ở nút giao phía Tây"),
    "follow": "Theo dõi chúng tôi", "latest": "Tin mới nhất",
    "latest_titles": ("Học sinh lớp 10 thi môn thứ ba", "Mưa lớn gây ngập nhiều tuyến đường"),
}  # fmt: skip
_TD_EN = {
    "today": "Tuesday, March 19, 2024", "menu": ("Local", "Business", "Sports", "Opinion"), "home": "Home",
    "cat": "Local News", "by": "By", "date": "March 19, 2024", "share": ("Share", "", ""), "source": "SOURCE",
    "tags": "TAGS", "prev": "Previous article", "next": "Next article", "prev_title": "County fair board names new director",
    "next_title": "Lady Hawks fall in regional final", "bio": "Dale covers county government and agriculture. Reach him with tips at the newsroom.",
    "related": "RELATED ARTICLES", "more_author": "MORE FROM AUTHOR",
    "related_titles": ("Levee repairs finished ahead of spring", "Grain elevator expansion approved", "Storm shelters open at two schools"),
    "follow": "Stay Connected", "latest": "Latest Articles",
    "latest_titles": ("Library sets summer reading kickoff", "Two hurt in Highway 9 crash"),
}  # fmt: skip

page(
    "r6-newspack-school-board",
    "Newspack (entry-content, inline newsletter block and campaign prompt, author-bio with More by)",
    "r6_newspack",
    "School board votes to close two rural campuses after enrollment drop",
    "Marisol Ortega",
    "2024-04-30T17:02:00-07:00",
    [
        p(
            "The Tulare Valley Unified School District board voted 4-3 on Tuesday night to close Cottonwood and Linden elementary schools at the end of the school year, moving about 230 students to larger campuses in town."
        ),
        p(
            "Enrollment across the district has fallen by 14% since 2019, and the two schools together now fill fewer than half their classrooms. District staff estimated the closures would save $2.1 million a year, mostly in maintenance and transportation."
        ),
        newspack_newsletter("Get education news from the valley in your inbox every Thursday."),
        p(
            "Parents packed the meeting, and more than 40 people spoke during public comment, almost all of them against the plan. Several said their children would face bus rides of 45 minutes or more each way."
        ),
        p(
            "“These schools are the only public buildings left in our community,” said Ana Beltrán, whose two sons attend Linden. “When they close, there is nothing left to hold us together.”"
        ),
        newspack_prompt(
            "Local news is a public good",
            "Our reporting is free to read because readers like you pay for it. Become a member today.",
            "Donate now",
        ),
        p(
            "Board president Gary Whitlock said the district had delayed the decision for two years in the hope that enrollment would recover. “It has not, and we cannot keep spending money on empty rooms instead of teachers,” he said."
        ),
        p(
            "The district will hold meetings in May to help families choose a new school and plans to offer the buildings to the county for use as community centers."
        ),
    ],
    site="Valley Voice",
    deck="Parents said longer bus rides would fall hardest on farmworking families.",
    related=("Bond measure for new high school fails", "Teachers reach tentative contract deal"),
)
page(
    "r6-newspack-wildfire-insurance",
    "Newspack (entry-content with a subheading, a republication note, Jetpack related after the author bio)",
    "r6_newspack",
    "Homeowners in fire country are losing their insurance. Here is what the state is doing",
    "Rachel Kim",
    "2024-04-30T17:02:00-07:00",
    [
        p(
            "More than 2,800 homeowners in the county received notices last year that their insurers would not renew their policies, according to figures released by the state insurance department this week."
        ),
        p(
            "Most of them have ended up on the state's FAIR Plan, an insurer of last resort whose policies cost more and cover less. Enrollment in the plan in the county has tripled since 2020."
        ),
        h("A new rule on wildfire models"),
        p(
            "Under a rule that takes effect in July, insurers will be allowed to use computer models of future wildfire risk when they set prices, something the state had long forbidden. In return, they must write more policies in areas where fire risk is high."
        ),
        p(
            "Consumer groups say the deal lets insurers raise rates without guaranteeing that coverage returns. “There is no enforcement mechanism if they simply don't come back,” said Dana Ruiz of the Consumer Watchdog Project."
        ),
        p(
            "Homeowners who clear brush, replace wood roofs and install ember-resistant vents can ask their insurer for a discount under a program that started last year."
        ),
        raw(
            '<p class="has-small-font-size"><em>This story was produced in partnership with CalMatters and may be republished under a Creative Commons license. <a href="/republishing-guidelines/">Republish this story</a>.</em></p>'
        ),
    ],
    site="Valley Voice",
    deck="A rule taking effect in July trades higher prices for more coverage.",
    related=("FAIR Plan asks for 40% rate increase", "How to harden your home against embers"),
)
page(
    "r6-tagdiv-vi-xe-buyt",
    "tagDiv Newspaper template 5, Vietnamese (td-post-content, td-post-sub-title, Zalo share bar, source and tags, author box)",
    "r6_tagdiv",
    "TP.HCM mở thêm 12 tuyến xe buýt điện từ tháng Sáu",
    "Nguyễn Minh Tâm",
    "2024-05-16T08:30:00+07:00",
    [
        p(
            "Sở Giao thông vận tải TP.HCM cho biết từ ngày 1/6, thành phố sẽ đưa vào khai thác thêm 12 tuyến xe buýt điện, nâng tổng số tuyến xe buýt không phát thải lên 30."
        ),
        p(
            "Các tuyến mới chủ yếu kết nối khu vực trung tâm với các quận ven như Bình Tân, Thủ Đức và huyện Nhà Bè. Mỗi tuyến có từ 8 đến 15 xe, tần suất 10 đến 15 phút một chuyến vào giờ cao điểm."
        ),
        p(
            "Theo đại diện Sở, giá vé xe buýt điện vẫn giữ như xe buýt thông thường, từ 5.000 đến 7.000 đồng một lượt. Học sinh, sinh viên được giảm một nửa khi dùng vé tháng."
        ),
        p(
            "Năm 2023, xe buýt chỉ đáp ứng khoảng 5% nhu cầu đi lại của người dân thành phố. Thành phố đặt mục tiêu nâng tỷ lệ này lên 15% vào năm 2030, khi các tuyến metro đi vào hoạt động."
        ),
    ],
    site="Báo Sài Gòn Mới",
    lang="vi",
    words=_TD_VI,
    deck="Giá vé không đổi, tần suất 10 đến 15 phút một chuyến.",
    via="Sở GTVT TP.HCM",
)
page(
    "r6-tagdiv-levee",
    "tagDiv Newspaper template 5, English (td-post-content with a photo caption and a Read more link, source/via box)",
    "r6_tagdiv",
    "Corps of Engineers finishes levee repair months ahead of schedule",
    "Dale Huffman",
    "2024-03-19T10:00:00-05:00",
    [
        p(
            "The U.S. Army Corps of Engineers has finished repairing a 1.2-mile stretch of the Missouri River levee north of town that failed during the 2019 flood, four months earlier than planned."
        ),
        raw(
            '<figure id="attachment_90212" class="wp-caption aligncenter"><img src="/levee.jpg" alt="" class="size-full"><figcaption class="wp-caption-text">Crews place rock along the rebuilt levee north of town on March 12.</figcaption></figure>'
        ),
        p(
            "The $18 million project raised the levee by two feet and widened its base, said Lt. Col. Jennifer Ames, the district commander. Crews worked through a mild winter, which allowed them to keep placing soil when work usually stops."
        ),
        raw(
            '<p><strong>Read more:</strong> <a href="/levee-breach-five-years-later/">Five years after the breach, farmers are still clearing sand</a></p>'
        ),
        p(
            "About 40 farms and a county road sit behind the levee. Farmers said the repair would let them plant the bottomland this spring without worrying about a high river."
        ),
        p(
            "The Corps will inspect the levee again in June, after the spring rise, and the levee district will take over its maintenance."
        ),
    ],
    site="Atchison County Mail",
    lang="en",
    words=_TD_EN,
    deck="The $18 million repair raised the levee by two feet.",
    via="U.S. Army Corps of Engineers",
)
page(
    "r6-tdb-id-banjir",
    "tagDiv Cloud Library template, Indonesian (tdb_single_content td-post-content, Baca Juga inline)",
    "r6_tdb",
    "Banjir Rendam Ratusan Rumah di Pulang Pisau, Warga Mengungsi",
    "Rahmat Hidayat",
    "2024-01-08T14:20:00+07:00",
    [
        p(
            "PULANG PISAU – Banjir akibat meluapnya Sungai Kahayan merendam sedikitnya 430 rumah di tiga kecamatan di Kabupaten Pulang Pisau, Kalimantan Tengah, sejak Sabtu (6/1/2024)."
        ),
        p(
            "Kepala Pelaksana BPBD Pulang Pisau, Ahmad Fauzi, mengatakan ketinggian air di permukiman mencapai 50 sentimeter hingga satu meter. Sebanyak 112 warga mengungsi ke rumah kerabat dan balai desa."
        ),
        raw(
            '<p><strong>Baca Juga:</strong> <a href="/2024/01/05/bpbd-siagakan-perahu-karet/">BPBD Siagakan Perahu Karet di Desa Rawan Banjir</a></p>'
        ),
        p(
            "“Kami sudah menyalurkan bantuan makanan siap saji dan air bersih. Petugas juga berjaga di titik-titik rawan,” kata Ahmad saat ditemui di posko, Senin (8/1/2024)."
        ),
        p(
            "Menurut BMKG, curah hujan di wilayah Kalimantan Tengah diperkirakan masih tinggi hingga akhir Januari. Warga di bantaran sungai diminta tetap waspada."
        ),
        raw(
            '<p><em>Ikuti berita terkini dari kami di <a href="https://news.google.com/">Google News</a>, klik di sini.</em></p>'
        ),
    ],
    site="Newsway Kalteng",
    lang="id",
    words={
        "menu": ("Kalteng", "Nasional", "Olahraga", "Ekonomi"), "cat": "Pulang Pisau", "date": "8 Januari 2024",
        "related": "Artikel Terkait",
        "related_titles": ("Jalan Trans Kalimantan Tergenang", "Pemkab Tetapkan Status Siaga Banjir", "Harga Beras Naik Jelang Musim Tanam"),
    },
)  # fmt: skip
page(
    "r6-pennews-battery-plant",
    "PenNews (penci-entry-content, share bars in header and footer, author box, related, comments)",
    "r6_pennews",
    "Battery maker picks Georgia for $3 billion plant",
    "Tom Rieger",
    "2024-05-02T08:00:00-04:00",
    [
        p(
            "Voltera Energy will build a $3 billion battery cell plant outside Savannah, Georgia, the company said Thursday, choosing the site over rival bids from South Carolina and Tennessee."
        ),
        p(
            "The plant is expected to employ 2,100 people when it reaches full production in 2027 and will make lithium iron phosphate cells for electric trucks and grid storage."
        ),
        table(
            [
                ["Site", "Investment", "Jobs", "Start"],
                ["Savannah, Georgia", "$3.0bn", "2,100", "2027"],
                ["Reno, Nevada (existing)", "$1.2bn", "900", "2022"],
            ],
            cls="wp-block-table",
        ),
        p(
            "Georgia offered about $310 million in tax breaks, worker training and site preparation, according to documents released by the state's economic development agency."
        ),
        p(
            "The company said federal tax credits for batteries made in the United States were decisive. “Without them, this plant would be in Asia,” chief executive Lena Hartmann told reporters."
        ),
    ],
    site="Circuit Daily",
    related=(
        "Charging networks merge to cut costs",
        "Why truck makers are betting on LFP",
        "Copper prices hit two-year high",
    ),
    comments_html=_comments(
        ("Jim B.", "Good jobs, but who pays for the water and roads?"),
        ("EVfan88", "LFP for trucks makes sense. Great reporting as always."),
    ),
)
page(
    "r6-pennews-chip-tariffs",
    "PenNews (penci-entry-content with an embedded tweet and a Also read line, a long comment thread)",
    "r6_pennews",
    "What the new chip tariffs mean for laptop prices",
    "Priya Natarajan",
    "2024-05-02T08:00:00-04:00",
    [
        p(
            "Laptops and phones assembled abroad could cost 5% to 10% more by the end of the year after the government raised tariffs on imported semiconductors, analysts said on Monday."
        ),
        p(
            "The new duties apply to finished chips and to devices whose main processor was made in one of the countries named in the order. Computer makers have six months before the tariffs take effect."
        ),
        raw(
            '<p><strong>Also read:</strong> <a href="/chip-plants-ohio/">Why chip makers are building in Ohio</a></p>'
        ),
        p(
            "Most large manufacturers keep three to four months of stock, so shoppers are unlikely to see higher prices before the holiday season, said Mei Lin, an analyst at Horizon Research."
        ),
        raw(
            '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Tariffs on chips are a tax on every student buying a laptop this fall.</p>&mdash; Consumer Tech Association (@ConsumerTechA) <a href="https://twitter.com/ConsumerTechA/status/1">May 1, 2024</a></blockquote>',
            "Tariffs on chips are a tax on every student buying a laptop this fall.",
        ),
        p(
            "The trade group has asked for an exemption for computers sold to schools. The commerce department said it would consider requests until the end of June."
        ),
    ],
    site="Circuit Daily",
    related=(
        "Regulators open inquiry into charger pricing",
        "The long wait for solid-state batteries",
        "Five charts that explain the copper squeeze",
    ),
    comments_html=_comments(
        ("Marta", "I bought my laptop last month, glad I didn't wait."),
        ("R. Singh", "Six months is not enough time to move a supply chain."),
        ("kevin_w", "Prices went up anyway during the pandemic and never came down."),
    ),
)
page(
    "r6-jannah-ar-metro",
    "Jannah (Arabic, entry-content entry clearfix, share buttons, about the author, related, Check Also box)",
    "r6_jannah",
    "افتتاح المرحلة الأولى من مترو الرياض أمام الركاب",
    "سارة العتيبي",
    "2024-12-01T09:00:00+03:00",
    [
        p(
            "بدأ مترو الرياض صباح اليوم استقبال الركاب على ثلاثة من خطوطه الستة، في أول تشغيل تجاري لأكبر مشروع للنقل العام في المملكة."
        ),
        p(
            "وقالت الهيئة الملكية لمدينة الرياض إن الخطوط الأزرق والأصفر والبنفسجي تعمل من السادسة صباحا حتى منتصف الليل، على أن تفتح بقية الخطوط تباعا خلال الأسابيع المقبلة."
        ),
        p(
            "ويبلغ طول الشبكة عند اكتمالها 176 كيلومترا، وتضم 85 محطة. وتقدر الهيئة أن يخدم المترو نحو 3.6 مليون راكب يوميا عند تشغيله الكامل."
        ),
        raw(
            '<p><strong>اقرأ أيضا:</strong> <a href="/2024/11/28/bus/">حافلات جديدة تربط محطات المترو بالأحياء</a></p>'
        ),
        p(
            "وحددت الهيئة سعر التذكرة للرحلة الواحدة بأربعة ريالات لمدة ساعتين، مع اشتراكات أسبوعية وشهرية بأسعار مخفضة."
        ),
    ],
    site="الرياض اليوم",
    lang="ar",
    dir="rtl",
    words={
        "menu": ("محليات", "اقتصاد", "رياضة", "ثقافة"), "home": "الرئيسية", "cat": "محليات", "date": "1 ديسمبر 2024",
        "reading": "دقيقتين للقراءة", "tags": "الوسوم", "bio": "صحفية تغطي شؤون النقل والمدن.", "related": "مقالات ذات صلة",
        "related_titles": ("تحويلات مرورية قرب محطة قصر الحكم", "تطبيق جديد لحجز تذاكر المترو"), "reply": "اترك تعليقاً",
        "check_also": "شاهد أيضاً", "check_title": "أمطار غزيرة على عدة مناطق", "latest": "آخر الأخبار",
        "latest_titles": ("ارتفاع أسعار الذهب محليا", "افتتاح معرض الكتاب"),
    },
)  # fmt: skip
page(
    "r6-jannah-clinic",
    "Jannah (English, entry-content entry clearfix with an inline ad slot and a caption, Check Also box)",
    "r6_jannah",
    "Rural clinic reopens after two-year closure with telehealth booths",
    "Grace Mensah",
    "2024-12-01T09:00:00+03:00",
    [
        p(
            "The health clinic in Asante Akim, closed since its last doctor left in 2022, reopened on Monday with two nurses and a pair of telehealth booths linked to specialists at the regional hospital in Kumasi."
        ),
        raw(
            '<div class="stream-item stream-item-in-post stream-item-inline-post aligncenter"><span class="stream-title">Advertisement</span><ins class="adsbygoogle" data-ad-slot="77"></ins></div>'
        ),
        p(
            "Patients sit in a booth with a camera, a blood pressure cuff and a stethoscope that sends sound to the doctor, who can be up to 80 kilometres away. A nurse stays in the room for each consultation."
        ),
        raw(
            '<figure class="wp-block-image size-large"><img src="/booth.jpg" alt=""><figcaption class="wp-element-caption">A nurse prepares a telehealth booth at the reopened clinic.</figcaption></figure>'
        ),
        p(
            "The district health director, Kwame Boateng, said the clinic had seen 64 patients in its first two days, most of them mothers with young children and older people with high blood pressure."
        ),
        p(
            "The booths were paid for by a $120,000 grant from a mobile network operator, which also supplies the clinic's internet connection."
        ),
    ],
    site="Ghana Today",
    lang="en",
    words={
        "menu": ("News", "Business", "Health", "Sports"), "home": "Home", "cat": "Health", "date": "December 1, 2024",
        "reading": "2 minutes read", "tags": "Tags", "bio": "Grace reports on health and rural development.", "related": "Related Articles",
        "related_titles": ("Malaria vaccine reaches 40 more districts", "Nurses end strike after pay deal"), "reply": "Leave a Reply",
        "check_also": "Check Also", "check_title": "Cedi steadies after central bank move", "latest": "Latest News",
        "latest_titles": ("Cocoa farmers paid early", "Accra tests new bus lanes"),
    },
)  # fmt: skip
page(
    "r6-tni-essay-maintenance",
    "The New Inquiry theme (h2.entry-subhead, entry-content, subscribe widget in the entry footer, related excerpts)",
    "r6_tni",
    "The Work of Keeping Things Running",
    "Lena Morales",
    "2017-03-14T09:00:00+00:00",
    [
        p(
            "Every city runs on a second economy that nobody photographs: the people who clean the filters, reset the breakers and patch the potholes before anyone notices they were there."
        ),
        p(
            "Maintenance is the opposite of innovation in the stories cities tell about themselves. A new bridge gets a ribbon and a speech; repainting the old one gets a lane closure and a complaint."
        ),
        p(
            "Yet the numbers point the other way. Most of what a transit agency spends goes to keeping old trains moving, not to buying new ones, and most of the jobs in it are repair jobs."
        ),
        p(
            "To take maintenance seriously would mean paying and honoring the people who do it, and budgeting for the slow decay of everything we have already built rather than for the next thing we want to cut a ribbon on."
        ),
    ],
    site="The New Inquiry",
    deck="On the invisible labor that holds cities together",
    related=(
        ("The Bridge Nobody Wanted to Fix", "A short history of deferred repairs."),
        ("Notes on the Night Shift", "Who cleans the office after everyone leaves?"),
    ),
)
page(
    "r6-minimal-mistakes-river",
    "Minimal Mistakes (Jekyll: page__content with a TOC aside and a newsletter form inside, page__share, page__related)",
    "r6_minimal_mistakes",
    "What a dry summer did to the river's trout",
    "Henrik Sandvik",
    "2024-06-09T00:00:00+00:00",
    [
        p(
            "Last August the river near our field station fell to its lowest level in 40 years of records. This spring we counted the trout again to see how many had made it through."
        ),
        raw('<h2 id="the-count">The count</h2>', "The count"),
        p(
            "We electrofished the same twelve stretches we have surveyed every year since 2008. Young-of-the-year trout were down by 70% on the average of the previous decade, while adults were down by only 15%."
        ),
        raw('<h2 id="why-the-young-fish">Why the young fish</h2>', "Why the young fish"),
        p(
            "Small fish live in the shallow margins, which were the first to dry out. Adults could retreat to deep pools, where the water stayed cool enough, though crowded."
        ),
        raw(
            '<div class="notice--info"><p><strong>Note:</strong> the raw counts and the code for the figures are in the project repository.</p></div>',
            "Note: the raw counts and the code for the figures are in the project repository.",
        ),
        raw('<h2 id="what-next">What next</h2>', "What next"),
        p(
            "A single bad year does not decide a population's future, but the models we use suggest that two dry summers in a row would halve the number of spawning adults."
        ),
    ],
    site="Riverlab Notes",
    toc=("The count", "Why the young fish", "What next"),
    related=(
        ("Tagging eels with the river school", "How schoolchildren helped us track eels."),
        ("A winter on the ice", "Sampling under the ice in January."),
    ),
)
page(
    "r6-ghost-housing-data",
    "Ghost (gh-content gh-canvas with a bookmark card and a callout, article-excerpt in the header, footer-cta, read-more)",
    "r6_ghost",
    "We mapped every empty home in the city. Here's what we found",
    "Jonah Fielding",
    "2024-03-03T08:00:00+00:00",
    [
        p(
            "There are 6,412 homes in the city that have stood empty for more than six months, according to council tax records we obtained through a freedom of information request."
        ),
        p(
            "Nearly a third of them are in just three wards in the east of the city, where many terraced houses were bought by investors in the years before the pandemic."
        ),
        raw(
            '<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">Long-term empty homes are those unoccupied and substantially unfurnished for more than six months.</div></div>',
            "Long-term empty homes are those unoccupied and substantially unfurnished for more than six months.",
        ),
        p(
            "The council charges double council tax on homes empty for more than a year, but it collected only 61% of that premium last year, its own figures show."
        ),
        raw(
            '<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://example.org/report"><div class="kg-bookmark-content"><div class="kg-bookmark-title">Empty homes strategy 2023-2028</div>'
            '<div class="kg-bookmark-description">The council\'s plan to bring empty homes back into use.</div><div class="kg-bookmark-metadata"><span class="kg-bookmark-author">City Council</span></div></div></a></figure>'
        ),
        p(
            "A council spokesperson said it would hire two more empty homes officers this year and would use compulsory purchase orders more often."
        ),
    ],
    site="The Ledger Lab",
    deck="Six thousand homes stand empty while the waiting list grows.",
    related=(
        ("Who owns the east end?", "We traced 900 property owners."),
        ("The waiting list, explained", "Why 11,000 households are still waiting."),
    ),
)
page(
    "r6-sage-soil-carbon",
    "Sage (Roots) theme (single-post-page__content e-content, p-summary excerpt in the header, tags footer, more news)",
    "r6_sage",
    "Cover crops store less carbon than hoped, ten-year study finds",
    "Dr. Amelia Grant",
    "2024-09-12T10:00:00-05:00",
    [
        p(
            "Planting cover crops between cash crops added carbon to farm soils at about a third of the rate assumed by carbon credit programs, according to a ten-year field study led by the institute."
        ),
        p(
            "The team measured soil carbon down to one metre on 48 plots, rather than the top 30 centimetres that most studies sample. Gains near the surface were partly offset by losses deeper down."
        ),
        h("Implications for carbon markets"),
        p(
            "Several carbon credit programs pay farmers for cover crops based on models that assume a fixed gain per hectare. If those gains are smaller, the credits overstate the climate benefit, the authors write."
        ),
        p(
            "Cover crops still reduced erosion and nitrogen runoff on every plot, said Grant, who led the study. “They are worth planting. They are just not a carbon solution on their own.”"
        ),
        p("The study was published in the journal Soil Systems."),
    ],
    site="Institute for Soil Science",
    deck="Deep soil sampling shows losses below the plough layer.",
)
page(
    "r6-thunder-de-bruecke",
    "Drupal Thunder (field-paragraphs of paragraph--type--text, quote and image paragraphs, teaser text, Shariff)",
    "r6_thunder",
    "Brücke über die Lahn bleibt bis Herbst gesperrt",
    "Katrin Weller",
    "2024-05-14T06:30:00+02:00",
    [
        tp(
            "Bei einer Prüfung Anfang Mai hatten Gutachter Risse an zwei Stahlträgern der Brücke entdeckt. Die Stadt ließ die Brücke daraufhin noch am selben Tag für den gesamten Verkehr sperren."
        ),
        tp(
            "Nach Angaben des Tiefbauamts müssen die Träger ersetzt werden. Die Arbeiten sollen im Juni beginnen und bis Ende Oktober dauern. Die Kosten schätzt die Stadt auf rund 1,8 Millionen Euro."
        ),
        raw(
            '<div class="field__item"><div class="paragraph paragraph--type--quote paragraph--view-mode--default"><blockquote class="field field--name-field-text">'
            "<p>Die Sicherheit geht vor, auch wenn die Umwege für viele Pendler ärgerlich sind.</p></blockquote>"
            '<div class="field field--name-field-author">Oberbürgermeister Thomas Brandt</div></div></div>',
            "Die Sicherheit geht vor, auch wenn die Umwege für viele Pendler ärgerlich sind.\nOberbürgermeister Thomas Brandt",
        ),
        tp(
            "Für Fußgänger und Radfahrer soll bis Mitte Juni eine Behelfsbrücke aufgebaut werden. Autofahrer müssen über die Nordbrücke ausweichen, was zu Stoßzeiten bis zu 20 Minuten mehr Fahrzeit kostet."
        ),
        raw(
            '<div class="field__item"><div class="paragraph paragraph--type--image paragraph--view-mode--default"><div class="field field--name-field-image"><img src="/bruecke.jpg" alt="">'
            '<div class="media-caption">Die gesperrte Lahnbrücke am Montagmorgen. <span class="media-credit">Foto: Stadt</span></div></div></div></div>'
        ),
        tp(
            "Die Buslinien 3 und 7 werden umgeleitet. Die Stadtwerke kündigten an, auf beiden Linien in den Hauptverkehrszeiten zusätzliche Busse einzusetzen."
        ),
    ],
    site="Lahn-Kurier",
    lede="Risse an zwei Stahlträgern: Die Sanierung der Lahnbrücke dauert länger als gedacht. Pendler müssen sich auf Umwege einstellen.",
    related=("Neue Ampel an der Bahnhofstraße", "Radweg am Fluss wird verbreitert"),
)
