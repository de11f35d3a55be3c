"""The thirty-third round of ``bench/extraction_pages``: pages (``r33-*``) of platforms, page kinds and languages the
first thirty-two rounds lack, each in a template written here after what the platform's or site's pages emit.

Kinds the thirty-second round's reviewer and lead found, each on a page of its own: a Logseq published graph whose
every block sits in ``<div>``s of its own (as Obsidian Publish's do), a one-page Mobirise site's news section (a
one-pager as Carrd's is), a Thai portal after Kapook whose source name stands over the story, and a Turkish portal's
bold "İLGİLİ HABER" label over a line break and one link. Languages: Romanian (a city hall's release), Ukrainian (a
regional site), Finnish (a public broadcaster's page after Yle), Czech (a Blogger blog), Brazilian Portuguese (a G1-style
regional page), Japanese (a goo blog entry), Chinese (a Sohu article) and Urdu (a right-to-left news page). English
platforms: mdBook, BookStack and SITE123. The gold of every page was written before nutgraf was run on it: it leaves
out headlines, bylines, dates and source names set apart, deks, photo captions and credits, tags, share boxes, related
links, calls to follow or join, editors' and press offices' sign-offs, disclaimers and the sites' navigation; it keeps
the body's headings, lists and quotations.
"""

from __future__ import annotations

from articles import page
from fourth_round import _doc
from furniture import SKINS
from parts import h, p


def ul(*items: str) -> tuple[str, str]:
    return "<ul>" + "".join(f"<li>{x}</li>" for x in items) + "</ul>", "\n".join(items)


def furn(html: str) -> tuple[str, None]:
    return html, None


def quote(text: str) -> tuple[str, str]:
    return f"<blockquote><p>{text}</p></blockquote>", text


def br_text(*lines: str) -> tuple[str, str]:
    """Paragraphs written as text parted by ``<br><br>``, as Blogger's and goo blog's editors write them."""
    return "<br><br>".join(lines) + "<br>", "\n\n".join(lines)


# ---------------------------------------------------------------- English (Logseq, every block in divs of its own)
def logseq_en(page_: dict, article: str) -> str:
    """A Logseq graph published as a static site: the left sidebar ("Journals", "All pages", "Graph view"), the
    page's ``h1.title``, the page properties block (``tags::``), then the blocks, each a ``div.ls-block`` holding
    ``div.block-content-wrapper`` > ``div.block-content`` > ``span.inline``, and "Linked References"."""
    return _doc(page_, "en", (
        '<div id="root"><div class="cp__sidebar-left-layout"><div class="left-sidebar-inner"><a href="#/all-journals">Journals</a> <a href="#/all-pages">All pages</a> <a href="#/graph">Graph view</a></div></div>'
        '<div id="main-container"><div id="main-content-container"><div class="page"><div class="relative">'
        f'<div class="page-title"><h1 class="title">{page_["title"]}</h1></div>'
        '<div class="page-blocks-inner"><div class="ls-block pre-block" level="1"><div class="block-properties page-properties"><div><span class="page-property-key">tags</span>: <a class="page-ref">garden</a>, <a class="page-ref">compost</a></div></div></div>'
        f'{article}</div></div>'
        '<div class="references"><div class="content"><h2>Linked References</h2><div class="ref-block"><a href="#/page/garden">garden</a> <span>2 linked references</span></div></div></div>'
        '</div></div></div></div>'
    ), ld=False)  # fmt: skip


def lsb(text: str, level: int = 1) -> tuple[str, str]:
    """One Logseq block: its text in ``span.inline`` three ``<div>``s down."""
    return (
        f'<div class="ls-block" level="{level}"><div class="flex flex-row"><div class="block-control-wrap"><a class="bullet-container"><span class="bullet"></span></a></div>'
        f'<div class="block-content-wrapper"><div class="block-content inline"><span class="inline">{text}</span></div></div></div></div>',
        text,
    )


# ---------------------------------------------------------------- English (Mobirise, a one-page site's news section)
def mobirise_en(page_: dict, article: str) -> str:
    """A one-page Mobirise site: ``section.menu`` with the bakery's name and anchors, ``section.header1`` with the
    name as ``h1.mbr-section-title`` and the tagline ``p.mbr-text``, the news section ``section.content4`` with its
    ``h3.mbr-section-title`` (the post's title), ``h4.mbr-section-subtitle`` (the date) and ``div.mbr-text`` paragraphs,
    the opening hours section, the contact form and the footer's "Made with Mobirise"."""
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><meta name="generator" content="Mobirise v5.9.13, mobirise.com">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{page_["site"]}</title></head><body>'
        '<section class="menu menu2 cid-tRmenu" id="menu-0"><nav class="navbar"><a class="navbar-caption" href="#">Crumb &amp; Crust</a><ul class="navbar-nav"><li><a href="#header1-1">Home</a></li><li><a href="#content4-2">News</a></li><li><a href="#features-3">Hours</a></li><li><a href="#form-4">Contact</a></li></ul></nav></section>'
        '<section class="header1 cid-tRhead" id="header1-1"><div class="container"><h1 class="mbr-section-title mbr-fonts-style display-1">Crumb &amp; Crust Bakery</h1><p class="mbr-text mbr-fonts-style display-7">Sourdough and pastries, baked on Harbour Street since 2011.</p><a class="btn btn-primary" href="#form-4">Order a cake</a></div></section>'
        f'<section class="content4 cid-tRnews" id="content4-2"><div class="container"><h3 class="mbr-section-title mbr-fonts-style display-2">{page_["title"]}</h3><h4 class="mbr-section-subtitle mbr-fonts-style display-5">May 22, 2024</h4>'
        f'<div class="mbr-text mbr-fonts-style display-7">{article}</div></div></section>'
        '<section class="features3 cid-tRhours" id="features-3"><div class="container"><h3 class="mbr-section-title">Opening hours</h3><div class="card"><p class="mbr-text">Tue-Fri 7:00-15:00</p><p class="mbr-text">Sat-Sun 8:00-13:00</p></div></div></section>'
        '<section class="form5 cid-tRform" id="form-4"><div class="container"><h3 class="mbr-section-title">Get in touch</h3><form><input placeholder="Name"><input placeholder="Email"><textarea placeholder="Message"></textarea><button class="btn">Send</button></form></div></section>'
        '<section class="footer3 cid-tRfoot" id="footer3-5"><div class="container"><p class="mbr-text">© Copyright 2024 Crumb &amp; Crust Bakery - All Rights Reserved</p></div></section>'
        '<section class="display-7" style="padding:0;"><a href="https://mobirise.site/">Made with Mobirise</a> <a href="https://mobirise.com/">site builder</a></section>'
        '</body></html>'
    )  # fmt: skip


# ---------------------------------------------------------------- Thai (a portal after Kapook, its source name over the story)
def kapook_th(page_: dict, article: str) -> str:
    """A Thai portal's news story after Kapook: the channels, ``h1``, the source name ("ข่าวช่อง 9") in its own
    ``div.source`` between the headline and the body, ``div.content`` whose last line is "ขอบคุณข้อมูลจาก ..." (a
    credit to the source), the "ข่าวที่เกี่ยวข้อง" list and the footer."""
    return _doc(page_, "th", (
        '<header class="kp-header"><a class="logo" href="/">กะปิพอร์ทัล</a><nav><a href="/news/">ข่าว</a> <a href="/horoscope/">ดูดวง</a> <a href="/food/">อาหาร</a> <a href="/travel/">ท่องเที่ยว</a> <a href="/health/">สุขภาพ</a></nav></header>'
        f'<main><article class="article"><h1>{page_["title"]}</h1>'
        '<div class="source">ข่าวช่อง 9</div><div class="date">22 พฤษภาคม 2567 เวลา 14:20 น.</div>'
        f'<div class="content">{article}'
        '<p>ขอบคุณข้อมูลจาก ข่าวช่อง 9, กรมอุตุนิยมวิทยา</p></div>'
        '<div class="share"><a href="#">แชร์</a> <a href="#">LINE</a> <a href="#">Facebook</a></div></article>'
        '<section class="related"><h2>ข่าวที่เกี่ยวข้อง</h2><ul><li><a href="/news/1">กรุงเทพฯ ฝนตกหนักน้ำท่วมขัง</a></li><li><a href="/news/2">เตือนคลื่นลมแรงอ่าวไทย</a></li></ul></section></main>'
        '<footer>Copyright © 2024 กะปิพอร์ทัล</footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Turkish (a portal, a bold label over a line break and one link)
def portal_tr(page_: dict, article: str) -> str:
    """A Turkish news portal: the currency ticker, the menu ("Gündem", "Ekonomi", "Spor", "Dünya"), the breadcrumb,
    ``h1``, ``h2.spot`` (a dek), the date line, ``div.news-content`` with a bold "İLGİLİ HABER" label over a line break
    and one link inside, the tags, "Google News'te takip edin", "Benzer Haberler" and the footer."""
    return _doc(page_, "tr", (
        '<div class="ticker"><span>DOLAR 32,18</span> <span>EURO 34,95</span> <span>ALTIN 2.412</span></div>'
        '<header><a class="logo" href="/">Ege Gündem</a><nav><a href="/gundem">Gündem</a> <a href="/ekonomi">Ekonomi</a> <a href="/spor">Spor</a> <a href="/dunya">Dünya</a></nav></header>'
        f'<main><div class="breadcrumb"><a href="/">Ana Sayfa</a> › <a href="/gundem">Gündem</a></div><article><h1>{page_["title"]}</h1>'
        '<h2 class="spot">Körfez\'te deniz otobüsü seferleri hafta sonu iki katına çıkıyor.</h2>'
        f'<div class="date">22.05.2024 - 11:05 | Güncelleme: 22.05.2024 - 11:40</div>'
        f'<div class="news-content">{article}</div>'
        '<div class="tags"><a href="/etiket/izmir">İzmir</a> <a href="/etiket/ulasim">ulaşım</a></div>'
        '<div class="gnews"><a href="https://news.google.com/">Google News\'te takip edin</a></div></article>'
        '<section class="similar"><h3>Benzer Haberler</h3><ul><li><a href="/h/1">Metro hattında yeni istasyon</a></li><li><a href="/h/2">Kordon\'da bisiklet yolu</a></li></ul></section></main>'
        '<footer>© 2024 Ege Gündem. Tüm hakları saklıdır.</footer>'
    ))  # fmt: skip


def ilgili_tr() -> tuple[str, None]:
    return (
        '<p><strong>İLGİLİ HABER</strong><br><a href="/h/9">İzmir\'de toplu ulaşıma yeni düzenleme</a></p>',
        None,
    )


# ---------------------------------------------------------------- Romanian (a city hall's release)
def primaria_ro(page_: dict, article: str) -> str:
    """A Romanian city hall's news page: the top bar ("Program cu publicul", "Petiții online"), the coat of arms
    and menu ("Primăria", "Consiliul Local", "Servicii", "Transparență decizională"), ``h1``, the date,
    ``div.stire-text`` with a bold "Citește și" over a line break and one link inside and the press office's
    signature closing it, the documents list, "Distribuie" and the footer."""
    return _doc(page_, "ro", (
        '<div class="top-bar"><a href="/program">Program cu publicul</a> <a href="/petitii">Petiții online</a> <a href="/en">EN</a></div>'
        '<header><a class="stema" href="/">Primăria Municipiului Dealu Mare</a><nav><a href="/primaria">Primăria</a> <a href="/consiliul-local">Consiliul Local</a> <a href="/servicii">Servicii</a> <a href="/transparenta">Transparență decizională</a> <a href="/stiri">Știri</a></nav></header>'
        f'<main><article class="stire"><h1>{page_["title"]}</h1><div class="data">Publicat: 21 mai 2024</div>'
        f'<div class="stire-text">{article}'
        '<p>Biroul de Comunicare și Relații Publice<br>Primăria Municipiului Dealu Mare</p></div>'
        '<div class="documente"><h3>Documente atașate</h3><ul><li><a href="/docs/hcl-112.pdf">HCL nr. 112/2024 (PDF)</a></li></ul></div>'
        '<div class="distribuie">Distribuie: <a href="#">Facebook</a> <a href="#">E-mail</a></div></article></main>'
        '<footer><div>Primăria Municipiului Dealu Mare · Str. Unirii nr. 1 · Tel. 0258 000 000</div><div>© 2024 Toate drepturile rezervate.</div></footer>'
    ), ld=False)  # fmt: skip


def citeste_ro() -> tuple[str, None]:
    return (
        '<p><strong>Citește și</strong><br><a href="/stiri/parcul-central">Parcul Central se redeschide după modernizare</a></p>',
        None,
    )


# ---------------------------------------------------------------- Ukrainian (a regional site)
def regional_uk(page_: dict, article: str) -> str:
    """A Ukrainian regional news site: the air-alert bar, the menu ("Новини", "Місто", "Область", "Спорт"),
    ``h1``, the date and views, the lead photo with "Фото: ..." credit, ``div.post-content`` with a "Читайте також:"
    link and the Telegram call closing it, "Теги", "Останні новини" and the footer."""
    return _doc(page_, "uk", (
        '<div class="alert-bar"><a href="/alert">Мапа повітряних тривог</a></div>'
        '<header><a class="logo" href="/">Полтава Сьогодні</a><nav><a href="/news">Новини</a> <a href="/city">Місто</a> <a href="/region">Область</a> <a href="/sport">Спорт</a></nav></header>'
        f'<main><article><h1 class="post-title">{page_["title"]}</h1><div class="post-meta"><time>21 травня 2024, 16:40</time> <span class="views">1 204</span></div>'
        '<figure class="post-thumb"><img src="/img/park.jpg" alt=""><figcaption>Фото: Полтавська міська рада</figcaption></figure>'
        f'<div class="post-content">{article}'
        '<p><strong>Підписуйтесь на наш <a href="https://t.me/poltava_today">Telegram-канал</a>, щоб першими дізнаватися новини Полтави.</strong></p></div>'
        '<div class="tags">Теги: <a href="/tag/park">парк</a> <a href="/tag/city">місто</a></div></article>'
        '<aside class="latest"><h3>Останні новини</h3><ul><li><a href="/n/1">У Полтаві змінять рух тролейбусів</a></li><li><a href="/n/2">Ярмарок на Театральній площі</a></li></ul></aside></main>'
        '<footer>© 2024 Полтава Сьогодні. Використання матеріалів дозволяється за умови посилання на сайт.</footer>'
    ))  # fmt: skip


def chytaite_uk() -> tuple[str, None]:
    return (
        '<p><strong>Читайте також:</strong> <a href="/n/5">У Полтаві відкрили новий сквер біля річки</a></p>',
        None,
    )


# ---------------------------------------------------------------- Finnish (a public broadcaster after Yle)
def yle_fi(page_: dict, article: str) -> str:
    """A Finnish public broadcaster's page after Yle Uutiset: the Yle header ("Yle Areena", "Yle Uutiset", "Kirjaudu"),
    ``h1.yle__article__heading``, ``p.yle__article__lead`` (a dek), the byline and dates, ``section.yle__article__content``
    of ``p.yle__article__paragraph`` with an ``h2`` and a "Lue myös:" link list inside, the closing "Voit keskustella
    aiheesta ..." line, the "Luetuimmat" list and the footer."""
    return _doc(page_, "fi", (
        '<header class="yle-header"><a href="https://yle.fi">Yle</a> <a href="https://areena.yle.fi">Yle Areena</a> <a href="/uutiset">Yle Uutiset</a> <a href="/login">Kirjaudu</a></header>'
        '<nav class="uutiset-nav"><a href="/t/18-34837">Kotimaa</a> <a href="/t/18-34953">Ulkomaat</a> <a href="/t/18-19274">Talous</a> <a href="/t/18-147345">Alueet</a></nav>'
        f'<main><article class="yle__article"><header class="yle__article__header"><h1 class="yle__article__heading">{page_["title"]}</h1>'
        '<p class="yle__article__lead">Kirjastoauto kiertää kesällä myös saaristossa.</p>'
        f'<div class="yle__article__byline"><span>{page_["author"]}</span> <time>22.5.2024 7:30</time> <span>Päivitetty 22.5.2024 9:12</span></div></header>'
        f'<section class="yle__article__content">{article}'
        '<p class="yle__article__paragraph"><em>Voit keskustella aiheesta 23.5. kello 23:een asti.</em></p></section></article>'
        '<aside class="most-read"><h2>Luetuimmat</h2><ol><li><a href="/a/1">Helle saapuu viikonloppuna</a></li><li><a href="/a/2">Junaliikenteeseen muutoksia</a></li></ol></aside></main>'
        '<footer class="yle-footer"><a href="/tietosuoja">Tietosuoja</a> <a href="/saavutettavuus">Saavutettavuus</a> <span>© Yle 2024</span></footer>'
    ))  # fmt: skip


def yp(text: str) -> tuple[str, str]:
    return p(text, attrs=' class="yle__article__paragraph"')


def lue_fi() -> tuple[str, None]:
    return (
        '<div class="yle__article__related"><p><strong>Lue myös:</strong></p><ul><li><a href="/a/3">Kirjastot lisäävät aukioloaikoja</a></li></ul></div>',
        None,
    )


# ---------------------------------------------------------------- Czech (a Blogger blog)
def blogger_cs(page_: dict, article: str) -> str:
    """A Czech Blogger (Blogspot) blog's post: the navbar, the blog's header and description, ``h2.date-header``,
    ``h3.post-title``, ``div.post-body.entry-content`` written as ``<br>``-parted text with a ``div.separator`` photo,
    the post footer ("Vložil ... v 20:15", "Žádné komentáře:", "Sdílet"), "Novější příspěvek"/"Starší příspěvek",
    the sidebar ("Archiv blogu", "O mně") and "Používá technologii Blogger"."""
    return _doc(page_, "cs", (
        '<div class="navbar section"><a href="https://www.blogger.com">Blogger</a> <a href="#">Přihlásit se</a></div>'
        '<div class="header-outer"><h1 class="title"><a href="/">Zápisky z Vysočiny</a></h1><p class="description">Výlety, chalupa a všechno kolem</p></div>'
        '<div class="main-outer"><div class="date-outer"><h2 class="date-header"><span>úterý 21. května 2024</span></h2>'
        f'<div class="post hentry"><h3 class="post-title entry-title">{page_["title"]}</h3>'
        f'<div class="post-body entry-content" id="post-body-4411">{article}</div>'
        f'<div class="post-footer"><span class="post-author">Vložil {page_["author"]}</span> v <a class="timestamp-link" href="#">20:15</a> <a href="#comments">Žádné komentáře:</a> <span class="share">Sdílet</span></div></div></div>'
        '<div class="blog-pager"><a class="blog-pager-newer-link" href="#">Novější příspěvek</a> <a class="blog-pager-older-link" href="#">Starší příspěvek</a> <a href="/">Domovská stránka</a></div></div>'
        '<div class="sidebar"><h2>Archiv blogu</h2><ul><li>květen (3)</li><li>duben (5)</li></ul><h2>O mně</h2><p>Učitelka v důchodu, chalupářka.</p></div>'
        '<div class="footer">Používá technologii <a href="https://www.blogger.com">Blogger</a>.</div>'
    ), ld=False)  # fmt: skip


def separator_cs() -> tuple[str, None]:
    return (
        '<div class="separator" style="clear: both; text-align: center;"><a href="https://blogger.googleusercontent.com/img/a/rozhledna.jpg"><img border="0" height="400" src="https://blogger.googleusercontent.com/img/a/rozhledna.jpg" width="300"></a></div>',
        None,
    )


# ---------------------------------------------------------------- Brazilian Portuguese (a G1-style regional)
def g1_pt(page_: dict, article: str) -> str:
    """A Brazilian regional page after G1: the globo.com bar, the region's header, ``h1.content-head__title``,
    ``h2.content-head__subtitle`` (a dek), the byline and "Postado em", ``article`` of ``div.mc-column.content-text``
    paragraphs (``p.content-text__container``), a "LEIA TAMBÉM" list, the WhatsApp channel call, "VÍDEOS: ..." heading
    closing it, "Veja também" and the footer."""
    return _doc(page_, "pt-BR", (
        '<div class="barra-globocom"><a href="https://www.globo.com">globo.com</a> <a href="#">g1</a> <a href="#">ge</a> <a href="#">gshow</a> <a href="#">Entrar</a></div>'
        '<header class="header-editoria"><a href="/sc/santa-catarina/">SC</a> <a href="/sc/santa-catarina/cidade/joinville/">Joinville e Região</a></header>'
        f'<main><div class="content-head"><h1 class="content-head__title">{page_["title"]}</h1>'
        '<h2 class="content-head__subtitle">Obra deve ficar pronta em 14 meses, segundo a prefeitura.</h2></div>'
        f'<div class="content-publication-data"><p class="content-publication-data__from">Por {page_["author"]}, g1 SC</p><time>22/05/2024 08h12</time></div>'
        f'<article itemprop="articleBody">{article}</article>'
        '<section class="veja-tambem"><h3>Veja também</h3><ul><li><a href="/n/1">Chuva causa alagamentos em Blumenau</a></li><li><a href="/n/2">Festival de Dança abre inscrições</a></li></ul></section></main>'
        '<footer>© Copyright 2000-2024 Globo Comunicação e Participações S.A.</footer>'
    ))  # fmt: skip


def g1p(text: str) -> tuple[str, str]:
    return (
        f'<div class="mc-column content-text active-extra-styles"><p class="content-text__container">{text}</p></div>',
        text,
    )


def leia_pt() -> tuple[str, None]:
    return (
        '<div class="mc-column content-text"><p class="content-text__container"><strong>LEIA TAMBÉM</strong></p><ul class="content-unordered-list"><li><a href="/n/3">Joinville terá nova linha de ônibus</a></li><li><a href="/n/4">Rodovia SC-418 tem bloqueio</a></li></ul></div>',
        None,
    )


def whatsapp_pt() -> tuple[str, None]:
    return (
        '<div class="mc-column content-text"><p class="content-text__container">📲 <a href="https://whatsapp.com/channel/x">Participe do canal do g1 SC no WhatsApp</a></p></div>'
        '<div class="mc-column content-intertitle"><h2>VÍDEOS: mais assistidos do g1 SC nos últimos 7 dias</h2></div>',
        None,
    )


# ---------------------------------------------------------------- Japanese (a goo blog entry)
def goo_ja(page_: dict, article: str) -> str:
    """A goo blog entry: the goo bar ("gooブログ", "ログイン", "ブログを始める"), the blog's title, ``h1`` with the date,
    ``div.entry-body`` of ``<br>``-parted text closing on the にほんブログ村 ranking banner and its "応援クリック"
    request, the category and "コメント" and "goo blogお知らせ" and the profile sidebar."""
    return _doc(page_, "ja", (
        '<div id="goo-bar"><a href="https://blog.goo.ne.jp">gooブログ</a> <a href="/login">ログイン</a> <a href="/signup">ブログを始める</a></div>'
        '<div id="blog-title"><a href="/">湖畔の散歩道</a><p>琵琶湖のほとりで暮らす日々</p></div>'
        f'<div id="main"><div class="entry"><div class="entry-top"><span class="entry-date">2024-05-20 19:48:12</span><h1 class="entry-title">{page_["title"]}</h1></div>'
        f'<div class="entry-body"><div class="entry-body-text">{article}'
        '<a href="https://blogmura.com/"><img src="https://b.blogmura.com/banner.gif" alt="にほんブログ村"></a><br>ランキングに参加しています。応援クリックお願いします！</div></div>'
        '<div class="entry-bottom"><span class="category"><a href="/c/walk">散歩</a></span> | <a href="#comment">コメント (2)</a> | <a href="#">goo blogお知らせ</a></div></div></div>'
        f'<div id="side"><h3>プロフィール</h3><p>{page_["author"]}</p><h3>最新記事</h3><ul><li><a href="/e/1">田植えの季節</a></li></ul></div>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- Chinese (a Sohu article)
def sohu_zh(page_: dict, article: str) -> str:
    """A Sohu (搜狐号) article: the Sohu header ("搜狐", "新闻", "体育", "登录"), the account's name and "关注",
    ``h1``, the time, ``article#mp-editor`` of ``<p>``s closing on "返回搜狐，查看更多" and "责任编辑：", the
    "声明：该文观点仅代表作者本人..." disclaimer, "推荐阅读" and the footer."""
    return _doc(page_, "zh-CN", (
        '<div class="head"><a href="https://www.sohu.com">搜狐</a> <a href="/c/8">新闻</a> <a href="/c/17">体育</a> <a href="/c/29">汽车</a> <a href="/login">登录</a></div>'
        f'<div class="user-info"><a class="name" href="#">{page_["author"]}</a> <span class="follow">关注</span></div>'
        f'<div class="text"><div class="text-title"><h1>{page_["title"]}</h1><div class="article-info"><span class="time">2024-05-21 09:36</span> <span>发布于：浙江省</span></div></div>'
        f'<article class="article" id="mp-editor">{article}'
        '<p><a href="//www.sohu.com/?strategyid=00001" id="backsohucom" title="点击进入搜狐首页">返回搜狐，查看更多</a></p>'
        '<p data-role="editor-name">责任编辑：<span>李明</span></p></article>'
        '<div class="statement">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</div></div>'
        '<div class="recommend"><h3>推荐阅读</h3><ul><li><a href="/a/1">西湖龙井开采</a></li><li><a href="/a/2">杭州地铁新线路</a></li></ul></div>'
        '<div class="footer">Copyright © 2024 Sohu All Rights Reserved. 搜狐公司 版权所有</div>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- Urdu (a right-to-left news page)
def news_ur(page_: dict, article: str) -> str:
    """An Urdu news page (``dir="rtl"``): the header ("تازہ ترین", "پاکستان", "کھیل", "کاروبار"), ``h1``, the
    reporter and time, ``div.story-text`` with a "مزید پڑھیں:" link inside, the share row, "متعلقہ خبریں" and the
    footer."""
    return _doc(page_, "ur", (
        '<header><a class="logo" href="/">روزنامہ صبح</a><nav><a href="/latest">تازہ ترین</a> <a href="/pakistan">پاکستان</a> <a href="/sports">کھیل</a> <a href="/business">کاروبار</a></nav></header>'
        f'<main><article><h1 class="story-title">{page_["title"]}</h1><div class="story-meta"><span>{page_["author"]}</span> <time>21 مئی 2024</time></div>'
        f'<div class="story-text">{article}</div>'
        '<div class="share"><a href="#">فیس بک</a> <a href="#">واٹس ایپ</a> <a href="#">ٹوئٹر</a></div></article>'
        '<section class="related"><h3>متعلقہ خبریں</h3><ul><li><a href="/n/1">لاہور میں بارش کا امکان</a></li><li><a href="/n/2">پٹرول کی قیمت میں کمی</a></li></ul></section></main>'
        '<footer>© 2024 روزنامہ صبح۔ جملہ حقوق محفوظ ہیں۔</footer>'
    ), dir_="rtl")  # fmt: skip


def mazeed_ur() -> tuple[str, None]:
    return '<p><strong>مزید پڑھیں:</strong> <a href="/n/7">کراچی میں پانی کی فراہمی بحال</a></p>', None


# ---------------------------------------------------------------- English (mdBook)
def mdbook_en(page_: dict, article: str) -> str:
    """An mdBook page: ``nav#sidebar`` with ``ol.chapter``, the menu bar (theme, search, ``h1.menu-title`` with the
    book's name, the print and GitHub icons), ``main`` with the chapter's ``h1`` (its text in ``a.header``) and the
    chapter's text, and ``nav.nav-wrapper``'s previous/next arrows."""
    return (
        '<!DOCTYPE HTML><html lang="en" class="light" dir="ltr"><head><meta charset="UTF-8">'
        f'<title>{page_["title"]} - {page_["site"]}</title><meta name="description" content=""><meta name="viewport" content="width=device-width, initial-scale=1"></head>'
        '<body class="sidebar-visible"><nav id="sidebar" class="sidebar" aria-label="Table of contents"><div class="sidebar-scrollbox"><ol class="chapter">'
        '<li class="chapter-item"><a href="intro.html"><strong>1.</strong> Introduction</a></li><li class="chapter-item"><a href="news.html" class="active"><strong>2.</strong> News</a></li><li class="chapter-item"><a href="setup.html"><strong>3.</strong> Setting up</a></li></ol></div></nav>'
        '<div id="page-wrapper" class="page-wrapper"><div class="page"><div id="menu-bar" class="menu-bar sticky"><div class="left-buttons"><button id="sidebar-toggle" class="icon-button" title="Toggle Table of Contents">☰</button><button id="theme-toggle" class="icon-button" title="Change theme">🖌</button><button id="search-toggle" class="icon-button" title="Search. (Shortkey: s)">🔍</button></div>'
        f'<h1 class="menu-title">{page_["site"]}</h1><div class="right-buttons"><a href="print.html" title="Print this book">🖨</a> <a href="https://github.com/tidewater/tidewater" title="Git repository">GitHub</a></div></div>'
        f'<div id="content" class="content"><main><h1 id="news"><a class="header" href="#news">{page_["title"]}</a></h1>{article}</main>'
        '<nav class="nav-wrapper" aria-label="Page navigation"><a rel="prev" href="intro.html" class="mobile-nav-chapters previous" title="Previous chapter">←</a> <a rel="next" href="setup.html" class="mobile-nav-chapters next" title="Next chapter">→</a></nav></div></div></div>'
        '</body></html>'
    )  # fmt: skip


def mdh(text: str, anchor: str) -> tuple[str, str]:
    return f'<h2 id="{anchor}"><a class="header" href="#{anchor}">{text}</a></h2>', text


def mdcode(source: str) -> tuple[str, str]:
    return f'<pre><code class="language-console hljs">{source}</code></pre>', source


# ---------------------------------------------------------------- English (BookStack)
def bookstack_en(page_: dict, article: str) -> str:
    """A BookStack wiki page: the header (the wiki's name, search, "Shelves", "Books", "Log in"), the breadcrumbs,
    the left "Book Navigation" and the page's tags, ``div.page-content`` with ``h1#bkmrk-page-title`` and ``bkmrk-``
    ids on every block, the right "Details" ("Revision #4", "Created ... by ...", "Updated ...") and "Actions"
    ("Export"), and the footer."""
    return _doc(page_, "en", (
        '<header id="header"><a class="logo" href="/">Makerspace Wiki</a><form><input placeholder="Search"></form><nav><a href="/shelves">Shelves</a> <a href="/books">Books</a> <a href="/login">Log in</a></nav></header>'
        '<div class="breadcrumbs"><a href="/books/news">News</a> › <a href="/books/news/chapter/2024">2024</a></div>'
        '<div class="tri-layout-container"><aside class="tri-layout-left"><div class="tag-box"><a class="tag-item" href="#">Name: Laser cutter</a></div><nav id="book-tree"><h5>Book Navigation</h5><ul><li><a href="#">Laser cutter is back</a></li><li><a href="#">April open day</a></li></ul></nav></aside>'
        f'<main class="content-wrap card"><div class="page-content clearfix" dir="auto"><h1 id="bkmrk-page-title">{page_["title"]}</h1>{article}</div></main>'
        f'<aside class="tri-layout-right"><div class="entity-meta"><h5>Details</h5><div>Revision #4</div><div>Created 20 May 2024 by {page_["author"]}</div><div>Updated 21 May 2024 by {page_["author"]}</div></div><div class="actions"><h5>Actions</h5><a href="#">Export</a></div></aside></div>'
        '<footer>Powered by BookStack</footer>'
    ), ld=False)  # fmt: skip


def bk(tag: str, anchor: str, text: str) -> tuple[str, str]:
    return f'<{tag} id="bkmrk-{anchor}">{text}</{tag}>', text


# ---------------------------------------------------------------- English (SITE123)
def site123_en(page_: dict, article: str) -> str:
    """A SITE123 site's blog post: the menu ("Home", "About", "Blog", "Contact"), ``section.s123-module-blog`` with
    ``h1.blog-post-title``, the date and category, ``div.blog-post-page-content``, the "Share" row, "Previous Post"
    / "Next Post", the newsletter box and the footer's "This website was built with SITE123"."""
    return _doc(page_, "en", (
        '<nav class="navbar s123-menu"><a class="navbar-brand" href="/">Riverside Rowing Club</a><ul><li><a href="/">Home</a></li><li><a href="/about">About</a></li><li><a href="/blog">Blog</a></li><li><a href="/contact">Contact</a></li></ul></nav>'
        f'<section class="s123-module s123-module-blog s123-page-data"><div class="container"><h1 class="blog-post-title">{page_["title"]}</h1>'
        '<div class="blog-post-info"><span class="blog-post-date">May 19, 2024</span> <span class="blog-category">Club news</span></div>'
        f'<div class="blog-post-page-content">{article}</div>'
        '<div class="s123-share">Share: <a href="#">Facebook</a> <a href="#">X</a></div>'
        '<div class="blog-post-navigation"><a href="/blog/1">Previous Post</a> <a href="/blog/3">Next Post</a></div></div></section>'
        '<section class="s123-module-newsletter"><h3>Subscribe to our newsletter</h3><form><input type="email" placeholder="Email"><button>Subscribe</button></form></section>'
        '<footer class="global_footer"><p>Copyright © 2024 Riverside Rowing Club. All rights reserved.</p><p><a href="https://www.site123.com">This website was built with SITE123</a></p></footer>'
    ), ld=False)  # fmt: skip


SKINS.update(
    r33_logseq=logseq_en,
    r33_mobirise=mobirise_en,
    r33_kapook=kapook_th,
    r33_portal_tr=portal_tr,
    r33_primaria=primaria_ro,
    r33_regional_uk=regional_uk,
    r33_yle=yle_fi,
    r33_blogger_cs=blogger_cs,
    r33_g1=g1_pt,
    r33_goo=goo_ja,
    r33_sohu=sohu_zh,
    r33_ur=news_ur,
    r33_mdbook=mdbook_en,
    r33_bookstack=bookstack_en,
    r33_site123=site123_en,
)


page(
    "r33-en-logseq-compost",
    "English Logseq published graph page (the left sidebar, h1.title, the page properties block with tags::, each block a div.ls-block holding block-content-wrapper > block-content > span.inline, Linked References; no JSON-LD)",
    "r33_logseq",
    "Hot composting, second attempt",
    "Allotment notes",
    "2024-05-18T00:00:00+00:00",
    [
        lsb(
            "The first heap never got above 30 degrees, so this time I built it all at once instead of adding a bucket a week."
        ),
        lsb(
            "The recipe was roughly two parts grass clippings and kitchen scraps to one part shredded cardboard and straw, watered as each layer went on."
        ),
        lsb(
            "After three days the thermometer read 58 degrees in the middle of the heap, and it was steaming when I opened the lid this morning."
        ),
        lsb("Next step: turn it on Sunday and check whether it heats up again."),
    ],
    site="Allotment notes",
)
page(
    "r33-en-mobirise-bakery",
    "English one-page Mobirise site (the menu section, the header section with the bakery's name as h1.mbr-section-title and its tagline, the news section with the post's h3 title, the date as h4.mbr-section-subtitle and div.mbr-text paragraphs, the hours, the contact form, the copyright and Made with Mobirise; no JSON-LD)",
    "r33_mobirise",
    "We are closed for two weeks in June",
    "Crumb & Crust Bakery",
    "2024-05-22T00:00:00+00:00",
    [
        p(
            "The bakery will be closed from June 3 to June 16 while we replace the old deck oven, which has baked every loaf here since we opened."
        ),
        p(
            "Orders for celebration cakes during those two weeks can still be collected from our stall at the Saturday farmers market on the quay."
        ),
        p(
            "We reopen on Tuesday, June 18, with the first bake out of the new oven. Thank you for your patience."
        ),
    ],
    site="Crumb & Crust Bakery",
)
page(
    "r33-th-kapook-rain",
    "Thai portal's story after Kapook (the channels, h1, the source name in div.source and the date between the headline and the body, div.content closing on ขอบคุณข้อมูลจาก ..., the share row, ข่าวที่เกี่ยวข้อง, the footer; NewsArticle JSON-LD)",
    "r33_kapook",
    "กรมอุตุฯ เตือน 45 จังหวัดรับมือฝนตกหนักถึงสุดสัปดาห์",
    "ข่าวช่อง 9",
    "2024-05-22T14:20:00+07:00",
    [
        p(
            "กรมอุตุนิยมวิทยาออกประกาศเตือนให้ประชาชนใน 45 จังหวัด ระวังฝนตกหนักถึงหนักมากและลมกระโชกแรง ตั้งแต่วันที่ 22 ถึง 26 พฤษภาคม"
        ),
        p(
            "พื้นที่ที่ต้องเฝ้าระวังเป็นพิเศษคือภาคตะวันออกและภาคใต้ฝั่งตะวันตก เนื่องจากมรสุมตะวันตกเฉียงใต้มีกำลังแรงขึ้น ทำให้อาจเกิดน้ำท่วมฉับพลันและน้ำป่าไหลหลาก"
        ),
        p("ส่วนกรุงเทพมหานครและปริมณฑล มีโอกาสเกิดฝนฟ้าคะนองร้อยละ 60 ของพื้นที่ โดยเฉพาะช่วงบ่ายถึงค่ำ"),
    ],
    site="กะปิพอร์ทัล",
)
page(
    "r33-tr-portal-deniz",
    "Turkish regional news portal (the currency ticker, the menu, the breadcrumb, h1, h2.spot dek, the date line, div.news-content with a bold İLGİLİ HABER label over a br and one link, the tags, Google News'te takip edin, Benzer Haberler, the footer; NewsArticle JSON-LD)",
    "r33_portal_tr",
    "İzmir'de deniz otobüsü seferleri hafta sonu artırılıyor",
    "Ege Gündem",
    "2024-05-22T11:05:00+03:00",
    [
        p(
            "İzmir Büyükşehir Belediyesi, yaz sezonu nedeniyle Körfez'deki deniz otobüsü seferlerini 25 Mayıs'tan itibaren hafta sonları iki katına çıkaracağını açıkladı."
        ),
        p(
            "Yeni tarifeye göre Karşıyaka, Bostanlı ve Konak iskeleleri arasında cumartesi ve pazar günleri her 20 dakikada bir sefer yapılacak."
        ),
        ilgili_tr(),
        p(
            "Belediyeden yapılan açıklamada, artan yolcu talebini karşılamak için iki yeni gemi daha filoya katılacağı belirtildi. Ücretlerde ise herhangi bir değişiklik olmayacak."
        ),
    ],
    site="Ege Gündem",
)
page(
    "r33-ro-primaria-parcare",
    "Romanian city hall's news page (the top bar, the coat of arms and menu, h1, Publicat:, div.stire-text with a bold Citește și over a br and one link and the press office's two-line signature closing it, Documente atașate, Distribuie, the footer; no JSON-LD)",
    "r33_primaria",
    "Locuri noi de parcare de reședință în cartierul Cetate",
    "Primăria Municipiului Dealu Mare",
    "2024-05-21T00:00:00+03:00",
    [
        p(
            "Primăria Municipiului Dealu Mare anunță că, începând cu 1 iunie, în cartierul Cetate vor fi disponibile 240 de locuri noi de parcare de reședință."
        ),
        p(
            "Cererile pentru atribuirea locurilor se depun la Direcția de Administrare a Domeniului Public sau online, pe platforma de servicii a primăriei, până la 31 mai."
        ),
        citeste_ro(),
        p(
            "Tariful anual pentru un loc de parcare de reședință rămâne 150 de lei, conform hotărârii Consiliului Local adoptate luna trecută."
        ),
    ],
    site="Primăria Municipiului Dealu Mare",
)
page(
    "r33-uk-regional-park",
    "Ukrainian regional news site (the air-alert bar, the menu, h1, the date and views, the lead photo with Фото: credit, div.post-content with a Читайте також: link and a bold Telegram call closing it, Теги, Останні новини, the footer with its reuse notice; NewsArticle JSON-LD)",
    "r33_regional_uk",
    "У Полтаві оновлять Корпусний парк до кінця літа",
    "Полтава Сьогодні",
    "2024-05-21T16:40:00+03:00",
    [
        p(
            "Міська рада затвердила проєкт оновлення Корпусного парку. Роботи розпочнуться в червні й мають завершитися до кінця серпня."
        ),
        p(
            "У парку замінять освітлення, відремонтують доріжки та встановлять нові лавки. Також біля фонтану облаштують укриття, розраховане на 150 людей."
        ),
        chytaite_uk(),
        p(
            "Під час робіт парк працюватиме, але окремі ділянки тимчасово огородять. У міській раді просять мешканців з розумінням поставитися до незручностей."
        ),
    ],
    site="Полтава Сьогодні",
)
page(
    "r33-fi-yle-kirjastoauto",
    "Finnish public broadcaster's page after Yle Uutiset (the Yle header and sections, h1.yle__article__heading, p.yle__article__lead dek, the byline and dates, section.yle__article__content of p.yle__article__paragraph with an h2 and a Lue myös: link box inside, the closing Voit keskustella aiheesta ... line, Luetuimmat, the footer; NewsArticle JSON-LD)",
    "r33_yle",
    "Kirjastoauto palaa Kemiönsaarelle kolmen vuoden tauon jälkeen",
    "Anna Lindholm",
    "2024-05-22T07:30:00+03:00",
    [
        yp(
            "Kemiönsaaren kunta ottaa kirjastoauton uudelleen käyttöön kesäkuun alussa. Auto kiersi saaren kylissä viimeksi kolme vuotta sitten, kun vanha auto poistettiin liikenteestä."
        ),
        yp(
            "Uusi auto on sähköinen, ja siihen mahtuu noin 4 000 kirjaa. Se pysähtyy viikoittain yhteensä 28 pysäkillä."
        ),
        lue_fi(),
        h("Kesällä myös saaristoon"),
        yp(
            "Kesä- ja heinäkuussa auto kulkee lautalla myös kolmelle saarelle, joilla ei ole omaa kirjastoa. Kirjastonjohtaja Maria Sjöberg kertoo, että toive tuli asukkailta."
        ),
        yp("– Moni iäkäs asukas ei pääse mantereelle kirjastoon, joten viemme kirjat heidän luokseen."),
    ],
    site="Yle Uutiset",
)
page(
    "r33-cs-blogger-rozhledna",
    "Czech Blogger (Blogspot) blog post (the navbar, the blog's header and description, h2.date-header, h3.post-title, div.post-body.entry-content written as br-parted text with a div.separator photo, Vložil ... v, Žádné komentáře:, Sdílet, Novější/Starší příspěvek, Archiv blogu, O mně, Používá technologii Blogger; no JSON-LD)",
    "r33_blogger_cs",
    "Na rozhlednu Rosička za jarního deště",
    "Jana Dvořáková",
    "2024-05-21T20:15:00+02:00",
    [
        br_text(
            "V neděli ráno pršelo, ale vnuk trval na tom, že na rozhlednu půjdeme, a tak jsme si vzali pláštěnky a vyrazili ze Sázavy po žluté značce.",
            "Cesta vede lesem asi čtyři kilometry a v mokru to docela klouže. Nahoře jsme byli za hodinu a půl a rozhledna byla celá naše.",
        ),
        separator_cs(),
        br_text(
            "Z vyhlídky bylo vidět jen do údolí, dál byla mlha. Vnukovi to ale nevadilo, nahoru a dolů vyběhl třikrát.",
            "Na zpáteční cestě jsme se zastavili v hospodě U Lípy na polévku. Příště snad vyjde i výhled na Žďárské vrchy.",
        ),
    ],
    site="Zápisky z Vysočiny",
)
page(
    "r33-pt-g1-ponte",
    "Brazilian regional page after G1 (the globo.com bar, the region's header, h1.content-head__title, h2.content-head__subtitle dek, Por ..., g1 SC, article of div.mc-column.content-text paragraphs with a LEIA TAMBÉM list, the WhatsApp channel call and a VÍDEOS: heading closing it, Veja também, the footer; NewsArticle JSON-LD)",
    "r33_g1",
    "Joinville começa obra de nova ponte sobre o Rio Cachoeira",
    "Luana Becker",
    "2024-05-22T08:12:00-03:00",
    [
        g1p(
            "A Prefeitura de Joinville, no Norte de Santa Catarina, deu início nesta quarta-feira (22) às obras da nova ponte sobre o Rio Cachoeira, que vai ligar os bairros Bucarein e Itaum."
        ),
        g1p(
            "A estrutura terá 86 metros de extensão, duas faixas para veículos, ciclovia e calçadas dos dois lados. O investimento é de R$ 24 milhões, com recursos do município e do governo estadual."
        ),
        leia_pt(),
        g1p(
            "Durante a obra, a Rua Blumenau terá o trânsito desviado entre as ruas Ottokar Doerffel e Santa Catarina. Segundo a prefeitura, a ponte deve ficar pronta em 14 meses."
        ),
        whatsapp_pt(),
    ],
    site="g1",
)
page(
    "r33-ja-goo-hotaru",
    "Japanese goo blog entry (the goo bar, the blog's title and description, the date, h1.entry-title, div.entry-body-text of br-parted text closing on the にほんブログ村 banner and its 応援クリック request, the category, コメント, goo blogお知らせ, the profile sidebar; no JSON-LD)",
    "r33_goo",
    "今年初めての蛍",
    "びわこ散歩",
    "2024-05-20T19:48:00+09:00",
    [
        br_text(
            "夕食のあと、近くの川まで蛍を見に行きました。",
            "まだ時期が早いかと思っていましたが、橋の下のあたりで五、六匹がゆっくり光っていました。",
            "地元の方の話では、来週の週末あたりが一番多くなるそうです。",
            "帰り道はカエルの声がにぎやかで、すっかり初夏の気配でした。",
        ),
    ],
    site="湖畔の散歩道",
)
page(
    "r33-zh-sohu-longjing",
    "Chinese Sohu (搜狐号) article (the Sohu header, the account's name and 关注, h1, the time and 发布于, article#mp-editor of p closing on 返回搜狐，查看更多 and 责任编辑：, the platform's 声明 disclaimer, 推荐阅读, the footer; no JSON-LD)",
    "r33_sohu",
    "杭州今年首批明前龙井上市 价格与去年基本持平",
    "杭城生活圈",
    "2024-05-21T09:36:00+08:00",
    [
        p("随着气温回升，杭州西湖龙井茶区今年首批明前茶已经陆续上市。"),
        p(
            "记者在梅家坞村看到，不少茶农一早就上山采摘，村里的炒茶师傅在铁锅前忙个不停。一位茶农告诉记者，今年春季雨水适中，茶叶品质比去年更好。"
        ),
        p("从市场情况来看，今年明前龙井的价格与去年基本持平，特级茶每斤在三千元到五千元之间。"),
    ],
    site="搜狐",
)
page(
    "r33-ur-news-bijli",
    "Urdu news page, right to left (the header and sections, h1.story-title, the reporter and date, div.story-text with a bold مزید پڑھیں: link line inside, the share row, متعلقہ خبریں, the footer; NewsArticle JSON-LD)",
    "r33_ur",
    "لاہور میں بجلی کی لوڈشیڈنگ کا نیا شیڈول جاری",
    "نمائندہ خصوصی",
    "2024-05-21T00:00:00+05:00",
    [
        p(
            "لاہور الیکٹرک سپلائی کمپنی نے شہر کے مختلف علاقوں کے لیے لوڈشیڈنگ کا نیا شیڈول جاری کر دیا ہے، جس کے تحت شہری علاقوں میں روزانہ دو گھنٹے بجلی بند رہے گی۔"
        ),
        p(
            "ترجمان کے مطابق دیہی علاقوں میں لوڈشیڈنگ کا دورانیہ چار گھنٹے ہوگا، جبکہ اسپتالوں اور پانی کے پمپنگ اسٹیشنوں کو اس سے مستثنیٰ رکھا گیا ہے۔"
        ),
        mazeed_ur(),
        p(
            "شہریوں نے مطالبہ کیا ہے کہ گرمی کی شدت کے پیش نظر رات کے اوقات میں بجلی کی فراہمی یقینی بنائی جائے۔"
        ),
    ],
    site="روزنامہ صبح",
)
page(
    "r33-en-mdbook-news",
    "English mdBook page (nav#sidebar with ol.chapter, the menu bar with the buttons, h1.menu-title and the print and GitHub links, main with the chapter's h1 in a.header, h2 headings in a.header, a code block and a list, nav.nav-wrapper's arrows; no JSON-LD)",
    "r33_mdbook",
    "Tidewater 0.9 released",
    "Tidewater maintainers",
    "2024-05-20T00:00:00+00:00",
    [
        p(
            "Tidewater 0.9 adds tide predictions for 140 new stations on the Atlantic coast and makes the command-line tool about twice as fast on large date ranges."
        ),
        mdh("Installing", "installing"),
        p("Upgrade with cargo; the data files are downloaded on first use:"),
        mdcode("cargo install tidewater --version 0.9.0"),
        mdh("Breaking changes", "breaking-changes"),
        ul(
            "The --station flag now takes the station's ID rather than its name.",
            "Heights are given in metres unless --feet is passed.",
        ),
    ],
    site="The Tidewater Book",
)
page(
    "r33-en-bookstack-laser",
    "English BookStack wiki page (the header with search and Shelves/Books/Log in, the breadcrumbs, the tags and Book Navigation on the left, div.page-content with h1#bkmrk-page-title and bkmrk- ids on every paragraph, a heading and a list, Details with Revision and Created/Updated by, Actions, Powered by BookStack; no JSON-LD)",
    "r33_bookstack",
    "Laser cutter is back in service",
    "Sam Okafor",
    "2024-05-21T00:00:00+00:00",
    [
        bk(
            "p",
            "the-laser-cutter-is-b",
            "The laser cutter is working again after the new tube arrived on Thursday. Thanks to everyone who chipped in for the part.",
        ),
        bk(
            "p",
            "we-have-also-realigne",
            "We have also realigned the mirrors and cleaned the lens, so cuts through 6 mm plywood are clean again at the usual settings.",
        ),
        bk("h2", "before-you-use-it", "Before you use it"),
        (
            '<ul id="bkmrk-book-a-slot"><li>Book a slot on the calendar.</li><li>Turn on the extractor fan first.</li><li>Never leave a job running unattended.</li></ul>',
            "Book a slot on the calendar.\nTurn on the extractor fan first.\nNever leave a job running unattended.",
        ),
        bk(
            "p",
            "if-you-have-not-been",
            "If you have not been inducted on the laser yet, the next induction evening is Tuesday, May 28.",
        ),
    ],
    site="Makerspace Wiki",
)
page(
    "r33-en-site123-regatta",
    "English SITE123 site's blog post (the menu, section.s123-module-blog with h1.blog-post-title, the date and category, div.blog-post-page-content, Share, Previous Post/Next Post, the newsletter box, This website was built with SITE123; no JSON-LD)",
    "r33_site123",
    "Two golds at the spring regatta",
    "Riverside Rowing Club",
    "2024-05-19T00:00:00+00:00",
    [
        p(
            "Riverside crews brought home two gold medals and a silver from the Spring Regatta at Marlow on Saturday, our best result at the event in ten years."
        ),
        p(
            "The women's masters coxed four won their final by a length, and junior sculler Ellie Ward took gold in the J16 single after leading from the start."
        ),
        p(
            "The men's eight finished second to a strong Henley crew. Well done to all our rowers, coxes and the volunteers who trailered the boats."
        ),
    ],
    site="Riverside Rowing Club",
)
