"""The seventeenth round of ``bench/extraction_pages``: pages (``r17-*``) of outlets, platforms and page kinds the
first sixteen rounds lack, each in a template written here after what the outlet's or platform's pages emit.

Languages: Yiddish (Forverts-like, right to left, a bold "לייענט אויך:" line, a newsletter box, an author box),
Traditional Chinese (a Hong Kong portal, HK01-like, "延伸閱讀：", an advert labelled "廣告", an app call), Korean
(Hankyoreh-like, the reporter's line with the address, a supporters' appeal), Japanese (Mainichi-like, a paid
story cut after its opening with "残り...文字" and the sign-up box), Luxembourgish (RTL.lu-like, a lead in the
header, a consent box), isiZulu (Isolezwe-like on Independent Media's template, "FUNDA NAYI:", a WhatsApp call),
Esperanto (Libera Folio-like on WordPress, "Legu ankaŭ:", a donation box, the comment form), European Portuguese
(a Lusa wire story on a portal: the dateline, the desk's initials and "Lusa/Fim", "Leia Também:") and Austrian
German (derStandard-like live ticker: a summary box, entries under times, the forum's call). Platforms: the
Canada.ca news release (Adobe Experience Manager with the Web Experience Toolkit: "Quick facts", "Associated
links", "Contacts", "Date modified"), a university newsroom on Squiz Matrix (the media contact, "Related
stories"), a TEGNA-like television station ("RELATED:" lines, the app call), a Buttondown newsletter's archive
page, Wagtail's StreamField blocks (a pull quote, the author box, a form with Django's CSRF field) and Plone 6
(the description under the title, "Document Actions", "Filed under:"). The gold of every page was written before
nutgraf was run on it: it leaves out leads in the header, captions and credits, calls to read another story,
follow a channel, download an app or give money, advert labels, a paid story's "remaining characters" line and
its sign-up box, a wire's desk initials and end mark, a release's associated links and contacts, a live
ticker's times, pull quotes repeating the body and author boxes; it keeps headings, a release's quotes and quick
facts, a live ticker's summary box and entries, a wire story's dateline, and a newsletter's greeting and
sign-off.
"""

from __future__ import annotations

from articles import page
from fourth_round import _cookie, _doc, _links
from furniture import SKINS
from parts import h, p, raw
from thirteenth_round import _also, _lis


def _ul(*items: str) -> tuple[str, str]:
    return "<ul>" + "".join(f"<li>{x}</li>" for x in items) + "</ul>", "\n".join(items)


# ---------------------------------------------------------------- Yiddish (Forverts-like)
def yiddish(page_: dict, article: str) -> str:
    """A Yiddish weekly's site, Forverts-like (WordPress), right to left: ``div.entry-content`` of paragraphs with
    a bold "לייענט אויך:" line between them, then a newsletter box, the author box and "מער אַרטיקלען"."""
    return _doc(page_, "yi", (
        f'<header class="site-header"><a class="logo" href="/yiddish/">{page_["site"]}</a><ul class="menu">{_links(("נײַעס", "קולטור", "געשיכטע", "מיינונגען", "ווידעאָ"), "/yiddish/")}</ul></header>'
        '<main><article class="post">'
        f'<h1 class="entry-title">{page_["title"]}</h1><div class="entry-meta"><span class="author">{page_["author"]}</span> <time>16טן מײַ 2024</time></div>'
        '<figure class="featured"><img src="/wp-content/uploads/library.jpg" alt=""><figcaption>די נײַע אָפּטיילונג אין דער ביבליאָטעק. פֿאָטאָ: פֿאָרווערטס</figcaption></figure>'
        f'<div class="entry-content">{article}</div>'
        '<div class="newsletter-signup"><h3>אַבאָנירט דעם פֿאָרווערטס־בולעטין</h3><p>באַקומט די נײַסטע אַרטיקלען יעדן פֿרײַטיק אין אײַער בריוו־קאַסטן.</p><form><input type="email" placeholder="אײַער בליצפּאָסט"><button>אַבאָנירן</button></form></div>'
        '<div class="author-box"><img src="/img/author.jpg" alt=""><p><strong>' + page_["author"] + '</strong> שרײַבט וועגן קולטור און ביבליאָטעקן פֿאַרן פֿאָרווערטס.</p></div>'
        '<div class="share"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div></article>'
        f'<aside class="more"><h3>מער אַרטיקלען</h3><ul>{_lis(("אַ קאָנצערט פֿון ייִדישע לידער אין מאָנטרעאַל", "אַ נײַ ווערטערבוך פֿאַר שילער"), "/yiddish/")}</ul></aside></main>'
        '<footer><p>© 2024 The Forward Association</p></footer>'
    ), dir_="rtl")  # fmt: skip


# ---------------------------------------------------------------- Traditional Chinese (a Hong Kong portal, HK01-like)
def hongkong(page_: dict, article: str) -> str:
    """A Hong Kong news portal, HK01-like: ``div.article-grid__content-section`` of ``p`` with a "延伸閱讀：" line
    and an advert slot labelled "廣告" between them, a call to download the app closing it, the share bar and
    "相關文章" cards after."""
    return _doc(page_, "zh-Hant-HK", (
        f'<header class="header"><a class="header__logo" href="/">{page_["site"]}</a><ul class="header__nav">{_links(("港聞", "社會新聞", "經濟", "國際", "體育"), "/zone/")}</ul></header>'
        '<main><article class="article-grid"><div class="article-grid__title-section">'
        f'<span class="channel">港聞</span><h1 class="article-title">{page_["title"]}</h1>'
        f'<div class="article-info"><span class="author">撰文：{page_["author"]}</span> <time>發佈日期：2024-05-16 11:30</time></div></div>'
        '<figure class="article-grid__cover"><img src="/images/tram.jpg" alt=""><figcaption>電車途經灣仔。（資料圖片）</figcaption></figure>'
        f'<div class="article-grid__content-section">{article}'
        '<p class="download-app">下載HK01 App，率先體驗更多新功能：<a href="https://hk01.app.link">按此下載</a></p></div>'
        '<div class="share-bar"><span>分享：</span><a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">複製連結</a></div></article>'
        f'<section class="related"><h3>相關文章</h3><ul>{_lis(("天文台：周末有驟雨及狂風雷暴", "港鐵東涌綫延線工程最新進度"), "/article/")}</ul></section></main>'
        '<footer><p>© 2024 香港01 版權所有</p></footer>'
    ))  # fmt: skip


def hk_ad() -> tuple[str, None]:
    return (
        '<div class="ad-slot"><span class="ad-slot__label">廣告</span><div id="gpt-ad-inarticle"></div></div>',
        None,
    )


# ---------------------------------------------------------------- Korean (Hankyoreh-like)
def korean(page_: dict, article: str) -> str:
    """A Korean daily, Hankyoreh-like: a subtitle ``h2`` in the header, ``div.article-text`` of ``p.text`` closing on
    the reporter's line with the address, then a supporters' appeal ("후원하기"), the share bar and "관련기사"."""
    return _doc(page_, "ko", (
        f'<header class="header"><a class="logo" href="/">{page_["site"]}</a><ul class="gnb">{_links(("정치", "사회", "경제", "국제", "문화"), "/arti/")}</ul></header>'
        '<main><article class="article"><div class="article-head">'
        f'<h1 class="article-title">{page_["title"]}</h1><h2 class="article-subtitle">{page_["deck"]}</h2>'
        '<ul class="article-date"><li>등록 2024-05-16 09:12</li><li>수정 2024-05-16 10:40</li></ul></div>'
        '<div class="article-image"><img src="/news/photo.jpg" alt=""><p class="caption">서울 시내의 공공자전거 대여소. 연합뉴스</p></div>'
        f'<div class="article-text">{article}</div>'
        '<div class="support-box"><h3>한겨레는 독자 여러분의 후원으로 만들어집니다</h3><p>정론 저널리즘을 지키는 일에 함께해 주세요.</p><a class="btn" href="/support">후원하기</a></div>'
        '<div class="share"><a href="#">카카오톡</a> <a href="#">페이스북</a> <a href="#">링크 복사</a></div></article>'
        f'<aside class="related"><h3>관련기사</h3><ul>{_lis(("서울 지하철 요금 150원 오른다", "전동킥보드 사고 3년 새 두 배"), "/arti/")}</ul></aside></main>'
        '<footer><p>ⓒ 한겨레신문사 : 무단 전재 및 재배포 금지</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Japanese (Mainichi-like, a paid story's opening)
def japanese(page_: dict, article: str) -> str:
    """A Japanese daily's paid story, Mainichi-like: ``section#articledetail-body`` of ``p.txt`` holding the
    opening, then "この記事は有料記事です。" and "残りXXXX文字（全文YYYY文字）", the sign-up box and "関連記事"."""
    return _doc(page_, "ja", (
        f'<header class="header"><a class="logo" href="/">{page_["site"]}</a><ul class="nav">{_links(("ニュース", "政治", "経済", "国際", "社会"), "/articles/")}</ul></header>'
        '<main><article class="article">'
        f'<h1 class="title-page">{page_["title"]}</h1><p class="articledetail-head-meta">社会 <time>2024/5/16 06:00（最終更新 5/16 09:20）</time> 1842文字</p>'
        '<figure><img src="/img/bus.jpg" alt=""><figcaption>運行を始める自動運転バス＝福井県永平寺町で、毎日新聞撮影</figcaption></figure>'
        f'<section id="articledetail-body" class="articledetail-body">{article}</section>'
        '<div class="paywall"><p class="paywall__lead">この記事は有料記事です。</p><p class="paywall__rest">残り1206文字（全文1842文字）</p>'
        '<div class="paywall__box"><h3>ご登録から1カ月間は99円</h3><p>有料会員になると、すべての記事が読み放題です。</p><a class="btn" href="/signup">今すぐ登録して続きを読む</a> <a href="/login">ログイン</a></div></div></article>'
        f'<aside class="related"><h3>関連記事</h3><ul>{_lis(("地方鉄道の存続、各地で議論", "高齢ドライバーの免許返納が過去最多"), "/articles/")}</ul></aside></main>'
        '<footer><p>Copyright THE MAINICHI NEWSPAPERS. All rights reserved.</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Luxembourgish (RTL.lu-like)
def luxembourgish(page_: dict, article: str) -> str:
    """A Luxembourgish broadcaster's news page, RTL.lu-like: a consent box first, a lead ``p.article-heading__lead``
    under the headline, ``div.article-body`` of paragraphs with an advert between them, "Weider Artikelen"."""
    return _doc(page_, "lb", (
        '<div id="didomi-host"><div class="didomi-popup" role="dialog"><h2>Är Privatsphär ass eis wichteg</h2><p>Mir an eis Partner benotzen Cookies, fir Inhalter a Reklammen ze personaliséieren an eis Audienz ze moossen.</p>'
        '<button id="didomi-notice-agree-button">Akzeptéieren</button> <button>Astellungen</button></div></div>'
        f'<header class="header"><a class="header__logo" href="/">{page_["site"]}</a><ul class="header__nav">{_links(("Lëtzebuerg", "Welt", "Wirtschaft", "Sport", "Kultur"), "/news/")}</ul></header>'
        '<main><article class="article"><div class="article-heading">'
        f'<h1 class="article-heading__title">{page_["title"]}</h1><p class="article-heading__lead">{page_["deck"]}</p>'
        f'<div class="article-heading__meta"><span>{page_["author"]}</span> <time>16.05.2024 um 10:05</time></div></div>'
        '<figure class="article-image"><img src="/img/tram.jpg" alt=""><figcaption>Den Tram um Kierchbierg © RTL-Archiv</figcaption></figure>'
        f'<div class="article-body">{article}</div>'
        '<div class="article-share"><a href="#">Deelen</a> <a href="#">Facebook</a> <a href="#">X</a></div></article>'
        f'<aside class="more"><h3>Weider Artikelen</h3><ul>{_lis(("Neie Busfuerplang vum 1. Juli un", "Bauaarbechten op der A6 um Weekend"), "/news/")}</ul></aside></main>'
        '<footer><p>© 2024 CLT-UFA S.A.</p></footer>'
    ))  # fmt: skip


def lb_ad() -> tuple[str, None]:
    return (
        '<div class="ad ad--inread"><span class="ad__label">Reklamm</span><div id="ad-inread-1"></div></div>',
        None,
    )


# ---------------------------------------------------------------- isiZulu (Isolezwe-like)
def zulu(page_: dict, article: str) -> str:
    """An isiZulu daily, Isolezwe-like on Independent Media's template: ``div.article-body`` of paragraphs with a
    bold "FUNDA NAYI:" line between them and a WhatsApp call closing it, the share bar and "Ezinye izindaba"."""
    return _doc(page_, "zu", (
        f'<header class="header"><a class="logo" href="/isolezwe">{page_["site"]}</a><ul class="nav">{_links(("Izindaba", "Ezemidlalo", "Ezokungcebeleka", "Ezombusazwe", "Imibono"), "/isolezwe/")}</ul></header>'
        '<main><article class="article">'
        f'<h1 class="article-title">{page_["title"]}</h1><div class="article-byline">NGU <span class="author">{page_["author"]}</span> · <time>16 Meyi 2024</time></div>'
        '<figure><img src="/img/library.jpg" alt=""><figcaption>Umtapo wolwazi eMlazi. ISITHOMBE: ISOLEZWE</figcaption></figure>'
        f'<div class="article-body">{article}'
        '<p><strong>Landela i-Isolezwe ku-<a href="https://whatsapp.com/channel/isolezwe">WhatsApp</a> ukuze uthole izindaba zakamuva.</strong></p></div>'
        '<div class="share"><a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">X</a></div></article>'
        f'<aside class="related"><h3>Ezinye izindaba</h3><ul>{_lis(("Kuqala ukwakhiwa komgwaqo omusha eNanda", "Abafundi bathola imifundaze"), "/isolezwe/")}</ul></aside></main>'
        '<footer><p>© 2024 Independent Online</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Esperanto (Libera Folio-like)
def esperanto(page_: dict, article: str) -> str:
    """An Esperanto news site, Libera Folio-like (WordPress): ``div.entry-content`` of paragraphs with a plain
    "Legu ankaŭ:" line between them, a donation box ("Subtenu ..."), the comment form and "Lastaj artikoloj"."""
    return _doc(page_, "eo", (
        _cookie("Ĉi tiu retejo uzas kuketojn por plibonigi vian sperton.", "Akcepti", "Pli da informoj")
        + f'<header class="site-header"><a class="site-title" href="/">{page_["site"]}</a><nav><ul>{_links(("Novaĵoj", "Opinioj", "Recenzoj", "Intervjuoj", "Pri ni"), "/kategorio/")}</ul></nav></header>'
        '<main><article class="post">'
        f'<h1 class="entry-title">{page_["title"]}</h1><div class="entry-meta">de <span class="author">{page_["author"]}</span> · <time>2024-05-16</time></div>'
        '<figure class="wp-block-image"><img src="/wp-content/uploads/kongreso.jpg" alt=""><figcaption>La kongresejo en Aruŝo. Foto: UEA</figcaption></figure>'
        f'<div class="entry-content">{article}</div>'
        '<div class="donation-box"><h3>Subtenu Libera Folion</h3><p>Libera Folio estas sendependa kaj vivas danke al la subteno de siaj legantoj. Donacu ekde 5 eŭroj monate.</p><a class="button" href="/subtenu">Donaci nun</a></div>'
        '<div class="sharedaddy"><h3>Diskonigu:</h3><a href="#">Facebook</a> <a href="#">Mastodon</a> <a href="#">Retpoŝto</a></div></article>'
        '<div id="comments"><div id="respond"><h3 id="reply-title">Lasu komenton</h3><form><p class="comment-notes">Via retpoŝtadreso ne estos publikigita.</p><textarea name="comment"></textarea><input type="submit" value="Afiŝi komenton"></form></div></div>'
        f'<aside class="widget"><h3>Lastaj artikoloj</h3><ul>{_lis(("Nova vortaro aperis en Brazilo", "Junulara kongreso en Pollando"), "/")}</ul></aside></main>'
        '<footer><p>© 2024 Libera Folio</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- European Portuguese (a Lusa wire story on a portal)
def lusa(page_: dict, article: str) -> str:
    """A Portuguese portal running Lusa's wire: "Lusa" as the byline, ``div.news-body`` of paragraphs opening on the
    dateline "Lisboa, 16 mai 2024 (Lusa) -" with a "Leia Também:" line between them and the desk's initials and
    "Lusa/Fim" closing it, a Google News call, "Mais notícias"."""
    return _doc(page_, "pt-PT", (
        f'<header class="header"><a class="logo" href="/">{page_["site"]}</a><ul class="menu">{_links(("País", "Mundo", "Economia", "Desporto", "Cultura"), "/")}</ul></header>'
        '<main><article class="news">'
        f'<h1 class="news-title">{page_["title"]}</h1><div class="news-meta"><span class="news-author">{page_["author"]}</span> <time>16/05/24 12:48</time></div>'
        '<figure><img src="/img/comboio.jpg" alt=""><figcaption>© Global Imagens</figcaption></figure>'
        f'<div class="news-body">{article}</div>'
        '<p class="follow-google"><a href="https://news.google.com/">Siga-nos no Google Notícias</a> e receba as últimas notícias.</p>'
        '<div class="share"><a href="#">Partilhar</a> <a href="#">Facebook</a> <a href="#">X</a></div></article>'
        f'<aside class="more"><h3>Mais notícias</h3><ul>{_lis(("Greve na CP afeta comboios regionais", "Preço dos combustíveis desce na segunda-feira"), "/")}</ul></aside></main>'
        '<footer><p>© 2024 Notícias ao Minuto</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Austrian German (derStandard-like live ticker)
def liveticker(page_: dict, article: str) -> str:
    """An Austrian daily's live ticker, derStandard-like: a summary box ("Das Wichtigste in Kürze") and the
    entries (``div.ticker-posting``: a ``time``, a heading, text) in ``div.ticker-stream``, newest first; the
    forum's call ("Diskutieren Sie mit") and a Piano-like subscription teaser after."""
    return _doc(page_, "de-AT", (
        f'<header class="site-header"><a class="logo" href="/">{page_["site"]}</a><ul class="nav">{_links(("Inland", "International", "Wirtschaft", "Web", "Sport"), "/")}</ul></header>'
        '<main><article class="story story--liveticker">'
        f'<h1 class="story-title">{page_["title"]}</h1><div class="story-meta"><span class="live-badge">LIVE</span> <span>{page_["author"]}</span></div>'
        f'<div class="ticker-stream">{article}</div>'
        '<div class="forum-call"><p>Diskutieren Sie mit! <a href="#forum">Zum Forum (214 Postings)</a></p></div>'
        '<div class="tp-container-inner"><h3>Jetzt STANDARD Abo abschließen</h3><p>Unabhängiger Journalismus kostet Geld. Lesen Sie werbefrei ab 9,90 € im Monat.</p><a href="/abo">Abo wählen</a></div></article>'
        f'<aside class="related"><h3>Mehr zum Thema</h3><ul>{_lis(("Hochwasser in Niederösterreich: Lage entspannt sich", "Unwetterwarnung für die Steiermark"), "/story/")}</ul></aside></main>'
        '<footer><p>© STANDARD Verlagsgesellschaft m.b.H. 2024</p></footer>'
    ))  # fmt: skip


def summary_box(heading: str, *items: str) -> tuple[str, str]:
    lis = "".join(f"<li>{x}</li>" for x in items)
    return f'<div class="ticker-summary"><h2>{heading}</h2><ul>{lis}</ul></div>', "\n".join((heading, *items))


def entry(time: str, heading: str, *paragraphs: str) -> tuple[str, str]:
    body = "".join(f"<p>{x}</p>" for x in paragraphs)
    return (
        f'<div class="ticker-posting"><div class="ticker-posting__meta"><time datetime="2024-05-16T{time}:00+02:00">{time}</time></div>'
        f'<h3 class="ticker-posting__title">{heading}</h3><div class="ticker-posting__text">{body}</div>'
        '<div class="ticker-posting__share"><a href="#">Teilen</a></div></div>',
        "\n\n".join((heading, *paragraphs)),
    )


# ---------------------------------------------------------------- Canada.ca (AEM, Web Experience Toolkit)
def canada(page_: dict, article: str) -> str:
    """A Government of Canada news release on Canada.ca (Adobe Experience Manager with the Web Experience
    Toolkit's Canada.ca theme): the language toggle, breadcrumbs, "News release" over the headline, the dateline
    in the first paragraph, ``div.mwsgeneric-base-html`` blocks: the text, "Quotes", "Quick facts", "Associated
    links", "Contacts"; then "Search for related information by keyword", "Report a problem or mistake on this
    page" and "Date modified"."""
    return _doc(page_, "en", (
        '<nav><ul id="wb-tphp"><li class="wb-slc"><a class="wb-sl" href="#wb-cont">Skip to main content</a></li><li class="wb-slc"><a class="wb-sl" href="#wb-info">Skip to "About government"</a></li></ul></nav>'
        '<header><div id="wb-bnr" class="container"><section id="wb-lng"><h2 class="wb-inv">Language selection</h2><ul><li><a lang="fr" href="/fr/transports-canada/nouvelles.html">Français</a></li></ul></section>'
        '<div class="brand"><a href="https://www.canada.ca/en.html"><img src="/etc/designs/canada/wet-boew/assets/sig-blk-en.svg" alt="Government of Canada"></a></div>'
        '<section id="wb-srch"><form action="/en/sr/srb.html"><label for="wb-srch-q">Search Canada.ca</label><input id="wb-srch-q" type="search"><button type="submit">Search</button></form></section></div>'
        '<nav id="wb-bc"><h2>You are here:</h2><ol class="breadcrumb"><li><a href="https://www.canada.ca/en.html">Canada.ca</a></li><li><a href="/en/transport-canada.html">Transport Canada</a></li></ol></nav></header>'
        '<main property="mainContentOfPage" resource="#wb-main" typeof="WebPageElement" class="container">'
        '<div class="mwstitle section"><p class="gc-byline"><strong>News release</strong></p>'
        f'<h1 property="name" id="wb-cont">{page_["title"]}</h1></div>'
        '<div class="mwsbodytext text parbase section"><p class="gc-byline"><strong>From: <a href="/en/transport-canada.html">Transport Canada</a></strong></p></div>'
        f'{article}'
        '<div class="mwsgeneric-base-html parbase section"><h2>Associated links</h2><ul><li><a href="/en/transport-canada/rail-safety.html">Rail safety</a></li><li><a href="/en/transport-canada/grade-crossings.html">Grade Crossings Improvement Program</a></li></ul></div>'
        '<div class="mwsgeneric-base-html parbase section"><h2>Contacts</h2><p>Laura Chen<br>Press Secretary<br>Office of the Minister of Transport, Ottawa<br>613-555-0142</p><p>Media Relations<br>Transport Canada, Ottawa<br>613-555-0199<br><a href="mailto:media@tc.gc.ca">media@tc.gc.ca</a></p>'
        '<p>Stay connected with Transport Canada on <a href="#">X</a>, <a href="#">Facebook</a> and <a href="#">LinkedIn</a>.</p></div>'
        '<div class="mwsadaptiveimage section"><h2 class="h5">Search for related information by keyword: <a href="#">Transport</a> | <a href="#">Rail safety</a></h2></div>'
        '<section class="pagedetails"><h2 class="wb-inv">Page details</h2><div class="row"><a class="btn btn-default" href="#">Report a problem or mistake on this page</a></div>'
        '<dl id="wb-dtmd"><dt>Date modified: </dt><dd><time property="dateModified">2024-05-16</time></dd></dl></section></main>'
        '<footer id="wb-info"><div class="gc-contextual"><h3>Transport Canada</h3><ul><li><a href="#">Contact us</a></li></ul></div>'
        '<div class="gc-main-footer"><h3>Government of Canada</h3><ul><li><a href="#">All contacts</a></li><li><a href="#">Departments and agencies</a></li><li><a href="#">About government</a></li></ul></div>'
        '<div class="gc-sub-footer"><ul><li><a href="#">Social media</a></li><li><a href="#">Mobile applications</a></li><li><a href="#">Terms and conditions</a></li><li><a href="#">Privacy</a></li></ul></div></footer>'
    ), ld=False)  # fmt: skip


def gc_block(*parts: tuple[str, str | None]) -> tuple[str, str]:
    """A ``mwsgeneric-base-html`` block of the release's parts."""
    return (
        '<div class="mwsgeneric-base-html parbase section">' + "".join(m for m, _ in parts) + "</div>",
        "\n\n".join(t for _, t in parts if t),
    )


# ---------------------------------------------------------------- a university newsroom on Squiz Matrix
def squiz(page_: dict, article: str) -> str:
    """An Australian university's newsroom on Squiz Matrix: ``div.news-article__body`` of paragraphs under the
    hero image's credit, then the media contact box, "Share this story", "Related stories" cards and a
    "Subscribe to the newsroom" box; Squiz's "Running Squiz Matrix" comment in the head."""
    return _doc(page_, "en-AU", (
        f'<header class="uni-header"><a class="uni-header__logo" href="/">{page_["site"]}</a><ul class="uni-header__nav">{_links(("Study", "Research", "Engage", "About", "Newsroom"), "/")}</ul></header>'
        '<nav class="breadcrumbs"><ol><li><a href="/">Home</a></li><li><a href="/newsroom">Newsroom</a></li><li>Science</li></ol></nav>'
        '<main id="main-content"><article class="news-article"><div class="news-article__header">'
        f'<p class="news-article__topic">Science &amp; Technology</p><h1 class="news-article__title">{page_["title"]}</h1>'
        f'<p class="news-article__meta">By {page_["author"]} · 16 May 2024 · 4 minute read</p></div>'
        '<figure class="news-article__hero"><img src="/__data/assets/image/0011/reef.jpg" alt=""><figcaption>Coral spawning on the northern reef. <span class="credit">Image: Dr Tom Reyes</span></figcaption></figure>'
        f'<div class="news-article__body">{article}</div>'
        '<aside class="media-contact"><h2>Media contact</h2><p>Priya Nair, Media and Communications<br>+61 7 5555 0142 · <a href="mailto:media@uni.example">media@uni.example</a></p></aside>'
        '<div class="share-story"><h2>Share this story</h2><a href="#">LinkedIn</a> <a href="#">Facebook</a> <a href="#">Copy link</a></div></article>'
        f'<section class="related-stories"><h2>Related stories</h2><ul>{_lis(("New telescope joins the search for exoplanets", "Students build a solar car for the desert race", "Seagrass meadows store more carbon than thought"), "/newsroom/")}</ul></section>'
        '<section class="newsroom-subscribe"><h2>Subscribe to the newsroom</h2><p>Research news from across the university, every fortnight.</p><form><input type="email" placeholder="Email address"><button>Subscribe</button></form></section></main>'
        '<footer><p>© 2024 Coastal University. CRICOS Provider 00000X · TEQSA PRV00000</p></footer>'
    ), head="<!--\n  Running Squiz Matrix\n  Developed by Squiz - http://www.squiz.net\n-->")  # fmt: skip


# ---------------------------------------------------------------- a regional television station (TEGNA-like)
def tegna(page_: dict, article: str) -> str:
    """A TEGNA-like station's story: ``div.article__body`` of ``div.article__section_type_text`` paragraphs, a
    "RELATED:" line between them, a video with "Credit: ..." as the lead media, a call to download the app, the
    station's comment prompt and "In other news" after."""
    return _doc(page_, "en-US", (
        _cookie("We use cookies and similar technologies to personalize content and ads and to analyze our traffic. By continuing to use this site you agree to our use of cookies.", "Accept", "Privacy Policy")
        + f'<header class="site-header"><a class="site-header__logo" href="/">{page_["site"]}</a><nav><ul>{_links(("Local News", "Weather", "Traffic", "Sports", "Watch Now"), "/")}</ul></nav></header>'
        '<main><article class="article">'
        f'<h1 class="article__headline">{page_["title"]}</h1>'
        f'<div class="article__author"><span class="article__author-name">Author: {page_["author"]}</span> <span class="article__published">Published: 6:41 PM EDT May 16, 2024</span> <span class="article__updated">Updated: 8:15 PM EDT May 16, 2024</span></div>'
        '<div class="article__lead-asset"><div class="video" data-video-id="3n1"></div><div class="article__lead-asset-caption">The city council approved the plan Thursday night. <span class="credit">Credit: WKYC</span></div></div>'
        f'<div class="article__body">{article}</div>'
        '<div class="article__section article__section_type_text"><p>Have a news tip? Email <a href="mailto:newstips@wkyc.example">newstips@wkyc.example</a> or visit our <a href="/tips">Facebook</a> page.</p></div>'
        '<div class="article__comments-prompt"><p>Join the conversation: leave a comment below.</p></div></article>'
        f'<section class="related"><h2>In Other News</h2><ul>{_lis(("Storms knock out power to thousands in Summit County", "Browns announce training camp dates"), "/article/news/")}</ul></section></main>'
        '<footer><p>© 2024 WKYC-TV. All Rights Reserved.</p></footer>'
    ))  # fmt: skip


def tg_text(text: str) -> tuple[str, str]:
    html, gold = p(text)
    return f'<div class="article__section article__section_type_text">{html}</div>', gold


def tg_related(title: str) -> tuple[str, None]:
    return (
        f'<div class="article__section article__section_type_text"><p><strong>RELATED: <a href="/article/news/local/1">{title}</a></strong></p></div>',
        None,
    )


def tg_app() -> tuple[str, None]:
    return (
        '<div class="article__section article__section_type_text"><p><em><strong>DOWNLOAD THE FREE 3NEWS APP: </strong><a href="https://apps.apple.com/">Apple App Store</a> | <a href="https://play.google.com/">Google Play</a></em></p></div>',
        None,
    )


# ---------------------------------------------------------------- a Buttondown newsletter's archive page
def buttondown(page_: dict, article: str) -> str:
    """A newsletter's web archive on Buttondown: the newsletter's name and "Archives", the issue's subject and
    date, ``div.email-body`` holding the issue (a forwarded-mail notice first), then the subscribe form and
    "Powered by Buttondown"."""
    return _doc(page_, "en", (
        f'<div class="newsletter-header"><a href="/transit-notes">{page_["site"]}</a> <a href="/transit-notes/archive">Archives</a></div>'
        '<div class="subscribe-form"><form action="/api/emails/embed-subscribe/transit-notes" method="post"><input type="email" name="email" placeholder="you@example.com"><input type="submit" value="Subscribe"></form></div>'
        f'<main><div class="email"><h1 class="email-subject">{page_["title"]}</h1><div class="email-date">May 16, 2024</div>'
        '<div class="email-body"><p><em>Forwarded this email? <a href="/transit-notes">Subscribe here</a> for more.</em></p>'
        f'{article}'
        '<p><em>You are receiving this because you subscribed to Transit Notes. <a href="#">Unsubscribe</a> · <a href="#">View in browser</a></em></p></div></div>'
        '<div class="email-navigation"><a href="/transit-notes/archive/issue-41">← Issue 41: The bus lane wars</a> <a href="/transit-notes/archive/issue-43">Issue 43: Night trains →</a></div></main>'
        '<footer><a href="https://buttondown.com/refer/transit-notes">Powered by Buttondown, the easiest way to start and grow your newsletter.</a></footer>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- Wagtail (StreamField blocks)
def wagtail(page_: dict, article: str) -> str:
    """A policy charity's news on Wagtail: the intro ``div.page-intro`` under the title, the StreamField rendered
    as ``div.block-<type>`` siblings in ``div.streamfield`` (paragraph, heading, image, pull quote, embed), an
    author box, a newsletter form posting with Django's ``csrfmiddlewaretoken``, "More news"."""
    return _doc(page_, "en-GB", (
        f'<header class="header"><a class="header__logo" href="/">{page_["site"]}</a><nav class="header__nav"><ul>{_links(("Our work", "Research", "News", "Get involved", "About us"), "/")}</ul></nav></header>'
        '<main id="main"><article class="news-page">'
        f'<h1 class="news-page__title">{page_["title"]}</h1><div class="page-intro"><p>{page_["deck"]}</p></div>'
        f'<p class="news-page__meta">{page_["author"]} · 16 May 2024</p>'
        f'<div class="streamfield">{article}</div>'
        f'<div class="author-card"><img src="/media/images/author.width-200.jpg" alt=""><div><h3>{page_["author"]}</h3><p>Helen is our head of research. She leads our work on housing and local services.</p><a href="/people/helen-ward/">More from Helen</a></div></div></article>'
        '<section class="newsletter"><h2>Sign up to our newsletter</h2><form method="post" action="/newsletter/"><input type="hidden" name="csrfmiddlewaretoken" value="Zr4k0Wq1pX"><input type="email" name="email" placeholder="Email"><button>Sign up</button></form></section>'
        f'<section class="more-news"><h2>More news</h2><ul>{_lis(("New report on rural bus services", "Our response to the spending review"), "/news/")}</ul></section></main>'
        '<footer><p>© 2024 Fair Places Trust. Registered charity number 1000000.</p></footer>'
    ))  # fmt: skip


def wt_paragraph(*paragraphs: str) -> tuple[str, str]:
    inner = "".join(f"<p>{x}</p>" for x in paragraphs)
    return f'<div class="block-paragraph"><div class="rich-text">{inner}</div></div>', "\n\n".join(paragraphs)


def wt_heading(text: str) -> tuple[str, str]:
    return f'<div class="block-heading"><h2>{text}</h2></div>', text


def wt_image(caption: str) -> tuple[str, None]:
    return (
        f'<div class="block-image"><figure><img src="/media/images/estate.width-800.jpg" alt=""><figcaption>{caption}</figcaption></figure></div>',
        None,
    )


def wt_pullquote(text: str) -> tuple[str, None]:
    return (
        f'<div class="block-pull_quote"><blockquote class="pull-quote"><p>{text}</p></blockquote></div>',
        None,
    )


# ---------------------------------------------------------------- Plone 6 (classic UI)
def plone(page_: dict, article: str) -> str:
    """A research institute's news item on Plone 6's classic UI: ``#content`` holding the title, the description
    ``p.documentDescription``, the byline ``div.documentByLine`` ("by ... — last modified ..."), ``#content-core``
    with ``#parent-fieldname-text``, "Document Actions", "Filed under:" keywords and a news portlet beside."""
    return _doc(page_, "en", (
        f'<div id="portal-top"><header id="portal-header"><a id="portal-logo" href="/">{page_["site"]}</a>'
        '<div id="portal-searchbox"><form><input name="SearchableText" type="text" placeholder="Search Site"><button>Search</button></form></div></header>'
        f'<nav id="portal-globalnav"><ul>{_links(("Home", "Research", "News", "People", "Contact"), "/")}</ul></nav></div>'
        '<div id="portal-breadcrumbs"><ol><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ol></div>'
        '<div id="portal-column-content"><main id="content"><header>'
        f'<h1 class="documentFirstHeading">{page_["title"]}</h1><p class="documentDescription">{page_["deck"]}</p></header>'
        f'<div class="documentByLine" id="plone-document-byline"><span class="documentAuthor">by <a href="/author/mhansen">{page_["author"]}</a></span> — <span class="documentModified"><span>last modified</span> May 16, 2024 10:12 AM</span></div>'
        '<div id="content-core"><figure class="newsImageContainer"><img class="newsImage" src="/news/drought/@@images/image/preview" alt=""><figcaption>The dried-out bed of the reservoir in April.</figcaption></figure>'
        f'<div id="parent-fieldname-text">{article}</div></div>'
        '<div id="viewlet-below-content"><div class="documentActions"><p class="hiddenStructure">Document Actions</p><ul><li><a href="#">Print this</a></li><li><a href="#">Send this</a></li></ul></div>'
        '<div id="category" class="documentByLine">Filed under: <a href="#">drought</a>, <a href="#">hydrology</a></div></div></main></div>'
        f'<aside id="portal-column-two"><div class="portlet portletNews"><header class="portletHeader">News</header><ul>{_lis(("Institute joins European flood network", "Open day on 8 June"), "/news/")}</ul><footer class="portletFooter"><a href="/news">More news…</a></footer></div></aside>'
        '<footer id="portal-footer"><p>© 2024 Institute for Water Research · <a href="#">Accessibility</a> · Powered by <a href="https://plone.org">Plone</a></p></footer>'
    ), ld=False)  # fmt: skip


SKINS.update(
    r17_yiddish=yiddish,
    r17_hongkong=hongkong,
    r17_korean=korean,
    r17_japanese=japanese,
    r17_luxembourgish=luxembourgish,
    r17_zulu=zulu,
    r17_esperanto=esperanto,
    r17_lusa=lusa,
    r17_liveticker=liveticker,
    r17_canada=canada,
    r17_squiz=squiz,
    r17_tegna=tegna,
    r17_buttondown=buttondown,
    r17_wagtail=wagtail,
    r17_plone=plone,
)

# ================================================================ the pages
page(
    "r17-yi-forverts-bibliotek",
    "Yiddish weekly's site, Forverts-like, right to left (entry-content of paragraphs with a bold לייענט אויך: line between them, a newsletter box, an author box)",
    "r17_yiddish",
    "אַ נײַע ייִדישע אָפּטיילונג אין דער ניו־יאָרקער ביבליאָטעק",
    "רחל שאַפּיראָ",
    "2024-05-16T09:00:00-04:00",
    [
        p(
            "די ניו־יאָרקער עפֿנטלעכע ביבליאָטעק האָט די וואָך געעפֿנט אַ נײַע אָפּטיילונג פֿאַר ייִדישע ביכער, מיט מער ווי צוויי טויזנט בענד וואָס זענען ביז איצט געלעגן אין אַ מאַגאַזין."
        ),
        p(
            "לויט דער ביבליאָטעקאַרשע, זענען צווישן די ביכער ראָמאַנען, פּאָעזיע און קינדער־ביכער וואָס זענען דערשינען אין וואַרשע און ווילנע אין די 1920ער און 1930ער יאָרן."
        ),
        _also("לייענט אויך:", "אַ נײַער ייִדיש־קורס פֿאַר אָנהייבער אין בראָנקס", "/yiddish/1"),
        p(
            "„מיר ווילן אַז יונגע לייענער זאָלן קענען האַלטן די ביכער אין די הענט און זען ווי אַזוי מע האָט אַמאָל געדרוקט,“ האָט זי געזאָגט."
        ),
        p(
            "די אָפּטיילונג וועט זײַן אָפֿן יעדן טאָג אַחוץ שבת, פֿון צען אין דער פֿרי ביז זעקס אין אָוונט, און דער אַרײַנגאַנג איז פֿרײַ."
        ),
    ],
    site="פֿאָרווערטס",
)
page(
    "r17-zh-hk01-tram",
    "Hong Kong portal in Traditional Chinese, HK01-like (article-grid__content-section of p with a 延伸閱讀： line and a 廣告 advert slot between them, an app call closing it, 相關文章)",
    "r17_hongkong",
    "電車公司宣布引入20輛新型電車　明年起陸續投入服務",
    "林曉彤",
    "2024-05-16T11:30:00+08:00",
    [
        p(
            "香港電車公司今日（16日）宣布，將斥資約2億元購入20輛新型電車，首批車輛預計明年第二季起陸續投入服務，以取代部分已服務超過30年的舊車。"
        ),
        p(
            "電車公司表示，新型電車採用鋁合金車身，設有空調及低地台設計，方便長者及輪椅使用者上落，車廂內亦會加裝實時到站資訊顯示屏。"
        ),
        _also("延伸閱讀：", "電車車費下月起加價3毫　學生優惠維持不變", "/article/1", bold=False),
        p(
            "電車公司董事總經理表示：「電車是香港的城市標誌，我們希望在保留傳統外觀的同時，為乘客提供更舒適的乘車體驗。」"
        ),
        raw(*hk_ad()),
        p("運輸署回應查詢時指，會與電車公司保持溝通，確保新車符合安全標準，並在投入服務前完成測試。"),
    ],
    site="香港01",
)
page(
    "r17-ko-hani-bike",
    "Korean daily, Hankyoreh-like (a subtitle h2 in the header, article-text of p.text closing on the reporter's line with the address, a supporters' appeal 후원하기, 관련기사)",
    "r17_korean",
    "서울시, 공공자전거 ‘따릉이’ 5천대 늘린다",
    "김민지",
    "2024-05-16T09:12:00+09:00",
    [
        p(
            "서울시가 올해 안에 공공자전거 ‘따릉이’ 5천대를 새로 도입해 모두 4만5천대로 늘린다고 16일 밝혔다. 대여소도 300곳을 추가로 설치한다.",
            attrs=' class="text"',
        ),
        p(
            "시는 지하철역과 버스 정류장 주변을 중심으로 대여소를 늘려 대중교통과의 연계를 강화할 계획이다. 새로 도입되는 자전거는 기존보다 가벼운 소재로 만들어 무게를 3㎏가량 줄였다.",
            attrs=' class="text"',
        ),
        p(
            "서울시 관계자는 “따릉이 이용자가 해마다 늘고 있어 출퇴근 시간에 자전거가 부족하다는 민원이 많았다”며 “이번 확충으로 이용 불편이 크게 줄 것”이라고 말했다.",
            attrs=' class="text"',
        ),
        p("따릉이 이용 건수는 지난해 4천만 건을 넘어 역대 최대를 기록했다.", attrs=' class="text"'),
        raw('<p class="text">김민지 기자 <a href="mailto:mjkim@hani.co.kr">mjkim@hani.co.kr</a></p>'),
    ],
    deck="올해 안에 대여소 300곳 추가…지하철역·버스정류장 중심",
    site="한겨레",
)
page(
    "r17-ja-mainichi-bus",
    "Japanese daily's paid story, Mainichi-like (articledetail-body of p.txt holding the opening, この記事は有料記事です。 and 残りXXXX文字, the sign-up box, 関連記事)",
    "r17_japanese",
    "自動運転バス、町営で本格運行へ　全国初の「レベル4」路線拡大",
    "大塚健太",
    "2024-05-16T06:00:00+09:00",
    [
        p(
            "福井県永平寺町は、運転手が乗車しない「レベル4」の自動運転バスについて、7月から運行区間を延ばし、町営の路線として本格運行を始めると発表した。",
            attrs=' class="txt"',
        ),
        p(
            "同町では昨年5月、全国で初めてレベル4の自動運転による移動サービスが始まった。これまでは遊歩道の約2キロを走っていたが、新たに町役場や駅を結ぶ約6キロに広げる。",
            attrs=' class="txt"',
        ),
        p(
            "町の担当者は「高齢化で運転をやめる人が増えており、住民の足を確保したい」と話している。",
            attrs=' class="txt"',
        ),
    ],
    site="毎日新聞",
)
page(
    "r17-lb-rtl-tram",
    "Luxembourgish broadcaster's news page, RTL.lu-like (a consent box, a lead in the header, article-body of paragraphs with an advert labelled Reklamm between them, Weider Artikelen)",
    "r17_luxembourgish",
    "Den Tram fiert ab Dezember bis op de Findel",
    "Claude Weber",
    "2024-05-16T10:05:00+02:00",
    [
        p(
            "Ab dem 10. Dezember soll den Tram vun der Gare iwwer de Kierchbierg bis bei de Flughafen um Findel fueren. Dat huet d'Mobilitéitsministesch en Donneschdeg op enger Pressekonferenz matgedeelt."
        ),
        p(
            "D'Streck gëtt ëm véier Kilometer verlängert an et kommen dräi nei Arrêten derbäi. Den Tram soll all fënnef Minutten fueren, an de Spëtzestonnen souguer all véier Minutten."
        ),
        raw(*lb_ad()),
        p(
            "„Mat dëser Verbindung kënnt een an nëmmen 20 Minutte vun der Stad bei de Fliger“, sot d'Ministesch. D'Aarbechten um leschten Deel vun der Streck wären am Zäitplang."
        ),
        p("Wéi den ëffentlechen Transport am Land ass och de Tram weiderhin gratis."),
    ],
    deck="D'Verlängerung vun der Tramstreck ass bal fäerdeg. Wéi d'Ministesch annoncéiert, kënnen d'Passagéier ab Dezember bis bei de Flughafe fueren.",
    site="RTL Lëtzebuerg",
)
page(
    "r17-zu-isolezwe-imitapo",
    "isiZulu daily, Isolezwe-like on Independent Media's template (article-body of paragraphs with a bold FUNDA NAYI: line between them and a WhatsApp call closing it, Ezinye izindaba)",
    "r17_zulu",
    "UMkhandlu wakwaThekwini uzokwakha imitapo yolwazi emisha emithathu",
    "Sipho Mkhize",
    "2024-05-16T08:30:00+02:00",
    [
        p(
            "UMkhandlu wakwaThekwini umemezele ukuthi uzokwakha imitapo yolwazi emisha emithathu ezindaweni zasemakhaya ngonyaka wezimali ozayo, ngemali engaphezu kwezigidi ezingama-R60."
        ),
        p(
            "Ngokusho kukameya wedolobha, imitapo yolwazi izoba namakhompyutha ne-inthanethi yamahhala ukuze abafundi bakwazi ukwenza imisebenzi yesikole ntambama nangezimpelasonto."
        ),
        _also("FUNDA NAYI:", "Abafundi baseMlazi bathola imifundaze yokufunda eNyuvesi", "/isolezwe/1"),
        p(
            "\u201cSifuna ukuthi izingane zethu zasemakhaya zithole amathuba afanayo nalawo ezingane zasemadolobheni,\u201d kusho umeya."
        ),
        p("Umsebenzi wokwakha kulindeleke ukuthi uqale ngoNhlangulana."),
    ],
    site="Isolezwe",
)
page(
    "r17-eo-liberafolio-kongreso",
    "Esperanto news site, Libera Folio-like on WordPress (a cookie banner, entry-content of paragraphs with a plain Legu ankaŭ: line between them, a donation box, the comment form)",
    "r17_esperanto",
    "Universala Kongreso en Aruŝo altiris pli ol mil partoprenantojn",
    "Anna Lindqvist",
    "2024-05-16T12:00:00+02:00",
    [
        p(
            "La unua Universala Kongreso de Esperanto en Tanzanio finiĝis dimanĉe en Aruŝo. Laŭ la organizantoj, pli ol mil homoj el 62 landoj partoprenis la kongreson, el kiuj preskaŭ triono venis el Afriko."
        ),
        p(
            "La kongreso daŭris sep tagojn kaj ofertis pli ol cent programerojn, inter ili prelegojn pri lingva politiko, koncertojn kaj ekskursojn al la nacia parko Kilimanĝaro."
        ),
        _also("Legu ankaŭ:", "Nova vortaro de la svahila aperis", "/2024/nova-vortaro", bold=False),
        p(
            "\u201cPor multaj afrikaj esperantistoj tio estis la unua ebleco partopreni Universalan Kongreson sen longa kaj multekosta vojaĝo\u201d, diris la prezidanto de la loka kongresa komitato."
        ),
        p("La venonta Universala Kongreso okazos en Brno, Ĉeĥio, en julio 2025."),
    ],
    site="Libera Folio",
)
page(
    "r17-pt-lusa-ferrovia",
    "Lusa wire story on a Portuguese portal (news-body opening on the dateline, a Leia Também: line between paragraphs, the desk's initials and Lusa/Fim closing it, a Google News call)",
    "r17_lusa",
    "Linha do Oeste reabre em setembro após obras de modernização",
    "Lusa",
    "2024-05-16T12:48:00+01:00",
    [
        p(
            "Lisboa, 16 mai 2024 (Lusa) - A Linha do Oeste vai reabrir à circulação de comboios entre Meleças e Caldas da Rainha em setembro, depois de concluídas as obras de modernização e eletrificação, anunciou hoje a Infraestruturas de Portugal (IP)."
        ),
        p(
            "Em comunicado, a IP indica que a empreitada, orçada em 61 milhões de euros, permitirá reduzir em cerca de 20 minutos o tempo de viagem entre Lisboa e as Caldas da Rainha."
        ),
        _also("Leia Também:", "CP vai comprar 117 novos comboios", "/economia/1", bold=True),
        p(
            "Segundo a empresa, os trabalhos incluíram a renovação de 45 quilómetros de via, a construção de duas novas estações e a supressão de 12 passagens de nível."
        ),
        p(
            "Os autarcas da região têm reclamado a reabertura da linha, encerrada desde janeiro de 2023 para as obras."
        ),
        raw("<p>ACL // JMR</p>"),
        raw("<p>Lusa/Fim</p>"),
    ],
    site="Notícias ao Minuto",
)
page(
    "r17-de-standard-liveticker",
    "Austrian daily's live ticker, derStandard-like (a summary box, timestamped entries newest first, the forum's call, a subscription teaser)",
    "r17_liveticker",
    "Hochwasser in Kärnten: Pegel sinken, Aufräumarbeiten beginnen",
    "Liveticker",
    "2024-05-16T16:00:00+02:00",
    [
        summary_box(
            "Das Wichtigste in Kürze",
            "Nach tagelangem Regen sind in Kärnten mehrere Flüsse über die Ufer getreten.",
            "Rund 300 Haushalte im Gailtal wurden evakuiert.",
            "Die Pegel sinken seit Donnerstagmittag langsam.",
        ),
        entry(
            "15:42",
            "Bundesheer schickt 200 Soldaten",
            "Das Bundesheer unterstützt ab Freitag die Aufräumarbeiten im Gailtal. 200 Soldatinnen und Soldaten sollen Keller auspumpen und Schlamm von den Straßen räumen, teilte das Verteidigungsministerium mit.",
        ),
        entry(
            "14:10",
            "Bahnstrecke bleibt gesperrt",
            "Die ÖBB-Strecke zwischen Villach und Hermagor bleibt mindestens bis Sonntag gesperrt. Ein Schienenersatzverkehr mit Bussen ist eingerichtet.",
            "Die Gleise seien an zwei Stellen unterspült worden, sagte ein Sprecher der ÖBB.",
        ),
        entry(
            "12:25",
            "Pegel sinken",
            "Die Gail ist in Hermagor seit dem Vormittag um einen halben Meter gesunken. Der hydrografische Dienst des Landes rechnet damit, dass die Pegel bis zum Abend weiter zurückgehen.",
        ),
        entry(
            "10:05",
            "Guten Morgen",
            "Willkommen zu unserem Liveticker zum Hochwasser in Kärnten. Wir halten Sie hier über die Lage in den betroffenen Gemeinden auf dem Laufenden.",
        ),
    ],
    site="DER STANDARD",
)
page(
    "r17-ca-gc-rail-crossings",
    "Government of Canada news release on Canada.ca (AEM with the Web Experience Toolkit: News release, the dateline, Quotes, Quick facts, Associated links, Contacts, Date modified)",
    "r17_canada",
    "Government of Canada invests $28 million to make rail crossings safer",
    "Transport Canada",
    "2024-05-16T10:00:00-04:00",
    [
        gc_block(
            p(
                "May 16, 2024 \u2013 Ottawa, Ontario \u2013 Rail safety is a top priority for the Government of Canada. Every year, collisions at railway crossings cause deaths and serious injuries across the country."
            ),
            p(
                "Today, the Minister of Transport announced $28 million for 142 projects to improve safety at railway crossings in all provinces. The funding comes from the Rail Safety Improvement Program."
            ),
            p(
                "The projects include new warning lights, bells and gates, better sightlines at crossings, and the closure of crossings that are no longer needed."
            ),
        ),
        gc_block(
            h("Quotes"),
            p(
                "\u201cEvery collision at a railway crossing is one too many. These investments will give drivers, cyclists and pedestrians better warning of approaching trains and help keep communities safe.\u201d"
            ),
            p("The Honourable Pablo Rodriguez, Minister of Transport"),
        ),
        gc_block(
            h("Quick facts"),
            _ul(
                "There are about 14,000 public and 9,000 private railway crossings on federally regulated rail lines in Canada.",
                "In 2023, there were 168 crossing collisions, resulting in 24 deaths.",
                "Since 2015, the program has funded more than 1,300 projects.",
            ),
        ),
    ],
    site="Canada.ca",
)
page(
    "r17-au-squiz-coral",
    "Australian university newsroom on Squiz Matrix (news-article__body of paragraphs and a heading under the hero image's credit, a media contact box, Share this story, Related stories, a newsroom subscription box)",
    "r17_squiz",
    "Corals spawn earlier as ocean temperatures rise, study finds",
    "Jessica Tran",
    "2024-05-16T09:00:00+10:00",
    [
        p(
            "Corals on the northern Great Barrier Reef are spawning up to two weeks earlier than they did three decades ago, according to new research led by Coastal University."
        ),
        p(
            "The study, published in Nature Climate Change, analysed spawning records from 1992 to 2023 at 14 reef sites and found the shift was closely linked to warmer sea temperatures in the months before spawning."
        ),
        h("Out of step"),
        p(
            "Lead author Dr Tom Reyes said earlier spawning could leave coral larvae out of step with the plankton they feed on and the currents that carry them to new reefs."
        ),
        p(
            "\u201cCoral spawning is one of nature's great timing events. If that timing shifts, the reef's ability to recover from bleaching could be weakened,\u201d Dr Reyes said."
        ),
        p(
            "The team will now use underwater cameras to record spawning at night across another 20 sites over the next three years."
        ),
    ],
    site="Coastal University",
)
page(
    "r17-us-tegna-council",
    "Regional TV station, TEGNA-like (a cookie banner, article__body of article__section_type_text divs, a RELATED: line, an app download call, a news-tip line, the lead video's Credit:, a comment prompt)",
    "r17_tegna",
    "Cleveland City Council approves $15 million plan to fix lead pipes",
    "Marcus Hill",
    "2024-05-16T18:41:00-04:00",
    [
        tg_text(
            "CLEVELAND \u2014 Cleveland City Council voted 15-2 Thursday night to approve a $15 million plan to replace lead service lines in about 2,000 homes over the next three years."
        ),
        tg_text(
            "The money comes from the federal infrastructure law and will pay for the full cost of replacing the pipes that connect homes to the city's water mains, city officials said."
        ),
        tg_related("Cleveland Water to test more homes for lead this summer"),
        tg_text(
            "\u201cNo family in this city should have to worry about what comes out of their tap,\u201d Council President Blaine Griffin said before the vote."
        ),
        tg_text(
            "Homeowners in neighborhoods with the oldest housing, including Glenville and Slavic Village, will be contacted first. Residents can also call the city's water department to ask whether their home has a lead line."
        ),
        tg_app(),
        tg_text("The two council members who voted against the plan said it should have covered more homes."),
    ],
    site="WKYC 3News",
)
page(
    "r17-nl-buttondown-transit",
    "Newsletter's web archive on Buttondown (email-body opening on a forwarded-mail notice, a greeting, headings, a list, the sign-off, the unsubscribe line, issue navigation, Powered by Buttondown)",
    "r17_buttondown",
    "Issue 42: What a free bus actually costs",
    "Maya Ortiz",
    "2024-05-16T07:00:00-04:00",
    [
        p("Hi friends,"),
        p(
            "This week three more cities said they would make their buses free, and the question I get most is the same one: who pays? So let's look at what the numbers say."
        ),
        h("The fare box is smaller than you think"),
        p(
            "In most mid-sized American cities, fares cover somewhere between 10 and 20 percent of what it costs to run the buses. The rest already comes from local taxes, state money and federal grants."
        ),
        p(
            "When Kansas City dropped fares in 2020, it gave up about $8 million a year. Three things followed:"
        ),
        _ul(
            "Ridership recovered faster than in similar cities after the pandemic.",
            "Boarding got quicker, because drivers no longer handled cash.",
            "The agency saved money on fare machines and counting.",
        ),
        h("What I'm reading"),
        p(
            "A new study from the Urban Institute found that free fares help riders most when service is frequent. A free bus that comes once an hour is still a bus that comes once an hour."
        ),
        raw("<p>Until next week,<br>Maya</p>", "Until next week,\nMaya"),
    ],
    site="Transit Notes",
)
page(
    "r17-uk-wagtail-housing",
    "Policy charity's news on Wagtail (an intro under the title, StreamField blocks: paragraph, heading, image with a caption, a pull quote repeating the body; an author card, a newsletter form with Django's CSRF field)",
    "r17_wagtail",
    "One in five council homes fails the decent homes standard, our research finds",
    "Helen Ward",
    "2024-05-16T09:30:00+01:00",
    [
        wt_paragraph(
            "One in five council homes in England fails the government's decent homes standard, according to research we publish today, with damp and mould the most common problems.",
            "We analysed inspection data from 48 councils covering more than 600,000 homes. The share of homes failing the standard ranged from 6 per cent in the best-performing council to 38 per cent in the worst.",
        ),
        wt_image("A council estate in the West Midlands. Photo: Fair Places Trust"),
        wt_heading("Repairs are falling behind"),
        wt_paragraph(
            "Councils told us that the money they spend on repairs has fallen in real terms by a quarter since 2015, while the cost of materials has risen sharply.",
            "Tenants waited on average 41 days for a damp or mould repair to be finished, and some waited more than six months.",
        ),
        wt_pullquote("Tenants waited on average 41 days for a damp or mould repair to be finished."),
        wt_heading("What we are calling for"),
        wt_paragraph(
            "We are asking the government to give councils a ten-year settlement for repairs, so that they can plan work on their homes instead of patching problems year by year."
        ),
    ],
    deck="Our new analysis of inspection data from 48 councils shows repairs falling behind as budgets shrink.",
    site="Fair Places Trust",
)
page(
    "r17-de-plone-drought",
    "Research institute's news item on Plone 6 classic UI (documentDescription under the title, documentByLine, parent-fieldname-text with a heading and a list, Document Actions, Filed under:, a news portlet)",
    "r17_plone",
    "Spring drought left reservoirs at record lows, institute's survey shows",
    "Mette Hansen",
    "2024-05-16T10:12:00+02:00",
    [
        p(
            "Reservoirs in the region held on average 41 per cent of their capacity at the end of April, the lowest level since records began in 1961, according to the institute's spring survey."
        ),
        p(
            "Rainfall between February and April was less than half the long-term average, and warm weather in March melted the snowpack weeks earlier than usual."
        ),
        h("What the survey measured", 3),
        _ul(
            "Water levels in 23 reservoirs, read weekly by remote sensors.",
            "Soil moisture at 60 stations across the catchment.",
            "River flows at 12 gauging stations.",
        ),
        p(
            "\u201cA single wet month will not refill the reservoirs. We would need a wet summer and autumn to return to normal levels,\u201d said hydrologist Dr Mette Hansen, who led the survey."
        ),
        p("The institute will publish its next survey at the end of June."),
    ],
    deck="The institute's spring survey found reservoir levels at 41 per cent of capacity, the lowest since records began.",
    site="Institute for Water Research",
)
