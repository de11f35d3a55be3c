"""The thirty-second round of ``bench/extraction_pages``: pages (``r32-*``) of platforms, page kinds and languages the
first thirty-one rounds lack, each in a template written here after what the platform's or site's pages emit.

Three page kinds the thirty-first round's reviewer found: an Italian blog on Altervista whose lead photo's caption is
a classless ``<div>`` over the story's classless ``<div>`` paragraphs; a Japanese regional paper's story closing on
"この記事の無断転載を禁じます。" and "この記事についてのご意見をお寄せください。"; and an NHS trust's news page whose
header writes its dek in a bare ``<div>`` and the photo's credit ("Photo by ...") in another. Languages: French (a
Canalblog post), Thai (a portal after Sanook), Polish (a regional after trojmiasto.pl), Korean (an Egloos blog),
Russian (a shop's news on Nethouse) and Spanish (a football club's news). English platforms: docsify, a Fandom wiki's
blog post, Obsidian Publish, a Ko-fi post, a library's news on BiblioCommons and a Carrd page. The gold of every page
was written before nutgraf was run on it: it leaves out headlines, bylines and dates set apart, deks in the header,
photo captions and credits over the story, tags, reactions, comments, share boxes, related links, copyright and
feedback lines and the sites' navigation; it keeps the body's headings, lists, code and quotations.
"""

from __future__ import annotations

from articles import page
from fourth_round import _doc
from furniture import SKINS
from parts import h, p


def ul(*items: str) -> tuple[str, str]:
    return "<ul>" + "".join(f"<li>{x}</li>" for x in items) + "</ul>", "\n".join(items)


def div(text: str) -> tuple[str, str]:
    """A paragraph written as a bare ``<div>``, as a blog's visual editor writes it."""
    return f"<div>{text}</div>", text


def furn(html: str) -> tuple[str, None]:
    return html, None


def code(source: str, lang: str = "bash") -> tuple[str, str]:
    return f'<pre data-lang="{lang}"><code class="lang-{lang}">{source}</code></pre>', source


def quote(text: str) -> tuple[str, str]:
    return f"<blockquote><p>{text}</p></blockquote>", text


# ---------------------------------------------------------------- Italian (Altervista, a caption over div paragraphs)
def altervista_it(page_: dict, article: str) -> str:
    """An Altervista blog (WordPress underneath, its classic editor's ``<div>``s): the blog's header and menu,
    ``h1.entry-title``, "Pubblicato il ... da ...", ``div.entry-content`` whose lead photo sits in a bare ``<div>``
    with its caption in the next bare ``<div>``, the paragraphs as bare ``<div>``s, "Condividi", "Articoli correlati",
    "Lascia un commento" and the "Blog gratis su Altervista" footer."""
    return _doc(page_, "it", (
        '<header id="masthead"><a class="site-title" href="/">Pro Loco Montecchio</a><p class="site-description">Notizie e appuntamenti dal paese</p>'
        '<nav><a href="/">Home</a> <a href="/eventi/">Eventi</a> <a href="/storia/">Storia</a> <a href="/contatti/">Contatti</a></nav></header>'
        f'<main id="main"><article class="post type-post"><header class="entry-header"><h1 class="entry-title">{page_["title"]}</h1>'
        f'<div class="entry-meta">Pubblicato il 20 maggio 2024 da {page_["author"]}</div></header>'
        f'<div class="entry-content">{article}</div>'
        '<div class="sharedaddy"><h3>Condividi:</h3><a href="#">Facebook</a> <a href="#">WhatsApp</a></div>'
        '<div class="related"><h3>Articoli correlati</h3><ul><li><a href="/2023/sagra">Sagra 2023: grazie a tutti</a></li><li><a href="/2024/carnevale">Carnevale dei bambini</a></li></ul></div></article>'
        '<div id="comments"><h3>Lascia un commento</h3><form><textarea></textarea><button>Invia commento</button></form></div></main>'
        '<footer><div>Blog gratis su <a href="https://it.altervista.org">Altervista</a></div><div><a href="/privacy">Privacy</a> · <a href="#">Gestisci cookie</a></div></footer>'
    ), ld=False)  # fmt: skip


def lead_photo_it() -> tuple[str, None]:
    return (
        '<div><img src="/wp-content/uploads/2024/05/piazza.jpg" alt="" width="800" height="533"></div>',
        None,
    )


def caption_it() -> tuple[str, None]:
    return "<div>La piazza di Montecchio durante la sagra dell'anno scorso.</div>", None


# ---------------------------------------------------------------- Japanese (a regional paper's copyright and feedback lines)
def chiho_ja(page_: dict, article: str) -> str:
    """A Japanese regional paper's story: the header with "購読申し込み" and "ログイン", the sections, the
    breadcrumb, ``h1``, the date, ``div.article-body`` whose last lines are "この記事の無断転載を禁じます。" and
    "この記事についてのご意見をお寄せください。" (with the form's link), "関連記事", "アクセスランキング" and the footer."""
    return _doc(page_, "ja", (
        '<header class="site-header"><a class="logo" href="/">北信濃新報</a><div class="head-links"><a href="/subscribe">購読申し込み</a> <a href="/login">ログイン</a></div>'
        '<nav class="gnav"><a href="/news/">ニュース</a> <a href="/local/">地域</a> <a href="/sports/">スポーツ</a> <a href="/life/">くらし</a> <a href="/opinion/">社説・コラム</a></nav></header>'
        '<div class="breadcrumb"><a href="/">トップ</a> &gt; <a href="/local/">地域</a></div>'
        f'<main><article class="article"><h1 class="article-title">{page_["title"]}</h1><div class="article-date">2024年5月21日 06:00</div>'
        f'<div class="article-body">{article}'
        '<p class="article-copyright">この記事の無断転載を禁じます。</p>'
        '<p class="article-opinion">この記事についてのご意見をお寄せください。<a href="/form/opinion">ご意見フォーム</a></p></div></article>'
        '<section class="related"><h2>関連記事</h2><ul><li><a href="/local/1">りんご農家に霜害、被害額は調査中</a></li><li><a href="/local/2">中野市で田植え始まる</a></li></ul></section>'
        '<aside class="ranking"><h2>アクセスランキング</h2><ol><li><a href="/n/1">長野道で玉突き事故</a></li><li><a href="/n/2">善光寺で御開帳の準備</a></li></ol></aside></main>'
        '<footer><div>北信濃新報社　〒380-0000 長野市南長野1-1</div><div>Copyright © Kitashinano Shimpo. All rights reserved.</div></footer>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- English (an NHS trust, a dek and credit in bare divs)
def nhs_trust_en(page_: dict, article: str) -> str:
    """An NHS trust's news page (the NHS.UK frontend): the skip link, ``header.nhsuk-header`` with the trust's
    name and search, the breadcrumb, the article's header with ``h1``, the dek in a bare ``<div>`` and the lead
    photo's credit ("Photo by ...") in the next, the date, ``div.nhsuk-body`` of ``<p>``s, "Share this page", the
    "Latest news" list and the footer."""
    return _doc(page_, "en-GB", (
        '<a class="nhsuk-skip-link" href="#maincontent">Skip to main content</a>'
        '<header class="nhsuk-header"><div class="nhsuk-header__logo"><a href="/">Ashcombe Hospitals NHS Foundation Trust</a></div><form><input placeholder="Search this site"><button>Search</button></form>'
        '<nav class="nhsuk-header__navigation"><a href="/services">Our services</a> <a href="/visiting">Visiting</a> <a href="/careers">Careers</a> <a href="/news">News</a> <a href="/contact">Contact us</a></nav></header>'
        '<nav class="nhsuk-breadcrumb"><a href="/">Home</a> › <a href="/news">News</a></nav>'
        f'<main class="nhsuk-main-wrapper" id="maincontent"><article><header class="news-header"><h1>{page_["title"]}</h1>'
        '<div>Patients will wait less for scans after the centre opened six days a week.</div>'
        '<div><img src="/media/cdc.jpg" alt="The new diagnostic centre"></div><div>Photo by Helen Marsh.</div>'
        '<p class="news-date">Published: 21 May 2024</p></header>'
        f'<div class="nhsuk-body">{article}</div>'
        '<div class="share"><h2>Share this page</h2><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div></article>'
        '<aside><h2>Latest news</h2><ul><li><a href="/news/1">Volunteers recognised at annual awards</a></li><li><a href="/news/2">Car park changes at the main entrance</a></li></ul></aside></main>'
        '<footer class="nhsuk-footer"><a href="/accessibility">Accessibility</a> <a href="/privacy">Privacy</a> <a href="/cookies">Cookies</a><p>© Ashcombe Hospitals NHS Foundation Trust</p></footer>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- French (Canalblog)
def canalblog_fr(page_: dict, article: str) -> str:
    """A Canalblog post: the blog's banner and description, "Accueil", the date header, ``h2.articletitle``,
    ``div.articlebody``, "Publicité", the "Posté par ... à ... - Recettes - Commentaires [3] - Permalien [#]" line,
    "Commentaires" with a comment, the sidebar's "Archives" and "Catégories", and the Canalblog footer."""
    return _doc(page_, "fr", (
        '<div id="banner"><h1><a href="/">Les carnets de Mamie Jo</a></h1><div class="description">Recettes de famille et petits bonheurs du Berry</div></div>'
        '<div id="content"><div class="blogbody"><div class="navigation"><a href="/">Accueil</a></div><div class="date-header">19 mai 2024</div>'
        f'<h2 class="articletitle">{page_["title"]}</h2>'
        f'<div class="articlebody">{article}</div>'
        '<div class="pub">Publicité</div>'
        f'<div class="itemfooter">Posté par {page_["author"]} à 18:42 - <a href="/archives/recettes/">Recettes</a> - <a href="#comments">Commentaires [3]</a> - <a href="#">Permalien [#]</a></div>'
        '<div id="comments"><h3>Commentaires</h3><div class="comment"><p>Je l\'ai faite dimanche, un régal ! Merci Jo.</p><div class="commentfooter">Posté par Martine, 20 mai 2024 à 09:12</div></div></div></div>'
        '<div id="sidebar"><h3>Archives</h3><ul><li><a href="/archives/2024/05/">mai 2024</a></li><li><a href="/archives/2024/04/">avril 2024</a></li></ul><h3>Catégories</h3><ul><li><a href="/archives/recettes/">Recettes</a></li><li><a href="/archives/jardin/">Jardin</a></li></ul></div></div>'
        '<div id="footer">Blog hébergé par <a href="https://www.canalblog.com">Canalblog</a> · <a href="#">Signaler un abus</a></div>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- Thai (a portal after Sanook)
def sanook_th(page_: dict, article: str) -> str:
    """A Thai portal's news story after Sanook: the portal's channels ("ข่าว", "บันเทิง", "ดูดวง", "ผู้หญิง"),
    the category, ``h1``, the source line and time, ``div.EntryBody`` with "อ่านข่าวที่เกี่ยวข้อง" links inside, the
    tags, "ข่าวที่เกี่ยวข้อง", "แสดงความคิดเห็น" and the footer."""
    return _doc(page_, "th", (
        '<header class="portal-header"><a class="logo" href="/">สยามพอร์ทัล</a><nav><a href="/news/">ข่าว</a> <a href="/ent/">บันเทิง</a> <a href="/horoscope/">ดูดวง</a> <a href="/women/">ผู้หญิง</a> <a href="/sport/">กีฬา</a></nav><a href="/login">เข้าสู่ระบบ</a></header>'
        f'<main><article><div class="category"><a href="/news/local/">ข่าวภูมิภาค</a></div><h1 class="title">{page_["title"]}</h1>'
        '<div class="info"><span class="source">ข่าวสยามพอร์ทัล</span> <time>21 พ.ค. 67 (10:15 น.)</time></div>'
        f'<div class="EntryBody">{article}</div>'
        '<div class="tags"><span>Tags</span> <a href="/tag/เชียงใหม่">เชียงใหม่</a> <a href="/tag/ฝุ่น">ฝุ่น PM2.5</a></div></article>'
        '<section class="related"><h2>ข่าวที่เกี่ยวข้อง</h2><ul><li><a href="/news/1">เชียงรายเปิดศูนย์อพยพชั่วคราว</a></li><li><a href="/news/2">กรมอุตุฯ เตือนพายุฤดูร้อน</a></li></ul></section>'
        '<section class="comments"><h2>แสดงความคิดเห็น</h2><form><textarea></textarea><button>ส่ง</button></form></section></main>'
        '<footer>Copyright © 2024 สยามพอร์ทัล. All rights reserved.</footer>'
    ))  # fmt: skip


def read_related_th() -> tuple[str, None]:
    return '<p><strong>อ่านข่าวที่เกี่ยวข้อง</strong><br><a href="/news/9">เชียงใหม่ค่าฝุ่นเกินมาตรฐานต่อเนื่อง</a></p>', None


# ---------------------------------------------------------------- Polish (a regional portal after trojmiasto.pl)
def regional_pl(page_: dict, article: str) -> str:
    """A Polish city portal's story after trojmiasto.pl: the top bar with the weather and "Zaloguj się", the sections
    ("Wiadomości", "Sport", "Imprezy", "Nieruchomości"), ``h1``, the lead ``p.lead`` in the header (a dek, left out), the
    author and "Opinie (48)", ``div.article-text`` with a "Czytaj także:" link inside, "Opinie" and the footer."""
    return _doc(page_, "pl", (
        '<div class="top-bar"><span>Gdańsk 16°C</span> <a href="/zaloguj">Zaloguj się</a></div>'
        '<header><a class="logo" href="/">Portal Trójmiasta</a><nav><a href="/wiadomosci/">Wiadomości</a> <a href="/sport/">Sport</a> <a href="/imprezy/">Imprezy</a> <a href="/nieruchomosci/">Nieruchomości</a></nav></header>'
        f'<main><article><header class="article-header"><h1>{page_["title"]}</h1>'
        '<p class="lead">Od poniedziałku kierowcy muszą liczyć się z utrudnieniami na Hucisku.</p>'
        f'<div class="author">{page_["author"]} · 21 maja 2024, godz. 07:00 · <a href="#opinie">Opinie (48)</a></div></header>'
        f'<div class="article-text">{article}</div></article>'
        '<section id="opinie"><h2>Opinie (48)</h2><div class="opinion"><b>mieszkaniec</b><p>Znowu remont w sezonie...</p></div></section>'
        '<aside><h3>Najczęściej czytane</h3><ol><li><a href="/n/1">Nowy rozkład jazdy SKM</a></li><li><a href="/n/2">Molo w Sopocie otwarte</a></li></ol></aside></main>'
        '<footer>© 2024 Portal Trójmiasta. Wszelkie prawa zastrzeżone.</footer>'
    ))  # fmt: skip


def czytaj_pl() -> tuple[str, None]:
    return (
        '<p><strong>Czytaj także:</strong> <a href="/n/7">Tramwaj na Morenę pojedzie szybciej</a></p>',
        None,
    )


# ---------------------------------------------------------------- Korean (Egloos)
def egloos_ko(page_: dict, article: str) -> str:
    """An Egloos blog post: the Egloos bar ("이글루스", "로그인"), the blog's name, ``h2.entry-title`` with the
    category, "by ... | 2024/05/18 21:30", ``div.hentry-content``, "덧글", "트랙백", "핑백", the "이 글과 관련된 글"
    list, the sidebar's "카테고리" and "최근 포스트" and the footer."""
    return _doc(page_, "ko", (
        '<div id="egloos-bar"><a href="http://www.egloos.com">이글루스</a> <a href="/login">로그인</a> <a href="/join">가입하기</a></div>'
        '<div id="header"><h1><a href="/">산책하는 고양이</a></h1></div>'
        '<div id="content"><div class="post"><div class="category"><a href="/category/일상">일상</a></div>'
        f'<h2 class="entry-title">{page_["title"]}</h2><div class="post-info">by {page_["author"]} | 2024/05/18 21:30</div>'
        f'<div class="hentry-content">{article}</div>'
        '<div class="post-tools"><a href="#c">덧글(2)</a> | <a href="#t">트랙백(0)</a> | <a href="#p">핑백(0)</a> | <a href="#">공유하기</a></div>'
        '<div class="related"><h3>이 글과 관련된 글</h3><ul><li><a href="/1">봄 산책길</a></li><li><a href="/2">동네 빵집 이야기</a></li></ul></div>'
        '<div id="comments"><h3>덧글</h3><div class="comment"><b>바람</b> 저도 그 길 좋아해요! <span>2024/05/19</span></div></div></div></div>'
        '<div id="sidebar"><h3>카테고리</h3><ul><li>일상 (84)</li><li>여행 (21)</li></ul><h3>최근 포스트</h3><ul><li><a href="/3">장마 준비</a></li></ul></div>'
        '<div id="footer">Powered by Egloos · © SK Communications</div>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- Russian (Nethouse)
def nethouse_ru(page_: dict, article: str) -> str:
    """A small business's news on Nethouse: the header with the phone and "Заказать звонок", the menu ("Главная",
    "Каталог", "Новости", "Доставка", "Контакты"), the breadcrumb, ``h1``, the date, ``div.news-text``, "Поделиться",
    "Другие новости", the cart widget and the "Сайт создан на Nethouse" footer."""
    return _doc(page_, "ru", (
        '<header><a class="logo" href="/">Пасека Медовый Лог</a><div class="phone">+7 (912) 000-00-00 <a href="#callback">Заказать звонок</a></div>'
        '<nav><a href="/">Главная</a> <a href="/catalog">Каталог</a> <a href="/news">Новости</a> <a href="/delivery">Доставка</a> <a href="/contacts">Контакты</a></nav></header>'
        '<div class="breadcrumbs"><a href="/">Главная</a> / <a href="/news">Новости</a></div>'
        f'<main class="news-item"><h1>{page_["title"]}</h1><div class="news-date">20.05.2024</div>'
        f'<div class="news-text">{article}</div>'
        '<div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Telegram</a></div>'
        '<div class="other-news"><h3>Другие новости</h3><ul><li><a href="/news/1">Цены на 2024 год</a></li><li><a href="/news/2">Мы на ярмарке в Кирове</a></li></ul></div></main>'
        '<div class="cart-widget">Корзина: 0 товаров</div>'
        '<footer><div>© 2024 Пасека Медовый Лог</div><div>Сайт создан на <a href="https://nethouse.ru">Nethouse</a></div></footer>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- Spanish (a football club's news)
def club_es(page_: dict, article: str) -> str:
    """A Spanish football club's news page: the sponsors' bar, the menu ("Club", "Primer equipo", "Cantera", "Entradas",
    "Tienda"), the category "Primer equipo", ``h1``, the date, ``div.noticia-cuerpo`` with the line-up paragraph,
    "Compartir", "Más noticias", the "Próximo partido" widget and the footer with "Aviso legal"."""
    return _doc(page_, "es", (
        '<div class="sponsors"><a href="#">Patrocinador oficial</a> <a href="#">Proveedor técnico</a></div>'
        '<header><a class="escudo" href="/">CD Arenales</a><nav><a href="/club">Club</a> <a href="/primer-equipo">Primer equipo</a> <a href="/cantera">Cantera</a> <a href="/entradas">Entradas</a> <a href="/tienda">Tienda</a></nav></header>'
        f'<main><article class="noticia"><div class="categoria">Primer equipo</div><h1>{page_["title"]}</h1><div class="fecha">19/05/2024</div>'
        f'<div class="noticia-cuerpo">{article}</div>'
        '<div class="compartir">Compartir <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div></article>'
        '<section class="mas-noticias"><h2>Más noticias</h2><ul><li><a href="/n/1">Renovación de Iker Sáez hasta 2026</a></li><li><a href="/n/2">Abierta la campaña de abonos</a></li></ul></section>'
        '<aside class="proximo"><h3>Próximo partido</h3><div>CD Arenales - UD Salinas · Domingo 26/05 · 18:00</div><a href="/entradas">Comprar entradas</a></aside></main>'
        '<footer><div>© 2024 Club Deportivo Arenales</div><a href="/aviso-legal">Aviso legal</a> · <a href="/cookies">Política de cookies</a></footer>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- English (docsify)
def docsify_en(page_: dict, article: str) -> str:
    """A docsify site's page (rendered): the sidebar's app name and links, the search, ``article.markdown-section``
    with its ``h1`` and headings carrying anchor links, "Edit on GitHub" and the "Previous"/"Next" pagination."""
    return _doc(page_, "en", (
        '<main><button class="sidebar-toggle"><div class="sidebar-toggle-button"><span></span></div></button>'
        '<aside class="sidebar"><div class="search"><input placeholder="Type to search"></div><h1 class="app-name"><a class="app-name-link" href="#/">pebble-db</a></h1>'
        '<div class="sidebar-nav"><ul><li><a href="#/">Introduction</a></li><li><a href="#/quickstart">Quick start</a></li><li><a href="#/blog/">Blog</a></li><li class="active"><a href="#/blog/v2">Version 2.0</a></li></ul></div></aside>'
        '<section class="content"><article class="markdown-section" id="main">'
        f'<h1 id="title"><a href="#/blog/v2?id=title" class="anchor"><span>{page_["title"]}</span></a></h1>{article}'
        '<p class="edit"><a href="https://github.com/pebble-db/pebble/edit/main/docs/blog/v2.md">Edit on GitHub</a></p></article>'
        '<div class="docsify-pagination-container"><div class="pagination-item pagination-item--previous"><a href="#/blog/v1-5"><span>Previous</span><div>Version 1.5</div></a></div>'
        '<div class="pagination-item pagination-item--next"><a href="#/quickstart"><span>Next</span><div>Quick start</div></a></div></div></section></main>'
    ), ld=False)  # fmt: skip


def ds_h(text: str, anchor: str) -> tuple[str, str]:
    """A docsify heading, its text inside its anchor link."""
    return (
        f'<h2 id="{anchor}"><a href="#/blog/v2?id={anchor}" class="anchor"><span>{text}</span></a></h2>',
        text,
    )


# ---------------------------------------------------------------- English (a Fandom wiki's blog post)
def fandom_en(page_: dict, article: str) -> str:
    """A Fandom wiki's user blog post: the global navigation ("FANDOM", "Games", "Movies", "TV", "Sign In"), the wiki's
    header with "Explore" and its menus, ``h1.page-header__title``, "User blog:..." subtitle, the post's
    ``div.mw-parser-output``, the "Categories" bar, "Comments (7)", the "Fan Feed" and the Fandom footer."""
    return _doc(page_, "en", (
        '<div class="global-navigation"><a href="https://www.fandom.com">FANDOM</a> <a href="#">Games</a> <a href="#">Movies</a> <a href="#">TV</a> <a href="#">Sign In</a> <a href="#">Register</a></div>'
        '<div class="fandom-community-header"><a class="wordmark" href="/">Starhollow Wiki</a><nav><a href="#">Explore</a> <a href="#">Characters</a> <a href="#">Locations</a> <a href="#">Community</a></nav></div>'
        f'<main class="page__main"><div class="page-header"><div class="page-header__page-subtitle">User blog:{page_["author"]}</div><h1 class="page-header__title">{page_["title"]}</h1></div>'
        f'<div id="content" class="page-content"><div id="mw-content-text"><div class="mw-parser-output">{article}</div></div></div>'
        '<div class="page-footer"><div class="categories">Categories: <a href="#">Blog posts</a> <a href="#">Announcements</a></div></div>'
        '<section id="articleComments"><h2>Comments (7)</h2></section>'
        '<section class="fan-feed"><h2>Fan Feed</h2><ul><li><a href="#">1 The Lighthouse Keeper</a></li><li><a href="#">2 Season 3 episodes</a></li></ul></section></main>'
        '<footer class="global-footer"><div>Fandom is a fan-powered community.</div><a href="#">Terms of Use</a> <a href="#">Privacy Policy</a> <div>Community content is available under CC-BY-SA unless otherwise noted.</div></footer>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- English (Obsidian Publish)
def obsidian_en(page_: dict, article: str) -> str:
    """An Obsidian Publish note: the site's name and search, the file tree, ``div.markdown-preview-view`` with its
    ``div.markdown-preview-section`` of ``<div>``-wrapped blocks (each element in its own ``<div>``), the inline
    title, "Links to this page" backlinks, the graph view and "Powered by Obsidian Publish"."""
    return _doc(page_, "en", (
        '<div class="published-container"><div class="site-header"><a class="site-name" href="/">Field notes</a><input placeholder="Search..."></div>'
        '<div class="site-body"><div class="site-body-left-column"><div class="nav-view"><div class="tree-item"><a href="/Birds">Birds</a></div><div class="tree-item"><a href="/Walks">Walks</a></div><div class="tree-item is-active"><a href="#">Swifts are back</a></div></div></div>'
        f'<div class="render-container"><div class="markdown-preview-view"><div class="markdown-preview-sizer markdown-preview-section"><div class="markdown-preview-pusher"></div><div class="mod-header"><div class="page-header">{page_["title"]}</div></div>{article}</div></div></div>'
        '<div class="site-body-right-column"><div class="backlinks"><div class="published-section-header">Links to this page</div><a href="/Birds">Birds</a> <a href="/2024-05">May 2024</a></div><div class="graph-view-outer">Interactive graph</div></div></div>'
        '<div class="site-footer"><a href="https://publish.obsidian.md">Powered by Obsidian Publish</a></div></div>'
    ), ld=False)  # fmt: skip


def ob(html: str, text: str) -> tuple[str, str]:
    """One block of an Obsidian Publish note: its element wrapped in a ``<div>``."""
    return f"<div>{html}</div>", text


# ---------------------------------------------------------------- English (a Ko-fi post)
def kofi_en(page_: dict, article: str) -> str:
    """A Ko-fi creator's post: the Ko-fi header ("Explore", "Log in", "Sign up"), the creator's banner, name and
    "Support" button, ``h1``, the date, ``div.kfds-c-post-body``, the "Like" count, "Buy a Coffee for ..." box, "More
    posts" and the Ko-fi footer."""
    return _doc(page_, "en", (
        '<header class="kfds-header"><a href="https://ko-fi.com">Ko-fi</a> <a href="/explore">Explore</a> <a href="/login">Log in</a> <a href="/signup">Sign up</a></header>'
        f'<div class="profile-header"><div class="kfds-c-creator-name">{page_["author"]}</div><a class="kfds-btn" href="#">Support</a></div>'
        f'<main class="kfds-c-post"><h1 class="kfds-c-post-title">{page_["title"]}</h1><div class="kfds-c-post-date">May 18, 2024</div>'
        f'<div class="kfds-c-post-body">{article}</div>'
        '<div class="kfds-c-post-like"><button>Like</button> 23</div>'
        f'<div class="kfds-c-support-box"><h3>Buy a Coffee for {page_["author"]}</h3><button>Support $5</button></div>'
        '<section class="more-posts"><h3>More posts</h3><a href="/post/1">April sketchbook</a> <a href="/post/2">Commission slots open</a></section></main>'
        '<footer>© Ko-fi Labs Ltd. · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></footer>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- English (a library's news on BiblioCommons)
def biblio_en(page_: dict, article: str) -> str:
    """A public library's news post on BiblioCommons' Events and Web: the library's header with the catalogue search
    and "Log In / My Account", the menu, ``h1``, "Posted by ... on May 20, 2024", ``div.cp-body-content``, "Tags",
    "Share", "More from the blog" and the footer with the branches' hours."""
    return _doc(page_, "en-US", (
        '<div class="biblio-header"><a class="logo" href="/">Harbor County Public Library</a><form><select><option>Keyword</option></select><input placeholder="Search the catalog"><button>Search</button></form><a href="/user/login">Log In / My Account</a></div>'
        '<nav class="biblio-menu"><a href="/books">Books &amp; More</a> <a href="/events">Events</a> <a href="/services">Services</a> <a href="/blog">Blog</a> <a href="/locations">Locations</a></nav>'
        f'<main><article class="cp-blog-post"><h1 class="cp-heading">{page_["title"]}</h1><div class="cp-post-meta">Posted by {page_["author"]} on May 20, 2024</div>'
        f'<div class="cp-body-content">{article}</div>'
        '<div class="cp-tags">Tags: <a href="#">Summer Reading</a> <a href="#">Kids</a></div><div class="cp-share">Share <a href="#">Facebook</a> <a href="#">Email</a></div></article>'
        '<section class="more"><h2>More from the blog</h2><ul><li><a href="/blog/1">Staff picks: beach reads</a></li><li><a href="/blog/2">New hotspot lending</a></li></ul></section></main>'
        '<footer><div>Main Library: Mon-Thu 9-8, Fri-Sat 9-5, Sun 1-5</div><div>Powered by BiblioCommons</div></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- English (Carrd)
def carrd_en(page_: dict, article: str) -> str:
    """A one-page Carrd site's news section: ``div#wrapper`` > ``div#main`` > ``div.inner`` with the site's name as
    ``h1#text01``, the section's ``h2``, the date line, the post as ``p#text0N`` paragraphs, a "Sign up" form, the
    icons row and "Made with Carrd"."""
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">'
        f'<title>{page_["site"]}</title><meta name="description" content="Community garden on Elm Street"></head><body>'
        '<div id="wrapper"><div id="main"><div class="inner">'
        '<h1 id="text01">Elm Street Community Garden</h1><p id="text02">Grow together. Since 2016.</p><hr id="divider01">'
        f'<h2 id="text03">{page_["title"]}</h2><p id="text04">May 17, 2024</p>{article}'
        '<hr id="divider02"><form id="form01"><label>Get garden news by email</label><input type="email" placeholder="Email"><button>Sign up</button></form>'
        '<ul id="icons01" class="icons"><li><a href="#">Instagram</a></li><li><a href="#">Facebook</a></li><li><a href="mailto:hello@elmgarden.example">Email</a></li></ul>'
        '<p id="text09">Made with <a href="https://carrd.co">Carrd</a></p></div></div></div></body></html>'
    )


def carrd_p(n: int, text: str) -> tuple[str, str]:
    return f'<p id="text{n:02d}">{text}</p>', text


SKINS.update(
    r32_altervista=altervista_it,
    r32_chiho_ja=chiho_ja,
    r32_nhs=nhs_trust_en,
    r32_canalblog=canalblog_fr,
    r32_sanook=sanook_th,
    r32_regional_pl=regional_pl,
    r32_egloos=egloos_ko,
    r32_nethouse=nethouse_ru,
    r32_club_es=club_es,
    r32_docsify=docsify_en,
    r32_fandom=fandom_en,
    r32_obsidian=obsidian_en,
    r32_kofi=kofi_en,
    r32_biblio=biblio_en,
    r32_carrd=carrd_en,
)


page(
    "r32-it-altervista-sagra",
    "Italian Pro Loco blog on Altervista (the header and menu, h1.entry-title, Pubblicato il ... da, div.entry-content with the lead photo in a bare div and its caption in the next bare div over the story's bare div paragraphs, Condividi, Articoli correlati, Lascia un commento, the Altervista footer; no JSON-LD)",
    "r32_altervista",
    "Torna la sagra degli asparagi: tre giorni di festa in piazza",
    "Pro Loco Montecchio",
    "2024-05-20T00:00:00+02:00",
    [
        lead_photo_it(),
        caption_it(),
        div(
            "Da venerdì 31 maggio a domenica 2 giugno torna in piazza Garibaldi la sagra degli asparagi, giunta quest'anno alla sua ventesima edizione."
        ),
        div(
            "Gli stand gastronomici apriranno ogni sera alle 19. Nel menù, oltre al classico risotto agli asparagi, ci saranno le crespelle della casa e la torta di asparagi e ricotta."
        ),
        div(
            "Sabato sera si balla con l'orchestra Gli Amici del Liscio, mentre domenica pomeriggio è in programma la gara di torte aperta a tutti."
        ),
        div("In caso di maltempo la festa si sposterà sotto il tendone del campo sportivo."),
    ],
    site="Pro Loco Montecchio",
)
page(
    "r32-ja-chiho-tanbo",
    "Japanese regional paper's story (the header with 購読申し込み and ログイン, the sections, the breadcrumb, h1, the date, div.article-body closing on この記事の無断転載を禁じます。 and この記事についてのご意見をお寄せください。, 関連記事, アクセスランキング, the footer; no JSON-LD)",
    "r32_chiho_ja",
    "小学生が田植え体験　地元農家が指導",
    "北信濃新報",
    "2024-05-21T06:00:00+09:00",
    [
        p("中野市の市立東小学校の5年生約60人が20日、学校近くの田んぼで田植えを体験した。"),
        p(
            "地元の農家でつくる「東地区稲作研究会」のメンバー8人が指導し、児童たちははだしで田んぼに入って、コシヒカリの苗を一本ずつ丁寧に植えていった。"
        ),
        p(
            "初めて田植えをしたという男子児童は「泥が温かくて気持ちよかった。秋においしいお米ができてほしい」と話していた。"
        ),
        p("9月には稲刈りをし、収穫した米は11月の収穫祭でおにぎりにして味わう予定だ。"),
    ],
    site="北信濃新報",
)
page(
    "r32-en-nhs-diagnostic",
    "English NHS trust news page (the skip link, the NHS.UK header with search and the menu, the breadcrumb, the header's h1, a dek in a bare div, the lead photo in a bare div and its Photo by credit in the next, Published:, div.nhsuk-body, Share this page, Latest news, the footer; no JSON-LD)",
    "r32_nhs",
    "Community diagnostic centre opens on Saturdays",
    "Ashcombe Hospitals NHS Foundation Trust",
    "2024-05-21T00:00:00+01:00",
    [
        p(
            "The community diagnostic centre at Ashcombe Retail Park is now open on Saturdays, giving patients more choice of appointment times for scans and tests."
        ),
        p(
            "The centre carries out MRI and CT scans, ultrasound, blood tests and breathing tests. Since it opened last year it has seen more than 40,000 patients."
        ),
        p(
            "\u201cOpening on Saturdays means people do not have to take time off work for a scan, and it will help us bring waiting times down further,\u201d said Dr Priya Nair, the trust's clinical lead for diagnostics."
        ),
        p(
            "Patients are referred by their GP or hospital team and do not need to book an appointment themselves."
        ),
    ],
    site="Ashcombe Hospitals NHS Foundation Trust",
)
page(
    "r32-fr-canalblog-clafoutis",
    "French Canalblog post (the banner and description, Accueil, the date header, h2.articletitle, div.articlebody with a list, Publicité, the Posté par line with Commentaires and Permalien, a comment, Archives and Catégories, the Canalblog footer; no JSON-LD)",
    "r32_canalblog",
    "Le clafoutis aux cerises de ma grand-mère",
    "Mamie Jo",
    "2024-05-19T18:42:00+02:00",
    [
        p(
            "Les premières cerises sont arrivées au marché de Bourges samedi, et je n'ai pas pu résister. Voici le clafoutis que faisait ma grand-mère, avec les noyaux, comme il se doit."
        ),
        p("Pour six personnes, il vous faut :"),
        ul(
            "500 g de cerises",
            "3 œufs",
            "80 g de sucre",
            "60 g de farine",
            "30 cl de lait",
            "une noix de beurre",
        ),
        p(
            "Battez les œufs avec le sucre, ajoutez la farine puis le lait. Beurrez le plat, posez les cerises et versez la pâte dessus. Enfournez 40 minutes à 180 °C."
        ),
        p("Ma grand-mère disait qu'on le mange tiède, jamais froid. Je suis bien d'accord avec elle !"),
    ],
    site="Les carnets de Mamie Jo",
)
page(
    "r32-th-sanook-chiangmai",
    "Thai portal's story after Sanook (the channels, the category, h1.title, the source and time, div.EntryBody with an อ่านข่าวที่เกี่ยวข้อง link block inside, the tags, ข่าวที่เกี่ยวข้อง, แสดงความคิดเห็น, the footer; NewsArticle JSON-LD)",
    "r32_sanook",
    "เชียงใหม่เปิดจุดบริการรถรับส่งนักท่องเที่ยวฟรีช่วงเทศกาล",
    "ข่าวสยามพอร์ทัล",
    "2024-05-21T10:15:00+07:00",
    [
        p(
            "เทศบาลนครเชียงใหม่เปิดให้บริการรถรับส่งนักท่องเที่ยวฟรี 4 เส้นทาง ระหว่างวันที่ 22-26 พฤษภาคม เพื่อรองรับนักท่องเที่ยวที่เดินทางมาร่วมงานเทศกาลดอกไม้ในตัวเมือง"
        ),
        p("รถจะออกจากจุดจอดบริเวณประตูท่าแพทุก 15 นาที ตั้งแต่เวลา 08.00 ถึง 22.00 น."),
        read_related_th(),
        p(
            "นายกเทศมนตรีนครเชียงใหม่ระบุว่า การให้บริการครั้งนี้จะช่วยลดปัญหาการจราจรติดขัดในเขตคูเมือง และขอให้ประชาชนใช้บริการขนส่งสาธารณะแทนรถยนต์ส่วนตัว"
        ),
    ],
    site="สยามพอร์ทัล",
)
page(
    "r32-pl-portal-hucisko",
    "Polish city portal's story after trojmiasto.pl (the top bar with the weather and Zaloguj się, the sections, h1, p.lead dek in the header, the author with Opinie (48), div.article-text with a Czytaj także: line inside, Opinie, Najczęściej czytane, the footer; NewsArticle JSON-LD)",
    "r32_regional_pl",
    "Remont torowiska na Hucisku. Tramwaje pojadą objazdem przez dwa tygodnie",
    "Marta Wiśniewska",
    "2024-05-21T07:00:00+02:00",
    [
        p(
            "Od poniedziałku 27 maja tramwaje nie pojadą ulicą Okopową i Hucisko. Gdańskie Autobusy i Tramwaje zapowiadają, że remont torowiska potrwa około dwóch tygodni."
        ),
        p(
            "Linie 2, 6 i 8 zostaną skierowane objazdem przez ulicę Wały Jagiellońskie. Między Bramą Oliwską a dworcem kursować będą autobusy zastępcze oznaczone literą T."
        ),
        czytaj_pl(),
        p(
            "Utrudnienia dotkną także kierowców. Na czas prac jeden pas ruchu w stronę Wrzeszcza będzie zamknięty, a skręt w lewo w ulicę Rajską zostanie wyłączony."
        ),
    ],
    site="Portal Trójmiasta",
)
page(
    "r32-ko-egloos-sanchaek",
    "Korean Egloos blog post (the Egloos bar, the blog's name, the category, h2.entry-title, the by line with the date, div.hentry-content, 덧글, 트랙백, 핑백, 이 글과 관련된 글, a comment, the sidebar, the Egloos footer; no JSON-LD)",
    "r32_egloos",
    "비 온 뒤의 동네 산책",
    "산책고양이",
    "2024-05-18T21:30:00+09:00",
    [
        p("오후 내내 비가 오다가 저녁 무렵에 그쳐서 오랜만에 동네 한 바퀴를 걸었다."),
        p(
            "개천 옆 산책로에는 물이 불어서 징검다리가 잠겨 있었고, 오리 가족이 그 위를 천천히 건너가고 있었다. 새끼가 다섯 마리였다."
        ),
        p(
            "돌아오는 길에 시장 입구 붕어빵 가게에 들렀는데, 벌써 여름이라 문을 닫았다는 종이가 붙어 있었다. 가을까지 기다려야겠다."
        ),
    ],
    site="산책하는 고양이",
)
page(
    "r32-ru-nethouse-med",
    "Russian bee farm's news on Nethouse (the header with the phone and Заказать звонок, the menu, the breadcrumb, h1, the date, div.news-text with a list, Поделиться, Другие новости, the cart widget, the Сайт создан на Nethouse footer; no JSON-LD)",
    "r32_nethouse",
    "Начинаем принимать заказы на майский мёд",
    "Пасека Медовый Лог",
    "2024-05-20T00:00:00+03:00",
    [
        p(
            "Первая откачка мёда в этом году пройдёт в начале июня. Весна была тёплой, и пчёлы хорошо поработали на цветущих садах и одуванчиках."
        ),
        p(
            "Уже сейчас можно оформить предварительный заказ на сайте или по телефону. Мёд будет в трёх вариантах:"
        ),
        ul("банка 0,5 л — 450 рублей", "банка 1 л — 850 рублей", "бидон 3 л — 2400 рублей"),
        p(
            "Доставка по Кирову бесплатная при заказе от двух литров. В другие города отправляем транспортными компаниями."
        ),
    ],
    site="Пасека Медовый Лог",
)
page(
    "r32-es-club-victoria",
    "Spanish football club's news page (the sponsors' bar, the menu, the category, h1, the date, div.noticia-cuerpo with the line-up paragraph and a quotation, Compartir, Más noticias, Próximo partido, the footer; no JSON-LD)",
    "r32_club_es",
    "El CD Arenales remonta ante el Atlético Playa y sigue en puestos de ascenso",
    "CD Arenales",
    "2024-05-19T00:00:00+02:00",
    [
        p(
            "El CD Arenales sumó este domingo una victoria de mérito en el Estadio Municipal de La Vega al remontar el gol inicial del Atlético Playa (2-1) y mantenerse tercero a cuatro jornadas del final."
        ),
        p(
            "Los visitantes se adelantaron en el minuto 12 con un cabezazo de Rubén Castro. El equipo de Javier Molina reaccionó tras el descanso y empató con un disparo lejano de Iker Sáez. En el 78, Dani Ortega culminó una contra para firmar el 2-1."
        ),
        quote("El equipo ha demostrado carácter. Ahora toca pensar en el Salinas, que es una final."),
        p(
            "Alineación del CD Arenales: Pablo Gil; Marcos, Hugo Pérez, Álex Romero, Sergio Luna; Iker Sáez, Mario Vidal; Jon Arrieta, Dani Ortega, Lucas Prieto; Adrián Cano."
        ),
    ],
    site="CD Arenales",
)
page(
    "r32-en-docsify-release",
    "English docsify blog page (the sidebar with the app name, search and links, article.markdown-section with the h1 and headings whose text sits in anchor links, code and a list, Edit on GitHub, the Previous/Next pagination; no JSON-LD)",
    "r32_docsify",
    "pebble-db 2.0 is here",
    "pebble-db maintainers",
    "2024-05-20T00:00:00+00:00",
    [
        p(
            "pebble-db 2.0 is the first release with a write-ahead log, so a crash no longer loses the last few seconds of writes. It also brings a new compaction scheduler and drops support for Node 16."
        ),
        ds_h("Write-ahead log", "write-ahead-log"),
        p(
            "Every write is appended to the log before it reaches the memtable. On start-up, pebble-db replays the log and rebuilds anything that was not yet flushed to disk."
        ),
        ds_h("Upgrading", "upgrading"),
        p("Install the new version and run the migration once; it rewrites the manifest in the new format:"),
        code("npm install pebble-db@2\nnpx pebble-db migrate ./data"),
        ul(
            "Node 18 or later is required.",
            "db.compact() now returns a promise.",
            "The sync option has been renamed to durable.",
        ),
    ],
    site="pebble-db",
)
page(
    "r32-en-fandom-blog",
    "English Fandom wiki user blog post (the global navigation, the community header, the User blog: subtitle and h1.page-header__title, div.mw-parser-output with a heading and a list, Categories, Comments (7), Fan Feed, the Fandom footer; no JSON-LD)",
    "r32_fandom",
    "Starhollow Wiki is looking for new editors",
    "Lanternlight",
    "2024-05-19T00:00:00+00:00",
    [
        p(
            "With season three starting next month, the wiki is about to get a lot busier, and our small admin team could use some help. If you have ever fixed a typo here, you already know more than you think."
        ),
        h("What we need", 2),
        ul(
            "episode summaries written within a week of airing",
            "character pages checked against the new season",
            "screenshots with proper file names and licences",
        ),
        p(
            "You do not need any experience with wiki markup. Leave a message on my wall or join the Discord server, and one of us will walk you through your first edit."
        ),
    ],
    site="Starhollow Wiki",
)
page(
    "r32-en-obsidian-swifts",
    "English Obsidian Publish note (the site's name and search, the file tree, div.markdown-preview-view whose blocks each sit in their own div, the inline title, a heading, a list and a quotation, Links to this page, the graph view, Powered by Obsidian Publish; no JSON-LD)",
    "r32_obsidian",
    "Swifts are back",
    "Field notes",
    "2024-05-12T00:00:00+00:00",
    [
        ob(
            "<p>The first swifts were over the church tower this evening, screaming round in a tight group of six. Last year they arrived on the 9th, so they are right on time.</p>",
            "The first swifts were over the church tower this evening, screaming round in a tight group of six. Last year they arrived on the 9th, so they are right on time.",
        ),
        ob("<h2>Where to look</h2>", "Where to look"),
        ob(
            "<ul><li>the church tower, an hour before sunset</li><li>above the allotments when there is a hatch of flies</li><li>under the eaves on Mill Lane, where the nest boxes are</li></ul>",
            "the church tower, an hour before sunset\nabove the allotments when there is a hatch of flies\nunder the eaves on Mill Lane, where the nest boxes are",
        ),
        ob(
            "<blockquote><p>A swift that leaves its nest may not land again for two years.</p></blockquote>",
            "A swift that leaves its nest may not land again for two years.",
        ),
        ob(
            "<p>I still find that hard to believe every time I watch them.</p>",
            "I still find that hard to believe every time I watch them.",
        ),
    ],
    site="Field notes",
)
page(
    "r32-en-kofi-sketchbook",
    "English Ko-fi creator's post (the Ko-fi header, the creator's name and Support, h1, the date, div.kfds-c-post-body, the Like count, Buy a Coffee for ..., More posts, the footer; no JSON-LD)",
    "r32_kofi",
    "Finished the harbour sketchbook!",
    "Nell Draws Boats",
    "2024-05-18T00:00:00+00:00",
    [
        p(
            "After eight months of Saturday mornings on the harbour wall, the sketchbook is full. Forty-two pages of fishing boats, gulls, nets and one very patient harbour master."
        ),
        p(
            "Thank you to everyone who bought me a coffee along the way. Your support paid for the paper and the new set of watercolours that made the second half of the book so much brighter."
        ),
        p(
            "I am scanning the pages this week and will turn the best twelve into a small printed zine. Supporters will get the PDF first, before it goes up in the shop."
        ),
    ],
    site="Ko-fi",
)
page(
    "r32-en-library-summer",
    "English public library's blog post on BiblioCommons (the header with the catalog search and Log In / My Account, the menu, h1.cp-heading, Posted by ... on, div.cp-body-content with a heading and a list, Tags, Share, More from the blog, the footer with the hours; BlogPosting JSON-LD)",
    "r32_biblio",
    "Summer Reading Challenge starts June 1",
    "Youth Services",
    "2024-05-20T00:00:00-07:00",
    [
        p(
            "This year's Summer Reading Challenge, Adventure Begins at Your Library, runs from June 1 to August 10 at all six branches. Readers of every age can sign up online or at any service desk."
        ),
        p(
            "Log 20 hours of reading over the summer and earn a free book to keep, plus a ticket to the end-of-summer party at the Main Library."
        ),
        h("How to join", 2),
        ul(
            "Pick up a reading log at any branch or use the Beanstack app.",
            "Record your minutes each week; audiobooks and read-alouds count.",
            "Visit a service desk to claim your prizes.",
        ),
        p("The challenge is free and no library card is needed to take part."),
    ],
    site="Harbor County Public Library",
)
page(
    "r32-en-carrd-garden",
    "English one-page Carrd site's news section (div#wrapper > div#main > div.inner, the site's name as h1#text01, its tagline, the post's h2 and date line, the post as p#textNN paragraphs, the Sign up form, the icons row, Made with Carrd; no JSON-LD)",
    "r32_carrd",
    "Plot waiting list reopens",
    "Elm Street Community Garden",
    "2024-05-17T00:00:00+00:00",
    [
        carrd_p(
            5,
            "Good news: three plots have come free after the spring tidy-up, so the waiting list is open again until the end of May.",
        ),
        carrd_p(
            6,
            "Plots cost $25 a season and come with shared tools, water and compost. Priority goes to households within walking distance of the garden.",
        ),
        carrd_p(
            7,
            "To join the list, email us with your name and address, or come along to the work day on Saturday, May 25, from 9 to noon.",
        ),
    ],
    site="Elm Street Community Garden",
)
