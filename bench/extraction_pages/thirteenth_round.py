"""The thirteenth round of ``bench/extraction_pages``: pages (``r13-*``) of languages, platforms and page kinds
the first twelve rounds lack, each in a template written here after what the outlet's or platform's pages emit.

Languages: Danish (DR-like, a summary in the header, a "LÆS OGSÅ" teaser box between paragraphs, Cookiebot's
dialog), Estonian (ERR-like, "Loe ka:" lines, the "Toimetaja:" editor line closing the body), Latvian (LSM-like,
a "Lasiet arī" box), Slovenian (24ur-like, "Preberite še:", an "Oglas" advert label), Malay (Berita
Harian-like on Drupal, "BACA JUGA:" lines and a Telegram call), Telugu (Eenadu-like, "ఇదీ చదవండి:"), Marathi
(Loksatta-like, "हेही वाचा -" and the closing "read all news in Marathi, download the app" line), Azerbaijani
(Latin script with "ə", an "Oxşar xəbər:" line) and Albanian ("Lexo edhe:"). Platforms: a SvelteKit page whose
body is only in a ``data-sveltekit-fetched`` script (the API's JSON as a string inside JSON), an Angular page
whose body is only in the ``ng-state`` transfer cache, an Astro page whose body is only an ``astro-island``'s
``props`` (a ``client:only`` island, nothing rendered). Kinds: a football match report closing on the teams'
line-ups, a podcast episode's page (show notes, a player, chapters, the transcript with timestamps), a letters
to the editor page (several letters, each with its headline and its writer's signature).
The gold of every page was written before nutgraf was run on it: it leaves out summaries and leads in the
header, captions, calls to read another story or follow, advert labels, an editor's credit line, a podcast's
chapter list and timestamps and the letters page's call for letters; it keeps a match report's line-ups, a
transcript's speaker labels and a letter's signature (as the earlier rounds' gold keeps a body's lists and
quotes).
"""

from __future__ import annotations

import html as _html
import json

from articles import page
from fourth_round import _doc, _links
from furniture import SKINS
from parts import h, p, raw


def _lis(items: tuple[str, ...], href: str = "/a/") -> str:
    return "".join(f'<li><a href="{href}{i}">{t}</a></li>' for i, t in enumerate(items))


def _also(label: str, title: str, href: str = "/news/1", bold: bool = True) -> tuple[str, None]:
    """A "read also" line between paragraphs: the label (bold or not) and a link to another story."""
    lead = f"<strong>{label}</strong>" if bold else label
    return f'<p>{lead} <a href="{href}">{title}</a></p>', None


# ---------------------------------------------------------------- Danish (DR-like)
def danish(page_: dict, article: str) -> str:
    """A Danish broadcaster's article, DR-like: the summary ``p.dre-article-title__summary`` under the headline,
    ``div.dre-article-body`` of ``p.dre-article-body-paragraph`` with a "LÆS OGSÅ" teaser box between them, the
    share bar and "Mest læste" after; Cookiebot's dialog before the page."""
    return _doc(page_, "da", (
        '<div id="CybotCookiebotDialog" role="dialog" aria-modal="true"><h2 id="CybotCookiebotDialogBodyContentTitle">Denne hjemmeside bruger cookies</h2>'
        '<div id="CybotCookiebotDialogBodyContentText">Vi bruger cookies til at tilpasse vores indhold og til at analysere vores trafik. Du kan altid ændre dit samtykke.</div>'
        '<button id="CybotCookiebotDialogBodyButtonDecline">Afvis</button><button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">Tillad alle</button></div>'
        f'<header class="dre-header"><a class="dre-header__logo" href="/">{page_["site"]}</a>'
        f'<ul class="dre-header__menu">{_links(("Nyheder", "Indland", "Udland", "Penge", "Politik", "Sporten", "Vejret"), "/nyheder/")}</ul></header>'
        '<main id="dre-main"><article class="dre-article">'
        f'<header class="dre-article-title"><span class="dre-article-title__label">Indland</span><h1 class="dre-article-title__heading">{page_["title"]}</h1>'
        f'<p class="dre-article-title__summary">{page_["deck"]}</p></header>'
        f'<div class="dre-byline"><a href="/journalist/1">{page_["author"]}</a> <time datetime="{page_["date"]}">16. maj 2024 kl. 07:12</time></div>'
        '<figure class="dre-article-figure"><img src="/images/cykelsti.jpg" alt=""><figcaption>Cyklister på Dronning Louises Bro. (© Foto: Ida Marie Odgaard © Ritzau Scanpix)</figcaption></figure>'
        f'<div class="dre-article-body">{article}</div>'
        '<div class="dre-share"><span>Del artiklen</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Kopiér link</a></div>'
        '</article><aside class="dre-most-read"><h2>Mest læste</h2>'
        f'<ol>{_lis(("Regeringen vil hæve pensionsalderen", "Storm lukker Storebæltsbroen", "Her er sommerens festivaler"), "/nyheder/")}</ol></aside></main>'
        '<footer class="dre-footer"><p>DR · Ansvarshavende chefredaktør</p><a href="/om-dr">Om DR</a> <a href="/cookies">Cookies</a></footer>'
    ))  # fmt: skip


def da_p(text: str) -> tuple[str, str]:
    return p(text, attrs=' class="dre-article-body-paragraph dre-variables"')


def da_teaser(title: str) -> tuple[str, None]:
    return (
        '<aside class="dre-teaser dre-teaser--inline"><span class="dre-teaser__label">LÆS OGSÅ</span>'
        f'<a class="dre-teaser__link" href="/nyheder/indland/1"><img src="/images/t.jpg" alt=""><span class="dre-teaser__title">{title}</span></a></aside>',
        None,
    )


# ---------------------------------------------------------------- Estonian (ERR-like)
def estonian(page_: dict, article: str) -> str:
    """An Estonian broadcaster's news portal, ERR-like: ``div.body`` of ``div.text`` paragraphs with a "Loe
    ka:" line between them, the editor's "Toimetaja:" line closing the body, tags and the news feed after."""
    return _doc(page_, "et", (
        f'<nav class="main-nav"><a class="logo" href="/">{page_["site"]}</a><ul>{_links(("Eesti", "Maailm", "Majandus", "Kultuur", "Sport", "Ilm"), "/c/")}</ul></nav>'
        '<div class="container"><article class="article-wrapper"><div class="article-header">'
        f'<h1>{page_["title"]}</h1><p class="meta"><span class="author">{page_["author"]}</span> · <time>16.05.2024 10:05</time></p></div>'
        '<div class="image"><img src="/f/praam.jpg" alt=""><p class="caption">Parvlaev Tõll Virtsu sadamas. Foto: ERR</p></div>'
        f'<div class="body"><div class="text flex-row">{article}</div>'
        '<p class="editor"><strong>Toimetaja:</strong> Merili Nael</p></div>'
        '<div class="tags"><a href="/tag/saaremaa">Saaremaa</a> <a href="/tag/parvlaevad">parvlaevad</a></div>'
        '<div class="share"><a href="#">Jaga</a> <a href="#">Facebook</a></div>'
        '</article><aside class="news-feed"><h3>Uudisvoog</h3>'
        f'<ul>{_lis(("Tallinna bussid saavad uued sõidugraafikud", "Riigikogu arutab automaksu", "Ilm: nädalavahetusel sajab"), "/u/")}</ul></aside></div>'
        '<footer><p>© 2024 Eesti Rahvusringhääling</p><a href="/privaatsus">Privaatsus</a></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Latvian (LSM-like)
def latvian(page_: dict, article: str) -> str:
    """A Latvian public broadcaster's portal, LSM-like: a lead ``div.article__lead`` in the header, the body's
    ``div.article__body`` of paragraphs with a "Lasiet arī" box of two links between them, the reaction row,
    tags and "Citas ziņas" after."""
    return _doc(page_, "lv", (
        f'<header class="site-header"><a class="logo" href="/lv/">{page_["site"]}</a><ul>{_links(("Latvijā", "Pasaulē", "Ekonomika", "Kultūra", "Sports"), "/lv/raksts/")}</ul></header>'
        '<main><article class="article">'
        f'<h1 class="article__title">{page_["title"]}</h1>'
        f'<div class="article__meta"><span>{page_["author"]}</span> <time>16. maijs, 2024 08:41</time></div>'
        f'<div class="article__lead"><p>{page_["deck"]}</p></div>'
        f'<div class="article__body">{article}</div>'
        '<div class="article__reactions"><span>Ziņot par kļūdu</span> <a href="#">Dalīties</a></div>'
        '<div class="article__tags"><a href="/lv/tema/riga">Rīga</a> <a href="/lv/tema/transports">transports</a></div>'
        '</article><section class="other-news"><h2>Citas ziņas</h2>'
        f'<ul>{_lis(("Saeima pieņem budžeta grozījumus", "Daugavā paaugstinās ūdens līmenis", "Jūrmalā atklāj peldsezonu"), "/lv/raksts/")}</ul></section></main>'
        '<footer><p>© 2024 Latvijas Sabiedriskais medijs</p></footer>'
    ))  # fmt: skip


def lv_box(*titles: str) -> tuple[str, None]:
    return (
        f'<div class="inline-related"><h4>Lasiet arī</h4><ul>{_lis(titles, "/lv/raksts/")}</ul></div>',
        None,
    )


# ---------------------------------------------------------------- Slovenian (24ur-like)
def slovenian(page_: dict, article: str) -> str:
    """A Slovenian commercial broadcaster's portal, 24ur-like: ``div.article__body`` of paragraphs with a
    "Preberite še:" line and an advert labelled "Oglas" between them, the comment count and a "Novo" list after."""
    return _doc(page_, "sl", (
        f'<header class="header"><a class="header__logo" href="/">{page_["site"]}</a><ul class="header__nav">{_links(("Novice", "Slovenija", "Svet", "Šport", "Vreme", "Zabava"), "/novice/")}</ul></header>'
        '<main class="main"><div class="article">'
        f'<h1 class="article__title">{page_["title"]}</h1>'
        f'<div class="article__info"><span class="article__author">{page_["author"]}</span> <span class="article__date">16. 5. 2024, 12.15</span> <span class="article__comments">42 komentarjev</span></div>'
        f'<p class="article__summary">{page_["deck"]}</p>'
        f'<div class="article__body">{article}</div>'
        '<div class="article__comments-cta"><a href="#komentarji">Komentarji (42)</a></div>'
        '</div><aside class="sidebar"><h3>Novo</h3>'
        f'<ul>{_lis(("Na Primorskem toča poškodovala trte", "Cene goriv se bodo v torek znižale", "Olimpija izgubila v Celju"), "/novice/")}</ul></aside></main>'
        '<footer><p>© 2024 Pro Plus d.o.o. Vse pravice pridržane.</p></footer>'
    ))  # fmt: skip


def sl_ad() -> tuple[str, None]:
    return (
        '<div class="banner banner--inarticle"><span class="banner__label">Oglas</span><div id="div-gpt-ad-1"></div></div>',
        None,
    )


# ---------------------------------------------------------------- Malay (Berita Harian-like, Drupal)
def malay(page_: dict, article: str) -> str:
    """A Malaysian Malay daily on Drupal, Berita Harian-like: ``div.field-name-body`` of paragraphs with bold
    "BACA JUGA:" lines between them, a Telegram channel call closing the body, tags and "Berita Berkaitan" after."""
    return _doc(page_, "ms", (
        f'<header id="header"><a class="logo" href="/">{page_["site"]}</a><ul class="menu">{_links(("Berita", "Nasional", "Kes", "Politik", "Dunia", "Sukan", "Hiburan"), "/berita/")}</ul></header>'
        '<div id="main"><div class="node node-article">'
        f'<h1 class="page-title">{page_["title"]}</h1>'
        f'<div class="article-meta"><span class="byline">Oleh {page_["author"]}</span> <span class="date">Mei 16, 2024 @ 11:02am</span></div>'
        '<figure class="field-name-field-image"><img src="/sites/default/files/banjir.jpg" alt=""><figcaption>Penduduk meredah banjir di Kampung Tualang. - Foto NSTP</figcaption></figure>'
        f'<div class="field field-name-body"><div class="field-items"><div class="field-item even">{article}'
        '<p><em>Ikuti saluran Telegram BH untuk mendapatkan berita terkini dan eksklusif.</em> <a href="https://t.me/bhrencana">Klik di sini</a></p>'
        '</div></div></div>'
        '<div class="field-name-field-tags"><a href="/tags/banjir">Banjir</a> <a href="/tags/kelantan">Kelantan</a></div>'
        '<div class="related"><h2>Berita Berkaitan</h2>'
        f'<ul>{_lis(("JPS pantau paras sungai di Pahang", "Mangsa banjir di Terengganu meningkat", "Bantuan awal RM1,000 disalurkan"), "/berita/nasional/")}</ul></div>'
        '</div></div><footer><p>© 2024 New Straits Times Press (M) Bhd</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Telugu (Eenadu-like)
def telugu(page_: dict, article: str) -> str:
    """A Telugu daily's site, Eenadu-like: ``div.fullstory`` of paragraphs with an "ఇదీ చదవండి:" line between
    them, an "Advertisement" slot, the share buttons and "మరిన్ని" (more) stories after."""
    return _doc(page_, "te", (
        f'<div class="topnav"><a class="logo" href="/telugu-news">{page_["site"]}</a><ul>{_links(("ఆంధ్రప్రదేశ్", "తెలంగాణ", "జాతీయం", "అంతర్జాతీయం", "క్రీడలు", "సినిమా"), "/telugu-news/")}</ul></div>'
        '<div class="container"><div class="col-main">'
        f'<h1 class="red">{page_["title"]}</h1>'
        '<div class="pub-t">Published : 16 May 2024 09:20 IST</div>'
        f'<div class="fullstory text-justify">{article}</div>'
        '<div class="social-share"><a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">Twitter</a></div>'
        '</div><div class="col-side"><h3>మరిన్ని</h3>'
        f'<ul>{_lis(("హైదరాబాద్‌లో భారీ వర్షం", "ఇంటర్ ఫలితాలు విడుదల", "పెట్రోల్ ధరలు స్థిరం"), "/telugu-news/")}</ul></div></div>'
        '<footer><p>© 1999 - 2024 Eenadu Example. All rights reserved.</p></footer>'
    ))  # fmt: skip


def te_ad() -> tuple[str, None]:
    return (
        '<div class="ad-box"><p class="ad-label">Advertisement</p><div id="div-gpt-ad-te-1"></div></div>',
        None,
    )


# ---------------------------------------------------------------- Marathi (Loksatta-like)
def marathi(page_: dict, article: str) -> str:
    """A Marathi daily on WordPress, Loksatta-like: a synopsis ``h2.synopsis`` under the headline,
    ``div#pcl-full-content.story-details`` of paragraphs with "हेही वाचा -" link lines between them, the closing
    line asking the reader to read all the city's news in Marathi and download the app, tags after."""
    return _doc(page_, "mr", (
        f'<header class="main-header"><a class="logo" href="/">{page_["site"]}</a><ul class="menu">{_links(("मुंबई", "पुणे", "महाराष्ट्र", "देश-विदेश", "क्रीडा", "मनोरंजन"), "/")}</ul></header>'
        '<div class="wp-block-newspack-blocks-wp-block-newspack-article-block"><article class="post">'
        f'<h1 class="native_story_title">{page_["title"]}</h1><h2 class="synopsis">{page_["deck"]}</h2>'
        f'<div class="author-info"><a href="/author/1">{page_["author"]}</a> <span>मुंबई | Updated: May 16, 2024 10:12 IST</span></div>'
        '<div class="follow-us"><a href="https://news.google.com/">Follow Us</a></div>'
        f'<div id="pcl-full-content" class="story-details">{article}'
        '<p><strong>मराठीतील सर्व मुंबई बातम्या वाचा. मराठी ताज्या बातम्या (Latest Marathi News) वाचण्यासाठी डाउनलोड करा लोकसत्ता ॲप.</strong></p></div>'
        '<div class="tags"><span>Tags:</span> <a href="/tag/1">मुंबई महापालिका</a> <a href="/tag/2">पाणी कपात</a></div>'
        '</article></div><aside class="sidebar"><h3>ताज्या बातम्या</h3>'
        f'<ul>{_lis(("पुण्यात पावसाची हजेरी", "दहावीचा निकाल लवकरच", "सोन्याचे दर घसरले"), "/")}</ul></aside>'
        '<footer><p>© The Indian Express Example Pvt Ltd</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Azerbaijani
def azerbaijani(page_: dict, article: str) -> str:
    """An Azerbaijani news agency's site: ``div.news-text`` of paragraphs with an "Oxşar xəbər:" line between
    them, the photo's source, tags and "Son xəbərlər" after."""
    return _doc(page_, "az", (
        f'<header><a class="logo" href="/az">{page_["site"]}</a><ul class="nav">{_links(("Siyasət", "İqtisadiyyat", "Cəmiyyət", "Dünya", "İdman", "Mədəniyyət"), "/az/")}</ul></header>'
        '<main class="content"><div class="news-inner">'
        f'<h1 class="news-title">{page_["title"]}</h1>'
        '<div class="news-date">16 may 2024 14:35</div>'
        '<div class="news-img"><img src="/uploads/metro.jpg" alt=""><span class="img-source">Foto: Bakı Metropoliteni</span></div>'
        f'<div class="news-text">{article}</div>'
        '<div class="tags"><a href="/az/tag/1">metro</a> <a href="/az/tag/2">Bakı</a></div>'
        '<div class="share"><span>Paylaş:</span> <a href="#">Facebook</a> <a href="#">Telegram</a> <a href="#">WhatsApp</a></div>'
        '</div><aside class="last-news"><h3>Son xəbərlər</h3>'
        f'<ul>{_lis(("Neftin qiyməti bahalaşıb", "Bakıda küləkli hava olacaq", "Qarabağ növbəti oyuna hazırlaşır"), "/az/news/")}</ul></aside></main>'
        '<footer><p>© 2024 Bütün hüquqlar qorunur. Materiallardan istifadə zamanı istinad vacibdir.</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Albanian
def albanian(page_: dict, article: str) -> str:
    """An Albanian broadcaster's news site: ``div.entry-content`` of paragraphs with a "Lexo edhe:" line between
    them, the share row, "Lajme të ngjashme" (related news) and a comment form after."""
    return _doc(page_, "sq", (
        f'<header class="site-header"><a class="logo" href="/">{page_["site"]}</a><ul class="menu">{_links(("Aktualitet", "Politikë", "Ekonomi", "Bota", "Sport", "Showbiz"), "/kategori/")}</ul></header>'
        '<main><article class="single-post">'
        f'<h1 class="entry-title">{page_["title"]}</h1>'
        f'<div class="entry-meta"><span class="author">{page_["author"]}</span> <time>16/05/2024 13:40</time></div>'
        '<figure class="featured"><img src="/wp-content/uploads/2024/05/tirane.jpg" alt=""></figure>'
        f'<div class="entry-content">{article}</div>'
        '<div class="share-row"><a href="#">Shpërndaje</a> <a href="#">Facebook</a></div>'
        '<section class="related-posts"><h3>Lajme të ngjashme</h3>'
        f'<ul>{_lis(("Tirana, punime në Unazën e Madhe", "Rritet çmimi i bukës", "Moti: reshje shiu në veri"), "/lajme/")}</ul></section>'
        '<div id="respond"><h3>Lini një koment</h3><textarea></textarea><button>Dërgo</button></div>'
        '</article></main><footer><p>© 2024 Të gjitha të drejtat e rezervuara.</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- SvelteKit (body only in a fetched response)
def sveltekit(page_: dict, article: str) -> str:
    """A SvelteKit site rendered with its story component on the client only: the shell and a loading
    placeholder, the API's response that the server fetched kept in a ``data-sveltekit-fetched`` script (the
    response's body a JSON string inside that script's JSON), and the ``__sveltekit_`` start script."""
    api = {
        "id": "a8f2c1",
        "slug": page_["id"],
        "title": page_["title"],
        "author": {"name": page_["author"], "slug": "tom-okafor"},
        "publishedAt": page_["date"],
        "section": "Environment",
        "content": article,
        "related": [{"title": "City plants 5,000 street trees", "slug": "street-trees"}],
    }
    fetched = {
        "status": 200,
        "statusText": "",
        "headers": {"content-type": "application/json"},
        "body": json.dumps(api, ensure_ascii=False),
    }
    script = json.dumps(fetched, ensure_ascii=False).replace("</", "<\\/")
    return _doc(page_, "en", (
        '<div style="display: contents">'
        f'<header class="s-Hx1a"><a href="/" class="s-Hx1a">{page_["site"]}</a><nav class="s-Hx1a"><a href="/news">News</a> <a href="/environment">Environment</a> <a href="/opinion">Opinion</a></nav></header>'
        '<main class="s-Qm2b"><div class="loading s-Qm2b" aria-busy="true">Loading story…</div></main>'
        '<footer class="s-Zk9c"><a href="/about">About us</a> <a href="/contact">Contact</a></footer>'
        f'<script type="application/json" data-sveltekit-fetched data-url="https://api.example/v1/stories/{page_["id"]}">{script}</script>'
        '<script>{ __sveltekit_1x8qz2 = { base: new URL(".", location).pathname.slice(0, -1) }; const element = document.currentScript.parentElement;'
        ' Promise.all([import("/_app/immutable/entry/start.BX2.js"), import("/_app/immutable/entry/app.C9d.js")]).then(([kit, app]) => {'
        ' kit.start(app, element, { node_ids: [0, 4], data: [null, null], form: null, error: null }); }); }</script>'
        '</div>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- Angular (body only in ng-state)
def angular(page_: dict, article: str) -> str:
    """An Angular app served with its server-side rendering cut to the shell: ``app-root`` holding the header, an
    empty ``app-article-body`` and the footer, and the story only in the ``ng-state`` transfer cache, Angular's
    HttpClient entry (``b`` the response body, ``h`` headers, ``s`` status, ``u`` the URL)."""
    state = {
        "1938716520": {
            "b": {
                "data": {
                    "id": 70412,
                    "headline": page_["title"],
                    "byline": page_["author"],
                    "published": page_["date"],
                    "category": "Health",
                    "body": article,
                    "readTime": 3,
                }
            },
            "h": {},
            "s": 200,
            "st": "OK",
            "u": f"https://cms.example/api/articles/{page_['id']}",
            "rt": "json",
        },
        "__nghData__": [{"t": {"2": "t0"}, "c": {"2": []}}],
    }
    script = json.dumps(state, ensure_ascii=False).replace("</", "<\\/")
    return _doc(page_, "en", (
        '<app-root ng-version="17.3.1" ngh="0" ng-server-context="ssr">'
        f'<app-header _nghost-ng-c1><a href="/" _ngcontent-ng-c1 class="brand">{page_["site"]}</a>'
        '<nav _ngcontent-ng-c1><a href="/news">News</a> <a href="/health">Health</a> <a href="/sport">Sport</a></nav></app-header>'
        '<main><app-article-page><app-article-body><div class="skeleton"><div class="skeleton__line"></div><div class="skeleton__line"></div></div></app-article-body>'
        '<app-newsletter-signup><p>Get the morning briefing in your inbox.</p><button>Sign up</button></app-newsletter-signup></app-article-page></main>'
        '<app-footer><p>© 2024 The Valley Courier</p></app-footer></app-root>'
        '<script src="runtime.8f2.js" type="module"></script><script src="main.41c.js" type="module"></script>'
        f'<script id="ng-state" type="application/json">{script}</script>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- Astro (body only in an island's props)
def astro(page_: dict, article: str) -> str:
    """An Astro site whose story body is a React component under ``client:only``: nothing is rendered on the
    server, the ``astro-island`` element carries the body as its ``props`` attribute (HTML-escaped JSON, each
    value a ``[type, value]`` pair); the page's header and footer are static."""
    props = {
        "html": [0, article],
        "storyId": [0, 5521],
        "showShare": [0, True],
        "tags": [1, [[0, "schools"], [0, "budget"]]],
    }
    opts = {"name": "StoryBody", "value": "react"}
    return _doc(page_, "en", (
        f'<header class="astro-H3KQ"><a href="/" class="astro-H3KQ">{page_["site"]}</a><nav><a href="/local">Local</a> <a href="/schools">Schools</a> <a href="/events">Events</a></nav></header>'
        f'<main class="astro-J7TX"><article class="astro-J7TX"><h1 class="astro-J7TX">{page_["title"]}</h1>'
        f'<p class="byline astro-J7TX">By {page_["author"]} · May 16, 2024</p>'
        f'<astro-island uid="Z1nF4wq" component-url="/_astro/StoryBody.Dk2a91.js" component-export="default" renderer-url="/_astro/client.B0sJ.js"'
        f' props="{_html.escape(json.dumps(props, ensure_ascii=False), quote=True)}" ssr="" client="only" before-hydration-url="/_astro/astro.Cq1.js"'
        f' opts="{_html.escape(json.dumps(opts), quote=True)}"></astro-island>'
        '</article><aside class="astro-J7TX"><h2>Support local news</h2><p>Become a member for $5 a month.</p><a href="/donate">Donate</a></aside></main>'
        '<footer class="astro-Q2LL"><p>© 2024 The Millbrook Beacon, a nonprofit newsroom.</p></footer>'
        '<script>(()=>{var e=async t=>{await(await t())()};(self.Astro||(self.Astro={})).only=e;window.dispatchEvent(new Event("astro:only"));})();</script>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- a match report with line-ups
def match_report(page_: dict, article: str) -> str:
    """A regional paper's football match report: the score box (teams, score, scorers with minutes) above the
    story, ``div.article-body`` of the report's paragraphs closing on a "Teams" heading and the line-ups (a bold
    team name opening each line), a match stats box and "More Town news" after."""
    return _doc(page_, "en", (
        f'<header class="masthead"><a class="logo" href="/">{page_["site"]}</a><ul>{_links(("News", "Sport", "Town", "Rovers", "Cricket", "What&#39;s On"), "/sport/")}</ul></header>'
        '<main><article class="article">'
        f'<h1 class="headline">{page_["title"]}</h1>'
        f'<div class="byline">By <a href="/author/1">{page_["author"]}</a> · Sports reporter · <time>Saturday 11 May 2024 5:24pm</time></div>'
        '<div class="scorebox"><div class="scorebox__team">Harbourside Town <span class="scorebox__score">2</span></div>'
        '<div class="scorebox__team">Ashcombe United <span class="scorebox__score">1</span></div>'
        "<ul class=\"scorebox__scorers\"><li>Okoro 23'</li><li>Bell 71'</li><li>Hughes 58' (pen)</li></ul>"
        '<p class="scorebox__venue">The Quayside Ground · Att: 3,412</p></div>'
        f'<div class="article-body">{article}</div>'
        '<div class="match-stats"><h3>Match stats</h3><table><tr><td>Possession</td><td>54%</td><td>46%</td></tr>'
        '<tr><td>Shots</td><td>14</td><td>9</td></tr><tr><td>Corners</td><td>6</td><td>3</td></tr></table></div>'
        '<div class="share"><a href="#">Share</a> <a href="#">Comments</a></div>'
        '</article><aside class="more"><h3>More Town news</h3>'
        f'<ul>{_lis(("Town confirm pre-season friendlies", "Okoro named player of the month", "Season tickets on sale now"), "/sport/town/")}</ul></aside></main>'
        '<footer><p>© 2024 Harbourside Media Ltd</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- a podcast episode with its transcript
def podcast(page_: dict, article: str) -> str:
    """A public broadcaster's podcast episode page: the show's name and the episode's title, an audio player,
    "Listen on" buttons, ``div.episode-notes`` (the page's ``article`` parts before the transcript), a chapter
    list with times, then ``section.transcript`` of turns (a time link, a bold speaker, the words)."""
    notes, _, transcript = article.partition("<!--transcript-->")
    return _doc(page_, "en", (
        f'<header class="site-nav"><a class="logo" href="/">{page_["site"]}</a><ul>{_links(("News", "Podcasts", "Radio", "Schedule"), "/")}</ul></header>'
        '<main class="episode"><div class="episode__header"><a class="episode__show" href="/podcasts/the-long-view">The Long View</a>'
        f'<h1 class="episode__title">{page_["title"]}</h1><p class="episode__meta">Episode 112 · 16 May 2024 · 28 min</p></div>'
        '<div class="player"><audio controls preload="none" src="https://media.example/longview/112.mp3"></audio>'
        '<button class="player__play">Play episode</button><span class="player__time">00:00 / 28:14</span></div>'
        '<div class="listen-on"><span>Listen on</span> <a href="#">Apple Podcasts</a> <a href="#">Spotify</a> <a href="#">RSS</a></div>'
        f'<div class="episode-notes">{notes}</div>'
        '<div class="chapters"><h2>Chapters</h2><ol><li><a href="#t=0">00:00</a> Introduction</li><li><a href="#t=95">01:35</a> The first reservoir</li>'
        '<li><a href="#t=610">10:10</a> Who pays</li><li><a href="#t=1320">22:00</a> What happens next</li></ol></div>'
        f'<section class="transcript"><h2>Transcript</h2>{transcript}</section>'
        '<div class="credits"><p>Produced by Maya Lindqvist. Sound design by Omar Haddad.</p></div>'
        '</main><aside class="more-episodes"><h3>More episodes</h3>'
        f'<ul>{_lis(("111: The last coal town", "110: Who owns the river?", "109: Building the tram"), "/podcasts/the-long-view/")}</ul></aside>'
        '<footer><p>© 2024 Northern Public Radio</p></footer>'
    ))  # fmt: skip


def turn(time: str, speaker: str, words: str) -> tuple[str, str]:
    seconds = sum(int(x) * 60**i for i, x in enumerate(reversed(time.split(":"))))
    return (
        f'<div class="transcript__turn"><a class="transcript__time" href="#t={seconds}">{time}</a>'
        f"<p><strong>{speaker}:</strong> {words}</p></div>",
        f"{speaker}: {words}",
    )


# ---------------------------------------------------------------- letters to the editor
def letters(page_: dict, article: str) -> str:
    """A paper's letters page: the call for letters (length, address, e-mail) in an italic box above,
    ``div.article-body`` of letters, each its ``h2`` headline, paragraphs and the writer's name and town in
    ``p.letter__signature``; "Write to us" and the opinion section's list after."""
    return _doc(page_, "en", (
        f'<header class="masthead"><a class="logo" href="/">{page_["site"]}</a><ul>{_links(("News", "Opinion", "Letters", "Sport", "Business"), "/opinion/")}</ul></header>'
        '<main><article class="article article--letters"><span class="kicker">Letters</span>'
        f'<h1 class="headline">{page_["title"]}</h1><div class="byline">Thursday 16 May 2024</div>'
        '<div class="letters-intro"><p><em>Letters should be no longer than 250 words and must include your name, address and daytime phone number. Send them to letters@valleypost.example.</em></p></div>'
        f'<div class="article-body">{article}</div>'
        '<div class="write-to-us"><h3>Write to us</h3><p>Have your say on this or any other issue.</p><a href="/letters/submit">Submit a letter</a></div>'
        '</article><aside class="opinion-list"><h3>More opinion</h3>'
        f'<ul>{_lis(("Editorial: The budget gap will not close itself", "Column: In praise of the village shop"), "/opinion/")}</ul></aside></main>'
        '<footer><p>© 2024 The Valley Post</p></footer>'
    ))  # fmt: skip


def signature(text: str) -> tuple[str, str]:
    return p(text, attrs=' class="letter__signature"')


SKINS.update(
    r13_danish=danish,
    r13_estonian=estonian,
    r13_latvian=latvian,
    r13_slovenian=slovenian,
    r13_malay=malay,
    r13_telugu=telugu,
    r13_marathi=marathi,
    r13_azerbaijani=azerbaijani,
    r13_albanian=albanian,
    r13_sveltekit=sveltekit,
    r13_angular=angular,
    r13_astro=astro,
    r13_match=match_report,
    r13_podcast=podcast,
    r13_letters=letters,
)

# ================================================================ the pages
page(
    "r13-da-dr-cykelsti",
    "Danish broadcaster, DR-like (a summary in the header, dre-article-body of paragraphs with a LÆS OGSÅ teaser box between them, Cookiebot's dialog, Mest læste)",
    "r13_danish",
    "København får 40 kilometer nye supercykelstier",
    "Mette Lund Jensen",
    "2024-05-16T07:12:00+02:00",
    [
        da_p(
            "Københavns Kommune vil anlægge 40 kilometer nye supercykelstier over de næste fem år. Det besluttede Borgerrepræsentationen torsdag aften med et stort flertal."
        ),
        da_p(
            "De nye ruter skal forbinde byens yderområder med centrum, blandt andet fra Brønshøj og Sydhavnen. Stierne bliver mindst tre meter brede i hver retning, og de får grøn bølge for cyklister i myldretiden."
        ),
        da_teaser("Flere cykler til arbejde end nogensinde før"),
        da_p(
            "- Vi ved, at folk vælger cyklen, når det er trygt og hurtigt. Det er præcis det, de her stier skal give dem, siger teknik- og miljøborgmester Line Barfod."
        ),
        da_p(
            "Projektet koster 620 millioner kroner, og staten betaler knap halvdelen gennem cykelpuljen. Arbejdet på den første strækning begynder efter sommerferien."
        ),
        da_p(
            "Cyklistforbundet kalder beslutningen et vigtigt skridt, men mener, at tempoet bør være højere."
        ),
    ],
    site="DR",
    deck="Borgerrepræsentationen har vedtaget en plan, der skal få flere til at cykle til arbejde.",
)
page(
    "r13-et-err-praam",
    "Estonian broadcaster, ERR-like (div.body of paragraphs with a Loe ka: line between them, the editor's Toimetaja: line closing the body, tags, Uudisvoog)",
    "r13_estonian",
    "Saaremaa parvlaevadele lisandub suvel neljas laev",
    "Rasmus Kalvik",
    "2024-05-16T10:05:00+03:00",
    [
        p(
            "Saaremaa ja mandri vahel hakkab juunist augustini sõitma neli parvlaeva, teatas transpordiamet neljapäeval. Lisalaev peaks vähendama järjekordi Virtsu ja Kuivastu sadamas."
        ),
        p(
            "Eelmisel suvel pidid autojuhid nädalavahetustel ootama sadamas kuni kolm tundi. Neljas laev teeb päevas kuus lisareisi ning reedeti ja pühapäeviti sõidab see ka öösel."
        ),
        _also("Loe ka:", "Hiiumaa praamipiletid kallinevad juulist"),
        p(
            "Transpordiameti hinnangul läheb lisalaeva rentimine suvehooajal maksma umbes 1,2 miljonit eurot. Piletihinnad sel aastal ei muutu."
        ),
        p("Saaremaa vallavanem Mikk Tuisk ütles, et saarlased on lisalaeva oodanud juba mitu aastat."),
    ],
    site="ERR",
)
page(
    "r13-lv-lsm-tramvajs",
    "Latvian public broadcaster, LSM-like (a lead in the header, article__body of paragraphs with a Lasiet arī box of two links between them, tags, Citas ziņas)",
    "r13_latvian",
    "Rīgā sāk kursēt jaunie zemās grīdas tramvaji uz Imantu",
    "Ilze Ozola",
    "2024-05-16T08:41:00+03:00",
    [
        p(
            "No pirmdienas 4. tramvaja maršrutā uz Imantu kursēs tikai jaunie zemās grīdas tramvaji, paziņoja uzņēmums “Rīgas satiksme”. Līdz šim maršrutā brauca arī vecie čehu ražojuma vagoni."
        ),
        p(
            "Jaunajos tramvajos ir vietas ratiņkrēsliem un velosipēdiem, kā arī gaisa kondicionēšana. Uzņēmums kopumā iegādājies 20 šādus vagonus, un pēdējie tiks piegādāti līdz gada beigām."
        ),
        lv_box(
            "Rīgā palielinās sabiedriskā transporta biļešu cenas",
            "Jaunā tramvaja līnija uz Skanstes ielu kavējas",
        ),
        p(
            "“Rīgas satiksmes” valdes loceklis Viesturs Tamužs norādīja, ka vecie tramvaji tiks pakāpeniski norakstīti, bet daļu no tiem saglabās muzejam."
        ),
        p("Kustības saraksts maršrutā nemainās, tramvaji kursēs ik pēc astoņām minūtēm."),
    ],
    site="LSM",
    deck="Vecie tramvaji no maršruta tiks izņemti līdz jūnija beigām.",
)
page(
    "r13-sl-24ur-most",
    "Slovenian broadcaster's portal, 24ur-like (a summary under the headline, article__body of paragraphs with a Preberite še: line and an advert labelled Oglas between them)",
    "r13_slovenian",
    "Na Dunajski cesti bodo dve leti obnavljali most čez Savo",
    "Tina Kralj",
    "2024-05-16T12:15:00+02:00",
    [
        p(
            "Ljubljanska občina bo junija začela celovito obnovo mostu čez Savo na Dunajski cesti. Dela bodo trajala dve leti, promet pa bo ves čas potekal po enem pasu v vsako smer."
        ),
        p(
            "Most je bil zgrajen leta 1968 in je po oceni strokovnjakov v slabem stanju. Zamenjali bodo nosilne dele, hodnike za pešce in ograje, na obeh straneh pa bodo uredili tudi kolesarski stezi."
        ),
        _also(
            "Preberite še:",
            "Ljubljanski potniški promet uvaja nove linije",
            "/novice/slovenija/1",
            bold=False,
        ),
        p("Obnova bo stala 14 milijonov evrov, od tega bo sedem milijonov prispevala država."),
        sl_ad(),
        p(
            "Na občini voznikom svetujejo, naj se v času del izogibajo jutranjim in popoldanskim konicam ter uporabljajo obvoz po Celovški cesti."
        ),
    ],
    site="24ur",
    deck="Voznike čakajo zastoji, obvoz bo urejen po Celovški cesti.",
)
page(
    "r13-ms-bh-banjir",
    "Malay daily on Drupal, Berita Harian-like (field-name-body of paragraphs with bold BACA JUGA: lines between them, an italic Telegram channel call closing the body, Berita Berkaitan)",
    "r13_malay",
    "Mangsa banjir di Kelantan meningkat kepada 3,200 orang",
    "Siti Aminah Rahman",
    "2024-05-16T11:02:00+08:00",
    [
        p(
            "Jumlah mangsa banjir di Kelantan meningkat kepada 3,200 orang daripada 870 keluarga pagi ini, berbanding 2,150 orang malam tadi."
        ),
        p(
            "Jawatankuasa Pengurusan Bencana Negeri berkata, mangsa ditempatkan di 28 pusat pemindahan sementara yang dibuka di daerah Kuala Krai, Tanah Merah dan Pasir Mas."
        ),
        _also("BACA JUGA:", "Hujan lebat dijangka berterusan hingga Sabtu", "/berita/nasional/2024/05/1"),
        p(
            "Menurut laman Info Banjir, paras air Sungai Golok di Rantau Panjang sudah melepasi paras bahaya iaitu 10.2 meter."
        ),
        p(
            "Jabatan Meteorologi Malaysia mengeluarkan amaran hujan berterusan tahap waspada di seluruh negeri sehingga Sabtu."
        ),
        _also("BACA JUGA:", "Jalan ke Gua Musang ditutup akibat tanah runtuh", "/berita/nasional/2024/05/2"),
        p(
            "Orang ramai dinasihatkan supaya tidak menghampiri kawasan sungai dan mematuhi arahan pihak berkuasa."
        ),
    ],
    site="Berita Harian",
)
page(
    "r13-te-eenadu-metro",
    "Telugu daily, Eenadu-like (div.fullstory of paragraphs with an ఇదీ చదవండి: line and an Advertisement slot between them, a side list)",
    "r13_telugu",
    "హైదరాబాద్ మెట్రో రెండో దశకు కేంద్రం అనుమతి",
    "ఈనాడు, హైదరాబాద్",
    "2024-05-16T09:20:00+05:30",
    [
        p(
            "హైదరాబాద్ మెట్రో రైలు రెండో దశ ప్రాజెక్టుకు కేంద్ర ప్రభుత్వం సూత్రప్రాయ అనుమతి ఇచ్చింది. రాయదుర్గం నుంచి శంషాబాద్ విమానాశ్రయం వరకు 31 కిలోమీటర్ల మార్గం నిర్మిస్తారు."
        ),
        p(
            "ఈ మార్గంలో తొమ్మిది స్టేషన్లు ఉంటాయి. ప్రాజెక్టు వ్యయం సుమారు రూ.6,250 కోట్లు అని అధికారులు తెలిపారు. ఇందులో కేంద్రం 20 శాతం భరిస్తుంది."
        ),
        _also("ఇదీ చదవండి:", "ఎంఎంటీఎస్ రైళ్ల వేళల్లో మార్పులు", "/telugu-news/telangana/1"),
        p(
            "విమానాశ్రయానికి వెళ్లే ప్రయాణికులు నగరం నుంచి 35 నిమిషాల్లో చేరుకోవచ్చని మెట్రో ఎండీ చెప్పారు. 2028 నాటికి పనులు పూర్తి చేయాలని లక్ష్యంగా పెట్టుకున్నారు."
        ),
        te_ad(),
        p("భూసేకరణ ప్రక్రియను వచ్చే నెలలో ప్రారంభిస్తామని ప్రభుత్వం ప్రకటించింది."),
    ],
    site="Eenadu",
)
page(
    "r13-mr-loksatta-pani",
    "Marathi daily on WordPress, Loksatta-like (a synopsis h2 under the headline, story-details of paragraphs with हेही वाचा - link lines between them, the bold read-all-news-and-download-the-app line closing the body)",
    "r13_marathi",
    "मुंबईत पुढील आठवड्यापासून दहा टक्के पाणीकपात",
    "लोकसत्ता प्रतिनिधी",
    "2024-05-16T10:12:00+05:30",
    [
        p(
            "धरणांमधील पाणीसाठा कमी झाल्याने मुंबई महापालिकेने पुढील सोमवारपासून संपूर्ण शहरात दहा टक्के पाणीकपात जाहीर केली आहे. पावसाळा सुरू होईपर्यंत ही कपात लागू राहणार आहे."
        ),
        p(
            "मुंबईला पाणीपुरवठा करणाऱ्या सात धरणांमध्ये सध्या केवळ 11 टक्के पाणीसाठा शिल्लक आहे. गेल्या वर्षी याच काळात तो 16 टक्के होता, असे पालिकेच्या जलविभागाने सांगितले."
        ),
        _also("हेही वाचा -", "ठाण्यात दोन दिवस पाणीपुरवठा बंद", "/mumbai/1", bold=False),
        p(
            "नागरिकांनी पाण्याचा जपून वापर करावा, तसेच गाड्या धुणे आणि बागांना पाणी देणे टाळावे, असे आवाहन पालिका आयुक्तांनी केले आहे."
        ),
        p("हवामान विभागाने यंदा मान्सून 10 जूनच्या सुमारास मुंबईत दाखल होईल, असा अंदाज वर्तवला आहे."),
    ],
    site="Loksatta",
    deck="धरणांमध्ये केवळ 11 टक्के पाणीसाठा शिल्लक",
)
page(
    "r13-az-metro-stansiya",
    "Azerbaijani news agency (Latin script with ə, news-text of paragraphs with an Oxşar xəbər: line between them, a photo source, tags, Son xəbərlər)",
    "r13_azerbaijani",
    "Bakı metrosunda yeni stansiya istifadəyə verilir",
    "Report",
    "2024-05-16T14:35:00+04:00",
    [
        p(
            "Bakı metropoliteninin Bənövşəyi xəttində yeni “Xocəsən” stansiyası iyunun 1-dən sərnişinlərin istifadəsinə veriləcək. Bu barədə metropolitenin mətbuat xidməti məlumat yayıb."
        ),
        p(
            "Stansiyanın tikintisi üç il çəkib. Yeni stansiya gündə təxminən 40 min sərnişinə xidmət göstərəcək və Binəqədi rayonunun sakinləri üçün şəhər mərkəzinə yolu xeyli qısaldacaq."
        ),
        _also("Oxşar xəbər:", "Metroda gediş haqqı dəyişmir", "/az/news/1"),
        p(
            "Metropolitenin sədri Zaur Hüseynov bildirib ki, stansiyanın yanında 300 avtomobillik dayanacaq və avtobus terminalı da tikilib."
        ),
        p("Hazırda Bakı metrosunun 27 stansiyası fəaliyyət göstərir."),
    ],
    site="Report",
)
page(
    "r13-sq-tirane-autobus",
    "Albanian broadcaster's news site (entry-content of paragraphs with a Lexo edhe: line between them, share row, Lajme të ngjashme, a comment form)",
    "r13_albanian",
    "Tirana vendos autobusë elektrikë në tri linja të reja",
    "Redaksia",
    "2024-05-16T13:40:00+02:00",
    [
        p(
            "Bashkia e Tiranës njoftoi se nga muaji qershor 45 autobusë elektrikë do të qarkullojnë në linjat Unaza, Kinostudio dhe Tufinë. Autobusët e vjetër me naftë do të tërhiqen nga këto linja."
        ),
        p(
            "Autobusët e rinj kanë ajër të kondicionuar, pajisje për pagesë me kartë dhe hapësirë për karrocat e fëmijëve. Çmimi i biletës mbetet 40 lekë."
        ),
        _also("Lexo edhe:", "Tirana, punime natën në Unazën e Madhe", "/lajme/1", bold=False),
        p(
            "Kryetari i bashkisë tha se deri në fund të vitit të ardhshëm gjysma e flotës së transportit publik në kryeqytet do të jetë elektrike."
        ),
        p("Stacionet e karikimit po ndërtohen në depon e autobusëve në Kombinat."),
    ],
    site="Top Channel",
)
page(
    "r13-sveltekit-fetched",
    "SvelteKit page whose story component renders on the client only: the body only in a data-sveltekit-fetched script (the API's JSON as a string inside that script's JSON), a loading placeholder in the DOM, no JSON-LD",
    "r13_sveltekit",
    "River cleanup pulls 12 tonnes of waste from the Alder in one weekend",
    "Tom Okafor",
    "2024-05-16T15:30:00+01:00",
    [
        p(
            "Volunteers pulled 12 tonnes of waste from the River Alder over the weekend, the largest haul in the eight years the cleanup has run."
        ),
        p(
            "About 400 people worked along a six-mile stretch between Millbridge and the estuary. Among the finds were 37 shopping trolleys, two motorbikes and a safe, which police said had been reported stolen in 2019."
        ),
        h("Plastic down, tyres up"),
        p(
            "Organisers said the amount of plastic packaging had fallen for the third year running, which they put down to the deposit return scheme. The number of tyres, however, nearly doubled."
        ),
        p(
            '"Someone is dumping tyres into this river on purpose, and in quantity," said Jess Hartley of the Alder Rivers Trust. "We have passed the locations to the council."'
        ),
    ],
    site="The Alder Valley News",
)
page(
    "r13-angular-ngstate",
    "Angular app with its server render cut to the shell (app-root, an empty app-article-body skeleton) and the story only in the ng-state transfer cache's HttpClient entry, no JSON-LD",
    "r13_angular",
    "Valley hospital opens a walk-in clinic for minor injuries",
    "Hannah Briggs",
    "2024-05-16T09:00:00-06:00",
    [
        p(
            "Valley General Hospital opened a walk-in clinic for minor injuries on Monday, aiming to take pressure off an emergency department that has seen waits of up to nine hours this spring."
        ),
        p(
            "The clinic, in the hospital's former outpatient wing, is open from 8 a.m. to 10 p.m. every day and treats sprains, small cuts, minor burns and suspected simple fractures. Patients do not need an appointment."
        ),
        p(
            "Hospital officials expect it to see about 120 patients a day, roughly a quarter of the people who now come to the emergency department."
        ),
        p(
            '"A lot of people come to the ER because it is the only door that is open," said chief medical officer Dr. Ramon Estrada. "Now there is another one."'
        ),
    ],
    site="The Valley Courier",
)
page(
    "r13-astro-island-only",
    "Astro page whose story body is a client:only island: nothing rendered, the body only in the astro-island element's props attribute (HTML-escaped JSON of [type, value] pairs), no JSON-LD",
    "r13_astro",
    "School board approves four-day week for rural district",
    "Carla Jimenez",
    "2024-05-16T18:00:00-06:00",
    [
        p(
            "The Millbrook School Board voted 4-1 on Wednesday night to move the district's three schools to a four-day week starting in August."
        ),
        p(
            "Students will attend Monday through Thursday, with school days lengthened by 50 minutes. Fridays will be used for teacher training and optional tutoring."
        ),
        p(
            "Superintendent Dale Perkins said the change would help the district hire teachers, since neighbouring districts that made the switch had seen more applicants. The district had four vacancies at the end of the school year."
        ),
        p(
            "Some parents who spoke at the meeting said they would struggle to find child care on Fridays. The district plans to offer a supervised program at the elementary school for $15 a day."
        ),
    ],
    site="The Millbrook Beacon",
)
page(
    "r13-match-report-lineups",
    "football match report on a regional paper (a score box with scorers above the story, the report's paragraphs closing on a Teams heading and the line-ups with bold team names, a match stats table after)",
    "r13_match",
    "Late Bell header sends Town top of the league",
    "Gareth Pryce",
    "2024-05-11T17:24:00+01:00",
    [
        p(
            "Harbourside Town moved to the top of the Southern League Premier Division after Callum Bell's header 19 minutes from time beat Ashcombe United 2-1 at the Quayside Ground."
        ),
        p(
            "Town went ahead in the 23rd minute when Daniel Okoro turned in Lewis Marsh's low cross at the near post. Ashcombe levelled from the penalty spot shortly after the break, Ryan Hughes sending goalkeeper Sam Whitlock the wrong way after Jordan Price had been judged to have tripped Kyle Foster."
        ),
        p(
            "The winner came from a corner. Marsh's delivery was met by Bell, who rose above two defenders to head in his sixth goal of the season. Ashcombe pushed for an equaliser and Foster hit the bar in stoppage time."
        ),
        p(
            '"We had to dig in at the end, but the lads deserved it," said Town manager Steve Rowland. "Top of the league with two games left. Nobody expected that in August."'
        ),
        h("Teams", 3),
        p(
            "<strong>Harbourside Town:</strong> Whitlock; Price, Bell, Adeyemi, Cole; Marsh, Turner (Doyle 80), Evans; Okoro, Lang (Reid 68), Shah."
        ),
        p("<strong>Subs not used:</strong> Grant, Miller, Hussain."),
        p(
            "<strong>Ashcombe United:</strong> Fenwick; Dale, Morris, Chapman, Ryder; Hughes, Quinn, Foster; Walsh (Kerr 75), Barnes, Lowe (Patel 62)."
        ),
        p("<strong>Subs not used:</strong> Stone, Nash, Ellis."),
        p("<strong>Referee:</strong> Martin Coombes."),
    ],
    site="Harbourside Echo",
)
page(
    "r13-podcast-transcript",
    "public radio podcast episode page (show name above the title, audio player, Listen on buttons, episode notes, a chapter list with times, a transcript of turns each opened by a time link and a bold speaker, credits after)",
    "r13_podcast",
    "Who pays for the new reservoir?",
    "Northern Public Radio",
    "2024-05-16T06:00:00+01:00",
    [
        p(
            "The region's first new reservoir in 30 years is due to start filling in 2029. It will cost at least £2.2 billion, and water bills will rise to pay for it. In this episode we ask who decided, who pays, and who loses their land."
        ),
        p(
            "Host Ella Marsh talks to water economist Prof. David Kim and to farmer Rhiannon Jones, whose family has farmed the valley for four generations."
        ),
        raw("<!--transcript-->"),
        turn(
            "00:00",
            "ELLA MARSH",
            "This is The Long View. I'm Ella Marsh. Next month, diggers will move into the Hollin Valley to start work on the first new reservoir this region has built since the 1990s.",
        ),
        turn(
            "01:35",
            "ELLA MARSH",
            "David, let's start with the money. Where does £2.2 billion come from?",
        ),
        turn(
            "01:42",
            "DAVID KIM",
            "Mostly from bills. The water company borrows the money, and the regulator lets it add the cost of that borrowing to customers' bills over the next 40 years. For a typical household that will be about £18 a year.",
        ),
        turn(
            "10:10",
            "RHIANNON JONES",
            "Our farm is 140 acres, and 90 of them will be under water. We were offered a price for the land, but you cannot buy another valley.",
        ),
        turn(
            "22:00",
            "ELLA MARSH",
            "A public inquiry into the compulsory purchase orders opens in September. We will follow it on the programme.",
        ),
    ],
    site="Northern Public Radio",
)
page(
    "r13-letters-to-editor",
    "a paper's letters page (an italic call for letters above, the letters each with an h2 headline, paragraphs and the writer's name and town in p.letter__signature, a Write to us box after)",
    "r13_letters",
    "Letters: Bypass, library hours and the lost art of the bus timetable",
    "Readers",
    "2024-05-16T06:00:00+01:00",
    [
        h("The bypass will not fix the high street"),
        p(
            "Your report on the bypass (May 9) quoted councillors who believe it will bring shoppers back to the town centre. It will do the opposite. Every town that has built one has watched its trade move to the retail park at the new junction."
        ),
        p(
            "If the council wants a busier high street, it should make it easier to walk and park there, not easier to drive past it."
        ),
        signature("Margaret Dunn, Westfield"),
        h("Keep the library open on Saturdays"),
        p(
            "I was dismayed to read that the central library will close on Saturdays from July. For working families, Saturday morning is the only time we can go together. My children learnt to love reading there."
        ),
        signature("Tom Ashworth, Millbrook"),
        h("Bring back the printed timetable"),
        p(
            "Since the bus company stopped printing timetables, my neighbours over 80 have no idea when the bus comes. Not everyone has a smartphone, and the screens at the stops have been broken since March. A sheet of paper at each stop would do."
        ),
        signature("Rev. Alan Price, Upper Hollin"),
    ],
    site="The Valley Post",
)
