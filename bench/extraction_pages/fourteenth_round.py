"""The fourteenth round of ``bench/extraction_pages``: pages (``r14-*``) of languages, platforms and page kinds
the first thirteen rounds lack, each in a template written here after what the outlet's or platform's pages emit.

Languages: Hausa (a WordPress daily, "Karanta Kuma:" lines, a WhatsApp channel call), Yoruba (diacritics, "Ẹ tún
lè kà:"), Icelandic (Vísir-like, "Sjá einnig:"), Welsh (BBC Cymru Fyw-like ``data-component`` blocks, a "Hefyd o
ddiddordeb:" list), Uzbek (Latin, kun.uz-like, a "Mavzuga oid:" line and a Telegram call), Kazakh (Cyrillic,
"Сондай-ақ оқыңыз:"), Gujarati ("આ પણ વાંચો:"), Kannada ("ಇದನ್ನೂ ಓದಿ:"), Macedonian ("Прочитај и:") and Pashto
(right to left, on RFE/RL's and VOA's Pangea CMS: ``div.wsw`` holding an "اړوند" box). Platforms: a Next.js App
Router page whose client component bailed out of server rendering, so the body is only in the
``self.__next_f.push`` React Server Components payload (the story's HTML a ``T`` text row referred to as
``"$5"`` from the component's props). Kinds: a US state governor's press release ("FOR IMMEDIATE RELEASE",
"###", the press contacts), a foreign ministry spokesperson's statement closing on its place and date, a UK
supreme court's press summary (the case's details beside it, the closing note that the summary is no part of
the judgment), and an agency's story syndicated on a portal (the dateline, an "(Except for the headline, this
story has not been edited by ... staff and is published from a syndicated feed.)" note, the agency's tags).
The gold of every page was written before nutgraf was run on it: it leaves out decks and summaries in the
header, captions, calls to read another story or follow a channel, a release's "FOR IMMEDIATE RELEASE", its
"###" and contacts, a statement's closing place and date, a press summary's closing note and a portal's
syndication note; it keeps a wire story's dateline and a release's quotes and headings.
"""

from __future__ import annotations

import json

from articles import page
from fourth_round import _cookie, _doc, _links
from furniture import SKINS
from parts import h, p, raw
from thirteenth_round import _also, _lis


# ---------------------------------------------------------------- Next.js App Router (body only in __next_f)
def _flight_push(chunk: str) -> str:
    """One ``self.__next_f.push([1, "..."])`` script, the chunk a JavaScript string with ``<``, ``>`` and ``&``
    escaped as Next.js's ``htmlEscapeJsonString`` writes them, so no ``</script>`` closes it."""
    written = json.dumps(chunk, ensure_ascii=False)
    for character, escape in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e")):
        written = written.replace(character, escape)
    return f"<script>self.__next_f.push([1,{written}])</script>"


def next_app(page_: dict, article: str) -> str:
    """A Next.js 14 App Router page whose article component called ``useSearchParams`` outside a Suspense
    boundary, so it bailed out to client rendering: the HTML holds the layout (header, footer) and a
    ``BAILOUT_TO_CLIENT_SIDE_RENDERING`` template, and the story is only in the React Server Components payload
    pushed to ``self.__next_f``: rows ``id:JSON``, the body's HTML a text row ``5:T<hex bytes>,...`` that the
    component's props refer to as ``"$5"``, beside the headline, the dek, the author and related stories."""
    body_row = f"5:T{len(article.encode('utf-8')):x},{article}"
    props = {
        "article": {
            "id": "kx81",
            "headline": page_["title"],
            "dek": page_["deck"],
            "bodyHtml": "$5",
            "author": {"name": page_["author"], "href": "/authors/priya-nair"},
            "publishedAt": page_["date"],
            "section": "Climate",
        },
        "related": [
            {"headline": "Heat pumps outsell gas boilers for the first time", "href": "/climate/heat-pumps"},
            {"headline": "The county's new flood maps, explained", "href": "/climate/flood-maps"},
        ],
    }
    tree = ["$", "$L6", None, props]
    rows = [
        '0:["$","$L1",null,{"buildId":"p4Kx9_Qw","assetPrefix":"","initialCanonicalUrl":"/climate/'
        + page_["id"]
        + '"}]\n',
        '1:I[5613,["613","static/chunks/613-a1b2.js","185","static/chunks/app/layout-9f.js"],""]\n',
        '2:HL["/_next/static/css/4c2e.css","style"]\n',
        '6:I[7220,["220","static/chunks/app/climate/[slug]/page-77.js"],"ArticleView"]\n',
        body_row,
        "4:" + json.dumps(tree, ensure_ascii=False) + "\n",
        '7:[["$","meta","0",{"name":"viewport","content":"width=device-width, initial-scale=1"}],'
        '["$","title","1",{"children":"' + page_["title"] + ' | The Meridian"}]]\n',
    ]
    scripts = (
        "<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script>"
        + "".join(_flight_push(row) for row in rows)
    )
    return _doc(page_, "en", (
        '<header class="Header_header__x1Q2"><a class="Header_logo__9kd" href="/">The Meridian</a>'
        f'<nav class="Header_nav__p0s"><ul>{_links(("Climate", "Cities", "Science", "Opinion", "Podcasts"), "/")}</ul></nav>'
        '<a class="Header_subscribe__a7" href="/subscribe">Subscribe</a></header>'
        '<main class="layout_main__Hh3"><!--$!--><template data-dgst="BAILOUT_TO_CLIENT_SIDE_RENDERING"></template>'
        '<div class="ArticleSkeleton_root__2Lm" aria-busy="true"></div><!--/$--></main>'
        '<footer class="Footer_footer__Zz0"><p>© 2024 The Meridian</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>'
        '<script src="/_next/static/chunks/webpack-1f.js" async=""></script>'
        f"{scripts}"
    ))  # fmt: skip


# ---------------------------------------------------------------- Hausa (a WordPress daily)
def hausa(page_: dict, article: str) -> str:
    """A Hausa-language daily on WordPress: ``div.entry-content`` of paragraphs with a bold "Karanta Kuma:"
    line between them and a WhatsApp channel call at its foot, the share bar and "Labarai masu alaƙa" after."""
    return _doc(page_, "ha", (
        f'<header id="masthead" class="site-header"><a class="custom-logo-link" href="/">{page_["site"]}</a>'
        f'<nav id="site-navigation" class="main-navigation"><ul id="primary-menu">{_links(("Labarai", "Siyasa", "Wasanni", "Kasuwanci", "Nishadi", "Ra’ayi"), "/category/")}</ul></nav></header>'
        '<div id="content" class="site-content"><main id="main" class="site-main"><article class="post type-post status-publish format-standard has-post-thumbnail">'
        f'<header class="entry-header"><h1 class="entry-title">{page_["title"]}</h1>'
        f'<div class="entry-meta"><span class="byline">Daga <a href="/author/1">{page_["author"]}</a></span> <time class="entry-date published">Mayu 16, 2024</time></div></header>'
        '<div class="post-thumbnail"><img src="/wp-content/uploads/2024/05/kano-ruwa.jpg" alt=""><p class="wp-caption-text">Wata tashar famfon ruwa a Kano. Hoto: Aminiya</p></div>'
        f'<div class="entry-content">{article}'
        '<p><strong>Ku kasance tare da mu a tasharmu ta WhatsApp domin samun labarai da dumi-duminsu: <a href="https://whatsapp.com/channel/0029Va">Danna nan</a></strong></p></div>'
        '<footer class="entry-footer"><div class="sharedaddy"><h3 class="sd-title">Raba wannan:</h3><ul><li><a href="#">Facebook</a></li><li><a href="#">X</a></li><li><a href="#">WhatsApp</a></li></ul></div></footer>'
        '</article><section class="related-posts"><h3>Labarai masu alaƙa</h3>'
        f'<ul>{_lis(("Gwamnati za ta gina sabbin asibitoci a jihar Kano", "An ƙara farashin man fetur a Abuja", "Kano Pillars ta doke Enyimba"), "/labarai/")}</ul></section></main></div>'
        '<footer id="colophon" class="site-footer"><p>© 2024 Aminiya. Duk haƙƙoƙi sun tabbata.</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Yoruba
def yoruba(page_: dict, article: str) -> str:
    """A Yoruba-language news site: ``div.td-post-content`` of paragraphs with a plain "Ẹ tún lè kà:" line
    between them, tags and "Ìròyìn míì" after."""
    return _doc(page_, "yo", (
        f'<div class="td-header-wrap"><a class="td-logo" href="/">{page_["site"]}</a><ul class="sf-menu">{_links(("Ìròyìn", "Òṣèlú", "Eré ìdárayá", "Ìlera", "Àṣà"), "/category/")}</ul></div>'
        '<div class="td-main-content-wrap"><article class="td-post-template-default">'
        f'<header class="td-post-title"><h1 class="entry-title">{page_["title"]}</h1>'
        f'<div class="td-module-meta-info"><span class="td-post-author-name"><a href="/author/1">{page_["author"]}</a></span> <time class="entry-date">16/05/2024</time></div></header>'
        '<div class="td-post-featured-image"><img src="/wp-content/uploads/oko.jpg" alt=""><span class="wp-caption-text">Ọkọ̀ ojú irin ní Ìbàdàn</span></div>'
        f'<div class="td-post-content tagdiv-type">{article}</div>'
        '<div class="td-post-source-tags"><ul class="td-tags"><li><span>ÀWỌN ÀMÌ</span></li><li><a href="/tag/ibadan">Ìbàdàn</a></li></ul></div>'
        '</article><div class="td_block_related_posts"><h4>Ìròyìn míì</h4>'
        f'<ul>{_lis(("Ìjọba Ọ̀yọ́ kéde ìsinmi ọjọ́ Ajé", "Iná jó ọjà ní Ọ̀yìngbò", "Super Eagles ti dé sí Uyo"), "/iroyin/")}</ul></div></div>'
        '<div class="td-footer-wrap"><p>© 2024 Aláròyé. Gbogbo ẹ̀tọ́ wà ní ìpamọ́.</p></div>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Icelandic (Vísir-like)
def icelandic(page_: dict, article: str) -> str:
    """An Icelandic portal, Vísir-like: a lead ``p.article-lead`` in the header, ``div.article-body`` of
    paragraphs with a "Sjá einnig:" line between them, "Fleiri fréttir" after; a cookie banner."""
    return _doc(page_, "is", (
        _cookie("Við notum vafrakökur til að bæta upplifun þína á vefnum.", "Samþykkja", "Nánar um vafrakökur")
        + f'<header class="site-header"><a class="logo" href="/">{page_["site"]}</a><ul class="menu">{_links(("Fréttir", "Innlent", "Erlent", "Viðskipti", "Sport", "Lífið"), "/f/")}</ul></header>'
        '<main><article class="article">'
        f'<h1 class="article-title">{page_["title"]}</h1>'
        f'<p class="article-lead">{page_["deck"]}</p>'
        f'<div class="article-author"><a href="/hofundur/1">{page_["author"]}</a> <time>16. maí 2024 09:14</time></div>'
        '<figure><img src="/myndir/strætó.jpg" alt=""><figcaption>Strætó á Hlemmi. Vísir/Vilhelm</figcaption></figure>'
        f'<div class="article-body">{article}</div>'
        '<div class="article-share"><a href="#">Deila</a> <a href="#">Facebook</a></div>'
        '</article><aside class="more-news"><h2>Fleiri fréttir</h2>'
        f'<ul>{_lis(("Eldgos hafið á Reykjanesskaga", "Verðbólga lækkar í maí", "Valur vann toppslaginn"), "/f/")}</ul></aside></main>'
        '<footer><p>© 2024 Sýn hf.</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Welsh (BBC Cymru Fyw-like)
def welsh(page_: dict, article: str) -> str:
    """A Welsh-language broadcaster's article, BBC Cymru Fyw-like: ``main`` holding ``data-component`` blocks
    (headline, byline, image, text), a links block "Hefyd o ddiddordeb:" between the text blocks, "Straeon
    perthnasol" after."""
    return _doc(page_, "cy", (
        f'<header data-testid="header-banner"><a href="/cymrufyw">{page_["site"]}</a><nav><ul>{_links(("Hafan", "Gwleidyddiaeth", "Addysg", "Chwaraeon", "Cylchgrawn"), "/cymrufyw/")}</ul></nav></header>'
        '<main id="main-content" data-testid="main-content"><article>'
        f'<div data-component="headline-block"><h1 id="main-heading">{page_["title"]}</h1></div>'
        f'<div data-component="byline-block"><span>{page_["author"]}</span><span>Newyddion BBC Cymru</span></div>'
        '<div data-component="image-block"><figure><img src="/ichef/tren.jpg" alt=""><figcaption>Trên ar reilffordd Dyffryn Conwy</figcaption></figure></div>'
        f"{article}"
        '</article><section data-component="related-content"><h2>Straeon perthnasol</h2>'
        f'<ul>{_lis(("Cynllun newydd i ailagor gorsafoedd", "Streic ar y rheilffyrdd ddydd Llun"), "/cymrufyw/")}</ul></section></main>'
        '<footer><p>Hawlfraint © 2024 BBC.</p></footer>'
    ))  # fmt: skip


def cy_p(text: str) -> tuple[str, str]:
    html, gold = p(text)
    return f'<div data-component="text-block">{html}</div>', gold


def cy_links(*titles: str) -> tuple[str, None]:
    return (
        '<div data-component="links-block"><p><b>Hefyd o ddiddordeb:</b></p>'
        f"<ul>{_lis(titles, '/cymrufyw/')}</ul></div>",
        None,
    )


# ---------------------------------------------------------------- Uzbek (kun.uz-like)
def uzbek(page_: dict, article: str) -> str:
    """An Uzbek portal in Latin script, kun.uz-like: ``div.single-content`` of paragraphs with a "Mavzuga
    oid:" line between them and the Telegram call closing it, tags and "So'nggi yangiliklar" after."""
    return _doc(page_, "uz", (
        f'<header class="header"><a class="logo" href="/">{page_["site"]}</a><ul class="nav">{_links(("Yangiliklar", "O‘zbekiston", "Jahon", "Iqtisodiyot", "Sport"), "/news/")}</ul></header>'
        '<div class="single-layout"><div class="single-header">'
        f'<h1 class="single-title">{page_["title"]}</h1><div class="date">09:40 / 16.05.2024</div></div>'
        '<div class="main-img"><img src="/storage/metro.jpg" alt=""><p class="img-source">Foto: Toshkent metropoliteni</p></div>'
        f'<div class="single-content">{article}'
        '<p><strong>Mavzuga oid:</strong> <a href="/news/2024/05/10/yer-usti-metro">Yer usti metrosida yangi bekatlar ochildi</a></p>'
        f'<p class="author-name">{page_["author"]}</p>'
        '<p><a href="https://t.me/kunuzofficial"><strong>Telegram</strong></a> kanalimizga obuna bo\'ling. Eng so\'nggi yangiliklarni birinchi bo\'lib o\'qing!</p></div>'
        '<div class="tags"><a href="/tag/metro">#metro</a> <a href="/tag/toshkent">#Toshkent</a></div>'
        '<div class="news-last"><h3>So\'nggi yangiliklar</h3>'
        f'<ul>{_lis(("Samarqandda yangi aeroport terminali ochildi", "Dollar kursi yana oshdi", "Paxtakor g‘alaba qozondi"), "/news/")}</ul></div></div>'
        '<footer><p>© 2024 Kun.uz. Barcha huquqlar himoyalangan.</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Kazakh (Cyrillic)
def kazakh(page_: dict, article: str) -> str:
    """A Kazakh portal in Cyrillic: ``div.content_main_text`` of paragraphs with a bold "Сондай-ақ оқыңыз:"
    line between them, the copyright note on quoting after it, "Соңғы жаңалықтар" after."""
    return _doc(page_, "kk", (
        f'<header><a class="logo" href="/kk/">{page_["site"]}</a><ul class="menu">{_links(("Жаңалықтар", "Қоғам", "Саясат", "Экономика", "Спорт"), "/kk/news/")}</ul></header>'
        '<main class="content"><div class="content_main">'
        f'<h1 class="head-single">{page_["title"]}</h1>'
        f'<div class="date-time">16 мамыр 2024, 11:20</div>'
        '<div class="content_main_thumb"><img src="/userdata/news/2024/astana-bus.jpg" alt=""><span>Фото: Tengrinews.kz</span></div>'
        f'<div class="content_main_text">{article}</div>'
        f'<div class="content_main_text_author">Автор: <a href="/kk/author/1">{page_["author"]}</a></div>'
        '<div class="content_main_share"><span>Бөлісу:</span> <a href="#">Facebook</a> <a href="#">Telegram</a></div></div>'
        '<aside class="content_side"><h3>Соңғы жаңалықтар</h3>'
        f'<ul>{_lis(("Алматыда жаңа саябақ ашылды", "Теңге нығайды", "Қайрат жеңіске жетті"), "/kk/news/")}</ul></aside></main>'
        '<footer><p>© 2024 Tengrinews.kz. Материалдарды пайдаланғанда сілтеме міндетті.</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Gujarati
def gujarati(page_: dict, article: str) -> str:
    """A Gujarati daily's story, Divya Bhaskar-like: a summary ``h2`` under the headline, ``div.story-body``
    of paragraphs with a bold "આ પણ વાંચો:" line and an advert labelled "જાહેરાત" between them."""
    return _doc(page_, "gu", (
        f'<header class="hdr"><a class="logo" href="/">{page_["site"]}</a><ul>{_links(("ગુજરાત", "અમદાવાદ", "દેશ", "વિદેશ", "બિઝનેસ", "સ્પોર્ટ્સ"), "/local/")}</ul></header>'
        '<main><article class="story">'
        f'<h1 class="story-title">{page_["title"]}</h1><h2 class="story-summary">{page_["deck"]}</h2>'
        f'<div class="story-meta"><span>{page_["author"]}</span> <span>અમદાવાદ, 16 મે 2024</span></div>'
        f'<div class="story-body">{article}</div>'
        '<div class="story-share"><a href="#">WhatsApp</a> <a href="#">Facebook</a></div>'
        '</article><aside class="more"><h3>વધુ સમાચાર</h3>'
        f'<ul>{_lis(("રાજકોટમાં ગરમીનો પારો 44 ડિગ્રી", "સુરતમાં નવો ફ્લાયઓવર ખુલ્લો મુકાયો"), "/local/")}</ul></aside></main>'
        '<footer><p>© 2024 DB Corp Ltd.</p></footer>'
    ))  # fmt: skip


def gu_ad() -> tuple[str, None]:
    return (
        '<div class="ad-slot"><span class="ad-label">જાહેરાત</span><div id="div-gpt-ad-3"></div></div>',
        None,
    )


# ---------------------------------------------------------------- Kannada
def kannada(page_: dict, article: str) -> str:
    """A Kannada daily's story, Prajavani-like: ``div.story-element-text`` paragraphs (a Quintype site) with a
    bold "ಇದನ್ನೂ ಓದಿ:" line between them, the share bar and "ಸಂಬಂಧಿತ ಸುದ್ದಿ" after."""
    return _doc(page_, "kn", (
        f'<header class="header"><a href="/">{page_["site"]}</a><ul>{_links(("ರಾಜ್ಯ", "ದೇಶ", "ವಿದೇಶ", "ಕ್ರೀಡೆ", "ವಾಣಿಜ್ಯ"), "/district/")}</ul></header>'
        '<main><div class="story-template">'
        f'<h1 class="headline">{page_["title"]}</h1>'
        f'<div class="author-details"><a href="/author/1">{page_["author"]}</a> <time>16 ಮೇ 2024, 10:05 IST</time></div>'
        '<figure class="story-element-image"><img src="/uploads/metro.jpg" alt=""><figcaption>ನಮ್ಮ ಮೆಟ್ರೊ ರೈಲು — ಪ್ರಜಾವಾಣಿ ಚಿತ್ರ</figcaption></figure>'
        f"{article}"
        '<div class="share"><a href="#">ಹಂಚಿಕೊಳ್ಳಿ</a></div></div>'
        '<section class="related"><h3>ಸಂಬಂಧಿತ ಸುದ್ದಿ</h3>'
        f'<ul>{_lis(("ಬೆಂಗಳೂರಿನಲ್ಲಿ ಮಳೆ: ಸಂಚಾರ ಅಸ್ತವ್ಯಸ್ತ", "ಬಿಎಂಟಿಸಿ ಬಸ್ ದರ ಏರಿಕೆ ಇಲ್ಲ"), "/district/")}</ul></section></main>'
        '<footer><p>© 2024 Prajavani</p></footer>'
    ))  # fmt: skip


def kn_p(text: str) -> tuple[str, str]:
    html, gold = p(text)
    return f'<div class="story-element story-element-text">{html}</div>', gold


# ---------------------------------------------------------------- Macedonian
def macedonian(page_: dict, article: str) -> str:
    """A Macedonian portal: ``div.article-body`` of paragraphs with a plain "Прочитај и:" line between them,
    the source line "Извор: МИА" closing it (as Bulgarian portals close on "Източник: БТА"), "Најчитани" after."""
    return _doc(page_, "mk", (
        f'<header><a class="logo" href="/">{page_["site"]}</a><ul class="nav">{_links(("Македонија", "Свет", "Економија", "Скопје", "Спорт"), "/category/")}</ul></header>'
        '<main><article class="article">'
        f'<h1>{page_["title"]}</h1><div class="meta"><span>{page_["author"]}</span> <time>16.05.2024 13:30</time></div>'
        '<figure><img src="/uploads/tramvaj.jpg" alt=""><figcaption>Фото: Град Скопје</figcaption></figure>'
        f'<div class="article-body">{article}</div>'
        '<div class="share"><a href="#">Сподели</a></div>'
        '</article><aside><h3>Најчитани</h3>'
        f'<ul>{_lis(("Цените на горивата повторно пониски", "Вардар победи во дербито"), "/category/")}</ul></aside></main>'
        '<footer><p>© 2024 Сите права се задржани.</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Pashto on Pangea (RFE/RL, VOA)
def pashto(page_: dict, article: str) -> str:
    """A Pashto service on RFE/RL's and VOA's Pangea CMS, right to left: ``div.wsw`` (the body) holding
    paragraphs and a "اړوند" (related) box ``div.wsw__embed`` of a linked story, the "ستاسو نظر" comments
    prompt and "نورې خبرې" after."""
    return _doc(page_, "ps", (
        f'<header class="hdr"><a class="header__logo" href="/">{page_["site"]}</a><ul class="nav">{_links(("خبرونه", "افغانستان", "پاکستان", "نړۍ", "ویډیو"), "/z/")}</ul></header>'
        '<div class="container"><div class="col-title"><h1 class="title pg-title">'
        f'{page_["title"]}</h1></div>'
        f'<div class="authors"><a href="/author/1">{page_["author"]}</a></div><time class="published">۱۴۰۳ غویی ۲۷</time>'
        '<div class="cover-media"><figure><img src="/img/kabul.jpg" alt=""><figcaption><span class="caption">د کابل یوه سړک</span></figcaption></figure></div>'
        f'<div class="intro m-t-md"><p>{page_["deck"]}</p></div>'
        f'<div class="body-container"><div id="article-content" class="content-floated-wrap fb-quotable"><div class="wsw">{article}</div></div></div>'
        '<div class="comments"><h3>ستاسو نظر</h3><p>تر اوسه هیڅ نظر نه دی ورکړل شوی.</p></div>'
        '<div class="media-block-wrap"><h2 class="section-head">نورې خبرې</h2>'
        f'<ul>{_lis(("په ننګرهار کې سېلابونو زیانونه اړولي", "د افغانۍ ارزښت لوړ شو"), "/a/")}</ul></div></div>'
        '<footer><p>© ۲۰۲۴ آزادي راډیو</p></footer>'
    ), dir_="rtl")  # fmt: skip


def ps_related(title: str) -> tuple[str, None]:
    return (
        '<div class="wsw__embed"><div class="media-block"><span class="media-block__label">اړوند</span>'
        f'<a href="/a/32950001.html" class="img-wrap"><img src="/img/r.jpg" alt=""></a><h4 class="media-block__title">{title}</h4></div></div>',
        None,
    )


# ---------------------------------------------------------------- a state governor's press release
def governor(page_: dict, article: str) -> str:
    """A US state governor's newsroom on Drupal: breadcrumbs, "FOR IMMEDIATE RELEASE" and the date above the
    headline, ``div.field--name-body`` closing on "###", the press contacts beside it, the sign-up for the
    governor's news and "Recent news" after."""
    return _doc(page_, "en", (
        '<div class="usa-banner"><p>An official website of the State of Colorado</p></div>'
        f'<header class="site-header"><a href="/">{page_["site"]}</a><ul class="menu">{_links(("Governor", "Newsroom", "Boards &amp; Commissions", "Contact"), "/governor/")}</ul></header>'
        '<nav class="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/governor/news">News</a></li></ol></nav>'
        '<main><article class="node node--type-press-release">'
        '<div class="field field--name-field-release-type">FOR IMMEDIATE RELEASE</div>'
        '<div class="field field--name-field-date">Thursday, May 16, 2024</div>'
        f'<h1 class="page-title">{page_["title"]}</h1>'
        f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">{article}'
        '<p style="text-align:center">###</p></div>'
        '<div class="field field--name-field-contacts"><h2>Media Contact</h2><p>Shelby Wieman<br>Press Secretary<br><a href="mailto:press@state.example">press@state.example</a><br>303-555-0142</p></div>'
        '</article><section class="block-signup"><h2>Get news from the Governor</h2><form><label>Email address</label><input type="email"><button>Sign up</button></form></section>'
        '<section class="view-recent-news"><h2>Recent news</h2>'
        f'<ul>{_lis(("Governor signs bill expanding free school meals", "State announces wildfire preparedness grants"), "/governor/news/")}</ul></section></main>'
        '<footer><p>Office of the Governor · 200 E Colfax Ave, Denver, CO 80203</p><a href="/accessibility">Accessibility</a> <a href="/privacy">Privacy</a></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- a foreign ministry's statement
def ministry(page_: dict, article: str) -> str:
    """A foreign ministry's media centre: the document type "Statements" and the headline, ``div.innerContent``
    of paragraphs closing on the place and the date each on its own line, print and share links, "Related
    documents" after."""
    return _doc(page_, "en", (
        f'<div class="top-bar"><a href="#main">Skip to main content</a> <a href="/hi/">हिन्दी</a> <a href="#">A+</a> <a href="#">A-</a></div>'
        f'<header><a class="logo" href="/">{page_["site"]}</a><ul class="mega-menu">{_links(("About MEA", "Foreign Relations", "Media Center", "Consular Services", "Passport"), "/portal/")}</ul></header>'
        '<main id="main"><div class="breadcrumb"><a href="/">Home</a> › <a href="/media-center">Media Center</a> › <a href="/statements">Statements</a></div>'
        '<div class="mainContent"><p class="docType">Statements</p>'
        f'<h1 class="heading">{page_["title"]}</h1><p class="date">May 16, 2024</p>'
        f'<div class="innerContent" id="innerContent">{article}'
        '<p><strong>New Delhi</strong><br><strong>May 16, 2024</strong></p></div>'
        '<div class="tools"><a href="#" onclick="window.print()">Print</a> <a href="#">Email</a> <a href="#">Share</a></div></div>'
        '<aside class="related-docs"><h3>Related documents</h3>'
        f'<ul>{_lis(("Visit of the Prime Minister of Mauritius to India", "Joint Statement on the India–Japan 2+2 Dialogue"), "/bilateral-documents/")}</ul></aside></main>'
        '<footer><p>Content owned by the Ministry. Last updated: May 16, 2024</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- a supreme court's press summary
def court(page_: dict, article: str) -> str:
    """A supreme court's press summary page: the case's details (citation, appeal, justices) in a box beside
    it, ``div.press-summary`` of headed sections closing on the note that the summary is no part of the
    reasons for the decision, the links to the judgment and the hearing's video after."""
    return _doc(page_, "en-gb", (
        _cookie("We use some essential cookies to make this website work. We'd like to set additional cookies to understand how you use the site.", "Accept additional cookies", "View cookies")
        + f'<header class="govuk-header"><a href="/">{page_["site"]}</a><ul>{_links(("Cases", "Judgments", "Watch court sessions", "Visit", "About"), "/")}</ul></header>'
        '<main class="govuk-main-wrapper"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">'
        '<span class="govuk-caption-l">Press summary</span>'
        f'<h1 class="govuk-heading-xl">{page_["title"]}</h1><p class="govuk-body-s">16 May 2024</p>'
        f'<div class="press-summary">{article}'
        '<p class="govuk-body-s"><em>This summary is provided to help in understanding the Court\'s decision. It does not form part of the reasons for the decision. The full judgment of the Court is the only authoritative document. Judgments are public documents and are available at: <a href="/judgments">Decided cases</a></em></p></div>'
        '<ul class="govuk-list"><li><a href="/cases/uksc-2023-0042-judgment.pdf">Judgment (PDF)</a></li><li><a href="/watch/uksc-2023-0042">Watch the hearing</a></li></ul></div>'
        '<div class="govuk-grid-column-one-third"><div class="case-details"><h2>Case details</h2>'
        '<dl><dt>Neutral citation number</dt><dd>[2024] UKSC 18</dd><dt>Case ID</dt><dd>UKSC 2023/0042</dd>'
        '<dt>On appeal from</dt><dd>[2022] EWCA Civ 1612</dd><dt>Justices</dt><dd>Lord Reed (President), Lord Hodge (Deputy President), Lady Rose, Lord Richards, Lady Simler</dd></dl></div></div></div></main>'
        '<footer class="govuk-footer"><p>© Crown copyright</p><a href="/accessibility">Accessibility statement</a></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- a wire story syndicated on a portal
def syndicated(page_: dict, article: str) -> str:
    """An Indian portal's world page carrying an agency's story from its feed: the agency's name as the
    byline, ``div.sp-cn`` of paragraphs (the first opening on the dateline), the portal's note that the story
    was published from a syndicated feed after it, the agency's tags, "Track Latest News Live" and "Top
    stories" after."""
    return _doc(page_, "en", (
        f'<header class="header"><a class="logo" href="/">{page_["site"]}</a><ul class="nav">{_links(("Latest", "India", "World", "Business", "Cricket", "Videos"), "/")}</ul></header>'
        '<main><div class="sp-wrp"><article class="sp-cn-wrp">'
        f'<h1 class="sp-ttl">{page_["title"]}</h1>'
        f'<div class="pst-by"><span class="pst-by_ln">{page_["author"]}</span> <span>World News</span> <span>May 16, 2024 14:52 pm IST</span></div>'
        '<div class="ins_instory_dv"><img src="/images/storm.jpg" alt=""><div class="ins_instory_dv_caption">Rescue workers in Porto Alegre. (File)</div></div>'
        f'<div class="sp-cn ins_storybody" id="ins_storybody">{article}'
        '<p><em>(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)</em></p></div>'
        '<div class="tags"><span>Track Latest News Live on NDTV.com and get news updates from India and around the world</span></div>'
        '<div class="tags"><a href="/topic/brazil">Brazil floods</a> <a href="/topic/rio-grande-do-sul">Rio Grande do Sul</a></div>'
        '</article><aside class="top-stories"><h3>Top Stories</h3>'
        f'<ul>{_lis(("Monsoon to hit Kerala by May 31, says IMD", "Sensex ends 600 points higher"), "/news/")}</ul></aside></div></main>'
        '<footer><p>© Copyright NDTV Convergence Limited 2024. All rights reserved.</p></footer>'
    ))  # fmt: skip


SKINS.update(
    r14_next_app=next_app,
    r14_hausa=hausa,
    r14_yoruba=yoruba,
    r14_icelandic=icelandic,
    r14_welsh=welsh,
    r14_uzbek=uzbek,
    r14_kazakh=kazakh,
    r14_gujarati=gujarati,
    r14_kannada=kannada,
    r14_macedonian=macedonian,
    r14_pashto=pashto,
    r14_governor=governor,
    r14_ministry=ministry,
    r14_court=court,
    r14_syndicated=syndicated,
)

# ================================================================ the pages
page(
    "r14-next-app-rsc-only",
    "Next.js App Router page bailed out to client rendering (the body only in self.__next_f.push's RSC payload, the story's HTML a T text row referred to as $5 from the component's props)",
    "r14_next_app",
    "Coastal towns plan for a metre of sea-level rise",
    "Priya Nair",
    "2024-05-16T08:00:00+01:00",
    [
        p(
            "Seven councils along the estuary have agreed to plan their roads, sewers and new housing for a sea one metre higher than today's by the end of the century, the first joint plan of its kind in the region."
        ),
        p(
            "The plan, published on Wednesday, maps which streets would flood on an ordinary high tide under that rise, and it asks developers to raise the ground floors of new homes in those areas by at least 60 centimetres."
        ),
        h("Roads and pumping stations"),
        p(
            "Three pumping stations and a stretch of the coast road will be moved inland over the next 20 years. The councils estimate the cost at £240 million, most of which they hope to win from national flood defence funds."
        ),
        p(
            "\u201cWe would rather make these decisions now, calmly, than after the next surge,\u201d said Helen Booth, who chairs the estuary partnership. \u201cThe water is not going to wait for us.\u201d"
        ),
        p(
            "Residents can comment on the plan until the end of July. A final version is due to be adopted in the autumn."
        ),
    ],
    site="The Meridian",
    deck="Seven councils agree a single plan for roads, sewers and homes.",
)
page(
    "r14-ha-aminiya-ruwa",
    "Hausa daily on WordPress (entry-content of paragraphs with a bold Karanta Kuma: line between them and a WhatsApp channel call at its foot, Raba wannan share bar, Labarai masu alaƙa)",
    "r14_hausa",
    "Gwamnatin Kano za ta samar da ruwan sha ga unguwanni 40",
    "Abdullahi Musa",
    "2024-05-16T09:30:00+01:00",
    [
        p(
            "Gwamnatin Jihar Kano ta ce za ta samar da ruwan sha mai tsafta ga unguwanni 40 a cikin birnin kafin ƙarshen shekarar nan. Kwamishinan Albarkatun Ruwa na jihar ne ya bayyana hakan a ranar Laraba."
        ),
        p(
            "Ya ce gwamnati ta ware Naira biliyan 12 domin gyara tsofaffin bututun ruwa da kuma gina sababbin tankuna guda shida a sassan birnin."
        ),
        _also("Karanta Kuma:", "An ƙaddamar da aikin gyaran hanyoyi a Kano"),
        p(
            "Mazauna unguwar Dorayi da Gwale sun shaida wa Aminiya cewa sun shafe watanni suna sayen ruwa daga masu tura amalanke, inda jarka guda ke kai Naira 150."
        ),
        p(
            "Kwamishinan ya ce aikin zai fara ne a watan Yuni, kuma za a kammala kashin farko cikin watanni uku."
        ),
    ],
    site="Aminiya",
)
page(
    "r14-yo-alaroye-oko",
    "Yoruba news site on tagDiv (td-post-content of paragraphs with a plain Ẹ tún lè kà: line between them, tags, Ìròyìn míì)",
    "r14_yoruba",
    "Ìjọba ṣí ọ̀nà ọkọ̀ ojú irin tuntun láàrin Ìbàdàn àti Èkó",
    "Adéwálé Ọláńrewájú",
    "2024-05-16T10:00:00+01:00",
    [
        p(
            "Ìjọba àpapọ̀ ti bẹ̀rẹ̀ ìrìn àjò ọkọ̀ ojú irin tuntun láàrin Ìbàdàn àti Èkó ní ọjọ́ Ìṣẹ́gun. Ọkọ̀ mẹ́rin ni yóò máa rìn lójoojúmọ́, tí ìrìn àjò kọ̀ọ̀kan yóò sì gba wákàtí méjì."
        ),
        p(
            "Alákòóso ilé-iṣẹ́ ọkọ̀ ojú irin sọ pé owó ọkọ̀ fún ẹnìkan jẹ́ ẹgbẹ̀rún mẹ́fà náírà, àwọn akẹ́kọ̀ọ́ yóò sì san ìdajì rẹ̀."
        ),
        _also("Ẹ tún lè kà:", "Àwọn awakọ̀ èrò gùnlẹ̀ sí Ìbàdàn lórí owó epo", bold=False),
        p(
            "Ọ̀pọ̀ àwọn arìnrìn-àjò tí a bá sọ̀rọ̀ ní ibùdókọ̀ Mọ̀níyà ní ọjọ́rú sọ pé inú àwọn dùn, nítorí pé ojú ọ̀nà márosẹ̀ ti kún fún ọkọ̀ jù."
        ),
        p("Ìjọba ní ọkọ̀ méjì mìíràn yóò dára pọ̀ mọ́ wọn kí oṣù Kẹjọ tó parí."),
    ],
    site="Aláròyé",
)
page(
    "r14-is-visir-straeto",
    "Icelandic portal, Vísir-like (a lead p.article-lead in the header, article-body of paragraphs with a bold Sjá einnig: line between them, a cookie banner, Fleiri fréttir)",
    "r14_icelandic",
    "Strætó fjölgar ferðum á kvöldin í haust",
    "Jón Þór Stefánsson",
    "2024-05-16T09:14:00+00:00",
    [
        p(
            "Strætó mun fjölga ferðum á kvöldin á tíu leiðum á höfuðborgarsvæðinu frá og með 1. september. Vagnar munu þá aka á fimmtán mínútna fresti til klukkan ellefu á virkum dögum."
        ),
        p(
            "Stjórn Strætó samþykkti breytinguna á fundi sínum á miðvikudag. Sveitarfélögin á höfuðborgarsvæðinu greiða kostnaðinn, sem er áætlaður um 380 milljónir króna á ári."
        ),
        _also("Sjá einnig:", "Fargjöld hækka um fjögur prósent"),
        p(
            "„Við höfum heyrt það aftur og aftur frá farþegum að kvöldferðirnar séu of fáar,“ segir Jóhannes Svavar Rúnarsson, framkvæmdastjóri Strætó."
        ),
        p("Breytingin er liður í undirbúningi fyrir Borgarlínu, sem á að hefja akstur árið 2029."),
    ],
    site="Vísir",
    deck="Vagnar munu aka á fimmtán mínútna fresti til ellefu á kvöldin.",
)
page(
    "r14-cy-cymrufyw-rheilffordd",
    "Welsh broadcaster, BBC Cymru Fyw-like (data-component text-blocks, a links-block Hefyd o ddiddordeb: list between them, Straeon perthnasol)",
    "r14_welsh",
    "Gwasanaeth trenau newydd i Ddyffryn Conwy o fis Medi",
    "Elen Wyn",
    "2024-05-16T06:30:00+01:00",
    [
        cy_p(
            "Bydd gwasanaeth trên bob awr yn rhedeg ar reilffordd Dyffryn Conwy o fis Medi, yn ôl Trafnidiaeth Cymru. Ar hyn o bryd dim ond chwe thrên y dydd sy'n teithio rhwng Llandudno a Blaenau Ffestiniog."
        ),
        cy_p(
            "Dywedodd y cwmni fod y newid yn bosib diolch i drenau newydd a gwaith ar y cledrau ger Betws-y-Coed dros y gaeaf."
        ),
        cy_links("Cynllun newydd i ailagor gorsafoedd", "Prisiau tocynnau trên i godi eto"),
        cy_p(
            '"Mae pobl y dyffryn wedi bod yn gofyn am hyn ers blynyddoedd," meddai\'r cynghorydd lleol Aled Evans. "Bydd yn gwneud gwahaniaeth mawr i bobl ifanc sy\'n teithio i\'r coleg."'
        ),
        cy_p("Bydd yr amserlen newydd yn cael ei chyhoeddi ym mis Gorffennaf."),
    ],
    site="BBC Cymru Fyw",
)
page(
    "r14-uz-kunuz-metro",
    "Uzbek portal in Latin script, kun.uz-like (single-content of paragraphs closing on a bold Mavzuga oid: line, the author's name and a Telegram call, tags, So'nggi yangiliklar)",
    "r14_uzbek",
    "Toshkent metrosida yangi liniya qurilishi boshlandi",
    "Dilshod Karimov",
    "2024-05-16T09:40:00+05:00",
    [
        p(
            "Toshkentda metroning Sergeli tumanini shahar markazi bilan bog'laydigan yangi liniyasi qurilishi boshlandi. Bu haqda Toshkent shahar hokimligi payshanba kuni ma'lum qildi."
        ),
        p(
            "Uzunligi 11 kilometr bo'lgan liniyada sakkizta bekat quriladi. Loyiha qiymati 480 million dollarga baholanmoqda va qurilish 2027 yilda yakunlanishi kutilmoqda."
        ),
        p(
            "Hokimlik ma'lumotiga ko'ra, yangi liniya har kuni 150 ming yo'lovchiga xizmat ko'rsatadi va Sergeli hamda Chilonzor yo'nalishidagi avtobuslardagi tirbandlikni kamaytiradi."
        ),
    ],
    site="Kun.uz",
)
page(
    "r14-kk-tengri-avtobus",
    "Kazakh portal in Cyrillic (content_main_text of paragraphs with a bold Сондай-ақ оқыңыз: line between them, the author's line and share bar after, Соңғы жаңалықтар)",
    "r14_kazakh",
    "Астанада 300 жаңа электр автобус іске қосылады",
    "Айгерім Сәрсенова",
    "2024-05-16T11:20:00+05:00",
    [
        p(
            "Астанада жыл соңына дейін 300 жаңа электр автобус жолға шығады. Бұл туралы қала әкімдігі бейсенбі күні хабарлады."
        ),
        p(
            "Әкімдіктің мәліметінше, автобустар он бағытта жүреді және олардың әрқайсысы бір зарядпен 250 шақырымға дейін жүре алады."
        ),
        _also("Сондай-ақ оқыңыз:", "Алматыда қоғамдық көлік жол ақысы өзгереді", "/kk/news/1"),
        p(
            "Қала тұрғындары аялдамаларда ұзақ күтуге шағымданып жүр. Әкімдік жаңа автобустар келгенде күту уақыты орта есеппен сегіз минутқа дейін қысқарады деп отыр."
        ),
        p("Автобустарды отандық зауыт Қостанайда құрастырады."),
    ],
    site="Tengrinews",
)
page(
    "r14-gu-bhaskar-garmi",
    "Gujarati daily, Divya Bhaskar-like (a summary h2 under the headline, story-body of paragraphs with a bold આ પણ વાંચો: line and a જાહેરાત advert between them)",
    "r14_gujarati",
    "અમદાવાદમાં ગરમીથી બચવા 200 કૂલિંગ સેન્ટર શરૂ થશે",
    "ભાસ્કર ન્યૂઝ",
    "2024-05-16T10:00:00+05:30",
    [
        p(
            "અમદાવાદ મ્યુનિસિપલ કોર્પોરેશને શહેરમાં ગરમીથી લોકોને રાહત આપવા 200 કૂલિંગ સેન્ટર શરૂ કરવાનો નિર્ણય કર્યો છે. આ સેન્ટર બગીચા, શાળાઓ અને બસ સ્ટેન્ડ પાસે ઊભાં કરાશે."
        ),
        p(
            "કોર્પોરેશનના આરોગ્ય વિભાગે જણાવ્યું કે દરેક સેન્ટરમાં પીવાનું ઠંડું પાણી, ઓઆરએસ અને છાંયડાની વ્યવસ્થા હશે. સેન્ટર સવારે 11થી સાંજે 5 વાગ્યા સુધી ખુલ્લાં રહેશે."
        ),
        _also("આ પણ વાંચો:", "રાજ્યમાં હીટવેવનું યલો એલર્ટ", "/local/1"),
        gu_ad(),
        p(
            "છેલ્લા એક અઠવાડિયાથી શહેરનું તાપમાન 44 ડિગ્રીથી ઉપર રહ્યું છે. ડોક્ટરોએ લોકોને બપોરે બહાર ન નીકળવા અને વધુ પાણી પીવાની સલાહ આપી છે."
        ),
    ],
    site="Divya Bhaskar",
    deck="બગીચા, શાળાઓ અને બસ સ્ટેન્ડ પાસે ઠંડા પાણીની વ્યવસ્થા",
)
page(
    "r14-kn-prajavani-metro",
    "Kannada daily on Quintype, Prajavani-like (story-element-text blocks with a bold ಇದನ್ನೂ ಓದಿ: line between them, ಸಂಬಂಧಿತ ಸುದ್ದಿ)",
    "r14_kannada",
    "ನಮ್ಮ ಮೆಟ್ರೊ ಹಳದಿ ಮಾರ್ಗ ಜುಲೈನಲ್ಲಿ ಆರಂಭ",
    "ಪ್ರಜಾವಾಣಿ ವಾರ್ತೆ",
    "2024-05-16T10:05:00+05:30",
    [
        kn_p(
            "ಆರ್.ವಿ. ರಸ್ತೆಯಿಂದ ಬೊಮ್ಮಸಂದ್ರದವರೆಗಿನ ನಮ್ಮ ಮೆಟ್ರೊ ಹಳದಿ ಮಾರ್ಗದಲ್ಲಿ ಜುಲೈ ತಿಂಗಳಿನಿಂದ ರೈಲುಗಳ ಸಂಚಾರ ಆರಂಭವಾಗಲಿದೆ ಎಂದು ಬಿಎಂಆರ್‌ಸಿಎಲ್ ತಿಳಿಸಿದೆ."
        ),
        kn_p("19 ಕಿ.ಮೀ ಉದ್ದದ ಈ ಮಾರ್ಗದಲ್ಲಿ 16 ನಿಲ್ದಾಣಗಳಿವೆ. ಎಲೆಕ್ಟ್ರಾನಿಕ್ ಸಿಟಿಯ ಉದ್ಯೋಗಿಗಳಿಗೆ ಈ ಮಾರ್ಗದಿಂದ ಹೆಚ್ಚು ಅನುಕೂಲವಾಗಲಿದೆ."),
        raw(
            '<div class="story-element story-element-text"><p><strong>ಇದನ್ನೂ ಓದಿ:</strong> <a href="/district/1">ಮೆಟ್ರೊ ಪ್ರಯಾಣ ದರ ಪರಿಷ್ಕರಣೆಗೆ ಸಮಿತಿ</a></p></div>'
        ),
        kn_p(
            "ಚಾಲಕರಹಿತ ರೈಲುಗಳ ಪರೀಕ್ಷಾರ್ಥ ಸಂಚಾರ ಈಗಾಗಲೇ ನಡೆಯುತ್ತಿದೆ. ಸುರಕ್ಷತಾ ಆಯುಕ್ತರ ಅನುಮತಿ ಸಿಕ್ಕ ಕೂಡಲೇ ಸಾರ್ವಜನಿಕರಿಗೆ ಮಾರ್ಗ ಮುಕ್ತವಾಗಲಿದೆ."
        ),
    ],
    site="Prajavani",
)
page(
    "r14-mk-portal-tramvaj",
    "Macedonian portal (article-body of paragraphs with a plain Прочитај и: line between them and the source line Извор: МИА closing it, Најчитани)",
    "r14_macedonian",
    "Скопје објави тендер за првата трамвајска линија",
    "Редакција",
    "2024-05-16T13:30:00+02:00",
    [
        p(
            "Град Скопје денеска објави меѓународен тендер за изградба на првата трамвајска линија, која ќе ги поврзува Ѓорче Петров и Аеродром преку центарот на градот."
        ),
        p(
            "Линијата ќе биде долга 13 километри и ќе има 22 постојки. Вредноста на проектот се проценува на 190 милиони евра, а дел од средствата ќе бидат обезбедени преку кредит од Европската банка за обнова и развој."
        ),
        _also("Прочитај и:", "Нови автобуси на линиите кон Сарај", "/category/1", bold=False),
        p(
            "Според Градот, изградбата би требало да започне следната година и да трае три години. Понудите се отвораат на 20 август."
        ),
        raw("<p>Извор: МИА</p>"),
    ],
    site="Слободен печат",
)
page(
    "r14-ps-pangea-sarak",
    "Pashto service on RFE/RL's Pangea CMS, right to left (an intro p in the header, div.wsw of paragraphs with an اړوند related box wsw__embed between them, ستاسو نظر comments, نورې خبرې)",
    "r14_pashto",
    "د کابل - جلال اباد لویه لاره بیا جوړېږي",
    "ازادي راډیو",
    "2024-05-16T11:00:00+04:30",
    [
        p(
            "د طالبانو د عامه ګټو وزارت وایي چې د کابل - جلال اباد لویې لارې د بیا جوړولو کار به د روان کال په دوبي کې پیل شي. دا لاره د افغانستان او پاکستان ترمنځ د سوداګرۍ تر ټولو مهمه لاره ده."
        ),
        p(
            "د وزارت یوه ویاند ازادي راډیو ته وویل چې د سړک ۱۴۰ کیلومتره برخه به بیا ورغول شي او دا کار به شاوخوا دوه کاله وخت ونیسي."
        ),
        ps_related("په ننګرهار کې د تورخم لاره بیا پرانیستل شوه"),
        p(
            "موټر چلوونکي وایي چې د لارې د خرابۍ له امله یې سفر له دریو ساعتونو څخه شپږو ساعتونو ته رسېدلی دی."
        ),
        p("د دې پروژې لګښت لا نه دی اعلان شوی."),
    ],
    site="ازادي راډیو",
    deck="د عامه ګټو وزارت وایي کار به په دوبي کې پیل شي.",
)
page(
    "r14-gov-governor-release",
    "US state governor's newsroom on Drupal (FOR IMMEDIATE RELEASE and the date above the headline, field--name-body closing on ###, the media contact, Get news from the Governor sign-up, Recent news)",
    "r14_governor",
    "Governor Announces $45 Million for Rural Broadband in 12 Counties",
    "Office of the Governor",
    "2024-05-16T10:00:00-06:00",
    [
        p(
            "DENVER — Governor Jared Polis today announced $45 million in grants to bring high-speed internet to more than 18,000 homes and businesses in 12 rural counties. The grants, from the state's Broadband Deployment Board, will fund fiber networks built by seven local providers."
        ),
        p(
            "\u201cEvery Coloradan deserves an internet connection fast enough to run a business, see a doctor or take a class from home,\u201d said Governor Polis. \u201cThese grants take us one step closer to connecting every household in the state.\u201d"
        ),
        h("Where the networks will be built"),
        p(
            "The largest grant, $9.2 million, goes to a cooperative serving Saguache and Rio Grande counties, where fewer than a third of homes can now buy a connection of 100 megabits a second. Other grants go to providers in Baca, Kiowa, Moffat and Routt counties."
        ),
        p(
            "Providers must finish construction within three years and offer a low-cost plan of $30 a month or less to households that qualify for federal assistance."
        ),
        p(
            "The state has now awarded $210 million for broadband since 2021. A map of the funded projects is available on the Colorado Broadband Office's website."
        ),
    ],
    site="Colorado Governor",
)
page(
    "r14-mea-spokesperson-statement",
    "foreign ministry's statement (docType Statements above the headline, innerContent of paragraphs closing on the place and the date in bold, each on its own line, print and share tools, Related documents)",
    "r14_ministry",
    "Statement by the Official Spokesperson on the situation in the Red Sea",
    "Ministry of External Affairs",
    "2024-05-16T18:00:00+05:30",
    [
        p(
            "India is deeply concerned at the recent attacks on merchant shipping in the Red Sea and the Gulf of Aden, which have put the lives of seafarers, including Indian nationals, at risk."
        ),
        p(
            "The Indian Navy has increased its presence in the region and has responded to several incidents involving vessels with Indian crew. All 22 Indian crew members of the vessel attacked on 14 May are safe."
        ),
        p(
            "India calls on all parties to respect international law and to ensure the freedom of navigation. We remain in touch with the countries of the region and with our partners on the safety of shipping."
        ),
        p(
            "Indian seafarers in the region are advised to stay in contact with the Directorate General of Shipping and the Indian missions in the region."
        ),
    ],
    site="Ministry of External Affairs",
)
page(
    "r14-uksc-press-summary",
    "supreme court press summary (a cookie banner, the case details box beside it, press-summary of headed sections closing on the note that it is no part of the reasons for the decision, links to the judgment and the hearing)",
    "r14_court",
    "R (on the application of Harlow) v Secretary of State for Levelling Up, Housing and Communities",
    "The Supreme Court",
    "2024-05-16T09:45:00+01:00",
    [
        h("Background to the appeal"),
        p(
            "The appellant, Ms Harlow, lives next to a site where the local council granted planning permission for 300 homes. She argued that the Secretary of State should have called in the application for his own decision, because it conflicted with the local plan."
        ),
        p(
            "The High Court and the Court of Appeal dismissed her claim for judicial review. She appealed to the Supreme Court."
        ),
        h("Judgment"),
        p(
            "The Supreme Court unanimously dismisses the appeal. Lord Richards gives the judgment, with which Lord Reed, Lord Hodge, Lady Rose and Lady Simler agree."
        ),
        h("Reasons for the judgment"),
        p(
            "The power to call in an application is a broad discretion. The Secretary of State's policy is to use it very selectively, for proposals of more than local importance, and there is nothing unlawful in that policy [24-31]."
        ),
        p(
            "A conflict with the local plan does not by itself make a proposal one of more than local importance. The decision not to call in the application was not irrational [42-47]."
        ),
    ],
    site="The Supreme Court",
)
page(
    "r14-wire-syndicated-feed",
    "agency story syndicated on an Indian portal (the agency as byline, the dateline opening the first paragraph, the Except for the headline ... syndicated feed note after the body, Track Latest News Live, Top Stories)",
    "r14_syndicated",
    "Brazil floods death toll rises to 149 as rain returns",
    "Agence France-Presse",
    "2024-05-16T14:52:00+05:30",
    [
        p(
            "Porto Alegre, Brazil: The death toll from floods in southern Brazil rose to 149 on Thursday, officials said, as heavy rain returned to the region and rescuers kept searching for more than 100 people still missing."
        ),
        p(
            "The Guaiba river, which runs past the state capital Porto Alegre, rose again overnight after falling for several days, the civil defence agency said. More than 600,000 people have been forced from their homes."
        ),
        p(
            "\u201cThe water is coming back into streets that we had only just cleaned,\u201d said Marcia Fonseca, 52, who was helping neighbours carry furniture to the upper floor of a church."
        ),
        p(
            "President Luiz Inacio Lula da Silva has promised billions of reais in aid for the state of Rio Grande do Sul, where the floods have destroyed roads, bridges and crops."
        ),
    ],
    site="NDTV",
)
