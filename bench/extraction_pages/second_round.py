"""The second round of ``bench/extraction_pages``: 20 pages in the shapes of templates the first 62 lack,
each page with its site's own template (a skin written for it here) around its article's parts.

Non-English outlets with their own class names (German, French, Japanese, Arabic, Hindi, Portuguese,
Russian); bodies only in a framework's hydration data (Next.js blocks, Nuxt 2's function-wrapped state,
Apollo's normalised cache, Arc's ``Fusion.globalContent``); a consent wall over the article; a body cut at
"continue reading" with the rest in a hidden element; a print version; a related-stories grid longer than
the story; a how-to; a recipe blog's card; a newsletter's web version; a lede in the header's
``p.standfirst``; and captioned Instagram, TikTok and Mastodon embeds in other wrappers. The gold of every
page was written before nutgraf was run on it.
"""

from __future__ import annotations

import json
from html import escape

from articles import page
from furniture import SKINS, _footer, _head, _menu, _related, _slug
from parts import h, instagram, mastodon_card, p, raw, tiktok


def _texts(page_: dict) -> list[str]:
    """The article's gold paragraphs, in order (what a hydration skin puts in its data)."""
    return [text for _, text in page_["parts"] if text]


def _shell(page_: dict, lang: str, body: str, head_extra: str = "") -> str:
    return f'<!DOCTYPE html><html lang="{lang}"><head>{_head(page_, head_extra)}</head><body>{body}</body></html>'


# ---------------------------------------------------------------- non-English outlets' templates
def german(page_: dict, article: str) -> str:
    """A German weekly's site: ``div.artikel``, "Anzeige" slots, "Mehr zum Thema" box, comments count."""
    nav = "".join(
        f'<li><a href="/{w.lower()}/">{w}</a></li>'
        for w in ("Politik", "Wirtschaft", "Kultur", "Wissen", "Sport")
    )
    more = "".join(f'<li><a href="/politik/{i}">{t}</a></li>' for i, t in enumerate((
        "Koalition streitet über Haushalt: Die wichtigsten Fragen und Antworten",
        "Bahnstreik: Was Pendler jetzt wissen müssen",
        "Kommentar: Warum die Mietpreisbremse nicht reicht")))  # fmt: skip
    return _shell(page_, "de", (
        '<div id="sp_message_container"><p>Wir verwenden Cookies und ähnliche Technologien. Mit Klick auf „Zustimmen“ '
        'willigen Sie in die Verarbeitung Ihrer Daten ein.</p><button>Zustimmen</button><button>Einstellungen</button></div>'
        f'<header class="kopf"><a class="logo" href="/">{page_["site"]}</a><nav class="hauptnavigation"><ul>{nav}</ul></nav></header>'
        '<div class="anzeige anzeige--billboard"><span>Anzeige</span></div>'
        f'<main><div class="artikel"><div class="artikel__kopf"><span class="artikel__dachzeile">Verkehrswende</span>'
        f'<h1 class="artikel__titel">{page_["title"]}</h1><div class="artikel__autor">Von {page_["author"]} · '
        f'<time datetime="{page_["date"]}">3. Mai 2024, 14:12 Uhr</time> · 4 Min. Lesezeit</div></div>'
        f'<div class="artikel__text">{article}</div>'
        f'<aside class="mehr-zum-thema"><h2>Mehr zum Thema</h2><ul>{more}</ul></aside>'
        '<div class="kommentare-teaser"><a href="#kommentare">128 Kommentare</a></div></div></main>'
        f'<footer class="fuss"><ul><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li>'
        f'<li><a href="/agb">AGB</a></li></ul><p>© {page_["site"]} 2024</p></footer>'
    ))  # fmt: skip


def german_ad(slot: int) -> tuple[str, None]:
    return (
        f'<div class="anzeige anzeige--inline" id="anzeige-{slot}"><span class="anzeige__label">Anzeige</span></div>',
        None,
    )


def french(page_: dict, article: str) -> str:
    """A French daily's site: ``section.article__content`` of ``p.article__paragraph``, a chapo in the
    header, "Lire aussi" links between paragraphs, the subscriber's prompt at the end."""
    return _shell(page_, "fr", (
        '<div class="cmp-popin"><p>Le Monde et ses partenaires utilisent des cookies pour mesurer l\'audience et vous '
        'proposer des publicités personnalisées.</p><button>Accepter et continuer</button></div>'
        f'<header class="Header"><a class="Header__logo" href="/">{page_["site"]}</a><nav><ul>'
        '<li><a href="/international/">International</a></li><li><a href="/politique/">Politique</a></li>'
        '<li><a href="/societe/">Société</a></li><li><a href="/culture/">Culture</a></li></ul></nav></header>'
        f'<main class="zone--article"><header class="article__header"><h1 class="article__title">{page_["title"]}</h1>'
        f'<p class="article__desc">{page_["lede"]}</p><p class="meta__author">Par {page_["author"]}</p>'
        '<p class="meta__date">Publié le 12 mars 2024 à 06h30</p></header>'
        f'<section class="article__content">{article}</section>'
        '<section class="article__reactions"><p>Cet article est réservé aux abonnés. Déjà abonné ? Se connecter</p>'
        '<a class="btn" href="/abonnement">S’abonner</a></section>'
        '<section class="services"><h3>Services Le Monde</h3><ul><li>Codes promo</li><li>Mots croisés</li></ul></section>'
        f'</main><footer class="Footer"><p>© {page_["site"]} - Reproduction interdite</p><a href="/mentions">Mentions légales</a></footer>'
    ))  # fmt: skip


def lire_aussi(title: str) -> tuple[str, None]:
    return (
        f'<p class="article__paragraph article__paragraph--lire-aussi">Lire aussi | <a class="js-article-read-also" href="/a">{title}</a></p>',
        None,
    )


def japanese(page_: dict, article: str) -> str:
    """A Japanese daily's site: the body in ``div.本文`` (as some CMSes name it), "関連記事" and a ranking."""
    ranking = "".join(f"<li><a href='/articles/{i}'>{t}</a></li>" for i, t in enumerate((
        "円安が一段と進行、一時1ドル=155円台", "高校野球、春の選抜大会が開幕", "首相、来月の訪米を調整",
        "新型ロケット打ち上げ成功 民間初の月探査へ", "桜の開花、全国で平年より早く")))  # fmt: skip
    return _shell(page_, "ja", (
        f'<header id="header"><a href="/">{page_["site"]}</a><ul class="gnav"><li>政治</li><li>経済</li><li>国際</li><li>社会</li><li>スポーツ</li></ul></header>'
        f'<div id="main"><div class="記事"><h1 class="見出し">{page_["title"]}</h1>'
        f'<p class="日時">2024年4月2日 19時05分</p><div class="本文">{article}</div>'
        '<p class="有料">この記事は有料記事です。残り0文字</p></div>'
        '<div class="関連記事"><h2>関連記事</h2><ul><li><a href="/r1">大雨で新幹線が運転見合わせ</a></li>'
        '<li><a href="/r2">気象庁、線状降水帯の予測を強化</a></li></ul></div>'
        f'<aside class="ランキング"><h2>アクセスランキング</h2><ol>{ranking}</ol></aside></div>'
        f'<footer><p>Copyright © {page_["site"]} All rights reserved. 無断転載を禁じます。</p></footer>'
    ))  # fmt: skip


def arabic(page_: dict, article: str) -> str:
    """An Arabic news site, right to left: the body in ``div.متن-الخبر``, "اقرأ أيضا" boxes, a tag list."""
    return (
        f'<!DOCTYPE html><html lang="ar" dir="rtl"><head>{_head(page_)}</head><body>'
        f'<header class="راس-الصفحة"><a href="/">{page_["site"]}</a><ul><li>الرئيسية</li><li>أخبار</li><li>اقتصاد</li><li>رياضة</li></ul></header>'
        f'<main><div class="الخبر"><h1>{page_["title"]}</h1><div class="تاريخ">نُشر في 5 مايو 2024</div>'
        f'<div class="متن-الخبر">{article}</div>'
        '<div class="وسوم">الوسوم: <a href="/t/1">المياه</a> <a href="/t/2">الزراعة</a></div></div>'
        '<aside class="الأكثر-قراءة"><h3>الأكثر قراءة</h3><ul><li><a href="/1">ارتفاع أسعار الذهب في الأسواق المحلية</a></li>'
        '<li><a href="/2">المنتخب يتأهل إلى نهائي البطولة</a></li><li><a href="/3">افتتاح معرض الكتاب بمشاركة واسعة</a></li></ul></aside></main>'
        f'<footer><p>جميع الحقوق محفوظة © {page_["site"]} 2024</p></footer></body></html>'
    )  # fmt: skip


def arabic_read_also(title: str) -> tuple[str, None]:
    return f'<div class="اقرأ-أيضا"><span>اقرأ أيضا</span><a href="/x">{title}</a></div>', None


def hindi(page_: dict, article: str) -> str:
    """A Hindi daily's site: ``div.khabar-vivaran`` body, "यह भी पढ़ें" links, a big "ताज़ा ख़बरें" rail."""
    latest = "".join(f'<li><a href="/news/{i}">{t}</a></li>' for i, t in enumerate((
        "मौसम विभाग ने जारी किया भारी बारिश का अलर्ट", "शेयर बाजार में तेजी, सेंसेक्स 500 अंक चढ़ा",
        "क्रिकेट: भारत ने दूसरा टेस्ट जीता", "रेलवे ने चलाईं 20 नई विशेष ट्रेनें", "सोने के दाम में गिरावट जारी")))  # fmt: skip
    return _shell(page_, "hi", (
        f'<header class="header"><a href="/">{page_["site"]}</a><ul class="menu"><li>देश</li><li>विदेश</li><li>राज्य</li><li>खेल</li><li>मनोरंजन</li></ul></header>'
        f'<div class="container"><div class="khabar"><h1 class="shirshak">{page_["title"]}</h1>'
        f'<div class="lekhak">{page_["author"]}, नई दिल्ली | अपडेटेड: 10 जून 2024</div>'
        f'<div class="khabar-vivaran">{article}</div></div>'
        f'<div class="taaza-khabar"><h3>ताज़ा ख़बरें</h3><ul>{latest}</ul></div></div>'
        f'<footer><p>कॉपीराइट © 2024 {page_["site"]}. सर्वाधिकार सुरक्षित।</p></footer>'
    ))  # fmt: skip


def portuguese(page_: dict, article: str) -> str:
    """A Brazilian portal's article: ``div.mc-article-body`` of ``div.mc-column.content-text`` rows,
    "Leia também" lists and video rows between them."""
    return _shell(page_, "pt-BR", (
        f'<header class="header-portal"><a href="/">{page_["site"]}</a><nav><a href="/politica/">Política</a>'
        '<a href="/economia/">Economia</a><a href="/mundo/">Mundo</a></nav></header>'
        f'<main class="mc-article"><div class="title"><h1 class="content-head__title">{page_["title"]}</h1>'
        f'<h2 class="content-head__subtitle">{page_["dek"]}</h2></div>'
        f'<p class="content-publication-data__from">Por {page_["author"]}, Rio de Janeiro</p>'
        f'<div class="mc-article-body">{article}</div>'
        '<div class="feed-post-body"><h3>Veja também</h3><a href="/1">Chuva forte alaga ruas da Zona Norte</a>'
        '<a href="/2">Dólar fecha em queda após decisão do Copom</a></div></main>'
        f'<footer><p>© Copyright 2000-2024 {page_["site"]}. Todos os direitos reservados.</p></footer>'
    ))  # fmt: skip


def pt_para(text: str) -> tuple[str, str]:
    return (
        f'<div class="mc-column content-text active-extra-styles"><p class="content-text__container">{text}</p></div>',
        text,
    )


def pt_leia(*titles: str) -> tuple[str, None]:
    items = "".join(f'<li><a href="/x">{t}</a></li>' for t in titles)
    return (
        f'<div class="mc-column content-intertitle"><h3>Leia também</h3><ul class="content-unordered-list">{items}</ul></div>',
        None,
    )


def russian(page_: dict, article: str) -> str:
    """A Russian news agency's site: ``div.article__text`` blocks, "Читайте также" between them."""
    return _shell(page_, "ru", (
        f'<header class="page__header"><a href="/">{page_["site"]}</a><ul><li>Политика</li><li>Экономика</li>'
        '<li>Общество</li><li>Спорт</li></ul></header>'
        f'<div class="layout-article"><div class="article"><div class="article__header"><h1 class="article__title">{page_["title"]}</h1>'
        f'<div class="article__info-date">15:40 21.02.2024</div></div>'
        f'<div class="article__body">{article}</div>'
        '<div class="article__tags"><a href="/t">Москва</a><a href="/t">Транспорт</a></div></div>'
        '<div class="lenta"><div class="lenta__title">Лента новостей</div>'
        '<a href="/1">Курс доллара опустился ниже 90 рублей</a><a href="/2">В Подмосковье открыли новый мост</a>'
        '<a href="/3">Синоптики пообещали потепление</a></div></div>'
        f'<footer><p>© 2024 {page_["site"]}. Все права защищены.</p></footer>'
    ))  # fmt: skip


def ru_block(text: str) -> tuple[str, str]:
    return f'<div class="article__block" data-type="text"><div class="article__text">{text}</div></div>', text


def ru_also(title: str) -> tuple[str, None]:
    return (
        f'<div class="article__block" data-type="article"><div class="article__article"><span>Читайте также</span><a href="/y">{title}</a></div></div>',
        None,
    )


SKINS.update(german=german, french=french, japanese=japanese, arabic=arabic, hindi=hindi, portuguese=portuguese, russian=russian)  # fmt: skip


# ---------------------------------------------------------------- bodies only in hydration data
def _app_shell(page_: dict, lang: str, root: str, script: str) -> str:
    """A single-page app's server HTML: the headline, an empty body container and the state script."""
    return _shell(page_, lang, (
        f'<div id="{root}"><header class="app-header"><a href="/">{page_["site"]}</a></header>'
        f'<main><h1>{escape(page_["title"])}</h1><div class="article-body-placeholder"></div>'
        '<noscript>Please enable JavaScript to read this article.</noscript></main></div>'
        f"{script}"
    ))  # fmt: skip


def next_blocks(page_: dict, article: str) -> str:
    """Next.js: ``__NEXT_DATA__`` with the article's body as an editor's blocks (``{"type": "paragraph",
    "data": {"text": ...}}``), ad and image blocks between them, related stories beside it."""
    blocks = []
    for n, (_, text) in enumerate(page_["parts"], 1):
        if text:
            blocks.append({"id": f"b{n}", "type": "paragraph", "data": {"text": text}})
        else:
            blocks.append({"id": f"b{n}", "type": "adSlot", "data": {"slot": f"mid{n}"}})
        if n == 2:
            blocks.append(
                {
                    "id": "img",
                    "type": "image",
                    "data": {"url": "/i.jpg", "caption": "Gulls over the quay at dawn."},
                }
            )
    data = {"props": {"pageProps": {
        "article": {"headline": page_["title"], "slug": page_["id"], "standfirst": page_["dek"],
                    "authors": [{"name": page_["author"]}], "publishedAt": page_["date"],
                    "content": {"version": "2.28", "blocks": blocks}},
        "relatedArticles": [{"headline": h_, "summary": t} for h_, t in (
            ("Council approves new cycle lanes after two-year row", "Residents on both sides packed the chamber as the vote went through by a single voice and a long debate."),
            ("Ferry fares to rise from spring, operator confirms", "Islanders say the increase will hit families who cross for work and school every day of the week."))],
        "navigation": [{"label": "News", "href": "/news"}, {"label": "Sport", "href": "/sport"}]}},
        "page": "/[section]/[slug]", "query": {"section": "news", "slug": page_["id"]}, "buildId": "a1b2c3"}  # fmt: skip
    script = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>'
    return _app_shell(page_, "en", "__next", script)


def nuxt_function(page_: dict, article: str) -> str:
    """Nuxt 2: ``window.__NUXT__=(function(a,b,c){return {...}}(...))``, the state as a function's
    body, with repeated values passed as its arguments (so the script is no JSON)."""
    paragraphs = ",".join(
        f'{{type:"paragraph",html:{json.dumps("<p>" + t + "</p>")}}}' for t in _texts(page_)
    )
    script = (
        "<script>window.__NUXT__=(function(a,b,c,d){return {layout:\"default\",data:[{article:{id:a,"
        f'title:{json.dumps(page_["title"])},author:b,date:{json.dumps(page_["date"])},section:c,'
        f'body:[{paragraphs}]}},related:[{{title:"Five things we learned from the weekend",section:c}},'
        '{title:"Storm warning issued for coastal areas",section:c}]}],fetch:{},error:d,'
        'state:{user:{loggedIn:d},ui:{menuOpen:d}},serverRendered:true,routePath:"/news/x"}}'
        f'(48211,{json.dumps(page_["author"])},"local",false));</script>'
    )  # fmt: skip
    return _app_shell(page_, "en", "__nuxt", script)


def apollo(page_: dict, article: str) -> str:
    """Apollo's normalised cache in ``window.__APOLLO_STATE__``: the article's body a list of references
    to paragraph objects stored beside it, each its own key."""
    state: dict = {"ROOT_QUERY": {'article({"slug":"x"})': {"__ref": "Article:901"}}}
    refs = []
    for i, text in enumerate(_texts(page_)):
        state[f"ParagraphBlock:{i}"] = {"__typename": "ParagraphBlock", "id": str(i), "text": text}
        refs.append({"__ref": f"ParagraphBlock:{i}"})
        if i == 1:
            state["AdBlock:1"] = {"__typename": "AdBlock", "id": "1", "slot": "mid1"}
            refs.append({"__ref": "AdBlock:1"})
    state["Article:901"] = {"__typename": "Article", "id": "901", "headline": page_["title"],
                            "byline": page_["author"], "bodyBlocks": refs,
                            "related": [{"__ref": "Teaser:1"}]}  # fmt: skip
    state["Teaser:1"] = {"__typename": "Teaser", "headline": "Rail fares to rise 4.9% from March",
                         "summary": "Commuters face another increase despite complaints about cancellations."}  # fmt: skip
    script = f"<script>window.__APOLLO_STATE__={json.dumps(state)};</script>"
    return _app_shell(page_, "en", "root", script)


def fusion(page_: dict, article: str) -> str:
    """Arc XP's Fusion: ``Fusion.globalContent`` with ``content_elements`` of type ``text`` (HTML
    strings), among other assignments in one script; the server HTML holds the headline only."""
    elements = []
    for i, (_, text) in enumerate(page_["parts"]):
        if text:
            elements.append({"_id": f"E{i}", "type": "text", "content": text, "additional_properties": {}})
        else:
            elements.append({"_id": f"E{i}", "type": "raw_html", "content": '<div class="ad-slot"></div>'})
    content = {"_id": "ABC123", "type": "story", "headlines": {"basic": page_["title"]},
               "subheadlines": {"basic": page_["dek"]}, "credits": {"by": [{"name": page_["author"]}]},
               "content_elements": elements, "taxonomy": {"sections": [{"name": "Metro"}]},
               "related_content": {"basic": [{"headlines": {"basic": "Mortgage rates edge lower for third week"}}]}}  # fmt: skip
    script = (
        '<script type="application/javascript" id="fusion-metadata">window.Fusion=window.Fusion||{};'
        'Fusion.arcSite="ledger";Fusion.contextPath="/pf";Fusion.deployment="1234";'
        f"Fusion.globalContent={json.dumps(content)};"
        'Fusion.globalContentConfig={"source":"content-api","query":{"uri":"/metro/x"}};'
        'Fusion.contentCache={};Fusion.layout="article-right-rail";</script>'
    )  # fmt: skip
    return _app_shell(page_, "en", "fusion-app", script)


SKINS.update(next_blocks=next_blocks, nuxt_function=nuxt_function, apollo=apollo, fusion=fusion)


# ---------------------------------------------------------------- overlays, cut bodies, print, grids
def consent_wall(page_: dict, article: str) -> str:
    """A consent manager's full-page wall over the article: its purposes and vendors run longer than the
    story, and the article is in the page beneath it."""
    purposes = "".join(
        f'<div class="purpose"><h4>{t}</h4><p>{d}</p><label><input type="checkbox" checked> Consent</label>'
        f'<label><input type="checkbox"> Legitimate interest</label></div>'
        for t, d in (
            ("Store and/or access information on a device", "Cookies, device or similar online identifiers together with other information can be stored or read on your device to recognise it each time it connects to an app or to a website, for one or several of the purposes presented here."),
            ("Use limited data to select advertising", "Advertising presented to you on this service can be based on limited data, such as the website or app you are using, your non-precise location, your device type or which content you are interacting with."),
            ("Create profiles for personalised advertising", "Information about your activity on this service, such as forms you submit and content you look at, can be stored and combined with other information about you to build or improve a profile about you."),
            ("Measure advertising performance", "Information regarding which advertising is presented to you and how you interact with it can be used to determine how well an advert has worked for you or other users."),
            ("Develop and improve services", "Information about your activity on this service can be used to improve products and services and to build new products and services based on user interactions."),
        )
    )  # fmt: skip
    vendors = "".join(f"<li>{v} Ltd <a href='#'>Privacy policy</a></li>" for v in ("Adform", "Amazon Advertising", "AppNexus", "Criteo", "Index Exchange", "Magnite", "Outbrain", "PubMatic", "Taboola", "The Trade Desk", "Xandr", "Yieldmo"))  # fmt: skip
    return _shell(page_, "en", (
        '<div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter"></div>'
        '<div id="onetrust-banner-sdk" role="dialog" aria-modal="true"><div class="ot-sdk-container">'
        '<h2 id="onetrust-policy-title">We value your privacy</h2><p id="onetrust-policy-text">We and our 842 partners store and access '
        'information on your device, such as cookies, and process personal data, such as unique identifiers and browsing '
        'data, for the purposes below. You may click to consent to our and our partners\' processing, or to refuse it, or '
        'to make more detailed choices. Your choices apply to this site only and you can change them at any time by '
        'clicking Privacy settings at the bottom of every page.</p>'
        f'<div class="ot-purposes">{purposes}</div><h3>Our partners</h3><ul class="ot-vendors">{vendors}</ul>'
        '<button id="onetrust-accept-btn-handler">I Accept</button><button id="onetrust-reject-all-handler">Reject all</button>'
        '<button class="ot-pc-btn">Show purposes</button></div></div></div>'
        f'<header class="masthead"><a href="/">{page_["site"]}</a><nav><ul>{_menu(page_)}</ul></nav></header>'
        f'<main><article class="story"><h1>{page_["title"]}</h1><p class="byline">By {page_["author"]}</p>'
        f'<div class="story-body">{article}</div></article></main>{_footer(page_)}'
    ))  # fmt: skip


def truncated(page_: dict, article: str) -> str:
    """A body shown cut, a "Continue reading" button, and the rest of the story in a hidden ``div``
    that the button's script reveals."""
    shown, rest = page_["shown"], page_["rest"]
    return _shell(page_, "en", (
        f'<header class="site-header"><a href="/">{page_["site"]}</a><nav><ul>{_menu(page_)}</ul></nav></header>'
        f'<main><article class="post"><h1 class="post-title">{page_["title"]}</h1><div class="post-byline">By {page_["author"]}</div>'
        f'<div class="post-body"><div class="post-body__visible">{shown}</div>'
        '<div class="read-more-fade"></div><button class="read-more-btn" aria-expanded="false" '
        'onclick="this.nextElementSibling.hidden=false;this.remove()">Continue reading</button>'
        f'<div class="post-body__rest" hidden>{rest}</div></div></article>'
        f'{_related(page_, 4)}</main>{_footer(page_)}'
    ))  # fmt: skip


def print_version(page_: dict, article: str) -> str:
    """A print version: ``window.print()`` on load, the logo, "Printed from", paragraphs split by
    ``<br><br>`` in one ``td``, the story's address and a copyright line."""
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f'<title>{escape(page_["title"])} - Print - {page_["site"]}</title><link rel="stylesheet" href="/css/print.css" media="print">'
        '<meta name="robots" content="noindex"></head><body onload="window.print()" class="print">'
        f'<div class="print-header"><img src="/img/logo-print.png" alt="{page_["site"]}"><a href="javascript:window.print()">Print</a> | '
        '<a href="javascript:window.close()">Close window</a></div>'
        f'<table width="600"><tr><td><h2>{page_["title"]}</h2><p><i>By {page_["author"]} | 14 Nov 2023</i></p>'
        f'<div class="print-story">{article}</div></td></tr></table>'
        f'<p class="print-source">Printed from {page_["site"]}: {page_["url"]}</p>'
        f'<p class="print-copyright">© 2023 {page_["site"]}. All rights reserved. This copy is for your personal, '
        'non-commercial use only.</p></body></html>'
    )  # fmt: skip


def big_grid(page_: dict, article: str) -> str:
    """A short story above a grid of 24 related stories, each with its teaser: the grid's words
    outnumber the story's."""
    from furniture import HEADLINES

    cards = "".join(
        f'<div class="grid-card"><a href="/news/{_slug(h_)}-{i}"><img src="/g{i}.jpg" alt=""><h3 class="grid-card__title">{h_}</h3></a>'
        f'<p class="grid-card__teaser">{t} Read the full story and see the latest figures from our correspondents.</p>'
        f'<span class="grid-card__meta">{i % 9 + 1} hours ago</span></div>'
        for i, (h_, t) in enumerate(HEADLINES + HEADLINES[:8])
    )  # fmt: skip
    return _shell(page_, "en", (
        f'<header class="site-header"><a href="/">{page_["site"]}</a><nav><ul>{_menu(page_)}</ul></nav></header>'
        f'<main><article><h1>{page_["title"]}</h1><p class="meta">By {page_["author"]}</p>'
        f'<div class="entry">{article}</div></article>'
        f'<section class="more-grid"><h2>More from {page_["site"]}</h2><div class="grid">{cards}</div></section></main>{_footer(page_)}'
    ))  # fmt: skip


def howto(page_: dict, article: str) -> str:
    """A how-to site: an intro, "Things you'll need", numbered steps each a ``div.step`` with a heading,
    a tips box, then "Related how-tos" and a rating widget."""
    return _shell(page_, "en", (
        f'<header id="header"><a href="/">{page_["site"]}</a><form><input placeholder="Search how-tos"></form></header>'
        f'<div id="bodycontents"><h1 class="firstHeading">{page_["title"]}</h1>'
        '<div class="coauthor">Co-authored by Jo Tanner | Updated: March 3, 2024 | 48,211 views</div>'
        f'<div class="mf-section-0">{article}</div>'
        '<div class="article_rating"><p>Was this article helpful?</p><button>Yes</button><button>No</button></div>'
        '<div id="relatedwikihows"><h2>Related how-tos</h2><a href="/1">How to Bleed a Radiator</a>'
        '<a href="/2">How to Fix a Dripping Tap</a><a href="/3">How to Hang a Shelf</a></div></div>'
        f'{_footer(page_)}'
    ))  # fmt: skip


def recipe_card(page_: dict, article: str) -> str:
    """A food blog: a long story, a "Jump to Recipe" button, ads, and a WP Recipe Maker card with
    ingredients and instructions; comments and ratings below."""
    return _shell(page_, "en", (
        f'<header class="site-header"><a href="/">{page_["site"]}</a><nav><ul><li>Recipes</li><li>Dinner</li><li>Baking</li><li>About</li></ul></nav></header>'
        f'<div class="site-inner"><main class="content"><article class="post type-post entry"><header class="entry-header">'
        f'<h1 class="entry-title">{page_["title"]}</h1><p class="entry-meta">By {page_["author"]} · Updated Sep 2, 2024 · '
        'This post may contain affiliate links.</p><a class="wprm-recipe-jump" href="#recipe">Jump to Recipe</a></header>'
        f'<div class="entry-content">{article}</div></article>'
        '<div id="comments"><h3>47 Comments</h3><div class="comment"><p>Made this last night, the kids loved it! 5 stars.</p></div>'
        '<div class="comment"><p>Can I use frozen plums instead of fresh ones?</p></div></div></main>'
        '<aside class="sidebar"><div class="widget"><h3>Hi, I\'m Rosa!</h3><p>Welcome to my kitchen, where I share '
        'simple family recipes.</p></div></aside></div>'
        f'{_footer(page_)}'
    ))  # fmt: skip


def newsletter(page_: dict, article: str) -> str:
    """A newsletter's web version (Mailchimp): "View this email in your browser", nested layout tables,
    ``td.mcnTextContent`` blocks, and an unsubscribe footer."""
    return (
        '<!doctype html><html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8">'
        f'<title>{escape(page_["title"])}</title><style type="text/css">p{{margin:10px 0;padding:0}}table{{border-collapse:collapse}}</style></head>'
        '<body><center><table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable">'
        '<tr><td align="center" valign="top" id="bodyCell"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer">'
        '<tr><td valign="top" id="templatePreheader"><table class="mcnTextBlock"><tr><td class="mcnTextContent">'
        'Your Friday briefing from the harbour and beyond. <a href="*|ARCHIVE|*">View this email in your browser</a></td></tr></table></td></tr>'
        f'<tr><td valign="top" id="templateHeader"><img src="https://mcusercontent.com/logo.png" alt="{page_["site"]}" width="564"></td></tr>'
        f'<tr><td valign="top" id="templateBody">{article}</td></tr>'
        '<tr><td valign="top" id="templateFooter"><table class="mcnFollowBlock"><tr><td><a href="#">Facebook</a> <a href="#">Instagram</a> '
        '<a href="#">Website</a></td></tr></table><table class="mcnTextBlock"><tr><td class="mcnTextContent">'
        f'<em>Copyright © 2024 {page_["site"]}, All rights reserved.</em><br>You are receiving this email because you '
        'signed up on our website.<br><br><strong>Our mailing address is:</strong><br>1 Quay Street, Harbourtown<br><br>'
        'Want to change how you receive these emails?<br>You can <a href="*|UPDATE_PROFILE|*">update your preferences</a> '
        'or <a href="*|UNSUB|*">unsubscribe from this list</a>.</td></tr></table></td></tr>'
        '</table></td></tr></table></center></body></html>'
    )  # fmt: skip


def nl_block(*paragraphs: str, heading: str = "") -> tuple[str, str]:
    html = "".join(f'<p style="font-size:16px;line-height:150%">{x}</p>' for x in paragraphs)
    head = f'<h2 class="null" style="font-size:22px">{heading}</h2>' if heading else ""
    return (
        f'<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tbody class="mcnTextBlockOuter">'
        f'<tr><td valign="top" class="mcnTextBlockInner"><table align="left" width="100%" class="mcnTextContentContainer">'
        f'<tr><td valign="top" class="mcnTextContent" style="padding:9px 18px">{head}{html}</td></tr></table></td></tr></tbody></table>',
        "\n\n".join(([heading] if heading else []) + list(paragraphs)),
    )


def standfirst(page_: dict, article: str) -> str:
    """A quality paper's article: the lede as ``p.standfirst`` in the article's ``<header>`` (beside the
    headline and byline), the body in ``div.article-body`` after it."""
    return _shell(page_, "en", (
        f'<header class="masthead"><a href="/">{page_["site"]}</a><nav><ul>{_menu(page_)}</ul></nav></header>'
        f'<main><article class="content"><header class="content__head"><div class="content__labels"><a href="/environment">Environment</a></div>'
        f'<h1 class="content__headline">{page_["title"]}</h1><p class="standfirst">{page_["lede"]}</p>'
        '<figure class="content__main-media"><img src="/lead.jpg" alt=""><figcaption>Volunteers counting birds on the mudflats. '
        'Photograph: Sam Reid</figcaption></figure>'
        f'<p class="content__byline">{page_["author"]} <span>Environment correspondent</span></p><time>Sat 6 Apr 2024 07.00 BST</time></header>'
        f'<div class="article-body content__article-body">{article}</div>'
        '<div class="submeta"><a href="/t/birds">Birds</a> <a href="/t/wildlife">Wildlife</a></div></article>'
        f'{_related(page_, 6)}</main>{_footer(page_)}'
    ))  # fmt: skip


SKINS.update(consent_wall=consent_wall, truncated=truncated, print_version=print_version, big_grid=big_grid,
             howto=howto, recipe_card=recipe_card, newsletter=newsletter, standfirst=standfirst)  # fmt: skip


def _plain_parts(*paragraphs: str) -> list[tuple[str, str]]:
    return [p(x) for x in paragraphs]


# ---------------------------------------------------------------- the pages
page(
    "de-artikel-tram",
    "German news (artikel)",
    "german",
    "Neue Straßenbahnlinie soll 2027 fahren",
    "Katrin Vogel",
    "2024-05-03T14:12:00+02:00",
    [
        p(
            "Die Stadt will die geplante Straßenbahnlinie zwischen Hauptbahnhof und Universität bis zum Herbst 2027 in Betrieb nehmen. Der Stadtrat stimmte am Donnerstag mit großer Mehrheit für den Bau der sechs Kilometer langen Strecke, die elf neue Haltestellen erhalten soll."
        ),
        p(
            "Nach Angaben der Verkehrsbetriebe werden die Kosten auf rund 180 Millionen Euro geschätzt. Bund und Land wollen davon etwa drei Viertel übernehmen. Kritiker im Rat hatten bis zuletzt bemängelt, dass die Finanzierung der restlichen Summe nicht gesichert sei."
        ),
        german_ad(1),
        h("Bauarbeiten ab dem kommenden Frühjahr"),
        p(
            "Die ersten Bauarbeiten sollen im März beginnen, zunächst an der Kreuzung vor dem Hauptbahnhof. Anwohner müssen sich auf Umleitungen und nächtliche Arbeiten einstellen. Die Verkehrsbetriebe versprachen, die Bürger vor jedem Bauabschnitt in öffentlichen Versammlungen zu informieren."
        ),
        p(
            "Mit der neuen Linie sollen täglich bis zu 40.000 Fahrgäste befördert werden. Die Busse, die heute im Fünf-Minuten-Takt zur Universität fahren, seien zu Stoßzeiten hoffnungslos überfüllt, sagte die Verkehrsdezernentin. Die Straßenbahn sei leiser, sauberer und biete doppelt so viel Platz."
        ),
        german_ad(2),
        p(
            "Der Fahrgastverband begrüßte den Beschluss, forderte aber eine Verlängerung der Strecke bis in die nördlichen Stadtteile. Darüber will der Rat im kommenden Jahr beraten."
        ),
    ],
    site="Stadtanzeiger",
)

page(
    "fr-contenu-vendanges",
    "French news (article__content)",
    "french",
    "Dans le Bordelais, des vendanges précoces et inquiètes",
    "Claire Dumas",
    "2024-03-12T06:30:00+01:00",
    [
        p(
            "La chaleur du mois d’août a avancé la récolte de près de deux semaines dans plusieurs appellations du Bordelais. Dans les rangs de merlot, les vendangeurs ont commencé à cueillir dès l’aube, pour éviter les températures de l’après-midi qui dépassent encore trente degrés.",
            attrs=' class="article__paragraph"',
        ),
        p(
            "« Il y a vingt ans, on vendangeait fin septembre. Aujourd’hui, on commence à la fin du mois d’août », constate un viticulteur installé près de Saint-Émilion depuis trois générations. Les raisins sont riches en sucre, mais l’acidité baisse, ce qui inquiète les œnologues.",
            attrs=' class="article__paragraph"',
        ),
        lire_aussi("Le vin français face au changement climatique"),
        h("Des cépages venus du Sud"),
        p(
            "Pour s’adapter, l’appellation a autorisé l’an dernier de nouveaux cépages, plus résistants à la sécheresse, venus du Portugal et de Grèce. Ils ne peuvent représenter que cinq pour cent de l’encépagement, mais plusieurs domaines ont déjà planté leurs premières parcelles.",
            attrs=' class="article__paragraph"',
        ),
        p(
            "Les coopératives, elles, s’inquiètent surtout de la baisse des ventes. La consommation de vin rouge recule depuis dix ans en France, et une partie des vignes pourrait être arrachée avec l’aide de l’État.",
            attrs=' class="article__paragraph"',
        ),
        lire_aussi("Arrachage des vignes : le gouvernement débloque une nouvelle aide"),
    ],
    site="Le Quotidien",
    lede="Face au réchauffement, les vignerons girondins récoltent de plus en plus tôt et testent de nouveaux cépages.",
)

page(
    "ja-honbun-rain",
    "Japanese news (本文)",
    "japanese",
    "九州で記録的大雨 住民に避難呼びかけ",
    "社会部",
    "2024-04-02T19:05:00+09:00",
    [
        p(
            "九州北部では２日、活発な梅雨前線の影響で記録的な大雨となり、気象庁は福岡県と佐賀県の一部に大雨特別警報を発表した。各地で川の水位が上がり、自治体は住民に対し、命を守る行動をとるよう呼びかけている。"
        ),
        p(
            "気象庁によると、福岡県久留米市では午後３時までの２４時間に降った雨の量が４００ミリを超え、観測史上最多となった。佐賀県内でも土砂崩れが相次ぎ、少なくとも３か所で道路が寸断された。"
        ),
        p(
            "ＪＲ九州は鹿児島線の一部区間で運転を見合わせている。九州新幹線も博多と熊本の間で一時運転を止め、駅では足止めされた利用客が再開を待った。"
        ),
        p(
            "久留米市内の避難所に身を寄せた７０代の女性は「５年前の水害を思い出して、早めに家を出た。家がどうなっているか心配だ」と話した。"
        ),
        p(
            "前線は３日にかけて九州付近に停滞する見込みで、気象庁は引き続き土砂災害や川の氾濫に厳重な警戒を呼びかけている。"
        ),
    ],
    site="日本日報",
    lang="ja",
)

page(
    "ar-matn-water",
    "Arabic news (متن-الخبر)",
    "arabic",
    "مشروع جديد لتحلية المياه يخدم مليون نسمة",
    "هالة منصور",
    "2024-05-05T10:00:00+03:00",
    [
        p(
            "وقّعت الحكومة اتفاقية لإنشاء محطة جديدة لتحلية مياه البحر على الساحل الشمالي، بطاقة إنتاجية تصل إلى ثلاثمئة ألف متر مكعب يومياً، ومن المتوقع أن تخدم المحطة نحو مليون نسمة في المدن والقرى المجاورة."
        ),
        p(
            "وقال وزير المياه خلال مراسم التوقيع إن المشروع سيعتمد جزئياً على الطاقة الشمسية، مما يخفض تكلفة إنتاج المتر المكعب بنحو الثلث مقارنة بالمحطات القديمة. وأضاف أن أعمال البناء ستبدأ خلال الأشهر الثلاثة المقبلة."
        ),
        arabic_read_also("ارتفاع منسوب السدود بعد موسم أمطار استثنائي"),
        p(
            "ويعاني القطاع الزراعي في المنطقة من نقص حاد في المياه منذ سنوات، إذ تراجع منسوب المياه الجوفية بشكل كبير بسبب الإفراط في الضخ. ويأمل المزارعون أن تخفف المحطة الضغط على الآبار."
        ),
        p(
            "وتبلغ التكلفة الإجمالية للمشروع نحو أربعمئة مليون دولار، تموّلها الحكومة بالشراكة مع مستثمرين من القطاع الخاص، على أن يبدأ التشغيل الكامل في عام ألفين وسبعة وعشرين."
        ),
    ],
    site="الصحيفة اليومية",
    lang="ar",
)

page(
    "hi-khabar-monsoon",
    "Hindi news (khabar-vivaran)",
    "hindi",
    "मानसून ने समय से पहले दी दस्तक, किसानों में खुशी",
    "संवाददाता",
    "2024-06-10T09:00:00+05:30",
    [
        p(
            "मौसम विभाग ने सोमवार को बताया कि दक्षिण-पश्चिम मानसून इस बार तय समय से चार दिन पहले केरल पहुंच गया है। विभाग के अनुसार अगले दो हफ्तों में मानसून मध्य भारत तक पहुंच सकता है।"
        ),
        p(
            "मौसम वैज्ञानिकों का कहना है कि इस साल सामान्य से अधिक बारिश होने की संभावना है। पिछले साल कई राज्यों में कम बारिश के कारण खरीफ की फसल को भारी नुकसान हुआ था।"
        ),
        raw(
            '<div class="yah-bhi-padhen"><strong>यह भी पढ़ें:</strong> <a href="/x">दिल्ली में पारा 45 डिग्री के पार, लू का अलर्ट</a></div>'
        ),
        p(
            "महाराष्ट्र और मध्य प्रदेश के किसानों ने मानसून की खबर पर खुशी जताई है। नासिक के एक किसान ने कहा कि अगर बारिश समय पर हुई तो इस बार सोयाबीन और कपास की बुवाई जल्दी शुरू हो जाएगी।"
        ),
        p(
            "हालांकि विभाग ने पूर्वोत्तर राज्यों में भारी बारिश और भूस्खलन की चेतावनी भी जारी की है। प्रशासन को सतर्क रहने के निर्देश दिए गए हैं।"
        ),
    ],
    site="दैनिक समाचार",
)

page(
    "pt-materia-metro",
    "Portuguese news (mc-article-body)",
    "portuguese",
    "Nova linha de metrô deve começar a operar em 2026",
    "Ana Ribeiro",
    "2024-08-20T08:00:00-03:00",
    [
        pt_para(
            "A nova linha de metrô que vai ligar a Zona Oeste ao Centro do Rio deve começar a operar no segundo semestre de 2026, segundo o cronograma divulgado nesta terça-feira pelo governo do estado. As obras, paradas desde 2019, foram retomadas em março."
        ),
        pt_para(
            "O trecho terá nove estações e cerca de 14 quilômetros. A expectativa é transportar 300 mil passageiros por dia e reduzir em até 40 minutos o tempo de viagem de quem mora nos bairros mais distantes."
        ),
        pt_leia(
            "Passageiros enfrentam atrasos nos trens da Supervia", "Prefeitura anuncia novas linhas de BRT"
        ),
        pt_para(
            "De acordo com a secretaria de Transportes, o custo total da obra foi revisado para R$ 4,2 bilhões. Parte do dinheiro virá de um empréstimo com um banco de desenvolvimento, que ainda precisa ser aprovado pela Assembleia Legislativa."
        ),
        raw(
            '<div class="mc-column content-video"><div class="video-player"><span>Assista: como vai funcionar a nova linha</span></div></div>'
        ),
        pt_para(
            "Moradores da região comemoraram o anúncio, mas lembram que a linha já foi prometida outras vezes. “A gente só acredita quando o trem passar”, disse uma comerciante de Campo Grande."
        ),
    ],
    site="Portal Notícias",
    dek="Obras foram retomadas em março; trecho terá nove estações e deve transportar 300 mil pessoas por dia",
)

page(
    "ru-statya-bridge",
    "Russian news (article__text)",
    "russian",
    "В Москве откроют новый пешеходный мост через реку",
    "Иван Соколов",
    "2024-02-21T15:40:00+03:00",
    [
        ru_block(
            "Новый пешеходный мост через Москву-реку откроется летом этого года, сообщили в столичном департаменте строительства. Длина моста составит 240 метров, а на его середине обустроят смотровую площадку."
        ),
        ru_block(
            "По словам заместителя мэра, мост соединит парк на правом берегу с новым жилым районом, где сейчас живут около двадцати тысяч человек. Сейчас жителям приходится идти до ближайшей переправы почти сорок минут."
        ),
        ru_also("Как изменится набережная после реконструкции"),
        ru_block(
            "Конструкцию собирают на берегу и будут надвигать на опоры по частям. Работы ведутся круглосуточно, чтобы не перекрывать судоходство в период навигации."
        ),
        ru_block(
            "Архитекторы обещают, что вечером мост будет подсвечиваться, а зимой покрытие будет подогреваться, чтобы на нём не образовывался лёд."
        ),
    ],
    site="Новости Сегодня",
)

page(
    "hydration-next-blocks",
    "Next.js blocks only",
    "next_blocks",
    "Harbour seal pups counted in record numbers",
    "Morag Bell",
    "2024-07-14T07:00:00Z",
    [
        p(
            "Volunteers counting seals along the estuary this summer recorded 412 pups, the highest number since the survey began in 1988. The count, carried out from boats and clifftops over three weeks, was published by the wildlife trust on Sunday."
        ),
        p(
            "The trust credits a ban on netting near the haul-out sandbanks, introduced six years ago, and cleaner water since the new treatment works opened upstream. Pups were seen on four sandbanks that had been empty for a decade."
        ),
        p(
            "Not every colony is thriving. Numbers on the northern shore fell for the third year running, and researchers are testing whether disturbance from jet skis is to blame."
        ),
        p(
            "The trust has asked boat users to stay at least a hundred metres from hauled-out seals until the end of August, when the pups are weaned."
        ),
    ],
    dek="Volunteers recorded 412 pups, the most since the survey began",
)

page(
    "hydration-nuxt-function",
    "Nuxt 2 state (function)",
    "nuxt_function",
    "Library to stay open late during exam season",
    "Priya Shah",
    "2024-05-01T09:30:00Z",
    [
        p(
            "The central library will stay open until midnight on weekdays from next Monday until the end of June, the council announced, after students collected more than three thousand signatures asking for longer hours."
        ),
        p(
            "Extra staff will be paid from a one-off grant, and the café on the ground floor will stay open until ten. Security guards will patrol the reading rooms after eight in the evening."
        ),
        p(
            "Students said the library was the only quiet place many of them had to revise. One said her family of six shared a two-bedroom flat, and that she had been revising on the bus."
        ),
        p("The council will decide in the autumn whether to keep the late opening for next year's exams."),
    ],
)

page(
    "hydration-apollo-refs",
    "Apollo cache (refs)",
    "apollo",
    "Dairy farmers turn to robots as workers grow scarce",
    "Tom Ellery",
    "2024-03-18T06:00:00Z",
    [
        p(
            "More than a third of the region's dairy farms now milk their cows with robots, according to a survey published by the farmers' union, up from one in ten five years ago. Farmers say they could not find enough people willing to start work at four in the morning."
        ),
        p(
            "The machines cost around 150,000 pounds each and can milk sixty cows, which walk into the stalls when they choose. Sensors measure each cow's yield and warn of illness days before a farmer would notice it."
        ),
        p(
            "Some farmers worry about debt. One said he had borrowed against his land to buy two robots and would be paying for them until he retired."
        ),
        p(
            "The union wants the government to offer grants for the machines, as it does for solar panels on farm buildings."
        ),
    ],
)

page(
    "hydration-fusion",
    "Arc Fusion globalContent",
    "fusion",
    "City to plant 20,000 trees along its busiest roads",
    "Lena Ortiz",
    "2024-10-09T11:00:00Z",
    [
        p(
            "The city will plant 20,000 trees along its twelve busiest roads over the next four years, the mayor said on Wednesday, in a plan meant to cool streets that now reach 45 degrees on summer afternoons."
        ),
        p(
            "The first 3,000 will go in this winter along the ring road and the two avenues that lead to the port. Species were chosen for their shade and for their tolerance of drought and salt."
        ),
        raw('<div class="ad-slot"></div>'),
        p(
            "Residents will be able to adopt a tree and water it in its first two summers, when most newly planted street trees die. The city lost nearly half of the saplings it planted in 2019 that way."
        ),
        p(
            "Environmental groups welcomed the plan but asked for the trees to be planted in soil trenches rather than small pits, so that their roots can spread under the pavements."
        ),
    ],
    dek="The plan is meant to cool streets that reach 45 degrees in summer",
)

page(
    "consent-wall-ferry",
    "consent wall over the article",
    "consent_wall",
    "Island ferry cancelled for a week after engine fault",
    "Fiona Grant",
    "2024-01-22T12:00:00Z",
    [
        p(
            "The only car ferry serving the island will be out of service for at least a week after an engine fault was found during a routine inspection, the operator said on Monday."
        ),
        p(
            "A smaller passenger boat will run four crossings a day, but it cannot carry vehicles, and deliveries of food and fuel will be made by a chartered cargo vessel on Wednesday and Saturday."
        ),
        p(
            "Islanders said it was the fifth breakdown in two years. The community council has written to the transport minister asking for a date for the replacement vessel, which was due in service last spring."
        ),
        p(
            "The operator apologised and said engineers were working around the clock. Passengers with bookings can change them free of charge."
        ),
    ],
)

_TRUNC_SHOWN = [
    p(
        "When the last bank in the village closed in March, the post office became the only place within twelve miles where people could pay in cash or take it out over a counter."
    ),
    p(
        "Queues now stretch out of the door on Fridays, when the market traders bank their takings. The postmistress, who has run the counter for nineteen years, has taken on a second assistant and opens an hour earlier."
    ),
]
_TRUNC_REST = [
    p(
        "Banks say fewer than one in twenty of their customers used the branch regularly. But a survey by the parish council found that a third of residents over seventy had never used online banking and did not intend to."
    ),
    p(
        "A banking hub, where several banks share a counter, has been promised for the market town in the autumn. Until then, the post office is where the village does its banking."
    ),
    p(
        "\u201cWe are glad to help,\u201d the postmistress said. \u201cBut we are a post office with two people in it, not a bank.\u201d"
    ),
]
page(
    "truncated-hidden-rest",
    "continue reading, rest hidden",
    "truncated",
    "After the bank closed, the post office became the village's bank",
    "Alun Price",
    "2024-06-02T08:00:00Z",
    _TRUNC_SHOWN + _TRUNC_REST,
    shown="".join(m for m, _ in _TRUNC_SHOWN),
    rest="".join(m for m, _ in _TRUNC_REST),
)

page(
    "print-version-orchestra",
    "print version",
    "print_version",
    "Youth orchestra wins place at international festival",
    "Grace Lowe",
    "2023-11-14T10:00:00Z",
    [
        raw(
            "The county youth orchestra has been chosen to play at an international festival in Vienna next summer, one of only four youth ensembles from outside Austria to be invited.<br><br>",
            "The county youth orchestra has been chosen to play at an international festival in Vienna next summer, one of only four youth ensembles from outside Austria to be invited.",
        ),
        raw(
            "Its 74 players, aged between twelve and eighteen, will perform a programme of Dvořák and a new piece written for them by a local composer. They auditioned by video in September.<br><br>",
            "Its 74 players, aged between twelve and eighteen, will perform a programme of Dvořák and a new piece written for them by a local composer. They auditioned by video in September.",
        ),
        raw(
            "The trip will cost around 60,000 pounds. Parents have started a fundraising campaign, and the orchestra will give a concert in the cathedral in March to raise money.<br><br>",
            "The trip will cost around 60,000 pounds. Parents have started a fundraising campaign, and the orchestra will give a concert in the cathedral in March to raise money.",
        ),
        raw(
            "The conductor said the invitation was a reward for years of Saturday mornings. \u201cThey have worked so hard. Now the world gets to hear them.\u201d",
            "The conductor said the invitation was a reward for years of Saturday mornings. \u201cThey have worked so hard. Now the world gets to hear them.\u201d",
        ),
    ],
)

page(
    "related-grid-longer",
    "related grid longer than the story",
    "big_grid",
    "Lifeboat crew rescue two walkers cut off by the tide",
    "Harbour desk",
    "2024-08-11T18:00:00Z",
    [
        p(
            "Two walkers were rescued by the lifeboat crew on Saturday evening after being cut off by the rising tide below the cliffs at Gull Point."
        ),
        p(
            "The pair, a father and his teenage son, had climbed onto a ledge and called the coastguard when the water reached the foot of the cliff. The lifeboat reached them within fifteen minutes and brought them back to the harbour, cold but unhurt."
        ),
        p(
            "The coastguard reminded visitors to check the tide tables before walking on the beach, where the tide comes in faster than a person can walk."
        ),
    ],
)

page(
    "howto-radiator",
    "how-to steps",
    "howto",
    "How to Bleed a Radiator",
    "Jo Tanner",
    "2024-03-03T00:00:00Z",
    [
        p(
            "If your radiator is cold at the top and warm at the bottom, air is trapped inside it. Bleeding the radiator lets the air out, so that hot water fills it again. It takes about ten minutes and needs no special skills."
        ),
        raw('<div class="ad-slot" id="howto-ad-1"></div>'),
        raw(
            '<div class="section thingsyoullneed"><h3>Things You\'ll Need</h3><ul><li>A radiator key</li><li>An old cloth or towel</li><li>A small bowl</li></ul></div>',
            "Things You'll Need\n\nA radiator key\nAn old cloth or towel\nA small bowl",
        ),
        raw(
            '<div class="section steps"><h3>Steps</h3><ol class="steps_list_2">'
            '<li><div class="step"><b class="whb">Turn the heating off and let the radiators cool.</b> Hot water can spray out when you open the valve, so wait at least an hour.</div></li>'
            '<li><div class="step"><b class="whb">Find the bleed valve.</b> It is a small square nut at one of the top corners of the radiator.</div></li>'
            '<li><div class="step"><b class="whb">Hold the cloth under the valve and turn the key a quarter turn anticlockwise.</b> You will hear a hiss as the air escapes.</div></li>'
            '<li><div class="step"><b class="whb">Close the valve as soon as water appears.</b> Turn the key clockwise until it is tight, but do not force it.</div></li>'
            '<li><div class="step"><b class="whb">Check the boiler pressure.</b> If it has dropped below one bar, top it up using the filling loop, following the boiler\'s manual.</div></li>'
            "</ol></div>",
            "Steps\n\nTurn the heating off and let the radiators cool. Hot water can spray out when you open the valve, so wait at least an hour.\n"
            "Find the bleed valve. It is a small square nut at one of the top corners of the radiator.\n"
            "Hold the cloth under the valve and turn the key a quarter turn anticlockwise. You will hear a hiss as the air escapes.\n"
            "Close the valve as soon as water appears. Turn the key clockwise until it is tight, but do not force it.\n"
            "Check the boiler pressure. If it has dropped below one bar, top it up using the filling loop, following the boiler's manual.",
        ),
        raw(
            '<div class="section tips"><h3>Tips</h3><ul><li>Start with the radiator furthest from the boiler on the ground floor.</li></ul></div>',
            "Tips\n\nStart with the radiator furthest from the boiler on the ground floor.",
        ),
    ],
    site="HowToHome",
)

page(
    "recipe-card-plum-cake",
    "recipe blog with card",
    "recipe_card",
    "Easy Plum Cake",
    "Rosa Bianchi",
    "2024-09-02T00:00:00Z",
    [
        p(
            "Every September my neighbour leaves a bag of plums from her tree on my doorstep, and every September I make this cake. It is the easiest cake I know: one bowl, no mixer, and the plums sink into the batter as it bakes."
        ),
        p(
            "The trick is to use plums that are ripe but still firm. Very soft plums release too much juice and the middle of the cake stays wet. If your plums are sour, sprinkle a little more sugar over them before baking."
        ),
        raw('<div class="ad-slot"><span>Advertisement</span></div>'),
        p(
            "This cake keeps for three days in a tin, and it is even better on the second day, when the juice has soaked into the crumb."
        ),
        raw(
            '<div id="recipe" class="wprm-recipe-container"><div class="wprm-recipe wprm-recipe-template-custom">'
            '<h2 class="wprm-recipe-name">Easy Plum Cake</h2><div class="wprm-recipe-rating">4.9 from 212 votes</div>'
            '<a class="wprm-recipe-print" href="/wprm_print/1">Print Recipe</a> <a class="wprm-recipe-pin" href="#">Pin Recipe</a>'
            '<div class="wprm-recipe-times">Prep Time 15 mins · Cook Time 45 mins · Servings 8</div>'
            '<div class="wprm-recipe-ingredients-container"><h3 class="wprm-recipe-header">Ingredients</h3><ul class="wprm-recipe-ingredients">'
            '<li class="wprm-recipe-ingredient"><span class="wprm-recipe-ingredient-amount">150</span> <span class="wprm-recipe-ingredient-unit">g</span> <span class="wprm-recipe-ingredient-name">butter, softened</span></li>'
            '<li class="wprm-recipe-ingredient"><span class="wprm-recipe-ingredient-amount">150</span> <span class="wprm-recipe-ingredient-unit">g</span> <span class="wprm-recipe-ingredient-name">caster sugar</span></li>'
            '<li class="wprm-recipe-ingredient"><span class="wprm-recipe-ingredient-amount">3</span> <span class="wprm-recipe-ingredient-name">eggs</span></li>'
            '<li class="wprm-recipe-ingredient"><span class="wprm-recipe-ingredient-amount">180</span> <span class="wprm-recipe-ingredient-unit">g</span> <span class="wprm-recipe-ingredient-name">self-raising flour</span></li>'
            '<li class="wprm-recipe-ingredient"><span class="wprm-recipe-ingredient-amount">8</span> <span class="wprm-recipe-ingredient-name">plums, halved and stoned</span></li></ul></div>'
            '<div class="wprm-recipe-instructions-container"><h3 class="wprm-recipe-header">Instructions</h3><ul class="wprm-recipe-instructions">'
            '<li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">Heat the oven to 180C and line a 23cm tin with baking paper.</div></li>'
            '<li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">Beat the butter and sugar until pale, then beat in the eggs one at a time.</div></li>'
            '<li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">Fold in the flour and spread the batter in the tin.</div></li>'
            '<li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">Press the plums into the batter, cut side up, and bake for 45 minutes.</div></li></ul></div>'
            '<div class="wprm-recipe-nutrition-container"><span>Calories: 310kcal</span> <span>Carbohydrates: 38g</span></div>'
            '<div class="wprm-call-to-action">Tried this recipe? Tag @rosaskitchen on Instagram!</div></div></div>',
            "Ingredients\n\n150 g butter, softened\n150 g caster sugar\n3 eggs\n180 g self-raising flour\n8 plums, halved and stoned\n\n"
            "Instructions\n\nHeat the oven to 180C and line a 23cm tin with baking paper.\n"
            "Beat the butter and sugar until pale, then beat in the eggs one at a time.\nFold in the flour and spread the batter in the tin.\n"
            "Press the plums into the batter, cut side up, and bake for 45 minutes.",
        ),
    ],
    site="Rosa's Kitchen",
    ld_type="BlogPosting",
)

page(
    "newsletter-web-version",
    "newsletter web version",
    "newsletter",
    "The Harbour Weekly: new quay, old boats",
    "Harbour Weekly",
    "2024-04-19T07:00:00Z",
    [
        nl_block(
            "Good morning. This week the council finally chose a design for the new quay, the sailing club found a boat that went missing in 1971, and the fish market is changing its hours.",
            heading="",
        ),
        nl_block(
            "The council picked the cheaper of the two designs for the new quay on Tuesday. It will be built of steel piles rather than stone, and should be finished in eighteen months. Fishermen had asked for the stone design, which would have lasted longer, but the difference in cost was almost two million pounds.",
            heading="A quay at last",
        ),
        nl_block(
            "A wooden dinghy stolen from the sailing club more than fifty years ago turned up in a barn twenty miles inland. The farmer who found it recognised the club's name painted on its transom and drove it back on a trailer.",
            heading="The boat that came home",
        ),
        nl_block(
            "From Monday the fish market opens at six instead of five, so that traders can use the new car park, which opens at half past five.",
            heading="Market hours",
        ),
    ],
    site="The Harbour Weekly",
)

page(
    "standfirst-header-lede",
    "lede in header p.standfirst",
    "standfirst",
    "Wading birds return to restored salt marsh",
    "Sam Reid",
    "2024-04-06T07:00:00+01:00",
    [
        p(
            "Five years after the sea wall was breached on purpose, the fields behind it have become salt marsh again, and the birds have come back faster than anyone expected."
        ),
        p(
            "Surveys this winter counted more than 11,000 wading birds feeding on the new mudflats, among them redshank, dunlin and black-tailed godwits, which had not been recorded there for forty years."
        ),
        p(
            "The project cost 8 million pounds and was paid for partly by a water company, which needed new habitat to make up for marshland lost when it built a treatment works further along the coast."
        ),
        p(
            "Farmers who sold the land were sceptical at first. One who still farms the fields next door said he now brings his grandchildren to watch the birds at high tide."
        ),
    ],
    lede="A deliberate breach of the sea wall has brought back thousands of birds, five years earlier than predicted",
)

page(
    "embed-captions-festival",
    "Instagram, TikTok, Mastodon captions",
    "news",
    "Folk festival sells out in record time",
    "Culture desk",
    "2024-02-08T12:00:00Z",
    [
        p(
            "All 12,000 weekend tickets for the summer folk festival sold out in under an hour on Thursday, the fastest sale in its thirty-year history, after the organisers announced the headline acts on social media."
        ),
        instagram(
            "Line-up is out! Three days, four stages and the best fiddle players on the planet. See you in the field in July.",
            "Meadow Folk Fest",
        ),
        p(
            "Fans who missed out complained that the ticket site crashed twice in the first ten minutes. The organisers said they had doubled the site's capacity since last year but demand had been four times higher."
        ),
        tiktok(
            "POV: you got tickets before the site crashed and now you have to learn to dance a jig",
            "fiddlefan",
            "folk festival jig",
        ),
        p(
            "A further 2,000 day tickets will go on sale in April. The organisers said resale would only be allowed through the official site, at face value."
        ),
        mastodon_card(
            "Sold out in 58 minutes. Thank you, and sorry to everyone who could not get through. Day tickets in April, resale only at face value.",
            "Meadow Folk Festival",
            "@meadowfolk@mastodon.social",
            "8 Feb 2024",
        ),
    ],
)
