"""The twentieth round of ``bench/extraction_pages``: pages (``r20-*``) of outlets, platforms and page kinds the
first nineteen rounds lack, each in a template written here after what the outlet's or platform's pages emit.

Languages: Urdu (an Independent Urdu-like site on Strapi and Nuxt, right to left, an "اہم نکات" key points box above
the body), Standard Moroccan Tamazight in Tifinagh (a cultural portal on ProcessWire, a timeline list), Spanish (an
old regional paper whose page is one layout ``<table>``), German (an Austrian weekly on Escenic, an interview whose
speakers' names are in ``<strong>``), Indonesian (a live blog, newest entry first), French (a film review on SPIP
with a rating box), Japanese (a Movable Type blog, the entry's rest after "続きを読む") and Brazilian Portuguese (a
city hall's news on Joomla 5's Cassiopeia). Platforms and kinds: a county's release converted from PDF by
pdf2htmlEX (a positioned ``div`` per line), a story on Prismic slices quoting a letter in a long blockquote beside a
pull quote repeating a sentence, a data story on Eleventy (a Datawrapper chart's text fallback, a table), an
obituary with a guest book, a TV station's story with the video's transcript, a Confluence page announcing an
outage, and a Docusaurus release post. The gold of every page was written before nutgraf was run on it: it leaves
out leads in the header, key points boxes, captions and credits, pointers to other stories, advert labels, rating
boxes, chart fallbacks, guest books, author boxes, newsletter boxes, paywall teasers, calls to comment, a PDF's
running heads and contact lines; it keeps headings, list items, table cells, an interview's speakers, a quoted
letter, a live blog's entries in the page's order, a transcript and an admonition's text.
"""

from __future__ import annotations

from articles import page
from eighteenth_round import _wrapped
from fourth_round import _cookie, _doc, _links
from furniture import SKINS
from parts import h, p, raw, table
from seventeenth_round import _ul
from thirteenth_round import _lis


# ---------------------------------------------------------------- Urdu (Strapi + Nuxt, right to left)
def urdu(page_: dict, article: str) -> str:
    """An Urdu news site, Independent Urdu-like, rendered by Nuxt from Strapi: a consent banner, the headline and
    byline, an "اہم نکات" key points box above the body, ``div.article-body`` with Nuxt's scoped ``data-v-``
    attributes holding paragraphs, an "اشتہار" slot and a "یہ بھی پڑھیں" card; the share bar, the author box, a
    newsletter box and "مزید پڑھیں" after."""
    return _doc(page_, "ur", (
        _cookie("ہم آپ کے تجربے کو بہتر بنانے کے لیے کوکیز استعمال کرتے ہیں۔", "قبول ہے", "مزید جانیے")
        + f'<div id="__nuxt"><header data-v-1a2b class="site-header"><a class="logo" href="/">{page_["site"]}</a><ul class="nav">{_links(("پاکستان", "دنیا", "معیشت", "کھیل", "ویڈیو"), "/category/")}</ul></header>'
        '<main data-v-3c4d><article data-v-3c4d class="article">'
        f'<h1 data-v-3c4d class="article-title">{page_["title"]}</h1><div data-v-3c4d class="byline"><span>{page_["author"]}</span> <time>16 مئی 2024</time></div>'
        '<div data-v-3c4d class="key-points"><h2>اہم نکات</h2><ul><li>لاہور میں پہلی الیکٹرک بس سروس شروع</li><li>روزانہ 30 ہزار مسافروں کی گنجائش</li><li>کرایہ 20 روپے مقرر</li></ul></div>'
        '<figure data-v-3c4d><img src="/uploads/bus.jpg" alt=""><figcaption>لاہور میں الیکٹرک بس کا افتتاح (تصویر: انڈپینڈنٹ اردو)</figcaption></figure>'
        f'<div data-v-3c4d class="article-body">{article}</div>'
        '<div data-v-3c4d class="share-bar"><span>شیئر کریں</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div>'
        f'<div data-v-3c4d class="author-box"><img src="/uploads/author.jpg" alt=""><p><strong>{page_["author"]}</strong> لاہور میں انڈپینڈنٹ اردو کے نامہ نگار ہیں اور شہری امور پر لکھتے ہیں۔</p></div>'
        '<div data-v-3c4d class="newsletter"><h3>ہمارا نیوز لیٹر حاصل کریں</h3><p>روزانہ کی اہم خبریں براہ راست اپنے ان باکس میں۔</p><form><input type="email"><button>سبسکرائب</button></form></div></article>'
        f'<aside data-v-3c4d class="more"><h3>مزید پڑھیں</h3><ul>{_lis(("کراچی میں گرمی کی نئی لہر", "اورنج لائن کے مسافروں میں اضافہ"), "/node/")}</ul></aside></main>'
        '<footer><p>© 2024 انڈپینڈنٹ اردو</p></footer></div>'
    ), dir_="rtl")  # fmt: skip


def ur_ad() -> tuple[str, None]:
    return '<div data-v-5e6f class="ad-slot"><span>اشتہار</span><div id="gpt-ad-2"></div></div>', None


def ur_card() -> tuple[str, None]:
    return (
        '<div data-v-7a8b class="inline-card"><span class="inline-card__label">یہ بھی پڑھیں</span>'
        '<a href="/node/88"><img src="/uploads/t.jpg" alt=""><span>میٹرو بس کا کرایہ بڑھانے کی تجویز مسترد</span></a></div>',
        None,
    )


# ---------------------------------------------------------------- Tamazight in Tifinagh (ProcessWire)
_TIFINAGH = str.maketrans(
    {
        "a": "ⴰ", "b": "ⴱ", "g": "ⴳ", "d": "ⴷ", "ḍ": "ⴹ", "e": "ⴻ", "f": "ⴼ", "k": "ⴽ", "h": "ⵀ", "ḥ": "ⵃ",
        "ɛ": "ⵄ", "x": "ⵅ", "q": "ⵇ", "i": "ⵉ", "j": "ⵊ", "l": "ⵍ", "m": "ⵎ", "n": "ⵏ", "u": "ⵓ", "r": "ⵔ",
        "ṛ": "ⵕ", "ɣ": "ⵖ", "s": "ⵙ", "ṣ": "ⵚ", "c": "ⵛ", "t": "ⵜ", "ṭ": "ⵟ", "w": "ⵡ", "y": "ⵢ", "z": "ⵣ",
        "ẓ": "ⵥ",
    }
)  # fmt: skip


def tf(latin: str) -> str:
    """Standard Moroccan Tamazight written in Latin letters, given in Tifinagh (IRCAM's letters)."""
    return latin.translate(_TIFINAGH)


def tamazight(page_: dict, article: str) -> str:
    """A Tamazight cultural portal on ProcessWire's UIkit 3 profile, in Tifinagh: ``article.uk-article`` whose
    body field ``div.uk-margin-medium`` holds paragraphs, a heading and a timeline list; a "ⵖⵔ ⴷⴰⵖ" line, the
    share icons and a comment form after; a side column of other stories."""
    return _doc(page_, "zgh", (
        f'<div class="uk-navbar-container"><a class="uk-logo" href="/">{page_["site"]}</a><ul class="uk-navbar-nav">{_links(tuple(tf(x) for x in ("tamaziɣt", "tadlsa", "amzruy", "tira", "tasawit")), "/")}</ul></div>'
        '<main id="content" class="uk-container"><div class="uk-grid"><div class="uk-width-2-3@m">'
        f'<article class="uk-article"><h1 class="uk-article-title">{page_["title"]}</h1>'
        f'<p class="uk-article-meta">{page_["author"]} · 16/05/2024</p>'
        f'<figure><img src="/site/assets/files/1042/tifinagh.jpg" alt=""><figcaption class="uk-text-meta">{tf("tifinaɣ ɣef yan uẓru")} © IRCAM</figcaption></figure>'
        f'<div class="uk-margin-medium">{article}</div>'
        f'<p class="uk-text-meta">{tf("ɣer daɣ")}: <a href="/tira/12">{tf("amawal amaynu n tmaziɣt")}</a></p>'
        '<div class="uk-iconnav"><a href="#" uk-icon="facebook">Facebook</a> <a href="#" uk-icon="twitter">X</a></div>'
        f'<section id="CommentForm"><h3>{tf("ara awal nnk")}</h3><form><textarea></textarea><button>{tf("azn")}</button></form></section>'
        '</article></div>'
        f'<aside class="uk-width-1-3@m"><h3>{tf("isalln yaḍnin")}</h3><ul class="uk-list">{_lis((tf("tafsut n imaziɣn g agadir"), tf("tanbaṭt n uɣrbaz amaynu")), "/tira/")}</ul></aside>'
        '</div></main><footer class="uk-section"><p>© 2024 ' + page_["site"] + "</p></footer>"
    ))  # fmt: skip


# ---------------------------------------------------------------- an old regional paper's table layout (Spanish)
def table_layout(page_: dict, article: str) -> str:
    """A Paraguayan regional paper's site built in 2003 and never redesigned: no ``<article>``, no classes but a
    few; the page is a 780-pixel ``<table>`` whose first row is the masthead, whose second holds the sections'
    links in the left cell, the story in the middle cell (a ``<font>`` headline, the text in ``<font>`` runs
    parted by ``<br><br>``, "Imprimir | Enviar a un amigo", a visit counter) and "Publicidad" and "Otras noticias"
    on the right."""
    return _doc(page_, "es", (
        '<table width="780" border="0" cellpadding="0" cellspacing="0" align="center">'
        f'<tr><td colspan="3" bgcolor="#003366"><img src="/img/logo.gif" alt="{page_["site"]}" width="300" height="60"></td></tr>'
        '<tr><td width="160" valign="top" bgcolor="#EEEEEE"><table width="100%">'
        + "".join(f'<tr><td><a href="/seccion.asp?id={i}"><font face="Verdana" size="1">{x}</font></a></td></tr>' for i, x in enumerate(("Portada", "Locales", "Nacionales", "Deportes", "Sociales", "Clasificados", "Contacto")))
        + '</table></td><td width="460" valign="top" class="texto"><table width="100%" cellpadding="6"><tr><td>'
        f'<font face="Verdana" size="4" color="#003366"><b>{page_["title"]}</b></font><br>'
        f'<font face="Verdana" size="1" color="#666666">Por {page_["author"]} - 16/05/2024</font><br><br>'
        '<img src="/fotos/ruta.jpg" width="300" align="right" hspace="6"><font face="Verdana" size="1"><i>La ruta en el tramo de Yby Yaú. (Foto: Archivo)</i></font><br><br>'
        f'<font face="Verdana" size="2">{article}</font><br><br>'
        '<font face="Verdana" size="1"><a href="javascript:window.print()">Imprimir</a> | <a href="/enviar.asp?id=4512">Enviar a un amigo</a></font><br>'
        '<font face="Verdana" size="1" color="#999999">Visitas: 1.284</font></td></tr></table></td>'
        '<td width="160" valign="top"><font face="Verdana" size="1">Publicidad</font><br><img src="/banners/ferreteria.gif" width="150" height="250"><br><br>'
        '<font face="Verdana" size="2"><b>Otras noticias</b></font><br>'
        + "".join(f'<a href="/nota.asp?id={i}"><font face="Verdana" size="1">{x}</font></a><br>' for i, x in ((4510, "Inauguran nuevo puesto de salud en Horqueta"), (4508, "Sportivo Concepción ganó el clásico"), (4507, "Suspenden clases por las lluvias")))
        + '</td></tr><tr><td colspan="3" align="center"><font face="Verdana" size="1">© 2004-2024 Diario del Norte - Todos los derechos reservados</font></td></tr></table>'
    ), ld=False)  # fmt: skip


def brs(*paragraphs: str) -> tuple[str, str]:
    """Paragraphs parted by ``<br><br>`` in one run of text."""
    return "<br><br>".join(paragraphs), "\n\n".join(paragraphs)


# ---------------------------------------------------------------- pdf2htmlEX (a county's release from a PDF)
def pdf_page(page_: dict, article: str) -> str:
    """A county's news release published as the HTML pdf2htmlEX makes of its PDF: a ``#sidebar`` outline, then
    ``#page-container`` of ``div.pf`` pages, each a background image and a positioned ``div.t`` per printed line
    (the letterhead, the running head "Page 1 of 2", the contact lines and "###" among them)."""
    return _doc(page_, "en", (
        '<div id="sidebar"><div id="outline"><ul><li><a class="l" href="#pf1" data-dest-detail=\'[1,"XYZ",0,792,null]\'>News release</a></li></ul></div></div>'
        f'<div id="page-container">{article}</div><div class="loading-indicator"><img alt="" src="data:image/png;base64,iVBORw0KGgo="></div>'
    ), head='<meta name="generator" content="pdf2htmlEX"><style>.pf{position:relative}.t{position:absolute;white-space:pre}</style>', ld=False)  # fmt: skip


_LINE = 0


def pdf_lines(*lines: str, size: str = "fs1", keep: bool = True) -> tuple[str, str | None]:
    """Printed lines, each a positioned ``div.t``; their text in the gold (one paragraph) unless ``keep`` is off."""
    global _LINE
    html = ""
    for line in lines:
        _LINE += 1
        html += f'<div class="t m0 x1 h2 y{_LINE:x} ff1 {size} fc0 sc0 ls0 ws0">{line}</div>'
    return html, (" ".join(lines) if keep else None)


def pdf_sheet(number: int, *parts: tuple[str, str | None]) -> tuple[str, str]:
    return _wrapped(
        f'<div id="pf{number}" class="pf w0 h0" data-page-no="{number}"><div class="pc pc{number} w0 h0">'
        f'<img class="bi x0 y0 w1 h1" alt="" src="bg{number}.png">',
        '</div><div class="pi" data-data=\'{"ctm":[1,0,0,1,0,0]}\'></div></div>',
        *parts,
    )


# ---------------------------------------------------------------- Prismic slices on Next.js (a quoted letter)
def prismic(page_: dict, article: str) -> str:
    """A regional news site on Next.js and Prismic: the story in ``section`` slices (``data-slice-type`` "text",
    "quote", "pull_quote", "related"), a share bar, a newsletter box and "More stories" after."""
    return _doc(page_, "en", (
        f'<div id="__next"><header class="Header_root__x1"><a href="/">{page_["site"]}</a><nav>{_links(("News", "Politics", "Environment", "Culture"), "/")}</nav></header>'
        f'<main><article class="Article_root__a9"><h1 class="Article_title__k2">{page_["title"]}</h1>'
        f'<p class="Article_byline__p0">By <a href="/authors/1">{page_["author"]}</a> · May 16, 2024</p>'
        '<figure class="Article_hero__z3"><img src="https://images.prismic.io/site/mill.jpg" alt=""><figcaption>The old paper mill at Carrow Falls. Photo: Jess Lyle</figcaption></figure>'
        f'<div class="Article_body__q7">{article}</div>'
        '<div class="Share_root__s1"><button>Copy link</button> <a href="#">Facebook</a> <a href="#">Bluesky</a></div>'
        '<div class="Newsletter_root__n4"><h3>Get the Valley Brief</h3><p>Our best reporting, every Thursday.</p><form><input type="email"><button>Sign up</button></form></div></article>'
        f'<section class="More_root__m8"><h2>More stories</h2><ul>{_lis(("Town votes to keep its library open on Sundays", "Flood barrier work delayed again"), "/stories/")}</ul></section></main>'
        '<footer><p>© 2024 Valley Current</p></footer></div>'
    ))  # fmt: skip


def slice_text(*parts: tuple[str, str]) -> tuple[str, str]:
    return _wrapped('<section data-slice-type="text" class="RichText_root__r2">', "</section>", *parts)


def slice_letter(*paragraphs: str) -> tuple[str, str]:
    """A quoted letter, every paragraph of it, in one blockquote slice."""
    body = "".join(f"<p>{x}</p>" for x in paragraphs)
    return (
        f'<section data-slice-type="quote" class="Quote_root__b3"><blockquote>{body}</blockquote></section>',
        "\n\n".join(paragraphs),
    )


def slice_pull(text: str) -> tuple[str, None]:
    return (
        f'<section data-slice-type="pull_quote" class="PullQuote_root__u5"><p class="PullQuote_text__u6">\u201c{text}\u201d</p></section>',
        None,
    )


def slice_related(title: str) -> tuple[str, None]:
    return (
        '<section data-slice-type="related" class="Related_root__e1"><span>Read more</span>'
        f'<a href="/stories/mill-history"><img src="https://images.prismic.io/site/t.jpg" alt=""><strong>{title}</strong></a></section>',
        None,
    )


# ---------------------------------------------------------------- Eleventy data story (a chart's fallback, a table)
def eleventy(page_: dict, article: str) -> str:
    """A newsroom's data desk on Eleventy: ``main.post`` with ``div.post-content`` of paragraphs, a Datawrapper
    chart (the iframe, its text fallback for readers without scripts, its source line), a table, a methodology
    section; a "Download the data" link, a newsletter box and "More from the data desk"."""
    return _doc(page_, "en", (
        f'<header class="site-header"><a href="/">{page_["site"]} Data</a><nav><a href="/data/">All stories</a> <a href="/about/">About</a></nav></header>'
        f'<main class="post"><h1>{page_["title"]}</h1><p class="post-meta">By {page_["author"]} · <time datetime="2024-05-16">May 16, 2024</time></p>'
        f'<div class="post-content">{article}</div>'
        '<p class="download"><a href="/data/rents-2024.csv">Download the data (CSV)</a></p>'
        '<aside class="newsletter"><h2>Data, weekly</h2><p>Charts and the stories behind them, every Monday.</p><form><input type="email"><button>Subscribe</button></form></aside>'
        f'<aside class="more"><h2>More from the data desk</h2><ul>{_lis(("Where the county’s new homes are going up", "How long it takes to see a GP"), "/data/")}</ul></aside></main>'
        '<footer><p>Built with Eleventy. © 2024 Harbour Herald</p></footer>'
    ))  # fmt: skip


def dw_chart(title: str, fallback: str, source: str) -> tuple[str, None]:
    return (
        f'<figure class="chart"><iframe title="{title}" aria-label="Column Chart" id="datawrapper-chart-Xa1b2" '
        'src="https://datawrapper.dwcdn.net/Xa1b2/3/" scrolling="no" frameborder="0" style="width:0;min-width:100%!important;border:none" height="420"></iframe>'
        f'<noscript><p class="chart-fallback">{fallback}</p></noscript>'
        f'<div class="chart-fallback" hidden><p>{fallback}</p></div>'
        f"<figcaption>{source}</figcaption></figure>",
        None,
    )


# ---------------------------------------------------------------- Escenic (an Austrian weekly's interview)
def escenic(page_: dict, article: str) -> str:
    """An Austrian weekly's site on Escenic Content Engine: the lead under the headline, ``div.article-body`` of
    paragraphs whose speakers' names open them in ``<strong>``, an "Anzeige" slot between them; a FALTER+ paywall
    teaser, the author box and "Das könnte Sie auch interessieren" after."""
    return _doc(page_, "de", (
        _cookie("Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.", "Alle akzeptieren", "Einstellungen")
        + f'<header class="masthead"><a href="/">{page_["site"]}</a><ul>{_links(("Politik", "Kultur", "Stadtleben", "Wissen"), "/ressort/")}</ul></header>'
        '<main><article class="article" data-ece-id="1234567">'
        f'<p class="kicker">Interview</p><h1 class="headline">{page_["title"]}</h1><p class="lead">{page_["deck"]}</p>'
        f'<p class="byline">Interview: {page_["author"]} · 16. Mai 2024</p>'
        '<figure><img src="/incoming/1234/wolf.jpg" alt=""><figcaption>Die Biologin im Nationalpark Kalkalpen <span class="credit">Foto: Heribert Corn</span></figcaption></figure>'
        f'<div class="article-body">{article}</div>'
        '<div class="paywall-teaser"><p>Sie lesen gerade einen FALTER+ Artikel. Jetzt 4 Wochen um 1 Euro testen!</p><a href="/abo">Abo abschließen</a></div>'
        f'<div class="author-box"><p><strong>{page_["author"]}</strong> ist Redakteurin im Ressort Wissen.</p><a href="/autor/22">Alle Artikel</a></div></article>'
        f'<aside class="related"><h2>Das könnte Sie auch interessieren</h2><ul>{_lis(("Der Luchs kehrt ins Mühlviertel zurück", "Wie viele Bären verträgt Kärnten?"), "/artikel/")}</ul></aside></main>'
        '<footer><p>© Falter Verlagsgesellschaft m.b.H. 2024</p></footer>'
    ))  # fmt: skip


def turn(speaker: str, text: str) -> tuple[str, str]:
    """A turn of an interview: the speaker's name in ``<strong>``, then what they said."""
    return f"<p><strong>{speaker}:</strong> {text}</p>", f"{speaker}: {text}"


# ---------------------------------------------------------------- an Indonesian live blog (newest first)
def liveblog_id(page_: dict, article: str) -> str:
    """An Indonesian news site's live report, kumparan-like: ``div.live-report`` of entries newest first, each a
    time in WIB, a heading and paragraphs; a "Muat lebih banyak" button, the share bar, a comment prompt and
    "Berita terkait" after."""
    return _doc(page_, "id", (
        f'<header class="nav"><a href="/">{page_["site"]}</a><ul>{_links(("News", "Bisnis", "Tekno", "Bola", "Otomotif"), "/channel/")}</ul></header>'
        '<main><article class="live">'
        f'<span class="live-badge">LIVE</span><h1>{page_["title"]}</h1><p class="writer">{page_["author"]} · 16 Mei 2024</p>'
        f'<div class="live-report">{article}</div>'
        '<button class="load-more">Muat lebih banyak</button>'
        '<div class="share"><span>Bagikan</span> <a href="#">WhatsApp</a> <a href="#">Facebook</a> <a href="#">X</a></div>'
        '<div class="comment-box"><p>Tulis komentar Anda tentang berita ini</p><textarea placeholder="Tulis komentar..."></textarea></div></article>'
        f'<aside class="related"><h3>Berita terkait</h3><ul>{_lis(("Jadwal KRL hari ini", "BMKG: hujan lebat di Jabodetabek"), "/news/")}</ul></aside></main>'
        '<footer><p>© 2024 kumparan</p></footer>'
    ))  # fmt: skip


def entry(time: str, title: str, *paragraphs: str) -> tuple[str, str]:
    body = "".join(f"<p>{x}</p>" for x in paragraphs)
    return (
        f'<div class="live-entry"><div class="live-entry__time"><time>{time}</time></div>'
        f'<h2 class="live-entry__title">{title}</h2>{body}<a class="live-entry__link" href="#">Salin tautan</a></div>',
        "\n\n".join((title, *paragraphs)),
    )


# ---------------------------------------------------------------- an obituary with a guest book (Tukios-like)
def obituary(page_: dict, article: str) -> str:
    """A funeral home's obituary page, Tukios-like: the name and dates, ``div.obituary-text``; a service box
    ("Visitation", "Funeral service"), "Send flowers" and "Plant a tree" buttons, the guest book (a "Share a
    memory" form and three entries) after."""
    return _doc(page_, "en", (
        f'<header class="fh-header"><a href="/">{page_["site"]}</a><ul>{_links(("Obituaries", "Services", "Pre-planning", "Contact"), "/")}</ul></header>'
        f'<main class="obituary"><img class="portrait" src="/obits/walsh.jpg" alt=""><h1>{page_["title"]}</h1><p class="life-dates">March 3, 1938 – May 12, 2024</p>'
        f'<div class="obituary-text">{article}</div>'
        '<div class="services"><h2>Services</h2><p><strong>Visitation</strong> Friday, May 17, 2024, 4:00 – 7:00 pm, Hartley Funeral Home</p>'
        '<p><strong>Funeral service</strong> Saturday, May 18, 2024, 11:00 am, St. Brendan\'s Church</p></div>'
        '<div class="tribute-actions"><a class="btn" href="/flowers">Send flowers</a> <a class="btn" href="/trees">Plant a tree</a> <a class="btn" href="#">Share</a></div>'
        '<section class="guestbook"><h2>Guest book</h2><form><textarea placeholder="Share a memory or condolence"></textarea><button>Post</button></form>'
        '<div class="entry"><p class="entry__author">Linda Moreau</p><p>Mr. Walsh was the best teacher I ever had. He made history come alive. My thoughts are with the family.</p></div>'
        '<div class="entry"><p class="entry__author">The Kowalski family</p><p>We will miss seeing Jim at the lake every summer. Rest easy, friend.</p></div>'
        '<div class="entry"><p class="entry__author">Tom B.</p><p>A tree was planted in memory of James Walsh.</p></div></section></main>'
        '<footer><p>Hartley Funeral Home · 212 Main Street · (555) 010-4421</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- a TV station's story with a transcript
def tv_transcript(page_: dict, article: str) -> str:
    """A local TV station's story: the video player, ``div.story-body`` of paragraphs and then the video's
    transcript in a ``details`` element ("Read the transcript"), speaker labels in capitals; "Download our app",
    a newsletter box and "Trending" after."""
    return _doc(page_, "en", (
        f'<header class="station"><a href="/">{page_["site"]}</a><ul>{_links(("News", "Weather", "Traffic", "Sports", "Watch live"), "/")}</ul></header>'
        f'<main><article class="story"><h1>{page_["title"]}</h1><p class="byline">By {page_["author"]} | Published May 16, 2024 at 6:12 PM CDT</p>'
        '<div class="video-player"><video poster="/img/bridge.jpg"></video><p class="video-caption">WATCH: Drivers face months of detours</p></div>'
        f'<div class="story-body">{article}</div>'
        '<div class="app-promo"><p>Download our app for breaking news alerts.</p><a href="/apps">Get the app</a></div>'
        '<div class="newsletter"><h3>Sign up for our Morning Rundown</h3><form><input type="email"><button>Sign up</button></form></div></article>'
        f'<aside class="trending"><h3>Trending</h3><ul>{_lis(("Storms possible Friday night", "New taco spot opens downtown"), "/news/")}</ul></aside></main>'
        '<footer><p>© 2024 KRTV Channel 7</p></footer>'
    ))  # fmt: skip


def transcript(*turns: str) -> tuple[str, str]:
    body = "".join(f"<p>{x}</p>" for x in turns)
    return (
        f'<details class="transcript"><summary>Read the transcript</summary>{body}</details>',
        "\n\n".join(turns),
    )


# ---------------------------------------------------------------- SPIP (a French film review with a rating box)
def spip(page_: dict, article: str) -> str:
    """A French film magazine on SPIP: ``div.chapo`` under the headline, the rating box ("Notre note", stars,
    the film's card) and ``div.texte`` of paragraphs; "Sur le même sujet", the forum's call ("Répondre à cet
    article") and a newsletter box after."""
    return _doc(page_, "fr", (
        f'<div class="page"><div class="header"><a href="spip.php?page=sommaire">{page_["site"]}</a><ul class="menu">{_links(("Critiques", "Entretiens", "Festivals", "Séries"), "spip.php?rubrique")}</ul></div>'
        '<div class="main"><div class="contenu-principal">'
        f'<h1 class="surlignable">{page_["title"]}</h1><p class="info-publi">par <span class="vcard author">{page_["author"]}</span>, le 16 mai 2024</p>'
        f'<div class="chapo surlignable"><p>{page_["deck"]}</p></div>'
        '<div class="note-film"><p class="note-film__titre">Notre note</p><p class="etoiles">★★★★☆</p><p>4/5</p>'
        '<ul class="fiche"><li>Réalisation : Claire Dumont</li><li>Avec : Léa Garnier, Karim Haddad</li><li>Durée : 1 h 52</li><li>Sortie : 22 mai 2024</li></ul></div>'
        f'<div class="texte surlignable">{article}</div>'
        f'<div class="meme-sujet"><h2>Sur le même sujet</h2><ul>{_lis(("Cannes 2024 : notre palmarès idéal", "Entretien avec Claire Dumont"), "spip.php?article")}</ul></div>'
        '<div class="forum"><a href="spip.php?page=forum&amp;id_article=812">Répondre à cet article</a></div>'
        '<div class="newsletter"><h2>La lettre du vendredi</h2><form><input type="email"><button>S\'inscrire</button></form></div>'
        '</div></div><div class="footer"><p>Site réalisé avec SPIP</p></div></div>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Movable Type (a Japanese blog)
def movable_type(page_: dict, article: str) -> str:
    """A Japanese personal blog on Movable Type: ``div.entry-body`` and, after the "続きを読む" anchor, the entry's
    rest in ``div.entry-more``; the entry footer ("投稿者", the category, "コメント (2)", "トラックバック (0)"), the
    comments, a comment form and the sidebar's archives."""
    return _doc(page_, "ja", (
        f'<div id="container"><div id="header"><h1 id="header-name"><a href="/">{page_["site"]}</a></h1><p class="header-description">鉄道と旅の記録</p></div>'
        '<div id="content"><div class="entry-asset asset hentry">'
        f'<div class="asset-header"><h2 class="asset-name entry-title">{page_["title"]}</h2><div class="asset-meta">2024年5月16日</div></div>'
        f'<div class="asset-content entry-content">{article}</div>'
        f'<div class="asset-footer"><span class="byline">投稿者: {page_["author"]}</span> | カテゴリ: <a href="/travel/">旅</a> | <a href="#comments">コメント (2)</a> | <a href="#trackbacks">トラックバック (0)</a></div></div>'
        '<div id="comments" class="comments"><h2 class="comments-header">2件のコメント</h2>'
        '<div class="comment"><div class="comment-content"><p>写真がきれいですね。私も来月乗りに行きます。</p></div><div class="comment-footer">投稿者: みどり | 2024年5月16日 21:04</div></div>'
        '<div class="comment"><div class="comment-content"><p>駅弁の情報、助かります！</p></div><div class="comment-footer">投稿者: たかし | 2024年5月17日 08:30</div></div>'
        '<form id="comments-form"><h2>コメントする</h2><textarea></textarea><input type="submit" value="投稿"></form></div></div>'
        f'<div id="beta"><div class="widget-archive"><h3>月別アーカイブ</h3><ul>{_lis(("2024年5月", "2024年4月", "2024年3月"), "/archives/")}</ul></div>'
        '<div class="widget-powered"><a href="https://www.movabletype.jp/">Powered by Movable Type</a></div></div></div>'
    ))  # fmt: skip


def mt_body(*parts: tuple[str, str]) -> tuple[str, str]:
    return _wrapped('<div class="entry-body">', "</div>", *parts)


def mt_more(*parts: tuple[str, str]) -> tuple[str, str]:
    return _wrapped(
        '<div class="entry-more" id="more"><a name="more"></a>', "</div>", *parts
    )  # the "続きを読む" link sits on the blog's front page, not here


# ---------------------------------------------------------------- Confluence (a public page announcing an outage)
def confluence(page_: dict, article: str) -> str:
    """A university's IT status page published from Confluence: the space's sidebar and page tree, the
    breadcrumbs, "Created by ..., last modified on ...", ``div#main-content.wiki-content`` (an info macro, a
    table, headings and lists), the labels, "Like", "Write a comment..." after."""
    return _doc(page_, "en", (
        '<div id="header"><nav class="aui-header"><a href="/wiki">Confluence</a> <a href="/wiki/spaces">Spaces</a> <a href="/login">Log in</a></nav></div>'
        '<div class="ia-splitter"><div class="ia-splitter-left"><div class="acs-side-bar"><div class="acs-side-bar-space-info"><span class="space-title">IT Services</span></div>'
        '<div class="plugin_pagetree"><ul><li><a href="/wiki/spaces/ITS/pages/1">Service status</a></li><li><a href="/wiki/spaces/ITS/pages/2">Planned maintenance</a></li><li><a href="/wiki/spaces/ITS/pages/3">How to get help</a></li></ul></div></div></div>'
        '<div id="main" class="aui-page-panel"><div id="main-header"><ol id="breadcrumbs"><li><a href="/wiki/spaces/ITS">IT Services</a></li><li><a href="/wiki/spaces/ITS/pages/2">Planned maintenance</a></li></ol>'
        f'<h1 id="title-heading" class="pagetitle"><span id="title-text">{page_["title"]}</span></h1></div>'
        f'<div class="page-metadata"><ul><li class="page-metadata-modification-info">Created by <a href="/wiki/people/1">{page_["author"]}</a>, last modified on <a href="#">May 16, 2024</a></li></ul></div>'
        f'<div id="main-content" class="wiki-content">{article}</div>'
        '<div id="labels-section"><span>Labels:</span> <a href="#">maintenance</a> <a href="#">email</a></div>'
        '<div id="likes-and-labels-container"><button class="like-button">Like</button> <span>Be the first to like this</span></div>'
        '<div id="comments-section"><p class="comment-prompt">Write a comment…</p></div></div></div>'
        '<div id="footer"><p>Powered by Atlassian Confluence 8.5.4</p><p><a href="/wiki/report">Report a bug</a> · <a href="/wiki/news">Atlassian News</a></p></div>'
    ), ld=False)  # fmt: skip


def cf_info(*parts: tuple[str, str]) -> tuple[str, str]:
    return _wrapped(
        '<div class="confluence-information-macro confluence-information-macro-information"><span class="aui-icon aui-icon-small aui-iconfont-info confluence-information-macro-icon"></span><div class="confluence-information-macro-body">',
        "</div></div>",
        *parts,
    )


# ---------------------------------------------------------------- Docusaurus (a release post)
def docusaurus(page_: dict, article: str) -> str:
    """An open-source project's blog on Docusaurus: the navbar, ``article`` with the post's header (title, date,
    reading time, the author's avatar and title) and ``div.markdown`` (a TL;DR admonition, headings, code blocks
    with a "Copy" button, a list); tags, "Edit this page", the newer/older pager and the table of contents."""
    return _doc(page_, "en", (
        f'<div id="__docusaurus"><nav class="navbar navbar--fixed-top"><a class="navbar__brand" href="/">{page_["site"]}</a><a class="navbar__item" href="/docs/intro">Docs</a><a class="navbar__item" href="/blog">Blog</a><a class="navbar__item" href="https://github.com/tidepool/tidepool">GitHub</a></nav>'
        '<div class="main-wrapper"><div class="container margin-vert--lg"><div class="row"><aside class="col col--3"><nav class="sidebar_re4s"><div class="sidebarItemTitle_pO2u">Recent posts</div>'
        f'<ul class="sidebarItemList_Yudw">{_lis(("Tidepool 3.1", "Our roadmap for 2024", "Tidepool 3.0"), "/blog/")}</ul></nav></aside>'
        '<main class="col col--7"><article>'
        f'<header><h1 class="title_f1Hy">{page_["title"]}</h1><div class="margin-vert--md"><time datetime="2024-05-16">May 16, 2024</time> · 4 min read</div>'
        f'<div class="avatar margin-bottom--sm"><img class="avatar__photo" src="https://github.com/mkovac.png" alt=""><div class="avatar__intro"><div class="avatar__name"><a href="https://github.com/mkovac">{page_["author"]}</a></div><small class="avatar__subtitle">Core maintainer</small></div></div></header>'
        f'<div class="markdown">{article}</div>'
        '<footer class="row docusaurus-mt-lg"><div class="col"><b>Tags:</b><ul class="tags_jXut"><li><a href="/blog/tags/release">release</a></li><li><a href="/blog/tags/performance">performance</a></li></ul></div>'
        '<div class="col margin-top--sm"><a href="https://github.com/tidepool/tidepool/edit/main/website/blog/2024-05-16-tidepool-3-2.md">Edit this page</a></div></footer></article>'
        '<nav class="pagination-nav" aria-label="Blog post page navigation"><a class="pagination-nav__link" href="/blog/roadmap"><div class="pagination-nav__sublabel">Older post</div><div class="pagination-nav__label">Tidepool 3.1</div></a></nav></main>'
        '<div class="col col--2"><div class="tableOfContents_bqdL"><ul class="table-of-contents"><li><a href="#faster-incremental-builds">Faster incremental builds</a></li><li><a href="#upgrading">Upgrading</a></li></ul></div></div></div></div></div>'
        '<footer class="footer footer--dark"><div class="footer__copyright">Copyright © 2024 The Tidepool authors. Built with Docusaurus.</div></footer></div>'
    ))  # fmt: skip


def ds_admonition(kind: str, title: str, text: str) -> tuple[str, str]:
    return (
        f'<div class="theme-admonition theme-admonition-{kind} admonition_xJq3 alert alert--info"><div class="admonitionHeading_Gvgb">'
        f'<span class="admonitionIcon_Rf37"><svg viewBox="0 0 14 16"><path d="M7 2.3c3.14"></path></svg></span>{title}</div>'
        f'<div class="admonitionContent_BuS1"><p>{text}</p></div></div>',
        text,
    )


def ds_code(code: str) -> tuple[str, str]:
    return (
        '<div class="language-bash codeBlockContainer_Ckt0 theme-code-block"><div class="codeBlockContent_biex">'
        f'<pre tabindex="0" class="prism-code language-bash codeBlock_bY9V"><code class="codeBlockLines_e6Vv"><span class="token-line">{code}</span></code></pre>'
        '<div class="buttonGroup__atx"><button type="button" aria-label="Copy code to clipboard" title="Copy" class="clean-btn">Copy</button></div></div></div>',
        code,
    )


# ---------------------------------------------------------------- Joomla 5 (a Brazilian city hall's news)
def joomla5(page_: dict, article: str) -> str:
    """A Brazilian city hall's news on Joomla 5's Cassiopeia template: the cookie banner, ``div.com-content-article``
    with its ``dl.article-info`` (author, category, date, hits), ``div.com-content-article__body`` of paragraphs, the
    share buttons, "Anterior / Próximo" pager and a "Notícias relacionadas" module."""
    return _doc(page_, "pt-BR", (
        _cookie("Utilizamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com a nossa Política de Privacidade.", "Aceitar", "Política de Privacidade")
        + f'<header class="header container-header full-width"><div class="navbar-brand"><a class="brand-logo" href="/">{page_["site"]}</a></div>'
        f'<div class="container-nav"><ul class="mod-menu mod-list nav">{_links(("Início", "A Prefeitura", "Secretarias", "Notícias", "Transparência", "Ouvidoria"), "/index.php/")}</ul></div></header>'
        '<div class="site-grid"><div class="grid-child container-component"><main>'
        '<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">'
        f'<div class="page-header"><h1 itemprop="headline">{page_["title"]}</h1></div>'
        f'<dl class="article-info text-muted"><dt class="article-info-term">Detalhes</dt><dd class="createdby">Escrito por: <span>{page_["author"]}</span></dd>'
        '<dd class="category-name">Categoria: <a href="/index.php/noticias">Notícias</a></dd><dd class="published"><time datetime="2024-05-16T10:00:00-03:00">16 Maio 2024</time></dd><dd class="hits">Acessos: 412</dd></dl>'
        f'<div class="com-content-article__body" itemprop="articleBody">{article}</div>'
        '<div class="share-buttons"><span>Compartilhe:</span> <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">X</a></div>'
        '<nav class="pagenavigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/index.php/noticias/811">Anterior</a> <a class="btn btn-sm btn-secondary next" href="/index.php/noticias/813">Próximo</a></span></nav>'
        '</div></main></div>'
        f'<div class="grid-child container-sidebar-right"><div class="sidebar-right card"><h3 class="card-header">Notícias relacionadas</h3><ul class="mod-articlesnews">{_lis(("Prefeitura abre inscrições para cursos gratuitos", "Campanha de vacinação contra a gripe é prorrogada"), "/index.php/noticias/")}</ul></div></div></div>'
        '<footer class="container-footer footer full-width"><p>Prefeitura Municipal de Santa Rita do Sul · Praça da Matriz, 100</p></footer>'
    ))  # fmt: skip


SKINS.update(
    r20_urdu=urdu,
    r20_tamazight=tamazight,
    r20_table_layout=table_layout,
    r20_pdf=pdf_page,
    r20_prismic=prismic,
    r20_eleventy=eleventy,
    r20_escenic=escenic,
    r20_liveblog_id=liveblog_id,
    r20_obituary=obituary,
    r20_tv_transcript=tv_transcript,
    r20_spip=spip,
    r20_movable_type=movable_type,
    r20_confluence=confluence,
    r20_docusaurus=docusaurus,
    r20_joomla5=joomla5,
)

# ================================================================ the pages
page(
    "r20-ur-strapi-electric-bus",
    "Urdu news site, Independent Urdu-like, on Strapi and Nuxt, right to left (a consent banner, an اہم نکات key points box above the body, data-v- scoped paragraphs with an اشتہار slot and a یہ بھی پڑھیں card between them, the author box, a newsletter box)",
    "r20_urdu",
    "لاہور میں پہلی الیکٹرک بس سروس کا آغاز",
    "عمران علی",
    "2024-05-16T10:00:00+05:00",
    [
        p(
            "لاہور میں جمعرات کو شہر کی پہلی الیکٹرک بس سروس کا آغاز کر دیا گیا، جس کے پہلے مرحلے میں 27 بسیں ریلوے سٹیشن سے ٹھوکر نیاز بیگ تک چلیں گی۔",
            attrs=" data-v-7a8b",
        ),
        p(
            "پنجاب ماس ٹرانزٹ اتھارٹی کے مطابق ان بسوں میں روزانہ 30 ہزار مسافر سفر کر سکیں گے اور ایک چارج پر ہر بس 250 کلومیٹر تک چل سکتی ہے۔",
            attrs=" data-v-7a8b",
        ),
        raw(*ur_ad()),
        p(
            "حکام کا کہنا ہے کہ کرایہ 20 روپے مقرر کیا گیا ہے اور طلبہ اور معذور افراد کے لیے سفر مفت ہوگا۔",
            attrs=" data-v-7a8b",
        ),
        raw(*ur_card()),
        p(
            "ماحولیاتی ماہرین نے اس اقدام کا خیر مقدم کرتے ہوئے کہا کہ لاہور کی فضائی آلودگی کم کرنے کے لیے پرانی ڈیزل بسوں کو جلد از جلد ہٹانا ہوگا۔",
            attrs=" data-v-7a8b",
        ),
    ],
    site="انڈپینڈنٹ اردو",
)
page(
    "r20-zgh-processwire-tifinagh",
    "Tamazight cultural portal in Tifinagh on ProcessWire's UIkit profile (a figure's caption and credit, a body field of paragraphs, a heading and a dated timeline list, a ⵖⵔ ⴷⴰⵖ line and a comment form after, other stories in a side column)",
    "r20_tamazight",
    tf("tifinaɣ g uɣrbaz: mraw n iseggasn n uslmd"),
    tf("ḥmad amzzal"),
    "2024-05-16T09:00:00+01:00",
    [
        p(
            tf(
                "ssmun imslmadn n tmaziɣt g rrbaṭ ass n ssbt mraw n iseggasn n uslmd n tmaziɣt s tfinaɣ g iɣrbazn n lmɣrib."
            )
        ),
        p(
            tf(
                "inna yan umslmad is ggutn inlmadn lli ssnn ad arun tifinaɣ ass a, walaynni ur da ttafn idlisn ad ɣrn g tgmmi."
            )
        ),
        h(tf("amzruy n tfinaɣ g uɣrbaz")),
        _ul(
            tf("2003: abdu n uslmd n tmaziɣt g iɣrbazn imzwura"),
            tf("2011: tamaziɣt tga tutlayt tunṣibt g tmnḍawt"),
            tf("2019: asaḍuf n uzrf n tmaziɣt"),
            tf("2024: mraw n iseggasn n uslmd"),
        ),
        p(tf("ran imslmadn ad ggutn imslmadn imaynutn, ad ttuzznzn idlisn s tfinaɣ g kra n tmazirt.")),
    ],
    site="ⴰⵙⵉⵏⴰⴳ",
)
page(
    "r20-es-tablelayout-ruta",
    "Paraguayan regional paper's page from 2003, one layout table (sections' links in the left cell, the story in font runs parted by <br><br> in the middle cell with a captioned photo, Imprimir | Enviar a un amigo, a visit counter, Publicidad and Otras noticias in the right cell)",
    "r20_table_layout",
    "Comienza la reparación de la ruta PY05 entre Concepción y Yby Yaú",
    "Redacción",
    "2024-05-16T08:00:00-04:00",
    [
        brs(
            "El Ministerio de Obras Públicas inició este lunes la reparación de 48 kilómetros de la ruta PY05 entre Concepción y Yby Yaú, uno de los tramos más deteriorados del norte del país.",
            "Según el ministerio, las obras durarán ocho meses y costarán unos 95.000 millones de guaraníes. Durante los trabajos se habilitarán desvíos y se cortará el tránsito por tramos de dos kilómetros.",
            "Los camioneros de la zona denunciaban desde hace años los baches que obligaban a circular a menos de 40 kilómetros por hora. \u201cPerdíamos un día entero para llegar a Pedro Juan\u201d, dijo Ramón Benítez, de la asociación de transportistas.",
            "El intendente de Yby Yaú pidió que la empresa contratada emplee a trabajadores de la zona.",
        ),
    ],
    site="Diario del Norte",
)
page(
    "r20-us-pdf2htmlex-county-release",
    "County's news release as pdf2htmlEX's HTML of its PDF (an outline sidebar, a positioned div per printed line: the letterhead, FOR IMMEDIATE RELEASE, the headline, the body's lines, the contact lines, ###, the running foot Page 1 of 2)",
    "r20_pdf",
    "County opens cooling centers as heat wave nears",
    "Marlow County Office of Emergency Management",
    "2024-05-16T09:00:00-05:00",
    [
        pdf_sheet(
            1,
            pdf_lines(
                "MARLOW COUNTY",
                "Office of Emergency Management",
                "400 Court Street, Marlow, TX 75001",
                size="fs0",
                keep=False,
            ),
            pdf_lines("FOR IMMEDIATE RELEASE", "May 16, 2024", keep=False),
            pdf_lines("County opens cooling centers as heat wave nears", size="fs2", keep=False),
            pdf_lines(
                "MARLOW, Texas \u2013 Marlow County will open six cooling centers on Friday as forecasters",
                "warn of a heat wave that could bring temperatures above 105 degrees through the",
                "weekend.",
            ),
            pdf_lines(
                "The centers, in libraries and community halls in Marlow, Dunley and Cedar Bend, will be",
                "open from 10 a.m. to 8 p.m. daily until the heat advisory ends. Water and seating will be",
                "provided, and pets on leashes are welcome.",
            ),
            pdf_lines("Page 1 of 2", size="fs0", keep=False),
        ),
        pdf_sheet(
            2,
            pdf_lines(
                "\u201cHeat is the deadliest weather we face,\u201d said Emergency Management Coordinator",
                "Dana Whitcomb. \u201cPlease check on neighbors who live alone or do not have air",
                "conditioning.\u201d",
            ),
            pdf_lines(
                "Residents who need a ride to a cooling center can call the county's transit line at",
                "(555) 010-2200 to book a free trip.",
            ),
            pdf_lines(
                "Media contact: Jorge Salinas, Public Information Officer",
                "(555) 010-2290 | jsalinas@marlowcounty.example",
                keep=False,
            ),
            pdf_lines("###", keep=False),
            pdf_lines("Page 2 of 2", size="fs0", keep=False),
        ),
    ],
    site="Marlow County",
)
page(
    "r20-us-prismic-mill-letter",
    "Regional news site on Next.js and Prismic slices (text slices, a letter quoted in full in a four-paragraph blockquote slice, a pull quote slice repeating one of its sentences, a Read more related slice, a share bar and a newsletter box)",
    "r20_prismic",
    "A letter from 1974 reopens the fight over the old paper mill",
    "Hannah Coyle",
    "2024-05-16T07:00:00-04:00",
    [
        slice_text(
            p(
                "A letter written fifty years ago by the paper mill's chief chemist has become the centerpiece of the town's fight over who should pay to clean up the land along Carrow Falls."
            ),
            p(
                "The letter, found last month in a box of donated papers at the historical society, was sent to the mill's owners in March 1974. Its author, Walter Brisbane, died in 1991. We publish it in full below."
            ),
        ),
        slice_letter(
            "Gentlemen, I write to you again about the drums stored behind the No. 2 machine room. Several have rusted through, and what leaks from them runs straight into the ditch that feeds the river.",
            "I have asked three times that the drums be moved and the ground tested. Each time I have been told there is no money this year. I do not believe the cost of moving them is greater than the cost of leaving them.",
            "The men who work near the ditch have complained of headaches and rashes. I cannot say for certain that the drums are the cause, but I cannot say they are not.",
            "I ask that you act before the spring floods. If you will not, I will feel bound to tell the state.",
        ),
        slice_pull("I do not believe the cost of moving them is greater than the cost of leaving them."),
        slice_text(
            p(
                "The mill's current owner, Brightwater Holdings, bought the site in 2008 and says it was not told about the drums. Its lawyers argue that the costs belong to the mill's former parent company."
            ),
            p(
                "Town manager Celia Okafor said the letter shows the problem was known decades ago. \u201cSomebody knew, and somebody decided not to act,\u201d she said."
            ),
        ),
        slice_related("The mill that built Carrow Falls"),
        slice_text(
            p(
                "The state's environmental agency said it would review the letter before a hearing in June on the cleanup plan."
            ),
        ),
    ],
    site="Valley Current",
)
page(
    "r20-us-eleventy-rents-data",
    "Data desk's story on Eleventy (paragraphs, a Datawrapper chart with its iframe, a text fallback for readers without scripts and its source line, a table of median rents, a Methodology heading, Download the data, a newsletter box, More from the data desk)",
    "r20_eleventy",
    "Rents rose fastest in the county's cheapest neighbourhoods",
    "Sam Whitaker",
    "2024-05-16T06:00:00+01:00",
    [
        p(
            "Rents in Harbour's cheapest neighbourhoods have risen almost twice as fast as in its dearest since 2019, an analysis of 41,000 letting listings by the Herald's data desk shows."
        ),
        p(
            "In Eastgate, where the median rent for a two-bedroom home was the lowest in the county five years ago, it has risen by 38 per cent. In Cliffside, the most expensive area, the rise was 19 per cent."
        ),
        raw(
            *dw_chart(
                "Median rent by neighbourhood, 2019 and 2024",
                "Chart: median monthly rent for a two-bedroom home in five neighbourhoods, 2019 and 2024. Eastgate rose from £720 to £995.",
                "Source: Herald analysis of letting listings. Graphic: Sam Whitaker",
            )
        ),
        table(
            [
                ["Neighbourhood", "2019", "2024", "Change"],
                ["Eastgate", "£720", "£995", "+38%"],
                ["Millbrook", "£760", "£1,020", "+34%"],
                ["Old Town", "£850", "£1,090", "+28%"],
                ["Harbourside", "£980", "£1,210", "+23%"],
                ["Cliffside", "£1,250", "£1,490", "+19%"],
            ]
        ),
        p(
            "Tenants' groups say the figures show that families on low incomes are being pushed out of the areas they could once afford."
        ),
        h("Methodology"),
        p(
            "We used listings from two letting websites between January 2019 and March 2024, removed duplicates and took the median asking rent for two-bedroom homes in each neighbourhood."
        ),
    ],
    site="Harbour Herald",
)
page(
    "r20-at-escenic-interview-wolf",
    "Austrian weekly's interview on Escenic (a lead under the headline, paragraphs whose speakers' names open them in <strong>, an Anzeige slot, a FALTER+ paywall teaser, the author box, Das könnte Sie auch interessieren)",
    "r20_escenic",
    "\u201eDer Wolf ist kein Kuscheltier, aber auch keine Bestie\u201c",
    "Katharina Brunner",
    "2024-05-16T06:00:00+02:00",
    [
        p(
            "Seit 2016 leben wieder Wölfe in Österreich. Die Wildbiologin Petra Auer erforscht, wie Bauern und Raubtiere miteinander auskommen können."
        ),
        turn("FALTER", "Frau Auer, wie viele Wölfe gibt es derzeit in Österreich?"),
        turn(
            "Petra Auer",
            "Wir haben im vergangenen Jahr rund hundert Tiere nachgewiesen, in sieben Rudeln. Das klingt nach viel, ist aber im europäischen Vergleich wenig.",
        ),
        turn("FALTER", "Viele Almbauern sagen, sie könnten so nicht mehr weitermachen."),
        turn(
            "Petra Auer",
            "Ich verstehe die Angst. Aber wir sehen in der Schweiz, dass Herdenschutz funktioniert, wenn er gut bezahlt und begleitet wird. Ein Zaun allein reicht nicht, es braucht Hirten und Hunde.",
        ),
        raw(
            '<div class="ad-container"><span class="ad-label">Anzeige</span><div id="ad-mrec-1"></div></div>'
        ),
        turn("FALTER", "Und wenn ein Wolf trotzdem immer wieder Schafe reißt?"),
        turn(
            "Petra Auer",
            "Dann muss man ihn entnehmen dürfen, rasch und nach klaren Regeln. Das schützt am Ende auch den Wolf, weil es die Akzeptanz erhöht.",
        ),
    ],
    deck="Die Wildbiologin Petra Auer über Herdenschutz, Abschüsse und die Angst auf der Alm.",
    site="Falter",
)
page(
    "r20-id-liveblog-krl",
    "Indonesian live report, kumparan-like (entries newest first, each a WIB time, a heading and paragraphs, Salin tautan links, Muat lebih banyak, the share bar, a comment prompt, Berita terkait)",
    "r20_liveblog_id",
    "LIVE: Gangguan KRL Jakarta-Bogor, Penumpang Menumpuk di Stasiun Manggarai",
    "Tim kumparan",
    "2024-05-16T07:00:00+07:00",
    [
        entry(
            "09.40 WIB",
            "Perjalanan KRL kembali normal",
            "KAI Commuter menyatakan perjalanan KRL lintas Jakarta-Bogor kembali normal pukul 09.35 WIB. Penumpang diminta tetap memperhatikan jadwal karena masih ada keterlambatan sekitar 15 menit.",
        ),
        entry(
            "08.55 WIB",
            "Penyebab gangguan: kabel listrik aliran atas putus",
            "Menurut KAI Commuter, gangguan disebabkan kabel listrik aliran atas yang putus di antara Stasiun Pasar Minggu dan Tanjung Barat. Petugas sudah berada di lokasi untuk memperbaikinya.",
        ),
        entry(
            "08.10 WIB",
            "Antrean mengular di Manggarai",
            "Penumpang menumpuk di peron Stasiun Manggarai. Sebagian memilih keluar stasiun dan beralih ke ojek daring.",
            "\u201cSaya sudah menunggu hampir satu jam,\u201d kata Rina, pegawai swasta yang hendak ke Depok.",
        ),
        entry(
            "07.30 WIB",
            "KRL tertahan di Pasar Minggu",
            "Sejumlah rangkaian KRL tujuan Bogor tertahan di Stasiun Pasar Minggu sejak pukul 07.20 WIB akibat gangguan listrik.",
        ),
    ],
    site="kumparan",
)
page(
    "r20-us-tukios-obituary-walsh",
    "Funeral home's obituary page, Tukios-like (the portrait, the life dates, the obituary text, a Services box, Send flowers and Plant a tree buttons, a guest book with a Share a memory form and three entries)",
    "r20_obituary",
    "James Patrick Walsh",
    "Hartley Funeral Home",
    "2024-05-14T12:00:00-05:00",
    [
        p(
            "James Patrick \u201cJim\u201d Walsh, 86, of Lake Orrin, died peacefully at home on May 12, 2024, surrounded by his family."
        ),
        p(
            "Jim was born on March 3, 1938, in Duluth, Minnesota, the youngest of five children of Patrick and Mary Walsh. After serving two years in the Army, he earned a degree in history from the University of Minnesota and taught at Lake Orrin High School for 34 years."
        ),
        p(
            "He coached the school's debate team to three state titles and never missed a home hockey game. In retirement he volunteered at the county historical society, where he wrote a history of the town's logging camps."
        ),
        p(
            "Jim is survived by his wife of 61 years, Ellen; his children, Michael (Karen) and Anne Lindqvist (Erik); and five grandchildren. He was preceded in death by his four siblings."
        ),
        p("In lieu of flowers, the family asks that memorials be made to the Lake Orrin Historical Society."),
    ],
    site="Hartley Funeral Home",
)
page(
    "r20-us-tv-bridge-transcript",
    "Local TV station's story (a video player with its caption, the story's paragraphs, the video's transcript in a details element with speaker labels in capitals, Download our app, a newsletter box, Trending)",
    "r20_tv_transcript",
    "Route 9 bridge to close for six months starting in June",
    "Alicia Moreno",
    "2024-05-16T18:12:00-05:00",
    [
        p(
            "The Route 9 bridge over the Cane River will close to all traffic for six months starting June 3 while crews replace its deck, the state transportation department said Thursday."
        ),
        p(
            "About 14,000 vehicles cross the bridge each day. Detours will send drivers north to the Highway 12 crossing, adding up to 20 minutes to some trips."
        ),
        p(
            "Business owners in Cane Landing worry the closure will keep customers away during the busiest months of the year."
        ),
        transcript(
            "ANCHOR: A major detour is coming for thousands of drivers who cross the Cane River every day. Alicia Moreno has more.",
            "ALICIA MORENO: The Route 9 bridge is nearly sixty years old, and engineers say its deck can no longer be patched.",
            "RAY DUVALL, CANE LANDING DINER: Summer is when we make our money. If people cannot get here, I do not know what we do.",
            "ALICIA MORENO: The state says the work should be done by early December. Reporting in Cane Landing, Alicia Moreno, Channel 7 News.",
        ),
    ],
    site="KRTV Channel 7",
)
page(
    "r20-fr-spip-critique-phare",
    "French film magazine on SPIP (a chapo under the headline, a Notre note rating box with stars and the film's card above the text, div.texte of paragraphs, Sur le même sujet, Répondre à cet article, a newsletter box)",
    "r20_spip",
    "« Le Phare », la nuit bretonne de Claire Dumont",
    "Julien Marchand",
    "2024-05-16T10:00:00+02:00",
    [
        p(
            "Il y a d'abord le bruit : le vent qui siffle contre les vitres, la mer qui cogne au pied de la tour, la radio qui grésille. Pendant les dix premières minutes du <i>Phare</i>, presque personne ne parle, et l'on comprend déjà tout de la solitude de Yann, gardien d'un phare au large d'Ouessant."
        ),
        p(
            "Claire Dumont filme cet hiver de 1962 avec une patience rare. Quand arrive Mathilde, une institutrice venue remplacer le ravitailleur malade, le film ne bascule pas dans la romance attendue : il devient l'histoire de deux personnes qui apprennent à partager le silence."
        ),
        p(
            "Léa Garnier, déjà remarquée dans <i>Les Saisons</i>, trouve ici son plus beau rôle. Face à elle, Karim Haddad compose un gardien bourru sans jamais forcer le trait."
        ),
        p(
            "On regrettera une dernière demi-heure un peu trop appuyée, où la musique vient souligner ce que les images disaient déjà. Mais <i>Le Phare</i> reste l'un des films français les plus singuliers de l'année."
        ),
    ],
    deck="Avec ce huis clos au large d'Ouessant, la réalisatrice signe un film d'une grande délicatesse, malgré une fin trop appuyée.",
    site="Écran Total",
)
page(
    "r20-ja-movabletype-tetsudo",
    "Japanese travel blog on Movable Type (entry-body, then the entry's rest in entry-more after a more anchor, the entry footer with 投稿者, the category, コメント (2) and トラックバック (0), two comments, a コメントする form, monthly archives, Powered by Movable Type)",
    "r20_movable_type",
    "只見線に乗ってきました",
    "てつたび",
    "2024-05-16T20:00:00+09:00",
    [
        mt_body(
            p(
                "先週末、全線で運転を再開した只見線に乗ってきました。会津若松から小出まで、約4時間半の旅です。"
            ),
            p("朝6時過ぎの始発に乗るため、前の晩は会津若松の駅前に泊まりました。"),
        ),
        mt_more(
            p(
                "会津川口を過ぎると、列車は只見川に沿って走ります。新緑の山と川の眺めは、写真で見ていた以上でした。"
            ),
            p(
                "只見駅では約40分の停車があったので、駅前の売店で名物のおにぎりを買いました。地元の方が「今年は観光客が多い」と話していました。"
            ),
            h("次は紅葉の季節に", 3),
            p("1日3往復しかないので、計画は早めに立てるのがおすすめです。秋にもう一度乗りに行くつもりです。"),
        ),
    ],
    site="ローカル線の旅日記",
)
page(
    "r20-edu-confluence-email-migration",
    "University IT status page published from Confluence (the space's sidebar and page tree, breadcrumbs, Created by ... last modified on ..., an info macro, headings, a table, lists, the labels, Like, Write a comment..., Powered by Atlassian Confluence)",
    "r20_confluence",
    "Email migration: planned outage on May 25",
    "Priya Shah",
    "2024-05-16T12:00:00-04:00",
    [
        cf_info(
            p("This page will be updated as the work proceeds. Last update: May 16, 2 p.m."),
        ),
        p(
            "University email will be unavailable from 8 p.m. on Saturday, May 25, until 6 a.m. on Sunday, May 26, while all mailboxes are moved to the new mail system."
        ),
        h("What will change", 2),
        _ul(
            "Your address and password stay the same.",
            "Mail sent to you during the outage will be delivered once the move is complete.",
            "Mobile mail apps will ask you to sign in again.",
        ),
        h("Schedule", 2),
        table(
            [
                ["Time", "Step"],
                ["Sat 8 p.m.", "Mail service stopped"],
                ["Sat 9 p.m.", "Mailboxes copied"],
                ["Sun 6 a.m.", "Service restored"],
            ],
            cls="confluenceTable",
        ),
        h("Getting help", 2),
        p("If you cannot read your mail after the move, contact the IT Service Desk at 555-0142."),
    ],
    site="IT Services",
)
page(
    "r20-oss-docusaurus-release",
    "Open-source project's release post on Docusaurus (the post's header with the author's avatar and title, a TL;DR admonition, headings, code blocks with a Copy button, a list, tags, Edit this page, the older post pager, a table of contents, Recent posts)",
    "r20_docusaurus",
    "Tidepool 3.2: faster incremental builds",
    "Maja Kovač",
    "2024-05-16T00:00:00+00:00",
    [
        ds_admonition(
            "tip",
            "TL;DR",
            "Tidepool 3.2 rebuilds only the pages whose sources changed, which makes most rebuilds of large sites five to ten times faster.",
        ),
        p(
            "Today we are releasing Tidepool 3.2. The headline change is a new build cache, which has been the most requested feature on our issue tracker for two years."
        ),
        h("Faster incremental builds", 2),
        p(
            "Until now, Tidepool rebuilt every page whenever any file changed. The new cache records which sources each page reads and rebuilds only the pages that depend on a changed file. On our own documentation site, with 2,400 pages, a typical rebuild went from 41 seconds to 5."
        ),
        p("The cache is on by default. To turn it off, pass the new flag:"),
        ds_code("tidepool build --no-cache"),
        h("Upgrading", 2),
        p("Upgrade with your package manager:"),
        ds_code("npm install tidepool@3.2"),
        _ul(
            "Node.js 18 is now the oldest supported version.",
            "Plugins that write files outside the output folder must declare them.",
        ),
        p("Thanks to the 37 people who contributed to this release."),
    ],
    site="Tidepool",
)
page(
    "r20-br-joomla5-vacinacao",
    "Brazilian city hall's news on Joomla 5's Cassiopeia template (the cookie banner, dl.article-info with author, category, date and hits, com-content-article__body of paragraphs, share buttons, the Anterior / Próximo pager, a Notícias relacionadas module)",
    "r20_joomla5",
    "Prefeitura amplia horário das unidades de saúde durante campanha de vacinação",
    "Secretaria de Comunicação",
    "2024-05-16T10:00:00-03:00",
    [
        p(
            "A Prefeitura de Santa Rita do Sul vai ampliar o horário de atendimento de cinco unidades básicas de saúde a partir desta segunda-feira (20), para facilitar a vacinação contra a gripe."
        ),
        p(
            "As unidades do Centro, Vila Nova, São José, Jardim América e Boa Vista vão funcionar das 7h às 21h, de segunda a sexta-feira, até o fim da campanha, em 31 de maio."
        ),
        p(
            "Podem se vacinar crianças de seis meses a menores de seis anos, gestantes, pessoas com 60 anos ou mais e trabalhadores da saúde e da educação. É preciso levar documento com foto e o cartão de vacinação."
        ),
        p(
            "Segundo a secretária de Saúde, Márcia Oliveira, apenas 42% do público prioritário foi vacinado até agora. \u201cQueremos que ninguém deixe de se vacinar por falta de horário\u201d, afirmou."
        ),
    ],
    site="Prefeitura de Santa Rita do Sul",
)
