"""The sixteenth round of ``bench/extraction_pages``: pages (``r16-*``) of languages, platforms and page kinds
the first fifteen rounds lack, each in a template written here after what the outlet's or platform's pages emit.

Languages: Kurdish (Sorani, right to left, a Rudaw-like portal, "زیاتر بخوێنەوە:" and an advert label), Tajik
(Cyrillic, Asia-Plus-like, "Инчунин бихонед:", a Telegram call), Kyrgyz (Cyrillic, Kaktus-like, "Ошондой эле
окуңуз:", a Telegram call), Maltese (a TVM-like broadcaster, "Aqra wkoll:"), Basque (Berria-like, "Irakurri
gehiago:", a cookie banner), Irish (Tuairisc-like, "Léigh freisin:", a newsletter box) and Afrikaans (Maroela
Media-like, "Lees ook:", a WhatsApp call). Platforms: Craft CMS (a Matrix field's blocks, each its own
``div.block``, a pull quote repeating the body, a newsletter form with Craft's CSRF field), TYPO3's news extension
(``news-single``, a teaser under the headline, ``news-text-wrap``, related files and "Zurück"), 1C-Bitrix's
``news.detail`` component (the picture, the date and the text as bare text parted by ``<br>``, "Возврат к
списку") and a WordPress block theme (Twenty Twenty-Four's ``wp-block-group`` nested around the header, a fact box
in the post content, a button group, post navigation, the comments block). Kinds: a council statement on a wire
portal closing on "ENDS" and its media contact, a breaking story opening with a "What we know so far" box, an
explainer whose questions are a Bootstrap accordion, and a weekend listicle of numbered headings, each with its
"Where/When" line and a "Book tickets" button. The gold of every page was written before nutgraf was run on it:
it leaves out leads in the header, captions, calls to read another story or follow a channel, advert labels,
pull quotes repeating the body, buttons, "ENDS" and the contact after it; it keeps headings, a fact box and a
"What we know so far" box written for the story, an accordion's questions and answers and a listing's details.
"""

from __future__ import annotations

from articles import page
from fourth_round import _cookie, _doc, _links
from furniture import SKINS
from parts import h, p, raw
from thirteenth_round import _also, _lis


# ---------------------------------------------------------------- Kurdish, Sorani (Rudaw-like)
def kurdish(page_: dict, article: str) -> str:
    """A Sorani Kurdish portal, Rudaw-like, right to left: ``div.article-main__content`` of paragraphs with a bold
    "زیاتر بخوێنەوە:" line and a "ڕیکلام" advert slot between them, tags and "هەواڵی پەیوەندیدار" after."""
    return _doc(page_, "ckb", (
        f'<header class="header"><a class="header__logo" href="/sorani">{page_["site"]}</a><ul class="header__menu">{_links(("کوردستان", "عێراق", "جیهان", "ئابووری", "وەرزش"), "/sorani/")}</ul></header>'
        '<main><article class="article"><div class="article-title">'
        f'<h1 class="article-title__title">{page_["title"]}</h1><div class="article-title__meta"><span>{page_["author"]}</span> <time>16-05-2024 - 10:20</time></div></div>'
        '<figure class="article-main__img"><img src="/data/images/erbil-bus.jpg" alt=""><figcaption>پاسێکی نوێ لە هەولێر - وێنە: ڕووداو</figcaption></figure>'
        f'<div class="article-main__content">{article}</div>'
        '<div class="article-tags"><a href="/tag/erbil">هەولێر</a> <a href="/tag/transport">هاتوچۆ</a></div>'
        '<div class="share"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Telegram</a></div></article>'
        f'<aside class="related"><h3>هەواڵی پەیوەندیدار</h3><ul>{_lis(("باران لە سلێمانی زیانی گەیاند", "نرخی زێڕ بەرز بووەوە", "هەولێر یانەی ساڵی نوێ"), "/sorani/")}</ul></aside></main>'
        '<footer><p>© 2024 Rudaw Media Network. هەموو مافەکان پارێزراون.</p></footer>'
    ), dir_="rtl")  # fmt: skip


def ku_ad() -> tuple[str, None]:
    return (
        '<div class="ads ads--inline"><span class="ads__label">ڕیکلام</span><div id="div-gpt-ad-1"></div></div>',
        None,
    )


# ---------------------------------------------------------------- Tajik (Asia-Plus-like)
def tajik(page_: dict, article: str) -> str:
    """A Tajik portal in Cyrillic, Asia-Plus-like: ``div.field-name-body`` (Drupal) of paragraphs with a bold
    "Инчунин бихонед:" line between them and a Telegram call closing it, "Хабарҳои охирин" beside."""
    return _doc(page_, "tg", (
        f'<div id="header"><a class="logo" href="/tj">{page_["site"]}</a><ul class="menu">{_links(("Ҷомеа", "Сиёсат", "Иқтисод", "Варзиш", "Ҷаҳон"), "/tj/news/")}</ul></div>'
        '<div class="node node-article"><h1 class="page-header">' + page_["title"] + '</h1>'
        f'<div class="submitted"><span class="date">16.05.2024 11:05</span> <span class="views">Дида шуд: 2 317</span></div>'
        '<div class="field-name-field-image"><img src="/sites/default/files/bus.jpg" alt=""><div class="caption">Акс аз бойгонӣ</div></div>'
        f'<div class="field field-name-body"><div class="field-items"><div class="field-item even">{article}'
        '<p><strong>Моро дар <a href="https://t.me/asiaplus">Telegram</a> пайгирӣ кунед!</strong></p></div></div></div>'
        '<div class="share">Мубодила: <a href="#">Facebook</a> <a href="#">Telegram</a> <a href="#">WhatsApp</a></div></div>'
        f'<div class="block-latest"><h2>Хабарҳои охирин</h2><ul>{_lis(("Дар Хуҷанд бозори нав кушода шуд", "Қурби рубл нисбат ба сомонӣ афзуд"), "/tj/news/")}</ul></div>'
        '<div id="footer"><p>© 2024 Азия-Плюс. Ҳамаи ҳуқуқҳо ҳифз шудаанд.</p></div>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Kyrgyz (Kaktus-like)
def kyrgyz(page_: dict, article: str) -> str:
    """A Kyrgyz portal in Cyrillic: ``div.BbCode`` of paragraphs with a bold "Ошондой эле окуңуз:" line between
    them and a Telegram call closing it, "Акыркы жаңылыктар" after."""
    return _doc(page_, "ky", (
        f'<header class="Header"><a class="Header--logo" href="/ky">{page_["site"]}</a><ul class="Header--menu">{_links(("Коом", "Саясат", "Экономика", "Спорт", "Дүйнө"), "/ky/")}</ul></header>'
        '<div class="Article--container"><div class="Article--head">'
        f'<h1 class="Article--title">{page_["title"]}</h1><div class="Article--date">16.05.2024 12:40</div><div class="Article--views">1 905</div></div>'
        '<div class="Article--image"><img src="/upload/tram.jpg" alt=""><div class="Article--imageCaption">Сүрөт: мэриянын пресс-кызматы</div></div>'
        f'<div class="Article--text"><div class="BbCode">{article}'
        '<p><b>Жаңылыктарды <a href="https://t.me/kaktusmedia_kg">Telegram-каналыбыздан</a> окуңуз!</b></p></div></div>'
        '<div class="Article--share"><a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">Telegram</a></div></div>'
        f'<div class="Feed"><h3>Акыркы жаңылыктар</h3><ul>{_lis(("Ошто жаңы мектеп ачылды", "Доллардын курсу төмөндөдү"), "/ky/")}</ul></div>'
        '<footer><p>© 2024 Kaktus.media</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Maltese (a TVM-like broadcaster)
def maltese(page_: dict, article: str) -> str:
    """A Maltese broadcaster's news page: ``div.single-content`` of paragraphs with a plain "Aqra wkoll:" line
    between them, "Aħbarijiet oħra" after and a cookie banner."""
    return _doc(page_, "mt", (
        _cookie("Din il-websajt tuża cookies biex ittejjeb l-esperjenza tiegħek.", "Naċċetta", "Aktar informazzjoni")
        + f'<header class="site-header"><a class="logo" href="/">{page_["site"]}</a><nav><ul>{_links(("Aħbarijiet", "Lokali", "Barranin", "Sport", "Kultura"), "/category/")}</ul></nav></header>'
        '<main><article class="single">'
        f'<h1 class="single-title">{page_["title"]}</h1><div class="single-meta"><span>{page_["author"]}</span> <time>16 ta\u2019 Mejju 2024</time></div>'
        '<figure class="single-image"><img src="/wp-content/uploads/bus.jpg" alt=""><figcaption>Ritratt: Malta Public Transport</figcaption></figure>'
        f'<div class="single-content">{article}</div>'
        '<div class="single-share"><span>Aqsam:</span> <a href="#">Facebook</a> <a href="#">X</a></div></article>'
        f'<aside class="more-news"><h3>Aħbarijiet oħra</h3><ul>{_lis(("Temperaturi għoljin mistennija fi tmiem il-ġimgħa", "Il-Gvern iħabbar skema ġdida għaż-żgħażagħ"), "/news/")}</ul></aside></main>'
        '<footer><p>© 2024 PBS Ltd. Id-drittijiet kollha riżervati.</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Basque (Berria-like)
def basque(page_: dict, article: str) -> str:
    """A Basque daily, Berria-like: a lead ``p.sarrera`` under the headline, ``div.testua`` of paragraphs with a
    bold "Irakurri gehiago:" line between them, "Azken albisteak" after; a cookie banner."""
    return _doc(page_, "eu", (
        _cookie("Webgune honek cookieak erabiltzen ditu zure nabigazioa hobetzeko.", "Onartu", "Informazio gehiago")
        + f'<header class="goiburua"><a class="logoa" href="/">{page_["site"]}</a><ul class="menua">{_links(("Politika", "Ekonomia", "Gizartea", "Kultura", "Kirola"), "/saila/")}</ul></header>'
        '<main><article class="albistea">'
        f'<h1 class="izenburua">{page_["title"]}</h1><p class="sarrera">{page_["deck"]}</p>'
        f'<div class="egilea">{page_["author"]} <time>2024-05-16</time></div>'
        '<figure><img src="/irudiak/tranbia.jpg" alt=""><figcaption>Gasteizko tranbia, Europa geltokian. (Argazkia: Berria)</figcaption></figure>'
        f'<div class="testua">{article}</div>'
        '<div class="partekatu"><a href="#">Partekatu</a> <a href="#">Facebook</a> <a href="#">X</a></div></article>'
        f'<aside class="azkenak"><h3>Azken albisteak</h3><ul>{_lis(("Bilboko metroak ordutegia luzatuko du", "Euskal Herriko ekonomiak %2 egingo du hazi"), "/albisteak/")}</ul></aside></main>'
        '<footer><p>© 2024 Berria. Eskubide guztiak erreserbatuta.</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Irish (Tuairisc-like)
def irish(page_: dict, article: str) -> str:
    """An Irish-language news site, Tuairisc-like (WordPress): ``div.entry-content`` of paragraphs with a bold
    "Léigh freisin:" line between them, a newsletter box and "Scéalta eile" after."""
    return _doc(page_, "ga", (
        f'<header class="site-header"><a class="site-title" href="/">{page_["site"]}</a><nav><ul>{_links(("Nuacht", "Tuairimí", "Spórt", "Cultúr", "Gnó"), "/category/")}</ul></nav></header>'
        '<main><article class="post">'
        f'<h1 class="entry-title">{page_["title"]}</h1><div class="entry-meta"><span class="byline">{page_["author"]}</span> <time>16.05.2024</time></div>'
        '<figure class="wp-block-image"><img src="/wp-content/uploads/bus.jpg" alt=""><figcaption>Bus ar an mbóthar cois farraige. Grianghraf: Tuairisc</figcaption></figure>'
        f'<div class="entry-content">{article}</div>'
        '<div class="nuachtlitir"><h3>Cláraigh le nuachtlitir Tuairisc</h3><p>Faigh na scéalta is déanaí i do bhosca ríomhphoist gach maidin.</p><form><input type="email" placeholder="Ríomhphost"><button>Cláraigh</button></form></div></article>'
        f'<aside class="scealta-eile"><h3>Scéalta eile</h3><ul>{_lis(("Ceiliúradh ar Lá na Gaeilge i mBaile Átha Cliath", "Scoil nua Ghaeltachta le hoscailt i gCiarraí"), "/nuacht/")}</ul></aside></main>'
        '<footer><p>© 2024 Tuairisc Bheo DAC</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Afrikaans (Maroela Media-like)
def afrikaans(page_: dict, article: str) -> str:
    """An Afrikaans news site, Maroela Media-like (WordPress): ``div.entry-content`` of paragraphs with a bold
    "Lees ook:" line between them and a WhatsApp call closing it, "Meer nuus" after."""
    return _doc(page_, "af", (
        f'<header class="site-header"><a class="site-logo" href="/">{page_["site"]}</a><nav><ul>{_links(("Nuus", "Sake", "Sport", "Vermaak", "Leefstyl"), "/kategorie/")}</ul></nav></header>'
        '<main><article class="post">'
        f'<h1 class="entry-title">{page_["title"]}</h1><div class="entry-meta">Deur <span class="author">{page_["author"]}</span> · <time>16 Mei 2024</time></div>'
        '<figure class="wp-post-image"><img src="/wp-content/uploads/trein.jpg" alt=""><figcaption>Foto: Prasa</figcaption></figure>'
        f'<div class="entry-content">{article}'
        '<p><strong>Volg Maroela Media op <a href="https://whatsapp.com/channel/maroela">WhatsApp</a> vir die jongste nuus.</strong></p></div>'
        '<div class="share-buttons"><a href="#">Deel</a> <a href="#">Facebook</a> <a href="#">WhatsApp</a></div></article>'
        f'<aside class="meer-nuus"><h3>Meer nuus</h3><ul>{_lis(("Reën verwag in die Wes-Kaap", "Springbokke wen in Dublin"), "/nuus/")}</ul></aside></main>'
        '<footer><p>© 2024 Maroela Media</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Craft CMS (Matrix blocks)
def craft(page_: dict, article: str) -> str:
    """A city magazine on Craft CMS: the Twig template renders the entry's Matrix field as sibling
    ``div.block.block--<type>`` elements in ``div.entry__body`` (text, heading, image and pull-quote blocks); a
    newsletter form posting to ``newsletter/subscribe`` with Craft's hidden ``CRAFT_CSRF_TOKEN``; "Related
    entries" and the "Powered by Craft" footer."""
    return _doc(page_, "en", (
        f'<header class="site-header"><a class="site-header__logo" href="/">{page_["site"]}</a><nav class="site-nav"><ul>{_links(("City", "Culture", "Food", "Property", "Events"), "/")}</ul></nav></header>'
        '<main id="main"><article class="entry entry--article">'
        f'<header class="entry__header"><p class="entry__section"><a href="/city">City</a></p><h1 class="entry__title">{page_["title"]}</h1>'
        f'<p class="entry__byline">Words by <a href="/contributors/sam-whitlock">{page_["author"]}</a> · <time datetime="2024-05-16">16 May 2024</time></p></header>'
        f'<div class="entry__body">{article}</div>'
        '<footer class="entry__footer"><ul class="entry__tags"><li><a href="/tags/libraries">Libraries</a></li><li><a href="/tags/architecture">Architecture</a></li></ul></footer></article>'
        '<section class="newsletter"><h2 class="newsletter__title">The Weekly Dispatch</h2><p>Our pick of the city, every Thursday.</p>'
        '<form method="post" accept-charset="UTF-8"><input type="hidden" name="CRAFT_CSRF_TOKEN" value="aZ1x9Q2b7Lk_0p"><input type="hidden" name="action" value="newsletter/subscribe">'
        '<input type="email" name="email" placeholder="Your email"><button type="submit">Subscribe</button></form></section>'
        f'<section class="related"><h2>Related entries</h2><ul>{_lis(("The bookshops holding on in the old town", "Inside the restored corn exchange", "Five walks along the canal"), "/city/")}</ul></section></main>'
        '<footer class="site-footer"><p>© 2024 Northern Quarter Magazine · <a href="https://craftcms.com">Powered by Craft</a></p></footer>'
    ))  # fmt: skip


def cr_text(*paragraphs: str) -> tuple[str, str]:
    inner = "".join(f"<p>{x}</p>" for x in paragraphs)
    return (
        f'<div class="block block--richText"><div class="container container--narrow"><div class="rich-text">{inner}</div></div></div>',
        "\n\n".join(paragraphs),
    )


def cr_heading(text: str) -> tuple[str, str]:
    return (
        f'<div class="block block--heading"><div class="container container--narrow"><h2 class="block__heading">{text}</h2></div></div>',
        text,
    )


def cr_image(caption: str) -> tuple[str, None]:
    return (
        '<div class="block block--image"><figure class="container container--wide"><img src="/assets/images/_large/reading-room.jpg" alt="" loading="lazy">'
        f'<figcaption class="block__caption">{caption}</figcaption></figure></div>',
        None,
    )


def cr_quote(text: str, who: str) -> tuple[str, None]:
    return (
        f'<div class="block block--pullQuote"><blockquote class="pull-quote"><p>\u201c{text}\u201d</p><cite>{who}</cite></blockquote></div>',
        None,
    )


# ---------------------------------------------------------------- TYPO3 (the news extension)
def typo3(page_: dict, article: str) -> str:
    """A German municipal utility's site on TYPO3: the content element ``div.frame-type-news_newsdetail``
    holding the news extension's ``div.news.news-single``: the headline, the date, the teaser
    (``div.teaser-text``), the body ``div.news-text-wrap[itemprop=articleBody]``, related files
    (``news-related-files``) and the back link ("Zurück"); a cookie consent box (cookieman-like)."""
    return _doc(page_, "de", (
        '<!--\n\tThis website is powered by TYPO3 - inspiring people to share!\n\tTYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.\n-->'
        '<div id="cookieman-modal" class="modal" role="dialog"><div class="modal-body"><h4>Datenschutzeinstellungen</h4><p>Wir verwenden Cookies, um unsere Website für Sie optimal zu gestalten. Sie können selbst entscheiden, welche Kategorien Sie zulassen möchten.</p>'
        '<button data-cookieman-save>Speichern</button> <button data-cookieman-accept-all>Alle akzeptieren</button></div></div>'
        f'<header id="page-header"><a class="navbar-brand" href="/">{page_["site"]}</a><ul class="nav">{_links(("Privatkunden", "Geschäftskunden", "Unternehmen", "Presse", "Karriere"), "/")}</ul></header>'
        '<nav class="breadcrumb"><ol><li><a href="/">Startseite</a></li><li><a href="/presse">Presse</a></li><li>Aktuelles</li></ol></nav>'
        '<main id="content"><div id="c245" class="frame frame-default frame-type-news_newsdetail frame-layout-0">'
        '<div class="news news-single"><div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">'
        f'<div class="header"><h1 itemprop="headline">{page_["title"]}</h1></div>'
        '<div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="2024-05-16">16.05.2024</time></span> <span class="news-list-category">Pressemitteilung</span></p></div>'
        f'<div class="teaser-text" itemprop="description"><p>{page_["deck"]}</p></div>'
        '<div class="news-img-wrap"><div class="outer"><div class="mediaelement mediaelement-image"><img src="/fileadmin/_processed_/a/3/csm_waermenetz_7f.jpg" alt="" width="750"></div><p class="news-img-caption">Bauarbeiten am Wärmenetz in der Südstadt. Foto: Stadtwerke</p></div></div>'
        f'<div class="news-text-wrap" itemprop="articleBody">{article}</div>'
        '<div class="news-related news-related-files"><h4>Zugehörige Dateien</h4><ul><li><span class="news-related-files-link"><a href="/fileadmin/presse/waermeplan.pdf">Wärmeplan_2024.pdf</a></span> <span class="news-related-files-size">1 MB</span></li></ul></div>'
        '<div class="news-backlink-wrap"><a href="/presse/aktuelles">Zurück</a></div></div></div></div></main>'
        '<footer id="page-footer"><ul><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li></ul><p>© 2024 Stadtwerke Neustadt GmbH</p></footer>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- 1C-Bitrix (news.detail)
def bitrix(page_: dict, article: str) -> str:
    """A Russian regional administration's news on 1C-Bitrix, the ``bitrix:news.detail`` component's default
    template: ``div.news-detail`` holding the picture, ``span.news-date-time``, an ``h3`` title and the detail
    text as bare text parted by ``<br>``, a ``div`` clearing floats and the share block; "Возврат к списку"
    after."""
    return _doc(page_, "ru", (
        f'<div id="header"><a class="logo" href="/">{page_["site"]}</a><ul id="top-menu">{_links(("Администрация", "Новости", "Документы", "Обращения граждан", "Контакты"), "/about/")}</ul></div>'
        '<div id="workarea"><h1 id="pagetitle">Новости</h1>'
        '<div class="news-detail"><img class="detail_picture" border="0" src="/upload/iblock/3f2/most.jpg" width="600" height="400" alt="" title="">'
        '<span class="news-date-time">16.05.2024</span>'
        f'<h3>{page_["title"]}</h3>{article}'
        '<div style="clear:both"></div><br>'
        '<div class="news-detail-share"><noindex><div class="bx-share-social">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div></noindex></div></div>'
        '<p><a href="/news/">Возврат к списку</a></p></div>'
        '<div id="footer"><p>© 2024 Администрация города Заречный. При использовании материалов ссылка на сайт обязательна.</p></div>'
    ), ld=False)  # fmt: skip


def bx(*paragraphs: str) -> tuple[str, str]:
    """The detail text as the editor's plain-text mode gives it: paragraphs parted by ``<br><br>``."""
    return "<br><br>".join(paragraphs) + "<br>", "\n\n".join(paragraphs)


# ---------------------------------------------------------------- WordPress block theme (Twenty Twenty-Four)
def block_theme(page_: dict, article: str) -> str:
    """A local news site on a WordPress block theme (Twenty Twenty-Four's ``single.html``): the header template
    part and ``main`` are ``wp-block-group`` elements three deep; the title, date, author and category in a
    nested group; the post content ``div.entry-content.wp-block-post-content``; after it the tags, the post
    navigation links, the comments block with its reply form, and a footer template part of groups."""
    return _doc(page_, "en", (
        '<div class="wp-site-blocks"><header class="wp-block-template-part"><div class="wp-block-group alignwide has-base-background-color has-background is-layout-flow wp-block-group-is-layout-flow">'
        '<div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex wp-block-group-is-layout-flex"><div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex">'
        f'<p class="wp-block-site-title"><a href="/" rel="home">{page_["site"]}</a></p></div>'
        '<nav class="is-responsive items-justified-right wp-block-navigation is-layout-flex" aria-label="Main"><ul class="wp-block-navigation__container">'
        + "".join(f'<li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/{t.lower()}"><span class="wp-block-navigation-item__label">{t}</span></a></li>' for t in ("News", "Schools", "Business", "Events", "About"))
        + '</ul></nav></div></div></header>'
        '<main class="wp-block-group is-layout-flow wp-block-group-is-layout-flow" style="margin-top:var(--wp--preset--spacing--50)">'
        '<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">'
        f'<h1 style="margin-bottom:var(--wp--preset--spacing--40)" class="wp-block-post-title">{page_["title"]}</h1>'
        '<div class="wp-block-template-part"><div class="wp-block-group is-content-justification-left is-layout-flex wp-block-group-is-layout-flex">'
        '<div class="wp-block-post-date"><time datetime="2024-05-16T08:00:00-04:00"><a href="#">May 16, 2024</a></time></div><p class="has-small-font-size">\u2014 by</p>'
        f'<div class="wp-block-post-author-name"><a href="/author/rkline/" class="wp-block-post-author-name__link">{page_["author"]}</a></div><p class="has-small-font-size">in</p>'
        '<div class="taxonomy-category wp-block-post-terms"><a href="/category/schools/" rel="tag">Schools</a></div></div></div></div>'
        '<figure style="margin-bottom:var(--wp--preset--spacing--40);" class="wp-block-post-featured-image"><img src="/wp-content/uploads/2024/05/bus-depot.jpg" alt="" loading="lazy"></figure>'
        f'<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">{article}</div>'
        '<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="margin-top:var(--wp--preset--spacing--40)">'
        '<div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex"><div class="taxonomy-post_tag wp-block-post-terms"><a href="/tag/buses/" rel="tag">buses</a><span class="wp-block-post-terms__separator">, </span><a href="/tag/school-board/" rel="tag">school board</a></div></div>'
        '<nav class="wp-block-group is-content-justification-space-between is-layout-flex" aria-label="Post navigation">'
        '<div class="post-navigation-link-previous wp-block-post-navigation-link"><span class="wp-block-post-navigation-link__arrow-previous is-arrow-arrow" aria-hidden="true">\u2190</span><a href="/2024/05/14/budget-hearing/" rel="prev">Budget hearing set for June 4</a></div>'
        '<div class="post-navigation-link-next wp-block-post-navigation-link"><a href="/2024/05/17/library-reopens/" rel="next">Library reopens after roof repairs</a><span class="wp-block-post-navigation-link__arrow-next is-arrow-arrow" aria-hidden="true">\u2192</span></div></nav></div>'
        '<div class="wp-block-comments wp-block-comments-query-loop"><h2 class="wp-block-heading">Comments</h2>'
        '<div id="respond" class="comment-respond wp-block-post-comments-form"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>'
        '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>'
        '<p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label><textarea id="comment" name="comment"></textarea></p><p class="form-submit"><input name="submit" type="submit" class="wp-block-button__link wp-element-button" value="Post Comment"></p></form></div></div></main>'
        '<footer class="wp-block-template-part"><div class="wp-block-group has-global-padding is-layout-constrained"><div class="wp-block-group alignwide is-layout-flow">'
        '<div class="wp-block-columns alignwide is-layout-flex"><div class="wp-block-column is-layout-flow"><h2 class="wp-block-heading has-medium-font-size">About</h2><ul class="wp-block-navigation__container"><li><a href="/team">Team</a></li><li><a href="/history">History</a></li><li><a href="/careers">Careers</a></li></ul></div>'
        '<div class="wp-block-column is-layout-flow"><h2 class="wp-block-heading has-medium-font-size">Privacy</h2><ul class="wp-block-navigation__container"><li><a href="/privacy">Privacy Policy</a></li><li><a href="/terms">Terms and Conditions</a></li><li><a href="/contact">Contact Us</a></li></ul></div></div>'
        '<p class="has-small-font-size">Designed with <a href="https://wordpress.org" rel="nofollow">WordPress</a></p></div></div></footer></div>'
    ))  # fmt: skip


def wp_factbox(heading: str, *items: str) -> tuple[str, str]:
    """A fact box the editor built of nested group blocks: a bordered group holding a flow group of a heading and
    a list."""
    lis = "".join(f"<li>{x}</li>" for x in items)
    return (
        '<div class="wp-block-group has-border-color has-base-2-background-color has-background has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="border-width:1px;border-radius:8px">'
        f'<div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow"><h3 class="wp-block-heading">{heading}</h3><ul class="wp-block-list">{lis}</ul></div></div>',
        "\n".join((heading, *items)),
    )


def wp_buttons(text: str) -> tuple[str, None]:
    return (
        '<div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex"><div class="wp-block-buttons is-layout-flex wp-block-buttons-is-layout-flex">'
        f'<div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="/donate">{text}</a></div></div></div>',
        None,
    )


# ---------------------------------------------------------------- a statement on a wire portal, closing on "ENDS"
def wire_ends(page_: dict, article: str) -> str:
    """A press-release wire portal, Scoop-like: "Press Release: <issuer>" over the headline, ``div#article-text``
    of the statement's paragraphs closing on an "ENDS" line and the media contact, then "Find more from ... on
    InfoPages." and the portal's related releases."""
    return _doc(page_, "en", (
        f'<div id="masthead"><a class="logo" href="/">{page_["site"]}</a><ul class="sections">{_links(("Politics", "Business", "Regional", "Sci-Tech", "Culture"), "/news/")}</ul></div>'
        '<div id="content"><div class="story-top"><p class="byline">Press Release: Wellington City Council</p>'
        f'<h1 class="story-title">{page_["title"]}</h1><p class="story-date">Thursday, 16 May 2024, 10:42 am</p></div>'
        f'<div id="article-text" class="story-text">{article}</div>'
        '<p class="story-infopages">Find more from <a href="/infopages/wcc">Wellington City Council</a> on InfoPages.</p>'
        '<div class="story-share"><a href="#">Share</a> <a href="#">Email</a> <a href="#">Print</a></div></div>'
        f'<div class="related-releases"><h3>More Regional releases</h3><ul>{_lis(("Hutt Valley flood works begin", "Porirua pool closed for repairs", "Kapiti library hours extended"), "/stories/")}</ul></div>'
        '<div id="footer"><p>© Scoop Media</p></div>'
    ))  # fmt: skip


# ---------------------------------------------------------------- a breaking story with a "What we know so far" box
def what_we_know(page_: dict, article: str) -> str:
    """A TV station's breaking story (a Nexstar-like template): ``div.article-content`` opening with a "What we
    know so far" box (``div.wwk-box``: a heading and bullets), then the paragraphs, an autoplaying video's
    "Video above:" label, the station's copyright line; "Trending stories" after."""
    return _doc(page_, "en", (
        f'<header class="site-header"><a class="site-header__logo" href="/">{page_["site"]}</a><nav><ul>{_links(("News", "Weather", "Traffic", "Sports", "Watch Live"), "/")}</ul></nav></header>'
        '<div class="breaking-banner">BREAKING NEWS</div>'
        '<main><article class="article">'
        f'<h1 class="article-title">{page_["title"]}</h1><p class="article-authors">by: <a href="/author/dana-ruiz/">{page_["author"]}</a></p>'
        '<p class="article-dates">Posted: May 16, 2024 / 07:12 AM CDT <br>Updated: May 16, 2024 / 09:48 AM CDT</p>'
        '<div class="article-featured-media"><div class="video-player" data-video-id="921"></div><p class="caption">VIDEO ABOVE: Crews at the scene on Interstate 35.</p></div>'
        f'<div class="article-content">{article}'
        '<p class="copyright">Copyright 2024 Nexstar Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.</p></div></article>'
        f'<aside class="trending"><h2>Trending Stories</h2><ul>{_lis(("Storm damage reported across three counties", "New bakery opens downtown", "Police search for missing hiker"), "/news/")}</ul></aside></main>'
        '<footer><p>© 1998 - 2024 Nexstar Media Inc. | All Rights Reserved.</p></footer>'
    ))  # fmt: skip


def wwk_box(heading: str, *items: str) -> tuple[str, str]:
    lis = "".join(f"<li>{x}</li>" for x in items)
    return f'<div class="wwk-box"><h2 class="wwk-box__title">{heading}</h2><ul>{lis}</ul></div>', "\n".join(
        (heading, *items)
    )


# ---------------------------------------------------------------- an explainer whose questions are an accordion
def accordion_story(page_: dict, article: str) -> str:
    """A public broadcaster's explainer on Bootstrap 5: ``div.story-body`` of paragraphs, then an accordion
    (``div.accordion`` of ``div.accordion-item``: an ``h2.accordion-header`` holding a ``button.accordion-button``
    with the question, ``div.accordion-collapse.collapse`` the answer), then "Was this article helpful?"."""
    return _doc(page_, "en", (
        f'<nav class="navbar navbar-expand-lg"><a class="navbar-brand" href="/">{page_["site"]}</a><ul class="navbar-nav">{_links(("News", "Local", "Business", "Environment", "Radio"), "/news/")}</ul></nav>'
        '<main class="container"><div class="row"><div class="col-lg-8"><article class="story">'
        f'<h1 class="story-headline">{page_["title"]}</h1><div class="story-byline text-muted">{page_["author"]} · 16 May 2024</div>'
        '<figure class="figure"><img class="figure-img img-fluid" src="/img/recycling-bins.jpg" alt=""><figcaption class="figure-caption">New bins will be delivered from June.</figcaption></figure>'
        f'<div class="story-body">{article}</div>'
        '<div class="feedback card"><div class="card-body"><p class="card-text">Was this article helpful?</p><button class="btn btn-outline-primary">Yes</button> <button class="btn btn-outline-secondary">No</button></div></div></article></div>'
        f'<div class="col-lg-4"><aside class="most-read"><h2 class="h5">Most read</h2><ol>{_lis(("Council tax rise approved", "Ferry timetable changes", "Beach water quality warning"), "/news/")}</ol></aside></div></div></main>'
        '<footer class="footer"><p>© 2024 Radio Riverside</p></footer>'
    ))  # fmt: skip


def accordion(*items: tuple[str, str]) -> tuple[str, str]:
    html = '<div class="accordion" id="faq">'
    for n, (question, answer) in enumerate(items):
        html += (
            f'<div class="accordion-item"><h2 class="accordion-header" id="q{n}"><button class="accordion-button collapsed" type="button" '
            f'data-bs-toggle="collapse" data-bs-target="#a{n}" aria-expanded="false" aria-controls="a{n}">{question}</button></h2>'
            f'<div id="a{n}" class="accordion-collapse collapse" aria-labelledby="q{n}" data-bs-parent="#faq"><div class="accordion-body"><p>{answer}</p></div></div></div>'
        )
    return html + "</div>", "\n\n".join(f"{q}\n\n{a}" for q, a in items)


# ---------------------------------------------------------------- a weekend listicle of numbered headings
def listicle(page_: dict, article: str) -> str:
    """A city guide's weekend listicle: ``div.article__body`` of numbered ``h2`` headings, each with its
    paragraph, a "Where/When/Price" line and a "Book tickets" button; an affiliate disclosure above the body;
    "More things to do" after."""
    return _doc(page_, "en", (
        f'<header class="header"><a class="header__logo" href="/">{page_["site"]}</a><nav><ul>{_links(("Things to do", "Food & drink", "Music", "Theatre", "Family"), "/")}</ul></nav></header>'
        '<main><article class="article">'
        f'<h1 class="article__title">{page_["title"]}</h1><div class="article__byline">By <a href="/authors/leah-grant">{page_["author"]}</a> · Thursday 16 May 2024</div>'
        '<p class="article__disclosure"><em>We may earn a commission when you buy tickets through links on this page.</em></p>'
        f'<div class="article__body">{article}</div></article>'
        f'<section class="more"><h2>More things to do</h2><ul>{_lis(("The best beer gardens in the city", "Free museums to visit this half term"), "/things-to-do/")}</ul></section></main>'
        '<footer><p>© 2024 Bristol Weekender</p></footer>'
    ))  # fmt: skip


def listing(number: int, name: str, text: str, details: str) -> list[tuple[str, str | None]]:
    return [
        h(f"{number}. {name}"),
        p(text),
        (
            f'<p class="listing-details">{details}</p>',
            details.replace("<strong>", "").replace("</strong>", ""),
        ),
        (
            '<p><a class="button button--tickets" href="https://tickets.example/" rel="sponsored">Book tickets</a></p>',
            None,
        ),
    ]


SKINS.update(
    r16_kurdish=kurdish,
    r16_tajik=tajik,
    r16_kyrgyz=kyrgyz,
    r16_maltese=maltese,
    r16_basque=basque,
    r16_irish=irish,
    r16_afrikaans=afrikaans,
    r16_craft=craft,
    r16_typo3=typo3,
    r16_bitrix=bitrix,
    r16_block_theme=block_theme,
    r16_wire_ends=wire_ends,
    r16_what_we_know=what_we_know,
    r16_accordion=accordion_story,
    r16_listicle=listicle,
)

# ================================================================ the pages
page(
    "r16-ku-rudaw-pas",
    "Sorani Kurdish portal, Rudaw-like, right to left (article-main__content of paragraphs with a bold زیاتر بخوێنەوە: line and a ڕیکلام advert slot between them, tags, share bar)",
    "r16_kurdish",
    "هەولێر ١٢٠ پاسی نوێی بۆ هاتوچۆی گشتی کڕی",
    "ڕووداو",
    "2024-05-16T10:20:00+03:00",
    [
        p(
            "پارێزگای هەولێر ١٢٠ پاسی نوێی بۆ هێڵەکانی هاتوچۆی گشتیی ناو شار کڕیوە، کە لە مانگی داهاتووەوە دەکەونە کار و جێگەی پاسە کۆنەکان دەگرنەوە."
        ),
        p(
            "بەڕێوەبەری هاتوچۆی گشتیی هەولێر بە ڕووداوی ڕاگەیاند، پاسەکان بە گازی سروشتی کار دەکەن و هەر یەکەیان جێگەی ٤٠ سەرنشینی تێدایە."
        ),
        _also("زیاتر بخوێنەوە:", "نرخی بەنزین لە هەرێمی کوردستان دابەزی", "/sorani/1"),
        p(
            "«ئامانجمان ئەوەیە قەرەباڵغیی شەقامەکان کەم بکەینەوە و خەڵک زیاتر پاس بەکاربهێنن»، بەڕێوەبەرەکە وای گوت."
        ),
        raw(*ku_ad()),
        p("نرخی سواربوونی پاسەکان ٥٠٠ دینار دەبێت و قوتابیان بە نیوەی نرخ سوار دەبن."),
    ],
    site="Rudaw",
)
page(
    "r16-tg-asiaplus-avtobus",
    "Tajik portal in Cyrillic, Asia-Plus-like on Drupal (field-name-body of paragraphs with a bold Инчунин бихонед: line between them and a Telegram call closing it)",
    "r16_tajik",
    "Дар Душанбе 50 автобуси барқӣ ба роҳ бароварда мешавад",
    "Азия-Плюс",
    "2024-05-16T11:05:00+05:00",
    [
        p(
            "Мақомоти шаҳри Душанбе эълон карданд, ки то охири соли ҷорӣ 50 автобуси барқӣ ба хатсайрҳои шаҳр бароварда мешаванд."
        ),
        p(
            "Ба гуфтаи раиси Раёсати нақлиёти шаҳр, автобусҳо аз Чин харидорӣ шудаанд ва ҳар кадоми онҳо то 70 мусофирро ҷой медиҳад. Барои онҳо дар ду истгоҳи охирин нуқтаҳои барқгирӣ сохта мешаванд."
        ),
        _also("Инчунин бихонед:", "Нархи бензин дар Тоҷикистон боз боло рафт", "/tj/news/1"),
        p(
            "«Автобусҳои барқӣ ҳавои шаҳрро тоза нигоҳ медоранд ва хароҷоти сӯзишвориро кам мекунанд», — гуфт ӯ."
        ),
        p("Нархи роҳкиро дар автобусҳои нав 2 сомонӣ муқаррар шудааст."),
    ],
    site="Азия-Плюс",
)
page(
    "r16-ky-kaktus-tramvai",
    "Kyrgyz portal in Cyrillic (BbCode of paragraphs with a bold Ошондой эле окуңуз: line between them and a Telegram call closing it, Акыркы жаңылыктар)",
    "r16_kyrgyz",
    "Бишкекте жаңы трамвай линиясынын курулушу башталат",
    "Kaktus.media",
    "2024-05-16T12:40:00+06:00",
    [
        p(
            "Бишкек шаарынын мэриясы Чүй проспектиси боюнча жаңы трамвай линиясынын курулушу июнь айында башталарын билдирди."
        ),
        p(
            "Долбоордун наркы 80 миллион долларга бааланууда. Линиянын узундугу 14 километрди түзүп, анын боюна 20 аялдама курулат."
        ),
        _also("Ошондой эле окуңуз:", "Бишкекте коомдук транспорттун жол кире акысы өзгөрөт", "/ky/1"),
        p(
            "«Трамвай шаардагы тыгындарды азайтып, абанын булганышын төмөндөтөт», — деди мэриянын транспорт башкармалыгынын башчысы."
        ),
        p("Курулуш эки жылга созулат деп күтүлүүдө."),
    ],
    site="Kaktus.media",
)
page(
    "r16-mt-tvm-linja",
    "Maltese broadcaster (single-content of paragraphs with a plain Aqra wkoll: line between them, a share bar, Aħbarijiet oħra, a cookie banner)",
    "r16_maltese",
    "Tliet rotot ġodda tal-karozzi tal-linja minn Ġunju",
    "Aħbarijiet TVM",
    "2024-05-16T09:30:00+02:00",
    [
        p(
            "Malta Public Transport ħabbret li minn Ġunju se jibdew joperaw tliet rotot ġodda bejn il-Belt Valletta u l-Università, bħala parti minn pjan biex jitnaqqas it-traffiku fit-toroq ewlenin."
        ),
        p(
            "Il-kumpanija qalet li l-karozzi tal-linja se jgħaddu kull għaxar minuti fil-ħinijiet l-aktar okkupati, u li se jintużaw ħmistax-il vettura elettrika ġdida."
        ),
        _also(
            "Aqra wkoll:", "Il-prezz tal-fjuwil jibqa\u2019 l-istess għal sena oħra", "/news/1", bold=False
        ),
        p(
            "\u201cIrridu li iktar nies iħallu l-karozza d-dar,\u201d qal il-Ministru għat-Trasport waqt konferenza tal-aħbarijiet."
        ),
        p("L-istudenti u l-anzjani se jkomplu jivvjaġġaw b\u2019xejn bit-Tallinja card."),
    ],
    site="TVM",
)
page(
    "r16-eu-berria-tranbia",
    "Basque daily, Berria-like (a lead p.sarrera under the headline, testua of paragraphs with a bold Irakurri gehiago: line between them, a cookie banner)",
    "r16_basque",
    "Gasteizko tranbiak hiru geltoki berri izango ditu",
    "Berria",
    "2024-05-16T08:00:00+02:00",
    [
        p(
            "Eusko Jaurlaritzak jakinarazi du Gasteizko tranbiaren hegoaldeko luzapenak hiru geltoki berri izango dituela, eta obrak udazkenean hasiko direla."
        ),
        p(
            "Luzapenak 2,5 kilometro izango ditu, eta 45 milioi euroko aurrekontua. Garraio sailburuaren arabera, egunean 8.000 bidaiari gehiago erakarriko ditu."
        ),
        _also("Irakurri gehiago:", "Bilboko metroak gaueko zerbitzua luzatuko du", "/albisteak/1"),
        p("\u00abAuzo horietako bizilagunek urteak daramatzate tranbia eskatzen\u00bb, esan du sailburuak."),
        p("Lanak 2026. urtearen amaieran bukatzea aurreikusten da."),
    ],
    site="Berria",
    deck="Hegoaldeko luzapenak 2,5 kilometro izango ditu, eta obrak udazkenean hasiko dira.",
)
page(
    "r16-ga-tuairisc-bus",
    "Irish-language news site, Tuairisc-like on WordPress (entry-content of paragraphs with a bold Léigh freisin: line between them, a newsletter box after)",
    "r16_irish",
    "Seirbhís bus nua idir Gaillimh agus Conamara",
    "Tuairisc",
    "2024-05-16T09:00:00+01:00",
    [
        p(
            "Cuirfear tús le seirbhís bus nua idir cathair na Gaillimhe agus an Cheathrú Rua an mhí seo chugainn, a d\u2019fhógair an tÚdarás Náisiúnta Iompair inné."
        ),
        p(
            "Beidh an bus ag taisteal ocht n-uaire sa lá ar an dá bhealach, agus stadfaidh sé i mBearna, sa Spidéal agus in Indreabhán."
        ),
        _also("Léigh freisin:", "Méadú ar líon na gcuairteoirí ar Oileáin Árann", "/nuacht/1"),
        p(
            "\u201cIs céim mhór chun cinn í seo do phobal Chonamara,\u201d a dúirt comhairleoir contae áitiúil."
        ),
        p("Is é €2 an táille do thuras aonair, agus beidh an pas saorthaistil bailí ar an tseirbhís."),
    ],
    site="Tuairisc",
)
page(
    "r16-af-maroela-trein",
    "Afrikaans news site, Maroela Media-like on WordPress (entry-content of paragraphs with a bold Lees ook: line between them and a WhatsApp call closing it)",
    "r16_afrikaans",
    "Nuwe treindiens tussen Pretoria en Johannesburg begin in Julie",
    "Maroela Media",
    "2024-05-16T10:00:00+02:00",
    [
        p(
            "Die Passasierspoorwegagentskap van Suid-Afrika (Prasa) het Donderdag aangekondig dat \u2019n nuwe treindiens tussen Pretoria en Johannesburg in Julie sal begin."
        ),
        p(
            "Volgens Prasa sal die treine elke 30 minute in spitstye ry, en sal die reis sowat 50 minute duur. Twaalf stasies langs die roete is die afgelope jaar opgeknap."
        ),
        _also("Lees ook:", "Petrolprys daal volgende week", "/nuus/1"),
        p("\u201cOns wil hê pendelaars moet weer die trein vertrou,\u201d het Prasa se woordvoerder gesê."),
        p("\u2019n Enkelkaartjie sal R25 kos, en pensioenarisse ry teen die helfte van die prys."),
    ],
    site="Maroela Media",
)
page(
    "r16-craft-matrix-library",
    "city magazine on Craft CMS (a Matrix field's sibling div.block elements: text, heading, image and pull-quote blocks; a newsletter form with CRAFT_CSRF_TOKEN; Related entries)",
    "r16_craft",
    "The library that a city nearly closed, and the readers who saved it",
    "Sam Whitlock",
    "2024-05-16T08:00:00+01:00",
    [
        cr_text(
            "Five years ago the council put the Carnegie library on Hope Street on a list of buildings it could no longer afford to heat. This month it reopens with a new roof, a cafe and longer hours than it has kept since the 1970s.",
            "The money came from a trust set up by the library's own readers, who raised \u00a31.2 million in three years through a levy on their book club subscriptions, two concerts a year and a single legacy of \u00a3400,000.",
        ),
        cr_image("The reading room, restored to its 1904 colours."),
        cr_heading("A building that leaked"),
        cr_text(
            "When the trust took over the lease, rain was coming through the dome and the reading room had been closed for two winters. The architects found that the lead had been stolen from the roof and patched with felt.",
            "\u201cWe were told it would be cheaper to knock it down,\u201d said Margaret Ellis, who chairs the trust. \u201cNobody who had ever sat in that room believed it.\u201d",
        ),
        cr_quote("We were told it would be cheaper to knock it down.", "Margaret Ellis"),
        cr_heading("What opens on Saturday"),
        cr_text(
            "The library will open from 8am to 8pm six days a week, run by four paid staff and a rota of 60 volunteers. The council still pays for the books and the computers under an agreement that runs until 2034.",
        ),
    ],
    site="Northern Quarter",
)
page(
    "r16-typo3-waermenetz",
    "German municipal utility on TYPO3 (the news extension's news-single: headline, date, teaser-text, news-text-wrap with an h2, related files, Zurück; a cookie consent modal; no JSON-LD)",
    "r16_typo3",
    "Stadtwerke bauen Wärmenetz in der Südstadt aus",
    "Stadtwerke Neustadt",
    "2024-05-16T09:00:00+02:00",
    [
        p(
            "Die Stadtwerke Neustadt erweitern ab Juni das Fernwärmenetz in der Südstadt. Auf einer Länge von 3,2 Kilometern werden neue Leitungen verlegt, an die rund 1.400 Haushalte angeschlossen werden können."
        ),
        p(
            "Die Arbeiten beginnen in der Goethestraße und sollen bis zum Herbst 2025 abgeschlossen sein. Während der Bauzeit kommt es abschnittsweise zu Sperrungen; die Umleitungen werden ausgeschildert."
        ),
        h("Anschluss für Eigentümer"),
        p(
            "Hauseigentümer, die ihr Gebäude anschließen lassen möchten, können sich bis zum 30. September unverbindlich registrieren. Wer sich in diesem Zeitraum anmeldet, zahlt keinen Baukostenzuschuss."
        ),
        p(
            "\u201eMit dem Ausbau ersetzen wir jährlich rund 6.000 Tonnen CO2 aus Gas- und Ölheizungen\u201c, sagt Geschäftsführerin Andrea Vogel."
        ),
    ],
    site="Stadtwerke Neustadt",
    deck="Rund 1.400 Haushalte können ab 2025 an die Fernwärme angeschlossen werden.",
)
page(
    "r16-bitrix-most",
    "Russian town administration on 1C-Bitrix (news.detail's default template: the picture, span.news-date-time, an h3 title, the detail text bare and parted by <br><br>, the share block; Возврат к списку; no JSON-LD)",
    "r16_bitrix",
    "В Заречном начался ремонт моста через реку Песчанку",
    "Администрация города Заречный",
    "2024-05-16T10:00:00+03:00",
    [
        bx(
            "В Заречном начался капитальный ремонт моста через реку Песчанку на улице Ленина. Работы выполняет подрядная организация, определённая по итогам аукциона, стоимость контракта составляет 148 миллионов рублей.",
            "На время ремонта движение транспорта по мосту будет закрыто. Объезд организован по улицам Садовой и Заводской, для пешеходов установлен временный настил.",
            "Как сообщили в управлении городского хозяйства, будут заменены пролётные строения, перильные ограждения и освещение. Ремонт планируется завершить до 1 ноября.",
            "Автобусные маршруты № 3 и № 7 на время работ изменят схему движения. Подробное расписание размещено на остановках и на сайте администрации.",
        ),
    ],
    site="Администрация города Заречный",
)
page(
    "r16-wp-block-theme-buses",
    "local news on a WordPress block theme, Twenty Twenty-Four (wp-block-group three deep around the header and main, a nested-group fact box and a button group in the post content, tags, post navigation, the comments block, a footer of groups)",
    "r16_block_theme",
    "School board adds six electric buses to district fleet",
    "Rachel Kline",
    "2024-05-16T08:00:00-04:00",
    [
        p(
            "The Millbrook school board voted 5-2 on Tuesday to buy six electric school buses, replacing the oldest diesel buses in the district's fleet of 41."
        ),
        p(
            "A federal Clean School Bus grant will pay $2.1 million of the $2.4 million cost. The district will pay the rest from its transportation reserve, along with $180,000 for chargers at the bus depot on Route 9."
        ),
        wp_factbox(
            "The buses at a glance",
            "Six buses, 72 seats each",
            "Range of about 130 miles on a charge",
            "In service from January on routes 4, 7 and 12",
        ),
        p(
            "Board member Tom Alvarez, who voted against, said the district should wait until the chargers were installed and tested. \u201cWe have seen other districts park new buses for a year,\u201d he said."
        ),
        p("The superintendent said drivers would begin training on the new buses in the fall."),
        wp_buttons("Support local news"),
    ],
    site="Millbrook Current",
)
page(
    "r16-wire-ends-council",
    "council statement on a press-release wire portal, Scoop-like (Press Release: issuer over the headline, article-text closing on ENDS and the media contact lines, Find more from ... on InfoPages)",
    "r16_wire_ends",
    "Council confirms timetable for Golden Mile works",
    "Wellington City Council",
    "2024-05-16T10:42:00+12:00",
    [
        p(
            "Wellington City Council has confirmed that work on the Golden Mile will begin on 1 July, with Lambton Quay the first section to be rebuilt."
        ),
        p(
            "The project will widen footpaths, add bus lanes and replace underground pipes along the 2.2-kilometre route from Lambton Quay to Courtenay Place. The work will be carried out in four stages over three years."
        ),
        p(
            "\u201cWe know construction is disruptive, and we have planned the stages so that every shop stays open and every bus stop stays in service,\u201d said the council's chief infrastructure officer, Siobhan Procter."
        ),
        p(
            "Businesses along the route will be offered free signage and a dedicated contact person for the duration of the works."
        ),
        raw("<p>ENDS</p>"),
        raw(
            "<p><strong>For media enquiries contact:</strong><br>Sarah Jenkins, Senior Communications Advisor<br>Phone: 021 555 0192<br>Email: media@wcc.example</p>"
        ),
    ],
    site="Scoop",
)
page(
    "r16-what-we-know-crash",
    "TV station's breaking story, Nexstar-like (article-content opening with a What we know so far box: an h2 and bullets; the station's copyright line closing it; VIDEO ABOVE caption; Trending Stories)",
    "r16_what_we_know",
    "Interstate 35 closed after tanker crash near Denton",
    "Dana Ruiz",
    "2024-05-16T07:12:00-05:00",
    [
        wwk_box(
            "What we know so far",
            "A tanker truck overturned on southbound I-35 near Loop 288 shortly before 5 a.m.",
            "The driver was taken to hospital with minor injuries.",
            "All southbound lanes are closed; police expect them to reopen by noon.",
        ),
        p(
            "DENTON, Texas (KDAF) \u2014 Southbound Interstate 35 is closed near Denton after a tanker truck carrying diesel overturned early Thursday, police said."
        ),
        p(
            "The truck left the road near Loop 288 shortly before 5 a.m. and came to rest on its side across two lanes, spilling part of its load. Hazardous materials crews were called to contain the fuel."
        ),
        p(
            "Drivers are being diverted onto the frontage road at exit 468. Police asked commuters to use U.S. 377 instead while the tanker is emptied and removed."
        ),
        p("The cause of the crash is under investigation."),
    ],
    site="KDAF",
)
page(
    "r16-accordion-recycling",
    "public broadcaster's explainer on Bootstrap 5 (story-body of paragraphs, then a div.accordion of questions in h2 > button.accordion-button and answers in div.accordion-collapse; Was this article helpful? after)",
    "r16_accordion",
    "New recycling rules: what changes on 1 July",
    "Owen Pritchard",
    "2024-05-16T06:00:00+01:00",
    [
        p(
            "From 1 July every household in the county will sort its recycling into three bins instead of one, under rules the council adopted this week to meet national targets."
        ),
        p(
            "Paper and card will go in a blue bin, glass in a green box and plastics and cans in the existing grey bin. Food waste collections, already weekly, do not change."
        ),
        h("Your questions answered"),
        accordion(
            (
                "When will I get the new bins?",
                "The council will deliver them between 3 and 21 June. You do not need to order them.",
            ),
            (
                "What if I have no room for three bins?",
                "Flats and houses without front gardens can ask for bags instead, which are collected on the same day.",
            ),
            (
                "Will I be fined for putting things in the wrong bin?",
                "No. Crews will leave a tag on a bin with the wrong items in it, and will collect it the following week once it has been sorted.",
            ),
        ),
    ],
    site="Radio Riverside",
)
page(
    "r16-listicle-weekend",
    "city guide's weekend listicle (article__body of numbered h2 headings, each with a paragraph, a bold Where/When/Price line and a Book tickets button; an affiliate disclosure above the body)",
    "r16_listicle",
    "Five things to do in Bristol this weekend",
    "Leah Grant",
    "2024-05-16T09:00:00+01:00",
    [
        *listing(
            1,
            "Harbour Festival warm-up",
            "The docks host a day of tall ships, brass bands and food stalls ahead of July's main festival, with boat trips to the SS Great Britain every half hour.",
            "<strong>Where:</strong> Harbourside. <strong>When:</strong> Saturday, 11am to 9pm. <strong>Price:</strong> Free.",
        ),
        *listing(
            2,
            "Night market at the Tobacco Factory",
            "Forty traders, three bars and a DJ in the yard of the old factory in Southville, the first of this summer's monthly markets.",
            "<strong>Where:</strong> Raleigh Road, Southville. <strong>When:</strong> Friday, 5pm to 11pm. <strong>Price:</strong> \u00a32.",
        ),
        *listing(
            3,
            "Shakespeare in the park",
            "An outdoor Twelfth Night in Ashton Court, performed by a touring company on a stage built from a farm trailer. Bring a blanket.",
            "<strong>Where:</strong> Ashton Court Estate. <strong>When:</strong> Saturday and Sunday, 7pm. <strong>Price:</strong> \u00a318.",
        ),
        *listing(
            4,
            "Open studios in Totterdown",
            "More than 80 artists open their homes and studios on the hill's coloured terraces, from printmakers to a violin maker.",
            "<strong>Where:</strong> Totterdown. <strong>When:</strong> Saturday and Sunday, 10am to 6pm. <strong>Price:</strong> Free.",
        ),
        *listing(
            5,
            "Family day at the museum",
            "M Shed runs a day of drop-in workshops on the city's buses and trains, with rides on a restored 1950s bus along the quay.",
            "<strong>Where:</strong> M Shed, Princes Wharf. <strong>When:</strong> Sunday, 10am to 4pm. <strong>Price:</strong> Free; bus rides \u00a33.",
        ),
    ],
    site="Bristol Weekender",
)
