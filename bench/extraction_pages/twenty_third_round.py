"""The twenty-third round of ``bench/extraction_pages``: pages (``r23-*``) of outlets, platforms and page kinds
the first twenty-two rounds lack, each in a template written here after what the outlet's or platform's pages emit.

Languages: Santali in Ol Chiki (a script no round had; a weekly's site on Publii with a "key points" box before
the text), Kurdish Sorani (right to left, a Kurdistan24-like page on October CMS holding an inline poll), German (a
town paper on Contao with a table of figures that belongs to the story), Spanish (an elDiario.es-like live blog,
newest entry first, each entry under its time), Japanese (a Toyo Keizai-like interview, questions after "――" and
answers opened by bold names), Indonesian (an IDN Times-like story split into numbered cards), Vietnamese (a Thanh
Niên-like story whose paragraphs are ``<div>``s closed by ``<br><br>``), French (an L'Opinion-like paywalled story:
three paragraphs, a login wall and a blurred decoy after it) and Turkish (a Habertürk-like story on
ExpressionEngine under a "Kısa kısa" summary box). English platforms and kinds: a long feature on Shorthand (drop
caps, pull quotes, title sections), a television station's story on Lakana under a video player with its
machine transcript, a Hygraph-backed app whose HTML holds only a teaser while JSON-LD holds the story, a Weebly
local paper with a bold "What we know:" list, an interview on Typepad with bold names, and a Pelican blog's field
report with "read more" cards. The gold of every page was written before nutgraf was run on it: it leaves out
headlines, bylines, datelines, decks, summary and key-point boxes, times of live entries, captions, credits, pull
quotes, polls, video transcripts, cards, advert labels, author boxes, newsletter boxes, login walls and what lies
under them, share bars and comment prompts; it keeps headings, questions, speakers' names, list items, table rows
and a live blog's entries in the page's order.
"""

from __future__ import annotations

import json

from articles import page
from fourth_round import _cookie, _doc, _links
from furniture import SKINS
from parts import p, raw, table
from seventeenth_round import _ul
from thirteenth_round import _lis

# ---------------------------------------------------------------- Santali in Ol Chiki
_OL_CHIKI = {
    # Ol Chiki's letters (U+1C5A on) for a plain romanization: capitals write the retroflex letters.
    "ny": "ᱧ", "ng": "ᱝ", "nn": "ᱬ", "kh": "ᱠᱷ", "gh": "ᱜᱷ", "ch": "ᱪᱷ", "jh": "ᱡᱷ", "th": "ᱛᱷ", "dh": "ᱫᱷ",
    "ph": "ᱯᱷ", "bh": "ᱵᱷ",
    "o": "ᱚ", "t": "ᱛ", "g": "ᱜ", "l": "ᱞ", "a": "ᱟ", "k": "ᱠ", "j": "ᱡ", "m": "ᱢ", "w": "ᱣ", "i": "ᱤ",
    "s": "ᱥ", "h": "ᱦ", "r": "ᱨ", "u": "ᱩ", "c": "ᱪ", "d": "ᱫ", "y": "ᱭ", "e": "ᱮ", "p": "ᱯ", "D": "ᱰ",
    "n": "ᱱ", "R": "ᱲ", "O": "ᱳ", "T": "ᱴ", "b": "ᱵ",
    ".": "᱾", "0": "᱐", "1": "᱑", "2": "᱒", "3": "᱓", "4": "᱔", "5": "᱕", "6": "᱖", "7": "᱗", "8": "᱘", "9": "᱙",
}  # fmt: skip


def sat(romanized: str) -> str:
    """Santali romanized (two-letter sounds first, capitals for retroflex letters), given in Ol Chiki."""
    out, i = [], 0
    while i < len(romanized):
        pair = romanized[i : i + 2]
        if pair in _OL_CHIKI:
            out.append(_OL_CHIKI[pair])
            i += 2
        else:
            out.append(_OL_CHIKI.get(romanized[i], romanized[i]))
            i += 1
    return "".join(out)


def publii_sat(page_: dict, article: str) -> str:
    """A Santali weekly's site built with Publii: a consent bar, the header's menu, ``article.post`` with the
    headline, the author and date, a "key points" box (``div.post__keypoints``) before ``div.post__entry`` of
    paragraphs, then the tags, a share bar, an author box and "related posts"."""
    points = (
        sat("DumkaRe nawa ol ciki iskul jhij ena."),
        sat("120 gidrai ko paRhaw."),
        sat("sorkar hOt khOn taka ko emadea."),
    )
    return _doc(page_, "sat", (
        _cookie(sat("noa weblink cookie ko beboharea."), sat("baRae akana"), sat("ar hO"))
        + f'<header class="header"><a class="logo" href="/">{page_["site"]}</a><nav class="navbar"><ul>{_links((sat("khObor"), sat("sOnsar"), sat("kheloR"), sat("cEThi")), "/")}</ul></nav></header>'
        f'<main class="main"><article class="post"><header class="post__header"><h1 class="post__title">{page_["title"]}</h1>'
        f'<div class="post__meta"><span class="post__author">{page_["author"]}</span> <time datetime="2024-05-17">᱑᱗ ᱢᱮ ᱒᱐᱒᱔</time></div></header>'
        f'<div class="post__keypoints"><h2>{sat("mul katha")}</h2><ul>{"".join(f"<li>{x}</li>" for x in points)}</ul></div>'
        f'<div class="post__entry">{article}</div>'
        f'<footer class="post__footer"><div class="post__tag"><a href="/tags/iskul/">{sat("iskul")}</a> <a href="/tags/ol-chiki/">{sat("ol ciki")}</a></div>'
        '<div class="post__share"><a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">X</a></div>'
        f'<div class="post__bio"><h3>{page_["author"]}</h3><p>{sat("onOl ic akhOr khObor ol-ic.")}</p></div></footer></article>'
        f'<section class="post__related"><h3>{sat("ar hO paRhaw me")}</h3><ul>{_lis((sat("sohrae parOb"), sat("ol cikhi reak itihas")), "/post/")}</ul></section></main>'
        '<footer class="footer"><p>Powered by Publii</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Kurdish Sorani (an inline poll, right to left)
def october_ckb(page_: dict, article: str) -> str:
    """A Kurdish (Sorani) news site on October CMS, Kurdistan24-like, right to left: a consent box, the header and
    menu, the headline, the date, a captioned photo, ``div.news-content`` of paragraphs with an inline poll and a
    "هەروەها بخوێنەوە" card between them, then the tags, a share bar and "زیاتر بخوێنەوە"."""
    return _doc(page_, "ckb", (
        _cookie("ئەم ماڵپەڕە کوکی بەکاردەهێنێت بۆ باشترکردنی ئەزموونی بەکارهێنەر.", "ڕازیم", "زانیاری زیاتر")
        + f'<header class="site-header"><a class="logo" href="/ckb">{page_["site"]}</a><ul class="menu">{_links(("کوردستان", "عێراق", "جیهان", "ئابووری", "وەرزش"), "/ckb/section/")}</ul></header>'
        f'<main class="container"><article class="news-page"><h1 class="news-title">{page_["title"]}</h1>'
        '<div class="news-meta"><span class="date">14-05-2024 11:32</span> <span class="author">کوردستان24 - هەولێر</span></div>'
        '<figure class="news-image"><img src="/storage/app/media/parliament.jpg" alt=""><figcaption>دانیشتنی پەرلەمانی کوردستان (وێنە: کوردستان24)</figcaption></figure>'
        f'<div class="news-content">{article}</div>'
        '<div class="tags"><a href="/ckb/tag/ژینگە">ژینگە</a> <a href="/ckb/tag/پەرلەمان">پەرلەمان</a></div>'
        '<div class="share"><span>هاوبەشی پێبکە:</span> <a href="#">فەیسبووک</a> <a href="#">تویتەر</a> <a href="#">تێلێگرام</a></div></article>'
        f'<aside class="more-news"><h3>زیاتر بخوێنەوە</h3><ul>{_lis(("نرخی سووتەمەنی لە هەولێر دابەزی", "وەرزی باران کۆتایی هات"), "/ckb/story/")}</ul></aside></main>'
        '<footer><p>© ٢٠٢٤ کوردستان24 - هەموو مافەکان پارێزراون</p></footer>'
    ), dir_="rtl")  # fmt: skip


def ckb_poll() -> tuple[str, None]:
    return (
        '<div class="poll-widget" data-request="onVote"><h4>ڕاپرسی</h4><p class="poll-question">ئایا پێتوایە یاساکە پیسبوونی هەوا کەم دەکاتەوە؟</p>'
        '<form><label><input type="radio" name="o"> بەڵێ</label><label><input type="radio" name="o"> نەخێر</label><label><input type="radio" name="o"> نازانم</label>'
        '<button type="submit">دەنگ بدە</button></form><p class="poll-total">٤٣٢ دەنگ</p></div>',
        None,
    )


def ckb_also(title: str) -> tuple[str, None]:
    return (
        f'<div class="read-also"><span>هەروەها بخوێنەوە:</span> <a href="/ckb/story/345678">{title}</a></div>',
        None,
    )


# ---------------------------------------------------------------- German (a table of figures, Contao)
def contao(page_: dict, article: str) -> str:
    """A town paper's story on Contao: ``div#wrapper`` with ``header``, a consent bar, the navigation module,
    ``div.mod_newsreader`` holding ``div.layout_full`` with the headline, ``p.info`` (date and author), a teaser in
    ``div.teaser``, ``div.ce_text`` blocks and a ``div.ce_table`` whose table belongs to the story, then
    "Zurück", a newsletter module, ``div.mod_newslist`` of other news and the footer."""
    news = "".join(
        f'<div class="layout_short"><h3><a href="/lokales/{i}">{t}</a></h3></div>'
        for i, t in enumerate(("Freibad öffnet am Samstag", "Neue Buslinie zum Gewerbegebiet"))
    )
    return _doc(page_, "de", (
        '<div id="wrapper"><header id="header"><div class="inside">'
        f'<a class="logo" href="/">{page_["site"]}</a><nav class="mod_navigation block"><ul class="level_1">{_links(("Lokales", "Politik", "Sport", "Kultur", "Termine"), "/")}</ul></nav></div></header>'
        '<div class="mod_cookiebar"><p>Wir verwenden Cookies, um unsere Webseite für Sie optimal zu gestalten.</p><button>Alle akzeptieren</button><button>Nur notwendige</button></div>'
        '<div id="container"><main id="main"><div class="inside"><div class="mod_newsreader block">'
        f'<div class="layout_full block"><h1>{page_["title"]}</h1>'
        f'<p class="info"><time datetime="2024-05-16T18:00:00+02:00">16.05.2024 18:00</time> von {page_["author"]}</p>'
        f'<div class="teaser"><p>{page_["deck"]}</p></div>'
        f"{article}"
        '</div><p class="back"><a href="/lokales" title="Zurück">Zurück</a></p></div>'
        '<div class="mod_subscribe block"><h3>Newsletter</h3><p>Die wichtigsten Nachrichten aus der Stadt jeden Freitag per E-Mail.</p><form><input type="email" placeholder="E-Mail-Adresse"><button>Abonnieren</button></form></div>'
        f'<div class="mod_newslist block"><h2>Weitere Nachrichten</h2>{news}</div>'
        '</div></main></div><footer id="footer"><div class="inside"><p>© 2024 Stadtanzeiger Weilburg · Impressum · Datenschutz</p></div></footer></div>'
    ))  # fmt: skip


def ce_text(*paragraphs: str) -> tuple[str, str]:
    return (
        '<div class="ce_text block">' + "".join(f"<p>{x}</p>" for x in paragraphs) + "</div>",
        "\n\n".join(paragraphs),
    )


def ce_table(rows: list[list[str]]) -> tuple[str, str]:
    html, text = table(rows, cls="sortable")
    return f'<div class="ce_table block">{html}</div>', text


# ---------------------------------------------------------------- Spanish (a live blog, newest entry first)
def eldiario_live(page_: dict, article: str) -> str:
    """A Spanish daily's live blog, elDiario.es-like: a consent wall, the header, the "DIRECTO" label, the headline,
    the byline with "Actualizado", a summary list of the latest points, a membership appeal, ``div.live-blog``
    of entries newest first (``article.live-entry``: a ``time``, an ``h2`` and paragraphs, a share link), then a
    "Hazte socia" box and "Lo más leído"."""
    return _doc(page_, "es", (
        '<div class="cmp-wall" role="dialog"><p>Utilizamos cookies propias y de terceros para analizar la navegación. Puedes aceptarlas o hacerte socio para navegar sin publicidad.</p><button>Aceptar y continuar</button><a href="/socios">Hazte socio</a></div>'
        f'<header class="header"><a class="logo" href="/">{page_["site"]}</a><ul class="menu">{_links(("Política", "Economía", "Internacional", "Sociedad", "Cultura"), "/")}</ul></header>'
        '<main><article class="live"><span class="live-label">DIRECTO</span>'
        f'<h1 class="title">{page_["title"]}</h1><div class="byline"><a href="/autores/1">{page_["author"]}</a> · Actualizado 17 de mayo de 2024 13:41h</div>'
        '<ul class="live-summary"><li>Aemet activa el aviso rojo en Valencia</li><li>Suspendidas las clases en 14 municipios</li></ul>'
        f'<div class="live-blog">{article}</div>'
        '<div class="socios-box"><h3>Hazte socia, hazte socio</h3><p>El periodismo independiente necesita tu apoyo. Desde 6 euros al mes.</p><a href="/socios">Quiero ser socio</a></div></article>'
        f'<aside class="most-read"><h3>Lo más leído</h3><ol>{_lis(("El precio de la luz baja un 20%", "Los embalses, al 66% de su capacidad"), "/sociedad/")}</ol></aside></main>'
        '<footer><p>© Diario de Prensa Digital S.L.</p></footer>'
    ))  # fmt: skip


def entry(time: str, title: str, *paragraphs: str) -> tuple[str, str]:
    """One live entry: its time (left out of the gold), its heading and its paragraphs."""
    body = "".join(f"<p>{x}</p>" for x in paragraphs)
    return (
        f'<article class="live-entry"><time class="live-entry__time">{time}</time><h2 class="live-entry__title">{title}</h2>'
        f'{body}<a class="live-entry__share" href="#">Compartir</a></article>',
        "\n\n".join((title, *paragraphs)),
    )


# ---------------------------------------------------------------- Japanese (an interview, bold names)
def toyokeizai(page_: dict, article: str) -> str:
    """A Japanese business weekly's interview, Toyo Keizai Online-like: a consent banner, the headline, the
    interviewee's photo and caption, the byline, the lead in ``div.article-lead``, ``div.article-body`` whose
    questions are bold paragraphs opening on "――" and whose answers open on the speaker's bold name, a "会員登録"
    box, the pager, the writer's profile, "関連記事" and "人気記事"."""
    return _doc(page_, "ja", (
        _cookie("当サイトではクッキーを使用しています。", "同意する", "詳細")
        + f'<header class="header"><a class="logo" href="/">{page_["site"]}</a><ul>{_links(("ビジネス", "政治・経済", "マーケット", "ライフ", "キャリア"), "/category/")}</ul></header>'
        f'<main><article><h1 class="article-title">{page_["title"]}</h1>'
        f'<div class="author">{page_["author"]} : 東洋経済 記者 <time>2024/05/17 5:00</time></div>'
        '<figure><img src="/img/interview.jpg" alt=""><figcaption>インタビューに答える佐藤社長（撮影：今井康一）</figcaption></figure>'
        '<div class="article-lead"><p>物流の「2024年問題」に中小の運送会社はどう向き合うのか。社長に聞いた。</p></div>'
        f'<div class="article-body">{article}</div>'
        '<div class="member-box"><p>会員登録（無料）すると、続きをお読みいただけます。</p><a href="/member">会員登録</a></div>'
        '<div class="pager"><span>1</span> <a href="?page=2">2</a> <a href="?page=2">次ページ</a></div>'
        f'<div class="writer-profile"><h4>{page_["author"]}</h4><p>東洋経済 記者。物流、自動車業界を担当。</p></div></article>'
        f'<aside class="related"><h3>関連記事</h3><ul>{_lis(("宅配便の値上げはどこまで続くか", "トラック運転手が足りない本当の理由"), "/articles/-/")}</ul></aside>'
        f'<aside class="ranking"><h3>人気記事</h3><ol>{_lis(("円安はいつまで続くのか",), "/articles/-/")}</ol></aside></main>'
        '<footer><p>© Toyo Keizai Inc.</p></footer>'
    ))  # fmt: skip


def ja_q(text: str) -> tuple[str, str]:
    return f"<p><strong>――{text}</strong></p>", f"――{text}"


def ja_a(name: str, text: str) -> tuple[str, str]:
    return f"<p><strong>{name}</strong>{text}</p>", f"{name}{text}"


# ---------------------------------------------------------------- Indonesian (a story in numbered cards)
def idn_cards(page_: dict, article: str) -> str:
    """An Indonesian portal's story split into cards, IDN Times-like: a consent box, the header, the headline, the
    byline, ``div.article-body`` whose story is an intro paragraph and numbered ``section.card`` blocks (a
    number, an ``h2``, a photo with its credit, a paragraph), a "Baca Juga" card between them, then the
    writer's box, "Topik" tags, a comment prompt and "Berita Terkini"."""
    return _doc(page_, "id", (
        _cookie("Kami menggunakan cookie untuk meningkatkan pengalaman Anda.", "Setuju", "Pelajari")
        + f'<header class="header"><a class="logo" href="/">{page_["site"]}</a><ul>{_links(("News", "Bisnis", "Tekno", "Sport", "Hype"), "/")}</ul></header>'
        f'<main><article class="article"><h1 class="title-text">{page_["title"]}</h1>'
        f'<div class="author-info"><span>{page_["author"]}</span> <time>17 Mei 2024, 14:20 WIB</time></div>'
        f'<div class="article-body">{article}</div>'
        f'<div class="writer-box"><span>Penulis</span> <a href="/author/1">{page_["author"]}</a> <span>Editor</span> <a href="/author/2">Dwi Agustiar</a></div>'
        '<div class="topics"><span>Topik:</span> <a href="/tag/kereta">#Kereta</a> <a href="/tag/jakarta">#Jakarta</a></div>'
        '<div class="comment-prompt"><p>Bagikan pendapatmu di kolom komentar!</p></div></article>'
        f'<aside class="latest"><h3>Berita Terkini</h3><ul>{_lis(("Harga BBM Juni 2024", "Jadwal Libur Idul Adha"), "/news/")}</ul></aside></main>'
        '<footer><p>© 2024 IDN Times</p></footer>'
    ))  # fmt: skip


def idn_card(number: int, title: str, text: str) -> tuple[str, str]:
    return (
        f'<section class="card"><span class="card-number">{number}.</span><h2 class="card-title">{title}</h2>'
        f'<figure><img src="/img/lrt-{number}.jpg" alt=""><figcaption>ilustrasi (dok. KAI)</figcaption></figure><p>{text}</p></section>',
        f"{number}. {title}\n\n{text}",
    )


def idn_also(title: str) -> tuple[str, None]:
    return (
        f'<div class="baca-juga-card"><span>Baca Juga: </span><a href="/news/2">{title}</a></div>',
        None,
    )


# ---------------------------------------------------------------- Vietnamese (paragraphs as <div>s with <br><br>)
def thanhnien(page_: dict, article: str) -> str:
    """A Vietnamese daily's story, Thanh Niên-like, on a legacy ASP.NET CMS: the header, breadcrumbs, the
    headline, the date, the sapo in ``h2.detail-sapo``, ``div#abody.detail-content`` whose paragraphs are bare
    ``<div>``s each closed by ``<br><br>``, a "Xem thêm" link line, then the author's line, a share bar,
    "Tin liên quan", a comment prompt and the footer."""
    return _doc(page_, "vi", (
        '<form id="form1" action="./tin-tuc.aspx" method="post"><input type="hidden" name="__VIEWSTATE" value="/wEPDwUKMTY1">'
        f'<header class="header"><a class="logo" href="/">{page_["site"]}</a><ul>{_links(("Thời sự", "Thế giới", "Kinh tế", "Đời sống", "Sức khỏe", "Giáo dục"), "/")}</ul></header>'
        '<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/thoi-su">Thời sự</a></div>'
        f'<div class="detail"><h1 class="detail-title">{page_["title"]}</h1><div class="detail-time">17/05/2024 08:15 GMT+7</div>'
        f'<h2 class="detail-sapo">{page_["deck"]}</h2>'
        f'<div id="abody" class="detail-content">{article}</div>'
        f'<div class="detail-author"><strong>{page_["author"]}</strong></div>'
        '<div class="share"><a href="#">Chia sẻ Facebook</a> <a href="#">Zalo</a></div>'
        f'<div class="related"><h3>Tin liên quan</h3><ul>{_lis(("Hà Nội phân luồng giao thông dịp lễ", "Giá vé metro Nhổn - ga Hà Nội"), "/thoi-su/")}</ul></div>'
        '<div class="comment-box"><p>Bình luận (0)</p><textarea placeholder="Bạn nghĩ gì về tin này?"></textarea></div></div>'
        '<footer><p>© Báo Thanh Niên. Giấy phép số 252/GP-BTTTT.</p></footer></form>'
    ))  # fmt: skip


def div_br(text: str) -> tuple[str, str]:
    return f"<div>{text}<br><br></div>", text


# ---------------------------------------------------------------- French (a paywall after three paragraphs)
def lopinion(page_: dict, article: str) -> str:
    """A French daily's paywalled story, L'Opinion-like: a consent wall, the header, the kicker, the headline, the
    chapô, the byline, the first three paragraphs in ``div.article-content``, then a login wall ("Cet article est
    réservé aux abonnés", "Déjà abonné ? Se connecter", "Je m'abonne") over a blurred decoy of scrambled words in
    ``div.paywall-blur``, then a share bar and "À lire aussi"."""
    decoy = " ".join(
        ["Lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore"]
        * 4
    )
    return _doc(page_, "fr", (
        '<div id="didomi-host"><div class="didomi-popup"><p>Avec votre accord, nous et nos partenaires utilisons des cookies pour stocker et accéder à des informations sur votre appareil.</p><button>Accepter</button><button>Refuser</button></div></div>'
        f'<header class="header"><a class="logo" href="/">{page_["site"]}</a><ul>{_links(("Politique", "Économie", "International", "Idées"), "/")}</ul><a href="/abonnement">S\'abonner</a></header>'
        f'<main><article class="article"><span class="kicker">Énergie</span><h1>{page_["title"]}</h1><p class="chapo">{page_["deck"]}</p>'
        f'<div class="byline">{page_["author"]} · 17 mai 2024 à 06h30</div>'
        f'<div class="article-content">{article}</div>'
        '<div class="paywall"><h3>Cet article est réservé aux abonnés</h3><p>Pour lire la suite, abonnez-vous dès 1€ le premier mois.</p><a class="btn" href="/abonnement">Je m\'abonne</a><p>Déjà abonné ? <a href="/connexion">Se connecter</a></p></div>'
        f'<div class="paywall-blur" aria-hidden="true"><p>{decoy}</p><p>{decoy}</p></div>'
        '<div class="share"><a href="#">Partager</a> <a href="#">Offrir l\'article</a></div></article>'
        f'<aside class="lire-aussi"><h3>À lire aussi</h3><ul>{_lis(("Le prix de l’électricité va baisser en 2025", "EDF relance six réacteurs"), "/economie/")}</ul></aside></main>'
        '<footer><p>© L\'Opinion 2024</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Turkish (a summary box, ExpressionEngine)
def haberturk_ee(page_: dict, article: str) -> str:
    """A Turkish portal's story on ExpressionEngine, Habertürk-like: a consent bar, the header, the headline, the
    spot, a "Kısa kısa" box of three bullets before the text, ``div.cms-container`` of paragraphs with a
    "Reklam" slot and an "İlgili Haber" card between them, then the tags, a Google News call and "Çok okunanlar"."""
    return _doc(page_, "tr", (
        _cookie("Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için Çerez Politikamızı inceleyebilirsiniz.", "Kabul Et", "Çerez Politikası")
        + f'<header class="header"><a class="logo" href="/">{page_["site"]}</a><ul>{_links(("Gündem", "Ekonomi", "Dünya", "Spor", "Magazin"), "/")}</ul></header>'
        f'<main><article class="news-detail"><h1 class="title">{page_["title"]}</h1><h2 class="spot">{page_["deck"]}</h2>'
        f'<div class="info"><span>{page_["author"]}</span> <time>17.05.2024 - 10:45</time></div>'
        '<div class="summary-box"><h3>Kısa kısa</h3><ul><li>İstanbul\'da metro hatları 2 saat geç açılacak</li><li>Bakım çalışmaları 3 hafta sürecek</li><li>Ek otobüs seferleri konuldu</li></ul></div>'
        f'<div class="cms-container">{article}</div>'
        '<div class="tags"><a href="/etiket/metro">metro</a> <a href="/etiket/istanbul">istanbul</a></div>'
        '<div class="gnews"><a href="https://news.google.com/">Habertürk\'ü Google News\'ten takip edin</a></div></article>'
        f'<aside class="most-read"><h3>Çok okunanlar</h3><ol>{_lis(("Altın fiyatları bugün", "Hafta sonu hava durumu"), "/gundem/")}</ol></aside></main>'
        '<footer><p>© 2024 Habertürk</p></footer>'
    ))  # fmt: skip


def tr_ad() -> tuple[str, None]:
    return (
        '<div class="ad-container"><span class="ad-title">Reklam</span><div id="div-gpt-ad-1"></div></div>',
        None,
    )


def tr_related(title: str) -> tuple[str, None]:
    return (
        f'<div class="related-news-inline"><span class="label">İlgili Haber</span><a href="/gundem/1"><img src="/img/r.jpg" alt=""><span>{title}</span></a></div>',
        None,
    )


# ---------------------------------------------------------------- English: a long feature on Shorthand
def shorthand(page_: dict, article: str) -> str:
    """A long feature built with Shorthand: a cookie notice, the navigation bar, a title section (a full-bleed
    background, the headline, the standfirst, the byline), then ``section.Theme-Section`` blocks of text whose
    first paragraph opens on a drop cap ``span``, pull quotes in ``Theme-Layer-BodyText`` sections, a title
    card between chapters, captioned photos, the credits section and "Made with Shorthand"."""
    return _doc(page_, "en", (
        _cookie("We use cookies to give you the best experience.", "Accept", "Cookie policy")
        + f'<nav class="Navigation"><a href="/">{page_["site"]}</a><a class="Navigation__share" href="#">Share</a></nav>'
        '<main class="Theme-Story"><section class="Theme-TitleSection Theme-Layer-BodyText--background"><div class="Theme-BackgroundMedia"><img src="/media/reef.jpg" alt=""></div>'
        f'<h1 class="Theme-Title">{page_["title"]}</h1><p class="Theme-Standfirst">{page_["deck"]}</p><p class="Theme-Byline">Words by {page_["author"]} · Photographs by Sam Kerr</p></section>'
        f"{article}"
        '<section class="Theme-Section Theme-Credits"><h3>Credits</h3><p>Words: Rosa Whitfield. Photographs: Sam Kerr. Editor: Anna Lim. Design: Tide Studio.</p></section>'
        '<footer class="Theme-Footer"><a href="https://shorthand.com">Made with Shorthand</a></footer></main>'
    ))  # fmt: skip


def sh_text(*paragraphs: str, drop: bool = False) -> tuple[str, str]:
    first, *rest = paragraphs
    if drop:
        first_html = f'<p><span class="Theme-DropCap" aria-hidden="true">{first[0]}</span>{first[1:]}</p>'
    else:
        first_html = f"<p>{first}</p>"
    return (
        '<section class="Theme-Section Theme-TextSection"><div class="Layout">'
        + first_html
        + "".join(f"<p>{x}</p>" for x in rest)
        + "</div></section>",
        "\n\n".join(paragraphs),
    )


def sh_title(title: str) -> tuple[str, str]:
    return (
        f'<section class="Theme-Section Theme-TitleCard"><div class="Theme-BackgroundMedia"><img src="/media/ch.jpg" alt=""></div><h2>{title}</h2></section>',
        title,
    )


def sh_photo(caption: str) -> tuple[str, None]:
    return (
        f'<section class="Theme-Section Theme-MediaSection"><figure><img src="/media/p.jpg" alt=""><figcaption>{caption}</figcaption></figure></section>',
        None,
    )


def sh_pull(text: str) -> tuple[str, None]:
    return (
        f'<section class="Theme-Section Theme-Layer-BodyText"><blockquote class="Theme-PullQuote"><p>\u201c{text}\u201d</p></blockquote></section>',
        None,
    )


# ---------------------------------------------------------------- English: a TV story under a video and its transcript
def lakana(page_: dict, article: str) -> str:
    """A local television station's story on Lakana: a consent banner, a weather bar, the header, the video
    player (``div.video-player`` with its poster, title and duration) and its machine transcript in a
    ``details`` element under it, then the headline, the byline, ``div.article-content`` of paragraphs with an
    "Advertisement" slot, a "Download our app" line, a "Report a typo" link and "Trending now"."""
    transcript = (
        "[ MUSIC ] >> GOOD EVENING. A WATER MAIN BREAK LEFT PART OF DOWNTOWN UNDER A FOOT OF WATER TODAY. "
        ">> CREWS SAY THE PIPE IS MORE THAN 90 YEARS OLD. >> WE ARE WORKING AS FAST AS WE CAN. >> STAY WITH US FOR UPDATES."
    )
    return _doc(page_, "en", (
        _cookie("We and our partners use cookies to personalize content and ads.", "Accept all", "Manage preferences")
        + '<div class="weather-bar"><span>72°</span> <a href="/weather">7-Day Forecast</a> <a href="/live">Watch Live</a></div>'
        f'<header class="site-header"><a class="logo" href="/">{page_["site"]}</a><ul>{_links(("News", "Weather", "Sports", "Investigates", "Community"), "/")}</ul></header>'
        '<main><article class="story"><div class="video-player" data-player="jw"><img class="poster" src="/img/main.jpg" alt="">'
        '<div class="video-title">Water main break floods downtown streets</div><span class="duration">2:14</span></div>'
        f'<details class="video-transcript"><summary>Show transcript</summary><p>{transcript}</p></details>'
        f'<h1 class="headline">{page_["title"]}</h1><div class="byline">By {page_["author"]} <time>Published: May 16, 2024 at 6:12 PM CDT</time></div>'
        f'<div class="article-content">{article}</div>'
        '<p class="app-promo"><em>Download the KWTX app for breaking news alerts.</em></p>'
        '<a class="typo" href="/typo">Report a typo</a></article>'
        f'<aside class="trending"><h3>Trending now</h3><ul>{_lis(("Storms possible Friday", "School board approves budget"), "/news/")}</ul></aside></main>'
        '<footer><p>Copyright 2024 KWTX. All rights reserved.</p></footer>'
    ))  # fmt: skip


def tv_ad() -> tuple[str, None]:
    return (
        '<div class="ad-slot"><span class="ad-label">Advertisement</span><div id="ad-mid"></div></div>',
        None,
    )


# ---------------------------------------------------------------- English: the story in JSON-LD beside a thin body
def hygraph_thin(page_: dict, article: str) -> str:
    """A news app's page served from a Hygraph backend: the header, the headline, a one-paragraph teaser (the
    story's opening sentence and a "Continue reading in the app" link), an app-download box, the footer; the
    story whole only in JSON-LD's ``articleBody``. ``article`` is unused: the page's parts have no markup."""
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page_["title"],
        "datePublished": page_["date"],
        "author": {"@type": "Person", "name": page_["author"]},
        "publisher": {"@type": "Organization", "name": page_["site"]},
        "articleBody": page_["body_text"],
    }
    head = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    teaser = page_["body_text"].split(". ")[0] + "."
    return _doc(page_, "en", (
        f'<header class="app-header"><a href="/">{page_["site"]}</a><a class="get-app" href="/app">Get the app</a></header>'
        f'<main><article class="teaser-page"><h1>{page_["title"]}</h1><p class="byline">By {page_["author"]}</p>'
        f'<p class="teaser">{teaser} <a href="/app/open">Continue reading in the app</a></p></article>'
        '<div class="app-box"><h3>Read the full story in our app</h3><p>Free on iOS and Android.</p><a href="/app">Download</a></div></main>'
        '<footer><p>© 2024 Metro Brief</p></footer>'
    ), head=head, ld=False)  # fmt: skip


# ---------------------------------------------------------------- English: a "What we know" list on Weebly
def weebly(page_: dict, article: str) -> str:
    """A local paper's post on Weebly's blog: the header and ``ul.wsite-menu-default``, ``div.blog-post`` with
    ``h2.blog-title``, ``p.blog-date``, ``div.blog-content`` of ``div.paragraph`` blocks (text parted by
    ``<br>``s), a ``wsite-spacer``, an advert image, then the blog's social bar, ``div.blog-comments`` and the
    sidebar's archives and "Subscribe: RSS feed"."""
    return _doc(page_, "en", (
        f'<div class="wsite-header"><a href="/">{page_["site"]}</a><ul class="wsite-menu-default">{_links(("Home", "News", "Sports", "Obituaries", "Contact"), "/")}</ul></div>'
        '<div id="wsite-content" class="wsite-elements wsite-not-footer"><div class="blog-post">'
        f'<h2 class="blog-title"><a class="blog-title-link" href="#">{page_["title"]}</a></h2>'
        f'<p class="blog-date"><span class="date-text">5/16/2024</span> <span class="blog-author">by {page_["author"]}</span></p>'
        f'<div class="blog-content">{article}</div>'
        '<div class="blog-social"><a href="#">Share</a> <a href="#">Tweet</a></div>'
        '<div class="blog-comments"><a href="#comments">0 Comments</a></div></div>'
        '<div class="blog-sidebar"><h2>Archives</h2><p><a href="/archives/05-2024">May 2024</a></p><h2>Categories</h2><p><a href="/category/all">All</a></p><p><a href="/feed">Subscribe: RSS feed</a></p></div></div>'
        '<div class="wsite-footer"><p>Powered by Weebly</p></div>'
    ))  # fmt: skip


def wsite_par(*lines: str) -> tuple[str, str]:
    return '<div class="paragraph">' + "<br><br>".join(lines) + "</div>", "\n\n".join(lines)


def wsite_ad() -> tuple[str, None]:
    return (
        '<div class="wsite-spacer" style="height:20px;"></div><div class="wsite-image"><a href="https://www.hillsidehardware.example/"><img src="/uploads/ad-hardware.jpg" alt="Hillside Hardware - sponsor"></a><div>Sponsored</div></div>',
        None,
    )


# ---------------------------------------------------------------- English: an interview on Typepad
def typepad(page_: dict, article: str) -> str:
    """A trade magazine's blog on Typepad: the banner, ``div.entry`` with ``h3.entry-header``, ``div.entry-body``
    whose interview gives each turn a bold name and a colon, ``p.entry-footer`` (posted at, permalink,
    comments), the TrackBack line, a comment form and the sidebar's "About", "Recent Posts" and "Subscribe"."""
    return _doc(page_, "en", (
        f'<div id="banner"><h1 id="banner-header"><a href="/">{page_["site"]}</a></h1><h2 id="banner-description">News and views from the independent bookshop trade</h2></div>'
        '<div id="container"><div id="alpha"><div class="entry-category-interviews entry-author-editor entry-type-post entry" id="entry-6a00d8341">'
        f'<h3 class="entry-header">{page_["title"]}</h3>'
        f'<div class="entry-content"><div class="entry-body">{article}</div></div>'
        f'<p class="entry-footer"><span class="post-footers">Posted by {page_["author"]} on May 16, 2024 at 09:30 AM in <a href="/interviews/">Interviews</a></span> | <a class="permalink" href="#">Permalink</a></p>'
        '<p class="entry-footer"><a href="#comments">Comments (2)</a></p>'
        '<div class="trackbacks"><h3>TrackBack</h3><p>TrackBack URL for this entry: https://www.typepad.com/services/trackback/6a00d8341</p></div>'
        '<div class="comments-open"><h2>Post a comment</h2><p>Comments are moderated, and will not appear until the author has approved them.</p></div></div></div>'
        '<div id="beta"><div class="module-about"><h2>About</h2><p>The Shelf Talker covers bookselling since 2004.</p></div>'
        f'<div class="module-recent-posts"><h2>Recent Posts</h2><ul>{_lis(("Spring sales up 4%", "A new shop in Hay"), "/blog/")}</ul></div>'
        '<div class="module-syndicate"><a href="/atom.xml">Subscribe to this blog\'s feed</a></div></div></div>'
    ))  # fmt: skip


def turn(name: str, text: str) -> tuple[str, str]:
    return f"<p><strong>{name}:</strong> {text}</p>", f"{name}: {text}"


# ---------------------------------------------------------------- English: a field report on Pelican
def pelican(page_: dict, article: str) -> str:
    """A naturalists' society's blog on Pelican: the header's menu, ``article`` with ``h1.entry-title``,
    ``footer.post-info`` (date, author, category), ``div.entry-content`` of paragraphs with "read more" cards
    (another post's title, summary and "Read more") between them, then the tags, a comment prompt, the society's
    membership box and "Proudly powered by Pelican"."""
    return _doc(page_, "en", (
        f'<header id="banner"><h1><a href="/">{page_["site"]}</a></h1><nav id="menu"><ul>{_links(("Reports", "Events", "Membership", "About"), "/")}</ul></nav></header>'
        '<section id="content" class="body"><article>'
        f'<header><h1 class="entry-title"><a href="#" rel="bookmark">{page_["title"]}</a></h1></header>'
        f'<footer class="post-info"><abbr class="published" title="2024-05-18T00:00:00+01:00">Sat 18 May 2024</abbr> <address class="vcard author">By <a class="url fn" href="/author/">{page_["author"]}</a></address> <p>In <a href="/category/reports.html">Reports</a>.</p></footer>'
        f'<div class="entry-content">{article}</div>'
        '<p class="tags">tags: <a href="/tag/moths.html">moths</a>, <a href="/tag/survey.html">survey</a></p>'
        '<div class="comments-prompt"><p>Seen something unusual? Leave a comment below or email the recorder.</p></div></article></section>'
        '<section id="extras" class="body"><div class="membership"><h2>Join the society</h2><p>Membership is £12 a year and includes our quarterly bulletin.</p><a href="/membership">Join now</a></div></section>'
        '<footer id="contentinfo" class="body"><p>Proudly powered by <a href="https://getpelican.com/">Pelican</a>.</p></footer>'
    ))  # fmt: skip


def readmore_card(title: str, summary: str) -> tuple[str, None]:
    return (
        f'<div class="post-card"><h4><a href="/posts/{len(title)}.html">{title}</a></h4><p>{summary}</p><a class="more" href="/posts/{len(title)}.html">Read more</a></div>',
        None,
    )


SKINS.update(
    r23_publii=publii_sat,
    r23_october=october_ckb,
    r23_contao=contao,
    r23_eldiario=eldiario_live,
    r23_toyokeizai=toyokeizai,
    r23_idn=idn_cards,
    r23_thanhnien=thanhnien,
    r23_lopinion=lopinion,
    r23_haberturk=haberturk_ee,
    r23_shorthand=shorthand,
    r23_lakana=lakana,
    r23_hygraph=hygraph_thin,
    r23_weebly=weebly,
    r23_typepad=typepad,
    r23_pelican=pelican,
)

# ================================================================ the pages
page(
    "r23-sat-publii-keypoints",
    "Santali weekly's story in Ol Chiki on Publii (a consent bar, the menu, the headline, the author and date, a key points box before the text, paragraphs, tags, a share bar, an author box, related posts)",
    "r23_publii",
    sat("DumkaRe ol ciki reak nawa iskul jhij ena"),
    "Sumi Hembrom",
    "2024-05-17T10:00:00+05:30",
    [
        p(
            sat(
                "Dumka jilaRe santali paRhaw lagit mit nawa iskul jhij ena. noa iskulRe 120 gidrai ko ol ciki akhOrRe paRhaw ocok kana."
            )
        ),
        p(
            sat(
                "iskul reak heDmasTar babulal murmu menkeda, noa iskulRe 1 khOn 5 kilas hapta paRhaw hoyoka. gidrai ko tala reak dakamanDi hO ko nyamoka."
            )
        ),
        p(
            sat(
                "sorkar hOt khOn iskul lagit 25 lakh taka ko emadea. atu reak hoR ko menketa, noa iskul do tinak din khOn ko nyam sanaeket."
            )
        ),
        p(sat("jila sikhya opisar menkeda, hOlOng serma jilaRe ar pe iskul jhij lagit jaega ko nyel akana.")),
    ],
    site=sat("sagen sakam"),
)
page(
    "r23-ckb-october-poll",
    "Kurdish Sorani news site on October CMS, Kurdistan24-like, right to left (a consent box, the menu, the headline, the date and desk, a captioned photo, paragraphs with an inline poll and a read-also card between them, tags, a share bar, more news)",
    "r23_october",
    "پەرلەمانی کوردستان یاسای پاراستنی ژینگەی پەسەند کرد",
    "کوردستان24",
    "2024-05-14T11:32:00+03:00",
    [
        p(
            "پەرلەمانی کوردستان ڕۆژی سێشەممە لە دانیشتنێکی نائاساییدا پڕۆژە یاسای پاراستنی ژینگەی بە زۆرینەی دەنگ پەسەند کرد. بەپێی یاساکە، کارگە و کۆمپانیاکان ناچار دەکرێن ئاستی پیسبوونی هەوا و ئاو کەم بکەنەوە."
        ),
        p(
            "سەرۆکی لیژنەی ژینگە لە پەرلەمان ڕایگەیاند کە یاساکە دوای دوو ساڵ گفتوگۆ ئامادە کراوە و سزای دارایی بۆ ئەو کۆمپانیایانە دادەنێت کە پابەندی ڕێنماییەکان نابن."
        ),
        raw(*ckb_poll()),
        p(
            "بەپێی ئامارەکانی وەزارەتی تەندروستی، ساڵانە هەزاران کەس لە هەرێمی کوردستان بەهۆی نەخۆشییەکانی کۆئەندامی هەناسەوە سەردانی نەخۆشخانەکان دەکەن، بەتایبەتی لە وەرزی زستاندا."
        ),
        raw(*ckb_also("نرخی سووتەمەنی لە بازاڕەکانی هەولێر بەرز بووەوە")),
        p(
            "یاساکە دوای بڵاوکردنەوەی لە ڕۆژنامەی فەرمی وەقائیعی کوردستان دەچێتە بواری جێبەجێکردنەوە، و وەزارەتی ژینگە شەش مانگی بۆ ئامادەکردنی ڕێنماییەکان هەیە."
        ),
    ],
    site="کوردستان24",
)
page(
    "r23-de-contao-table",
    "Town paper's story on Contao with a table of figures that belongs to it (the navigation module, a cookie bar, the newsreader's headline, date and author, a teaser, ce_text blocks and a ce_table, Zurück, a newsletter module, a news list)",
    "r23_contao",
    "Haushalt 2024: Weilburg investiert vor allem in Schulen und Straßen",
    "Petra Lindner",
    "2024-05-16T18:00:00+02:00",
    [
        ce_text(
            "Die Stadtverordnetenversammlung hat am Donnerstagabend den Haushalt für 2024 beschlossen. Mit 24 zu 9 Stimmen fiel die Mehrheit deutlicher aus als im Vorjahr.",
            "Insgesamt will die Stadt in diesem Jahr 11,8 Millionen Euro investieren, so viel wie noch nie. Der größte Teil fließt in die Sanierung der Grundschulen und in den Straßenbau.",
        ),
        ce_table(
            [
                ["Bereich", "2023", "2024"],
                ["Schulen und Kitas", "2,1 Mio. €", "4,6 Mio. €"],
                ["Straßen und Brücken", "2,8 Mio. €", "3,9 Mio. €"],
                ["Feuerwehr", "0,9 Mio. €", "1,7 Mio. €"],
                ["Sonstiges", "1,5 Mio. €", "1,6 Mio. €"],
            ]
        ),
        ce_text(
            "Kämmerer Jens Albrecht verwies darauf, dass die Stadt dafür neue Kredite in Höhe von 4,2 Millionen Euro aufnehmen muss. „Die Investitionen sind notwendig, aber wir dürfen die Schulden nicht aus dem Blick verlieren“, sagte er.",
            "Die Opposition kritisierte, dass die Grundsteuer nicht gesenkt wird. Der Haushalt muss noch vom Regierungspräsidium genehmigt werden.",
        ),
    ],
    site="Stadtanzeiger Weilburg",
    deck="Rekordinvestitionen und neue Schulden: Die Stadtverordneten haben den Haushalt mit klarer Mehrheit beschlossen.",
)
page(
    "r23-es-eldiario-live-newest-first",
    "Spanish daily's live blog, elDiario.es-like, newest entry first (a consent wall, DIRECTO, the headline, the byline with Actualizado, a summary list, entries each under its time with a heading and a share link, a membership box, most read)",
    "r23_eldiario",
    "DIRECTO | Aviso rojo por lluvias torrenciales en Valencia",
    "Redacción",
    "2024-05-17T13:41:00+02:00",
    [
        entry(
            "13:41",
            "Cortada la V-31 en dirección a Valencia",
            "La Dirección General de Tráfico ha cortado la autovía V-31 a la altura de Massanassa por la acumulación de agua en la calzada. Se recomienda evitar los desplazamientos por carretera.",
        ),
        entry(
            "12:58",
            "Los bomberos han realizado más de 200 salidas",
            "El Consorcio Provincial de Bomberos ha atendido desde primera hora de la mañana más de 200 incidencias, la mayoría por achiques de agua en bajos y garajes. No hay heridos.",
        ),
        entry(
            "11:20",
            "Suspendidas las clases en 14 municipios",
            "La Conselleria de Educación ha suspendido las clases presenciales en 14 municipios de l'Horta Sud y la Ribera. Los centros permanecerán abiertos para las familias que no puedan recoger a sus hijos.",
            "La medida se mantendrá mañana si el aviso no se rebaja.",
        ),
        entry(
            "09:05",
            "La Aemet eleva el aviso a rojo",
            "La Agencia Estatal de Meteorología ha elevado a rojo el aviso por lluvias en el litoral sur de Valencia, donde se esperan acumulados de hasta 180 litros por metro cuadrado en doce horas.",
        ),
    ],
    site="elDiario.es",
)
page(
    "r23-ja-toyokeizai-interview",
    "Japanese business weekly's interview, Toyo Keizai-like (a consent banner, the headline, the byline, a captioned photo, a lead, questions as bold paragraphs opening on ―― and answers opened by the speaker's bold name, a member box, a pager, the writer's profile, related and ranking lists)",
    "r23_toyokeizai",
    "「運賃を上げなければ運転手は集まらない」中小運送会社社長の本音",
    "山本 健太",
    "2024-05-17T05:00:00+09:00",
    [
        ja_q("4月から運転手の残業時間に上限が設けられました。影響はどうですか。"),
        ja_a(
            "佐藤",
            "一人が一日に走れる距離が短くなったので、東京から大阪への便は運転手を二人にするか、途中で交代させるしかなくなりました。その分、人件費は2割ほど増えています。",
        ),
        ja_q("荷主に値上げをお願いしているのですか。"),
        ja_a(
            "佐藤",
            "はい。この半年で取引先のほぼすべてに運賃の見直しをお願いしました。応じてくれたのは7割ほどです。断られた仕事からは撤退することも考えています。",
        ),
        ja_q("運転手の採用は進んでいますか。"),
        ja_a(
            "佐藤",
            "給料を上げて、週休2日にしたところ、若い応募者が少しずつ増えてきました。運賃を上げなければ運転手の給料は上げられませんし、給料を上げなければ人は集まりません。業界全体で、それを荷主に理解してもらう必要があります。",
        ),
    ],
    site="東洋経済オンライン",
)
page(
    "r23-id-idntimes-cards",
    "Indonesian portal's story split into numbered cards, IDN Times-like (a consent box, the headline, the byline, an intro, numbered card sections each with a heading, a photo and its credit and a paragraph, a Baca Juga card between them, the writer and editor box, topics, a comment prompt, latest news)",
    "r23_idn",
    "5 Hal yang Perlu Diketahui soal Tarif Baru LRT Jabodebek",
    "Rizky Pratama",
    "2024-05-17T14:20:00+07:00",
    [
        p(
            "PT Kereta Api Indonesia (KAI) akan memberlakukan tarif baru LRT Jabodebek mulai 1 Juni 2024. Berikut hal-hal yang perlu diketahui penumpang."
        ),
        idn_card(
            1,
            "Tarif maksimal naik menjadi Rp20 ribu",
            "Tarif tertinggi untuk perjalanan terjauh naik dari Rp15 ribu menjadi Rp20 ribu. Tarif dasar untuk satu kilometer pertama tetap Rp5 ribu.",
        ),
        idn_card(
            2,
            "Ada tarif khusus di luar jam sibuk",
            "Penumpang yang naik di luar jam sibuk, yaitu pukul 10.00 sampai 15.00 WIB, mendapat potongan hingga 30 persen.",
        ),
        raw(*idn_also("Jadwal KRL Commuter Line Terbaru Juni 2024")),
        idn_card(
            3,
            "Pembayaran hanya nontunai",
            "Seperti sebelumnya, penumpang hanya bisa membayar dengan kartu uang elektronik atau aplikasi. Pembelian tiket dengan uang tunai tidak dilayani.",
        ),
        idn_card(
            4,
            "Pelajar dan lansia tetap dapat diskon",
            "Pelajar dan penumpang berusia di atas 60 tahun tetap mendapat potongan tarif sebesar 50 persen dengan menunjukkan kartu identitas.",
        ),
        idn_card(
            5,
            "Jumlah perjalanan ditambah",
            "KAI menambah jumlah perjalanan dari 264 menjadi 300 per hari, sehingga waktu tunggu di jam sibuk menjadi sekitar lima menit.",
        ),
    ],
    site="IDN Times",
)
page(
    "r23-vi-thanhnien-div-br",
    "Vietnamese daily's story on a legacy ASP.NET CMS, Thanh Niên-like, whose paragraphs are bare divs each closed by <br><br> (a form wrapper with VIEWSTATE, the menu, breadcrumbs, the headline, the date, a sapo in h2, the body, an author line, a share bar, related news, a comment box)",
    "r23_thanhnien",
    "TP.HCM khởi công tuyến metro số 2 sau 14 năm chuẩn bị",
    "Minh Quân",
    "2024-05-17T08:15:00+07:00",
    [
        div_br(
            "Sáng 17.5, UBND TP.HCM tổ chức lễ khởi công tuyến metro số 2 Bến Thành - Tham Lương, dài 11 km với 10 ga ngầm và một depot. Tổng vốn đầu tư của dự án là hơn 47.800 tỉ đồng."
        ),
        div_br(
            "Dự án được phê duyệt từ năm 2010 nhưng nhiều lần chậm tiến độ do vướng mặt bằng và thay đổi nguồn vốn. Đến nay, công tác giải phóng mặt bằng đã hoàn thành 99%."
        ),
        raw(
            '<div><strong>Xem thêm:</strong> <a href="/thoi-su/metro-1">Metro số 1 đón hơn 1 triệu lượt khách</a><br><br></div>',
            None,
        ),
        div_br(
            "Theo Ban Quản lý đường sắt đô thị, tuyến metro số 2 dự kiến hoàn thành vào năm 2030. Khi đi vào hoạt động, tuyến có thể phục vụ khoảng 200.000 lượt khách mỗi ngày."
        ),
        div_br(
            "Lãnh đạo thành phố yêu cầu các nhà thầu bảo đảm an toàn cho các công trình dọc tuyến đường Cách Mạng Tháng Tám, nơi có nhiều nhà cũ."
        ),
    ],
    site="Thanh Niên",
    deck="Tuyến metro Bến Thành - Tham Lương dài 11 km, có 10 ga ngầm, dự kiến hoàn thành năm 2030.",
)
page(
    "r23-fr-lopinion-paywall-three",
    "French daily's paywalled story, L'Opinion-like (a Didomi consent popup, the kicker, the headline, the chapô, the byline, the first three paragraphs, a login wall with Je m'abonne and Se connecter, a blurred decoy of scrambled words under it, a share bar, À lire aussi)",
    "r23_lopinion",
    "Nucléaire : EDF revoit à la hausse le coût des six nouveaux réacteurs",
    "Claire Morin",
    "2024-05-17T06:30:00+02:00",
    [
        p(
            "EDF a présenté jeudi à l'État une nouvelle estimation du coût de ses six réacteurs EPR2 : 67,4 milliards d'euros, contre 51,7 milliards annoncés en 2022. L'électricien justifie cette hausse par l'inflation et par des études de conception plus poussées."
        ),
        p(
            "Le gouvernement, qui doit décider d'ici à la fin de l'année du mode de financement, souhaite un prêt de l'État à taux bonifié couvrant au moins la moitié du chantier. Bruxelles devra valider ce soutien au titre des aides d'État."
        ),
        p(
            "Les deux premiers réacteurs doivent être construits à Penly, en Seine-Maritime. Leur mise en service, prévue initialement en 2035, pourrait glisser à 2037 selon plusieurs sources proches du dossier."
        ),
    ],
    site="L'Opinion",
    deck="La facture des EPR2 atteint 67,4 milliards d'euros. Le gouvernement doit trancher le financement d'ici à la fin de l'année.",
)
page(
    "r23-tr-haberturk-summary-box",
    "Turkish portal's story on ExpressionEngine, Habertürk-like (a consent bar, the headline, the spot, the byline, a Kısa kısa summary box before the text, paragraphs with a Reklam slot and an İlgili Haber card between them, tags, a Google News call, most read)",
    "r23_haberturk",
    "İstanbul'da üç metro hattı bakım nedeniyle geç açılacak",
    "Habertürk Haber Merkezi",
    "2024-05-17T10:45:00+03:00",
    [
        p(
            "Metro İstanbul, M1A, M2 ve M4 hatlarında 20 Mayıs'tan itibaren üç hafta sürecek bakım çalışmaları yapılacağını duyurdu. Bu süre boyunca hatlar sabah 06.00 yerine 08.00'de hizmete başlayacak."
        ),
        p(
            "Açıklamaya göre çalışmalar kapsamında raylar, makaslar ve sinyalizasyon sistemleri yenilenecek. Çalışmaların gece yapılması planlanıyordu ancak işin büyüklüğü nedeniyle sabah saatlerine uzatılması gerekti."
        ),
        raw(*tr_ad()),
        p(
            "İETT, etkilenecek güzergâhlarda sabah saatlerinde 120 ek otobüs seferi koyacağını açıkladı. Yolcuların Marmaray ve metrobüs gibi alternatif hatları kullanması öneriliyor."
        ),
        raw(*tr_related("Marmaray'da sefer sayısı artırıldı")),
        p(
            "Metro İstanbul, çalışmaların 9 Haziran'da tamamlanmasının ardından seferlerin normal saatlerde yeniden başlayacağını bildirdi."
        ),
    ],
    site="Habertürk",
    deck="Bakım çalışmaları nedeniyle M1A, M2 ve M4 hatları üç hafta boyunca sabah 08.00'de açılacak.",
)
page(
    "r23-en-shorthand-feature",
    "Long feature on Shorthand with drop caps and pull quotes (a cookie notice, a title section with the standfirst and byline over a full-bleed photo, text sections whose first paragraph opens on a drop cap span, pull quotes repeating the text, chapter title cards, captioned photos, credits, Made with Shorthand)",
    "r23_shorthand",
    "The reef that came back",
    "Rosa Whitfield",
    "2024-05-12T08:00:00+10:00",
    [
        sh_text(
            "Ten years ago the reef off Lizard Island was almost white. A marine heatwave in 2016 had bleached nine in ten of its corals, and the following year another finished off many that had survived.",
            "Lyle Vail, who ran the island's research station for three decades, remembers diving the lagoon that autumn. \u201cIt was like swimming over a graveyard,\u201d he says. \u201cYou could hear nothing. The fish had gone.\u201d",
            drop=True,
        ),
        sh_pull("It was like swimming over a graveyard"),
        sh_photo("Staghorn coral regrowing in the lagoon in March 2024. Photograph: Sam Kerr"),
        sh_title("Chapter two: The return"),
        sh_text(
            "Surveys this year found coral cover on the lagoon's fringing reef back above 30 per cent, close to where it stood before 2016. The fast-growing branching corals came back first, and with them the small fish that shelter in their branches.",
            "Scientists are cautious. The reef recovered because it was spared a severe heatwave for six years, and climate models suggest such gaps will become rarer.",
            drop=True,
        ),
        sh_pull("The reef recovered because it was spared a severe heatwave for six years"),
        sh_text(
            "\u201cRecovery is real, but it is not a guarantee,\u201d says Dr Anne Hoey, who leads the survey. \u201cWhat we are buying is time.\u201d",
        ),
    ],
    site="Coral Sea Stories",
    deck="After two bleachings in two years, the corals of Lizard Island are growing again. Scientists are not sure how long it will last.",
)
page(
    "r23-en-lakana-video-transcript",
    "Local television station's story on Lakana under a video player with its machine transcript (a consent banner, a weather bar, the player with its title and duration, a Show transcript details element in capitals, the headline, the byline, paragraphs with an Advertisement slot, an app promo, Report a typo, trending)",
    "r23_lakana",
    "Water main break floods downtown Waco streets, businesses closed",
    "Maria Delgado",
    "2024-05-16T18:12:00-05:00",
    [
        p(
            "WACO, Texas (KWTX) - A water main break flooded several blocks of downtown Waco on Thursday afternoon, closing streets and forcing businesses along Austin Avenue to shut early."
        ),
        p(
            "City crews shut off the 24-inch line shortly after 3 p.m. but water had already reached the doors of shops between Fourth and Sixth streets. The pipe, installed in the 1930s, is among the oldest in the city's system."
        ),
        raw(*tv_ad()),
        p(
            "\u201cWe are working as fast as we can to get the line repaired and the streets reopened,\u201d said Waco Water Utility director Lisa Tobias. She said repairs could take until Saturday."
        ),
        p(
            "Residents in the downtown area may notice low water pressure overnight. The city said the water remains safe to drink."
        ),
    ],
    site="KWTX",
)
_HYGRAPH_BODY = (
    "The city's bike-share system will add 40 stations and 600 electric bikes by the end of the summer, transportation officials said Thursday.",
    "The expansion, paid for with a $7 million federal grant, will reach neighborhoods east of the river that have had no stations since the program began in 2017. Riders there have long complained that the closest dock was more than a mile away.",
    "Officials also announced a reduced fare of $5 a month for residents who receive SNAP or Medicaid benefits, down from the standard $15.",
    "Ridership rose 22% last year to 1.4 million trips, according to the city. Electric bikes, which make up a third of the fleet, accounted for more than half of all rides.",
)
page(
    "r23-en-hygraph-jsonld-thin-body",
    "News app's page from a Hygraph backend: a thin HTML body (the headline, the byline, a teaser of the first sentence with Continue reading in the app, an app box) beside the whole story in JSON-LD's articleBody",
    "r23_hygraph",
    "Bike share to add 40 stations in neighborhoods it skipped",
    "Jordan Fields",
    "2024-05-16T12:00:00-04:00",
    [raw("", x) for x in _HYGRAPH_BODY],
    site="Metro Brief",
    body_text="\n\n".join(_HYGRAPH_BODY),
)
page(
    "r23-en-weebly-what-we-know",
    "Local paper's post on Weebly's blog with a bold What we know list (the wsite header and menu, the blog title and date, div.paragraph blocks parted by <br><br>, a What we know label over a list, a sponsor's image between blocks, a social bar, a comments link, archives, categories and an RSS link)",
    "r23_weebly",
    "Fire destroys barn on County Road 12; no one hurt",
    "Dale Hutchins",
    "2024-05-16T20:00:00-05:00",
    [
        wsite_par(
            "A fire destroyed a large barn on County Road 12 north of Millbrook on Thursday afternoon. Firefighters from three departments worked for more than four hours to put it out.",
            "The Millbrook Volunteer Fire Department was called at about 1:40 p.m. When the first truck arrived, the barn was fully involved, Chief Ron Baker said.",
        ),
        raw(*wsite_ad()),
        raw('<div class="paragraph"><strong>What we know:</strong></div>', "What we know:"),
        _ul(
            "No people or animals were hurt.",
            "The barn held hay and farm equipment.",
            "The cause has not been determined, but the chief said it does not appear suspicious.",
            "County Road 12 was closed for about three hours.",
        ),
        wsite_par(
            "The barn belonged to the Lindqvist family, who have farmed the land since 1948. Neighbors brought water and food for the firefighters through the afternoon.",
        ),
    ],
    site="The Millbrook Messenger",
)
page(
    "r23-en-typepad-interview",
    "Trade magazine's interview on Typepad with bold names (the banner and description, the entry header, turns each opened by a bold name and colon, the entry footer with Posted by and Permalink, TrackBack, a comment form notice, the sidebar's About, Recent Posts and Subscribe)",
    "r23_typepad",
    "\u201cWe stopped chasing bestsellers\u201d: Five questions for Maya Chen of Lantern Books",
    "The Editor",
    "2024-05-16T09:30:00-04:00",
    [
        p(
            "Maya Chen opened Lantern Books in a former bank in Easthampton in 2019. Sales rose 18% last year. We asked her what changed."
        ),
        turn("Shelf Talker", "What was the biggest change you made last year?"),
        turn(
            "Maya Chen",
            "We stopped chasing bestsellers. The big titles sell more cheaply online, so we put the space into small presses and translated fiction, and we hand-sell them.",
        ),
        turn("Shelf Talker", "Did customers follow?"),
        turn(
            "Maya Chen",
            "Slowly at first. Then the staff picks table became the busiest spot in the shop. People come in asking what we are reading.",
        ),
        turn("Shelf Talker", "What about events?"),
        turn(
            "Maya Chen",
            "We run two a month, and we charge five dollars that comes off a book. Almost everyone buys one.",
        ),
    ],
    site="The Shelf Talker",
)
page(
    "r23-en-pelican-read-more-cards",
    "Naturalists' society's field report on a Pelican blog (the banner and menu, the entry title, post-info with date, author address and category, paragraphs with read more cards holding another post's title and summary between them, tags, a comment prompt, a membership box, Proudly powered by Pelican)",
    "r23_pelican",
    "Moth night at Hollin Wood: 74 species in one evening",
    "Helen Ashworth",
    "2024-05-18T00:00:00+01:00",
    [
        p(
            "Eleven members braved a cool evening at Hollin Wood on Friday for the society's first moth night of the year. We ran four light traps from dusk until just after midnight."
        ),
        p(
            "The final count was 74 species and a little over 400 moths. The highlight was a Scarce Prominent, only the third record for the wood, found resting on an egg box in the last trap we checked."
        ),
        raw(
            *readmore_card(
                "Bat walk at the mill pond",
                "Seven species recorded on our August walk, including Daubenton's bats skimming the water.",
            )
        ),
        p(
            "Other notable species included Lobster Moth, Great Prominent and several Pale Tussocks. Numbers were lower than in previous years, which we put down to the cold spring."
        ),
        p("Our next moth night is on 14 June. Everyone is welcome, and no experience is needed."),
        raw(
            *readmore_card(
                "How to build a simple moth trap", "A bucket, an egg box and a bulb: a guide for beginners."
            )
        ),
    ],
    site="Calder Valley Naturalists",
)
