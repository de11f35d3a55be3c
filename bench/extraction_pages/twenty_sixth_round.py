"""The twenty-sixth round of ``bench/extraction_pages``: pages (``r26-*``) of outlets, platforms and page kinds
the first twenty-five rounds lack, each in a template written here after what the outlet's or platform's pages emit.

Languages: Manding (Bambara) in the N'Ko script (a script no round had, right to left; a community blog on Odoo
with an "also read" card inside the text), Swahili (a Dar es Salaam site on Frontity whose server render gave up:
the story only in the ``__FRONTITY_CONNECT_STATE__`` blob), French (a Basque-country weekly on Dotclear with a
newsletter form between two paragraphs), Finnish (a tech review on Blazor Server with a price comparison box
inside the text and pros and cons lists), Persian (right to left, a news agency on Phoenix LiveView under a
breaking-news ticker of whole-sentence headlines) and Ukrainian (a regional site on October CMS with a Telegram
channel call between paragraphs). English platforms and kinds: a very long council budget report on Gridsome, a
newsletter's web view on Kit in nested email tables with a sponsor block, a Blot essay with Tufte-style
sidenotes, a Google Web Story (``amp-story``) whose text is spread over slides, a Marko story with a
"click to tweet" box, an Ember FastBoot story with glossary terms whose definitions sit in ``[popover]``
elements, a VitePress release post with "TIP" and "WARNING" custom blocks and header anchors, a Mirror.xyz
entry under its collect widget and onchain verification box, and a one-paragraph Svbtle post with its Kudos
button.
The gold of every page was written before nutgraf was run on it: it leaves out headlines, bylines and dates set
apart, decks, cards, the newsletter form, the price box, the ticker, the Telegram call, the email's sponsor
block, view-in-browser and unsubscribe lines, the web story's "swipe up" links and bookend, the tweet box, the
popovers' definitions, the custom blocks' "TIP" labels, the collect widget and verification box, and the kudos;
it keeps sidenotes where they stand, the slides' text, the pros and cons, and the custom blocks' text.
"""

from __future__ import annotations

import json

from articles import page
from fourth_round import _cookie, _doc, _links
from furniture import SKINS
from parts import h, p
from thirteenth_round import _lis

# ---------------------------------------------------------------- Manding in N'Ko (an "also read" card; Odoo)
_NKO = {
    # The N'Ko letters (U+07CA on) for a plain Bambara romanization: E for ɛ, O for ɔ, N for ɲ, g for gb.
    "a": "ߊ", "e": "ߋ", "i": "ߌ", "E": "ߍ", "u": "ߎ", "o": "ߏ", "O": "ߐ", "b": "ߓ", "p": "ߔ", "t": "ߕ",
    "j": "ߖ", "c": "ߗ", "d": "ߘ", "r": "ߙ", "s": "ߛ", "g": "ߜ", "f": "ߝ", "k": "ߞ", "l": "ߟ", "m": "ߡ",
    "N": "ߢ", "n": "ߣ", "h": "ߤ", "w": "ߥ", "y": "ߦ", ",": "߸", "!": "߹",
    "0": "߀", "1": "߁", "2": "߂", "3": "߃", "4": "߄", "5": "߅", "6": "߆", "7": "߇", "8": "߈", "9": "߉",
}  # fmt: skip


def nqo(romanized: str) -> str:
    """Bambara romanized letter for letter, given in the N'Ko script (tone marks left out)."""
    return "".join(_NKO.get(ch, ch) for ch in romanized)


def odoo_nqo(page_: dict, article: str) -> str:
    """A Bamako community blog on Odoo's website builder: the cookie bar, the navbar, ``section#o_wblog_post_top``
    with the title and the author's avatar and date, ``div.o_wblog_post_content_field`` (paragraphs, a Bootstrap
    card "also read" between two of them), the tags, the share icons, "Blog posts" of the sidebar, the footer
    with "Powered by Odoo"."""
    menu = (nqo("kunnafoniw"), nqo("dugukOnO"), nqo("sEnE"), nqo("kalan"))
    return _doc(page_, "nqo", (
        _cookie(nqo("an be kuki baara kE yan."), nqo("sOn"), nqo("kunnafoni"))
        + f'<header class="o_header_standard"><nav class="navbar"><a class="navbar-brand" href="/">{page_["site"]}</a><ul class="nav navbar-nav">{_links(menu, "/blog/")}</ul></nav></header>'
        '<main><div id="wrap" class="js_blog website_blog"><section id="o_wblog_post_top"><div class="o_wblog_post_title">'
        f'<h1 id="o_wblog_post_name" class="o_editable_no_shadow">{page_["title"]}</h1></div>'
        f'<div class="o_wblog_post_author"><img class="rounded-circle" src="/web/image/res.partner/7/avatar_128" alt=""><span>{page_["author"]}</span> <small>{nqo("mE 18, 2024")}</small></div></section>'
        '<section id="o_wblog_post_main" class="container"><div class="row"><div class="o_wblog_read col-lg-8">'
        f'<div class="o_wblog_post_content_field o_wblog_read_text">{article}</div>'
        f'<div class="o_wblog_post_tags"><a class="badge" href="/blog/tag/ji">{nqo("ji")}</a> <a class="badge" href="/blog/tag/bamako">{nqo("bamako")}</a></div>'
        '<div class="o_wblog_social_links"><a href="#" aria-label="Facebook"><i class="fa fa-facebook"></i></a> <a href="#" aria-label="X"><i class="fa fa-twitter"></i></a></div></div>'
        f'<div class="col-lg-4 o_wblog_sidebar"><h6>{nqo("sebEn kuraw")}</h6><ul>{_lis((nqo("sEnEkElaw ka sanji makOnO"), nqo("lakOli kura dayElEla")), "/blog/post/")}</ul></div></div></section></div></main>'
        '<footer class="o_footer"><p>Copyright © Sigida Kunnafoni</p><a class="o_brand_promotion" href="https://www.odoo.com">Powered by Odoo</a></footer>'
    ), dir_="rtl")  # fmt: skip


def nqo_card(romanized: str) -> tuple[str, None]:
    return (
        f'<div class="s_card card o_card_also"><div class="card-body"><h5 class="card-title">{nqo("a kalan fana")}</h5>'
        f'<p class="card-text"><a href="/blog/post/12">{nqo(romanized)}</a></p></div></div>',
        None,
    )


# ---------------------------------------------------------------- Swahili (the story only in Frontity's state)
def frontity_sw(page_: dict, article: str) -> str:
    """A Dar es Salaam news site on Frontity (a React front end over WordPress) whose server render fell back to
    its loader: the header and menu, the title, a "Inapakia..." loader where the story goes, the footer, then
    ``script#__FRONTITY_CONNECT_STATE__`` holding the router, the post's title, excerpt and ``content.rendered``
    (the story's HTML) and the site's menu."""
    state = {
        "router": {"link": f"/habari/{page_['id']}/", "autoFetch": True},
        "source": {
            "post": {
                "4821": {
                    "id": 4821,
                    "date": page_["date"],
                    "slug": page_["id"],
                    "type": "post",
                    "link": f"/habari/{page_['id']}/",
                    "title": {"rendered": page_["title"]},
                    "excerpt": {"rendered": f"<p>{page_['deck']}</p>"},
                    "content": {"rendered": article, "protected": False},
                    "author": 3,
                    "categories": [5],
                }
            },
            "author": {"3": {"id": 3, "name": page_["author"], "link": "/mwandishi/3/"}},
        },
        "theme": {
            "menu": [
                ["Habari", "/"],
                ["Siasa", "/siasa/"],
                ["Biashara", "/biashara/"],
                ["Michezo", "/michezo/"],
            ],
            "isMobileMenuOpen": False,
        },
    }
    blob = json.dumps(state, ensure_ascii=False).replace("</", "<\\/")
    return _doc(page_, "sw", (
        '<div id="root"><header class="css-1x2yz"><a href="/" class="css-logo">'
        f'{page_["site"]}</a><nav><ul>{_links(("Habari", "Siasa", "Biashara", "Michezo"), "/")}</ul></nav></header>'
        f'<main class="css-main"><h1 class="css-title">{page_["title"]}</h1><div class="css-loading" role="status">Inapakia...</div></main>'
        '<footer class="css-footer"><p>© 2024 Pwani Leo. Haki zote zimehifadhiwa.</p></footer></div>'
        f'<script id="__FRONTITY_CONNECT_STATE__" type="application/json">{blob}</script>'
        '<script async src="/static/main.module.js"></script>'
    ))  # fmt: skip


# ---------------------------------------------------------------- French (a newsletter form inside; Dotclear)
def dotclear_fr(page_: dict, article: str) -> str:
    """A Basque-country weekly's site on Dotclear (the Berlin theme): the top links, the blog's title and
    description, ``div.post`` with ``h2.post-title``, the "Par ... le ..." info line and its category,
    ``div.post-content`` (paragraphs, a newsletter form between two of them), the tags, then the comments
    and the comment form, the sidebar's categories, archives and syndication links."""
    return _doc(page_, "fr", (
        '<div id="page"><ul id="prelude"><li><a href="#main">Aller au contenu</a></li><li><a href="#blognav">Aller au menu</a></li></ul>'
        f'<div id="top"><h1><span><a href="/">{page_["site"]}</a></span></h1><p id="blogdesc">L\'actualité de la Soule et de la Basse-Navarre</p></div>'
        '<div id="wrapper"><div id="main"><div id="content">'
        f'<div id="p482" class="post" lang="fr" role="article"><h2 class="post-title">{page_["title"]}</h2>'
        f'<p class="post-info">Par {page_["author"]}, le vendredi 17 mai 2024, 08:12 - <a href="/category/Economie">Économie</a></p>'
        f'<div class="post-content">{article}</div>'
        '<ul class="post-tags"><li><a href="/tag/fromage">fromage</a></li><li><a href="/tag/AOP">AOP</a></li></ul></div>'
        '<div id="comments"><h3>Réactions</h3><dl><dt>1. Le vendredi 17 mai 2024, 10:40 par Peio</dt><dd><p>Enfin une bonne nouvelle pour les bergers de la vallée.</p></dd></dl></div>'
        '<form id="comment-form"><h3>Ajouter un commentaire</h3><p><label>Nom ou pseudo</label><input name="c_name"></p><p><textarea name="c_content"></textarea></p><input type="submit" value="envoyer"></form>'
        '</div></div><div id="sidebar"><div id="blognav"><div class="categories"><h2>Catégories</h2><ul><li><a href="/category/Economie">Économie</a></li><li><a href="/category/Culture">Culture</a></li></ul></div>'
        '<div class="syndicate"><h2>S\'abonner</h2><ul><li><a href="/feed/atom">fil Atom des billets</a></li></ul></div></div></div>'
        '<div id="footer"><p>Propulsé par <a href="https://dotclear.org/">Dotclear</a></p></div></div></div>'
    ))  # fmt: skip


def fr_newsletter() -> tuple[str, None]:
    return (
        '<div class="newsletter-inline"><p><strong>Recevez notre lettre d\'information</strong></p>'
        "<p>Chaque vendredi, l'essentiel de l'actualité de la Soule dans votre boîte mail.</p>"
        '<form action="/newsletter" method="post"><input type="email" placeholder="Votre adresse e-mail"> <button>Je m\'inscris</button></form>'
        '<p class="small">Vous pourrez vous désinscrire à tout moment.</p></div>',
        None,
    )


# ---------------------------------------------------------------- Finnish (a price box inside; Blazor Server)
def blazor_fi(page_: dict, article: str) -> str:
    """A Finnish tech site on ASP.NET Core Blazor (server prerendering): the ``<!--Blazor:...-->`` markers, the
    header, the section, headline and ingress, the writer and date, the review's ``div.article-body``
    (paragraphs, a price comparison box, "Plussat" and "Miinukset" lists, the verdict), a star rating, the
    share links, "Lue myös" and the footer; ``blazor.web.js``."""
    return _doc(page_, "fi", (
        '<!--Blazor:{"type":"server","prerenderId":"8f1c2d","key":{"locationHash":"77D1","formattedComponentKey":""},"sequence":0,"descriptor":"CfDJ8"}-->'
        f'<div class="page"><header class="top-row"><a class="brand" href="/">{page_["site"]}</a><nav><ul>{_links(("Uutiset", "Testit", "Puhelimet", "Pelit"), "/osio/")}</ul></nav></header>'
        '<main><article class="review"><span class="section">Testi</span>'
        f'<h1>{page_["title"]}</h1><p class="ingress">{page_["deck"]}</p>'
        f'<div class="meta"><span>{page_["author"]}</span> · <time>16.5.2024 klo 7.00</time></div>'
        '<figure><img src="/kuvat/kuulokkeet.jpg" alt=""><figcaption>Kuulokkeissa on kangaspintainen sanka. Kuva: Toimitus</figcaption></figure>'
        f'<div class="article-body">{article}</div>'
        '<div class="rating" aria-label="Arvosana 4/5">★★★★☆</div>'
        '<div class="share"><a href="#">Jaa Facebookissa</a> <a href="#">Jaa X:ssä</a> <a href="#">Kopioi linkki</a></div></article>'
        f'<aside class="read-also"><h3>Lue myös</h3><ul>{_lis(("Testissä viisi halpaa nappikuuloketta", "Näin valitset kuulokkeet lapselle"), "/testit/")}</ul></aside></main>'
        '<footer><p>© 2024 Laitelehti</p></footer></div><!--Blazor:{"prerenderId":"8f1c2d"}-->'
        '<script src="_framework/blazor.web.js"></script>'
    ))  # fmt: skip


def fi_price_box() -> tuple[str, None]:
    return (
        '<div class="price-compare"><h4>Hintavertailu</h4><ul>'
        '<li><span class="shop">Verkkokauppa</span> <span class="price">279 €</span> <a class="btn" href="/go/1" rel="sponsored">Katso tarjous</a></li>'
        '<li><span class="shop">Gigantti</span> <span class="price">289 €</span> <a class="btn" href="/go/2" rel="sponsored">Katso tarjous</a></li>'
        '<li><span class="shop">Power</span> <span class="price">295 €</span> <a class="btn" href="/go/3" rel="sponsored">Katso tarjous</a></li>'
        '</ul><p class="disclaimer">Hinnat päivitetty 16.5. Saatamme saada palkkion linkkien kautta tehdyistä ostoista.</p></div>',
        None,
    )


def fi_list(title: str, *items: str) -> list[tuple[str, str]]:
    return [h(title, 3), (f"<ul>{''.join(f'<li>{i}</li>' for i in items)}</ul>", "\n".join(items))]


# ---------------------------------------------------------------- Persian (a breaking ticker above; Phoenix LiveView)
def liveview_fa(page_: dict, article: str) -> str:
    """A Tehran news agency on Phoenix LiveView, right to left: ``div[data-phx-main]`` holding the header, a
    "فوری" ticker of five whole-sentence headlines linking other stories, the service name, headline and lead,
    the date line, a photo, ``div.news-body`` (paragraphs), the tags, "اخبار مرتبط" and the footer."""
    ticker = (
        "بانک مرکزی نرخ سود سپرده‌های بانکی را برای سه ماه آینده تغییر نداد",
        "وزارت نیرو از برنامه خاموشی‌های تابستانی در استان تهران خبر داد",
        "تیم ملی والیبال ایران در هفته نخست لیگ ملت‌ها دو بازی را برد",
        "پرواز‌های فرودگاه مهرآباد به دلیل گرد و غبار با تأخیر انجام شد",
        "نمایشگاه بین‌المللی کتاب تهران تا پایان هفته تمدید شد",
    )
    return _doc(page_, "fa", (
        '<div id="phx-F8xK2" data-phx-main data-phx-session="SFMyNTY.g2gDaAJhBXQ" data-phx-static="SFMyNTY.g2gDaAJ">'
        f'<header class="site-header"><a href="/" class="logo">{page_["site"]}</a><nav><ul>{_links(("سیاسی", "اقتصادی", "اجتماعی", "فرهنگی", "ورزشی"), "/service/")}</ul></nav></header>'
        f'<div class="ticker" phx-hook="Ticker" id="ticker"><span class="ticker-label">فوری</span><ul>{_lis(ticker, "/news/")}</ul></div>'
        f'<main><article class="news"><span class="service">اجتماعی</span><h1>{page_["title"]}</h1><p class="lead">{page_["deck"]}</p>'
        '<div class="news-date">۲۸ اردیبهشت ۱۴۰۳ - ۱۰:۱۵</div>'
        '<figure><img src="/files/metro.jpg" alt=""><figcaption>ایستگاه مترو (عکس: آرشیو)</figcaption></figure>'
        f'<div class="news-body">{article}</div>'
        f'<div class="tags"><a href="/tag/1">مترو</a> <a href="/tag/2">تهران</a></div></article>'
        f'<aside class="related"><h3>اخبار مرتبط</h3><ul>{_lis(("خط ۱۰ مترو تهران تا سال آینده افتتاح می‌شود", "بلیت مترو گران شد"), "/news/9")}</ul></aside></main>'
        '<footer><p>کلیه حقوق محفوظ است.</p></footer></div>'
        '<script defer phx-track-static src="/assets/app.js"></script>'
    ), dir_="rtl")  # fmt: skip


# ---------------------------------------------------------------- Ukrainian (a Telegram call inside; October CMS)
def october_uk(page_: dict, article: str) -> str:
    """A Ukrainian regional site on October CMS (the RainLab.Blog plugin): the top bar with the air-raid alert
    map link, the header, the breadcrumb, ``div.post`` with the headline, date and views, a photo,
    ``div.post-content`` (paragraphs, a "Читайте також" line, a call to the outlet's Telegram channel between
    paragraphs), the categories, "Останні новини" and the footer."""
    return _doc(page_, "uk", (
        '<div class="topbar"><a href="/alerts">Мапа повітряних тривог</a> <span>Курс: $ 39,45</span></div>'
        f'<header class="header"><a href="/" class="logo">{page_["site"]}</a><ul class="menu">{_links(("Новини", "Місто", "Область", "Економіка", "Спорт"), "/category/")}</ul></header>'
        '<nav class="breadcrumbs"><a href="/">Головна</a> / <a href="/category/1">Місто</a></nav>'
        f'<main><div class="post"><h1 class="post-title">{page_["title"]}</h1>'
        '<div class="post-meta"><time>18 травня 2024, 11:20</time> <span class="views">👁 1 842</span></div>'
        '<img class="post-image" src="/storage/app/media/tram.jpg" alt="">'
        f'<div class="post-content">{article}</div>'
        '<div class="post-categories">Категорії: <a href="/category/1">Місто</a>, <a href="/category/4">Транспорт</a></div></div>'
        f'<aside class="latest"><h3>Останні новини</h3><ul>{_lis(("У Вінниці відкрили новий сквер", "Ремонт мосту завершать у червні"), "/post/")}</ul></aside></main>'
        '<footer><p>© 2024 Вінниця Сьогодні. Передрук матеріалів дозволено з посиланням.</p></footer>'
    ))  # fmt: skip


def uk_telegram() -> tuple[str, None]:
    return (
        '<div class="tg-callout"><a href="https://t.me/vinnytsia_today">Підписуйтесь на наш Telegram-канал</a>, '
        "щоб першими дізнаватися найважливіші новини міста</div>",
        None,
    )


def uk_also(title: str) -> tuple[str, None]:
    return f'<p><strong>Читайте також:</strong> <a href="/post/77">{title}</a></p>', None


# ---------------------------------------------------------------- English: Gridsome (a very long report)
def gridsome_long(page_: dict, article: str) -> str:
    """A local democracy site on Gridsome (Vue, prerendered): ``div#app[data-server-rendered]``, the header,
    the title, byline and reading time, ``div.post__content`` (a long report), the "Support local news" box, the
    share links, "Latest" and the footer; ``window.__INITIAL_STATE__`` carries only the route."""
    return _doc(page_, "en", (
        '<div id="app" data-server-rendered="true"><div class="layout">'
        f'<header class="header"><a href="/" class="active">{page_["site"]}</a><nav><ul>{_links(("Council", "Schools", "Housing", "Transport"), "/tag/")}</ul></nav></header>'
        f'<main class="main"><div class="post"><h1 class="post-title__text">{page_["title"]}</h1>'
        f'<div class="post-meta">By {page_["author"]} · 21 May 2024 · <span>24 min read</span></div>'
        f'<div class="post__content">{article}</div>'
        '<div class="support-box"><h3>Support local news</h3><p>Council meetings like this one are covered by nobody else. Become a supporter from £3 a month.</p><a href="/support">Support us</a></div>'
        '<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share by email</a></div></div>'
        f'<aside class="latest"><h3>Latest</h3><ul>{_lis(("Library hours to be cut in August", "School crossing patrols saved"), "/story/")}</ul></aside></main>'
        '<footer class="footer"><p>Built with Gridsome · © 2024 Wensley Local</p></footer></div></div>'
        '<script>window.__INITIAL_STATE__={"data":{},"context":{}}</script><script src="/assets/js/app.4a1b.js" defer></script>'
    ))  # fmt: skip


# (service, budget in £m, change, what changes, who said what)
_BUDGET_LINES = (
    (
        "Adult social care",
        "142.6",
        "up £9.1m",
        "The rise pays for 310 more home care packages and a 6% increase in the fees paid to care homes, which had warned that several would close.",
        "Councillor Helen Marsh, who leads on adult care, said the service had taken 'the lion's share' because demand had grown every month for two years.",
    ),
    (
        "Children's services",
        "88.4",
        "up £6.3m",
        "Most of the increase covers the cost of placements for children in care, where a single place in a private residential home now costs up to £9,000 a week.",
        "Officers told the meeting that the council is building two small children's homes of its own to bring costs down from 2026.",
    ),
    (
        "Waste and recycling",
        "31.2",
        "up £1.4m",
        "Weekly food waste collections will start in October for every household, as the law now requires, with new caddies delivered over the summer.",
        "Opposition councillors asked whether garden waste charges would rise; the cabinet said the £45 charge would stay for another year.",
    ),
    (
        "Highways",
        "24.8",
        "down £0.9m",
        "The resurfacing programme is cut from 62 roads to 48. Pothole repairs keep the same budget, and the council says it will fix a reported pothole within 28 days.",
        "Councillor Tom Reid called the cut 'a false economy', saying the roads left out would cost more to repair later.",
    ),
    (
        "Libraries",
        "6.1",
        "down £0.4m",
        "Opening hours at four branch libraries fall from 40 to 32 a week. No library will close, and the mobile library keeps its routes.",
        "A petition against the cuts, signed by 4,200 people, was handed in before the meeting.",
    ),
    (
        "Parks and open spaces",
        "8.7",
        "unchanged",
        "Grass in verges will be cut six times a year instead of eight, with some areas left to grow as wildflower meadows.",
        "The cabinet member for the environment said the change would help pollinators as well as save money.",
    ),
    (
        "Housing and homelessness",
        "19.5",
        "up £3.2m",
        "The council will buy 40 homes to use as temporary accommodation, to reduce its spending on bed and breakfast rooms, which reached £5.8m last year.",
        "Officers said families were spending an average of nine weeks in bed and breakfast rooms, against a legal limit of six.",
    ),
    (
        "Leisure centres",
        "4.3",
        "down £0.6m",
        "The subsidy to the leisure trust falls as the new pool at Northfield brings in more income. Swimming lessons for children keep their current prices.",
        "The trust's chief executive told councillors that membership had passed its pre-pandemic level in March.",
    ),
    (
        "Planning",
        "5.9",
        "up £0.3m",
        "Two more planning officers will be hired to clear a backlog of 600 applications, after the council missed government targets for minor applications.",
        "Applicants waited an average of 14 weeks for a decision on a house extension last year.",
    ),
    (
        "Public health",
        "21.0",
        "unchanged",
        "The grant from government is spent on drug and alcohol services, sexual health clinics and the health visiting service, which are all kept.",
        "The director of public health said a new stop-smoking service would open in the town centre in July.",
    ),
    (
        "Transport",
        "12.4",
        "up £0.8m",
        "The council will keep paying for three bus routes the operator planned to drop, including the evening service to the hospital.",
        "Passengers on the 14 route had written to every councillor asking for it to be saved.",
    ),
    (
        "Trading standards and environmental health",
        "3.6",
        "unchanged",
        "Food hygiene inspections continue at the same rate. The team will also take on new duties for checking vapes sold to under-18s.",
        "Officers said test purchases had found vapes sold to children at one shop in five.",
    ),
    (
        "Council tax support",
        "14.2",
        "up £0.7m",
        "The scheme that reduces council tax for households on low incomes stays as it is, with the poorest working-age households paying 8.5% of their bill.",
        "Several councillors had wanted to cut the share to zero; officers said that would cost a further £2.1m.",
    ),
    (
        "Corporate services and IT",
        "18.9",
        "down £1.1m",
        "Staff numbers fall by 22 posts through vacancies and early retirement. A new phone and web system is meant to answer more questions without a call.",
        "Unison said it would watch closely to make sure no compulsory redundancies followed.",
    ),
    (
        "Capital programme",
        "96.0",
        "over three years",
        "The largest projects are the new secondary school at Hollins Park, the flood defences along the Wen and the replacement of 2,000 street lights with LED lamps.",
        "The council will borrow £41m of the total, adding £2.6m a year to its interest costs by 2027.",
    ),
)


def long_report() -> list[tuple[str, str]]:
    intro = [
        p("Wensley's councillors approved the council's budget for the coming year on Monday night after a meeting that lasted more than five hours and ended shortly before midnight."),
        p("The budget sets the council's spending at £412 million and raises council tax by 4.99%, the most allowed without a local referendum. A Band D household will pay £1,912 a year for the council's share, £91 more than now."),
        p("Thirty-four councillors voted for the budget, twenty-one against and three abstained. An amendment from the opposition, which would have taken £2m from reserves to keep library hours, was defeated by eight votes."),
        p("The council's finance director told the meeting that the budget was balanced only by using £11.4m of reserves, and warned that the gap for the year after was already estimated at £18m."),
        p("This report goes through each service in turn: what it will cost, what changes, and what was said about it in the chamber."),
    ]  # fmt: skip
    parts = list(intro)
    for service, amount, change, what, said in _BUDGET_LINES:
        parts.append(h(service, 2))
        parts.append(p(f"Budget: £{amount}m, {change} on this year. {what}"))
        parts.append(p(said))
    parts += [
        h("The debate", 2),
        p("The leader of the council, Councillor James Abbott, opened the debate by saying the budget protected the services people relied on most, at a time when the council's grant from government had fallen by a third in real terms since 2010."),
        p("He said the council had found £14m of savings this year, most of them from buying services more cheaply and filling fewer posts, and that no front-line service had been cut altogether."),
        p("The leader of the opposition, Councillor Fiona Grant, said the budget asked residents to pay more for less. She pointed to the library hours, the road resurfacing and the verges, and said the council was 'managing decline'."),
        p("Her group's amendment would have used £2m of reserves to keep library hours and add twelve roads to the resurfacing list. The finance director advised against it, saying reserves should not pay for day-to-day spending."),
        p("Councillor Sam Okafor, of the independent group, said his members would abstain. He supported the care spending but could not vote for the cut to bus subsidies in the budget's third year, which he said had been hidden in an appendix."),
        p("The cabinet member for finance replied that the third-year figures were estimates only, and that no decision on buses beyond next year had been taken."),
        p("Several councillors spoke about adult social care. Councillor Marsh described visiting a care home where half the staff were agency workers, and said the fee increase was meant to help homes keep their own staff."),
        p("Others questioned the plan to buy homes for temporary accommodation. Councillor Ruth Pym asked what would happen if house prices fell; officers said the homes would be let at social rents in the long term, so the council would not need to sell them."),
        p("Members of the public filled the gallery for the first two hours. Many held signs about the library cuts, and the mayor twice asked for quiet during the debate."),
        p("Before the vote, the finance director gave the formal statement required by law on the robustness of the budget and the level of reserves. She said the budget was robust, but that reserves would fall to £23m, close to the minimum she considered safe."),
        h("What happens next", 2),
        p("The council tax bills will be sent out in March. Households can pay in ten or twelve monthly instalments, and those struggling to pay are asked to contact the council before they fall behind."),
        p("The finance director will bring a plan to close next year's gap to the cabinet in September. Councillors from every group said they expected that plan to include harder choices than this year's."),
        p("The full budget papers, 318 pages long, can be read on the council's website, and a recording of the meeting is available on its YouTube channel."),
    ]  # fmt: skip
    return parts


# ---------------------------------------------------------------- English: Kit (ConvertKit) web view in email tables
def kit_email(page_: dict, article: str) -> str:
    """A newsletter's web view on Kit (formerly ConvertKit): the preheader and "View in browser" row, nested
    ``table[role=presentation]``s with inline styles, the logo row, the issue's title row, the body's cells
    (paragraphs in ``td``s, a "This issue is sponsored by" block between them), the sign-off, then the
    footer's address, "Unsubscribe · Update your profile" and "Built with Kit"."""
    return _doc(page_, "en", (
        '<div class="preheader" style="display:none;max-height:0;overflow:hidden">The ferry timetable nobody asked for, and what it means for the islands.</div>'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4"><tr><td align="center">'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif">'
        '<tr><td style="padding:8px 24px;font-size:12px;color:#888;text-align:right"><a href="https://kit.example/view">View in browser</a></td></tr>'
        f'<tr><td style="padding:24px;text-align:center"><img src="https://embed.filekitcdn.com/logo.png" alt="{page_["site"]}" width="180"></td></tr>'
        f'<tr><td style="padding:0 24px"><h1 style="font-size:28px">{page_["title"]}</h1></td></tr>'
        f'<tr><td style="padding:0 24px 24px;font-size:17px;line-height:1.6"><table role="presentation" width="100%"><tr><td>{article}</td></tr></table></td></tr>'
        '<tr><td style="padding:24px;font-size:12px;color:#888;text-align:center">'
        '<p>Island Dispatch, 4 Harbour Street, Kirkwall KW15 1AA, United Kingdom</p>'
        '<p><a href="https://kit.example/unsubscribe">Unsubscribe</a> · <a href="https://kit.example/profile">Update your profile</a></p>'
        '<p><a href="https://kit.com/?utm_source=email"><img src="https://embed.filekitcdn.com/built-with-kit.png" alt="Built with Kit" width="100"></a></p></td></tr>'
        '</table></td></tr></table>'
    ), ld=False)  # fmt: skip


def kit_p(text: str) -> tuple[str, str]:
    return f'<p style="margin:0 0 16px">{text}</p>', text


def kit_sponsor() -> tuple[str, None]:
    return (
        '<table role="presentation" width="100%" style="background:#fdf6e3;border:1px solid #eee"><tr><td style="padding:16px">'
        '<p style="font-size:12px;text-transform:uppercase;color:#999">This issue is sponsored by</p>'
        "<p><strong>Northlink Outdoor</strong> — waterproofs that survive a Force 8 on the Pentland Firth. Use code DISPATCH for 15% off.</p>"
        '<p><a href="https://northlink.example/?ref=dispatch" style="background:#222;color:#fff;padding:8px 14px">Shop the range</a></p>'
        "</td></tr></table>",
        None,
    )


# ---------------------------------------------------------------- English: Blot (Tufte-style sidenotes)
def blot_sidenotes(page_: dict, article: str) -> str:
    """An essay on Blot (a blog published from a folder of files) in a Tufte CSS template: the blog's name and
    links, ``article`` with the title and date, ``section``s of paragraphs whose sidenotes are a numbered
    ``label.margin-toggle``, a checkbox and ``span.sidenote`` inside the paragraph, then "Older" and "Newer"
    links, the archive link and "Published with Blot"."""
    return _doc(page_, "en", (
        f'<header class="blog-header"><a href="/">{page_["site"]}</a> <nav><a href="/archives">Archives</a> <a href="/about">About</a> <a href="/feed.rss">RSS</a></nav></header>'
        f'<article><h1>{page_["title"]}</h1><p class="subtitle"><time>12 May 2024</time></p>'
        f'<section>{article}</section></article>'
        '<nav class="pagination"><a href="/older">← Older: Notes on a hedge</a> <a href="/newer">Newer: The bus to Ludlow →</a></nav>'
        '<footer><p><a href="/archives">All posts</a> · Published with <a href="https://blot.im">Blot</a></p></footer>'
    ))  # fmt: skip


def sidenoted(before: str, number: int, note: str, after: str) -> tuple[str, str]:
    """A paragraph with a Tufte sidenote at a word: the note's text kept where it stands, as read."""
    html = (
        f'<p>{before}<label for="sn-{number}" class="margin-toggle sidenote-number"></label>'
        f'<input type="checkbox" id="sn-{number}" class="margin-toggle"/><span class="sidenote">{note}</span>{after}</p>'
    )
    return html, f"{before}{note}{after}"


# ---------------------------------------------------------------- English: a Google Web Story (amp-story)
def amp_story(page_: dict, article: str) -> str:
    """A Google Web Story (AMP): ``<amp-story standalone>`` with its publisher and poster, pages of
    ``amp-story-grid-layer``s (a photo filling the page, a text layer), "Swipe up" page outlinks to other
    stories, and ``amp-story-bookend``'s share and related links from a JSON file."""
    return (
        '<!doctype html><html ⚡ lang="en"><head><meta charset="utf-8">'
        f'<title>{page_["title"]} | {page_["site"]}</title><link rel="canonical" href="{page_["url"]}">'
        '<meta name="viewport" content="width=device-width"><script async src="https://cdn.ampproject.org/v0.js"></script>'
        '<script async custom-element="amp-story" src="https://cdn.ampproject.org/v0/amp-story-1.0.js"></script>'
        "<style amp-boilerplate>body{visibility:hidden}</style></head><body>"
        f'<amp-story standalone title="{page_["title"]}" publisher="{page_["site"]}" publisher-logo-src="/logo.png" poster-portrait-src="/poster.jpg">'
        f"{article}"
        '<amp-story-bookend src="/bookend.json" layout="nodisplay"></amp-story-bookend></amp-story></body></html>'
    )


def story_page(number: int, heading: str, text: str, outlink: str = "") -> tuple[str, str]:
    link = (
        f'<amp-story-page-outlink layout="nodisplay"><a href="/story/{number}">{outlink}</a></amp-story-page-outlink>'
        if outlink
        else ""
    )
    head = f"<h2>{heading}</h2>" if heading else ""
    html = (
        f'<amp-story-page id="page-{number}"><amp-story-grid-layer template="fill">'
        f'<amp-img src="/img/{number}.jpg" width="720" height="1280" layout="responsive" alt=""></amp-img></amp-story-grid-layer>'
        f'<amp-story-grid-layer template="vertical" class="bottom">{head}<p>{text}</p></amp-story-grid-layer>{link}</amp-story-page>'
    )
    return html, "\n\n".join(([heading] if heading else []) + [text])


# ---------------------------------------------------------------- English: Marko (a click-to-tweet box)
def marko_tweet(page_: dict, article: str) -> str:
    """A science magazine on Marko (eBay's framework; server output with ``<!--M#...-->`` markers and
    ``$MC``): the header, the headline, standfirst and byline, ``div.story-body`` (paragraphs, a "click to
    tweet" box repeating a sentence with "Tweet this"), the topics, "Most read" and the footer."""
    return _doc(page_, "en", (
        '<!--M#s0--><div class="app">'
        f'<header class="masthead"><a href="/">{page_["site"]}</a><ul>{_links(("Space", "Health", "Earth", "Tech"), "/section/")}</ul></header>'
        f'<main><!--M#s0-1--><article><h1>{page_["title"]}</h1><p class="standfirst">{page_["deck"]}</p>'
        f'<p class="byline">By {page_["author"]} · 14 May 2024</p>'
        f'<div class="story-body">{article}</div>'
        '<div class="topics">Topics: <a href="/topic/birds">Birds</a> <a href="/topic/migration">Migration</a></div></article><!--M/s0-1-->'
        f'<aside class="most-read"><h3>Most read</h3><ol>{_lis(("A new moon for Uranus", "Why cats purr"), "/story/")}</ol></aside></main>'
        '<footer><p>© 2024 Field Notes Magazine</p></footer></div><!--M/s0-->'
        '<script>$MC=(window.$MC||[]).concat({"w":[["s0",0,{},{"f":1}]],"t":["app/components/story"]})</script>'
    ))  # fmt: skip


def click_to_tweet(text: str) -> tuple[str, None]:
    return (
        f'<div class="click-to-tweet"><p class="ctt-text">{text}</p>'
        f'<a class="ctt-btn" href="https://twitter.com/intent/tweet?text=x" target="_blank">Tweet this</a></div>',
        None,
    )


# ---------------------------------------------------------------- English: Ember FastBoot (glossary popovers)
def ember_popover(page_: dict, article: str) -> str:
    """A health newsroom on Ember (FastBoot prerendering): the boundary scripts, ``div.ember-view`` for the
    header, the headline, byline and date, ``div.article-body`` (paragraphs whose glossary terms are buttons
    with ``popovertarget``, each definition a ``span[popover]`` beside it), a "Reviewed by" note, the
    newsletter box, "More in Health" and the footer; the shoebox carries only the ids."""
    return _doc(page_, "en", (
        '<script type="x/boundary" id="fastboot-body-start"></script>'
        f'<div id="ember4" class="ember-view"><header class="site-header"><a href="/">{page_["site"]}</a><ul>{_links(("Health", "Science", "Policy"), "/s/")}</ul></header>'
        f'<main id="ember12" class="ember-view"><article><h1>{page_["title"]}</h1><p class="byline">By {page_["author"]} · May 13, 2024</p>'
        f'<div class="article-body">{article}</div>'
        '<p class="reviewed">Medically reviewed by Dr. Ana Ruiz, MD</p></article>'
        '<div class="newsletter"><h3>Get Health Check in your inbox</h3><form><input type="email"><button>Subscribe</button></form></div>'
        f'<aside class="more"><h3>More in Health</h3><ul>{_lis(("How much sleep do teenagers need?", "The truth about vitamin D"), "/story/")}</ul></aside></main>'
        '<footer><p>© 2024 Clear Health</p></footer></div>'
        '<script type="fastboot/shoebox" id="shoebox-article">{"id":"a-5521","type":"article"}</script>'
        '<script type="x/boundary" id="fastboot-body-end"></script>'
    ))  # fmt: skip


def term(word: str, number: int, definition: str) -> str:
    return (
        f'<button class="glossary-term" popovertarget="gl-{number}">{word}</button>'
        f'<span id="gl-{number}" popover class="glossary-def">{definition}</span>'
    )


def popover_p(html: str, text: str) -> tuple[str, str]:
    return f"<p>{html}</p>", text


# ---------------------------------------------------------------- English: VitePress (custom blocks, anchors)
def vitepress_blog(page_: dict, article: str) -> str:
    """An open-source project's release post on VitePress: ``div#app`` with the nav bar (search, "Guide",
    "Blog", the GitHub link), the sidebar of posts, ``div.vp-doc`` (the title with its "#" header anchor, the
    post's paragraphs, ``h2``s with anchors, "TIP" and "WARNING" ``div.custom-block``s), "Edit this page on
    GitHub", "Last updated", the previous and next pager and the footer's licence."""
    return _doc(page_, "en", (
        '<div id="app"><div class="Layout"><header class="VPNav"><div class="VPNavBar"><a class="VPNavBarTitle" href="/">'
        f'{page_["site"]}</a><div class="VPNavBarSearch"><button class="DocSearch">Search <kbd>Ctrl K</kbd></button></div>'
        '<nav class="VPNavBarMenu"><a href="/guide/">Guide</a> <a href="/blog/">Blog</a> <a href="https://github.com/tidepool/tidepool">GitHub</a></nav></div></header>'
        '<aside class="VPSidebar"><nav><p class="text">Blog</p><ul><li><a href="/blog/v3">Tidepool 3.0</a></li><li><a href="/blog/v2-5">Tidepool 2.5</a></li></ul></nav></aside>'
        '<div class="VPContent has-sidebar"><div class="VPDoc"><div class="content"><main class="main">'
        f'<div class="vp-doc _blog_v3"><div><h1 id="tidepool-3-0" tabindex="-1">{page_["title"]} <a class="header-anchor" href="#tidepool-3-0" aria-label="Permalink to &quot;{page_["title"]}&quot;">\u200b</a></h1>'
        f'{article}</div></div></main>'
        '<footer class="VPDocFooter"><div class="edit-info"><a class="edit-link" href="https://github.com/tidepool/docs/edit/main/blog/v3.md">Edit this page on GitHub</a>'
        '<p class="VPLastUpdated">Last updated: <time>5/14/24, 9:02 AM</time></p></div>'
        '<nav class="prev-next"><a class="pager-link prev" href="/blog/v2-5"><span class="desc">Previous page</span> <span class="title">Tidepool 2.5</span></a></nav></footer>'
        '</div></div></div><footer class="VPFooter"><p class="message">Released under the MIT License.</p><p class="copyright">Copyright © 2021-present Tidepool contributors</p></footer></div></div>'
    ))  # fmt: skip


def vp_h2(text: str, slug: str) -> tuple[str, str]:
    return (
        f'<h2 id="{slug}" tabindex="-1">{text} <a class="header-anchor" href="#{slug}" aria-label="Permalink to &quot;{text}&quot;">\u200b</a></h2>',
        text,
    )


def vp_block(kind: str, *paragraphs: str) -> tuple[str, str]:
    body = "".join(f"<p>{x}</p>" for x in paragraphs)
    return (
        f'<div class="{kind.lower()} custom-block"><p class="custom-block-title">{kind}</p>{body}</div>',
        "\n\n".join(paragraphs),
    )


# ---------------------------------------------------------------- English: Mirror.xyz (collect widget, onchain box)
def mirror_entry(page_: dict, article: str) -> str:
    """A Mirror.xyz entry (Next.js): the publication's header with "Subscribe", the title, the writer's ENS
    name and shortened address and date, the entry's ``div`` of paragraphs, the "Collect this entry" widget
    with its count and price, the "Verification" box (its onchain note, Arweave transaction, author address,
    content digest) and "Subscribe to" the publication."""
    return _doc(page_, "en", (
        '<div id="__next"><header class="_1sjywpl0"><a href="/">'
        f'{page_["site"]}</a> <button class="_1sjywpl2">Subscribe</button></header>'
        f'<main><div class="_2gklefg"><h1 class="_1wx3dc0">{page_["title"]}</h1>'
        '<div class="_1ml6n3v"><img src="/avatar.png" alt=""><span>ruthwells.eth</span> <span class="addr">0x71C7…976F</span> · <time>May 11th, 2024</time></div>'
        f'<div class="css-1ab2cd" data-contents="true">{article}</div></div>'
        '<div class="collect-widget"><h3>Collect this entry</h3><p>Transform this entry into an onchain collectible to own it forever.</p><p><span>214 collected</span> · <span>0.001 ETH</span></p><button>Collect</button></div>'
        '<div class="verification"><h3>Verification</h3><p>This entry has been permanently stored onchain and signed by its creator.</p>'
        '<dl><dt>Arweave Transaction</dt><dd>q9Xw3…kLpA</dd><dt>Author Address</dt><dd>0x71C7…976F</dd><dt>Content Digest</dt><dd>3HfZ1…x2Qe</dd></dl></div>'
        f'<div class="subscribe-footer"><p>Subscribe to {page_["site"]}</p><p>Receive the latest updates directly to your inbox.</p><input type="email"><button>Subscribe</button></div></main></div>'
    ))  # fmt: skip


# ---------------------------------------------------------------- English: Svbtle (a one-paragraph post)
def svbtle_kudos(page_: dict, article: str) -> str:
    """A Svbtle blog: the blog's name and tagline, the links, ``article.post`` with the title, the post (one
    paragraph here), the Kudos ``figure`` with its count, the date line, "Continue reading →" to the next post
    and "Svbtle" in the footer."""
    return _doc(page_, "en", (
        f'<header id="blog_header"><a href="/" id="logo">{page_["site"]}</a><p class="tagline">Short notes on working in public</p>'
        '<nav><a href="https://twitter.com/x">Twitter</a> <a href="/feed">RSS</a></nav></header>'
        f'<section id="river"><article id="4tPqZ" class="post"><h1><a href="/{page_["id"]}">{page_["title"]}</a></h1>'
        f"{article}"
        '<figure class="kudo able clearfix" id="kudo_4tPqZ"><a href="#kudo" class="kudobject"><div class="opening"><div class="circle">&nbsp;</div></div></a>'
        '<a href="#kudo" class="counter"><span class="num">146</span> <span class="txt">Kudos</span></a></figure>'
        '<p class="meta">May 9, 2024</p></article>'
        '<nav class="next"><a href="/on-slow-replies">Continue reading → On slow replies</a></nav></section>'
        '<footer id="foot"><a href="https://svbtle.com">Svbtle</a> <a href="/terms">Terms</a></footer>'
    ))  # fmt: skip


SKINS.update(
    r26_odoo=odoo_nqo,
    r26_frontity=frontity_sw,
    r26_dotclear=dotclear_fr,
    r26_blazor=blazor_fi,
    r26_liveview=liveview_fa,
    r26_october=october_uk,
    r26_gridsome=gridsome_long,
    r26_kit=kit_email,
    r26_blot=blot_sidenotes,
    r26_ampstory=amp_story,
    r26_marko=marko_tweet,
    r26_ember=ember_popover,
    r26_vitepress=vitepress_blog,
    r26_mirror=mirror_entry,
    r26_svbtle=svbtle_kudos,
)

page(
    "r26-nqo-odoo-also-read",
    "Manding (Bambara) community blog in the N'Ko script on Odoo with an also-read card between paragraphs (a cookie bar, the navbar, the title, the author's avatar and date, paragraphs, a Bootstrap card with a heading and a link inside the text, tags, share icons, the sidebar's posts, Powered by Odoo)",
    "r26_odoo",
    nqo("bamako ji kura sera kalanso 12 ma"),
    nqo("awa jara"),
    "2024-05-18T09:00:00+00:00",
    [
        p(
            nqo(
                "bamako komini 4 kalanso 12 ye ji jiginnida kura sOrO nin dOgOkun in na. kalanden 6000 ni kO be ji sanuman min sisan, u ma kan ka taa ji nini ka jan tuguni."
            )
        ),
        p(
            nqo(
                "baara in kEra komini ni jamana jiko baarada le fE. u ye kolon 3 sen ani ji bO ka se kalanso bEE ma. baara in musaka ye sefa miliyOn 90 ye."
            )
        ),
        nqo_card("sanji ma na, sEnEkElaw be hami la"),
        p(
            nqo(
                "kalanso kuntigi kelen y'a fO ko sani nin ye, denmisEnw tun be taa ji ta kOgO da la, o tun be u ka waati ta kosEbE. sisan u be se ka to kalan na."
            )
        ),
        p(nqo("komini ko a bE kalanso 8 wErEw fana dOn baara in na san nataw la, ni wari sOrOla.")),
    ],
    site="Sigida Kunnafoni",
)
page(
    "r26-sw-frontity-state-only",
    "Swahili news site on Frontity whose server render fell back to its loader, the story only in the __FRONTITY_CONNECT_STATE__ JSON (the header and menu, the title over an Inapakia loader, the footer, then the state script holding the router, the post's title, excerpt and content.rendered, the author and the theme's menu)",
    "r26_frontity",
    "Mvua kubwa yasababisha mafuriko Jangwani",
    "Neema Mushi",
    "2024-05-17T08:30:00+03:00",
    [
        p(
            "Mvua kubwa iliyonyesha usiku wa kuamkia leo jijini Dar es Salaam imesababisha mafuriko katika eneo la Jangwani, na kufunga barabara ya Morogoro kwa saa kadhaa."
        ),
        p(
            "Mamlaka ya Hali ya Hewa Tanzania (TMA) imesema mvua hiyo ilifikia milimita 120 ndani ya saa sita, kiwango ambacho hakijawahi kurekodiwa mwezi Mei tangu mwaka 2015."
        ),
        p(
            "Kamanda wa Polisi wa Kanda Maalum ya Dar es Salaam amewataka madereva kutumia barabara mbadala hadi maji yatakapopungua. Mabasi ya mwendokasi yamesitisha huduma kati ya Kimara na Kivukoni."
        ),
        p(
            "Wakazi wa mabondeni wameshauriwa kuhamia maeneo salama, huku TMA ikitabiri mvua zaidi katika siku tatu zijazo."
        ),
    ],
    site="Pwani Leo",
    deck="Barabara ya Morogoro imefungwa kwa saa kadhaa na mabasi ya mwendokasi yamesitisha huduma.",
)
page(
    "r26-fr-dotclear-newsletter-inside",
    "French Basque-country weekly on Dotclear with a newsletter form between two paragraphs (the skip links, the blog's title and description, the post title, the Par ... le ... info line with its category, paragraphs, a newsletter box with a heading, a pitch, an e-mail form and an unsubscribe note inside the post content, tags, a comment, the comment form, categories and the Atom feed)",
    "r26_dotclear",
    "À Mauléon, la fromagerie coopérative embauche dix bergers",
    "Maddi Etchart",
    "2024-05-17T08:12:00+02:00",
    [
        p(
            "La coopérative fromagère de Mauléon va recruter dix jeunes bergers d'ici l'automne, une première depuis sa création en 1982. Elle veut remplacer les éleveurs qui partent à la retraite sans repreneur."
        ),
        p(
            "Les candidats suivront une formation de six mois dans les estives de la vallée, avec un berger expérimenté. La coopérative prendra en charge une partie de l'achat de leur premier troupeau de brebis."
        ),
        fr_newsletter(),
        p(
            "« Chaque année, nous perdons trois ou quatre exploitations. Si nous ne faisons rien, il n'y aura plus assez de lait pour l'AOP dans dix ans », explique le président de la coopérative, Beñat Larrondo."
        ),
        p("Les inscriptions sont ouvertes jusqu'au 30 juin à la mairie et à la chambre d'agriculture."),
    ],
    site="Xiberoko Berriak",
)
page(
    "r26-fi-blazor-price-box-inside",
    "Finnish tech review on Blazor Server with a price comparison box inside the text (Blazor prerender comment markers, the header, the section, headline and ingress, the writer and date, a photo with credit, paragraphs, a price box of three shops with sponsored Katso tarjous buttons and a commission note, Plussat and Miinukset lists, the verdict, a star rating, share links, Lue myös)",
    "r26_blazor",
    "Testissä Aalto Q3 -vastamelukuulokkeet: hiljaisuus maksaa vähemmän kuin ennen",
    "Juha Lindqvist",
    "2024-05-16T07:00:00+03:00",
    [
        p(
            "Aalto Q3 on suomalaisen äänitekniikkayhtiön toinen vastamelukuulokemalli. Se maksaa alle 300 euroa, mikä on noin sata euroa vähemmän kuin alan tunnetuimmat mallit."
        ),
        p(
            "Käytimme kuulokkeita kahden viikon ajan junassa, toimistossa ja lentomatkalla Ouluun. Vastamelu vaimensi junan ja lentokoneen huminan yhtä hyvin kuin kalliimmissa kilpailijoissa, mutta puheääniä se vaimentaa heikommin."
        ),
        fi_price_box(),
        p(
            "Akku kesti testissämme 41 tuntia vastamelu päällä, mikä on enemmän kuin valmistajan lupaama. Kymmenen minuutin lataus riittää noin neljän tunnin kuunteluun."
        ),
        *fi_list(
            "Plussat", "Tehokas vastamelu matalilla äänillä", "Pitkä akunkesto", "Kevyt ja mukava päässä"
        ),
        *fi_list("Miinukset", "Puhelujen mikrofoni on keskinkertainen", "Ei kuljetuskoteloa"),
        h("Tuomio", 3),
        p(
            "Q3 on hintaansa nähden erinomainen valinta matkustajalle. Jos puhut paljon puhelimessa, kannattaa harkita kalliimpaa mallia."
        ),
    ],
    site="Laitelehti",
    deck="Kotimainen Q3 vaimentaa junan ja lentokoneen huminan yhtä hyvin kuin kalliimmat kilpailijansa.",
)
page(
    "r26-fa-liveview-breaking-ticker",
    "Persian news agency on Phoenix LiveView under a breaking-news ticker of whole-sentence headlines (data-phx-main, the header and services, a فوری ticker of five linked headlines each a full sentence, the service, headline and lead, the Solar Hijri date, a photo with credit, paragraphs, tags, related news)",
    "r26_liveview",
    "ساعت کار متروی تهران در شب‌های تابستان دو ساعت افزایش می‌یابد",
    "سارا احمدی",
    "2024-05-18T10:15:00+03:30",
    [
        p(
            "مدیرعامل شرکت بهره‌برداری متروی تهران اعلام کرد که از اول تیرماه، قطارهای مترو در همه خطوط تا ساعت یک بامداد به مسافران خدمات می‌دهند."
        ),
        p(
            "به گفته او، این تصمیم با توجه به افزایش سفرهای شبانه در فصل تابستان و درخواست شهروندان گرفته شده است. در حال حاضر آخرین قطار در ساعت ۲۳ حرکت می‌کند."
        ),
        p(
            "وی افزود که فاصله حرکت قطارها در ساعات پایانی شب حدود پانزده دقیقه خواهد بود و بلیت این ساعات هیچ تغییری نمی‌کند."
        ),
        p(
            "این طرح به مدت سه ماه اجرا می‌شود و در صورت استقبال مسافران، در ماه‌های دیگر سال نیز ادامه خواهد یافت."
        ),
    ],
    site="خبرگزاری شهر",
    deck="قطارهای مترو از اول تیرماه تا ساعت یک بامداد در همه خطوط حرکت می‌کنند.",
)
page(
    "r26-uk-october-telegram-inside",
    "Ukrainian regional site on October CMS with a call to its Telegram channel between paragraphs (a top bar with the air-raid alert map and the exchange rate, the header, the breadcrumb, the headline, date and views, a photo, paragraphs, a Читайте також line, a tg-callout box inside the text, the categories line, latest news)",
    "r26_october",
    "У Вінниці запускають нічний трамвайний маршрут",
    "Олена Коваль",
    "2024-05-18T11:20:00+03:00",
    [
        p(
            "З 1 червня у Вінниці почне курсувати нічний трамвай. Він їздитиме щоп'ятниці та щосуботи з 23:00 до 2:00 за маршрутом від вокзалу до Вишеньки."
        ),
        p(
            "У міському транспортному управлінні пояснили, що маршрут запускають на прохання мешканців, які пізно повертаються з роботи. Інтервал руху становитиме 30 хвилин."
        ),
        uk_also("Ремонт мосту через Південний Буг завершать у червні"),
        p(
            "Вартість проїзду не зміниться і становитиме 15 гривень. Оплатити поїздку можна буде банківською карткою або через мобільний застосунок."
        ),
        uk_telegram(),
        p("Якщо пасажирів буде достатньо, нічний маршрут працюватиме й у будні дні, додали в управлінні."),
    ],
    site="Вінниця Сьогодні",
)
page(
    "r26-en-gridsome-long-budget-report",
    "Very long local democracy report on Gridsome going through a council budget service by service (data-server-rendered app, the header, the title, byline and reading time, five opening paragraphs, fifteen h2 sections each a budget line and a quote, a closing section, a support box, share links, Latest, Built with Gridsome, a route-only __INITIAL_STATE__)",
    "r26_gridsome",
    "Budget 2024/25: every service, line by line, as councillors approve a 4.99% rise",
    "Priya Shah",
    "2024-05-21T07:00:00+01:00",
    long_report(),
    site="Wensley Local",
)
page(
    "r26-en-kit-email-sponsor-inside",
    "Newsletter's web view on Kit (ConvertKit) in nested presentation tables with a sponsor block between paragraphs (a hidden preheader, View in browser, the logo row, the issue title, paragraphs in a td with inline styles, a This issue is sponsored by table with a code and a button, the sign-off, the postal address, Unsubscribe and Update your profile, Built with Kit)",
    "r26_kit",
    "The ferry timetable nobody asked for",
    "Island Dispatch",
    "2024-05-15T06:00:00+01:00",
    [
        kit_p(
            "Hello again from Kirkwall, where the new summer ferry timetable landed on Monday and has been the only topic in the queue at the bakery since."
        ),
        kit_p(
            "The short version: from June, the morning sailing from Stromness to Scrabster leaves forty minutes earlier, at 6.30am, and the late sailing on Fridays is gone."
        ),
        kit_p(
            "The operator says the change lets it fit in an extra freight run for the salmon farms. Islanders who commute to Thurso for work say it means leaving home before six."
        ),
        kit_sponsor(),
        kit_p(
            "The community council has asked for a meeting with the operator before the timetable starts, and the islands' MSP has written to the transport minister."
        ),
        kit_p(
            "I'll be at the public meeting in the Town Hall next Thursday at 7pm and will report back in the next issue."
        ),
        kit_p("Until then, Sigrid"),
    ],
    site="Island Dispatch",
)
page(
    "r26-en-blot-tufte-sidenotes",
    "Essay on Blot in a Tufte CSS template with sidenotes inside its paragraphs (the blog's name and links, the title and date, a section of paragraphs with numbered margin-toggle labels, checkboxes and span.sidenote notes, Older and Newer links, Published with Blot)",
    "r26_blot",
    "What the parish records say about the great frost",
    "Marginalia",
    "2024-05-12T00:00:00+01:00",
    [
        sidenoted(
            "The winter of 1683 to 1684 is remembered as the great frost, when the Thames froze for two months and a fair was held on the ice.",
            1,
            "John Evelyn's diary describes streets of booths, a printing press and an ox roasted whole on the river.",
            " Our village, sixty miles from London, left a smaller record.",
        ),
        p(
            "The burial register for those months is longer than any other winter's in the century. The vicar wrote the cause beside several entries, which was not his habit: \u201cstarved with cold\u201d, twice, and once \u201cdied on the road from market\u201d."
        ),
        sidenoted(
            "The churchwardens' accounts show payments for coal and bread to eleven households in January alone.",
            2,
            "The usual number, in the accounts of the years before and after, is two or three a month.",
            " The money came from a collection taken at the door, not from the parish rate.",
        ),
        p(
            "What the records do not say is how the village saw the frost. For that there is only one letter, from the miller's wife to her sister, which survives because the sister kept it in a Bible."
        ),
    ],
    site="Marginalia",
)
page(
    "r26-en-amp-web-story-slides",
    "Google Web Story in AMP whose text is spread over slides (amp-story standalone with publisher and poster, seven amp-story-page slides each a full-bleed photo layer and a text layer with a heading or a sentence, swipe-up page outlinks to other stories on two slides, an amp-story-bookend)",
    "r26_ampstory",
    "Six things to know about the new coastal path",
    "Coast Desk",
    "2024-05-19T09:00:00+01:00",
    [
        story_page(
            1,
            "",
            "The final section of the coastal path opened on Saturday, linking 186 miles of shoreline for the first time.",
        ),
        story_page(
            2,
            "It took twelve years",
            "Work began in 2012. The last gap, around the Hollow Point cliffs, needed a new footbridge over the river mouth.",
        ),
        story_page(
            3,
            "It is free to walk",
            "There are no tolls or permits. Dogs are welcome but must be on a lead near grazing animals.",
            "Read: the best dog-friendly beaches",
        ),
        story_page(
            4,
            "Twenty-one villages",
            "The path passes through twenty-one villages, most with a shop, a pub or a café.",
        ),
        story_page(
            5,
            "Buses run alongside",
            "The coast bus stops at every village, so walkers can do the path in sections and ride back.",
        ),
        story_page(
            6,
            "Watch the tides",
            "Two beach crossings are only safe at low tide. Tide tables are posted at both ends.",
            "Read: how to read a tide table",
        ),
        story_page(
            7, "When to go", "Spring brings seabirds to the cliffs; September is quieter and often warmer."
        ),
    ],
    site="Shoreline News",
)
page(
    "r26-en-marko-click-to-tweet",
    "Science magazine on Marko with a click-to-tweet box repeating a sentence (Marko comment markers, the masthead, the headline, standfirst and byline, paragraphs, a click-to-tweet box with Tweet this between paragraphs, Topics links, most read, the $MC script)",
    "r26_marko",
    "Swifts are arriving nine days earlier than in the 1990s",
    "Lewis Okoro",
    "2024-05-14T10:00:00+01:00",
    [
        p(
            "Common swifts are reaching Britain nine days earlier than they did thirty years ago, according to an analysis of more than 200,000 sightings sent in by birdwatchers."
        ),
        p(
            "The study, published in the journal Bird Study, found that the birds' average arrival date has moved from 6 May in the early 1990s to 27 April in the last five years."
        ),
        click_to_tweet("Swifts now reach Britain nine days earlier than in the 1990s."),
        p(
            "The researchers say warmer springs in southern Europe, where swifts stop to feed on their way north, are the most likely reason. Insects there now hatch earlier in the year."
        ),
        p(
            "Swift numbers in Britain have fallen by more than half since 1995, and the birds are on the red list of species of highest conservation concern."
        ),
    ],
    site="Field Notes Magazine",
    deck="Warmer springs on the flyway are bringing the birds north sooner, a study of 200,000 sightings finds.",
)
page(
    "r26-en-ember-glossary-popovers",
    "Health newsroom on Ember FastBoot with glossary terms whose definitions sit in popover elements inside the paragraphs (FastBoot boundary scripts, ember-view divs, the header, the headline and byline, paragraphs with popovertarget buttons and span[popover] definitions, a Medically reviewed by line, a newsletter box, More in Health, the shoebox)",
    "r26_ember",
    "New guidance lowers the age for bowel cancer screening to 50",
    "Mara Quinn",
    "2024-05-13T08:00:00+01:00",
    [
        popover_p(
            f"People aged 50 to 74 will now be invited for bowel cancer screening every two years, down from 60, under new guidance from the national screening committee. The test looks for traces of blood in a stool sample, known as a {term('FIT', 1, 'Faecal immunochemical test: a home test kit that detects tiny amounts of blood in a sample of poo.')} test.",
            "People aged 50 to 74 will now be invited for bowel cancer screening every two years, down from 60, under new guidance from the national screening committee. The test looks for traces of blood in a stool sample, known as a FIT test.",
        ),
        p(
            "The committee said the change could prevent about 1,000 deaths a year once fully in place, because cancers found early are far easier to treat."
        ),
        popover_p(
            f"People with a positive result are offered a {term('colonoscopy', 2, 'An examination of the inside of the bowel using a thin, flexible tube with a camera.')}, usually within two weeks.",
            "People with a positive result are offered a colonoscopy, usually within two weeks.",
        ),
        p(
            "Charities welcomed the change but warned that hospitals would need more staff to carry out the extra tests. The health department said 160 new endoscopy rooms would open by 2026."
        ),
    ],
    site="Clear Health",
)
page(
    "r26-en-vitepress-custom-blocks",
    "Open-source project's release post on VitePress with TIP and WARNING custom blocks and header anchors (the nav bar with search, Guide, Blog and GitHub, the sidebar of posts, the title with a zero-width # anchor, paragraphs, h2s with anchors, a tip custom-block and a warning custom-block each titled in a p.custom-block-title, Edit this page on GitHub, Last updated, the pager, the MIT licence footer)",
    "r26_vitepress",
    "Tidepool 3.0",
    "Tidepool team",
    "2024-05-14T09:00:00+00:00",
    [
        p(
            "We are happy to announce Tidepool 3.0, the biggest release since the project began. It brings a new query planner, a smaller install and a faster command-line tool."
        ),
        vp_h2("A new query planner", "a-new-query-planner"),
        p(
            "The planner now picks join orders by estimated cost instead of by the order the tables are written in. On our benchmark of 40 real queries, the median query runs 2.3 times faster."
        ),
        vp_block("TIP", "You can compare plans with the new explain --diff command before you upgrade."),
        vp_h2("Breaking changes", "breaking-changes"),
        p(
            "Python 3.8 is no longer supported, and the old configuration file format has been removed after two years of warnings."
        ),
        vp_block(
            "WARNING",
            "Run tidepool migrate-config on your old configuration files before upgrading, or Tidepool 3.0 will refuse to start.",
        ),
        p("Thanks to the 57 people who contributed to this release."),
    ],
    site="Tidepool",
)
page(
    "r26-en-mirror-collect-widget",
    "Mirror.xyz entry under its collect widget and onchain verification box (the publication header with Subscribe, the title, the writer's ENS name, shortened address and date, paragraphs, a Collect this entry widget with count, price and button, a Verification box with Arweave transaction, author address and content digest, a Subscribe to footer)",
    "r26_mirror",
    "Why our co-op pays its writers in cash, not tokens",
    "Ruth Wells",
    "2024-05-11T12:00:00+00:00",
    [
        p(
            "When we started the writers' co-op last year, the plan was to pay contributors in the co-op's own token. We dropped that plan in March, and this post explains why."
        ),
        p(
            "The token's price moved too much. A writer paid for an essay in January could find, by the time she sold, that it was worth half what we had agreed."
        ),
        p(
            "Writers also told us they did not want to manage wallets and exchanges to pay their rent. Several had simply never sold their tokens."
        ),
        p(
            "We now pay in pounds, within fourteen days of publication, at a flat rate of £300 for an essay. Members still vote on what we publish, and that part has worked well."
        ),
    ],
    site="Common Press",
)
page(
    "r26-en-svbtle-one-paragraph",
    "One-paragraph post on Svbtle under its Kudos button (the blog's name, tagline and links, the post title linked, a single paragraph, the Kudos figure with a circle and a 146 count, the date line, a Continue reading link to the next post, the Svbtle footer)",
    "r26_svbtle",
    "I stopped answering email on Fridays",
    "Working Notes",
    "2024-05-09T00:00:00+01:00",
    [
        p(
            "Three months ago I set an auto-reply for Fridays saying I would answer on Monday, and spent the day on the one piece of work that needed the most thought. Nobody complained, two clients said they wanted to do the same, and the report I had put off since January was finished in four Fridays."
        ),
    ],
    site="Working Notes",
)
