"""The fifteenth round of ``bench/extraction_pages``: pages (``r15-*``) of languages, platforms and page kinds
the first fourteen rounds lack, each in a template written here after what the outlet's or platform's pages emit.

Languages: Sinhala (a Lankadeepa-like daily, "මෙයත් කියවන්න:" lines), Lao (a state daily, "ອ່ານເພີ່ມເຕີມ:"),
Somali (a Mogadishu portal on WordPress, "Akhri sidoo kale:", a Facebook call), Bosnian (Klix-like, a lead in the
header, a plain "Pročitajte još:" line, "Komentari"), Mongolian (Cyrillic, ikon.mn-like, "Холбоотой мэдээ:"), Odia
(a Sambad-like daily, "ଆହୁରି ପଢନ୍ତୁ:", a "ବିଜ୍ଞାପନ" advert label), Belarusian (Наша Ніва-like, "Чытайце таксама:",
a Telegram call) and Galician (Nós Diario-like, "Le tamén:"). Platforms: a Laravel page on Inertia.js whose body is
only in the ``data-page`` attribute of its root ``div#app`` (the page object as HTML-escaped JSON), a Tilda page
(``t-records`` of ``t-rec`` blocks, a text block of ``<br>``-parted paragraphs, a title block), a WordPress page
built with Avada's Fusion Builder (``fusion-text`` columns several divs deep, "Share This Story, Choose Your
Platform!"), one built with Beaver Builder (``fl-rich-text`` modules between a heading, a photo and a button
module) and a Gatsby blog (``gatsby-starter-blog``'s ``section[itemprop=articleBody]``, the author's bio and the
previous and next posts). Kinds: a local story holding a Crowdsignal poll and one holding a quiz box. The gold
of every page was written before nutgraf was run on it: it leaves out leads in the header, captions, calls to
read another story or follow a channel, advert labels, polls, quizzes, an author's bio, a builder's buttons and
share boxes; it keeps headings in the story.
"""

from __future__ import annotations

import html as _html
import json

from articles import page
from fourth_round import _cookie, _doc, _links
from furniture import SKINS
from parts import h, p, raw
from thirteenth_round import _also, _lis


# ---------------------------------------------------------------- Sinhala (a Lankadeepa-like daily)
def sinhala(page_: dict, article: str) -> str:
    """A Sinhala daily: ``div.news-content`` of paragraphs with a bold "මෙයත් කියවන්න:" line between them, the
    share bar and "තවත් පුවත්" after."""
    return _doc(page_, "si", (
        f'<div class="top-bar"><a class="logo" href="/">{page_["site"]}</a><ul class="main-menu">{_links(("පුවත්", "දේශපාලන", "ක්‍රීඩා", "ව්‍යාපාර", "විශේෂාංග"), "/category/")}</ul></div>'
        '<div class="container"><div class="col-md-8"><div class="news-header">'
        f'<h1 class="news-title">{page_["title"]}</h1><p class="news-datestamp">2024 මැයි 16 බ්‍රහස්පතින්දා, පෙ.ව. 10:15</p></div>'
        '<div class="news-image"><img src="/images/colombo-bus.jpg" alt=""><p class="caption">කොළඹ කොටුව බස් නැවතුම්පොළ</p></div>'
        f'<div class="news-content">{article}</div>'
        '<div class="share-bar"><span>බෙදාගන්න:</span> <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">Viber</a></div>'
        f'</div><div class="col-md-4 sidebar"><h3>තවත් පුවත්</h3><ul>{_lis(("ඉන්ධන මිල අඩු කෙරේ", "උසස් පෙළ ප්‍රතිඵල නිකුත් කෙරේ", "කොළඹ දින තුනක ජල කප්පාදුවක්"), "/news/")}</ul></div></div>'
        '<footer><p>© 2024 Lankadeepa. සියලුම හිමිකම් ඇවිරිණි.</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Lao (a state daily)
def lao(page_: dict, article: str) -> str:
    """A Lao daily: ``div.entry-content`` of paragraphs with a plain "ອ່ານເພີ່ມເຕີມ:" line between them, the
    source line and "ຂ່າວທີ່ກ່ຽວຂ້ອງ" after."""
    return _doc(page_, "lo", (
        f'<header class="site-header"><a class="site-logo" href="/">{page_["site"]}</a><nav><ul>{_links(("ໜ້າຫຼັກ", "ການເມືອງ", "ເສດຖະກິດ", "ສັງຄົມ", "ກິລາ"), "/category/")}</ul></nav></header>'
        '<main class="site-main"><article class="post">'
        f'<h1 class="entry-title">{page_["title"]}</h1><div class="entry-meta"><span class="posted-on">16/05/2024</span> <span class="byline">{page_["author"]}</span></div>'
        '<figure class="wp-block-image"><img src="/uploads/rail.jpg" alt=""><figcaption>ສະຖານີລົດໄຟນະຄອນຫຼວງວຽງຈັນ</figcaption></figure>'
        f'<div class="entry-content">{article}</div>'
        '<div class="post-share"><a href="#">Facebook</a> <a href="#">WhatsApp</a></div></article>'
        f'<aside class="related"><h3>ຂ່າວທີ່ກ່ຽວຂ້ອງ</h3><ul>{_lis(("ລາຄານ້ຳມັນຫຼຸດລົງ", "ວຽງຈັນເປີດຕະຫຼາດໃໝ່"), "/news/")}</ul></aside></main>'
        '<footer><p>© 2024 Vientiane Mai. ສະຫງວນລິຂະສິດ.</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Somali (a Mogadishu portal on WordPress)
def somali(page_: dict, article: str) -> str:
    """A Somali portal on WordPress (a tagDiv-like theme): ``div.td-post-content`` of paragraphs with a bold
    "Akhri sidoo kale:" line between them and a Facebook call closing it, "Wararka la xiriira" after."""
    return _doc(page_, "so", (
        f'<div class="td-header-wrap"><a class="td-logo" href="/">{page_["site"]}</a><ul class="sf-menu">{_links(("Wararka", "Siyaasad", "Dhaqaalaha", "Ciyaaraha", "Caalamka"), "/category/")}</ul></div>'
        '<article class="post"><header class="td-post-title">'
        f'<h1 class="entry-title">{page_["title"]}</h1><div class="td-module-meta-info"><span class="td-post-author-name">{page_["author"]}</span> <time class="entry-date">May 16, 2024</time></div></header>'
        '<div class="td-post-featured-image"><img src="/wp-content/uploads/dekada.jpg" alt=""></div>'
        f'<div class="td-post-content tagdiv-type">{article}'
        '<p><strong>Nagala soco wararka ugu dambeeyay bogga Facebook-ga: <a href="https://facebook.com/hiiraan">Riix halkan</a></strong></p></div>'
        '<div class="td-post-sharing"><span>La wadaag:</span> <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a></div>'
        f'</article><div class="td_block_related_posts"><h4>Wararka la xiriira</h4><ul>{_lis(("Roob mahiigaan ah oo ka da’ay Baydhabo", "Xulka Soomaaliya oo guul gaaray"), "/wararka/")}</ul></div>'
        '<div class="td-footer-wrap"><p>© 2024 Hiiraan Online. Xuquuqda oo dhan way xifdisan tahay.</p></div>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Bosnian (Klix-like)
def bosnian(page_: dict, article: str) -> str:
    """A Bosnian portal, Klix-like: a lead ``p.lead`` under the headline, ``div#text`` of paragraphs with a plain
    "Pročitajte još:" line between them, "Komentari" and "Najnovije" after; a cookie banner."""
    return _doc(page_, "bs", (
        _cookie("Koristimo kolačiće kako bismo vam pružili bolje iskustvo na stranici.", "Prihvatam", "Saznajte više")
        + f'<header class="header"><a class="logo" href="/">{page_["site"]}</a><ul class="nav">{_links(("Vijesti", "BiH", "Sarajevo", "Biznis", "Sport", "Magazin"), "/vijesti/")}</ul></header>'
        '<div class="article-wrapper"><article>'
        f'<h1 class="title">{page_["title"]}</h1><p class="lead">{page_["deck"]}</p>'
        f'<div class="meta"><span class="author">{page_["author"]}</span> <time>16.5.2024. 11:42</time> <span class="comments-count">34 komentara</span></div>'
        '<figure><img src="/resources/images/tramvaj.jpg" alt=""><figcaption>Foto: Klix.ba</figcaption></figure>'
        f'<div id="text" class="text">{article}</div>'
        '<div class="share"><a href="#">Podijeli</a> <a href="#">Facebook</a> <a href="#">Viber</a></div>'
        '</article><section id="komentari"><h3>Komentari (34)</h3><p>Pravila komentarisanja</p><a href="/login">Prijavi se da komentarišeš</a></section>'
        f'<aside class="latest"><h3>Najnovije</h3><ul>{_lis(("Snijeg na Bjelašnici usred maja", "Poskupljuje gorivo od ponedjeljka", "Željezničar pobijedio u derbiju"), "/vijesti/")}</ul></aside></div>'
        '<footer><p>© 2024 Klix.ba. Sva prava zadržana.</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Mongolian (ikon.mn-like)
def mongolian(page_: dict, article: str) -> str:
    """A Mongolian portal in Cyrillic, ikon.mn-like: ``div.inewscontent`` of paragraphs with a bold
    "Холбоотой мэдээ:" line between them, the view count and "Шинэ мэдээ" after."""
    return _doc(page_, "mn", (
        f'<div class="header"><a class="logo" href="/">{page_["site"]}</a><ul class="menu">{_links(("Мэдээ", "Улс төр", "Эдийн засаг", "Нийгэм", "Спорт"), "/l/")}</ul></div>'
        '<div class="inews"><div class="inewstitle">'
        f'<h1>{page_["title"]}</h1><div class="inewsinfo"><span class="date">2024-05-16 10:30</span> <span class="views">Үзсэн: 4,812</span></div></div>'
        '<div class="inewsimage"><img src="/content/bus.jpg" alt=""><p class="imgsource">Зураг: ikon.mn</p></div>'
        f'<div class="inewscontent">{article}</div>'
        f'<div class="inewsauthor">Эх сурвалж: {page_["site"]}</div>'
        f'<div class="share"><a href="#">Facebook</a> <a href="#">Twitter</a></div></div>'
        f'<div class="latest"><h3>Шинэ мэдээ</h3><ul>{_lis(("Улаанбаатарт цас орно", "Төгрөгийн ханш суларлаа", "Шигшээ баг ялалт байгууллаа"), "/n/")}</ul></div>'
        '<footer><p>© 2024 ikon.mn</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Odia (a Sambad-like daily)
def odia(page_: dict, article: str) -> str:
    """An Odia daily: ``div.news-details`` of paragraphs with a bold "ଆହୁରି ପଢନ୍ତୁ:" line and a "ବିଜ୍ଞାପନ" advert
    label between them, "ଅଧିକ ଖବର" after."""
    return _doc(page_, "or", (
        f'<header><a class="logo" href="/">{page_["site"]}</a><ul class="nav">{_links(("ରାଜ୍ୟ", "ଜାତୀୟ", "ଖେଳ", "ମନୋରଞ୍ଜନ", "ବାଣିଜ୍ୟ"), "/odisha/")}</ul></header>'
        '<div class="news-wrap">'
        f'<h1 class="news-title">{page_["title"]}</h1><div class="news-meta"><span>{page_["author"]}</span> <span>ମେ 16, 2024</span></div>'
        '<div class="news-img"><img src="/uploads/puri.jpg" alt=""><span class="img-caption">ଫାଇଲ ଫଟୋ</span></div>'
        f'<div class="news-details">{article}</div>'
        f'<div class="more-news"><h3>ଅଧିକ ଖବର</h3><ul>{_lis(("ରାଜ୍ୟରେ ଗ୍ରୀଷ୍ମ ପ୍ରବାହ ଜାରି", "କଟକରେ ନୂଆ ବସ୍ ଷ୍ଟାଣ୍ଡ"), "/odisha/")}</ul></div></div>'
        '<footer><p>© 2024 Sambad. ସର୍ବସ୍ୱତ୍ୱ ସଂରକ୍ଷିତ।</p></footer>'
    ))  # fmt: skip


def or_ad() -> tuple[str, None]:
    return (
        '<div class="ad-slot"><span class="ad-label">ବିଜ୍ଞାପନ</span><div id="div-gpt-ad-mid"></div></div>',
        None,
    )


# ---------------------------------------------------------------- Belarusian (Наша Ніва-like)
def belarusian(page_: dict, article: str) -> str:
    """A Belarusian outlet, Наша Ніва-like: ``div.article__content`` of paragraphs with a bold "Чытайце таксама:"
    line between them and a Telegram call closing it, tags and "Галоўнае" after."""
    return _doc(page_, "be", (
        f'<header class="header"><a class="logo" href="/">{page_["site"]}</a><nav><ul>{_links(("Навіны", "Палітыка", "Грамадства", "Эканоміка", "Культура"), "/c/")}</ul></nav></header>'
        '<main><article class="article">'
        f'<h1 class="article__title">{page_["title"]}</h1><div class="article__meta"><span class="article__author">{page_["author"]}</span> <time>16.05.2024, 12:10</time></div>'
        '<figure class="article__image"><img src="/media/minsk-metro.jpg" alt=""><figcaption>Фота: «Наша Ніва»</figcaption></figure>'
        f'<div class="article__content">{article}'
        '<p><b>Падпісвайцеся на наш <a href="https://t.me/nashaniva">Telegram-канал</a>!</b></p></div>'
        '<div class="article__tags"><a href="/tag/metro">метро</a> <a href="/tag/minsk">Мінск</a></div></article>'
        f'<aside class="main-news"><h3>Галоўнае</h3><ul>{_lis(("У Мінску падаражае праезд", "Надвор&#39;е: у выхадныя будзе +28"), "/news/")}</ul></aside></main>'
        '<footer><p>© 2024 Наша Ніва</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Galician (Nós Diario-like)
def galician(page_: dict, article: str) -> str:
    """A Galician daily, Nós Diario-like: ``div.article-body`` of paragraphs with a plain "Le tamén:" line between
    them, a subscription box after the body, "Máis noticias"."""
    return _doc(page_, "gl", (
        f'<header class="site-header"><a class="logo" href="/">{page_["site"]}</a><nav><ul>{_links(("Galiza", "Política", "Economía", "Cultura", "Deportes"), "/seccion/")}</ul></nav></header>'
        '<main><article class="article">'
        f'<h1 class="article-title">{page_["title"]}</h1><div class="article-meta"><span class="author">{page_["author"]}</span> <time>16/05/2024</time></div>'
        '<figure><img src="/imaxes/tren.jpg" alt=""><figcaption>Un tren na estación de Ourense. (Foto: Nós Diario)</figcaption></figure>'
        f'<div class="article-body">{article}</div>'
        '<div class="subscribe-box"><h3>Apoia o xornalismo en galego</h3><p>Subscríbete a Nós Diario desde 6 euros ao mes.</p><a href="/subscricion">Subscríbete</a></div>'
        f'</article><aside class="more"><h3>Máis noticias</h3><ul>{_lis(("A Xunta adía o novo plan de vivenda", "O Celta pecha a tempada en Balaídos"), "/seccion/")}</ul></aside></main>'
        '<footer><p>© 2024 Nós Diario</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Inertia.js (body only in data-page)
def inertia(page_: dict, article: str) -> str:
    """A Laravel site on Inertia.js with Vue, its server rendering off: the Blade layout's ``@inertia``
    directive writes ``<div id="app" data-page="...">``, the page object (component, props, url, version) as
    JSON that ``json_encode`` escapes slashes in and Blade HTML-escapes; the article's HTML is a prop. Nothing
    else of the story is in the HTML but the title."""
    page_object = {
        "component": "Articles/Show",
        "props": {
            "errors": {},
            "auth": {"user": None},
            "flash": {"message": None},
            "article": {
                "id": 4182,
                "slug": page_["id"],
                "title": page_["title"],
                "excerpt": page_["deck"],
                "body": article,
                "author": {"name": page_["author"], "slug": "tom-reeves"},
                "published_at": page_["date"],
                "category": {"name": "Council", "slug": "council"},
            },
            "related": [
                {"title": "Library opening hours extended over summer", "slug": "library-hours"},
                {"title": "New crossing approved outside primary school", "slug": "school-crossing"},
            ],
        },
        "url": f"/news/{page_['id']}",
        "version": "6b1e0c1f5ad2a8c3",
    }
    encoded = json.dumps(page_object, ensure_ascii=False).replace("/", "\\/")
    return _doc(page_, "en", (
        f'<div id="app" data-page="{_html.escape(encoded, quote=True)}"></div>'
        '<script src="/build/assets/app-4f1c2a.js" type="module"></script>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- Tilda
def tilda(page_: dict, article: str) -> str:
    """A Tilda page (a Russian city magazine's): ``div#allrecords.t-records`` of ``div.t-rec`` blocks, the
    menu block ``t228``, the headline in a ``t-title`` block, each text block ``t-text`` one ``div[field=text]``
    of paragraphs parted by ``<br /><br />``, an image block with its caption, a form block for the newsletter
    and the footer block."""
    return _doc(page_, "ru", (
        '<div id="allrecords" class="t-records" data-hook="blocks-collection-content-node" data-tilda-project-id="4418">'
        '<div id="rec501" class="r t-rec" data-record-type="257"><div class="t228"><div class="t228__maincontainer">'
        f'<a class="t228__logo" href="/">{page_["site"]}</a><ul class="t228__list">{_links(("Город", "Люди", "Еда", "Афиша", "О журнале"), "/")}</ul></div></div></div>'
        '<div id="rec502" class="r t-rec t-rec_pt_60" data-record-type="30"><div class="t030"><div class="t-container t-align_center"><div class="t-col t-col_10 t-prefix_1">'
        f'<div class="t030__title t-title t-title_xxs" field="title">{page_["title"]}</div>'
        f'<div class="t030__descr t-descr t-descr_md" field="descr">{page_["author"]}, 16 мая 2024</div></div></div></div></div>'
        f"{article}"
        '<div id="rec509" class="r t-rec" data-record-type="678"><div class="t678"><div class="t-container"><div class="t-col t-col_8 t-prefix_2">'
        '<div class="t-section__title t-title">Подпишитесь на рассылку</div><div class="t-section__descr t-descr">Раз в неделю — главное о городе.</div>'
        '<form class="t-form"><input type="email" placeholder="Ваш e-mail"><button class="t-submit">Подписаться</button></form></div></div></div></div>'
        '<div id="rec510" class="r t-rec" data-record-type="344"><div class="t344"><div class="t344__text t-descr">© 2024 «Городские истории». Made on <a href="https://tilda.cc">Tilda</a></div></div></div>'
        '</div><script src="https://static.tildacdn.com/js/tilda-scripts-3.0.min.js"></script>'
    ))  # fmt: skip


_TILDA_RECORDS = iter(range(503, 509))


def ti_text(*paragraphs: str) -> tuple[str, str]:
    """A Tilda text block (``t004``): the paragraphs in one ``div[field=text]``, parted by ``<br /><br />``."""
    return (
        f'<div id="rec{next(_TILDA_RECORDS)}" class="r t-rec t-rec_pt_15" data-record-type="106"><div class="t004">'
        '<div class="t-container"><div class="t-col t-col_8 t-prefix_2">'
        f'<div class="t-text t-text_md" field="text">{"<br /><br />".join(paragraphs)}</div></div></div></div></div>',
        "\n\n".join(paragraphs),
    )


def ti_heading(text: str) -> tuple[str, str]:
    """A Tilda heading block (``t030`` with a small title)."""
    return (
        f'<div id="rec{next(_TILDA_RECORDS)}" class="r t-rec t-rec_pt_30" data-record-type="127"><div class="t127">'
        '<div class="t-container"><div class="t-col t-col_8 t-prefix_2">'
        f'<div class="t127__title t-heading t-heading_xs" field="title">{text}</div></div></div></div></div>',
        text,
    )


def ti_image(caption: str) -> tuple[str, None]:
    return (
        f'<div id="rec{next(_TILDA_RECORDS)}" class="r t-rec" data-record-type="3"><div class="t107"><div class="t-container">'
        '<img class="t-img t-width" src="https://static.tildacdn.com/tild3435/tram.jpg" alt="">'
        f'<div class="t107__title t-name t-name_xs">{caption}</div></div></div></div>',
        None,
    )


# ---------------------------------------------------------------- Avada (Fusion Builder)
def avada(page_: dict, article: str) -> str:
    """A WordPress post built with Avada's Fusion Builder: ``div.post-content`` holding a full-width container
    of rows of columns, each text element a ``div.fusion-text`` four divs deep; the title bar, the meta line,
    "Share This Story, Choose Your Platform!", the author box and "Related Posts" after."""
    return _doc(page_, "en", (
        f'<div id="wrapper" class="fusion-wrapper"><header class="fusion-header-wrapper"><div class="fusion-header"><a class="fusion-logo-link" href="/">{page_["site"]}</a>'
        f'<nav class="fusion-main-menu"><ul id="menu-main" class="fusion-menu">{_links(("Home", "News", "Events", "Members", "Contact"), "/")}</ul></nav></div></header>'
        f'<section class="avada-page-titlebar-wrapper"><div class="fusion-page-title-bar"><h1 class="entry-title">{page_["title"]}</h1>'
        '<div class="fusion-breadcrumbs"><a href="/">Home</a> / <a href="/news">News</a></div></div></section>'
        '<main id="main" class="clearfix"><div class="fusion-row"><section id="content"><article class="post type-post">'
        '<div class="fusion-flexslider flexslider post-slideshow"><img src="/wp-content/uploads/2024/05/harbour.jpg" alt=""></div>'
        f'<div class="post-content">{article}</div>'
        f'<div class="fusion-meta-info"><div class="fusion-meta-info-wrapper">By <a href="/author/1">{page_["author"]}</a> | May 16th, 2024 | <a href="/news">News</a> | 0 Comments</div></div>'
        '<div class="fusion-sharing-box fusion-theme-sharing-box"><h4>Share This Story, Choose Your Platform!</h4>'
        '<div class="fusion-social-networks"><a class="fusion-social-network-icon fusion-facebook" href="#">Facebook</a> <a class="fusion-social-network-icon fusion-x" href="#">X</a> <a class="fusion-social-network-icon fusion-mail" href="#">Email</a></div></div>'
        f'<section class="about-author"><div class="fusion-title"><h2>About the Author: <a href="/author/1">{page_["author"]}</a></h2></div>'
        '<div class="about-author-container"><p>Tom edits the harbour association&#39;s newsletter and has sailed out of Porthkennack for thirty years.</p></div></section>'
        f'<section class="related-posts single-related-posts"><div class="fusion-title"><h2>Related Posts</h2></div><ul>{_lis(("Regatta entries now open", "Slipway closed for repairs in March"), "/news/")}</ul></section>'
        '</article></section></div></main>'
        '<footer class="fusion-footer"><div class="fusion-copyright-notice"><p>Copyright 2024 Porthkennack Harbour Association | All Rights Reserved | Powered by Avada</p></div></footer></div>'
    ))  # fmt: skip


_AVADA_COUNTER = iter(range(100))


def av_text(*paragraphs: str) -> tuple[str, str]:
    """A Fusion Builder container holding one column whose text element holds the paragraphs."""
    n = next(_AVADA_COUNTER)
    body = "".join(f"<p>{x}</p>" for x in paragraphs)
    return (
        f'<div class="fusion-fullwidth fullwidth-box fusion-builder-row-{n} nonhundred-percent-fullwidth non-hundred-percent-height-scrolling" style="--awb-padding-top:0px;">'
        f'<div class="fusion-builder-row fusion-row"><div class="fusion-layout-column fusion_builder_column fusion-builder-column-{n} fusion_builder_column_1_1 1_1 fusion-one-full fusion-column-first fusion-column-last">'
        f'<div class="fusion-column-wrapper fusion-flex-column-wrapper-legacy"><div class="fusion-text fusion-text-{n}">{body}</div>'
        '<div class="fusion-clearfix"></div></div></div></div></div>',
        "\n\n".join(paragraphs),
    )


def av_title(text: str) -> tuple[str, str]:
    n = next(_AVADA_COUNTER)
    return (
        f'<div class="fusion-fullwidth fullwidth-box fusion-builder-row-{n}"><div class="fusion-builder-row fusion-row">'
        f'<div class="fusion-layout-column fusion_builder_column fusion-builder-column-{n} fusion-one-full"><div class="fusion-column-wrapper">'
        f'<div class="fusion-title title fusion-title-{n} fusion-sep-none fusion-title-text fusion-title-size-three"><h3 class="title-heading-left">{text}</h3></div>'
        "</div></div></div></div>",
        text,
    )


def av_button() -> tuple[str, None]:
    n = next(_AVADA_COUNTER)
    return (
        f'<div class="fusion-fullwidth fullwidth-box fusion-builder-row-{n}"><div class="fusion-builder-row fusion-row">'
        f'<div class="fusion-layout-column fusion_builder_column fusion-builder-column-{n} fusion-one-half fusion-column-first"><div class="fusion-column-wrapper">'
        '<div class="fusion-button-wrapper fusion-aligncenter"><a class="fusion-button button-flat fusion-button-default-size button-default button-1" href="/membership">'
        '<span class="fusion-button-text">Become a Member</span></a></div></div></div>'
        f'<div class="fusion-layout-column fusion_builder_column fusion-builder-column-{n}b fusion-one-half fusion-column-last"><div class="fusion-column-wrapper">'
        '<div class="fusion-button-wrapper fusion-aligncenter"><a class="fusion-button button-flat button-2" href="/moorings">'
        '<span class="fusion-button-text">Mooring Fees 2024</span></a></div></div></div></div></div>',
        None,
    )


# ---------------------------------------------------------------- Beaver Builder
def beaver(page_: dict, article: str) -> str:
    """A WordPress post built with Beaver Builder: ``div.fl-builder-content`` of rows, column groups, columns
    and modules (``fl-module-rich-text``, ``fl-module-heading``, ``fl-module-photo``, ``fl-module-button``),
    each module's content three divs under its row; the theme's header, "Recent Posts" and footer."""
    return _doc(page_, "en", (
        f'<header class="fl-page-header fl-page-header-primary"><div class="fl-page-header-wrap"><a class="fl-logo-text" href="/">{page_["site"]}</a>'
        f'<nav class="fl-page-nav"><ul class="menu">{_links(("About", "Programs", "News", "Volunteer", "Donate"), "/")}</ul></nav></div></header>'
        '<div class="fl-page-content" itemprop="mainContentOfPage"><div class="fl-content-full container"><article class="fl-post post">'
        f'<header class="fl-post-header"><h1 class="fl-post-title" itemprop="headline">{page_["title"]}</h1>'
        f'<div class="fl-post-meta fl-post-meta-top"><span class="fl-post-author">By <a href="/author/1">{page_["author"]}</a></span><span class="fl-sep"> | </span><span class="fl-post-date">May 16, 2024</span></div></header>'
        f'<div class="fl-post-content clearfix" itemprop="text"><div class="fl-builder-content fl-builder-content-2231 fl-builder-content-primary" data-post-id="2231">{article}</div></div>'
        '<div class="fl-post-meta fl-post-meta-bottom"><div class="fl-post-cats-tags">Posted in <a href="/category/news">News</a></div></div>'
        '</article><div class="fl-post-nav"><span class="fl-post-nav-prev"><a href="/news/spring-plant-sale">← Spring plant sale raises $4,200</a></span>'
        '<span class="fl-post-nav-next"><a href="/news/volunteer-day">Volunteer day at the orchard →</a></span></div></div></div>'
        '<footer class="fl-page-footer-wrap"><div class="fl-page-footer"><p>© 2024 Eastside Community Garden Trust. A 501(c)(3) nonprofit.</p></div></footer>'
    ))  # fmt: skip


_BEAVER_NODES = iter(f"5f{n:02d}a8c1" for n in range(100))


def _fl_row(module_class: str, inner: str) -> str:
    node = next(_BEAVER_NODES)
    return (
        f'<div class="fl-row fl-row-fixed-width fl-row-bg-none fl-node-{node}" data-node="{node}"><div class="fl-row-content-wrap">'
        f'<div class="fl-row-content fl-row-fixed-width fl-node-content"><div class="fl-col-group fl-node-{node}g">'
        f'<div class="fl-col fl-node-{node}c"><div class="fl-col-content fl-node-content">'
        f'<div class="fl-module {module_class} fl-node-{node}m" data-node="{node}m"><div class="fl-module-content fl-node-content">{inner}</div></div>'
        "</div></div></div></div></div></div>"
    )


def fl_text(*paragraphs: str) -> tuple[str, str]:
    body = "".join(f"<p>{x}</p>" for x in paragraphs)
    return _fl_row("fl-module-rich-text", f'<div class="fl-rich-text">{body}</div>'), "\n\n".join(paragraphs)


def fl_heading(text: str) -> tuple[str, str]:
    return _fl_row(
        "fl-module-heading", f'<h2 class="fl-heading"><span class="fl-heading-text">{text}</span></h2>'
    ), text


def fl_photo(caption: str) -> tuple[str, None]:
    return (
        _fl_row(
            "fl-module-photo",
            '<div class="fl-photo fl-photo-align-center" itemscope itemtype="https://schema.org/ImageObject"><div class="fl-photo-content fl-photo-img-jpg">'
            f'<img class="fl-photo-img" src="/wp-content/uploads/2024/05/beds.jpg" alt=""></div><div class="fl-photo-caption fl-photo-caption-below" itemprop="caption">{caption}</div></div>',
        ),
        None,
    )


def fl_button(text: str) -> tuple[str, None]:
    return (
        _fl_row(
            "fl-module-button",
            f'<div class="fl-button-wrap fl-button-width-auto fl-button-center"><a href="/volunteer" class="fl-button" role="button"><span class="fl-button-text">{text}</span></a></div>',
        ),
        None,
    )


# ---------------------------------------------------------------- Gatsby (gatsby-starter-blog)
def gatsby(page_: dict, article: str) -> str:
    """A Gatsby blog from ``gatsby-starter-blog``: ``div#___gatsby`` > ``div#gatsby-focus-wrapper`` holding the
    ``global-wrapper``, the post an ``article.blog-post`` whose ``section[itemprop=articleBody]`` holds the
    Markdown's HTML; the bio ("Written by ... You should follow them on Twitter"), the previous and next posts,
    "© 2024, Built with Gatsby"."""
    return _doc(page_, "en", (
        '<div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper">'
        f'<div class="global-wrapper" data-is-root-path="false"><header class="global-header"><a class="header-link-home" href="/">{page_["site"]}</a></header>'
        '<main><article class="blog-post" itemscope="" itemtype="http://schema.org/Article">'
        f'<header><h1 itemprop="headline">{page_["title"]}</h1><p>May 16, 2024</p></header>'
        f'<section itemprop="articleBody">{article}</section><hr/>'
        '<footer><div class="bio"><img class="bio-avatar" src="/static/profile-pic.png" alt="Profile picture">'
        f'<p>Written by <strong>{page_["author"]}</strong> who lives and works in Leeds mapping the city&#39;s lost rivers. <a href="https://twitter.com/mayaokafor">You should follow them on Twitter</a></p></div></footer></article>'
        '<nav class="blog-post-nav"><ul style="display:flex;flex-wrap:wrap;justify-content:space-between;list-style:none;padding:0">'
        '<li><a rel="prev" href="/sheepscar-beck/">← Following Sheepscar Beck</a></li><li><a rel="next" href="/culverts-map/">A map of every culvert →</a></li></ul></nav></main>'
        '<footer>© 2024, Built with <a href="https://www.gatsbyjs.com">Gatsby</a></footer></div></div>'
        '<div id="gatsby-announcer" style="position:absolute" aria-live="assertive" aria-atomic="true"></div></div>'
        '<script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="/meanwood-beck/";/*]]>*/</script>'
        '<script src="/app-4c1f2e.js" async></script>'
    ))  # fmt: skip


# ---------------------------------------------------------------- a story holding a Crowdsignal poll
def poll_story(page_: dict, article: str) -> str:
    """A local daily on WordPress: ``div.entry-content`` holding a Crowdsignal (PollDaddy) poll between its
    paragraphs, the poll's question, its answers as radio buttons, "Vote", "View Results" and the credit."""
    return _doc(page_, "en", (
        f'<header class="site-header"><a class="site-title" href="/">{page_["site"]}</a><nav class="main-navigation"><ul>{_links(("News", "Sports", "Opinion", "Obituaries", "Classifieds"), "/")}</ul></nav></header>'
        '<main class="site-main"><article class="post type-post">'
        f'<header class="entry-header"><h1 class="entry-title">{page_["title"]}</h1><div class="entry-meta">By <span class="author vcard">{page_["author"]}</span> · <time>May 16, 2024</time></div></header>'
        f'<div class="entry-content">{article}</div>'
        '<footer class="entry-footer"><span class="cat-links">Posted in <a href="/news">News</a></span></footer></article>'
        f'<aside class="widget-area"><section class="widget"><h2 class="widget-title">Most Read</h2><ul>{_lis(("Fire destroys barn on Route 9", "Hawks win regional title"), "/news/")}</ul></section></aside></main>'
        '<footer class="site-footer"><p>© 2024 The Lakeside Ledger</p></footer>'
    ))  # fmt: skip


def poll() -> tuple[str, None]:
    return (
        '<div class="CSS_Poll PDS_Poll" id="PDI_container13526789" style="display:inline-block;">'
        '<div class="css-box pds-box"><div class="pds-box-outer"><div class="pds-box-inner"><div class="pds-box-top">'
        '<div class="pds-question"><div class="pds-question-outer"><div class="pds-question-inner"><div class="pds-question-top">Should the town build the new parking garage on Elm Street?</div></div></div></div>'
        '<div class="pds-answer"><span class="pds-answer-group"><span class="pds-answer-input"><input class="pds-radiobutton" type="radio" id="PDI_answer1" name="PDI_answer" value="1"></span>'
        '<label for="PDI_answer1" class="pds-answer-span">Yes, downtown needs the spaces</label></span>'
        '<span class="pds-answer-group"><span class="pds-answer-input"><input class="pds-radiobutton" type="radio" id="PDI_answer2" name="PDI_answer" value="2"></span>'
        '<label for="PDI_answer2" class="pds-answer-span">No, it costs too much</label></span>'
        '<span class="pds-answer-group"><span class="pds-answer-input"><input class="pds-radiobutton" type="radio" id="PDI_answer3" name="PDI_answer" value="3"></span>'
        '<label for="PDI_answer3" class="pds-answer-span">Not sure yet</label></span></div>'
        '<div class="pds-vote"><div class="pds-votebutton-outer"><a href="#" class="css-vote-button pds-vote-button">Vote</a>'
        '<span class="pds-links"><a href="#" class="pds-view-results">View Results</a> <a href="https://crowdsignal.com" class="pds-crowdsignal-link">Crowdsignal.com</a></span></div></div>'
        "</div></div></div></div></div>"
        '<noscript><a href="https://poll.fm/13526789">Should the town build the new parking garage on Elm Street?</a></noscript>'
        '<script src="https://secure.polldaddy.com/p/13526789.js"></script>',
        None,
    )


# ---------------------------------------------------------------- a story holding a quiz box
def quiz_story(page_: dict, article: str) -> str:
    """A regional daily's story (``div.article-body``) with a quiz box between its paragraphs: a "Quick quiz"
    heading, a question, its answers as buttons, "Check answer" and the score line; a newsletter box after."""
    return _doc(page_, "en", (
        f'<header class="masthead"><a class="brand" href="/">{page_["site"]}</a><nav><ul>{_links(("News", "Weather", "Business", "Sport", "Puzzles"), "/")}</ul></nav></header>'
        '<main><article class="article">'
        f'<h1 class="article-headline">{page_["title"]}</h1><div class="article-byline">By <a href="/authors/1">{page_["author"]}</a> · 16 May 2024</div>'
        '<figure class="article-image"><img src="/img/swifts.jpg" alt=""><figcaption>A swift over the cathedral roof. Photo: supplied</figcaption></figure>'
        f'<div class="article-body">{article}</div>'
        '<div class="newsletter-signup"><h3>Get the Nature Notes newsletter</h3><p>Every Friday, the best of the county&#39;s wildlife.</p><form><input type="email"><button>Sign up</button></form></div>'
        f'</article><aside class="more-stories"><h2>More stories</h2><ul>{_lis(("Otters return to the River Wey", "Heathland fire under control"), "/news/")}</ul></aside></main>'
        '<footer><p>© 2024 Weald Evening Post</p></footer>'
    ))  # fmt: skip


def quiz() -> tuple[str, None]:
    return (
        '<div class="quiz-widget" data-quiz-id="swifts-2024"><h3 class="quiz-title">Quick quiz</h3>'
        '<p class="quiz-question">How far does a swift fly on its migration to Africa and back each year?</p>'
        '<ul class="quiz-answers"><li><button class="quiz-answer">2,000 miles</button></li><li><button class="quiz-answer">8,000 miles</button></li>'
        '<li><button class="quiz-answer">14,000 miles</button></li></ul><button class="quiz-check">Check answer</button>'
        '<p class="quiz-score">You scored 0 out of 1</p></div>',
        None,
    )


SKINS.update(
    r15_sinhala=sinhala,
    r15_lao=lao,
    r15_somali=somali,
    r15_bosnian=bosnian,
    r15_mongolian=mongolian,
    r15_odia=odia,
    r15_belarusian=belarusian,
    r15_galician=galician,
    r15_inertia=inertia,
    r15_tilda=tilda,
    r15_avada=avada,
    r15_beaver=beaver,
    r15_gatsby=gatsby,
    r15_poll=poll_story,
    r15_quiz=quiz_story,
)

# ================================================================ the pages
page(
    "r15-si-lankadeepa-bus",
    "Sinhala daily, Lankadeepa-like (news-content of paragraphs with a bold මෙයත් කියවන්න: line between them, a share bar, තවත් පුවත් beside)",
    "r15_sinhala",
    "කොළඹට නව විදුලි බස් රථ 50ක්",
    "ලංකාදීප පුවත්",
    "2024-05-16T10:15:00+05:30",
    [
        p(
            "කොළඹ නගරයේ මගී ප්‍රවාහනය සඳහා නව විදුලි බස් රථ 50ක් ලබන මාසයේ සිට සේවයට එක් කිරීමට ලංකා ගමනාගමන මණ්ඩලය තීරණය කර තිබේ. මෙම බස් රථ කොටුව, මහරගම සහ කඩුවෙල අතර ධාවනය වනු ඇත."
        ),
        p(
            "එක් බස් රථයක් එක් වරක් ආරෝපණය කිරීමෙන් කිලෝමීටර් 250ක් ධාවනය කළ හැකි බව මණ්ඩලයේ සභාපතිවරයා පැවසීය. ආරෝපණ මධ්‍යස්ථාන දෙකක් මාකුඹුර සහ පිලියන්දල ඉදිකෙරේ."
        ),
        _also("මෙයත් කියවන්න:", "බස් ගාස්තු සියයට පහකින් අඩු කෙරේ", "/news/1"),
        p(
            "\u201cඉන්ධන වියදම අඩු වන නිසා ගාස්තු ඉහළ නොදමා සේවාව පවත්වාගෙන යා හැකියි,\u201d යැයි ප්‍රවාහන අමාත්‍යවරයා ඊයේ පාර්ලිමේන්තුවේදී කීය."
        ),
        p("ව්‍යාපෘතිය සඳහා ආසියානු සංවර්ධන බැංකුව ඩොලර් මිලියන 30ක ණයක් ලබා දී ඇත."),
    ],
    site="ලංකාදීප",
)
page(
    "r15-lo-vientiane-rail",
    "Lao state daily (entry-content of paragraphs with a plain ອ່ານເພີ່ມເຕີມ: line between them, a share bar, ຂ່າວທີ່ກ່ຽວຂ້ອງ)",
    "r15_lao",
    "ລົດໄຟລາວ-ຈີນ ເພີ່ມຖ້ຽວລົດໂດຍສານ ໃນລະດູທ່ອງທ່ຽວ",
    "ວຽງຈັນໃໝ່",
    "2024-05-16T09:00:00+07:00",
    [
        p(
            "ບໍລິສັດທາງລົດໄຟລາວ-ຈີນ ຈະເພີ່ມຖ້ຽວລົດໄຟໂດຍສານລະຫວ່າງນະຄອນຫຼວງວຽງຈັນ ແລະ ຫຼວງພະບາງ ຈາກ 4 ຖ້ຽວ ເປັນ 6 ຖ້ຽວຕໍ່ມື້ ເລີ່ມແຕ່ວັນທີ 1 ມິຖຸນາ ເປັນຕົ້ນໄປ."
        ),
        p(
            "ຜູ້ຕາງໜ້າບໍລິສັດກ່າວວ່າ ຈຳນວນຜູ້ໂດຍສານໃນໄລຍະ 4 ເດືອນຜ່ານມາ ເພີ່ມຂຶ້ນຫຼາຍກວ່າ 30 ສ່ວນຮ້ອຍ ເມື່ອທຽບໃສ່ປີກາຍ ໂດຍສະເພາະນັກທ່ອງທ່ຽວຕ່າງປະເທດ."
        ),
        _also("ອ່ານເພີ່ມເຕີມ:", "ວັງວຽງ ຮັບນັກທ່ອງທ່ຽວເພີ່ມຂຶ້ນ", "/news/1", bold=False),
        p("ປີ້ລົດໄຟສາມາດຊື້ໄດ້ຜ່ານແອັບພລິເຄຊັນ LCR Ticket ຫຼື ທີ່ສະຖານີໂດຍກົງ ລ່ວງໜ້າໄດ້ 15 ວັນ."),
    ],
    site="ວຽງຈັນໃໝ່",
)
page(
    "r15-so-hiiraan-dekad",
    "Somali portal on a tagDiv WordPress theme (td-post-content of paragraphs with a bold Akhri sidoo kale: line between them and a Facebook call closing it, Wararka la xiriira)",
    "r15_somali",
    "Dekedda Muqdisho oo la ballaarinayo",
    "Hiiraan Online",
    "2024-05-16T12:00:00+03:00",
    [
        p(
            "Muqdisho (HOL) \u2014 Dowladda Federaalka Soomaaliya ayaa maanta ku dhawaaqday mashruuc lagu ballaarinayo dekedda Muqdisho, kaas oo lagu qiyaasay 140 milyan oo doollar."
        ),
        p(
            "Wasiirka Dekedaha iyo Gaadiidka Badda ayaa sheegay in mashruucu uu ka koobnaan doono laba meel oo maraakiibta lagu xiro iyo bakhaar cusub oo alaabta lagu kaydiyo."
        ),
        _also("Akhri sidoo kale:", "Ganacsatada Bakaaraha oo ka cabanaya canshuuraha cusub", "/wararka/1"),
        p(
            "\u201cDekeddu waa halbowlaha dhaqaalaha dalka, ballaarintaniina waxay yareyn doontaa waqtiga maraakiibtu sugaan,\u201d ayuu yiri wasiirku."
        ),
        p(
            "Shaqada ayaa la filayaa inay bilaabato bisha Luulyo, waxaana la qorsheeyay inay socoto laba sano."
        ),
    ],
    site="Hiiraan Online",
)
page(
    "r15-bs-klix-tramvaj",
    "Bosnian portal, Klix-like (a cookie banner, a lead p.lead in the header, div#text of paragraphs with a plain Pročitajte još: line between them, Komentari, Najnovije)",
    "r15_bosnian",
    "Sarajevo dobija 15 novih tramvaja do kraja godine",
    "A. Hodžić",
    "2024-05-16T11:42:00+02:00",
    [
        p(
            "Kanton Sarajevo potpisao je ugovor o nabavci 15 novih tramvaja, koji bi na sarajevske ulice trebali stići do kraja godine. Vrijednost ugovora je 64 miliona KM."
        ),
        p(
            "Kako je saopćeno iz Ministarstva saobraćaja, novi tramvaji imat će klimu, niski pod i mjesta za invalidska kolica, a primat će do 250 putnika."
        ),
        _also(
            "Pročitajte još:",
            "Obnova tramvajske pruge do Ilidže ulazi u završnu fazu",
            "/vijesti/1",
            bold=False,
        ),
        p(
            "\u201eOvo je najveća investicija u javni prijevoz u posljednjih 40 godina\u201c, izjavio je ministar saobraćaja Adnan Šteta."
        ),
        p("Prvih pet tramvaja trebalo bi biti isporučeno u oktobru."),
    ],
    site="Klix.ba",
    deck="Novi tramvaji imat će klimu i niski pod.",
)
page(
    "r15-mn-ikon-avtobus",
    "Mongolian portal in Cyrillic, ikon.mn-like (inewscontent of paragraphs with a bold Холбоотой мэдээ: line between them, a source line and a view count, Шинэ мэдээ)",
    "r15_mongolian",
    "Нийслэлд 200 шинэ автобус нийтийн тээвэрт гарна",
    "ikon.mn",
    "2024-05-16T10:30:00+08:00",
    [
        p(
            "Нийслэлийн Засаг даргын Тамгын газраас 200 шинэ автобусыг ирэх сарын 1-нээс нийтийн тээврийн чиглэлд гаргахаар болсноо мэдэгдлээ."
        ),
        p(
            "Шинэ автобуснууд нь шингэрүүлсэн хийгээр ажилладаг бөгөөд 15 чиглэлд үйлчилнэ. Ингэснээр автобусны хүлээлгийн хугацаа дунджаар 12 минутаас 7 минут болж буурах юм."
        ),
        _also("Холбоотой мэдээ:", "Автобусны зорчих хөлс өөрчлөгдөхгүй", "/n/1"),
        p(
            "Нийслэлийн Тээврийн газрын дарга \u201cХотын төвийн түгжрэлийг бууруулахын тулд иргэдийг нийтийн тээвэрт шилжүүлэх зорилготой\u201d гэж хэллээ."
        ),
    ],
    site="ikon.mn",
)
page(
    "r15-or-sambad-heat",
    "Odia daily, Sambad-like (news-details of paragraphs with a bold ଆହୁରି ପଢନ୍ତୁ: line and a ବିଜ୍ଞାପନ advert label between them, ଅଧିକ ଖବର)",
    "r15_odia",
    "ଭୁବନେଶ୍ୱରରେ ଖୋଲିବ 100 ଜଳଛତ୍ର",
    "ସମ୍ବାଦ ବ୍ୟୁରୋ",
    "2024-05-16T09:30:00+05:30",
    [
        p(
            "ଭୁବନେଶ୍ୱର: ପ୍ରଚଣ୍ଡ ଗରମରୁ ଲୋକଙ୍କୁ ଆଶ୍ୱସ୍ତି ଦେବା ପାଇଁ ଭୁବନେଶ୍ୱର ମହାନଗର ନିଗମ ସହରରେ 100ଟି ଜଳଛତ୍ର ଖୋଲିବାକୁ ନିଷ୍ପତ୍ତି ନେଇଛି। ଏହି ଜଳଛତ୍ର ବସ୍ ଷ୍ଟାଣ୍ଡ, ବଜାର ଓ ହସ୍ପିଟାଲ ନିକଟରେ ରହିବ।"
        ),
        p(
            "ନିଗମ କମିଶନରଙ୍କ କହିବା ଅନୁସାରେ ପ୍ରତ୍ୟେକ ଜଳଛତ୍ରରେ ଥଣ୍ଡା ପାଣି ସହ ଓଆରଏସ ମଧ୍ୟ ଉପଲବ୍ଧ ହେବ। ସକାଳ 10ଟାରୁ ସନ୍ଧ୍ୟା 5ଟା ପର୍ଯ୍ୟନ୍ତ ଏଗୁଡ଼ିକ ଖୋଲା ରହିବ।"
        ),
        _also("ଆହୁରି ପଢନ୍ତୁ:", "ରାଜ୍ୟରେ ଆହୁରି ତିନି ଦିନ ଗ୍ରୀଷ୍ମ ପ୍ରବାହ", "/odisha/1"),
        or_ad(),
        p("ଗତ ଏକ ସପ୍ତାହ ଧରି ରାଜଧାନୀର ତାପମାତ୍ରା 42 ଡିଗ୍ରୀରୁ ଅଧିକ ରହୁଛି। ଡାକ୍ତରମାନେ ଦିନ ବେଳେ ବାହାରକୁ ନ ଯିବା ପାଇଁ ପରାମର୍ଶ ଦେଇଛନ୍ତି।"),
    ],
    site="ସମ୍ବାଦ",
)
page(
    "r15-be-nn-metro",
    "Belarusian outlet, Наша Ніва-like (article__content of paragraphs with a bold Чытайце таксама: line between them and a Telegram call closing it, tags, Галоўнае)",
    "r15_belarusian",
    "Трэцюю лінію мінскага метро падоўжаць яшчэ на тры станцыі",
    "Алесь Піліпенка",
    "2024-05-16T12:10:00+03:00",
    [
        p(
            "Мінскі гарвыканкам зацвердзіў праект працягу трэцяй лініі метро на поўдзень. Тры новыя станцыі павінны адкрыцца ў 2028 годзе."
        ),
        p(
            "Паводле праекта, даўжыня новага ўчастка складзе 4,5 кіламетра. Лінія дойдзе да мікрараёна Слабада, дзе цяпер жывуць каля 60 тысяч чалавек."
        ),
        _also("Чытайце таксама:", "Як змяніўся Мінск за дзесяць гадоў: фотаздымкі", "/news/1"),
        p(
            "Жыхары мікрараёна даўно скардзяцца, што да цэнтра горада даводзіцца ехаць на аўтобусе больш за гадзіну."
        ),
        p("Кошт будаўніцтва ў гарвыканкаме не называюць."),
    ],
    site="Наша Ніва",
)
page(
    "r15-gl-nos-tren",
    "Galician daily, Nós Diario-like (article-body of paragraphs with a plain Le tamén: line between them, a subscription box after the body, Máis noticias)",
    "r15_galician",
    "O tren entre Ourense e Lugo recuperará as catro frecuencias diarias en xuño",
    "Sabela Iglesias",
    "2024-05-16T08:00:00+02:00",
    [
        p(
            "Renfe recuperará en xuño as catro frecuencias diarias entre Ourense e Lugo que suprimira hai dous anos por falta de maquinistas, segundo confirmou onte a compañía ao concello de Monforte."
        ),
        p(
            "Os trens sairán de Ourense ás 7.10, 11.45, 15.20 e 19.05 horas, e a viaxe durará unha hora e vinte minutos, dez minutos menos ca agora."
        ),
        _also(
            "Le tamén:",
            "A plataforma en defensa do ferrocarril convoca unha mobilización en Monforte",
            "/seccion/1",
            bold=False,
        ),
        p(
            "\u201cÉ unha boa noticia, pero chega tarde e despois de moitas queixas\u201d, dixo o alcalde de Monforte, José Tomé."
        ),
        p("A veciñanza lembra que o servizo estivo case dous anos con só dúas frecuencias."),
    ],
    site="Nós Diario",
)
page(
    "r15-inertia-data-page",
    "Laravel page on Inertia.js with server rendering off (the body only in div#app's data-page attribute, the page object as HTML-escaped JSON with escaped slashes; no JSON-LD)",
    "r15_inertia",
    "Council approves plan to turn old bus depot into 120 homes",
    "Tom Reeves",
    "2024-05-16T07:30:00+01:00",
    [
        p(
            "Councillors have approved plans to turn the town's former bus depot on Station Road into 120 homes, a third of them for social rent, after a three-hour meeting on Wednesday night."
        ),
        p(
            "The depot closed in 2019 when the bus company moved its fleet to a new site outside town. Developers Harcourt Homes bought the land last year for \u00a34.1 million."
        ),
        h("Objections over parking"),
        p(
            "More than 200 residents had objected, most of them over parking. The plans include 90 spaces, which neighbours on Mill Lane said would push cars into their streets."
        ),
        p(
            "\u201cWe are not against homes on the site. We are against 120 homes and 90 parking spaces,\u201d said Angela Price, who spoke for the residents at the meeting."
        ),
        p(
            "The committee's chair, Councillor Rob Ellis, said the site was five minutes' walk from the railway station and that the town needed affordable homes. The vote was seven to three."
        ),
    ],
    site="The Wellbridge Post",
    deck="A third of the homes on the Station Road site will be for social rent.",
)
page(
    "r15-tilda-tram",
    "Russian city magazine on Tilda (t-records of t-rec blocks: a menu, a title block, text blocks of br-parted paragraphs in div[field=text], a heading block, an image block with its caption, a newsletter form block)",
    "r15_tilda",
    "Трамвай возвращается на Садовую",
    "Анна Лебедева",
    "2024-05-16T10:00:00+03:00",
    [
        ti_text(
            "В субботу по Садовой улице впервые за девять лет прошёл трамвай. Линию закрыли в 2015 году, когда улицу начали перекладывать, и с тех пор пути стояли под асфальтом.",
            "Новый участок длиной 2,4 километра соединил Сенную площадь с Театральной. Городской транспортный комитет обещает, что трамваи будут ходить каждые семь минут.",
        ),
        ti_image("Первый рейс на Садовой. Фото: Иван Смирнов"),
        ti_heading("Кто будет ездить"),
        ti_text(
            "По расчётам комитета, новым маршрутом будут пользоваться около 25 тысяч человек в день. Больше всего его ждали жители Коломны, откуда до метро приходилось идти пешком двадцать минут.",
            "«Раньше я ездила на двух автобусах, теперь — на одном трамвае», — рассказала нам пенсионерка Галина Петровна, которая в субботу прокатилась первым рейсом.",
            "До конца года линию обещают продлить до Калинкина моста.",
        ),
    ],
    site="Городские истории",
)
page(
    "r15-avada-harbour",
    "WordPress post built with Avada's Fusion Builder (fusion-text elements four divs deep in full-width containers, a title element, a two-column button row, the page title bar, Share This Story, Choose Your Platform!, About the Author, Related Posts)",
    "r15_avada",
    "Harbour wall repairs to start in September after £1.2m grant",
    "Tom Pascoe",
    "2024-05-16T09:00:00+01:00",
    [
        av_text(
            "Repairs to Porthkennack's harbour wall will start in September after the harbour association won a \u00a31.2 million grant from the coastal communities fund.",
            "The 19th-century wall was damaged in the storms of January 2023, when a 30-metre section of its parapet collapsed. Since then the outer berths have been closed.",
        ),
        av_title("What the work involves"),
        av_text(
            "Contractors will rebuild the parapet in granite taken from the original quarry and fill the voids behind the wall with concrete. The work is expected to take five months.",
            "Boats on the outer berths will be moved to temporary moorings inside the harbour. The association says no boat owner will lose a mooring.",
        ),
        av_button(),
        av_text(
            "\u201cThis wall has protected the town for 170 years. Without it the harbour would not exist,\u201d said the association's chair, Sue Trewin.",
        ),
    ],
    site="Porthkennack Harbour Association",
)
page(
    "r15-beaver-garden",
    "WordPress post built with Beaver Builder (fl-rich-text modules in rows, column groups and columns, a heading module, a photo module with its caption, a button module between them, the post navigation)",
    "r15_beaver",
    "Community garden doubles in size with new plots on Grove Street",
    "Dana Whitfield",
    "2024-05-16T12:00:00-04:00",
    [
        fl_text(
            "The Eastside Community Garden will open 40 new plots on a vacant lot on Grove Street next month, doubling the number of families who can grow food there.",
            "The city agreed in March to lease the lot to the garden trust for $1 a year for ten years. Volunteers have spent the spring clearing rubble and building raised beds.",
        ),
        fl_photo("Volunteers building raised beds on Grove Street in April."),
        fl_heading("A waiting list of 130 families"),
        fl_text(
            "The garden's waiting list has grown to 130 families since it opened in 2018. Plots will go to those who have waited longest, and ten are set aside for the neighboring senior center.",
            "\u201cPeople want to grow their own vegetables, and most of them have no yard,\u201d said the trust's director, Marisol Vega.",
        ),
        fl_button("Volunteer With Us"),
        fl_text("A planting day for the new plots is planned for June 8."),
    ],
    site="Eastside Community Garden Trust",
)
page(
    "r15-gatsby-lost-river",
    "Gatsby blog from gatsby-starter-blog (div#___gatsby, article.blog-post's section[itemprop=articleBody] of Markdown HTML with a heading and a list, the bio with Written by and a Twitter call, previous and next posts)",
    "r15_gatsby",
    "Walking the buried course of Meanwood Beck",
    "Maya Okafor",
    "2024-05-16T00:00:00Z",
    [
        p(
            "Most people in Leeds have never seen Meanwood Beck where it meets the River Aire. For its last mile it runs in a brick culvert under the city centre, built in the 1860s and mostly forgotten."
        ),
        p(
            "Last Saturday twelve of us walked its buried course, following the manhole covers and the old street names that give it away: Sheepscar, Beckett Street, Millgarth."
        ),
        h("What we found"),
        raw(
            "<ul><li>Three places where you can hear the water under the pavement.</li><li>A stone arch behind the bus station, the culvert's only visible part.</li><li>A 1908 map showing a mill pond where the market car park is now.</li></ul>",
            "Three places where you can hear the water under the pavement.\nA stone arch behind the bus station, the culvert's only visible part.\nA 1908 map showing a mill pond where the market car park is now.",
        ),
        p(
            "The council has talked about opening the culvert up again, as Sheffield did with the Porter Brook. I will write about that plan next month."
        ),
    ],
    site="Lost Rivers of Leeds",
)
page(
    "r15-poll-parking-garage",
    "local daily on WordPress (entry-content holding a Crowdsignal poll between its paragraphs: the question, radio answers, Vote, View Results, the credit, a noscript link repeating the question)",
    "r15_poll",
    "Town weighs $14 million parking garage as downtown spaces run short",
    "Greg Molina",
    "2024-05-16T06:00:00-05:00",
    [
        p(
            "The town board will vote next month on whether to build a four-story parking garage on Elm Street, a project estimated to cost $14 million."
        ),
        p(
            "A study commissioned by the board found that downtown's 600 public spaces are more than 90 percent full on weekday afternoons, and that shoppers circle for an average of seven minutes before finding one."
        ),
        poll(),
        p(
            "Supporters say the garage, with 380 spaces, would bring shoppers back to Main Street. Opponents say the town would be paying off the bonds for 25 years and that the money should go to sidewalks and the bus service instead."
        ),
        p("A public hearing on the plan is scheduled for June 3 at the town hall."),
    ],
    site="The Lakeside Ledger",
)
page(
    "r15-quiz-swifts",
    "regional daily (article-body holding a quiz box between its paragraphs: Quick quiz, the question, answer buttons, Check answer, the score line; a newsletter box after)",
    "r15_quiz",
    "Swift numbers fall by a third as nest sites disappear",
    "Helen Marsh",
    "2024-05-16T07:00:00+01:00",
    [
        p(
            "The number of swifts nesting in the county has fallen by a third in ten years, a survey by the county wildlife trust has found, as old buildings are repaired and new ones leave no gaps under the roof."
        ),
        p(
            "Volunteers counted 1,140 nesting pairs last summer, against 1,720 in 2013. The biggest falls were in the towns, where the birds nest under the eaves of Victorian terraces."
        ),
        quiz(),
        p(
            "The trust is asking builders to fit swift bricks, hollow bricks with an entrance hole, in new homes. Two developers in the county have agreed to do so."
        ),
        p(
            "\u201cA swift brick costs about thirty pounds. It is the cheapest thing a builder can do for wildlife,\u201d said the trust's conservation officer, Paul Hendry."
        ),
    ],
    site="Weald Evening Post",
)
