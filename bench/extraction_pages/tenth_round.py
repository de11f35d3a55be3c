"""The tenth round of ``bench/extraction_pages``: pages (``r10-*``) of platforms, page kinds and languages the
first nine rounds lack, each in a template written here after what the platform's or outlet's pages emit.

Platforms: a Divi theme post (``et_pb_text_inner`` modules with an image and a promo module between), a
WPBakery page (``wpb_text_column`` blocks; Italian), a Webflow blog post (``w-richtext``, its form's hidden
success and failure messages, a CMS list's "No items found."), a HubSpot blog post (``hs_cos_wrapper_post_body``
with a CTA inside), a Notion site published through Super (a ``div.notion-text`` per paragraph), a Naver blog
post (SmartEditor ONE's ``se-text-paragraph``, empty paragraphs of a zero-width space; Korean), a WeChat
official-account article (``#js_content`` under ``visibility: hidden`` until its script runs; Chinese), a
Hatena blog post (Japanese), a Telegraph page (``tl_article_content``; Ukrainian) and a German press release on
presseportal (``Pressekontakt:``, ``Original-Content von: ...``). Kinds: a newspaper's food story with its
recipe, a story with an editor's note above it. Outlets: a DPG Media-like Dutch paper, a Greek portal, a Romanian
news channel's site, a Hungarian portal and an Urdu daily (right to left). The gold of every page was written
before nutgraf was run on it: it leaves out decks above the body, captions of photos that are not the story,
calls to subscribe, follow, share or read another story, link cards, a release's contact lines and the wire's
credit; it keeps a body's headings, lists, quotes, a recipe's ingredients and steps, an editor's note and a
release's "about" profile (as the earlier rounds' gold does).
"""

from __future__ import annotations

import zlib

from articles import page
from fourth_round import _doc, _links
from furniture import SKINS
from parts import h, p, raw


def _lis(items: tuple[str, ...], href: str = "/a/") -> str:
    return "".join(f'<li><a href="{href}{i}">{t}</a></li>' for i, t in enumerate(items))


# ---------------------------------------------------------------- Divi
def divi(page_: dict, article: str) -> str:
    """A WordPress post in Elegant Themes' Divi: ``#left-area`` > ``article.et_pb_post`` with ``h1.entry-title``
    and ``p.post-meta``, then ``div.entry-content`` > ``div.et-l--post`` of builder sections whose
    ``et_pb_text`` modules hold the story, an image module and a promo (call to action) module between them;
    comments and a sidebar of widgets after."""
    return _doc(page_, "en", (
        '<div id="page-container"><header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container">'
        f'<div class="logo_container"><a href="/"><img src="/logo.png" alt="{page_["site"]}" id="logo"></a></div>'
        f'<div id="et-top-navigation"><nav id="top-menu-nav"><ul id="top-menu" class="nav">{_links(("News", "Harbor", "Business", "Events", "Contact"), "/category/")}</ul></nav>'
        '<div id="et_mobile_nav_menu"><div class="mobile_nav closed"><span class="select_page">Select Page</span><span class="mobile_menu_bar mobile_menu_bar_toggle"></span></div></div></div></div></header>'
        '<div id="et-main-area"><div id="main-content"><div class="container"><div id="content-area" class="clearfix"><div id="left-area">'
        '<article id="post-4411" class="et_pb_post post-4411 post type-post status-publish format-standard has-post-thumbnail hentry category-news">'
        f'<div class="et_post_meta_wrapper"><h1 class="entry-title">{page_["title"]}</h1>'
        f'<p class="post-meta"> by <span class="author vcard"><a href="/author/1/" title="Posts by {page_["author"]}" rel="author">{page_["author"]}</a></span> | <span class="published">May 16, 2024</span> | <a href="/category/news/" rel="category tag">News</a> | <span class="comments-number"><a href="#respond">0 comments</a></span></p>'
        '<img src="/wp-content/uploads/2024/05/marina.jpg" alt="" class="" width="1080" height="675"></div>'
        '<div class="entry-content"><div id="et-boc" class="et-boc"><div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">'
        f'{article}</div></div></div></div>'
        '<div class="et_post_meta_wrapper"><section id="comment-wrap"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title"><span>Submit a Comment</span></h3>'
        '<form id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> Required fields are marked <span class="required">*</span></p>'
        '<p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment"></textarea></p><p class="form-submit"><input name="submit" type="submit" class="submit et_pb_button" value="Submit Comment"></p></form></div></section></div>'
        '</article></div>'
        '<div id="sidebar"><div id="search-2" class="et_pb_widget widget_search"><form role="search" class="searchform"><input type="text" name="s"><input type="submit" id="searchsubmit" value="Search"></form></div>'
        f'<div id="recent-posts-2" class="et_pb_widget widget_recent_entries"><h4 class="widgettitle">Recent Posts</h4><ul>{_lis(("Ferry schedule changes for summer", "Harbor festival adds second stage", "Council delays vote on parking meters"))}</ul></div></div>'
        '</div></div></div>'
        f'<footer id="main-footer"><div id="footer-bottom"><div class="container clearfix"><div id="footer-info">Designed by Elegant Themes | Powered by WordPress</div></div></div></footer></div></div>'
    ))  # fmt: skip


def divi_open(n: int) -> tuple[str, None]:
    return (
        f'<div class="et_pb_section et_pb_section_{n} et_section_regular"><div class="et_pb_row et_pb_row_{n}">'
        f'<div class="et_pb_column et_pb_column_4_4 et_pb_column_{n} et-last-child">',
        None,
    )


def divi_close() -> tuple[str, None]:
    return "</div></div></div>", None


def divi_text(n: int, *parts: tuple[str, str | None]) -> tuple[str, str]:
    html = "".join(markup for markup, _ in parts)
    return (
        f'<div class="et_pb_module et_pb_text et_pb_text_{n} et_pb_text_align_left et_pb_bg_layout_light"><div class="et_pb_text_inner">{html}</div></div>',
        "\n\n".join(text for _, text in parts if text),
    )


def divi_image() -> tuple[str, None]:
    return (
        '<div class="et_pb_module et_pb_image et_pb_image_0"><span class="et_pb_image_wrap"><img decoding="async" src="/wp-content/uploads/2024/05/docks.jpg" alt="" title="docks" width="1024" height="683"></span></div>',
        None,
    )


def divi_promo() -> tuple[str, None]:
    return (
        '<div class="et_pb_module et_pb_promo et_pb_promo_0 et_pb_bg_layout_dark et_pb_text_align_center"><div class="et_pb_promo_description">'
        '<h2 class="et_pb_module_header">Keep Harbor Town News free</h2><div><p>We are a volunteer-run newsroom. A gift of any size keeps our reporting free for everyone.</p></div></div>'
        '<div class="et_pb_button_wrapper"><a class="et_pb_button et_pb_promo_button" href="/donate/">Donate today</a></div></div>',
        None,
    )


# ---------------------------------------------------------------- WPBakery (Italian)
def wpbakery(page_: dict, article: str) -> str:
    """An Italian local news site on WordPress with WPBakery Page Builder: ``div.wpb-content-wrapper`` of
    ``vc_row`` rows whose ``wpb_text_column`` elements hold the story, a ``vc_single_image`` and a ``vc_cta``
    newsletter call between them; a share bar, tags and a sidebar of widgets."""
    return _doc(page_, "it", (
        f'<div id="wrapper"><header class="site-header"><div class="header-inner"><a class="site-logo" href="/">{page_["site"]}</a>'
        f'<nav class="main-navigation"><ul id="menu-principale" class="menu">{_links(("Cronaca", "Politica", "Economia", "Sport", "Cultura", "Eventi"), "/categoria/")}</ul></nav></div></header>'
        '<div id="main" class="site-main"><div class="container"><div class="row"><div class="col-md-8 content-area">'
        '<article id="post-9921" class="post-9921 post type-post status-publish format-standard hentry category-cronaca">'
        f'<header class="entry-header"><span class="cat-links"><a href="/categoria/cronaca/">Cronaca</a></span><h1 class="entry-title">{page_["title"]}</h1>'
        f'<div class="entry-meta"><span class="byline">di <a href="/author/1/">{page_["author"]}</a></span> <time class="entry-date published">16 maggio 2024</time></div></header>'
        f'<div class="entry-content"><div class="wpb-content-wrapper">{article}</div></div>'
        '<footer class="entry-footer"><div class="share-buttons"><span>Condividi:</span> <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">Telegram</a></div>'
        '<span class="tags-links">Tag: <a href="/tag/ospedale/" rel="tag">ospedale</a>, <a href="/tag/sanita/" rel="tag">sanità</a></span></footer></article>'
        '<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="/prev/" rel="prev">Precedente: Lavori in via Roma fino a luglio</a></div><div class="nav-next"><a href="/next/" rel="next">Successivo: Torna la fiera del libro</a></div></div></nav>'
        '</div><aside id="secondary" class="col-md-4 widget-area">'
        f'<section class="widget widget_recent_entries"><h2 class="widget-title">Articoli recenti</h2><ul>{_lis(("Scuole, al via le iscrizioni ai centri estivi", "Mercato coperto, nuovi orari", "Incidente sulla provinciale, due feriti"))}</ul></section></aside>'
        f'</div></div></div><footer class="site-footer"><p>© 2024 {page_["site"]} – Testata registrata presso il Tribunale. P.IVA 01234567890</p></footer></div>'
    ))  # fmt: skip


def vc_text(*parts: tuple[str, str | None]) -> tuple[str, str]:
    html = "".join(markup for markup, _ in parts)
    return (
        '<div class="vc_row wpb_row vc_row-fluid"><div class="wpb_column vc_column_container vc_col-sm-12"><div class="vc_column-inner"><div class="wpb_wrapper">'
        f'<div class="wpb_text_column wpb_content_element"><div class="wpb_wrapper">{html}</div></div></div></div></div></div>',
        "\n\n".join(text for _, text in parts if text),
    )


def vc_image_and_cta() -> tuple[str, None]:
    return (
        '<div class="vc_row wpb_row vc_row-fluid"><div class="wpb_column vc_column_container vc_col-sm-12"><div class="vc_column-inner"><div class="wpb_wrapper">'
        '<div class="wpb_single_image wpb_content_element vc_align_center"><figure class="wpb_wrapper vc_figure"><div class="vc_single_image-wrapper vc_box_border_grey"><img width="800" height="533" src="/wp-content/uploads/2024/05/pronto-soccorso.jpg" class="vc_single_image-img attachment-full" alt=""></div></figure></div>'
        '<div class="vc_cta3-container"><div class="vc_general vc_cta3 vc_cta3-style-classic vc_cta3-shape-rounded vc_cta3-align-left"><div class="vc_cta3_content-container"><div class="vc_cta3-content">'
        '<header class="vc_cta3-content-header"><h2>Iscriviti alla nostra newsletter</h2></header><p>Ogni mattina le notizie della provincia nella tua casella di posta.</p></div>'
        '<div class="vc_cta3-actions"><div class="vc_btn3-container vc_btn3-inline"><a class="vc_general vc_btn3 vc_btn3-size-md vc_btn3-color-blue" href="/newsletter/">Iscriviti</a></div></div></div></div></div>'
        "</div></div></div></div>",
        None,
    )


# ---------------------------------------------------------------- Webflow
def webflow(page_: dict, article: str) -> str:
    """A Webflow CMS blog post: a header section with the category, title, summary and author card, then
    ``div.blog-rich-text.w-richtext``; a newsletter section with Webflow's form (its success and failure
    messages in the page, hidden) and a ``w-dyn-list`` of more posts with its hidden "No items found."."""
    return _doc(page_, "en", (
        f'<div data-collapse="medium" data-animation="default" role="banner" class="navbar w-nav"><div class="container w-container"><a href="/" class="brand w-nav-brand">{page_["site"]}</a>'
        '<nav role="navigation" class="nav-menu w-nav-menu"><a href="/about" class="nav-link w-nav-link">About</a><a href="/blog" class="nav-link w-nav-link w--current">Blog</a><a href="/contact" class="nav-link w-nav-link">Contact</a></nav>'
        '<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>'
        '<div class="section blog-header"><div class="container w-container"><div class="blog-category">Community health</div>'
        f'<h1 class="blog-title">{page_["title"]}</h1><p class="blog-summary">{page_["deck"]}</p>'
        f'<div class="author-card"><img src="https://assets.website-files.com/6123/author.jpg" loading="lazy" alt="" class="author-image"><div><div class="author-name">{page_["author"]}</div><div class="post-date">May 16, 2024</div></div></div></div></div>'
        '<div class="section blog-body"><div class="container narrow w-container">'
        f'<div class="blog-rich-text w-richtext">{article}</div></div></div>'
        '<div class="section newsletter"><div class="container w-container"><h2 class="newsletter-heading">Get clinic news in your inbox</h2><p class="newsletter-text">One email a month. No spam.</p>'
        '<div class="form-block w-form"><form id="email-form" name="email-form" data-name="Email Form" method="get" class="form"><input type="email" class="text-field w-input" maxlength="256" name="email" placeholder="Your email" required=""><input type="submit" value="Subscribe" data-wait="Please wait..." class="submit-button w-button"></form>'
        '<div class="success-message w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has been received!</div></div>'
        '<div class="error-message w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the form.</div></div></div></div></div>'
        '<div class="section more-posts"><div class="container w-container"><h2>More from the blog</h2><div class="w-dyn-list"><div role="list" class="collection-list w-dyn-items">'
        '<div role="listitem" class="w-dyn-item"><a href="/blog/flu-shots" class="post-card w-inline-block"><div class="post-card-title">Flu shots are back on Saturdays</div><p class="post-card-summary">Walk-in vaccine clinics return from October.</p></a></div>'
        '<div role="listitem" class="w-dyn-item"><a href="/blog/new-dentist" class="post-card w-inline-block"><div class="post-card-title">Meet our new dentist</div><p class="post-card-summary">Dr. Amara Lewis joins the Eastside team.</p></a></div></div>'
        '<div class="w-dyn-empty"><div>No items found.</div></div></div></div></div>'
        f'<div class="footer"><div class="container w-container"><div class="footer-text">© 2024 {page_["site"]}. All rights reserved.</div><a href="https://webflow.com" class="webflow-badge">Made in Webflow</a></div></div>'
    ))  # fmt: skip


def wf_figure(caption: str) -> tuple[str, None]:
    return (
        f'<figure style="max-width:1600px" class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://assets.website-files.com/6123/clinic.jpg" loading="lazy" alt=""></div><figcaption>{caption}</figcaption></figure>',
        None,
    )


# ---------------------------------------------------------------- HubSpot
def hubspot(page_: dict, article: str) -> str:
    """A company blog post on HubSpot CMS: ``div.blog-post__body`` > ``span#hs_cos_wrapper_post_body`` of
    paragraphs, headings and lists, a ``hs-cta-wrapper`` button inside; a subscribe form, topics and
    related posts after, HubSpot's cookie banner."""
    return _doc(page_, "en", (
        '<div class="body-wrapper hs-content-id-118 hs-blog-post"><div data-global-resource-path="theme/templates/partials/header.html"><header class="header"><div class="header__container content-wrapper">'
        f'<div class="header__logo"><a href="/">{page_["site"]}</a></div><nav class="menu"><ul class="menu__wrapper no-list">{_links(("Product", "Pricing", "Resources", "Blog", "Log in"), "/")}</ul></nav>'
        '<a class="button" href="/demo">Book a demo</a></div></header></div>'
        '<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper"><article class="blog-post">'
        f'<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" data-hs-cos-general-type="meta_field" data-hs-cos-type="text">{page_["title"]}</span></h1>'
        f'<div class="blog-post__meta"><a href="/blog/author/1">{page_["author"]}</a><time datetime="2024-05-16" class="blog-post__timestamp">May 16, 2024 9:00:00 AM</time></div>'
        '<div class="blog-post__body">'
        f'<span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">{article}</span></div>'
        '<div class="blog-post__tags"><svg></svg><a class="blog-post__tag-link" href="/blog/tag/payroll">Payroll</a><a class="blog-post__tag-link" href="/blog/tag/small-business">Small Business</a></div></article>'
        '<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list">'
        '<article class="blog-related-posts__post"><h3 class="blog-related-posts__title"><a href="/blog/1099">1099 or W-2? How to classify your first hires</a></h3><p>Getting it wrong can cost you back taxes and penalties.</p></article>'
        '<article class="blog-related-posts__post"><h3 class="blog-related-posts__title"><a href="/blog/pto">Writing a PTO policy your team will understand</a></h3><p>A template and five decisions to make first.</p></article></div></section>'
        '<div class="blog-subscribe"><h3>Subscribe to our blog</h3><div class="hbspt-form"><form class="hs-form"><div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label><span>Email</span><span class="hs-form-required">*</span></label><input type="email" name="email"></div><input type="submit" value="Subscribe" class="hs-button primary large"></form></div></div>'
        '</div></div></main>'
        f'<footer class="footer"><div class="content-wrapper"><p>© 2024 {page_["site"]}, Inc. All rights reserved.</p><p><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p></div></footer></div>'
        '<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner"><div id="hs-eu-cookie-confirmation-inner">'
        '<div id="hs-en-cookie-confirmation-buttons-area"><p id="hs-eu-policy-wording">This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.</p>'
        '<a id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div>'
    ))  # fmt: skip


def hs_cta() -> tuple[str, None]:
    return (
        '<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-4f2a"><span class="hs-cta-node hs-cta-4f2a" id="hs-cta-4f2a">'
        '<a href="https://cta-redirect.hubspot.com/cta/redirect/123/4f2a" target="_blank" rel="noopener"><img class="hs-cta-img" id="hs-cta-img-4f2a" style="border-width:0px;" src="https://no-cache.hubspot.com/cta/default/123/4f2a.png" alt="Download the free 2024 payroll checklist"></a></span>'
        '<script charset="utf-8" src="https://js.hscta.net/cta/current.js"></script></span><!-- end HubSpot Call-to-Action Code --></p>',
        None,
    )


# ---------------------------------------------------------------- Notion published through Super
def notion(page_: dict, article: str) -> str:
    """A Notion page published as a site through Super: ``div.super-content`` > ``article.notion-root`` whose
    blocks are ``div``s (``div.notion-text`` for a paragraph, ``h2.notion-heading``, ``ul.notion-list``,
    ``blockquote.notion-quote``), the title in ``h1.notion-header__title`` inside a cover header; a navbar
    and a "Built with Super" badge."""
    return _doc(page_, "en", (
        f'<div id="__next"><div class="super-root"><nav class="super-navbar simple"><div class="super-navbar__content"><a href="/" class="super-navbar__logo"><span class="super-navbar__logo-text">{page_["site"]}</span></a>'
        '<div class="super-navbar__actions"><a href="/about" class="super-navbar__item">About</a><a href="/notes" class="super-navbar__item">Notes</a><a href="/subscribe" class="super-navbar__button">Subscribe</a></div></div></nav>'
        '<main class="super-content page__notes-parent has-cover"><div class="notion-header page"><div class="notion-header__cover has-cover"><img src="https://images.spr.so/cover.jpg" alt="" class="notion-header__cover-image"></div>'
        f'<div class="notion-header__content max-width has-cover"><div class="notion-header__title-wrapper"><h1 class="notion-header__title">{page_["title"]}</h1></div></div></div>'
        '<article id="block-2b1e" class="notion-root max-width has-footer">'
        '<div class="notion-collection-page-properties"><div class="notion-property notion-property__date"><span class="date">May 16, 2024</span></div><div class="notion-property notion-property__multi_select"><span class="notion-pill pill-green">Garden</span></div></div>'
        f"{article}</article></main>"
        '<a href="https://super.so?ref=badge" class="super-badge" target="_blank">Built with Super</a></div></div>'
    ))  # fmt: skip


def nt(text: str) -> tuple[str, str]:
    return (
        f'<div id="block-{zlib.crc32(text.encode()) % 10**6}" class="notion-text notion-text__content notion-semantic-string">{text}</div>',
        text,
    )


def nt_h(text: str) -> tuple[str, str]:
    return f'<h2 id="block-h{len(text)}" class="notion-heading notion-semantic-string">{text}</h2>', text


def nt_list(*items: str) -> tuple[str, str]:
    lis = "".join(f'<li class="notion-list-item notion-semantic-string">{i}</li>' for i in items)
    return f'<ul class="notion-list notion-list-disc">{lis}</ul>', "\n".join(items)


def nt_quote(text: str) -> tuple[str, str]:
    return (
        f'<blockquote class="notion-quote"><span class="notion-semantic-string">{text}</span></blockquote>',
        text,
    )


# ---------------------------------------------------------------- Naver Blog (SmartEditor ONE)
def naver_blog(page_: dict, article: str) -> str:
    """A Naver blog post's view (``PostView``): the blog's header and category, ``div.se-viewer`` holding the
    title component (``se-documentTitle``) and ``div.se-main-container`` of ``se-component`` blocks:
    ``se-text`` with ``p.se-text-paragraph`` > ``span.__se-node`` (blank lines a zero-width space), an image
    with its ``se-caption``, a link preview (``se-oglink``); likes, comments, the blog's other posts after."""
    return _doc(page_, "ko", (
        '<div id="whole-border"><div id="blog-header"><div class="blog-title"><a href="/tripnote_kim">김여행의 캠핑노트</a></div><ul class="blog-menu"><li><a href="#">프롤로그</a></li><li><a href="#">블로그</a></li><li><a href="#">지도</a></li><li><a href="#">서재</a></li></ul></div>'
        '<div id="post-area"><div class="post _post_wrap"><div class="wrap_postcomment"><div class="se-viewer se-theme-default" lang="ko-KR">'
        '<div class="se-component se-documentTitle se-l-default"><div class="se-component-content"><div class="se-section se-section-documentTitle se-l-default"><div class="blog2_series"><a class="pcol2" href="#">캠핑 후기</a></div>'
        f'<div class="se-module se-module-text se-title-text"><p class="se-text-paragraph se-text-paragraph-align-"><span class="se-fs- se-ff-   __se-node">{page_["title"]}</span></p></div>'
        f'<div class="blog2_container"><span class="nick"><a href="#">{page_["author"]}</a></span><span class="se_publishDate pcol2">2024. 5. 16. 21:14</span><a href="#" class="btn_follow">이웃추가</a></div></div></div></div>'
        f'<div class="se-main-container">{article}</div></div></div>'
        '<div class="wrap_postinfo"><div class="area_sympathy"><a href="#" class="u_likeit_list_btn"><span class="u_ico"></span><em class="u_txt">공감한 사람 보러가기</em><em class="u_cnt">38</em></a></div>'
        '<div class="area_comment"><a href="#" class="btn_comment">댓글 <em>12</em></a></div><div class="area_share"><a href="#">공유하기</a></div></div>'
        '<div class="post_footer"><div class="tag_area"><a href="#">#캠핑</a> <a href="#">#가평캠핑장</a> <a href="#">#오토캠핑</a></div></div></div>'
        '<div class="area_popular"><h4 class="title">이 블로그 인기글</h4><ul><li><a href="#">[캠핑] 홍천 계곡 캠핑장 솔직 후기</a></li><li><a href="#">초보 캠퍼 필수템 10가지 정리</a></li><li><a href="#">양평 글램핑 1박 2일 다녀왔어요</a></li></ul></div>'
        '</div><div id="footer"><p>이 블로그의 모든 글은 저작권법의 보호를 받습니다.</p><a href="#">NAVER</a></div></div>'
    ), ld=False)  # fmt: skip


_ZWSP = "\u200b"  # SmartEditor writes a blank line as a paragraph holding only a zero-width space


def se_text(*lines: str) -> tuple[str, str]:
    """A text component: a paragraph per line, an empty line (a zero-width space) between groups."""
    paras = "".join(
        f'<p class="se-text-paragraph se-text-paragraph-align-"><span class="se-fs- se-ff-   __se-node" style="">{line or _ZWSP}</span></p>'
        for line in lines
    )
    return (
        '<div class="se-component se-text se-l-default"><div class="se-component-content"><div class="se-section se-section-text se-l-default">'
        f'<div class="se-module se-module-text">{paras}</div></div></div></div>',
        "\n".join(line for line in lines if line),
    )


def se_image(caption: str) -> tuple[str, None]:
    return (
        '<div class="se-component se-image se-l-default"><div class="se-component-content se-component-content-fit"><div class="se-section se-section-image se-l-default se-section-align-">'
        '<div class="se-module se-module-image"><a href="#" class="se-module-image-link __se_image_link __se_link" data-linktype="img"><img src="https://postfiles.pstatic.net/camp1.jpg?type=w773" data-lazy-src="" class="se-image-resource egjs-visible" alt=""></a></div>'
        f'<div class="se-module se-module-text se-caption"><p class="se-text-paragraph se-text-paragraph-align-center"><span class="se-fs- se-ff-   __se-node">{caption}</span></p></div></div></div></div>',
        None,
    )


def se_oglink(title: str, summary: str) -> tuple[str, None]:
    return (
        '<div class="se-component se-oglink se-l-large_image"><div class="se-component-content"><div class="se-section se-section-oglink se-l-large_image se-section-align-center">'
        f'<a href="https://camp.example.kr/" class="se-oglink-thumbnail __se_link" target="_blank"><img src="https://dthumb-phinf.pstatic.net/og.jpg" class="se-oglink-thumbnail-resource" alt=""></a><a href="https://camp.example.kr/" class="se-oglink-info __se_link" target="_blank"><div class="se-oglink-info-container"><strong class="se-oglink-title">{title}</strong><p class="se-oglink-summary">{summary}</p><p class="se-oglink-url">camp.example.kr</p></div></a>'
        "</div></div></div>",
        None,
    )


# ---------------------------------------------------------------- WeChat official account
def wechat(page_: dict, article: str) -> str:
    """A WeChat official account's article (mp.weixin.qq.com): ``div#img-content.rich_media_wrp`` with
    ``h1#activity-name``, the author and account in ``div#meta_content``, and ``div#js_content`` under
    ``style="visibility: hidden;"`` (its script shows it once the images are laid out) holding ``section``s
    and inline-styled ``p``/``span``s; the account's QR card, "阅读原文" and the reading tools after."""
    return _doc(page_, "zh-CN", (
        '<div id="js_article" class="rich_media"><div id="js_top_ad_area" class="top_banner"></div><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
        '<div class="rich_media_area_primary_inner"><div id="img-content" class="rich_media_wrp">'
        f'<h1 class="rich_media_title" id="activity-name">{page_["title"]}</h1>'
        f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">{page_["author"]}</span> <span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">{page_["site"]}</a></span> <em id="publish_time" class="rich_media_meta rich_media_meta_text">2024-05-16 18:30</em> <em id="js_ip_wording_wrp" class="rich_media_meta_text">发表于<span id="js_ip_wording">浙江</span></em></div>'
        f'<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: hidden;">{article}</div>'
        '<script type="text/javascript">var first_sceen__time = (+new Date());</script>'
        '<div class="ct_mpda_wrp" id="js_sponsor_ad_area" style="display:none;"></div>'
        '<div class="reward_area tc reward_area_primary" id="js_preview_reward_author" style="display:none;"><div class="reward-avatar"></div><div class="reward_tips">喜欢作者</div></div>'
        '</div><div class="rich_media_tool_area"><div class="rich_media_tool" id="js_toobar3"><div class="weui-flex"><div class="weui-flex__item"><a id="js_view_source" class="media_tool_meta meta_primary" href="#">阅读原文</a></div>'
        '<div class="media_tool_meta meta_extra" id="js_read_area3">阅读 <span id="readNum3">1.2万</span></div><span class="media_tool_meta meta_extra" id="like3">赞 <span id="likeNum3">86</span></span><span class="media_tool_meta meta_extra" id="js_like_btn">在看</span></div></div></div>'
        '<div class="qr_code_pc_outer" style="display:none;"><div class="qr_code_pc_inner"><div class="qr_code_pc"><img id="js_pc_qr_code_img" class="qr_code_pc_img" alt=""><p>微信扫一扫<br>关注该公众号</p></div></div></div>'
        '</div></div><div id="js_pc_qr_code" class="qr_code_pc_outer"><p>继续滑动看下一个</p><p>轻触阅读原文</p></div>'
        f'<div class="wx_profile_card_inner"><strong class="profile_nickname">{page_["site"]}</strong><p class="profile_meta">向上滑动看下一个</p></div>'
        '<div id="js_pc_weapp_code" class="weapp_code"><p>微信扫一扫<br>使用小程序</p></div>'
        '<div class="wx_tips"><p>预览时标签不可点</p></div></div></div>'
        '<script>var msg_title = "";var msg_desc = "";</script>'
    ), ld=False)  # fmt: skip


def wx_p(text: str) -> tuple[str, str]:
    return (
        '<section style="margin-bottom: 16px;line-height: 1.75em;"><span style="font-size: 15px;letter-spacing: 1px;color: rgb(62, 62, 62);">'
        f"{text}</span></section>",
        text,
    )


def wx_h(text: str) -> tuple[str, str]:
    return (
        '<section style="margin-top: 24px;margin-bottom: 16px;"><section style="display: inline-block;border-bottom: 2px solid rgb(0, 122, 170);padding-bottom: 4px;">'
        f'<p><strong><span style="font-size: 17px;color: rgb(0, 122, 170);">{text}</span></strong></p></section></section>',
        text,
    )


def wx_img(caption: str) -> tuple[str, None]:
    return (
        '<section style="text-align: center;"><img class="rich_pages wxw-img" data-ratio="0.6667" data-s="300,640" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/abc/640" data-type="jpeg" data-w="1080" style="width: 100%;" src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=="></section>'
        f'<section style="text-align: center;"><span style="font-size: 12px;color: rgb(136, 136, 136);">{caption}</span></section>',
        None,
    )


def wx_end() -> tuple[str, None]:
    return (
        '<section style="text-align: center;margin-top: 32px;"><span style="font-size: 13px;color: rgb(136, 136, 136);">来源：杭州市图书馆</span></section>'
        '<section style="text-align: center;"><span style="font-size: 13px;color: rgb(136, 136, 136);">编辑：王悦　审核：陈立</span></section>'
        '<section style="text-align: center;"><img data-src="https://mmbiz.qpic.cn/qr.gif" style="width: 60%;"></section>'
        '<section style="text-align: center;"><span style="font-size: 14px;"><strong>点击“在看”，分享给更多朋友</strong></span></section>',
        None,
    )


# ---------------------------------------------------------------- Hatena Blog (Japanese)
def hatena(page_: dict, article: str) -> str:
    """A Hatena Blog post: ``article.entry`` > ``header.entry-header`` (date, title, categories), then
    ``div.entry-content.hatenablog-entry`` of ``p``, ``h3`` and ``figure.figure-image``, a blog card
    (``iframe.embed-card``) and an AdSense "スポンサーリンク" slot inside; the share buttons, the reader button,
    related entries and the comments form in ``footer.entry-footer``."""
    return _doc(page_, "ja", (
        '<div id="globalheader-container"><iframe id="globalheader" src="https://blog.hatena.ne.jp/-/globalheader" title="はてなブログ"></iframe></div>'
        f'<div id="container"><div id="container-inner"><header id="blog-title"><div id="blog-title-inner"><div id="blog-title-content"><h1 id="title"><a href="/">{page_["site"]}</a></h1><h2 id="blog-description">北海道のラーメンと旅の記録</h2></div></div></header>'
        '<div id="content" class="hfeed"><div id="content-inner"><div id="wrapper"><div id="main"><div id="main-inner">'
        '<article class="entry hentry test-hentry js-entry-article date-first autopagerize_page_element chars-200 words-100 mode-markdown entry-odd">'
        '<div class="entry-inner"><header class="entry-header"><div class="date entry-date first"><a href="/archive/2024/05/16" rel="nofollow"><time datetime="2024-05-16T12:00:00Z"><span class="date-year">2024</span><span class="hyphen">-</span><span class="date-month">05</span><span class="hyphen">-</span><span class="date-day">16</span></time></a></div>'
        f'<h1 class="entry-title"><a href="#" class="entry-title-link bookmark">{page_["title"]}</a></h1><div class="entry-categories categories"><a href="/archive/category/ラーメン" class="entry-category-link">ラーメン</a><a href="/archive/category/旭川" class="entry-category-link">旭川</a></div></header>'
        f'<div class="entry-content hatenablog-entry">{article}</div>'
        '<div class="entry-footer"><div class="entry-tags-wrapper"></div><p class="entry-footer-section track-inview-by-gtm"><span class="author vcard"><span class="fn">ramen_tabi</span></span><span class="entry-footer-time"><a href="#"><time>12時間前</time></a></span></p>'
        '<div class="hatena-star-container"></div><div class="social-buttons"><div class="social-button-item"><a href="https://b.hatena.ne.jp/entry/" class="hatena-bookmark-button">この記事をはてなブックマークに追加</a></div><div class="social-button-item"><a href="#" class="facebook-share-button">シェア</a></div><div class="social-button-item"><a href="#" class="twitter-share-button">ポスト</a></div></div>'
        '<div class="customized-footer"><div class="hatena-follow-button-box btn-subscribe"><a href="#" class="hatena-follow-button"><span class="subscribe-dot">●</span><span class="foolow">読者になる</span></a></div></div>'
        '<div class="related-entries hatena-urllist"><p class="related-entries-title">関連記事</p><ul><li><a href="/e/1">札幌・すすきので深夜の味噌ラーメン</a></li><li><a href="/e/2">函館の塩ラーメン食べ比べ</a></li></ul></div>'
        '<div class="comment-box js-comment-box"><ul class="comment js-comment"><li class="read-more-comments" style="display: none;"><a>もっと読む</a></li></ul><a class="leave-comment-title js-leave-comment-title">コメントを書く</a></div></div></div></article>'
        '<div class="pager pager-permalink permalink"><span class="pager-prev"><a href="/e/3" rel="prev"><span class="pager-arrow">« </span>富良野でスープカレーを食べてきた</a></span></div>'
        '</div></div></div><aside id="box2"><div id="box2-inner"><div class="hatena-module hatena-module-profile"><div class="hatena-module-title">プロフィール</div><div class="hatena-module-body"><a href="#" class="profile-icon-link">ramen_tabi</a><div class="profile-description"><p>北海道在住。週末はラーメンを食べに道内を回っています。</p></div></div></div>'
        '<div class="hatena-module hatena-module-search-box"><div class="hatena-module-title">検索</div><form class="search-form"><input type="text" name="q" class="search-module-input" placeholder="記事を検索"></form></div></div></aside></div></div>'
        '<footer id="footer"><p class="footer-copyright">Powered by Hatena Blog | <a href="#">ブログを報告する</a></p></footer></div></div>'
    ), ld=False)  # fmt: skip


def ht_figure(caption: str) -> tuple[str, None]:
    return (
        f'<figure class="figure-image figure-image-fotolife mceNonEditable" title="{caption}"><p><img src="https://cdn-ak.f.st-hatena.com/images/fotolife/r/ramen_tabi/20240516/1.jpg" alt="" width="1200" height="900" loading="lazy" title="" class="hatena-fotolife" itemprop="image"></p><figcaption>{caption}</figcaption></figure>',
        None,
    )


def ht_ad() -> tuple[str, None]:
    return (
        '<div class="google-afc-user-container google-afc-inarticle"><div class="google-afc-image test-google-rectangle-ads"><div class="google-afc-user-container-label">スポンサーリンク</div>'
        '<ins class="adsbygoogle" style="display:block; text-align:center;" data-ad-layout="in-article" data-ad-format="fluid" data-ad-client="ca-pub-123"></ins></div></div>',
        None,
    )


def ht_card() -> tuple[str, None]:
    return (
        '<p><iframe src="https://hatenablog-parts.com/embed?url=https%3A%2F%2Framen-tabi.hatenablog.com%2Fentry%2Fasahikawa-2023" title="旭川ラーメン村を全店制覇した話 - ラーメン旅日記" class="embed-card embed-blogcard" scrolling="no" frameborder="0" style="display: block; width: 100%; height: 190px; max-width: 500px; margin: 10px 0px;" loading="lazy"></iframe><cite class="hatena-citation"><a href="https://ramen-tabi.hatenablog.com/entry/asahikawa-2023">ramen-tabi.hatenablog.com</a></cite></p>',
        None,
    )


# ---------------------------------------------------------------- Telegraph (telegra.ph)
def telegraph(page_: dict, article: str) -> str:
    """A Telegraph page (telegra.ph): ``div.tl_page`` > ``article#_tl_editor.tl_article_content`` holding the
    ``h1``, an ``address`` with the author's name and the date, then the story's ``p``, ``h3``, ``figure`` and
    ``blockquote``; the editor's hidden buttons and the "Report content on this page" link after."""
    return _doc(page_, "uk", (
        '<div class="tl_page_wrap"><div class="tl_page"><main class="tl_article"><header class="tl_article_header" dir="auto">'
        f'<h1>{page_["title"]}</h1><address><a rel="author" href="https://t.me/kyiv_dvir">{page_["author"]}</a><a href="#"><time datetime="2024-05-16T10:02:11+0000">May 16, 2024</time></a></address></header>'
        f'<article id="_tl_editor" class="tl_article_content"><h1>{page_["title"]}<br></h1><address><a rel="author" href="https://t.me/kyiv_dvir">{page_["author"]}</a><br></address>{article}</article>'
        '<div id="_tl_link_tooltip" class="tl_link_tooltip"></div><div id="_tl_tooltip" class="tl_tooltip"><div class="buttons"><span class="button_hover"></span><span class="button_group"><button id="_bold_button"></button><button id="_italic_button"></button><button id="_link_button"></button></span></div></div>'
        '<div id="_tl_blocks" class="tl_blocks"><div class="buttons"><button id="_image_button"></button><button id="_embed_button"></button></div></div>'
        '<aside class="tl_article_buttons"><div class="account account_top"></div><button id="_edit_button" class="button edit_button">Edit</button><button id="_publish_button" class="button publish_button">Publish</button><div class="account account_bottom"></div>'
        '<div id="_error_msg" class="error_msg"></div></aside></main></div>'
        '<div class="tl_page_footer"><div id="_report_button" class="tl_footer_button">Report content on this page</div></div></div>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- presseportal (German press release)
def presseportal(page_: dict, article: str) -> str:
    """A release on presseportal.de (news aktuell's ots service): the issuer's name and the date above the
    ``h1``, ``div.card`` > ``article.story`` of ``p``s ending in the issuer's profile, "Pressekontakt:" and its
    lines, and "Original-Content von: ..., übermittelt durch news aktuell"; the issuer's other releases after."""
    return _doc(page_, "de", (
        '<div id="cookie-consent" class="cmp-banner"><p>Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und die Nutzung unseres Angebots zu analysieren.</p><button>Alle akzeptieren</button><button>Einstellungen</button></div>'
        '<header class="header"><a class="logo" href="/">presseportal.de</a><nav class="main-nav"><ul><li><a href="/wirtschaft">Wirtschaft</a></li><li><a href="/blaulicht">Blaulicht</a></li><li><a href="/politik">Politik</a></li><li><a href="/kultur">Kultur</a></li></ul></nav></header>'
        '<main id="main"><div class="container"><div class="row"><div class="col-md-8"><div class="card"><article class="story">'
        f'<p class="date">16.05.2024 – 10:30</p><p class="customer"><a href="/nr/12345" class="story-customer">{page_["site"]}</a></p>'
        f'<h1>{page_["title"]}</h1><div class="story-share"><a href="#">Teilen</a> <a href="#">Drucken</a> <a href="#">PDF</a></div>{article}'
        '<p class="originator">Original-Content von: Stadtwerke Lüneburg GmbH, übermittelt durch news aktuell</p></article>'
        '<div class="story-media"><h3>Medieninhalte</h3><figure><img src="/images/kraftwerk.jpg" alt=""><figcaption>Das neue Blockheizkraftwerk am Bilmer Berg. Weiterer Text über ots und www.presseportal.de/nr/12345 / Die Verwendung dieses Bildes für redaktionelle Zwecke ist unter Beachtung aller mitgeteilten Nutzungsbedingungen zulässig.</figcaption></figure></div></div></div>'
        f'<aside class="col-md-4"><div class="card"><h3>Weitere Meldungen: {page_["site"]}</h3><ul>{_lis(("Stadtwerke senken Gaspreis zum 1. Juli", "Neue Ladesäulen in der Innenstadt in Betrieb", "Trinkwasser: Stadtwerke bitten um sparsamen Umgang"))}</ul></div></aside></div></div></main>'
        '<footer class="footer"><p>© news aktuell GmbH 2024</p><p><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a> <a href="/agb">AGB</a></p></footer>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- a newspaper's food story with its recipe
def food_recipe(page_: dict, article: str) -> str:
    """A regional paper's food column whose recipe follows the story in a recipe box: ``h3`` name, a
    ``ul.recipe-meta`` of yield and times, ``h4`` Ingredients with a ``ul``, ``h4`` Steps with an ``ol``, a
    nutrition line and a "Print recipe" button; Recipe JSON-LD; more recipes and a newsletter box after."""
    return _doc(page_, "en", (
        f'<header class="masthead"><a href="/" class="masthead__logo">{page_["site"]}</a><nav class="masthead__nav"><ul>{_links(("News", "Sports", "Food", "Things to do", "Obituaries", "e-Edition"), "/")}</ul></nav>'
        '<a class="masthead__subscribe" href="/subscribe">Subscribe for $1</a></header>'
        '<main class="story-page"><article class="story"><div class="story__kicker"><a href="/food">Food</a></div>'
        f'<h1 class="story__headline">{page_["title"]}</h1><p class="story__dek">{page_["deck"]}</p>'
        f'<div class="story__byline">By <a href="/staff/1">{page_["author"]}</a> <time>May 16, 2024</time></div>'
        '<figure class="story__lead-art"><img src="/img/rhubarb.jpg" alt=""><figcaption>Rhubarb custard bars cool on the counter. <span class="credit">Photo: Dana Ruiz</span></figcaption></figure>'
        f'<div class="story__body">{article}</div>'
        '<div class="story__tags"><span>Topics:</span> <a href="/tag/recipes">Recipes</a> <a href="/tag/baking">Baking</a></div></article>'
        '<section class="more-recipes"><h2>More recipes</h2><ul><li><a href="/food/1">Grilled asparagus with lemon butter</a></li><li><a href="/food/2">The strawberry shortcake our readers voted best</a></li><li><a href="/food/3">Morel mushroom toast</a></li></ul></section>'
        '<aside class="newsletter-box"><h3>Get our weekly Food newsletter</h3><p>Recipes, restaurant news and what to cook this weekend.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form></aside></main>'
        f'<footer class="site-footer"><p>© 2024 {page_["site"]}. All rights reserved.</p></footer>'
    ), head='<script type="application/ld+json">{"@context":"https://schema.org","@type":"Recipe","name":"Rhubarb custard bars","recipeYield":"16 bars"}</script>')  # fmt: skip


def recipe_box(
    name: str, meta: tuple[str, ...], ingredients: tuple[str, ...], steps: tuple[str, ...], nutrition: str
) -> tuple[str, str]:
    html = (
        f'<div class="recipe" itemscope itemtype="https://schema.org/Recipe"><h3 class="recipe__name" itemprop="name">{name}</h3>'
        '<ul class="recipe__meta">' + "".join(f"<li>{m}</li>" for m in meta) + "</ul>"
        '<h4 class="recipe__subhead">Ingredients</h4><ul class="recipe__ingredients">'
        + "".join(f'<li itemprop="recipeIngredient">{i}</li>' for i in ingredients)
        + '</ul><h4 class="recipe__subhead">Steps</h4><ol class="recipe__steps">'
        + "".join(f'<li itemprop="recipeInstructions">{s}</li>' for s in steps)
        + f'</ol><p class="recipe__nutrition">{nutrition}</p><button class="recipe__print" onclick="window.print()">Print recipe</button></div>'
    )
    text = "\n\n".join(
        [name, "\n".join(meta), "Ingredients", "\n".join(ingredients), "Steps", "\n".join(steps), nutrition]
    )
    return html, text


# ---------------------------------------------------------------- a story with an editor's note above it
def editors_note(page_: dict, article: str) -> str:
    """A local news site's story whose body opens with an editor's note in italics (``div.editors-note``),
    the story's own text after it; share rail, a "Most read" list and a comments prompt."""
    return _doc(page_, "en", (
        f'<div class="site"><header class="site-header"><a class="logo" href="/">{page_["site"]}</a><nav><ul>{_links(("Local", "Schools", "Courts", "Opinion", "Obituaries"), "/section/")}</ul></nav></header>'
        '<div class="share-rail"><a href="#" class="share share--fb">Facebook</a><a href="#" class="share share--x">X</a><a href="#" class="share share--email">Email</a><a href="#" class="share share--print">Print</a></div>'
        f'<main><article class="article"><header class="article__header"><h1 class="article__title">{page_["title"]}</h1><div class="article__meta"><span class="article__author">By {page_["author"]}</span> <span class="article__date">Updated May 17, 2024 at 8:15 a.m.</span></div></header>'
        f'<div class="article__content">{article}</div></article>'
        '<section class="most-read"><h2>Most read</h2><ol><li><a href="/1">Two lanes of Main Street to close for summer</a></li><li><a href="/2">Graduation schedule for area high schools</a></li><li><a href="/3">Police: man arrested after chase through downtown</a></li></ol></section>'
        '<section class="comments-prompt"><h3>Join the conversation</h3><p>Comments are open to subscribers. <a href="/login">Log in</a> or <a href="/subscribe">subscribe</a> to comment.</p></section></main>'
        f'<footer><p>© 2024 {page_["site"]}</p></footer></div>'
    ))  # fmt: skip


# ---------------------------------------------------------------- DPG Media-like Dutch paper
def dpg(page_: dict, article: str) -> str:
    """A DPG Media regional paper (AD-like): the consent wall "Wij vragen je toestemming" before the page, then
    ``article.article`` with the ``h1`` and a byline, ``div.article__body`` of ``p.article__paragraph`` (the
    first an intro in bold), a "Lees ook" block and a video module between them, "Lees verder na de
    advertentie" labels; a "Meest gelezen" list after."""
    return _doc(page_, "nl", (
        '<div id="pg-host-shadow-root"><div class="pg-modal" role="dialog" aria-modal="true"><h2>Wij vragen je toestemming</h2>'
        '<p>Wij en onze partners gebruiken cookies en vergelijkbare technieken om je een betere ervaring te bieden, om advertenties af te stemmen op je interesses en om het gebruik van de site te meten.</p>'
        '<button class="pg-accept-button">Akkoord</button><button class="pg-configure-button">Instellingen aanpassen</button></div></div>'
        f'<header class="page-header"><a class="page-header__logo" href="/">{page_["site"]}</a><nav class="navigation"><ul>{_links(("Nieuws", "Regio", "Sport", "Economie", "Show", "Podcasts"), "/")}</ul></nav><a class="page-header__subscribe" href="/abonnement">Word abonnee</a></header>'
        '<main class="main"><article class="article"><header class="article__header"><span class="article__label">Woningbouw</span>'
        f'<h1 class="article__title">{page_["title"]}</h1><div class="article__meta"><span class="article__author">{page_["author"]}</span> <time class="article__time">16-05-24, 06:00</time> <span class="article__update">Laatste update: 08:14</span></div></header>'
        '<figure class="article__figure"><img src="/img/bouwplaats.jpg" alt=""><figcaption class="article__figure-caption">De bouwplaats aan de rand van de wijk. © Pim Ras</figcaption></figure>'
        f'<div class="article__body">{article}</div>'
        '<div class="article__share"><button>Delen</button><button>Reageer</button></div></article>'
        f'<aside class="most-read"><h2>Meest gelezen</h2><ol>{_lis(("Brand in flatgebouw: bewoners geëvacueerd", "Nieuwe fietsbrug over de Maas open", "Supermarkt sluit na vijftig jaar"))}</ol></aside></main>'
        f'<footer class="footer"><p>© 2024 DPG Media B.V. - alle rechten voorbehouden</p></footer>'
    ))  # fmt: skip


def dpg_p(text: str, intro: bool = False) -> tuple[str, str]:
    cls = "article__paragraph article__paragraph--intro" if intro else "article__paragraph"
    inner = f"<strong>{text}</strong>" if intro else text
    return f'<p class="{cls}">{inner}</p>', text


def dpg_lees_ook(title: str) -> tuple[str, None]:
    return (
        '<div class="article__related"><div class="related-block"><h3 class="related-block__title">Lees ook</h3>'
        f'<a class="related-block__item" href="/r1/"><span class="related-block__label">PREMIUM</span><span class="related-block__headline">{title}</span></a></div></div>'
        '<div class="ad ad--article" data-label="Advertentie"><span class="ad__label">Lees verder na de advertentie</span><div id="ad-slot-1"></div></div>',
        None,
    )


def dpg_video(title: str) -> tuple[str, None]:
    return (
        f'<div class="article__video"><div class="video-player" data-video-id="v123"><button class="video-player__play">Afspelen</button><span class="video-player__title">{title}</span><span class="video-player__duration">01:42</span></div>'
        '<p class="video-player__caption">Bekijk hier onze video\'s uit de regio</p></div>',
        None,
    )


# ---------------------------------------------------------------- a Greek portal
def greek(page_: dict, article: str) -> str:
    """A Greek news portal: a breadcrumb and the headline, ``div.article-body`` of ``p`` with a
    "Διαβάστε επίσης:" link line and an inline ad among them, a "Ακολουθήστε το ... στο Google News" call at its
    end; tags ("Ετικέτες") and "Τελευταία νέα" after."""
    return _doc(page_, "el", (
        '<div class="cookie-notice" role="dialog"><p>Χρησιμοποιούμε cookies για να σας προσφέρουμε την καλύτερη δυνατή εμπειρία.</p><button>Αποδοχή</button><button>Ρυθμίσεις</button></div>'
        f'<header class="site-header"><a href="/" class="logo">{page_["site"]}</a><nav><ul>{_links(("Ελλάδα", "Πολιτική", "Οικονομία", "Κόσμος", "Αθλητικά", "Πολιτισμός"), "/")}</ul></nav></header>'
        '<main><div class="container"><nav class="breadcrumb"><a href="/">Αρχική</a> › <a href="/ellada">Ελλάδα</a></nav>'
        f'<article class="article"><h1 class="article-title">{page_["title"]}</h1><div class="article-meta"><span class="author">{page_["author"]}</span> <time>16.05.2024 | 09:42</time></div>'
        '<div class="article-image"><img src="/img/ploio.jpg" alt=""><span class="caption">Φωτογραφία αρχείου (EUROKINISSI)</span></div>'
        f'<div class="article-body">{article}</div>'
        '<div class="article-tags"><span>Ετικέτες:</span> <a href="/tag/ploia">ΠΛΟΙΑ</a> <a href="/tag/apergia">ΑΠΕΡΓΙΑ</a> <a href="/tag/pno">ΠΝΟ</a></div></article>'
        f'<aside class="latest"><h3>Τελευταία νέα</h3><ul>{_lis(("Καύσωνας: Πού θα ξεπεράσει ο υδράργυρος τους 38 βαθμούς", "Κλειστοί δρόμοι στην Αθήνα την Κυριακή", "Νέα μέτρα για την ακρίβεια"))}</ul></aside></div></main>'
        f'<footer><p>© 2024 {page_["site"]}. Με την επιφύλαξη παντός δικαιώματος.</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- a Romanian news channel's site
def romanian(page_: dict, article: str) -> str:
    """A Romanian news channel's site (Digi24-like): ``article.article-story`` with the ``h1``, date and
    author, ``div.entry.data-app-meta-article`` of ``p`` with "Citește și:" lines among them, an "Urmărește
    știrile ... și pe Google News" call and an "Editor :" line after; "Citește mai mult" links."""
    return _doc(page_, "ro", (
        '<div id="onetrust-banner-sdk" role="alertdialog"><div id="onetrust-policy-text">Noi și partenerii noștri stocăm și/sau accesăm informații pe un dispozitiv, cum ar fi cookie-urile, și prelucrăm date personale.</div><button id="onetrust-accept-btn-handler">Accept</button><button>Setări</button></div>'
        f'<header class="header"><a class="logo" href="/">{page_["site"]}</a><nav class="nav"><ul>{_links(("Actualitate", "Politică", "Economie", "Externe", "Sport", "Meteo"), "/")}</ul></nav><a class="live" href="/live">Digi24 LIVE</a></header>'
        '<main class="main"><div class="container"><article class="article article-story">'
        f'<h1 class="article-title">{page_["title"]}</h1><div class="article-meta"><time>16.05.2024 11:20</time> <span class="author">{page_["author"]}</span></div>'
        '<div class="share-bar"><a href="#">Distribuie pe Facebook</a> <a href="#">WhatsApp</a></div>'
        f'<div class="entry data-app-meta data-app-meta-article">{article}</div>'
        '<div class="article-tags"><a href="/tag/cfr">CFR</a> <a href="/tag/trenuri">trenuri</a></div></article>'
        f'<section class="read-more"><h3>Citește mai mult</h3><ul>{_lis(("Cod galben de ploi în 20 de județe", "Prețul benzinei a scăzut sub 7 lei", "Noi reguli pentru permisul auto"))}</ul></section></div></main>'
        f'<footer class="footer"><p>© 2024 {page_["site"]}. Toate drepturile rezervate.</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- a Hungarian portal
def hungarian(page_: dict, article: str) -> str:
    """A Hungarian portal (Telex-like): the headline, a lead in ``p.article__lead`` inside the body,
    ``div.article-html-content`` of ``p`` and ``h2``, a "Kapcsolódó" box and a support call ("Támogasd ...")
    inside; "Kövesd a ...-t a Facebookon is!" after."""
    return _doc(page_, "hu", (
        f'<header class="header"><a class="header__logo" href="/">{page_["site"]}</a><nav><ul>{_links(("Belföld", "Külföld", "Gazdaság", "Kult", "Sport", "Után"), "/")}</ul></nav><a class="header__support" href="/tamogatas">Támogatás</a></header>'
        '<main class="main"><article class="article"><div class="article__top"><span class="article__rovat"><a href="/belfold">Belföld</a></span>'
        f'<h1 class="article__title">{page_["title"]}</h1><div class="article__meta"><a class="author__name" href="/szerzo/1">{page_["author"]}</a> <span class="article__date">2024. május 16. – 10:05</span></div></div>'
        f'<div class="article-html-content">{article}</div>'
        '<div class="article__follow"><p>Kövesd a Telexet a Facebookon is! Ha szeretnél még több fontos hírt olvasni, iratkozz fel hírlevelünkre!</p></div>'
        '<div class="article__tags"><a href="/tema/villamos">villamos</a> <a href="/tema/bkv">BKV</a></div></article>'
        f'<aside class="most-read"><h3>Legolvasottabb</h3><ol>{_lis(("Ítélet született a budai lakásmaffia-ügyben", "Jön a kánikula a hétvégén", "Lezárják a Lánchidat júniusban"))}</ol></aside></main>'
        f'<footer><p>© 2024 {page_["site"]} – Minden jog fenntartva</p></footer>'
    ))  # fmt: skip


def hu_related(title: str) -> tuple[str, None]:
    return (
        f'<div class="related-article-box"><span class="related-article-box__label">Kapcsolódó</span><a href="/r1/" class="related-article-box__title">{title}</a></div>',
        None,
    )


def hu_support() -> tuple[str, None]:
    return (
        '<div class="support-box"><h4>Támogasd a független újságírást!</h4><p>A Telex olvasói támogatásból működik. Legyél te is támogató, havi 1000 forinttól.</p><a href="/tamogatas" class="btn">Támogatok</a></div>',
        None,
    )


# ---------------------------------------------------------------- an Urdu daily (right to left)
def urdu(page_: dict, article: str) -> str:
    """An Urdu daily (Jang-like), right to left: ``div.detail_view_content`` of ``p`` with "یہ بھی پڑھیں:" link
    lines among them, an ad label ("اشتہار"), a call to follow on WhatsApp after; related news after."""
    return _doc(page_, "ur", (
        f'<header class="header"><a href="/" class="logo">{page_["site"]}</a><nav><ul>{_links(("قومی", "بین الاقوامی", "کاروبار", "کھیل", "شوبز", "صحت"), "/")}</ul></nav></header>'
        '<main class="main"><div class="detail_view"><div class="detail-right">'
        f'<h1 class="detail_heading">{page_["title"]}</h1><div class="detail-time"><span class="author">{page_["author"]}</span> <span>16 مئی ، 2024</span></div>'
        '<div class="detail_image"><img src="/img/bijli.jpg" alt=""><span class="img-caption">فائل فوٹو</span></div>'
        f'<div class="detail_view_content">{article}</div>'
        '<div class="follow-us"><p>ہمارا واٹس ایپ چینل فالو کریں اور تازہ ترین خبروں سے باخبر رہیں۔</p></div></div>'
        f'<aside class="detail-left"><h3>مزید خبریں</h3><ul>{_lis(("کراچی میں گرمی کی شدت میں اضافہ", "پٹرول کی قیمت میں کمی کا امکان", "میٹرک کے امتحانات ملتوی"))}</ul></aside></div></main>'
        f'<footer><p>جملہ حقوق محفوظ ہیں © 2024 {page_["site"]}</p></footer>'
    ), dir_="rtl")  # fmt: skip


SKINS.update(
    r10_divi=divi,
    r10_wpbakery=wpbakery,
    r10_webflow=webflow,
    r10_hubspot=hubspot,
    r10_notion=notion,
    r10_naver_blog=naver_blog,
    r10_wechat=wechat,
    r10_hatena=hatena,
    r10_telegraph=telegraph,
    r10_presseportal=presseportal,
    r10_food_recipe=food_recipe,
    r10_editors_note=editors_note,
    r10_dpg=dpg,
    r10_greek=greek,
    r10_romanian=romanian,
    r10_hungarian=hungarian,
    r10_urdu=urdu,
)


# ---------------------------------------------------------------- the pages
page(
    "r10-divi-marina",
    "WordPress Divi theme post (et_pb_text_inner modules in builder sections, an image module and a donation promo module between them, comment form, sidebar)",
    "r10_divi",
    "Marina expansion wins final permit after three-year review",
    "Carla Benedetti",
    "2024-05-16T08:00:00-04:00",
    [
        divi_open(0),
        divi_text(
            0,
            p(
                "The Harbor Town marina expansion received its last state permit on Wednesday, clearing the way for construction of 84 new boat slips to begin this fall."
            ),
            p(
                "The Department of Environmental Protection approved the project after a three-year review that focused on eelgrass beds in the inner harbor. The marina agreed to move the new docks 60 feet farther from the beds and to pay for replanting an acre of eelgrass elsewhere in the bay."
            ),
        ),
        divi_image(),
        divi_text(
            1,
            h("Waiting list of 300"),
            p(
                "Harbormaster Dennis Rowe said the marina’s waiting list has grown to more than 300 names, and some families have waited eight years for a slip. Half of the new slips will be reserved for residents."
            ),
        ),
        divi_close(),
        divi_open(1),
        divi_promo(),
        divi_text(
            2,
            p(
                "Opponents, including the Inner Harbor Conservancy, said they would not appeal. “We got most of what we asked for,” said the group’s president, Ruth Alden."
            ),
            p(
                "Construction is expected to take two winters, with the first slips ready for the 2026 boating season."
            ),
        ),
        divi_close(),
    ],
    site="Harbor Town News",
)
page(
    "r10-it-wpbakery-ospedale",
    "Italian local news on WordPress with WPBakery (wpb_text_column blocks in vc_rows, a single image and a vc_cta3 newsletter call between them, Leggi anche line)",
    "r10_wpbakery",
    "Pronto soccorso, dal primo giugno 12 medici in più per l'estate",
    "Giulia Ferraris",
    "2024-05-16T09:30:00+02:00",
    [
        vc_text(
            p(
                "Dal primo giugno il pronto soccorso dell'ospedale civile avrà dodici medici in più per far fronte all'aumento degli accessi durante l'estate. Lo ha annunciato ieri il direttore generale dell'azienda sanitaria, Paolo Mancini, durante la conferenza dei sindaci."
            ),
            p(
                "I nuovi medici arrivano in parte da altri reparti e in parte con contratti a tempo determinato fino al 30 settembre. Saranno impiegati soprattutto nei turni di notte e nei fine settimana, quando l'attesa media ha superato le sei ore lo scorso agosto."
            ),
            raw(
                '<p><strong>Leggi anche:</strong> <a href="/2024/05/10/guardia-medica-turistica/">Guardia medica turistica, ecco gli orari e i numeri da chiamare</a></p>'
            ),
        ),
        vc_image_and_cta(),
        vc_text(
            p(
                "Sarà inoltre aperto un ambulatorio per i codici minori, con ingresso separato, dalle 8 alle 20 tutti i giorni. «Vogliamo che chi ha un problema lieve non aspetti ore accanto a chi arriva in ambulanza», ha spiegato Mancini."
            ),
            p(
                "I sindacati dei medici hanno accolto la notizia con cautela: secondo il segretario regionale Anaao, Luca Rinaldi, i rinforzi estivi non risolvono la carenza strutturale di personale, stimata in trenta medici."
            ),
        ),
    ],
    site="La Gazzetta del Territorio",
)
page(
    "r10-webflow-clinic",
    "Webflow CMS blog post (w-richtext with a figure and a blockquote, a form with its hidden success and failure messages, a w-dyn-list with its hidden No items found.)",
    "r10_webflow",
    "Eastside clinic will stay open until 8 p.m. on weekdays",
    "Priya Natarajan",
    "2024-05-16T12:00:00-07:00",
    [
        p(
            "Starting June 3, the Eastside Community Clinic will stay open until 8 p.m. Monday through Friday, three hours later than it does now."
        ),
        p(
            "Patients have asked for evening hours for years. In a survey last winter, more than half said they had skipped a visit because they could not leave work in time to make a 5 p.m. closing."
        ),
        wf_figure("The clinic’s front desk on a Tuesday morning."),
        h("More staff, not longer shifts"),
        p(
            "The longer hours are paid for by a two-year grant from the county health department. The clinic will hire a nurse practitioner and two medical assistants for the evening shift, so that no one on the current staff works longer days."
        ),
        raw(
            "<blockquote>We did not want to fix one problem by burning out the people we already have.</blockquote>",
            "We did not want to fix one problem by burning out the people we already have.",
        ),
        p(
            "Evening appointments can be booked online or by phone from May 20. Walk-ins will be seen until 7:30 p.m."
        ),
    ],
    site="Eastside Community Clinic",
    deck="Evening appointments start June 3, paid for by a county grant.",
)
page(
    "r10-hubspot-payroll",
    "HubSpot CMS company blog post (hs_cos_wrapper_post_body with headings, a list and a CTA image button inside; tags, related posts, subscribe form, cookie banner)",
    "r10_hubspot",
    "What changes for small-business payroll on July 1",
    "Marcus Bell",
    "2024-05-16T09:00:00-04:00",
    [
        p(
            "Three payroll rules change on July 1, and each of them applies to businesses with fewer than 50 employees. None of them is complicated, but missing one can mean back pay and penalties."
        ),
        h("The minimum wage rises in 12 states"),
        p(
            "Twelve states and more than 20 cities raise their minimum wage in the middle of the year rather than in January. If you have employees in more than one place, the highest rate that applies to where they work is the one you must pay."
        ),
        h("The salary threshold for overtime goes up"),
        p(
            "Under the Labor Department’s new rule, salaried employees who earn less than $43,888 a year must be paid overtime for hours over 40 a week. The threshold was $35,568."
        ),
        raw("<!--more-->"),
        p(
            "Before July 1, check each salaried employee against the new figure and decide whether to raise their salary above it or to start tracking their hours."
        ),
        h("What to do this month"),
        raw(
            "<ul><li>List every employee’s work location and the minimum wage there.</li><li>Compare salaried employees’ pay with the new overtime threshold.</li><li>Update your payroll software’s rates before the first pay run in July.</li></ul>",
            "List every employee’s work location and the minimum wage there.\nCompare salaried employees’ pay with the new overtime threshold.\nUpdate your payroll software’s rates before the first pay run in July.",
        ),
        hs_cta(),
        p(
            "If you use an outside payroll service, ask them to confirm in writing that the changes have been made."
        ),
    ],
    site="Ledgerly",
)
page(
    "r10-notion-seed-library",
    "Notion page published through Super (a div.notion-text per paragraph, h2.notion-heading, ul.notion-list, blockquote.notion-quote; no p elements)",
    "r10_notion",
    "Our seed library’s first year",
    "Hannah Okoro",
    "2024-05-16T00:00:00Z",
    [
        nt(
            "A year ago we put an old card catalogue in the hallway of the community center and filled its drawers with seeds. Anyone could take a packet, and we asked only that they bring some seeds back at the end of the season."
        ),
        nt("We did not know whether anyone would. Here is what happened."),
        nt_h("What went out"),
        nt(
            "People took 1,140 packets between March and July. Tomatoes, beans and sunflowers went first; we ran out of cherry tomatoes by the second week of April."
        ),
        nt_list(
            "412 packets of tomatoes, in 14 varieties",
            "236 packets of beans",
            "188 packets of sunflowers",
            "304 packets of everything else",
        ),
        nt_h("What came back"),
        nt(
            "By November, 97 gardeners had returned seeds, about 600 packets in all. Beans came back best, because they are easy to save. Squash came back worst: it crosses with its neighbours, and we had warned people not to save it."
        ),
        nt_quote(
            "I took six kinds of beans and brought back nine, because my neighbour gave me three of hers."
        ),
        nt(
            "This year we are adding a shelf of seedlings in May and a seed-saving workshop in August. The drawers open again on March 1."
        ),
    ],
    site="Riverside Growers",
)
page(
    "r10-ko-naver-blog-camping",
    "Naver blog post (SmartEditor ONE: se-main-container of se-component blocks, p.se-text-paragraph lines, blank lines of a zero-width space, captioned images, an oglink card; likes, comments and the blog's popular posts after; Korean)",
    "r10_naver_blog",
    "가평 오토캠핑장 1박 2일 후기, 5월에 가기 딱 좋아요",
    "김여행",
    "2024-05-16T21:14:00+09:00",
    [
        se_text(
            "안녕하세요, 김여행입니다.",
            "",
            "지난 주말에 가평에 있는 오토캠핑장에 1박 2일로 다녀왔어요.",
            "5월 중순이라 낮에는 따뜻하고 밤에는 선선해서 캠핑하기에 정말 좋은 날씨였습니다.",
        ),
        se_image("강가 쪽 사이트에서 바라본 풍경"),
        se_text(
            "캠핑장은 북한강 바로 옆에 있어서 사이트마다 강이 보여요.",
            "전체 사이트는 40개이고, 그중 강가 쪽 사이트 12개가 제일 인기가 많다고 해요.",
            "",
            "저희는 한 달 전에 예약해서 겨우 강가 쪽 자리를 잡을 수 있었습니다.",
        ),
        se_text(
            "화장실과 샤워장은 관리동에 있는데, 생각보다 훨씬 깨끗했어요.",
            "온수도 잘 나오고 개수대도 넓어서 설거지하기 편했습니다.",
            "",
            "다만 전기는 사이트당 600W까지만 쓸 수 있어서 전기난로는 사용할 수 없어요.",
        ),
        se_image("관리동 옆 개수대"),
        se_oglink(
            "가평 강변 오토캠핑장 - 예약 안내", "북한강변 오토캠핑장 온라인 예약, 이용 요금과 시설 안내"
        ),
        se_text(
            "이용 요금은 1박에 4만 5천 원이고, 주말에는 5만 원이에요.",
            "체크인은 오후 2시, 체크아웃은 다음 날 낮 12시입니다.",
            "",
            "다음에는 아이들이랑 여름에 다시 와 보려고요. 물놀이하기에도 좋아 보였어요.",
        ),
    ],
    site="네이버 블로그",
)
page(
    "r10-zh-wechat-library",
    "WeChat official-account article (#js_content under visibility: hidden until its script runs, sections of inline-styled spans, lazy images with captions, source and editor lines, 在看 call; Chinese)",
    "r10_wechat",
    "杭州图书馆夜间开放延长至22点，周末新增亲子阅读专场",
    "杭图君",
    "2024-05-16T18:30:00+08:00",
    [
        wx_p(
            "从6月1日起，杭州图书馆主馆的夜间开放时间将从晚上9点延长至10点，周一闭馆日不变。这是该馆今年推出的第二项延长服务时间的措施。"
        ),
        wx_p(
            "图书馆方面介绍，去年主馆晚间7点以后的入馆人次达到42万，比前年增加了三成，其中一半以上是附近高校的学生和下班后的年轻人。"
        ),
        wx_img("主馆二楼自习区夜景"),
        wx_h("周末新增亲子阅读专场"),
        wx_p(
            "除了延长开放时间，图书馆还将在每周六、周日上午增设亲子阅读专场，每场限30组家庭，可通过“杭州图书馆”小程序提前三天预约。"
        ),
        wx_p(
            "专场由馆员和志愿者带领，内容包括绘本共读、手工和科普小实验。图书馆表示，将根据预约情况决定是否在暑假期间增加场次。"
        ),
        wx_h("温馨提示"),
        wx_p(
            "晚上9点以后，主馆只开放一楼和二楼的阅览区，借还书服务可使用自助借还机。地铁末班车时间请提前查询。"
        ),
        wx_end(),
    ],
    site="杭州图书馆",
)
page(
    "r10-ja-hatena-ramen",
    "Hatena Blog post (entry-content hatenablog-entry of p, h3 and figure.figure-image, a blog card iframe and a スポンサーリンク ad inside; share buttons, 読者になる, 関連記事 and comment box in the entry footer; Japanese)",
    "r10_hatena",
    "旭川で朝7時から開いている醤油ラーメンの店に行ってきた",
    "ramen_tabi",
    "2024-05-16T12:00:00+09:00",
    [
        p(
            "こんにちは。今回は旭川で朝7時から営業している醤油ラーメンの店に行ってきたので、その感想を書きます。"
        ),
        p(
            "旭川駅から歩いて15分ほど、住宅街の中にある小さな店です。朝の時間帯は夜勤明けのタクシー運転手や近くの市場で働く人が多く、7時半の時点で席は半分ほど埋まっていました。"
        ),
        ht_figure("醤油ラーメン（800円）"),
        h("スープは魚介と豚骨のダブル", 3),
        p(
            "スープは豚骨と鶏ガラに、煮干しと昆布の魚介だしを合わせたダブルスープです。表面をラードが覆っていて、最後まで熱いまま食べられます。旭川ラーメンらしい、冬の寒さに合わせた作りだと思います。"
        ),
        ht_ad(),
        p(
            "麺は低加水の縮れ麺で、スープをよく持ち上げます。チャーシューは薄めですが、肩ロースで柔らかく、朝でも重く感じませんでした。"
        ),
        h("営業時間と注意点", 3),
        p(
            "営業は朝7時から昼2時まで。水曜日が定休日です。駐車場は店の裏に4台分だけなので、週末は近くのコインパーキングを使ったほうがいいと思います。"
        ),
        ht_card(),
        p("去年まわった旭川ラーメン村の記事もあわせてどうぞ。次は函館の塩ラーメンを食べに行く予定です。"),
    ],
    site="ラーメン旅日記",
)
page(
    "r10-uk-telegraph-dvir",
    "Telegraph page (telegra.ph: article#_tl_editor.tl_article_content repeating the h1 and an address, p, h3, figure with figcaption, blockquote; the editor's hidden buttons and Report content after; Ukrainian)",
    "r10_telegraph",
    "Двір на Лук'янівці: як сусіди самі зробили сквер",
    "Двір на Лук'янівці",
    "2024-05-16T10:02:11+00:00",
    [
        p(
            "Ще рік тому за нашим будинком на вулиці Дегтярівській був пустир: старі шини, розбиті лавки і калюжа, яка не висихала до червня."
        ),
        p(
            "Восени ми зібралися у чаті будинку і вирішили, що не чекатимемо на район. За два місяці сусіди зібрали 86 тисяч гривень, а ще частину матеріалів передав місцевий будівельний магазин."
        ),
        h("Що зробили", 3),
        p(
            "Вивезли дванадцять машин сміття, висадили сорок кущів і шість лип, поставили нові лавки і невеликий дитячий майданчик. Доріжки засипали гранітним відсівом, щоб навесні не було болота."
        ),
        raw(
            '<figure><img src="/file/6a1b2c3d4e.jpg"><figcaption>Сквер у травні, через рік після початку робіт</figcaption></figure>'
        ),
        raw(
            "<blockquote>Найважче було не гроші зібрати, а домовитися, де ставити лавки.</blockquote>",
            "Найважче було не гроші зібрати, а домовитися, де ставити лавки.",
        ),
        p(
            "Тепер у суботу зранку хтось із сусідів поливає дерева, а раз на місяць ми збираємося на толоку. Наступного року хочемо зробити навіс і поставити стіл для настільного тенісу."
        ),
    ],
    site="Telegraph",
)
page(
    "r10-de-presseportal-bhkw",
    "German press release on presseportal (ots: the issuer above the h1, the story's p ending in the issuer's profile, Pressekontakt: and its lines, Original-Content von: ..., übermittelt durch news aktuell; media captions, other releases, consent banner)",
    "r10_presseportal",
    "Stadtwerke Lüneburg nehmen neues Blockheizkraftwerk in Betrieb",
    "Stadtwerke Lüneburg GmbH",
    "2024-05-16T10:30:00+02:00",
    [
        p(
            "Lüneburg (ots) - Die Stadtwerke Lüneburg haben am Mittwoch ihr neues Blockheizkraftwerk am Bilmer Berg in Betrieb genommen. Die Anlage liefert Wärme für rund 2.400 Haushalte im Stadtteil Kaltenmoor und Strom für etwa 5.000 Haushalte."
        ),
        p(
            "Das Kraftwerk ersetzt zwei Gaskessel aus den 1980er-Jahren. Nach Berechnungen der Stadtwerke sinkt der CO2-Ausstoß des Wärmenetzes dadurch um rund 3.800 Tonnen im Jahr. Die Anlage kann künftig auch mit Biomethan und Wasserstoff betrieben werden."
        ),
        p(
            "„Mit dem neuen Kraftwerk machen wir das Wärmenetz in Kaltenmoor sicherer und sauberer“, sagte Geschäftsführerin Sabine Hartwig. Die Investition beträgt 11,5 Millionen Euro, davon trägt der Bund über die Förderung effizienter Wärmenetze rund 3 Millionen Euro."
        ),
        p("Über die Stadtwerke Lüneburg GmbH:"),
        p(
            "Die Stadtwerke Lüneburg versorgen rund 75.000 Menschen in der Hansestadt und im Landkreis mit Strom, Gas, Wärme und Trinkwasser. Das Unternehmen gehört zu 100 Prozent der Hansestadt Lüneburg und beschäftigt 310 Mitarbeiterinnen und Mitarbeiter."
        ),
        raw(
            "<p>Pressekontakt:</p><p>Stadtwerke Lüneburg GmbH<br>Unternehmenskommunikation<br>Jan Behrens<br>Telefon: 04131 123-456<br>E-Mail: presse@stadtwerke-lueneburg.example</p>"
        ),
    ],
    site="Stadtwerke Lüneburg GmbH",
)
page(
    "r10-food-rhubarb-bars",
    "regional paper's food column with its recipe after the story (recipe box: name, yield and times, Ingredients list, Steps list, a nutrition line, Print recipe; Recipe JSON-LD; more recipes and a newsletter box)",
    "r10_food_recipe",
    "Rhubarb season is short. Make these custard bars while it lasts",
    "Dana Ruiz",
    "2024-05-16T10:00:00-05:00",
    [
        p(
            "Every May, someone at the farmers market hands me an armful of rhubarb and asks what on earth to do with it. My answer, for the past ten years, has been these bars."
        ),
        p(
            "They came from my grandmother’s church cookbook, where they are called “Rhubarb Dream Bars” and the recipe fits on an index card. I have cut the sugar a little and added a pinch of salt to the crust, but otherwise left them alone."
        ),
        p(
            "The trick is to cut the rhubarb small, no bigger than a pea, so that it softens completely in the custard. Frozen rhubarb works too; thaw it and pour off the liquid first."
        ),
        recipe_box(
            "Rhubarb custard bars",
            ("Makes 16 bars", "Active time: 20 minutes", "Total time: 1 hour 30 minutes"),
            (
                "1 cup flour",
                "1/3 cup powdered sugar",
                "1/2 cup cold butter, cubed",
                "Pinch of salt",
                "2 eggs",
                "1 cup sugar",
                "1/4 cup flour",
                "3 cups rhubarb, finely chopped",
            ),
            (
                "Heat the oven to 350 degrees. Mix 1 cup flour, powdered sugar and salt, then cut in the butter until crumbly.",
                "Press into an 8-by-8-inch pan and bake for 15 minutes.",
                "Beat the eggs with the sugar and 1/4 cup flour. Stir in the rhubarb and pour over the hot crust.",
                "Bake for 35 to 40 minutes, until the custard is set. Cool completely before cutting.",
            ),
            "Per bar: 160 calories, 6 grams fat, 25 grams carbohydrates.",
        ),
    ],
    site="Prairie Star Tribune",
    deck="A church-cookbook recipe that fits on an index card",
)
page(
    "r10-editors-note-top",
    "local story opening with an editor's note in italics above its text (the story corrected and updated), share rail, most-read list, comments prompt",
    "r10_editors_note",
    "School board rejects plan to close Lincoln Elementary",
    "Owen Strand",
    "2024-05-16T21:00:00-05:00",
    [
        raw(
            '<div class="editors-note"><p><em>Editor’s note: This story has been updated to correct the number of students at Lincoln Elementary. It has 212 students, not 312. It has also been updated with comments from the superintendent.</em></p></div>',
            "Editor’s note: This story has been updated to correct the number of students at Lincoln Elementary. It has 212 students, not 312. It has also been updated with comments from the superintendent.",
        ),
        p(
            "The Millbrook school board voted 5-2 on Thursday night against closing Lincoln Elementary, rejecting a plan that would have moved its 212 students to two other schools next fall."
        ),
        p(
            "More than 150 parents, teachers and former students packed the meeting, and 41 people spoke during two hours of public comment. All but three of them asked the board to keep the school open."
        ),
        p(
            "The district had proposed the closing to save about $900,000 a year. Lincoln, built in 1931, needs a new roof and boiler that would cost $4.2 million."
        ),
        p(
            "Superintendent Karen Weiss said Friday that the district would now look for savings elsewhere in next year’s budget. “The board has spoken, and we will make it work,” she said."
        ),
    ],
    site="Millbrook Ledger",
)
page(
    "r10-nl-dpg-woningbouw",
    "Dutch regional paper, DPG Media-like (consent wall Wij vragen je toestemming before the page, a bold intro paragraph, a Lees ook block and Lees verder na de advertentie label, a video module inside the body, Meest gelezen)",
    "r10_dpg",
    "Gemeente bouwt 600 woningen op oud sportpark: eerste huizen in 2026 klaar",
    "Sanne de Vries",
    "2024-05-16T06:00:00+02:00",
    [
        dpg_p(
            "Op het oude sportpark De Hoge Weide komen 600 nieuwe woningen. De gemeenteraad stemde woensdagavond in met het plan, waarvan een derde sociale huur wordt. De eerste huizen moeten in 2026 klaar zijn.",
            intro=True,
        ),
        dpg_p(
            "Het sportpark ligt al sinds 2019 braak, toen de voetbalclub naar een nieuw complex aan de rand van de stad verhuisde. Sindsdien groeit er onkruid op de velden en staat de oude kantine leeg."
        ),
        dpg_lees_ook("Wachtlijst voor sociale huurwoning in de regio opgelopen tot negen jaar"),
        dpg_p(
            "Het plan bestaat uit 200 sociale huurwoningen, 150 woningen in de middeldure huur en 250 koopwoningen. Daarnaast komt er een park van twee hectare op de plek van het oude hoofdveld."
        ),
        dpg_video("Zo moet de nieuwe wijk op De Hoge Weide eruitzien"),
        dpg_p(
            "Omwonenden maakten zich zorgen over de drukte op de Dorpsstraat. De gemeente belooft een nieuwe ontsluitingsweg aan de noordkant van de wijk, zodat het bouwverkeer niet door de oude kern hoeft."
        ),
        dpg_p(
            "Wethouder Ilse Bakker noemt het besluit ‘een grote stap’ tegen de woningnood. ‘Jonge mensen die hier zijn opgegroeid, kunnen nu eindelijk in hun eigen dorp blijven wonen.’"
        ),
    ],
    site="Dagblad van het Oosten",
)
page(
    "r10-el-portal-apergia",
    "Greek news portal (article-body of p with a Διαβάστε επίσης: link line and an inline ad, an Ακολουθήστε ... στο Google News call at its end, tags Ετικέτες, cookie notice)",
    "r10_greek",
    "Δεμένα τα πλοία την Πέμπτη λόγω 24ωρης απεργίας της ΠΝΟ",
    "Μαρία Παπαδοπούλου",
    "2024-05-16T09:42:00+03:00",
    [
        p(
            "Δεμένα στα λιμάνια θα παραμείνουν την Πέμπτη τα πλοία, καθώς η Πανελλήνια Ναυτική Ομοσπονδία (ΠΝΟ) κήρυξε 24ωρη απεργία σε όλες τις κατηγορίες πλοίων."
        ),
        p(
            "Η απεργία ξεκινά στις 00:01 της Πέμπτης και λήγει στις 24:00 της ίδιας ημέρας. Τα ναυτεργατικά σωματεία διαμαρτύρονται για τις συνθήκες εργασίας και ζητούν την υπογραφή νέας συλλογικής σύμβασης."
        ),
        raw(
            '<p><strong>Διαβάστε επίσης:</strong> <a href="/ellada/diodia-attiki-odos/">Αττική Οδός: Αλλάζουν τα διόδια από τον Ιούνιο</a></p>'
        ),
        raw(
            '<div class="inline-ad"><span class="ad-label">ΔΙΑΦΗΜΙΣΗ</span><div id="div-gpt-ad-inline1"></div></div>'
        ),
        p(
            "Οι ακτοπλοϊκές εταιρείες ενημερώνουν ότι οι επιβάτες που έχουν ήδη εκδώσει εισιτήρια μπορούν να τα αλλάξουν χωρίς χρέωση ή να ζητήσουν επιστροφή των χρημάτων τους."
        ),
        p(
            "Σύμφωνα με το υπουργείο Ναυτιλίας, τα πλοία που βρίσκονται ήδη εν πλω θα ολοκληρώσουν κανονικά το ταξίδι τους. Τα δρομολόγια αναμένεται να αποκατασταθούν πλήρως από το πρωί της Παρασκευής."
        ),
        raw(
            "<p><em>Ακολουθήστε το Ειδήσεις Σήμερα στο Google News και μάθετε πρώτοι όλες τις ειδήσεις</em></p>"
        ),
    ],
    site="Ειδήσεις Σήμερα",
)
page(
    "r10-ro-stiri-trenuri",
    "Romanian news channel's site, Digi24-like (entry data-app-meta-article of p with Citește și: lines, an Urmărește știrile ... pe Google News call and an Editor : line at its end, OneTrust banner, Citește mai mult)",
    "r10_romanian",
    "CFR introduce 40 de trenuri suplimentare spre litoral în această vară",
    "Andreea Ionescu",
    "2024-05-16T11:20:00+03:00",
    [
        p(
            "CFR Călători va introduce 40 de trenuri suplimentare spre litoral începând cu 15 iunie, a anunțat joi compania. Trenurile vor circula zilnic până la jumătatea lunii septembrie."
        ),
        p(
            "Cele mai multe dintre trenurile noi vor pleca din București, Cluj-Napoca, Brașov și Iași. Călătoria de la București la Constanța va dura aproximativ două ore și jumătate, după finalizarea lucrărilor de pe magistrală."
        ),
        raw(
            '<p><strong>Citește și:</strong> <a href="/economie/bilete-tren-pret/">Prețul biletelor de tren crește de la 1 iunie. Cât costă acum o călătorie</a></p>'
        ),
        p(
            "Biletele pot fi cumpărate online, din aplicația CFR Călători sau de la casele de bilete din gări. Elevii și studenții beneficiază în continuare de gratuitate, iar pensionarii de reducere de 50%."
        ),
        p(
            "Anul trecut, aproape 1,5 milioane de pasageri au călătorit cu trenul spre litoral în timpul verii, cu 12% mai mulți decât în 2022."
        ),
        raw("<p><strong>Urmărește știrile Știri Digitale și pe Google News</strong></p><p>Editor : A.I.</p>"),
    ],
    site="Știri Digitale",
)
page(
    "r10-hu-portal-villamos",
    "Hungarian portal, Telex-like (article-html-content with a lead paragraph, h2, a Kapcsolódó box and a Támogasd support box inside; a Kövesd ... a Facebookon is! call after; Legolvasottabb)",
    "r10_hungarian",
    "Nyártól újra jár a villamos a Margit hídon, de csak hétvégén",
    "Kovács Eszter",
    "2024-05-16T10:05:00+02:00",
    [
        p(
            "Június 15-től hétvégente újra közlekednek a villamosok a Margit hídon, jelentette be csütörtökön a BKK. Hétköznap továbbra is pótlóbuszok járnak, mert a hídon folytatódik a sínek cseréje."
        ),
        p(
            "A 4-es és a 6-os villamos szombaton és vasárnap a teljes vonalon közlekedik, a Széll Kálmán tér és az Újbuda-központ között. A járatok tízpercenként indulnak, este pedig negyedóránként."
        ),
        hu_related("Két hónapra lezárják a Nagykörút egy szakaszát"),
        h("Ősszel fejeződik be a felújítás"),
        p(
            "A munkák eredetileg május végére fejeződtek volna be, de a régi sínek alatt vártnál rosszabb állapotú betonalapot találtak. A BKK szerint a felújítás szeptember végére készül el."
        ),
        hu_support(),
        p(
            "A pótlóbuszok hétköznap továbbra is a Margit híd és a Jászai Mari tér között járnak, a megállók a villamosmegállók mellett vannak."
        ),
    ],
    site="Telex",
)
page(
    "r10-ur-daily-bijli",
    "Urdu daily, Jang-like, right to left (detail_view_content of p with یہ بھی پڑھیں: link lines and an اشتہار ad label among them, a WhatsApp channel call after, مزید خبریں)",
    "r10_urdu",
    "بجلی کے نرخوں میں فی یونٹ ڈیڑھ روپے کمی کی منظوری",
    "نمائندہ خصوصی",
    "2024-05-16T14:00:00+05:00",
    [
        p(
            "نیشنل الیکٹرک پاور ریگولیٹری اتھارٹی (نیپرا) نے بجلی کے نرخوں میں فی یونٹ ڈیڑھ روپے کمی کی منظوری دے دی ہے۔ اس کا اطلاق جون کے بلوں پر ہوگا۔"
        ),
        p(
            "نیپرا کے مطابق یہ کمی فیول ایڈجسٹمنٹ کی مد میں کی گئی ہے اور اس سے صارفین کو مجموعی طور پر تقریباً 18 ارب روپے کا ریلیف ملے گا۔"
        ),
        raw(
            '<p><strong>یہ بھی پڑھیں:</strong> <a href="/news/1">گیس کی قیمتوں میں اضافے کی تجویز مسترد</a></p>'
        ),
        raw('<div class="ad-slot"><span>اشتہار</span><div id="gpt-ad-1"></div></div>'),
        p(
            "سماعت کے دوران نیپرا حکام نے بتایا کہ گزشتہ ماہ بجلی کی پیداوار میں پن بجلی کا حصہ بڑھنے سے فیول کی لاگت کم ہوئی۔"
        ),
        p(
            "کمی کا اطلاق کے الیکٹرک کے صارفین پر نہیں ہوگا، جبکہ ماہانہ 50 یونٹ تک بجلی استعمال کرنے والے گھریلو صارفین بھی اس سے مستثنیٰ ہوں گے۔"
        ),
    ],
    site="روزنامہ آواز",
)
