"""The nineteenth round of ``bench/extraction_pages``: pages (``r19-*``) of outlets, platforms and page kinds the
first eighteen rounds lack, each in a template written here after what the outlet's or platform's pages emit.

Languages: Dhivehi (Mihaaru-like, right to left, Thaana, an advert labelled "އިޢުލާން", an inline "ގުޅޭ ޚަބަރު"
card), Uyghur (a diaspora portal on Drupal 10's Layout Builder, right to left), Tibetan (Tibet Times-like, a
script written without spaces between words, "འབྲེལ་ཡོད་གསར་འགྱུར།" cards), Occitan (Jornalet-like, "Legir tanben:", a
donation appeal), Malagasy (NewsMada-like, "Vakio koa:", a comment prompt), West Frisian (Omrop Fryslân-like, a
consent box, a "Stelling" poll and an embedded post on X) and Tatar (Intertat-like, a recipe news item, "Шулай ук
укыгыз:"). Platforms and kinds: a photo gallery on Progress Sitefinity (a caption and credit per slide), the first
of a story's two pages on Kentico Xperience ("Next page"), a university's Q&A on Optimizely (bold questions), a
news site on Next.js and Sanity (Portable Text, an inline "Read more" card, a subscribers' gate), a city paper on
dotCMS (a correction appended at the end), an EIN Presswire release (the "About ..." boilerplate, the media
contact, the distribution disclaimer), a think tank's post rendered by Quarto (footnotes, the citation block) and
a nonprofit's newsroom on Framer (``framer-text`` paragraphs, a cookie banner, "Read next"). The gold of every
page was written before nutgraf was run on it: it leaves out leads in the header, captions and credits (but a
gallery's captions), pointers to other stories, advert labels, polls, paywall teasers and gates, author boxes,
media contacts, newsletter boxes, calls to comment or give, pagers and citation blocks; it keeps headings, an
interview's questions, a recipe's ingredients and steps, a correction, a release's "About ..." profile (as
ScrapingHub's gold does), an embedded post's text and footnotes.
"""

from __future__ import annotations

from articles import page
from eighteenth_round import _wrapped
from fourth_round import _cookie, _doc, _links
from furniture import SKINS
from parts import h, p, qa, raw
from seventeenth_round import _ul
from thirteenth_round import _also, _lis


def _ol(*items: str) -> tuple[str, str]:
    return "<ol>" + "".join(f"<li>{x}</li>" for x in items) + "</ol>", "\n".join(items)


# ---------------------------------------------------------------- Dhivehi (Mihaaru-like, right to left)
def dhivehi(page_: dict, article: str) -> str:
    """A Maldivian daily, Mihaaru-like, right to left in Thaana: ``div.article-body`` of paragraphs with an advert
    slot labelled "އިޢުލާން" and an inline "ގުޅޭ ޚަބަރު" card between them; the share bar, a comment prompt and
    "ގިނައިން ކިޔާފައިވާ" after."""
    return _doc(page_, "dv", (
        f'<header class="site-header"><a class="logo" href="/">{page_["site"]}</a><ul class="main-nav">{_links(("ޚަބަރު", "ވިޔަފާރި", "ކުޅިވަރު", "ދުނިޔެ", "ރިޕޯޓް"), "/category/")}</ul></header>'
        '<main><article class="article">'
        f'<h1 class="article-title">{page_["title"]}</h1><div class="article-meta"><span class="author">{page_["author"]}</span> <time>16 މެއި 2024</time></div>'
        '<figure class="article-cover"><img src="/uploads/harbour.jpg" alt=""><figcaption>މާލޭ ބަނދަރު. ފޮޓޯ: މިހާރު</figcaption></figure>'
        f'<div class="article-body">{article}</div>'
        '<div class="share-bar"><span>ޝެއާ ކުރައްވާ</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Viber</a></div>'
        '<div class="comment-prompt"><p>މި ޚަބަރާ ބެހޭގޮތުން ކޮމެންޓް ކުރައްވާ</p><textarea></textarea><button>ފޮނުވާ</button></div></article>'
        f'<aside class="most-read"><h3>ގިނައިން ކިޔާފައިވާ</h3><ul>{_lis(("ހުޅުމާލެއަށް އައު ފާލަމެއް", "ޓޫރިސްޓުންގެ އަދަދު އިތުރުވެއްޖެ"), "/news/")}</ul></aside></main>'
        '<footer><p>© 2024 މިހާރު</p></footer>'
    ), dir_="rtl")  # fmt: skip


def dv_ad() -> tuple[str, None]:
    return (
        '<div class="ad-slot"><span class="ad-label">އިޢުލާން</span><div id="div-gpt-ad-1"></div></div>',
        None,
    )


def dv_card() -> tuple[str, None]:
    return (
        '<div class="inline-related"><span class="inline-related__label">ގުޅޭ ޚަބަރު</span>'
        '<a href="/news/2"><img src="/uploads/t.jpg" alt=""><span>ތިލަފުށީގައި އައު ގުދަންތަކެއް</span></a></div>',
        None,
    )


# ---------------------------------------------------------------- Uyghur (Drupal 10 Layout Builder, right to left)
def uyghur(page_: dict, article: str) -> str:
    """A Uyghur diaspora portal on Drupal 10 with Layout Builder, right to left: a two-column section whose first
    region holds the body field's block and an inline block (a newsletter call), the second a views block of
    "ئالاقىدار خەۋەرلەر"; a consent banner first, the share links and tags after the body."""
    return _doc(page_, "ug", (
        _cookie("بۇ تور بېكەت سىزگە تېخىمۇ ياخشى مۇلازىمەت قىلىش ئۈچۈن cookie ئىشلىتىدۇ.", "قوشۇلىمەن", "تەپسىلاتى")
        + f'<header role="banner" class="region region-header"><a href="/" rel="home" class="site-logo">{page_["site"]}</a><ul class="menu">{_links(("خەۋەرلەر", "مەدەنىيەت", "مائارىپ", "ئىقتىساد", "ۋىدېئو"), "/ug/")}</ul></header>'
        '<main role="main"><div class="region region-content"><article role="article" class="node node--type-article node--view-mode-full">'
        '<div class="layout layout--onecol"><div class="layout__region layout__region--content">'
        f'<div class="block block-layout-builder block-field-blocknodearticletitle"><h1 class="page-title">{page_["title"]}</h1></div>'
        f'<div class="block block-layout-builder block-field-blocknodearticleuid"><span>{page_["author"]}</span> · <span>2024-يىلى 5-ئاينىڭ 16-كۈنى</span></div></div></div>'
        '<div class="layout layout--twocol-section layout--twocol-section--67-33">'
        '<div class="layout__region layout__region--first">'
        '<div class="block block-layout-builder block-field-blocknodearticlefield-image"><img src="/sites/default/files/library.jpg" alt=""><div class="field--name-field-caption">كىتابخانىنىڭ ئېچىلىش مۇراسىمى. سۈرەت: ئورگانچىلار</div></div>'
        f'<div class="block block-layout-builder block-field-blocknodearticlebody"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{article}</div></div>'
        '<div class="block block-inline-blockbasic"><h2>خەۋەر ئاگاھلاندۇرۇشىغا مۇشتەرى بولۇڭ</h2><p>ھەر ھەپتىلىك خەۋەرلەرنى ئېلخەت ساندۇقىڭىزغا تاپشۇرۇۋېلىڭ.</p><form><input type="email"><button>مۇشتەرى بولۇش</button></form></div>'
        '<div class="block block-layout-builder block-field-blocknodearticlefield-tags"><a href="/tags/1">ئىستانبۇل</a> <a href="/tags/2">كىتاب</a></div>'
        '<div class="block block-addtoany"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Telegram</a></div></div>'
        '<div class="layout__region layout__region--second"><div class="block block-views block-views-blockrelated-block-1"><h2>ئالاقىدار خەۋەرلەر</h2>'
        f'<ul>{_lis(("ئانا تىل دەرسلىكى يېڭىدىن نەشر قىلىندى", "ياش شائىرلار مۇسابىقىسى ئۆتكۈزۈلدى"), "/ug/node/")}</ul></div></div></div>'
        '</article></div></main><footer><p>© 2024 ' + page_["site"] + '</p></footer>'
    ), dir_="rtl")  # fmt: skip


# ---------------------------------------------------------------- Tibetan (Tibet Times-like)
def tibetan(page_: dict, article: str) -> str:
    """A Tibetan-language news site, Tibet Times-like (WordPress): ``div.entry-content`` of paragraphs in a script
    written without spaces between words, an "འབྲེལ་ཡོད་གསར་འགྱུར།" card between them, the share bar, a comment prompt
    and more news after."""
    return _doc(page_, "bo", (
        f'<header class="site-header"><a class="site-title" href="/">{page_["site"]}</a><ul class="menu">{_links(("གསར་འགྱུར།", "སྲིད་དོན།", "རིག་གཞུང་།", "སློབ་གསོ།", "བརྙན་འཕྲིན།"), "/category/")}</ul></header>'
        '<main><article class="post type-post">'
        f'<h1 class="entry-title">{page_["title"]}</h1><div class="entry-meta"><span class="author">{page_["author"]}</span> <time>༢༠༢༤ ཟླ་ ༥ ཚེས་ ༡༦</time></div>'
        '<figure class="wp-block-image"><img src="/wp-content/uploads/school.jpg" alt=""><figcaption>སློབ་གྲྭ་གསར་པའི་སྒོ་འབྱེད་མཛད་སྒོ། པར། བོད་ཀྱི་དུས་བབ།</figcaption></figure>'
        f'<div class="entry-content">{article}</div>'
        '<div class="share-buttons"><span>མཉམ་སྤྱོད།</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div>'
        '<div id="respond" class="comment-respond"><h3 class="comment-reply-title">བསམ་ཚུལ་འགོད་རོགས།</h3><form><textarea></textarea><button>འགོད་པ།</button></form></div></article>'
        f'<aside class="more-news"><h3>གསར་འགྱུར་གཞན།</h3><ul>{_lis(("ཌར་ས་ལར་དཔེ་མཛོད་གསར་པ་ཞིག་ཁ་ཕྱེ་སོང་།", "བོད་ཡིག་གི་མཁས་དབང་ཞིག་ལ་གཟེངས་རྟགས་ཕུལ།"), "/news/")}</ul></aside></main>'
        '<footer><p>© ༢༠༢༤ བོད་ཀྱི་དུས་བབ།</p></footer>'
    ))  # fmt: skip


def bo_card() -> tuple[str, None]:
    return (
        '<div class="related-post-inline"><strong>འབྲེལ་ཡོད་གསར་འགྱུར།</strong> '
        '<a href="/news/3">བོད་ཡིག་སློབ་ཁྲིད་ཀྱི་དེབ་གསར་པ་པར་སྐྲུན་བྱས།</a></div>',
        None,
    )


# ---------------------------------------------------------------- Occitan (Jornalet-like)
def occitan(page_: dict, article: str) -> str:
    """An Occitan daily, Jornalet-like: the summary ``p.entradeta`` under the headline, ``div.cos-article`` of
    paragraphs with a "Legir tanben:" line between them, a donation appeal ("Sostenètz Jornalet") after the body,
    "Autras novèlas"."""
    return _doc(page_, "oc", (
        f'<header class="capçal"><a class="logo" href="/">{page_["site"]}</a><ul class="menú">{_links(("Actualitat", "Cultura", "Lenga", "Opinion", "Esports"), "/")}</ul></header>'
        '<main><article class="article">'
        f'<h1 class="titol">{page_["title"]}</h1><p class="entradeta">{page_["deck"]}</p>'
        f'<div class="signatura"><span>{page_["author"]}</span> · <time>16/05/2024</time></div>'
        '<figure><img src="/imatges/metro.jpg" alt=""><figcaption>Una estacion del mètro de Tolosa. Fòto: Jornalet</figcaption></figure>'
        f'<div class="cos-article">{article}</div>'
        '<div class="apel-don"><h3>Sostenètz Jornalet</h3><p>Jornalet es lo sol jornal quotidian en occitan. Sens vòstre sosten, pòt pas contunhar.</p><a class="boton" href="/don">Far un don</a></div>'
        '<div class="partejar"><a href="#">Partejar</a> <a href="#">Facebook</a> <a href="#">Mastodon</a></div></article>'
        f'<aside class="autras"><h3>Autras novèlas</h3><ul>{_lis(("Lo festenal de Sant Jan tornarà a Marselha", "Un novèl diccionari gascon sortís en junh"), "/noticia/")}</ul></aside></main>'
        '<footer><p>© 2024 Jornalet</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Malagasy (NewsMada-like)
def malagasy(page_: dict, article: str) -> str:
    """A Malagasy daily, NewsMada-like (WordPress): ``div.td-post-content`` of paragraphs with a "Vakio koa:" line
    between them, the share bar, a comment prompt and a newsletter box after."""
    return _doc(page_, "mg", (
        f'<header class="header"><a class="logo" href="/">{page_["site"]}</a><ul class="menu">{_links(("Vaovao", "Politika", "Toekarena", "Fanatanjahantena", "Kolontsaina"), "/category/")}</ul></header>'
        '<main><article class="post">'
        f'<h1 class="entry-title">{page_["title"]}</h1><div class="post-meta"><span class="author">Nataon\'i {page_["author"]}</span> <time>16 Mey 2024</time></div>'
        '<figure class="featured"><img src="/wp-content/uploads/lalana.jpg" alt=""><figcaption>Ny lalam-pirenena faha-2 any Moramanga. Sary: NewsMada</figcaption></figure>'
        f'<div class="td-post-content">{article}</div>'
        '<div class="share"><span>Zarao</span> <a href="#">Facebook</a> <a href="#">WhatsApp</a></div>'
        '<div class="comments-area"><h3>Hanome hevitra</h3><p>Manaova fanehoan-kevitra momba ity lahatsoratra ity.</p><textarea></textarea></div>'
        '<section class="newsletter"><h3>Misoratra anarana amin\'ny gazetinay</h3><form><input type="email" placeholder="Mailaka"><button>Alefa</button></form></section></article>'
        f'<aside class="related"><h3>Lahatsoratra mifandraika</h3><ul>{_lis(("Nitombo ny vidin’ny vary eny an-tsena", "Hatsaraina ny seranan’i Toamasina"), "/")}</ul></aside></main>'
        '<footer><p>© 2024 NewsMada</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- West Frisian (Omrop Fryslân-like)
def frisian(page_: dict, article: str) -> str:
    """A Frisian broadcaster's news page, Omrop Fryslân-like: a consent box first, ``div.article__body`` of
    paragraphs holding an embedded post on X and a "Stelling" poll (the statement, two answers, the vote count),
    a "Lês ek:" line; "Mear nijs" after."""
    return _doc(page_, "fy", (
        _cookie("Wy brûke cookies om ús webside better te meitsjen en foar statistyk. Jo kinne jo kar altyd oanpasse.", "Akkoard", "Mear ynformaasje")
        + f'<header class="header"><a class="logo" href="/">{page_["site"]}</a><ul class="nav">{_links(("Nijs", "Sport", "Kultuer", "Radio", "Tv"), "/")}</ul></header>'
        '<main><article class="article">'
        f'<h1 class="article__title">{page_["title"]}</h1><div class="article__meta"><span>{page_["author"]}</span> <time>16 maaie 2024, 11.05 oere</time></div>'
        '<figure><img src="/media/ljouwert.jpg" alt=""><figcaption>De Nijstêd yn Ljouwert. Foto: Omrop Fryslân</figcaption></figure>'
        f'<div class="article__body">{article}</div>'
        '<div class="share"><span>Diel dit artikel</span> <a href="#">Facebook</a> <a href="#">WhatsApp</a></div></article>'
        f'<aside class="more"><h3>Mear nijs</h3><ul>{_lis(("Nije fytsbrêge oer it Van Harinxmakanaal iepen", "Skûtsjesilen begjint dit jier earder"), "/nijs/")}</ul></aside></main>'
        '<footer><p>© 2024 Omrop Fryslân</p></footer>'
    ))  # fmt: skip


def fy_poll() -> tuple[str, None]:
    return (
        '<div class="poll" data-poll-id="8812"><p class="poll__kicker">Stelling</p>'
        '<p class="poll__question">De binnenstêd fan Ljouwert moat autofrij wurde.</p>'
        '<form><label><input type="radio" name="p"> Iens</label> <label><input type="radio" name="p"> Net iens</label>'
        '<button>Stim</button></form><p class="poll__count">1.482 stimmen</p></div>',
        None,
    )


def fy_post() -> tuple[str, str]:
    text = (
        "Moarn prate wy yn de ried oer in autofrije binnenstêd. Ik bin benijd wat de Ljouwerters derfan fine."
    )
    return (
        '<blockquote class="twitter-tweet" data-lang="fy"><p lang="fy" dir="ltr">' + text + "</p>"
        '&mdash; Sybren Hoekstra (@SybrenHoekstra) <a href="https://x.com/SybrenHoekstra/status/3">May 15, 2024</a></blockquote>'
        '<script async src="https://platform.x.com/widgets.js" charset="utf-8"></script>',
        text,
    )


# ---------------------------------------------------------------- Tatar (Intertat-like, a recipe news item)
def tatar(page_: dict, article: str) -> str:
    """A Tatar-language portal, Intertat-like: ``div.news-text`` holding a news item that ends in a recipe (a
    heading, an ingredients list, numbered steps), a "Шулай ук укыгыз:" line, the share bar and "Соңгы
    яңалыклар"."""
    return _doc(page_, "tt", (
        f'<header class="header"><a class="logo" href="/">{page_["site"]}</a><ul class="menu">{_links(("Яңалыклар", "Җәмгыять", "Мәдәният", "Спорт", "Икътисад"), "/tat/")}</ul></header>'
        '<main><article class="news-item">'
        f'<h1 class="news-title">{page_["title"]}</h1><div class="news-info"><span class="author">{page_["author"]}</span> <time>16 май 2024, 10:15</time></div>'
        '<figure><img src="/upload/chakchak.jpg" alt=""><figcaption>Чәкчәк. Фото: Интертат</figcaption></figure>'
        f'<div class="news-text">{article}</div>'
        '<div class="share"><span>Бүлешергә</span> <a href="#">ВКонтакте</a> <a href="#">Telegram</a></div>'
        '<div class="telegram-call"><a href="https://t.me/intertat">Безнең Telegram-каналга языл!</a></div></article>'
        f'<aside class="latest"><h3>Соңгы яңалыклар</h3><ul>{_lis(("Казанда яңа мәктәп ачылды", "Сабантуй программасы игълан ителде"), "/tat/news/")}</ul></aside></main>'
        '<footer><p>© 2024 Интертат</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- a photo gallery on Progress Sitefinity
def sitefinity(page_: dict, article: str) -> str:
    """A city magazine's photo gallery on Progress Sitefinity: layout columns ``div.sf_colsIn``, an intro content
    block, then the gallery widget's slides (the photo, ``p.sf-Gallery-caption``, ``span.sf-Gallery-credit``, a
    counter "n / 5"), "Share this gallery" and "More galleries"."""
    return _doc(page_, "en-US", (
        f'<header class="site-header"><a class="logo" href="/">{page_["site"]}</a><ul class="nav">{_links(("News", "Food", "Arts", "Galleries", "Events"), "/")}</ul></header>'
        '<main><div class="sf_colsOut container"><div class="sf_colsIn col-md-8" data-sf-element="Column 1" data-placeholder-label="Column 1">'
        f'<div class="sf-content-block"><h1>{page_["title"]}</h1><p class="gallery-meta">Photos by {page_["author"]} · May 16, 2024</p></div>'
        f'{article}'
        '<div class="sf-share"><span>Share this gallery</span> <a href="#">Facebook</a> <a href="#">Pinterest</a> <a href="#">Email</a></div></div>'
        f'<div class="sf_colsIn col-md-4" data-sf-element="Column 2"><div class="sf-content-block"><h3>More galleries</h3><ul>{_lis(("Street art of the Warehouse District", "Opening night at the new concert hall"), "/galleries/")}</ul></div>'
        '<div class="ad-box"><span>Advertisement</span><div id="ad-rail"></div></div></div></div></main>'
        '<footer><p>© 2024 Riverside Monthly. Powered by Sitefinity</p></footer>'
    ), ld=False)  # fmt: skip


def sf_intro(*parts: tuple[str, str]) -> tuple[str, str]:
    return _wrapped('<div class="sf-content-block">', "</div>", *parts)


def sf_slide(number: int, caption: str, credit: str) -> tuple[str, str]:
    return (
        f'<div class="sf-Gallery-slide" data-slide="{number}"><img src="/images/gallery/market-{number}.jpg" alt="">'
        f'<div class="sf-Gallery-info"><span class="sf-Gallery-counter">{number} / 5</span>'
        f'<p class="sf-Gallery-caption">{caption}</p><span class="sf-Gallery-credit">{credit}</span></div></div>',
        caption,
    )


# ---------------------------------------------------------------- Kentico Xperience (page 1 of 2)
def kentico(page_: dict, article: str) -> str:
    """The first page of a regional paper's story in two on Kentico Xperience: widget zones
    (``div.ktc-widget-zone``) of rich-text widgets, "Page 1 of 2", "Continued on the next page", the pager "1 2
    Next page ›", a newsletter box and "Most read"."""
    return _doc(page_, "en-GB", (
        f'<header class="masthead"><a class="masthead__logo" href="/">{page_["site"]}</a><ul class="masthead__nav">{_links(("News", "Business", "Farming", "Sport", "Opinion"), "/")}</ul></header>'
        '<main><article class="story">'
        f'<h1 class="story__headline">{page_["title"]}</h1><p class="story__byline">By {page_["author"]} · 16 May 2024</p><p class="story__page">Page 1 of 2</p>'
        f'<div class="ktc-widget-zone">{article}</div>'
        '<p class="story__continued"><em>Continued on the next page</em></p>'
        '<nav class="pagination" aria-label="Story pages"><span class="current">1</span> <a href="?page=2">2</a> <a class="next" href="?page=2">Next page ›</a></nav></article>'
        '<section class="newsletter"><h3>Get the Dales Courier in your inbox</h3><p>The day\'s top stories, every morning at 7am.</p><form><input type="email"><button>Sign me up</button></form></section>'
        f'<aside class="most-read"><h3>Most read</h3><ol>{_lis(("Auction mart to close after 140 years", "Road through the pass shut for resurfacing"), "/news/")}</ol></aside></main>'
        '<footer><p>© 2024 Dales Courier</p></footer>'
    ))  # fmt: skip


def kt_text(*parts: tuple[str, str | None]) -> tuple[str, str]:
    return _wrapped('<div class="ktc-widget"><div class="rich-text">', "</div></div>", *parts)


# ---------------------------------------------------------------- Optimizely (a university's Q&A)
def optimizely(page_: dict, article: str) -> str:
    """A university's news Q&A on Optimizely CMS (Episerver): OneTrust's banner, content area blocks
    (``div.block.richtextblock``) holding an intro and bold questions with their answers, a "Media contact" block
    and "Related stories" teasers."""
    return _doc(page_, "en-US", (
        '<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We use cookies to improve your experience on our website. By clicking "Accept All Cookies", you agree to the storing of cookies on your device.</p><button id="onetrust-accept-btn-handler">Accept All Cookies</button> <button id="onetrust-pc-btn-handler">Cookie Settings</button></div>'
        f'<header class="global-header"><a class="logo" href="/">{page_["site"]}</a><ul class="global-nav">{_links(("Admissions", "Research", "Campus life", "News", "About"), "/")}</ul></header>'
        '<main id="main"><div class="news-page"><div class="news-page__header">'
        f'<p class="eyebrow">Q&amp;A</p><h1>{page_["title"]}</h1><p class="news-page__byline">{page_["author"]} · May 16, 2024</p></div>'
        f'<div class="content-area">{article}'
        '<div class="block contactblock"><h3>Media contact</h3><p>Laura Kim, University Communications<br>(555) 555-0182 · lkim@university.example</p></div></div>'
        f'<div class="block teaserlistblock"><h2>Related stories</h2><ul>{_lis(("Coastal lab wins federal grant", "Students map the town’s heat islands"), "/news/")}</ul></div></div></main>'
        '<footer><p>© 2024 Westbrook University</p></footer>'
    ), ld=False)  # fmt: skip


def op_text(*parts: tuple[str, str]) -> tuple[str, str]:
    return _wrapped('<div class="block richtextblock"><div class="rich-text">', "</div></div>", *parts)


# ---------------------------------------------------------------- Next.js + Sanity (a subscribers' gate)
def sanity(page_: dict, article: str) -> str:
    """A tech news site on Next.js with Sanity: Portable Text rendered as ``div.portable-text`` of paragraphs with
    an inline "Read more" card between them, then the subscribers' gate ("This story is for subscribers") over
    the rest; "Latest" cards after."""
    return _doc(page_, "en-US", (
        f'<div id="__next"><header class="Header_root__x1"><a class="Header_logo__x2" href="/">{page_["site"]}</a><ul class="Header_nav__x3">{_links(("AI", "Chips", "Policy", "Startups", "Podcast"), "/topic/")}</ul></header>'
        '<main class="Article_main__a1"><article>'
        f'<h1 class="Article_title__a2">{page_["title"]}</h1><p class="Article_dek__a3">{page_["deck"]}</p>'
        f'<div class="Article_byline__a4"><a href="/authors/1">{page_["author"]}</a> <time>May 16, 2024</time></div>'
        f'<div class="portable-text">{article}</div>'
        '<div class="Paywall_gate__p1"><div class="Paywall_fade__p2"></div><h3>This story is for subscribers</h3><p>Subscribe to keep reading and get full access to our reporting on the chip industry.</p><a href="/subscribe">Subscribe for $8/month</a> <a href="/login">Sign in</a></div></article>'
        f'<section class="Latest_root__l1"><h2>Latest</h2><ul>{_lis(("Startup raises $40m for optical interconnects", "Regulators open inquiry into cloud pricing"), "/story/")}</ul></section></main></div>'
        '<footer><p>© 2024 Silicon Ledger</p></footer>'
    ))  # fmt: skip


def sn_card() -> tuple[str, None]:
    return (
        '<div class="Embed_readMore__r1"><span>Read more</span><a href="/story/fab-delays"><img src="/img/fab.jpg" alt="">'
        "<strong>Why the new fabs keep slipping</strong></a></div>",
        None,
    )


# ---------------------------------------------------------------- dotCMS (a correction at the end)
def dotcms(page_: dict, article: str) -> str:
    """A city paper on dotCMS: ``div.story-body`` of paragraphs from the content type's Story Block, a correction
    appended after the last paragraph (``div.correction-note``), the author box, a comment prompt and "More local
    news"."""
    return _doc(page_, "en-US", (
        f'<header class="site-header"><a class="logo" href="/">{page_["site"]}</a><ul class="nav">{_links(("Local", "Schools", "Business", "Sports", "Obituaries"), "/")}</ul></header>'
        '<main><article class="story" data-dot-type="NewsStory">'
        f'<h1 class="story-title">{page_["title"]}</h1><div class="story-meta"><span class="author">By {page_["author"]}</span> <time>May 16, 2024</time> <span>Updated May 17, 2024</span></div>'
        '<figure><img src="/dA/pool/1200w" alt=""><figcaption>The Eastside pool has been closed since 2021. (Photo: Lakeport Ledger)</figcaption></figure>'
        f'<div class="story-body">{article}</div>'
        f'<div class="author-box"><strong>{page_["author"]}</strong><p>covers city hall and parks for the Ledger. Reach her at mhale@ledger.example.</p></div>'
        '<div class="comment-prompt"><p>Join the conversation. <a href="/comments">Read and post comments</a></p></div></article>'
        f'<aside class="more-local"><h3>More local news</h3><ul>{_lis(("Council approves bike lanes on Main Street", "Library extends summer hours"), "/local/")}</ul></aside></main>'
        '<footer><p>© 2024 Lakeport Ledger</p></footer>'
    ))  # fmt: skip


def correction(text: str) -> tuple[str, str]:
    return (
        f'<div class="correction-note"><p><strong>Correction:</strong> {text}</p></div>',
        f"Correction: {text}",
    )


# ---------------------------------------------------------------- EIN Presswire (a release with its boilerplate)
def einpresswire(page_: dict, article: str) -> str:
    """A release on EIN Presswire: the dateline in the first paragraph, ``div.article-content`` of paragraphs, a
    bold "About ..." boilerplate, then the media contact block, "Distribution channels", the disclaimer ("EIN
    Presswire's priority is source transparency...") and more releases."""
    return _doc(page_, "en-US", (
        f'<header class="header"><a class="logo" href="/">{page_["site"]}</a><ul class="nav">{_links(("Newsroom", "Press releases", "Distribution", "Pricing"), "/")}</ul></header>'
        '<main><div class="main-content"><article class="article">'
        f'<h1 class="article-title">{page_["title"]}</h1><p class="article-subtitle">{page_["deck"]}</p>'
        '<p class="article-date">May 16, 2024, 09:00 GMT</p>'
        f'<div class="article-content">{article}</div>'
        '<div class="contacts"><p>Dana Whitfield<br>Harvest Loop Foods<br>+1 555-555-0140<br><a href="#">email us here</a><br>Visit us on social media: <a href="#">LinkedIn</a> <a href="#">Instagram</a></p></div>'
        '<div class="channels"><p>Distribution channels: Agriculture, Farming &amp; Forestry Industry, Food &amp; Beverage Industry</p></div>'
        '<div class="disclaimer"><p>EIN Presswire\'s priority is source transparency. We do not allow opaque clients, and our editors try to be careful about weeding out false and misleading content. As a user, if you see something we have missed, please do bring it to our attention.</p></div></article>'
        f'<aside class="more-releases"><h3>More releases</h3><ul>{_lis(("Greenfield Robotics names new CFO", "Coastal Water Co. opens Tampa plant"), "/newsroom/")}</ul></aside></div></main>'
        '<footer><p>© 1995-2024 Newsmatics Inc. dba EIN Presswire</p></footer>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- Quarto (a think tank's post with footnotes)
def quarto(page_: dict, article: str) -> str:
    """A think tank's blog post rendered by Quarto: the title block (``header#title-block-header``, its
    description, the author and date metadata), ``main#quarto-document-content`` of sections, the footnotes'
    ``section#footnotes`` with back links, then the appendix's Reuse and Citation (BibTeX) blocks."""
    return _doc(page_, "en", (
        f'<header id="quarto-header" class="headroom fixed-top"><nav class="navbar"><a class="navbar-brand" href="/">{page_["site"]}</a><ul class="navbar-nav">{_links(("Research", "Blog", "Data", "About"), "/")}</ul></nav></header>'
        '<div id="quarto-content" class="quarto-container page-columns page-rows-contents page-layout-article">'
        '<nav id="TOC" role="doc-toc"><h2 id="toc-title">On this page</h2><ul><li><a href="#the-numbers">The numbers</a></li><li><a href="#what-it-means">What it means</a></li></ul></nav>'
        '<main class="content" id="quarto-document-content">'
        f'<header id="title-block-header" class="quarto-title-block default"><div class="quarto-title"><h1 class="title">{page_["title"]}</h1></div><div><div class="description"><p>{page_["deck"]}</p></div></div>'
        f'<div class="quarto-title-meta"><div><div class="quarto-title-meta-heading">Author</div><div class="quarto-title-meta-contents"><p>{page_["author"]}</p></div></div><div><div class="quarto-title-meta-heading">Published</div><div class="quarto-title-meta-contents"><p class="date">May 16, 2024</p></div></div></div></header>'
        f'{article}'
        '<div id="quarto-appendix" class="default"><section class="quarto-appendix-contents" id="quarto-reuse"><h2 class="anchored quarto-appendix-heading">Reuse</h2><div class="quarto-appendix-contents"><div><a rel="license" href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a></div></div></section>'
        '<section class="quarto-appendix-contents" id="quarto-citation"><h2 class="anchored quarto-appendix-heading">Citation</h2><div><div class="quarto-appendix-secondary-label">BibTeX citation:</div><pre class="sourceCode code-with-copy quarto-appendix-bibtex"><code class="sourceCode bibtex">@online{okoro2024,\n  author = {Okoro, Chidi},\n  title = {Rent Caps},\n  date = {2024-05-16},\n  langid = {en}\n}</code></pre><div class="quarto-appendix-secondary-label">For attribution, please cite this work as:</div><div id="ref-okoro2024" class="csl-entry quarto-appendix-citeas">Okoro, Chidi. 2024. Online. May 16, 2024.</div></div></section></div>'
        '</main></div><footer class="footer"><div class="nav-footer"><p>© 2024 Harbor Policy Institute</p></div></footer>'
    ), ld=False)  # fmt: skip


def qt_section(ident: str, heading: str, *parts: tuple[str, str]) -> tuple[str, str]:
    return _wrapped(f'<section id="{ident}" class="level2">', "</section>", h(heading), *parts)


def qt_ref(n: int) -> str:
    return f'<a href="#fn{n}" class="footnote-ref" id="fnref{n}" role="doc-noteref"><sup>{n}</sup></a>'


def qt_notes(*notes: str) -> tuple[str, str]:
    items = "".join(
        f'<li id="fn{i}"><p>{text}<a href="#fnref{i}" class="footnote-back" role="doc-backlink">↩︎</a></p></li>'
        for i, text in enumerate(notes, 1)
    )
    return (
        '<section id="footnotes" class="footnotes footnotes-end-of-document" role="doc-endnotes"><hr>'
        f"<ol>{items}</ol></section>",
        "\n".join(notes),
    )


# ---------------------------------------------------------------- Framer (a nonprofit's newsroom)
def framer(page_: dict, article: str) -> str:
    """A nonprofit's newsroom on Framer: generated ``framer-*`` class names, the CMS's rich text as
    ``div[data-framer-name="Content"]`` of ``p.framer-text``, a cookie banner, a newsletter section ("Join our
    list") and "Read next" cards."""
    return _doc(page_, "en", (
        '<div id="main" data-framer-hydrate-v2="1"><div class="framer-9KpQv framer-1x2y3z" style="min-height:100vh">'
        f'<nav class="framer-1abc2" data-framer-name="Nav"><a class="framer-text" href="/">{page_["site"]}</a><ul>{_links(("Our work", "Stories", "Donate", "About"), "/")}</ul></nav>'
        '<div class="framer-2bcd3" data-framer-name="Post header">'
        f'<h1 class="framer-text framer-styles-preset-1h2">{page_["title"]}</h1><p class="framer-text framer-styles-preset-mz1">{page_["author"]} · May 16, 2024</p></div>'
        f'<div class="framer-3cde4" data-framer-name="Content" data-framer-component-type="RichTextContainer">{article}</div>'
        '<div class="framer-4def5" data-framer-name="Newsletter"><h3 class="framer-text">Join our list</h3><p class="framer-text">Stories from the field, once a month. No spam.</p><form><input type="email"><button>Join</button></form></div>'
        f'<div class="framer-5efa6" data-framer-name="Read next"><h3 class="framer-text">Read next</h3><ul>{_lis(("How one village built its own water board", "Our 2023 annual report"), "/stories/")}</ul></div>'
        '<div class="framer-6fab7" data-framer-name="Footer"><p class="framer-text">© 2024 Clearwater Trust. Registered charity 1098765.</p></div></div></div>'
        '<div class="framer-cookie-banner" role="dialog"><p>We use cookies to understand how our site is used. <a href="/privacy">Privacy policy</a></p><button>Accept</button> <button>Decline</button></div>'
    ))  # fmt: skip


def fr_p(text: str) -> tuple[str, str]:
    return p(text, attrs=' class="framer-text"')


SKINS.update(
    r19_dhivehi=dhivehi,
    r19_uyghur=uyghur,
    r19_tibetan=tibetan,
    r19_occitan=occitan,
    r19_malagasy=malagasy,
    r19_frisian=frisian,
    r19_tatar=tatar,
    r19_sitefinity=sitefinity,
    r19_kentico=kentico,
    r19_optimizely=optimizely,
    r19_sanity=sanity,
    r19_dotcms=dotcms,
    r19_einpresswire=einpresswire,
    r19_quarto=quarto,
    r19_framer=framer,
)

# ================================================================ the pages
page(
    "r19-dv-mihaaru-bandaru",
    "Maldivian daily, Mihaaru-like, right to left in Thaana (article-body of paragraphs with an advert slot labelled އިޢުލާން and an inline ގުޅޭ ޚަބަރު card between them, a comment prompt)",
    "r19_dhivehi",
    "މާލޭ ބަނދަރު ތިލަފުށިއަށް ބަދަލުކުރުމުގެ މަސައްކަތް އަންނަ އަހަރު ފަށަނީ",
    "އަހުމަދު ޝިފާޒް",
    "2024-05-16T10:00:00+05:00",
    [
        p(
            "މާލޭ ބަނދަރު ތިލަފުށިއަށް ބަދަލުކުރުމުގެ މަސައްކަތް އަންނަ އަހަރު ފަށާނެކަމަށް ސަރުކާރުން ބުނެފިއެވެ. މި މަޝްރޫޢުގެ ފުރަތަމަ ބައިގައި ބަނދަރުގެ ފާލަމާއި ގުދަންތައް ހަދާނެއެވެ."
        ),
        p("އިގްތިސާދީ ތަރައްގީއާ ބެހޭ ވުޒާރާއިން ބުނީ މި މަޝްރޫޢުގެ ޚަރަދަކީ 300 މިލިއަން ޑޮލަރު ކަމަށާއި، އެ ފައިސާ ހޯދާނީ ބޭރުގެ ބޭންކުތަކުން ކަމަށެވެ."),
        raw(*dv_ad()),
        p("ބަނދަރު ބަދަލުކުރުމުން މާލޭގެ ބިމުގެ ދަތިކަން ކުޑަވެ، ރަށުގެ ދެކުނު ފަރާތުގައި ގޯތިތަކާއި ބަގީޗާތައް ހެދޭނެކަމަށް ވަޒީރު ވިދާޅުވިއެވެ."),
        raw(*dv_card()),
        p("މަސައްކަތް ނިންމުމަށް ތިން އަހަރު ނަގާނެކަމަށް ވުޒާރާއިން ބުނެއެވެ."),
    ],
    site="މިހާރު",
)
page(
    "r19-ug-layoutbuilder-kutupxana",
    "Uyghur diaspora portal on Drupal 10 Layout Builder, right to left (a consent banner, the body field's block beside an inline newsletter block, tags, AddToAny, a related views block in the second region)",
    "r19_uyghur",
    "ئىستانبۇلدا يېڭى ئۇيغۇر كىتابخانىسى ئېچىلدى",
    "مۇھەممەت ئابدۇللا",
    "2024-05-16T12:00:00+03:00",
    [
        p(
            "ئىستانبۇلنىڭ زەيتۇنبۇرنۇ رايونىدا شەنبە كۈنى يېڭى بىر ئۇيغۇر كىتابخانىسى ئېچىلدى. كىتابخانىدا ئۈچ مىڭدىن ئارتۇق كىتاب ۋە ژۇرنال بار."
        ),
        p(
            "كىتابخانىنى قۇرغۇچىلارنىڭ بىرى، بۇ يەرنىڭ بالىلار ئانا تىلىنى ئۆگىنىدىغان ۋە ياشانغانلار ئۆز ئارا كۆرۈشىدىغان ئورۇن بولۇشىنى ئۈمىد قىلىدىغانلىقىنى ئېيتتى."
        ),
        h("بالىلار ئۈچۈن دەرسلەر"),
        p(
            "ھەر ھەپتە ئاخىرى بالىلار ئۈچۈن ئۇيغۇر تىلى، ئەدەبىيات ۋە مۇزىكا دەرسلىرى ئۆتكۈزۈلىدۇ. دەرسلەرگە ھازىرغىچە سەكسەن بالا تىزىملاتقان."
        ),
        p("ئېچىلىش مۇراسىمىغا يۈزلىگەن كىشى قاتناشتى ۋە نۇرغۇن ئائىلىلەر كىتاب سوۋغا قىلدى."),
    ],
    site="ئۇيغۇر ئاۋازى",
)
page(
    "r19-bo-tibettimes-slobgra",
    "Tibetan-language news site, Tibet Times-like on WordPress (a script written without spaces between words, entry-content of paragraphs with an inline related-news line, a comment form)",
    "r19_tibetan",
    "ཌར་ས་ལར་བོད་ཀྱི་སློབ་གྲྭ་གསར་པ་ཞིག་ཁ་ཕྱེ་སོང་།",
    "བསྟན་འཛིན་ནོར་བུ།",
    "2024-05-16T09:00:00+05:30",
    [
        p(
            "བོད་ཀྱི་སློབ་ཕྲུག་རྣམས་ལ་དམིགས་པའི་སློབ་གྲྭ་གསར་པ་ཞིག་དེ་རིང་ཌར་ས་ལར་ཁ་ཕྱེ་སོང་། སློབ་གྲྭ་འདིར་ལོ་འཁོར་དང་པོར་སློབ་ཕྲུག་བརྒྱ་དང་ཉི་ཤུ་ལྷག་ཙམ་ཡོད།"
        ),
        p("སློབ་གྲྭ་འདིར་བོད་ཡིག་དང་། བོད་ཀྱི་ལོ་རྒྱུས། རྩིས་རིག་དང་ཚན་རིག་བཅས་སློབ་ཁྲིད་བྱེད་རྒྱུ་ཡིན་པ་དང་། སློབ་དཔོན་བཅུ་དྲུག་ཡོད།"),
        raw(*bo_card()),
        p(
            "སློབ་གྲྭའི་འགོ་འཛིན་གྱིས། “ང་ཚོའི་སྐད་ཡིག་སྲུང་སྐྱོབ་བྱེད་རྒྱུ་ནི་ང་ཚོ་ཚང་མའི་འགན་ཡིན། ཕྲུ་གུ་ཚོས་རང་གི་ཕ་སྐད་ལ་སྤྲོ་བ་སྐྱེ་རྒྱུའི་རེ་བ་ཡོད།” ཅེས་བཤད།"
        ),
        p("སློབ་གྲྭ་འདི་རྒྱལ་སྤྱིའི་རོགས་རམ་ཚོགས་པ་ཁག་གཅིག་གི་མཐུན་རྐྱེན་ཐོག་བཙུགས་པ་ཡིན།"),
    ],
    site="བོད་ཀྱི་དུས་བབ།",
)
page(
    "r19-oc-jornalet-metro",
    "Occitan daily, Jornalet-like (a summary under the headline, cos-article of paragraphs with a Legir tanben: line between them, a donation appeal after the body)",
    "r19_occitan",
    "Lo mètro de Tolosa parlarà occitan",
    "Maria Fabre",
    "2024-05-16T08:30:00+02:00",
    [
        p(
            "La vila de Tolosa a decidit de botar de panèls bilingues occitan-francés dins totas las estacions de mètro d'aquí a la fin de l'an. Los noms de las estacions seràn tanben anonciats en occitan dins las rames."
        ),
        p(
            "Lo conselh municipal votèt la mesura dimars a l'unanimitat. Lo còst total es estimat a 400 000 èuros, pagats per la vila e per la Region."
        ),
        _also("Legir tanben:", "L'occitan dins las escòlas de Gers", "/noticia/1", bold=False),
        p(
            "\u00abEs una question de dignitat per la lenga e per las gents que la parlan\u00bb, çò diguèt l'adjunta a la cultura."
        ),
        p(
            "Las associacions occitanistas saludèron la decision, mas demandan tanben que los agents de la companhiá de transpòrt sián formats a la lenga."
        ),
    ],
    deck="Los panèls de totas las estacions seràn bilingues d'aquí a la fin de l'an.",
    site="Jornalet",
)
page(
    "r19-mg-newsmada-lalana",
    "Malagasy daily, NewsMada-like on WordPress (td-post-content of paragraphs with a Vakio koa: line between them, a comment prompt, a newsletter box)",
    "r19_malagasy",
    "Lalam-pirenena faha-2: nanomboka ny fanamboarana",
    "Rado Andriamanana",
    "2024-05-16T07:00:00+03:00",
    [
        p(
            "Nanomboka omaly ny fanamboarana ny lalam-pirenena faha-2 mampitohy an'Antananarivo sy Toamasina, izay efa simba tanteraka tamin'ny toerana maro."
        ),
        p(
            "Araka ny fanazavan'ny minisitry ny asa vaventy, haharitra roa taona ny asa ary mitentina 150 tapitrisa dolara, vatsian'ny banky iraisam-pirenena."
        ),
        _also("Vakio koa:", "Nitombo ny vidin'ny solika", "/2024/05/solika", bold=False),
        p(
            "Maro ireo mpitatitra no faly amin'ity vaovao ity satria efa very fotoana be izy ireo teny an-dalana, indrindra amin'ny fotoam-pahavaratra."
        ),
        p("Hanaraka akaiky ny fandehan'ny asa ny fiarahamonim-pirenena mba hisorohana ny kolikoly."),
    ],
    site="NewsMada",
)
page(
    "r19-fy-omrop-binnenstad",
    "Frisian broadcaster's news, Omrop Fryslân-like (a consent box, article__body of paragraphs holding an embedded post on X, a Stelling poll with its vote count and a Lês ek: line)",
    "r19_frisian",
    "Ljouwert wol autofrije binnenstêd",
    "Sietske de Vries",
    "2024-05-16T11:05:00+02:00",
    [
        p(
            "De gemeente Ljouwert wol de âlde binnenstêd autofrij meitsje. Dat hat it kolleezje tiisdei bekend makke yn in nij plan foar de binnenstêd."
        ),
        p(
            "Fan 2026 ôf meie allinnich noch fytsers, fuotgongers en bestelauto's op beskate tiden de binnenstêd yn. Bewenners krije in ûntheffing."
        ),
        fy_post(),
        p(
            "Undernimmers binne ferdield. Guon winkeliers binne bang dat klanten fuortbliuwe, oaren tinke dat in rêstiger binnenstêd krekt mear minsken lûkt."
        ),
        raw(*fy_poll()),
        _also("Lês ek:", "Parkearjen yn Ljouwert wurdt djoerder", "/nijs/2", bold=False),
        p("De gemeenteried beslút nei de simmer oer it plan."),
    ],
    site="Omrop Fryslân",
)
page(
    "r19-tt-intertat-chakchak",
    "Tatar portal, Intertat-like (a news item that ends in a recipe: a heading, an ingredients list, numbered steps; a Шулай ук укыгыз: line, a Telegram channel call)",
    "r19_tatar",
    "Сабантуйга 500 килограмм чәкчәк пешереләчәк",
    "Гөлнара Хәсәнова",
    "2024-05-16T10:15:00+03:00",
    [
        p(
            "Казанда узачак Сабантуй бәйрәменә быел 500 килограмм чәкчәк пешереләчәк. Бу турыда шәһәр мэриясе хәбәр итте."
        ),
        p(
            "Бәйрәм кунакларын милли ризыклар белән сыйлау өчен аерым мәйданчык ачылачак. Анда чәкчәктән тыш өчпочмак һәм гүбәдия дә булачак."
        ),
        _also("Шулай ук укыгыз:", "Сабантуй программасы игълан ителде", "/tat/news/2"),
        h("Чәкчәк рецепты"),
        _ul(
            "Он — 500 грамм",
            "Йомырка — 6 данә",
            "Бал — 300 грамм",
            "Шикәр — 100 грамм",
            "Май — кыздыру өчен",
        ),
        _ol(
            "Он, йомырка һәм бер чеметем тозны болгатып, каты камыр басыгыз.",
            "Камырны нечкә итеп җәеп, кечкенә кисәкләргә турагыз.",
            "Кисәкләрне кайнар майда алтын төскә кергәнче кыздырыгыз.",
            "Бал белән шикәрне кайнатып, кыздырылган камыр кисәкләренә салып болгатыгыз.",
        ),
    ],
    site="Интертат",
)
page(
    "r19-us-sitefinity-night-market",
    "City magazine's photo gallery on Progress Sitefinity (an intro content block, five slides each with a counter, a caption and a credit, Share this gallery, More galleries, an advert in the side column)",
    "r19_sitefinity",
    "In pictures: the first night market on the riverfront",
    "Elena Ruiz",
    "2024-05-16T20:00:00-05:00",
    [
        sf_intro(
            p(
                "More than 8,000 people came to the riverfront on Saturday for the city's first night market, which ran from sunset until midnight along a closed stretch of Water Street."
            ),
        ),
        sf_slide(
            1,
            "Stalls line Water Street as the sun sets. Sixty vendors took part, most of them from the city's east side.",
            "Photo: Elena Ruiz",
        ),
        sf_slide(
            2,
            "Mai Nguyen serves bánh xèo from her family's cart. She said she sold out within two hours.",
            "Photo: Elena Ruiz",
        ),
        sf_slide(
            3,
            "Children watch a puppet show on the steps of the old customs house.",
            "Photo: Elena Ruiz",
        ),
        sf_slide(
            4,
            "The Riverside Steel Band plays near the pedestrian bridge, which was lit in blue for the night.",
            "Photo: Marcus Bell",
        ),
        sf_slide(
            5,
            "Visitors crowd the food stalls near midnight. Organizers say the market will return monthly until October.",
            "Photo: Marcus Bell",
        ),
    ],
    site="Riverside Monthly",
)
page(
    "r19-uk-kentico-quarry",
    "Regional paper's story in two pages on Kentico Xperience (page 1: a widget zone of rich-text widgets with an advert between them, Page 1 of 2, Continued on the next page, a 1 2 Next page pager)",
    "r19_kentico",
    "Quarry plan splits valley as inquiry opens",
    "Tom Ashworth",
    "2024-05-16T06:00:00+01:00",
    [
        kt_text(
            p(
                "A public inquiry into plans to extend Hollins Quarry opened on Tuesday, with more than 300 people packing the village hall at Skelbeck to hear the first day of evidence."
            ),
            p(
                "The quarry's owners want to dig for another 25 years on 40 hectares of farmland to the north of the existing pit. They say the extension would protect 60 jobs and supply stone for roads across the north of England."
            ),
        ),
        raw(
            '<div class="ktc-widget"><div class="advert"><span>Advertisement</span><div id="mpu-1"></div></div></div>'
        ),
        kt_text(
            h("Fears over traffic"),
            p(
                "Residents told the inspector that lorries already thunder through the village every few minutes and that the extension would add another 80 trips a day."
            ),
            p(
                "\u201cOur children walk to school along a road with no pavement,\u201d said parish councillor Ruth Dent. \u201cEvery one of those lorries is a risk.\u201d"
            ),
        ),
    ],
    site="Dales Courier",
)
page(
    "r19-us-optimizely-qa-drought",
    "University's news Q&A on Optimizely CMS (OneTrust's banner, rich-text blocks of an intro and bold questions with their answers, a media contact block, Related stories teasers)",
    "r19_optimizely",
    "Q&amp;A: What the drought means for the region's farms",
    "Office of Communications",
    "2024-05-16T09:00:00-07:00",
    [
        op_text(
            p(
                "As a third dry summer looms, we asked hydrologist Priya Raman, who studies groundwater in the valley, what farmers and towns should expect."
            ),
            *qa(
                "How bad is this drought compared with earlier ones?",
                "By rainfall alone, it is not the worst on record. What makes it different is that the groundwater was already low when it started, so the wells have less to fall back on.",
            ),
            *qa(
                "Which farms are most at risk?",
                "Small farms that rely on shallow wells. Large growers can afford to drill deeper, but that only moves the problem to their neighbours.",
            ),
        ),
        op_text(
            *qa(
                "Is there anything towns can do now?",
                "Yes. Fixing leaks in old pipes is the cheapest water there is. Some towns lose a fifth of what they pump before it reaches a tap.",
            ),
        ),
    ],
    site="Westbrook University",
)
page(
    "r19-us-sanity-chip-export",
    "Tech news site on Next.js and Sanity (a dek under the headline, Portable Text paragraphs with an inline Read more card between them, a subscribers' gate after the opening, Latest cards)",
    "r19_sanity",
    "Chipmakers brace for new export limits on memory",
    "Priya Natarajan",
    "2024-05-16T13:00:00-07:00",
    [
        p(
            "Memory chipmakers are preparing for a new round of export limits that could cut off sales of their most advanced parts to several countries as early as July, according to three people briefed on the plans."
        ),
        p(
            "The rules would cover high-bandwidth memory, the stacked chips that sit beside AI processors and have become one of the industry's most profitable products."
        ),
        raw(*sn_card()),
        p(
            "Industry groups have asked for a delay of six months, arguing that the companies need time to find new buyers and to move some packaging work to other plants."
        ),
    ],
    deck="High-bandwidth memory would be covered, hitting one of the industry's most profitable products.",
    site="Silicon Ledger",
)
page(
    "r19-us-dotcms-pool-correction",
    "City paper on dotCMS (story-body of paragraphs, a correction appended after the last one, an author box with an e-mail address, a comment prompt, More local news)",
    "r19_dotcms",
    "Eastside pool to reopen next summer after $4.2 million repair",
    "Megan Hale",
    "2024-05-16T15:00:00-05:00",
    [
        p(
            "The Eastside pool, closed since a pipe burst in 2021, will reopen next summer after the city council on Tuesday approved a $4.2 million repair."
        ),
        p(
            "The work will replace the pool's plumbing and filters, resurface its deck and add a splash pad for small children. Construction is due to begin in September."
        ),
        p(
            "Council member Rosa Jimenez, whose district includes the pool, said families on the east side had gone three summers without a public pool within walking distance."
        ),
        p(
            "The money comes from the parks bond voters approved in 2022. The city's other two pools will open as usual on Memorial Day weekend."
        ),
        correction(
            "An earlier version of this story said the pool had been closed since 2020. It closed in 2021."
        ),
    ],
    site="Lakeport Ledger",
)
page(
    "r19-us-einpresswire-compost",
    "Release on EIN Presswire (a subtitle, the dateline in the first paragraph, a bold About boilerplate, the contact block, Distribution channels, the source transparency disclaimer)",
    "r19_einpresswire",
    "Harvest Loop Foods Opens Composting Plant to Turn Restaurant Waste Into Soil",
    "Harvest Loop Foods",
    "2024-05-16T09:00:00+00:00",
    [
        p(
            "SACRAMENTO, CA, UNITED STATES, May 16, 2024 /EINPresswire.com/ -- Harvest Loop Foods today opened a composting plant in West Sacramento that will turn up to 40 tons of restaurant food waste a day into soil for local farms."
        ),
        p(
            "The plant collects waste from more than 300 restaurants under contracts with the city. The finished compost is sold to farms within 50 miles at cost."
        ),
        p(
            "\u201cWe want every scrap that leaves a kitchen to come back as food,\u201d said Harvest Loop founder Dana Whitfield."
        ),
        p("<strong>About Harvest Loop Foods</strong>", "p"),
        p(
            "Harvest Loop Foods is a California company that collects and composts commercial food waste. Founded in 2019, it runs three plants in Northern California and employs 85 people."
        ),
    ],
    deck="The West Sacramento plant will process up to 40 tons of food waste a day",
    site="EIN Presswire",
)
page(
    "r19-policy-quarto-rent-caps",
    "Think tank's post rendered by Quarto (a title block with a description, a table of contents, sections with footnote references, the footnotes section with back links, Reuse and a BibTeX Citation appendix)",
    "r19_quarto",
    "Do rent caps reduce the supply of housing?",
    "Chidi Okoro",
    "2024-05-16T00:00:00+00:00",
    [
        p(
            f"Rent caps are back on the agenda in several states. Critics say they discourage building; supporters say the evidence is thinner than it looks.{qt_ref(1)} We looked at what the research actually finds."
        ),
        qt_section(
            "the-numbers",
            "The numbers",
            p(
                f"The best-known study, of San Francisco's 1994 expansion of rent control, found that landlords of covered buildings reduced the supply of rental housing by 15 per cent, mostly by converting units to condominiums.{qt_ref(2)}"
            ),
            p(
                "But most caps passed since 2019 exempt new buildings for fifteen years or more, which the San Francisco rules did not."
            ),
        ),
        qt_section(
            "what-it-means",
            "What it means",
            p(
                f"A cap that exempts new construction is unlikely to stop building, though it may still lead owners of older buildings to sell.{qt_ref(3)}"
            ),
        ),
        qt_notes(
            "We count caps on annual increases, not freezes.",
            "Diamond, McQuade and Qian, American Economic Review, 2019.",
            "Conversions can be limited by separate rules, as in several cities.",
        ),
    ],
    deck="What the research says, and what it does not.",
    site="Harbor Policy Institute",
)
page(
    "r19-org-framer-wells",
    "Nonprofit's newsroom on Framer (generated framer class names, a RichTextContainer of framer-text paragraphs and a heading, a Newsletter section, Read next, a cookie banner after the page)",
    "r19_framer",
    "Twelve new wells for the villages of the upper valley",
    "Clearwater Trust",
    "2024-05-16T10:00:00+00:00",
    [
        fr_p(
            "This spring our teams finished twelve new wells in the upper valley, bringing clean water within a short walk of more than 4,000 people."
        ),
        fr_p(
            "Before the wells were dug, women and girls in the villages walked up to two hours a day to fetch water from the river, which dries to a trickle in the hot months."
        ),
        h("Run by the villages"),
        fr_p(
            "Each well is run by a committee elected in the village. Families pay a small monthly fee, which covers repairs and the wages of a trained mechanic."
        ),
        fr_p(
            "\u201cThe well belongs to us, so we look after it,\u201d said Amina Juma, who chairs the committee in Kisanga."
        ),
    ],
    site="Clearwater Trust",
)
