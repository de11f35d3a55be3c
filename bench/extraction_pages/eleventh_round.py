"""The eleventh round of ``bench/extraction_pages``: pages (``r11-*``) of scripts, languages, platforms and page
kinds the first ten rounds lack, each in a template written here after what the outlet's or platform's pages emit.

Scripts and languages: Japanese for learners with ``<ruby>`` readings over its kanji (NHK News Web Easy-like),
Swiss German with soft hyphens in its long words (NZZ-like), Amharic (Ge'ez script, its own full stop "።"),
Nepali (Devanagari, Nepali digits, a Bikram Sambat date), Norwegian (NRK-like, a fact box), Catalan
(Vilaweb-like), Croatian (Index.hr-like), Serbian in Cyrillic (RTS-like), Filipino (GMA-like, "BASAHIN:", the
writer's initials after the story) and Lithuanian (Delfi-like, the outlet's copyright sentence). Platforms: a
Tistory blog (Korean), a note.com post (Japanese). Kinds: the second page of an article in three pages, a
story under an "AI-generated summary" box, a poem in a literary magazine (lines parted by ``<br>``).
The gold of every page was written before nutgraf was run on it: it leaves out decks and summaries above the
body, readings written over kanji, captions of photos that are not the story, calls to read another story,
follow, subscribe or support, link cards, pagination, a writer's initials and copyright lines; it keeps a
body's headings, lists, a fact box's facts and a poem's lines (as the earlier rounds' gold does).
"""

from __future__ import annotations

import re

from articles import page
from fourth_round import _doc, _links
from furniture import SKINS
from parts import h, p, raw


def _lis(items: tuple[str, ...], href: str = "/a/") -> str:
    return "".join(f'<li><a href="{href}{i}">{t}</a></li>' for i, t in enumerate(items))


# ---------------------------------------------------------------- NHK News Web Easy-like (ruby readings)
def ruby(text: str) -> tuple[str, str]:
    """A paragraph whose kanji words carry their readings: ``{漢字|かんじ}`` is written
    ``<ruby>漢字<rt>かんじ</rt></ruby>``; the gold is the paragraph without the readings, as a reader reads it."""
    html = re.sub(r"\{([^|{}]*)\|([^|{}]*)\}", r"<ruby>\1<rt>\2</rt></ruby>", text)
    return f"<p>{html}</p>", re.sub(r"\{([^|{}]*)\|[^|{}]*\}", r"\1", text)


def nhk_easy(page_: dict, article: str) -> str:
    """A news site for learners of Japanese: ``div.article-main`` with ``h1.article-main__title`` (its kanji under
    readings too), the date, a player for the story read aloud, then ``div#js-article-body.article-main__body``
    of ``p`` whose kanji carry ``<ruby>`` readings; a toggle for the readings, a dictionary's hidden entries
    and a list of other stories."""
    return _doc(page_, "ja", (
        f'<header class="l-header"><a class="l-header__logo" href="/easy/">{page_["site"]}</a>'
        '<div class="l-header__tools"><button class="js-ruby-toggle">ふりがなをけす</button><button class="js-dic-toggle">じしょ</button></div></header>'
        '<main class="l-main"><article class="article-main">'
        f'<h1 class="article-main__title"><ruby>{page_["title"]}<rt>{page_["reading"]}</rt></ruby></h1>'
        '<p class="article-main__date">[5月16日 17時00分]</p>'
        '<div class="article-main__tools"><div class="audio-player"><button class="js-audio-play">ニュースを きく</button><span class="audio-player__time">0:00 / 1:12</span></div></div>'
        '<figure class="article-main__figure"><img src="/easy/k10014451231000/k10014451231000.jpg" alt=""></figure>'
        f'<div id="js-article-body" class="article-main__body article-body">{article}</div>'
        '<div class="article-main__dic" hidden><dl><dt>災害</dt><dd>地震や大雨などで、人や建物が被害を受けること。</dd><dt>避難</dt><dd>危ない所から安全な所へ逃げること。</dd></dl></div>'
        '</article><aside class="article-side"><h2 class="article-side__title">ほかの ニュース</h2>'
        f'<ul>{_lis(("大谷選手が 10本目の ホームラン", "東京で 夏の ような 暑さ", "新しい 500円玉の 使い方"), "/easy/news/")}</ul></aside></main>'
        '<footer class="l-footer"><p>Copyright NHK (Japan Broadcasting Corporation) All rights reserved.</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- NZZ-like (soft hyphens)
def shy(text: str) -> tuple[str, str]:
    """A paragraph whose long words carry soft hyphens (``~`` here, ``&shy;`` in the page), as a Swiss paper's
    CMS writes them for narrow columns; the gold has none."""
    return f'<p class="articlecomponent text">{text.replace("~", "&shy;")}</p>', text.replace("~", "")


def nzz(page_: dict, article: str) -> str:
    """A Swiss German paper: ``article.article`` with ``h1.headline__title``, a lead ``p.headline__lead`` and the
    byline, then ``section.articlecomponent`` paragraphs, a "Passend zum Artikel" box of links between them, a
    paywall's hidden offer and the comments' teaser after."""
    return _doc(page_, "de-CH", (
        f'<div class="app"><header class="navigation"><a class="navigation__logo" href="/">{page_["site"]}</a>'
        f'<ul class="navigation__sections">{_links(("Schweiz", "International", "Wirtschaft", "Zürich", "Feuilleton", "Sport"), "/ressort/")}</ul>'
        '<a class="navigation__login" href="/login">Anmelden</a><a class="navigation__subscribe" href="/abo">Abo</a></header>'
        '<main><article class="article"><header class="headline">'
        f'<span class="headline__kicker">Verkehr</span><h1 class="headline__title">{page_["title"]}</h1>'
        f'<p class="headline__lead">{page_["deck"].replace("~", "&shy;")}</p>'
        f'<div class="metainfo"><span class="metainfo__author">{page_["author"]}</span> <time class="metainfo__item" datetime="2024-05-16T05:30:00Z">16.05.2024, 07.30 Uhr</time> <span class="metainfo__readtime">3 min</span></div>'
        '</header><div class="articlebody">'
        f'{article}</div>'
        '<div class="paywall" hidden><p>Lesen Sie weiter mit NZZ Digital für 1 Franken im ersten Monat.</p><a href="/abo">Jetzt abonnieren</a></div>'
        '<section class="comments-teaser"><h2>Kommentare</h2><p>Die Kommentarfunktion ist für diesen Artikel deaktiviert.</p></section>'
        '</article></main><footer class="footer"><p>Copyright © Neue Zürcher Zeitung AG. Alle Rechte vorbehalten.</p></footer></div>'
    ))  # fmt: skip


def nzz_box(*titles: str) -> tuple[str, None]:
    return (
        '<aside class="articlecomponent teaserbox"><h3 class="teaserbox__title">Passend zum Artikel</h3><ul>'
        + "".join(f'<li><a href="/schweiz/{i}">{t}</a></li>' for i, t in enumerate(titles))
        + "</ul></aside>",
        None,
    )


# ---------------------------------------------------------------- Amharic (Ge'ez script)
def amharic(page_: dict, article: str) -> str:
    """An Ethiopian broadcaster's Amharic site on WordPress: ``div.td-post-content`` paragraphs ending on "።",
    a "ተዛማጅ ዜና" (related news) line between them, the share bar and a Telegram call after."""
    return _doc(page_, "am", (
        f'<div class="td-header-wrap"><div class="td-header-menu-wrap"><a class="td-logo" href="/">{page_["site"]}</a>'
        f'<ul class="sf-menu">{_links(("ዜና", "ፖለቲካ", "ኢኮኖሚ", "ስፖርት", "ዓለም አቀፍ"), "/category/")}</ul></div></div>'
        '<div class="td-main-content-wrap"><div class="td-container"><div class="td-pb-span8 td-main-content"><article class="post type-post">'
        f'<header class="td-post-title"><h1 class="entry-title">{page_["title"]}</h1>'
        f'<div class="td-module-meta-info"><span class="td-post-author-name">{page_["author"]}</span> <span class="td-post-date"><time class="entry-date">ግንቦት 8, 2016</time></span> <span class="td-post-views">1,204</span></div></header>'
        f'<div class="td-post-content tagdiv-type">{article}</div>'
        '<footer><div class="td-post-sharing-bottom"><span>ያጋሩ</span> <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Telegram</a></div>'
        '<div class="telegram-cta"><p>ትኩስ ዜናዎችን ለማግኘት የቴሌግራም ቻናላችንን ይቀላቀሉ።</p><a href="https://t.me/example">ይቀላቀሉ</a></div></footer>'
        '</article></div><div class="td-pb-span4 td-main-sidebar"><div class="td_block_wrap"><h4 class="block-title">በብዛት የተነበቡ</h4>'
        f'<ul>{_lis(("የነዳጅ ዋጋ ማስተካከያ ተደረገ", "በአዲስ አበባ ከባድ ዝናብ ይጠበቃል", "የብሔራዊ ፈተና ውጤት ይፋ ሆነ"))}</ul></div></div></div></div>'
        f'<div class="td-footer-wrap"><p>© 2024 {page_["site"]}. መብቱ በህግ የተጠበቀ ነው።</p></div>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Nepali (Kantipur-like)
def nepali(page_: dict, article: str) -> str:
    """A Nepali daily: ``div.description`` of paragraphs with a "यो पनि पढ्नुहोस्" card between them, the
    date in Bikram Sambat with Nepali digits above, the author's line, tags and a comments box after."""
    return _doc(page_, "ne", (
        f'<header class="site-header"><div class="logo"><a href="/">{page_["site"]}</a></div>'
        f'<nav class="main-nav"><ul>{_links(("समाचार", "अर्थ / वाणिज्य", "विचार", "खेलकुद", "उपत्यका", "मनोरञ्जन"), "/news/")}</ul></nav></header>'
        '<main class="container"><div class="row"><div class="col-md-8"><article class="normal">'
        f'<div class="article-header"><h1>{page_["title"]}</h1>'
        f'<div class="author"><a href="/author/1">{page_["author"]}</a></div>'
        '<div class="published-at">जेठ ३, २०८१ <span>प्रकाशित ०७:१५ बजे</span></div></div>'
        f'<div class="description current-news-block"><div class="image"><figure><img src="/images/1.jpg" alt=""><figcaption>फाइल तस्बिर</figcaption></figure></div>{article}</div>'
        '<div class="tags"><a href="/tags/1">बिजुली</a><a href="/tags/2">प्राधिकरण</a></div>'
        '<div class="comment-box"><h3>प्रतिक्रिया दिनुहोस्</h3><textarea></textarea></div>'
        '</article></div><div class="col-md-4"><div class="trending"><h3>धेरै पढिएको</h3>'
        f'<ul>{_lis(("सुनको मूल्य फेरि बढ्यो", "काठमाडौंमा पानी पर्ने सम्भावना", "बजेट आज संसदमा पेस हुँदै"))}</ul></div></div></div></main>'
        f'<footer><p>© {page_["site"]}। सर्वाधिकार सुरक्षित।</p></footer>'
    ))  # fmt: skip


def ne_also(title: str) -> tuple[str, None]:
    return (
        f'<div class="also-read"><span>यो पनि पढ्नुहोस्</span><a href="/news/2081/02/03/1"><h5>{title}</h5></a></div>',
        None,
    )


# ---------------------------------------------------------------- Norwegian (NRK-like)
def nrk(page_: dict, article: str) -> str:
    """A Norwegian broadcaster: ``div.article-body`` with a lead in ``div.article-lead`` above it, a "Les også"
    plug between the paragraphs, a fact box ``aside.fact`` whose facts are the story's, the author card and a
    "Publisert" line after."""
    return _doc(page_, "nb", (
        f'<header class="nrk-masthead"><a class="nrk-masthead__logo" href="/">{page_["site"]}</a>'
        f'<nav><ul>{_links(("Nyheter", "Sport", "Kultur", "Vær", "TV", "Radio"), "/")}</ul></nav></header>'
        '<main><article class="article lp_article">'
        f'<header class="article-header"><h1 class="title title-large article-title">{page_["title"]}</h1>'
        f'<div class="article-lead"><p>{page_["deck"]}</p></div>'
        '<figure class="article-img"><img src="/img/ferje.jpg" alt=""><figcaption>Ferja «Bastø Electric» ved kai i Horten. <span class="credit">Foto: Ola Nordmann / NRK</span></figcaption></figure>'
        f'<div class="authors"><div class="author"><a class="author__name" href="/person/1">{page_["author"]}</a><span class="author__role">Journalist</span></div></div>'
        '<div class="dates"><time datetime="2024-05-16T06:00:00+02:00">Publisert 16. mai 2024 kl. 08:00</time></div></header>'
        f'<div class="article-body">{article}</div>'
        '<div class="article-footer"><a href="/tips">Tips oss</a> <a href="/share">Del</a></div>'
        '</article></main><footer class="nrk-footer"><p>Ansvarlig redaktør: Vibeke Fürst Haugen</p></footer>'
    ))  # fmt: skip


def nrk_plug(title: str) -> tuple[str, None]:
    return (
        f'<div class="plug plug-article"><a href="/norge/1"><span class="plug-preamble">LES OGSÅ</span><h2 class="plug-title">{title}</h2></a></div>',
        None,
    )


def nrk_fact(title: str, *items: str) -> tuple[str, str]:
    return (
        f'<aside class="fact compilation-fact"><div class="fact-header"><h2>{title}</h2></div><div class="fact-body"><ul>'
        + "".join(f"<li>{x}</li>" for x in items)
        + '</ul></div><button class="fact-toggle">Vis mer</button></aside>',
        "\n".join((title, *items)),
    )


# ---------------------------------------------------------------- Catalan (Vilaweb-like)
def catalan(page_: dict, article: str) -> str:
    """A Catalan daily: ``div.article-body`` paragraphs with a "Llegiu també" box between them and a
    "Fes-te subscriptor" appeal after the third, tags and a Telegram call after the body."""
    return _doc(page_, "ca", (
        f'<header class="header"><a class="header__logo" href="/">{page_["site"]}</a>'
        f'<nav><ul>{_links(("Països Catalans", "Món", "Economia", "Cultura", "Esports", "Opinió"), "/seccio/")}</ul></nav>'
        '<a class="header__subscribe" href="/subscripcions/">Subscriu-te</a></header>'
        '<main class="main"><article class="article">'
        f'<div class="article-header"><span class="article-header__section">Societat</span><h1 class="article-header__title">{page_["title"]}</h1>'
        f'<h2 class="article-header__subtitle">{page_["deck"]}</h2>'
        f'<div class="article-header__author">{page_["author"]}</div><time class="article-header__date">16.05.2024 - 07:00</time></div>'
        f'<div class="article-body">{article}</div>'
        '<div class="article-tags"><a href="/etiqueta/1">Barcelona</a> <a href="/etiqueta/2">habitatge</a></div>'
        '<div class="telegram"><p>Segueix VilaWeb a Telegram per rebre les notícies més importants del dia.</p><a href="https://t.me/vilaweb">Uneix-t’hi</a></div>'
        '</article></main><footer><p>© VilaWeb. Tots els drets reservats.</p></footer>'
    ))  # fmt: skip


def ca_also(title: str) -> tuple[str, None]:
    return (
        f'<aside class="article-related"><h4>Llegiu també</h4><ul><li><a href="/noticies/1/">{title}</a></li></ul></aside>',
        None,
    )


def ca_appeal() -> tuple[str, None]:
    return (
        '<div class="article-body__subscribe"><p><strong>VilaWeb és un diari independent.</strong> Sense subscriptors no podríem fer el periodisme que fem. Fes-te subscriptor per només 8 euros al mes.</p>'
        '<a class="button" href="/subscripcions/">Fes-te subscriptor</a></div>',
        None,
    )


# ---------------------------------------------------------------- Croatian (Index.hr-like)
def croatian(page_: dict, article: str) -> str:
    """A Croatian portal: ``div.text`` of paragraphs with a "Pročitajte i:" line linking another story and a
    photo credit between them, the comment count, a "Imate li vijest za nas?" call and the comments after."""
    return _doc(page_, "hr", (
        f'<header class="main-header"><a class="logo" href="/">{page_["site"]}</a>'
        f'<ul class="main-menu">{_links(("Vijesti", "Sport", "Magazin", "Lifestyle", "Auto", "Shopping"), "/")}</ul></header>'
        '<div class="main-content"><div class="left-part"><article class="article-content">'
        f'<div class="title-holder"><h1 class="title">{page_["title"]}</h1></div>'
        f'<div class="article-info"><div class="author-holder"><span>Autor:</span> <a href="/autori/1">{page_["author"]}</a></div><div class="time">16.05.2024. u 09:14</div><div class="comments-count"><a href="#comments">23 komentara</a></div></div>'
        '<div class="img-holder"><img src="/images2/1.jpg" alt=""><div class="img-source">Foto: Pixsell</div></div>'
        f'<div class="text vijesti-text">{article}</div>'
        '<div class="news-tip"><p><strong>Imate li vijest za nas?</strong> Javite nam se na vijesti@index.hr ili putem WhatsAppa.</p></div>'
        '<div id="comments" class="comments"><h3>Komentari</h3><div class="comment"><p>Bilo je i vrijeme.</p></div></div>'
        '</article></div><div class="right-part"><div class="most-read"><h3>Najčitanije</h3>'
        f'<ul>{_lis(("Kiša i grmljavina u cijeloj zemlji", "Cijene goriva od utorka niže", "Hajduk doveo novog trenera"))}</ul></div></div></div>'
        '<footer><p>Copyright © 2024 Index.hr. Sva prava pridržana.</p></footer>'
    ))  # fmt: skip


def hr_also(title: str) -> tuple[str, None]:
    return f'<p><strong>Pročitajte i:</strong> <a href="/vijesti/clanak/1.aspx">{title}</a></p>', None


# ---------------------------------------------------------------- Serbian in Cyrillic (RTS-like)
def serbian(page_: dict, article: str) -> str:
    """A Serbian broadcaster in Cyrillic: ``div.storyBody`` with ``p.lead`` (the lede, left out), the paragraphs,
    a "Прочитајте још" list between them, the source line "Извор: Танјуг" after, and a comments form."""
    return _doc(page_, "sr", (
        f'<div id="header"><a id="logo" href="/">{page_["site"]}</a><ul id="mainMenu">{_links(("Вести", "Србија", "Регион", "Свет", "Економија", "Спорт"), "/page/")}</ul></div>'
        '<div id="content"><div class="storyContainer"><div class="storyTop">'
        f'<h1 class="storyTitle">{page_["title"]}</h1><div class="storyMeta"><span class="author">{page_["author"]}</span> <span class="date">четвртак, 16. мај 2024, 10:05</span></div></div>'
        f'<div class="storyBody"><p class="lead">{page_["deck"]}</p>{article}</div>'
        '<div class="storyShare"><span>Подели:</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Viber</a></div>'
        '<div class="commentsForm"><h3>Коментари</h3><p>Пошаљите коментар</p><textarea></textarea></div>'
        '</div><div id="sidebar"><h3>Најчитаније</h3>'
        f'<ul>{_lis(("Временска прогноза за викенд", "Нове цене струје од јуна", "Почиње упис у средње школе"))}</ul></div></div>'
        '<div id="footer"><p>Copyright © 2024 РТС. Сва права задржана.</p></div>'
    ))  # fmt: skip


def sr_more(*titles: str) -> tuple[str, None]:
    return (
        '<div class="relatedNews"><h4>Прочитајте још</h4><ul>'
        + "".join(f'<li><a href="/page/stories/sr/1.html">{t}</a></li>' for t in titles)
        + "</ul></div>",
        None,
    )


# ---------------------------------------------------------------- Filipino (GMA-like)
def filipino(page_: dict, article: str) -> str:
    """A Philippine network's Filipino-language story: ``div.article-body`` of paragraphs with "BASAHIN:" lines
    linking other stories, the writers' initials and "—..., GMA Integrated News" after the last paragraph,
    and a "Panoorin" video box."""
    return _doc(page_, "fil", (
        f'<div class="header"><a class="logo" href="/">{page_["site"]}</a><ul class="nav">{_links(("Balita", "Showbiz", "Sports", "Lifestyle", "Money", "Pinoy Abroad"), "/news/")}</ul></div>'
        '<div class="story-container"><div class="story_main"><div class="article">'
        f'<h1 class="story_links">{page_["title"]}</h1><div class="byline"><span class="by">{page_["author"]}, GMA Integrated News</span> <span class="timestamp">Published May 16, 2024 4:15pm</span></div>'
        f'<div class="article-body upper-article-body">{article}</div>'
        '<div class="video-box"><h4>Panoorin</h4><div class="video-player" data-id="1"></div><p>Panoorin ang ulat ni Mav Gonzales sa 24 Oras.</p></div>'
        '<div class="tags"><span>Tags:</span> <a href="/tags/1">MRT-3</a> <a href="/tags/2">DOTr</a></div>'
        '</div></div><div class="sidebar"><h3>Trending</h3>'
        f'<ul>{_lis(("Presyo ng bigas, bababa sa Hunyo", "PAGASA: Bagyo, papasok sa PAR", "Sahod ng guro, tataas"))}</ul></div></div>'
        '<div class="footer"><p>© 2024 GMA Network Inc. All rights reserved.</p></div>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Lithuanian (Delfi-like)
def lithuanian(page_: dict, article: str) -> str:
    """A Lithuanian portal: ``div.article-body`` (``div.col-article``) of paragraphs with a "Daugiau
    skaitykite:" box between them and, last in the body, the outlet's copyright sentence in italics; a
    comments link and a newsletter box after."""
    return _doc(page_, "lt", (
        f'<header class="header"><a class="header-logo" href="/">{page_["site"]}</a>'
        f'<ul class="header-menu">{_links(("Naujienos", "Verslas", "Sportas", "Veidai", "Gyvenimas", "Mokslas"), "/")}</ul></header>'
        '<main><div class="article-container"><article class="col-article">'
        f'<div class="article-header"><h1 class="article-title">{page_["title"]}</h1><div class="source-date"><span class="delfi-source-name">{page_["author"]}</span> <span class="source-date">2024 m. gegužės 16 d. 09:30</span></div></div>'
        '<div class="article-photo"><img src="/img/1.jpg" alt=""><div class="photo-source">Asociatyvi nuotr.</div></div>'
        f'<div class="article-body delfi-article-body">{article}</div>'
        '<div class="comments-link"><a href="?com=1">Komentarai (14)</a></div>'
        '<div class="newsletter"><h3>Naujienlaiškis</h3><p>Gaukite svarbiausias dienos naujienas el. paštu.</p><input type="email"><button>Prenumeruoti</button></div>'
        '</article></div></main><footer><p>© 2024 „Delfi“. Visos teisės saugomos.</p></footer>'
    ))  # fmt: skip


def lt_more(title: str) -> tuple[str, None]:
    return (
        f'<div class="related-inline"><strong>Daugiau skaitykite:</strong> <a href="/naujienos/1">{title}</a></div>',
        None,
    )


# ---------------------------------------------------------------- Tistory (Korean blog)
def tistory(page_: dict, article: str) -> str:
    """A Tistory blog post (Odyssey skin): ``div.tt_article_useless_p_margin.contents_style`` of ``p`` with
    ``data-ke-size`` and empty ``&nbsp;`` paragraphs, an ``figure.imageblock``, then the "공감" (like) and
    "구독하기" (subscribe) buttons, the category's other posts and comments."""
    return _doc(page_, "ko", (
        f'<div id="wrap"><header id="header"><h1 class="logo"><a href="/">{page_["site"]}</a></h1>'
        '<nav class="gnb"><ul class="tt_category"><li><a href="/category">분류 전체보기</a></li><li><a href="/category/여행">여행</a></li><li><a href="/category/맛집">맛집</a></li></ul></nav></header>'
        '<div id="container"><main class="main"><div class="area-main"><div class="area-view"><div class="article-header">'
        f'<div class="inner-article-header"><p class="category">여행</p><h2 class="title-article">{page_["title"]}</h2>'
        f'<div class="box-info"><p class="writer">by {page_["author"]}</p><p class="date">2024. 5. 16. 21:40</p></div></div></div>'
        '<hr><div class="article-view"><div class="contents_style">'
        f'<div class="tt_article_useless_p_margin contents_style">{article}</div>'
        '<div class="container_postbtn #post_button_group"><div class="postbtn_like"><button class="btn_post uoc-icon"><span class="txt_like">공감</span><span class="uoc-count">12</span></button>'
        '<button class="btn_post sns_btn btn_share">공유하기</button><button class="btn_post btn_subscription">구독하기</button></div></div>'
        '</div></div>'
        '<div class="another_category another_category_color_gray"><h4>\'<a href="/category/여행">여행</a>\' 카테고리의 다른 글</h4>'
        '<table><tr><th><a href="/40">강릉 당일치기 코스 정리</a></th><td>2024.05.02</td></tr><tr><th><a href="/38">제주 동쪽 오름 세 곳</a></th><td>2024.04.20</td></tr></table></div>'
        '<div class="area-reply"><div class="tt-area-reply"><p class="tt-title-reply">댓글 <span>3</span></p><div class="tt-list-reply"><p>좋은 정보 감사합니다!</p></div></div></div>'
        '</div></div></main></div><footer id="footer"><p>Designed by 티스토리</p><p>© Kakao Corp.</p></footer></div>'
    ))  # fmt: skip


def tp(text: str) -> tuple[str, str]:
    return p(text, attrs=' data-ke-size="size16"')


def t_blank() -> tuple[str, None]:
    return '<p data-ke-size="size16">&nbsp;</p>', None


# ---------------------------------------------------------------- note.com (Japanese)
def note(page_: dict, article: str) -> str:
    """A note.com post: ``div.note-common-styles__textnote-body`` of ``p`` and ``h3`` with ``name`` and ``id``
    attributes, a link card (``figure`` with an ``embedContainer``), then the "スキ" (like) count, a support
    box ("この記事が気に入ったらサポートをしてみませんか？"), the creator's card and their other posts."""
    return _doc(page_, "ja", (
        '<div id="__nuxt"><div id="__layout"><div class="l-wrapper"><header class="o-header"><a class="o-header__logo" href="/">note</a>'
        '<div class="o-header__actions"><a href="/login">ログイン</a><a href="/signup">会員登録</a></div></header>'
        '<main class="p-article"><article class="o-noteContentText"><div class="o-noteContentHeader">'
        f'<h1 class="o-noteContentHeader__title">{page_["title"]}</h1>'
        f'<div class="o-noteContentHeader__info"><a class="o-noteContentHeader__name" href="/creator">{page_["author"]}</a><time datetime="2024-05-16T20:00:00+09:00">2024年5月16日 20:00</time></div></div>'
        f'<div data-name="body" class="note-common-styles__textnote-body">{article}</div>'
        '<div class="o-noteContentFooter"><div class="o-noteLikeV3"><button class="o-noteLikeV3__iconButton">スキ</button><span class="o-noteLikeV3__count">48</span></div>'
        '<div class="o-supportBox"><p class="o-supportBox__text">この記事が気に入ったらサポートをしてみませんか？</p><button class="a-button">サポート</button></div></div>'
        f'<div class="o-creatorCard"><a href="/creator">{page_["author"]}</a><p class="o-creatorCard__profile">京都で小さな書店を営んでいます。本と街のことを書いています。</p><button>フォロー</button></div>'
        '<div class="m-moreNotes"><h3>この人の記事</h3>'
        f'<ul>{_lis(("古本市の楽しみ方", "店を始めて三年目に思うこと"), "/creator/n/")}</ul></div>'
        '</article></main></div></div></div>'
    ))  # fmt: skip


def np_(text: str, n: int) -> tuple[str, str]:
    return p(text, attrs=f' name="p{n:04x}" id="p{n:04x}"')


def note_card(title: str) -> tuple[str, None]:
    return (
        '<figure name="c1" id="c1" embedded-service="note" class="embedContainer"><div class="external-article-widget">'
        f'<a href="/creator/n/n1"><strong class="external-article-widget__title">{title}</strong><span class="external-article-widget__url">note.com</span></a></div></figure>',
        None,
    )


# ---------------------------------------------------------------- page 2 of 3
def paginated(page_: dict, article: str) -> str:
    """The second page of a magazine's article in three: the headline again with "(Page 2 of 3)", the body
    ``div.article-text``, then a pager: "« Previous", "1 2 3", "Next »", and "Continued on next page" above it."""
    return _doc(page_, "en", (
        f'<div class="site"><header class="masthead"><a class="masthead__logo" href="/">{page_["site"]}</a>'
        f'<ul class="masthead__nav">{_links(("Features", "Science", "Travel", "Food", "Archive"), "/section/")}</ul></header>'
        '<main class="content"><article class="article">'
        f'<header class="article__header"><h1 class="article__title">{page_["title"]}</h1><p class="article__page-label">Page 2 of 3</p>'
        f'<p class="article__byline">By <a href="/author/1">{page_["author"]}</a> | May 16, 2024</p></header>'
        f'<div class="article-text">{article}</div>'
        '<p class="article__continued"><em>Continued on next page</em></p>'
        '<nav class="pager" aria-label="Article pages"><a class="pager__prev" href="?page=1">« Previous</a> <a href="?page=1">1</a> <span class="pager__current">2</span> <a href="?page=3">3</a> <a class="pager__next" href="?page=3">Next »</a></nav>'
        '</article><aside class="sidebar"><h3>Most popular</h3>'
        f'<ul>{_lis(("The last lighthouse keepers", "Inside the seed vault", "A year of slow travel"))}</ul></aside></main>'
        f'<footer><p>© 2024 {page_["site"]}</p></footer></div>'
    ))  # fmt: skip


# ---------------------------------------------------------------- an AI-generated summary box
def ai_summary(page_: dict, article: str) -> str:
    """A regional paper's story with an "AI-generated summary" box of bullets at the top of the article's
    body (its disclaimer under the bullets), then the story's paragraphs in ``div.story-body``."""
    summary = "".join(f"<li>{x}</li>" for x in page_["summary"])
    return _doc(page_, "en", (
        f'<header class="site-header"><a class="logo" href="/">{page_["site"]}</a><ul class="nav">{_links(("Local", "Business", "Sports", "Opinion", "Obituaries"), "/")}</ul></header>'
        '<main><article class="story">'
        f'<h1 class="story-headline">{page_["title"]}</h1><div class="story-meta"><span class="byline">By {page_["author"]}</span> <time>May 16, 2024</time></div>'
        '<div class="story-body">'
        f'<div class="ai-summary" data-component="ai-summary"><h2 class="ai-summary__title">Key points</h2><ul>{summary}</ul>'
        '<p class="ai-summary__disclaimer">This summary was generated with the help of AI and reviewed by an editor. Read the full story below.</p></div>'
        f'{article}</div>'
        '<div class="story-footer"><p>Have a news tip? Email tips@example.com.</p></div>'
        '</article></main><footer><p>© 2024 The Valley Courier</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- a poem
def poem(page_: dict, article: str) -> str:
    """A literary magazine's poem: ``div.poem`` of stanzas, each a ``p`` whose lines part at ``<br>``, the
    poet's bio, "Source:" and a "More poems" list after."""
    return _doc(page_, "en", (
        f'<header class="site-header"><a class="logo" href="/">{page_["site"]}</a><ul class="nav">{_links(("Poems", "Essays", "Fiction", "Issues", "Submit"), "/")}</ul></header>'
        '<main class="main"><article class="poem-page">'
        f'<h1 class="poem-title">{page_["title"]}</h1><p class="poem-author">By <a href="/poets/1">{page_["author"]}</a></p>'
        f'<div class="poem">{article}</div>'
        f'<div class="poet-bio"><p>{page_["author"]} is the author of two collections, most recently <em>Salt Year</em>. She lives in Duluth, Minnesota.</p></div>'
        '<p class="poem-source">Source: <em>Spring 2024</em>, Issue 41</p>'
        '<div class="more-poems"><h3>More poems</h3>'
        f'<ul>{_lis(("Ice Road", "What the Heron Knows", "Inventory"), "/poems/")}</ul></div>'
        '</article></main><footer><p>© 2024 North Water Review</p></footer>'
    ))  # fmt: skip


def stanza(*lines: str) -> tuple[str, str]:
    return "<p>" + "<br>".join(lines) + "</p>", "\n".join(lines)


SKINS.update(
    r11_nhk_easy=nhk_easy,
    r11_nzz=nzz,
    r11_amharic=amharic,
    r11_nepali=nepali,
    r11_nrk=nrk,
    r11_catalan=catalan,
    r11_croatian=croatian,
    r11_serbian=serbian,
    r11_filipino=filipino,
    r11_lithuanian=lithuanian,
    r11_tistory=tistory,
    r11_note=note,
    r11_paginated=paginated,
    r11_ai_summary=ai_summary,
    r11_poem=poem,
)

# ================================================================ the pages
page(
    "r11-ja-nhk-easy-furigana",
    "Japanese news for learners (NHK News Web Easy-like: every kanji word under a ruby reading, a read-aloud player, a dictionary's hidden entries)",
    "r11_nhk_easy",
    "大雨で電車が止まる",
    "NHKニュース",
    "2024-05-16T17:00:00+09:00",
    [
        ruby(
            "{九州|きゅうしゅう}では16{日|にち}、{朝|あさ}から{強|つよ}い{雨|あめ}が{降|ふ}りました。{鹿児島県|かごしまけん}では1{時間|じかん}に80mm{以上|いじょう}の{雨|あめ}が{降|ふ}った{所|ところ}がありました。"
        ),
        ruby(
            "JR{九州|きゅうしゅう}は、{安全|あんぜん}のため{鹿児島本線|かごしまほんせん}などの{電車|でんしゃ}を{止|と}めました。{駅|えき}では{大勢|おおぜい}の{人|ひと}が{電車|でんしゃ}が{動|うご}くのを{待|ま}っていました。"
        ),
        ruby(
            "{気象庁|きしょうちょう}は、17{日|にち}の{夜|よる}まで{雨|あめ}が{続|つづ}くと{言|い}っています。{川|かわ}の{水|みず}が{増|ふ}えたり、{山|やま}が{崩|くず}れたりする{危険|きけん}があるため、{気|き}をつけてください。"
        ),
        ruby(
            "{市|し}は、{危|あぶ}ない{所|ところ}に{住|す}んでいる{人|ひと}に、{早|はや}く{避難|ひなん}するように{言|い}っています。"
        ),
    ],
    site="NEWS WEB EASY",
    reading="おおあめでんしゃがとまる",
)
page(
    "r11-de-ch-nzz-shy",
    "Swiss German paper, NZZ-like (soft hyphens in long words, a lead in the header, a 'Passend zum Artikel' box between paragraphs, a hidden paywall offer)",
    "r11_nzz",
    "Die SBB bauen den Bahnhof Stadelhofen für 1,3 Milliarden Franken aus",
    "Daniel Fritzsche",
    "2024-05-16T07:30:00+02:00",
    [
        shy(
            "Der Bahnhof Stadelhofen ist einer der meist~frequentierten der Schweiz. Täglich steigen hier rund 80 000 Personen ein, aus und um. Nun wollen die SBB ein viertes Gleis bauen, in einem neuen Tunnel unter dem Hang des Quartiers."
        ),
        shy(
            "Das Bundesamt für Verkehr hat am Mittwoch die Plan~genehmigung für das Projekt erteilt. Die Bau~arbeiten sollen 2025 beginnen und rund zehn Jahre dauern. Die Kosten belaufen sich auf 1,3 Milliarden Franken, finanziert aus dem Bahn~infrastruktur~fonds."
        ),
        nzz_box(
            "Der Brüttener Tunnel wird teurer als geplant", "Warum die S-Bahn Zürich an ihre Grenzen stösst"
        ),
        shy(
            "Für die Anwohnerinnen und Anwohner bedeutet der Ausbau ein Jahrzehnt mit Baustellen. Die Stadt~verwaltung hat mit den SBB vereinbart, dass die lautesten Arbeiten nur tagsüber stattfinden dürfen."
        ),
        h("Mehr Züge im Halbstundentakt"),
        shy(
            "Mit dem vierten Gleis können mehr Züge gleichzeitig im Bahnhof halten. Die SBB rechnen damit, dass ab 2035 auf mehreren S-Bahn-Linien ein Viertel~stunden~takt möglich wird. Heute verhindert der Engpass am Stadelhofen einen dichteren Fahrplan."
        ),
        shy(
            "Der Verkehrs~club der Schweiz begrüsst den Entscheid. Kritik kommt vom Quartier~verein Hottingen, der eine Entschädigung für das Gewerbe verlangt."
        ),
    ],
    site="Neue Zürcher Zeitung",
    deck="Ein viertes Gleis soll den Engpass im Zürcher S-Bahn-Netz beheben. Die Bau~arbeiten dauern zehn Jahre.",
)
page(
    "r11-am-amharic-fana",
    "Amharic broadcaster's site on a tagDiv theme (Ge'ez script, sentences ending on ።, a ተዛማጅ ዜና related line between paragraphs, a Telegram call after)",
    "r11_amharic",
    "በአዲስ አበባ አዲስ የአውቶቡስ መስመሮች ሥራ ጀመሩ",
    "ዘጋቢ ሰላማዊት ተስፋዬ",
    "2024-05-16T10:00:00+03:00",
    [
        p(
            "የአዲስ አበባ ከተማ አስተዳደር ትራንስፖርት ቢሮ ዛሬ አምስት አዳዲስ የአውቶቡስ መስመሮችን ሥራ አስጀምሯል። መስመሮቹ የከተማዋን ዳርቻ አካባቢዎች ከመሀል ከተማ ጋር ያገናኛሉ።"
        ),
        p(
            "የቢሮው ኃላፊ አቶ ዳዊት ከበደ እንደገለጹት፥ በአዲሶቹ መስመሮች ላይ 120 አውቶቡሶች ተሰማርተዋል። አውቶቡሶቹ ከጠዋቱ 12 ሰዓት እስከ ምሽቱ 4 ሰዓት ድረስ አገልግሎት ይሰጣሉ።"
        ),
        raw('<p><strong>ተዛማጅ ዜና፦</strong> <a href="/2024/05/1">የከተማዋ የታክሲ ታሪፍ ማስተካከያ ተደረገ</a></p>'),
        p("ነዋሪዎች በበኩላቸው የትራንስፖርት እጥረት ለረጅም ጊዜ ሲያጋጥማቸው እንደነበር ገልጸዋል። አዲሶቹ መስመሮች የጥበቃ ጊዜን እንደሚቀንሱ ተስፋ አድርገዋል።"),
        p("ቢሮው በቀጣዩ ዓመት ተጨማሪ ሰባት መስመሮችን ለመክፈት ማቀዱንም አስታውቋል።"),
    ],
    site="ፋና ብሮድካስቲንግ",
)
page(
    "r11-ne-kantipur-bijuli",
    "Nepali daily, Kantipur-like (Devanagari, a Bikram Sambat date in Nepali digits, a यो पनि पढ्नुहोस् card between paragraphs, a photo caption inside the body)",
    "r11_nepali",
    "बिजुली चुहावट घटेर १२ प्रतिशतमा",
    "कृष्ण आचार्य",
    "2024-05-16T07:15:00+05:45",
    [
        p(
            "नेपाल विद्युत् प्राधिकरणको बिजुली चुहावट चालु आर्थिक वर्षको दस महिनामा घटेर १२ प्रतिशतमा झरेको छ। गत वर्ष यही अवधिमा चुहावट १३.४६ प्रतिशत थियो।"
        ),
        p(
            "प्राधिकरणका कार्यकारी निर्देशक कुलमान घिसिङले चुहावट नियन्त्रणका लागि देशभर स्मार्ट मिटर जडान र पुराना तार फेर्ने काम भइरहेको बताए। उनका अनुसार चुहावट एक प्रतिशत घट्दा प्राधिकरणलाई वार्षिक करिब डेढ अर्ब रुपैयाँ बचत हुन्छ।"
        ),
        ne_also("सुक्खायाममा पनि लोडसेडिङ नहुने प्राधिकरणको दाबी"),
        p(
            "मधेश प्रदेशका केही वितरण केन्द्रमा भने चुहावट अझै २० प्रतिशतभन्दा माथि छ। त्यहाँ चोरी नियन्त्रणका लागि स्थानीय प्रशासनसँग मिलेर अभियान चलाइने प्राधिकरणले जनाएको छ।"
        ),
        p("प्राधिकरणले आगामी आर्थिक वर्षमा चुहावटलाई १० प्रतिशतमा झार्ने लक्ष्य राखेको छ।"),
    ],
    site="कान्तिपुर",
)
page(
    "r11-no-nrk-ferje",
    "Norwegian broadcaster, NRK-like (a lead in the header, a LES OGSÅ plug between paragraphs, a fact box whose facts are the story's, Publisert line)",
    "r11_nrk",
    "Elferja over Oslofjorden er forsinket i ett år",
    "Ingrid Solberg",
    "2024-05-16T08:00:00+02:00",
    [
        p(
            "Den nye elektriske ferja mellom Moss og Horten blir ikke satt i drift før sommeren 2025. Det bekrefter Bastø Fosen overfor NRK."
        ),
        p(
            "Årsaken er forsinkelser ved verftet i Tyrkia, der ferja bygges. Batteripakken på skipet har måttet bygges om etter at den ikke besto testene i vinter."
        ),
        nrk_plug("Ferjeprisene i Vestland kuttes med 30 prosent"),
        p(
            "– Vi er selvsagt skuffet, men sikkerheten må komme først, sier administrerende direktør Øyvind Lund."
        ),
        nrk_fact(
            "Fakta om sambandet Moss–Horten",
            "Norges mest trafikkerte ferjesamband med rundt 1,8 millioner passasjerer i året.",
            "Overfarten tar 30 minutter.",
            "Tre av fire ferjer går i dag på strøm.",
        ),
        p(
            "Fram til den nye ferja er klar, vil en av de gamle dieselferjene fortsette å gå i sambandet. Det betyr at utslippene fra sambandet blir om lag 4000 tonn CO₂ høyere enn planlagt."
        ),
    ],
    site="NRK",
    deck="Batteriproblemer ved verftet gjør at den nye ferja mellom Moss og Horten først kommer neste sommer.",
)
page(
    "r11-ca-vilaweb-lloguer",
    "Catalan daily, Vilaweb-like (a subtitle h2 in the header, a Llegiu també box and a Fes-te subscriptor appeal between paragraphs, a Telegram call after)",
    "r11_catalan",
    "Barcelona limitarà els pisos de lloguer de temporada a partir del juliol",
    "Núria Puig",
    "2024-05-16T07:00:00+02:00",
    [
        p(
            "L'Ajuntament de Barcelona aprovarà avui una modificació del pla d'usos que limitarà els contractes de lloguer de temporada a la ciutat. La mesura entrarà en vigor l'1 de juliol."
        ),
        p(
            "Segons dades del consistori, els contractes de temporada han passat de representar el 8% del total el 2019 al 26% l'any passat. El govern municipal considera que molts propietaris els fan servir per esquivar la regulació dels preus."
        ),
        ca_also("El preu del lloguer a Barcelona toca un nou rècord"),
        p(
            "A partir del juliol, caldrà acreditar el motiu del lloguer temporal, com ara una feina o uns estudis, i la durada màxima serà d'onze mesos. Els contractes que no compleixin aquestes condicions es consideraran d'habitatge habitual."
        ),
        ca_appeal(),
        p(
            "El Sindicat de Llogateres ha celebrat la mesura, però demana que es controli de manera efectiva. L'associació de propietaris, en canvi, ha anunciat que la portarà als tribunals."
        ),
    ],
    site="VilaWeb",
    deck="La mesura obligarà a justificar el motiu del contracte i en limitarà la durada a onze mesos",
)
page(
    "r11-hr-index-tramvaj",
    "Croatian portal, Index.hr-like (a Pročitajte i: line between paragraphs, a photo credit, a news-tip call and comments after)",
    "r11_croatian",
    "Zagreb nabavlja 40 novih niskopodnih tramvaja",
    "Ivana Horvat",
    "2024-05-16T09:14:00+02:00",
    [
        p(
            "ZET će do kraja 2026. godine dobiti 40 novih niskopodnih tramvaja, objavio je u četvrtak gradonačelnik Tomislav Tomašević. Vrijednost ugovora je 105 milijuna eura, a većina novca dolazi iz europskih fondova."
        ),
        p(
            "Novi tramvaji zamijenit će najstarija vozila iz sedamdesetih godina, koja su i dalje u prometu na nekoliko linija. Imat će klimatizaciju, mjesta za kolica i bicikle te informacijske ekrane."
        ),
        hr_also("ZET od lipnja uvodi noćne linije vikendom"),
        p(
            "Prvih pet tramvaja trebalo bi stići sljedećeg proljeća, nakon čega slijede probne vožnje. Ostali će se isporučivati postupno, po dva do tri mjesečno."
        ),
        p(
            '"Ovo je najveća nabava vozila javnog prijevoza u posljednjih petnaest godina", rekao je Tomašević.'
        ),
    ],
    site="Index.hr",
)
page(
    "r11-sr-rts-metro",
    "Serbian broadcaster in Cyrillic, RTS-like (p.lead in the body, a Прочитајте још list between paragraphs, Извор: Танјуг line after)",
    "r11_serbian",
    "Почиње градња прве линије београдског метроа",
    "РТС",
    "2024-05-16T10:05:00+02:00",
    [
        p(
            "Радови на изградњи прве линије београдског метроа почињу у јуну, саопштила је данас градска управа. Прва фаза обухвата десет станица између Железника и Карабурме."
        ),
        p(
            "Према речима директора Београдског метроа и воза, прва линија биће дуга 21,3 километра, од чега ће 19 километара бити под земљом. Вредност прве фазе процењује се на 2,1 милијарду евра."
        ),
        sr_more("Нове линије градског превоза од септембра", "Гужве на Газели због радова"),
        p(
            "Градња ће трајати најмање пет година. Током радова биће измењен режим саобраћаја у неколико улица у центру града, о чему ће грађани бити благовремено обавештени."
        ),
        p("Друга линија метроа, која ће повезати Миријево и Нови Београд, тренутно је у фази пројектовања."),
        raw('<p class="source">Извор: Танјуг</p>'),
    ],
    site="Радио-телевизија Србије",
    deck="Прва фаза линије од Железника до Карабурме требало би да буде готова 2030. године.",
)
page(
    "r11-fil-gma-mrt",
    "Filipino-language story, GMA-like (BASAHIN: lines between paragraphs, the writers' initials and network credit after the last paragraph, a video box)",
    "r11_filipino",
    "MRT-3, may libreng sakay para sa mga estudyante ngayong Hunyo",
    "Jamil Santos",
    "2024-05-16T16:15:00+08:00",
    [
        p(
            "Magkakaroon ng libreng sakay sa MRT-3 ang mga estudyante sa buong buwan ng Hunyo, ayon sa Department of Transportation (DOTr) nitong Huwebes."
        ),
        p(
            "Kailangan lamang ipakita ng mga estudyante ang kanilang school ID o enrollment form sa mga istasyon para makakuha ng libreng tiket. Sakop nito ang mga estudyante sa elementarya, high school at kolehiyo."
        ),
        raw('<p><strong>BASAHIN:</strong> <a href="/news/1">LRT-1, magtataas ng pamasahe sa Agosto</a></p>'),
        p(
            "Ayon kay Transportation Secretary Jaime Bautista, layunin ng programa na matulungan ang mga pamilya sa gastusin sa pagsisimula ng pasukan."
        ),
        p(
            "Tinatayang aabot sa 50,000 estudyante ang makikinabang sa libreng sakay araw-araw, batay sa datos ng MRT-3 noong nakaraang taon."
        ),
        raw("<p>—VBL, GMA Integrated News</p>"),
    ],
    site="GMA News Online",
)
page(
    "r11-lt-delfi-sildymas",
    "Lithuanian portal, Delfi-like (a Daugiau skaitykite: box between paragraphs, the outlet's copyright sentence in italics closing the body, comments link and newsletter after)",
    "r11_lithuanian",
    "Šildymo kainos Vilniuje kitą sezoną turėtų mažėti",
    "Delfi",
    "2024-05-16T09:30:00+03:00",
    [
        p(
            "Vilniaus šilumos tinklai prognozuoja, kad kitą šildymo sezoną šilumos kaina sostinėje bus apie 15 procentų mažesnė nei šiemet. Tai lemia pigesnės gamtinės dujos ir nauja biokuro katilinė."
        ),
        p(
            "Bendrovės vadovas Tomas Janonis sakė, kad jau dabar daugiau nei pusė sostinės šilumos pagaminama iš atsinaujinančių išteklių. Naujoji katilinė Pilaitėje bus baigta statyti rugsėjį."
        ),
        lt_more("Karšto vandens kaina birželį nesikeis"),
        p(
            "Vidutinio dydžio buto savininkai per šildymo sezoną galėtų sutaupyti apie 60 eurų. Vis dėlto galutinė kaina paaiškės tik rudenį, kai bus žinomos kuro kainos."
        ),
        p(
            "Valstybinė energetikos reguliavimo taryba naujas bazines kainas turėtų patvirtinti liepos mėnesį."
        ),
        raw(
            "<p><em>DELFI taisyklės draudžia naudoti DELFI paskelbtą informaciją kitose interneto svetainėse, elektroninėse ar spausdintose žiniasklaidos priemonėse arba kitur be DELFI sutikimo, o jei sutikimas gautas, būtina nurodyti DELFI kaip šaltinį.</em></p>"
        ),
    ],
    site="DELFI",
)
page(
    "r11-ko-tistory-gyeongju",
    "Korean Tistory blog post (tt_article_useless_p_margin of p data-ke-size with &nbsp; paragraphs, an imageblock, like and subscribe buttons, the category's other posts, comments)",
    "r11_tistory",
    "경주 1박 2일 여행 후기, 황리단길과 대릉원",
    "여행하는 곰",
    "2024-05-16T21:40:00+09:00",
    [
        tp(
            "지난 주말 가족과 함께 경주에 1박 2일로 다녀왔어요. 서울역에서 KTX를 타고 신경주역까지 두 시간 남짓 걸렸습니다."
        ),
        t_blank(),
        h("첫째 날: 대릉원과 황리단길", 3),
        tp(
            "숙소에 짐을 풀고 먼저 대릉원에 갔어요. 입장료는 어른 3,000원이고, 천마총 내부도 함께 볼 수 있습니다. 오후 햇살이 고분 위로 비치는 풍경이 정말 예뻤어요."
        ),
        raw(
            '<figure class="imageblock alignCenter" data-ke-mobilestyle="widthOrigin"><span data-url="https://blog.kakaocdn.net/dn/1/img.jpg" data-lightbox="lightbox"><img src="https://blog.kakaocdn.net/dn/1/img.jpg" width="800" height="600"></span></figure>'
        ),
        tp(
            "저녁은 황리단길에서 먹었는데, 주말이라 사람이 많아서 인기 있는 식당은 한 시간 넘게 기다려야 했어요. 미리 예약하는 것을 추천합니다."
        ),
        t_blank(),
        h("둘째 날: 불국사", 3),
        tp(
            "아침 일찍 불국사에 가니 한적해서 좋았어요. 버스로 30분 정도 걸리고, 10시 이후에는 단체 관광객이 많아집니다."
        ),
        tp("다음에는 석굴암까지 걸어서 올라가 보고 싶어요."),
        t_blank(),
    ],
    site="곰의 여행 일기",
)
page(
    "r11-ja-note-shoten",
    "Japanese note.com post (textnote-body of p and h3 with name and id attributes, a link card to another note, the スキ button, a support box, the creator's card)",
    "r11_note",
    "町の本屋を続けるために、今年始めた三つのこと",
    "鴨川書房",
    "2024-05-16T20:00:00+09:00",
    [
        np_(
            "京都の小さな町で本屋を始めて、この春で三年になりました。来てくださるお客さんは少しずつ増えていますが、本の売り上げだけで店を続けるのは簡単ではありません。",
            1,
        ),
        np_("そこで今年は、本を売る以外のことにも三つ挑戦しています。", 2),
        raw('<h3 name="h1" id="h1">一、月に一度の読書会</h3>', "一、月に一度の読書会"),
        np_(
            "毎月第二土曜日の夜に、店の奥で読書会を開いています。参加費は五百円で、飲み物がつきます。毎回十人ほどが集まり、初めての方も半分くらいいます。",
            3,
        ),
        note_card("古本市の楽しみ方"),
        raw('<h3 name="h2" id="h2">二、本の定期便</h3>', "二、本の定期便"),
        np_(
            "お客さんの好みを聞いて、毎月一冊を選んで送る「本の定期便」を始めました。今は四十人ほどの方が登録してくださっています。",
            4,
        ),
        raw('<h3 name="h3" id="h3">三、間借りのカフェ</h3>', "三、間借りのカフェ"),
        np_(
            "週末だけ、知り合いのコーヒー屋さんに店の一角を貸しています。コーヒーを目当てに来た方が本を買っていくことも多く、思った以上の効果がありました。",
            5,
        ),
        np_("どれもまだ小さな試みですが、本屋が町の人の集まる場所になればうれしいです。", 6),
    ],
    site="note",
)
page(
    "r11-paginated-page-two",
    "The second page of a magazine article in three pages (Page 2 of 3 in the header, Continued on next page, a pager of page numbers)",
    "r11_paginated",
    "The return of the river otters",
    "Helen Marsh",
    "2024-05-16T09:00:00-05:00",
    [
        p(
            "By the time the survey team reached the third bridge, they had found spraint at every one of their 14 sites. Spraint, the otters' droppings, has a smell that biologists describe, with some affection, as jasmine tea."
        ),
        p(
            '"Ten years ago we would have been thrilled to find it at two," said Marta Lindqvist, who has led the state\'s otter survey since 2012. "Now we expect it. That\'s the real change."'
        ),
        h("A slow comeback"),
        p(
            "River otters vanished from most of the state's rivers in the early 1900s, victims of trapping and of water so polluted that the fish they ate disappeared. A reintroduction program in the 1980s released 345 otters caught in Louisiana into eight rivers."
        ),
        p(
            "For years, the results were hard to measure. Otters are shy, mostly nocturnal and can travel 20 miles along a river in a night. The survey counts signs, not animals, and it was only in the last decade that the signs began to show up far from the release sites."
        ),
        p(
            "Lindqvist's team now estimates that between 4,000 and 6,000 otters live in the state. Not everyone is pleased: fish farmers have asked for permits to trap otters that raid their ponds."
        ),
    ],
    site="Prairie Magazine",
)
page(
    "r11-ai-summary-box",
    "Regional paper's story under an AI-generated 'Key points' summary box at the top of the story body (bullets and a disclaimer)",
    "r11_ai_summary",
    "County approves $12 million expansion of animal shelter",
    "Rosa Delgado",
    "2024-05-16T06:00:00-06:00",
    [
        p(
            "The Valley County Commission voted 4-1 on Wednesday to expand the county animal shelter, which has been over capacity for most of the past two years."
        ),
        p(
            "The $12 million project will add 90 kennels, a veterinary clinic and an outdoor exercise yard. Construction is scheduled to begin in September and finish by the end of 2025."
        ),
        p(
            "Shelter director Amy Chen told commissioners that the shelter took in 6,200 animals last year, nearly double the number it was built for in 1998. Dogs have sometimes been housed in crates in hallways and offices."
        ),
        p(
            'Commissioner Frank Ruiz cast the lone vote against the plan, saying the county should first try to expand its foster program. "We are building our way out of a problem that starts with people not spaying and neutering their pets," he said.'
        ),
        p("The project will be paid for with money from a sales tax approved by voters in 2022."),
    ],
    site="The Valley Courier",
    summary=(
        "The county commission approved a $12 million shelter expansion in a 4-1 vote.",
        "The project adds 90 kennels and a veterinary clinic.",
        "Construction begins in September.",
    ),
)
page(
    "r11-poem-ice-out",
    "A poem in a literary magazine (stanzas as p with lines parted by br, the poet's bio, Source: line, More poems list)",
    "r11_poem",
    "Ice-Out",
    "Karin Dahl",
    "2024-05-16T00:00:00-05:00",
    [
        stanza(
            "All April the lake held its breath,",
            "a gray plate under a gray sky,",
            "and my father checked it every morning",
            "the way you check on someone sleeping.",
        ),
        stanza(
            "Then one night the wind came around from the south",
            "and by breakfast the whole bay was talking,",
            "the ice in long needles chiming at the shore",
            "like a drawer of spoons.",
        ),
        stanza(
            "He wrote the date on the calendar in pencil,",
            "as he had for forty years,",
            "and under it, in the smallest hand he had,",
            "the word early.",
        ),
    ],
    site="North Water Review",
)
