"""The seventh round of ``bench/extraction_pages``: pages (``r7-*``) from site families and markup the first six
rounds lack, each in a template written here after what the family's pages emit.

Families: an Ippen regional paper (German, ``id-StoryElement-paragraph``, "Auch interessant" cross links and a
newsletter line inside the story), a German live ticker ("+++" entries, each a bold time in its paragraph), a
dpa story on a national portal (``article__item``, the "© dpa-infocom" line), a French regional paper ("À lire
aussi" inserts, a Google News call), Vocento (Spanish, ``voc-p``, "Más información"), Corriere della Sera
(Italian, ``chapter-paragraph``, "© RIPRODUZIONE RISERVATA"), Infobae on Arc XP (Spanish, ``p.paragraph``,
an EFE credit), Folha de S.Paulo (Brazilian Portuguese, ``c-news__body``, "LEIA MAIS", a newsletter box),
Onet (Polish, "Dalsza część artykułu pod materiałem wideo"), People's Daily (Simplified Chinese,
``rm_txt_con``, the editors' line), Yonhap (Korean press agency: dateline, the reporter's address, the
copyright and tip-off lines), NHK (Japanese, ``content--summary`` then ``body-text`` sections), an Arabic AMP
page (``amp-img``, ``amp-ad``, ``amp-social-share``, right to left), a Tamil portal ("இதையும் படிங்க"), a
page whose body is only in its JSON-LD ``articleBody`` (an app's empty root), the first page of a paginated
article (WordPress ``page-links``) and a funeral home's obituary (service details, guest book). The gold of
every page was written before nutgraf was run on it; it leaves out teasers in the header (as the sixth round
does), times set apart from a live entry, datelines' photo captions, editors' and copyright lines, and an
agency's "© dpa-infocom" line; it keeps a dateline that opens the first paragraph and a closing credit
("Con información de EFE"), as ScrapingHub's gold keeps "Reporting by ...".
"""

from __future__ import annotations

import json

from articles import page
from fourth_round import _doc, _links
from furniture import SKINS
from parts import h, p, raw


def _lis(items: tuple[str, ...], href: str = "/a/") -> str:
    return "".join(f'<li><a href="{href}{i}">{t}</a></li>' for i, t in enumerate(items))


# ---------------------------------------------------------------- Ippen (Merkur, tz, fr.de...)
def ippen(page_: dict, article: str) -> str:
    """An Ippen.Media regional paper: ``article.id-Story`` with its header (kicker, headline, ``leadText``,
    authors and date, the interaction bar), the lead image, then each story element a ``id-StoryElement-*``
    sibling; recommendations and comments after."""
    return _doc(page_, "de", (
        '<div id="id-ConsentLayer" class="id-Consent"><p>Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Inhalte und Werbung zu personalisieren.</p>'
        '<button>Alle akzeptieren</button><a href="/datenschutz/">Einstellungen</a></div>'
        f'<header class="id-SiteHeader"><a class="id-SiteHeader-logo" href="/">{page_["site"]}</a><nav class="id-Navigation"><ul>{_links(("Lokales", "Bayern", "Politik", "Sport", "Verbraucher"), "/ressort/")}</ul></nav></header>'
        '<main class="id-Main"><nav class="id-Breadcrumb"><ol><li><a href="/">Startseite</a></li><li><a href="/lokales/">Lokales</a></li><li>Landkreis Freising</li></ol></nav>'
        '<article class="id-Story id-Story--default" data-id-content-type="article">'
        '<header class="id-Story-header"><div class="id-Story-kicker"><span class="id-StoryElement-kicker">Kreisumlage</span></div>'
        f'<h1 class="id-StoryElement-headline"><span class="id-StoryElement-headline-lineInner">{page_["title"]}</span></h1>'
        f'<p class="id-StoryElement-leadText">{page_["deck"]}</p>'
        f'<div class="id-Story-authorsAndDate"><span class="id-Story-authors">Von <a class="id-Link" href="/autoren/1">{page_["author"]}</a></span>'
        '<time class="id-DateTime" datetime="2024-05-16T14:32:00+02:00">16.05.2024, 14:32 Uhr</time></div>'
        '<div class="id-Story-interactionBar"><a class="id-Story-commentCount" href="#id-Comments">Kommentare</a><button class="id-Share">Teilen</button></div></header>'
        '<div class="id-StoryElement-leadImage"><figure class="id-StoryElement-image"><img src="/lead.jpg" alt="Kreistag">'
        '<figcaption class="id-StoryElement-image-caption">Der Kreistag tagte im großen Sitzungssaal. <span class="id-StoryElement-image-credit">© Lehmann</span></figcaption></figure></div>'
        f'<div class="id-Story-body">{article}</div>'
        '<p class="id-Story-footnote">*merkur.de ist ein Angebot von IPPEN.MEDIA.</p>'
        '<div class="id-Story-tags"><span>Schlagworte</span><a href="/t/1">Freising</a><a href="/t/2">Kreistag</a></div></article>'
        '<section class="id-Teaserlist"><h2 class="id-Teaserlist-title">Mehr aus der Region</h2><ul>'
        + _lis(("Neue Buslinie zum Flughafen ab Juni", "Moosburg: Stadtrat streitet über Freibad", "Unfall auf der B11: Zwei Verletzte")) +
        '</ul></section><section id="id-Comments" class="id-Comments"><h2>Kommentare</h2><p>Kommentieren Sie mit Ihrem Nutzerkonto.</p></section></main>'
        '<footer class="id-SiteFooter"><a href="/impressum/">Impressum</a> <a href="/datenschutz/">Datenschutz</a> <span>© Münchner Merkur</span></footer>'
    ))  # fmt: skip


def ip(text: str) -> tuple[str, str]:
    return p(text, attrs=' class="id-StoryElement-paragraph"')


def ippen_links(*titles: str) -> tuple[str, None]:
    return (
        '<div class="id-StoryElement-crossLinkListing"><p class="id-StoryElement-crossLinkListing-title">Auch interessant</p><ul>'
        + "".join(f'<li class="id-StoryElement-crossLinkListing-item"><a class="id-Link" href="/x{i}">{t}</a></li>' for i, t in enumerate(titles))
        + "</ul></div>",
        None,
    )  # fmt: skip


# ---------------------------------------------------------------- a German live ticker
def ticker(page_: dict, article: str) -> str:
    """A German portal's live ticker: the entries written as paragraphs in the article body, a bold time in
    front of each, days under ``h2`` headings, newest first; an update note and a "Liveticker aktualisieren"
    button above."""
    return _doc(page_, "de", (
        f'<header class="site-header"><a class="logo" href="/">{page_["site"]}</a><ul class="nav">{_links(("Politik", "Panorama", "Wirtschaft", "Sport"), "/r/")}</ul></header>'
        '<main><article class="article article--liveticker"><div class="article__header">'
        '<span class="article__kicker"><span class="live-badge">LIVE</span> Hochwasser</span>'
        f'<h1 class="article__headline">{page_["title"]}</h1>'
        f'<p class="article__intro">{page_["deck"]}</p>'
        f'<div class="article__meta"><span class="article__author">{page_["author"]}</span> <time>Aktualisiert: 03.06.2024, 16:05 Uhr</time></div>'
        '<div class="article__share"><a href="#">Facebook</a><a href="#">WhatsApp</a><a href="#">E-Mail</a></div></div>'
        '<button class="liveticker__refresh">Liveticker aktualisieren</button>'
        f'<div class="article__body">{article}</div>'
        '<div class="article__source"><span>Quellen: dpa, eigene Recherche</span></div></article>'
        '<aside class="article__related"><h2>Mehr zum Thema</h2><ul>'
        + _lis(("Pegelstände: So hoch steht die Donau", "Versicherung: Wer zahlt bei Hochwasserschäden?")) +
        '</ul></aside></main><footer class="site-footer"><a href="/impressum">Impressum</a></footer>'
    ))  # fmt: skip


def tick(time: str, text: str) -> tuple[str, str]:
    return f"<p><strong>{time}</strong> {text}</p>", f"{time} {text}"


# ---------------------------------------------------------------- a dpa story on a national portal
def dpa_portal(page_: dict, article: str) -> str:
    """A dpa story in a national portal's news feed: ``article-body`` with ``p.paragraph.article__item``, the
    agency's "© dpa-infocom, dpa:..." line as the last item, a "Zur Startseite" link and the feed's latest news."""
    return _doc(page_, "de", (
        f'<header class="header"><a class="header__logo" href="/">{page_["site"]}</a><nav><ul>{_links(("Politik", "Gesellschaft", "Wirtschaft", "Kultur", "Wissen", "News"), "/s/")}</ul></nav></header>'
        '<main class="main main--article"><article class="article article--news" itemscope itemtype="http://schema.org/NewsArticle">'
        '<header class="article-header"><span class="article-heading__kicker">Verkehr</span>'
        f'<h1 class="article-heading"><span class="article-heading__title">{page_["title"]}</span></h1>'
        '<div class="metadata"><time class="metadata__date" datetime="2024-05-16T11:08:00+02:00">16. Mai 2024, 11:08 Uhr</time>'
        '<span class="metadata__source">Quelle: dpa Niedersachsen</span></div></header>'
        f'<div class="article-body article-body--article">{article}'
        '<p class="paragraph article__item">© dpa-infocom, dpa:240516-99-046218/3</p></div>'
        '<div class="article-toolbox"><a class="article-toolbox__link" href="/">Zur Startseite</a></div></article>'
        '<section class="newsfeed"><h2 class="newsfeed__title">News</h2><ol>'
        + _lis(("Bundesliga: Heidenheim verlängert mit Trainer", "Wetter: Gewitter im Süden erwartet", "Tarifstreit: Warnstreik im Nahverkehr")) +
        '</ol></section></main><footer class="footer"><a href="/impressum">Impressum</a></footer>'
    ))  # fmt: skip


def dp(text: str) -> tuple[str, str]:
    return p(text, attrs=' class="paragraph article__item"')


# ---------------------------------------------------------------- a French regional paper
def fr_regional(page_: dict, article: str) -> str:
    """A French regional daily: breadcrumb, ``article.article`` with a ``header`` (title, date and place),
    ``div.article-body`` of ``p`` and ``h2.intertitre``, "À lire aussi" inserts, a subscribers' offer after the
    body, then "Votre avis nous intéresse" and the region's latest news."""
    return _doc(page_, "fr", (
        '<div id="didomi-host"><div class="didomi-popup"><p>Avec votre accord, nos partenaires et nous utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles.</p>'
        '<button id="didomi-notice-agree-button">Accepter &amp; Fermer</button><button>Continuer sans accepter</button></div></div>'
        f'<header class="site-header"><a href="/" class="logo">{page_["site"]}</a><nav><ul>{_links(("Bretagne", "Normandie", "Pays de la Loire", "Sports", "Faits divers"), "/region/")}</ul></nav>'
        '<a class="btn-abo" href="/abonnement/">Je m\'abonne</a></header>'
        '<main><nav class="breadcrumb"><a href="/">Accueil</a> › <a href="/bretagne/">Bretagne</a> › <a href="/bretagne/quimper/">Quimper</a></nav>'
        '<article class="article"><header class="article-header">'
        f'<h1 class="article-title">{page_["title"]}</h1>'
        f'<div class="article-meta"><span class="author">{page_["author"]}</span> <span class="place">Quimper</span> '
        '<time datetime="2024-05-16T18:45:00+02:00">Publié le 16/05/2024 à 18h45</time></div>'
        '<div class="share-bar"><a href="#">Partager sur Facebook</a><a href="#">Partager sur X</a><a href="#">Envoyer par e-mail</a></div></header>'
        f'<div class="article-body">{article}</div>'
        '<div class="article-footer"><div class="vote"><p>Cet article vous a-t-il été utile ?</p><button>Oui</button><button>Non</button></div>'
        '<div class="tags"><a href="/tag/quimper">Quimper</a> <a href="/tag/transports">Transports</a></div></div></article>'
        '<section class="latest"><h2>Les dernières actualités de Quimper</h2><ul>'
        + _lis(("Un nouveau marché bio le samedi matin", "Le festival de Cornouaille dévoile sa programmation")) +
        '</ul></section></main><footer><p>© Le Télégramme de l\'Ouest</p></footer>'
    ))  # fmt: skip


def lire_aussi(title: str) -> tuple[str, None]:
    return (
        f'<aside class="read-also"><span class="read-also__label">À lire aussi :</span> <a href="/ra/1">{title}</a></aside>',
        None,
    )


# ---------------------------------------------------------------- Vocento (ABC, El Correo...)
def vocento(page_: dict, article: str) -> str:
    """A Vocento paper: ``article.voc-article`` with ``header.voc-header`` (``h1.voc-title``, ``h2.voc-subtitle``),
    ``div.voc-d`` of ``p.voc-p`` and ``h2.voc-h2``, a "Más información" box inside the body, the comment box
    for registered readers after it."""
    return _doc(page_, "es", (
        f'<header class="voc-nav"><a class="voc-logo" href="/">{page_["site"]}</a><ul>{_links(("España", "Internacional", "Economía", "Sociedad", "Cultura", "Deportes"), "/seccion/")}</ul>'
        '<a class="voc-subscribe" href="/suscripcion/">Suscríbete</a></header>'
        '<main class="voc-main"><article class="voc-article"><header class="voc-header">'
        f'<h1 class="voc-title">{page_["title"]}</h1><h2 class="voc-subtitle">{page_["deck"]}</h2>'
        f'<div class="voc-author"><p class="voc-author__name">{page_["author"]}</p><p class="voc-author__place">Bilbao</p>'
        '<time class="voc-author__time" datetime="2024-05-16T07:12:00+02:00">Jueves, 16 de mayo 2024, 07:12</time></div>'
        '<div class="voc-share"><a href="#">Compartir</a><a href="#" class="voc-comments-count">Comentar</a></div></header>'
        '<figure class="voc-figure"><img src="/foto.jpg" alt=""><figcaption class="voc-figcaption">Obras en la estación de Abando. <span class="voc-figcaption__author">Ignacio Pérez</span></figcaption></figure>'
        f'<div class="voc-d">{article}</div>'
        '<div class="voc-topics"><span>Temas</span><a href="/t/1">Bilbao</a><a href="/t/2">Metro Bilbao</a></div>'
        '<section class="voc-comments"><h3>Comentar es una ventaja exclusiva para registrados</h3><p>¿Ya eres registrado? <a href="/login">Inicia sesión</a></p>'
        '<a href="#">Reporta un error en esta noticia</a></section></article>'
        '<aside class="voc-most-read"><h3>Lo más leído</h3><ol>'
        + _lis(("La borrasca deja 90 litros en Bizkaia", "El Athletic renueva a su capitán", "Cierra el último cine del Casco Viejo")) +
        '</ol></aside></main>'
    ))  # fmt: skip


def vp(text: str) -> tuple[str, str]:
    return p(text, attrs=' class="voc-p"')


# ---------------------------------------------------------------- Corriere della Sera
def corriere(page_: dict, article: str) -> str:
    """Corriere della Sera: ``div.body-article`` of ``div.chapter`` holding ``p.chapter-paragraph``, the
    date-and-update line and "© RIPRODUZIONE RISERVATA" after it, a newsletter box between chapters."""
    return _doc(page_, "it", (
        '<div class="privacy-banner"><p>Questo sito utilizza cookie, anche di terze parti, per inviarti pubblicità e servizi in linea con le tue preferenze.</p><button>Accetta</button></div>'
        f'<header class="header"><a class="logo" href="/">{page_["site"]}</a><ul class="nav">{_links(("Cronache", "Politica", "Esteri", "Economia", "Sport", "Cultura"), "/sez/")}</ul>'
        '<a class="btn-sub" href="/abbonati/">Abbonati</a></header>'
        '<main><div class="is-article"><header class="article-header">'
        f'<h1 class="title-art-hp is-xxlarge">{page_["title"]}</h1><p class="summary-art">{page_["deck"]}</p>'
        f'<p class="signature">di <a href="/autori/1">{page_["author"]}</a></p>'
        '<div class="share-bar"><a href="#">Condividi</a><a href="#">Commenta</a></div></header>'
        f'<div class="body-article">{article}'
        '<p class="is-last-update">16 maggio 2024 (modifica il 16 maggio 2024 | 19:02)</p>'
        '<p class="is-copyright">© RIPRODUZIONE RISERVATA</p></div>'
        '<div class="read-also"><h3>Leggi anche</h3><ul>'
        + _lis(("Caro affitti, gli studenti tornano in tenda", "Il Comune lancia il bando per le case popolari")) +
        '</ul></div></div></main><footer><p>Copyright 2024 © RCS Mediagroup S.p.a.</p></footer>'
    ))  # fmt: skip


def chapter(*texts: str) -> tuple[str, str]:
    return (
        '<div class="chapter">' + "".join(f'<p class="chapter-paragraph">{t}</p>' for t in texts) + "</div>",
        "\n\n".join(texts),
    )


# ---------------------------------------------------------------- Infobae (Arc XP)
def infobae(page_: dict, article: str) -> str:
    """Infobae on Arc XP: ``article.article`` with ``h1.d23-article-headline``, ``h2.article-subheadline``,
    ``div.body-article`` of ``p.paragraph`` and ``div.visual__image`` figures, Arc's ad slots between, the
    tags and "Seguir leyendo" after."""
    return _doc(page_, "es", (
        f'<div id="fusion-app" class="layout"><header class="nav-sections"><a class="logo" href="/">{page_["site"]}</a><ul>{_links(("Últimas noticias", "Política", "Economía", "Sociedad", "América"), "/seccion/")}</ul></header>'
        '<main class="col-content"><article class="article">'
        f'<h1 class="d23-article-headline">{page_["title"]}</h1><h2 class="article-subheadline">{page_["deck"]}</h2>'
        f'<div class="byline"><a class="d23-byline-author" href="/autor/1">{page_["author"]}</a> <span class="sharebar-article-date">16 May, 2024</span></div>'
        '<div class="sharebar-buttons"><button aria-label="Compartir en Facebook"></button><button aria-label="Compartir en WhatsApp"></button></div>'
        f'<div class="body-article">{article}</div>'
        '<div class="article-tags"><a href="/tag/1">Bogotá</a><a href="/tag/2">Colombia-Noticias</a></div></article>'
        '<section class="read-more-section"><h2 class="read-more-title">Seguir leyendo:</h2><ul>'
        + _lis(("El Gobierno anunció cambios en el sistema de salud", "Racionamiento de agua: los barrios afectados esta semana")) +
        '</ul></section></main></div>'
        '<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};Fusion.arcSite="infobae";Fusion.deployment="5012";</script>'
    ))  # fmt: skip


def ad_slot(n: int) -> tuple[str, None]:
    return (
        f'<div class="ad-wrapper" id="arcad-feature-f{n}"><div class="arcad" id="arcad_{n}"></div><span class="ad-label">Publicidad</span></div>',
        None,
    )


def parp(text: str) -> tuple[str, str]:
    return p(text, attrs=' class="paragraph"')


# ---------------------------------------------------------------- Folha de S.Paulo
def folha(page_: dict, article: str) -> str:
    """Folha de S.Paulo: ``article.c-news`` with ``header.c-content-head`` (``h1.c-content-head__title``,
    ``h2.c-content-head__subtitle``), ``div.c-news__body`` of ``p`` and inline "LEIA MAIS" boxes, a
    newsletter box, the subscribe offer and "Relacionadas" after."""
    return _doc(page_, "pt-BR", (
        f'<header class="l-header"><a class="l-header__brand" href="/">{page_["site"]}</a><ul>{_links(("Poder", "Mercado", "Mundo", "Cotidiano", "Esporte", "Ilustrada"), "/ed/")}</ul>'
        '<a class="c-button--subscribe" href="/assine/">Assine</a></header>'
        '<main class="l-main"><article class="c-news"><header class="c-content-head">'
        '<p class="c-content-head__kicker">cotidiano</p>'
        f'<h1 class="c-content-head__title">{page_["title"]}</h1><h2 class="c-content-head__subtitle">{page_["deck"]}</h2></header>'
        f'<div class="c-signature"><strong class="c-signature__author"><a href="/autores/1">{page_["author"]}</a></strong> <span class="c-signature__location">São Paulo</span></div>'
        '<time class="c-more-options__published-date" datetime="2024-05-16 20:31:00">16.mai.2024 às 20h31</time>'
        '<div class="c-tools-share"><a href="#">Compartilhe</a><a href="#">Presentear</a><span class="c-tools-share__count">126</span></div>'
        f'<div class="c-news__body" data-share-text>{article}</div>'
        '<div class="c-paywall-offer"><p>Assine a Folha e tenha acesso ilimitado a reportagens e análises.</p><a href="/assine/">Assine por R$ 1,90 no primeiro mês</a></div>'
        '<div class="c-topics"><span>Tópicos</span><a href="/t/1">São Paulo</a><a href="/t/2">chuva</a></div></article>'
        '<section class="c-related"><h3>Relacionadas</h3><ul>'
        + _lis(("Temporal derruba árvores na zona oeste", "Prefeitura amplia piscinões contra enchentes")) +
        '</ul></section></main><footer><p>Copyright Folha de S.Paulo. Todos os direitos reservados.</p></footer>'
    ))  # fmt: skip


def leia_mais(*titles: str) -> tuple[str, None]:
    return (
        '<div class="rs_skip c-read-more"><h4 class="c-read-more__title">LEIA MAIS</h4><ul>'
        + "".join(f'<li><a href="/lm{i}">{t}</a></li>' for i, t in enumerate(titles))
        + "</ul></div>",
        None,
    )


def folha_newsletter() -> tuple[str, None]:
    return (
        '<div class="rs_skip c-newsletter-box"><p class="c-newsletter-box__title">Folha Cotidiano</p>'
        '<p class="c-newsletter-box__text">Receba no seu email o que de mais importante acontece na cidade; aberta para não assinantes.</p>'
        '<form><input type="email" placeholder="Digite seu e-mail"><button>Carregando...</button></form></div>',
        None,
    )


# ---------------------------------------------------------------- Onet
def onet(page_: dict, article: str) -> str:
    """Onet: ``article`` with the lead ``div.lead`` in the header, ``div.articleBody`` of ``p.hyphenate``, a
    video player with "Dalsza część artykułu pod materiałem wideo", "Zobacz też" links, the source line and
    a call to follow Onet in Google News."""
    return _doc(page_, "pl", (
        '<div class="cmp-app"><p>Twoja prywatność jest dla nas ważna. Zgadzam się na przetwarzanie moich danych przez Grupę Onet-RAS Polska i jej partnerów.</p><button>Przejdź do serwisu</button></div>'
        f'<header class="header"><a class="logo" href="/">{page_["site"]}</a><ul>{_links(("Wiadomości", "Sport", "Biznes", "Kultura", "Zdrowie"), "/k/")}</ul></header>'
        '<main><article class="detailContainer"><header class="articleHeader">'
        f'<h1 class="mainTitle">{page_["title"]}</h1>'
        f'<div class="authorsBox"><span class="author">{page_["author"]}</span> <span class="datePublished">16 maja 2024, 09:15</span></div>'
        f'<div class="lead hyphenate">{page_["deck"]}</div>'
        '<div class="shareBar"><a href="#">Udostępnij</a> <a href="#comments" class="commentsCount">87 komentarzy</a></div></header>'
        f'<div class="articleBody detail">{article}</div>'
        '<div class="sourceOrganization"><span>Źródło:</span> Onet</div>'
        '<div class="googleNews"><a href="https://news.google.com/">Obserwuj Onet w Google News</a></div></article>'
        '<section class="recommended"><h2>Polecane</h2><ul>'
        + _lis(("Ceny prądu od lipca. Rząd przedstawił projekt", "Burze nad Polską. IMGW ostrzega")) +
        '</ul></section></main><footer>© Grupa Onet-RAS Polska</footer>'
    ))  # fmt: skip


def hp(text: str) -> tuple[str, str]:
    return p(text, attrs=' class="hyphenate"')


# ---------------------------------------------------------------- People's Daily
def peoples_daily(page_: dict, article: str) -> str:
    """People's Daily Online (人民网): ``div.rm_txt`` with the title, the source and time line,
    ``div.rm_txt_con`` of indented ``p``, then the editors' line ``div.edit``, a share box and related news."""
    return _doc(page_, "zh-CN", (
        f'<div class="header"><a class="logo" href="/">{page_["site"]}</a><div class="nav">{_links(("时政", "国际", "经济", "社会", "科技", "教育"), "/n/")}</div></div>'
        '<div class="main"><div class="col-1 fl"><div class="path"><a href="/">人民网</a> &gt;&gt; <a href="/society/">社会</a></div>'
        '<div class="rm_txt cf"><div class="col col-1 fl">'
        f'<h1>{page_["title"]}</h1><div class="col-1-1 fl">2024年05月16日08:21 | 来源：<a href="/">人民网－人民日报</a></div>'
        '<div class="rm_relevant"><a href="#">小字号</a></div>'
        f'<div class="rm_txt_con cf">{article}</div>'
        '<div class="edit cf">(责编：王静、李明)</div>'
        '<div class="share"><span>分享让更多人看到</span></div></div></div>'
        '<div class="rm_ranking"><h3>相关新闻</h3><ul>'
        + _lis(("多地推进老旧小区加装电梯", "城市更新行动取得新进展")) +
        '</ul></div></div></div><div class="footer"><p>人民日报社概况 | 关于人民网 | 报社招聘</p><p>人民网版权所有，未经书面授权禁止使用</p></div>'
    ), ld=False)  # fmt: skip


def cp(text: str) -> tuple[str, str]:
    return p(text, attrs=' style="text-indent: 2em;"')


# ---------------------------------------------------------------- Yonhap
def yonhap(page_: dict, article: str) -> str:
    """Yonhap News Agency: ``article.story-news.article`` of ``p``, a ``div.comp-box.photo-group`` photo with
    its agency caption, the reporter's address in a last ``p``, then ``p.txt-copyright.adrs`` with the tip-off
    line, the copyright and the time of filing."""
    return _doc(page_, "ko", (
        f'<header id="header"><a class="logo" href="/">{page_["site"]}</a><ul class="gnb">{_links(("정치", "경제", "산업", "사회", "전국", "세계", "문화"), "/")}</ul></header>'
        '<main id="container"><div class="content03"><header class="title-article01">'
        f'<h1 class="tit">{page_["title"]}</h1><p class="update-time">송고시간2024-05-16 14:32</p>'
        '<div class="share-wrap"><button class="tooltip-share">공유</button><button class="font-size">글자크기</button></div></header>'
        f'<div class="writer-zone01"><strong class="tit-name"><a href="/reporter/1">{page_["author"]}</a> 기자</strong></div>'
        f'<article class="story-news article">{article}'
        '<p class="txt-copyright adrs">제보는 카카오톡 okjebo<br>&lt;저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지&gt;<br>2024/05/16 14:32 송고</p></article>'
        '<div class="keyword-zone"><a href="/k/1">#부동산</a> <a href="/k/2">#전세</a></div>'
        '<section class="box-most"><h2>많이 본 뉴스</h2><ol>'
        + _lis(("기준금리 동결 전망 우세", "서울 아파트값 11주 연속 상승", "청년 전세대출 한도 늘린다")) +
        '</ol></section></div></main><footer id="footer"><p>(주)연합뉴스</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- NHK News Web
def nhk(page_: dict, article: str) -> str:
    """NHK News Web: ``section.content--detail-main`` with the title and date, the body in
    ``div.content--detail-body``: ``div.content--summary`` (the story's opening) then ``div.body-text``
    sections, each under ``h2.body-title``; related news and the program links after."""
    return _doc(page_, "ja", (
        f'<header id="header"><a class="logo" href="/news/">{page_["site"]}</a><ul class="gnav">{_links(("社会", "気象・災害", "科学・文化", "政治", "ビジネス", "国際"), "/news/cat")}</ul></header>'
        '<main id="main"><section class="content--detail-main"><header class="content--header">'
        f'<h1 class="content--title"><span>{page_["title"]}</span></h1>'
        '<p class="content--date"><time datetime="2024-05-16T12:04">2024年5月16日 12時04分</time></p>'
        '<ul class="content--items"><li><a href="/news/cat01">社会</a></li></ul>'
        '<div class="content--sns"><a href="#">シェアする</a><a href="#">ポスト</a><a href="#">LINE</a></div></header>'
        f'<div class="content--detail-body">{article}</div>'
        '<section class="content--detail-more"><h2>関連ニュース</h2><ul>'
        + _lis(("空き家対策 固定資産税の優遇見直しへ", "地方移住の相談件数 過去最多に")) +
        '</ul></section></section></main><footer id="footer"><p>Copyright NHK (Japan Broadcasting Corporation) All rights reserved.</p></footer>'
    ))  # fmt: skip


def nhk_summary(text: str) -> tuple[str, str]:
    return f'<div class="content--summary"><p>{text}</p></div>', text


def nhk_section(title: str, *texts: str) -> tuple[str, str]:
    heading = f'<h2 class="body-title">{title}</h2>' if title else ""
    return (
        f'<div class="body-text">{heading}' + "".join(f"<p>{t}</p>" for t in texts) + "</div>",
        "\n\n".join(([title] if title else []) + list(texts)),
    )


# ---------------------------------------------------------------- an Arabic AMP page
def arabic_amp(page_: dict, article: str) -> str:
    """An Arabic outlet's AMP page: ``<html ⚡ dir="rtl">``, the AMP boilerplate, ``amp-sidebar``,
    ``amp-consent``, ``amp-img`` lead picture, ``amp-social-share`` buttons, the body in ``div.article-body``
    with ``amp-ad`` slots, and an ``amp-list`` of related stories."""
    return (
        '<!doctype html><html ⚡ lang="ar" dir="rtl"><head><meta charset="utf-8">'
        '<script async src="https://cdn.ampproject.org/v0.js"></script>'
        '<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>'
        '<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>'
        '<script async custom-element="amp-consent" src="https://cdn.ampproject.org/v0/amp-consent-0.1.js"></script>'
        f'<title>{page_["title"]} | {page_["site"]}</title><link rel="canonical" href="{page_["url"].replace("/amp/", "/")}">'
        '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">'
        '<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>'
        '<noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>'
        '<style amp-custom>.article-body p{line-height:1.8}</style></head><body>'
        '<amp-consent id="consent" layout="nodisplay"><div class="consent-ui"><p>نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا.</p>'
        '<button on="tap:consent.accept">موافق</button><button on="tap:consent.reject">رفض</button></div></amp-consent>'
        f'<amp-sidebar id="sidebar" layout="nodisplay" side="right"><ul>{_links(("الرئيسية", "أخبار", "اقتصاد", "رياضة", "منوعات"), "/amp/section/")}</ul></amp-sidebar>'
        f'<header class="amp-header"><button on="tap:sidebar.toggle" class="menu-btn">القائمة</button><a class="logo" href="/">{page_["site"]}</a></header>'
        '<main><article class="article">'
        '<div class="breadcrumb"><a href="/">الرئيسية</a> / <a href="/section/economy">اقتصاد</a></div>'
        f'<h1 class="article-title">{page_["title"]}</h1>'
        f'<div class="article-info"><span class="author">{page_["author"]}</span> <span class="date">نشر في: 16 مايو 2024 - 10:45</span></div>'
        '<figure class="article-image"><amp-img src="/img/port.jpg" width="1200" height="675" layout="responsive" alt="ميناء"></amp-img>'
        '<figcaption>ميناء جدة الإسلامي (أرشيفية)</figcaption></figure>'
        '<div class="social-share"><amp-social-share type="facebook" width="40" height="40" data-param-app_id="1"></amp-social-share>'
        '<amp-social-share type="twitter" width="40" height="40"></amp-social-share><amp-social-share type="whatsapp" width="40" height="40"></amp-social-share></div>'
        f'<div class="article-body">{article}</div>'
        '<div class="tags"><span>الكلمات المفتاحية:</span> <a href="/tag/1">الموانئ</a> <a href="/tag/2">التجارة</a></div></article>'
        '<section class="related"><h2>اقرأ أيضاً</h2><amp-list width="auto" height="300" layout="fixed-height" src="/api/related.json">'
        '<template type="amp-mustache"><a href="{{url}}">{{title}}</a></template></amp-list></section></main>'
        f'<footer class="amp-footer"><p>جميع الحقوق محفوظة © 2024 {page_["site"]}</p><a href="{page_["url"].replace("/amp/", "/")}">النسخة الكاملة</a></footer>'
        '</body></html>'
    )  # fmt: skip


def amp_ad(n: int) -> tuple[str, None]:
    return (
        f'<div class="ad-container"><span class="ad-label">إعلان</span><amp-ad width="300" height="250" type="doubleclick" data-slot="/123/amp_article_{n}"></amp-ad></div>',
        None,
    )


# ---------------------------------------------------------------- a Tamil portal
def tamil(page_: dict, article: str) -> str:
    """A Tamil news portal: ``div.article-content`` of ``p``, "இதையும் படிங்க:" (read this too) inserts
    between paragraphs, a WhatsApp channel box, tags and related news."""
    return _doc(page_, "ta", (
        f'<header class="site-header"><a class="logo" href="/">{page_["site"]}</a><ul class="menu">{_links(("தமிழ்நாடு", "இந்தியா", "உலகம்", "விளையாட்டு", "சினிமா"), "/c/")}</ul></header>'
        '<main><article class="news-detail"><div class="breadcrumbs"><a href="/">முகப்பு</a> » <a href="/tamilnadu">தமிழ்நாடு</a></div>'
        f'<h1 class="news-title">{page_["title"]}</h1>'
        f'<div class="news-meta"><span class="author">{page_["author"]}</span> <span class="date">Updated On: 16 May 2024 10:20 AM IST</span></div>'
        '<div class="share-icons"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">WhatsApp</a></div>'
        '<figure class="main-image"><img src="/rain.jpg" alt=""><figcaption>கோப்புப்படம்</figcaption></figure>'
        f'<div class="article-content">{article}</div>'
        '<div class="whatsapp-channel"><a href="https://whatsapp.com/channel/1">உடனுக்குடன் செய்திகளை அறிய எங்கள் வாட்ஸ்அப் சேனலில் இணையுங்கள்</a></div>'
        '<div class="tags"><span>Tags:</span> <a href="/t/1">Rain</a> <a href="/t/2">Chennai</a></div></article>'
        '<section class="related-news"><h3>தொடர்புடைய செய்திகள்</h3><ul>'
        + _lis(("சென்னையில் குடிநீர் விநியோகம் நிறுத்தம்", "மேட்டூர் அணையின் நீர்மட்டம் உயர்வு")) +
        '</ul></section></main><footer><p>Copyright © 2024</p></footer>'
    ))  # fmt: skip


def also_read_ta(title: str) -> tuple[str, None]:
    return f'<p><strong>இதையும் படிங்க:</strong> <a href="/r/1">{title}</a></p>', None


# ---------------------------------------------------------------- a body only in JSON-LD
def jsonld_only(page_: dict, article: str) -> str:
    """A single-page app's server response: the shell (header, an empty ``#root`` with a loading skeleton,
    the footer) and the story only in its JSON-LD ``NewsArticle``'s ``articleBody``, its paragraphs joined by
    blank lines. ``article`` is the gold's paragraphs, not markup."""
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page_["title"],
        "description": page_["deck"],
        "datePublished": page_["date"],
        "author": [{"@type": "Person", "name": page_["author"]}],
        "publisher": {
            "@type": "Organization",
            "name": page_["site"],
            "logo": {"@type": "ImageObject", "url": "/logo.png"},
        },
        "articleBody": page_["body_text"],
        "isAccessibleForFree": True,
    }
    head = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script><link rel="preload" href="/static/js/main.8f2c1.js" as="script">'
    return _doc(page_, "en", (
        f'<noscript>You need to enable JavaScript to run this app.</noscript><header class="app-header"><a href="/">{page_["site"]}</a>'
        f'<nav><ul>{_links(("News", "Business", "Tech", "Sport"), "/")}</ul></nav></header>'
        '<div id="root"><div class="skeleton"><div class="skeleton__title"></div><div class="skeleton__line"></div><div class="skeleton__line"></div>'
        '<p class="skeleton__text">Loading…</p></div></div>'
        '<footer class="app-footer"><a href="/about">About us</a> <a href="/terms">Terms</a> <a href="/privacy">Privacy</a></footer>'
        '<script src="/static/js/main.8f2c1.js"></script>'
    ), head=head, ld=False)  # fmt: skip


# ---------------------------------------------------------------- a paginated article
def paginated(page_: dict, article: str) -> str:
    """Page 1 of a WordPress article split with ``<!--nextpage-->``: the theme's ``entry-content`` ends in
    ``div.page-links`` ("Pages: 1 2 3"), then a "Next page" button, the sharing buttons and related posts."""
    return _doc(page_, "en", (
        f'<header id="masthead" class="site-header"><p class="site-title"><a href="/">{page_["site"]}</a></p><nav class="main-navigation"><ul>{_links(("Reviews", "How-to", "Deals", "News"), "/category/")}</ul></nav></header>'
        '<div id="content" class="site-content"><main id="main" class="site-main">'
        '<article id="post-7781" class="post-7781 post type-post status-publish hentry category-how-to">'
        f'<header class="entry-header"><h1 class="entry-title">{page_["title"]}</h1>'
        f'<div class="entry-meta"><span class="byline">by <a href="/author/1">{page_["author"]}</a></span> <time class="entry-date">May 16, 2024</time> <span class="reading-time">12 min read</span></div></header>'
        f'<div class="entry-content">{article}'
        '<div class="page-links"><span class="page-links-title">Pages:</span> <span class="post-page-numbers current" aria-current="page">1</span> '
        f'<a href="{page_["url"]}/2/" class="post-page-numbers">2</a> <a href="{page_["url"]}/3/" class="post-page-numbers">3</a></div></div>'
        f'<a class="next-page-button" href="{page_["url"]}/2/">Next page: Seeds, soil and the first transplant →</a>'
        '<footer class="entry-footer"><div class="sharedaddy"><h3 class="sd-title">Share this:</h3><ul><li><a href="#">Facebook</a></li><li><a href="#">Pinterest</a></li></ul></div>'
        '<span class="cat-links">Posted in <a href="/category/how-to/">How-to</a></span></footer></article>'
        '<div class="related-posts"><h3>You might also like</h3><ul>'
        + _lis(("The best raised-bed kits of 2024", "How to compost in a small garden", "Ten herbs that grow on a windowsill")) +
        '</ul></div></main></div><footer class="site-footer"><p>© 2024 Plot &amp; Pot. All rights reserved.</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- a funeral home's obituary
def obituary(page_: dict, article: str) -> str:
    """A funeral home's obituary page (the platforms funeral homes host on): the name, dates, photo, buttons to
    send flowers and share, ``div.obit-text``, a service details box, then the guest book's condolences."""
    return _doc(page_, "en", (
        f'<header class="fh-header"><a class="fh-logo" href="/">{page_["site"]}</a><ul class="fh-nav">{_links(("Obituaries", "Plan Ahead", "Grief Support", "About Us", "Contact"), "/")}</ul></header>'
        '<main class="obituary-page"><div class="obit-header"><img class="obit-photo" src="/obit.jpg" alt="">'
        f'<h1 class="obit-name">{page_["title"]}</h1><p class="obit-dates">March 2, 1938 – May 11, 2024</p>'
        '<div class="obit-actions"><a class="btn send-flowers" href="/flowers">Send Flowers</a><a class="btn share" href="#">Share Obituary</a>'
        '<a class="btn plant-tree" href="#">Plant a Tree</a></div></div>'
        '<div class="obit-tabs"><a class="active" href="#obituary">Obituary</a><a href="#services">Services</a><a href="#guestbook">Guest Book</a></div>'
        f'<section id="obituary" class="obit-body"><div class="obit-text">{article}</div></section>'
        '<section id="services" class="obit-services"><h2>Services</h2><div class="service-event"><h3>Visitation</h3>'
        '<p>Friday, May 17, 2024</p><p>4:00 PM - 7:00 PM</p><p>Hollander Funeral Home, 212 Main Street, Decorah, IA</p><a href="#">Get Directions</a></div>'
        '<div class="service-event"><h3>Funeral Service</h3><p>Saturday, May 18, 2024</p><p>10:30 AM</p><p>First Lutheran Church, Decorah, IA</p><a href="#">Get Directions</a></div></section>'
        '<section id="guestbook" class="guestbook"><h2>Guest Book</h2><a class="btn" href="#">Sign the Guest Book</a>'
        '<div class="guestbook-entry"><p class="entry-text">Marlene was the kindest teacher I ever had. She taught me to love reading.</p><p class="entry-author">— Tom Albers, May 13, 2024</p></div>'
        '<div class="guestbook-entry"><p class="entry-text">Our deepest sympathy to the family. She will be missed at church and at the quilting circle.</p><p class="entry-author">— The Nesheim family, May 12, 2024</p></div>'
        '<a href="#">View all 42 entries</a></section></main>'
        '<footer class="fh-footer"><p>© 2024 Hollander Funeral Home. Website by FrontRunner Professional.</p></footer>'
    ))  # fmt: skip


SKINS.update(
    r7_ippen=ippen, r7_ticker=ticker, r7_dpa=dpa_portal, r7_fr_regional=fr_regional, r7_vocento=vocento,
    r7_corriere=corriere, r7_infobae=infobae, r7_folha=folha, r7_onet=onet, r7_peoples_daily=peoples_daily,
    r7_yonhap=yonhap, r7_nhk=nhk, r7_arabic_amp=arabic_amp, r7_tamil=tamil, r7_jsonld_only=jsonld_only,
    r7_paginated=paginated, r7_obituary=obituary,
)  # fmt: skip


# ================================================================ the pages
page(
    "r7-ippen-kreisumlage",
    "Ippen regional paper (German, id-StoryElement-paragraph, Auch interessant cross links, a newsletter line in the story)",
    "r7_ippen",
    "Landkreis erhöht die Kreisumlage: Gemeinden müssen mehr zahlen",
    "Andreas Lehmann",
    "2024-05-16T14:32:00+02:00",
    [
        ip("Die Gemeinden im Landkreis Freising müssen im kommenden Jahr deutlich mehr Geld an den Landkreis überweisen. Der Kreistag hat am Mittwoch beschlossen, die Kreisumlage von 47 auf 49,5 Punkte anzuheben."),
        ip("Für die Stadt Freising bedeutet das Mehrkosten von rund 3,4 Millionen Euro, für kleinere Gemeinden wie Zolling oder Haag an der Amper zwischen 200.000 und 400.000 Euro. Landrat Helmut Petz sprach von einer „schmerzhaften, aber unausweichlichen Entscheidung“."),
        ippen_links("Freising: Neues Gymnasium kostet 20 Millionen mehr", "Kreisklinik schreibt erneut rote Zahlen"),
        raw('<h2 class="id-StoryElement-crosshead">Klinik und Schulbau treiben die Kosten</h2>', "Klinik und Schulbau treiben die Kosten"),
        ip("Grund für die Erhöhung sind vor allem das Defizit der Kreisklinik, das sich auf 12 Millionen Euro summiert, und der Neubau des Gymnasiums in Eching. Dazu kommen höhere Ausgaben für Sozialhilfe und den öffentlichen Nahverkehr."),
        ip("Mehrere Bürgermeister hatten vorab gegen die Anhebung protestiert. „Wir müssen jetzt selbst Projekte streichen, um die Umlage bezahlen zu können“, sagte der Zollinger Bürgermeister Helmut Priller in der Sitzung."),
        raw('<p class="id-StoryElement-paragraph"><em>Unser kostenloser Freising-Newsletter informiert Sie täglich über alle wichtigen Geschichten aus Ihrer Region. <a href="/newsletter/">Hier geht’s zur Anmeldung.</a></em></p>'),
        ip("Die Entscheidung fiel mit 38 zu 21 Stimmen. Gegen die Erhöhung stimmten vor allem die Freien Wähler und die FDP. Der Haushalt des Landkreises soll im Juli endgültig verabschiedet werden."),
    ],
    site="Münchner Merkur",
    deck="Der Kreistag hebt die Kreisumlage um 2,5 Punkte an. Die Bürgermeister sind verärgert.",
)  # fmt: skip
page(
    "r7-de-liveticker-hochwasser",
    "German live ticker (entries as paragraphs with a bold time, day headings, newest first)",
    "r7_ticker",
    "Hochwasser in Bayern im Liveticker: Pegel in Passau steigt weiter",
    "Lisa Brenner",
    "2024-06-03T16:05:00+02:00",
    [
        raw("<h2>Montag, 3. Juni</h2>", "Montag, 3. Juni"),
        tick("16.05 Uhr:", "Der Pegel der Donau in Passau hat am Nachmittag 9,40 Meter erreicht. Die Stadt rechnet damit, dass der Höchststand erst in der Nacht erreicht wird. Die Altstadt ist für den Autoverkehr gesperrt."),
        tick("14.30 Uhr:", "Bundeskanzler Olaf Scholz hat die Hochwassergebiete in Oberbayern besucht und den Helfern gedankt. Der Bund werde die betroffenen Regionen nicht allein lassen, sagte er in Reichertshofen."),
        tick("12.15 Uhr:", "Im Landkreis Pfaffenhofen ist ein Feuerwehrmann bei einem Rettungseinsatz ums Leben gekommen. Das Boot der Einsatzkräfte war in der Nacht gekentert."),
        raw('<div class="inline-teaser"><span>Lesen Sie auch:</span> <a href="/versicherung">Elementarschaden: Was die Versicherung zahlt</a></div>'),
        raw("<h2>Sonntag, 2. Juni</h2>", "Sonntag, 2. Juni"),
        tick("21.40 Uhr:", "In Günzburg wurden rund 1.000 Menschen aufgefordert, ihre Häuser zu verlassen. Ein Damm an der Günz droht zu brechen."),
        tick("18.00 Uhr:", "Der Deutsche Wetterdienst hat die Unwetterwarnung für Schwaben und Oberbayern bis Montagmittag verlängert. Es werden weitere 40 Liter Regen pro Quadratmeter erwartet."),
    ],
    site="Abendpost",
    deck="Nach tagelangem Regen sind in Bayern mehrere Orte überflutet. Alle Entwicklungen im Ticker.",
)  # fmt: skip
page(
    "r7-dpa-portal-deutschlandticket",
    "dpa story on a national portal (paragraph article__item, the © dpa-infocom line, Zur Startseite)",
    "r7_dpa",
    "Deutschlandticket: Niedersachsen will Preis bei 49 Euro halten",
    "dpa",
    "2024-05-16T11:08:00+02:00",
    [
        dp("Hannover (dpa/lni) - Niedersachsens Verkehrsminister Olaf Lies will den Preis des Deutschlandtickets auch im kommenden Jahr bei 49 Euro halten. Eine Erhöhung würde viele neue Kunden wieder vertreiben, sagte der SPD-Politiker am Donnerstag in Hannover."),
        dp("Nach Angaben des Ministeriums nutzen in Niedersachsen inzwischen rund 800.000 Menschen das Ticket. Etwa jeder zehnte von ihnen hatte vorher kein Abonnement für Bus und Bahn."),
        dp("Die Verkehrsminister der Länder wollen im Herbst über den Preis für 2025 entscheiden. Bund und Länder zahlen derzeit jeweils 1,5 Milliarden Euro im Jahr, um Einnahmeausfälle der Verkehrsunternehmen auszugleichen."),
        dp("Mehrere Verkehrsverbünde hatten zuletzt gewarnt, das Geld reiche nicht aus. Sie fordern einen Preis von mindestens 59 Euro."),
    ],
    site="Die Woche Online",
)  # fmt: skip
page(
    "r7-fr-regional-tram",
    "French regional daily (article-body, À lire aussi inserts, intertitre, a Google News call, a vote box)",
    "r7_fr_regional",
    "À Quimper, le chantier du bus à haut niveau de service démarre en septembre",
    "Gwenaëlle Le Goff",
    "2024-05-16T18:45:00+02:00",
    [
        p("Les travaux du futur bus à haut niveau de service (BHNS) de Quimper commenceront le 2 septembre, a annoncé jeudi soir le président de Quimper Bretagne Occidentale, Isabelle Assih, lors du conseil communautaire."),
        p("La première ligne reliera la gare au quartier de Kerlédan en passant par le centre-ville, sur 7,5 kilomètres. Les bus circuleront toutes les huit minutes aux heures de pointe, sur des voies qui leur seront réservées."),
        lire_aussi("Quimper : les bus gratuits le samedi dès le mois de juin"),
        raw('<h2 class="intertitre">Deux ans de travaux</h2>', "Deux ans de travaux"),
        p("Le chantier doit durer deux ans et coûter 68 millions d’euros, financés en partie par l’État et la Région. Les commerçants de la rue de Brest, la plus touchée, pourront demander une indemnisation."),
        p("« Nous savons que ce sera difficile pour les riverains, mais c’est un projet attendu depuis quinze ans », a déclaré l’élue. L’opposition a voté contre, jugeant le coût trop élevé pour une agglomération de 100 000 habitants."),
        lire_aussi("Transports : ce que le BHNS va changer pour les lycéens"),
        p("Une réunion publique est prévue le 4 juin à la salle du Chapeau-Rouge pour présenter le calendrier des travaux quartier par quartier."),
        raw("<p><em>Suivez toute l’actualité de Quimper en vous abonnant à notre fil sur <a href=\"https://news.google.com/\">Google Actualités</a>.</em></p>"),
    ],
    site="Le Courrier de Cornouaille",
)  # fmt: skip
page(
    "r7-vocento-metro-bilbao",
    "Vocento paper (Spanish, voc-d of voc-p, voc-subtitle in the header, Más información box in the body)",
    "r7_vocento",
    "La línea 5 del metro de Bilbao no abrirá hasta 2028",
    "Iratxe Goikoetxea",
    "2024-05-16T07:12:00+02:00",
    [
        vp("La apertura de la línea 5 del metro de Bilbao, que unirá Etxebarri con Galdakao y el hospital de Usansolo, se retrasará al menos hasta 2028, dos años más de lo previsto, según ha confirmado el Departamento de Movilidad del Gobierno vasco."),
        vp("El retraso se debe a los problemas aparecidos en la excavación del túnel bajo el monte Malmasin, donde las tuneladoras encontraron un terreno más blando de lo esperado. Las obras estuvieron paralizadas durante cinco meses."),
        raw('<div class="voc-more-info"><p class="voc-more-info__title">Más información</p><ul><li><a href="/m1">El hospital de Usansolo tendrá parada propia</a></li><li><a href="/m2">Las tuneladoras llegan a Galdakao</a></li></ul></div>'),
        raw('<h2 class="voc-h2">Sobrecoste de 40 millones</h2>', "Sobrecoste de 40 millones"),
        vp("El presupuesto de la obra ha pasado de 235 a 275 millones de euros. La consejera de Movilidad, Susana García, ha asegurado que el Gobierno asumirá el sobrecoste y que el proyecto «no está en peligro»."),
        vp("Los vecinos de Galdakao, que llevan más de una década esperando el metro, han mostrado su malestar. La asociación vecinal ha convocado una concentración para el próximo sábado frente al ayuntamiento."),
    ],
    site="El Correo del Norte",
    deck="El Gobierno vasco atribuye el retraso a los problemas en la excavación del túnel de Malmasin",
)  # fmt: skip
page(
    "r7-corriere-affitti",
    "Corriere della Sera (Italian, chapter-paragraph, a newsletter box between chapters, © RIPRODUZIONE RISERVATA)",
    "r7_corriere",
    "Milano, affitti brevi: il Comune pensa a un tetto di 90 notti l’anno",
    "Giulia Ferraresi",
    "2024-05-16T18:10:00+02:00",
    [
        chapter(
            "Il Comune di Milano sta preparando una delibera per limitare gli affitti brevi a 90 notti l’anno per gli appartamenti che non sono la residenza principale del proprietario. Lo ha annunciato l’assessore alla Casa, Pierfrancesco Maran, durante la commissione consiliare di giovedì.",
            "Secondo i dati dell’amministrazione, in città gli alloggi offerti sulle piattaforme online sono oltre 22 mila, il doppio rispetto al 2019. Nei quartieri di Brera, Navigli e Porta Venezia rappresentano quasi un appartamento su dieci.",
        ),
        raw('<div class="newsletter-box"><p class="newsletter-box__title">La newsletter di Corriere Milano</p><p>Se vuoi restare aggiornato sulle notizie di Milano e della Lombardia iscriviti gratis alla newsletter di Corriere Milano. Arriva ogni sabato nella tua casella di posta alle 7 del mattino. Basta cliccare qui.</p></div>'),
        chapter(
            "La misura avrebbe bisogno però di una legge nazionale che dia ai Comuni il potere di fissare limiti, come già avviene a Venezia. «Senza una norma dello Stato rischiamo ricorsi che perderemmo», ha ammesso Maran.",
            "Le associazioni dei proprietari hanno criticato la proposta. Secondo Confedilizia, un tetto alle notti spingerebbe molti a lasciare gli appartamenti vuoti invece di affittarli a lungo termine.",
        ),
    ],
    site="Corriere Milano",
    deck="L’assessore alla Casa: «Servono regole nazionali, ma noi siamo pronti»",
)  # fmt: skip
page(
    "r7-infobae-arc-bogota",
    "Infobae on Arc XP (Spanish, body-article of p.paragraph, ad slots, an EFE credit, Seguir leyendo after)",
    "r7_infobae",
    "Bogotá amplía el racionamiento de agua a otros nueve municipios",
    "Redacción",
    "2024-05-16T19:40:00-05:00",
    [
        parp("La Empresa de Acueducto y Alcantarillado de Bogotá anunció este jueves que el racionamiento de agua se extenderá a nueve municipios vecinos que reciben el servicio desde el sistema Chingaza, cuyos embalses se encuentran al 15% de su capacidad."),
        parp("Entre los municipios incluidos están Soacha, Chía, Cajicá y La Calera. Los cortes serán de 24 horas cada nueve días, según un calendario por sectores que se publicará el fin de semana."),
        ad_slot(1),
        parp("La alcaldía de Bogotá atribuyó la medida a la falta de lluvias causada por el fenómeno de El Niño. “No podemos esperar a que el embalse llegue a cero para actuar”, dijo el alcalde Carlos Fernando Galán en rueda de prensa."),
        parp("El consumo en la ciudad ha bajado de 17 a 15,6 metros cúbicos por segundo desde que empezaron los cortes en abril, pero la meta es llegar a 15."),
        ad_slot(2),
        parp("Con información de EFE"),
    ],
    site="Infobae",
    deck="La medida afectará a más de un millón de personas en Cundinamarca a partir del lunes",
)  # fmt: skip
page(
    "r7-folha-temporal",
    "Folha de S.Paulo (Brazilian Portuguese, c-news__body, LEIA MAIS inside the body, newsletter box, paywall offer after)",
    "r7_folha",
    "Temporal deixa 200 mil imóveis sem luz na Grande São Paulo",
    "Carlos Petrocilo",
    "2024-05-16T20:31:00-03:00",
    [
        p("Um temporal com ventos de até 80 km/h deixou cerca de 200 mil imóveis sem energia elétrica na Grande São Paulo na tarde desta quinta-feira (16), segundo a Enel, concessionária responsável pela distribuição na região."),
        p("As zonas sul e oeste da capital foram as mais atingidas. O Corpo de Bombeiros registrou 134 chamados de queda de árvores entre 15h e 19h, a maioria em Pinheiros, Butantã e Santo Amaro."),
        leia_mais("Prefeitura de SP diz que vai multar Enel por demora", "Entenda por que tantas árvores caem em São Paulo"),
        p("Segundo a Defesa Civil, não houve registro de feridos. Dois semáforos da avenida Rebouças ficaram apagados durante o horário de pico, o que provocou congestionamento de 12 quilômetros."),
        folha_newsletter(),
        p("A Enel afirmou em nota que mobilizou 1.200 técnicos e que a maior parte dos clientes teria a energia restabelecida até a manhã de sexta-feira (17)."),
        p("O Climatempo prevê nova frente fria no fim de semana, com temperaturas mínimas de 12°C na capital."),
    ],
    site="Folha de S.Paulo",
    deck="Enel diz que mobilizou 1.200 técnicos; árvores caíram em Pinheiros e Butantã",
)  # fmt: skip
page(
    "r7-onet-burze",
    "Onet (Polish, articleBody of p.hyphenate, a video with Dalsza część artykułu pod materiałem wideo, Zobacz też, Google News call)",
    "r7_onet",
    "Gwałtowne burze przeszły nad Polską. Strażacy interweniowali ponad 2 tys. razy",
    "Marta Nowicka",
    "2024-05-16T09:15:00+02:00",
    [
        hp("Strażacy interweniowali ponad 2,1 tys. razy w związku z burzami, które w środę po południu i w nocy przeszły nad Polską. Najwięcej zgłoszeń przyjęto w województwach śląskim, małopolskim i opolskim."),
        hp("Jak poinformował rzecznik Państwowej Straży Pożarnej, większość interwencji dotyczyła powalonych drzew i uszkodzonych dachów. Uszkodzonych zostało 146 budynków, w tym 38 mieszkalnych."),
        raw('<div class="videoPlayer"><div class="playerContainer" data-mvp="1"></div><p class="videoTitle">Nawałnica nad Opolem. Nagranie czytelnika</p>'
            '<div class="adnotation">Dalsza część artykułu pod materiałem wideo</div></div>'),
        hp("W Opolu wiatr zerwał dach ze szkoły podstawowej. Zajęcia w czwartek zostały odwołane. W kilku miejscowościach na Śląsku przez kilka godzin nie było prądu."),
        raw('<p class="hyphenate"><strong>Zobacz też: </strong><a href="/z1">Pogoda na weekend. Wraca upał</a></p>'),
        hp("Instytut Meteorologii i Gospodarki Wodnej ostrzega, że w czwartek po południu burze mogą się powtórzyć na południu kraju. Synoptycy prognozują opady do 30 litrów na metr kwadratowy i porywy wiatru do 90 km/h."),
    ],
    site="Onet Wiadomości",
    deck="Najtrudniejsza sytuacja była na Śląsku i Opolszczyźnie. IMGW ostrzega przed kolejnymi burzami.",
)  # fmt: skip
page(
    "r7-peoples-daily-elevators",
    "People's Daily Online (Simplified Chinese, rm_txt_con of indented p, a dateline, the editors' line after)",
    "r7_peoples_daily",
    "北京今年将为老旧小区加装电梯1000部",
    "人民网",
    "2024-05-16T08:21:00+08:00",
    [
        cp("人民网北京5月16日电（记者张伟）记者从北京市住房和城乡建设委员会获悉，今年北京将为老旧小区加装电梯1000部，重点解决老年人上下楼难的问题。"),
        cp("据介绍，截至去年底，北京已累计为老旧小区加装电梯3600多部，惠及居民近10万人。今年的加装工作将优先安排在东城、西城、朝阳和海淀等老旧小区集中的区域。"),
        cp("北京市住房和城乡建设委员会有关负责人表示，加装电梯需要经过本单元三分之二以上业主同意。为减少居民的负担，市、区两级财政将对每部电梯给予最高64万元的补贴。"),
        cp("此外，北京还将推行电梯“统一采购、统一安装、统一维保”的模式，由专业企业负责后期的维护和管理，保障电梯的安全运行。"),
    ],
    site="人民网",
)  # fmt: skip
page(
    "r7-yonhap-jeonse",
    "Yonhap (Korean press agency: dateline in the first paragraph, a photo caption, the reporter's address, tip-off and copyright lines)",
    "r7_yonhap",
    "전세사기 피해자 1만8천명 넘어…절반이 30대 이하",
    "김지훈",
    "2024-05-16T14:32:00+09:00",
    [
        p("(서울=연합뉴스) 김지훈 기자 = 정부가 공식 인정한 전세사기 피해자가 1만8천명을 넘어섰으며, 이 가운데 절반 이상이 30대 이하 청년층인 것으로 나타났다."),
        p("국토교통부는 16일 전세사기피해지원위원회가 지난 1년간 1만8천125건을 피해 사례로 최종 결정했다고 밝혔다. 피해자의 연령은 30대가 48.1%로 가장 많았고, 20대가 25.2%였다."),
        raw('<div class="comp-box photo-group"><figure><img src="/jeonse.jpg" alt=""><figcaption class="desc-con"><p class="txt">(서울=연합뉴스) 전세사기 피해자들이 16일 국회 앞에서 특별법 개정을 촉구하고 있다. [연합뉴스 자료사진]</p></figcaption></figure></div>'),
        p("피해 주택의 유형은 다세대주택이 31.7%로 가장 많았고 오피스텔(20.9%), 다가구주택(18.5%)이 뒤를 이었다. 지역별로는 서울이 29.4%, 경기가 21.4%, 인천이 14.8%를 차지했다."),
        p("국토부는 피해자에게 경매 유예와 저리 대출 등을 지원하고 있다고 설명했다. 그러나 피해자 단체는 보증금을 먼저 돌려주는 방식의 지원이 필요하다고 주장하고 있다."),
        raw("<p>kimjh@yna.co.kr</p>"),
    ],
    site="연합뉴스",
)  # fmt: skip
page(
    "r7-nhk-akiya",
    "NHK News Web (Japanese, content--summary then body-text sections with h2.body-title)",
    "r7_nhk",
    "全国の空き家 過去最多の900万戸に",
    "NHK",
    "2024-05-16T12:04:00+09:00",
    [
        nhk_summary("全国の空き家の数が去年10月の時点で900万戸に上り、過去最多になったことが総務省の調査でわかりました。住宅全体に占める割合も13.8%と過去最高で、専門家は対策を急ぐ必要があると指摘しています。"),
        nhk_section(
            "",
            "総務省は5年ごとに住宅や土地の状況を調べていて、今回の調査では全国の住宅の総数は6502万戸でした。",
            "このうち空き家は900万戸で、前回、5年前の調査より51万戸増えました。",
        ),
        nhk_section(
            "使いみちのない空き家が増加",
            "空き家のうち、賃貸や売却の予定がなく、別荘などにも使われていない住宅は385万戸で、この20年でおよそ1.9倍に増えました。",
            "都道府県別の空き家の割合は、和歌山県と徳島県が21.2%で最も高く、次いで山梨県が20.5%でした。",
        ),
        nhk_section(
            "専門家“早めの対策を”",
            "住宅政策に詳しい大学の教授は「相続された家が放置されるケースが多い。所有者が元気なうちに、将来どうするか家族で話し合っておくことが大切だ」と話しています。",
        ),
    ],
    site="NHK NEWS WEB",
)  # fmt: skip
page(
    "r7-ar-amp-ports",
    "Arabic AMP page (right to left, amp-img, amp-ad, amp-social-share, amp-consent, amp-list related)",
    "r7_arabic_amp",
    "ارتفاع حركة الحاويات في الموانئ السعودية 12% خلال أبريل",
    "فهد القحطاني",
    "2024-05-16T10:45:00+03:00",
    [
        p("ارتفعت حركة الحاويات في الموانئ السعودية بنسبة 12 في المئة خلال شهر أبريل الماضي مقارنة بالشهر نفسه من العام الماضي، لتبلغ أكثر من 640 ألف حاوية قياسية، بحسب بيانات الهيئة العامة للموانئ."),
        p("وسجل ميناء جدة الإسلامي النصيب الأكبر من الحركة بنحو 410 آلاف حاوية، تلاه ميناء الملك عبدالعزيز في الدمام بنحو 180 ألف حاوية."),
        amp_ad(1),
        p("وأرجعت الهيئة هذا النمو إلى إطلاق خطوط ملاحية جديدة تربط المملكة بموانئ آسيا وأفريقيا، إضافة إلى تحسين إجراءات التخليص الجمركي التي قلصت مدة بقاء الحاويات في الموانئ."),
        p("وتسعى المملكة ضمن رؤية 2030 إلى أن تصبح مركزا لوجستيا عالميا يربط القارات الثلاث، وتستهدف رفع الطاقة الاستيعابية لموانئها إلى 40 مليون حاوية سنويا."),
        amp_ad(2),
    ],
    site="الاقتصادية اليوم",
    url="https://www.aliqtisadiya-today.example/amp/r7-ar-amp-ports",
)  # fmt: skip
page(
    "r7-ta-chennai-rain",
    "Tamil portal (article-content, இதையும் படிங்க inserts, a WhatsApp channel box)",
    "r7_tamil",
    "சென்னையில் அடுத்த 3 நாட்களுக்கு மழை: வானிலை மையம் தகவல்",
    "செய்திப்பிரிவு",
    "2024-05-16T10:20:00+05:30",
    [
        p("தென்மேற்கு வங்கக் கடலில் நிலவும் வளிமண்டல சுழற்சி காரணமாக சென்னை உள்ளிட்ட வடதமிழக மாவட்டங்களில் அடுத்த மூன்று நாட்களுக்கு மிதமான மழை பெய்யக்கூடும் என்று சென்னை வானிலை ஆய்வு மையம் தெரிவித்துள்ளது."),
        p("திருவள்ளூர், காஞ்சிபுரம், செங்கல்பட்டு ஆகிய மாவட்டங்களில் ஓரிரு இடங்களில் இடி மின்னலுடன் கூடிய கனமழை பெய்ய வாய்ப்புள்ளது. சென்னையில் வானம் பொதுவாக மேகமூட்டத்துடன் காணப்படும்."),
        also_read_ta("கோடை வெப்பம்: பள்ளிகள் திறப்பு தள்ளிவைப்பு"),
        p("கடந்த 24 மணி நேரத்தில் அதிகபட்சமாக வேலூரில் 6 செ.மீ. மழை பதிவாகியுள்ளது. சென்னை நுங்கம்பாக்கத்தில் 2 செ.மீ. மழை பதிவானது."),
        p("மீனவர்கள் அடுத்த இரண்டு நாட்களுக்கு ஆழ்கடல் பகுதிகளுக்கு மீன்பிடிக்கச் செல்ல வேண்டாம் என்றும் அறிவுறுத்தப்பட்டுள்ளது."),
    ],
    site="தமிழ் முரசு",
)  # fmt: skip
_JSONLD_BODY = (
    "Riverside Transit will cut fares on all its bus routes by a third from July 1, the agency's board decided on Wednesday, in an attempt to win back riders who left during the pandemic.",
    "A single ride will cost $1.50 instead of $2.25, and a monthly pass $60 instead of $90. Riders under 18 and over 65 will travel free, as veterans already do.",
    "Ridership on the agency's 42 routes is still 28% below its level in 2019. Board members said surveys showed that price, more than frequency, kept former riders in their cars.",
    "The cut will cost about $9 million a year, which the agency will cover with state climate funds for the first three years. After that, the board will have to find the money in its own budget or raise fares again.",
)
page(
    "r7-jsonld-only-fares",
    "body only in JSON-LD articleBody (an app's empty root and loading skeleton)",
    "r7_jsonld_only",
    "Riverside Transit cuts bus fares by a third to lure riders back",
    "Dana Whitfield",
    "2024-05-16T09:00:00-07:00",
    [raw("", text) for text in _JSONLD_BODY],
    site="Inland Dispatch",
    deck="Youths and seniors will ride free from July.",
    body_text="\n\n".join(_JSONLD_BODY),
)  # fmt: skip
page(
    "r7-paginated-tomatoes",
    "paginated article, page 1 of 3 (WordPress page-links, a Next page button)",
    "r7_paginated",
    "How to grow tomatoes in containers: a complete guide",
    "Nora Whitcombe",
    "2024-05-16T08:00:00+01:00",
    [
        p("Tomatoes are one of the easiest crops to grow in pots, and a single plant on a sunny balcony can give you several kilos of fruit over a summer. This guide runs over three pages: this one covers choosing varieties and containers, the second seeds and soil, the third feeding, watering and harvest."),
        h("Choosing a variety"),
        p("For containers, pick bush (determinate) varieties such as ‘Tumbling Tom’ or ‘Balconi Red’, which stay under 60cm and need no staking. Cordon varieties like ‘Sungold’ give more fruit but need a pot of at least 30 litres and a tall cane."),
        p("Cherry tomatoes ripen faster than large beefsteak types and are more forgiving if you miss a watering, so they are the best choice for a first year."),
        h("Choosing a container"),
        p("The bigger the pot, the easier your summer will be. A 20-litre pot is the minimum for one plant; smaller pots dry out within hours on a hot day. Grow bags work well if you cut the holes for two plants rather than the three printed on the bag."),
        p("Whatever you use, it needs drainage holes. Stand pots on feet or bricks so that water can escape, and avoid black plastic in full sun, which heats the roots."),
    ],
    site="Plot and Pot",
)  # fmt: skip
page(
    "r7-obituary-funeral-home",
    "funeral home obituary (obit-text, service details box, guest book entries, Send Flowers)",
    "r7_obituary",
    "Marlene Ruth Haugen",
    "Hollander Funeral Home",
    "2024-05-13T09:00:00-05:00",
    [
        p("Marlene Ruth Haugen, 86, of Decorah, passed away peacefully on Saturday, May 11, 2024, at Wellington Place surrounded by her family."),
        p("Marlene was born on March 2, 1938, in Spring Grove, Minnesota, the daughter of Arne and Clara (Lund) Bergstrom. She graduated from Spring Grove High School in 1956 and from Luther College in 1960 with a degree in English. On June 18, 1960, she married Harold Haugen at Trinity Lutheran Church in Spring Grove."),
        p("Marlene taught English at Decorah High School for 31 years, where she directed the school play every spring and started the student literary magazine. After retiring, she volunteered at the public library and was a member of the First Lutheran Church quilting circle, which made more than 300 quilts for Lutheran World Relief during her years with it."),
        p("She is survived by her three children, Karen (Paul) Moe of Rochester, Minnesota, David (Lisa) Haugen of Decorah and Ann Haugen of Madison, Wisconsin; seven grandchildren; and her sister, Joyce Anderson of La Crosse. She was preceded in death by her husband, Harold, in 2015, and her brother, Wayne."),
        p("In lieu of flowers, memorials may be given to the Decorah Public Library or First Lutheran Church."),
    ],
    site="Hollander Funeral Home",
)  # fmt: skip
