"""The twenty-first round of ``bench/extraction_pages``: pages (``r21-*``) of outlets, platforms and page kinds
the first twenty rounds lack, each in a template written here after what the outlet's or platform's pages emit.

Languages: Inuktitut in Canadian Aboriginal syllabics (a Nunatsiaq News-like northern weekly, an ᐃᓄᒃᑎᑐᑦ /
English switch), Pashto (a Pajhwok-like agency, right to left, a "مهم ټکي" key points box above the body),
Korean (a Kakao Brunch essay quoting a letter in a long blockquote beside a pull quote repeating a sentence),
Traditional Chinese (a PIXNET food blog's review with a rating box), Russian (a Teletype.in post with a
timeline list), Dutch (an interview on Ibexa DXP whose speakers' names are in ``<strong>``), German (a data
story on Neos with a Flourish chart's text fallback and a table), Italian (a PHP-Nuke town paper whose page is
one layout ``<table>``), Spanish (a live blog in Tickaroo's server-rendered embed, newest entry first) and
Japanese (a Zenn article). Platforms and kinds: a Wikinews article on MediaWiki (its dateline, "Sources",
"Related news", categories), a community newsletter saved from Microsoft Word as a web page (``MsoNormal``
paragraphs, a list whose bullets Word writes as text inside ``<![if !supportLists]>``), an obituary with a
Tribute Archive-like guest book, a podcast episode's page on Buzzsprout with its transcript, and a Shopify
store's blog post between product cards. The gold of every page was written before nutgraf was run on it: it
leaves out headlines, bylines, datelines, leads in the header, key points boxes, captions and credits, pull
quotes, rating boxes, chart fallbacks, guest books, author boxes, newsletter boxes, paywall teasers, product
cards, sources and category lists, calls to comment and Word's list bullets; it keeps headings, list items,
table cells, an interview's speakers, a quoted letter, a live blog's entries in the page's order and a
transcript.
"""

from __future__ import annotations

from articles import page
from eighteenth_round import _wrapped
from fourth_round import _cookie, _doc, _links
from furniture import SKINS
from parts import h, p, raw, table
from seventeenth_round import _ul
from thirteenth_round import _lis
from twentieth_round import brs

# ---------------------------------------------------------------- Inuktitut in syllabics (a northern weekly)
_SYLLABLES = {
    "": ("ᐃ", "ᐅ", "ᐊ", "ᐄ", "ᐆ", "ᐋ", ""),
    "p": ("ᐱ", "ᐳ", "ᐸ", "ᐲ", "ᐴ", "ᐹ", "ᑉ"),
    "t": ("ᑎ", "ᑐ", "ᑕ", "ᑏ", "ᑑ", "ᑖ", "ᑦ"),
    "k": ("ᑭ", "ᑯ", "ᑲ", "ᑮ", "ᑰ", "ᑳ", "ᒃ"),
    "g": ("ᒋ", "ᒍ", "ᒐ", "ᒌ", "ᒎ", "ᒑ", "ᒡ"),
    "m": ("ᒥ", "ᒧ", "ᒪ", "ᒦ", "ᒨ", "ᒫ", "ᒻ"),
    "n": ("ᓂ", "ᓄ", "ᓇ", "ᓃ", "ᓅ", "ᓈ", "ᓐ"),
    "s": ("ᓯ", "ᓱ", "ᓴ", "ᓰ", "ᓲ", "ᓵ", "ᔅ"),
    "l": ("ᓕ", "ᓗ", "ᓚ", "ᓖ", "ᓘ", "ᓛ", "ᓪ"),
    "j": ("ᔨ", "ᔪ", "ᔭ", "ᔩ", "ᔫ", "ᔮ", "ᔾ"),
    "v": ("ᕕ", "ᕗ", "ᕙ", "ᕖ", "ᕘ", "ᕚ", "ᕝ"),
    "r": ("ᕆ", "ᕈ", "ᕋ", "ᕇ", "ᕉ", "ᕌ", "ᕐ"),
    "q": ("ᕿ", "ᖁ", "ᖃ", "ᖀ", "ᖂ", "ᖄ", "ᖅ"),
    "ng": ("ᖏ", "ᖑ", "ᖓ", "ᖐ", "ᖒ", "ᖔ", "ᖕ"),
}
_VOWELS = {"i": 0, "u": 1, "a": 2, "ii": 3, "uu": 4, "aa": 5}


def iu(latin: str) -> str:
    """Inuktitut written in Latin letters (Nunavut's standard spelling), given in syllabics."""
    out, i = [], 0
    while i < len(latin):
        consonant = "ng" if latin.startswith("ng", i) else latin[i] if latin[i] in _SYLLABLES else ""
        j = i + len(consonant)
        vowel = latin[j : j + 2] if latin[j : j + 2] in _VOWELS else latin[j : j + 1]
        if vowel in _VOWELS and (consonant or latin[i] in "iua"):
            out.append(_SYLLABLES[consonant][_VOWELS[vowel]])
            i = j + len(vowel)
        elif consonant:
            out.append(_SYLLABLES[consonant][6])
            i = j
        else:
            out.append(latin[i])
            i += 1
    return "".join(out)


def northern(page_: dict, article: str) -> str:
    """A northern weekly's Inuktitut edition, Nunatsiaq News-like: a consent banner, the "ᐃᓄᒃᑎᑐᑦ | English"
    switch, the headline and byline in both scripts, the photo's caption, ``div.article-content`` of paragraphs
    with a "ᐅᖃᓕᒫᕐᓗᒍ ᐊᓯᐊ" card between them; the share bar, a newsletter box and "ᐅᖃᓕᒫᒐᒃᓴᑦ ᐊᓯᖏᑦ" after."""
    return _doc(page_, "iu", (
        _cookie("We use cookies to understand how our site is used. ᐅᑭᐅᖅ 2024", "Accept", "Privacy policy")
        + f'<header class="masthead"><a class="logo" href="/">{page_["site"]}</a><ul class="lang-switch"><li class="active"><a href="/iu/">ᐃᓄᒃᑎᑐᑦ</a></li><li><a href="/en/">English</a></li></ul>'
        f'<nav><ul>{_links((iu("nunavut"), iu("nunavik"), iu("qaujimajjutit"), iu("iliqqusiq")), "/iu/")}</ul></nav></header>'
        '<main><article class="post">'
        f'<h1 class="entry-title">{page_["title"]}</h1><p class="byline">{page_["author"]} · Nunatsiaq News · May 16, 2024</p>'
        f'<figure class="featured"><img src="/wp-content/uploads/2024/05/school.jpg" alt=""><figcaption>{iu("ilinniarvik nutaaq iqalungmi")}. (Photo by Jeff Pelletier)</figcaption></figure>'
        f'<div class="article-content">{article}</div>'
        '<div class="share"><span>Share</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>'
        '<div class="newsletter-signup"><h3>Get Nunatsiaq News in your inbox</h3><p>Sign up for our weekly newsletter.</p><form><input type="email"><button>Subscribe</button></form></div></article>'
        f'<aside class="related"><h3>{iu("uqalimaagaksat asingit")}</h3><ul>{_lis((iu("angajuqqaat katimajjut iqalungmi"), iu("qimmuksiniq sivulliq aujami")), "/iu/")}</ul></aside></main>'
        '<footer><p>© 2024 Nortext Publishing Corporation</p></footer>'
    ))  # fmt: skip


def iu_card(title: str) -> tuple[str, None]:
    return (
        f'<div class="inline-related"><span class="label">{iu("uqalimaarlugu asia")}</span> <a href="/iu/1">{title}</a></div>',
        None,
    )


# ---------------------------------------------------------------- Pashto (an agency's story, right to left)
def pashto(page_: dict, article: str) -> str:
    """A Pashto news agency's site, Pajhwok-like: the headline, the byline and date, a "مهم ټکي" key points box
    above ``div.field-name-body``, an "اعلان" slot and a "دا هم ولولئ" card between the paragraphs; the tags, the
    share bar, "اړوند خبرونه" and the footer after."""
    return _doc(page_, "ps", (
        _cookie("موږ کوکیز کاروو تر څو ستاسو تجربه ښه کړو.", "منم", "نور معلومات")
        + f'<header class="site-header"><a class="logo" href="/ps">{page_["site"]}</a><ul class="menu">{_links(("کور", "افغانستان", "سیمه", "نړۍ", "اقتصاد", "ورزش"), "/ps/category/")}</ul></header>'
        '<main><article class="node-article">'
        f'<h1 class="page-title">{page_["title"]}</h1><div class="meta"><span class="author">{page_["author"]}</span> <span class="date">۱۴۰۳/۲/۲۷</span></div>'
        '<div class="key-points"><h2>مهم ټکي</h2><ul><li>په کابل کې د اوبو نوې شبکه پرانستل شوه</li><li>۴۰ زره کورنۍ به پاکې اوبه ترلاسه کړي</li><li>پروژه په دوو کلونو کې بشپړه شوه</li></ul></div>'
        '<figure><img src="/sites/default/files/water.jpg" alt=""><figcaption>د کابل د اوبو نوې شبکه (انځور: پژواک)</figcaption></figure>'
        f'<div class="field-name-body">{article}</div>'
        '<div class="tags"><span>ټګونه:</span> <a href="/ps/tag/1">کابل</a> <a href="/ps/tag/2">اوبه</a></div>'
        '<div class="share"><span>شریکول</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div></article>'
        f'<aside class="related"><h3>اړوند خبرونه</h3><ul>{_lis(("په ننګرهار کې نوی روغتون جوړېږي", "د کندهار سړک بیا ورغول شو"), "/ps/news/")}</ul></aside></main>'
        '<footer><p>© ۲۰۲۴ پژواک خبري اژانس</p></footer>'
    ), dir_="rtl")  # fmt: skip


def ps_ad() -> tuple[str, None]:
    return (
        '<div class="ad-block"><span class="ad-label">اعلان</span><div id="div-gpt-ad-3"></div></div>',
        None,
    )


def ps_card() -> tuple[str, None]:
    return (
        '<div class="read-also"><strong>دا هم ولولئ:</strong> <a href="/ps/news/88">د کابل ښاروالۍ د ونو کېنولو نوی پړاو پیل کړ</a></div>',
        None,
    )


# ---------------------------------------------------------------- Kakao Brunch (a Korean essay quoting a letter)
def brunch(page_: dict, article: str) -> str:
    """A Korean essay on Kakao Brunch: the cover (the title, the subtitle, the writer's name), ``div.wrap_body``
    of ``p.item_type_text`` paragraphs, a long ``blockquote.quote_type2`` and a pull quote of the
    ``blockquote.quote_type3`` style repeating a sentence; the keywords, the writer's profile with "구독", the
    "라이킷" and comment counts, "작가의 이전글" after."""
    return _doc(page_, "ko", (
        '<div id="wrap"><div class="service_header"><a class="link_brunch" href="/">brunch</a> <a href="/signin">시작하기</a></div>'
        f'<div class="cover_item"><h1 class="cover_title">{page_["title"]}</h1><p class="cover_sub_title">{page_["deck"]}</p>'
        f'<span class="cover_info"><span class="txt_by">by</span> <a href="/@harang">{page_["author"]}</a> <span class="date">May 16. 2024</span></span></div>'
        f'<div class="wrap_body text_align_left">{article}</div>'
        '<div class="wrap_keyword"><ul><li><a href="/keyword/에세이">에세이</a></li><li><a href="/keyword/가족">가족</a></li><li><a href="/keyword/편지">편지</a></li></ul></div>'
        '<div class="wrap_like"><button class="btn_like">라이킷 <span>58</span></button> <a class="link_comment" href="#">댓글 <span>6</span></a> <button class="btn_share">공유</button></div>'
        f'<div class="wrap_profile"><strong class="tit_profile">{page_["author"]}</strong><p class="txt_profile">두 아이를 키우며 글을 씁니다. 평범한 날들의 기록.</p><button class="btn_subscribe">구독</button></div>'
        f'<div class="wrap_article_list"><h3>작가의 이전글</h3><ul>{_lis(("아버지의 낡은 자전거", "이사하는 날"), "/@harang/")}</ul></div></div>'
    ))  # fmt: skip


def br_text(text: str) -> tuple[str, str]:
    return p(text, attrs=' class="item_type_text"')


def br_quote(*paragraphs: str) -> tuple[str, str]:
    """A letter quoted in full: one ``blockquote`` of the Brunch editor's second style, a ``br`` between lines."""
    return (
        '<blockquote class="quote_type2 item_type_text">' + "<br><br>".join(paragraphs) + "</blockquote>",
        "\n\n".join(paragraphs),
    )


def br_pull(text: str) -> tuple[str, None]:
    return f'<blockquote class="quote_type3 item_type_text">{text}</blockquote>', None


# ---------------------------------------------------------------- PIXNET (a Traditional Chinese food review)
def pixnet(page_: dict, article: str) -> str:
    """A Taiwanese food blog on PIXNET: the blog's banner, ``div.article-content-inner`` under the headline and
    its date, a rating box ("評分", stars per item, "店家資訊") above the text, a "延伸閱讀" list and the
    "痞客邦" share and like bar after, the comments and the blog's side column."""
    return _doc(page_, "zh-TW", (
        f'<div id="banner"><h2 id="blog-name"><a href="/">{page_["site"]}</a></h2><p id="blog-desc">台北吃喝玩樂日記</p></div>'
        '<div id="container"><div id="main"><div class="article">'
        f'<ul class="article-head"><li class="publish"><span class="year">2024</span> <span class="month">May</span> <span class="date">16</span></li><li class="title"><h2>{page_["title"]}</h2></li></ul>'
        f'<div class="article-body"><div class="article-content"><div class="article-content-inner" id="article-content-inner">{article}</div></div></div>'
        '<div class="article-footer"><ul class="refer"><li>全站分類：<a href="#">美食情報</a></li><li>個人分類：<a href="#">台北美食</a></li></ul>'
        '<div class="like-box"><button>按讚</button> <span>127</span> 人氣(3,482)</div></div></div>'
        '<div id="comments"><h3>留言列表 (2)</h3><div class="comment"><p>看起來好好吃！週末來去吃</p><span>小米 於 2024/05/16 21:10</span></div><div class="comment"><p>牛肉麵湯頭真的很讚</p><span>阿傑 於 2024/05/17 09:02</span></div></div></div>'
        f'<div id="links"><div class="box"><h2>最新文章</h2><ul>{_lis(("大稻埕老字號豆花", "信義區早午餐推薦"), "/blog/post/")}</ul></div><div class="box"><p>文章分類</p></div></div></div>'
        '<div id="footer"><p>Powered by PIXNET</p></div>'
    ))  # fmt: skip


def px_rating() -> tuple[str, None]:
    return (
        '<div class="rating-box" style="border:1px solid #ccc;padding:10px"><p><b>評分</b></p>'
        "<p>湯頭：★★★★★<br>麵條：★★★★☆<br>環境：★★★☆☆<br>CP值：★★★★☆</p>"
        "<p><b>店家資訊</b><br>店名：老張牛肉麵<br>地址：台北市大安區永康街21號<br>營業時間：11:00-21:00（週一公休）<br>電話：02-2321-0000</p></div>",
        None,
    )


def px_more() -> tuple[str, None]:
    return (
        '<p><b>延伸閱讀：</b><br><a href="/blog/post/1">永康街芒果冰推薦</a><br><a href="/blog/post/2">台北十大牛肉麵懶人包</a></p>',
        None,
    )


# ---------------------------------------------------------------- Teletype.in (a Russian post with a timeline)
def teletype(page_: dict, article: str) -> str:
    """A Russian city channel's post on Teletype.in: ``article.tl-article`` with the header (the title, the
    author's channel and date), ``div.tl-article__content`` of paragraphs, a heading, a timeline list and a
    ``figure`` with its caption; the "Подписаться" channel card, reactions and "Другие статьи" after."""
    return _doc(page_, "ru", (
        '<div class="layout"><header class="tl-header"><a href="/">teletype</a> <a class="tl-header__login" href="/login">Войти</a></header>'
        '<main><article class="tl-article">'
        f'<header class="tl-article__header"><h1 class="tl-article__title">{page_["title"]}</h1>'
        f'<div class="tl-article__author"><a href="/@gorodnn">{page_["author"]}</a> <time>16 мая 2024</time></div></header>'
        f'<div class="tl-article__content">{article}</div></article>'
        f'<div class="tl-channel-card"><p class="tl-channel-card__name">{page_["author"]}</p><p>Новости и история Нижнего Новгорода. 12 400 подписчиков</p><button>Подписаться</button></div>'
        '<div class="tl-reactions"><button>👍 84</button> <button>🔥 12</button> <span>Просмотры: 5 210</span></div>'
        f'<section class="tl-more"><h2>Другие статьи</h2><ul>{_lis(("Что построят на месте старого рынка", "Фуникулёр закрывают на ремонт"), "/@gorodnn/")}</ul></section></main>'
        '<footer class="tl-footer"><p>Сделано в Teletype</p></footer></div>'
    ))  # fmt: skip


def tl_figure(caption: str) -> tuple[str, None]:
    return (
        f'<figure class="m_original"><img src="https://img4.teletype.in/files/bridge.jpeg" alt=""><figcaption>{caption}</figcaption></figure>',
        None,
    )


# ---------------------------------------------------------------- Ibexa DXP (a Dutch interview)
def ibexa(page_: dict, article: str) -> str:
    """A Flemish regional paper's interview on Ibexa DXP: the intro under the headline, ``div.ibexa-field-richtext``
    of paragraphs whose speakers' names open them in ``<strong>``, a "Lees ook" box between them; the "Dit is
    een plusartikel" paywall teaser, the author box, a newsletter box and "Meer nieuws" after."""
    return _doc(page_, "nl", (
        _cookie("Wij en onze partners gebruiken cookies om je een betere ervaring te bieden.", "Akkoord", "Instellingen")
        + f'<header class="site-header"><a href="/">{page_["site"]}</a><ul>{_links(("Regio", "Binnenland", "Sport", "Cultuur", "Opinie"), "/sectie/")}</ul></header>'
        '<main><article class="ibexa-content ibexa-content--article">'
        f'<p class="article-label">Interview</p><h1 class="article-title">{page_["title"]}</h1><p class="article-intro">{page_["deck"]}</p>'
        f'<p class="article-meta">{page_["author"]} · 16 mei 2024, 06:00</p>'
        '<figure><img src="/var/site/storage/images/haven.jpg" alt=""><figcaption>Havenschepen Els Van Acker op de kade. © Tom Goyvaerts</figcaption></figure>'
        f'<div class="ibexa-field-richtext">{article}</div>'
        '<div class="paywall-teaser"><p><strong>Dit is een plusartikel.</strong> Lees onbeperkt verder voor 1 euro de eerste maand.</p><a href="/abonneren">Word abonnee</a></div>'
        f'<div class="author-box"><p><strong>{page_["author"]}</strong> schrijft over Antwerpen en de haven.</p></div>'
        '<div class="newsletter"><h3>Schrijf je in op onze nieuwsbrief</h3><form><input type="email"><button>Inschrijven</button></form></div></article>'
        f'<aside class="more"><h2>Meer nieuws</h2><ul>{_lis(("Nieuwe sluis vertraagd tot 2027", "Havenbedrijf zoekt 300 werknemers"), "/artikel/")}</ul></aside></main>'
        '<footer><p>© 2024 Gazet van de Schelde</p></footer>'
    ))  # fmt: skip


def nl_question(text: str) -> tuple[str, str]:
    """The interviewer's question, the whole paragraph in ``<strong>``."""
    return f"<p><strong>{text}</strong></p>", text


def nl_turn(speaker: str, text: str) -> tuple[str, str]:
    """An answer: the speaker's name and a colon in ``<strong>``, then what they said."""
    return f"<p><strong>{speaker}:</strong> {text}</p>", f"{speaker}: {text}"


def nl_also(title: str) -> tuple[str, None]:
    return (
        f'<div class="ibexa-embed ibexa-embed--related"><p class="embed-label">Lees ook</p><a href="/artikel/9"><span>{title}</span></a></div>',
        None,
    )


# ---------------------------------------------------------------- Neos (a German data story)
def neos(page_: dict, article: str) -> str:
    """A German public broadcaster's regional data story on Neos CMS: ``div.neos-contentcollection`` of text
    nodes, a Flourish chart node (the embed, its text fallback for readers without scripts, the source line),
    a table node; "Mehr zum Thema", a newsletter teaser and the footer's "Impressum" after."""
    return _doc(page_, "de", (
        _cookie("Wir nutzen Cookies und Dienste Dritter. Sie können Ihre Auswahl jederzeit ändern.", "Alle akzeptieren", "Nur notwendige")
        + f'<header class="page-header"><a href="/">{page_["site"]}</a><nav><ul>{_links(("Nachrichten", "Politik", "Wirtschaft", "Daten", "Wetter"), "/")}</ul></nav></header>'
        '<main class="neos-contentcollection page-main"><article class="story">'
        f'<p class="story__kicker">Datenanalyse</p><h1 class="story__title">{page_["title"]}</h1>'
        f'<p class="story__meta">Von {page_["author"]} · Stand: 16.05.2024 06:00 Uhr</p>'
        f'<div class="neos-contentcollection story__body">{article}</div>'
        f'<aside class="story__related"><h2>Mehr zum Thema</h2><ul>{_lis(("Wo es in Sachsen noch Hausärzte gibt", "So alt sind Sachsens Landärzte"), "/daten/")}</ul></aside>'
        '<div class="newsletter-teaser"><p>Der Daten-Newsletter: jeden Freitag die wichtigsten Zahlen aus Sachsen.</p><a href="/newsletter">Jetzt abonnieren</a></div></article></main>'
        '<footer><ul><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li></ul></footer>'
    ))  # fmt: skip


def neos_text(*parts: tuple[str, str]) -> tuple[str, str]:
    return _wrapped('<div class="neos-nodetypes-text">', "</div>", *parts)


def flourish(title: str, fallback: str, source: str) -> tuple[str, None]:
    return (
        '<div class="node-chart"><div class="flourish-embed flourish-chart" data-src="visualisation/17123456">'
        '<script src="https://public.flourish.studio/resources/embed.js"></script>'
        f'<noscript><img src="https://public.flourish.studio/visualisation/17123456/thumbnail" width="100%" alt="{title}"></noscript></div>'
        f'<div class="chart-fallback"><p>{fallback}</p></div><p class="chart-source">{source}</p></div>',
        None,
    )


# ---------------------------------------------------------------- PHP-Nuke (an Italian town paper's table layout)
def phpnuke(page_: dict, article: str) -> str:
    """An Italian town paper still on PHP-Nuke: the theme's nested layout tables, the left blocks (menu,
    "Sondaggio"), the story in ``modules.php?name=News`` layout (a title bar, "Inviato da ... il ...", the text
    in a ``<font class="content">``, "Stampa | Invia ad un amico"), the right blocks ("Pubblicità", "Altre
    notizie") and "Commenti" under it."""
    return _doc(page_, "it", (
        '<table class="bodyline" width="100%" cellspacing="0" cellpadding="0" border="0"><tr><td>'
        f'<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td bgcolor="#336699"><a href="index.php"><img src="themes/DeepBlue/images/logo.gif" alt="{page_["site"]}" border="0"></a></td></tr></table>'
        '<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr valign="top">'
        '<td width="150" bgcolor="#EEEEEE" valign="top"><table width="150" border="0"><tr><td class="boxtitle">Menu</td></tr><tr><td>'
        + "".join(f'<a href="modules.php?name={x}">{x}</a><br>' for x in ("Home", "News", "Sport", "Cultura", "Annunci", "Contatti"))
        + '</td></tr><tr><td class="boxtitle">Sondaggio</td></tr><tr><td><font class="content">La nuova rotonda vi piace?</font><br><input type="radio"> Sì<br><input type="radio"> No<br><input type="submit" value="Vota"></td></tr></table></td>'
        '<td width="100%" valign="top"><table width="100%" border="0" cellspacing="1" cellpadding="0" bgcolor="#000000"><tr><td>'
        '<table width="100%" border="0" cellspacing="1" cellpadding="8" bgcolor="#FFFFFF"><tr><td>'
        f'<font class="title"><b>{page_["title"]}</b></font><br>'
        f'<font class="tiny">Inviato da {page_["author"]} il Giovedì, 16 maggio @ 08:12:44 CEST (347 letture)</font><br><br>'
        f'<font class="content">{article}</font><br><br>'
        '<font class="tiny"><a href="modules.php?name=News&amp;file=print&amp;sid=2231">Stampa</a> | <a href="modules.php?name=News&amp;file=friend&amp;sid=2231">Invia ad un amico</a></font>'
        '</td></tr></table></td></tr></table><br>'
        '<table width="100%" border="0" cellpadding="4"><tr><td class="boxtitle">Commenti</td></tr><tr><td><font class="content">Nessun commento. <a href="modules.php?name=News&amp;file=comments">Scrivi un commento</a></font></td></tr></table></td>'
        '<td width="160" valign="top"><table width="160" border="0"><tr><td class="boxtitle">Pubblicità</td></tr><tr><td><img src="banners/pizzeria.gif" width="150" height="150"></td></tr>'
        '<tr><td class="boxtitle">Altre notizie</td></tr><tr><td>'
        + "".join(f'<a href="modules.php?name=News&amp;file=article&amp;sid={i}">{x}</a><br>' for i, x in ((2230, "Sagra della castagna, il programma"), (2228, "Chiude la scuola di via Roma per lavori"), (2225, "Calcio: la Virtus vola in Eccellenza")))
        + '</td></tr></table></td></tr></table>'
        '<table width="100%"><tr><td align="center"><font class="tiny">Tutti i loghi e i marchi sono dei rispettivi proprietari. PHP-Nuke Copyright © 2005 by Francisco Burzi.</font></td></tr></table>'
        '</td></tr></table>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- Tickaroo (a Spanish live blog, newest first)
def tickaroo(page_: dict, article: str) -> str:
    """A Spanish regional paper's live blog in Tickaroo's server-rendered embed: the intro under the headline,
    ``tickaroo-liveblog`` holding ``div.tik4-event`` entries newest first, each a time, a headline and rich
    text, a pinned "Lo último" bar; "Cargar más", the share bar, a comment prompt and "Te puede interesar"."""
    return _doc(page_, "es", (
        _cookie("Utilizamos cookies propias y de terceros para mejorar nuestros servicios.", "Aceptar", "Configurar")
        + f'<header class="cabecera"><a href="/">{page_["site"]}</a><ul>{_links(("Actualidad", "Galicia", "Deportes", "Economía", "Opinión"), "/seccion/")}</ul></header>'
        '<main><article class="noticia noticia--directo">'
        f'<span class="directo">EN DIRECTO</span><h1>{page_["title"]}</h1><p class="firma">{page_["author"]} · Actualizado 16/05/2024 13:05</p>'
        '<tickaroo-liveblog liveblogId="6645b1c2" clientId="5e1a" layoutId="6011" style="display:block"><div class="tik4 tik4--theme">'
        f'<div class="tik4-live__container">{article}</div>'
        '<div class="tik4-load-more"><button class="tik4-load-more__button">Cargar más</button></div></div></tickaroo-liveblog>'
        '<div class="compartir"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div>'
        '<div class="comentarios"><p>¿Qué opinas? Deja tu comentario</p><a href="/registro">Inicia sesión para comentar</a></div></article>'
        f'<aside class="relacionadas"><h3>Te puede interesar</h3><ul>{_lis(("Alerta naranja en la costa de A Coruña", "Los trenes Vigo-Ourense, suspendidos"), "/noticia/")}</ul></aside></main>'
        '<footer><p>© 2024 Diario Atlántico</p></footer>'
    ))  # fmt: skip


def tik_event(time: str, title: str, *paragraphs: str) -> tuple[str, str]:
    body = "".join(f"<p>{x}</p>" for x in paragraphs)
    return (
        '<div class="tik4-event"><div class="tik4-meta"><div class="tik4-meta__timestamp"><span class="tik4-meta__ts__time">'
        f'{time}</span></div></div><div class="tik4-content"><div class="tik4-content-block tik4-content-block--headline">'
        f'<h3 class="tik4-headline">{title}</h3></div><div class="tik4-content-block tik4-content-block--text"><div class="tik4-rich-text">{body}</div></div></div>'
        '<div class="tik4-sharing"><button class="tik4-sharing__button">Compartir</button></div></div>',
        "\n\n".join((title, *paragraphs)),
    )


# ---------------------------------------------------------------- Zenn (a Japanese tech article)
def zenn(page_: dict, article: str) -> str:
    """A Japanese engineer's article on Zenn: the emoji and title header, the "Tech" topic badges, the
    ``div.znc`` body (headings, paragraphs, a ``:::message`` box, code blocks with their file names, a list),
    the "いいね" button and the author's card, "バッジを贈って著者を応援しよう" and the comment box after."""
    return _doc(page_, "ja", (
        '<div id="__next"><header class="Header"><a href="/">Zenn</a> <a href="/login">ログイン</a></header>'
        '<main><div class="View_container"><header class="ArticleHeader"><div class="ArticleHeader_emoji">🐘</div>'
        f'<h1 class="ArticleHeader_title">{page_["title"]}</h1><div class="ArticleHeader_meta"><span>2024/05/16に公開</span> <a href="/topics/postgresql">PostgreSQL</a> <a href="/topics/performance">performance</a> <span class="Badge">tech</span></div></header>'
        '<div class="View_main"><section class="ArticleMain"><div class="BodyContent">'
        f'<div class="znc">{article}</div></div>'
        '<div class="ArticleFooter"><button class="LikeButton">いいね 212</button> <a href="#">X</a> <a href="#">はてブ</a></div>'
        '<div class="SupportBox"><p>バッジを贈って著者を応援しよう</p><p>バッジを受け取った著者にはZennから現金やAmazonギフトカードが還元されます。</p><button>バッジを贈る</button></div>'
        '<div class="Discussion"><h3>Discussion</h3><p>ログインするとコメントできます</p></div></section>'
        f'<aside class="Sidebar"><div class="AuthorCard"><a href="/kenta_db">{page_["author"]}</a><p>DBとバックエンドが好きなエンジニア</p><button>フォロー</button></div>'
        '<div class="Toc"><p>目次</p><ol><li><a href="#原因">原因</a></li><li><a href="#対策">対策</a></li></ol></div></aside></div></div></main></div>'
    ))  # fmt: skip


def zn_message(text: str) -> tuple[str, str]:
    return (
        f'<aside class="msg message"><span class="msg-symbol">!</span><div class="msg-content"><p>{text}</p></div></aside>',
        text,
    )


def zn_code(filename: str, code: str) -> tuple[str, str]:
    return (
        f'<div class="code-block-container"><div class="code-block-filename-container"><span class="code-block-filename">{filename}</span></div>'
        f'<pre class="language-sql"><code class="language-sql">{code}</code></pre></div>',
        code,
    )


# ---------------------------------------------------------------- MediaWiki (a Wikinews article)
def wikinews(page_: dict, article: str) -> str:
    """An English Wikinews article on MediaWiki's Vector skin: the site notice, "From Wikinews, the free news
    source you can write!", ``div.mw-parser-output`` opening on the bold dateline, then the paragraphs, a
    "Related news" list, "Sources" and the "Share this" box on the right; the categories and the licence line
    after."""
    return _doc(page_, "en", (
        '<div id="mw-page-base"></div><div id="content" class="mw-body" role="main"><div id="siteNotice"><div class="sitenotice">Wikinews is looking for writers. <a href="/wiki/Wikinews:Writing_an_article">Write an article</a>.</div></div>'
        f'<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">{page_["title"]}</span></h1>'
        '<div id="bodyContent" class="vector-body"><div id="siteSub">From Wikinews, the free news source you can write!</div>'
        '<div id="contentSub"></div><div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr">'
        f'<div class="mw-parser-output">{article}</div></div>'
        '<div id="catlinks" class="catlinks"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories">Categories</a>: <ul><li><a href="/wiki/Category:May_16,_2024">May 16, 2024</a></li><li><a href="/wiki/Category:Published">Published</a></li><li><a href="/wiki/Category:Science_and_technology">Science and technology</a></li><li><a href="/wiki/Category:New_Zealand">New Zealand</a></li></ul></div></div></div></div>'
        '<div id="mw-navigation"><div id="mw-panel"><div class="portal"><h3>Navigation</h3><ul><li><a href="/wiki/Main_Page">Main page</a></li><li><a href="/wiki/Special:Random">Random article</a></li><li><a href="/wiki/Wikinews:Newsroom">Newsroom</a></li></ul></div></div></div>'
        '<div id="footer"><ul id="footer-info"><li id="footer-info-lastmod">This page was last edited on 16 May 2024, at 09:14.</li><li id="footer-info-copyright">All text created after September 25, 2005 available under the terms of the <a href="//creativecommons.org/licenses/by/2.5/">Creative Commons Attribution 2.5 License</a>.</li></ul></div>'
    ), ld=False)  # fmt: skip


def wn_dateline(text: str) -> tuple[str, None]:
    return (
        f'<p><strong class="published"><span id="publishDate" class="value-title" title="2024-05-16"></span>{text}</strong></p>',
        None,
    )


def wn_share() -> tuple[str, None]:
    return (
        '<div class="infobox sisterproject noprint wikinews-sharethis"><div style="font-weight:bold">Share this:</div>'
        '<span class="plainlinks"><a class="external text" href="https://www.facebook.com/sharer.php">Facebook</a> <a class="external text" href="https://twitter.com/intent/tweet">Twitter</a> <a class="external text" href="https://www.reddit.com/submit">Reddit</a></span></div>',
        None,
    )


def wn_opinion() -> tuple[str, None]:
    return (
        '<table class="metadata plainlinks"><tbody><tr><td><img alt="" src="/static/Speech_balloon.png" width="30"></td><td><b>Have an opinion on this story?</b> '
        '<a href="/wiki/Comments:Kiwi">Share it!</a></td></tr></tbody></table>',
        None,
    )


def wn_section(title: str, *links: str) -> tuple[str, None]:
    items = "".join(
        f'<li><span class="plainlinks"><a class="external text" href="https://example.org/{i}">{x}</a></span></li>'
        for i, x in enumerate(links)
    )
    anchor = title.replace(" ", "_")
    return (
        f'<div class="mw-heading mw-heading2"><h2 id="{anchor}">{title}</h2><span class="mw-editsection">[<a href="?action=edit">edit</a>]</span></div><ul>{items}</ul>',
        None,
    )


# ---------------------------------------------------------------- Microsoft Word "Save as Web Page" (a newsletter)
def word(page_: dict, article: str) -> str:
    """A village association's newsletter story, written in Word and saved as a web page: the ``xmlns:o`` and
    ``mso-`` styles, ``div.WordSection1`` holding the ``MsoTitle`` headline, an italic byline in ``MsoNormal``,
    the paragraphs, empty ``<o:p>&nbsp;</o:p>`` lines, a bulleted list whose bullets Word writes as text inside
    ``<![if !supportLists]>``, a ``MsoTableGrid`` table, and the closing "Next meeting" and contact lines."""
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">'
        '<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15">'
        f'<title>{page_["title"]}</title><style><!-- p.MsoNormal {{margin:0in;margin-bottom:8.0pt;font-size:11.0pt;font-family:"Calibri",sans-serif;}} '
        'p.MsoTitle {font-size:28.0pt;} p.MsoListParagraphCxSpFirst {margin-left:.5in;} @page WordSection1 {size:8.5in 11.0in;} div.WordSection1 {page:WordSection1;} --></style></head>'
        '<body lang=EN-GB style="tab-interval:36.0pt;word-wrap:break-word"><div class=WordSection1>'
        f"<p class=MsoTitle>{page_['title']}<o:p></o:p></p>"
        f"<p class=MsoNormal><i>By {page_['author']}, Secretary<o:p></o:p></i></p>"
        "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
        f"{article}"
        "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
        "<p class=MsoNormal><b>Next meeting:</b> Tuesday 11 June, 7.30pm, Village Hall. All welcome.<o:p></o:p></p>"
        "<p class=MsoNormal>Contact: secretary@ashcombe-village.example | 01632 960 418<o:p></o:p></p>"
        "<p class=MsoNormal><span style='font-size:8.0pt;color:#7F7F7F'>Ashcombe Village Association Newsletter · Summer 2024 · Page 2</span><o:p></o:p></p>"
        "</div></body></html>"
    )  # fmt: skip


def w_p(text: str) -> tuple[str, str]:
    return f"<p class=MsoNormal>{text}<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>", text


def w_list(*items: str) -> tuple[str, str]:
    kinds = ["CxSpFirst"] + ["CxSpMiddle"] * (len(items) - 2) + ["CxSpLast"]
    html = "".join(
        f"<p class=MsoListParagraph{kind} style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]>"
        "<span style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·"
        "<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>"
        f"{item}<o:p></o:p></p>"
        for kind, item in zip(kinds, items, strict=True)
    )
    return html, "\n".join(items)


def w_table(rows: list[list[str]]) -> tuple[str, str]:
    html = "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;mso-yfti-tbllook:1184'>"
    for row in rows:
        html += (
            "<tr>"
            + "".join(f"<td width=200 valign=top><p class=MsoNormal>{c}<o:p></o:p></p></td>" for c in row)
            + "</tr>"
        )
    return html + "</table>", "\n".join(" ".join(row) for row in rows)


# ---------------------------------------------------------------- Tribute Archive-like obituary (a guest book)
def tribute(page_: dict, article: str) -> str:
    """A funeral home's obituary on a Tribute Archive-like platform: the name, the dates and a "Share" and
    "Follow this tribute" row, the tabs ("Obituary", "Services", "Memories &amp; Condolences"), ``div.obit-text``;
    the "Send flowers" box, the guest book ("Add a memory" and four entries, a candle's line among them) and the
    "Service details" box after."""
    return _doc(page_, "en", (
        f'<header class="fh-header"><a href="/">{page_["site"]}</a><ul>{_links(("Obituaries", "Plan ahead", "Grief support", "About us"), "/")}</ul></header>'
        '<main class="tribute"><div class="tribute-hero"><img src="/cdn/portrait.jpg" alt="">'
        f'<h1 class="tribute-name">{page_["title"]}</h1><p class="tribute-dates">August 9, 1941 – May 11, 2024</p>'
        '<div class="tribute-actions"><button>Share</button> <button>Follow this tribute</button></div></div>'
        '<ul class="tribute-tabs"><li class="active">Obituary</li><li>Services</li><li>Memories &amp; Condolences</li></ul>'
        f'<section class="obituary"><h2>Obituary for {page_["title"]}</h2><div class="obit-text">{article}</div></section>'
        '<div class="flowers-cta"><p>Show your support</p><p>Send flowers to the family of Margaret Ellen Dunbar.</p><a class="btn" href="/flowers">Send flowers</a></div>'
        '<section class="memories"><h2>Memories &amp; Condolences</h2><div class="memory-form"><textarea placeholder="Add a memory"></textarea><button>Post memory</button></div>'
        '<div class="memory"><p class="memory__name">Carol Whitfield</p><p class="memory__text">Margaret taught all three of my children to read. She was kind, patient and never forgot a name. Thinking of you all.</p><p class="memory__date">May 13, 2024</p></div>'
        '<div class="memory"><p class="memory__name">Dan and Sue Perkins</p><p class="memory__text">So many happy Sunday dinners at the Dunbar table. We will miss her laugh.</p><p class="memory__date">May 13, 2024</p></div>'
        '<div class="memory memory--candle"><p class="memory__name">A friend</p><p class="memory__text">A candle was lit in memory of Margaret.</p></div>'
        '<div class="memory"><p class="memory__name">Rev. Alan Brooks</p><p class="memory__text">A faithful member of our choir for forty years. Rest in peace.</p><p class="memory__date">May 14, 2024</p></div>'
        '<a class="more" href="#">See more memories</a></section>'
        '<section class="services"><h2>Service details</h2><p><strong>Funeral service</strong> Monday, May 20, 2024 · 2:00 PM · First Methodist Church, Greenvale</p><a href="#">Get directions</a></section></main>'
        '<footer><p>© 2024 Wexford &amp; Sons Funeral Home · Tribute Archive</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Buzzsprout (a podcast episode's transcript)
def buzzsprout(page_: dict, article: str) -> str:
    """A local news podcast's episode page on Buzzsprout: the show's header, the player, the episode's
    description (the story), the "Support the show" link and then the episode's transcript in
    ``div.transcript`` (a timestamp before each speaker's turn); "Subscribe on Apple Podcasts / Spotify", the
    other episodes and "Powered by Buzzsprout" after."""
    return _doc(page_, "en", (
        '<div class="podcast-site"><header class="show-header"><img src="/artwork.jpg" alt=""><div><p class="show-title">The Valley Report</p><p class="show-author">Valley Public Media</p></div></header>'
        '<main><article class="episode">'
        f'<h1 class="episode-title">{page_["title"]}</h1><p class="episode-meta">Season 3, Episode 41 · May 16, 2024 · 18:42 · {page_["author"]}</p>'
        '<div class="player"><iframe src="https://www.buzzsprout.com/123456/episodes/15000000?client_source=small_player&amp;iframe=true" title="Player" height="200" width="100%"></iframe></div>'
        f'<div class="episode-body">{article}</div></article>'
        '<div class="subscribe"><p>Listen on</p><a href="#">Apple Podcasts</a> <a href="#">Spotify</a> <a href="#">Overcast</a> <a href="#">RSS</a></div>'
        f'<section class="episodes"><h2>More episodes</h2><ul>{_lis(("Ep. 40: The school board recall, explained", "Ep. 39: Who owns the river?"), "/episodes/")}</ul></section></main>'
        '<footer><p>Powered by Buzzsprout</p></footer></div>'
    ))  # fmt: skip


def bz_support() -> tuple[str, None]:
    return (
        '<p><a href="https://www.buzzsprout.com/123456/support" rel="payment">Support the show</a></p>'
        "<p>The Valley Report is listener-supported. Become a member at valleypublicmedia.example/give.</p>",
        None,
    )


def bz_transcript(*turns: tuple[str, str, str]) -> tuple[str, str]:
    body = "".join(
        f'<div class="transcript-item"><span class="transcript-time">{at}</span><p><strong>{who}:</strong> {text}</p></div>'
        for at, who, text in turns
    )
    return (
        f'<section class="transcript"><h2>Transcript</h2>{body}</section>',
        "Transcript\n\n" + "\n\n".join(f"{who}: {text}" for _, who, text in turns),
    )


# ---------------------------------------------------------------- Shopify (a store's blog post)
def shopify(page_: dict, article: str) -> str:
    """A bookshop's news on a Shopify theme (Dawn): the announcement bar, the cart drawer, ``article.article-template``
    with ``div.article-template__content.rte`` holding paragraphs and a product card between them; the share
    button, "Back to blog", the newsletter section and the footer's payment icons after."""
    return _doc(page_, "en", (
        '<div class="announcement-bar"><p class="announcement-bar__message">Free UK delivery on orders over £25</p></div>'
        f'<header class="header"><a class="header__heading-link" href="/">{page_["site"]}</a><nav><ul class="list-menu">{_links(("Books", "Gifts", "Events", "Journal"), "/collections/")}</ul></nav><a href="/cart" class="header__icon--cart">Cart (0)</a></header>'
        '<div id="CartDrawer" class="cart-drawer"><p class="cart__empty-text">Your cart is empty</p><a class="button" href="/collections/all">Continue shopping</a></div>'
        '<main id="MainContent"><article class="article-template">'
        '<div class="article-template__hero-container"><img src="//cdn.shopify.com/s/files/1/shop.jpg" alt=""></div>'
        f'<header class="page-width"><h1 class="article-template__title">{page_["title"]}</h1><span class="circle-divider caption-with-letter-spacing">May 16, 2024</span> <span>by {page_["author"]}</span></header>'
        f'<div class="article-template__content page-width rte">{article}</div>'
        '<div class="article-template__social-sharing"><share-button><button>Share</button></share-button></div>'
        '<div class="article-template__back"><a href="/blogs/journal" class="article-template__link">Back to blog</a></div></article>'
        '<div class="newsletter"><h2>Join our reading list</h2><p>News of events and new books, once a month.</p><form><input type="email" placeholder="Email"><button>Subscribe</button></form></div></main>'
        '<footer class="footer"><ul class="list-payment"><li>Visa</li><li>Mastercard</li><li>PayPal</li></ul><p>© 2024, The Lantern Bookshop Powered by Shopify</p></footer>'
    ))  # fmt: skip


def shop_product(title: str, price: str) -> tuple[str, None]:
    return (
        f'<div class="product-card-wrapper card-wrapper"><div class="card__content"><h3 class="card__heading"><a href="/products/x">{title}</a></h3>'
        f'<div class="price"><span class="price-item price-item--regular">{price}</span></div>'
        '<button class="quick-add__submit">Add to cart</button></div></div>',
        None,
    )


SKINS.update(
    r21_northern=northern,
    r21_pashto=pashto,
    r21_brunch=brunch,
    r21_pixnet=pixnet,
    r21_teletype=teletype,
    r21_ibexa=ibexa,
    r21_neos=neos,
    r21_phpnuke=phpnuke,
    r21_tickaroo=tickaroo,
    r21_zenn=zenn,
    r21_wikinews=wikinews,
    r21_word=word,
    r21_tribute=tribute,
    r21_buzzsprout=buzzsprout,
    r21_shopify=shopify,
)

# ================================================================ the pages
page(
    "r21-iu-nunatsiaq-syllabics",
    "Northern weekly's Inuktitut edition in Canadian Aboriginal syllabics, Nunatsiaq News-like (a consent banner, an Inuktitut / English switch, a captioned photo, paragraphs with a related card in syllabics between them, the share bar, a newsletter box, related stories)",
    "r21_northern",
    iu("ilinniarvik nutaaq ammaqtuq iqalungmi"),
    iu("jaanni kilabuk"),
    "2024-05-16T09:00:00-04:00",
    [
        p(
            iu(
                "ilinniarvik nutaaq ammaqtuq iqalungmi ullumi. ilinniaqtiit 320 ilinniarniaqtut tappaani ukiumi."
            )
        ),
        p(
            iu(
                "gavamakkut nunavummi atuqtaujut 62 miliani taalanik ilinniarvingmut. ilinniarviup iglugijanga sanajaujuq marruunik ukiunik."
            )
        ),
        raw(*iu_card(iu("ilinniarvik ilinniarvingmi asiani"))),
        p(
            iu(
                "ilisaijiit uqausiqput inuktitut ilinniaqtitsijunnaqtut. angajuqqaat quviasuktut, uqausiq nunavummi pivalliajjutaujuq."
            )
        ),
        p(iu("ilinniarvik qaujisaqtuq ilisaijinik nutaanik. ilinniaqtiit tamarmik atuaqsaaqtut aujami.")),
    ],
    site="ᓄᓇᑦᓯᐊᖅ ᓄᐃᓴ",
)
page(
    "r21-ps-pajhwok-keypoints",
    "Pashto news agency, Pajhwok-like, right to left (a consent banner, a مهم ټکي key points box above the body, a captioned photo, paragraphs with an اعلان slot and a bold دا هم ولولئ line between them, tags, the share bar, related news)",
    "r21_pashto",
    "په کابل کې د څښاک د اوبو نوې شبکه پرانستل شوه",
    "احمد شاه احمدزی",
    "2024-05-16T10:00:00+04:30",
    [
        p(
            "کابل (پژواک، ۲۷ غويی ۱۴۰۳): په کابل ښار کې د څښاک د پاکو اوبو یوه نوې شبکه پرانستل شوه چې له مخې یې به څلوېښت زره کورنۍ پاکې اوبه ترلاسه کړي."
        ),
        p(
            "د اوبو رسولو د ادارې مشر وویل چې دا پروژه په دوو کلونو کې بشپړه شوې او په ښار کې یې د اوبو د نلونو اوږدوالی تر دوه سوه کیلومترو رسېږي."
        ),
        raw(*ps_ad()),
        p(
            "نوموړي زیاته کړه چې شبکه به د ښار د لسمې، یوولسمې او دولسمې ناحیې اوسېدونکو ته اوبه ورسوي او کورنۍ به یې لګښت میاشتنی ورکوي."
        ),
        raw(*ps_card()),
        p(
            "د خیرخانې یوه اوسېدونکي محمد نبي پژواک ته وویل چې تر دې وړاندې به یې اوبه له لرې ځایونو راوړې او اوس یې ستونزه حل شوې ده."
        ),
        p("چارواکي وايي چې د راتلونکي کال په پای کې به د کابل نورو سیمو ته هم دا شبکه وغځول شي."),
    ],
    site="پژواک",
)
page(
    "r21-ko-brunch-letter",
    "Korean essay on Kakao Brunch (the cover with a subtitle, item_type_text paragraphs, a letter quoted in full in one long blockquote with <br><br> between its paragraphs, a pull quote blockquote of another style repeating one of its sentences, keywords, likes, the writer's profile with 구독, the writer's earlier posts)",
    "r21_brunch",
    "할머니의 마지막 편지",
    "하랑",
    "2024-05-16T21:00:00+09:00",
    [
        br_text(
            "할머니가 돌아가신 지 일 년이 되던 날, 어머니가 작은 상자 하나를 내밀었다. 할머니의 장롱 서랍에서 나온 것이라고 했다."
        ),
        br_text(
            "상자 안에는 누렇게 바랜 편지 봉투가 하나 들어 있었다. 봉투에는 서툰 글씨로 내 이름이 적혀 있었다. 나는 그 자리에서 편지를 읽었다."
        ),
        br_quote(
            "우리 강아지에게. 할머니는 글을 늦게 배워서 글씨가 삐뚤빼뚤하다. 그래도 네가 읽을 수 있으면 좋겠다.",
            "네가 어릴 때 할머니 집 마루에서 낮잠을 자던 것을 기억하니. 나는 그때 부채질을 하면서 네 숨소리를 들었다. 그 소리가 세상에서 제일 좋았다.",
            "사는 게 힘들 때는 밥을 꼭 챙겨 먹어라. 밥을 먹으면 내일을 살 힘이 생긴다. 할머니는 그렇게 평생을 살았다.",
            "너무 애쓰지 말고, 가끔은 하늘도 보고 살아라. 할머니가 늘 지켜보고 있으마.",
        ),
        br_pull("밥을 먹으면 내일을 살 힘이 생긴다."),
        br_text(
            "편지를 다 읽고 나서 한참을 울었다. 할머니가 한글 교실에 다닌 것이 일흔이 넘어서였다는 것을 그날 처음 알았다."
        ),
        br_text(
            "요즘도 일이 잘 풀리지 않는 날이면 그 편지를 꺼내 읽는다. 그리고 할머니 말대로 따뜻한 밥을 지어 먹는다."
        ),
    ],
    deck="장롱 서랍에서 나온 봉투 하나",
    site="brunch",
)
page(
    "r21-zh-pixnet-beef-noodles",
    "Taiwanese food blog's review on PIXNET (the blog's banner, a date block, a rating box of stars per item and the shop's details above the text, photos with captions, a 延伸閱讀 list of links in the body, the category and like bar, comments, the side column)",
    "r21_pixnet",
    "【台北美食】永康街老張牛肉麵，三十年老店的紅燒湯頭",
    "小胖愛吃",
    "2024-05-16T20:00:00+08:00",
    [
        raw(*px_rating()),
        p(
            "這次來到永康街的老張牛肉麵，是朋友推薦了很久的老店。週六中午十一點半到，門口已經排了十幾個人，大約等了二十分鐘才入座。"
        ),
        raw(
            '<p><img src="https://pic.pimg.tw/foodie/beef.jpg" alt="" width="600"><br><span style="color:#888">▲紅燒牛肉麵大碗 NT$280</span></p>'
        ),
        p("招牌的紅燒牛肉麵湯頭濃郁，帶一點中藥香，不會太鹹。牛肉是帶筋的牛腱，燉得很軟，一碗大概有五六塊。"),
        p("麵條可以選細麵或寬麵，我選了寬麵，口感Q彈，很吸湯汁。小菜的滷豆干和海帶也很入味，建議一起點。"),
        h("總結", 3),
        p(
            "整體來說，老張牛肉麵的價格不算便宜，但份量和品質都對得起價錢。假日人多，建議平日來或避開用餐尖峰。"
        ),
        raw(*px_more()),
    ],
    site="小胖的美食日記",
)
page(
    "r21-ru-teletype-bridge-timeline",
    "Russian city channel's post on Teletype.in (the title and channel in the article header, paragraphs, a heading over a dated timeline list, a captioned photo, the channel card with Подписаться, reactions and views, other posts)",
    "r21_teletype",
    "Канавинский мост: как его строили и почему снова ремонтируют",
    "Город НН",
    "2024-05-16T12:00:00+03:00",
    [
        p(
            "С 1 июня Канавинский мост в Нижнем Новгороде закроют на ремонт почти на полгода. Мы вспомнили, как появился один из главных мостов города и сколько раз его уже чинили."
        ),
        p(
            "Мост через Оку соединяет верхнюю часть города с Канавином и Московским вокзалом. По нему каждый день проезжают около 80 тысяч машин."
        ),
        raw(*tl_figure("Канавинский мост в 1933 году. Фото: архив ЦАНО")),
        h("Хронология"),
        _ul(
            "1927 — начало строительства постоянного моста вместо наплавного",
            "1933 — мост открыт для движения",
            "1965 — первая реконструкция, ширину проезжей части увеличили",
            "2009 — замена покрытия и ограждений",
            "2024 — новый ремонт опор и пролётов",
        ),
        p(
            "В мэрии обещают, что общественный транспорт на время ремонта пустят в объезд через Молитовский мост, а для пешеходов оставят одну сторону."
        ),
    ],
    site="Teletype",
)
page(
    "r21-nl-ibexa-interview-haven",
    "Flemish regional paper's interview on Ibexa DXP (an intro under the headline, paragraphs whose speakers' names open them in <strong>, a Lees ook embed between them, a plusartikel paywall teaser, the author box, a newsletter box, Meer nieuws)",
    "r21_ibexa",
    "\u2018De haven moet stiller worden, of we dat nu willen of niet\u2019",
    "Sofie De Wilde",
    "2024-05-16T06:00:00+02:00",
    [
        p(
            "Sinds januari is Els Van Acker havenschepen. Ze wil de haven tegen 2030 elektrisch laten draaien. Niet iedereen is overtuigd."
        ),
        nl_question("Waarom moet het zo snel?"),
        nl_turn(
            "Van Acker",
            "Omdat de mensen in Berendrecht en Zandvliet nu al klagen over lawaai en fijn stof. We kunnen niet tien jaar wachten.",
        ),
        nl_question("De rederijen zeggen dat walstroom te duur is."),
        nl_turn(
            "Van Acker",
            "Dat klopt voor één schip, niet voor een hele kaai. Als we samen investeren, zakt de prijs per aansluiting met de helft. Dat hebben we in Rotterdam gezien.",
        ),
        raw(*nl_also("Walstroom voor cruiseschepen komt er in 2026")),
        nl_question("En als ze weigeren?"),
        nl_turn(
            "Van Acker",
            "Dan komt er een heffing. Maar ik hoop dat het niet nodig is. De meeste bedrijven weten dat dit eraan komt.",
        ),
    ],
    deck="Havenschepen Els Van Acker wil walstroom voor elk schip tegen 2030.",
    site="Gazet van de Schelde",
)
page(
    "r21-de-neos-hausaerzte-data",
    "German public broadcaster's data story on Neos (a consent banner, text nodes, a Flourish chart node with its script, a noscript thumbnail, a text fallback and a source line, a table node, a Methodik heading, Mehr zum Thema, a newsletter teaser)",
    "r21_neos",
    "In jedem dritten Ort in Sachsen fehlt ein Hausarzt",
    "Lena Hoffmann",
    "2024-05-16T06:00:00+02:00",
    [
        neos_text(
            p(
                "In mehr als einem Drittel der sächsischen Gemeinden gibt es keine Hausarztpraxis mehr. Das zeigt eine Auswertung der Daten der Kassenärztlichen Vereinigung durch unsere Datenredaktion."
            ),
            p(
                "Besonders betroffen sind der Erzgebirgskreis und Nordsachsen. Dort kommen auf einen Hausarzt inzwischen mehr als 1.800 Einwohner, im Landesdurchschnitt sind es rund 1.450."
            ),
        ),
        raw(
            *flourish(
                "Einwohner je Hausarzt nach Landkreis",
                "Grafik: Einwohner je Hausarzt in den sächsischen Landkreisen 2024. Höchster Wert: Erzgebirgskreis mit 1.860.",
                "Quelle: Kassenärztliche Vereinigung Sachsen, eigene Berechnung. Grafik: Lena Hoffmann",
            )
        ),
        table(
            [
                ["Landkreis", "Einwohner je Hausarzt", "Praxen ohne Nachfolger"],
                ["Erzgebirgskreis", "1.860", "41"],
                ["Nordsachsen", "1.820", "33"],
                ["Bautzen", "1.590", "28"],
                ["Leipzig (Stadt)", "1.210", "12"],
            ]
        ),
        neos_text(
            p(
                "Jeder vierte Hausarzt in Sachsen ist älter als 60 Jahre. Viele finden keinen Nachfolger für ihre Praxis."
            ),
            h("Methodik", 3),
            p(
                "Wir haben die Zahl der Hausärzte je Gemeinde aus dem Arztregister mit den Einwohnerzahlen des Statistischen Landesamtes vom 31. Dezember 2023 verglichen."
            ),
        ),
    ],
    site="MDR Sachsen",
)
page(
    "r21-it-phpnuke-rotonda",
    "Italian town paper still on PHP-Nuke, one layout table (left blocks with the menu and a poll, the story in a font.content run parted by <br><br> under a title bar and Inviato da ... il ... (347 letture), Stampa | Invia ad un amico, Commenti, right blocks with Pubblicità and Altre notizie)",
    "r21_phpnuke",
    "Inaugurata la rotonda di via Garibaldi dopo due anni di lavori",
    "redazione",
    "2024-05-16T08:12:44+02:00",
    [
        brs(
            "È stata inaugurata ieri mattina la nuova rotonda all'incrocio tra via Garibaldi e la provinciale per Castelnuovo, attesa da oltre due anni. Al taglio del nastro erano presenti il sindaco, la giunta e una cinquantina di cittadini.",
            "I lavori, costati circa 480 mila euro, erano iniziati nella primavera del 2022 e avevano subito diversi rallentamenti per il ritrovamento di tubature non segnate nelle mappe comunali.",
            "\u00abQuesto incrocio era uno dei più pericolosi del paese\u00bb, ha detto il sindaco Luigi Ferrari. \u00abNegli ultimi dieci anni abbiamo contato più di trenta incidenti.\u00bb",
            "Restano da completare l'illuminazione e le aiuole, che saranno pronte entro l'estate.",
        ),
    ],
    site="Il Corriere di Valbruna",
)
page(
    "r21-es-tickaroo-temporal",
    "Spanish regional paper's live blog in Tickaroo's server-rendered embed (a consent banner, tik4-event entries newest first, each a time, a headline and rich text with a Compartir button, Cargar más, the share bar, a comment prompt, Te puede interesar)",
    "r21_tickaroo",
    "Directo | Temporal en Galicia: última hora de las lluvias y el viento",
    "Redacción",
    "2024-05-16T13:05:00+02:00",
    [
        tik_event(
            "13:05",
            "Reabre la AP-9 entre Santiago y Padrón",
            "La Guardia Civil de Tráfico ha reabierto la autopista en ambos sentidos tras retirar los árboles caídos sobre la calzada.",
        ),
        tik_event(
            "12:20",
            "Suspendidas las clases en doce concellos",
            "La Xunta ha suspendido las clases de la tarde en doce concellos de A Coruña y Pontevedra por las rachas de viento, que superan los 100 kilómetros por hora en la costa.",
            "Los comedores escolares funcionarán con normalidad.",
        ),
        tik_event(
            "11:40",
            "Más de 200 incidencias desde la medianoche",
            "El 112 Galicia ha atendido más de 200 incidencias desde la medianoche, la mayoría por caídas de árboles y pequeñas inundaciones en bajos.",
        ),
        tik_event(
            "10:15",
            "Activada la alerta naranja",
            "Meteogalicia ha elevado a naranja el aviso por temporal costero en el litoral de A Coruña y Lugo hasta las 21.00 horas.",
        ),
    ],
    site="Diario Atlántico",
)
page(
    "r21-ja-zenn-postgres-index",
    "Japanese engineer's article on Zenn (the emoji and title header, topic badges, the znc body with headings, paragraphs, a message box, code blocks with file names and a list, the like button, the badge support box, Discussion, the author card and table of contents)",
    "r21_zenn",
    "PostgreSQLでインデックスが使われなかった話",
    "kenta_db",
    "2024-05-16T09:00:00+09:00",
    [
        p(
            "先日、本番環境で急に一覧画面が遅くなるという問題が起きました。調べてみると、あるクエリでインデックスが使われていなかったことが原因でした。この記事ではその調査と対策をまとめます。"
        ),
        zn_message("この記事の内容はPostgreSQL 15で確認しています。"),
        h("原因"),
        p("問題のクエリは、注文テーブルをステータスと作成日時で絞り込むものでした。"),
        zn_code(
            "query.sql",
            "SELECT * FROM orders WHERE lower(status) = 'shipped' ORDER BY created_at DESC LIMIT 50;",
        ),
        p(
            "statusにはインデックスがありましたが、lower()で囲んでいたため使われず、テーブル全体をスキャンしていました。"
        ),
        h("対策"),
        p("関数の結果に対するインデックスを作成しました。"),
        zn_code(
            "migration.sql",
            "CREATE INDEX orders_lower_status_created_at ON orders (lower(status), created_at DESC);",
        ),
        _ul(
            "実行時間は2.3秒から12ミリ秒になりました。",
            "EXPLAIN ANALYZEで実行計画を必ず確認しましょう。",
        ),
    ],
    site="Zenn",
)
page(
    "r21-en-wikinews-kiwi",
    "English Wikinews article on MediaWiki's Vector skin (the site notice, From Wikinews, the free news source you can write!, a bold dateline opening the parser output, a Share this infobox, paragraphs, a Have an opinion on this story? box, Related news and Sources lists under edit links, categories, the licence line)",
    "r21_wikinews",
    "New Zealand conservationists report record kiwi chick numbers",
    "Wikinews",
    "2024-05-16T09:14:00+00:00",
    [
        wn_dateline("Thursday, May 16, 2024"),
        raw(*wn_share()),
        p(
            "Conservation groups in New Zealand have reported the largest number of kiwi chicks hatched in a single season since records began, crediting a decade of predator trapping in the country's North Island."
        ),
        p(
            "The national trust Save the Kiwi said 412 chicks hatched in its monitored areas during the 2023\u20132024 breeding season, up from 286 the season before. Most were North Island brown kiwi."
        ),
        p(
            "Stoats, which kill around half of kiwi chicks in unprotected areas, have been the main target of the trapping network. The trust said chick survival in trapped areas is now above 60 percent."
        ),
        p(
            "The government's Department of Conservation has set a goal of growing the kiwi population to 100,000 birds by 2030. About 70,000 are thought to live in the wild today."
        ),
        raw(*wn_opinion()),
        raw(*wn_section("Related news", "Predator Free 2050 project expands to Wellington suburbs")),
        raw(
            *wn_section(
                "Sources",
                "\u201cRecord season for kiwi chicks\u201d \u2014 Radio New Zealand, May 15, 2024",
                "\u201cKiwi numbers climb as trapping pays off\u201d \u2014 Otago Daily Times, May 15, 2024",
            )
        ),
    ],
    site="Wikinews",
)
page(
    "r21-uk-word-village-hall",
    "Village association's newsletter story written in Microsoft Word and saved as a web page (mso- styles, WordSection1, a MsoTitle headline, an italic byline, MsoNormal paragraphs with empty o:p lines between them, a list whose Symbol bullets Word writes inside <![if !supportLists]>, a MsoTableGrid table, the next meeting and contact lines, a running foot)",
    "r21_word",
    "Village hall roof: work to start in July",
    "Penny Harcourt",
    "2024-05-16T00:00:00+01:00",
    [
        w_p(
            "After three years of fundraising, the association is pleased to report that work on the village hall roof will start on Monday 1 July. The contractor, Dene Roofing of Bridport, expects the job to take six weeks."
        ),
        w_p(
            "The hall will be closed while the work is done. Groups that meet there have been offered rooms at the school and at St Michael\u2019s church:"
        ),
        w_list(
            "The toddler group will meet in the school hall on Tuesday mornings.",
            "Yoga moves to the church room on Thursday evenings.",
            "The July quiz night is postponed to September.",
        ),
        w_p("The cost of the work is shown below. A grant from the district council covers most of it."),
        w_table(
            [
                ["Source", "Amount"],
                ["District council grant", "£18,000"],
                ["Our fundraising", "£9,450"],
                ["Total", "£27,450"],
            ]
        ),
        w_p("Thank you to everyone who baked, ran, sang and sold raffle tickets to make this possible."),
    ],
    site="Ashcombe Village Association",
)
page(
    "r21-us-tribute-obituary-dunbar",
    "Funeral home's obituary on a Tribute Archive-like platform (the portrait, the life dates, Share and Follow this tribute, the tabs, an Obituary for ... heading, the text, a Send flowers box, the Memories & Condolences guest book with a form and four entries, a candle's line among them, Service details)",
    "r21_tribute",
    "Margaret Ellen Dunbar",
    "Wexford & Sons Funeral Home",
    "2024-05-12T12:00:00-05:00",
    [
        p(
            "Margaret Ellen Dunbar, 82, of Greenvale, passed away on Saturday, May 11, 2024, at Greenvale Memorial Hospital after a short illness."
        ),
        p(
            "Margaret was born on August 9, 1941, in Millbrook, Ohio, to Harold and Ruth Pierce. She graduated from Kent State University and taught first grade at Greenvale Elementary School for 37 years, where she was known for the reading corner she filled with books she bought herself."
        ),
        p(
            "She married Robert Dunbar in 1963. Together they raised three children and hosted Sunday dinner for family and friends nearly every week for fifty years. She sang in the choir of First Methodist Church for four decades."
        ),
        p(
            "She is survived by her children, Karen (Mark) Ellis, David (Lisa) Dunbar and Susan Dunbar; seven grandchildren; and two great-grandchildren. She was preceded in death by her husband, Robert, in 2019."
        ),
        p("Memorial contributions may be made to the Greenvale Public Library."),
    ],
    site="Wexford & Sons Funeral Home",
)
page(
    "r21-us-buzzsprout-school-budget",
    "Local news podcast's episode page on Buzzsprout (the show header, the player iframe, the episode's description as the story, a Support the show link and membership line, a Transcript heading over timestamped turns with bold speaker names, Listen on links, More episodes, Powered by Buzzsprout)",
    "r21_buzzsprout",
    "Ep. 41: Why the school district is $4 million short",
    "Nora Castillo",
    "2024-05-16T06:00:00-07:00",
    [
        p(
            "The Valley Unified School District is facing a $4 million gap in next year's budget, and the board has until June 15 to close it. On this episode, education reporter Nora Castillo explains where the shortfall came from and what the district may cut."
        ),
        p(
            "Enrollment has fallen by almost 900 students since 2019, and the federal pandemic money that kept programs running ran out this spring."
        ),
        raw(*bz_support()),
        bz_transcript(
            (
                "00:00",
                "Mark Ruiz",
                "This is The Valley Report. I'm Mark Ruiz. Nora, four million dollars. How did we get here?",
            ),
            (
                "00:09",
                "Nora Castillo",
                "Two things happened at once. The district lost students, and state money follows students. And the one-time federal relief money is gone.",
            ),
            ("00:24", "Mark Ruiz", "So what is on the table?"),
            (
                "00:27",
                "Nora Castillo",
                "The board is looking at closing Lincoln Elementary, cutting bus routes and not filling about forty jobs when people retire. The vote is June 15.",
            ),
        ),
    ],
    site="The Valley Report",
)
page(
    "r21-uk-shopify-bookshop-prize",
    "Bookshop's journal post on a Shopify Dawn theme (an announcement bar, an empty cart drawer, the hero image, the post's title, date and author, rte paragraphs with two product cards with prices and Add to cart between them, Share, Back to blog, a newsletter section, payment icons)",
    "r21_shopify",
    "Our bookseller's novel makes the prize shortlist",
    "The Lantern team",
    "2024-05-16T10:00:00+01:00",
    [
        p(
            "We are thrilled to share that The Salt Road, the first novel by our own bookseller Hannah Greaves, has been shortlisted for the Desmond Elliott Prize for debut fiction."
        ),
        p(
            "Hannah has worked in the shop for six years, mostly on the children's desk, and wrote the book in the early mornings before opening. It follows two sisters who walk the old salt route from Droitwich to the coast in 1851."
        ),
        raw(*shop_product("The Salt Road by Hannah Greaves (signed)", "£16.99")),
        p(
            "The winner will be announced on 27 June. Hannah will read from the book and sign copies at the shop on Saturday 8 June at 3pm. Entry is free, but please book a place as space is limited."
        ),
        raw(*shop_product("Tote bag: The Lantern Bookshop", "£12.00")),
        p("Congratulations, Hannah, from all of us."),
    ],
    site="The Lantern Bookshop",
)
