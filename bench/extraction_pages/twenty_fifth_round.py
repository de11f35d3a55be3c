"""The twenty-fifth round of ``bench/extraction_pages``: pages (``r25-*``) of outlets, platforms and page kinds
the first twenty-four rounds lack, each in a template written here after what the outlet's or platform's pages emit.

Languages: Manipuri in the Meetei Mayek script (a script no round had; a state daily on Mura CMS with a pull quote
repeating its text), Hebrew (right to left, a local site on KeystoneJS whose comments run longer than the story),
German (a regional paper on Jahia with a drop cap in its own element and pull quotes), Japanese (an Ameba blog
post whose paragraphs part at ``<br><br>`` with no ``<p>``), Chinese (a Toutiao photo story with slide counters
"3 / 6"), Spanish (a data story on Bloomreach with a chart's SVG and ``<noscript>`` fallback text and a table),
French (a magazine's web edition from Pugpig with a drop cap) and Korean (a Daum news story whose byline and date
open the first paragraph). English platforms and kinds: a council's help page on Material for MkDocs with numbered
steps, a Qwik site whose story sits in declarative shadow DOM (``<template shadowrootmode="open">``), a
Micro.blog post whose replies run longer than it, a TV station's story on Clickability whose lazy paragraphs are
repeated in ``<noscript>``, a Lume site whose story's ``<article>`` sits beside a second ``<article>`` of related
stories, a Q&A interview on Posthaven with its speakers' names in ``<strong>``, and a story on DatoCMS under a
"listen to this article" player holding its transcript.
The gold of every page was written before nutgraf was run on it: it leaves out headlines, bylines and dates set
apart, decks, pull quotes, slide counters, the chart's drawn labels, photo credits, ad labels, cards, share bars,
newsletter and author boxes, comments and comment prompts, the player and its transcript, the related stories;
it keeps a dateline opening a paragraph as written, the drop cap's letter joined to its word, the gallery's
captions, the data table, the steps, and the interview's speakers' names.
"""

from __future__ import annotations

from articles import page
from fourth_round import _cookie, _doc, _links
from furniture import SKINS
from parts import h, p, raw, table
from thirteenth_round import _lis

# ---------------------------------------------------------------- Manipuri in Meetei Mayek (a pull quote)
_MEETEI = {
    # The Meetei Mayek letters (U+ABC0 on) for a plain romanization: the consonants, then the vowel signs.
    "k": "ꯀ", "s": "ꯁ", "l": "ꯂ", "m": "ꯃ", "p": "ꯄ", "n": "ꯅ", "c": "ꯆ", "t": "ꯇ", "K": "ꯈ", "G": "ꯉ",
    "T": "ꯊ", "w": "ꯋ", "y": "ꯌ", "h": "ꯍ", "U": "ꯎ", "I": "ꯏ", "P": "ꯐ", "A": "ꯑ", "g": "ꯒ", "r": "ꯔ",
    "b": "ꯕ", "j": "ꯖ", "d": "ꯗ", "o": "ꯣ", "i": "ꯤ", "a": "ꯥ", "e": "ꯦ", "u": "ꯨ", "N": "ꯪ", ".": "꯫",
    "0": "꯰", "1": "꯱", "2": "꯲", "3": "꯳", "4": "꯴", "5": "꯵", "6": "꯶", "7": "꯷", "8": "꯸", "9": "꯹",
}  # fmt: skip


def mni(romanized: str) -> str:
    """Manipuri romanized letter for letter (capitals for the aspirates and the vowel letters), given in the
    Meetei Mayek script."""
    return "".join(_MEETEI.get(ch, ch) for ch in romanized)


def mura_mni(page_: dict, article: str) -> str:
    """A Manipur state daily on Mura CMS: a cookie notice, the masthead and menu, ``div.mura-region`` holding
    the headline, the byline and date, a captioned photo with its credit, ``div.mura-body`` (paragraphs, a pull
    quote repeating one, an inline "read also" link), the share bar, the tags, "more news" and the e-paper box."""
    menu = (mni("mnipur"), mni("lmyaNb"), mni("Kel"), mni("lmTi"))
    more = (mni("imPal ksiNd twr Kudm lak"), mni("lmpel sitit nuN kaTok"))
    return _doc(page_, "mni", (
        _cookie(mni("wbsait Asi kuki sijinni."), mni("yai"), mni("henna"))
        + f'<header class="masthead"><a class="brand" href="/">{page_["site"]}</a><ul class="nav">{_links(menu, "/cat/")}</ul></header>'
        '<div class="mura-region"><div class="mura-region-local"><article class="mura-object">'
        f'<h1 class="pageTitle">{page_["title"]}</h1>'
        f'<p class="byline">{page_["author"]} | <time>18.05.2024</time></p>'
        f'<figure class="mura-asset"><img src="/cache/file/loktak.jpg" alt=""><figcaption>{mni("loktak pat")} <span class="credit">{mni("Pto")}: {page_["author"]}</span></figcaption></figure>'
        f'<div class="mura-body">{article}</div>'
        f'<div class="share-bar"><span>{mni("srkAo")}:</span> <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">X</a></div>'
        f'<div class="tags"><a href="/tag/1">{mni("loktak")}</a> <a href="/tag/2">{mni("lmTi")}</a></div></article>'
        f'<aside class="more-news"><h3>{mni("Atoppa pau")}</h3><ul>{_lis(more, "/news/")}</ul></aside>'
        f'<aside class="epaper"><h3>E-Paper</h3><a href="/epaper">{mni("pau lairik pau")}</a></aside></div></div>'
        '<footer><p>© 2024 Poknapham Times. Powered by Mura CMS.</p></footer>'
    ))  # fmt: skip


def mni_pull(romanized: str) -> tuple[str, None]:
    return f'<blockquote class="pull-quote"><p>"{mni(romanized)}"</p></blockquote>', None


def mni_also(romanized: str) -> tuple[str, None]:
    return (
        f'<p class="read-also"><strong>{mni("pa-Ku")}:</strong> <a href="/news/9">{mni(romanized)}</a></p>',
        None,
    )


# ---------------------------------------------------------------- Hebrew (comments longer than the story)
def keystone_he(page_: dict, article: str) -> str:
    """A Haifa neighbourhood site on KeystoneJS 6 (Next.js front end), right to left: a consent bar, the header,
    the headline, the writer and date, a photo with its credit, ``div.post-content`` (a short story), the share
    bar, an author box, a newsletter box, then ``section.comments`` with "תגובות (9)", nine talkbacks with names,
    times and "השב", and a "טען עוד" button; "עוד מהשכונה" after it."""
    talkbacks = (
        ("רונית", "סוף סוף! שנים שאנחנו מחכים שיתקנו את המדרגות האלה, כל חורף מישהו נופל שם."),
        ("אבי מהדר", "יופי, אבל מה עם התאורה? בלילה אי אפשר לראות כלום במדרגות ובשביל שמוביל אליהן."),
        ("שושי", "אני גרה ליד המדרגות ארבעים שנה. לא זוכרת שמישהו אי פעם תיקן אותן. נחכה ונראה."),
        ("דני ל.", "חבל שלוקח חצי שנה. ומה עושים הקשישים בינתיים? הדרך העוקפת ארוכה מאוד ועולה בשיפוע."),
        ("מיכל", "העירייה הבטיחה את זה כבר לפני הבחירות הקודמות. אני אאמין כשאראה את הפועלים."),
        ("יוסי כהן", "כל הכבוד לוועד השכונה שלא ויתר. בלי הלחץ שלהם זה לא היה קורה."),
        ("אנונימי", "למה לא מתקינים מעלית משופעת כמו בעיר התחתית? זה הפתרון היחיד לאנשים עם עגלות."),
        ("נורית", "מקווה שישאירו את העצים בצד המדרגות. הם הדבר היפה היחיד שם."),
        ("גיל", "עבודה טובה לכתבת, תמשיכו לעקוב ולעדכן אותנו מתי מתחילות העבודות בפועל."),
    )
    comments_html = "".join(
        f'<li class="comment"><div class="comment-head"><b>{who}</b> <time>לפני {i + 2} שעות</time></div><p>{text}</p><button>השב</button> <button>👍 {i * 3}</button></li>'
        for i, (who, text) in enumerate(talkbacks)
    )
    return _doc(page_, "he", (
        '<div id="__next">'
        + _cookie("אנו משתמשים בעוגיות לשיפור חוויית הגלישה ולהתאמת פרסומות.", "מאשר", "למדיניות הפרטיות")
        + f'<header class="site-header"><a href="/" class="logo">{page_["site"]}</a><nav><ul>{_links(("חדשות", "הדר", "כרמל", "תרבות", "אירועים"), "/c/")}</ul></nav></header>'
        f'<main><article class="post"><h1>{page_["title"]}</h1><div class="post-meta"><span>{page_["author"]}</span> · <time>20.05.2024</time></div>'
        '<figure><img src="/images/madregot.jpg" alt=""><figcaption>המדרגות ברחוב מסדה (צילום: ארכיון)</figcaption></figure>'
        f'<div class="post-content">{article}</div>'
        '<div class="share"><a href="#">שיתוף בוואטסאפ</a> <a href="#">שיתוף בפייסבוק</a></div>'
        f'<div class="author-box"><b>{page_["author"]}</b><p>כתבת השכונות של האתר. טיפים: news@haifa.example</p></div>'
        '<div class="newsletter"><h3>רוצים לקבל את החדשות מהשכונה?</h3><form><input type="email" placeholder="מייל"><button>הרשמה לניוזלטר</button></form></div></article>'
        f'<section class="comments"><h2>תגובות ({len(talkbacks)})</h2><form><textarea placeholder="כתבו תגובה"></textarea><button>שליחה</button></form><ol>{comments_html}</ol><button class="more">טען עוד תגובות</button></section>'
        f'<aside class="more"><h3>עוד מהשכונה</h3><ul>{_lis(("שוק תלפיות יפתח גם בערבים", "פסטיבל אוכל ברחוב החלוץ"), "/p/")}</ul></aside></main>'
        '<footer><p>© כל הזכויות שמורות</p></footer></div>'
    ), dir_="rtl")  # fmt: skip


# ---------------------------------------------------------------- German (drop cap, pull quotes; Jahia)
def jahia_de(page_: dict, article: str) -> str:
    """A German regional paper on Jahia: a consent layer, the header and ressorts, the breadcrumb, the kicker,
    headline and teaser, the author and date, a photo with "Foto:" credit, ``div.richtext`` (a drop cap in a
    ``span``, paragraphs, pull quotes repeating the text, an inline "Mehr zum Thema" box, an ad slot), a
    "Zum Weiterlesen" paywall teaser under it, the share bar, the author box and "Meistgelesen"."""
    return _doc(page_, "de", (
        '<div class="consent-layer" role="dialog"><h3>Wir respektieren Ihre Privatsphäre</h3><p>Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Werbung auszuspielen.</p><button>Alle akzeptieren</button> <a href="/datenschutz">Einstellungen</a></div>'
        f'<header class="header"><a href="/" class="logo">{page_["site"]}</a><ul class="ressorts">{_links(("Region", "Politik", "Wirtschaft", "Sport", "Kultur"), "/ressort/")}</ul></header>'
        '<nav class="breadcrumb"><a href="/">Startseite</a> › <a href="/ressort/0">Region</a></nav>'
        f'<main><article class="article"><span class="kicker">Nahverkehr</span><h1>{page_["title"]}</h1><p class="teaser">{page_["deck"]}</p>'
        f'<div class="meta">Von <span class="author">{page_["author"]}</span> · <time>17.05.2024, 18:30 Uhr</time></div>'
        '<figure><img src="/files/strassenbahn.jpg" alt=""><figcaption>Die neue Linie soll ab 2027 fahren. Foto: Stadtwerke</figcaption></figure>'
        f'<div class="richtext">{article}</div>'
        '<div class="paywall-teaser"><p>Sie möchten mehr aus Ihrer Region lesen? Jetzt 4 Wochen für 0,99 € testen.</p><a class="button" href="/abo">Jetzt testen</a></div>'
        '<div class="share"><a href="#">Teilen</a> <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">E-Mail</a></div>'
        f'<div class="author-box"><b>{page_["author"]}</b><p>Redakteurin im Lokalressort, schreibt über Verkehr und Stadtplanung.</p></div></article>'
        f'<aside class="most-read"><h3>Meistgelesen</h3><ol>{_lis(("Stau auf der B 10: Brücke gesperrt", "Neues Freibad öffnet im Juni"), "/artikel/")}</ol></aside></main>'
        '<footer><p>© 2024 Neckar-Bote</p></footer>'
    ))  # fmt: skip


def de_pull(text: str) -> tuple[str, None]:
    return f'<blockquote class="quote-box"><p>„{text}“</p></blockquote>', None


def de_more(title: str) -> tuple[str, None]:
    return (
        f'<div class="inline-box"><span class="label">Mehr zum Thema</span> <a href="/artikel/55">{title}</a></div>',
        None,
    )


def de_ad() -> tuple[str, None]:
    return '<div class="ad-slot"><span>Anzeige</span><div id="div-gpt-ad-1"></div></div>', None


# ---------------------------------------------------------------- Japanese (<br><br> text; Ameba blog)
def ameblo_ja(page_: dict, article: str) -> str:
    """An Ameba blog post: the blog's header, the "フォロー" and "読者になる" buttons, the title, the theme and
    date, ``div#entryBody`` whose paragraphs part at ``<br><br>`` (no ``<p>``), a photo, the "いいね！" bar, the
    reblog and share links, "関連する記事", the blog's "人気記事" and "コメントする"."""
    return _doc(page_, "ja", (
        f'<div class="skin-header"><h2 class="skin-blogTitle"><a href="/">{page_["site"]}</a></h2><p>日々の暮らしと旅のこと</p>'
        '<a class="follow" href="#">フォロー</a> <a class="reader" href="#">読者になる</a></div>'
        f'<main><article class="skin-entry"><h1 class="skin-entryTitle">{page_["title"]}</h1>'
        '<div class="skin-entryHead"><span class="theme">テーマ：<a href="/theme/1">旅行</a></span> <time>2024-05-19 21:04:11</time></div>'
        f'<div id="entryBody" class="skin-entryBody">{article}</div>'
        '<div class="skin-reactionArea"><button>いいね！</button> <span>128</span> <a href="#">リブログ</a> <a href="#">シェア</a> <a href="#">ツイート</a></div></article>'
        f'<section class="related"><h3>関連する記事</h3><ul>{_lis(("金沢の朝市めぐり", "能登の温泉で一泊"), "/entry-")}</ul></section>'
        f'<aside class="popular"><h3>人気記事</h3><ol>{_lis(("初めての京都ひとり旅", "おすすめの旅行バッグ"), "/entry-")}</ol></aside>'
        '<div class="comment-cta"><a href="#">コメントする</a></div></main>'
        '<footer><p>Ameba by CyberAgent</p></footer>'
    ))  # fmt: skip


def br_paras(*paragraphs: str) -> tuple[str, str]:
    """Paragraphs parted by ``<br><br>`` only, as a blog editor writes them."""
    return "<br><br>".join(paragraphs) + "<br><br>", "\n\n".join(paragraphs)


# ---------------------------------------------------------------- Chinese (slide counters; Toutiao)
def toutiao_zh(page_: dict, article: str) -> str:
    """A Toutiao (今日头条) photo story: the top bar with "下载APP", the title, the account, the date and "关注",
    ``div.article-content`` (an intro, then slides each with a "3 / 6" counter, a photo and its caption), the
    "举报" link, the likes bar, "相关推荐" and a comment box with "写评论..."."""
    return _doc(page_, "zh-CN", (
        f'<div class="top-bar"><a class="logo" href="/">今日头条</a> <a href="/download">下载APP</a> <a href="/login">登录</a></div>'
        f'<main><div class="article-box"><h1 class="article-title">{page_["title"]}</h1>'
        f'<div class="article-meta"><span class="name">{page_["author"]}</span> <span class="time">2024-05-18 10:21</span> <button class="follow">关注</button></div>'
        f'<div class="article-content">{article}</div>'
        '<a class="report" href="#">举报</a><div class="article-actions"><span>赞 356</span> <span>收藏</span> <span>分享</span></div></div>'
        f'<section class="recommend"><h3>相关推荐</h3><ul>{_lis(("洱海边的古村落", "云南最美的梯田"), "/article/")}</ul></section>'
        '<div class="comment-box"><textarea placeholder="写评论..."></textarea><button>发布</button></div></main>'
    ))  # fmt: skip


def slide(number: int, total: int, caption: str) -> tuple[str, str]:
    return (
        f'<div class="pgc-img"><span class="slide-counter">{number} / {total}</span><img src="/img/{number}.jpg" alt="">'
        f'<p class="pgc-img-caption">{caption}</p></div>',
        caption,
    )


# ---------------------------------------------------------------- Spanish (a data story; Bloomreach)
def bloomreach_es(page_: dict, article: str) -> str:
    """A Spanish daily's data story on Bloomreach Experience Manager: a consent modal, the header, the
    "Datos" kicker, the headline and subtitle, the byline, ``div.article-body`` (paragraphs, a chart drawn in an
    inline ``<svg>`` with its labels and a ``<noscript>`` fallback image, its "Fuente:" caption, a table), the
    "Metodología" box at the foot, the newsletter box, "Te puede interesar" and a subscription teaser."""
    return _doc(page_, "es", (
        _cookie("Utilizamos cookies propias y de terceros para mejorar nuestros servicios.", "Aceptar y continuar", "Configurar")
        + f'<header class="hdr"><a class="logo" href="/">{page_["site"]}</a><ul>{_links(("España", "Internacional", "Economía", "Datos"), "/s/")}</ul></header>'
        f'<main><article class="article"><span class="kicker">Datos</span><h1>{page_["title"]}</h1><h2 class="subtitle">{page_["deck"]}</h2>'
        f'<div class="byline">{page_["author"]} · Madrid · 16 may 2024 - 07:00 CEST</div>'
        f'<div class="article-body">{article}</div>'
        '<div class="newsletter"><h3>Newsletter de Datos</h3><p>Los gráficos de la semana, cada viernes.</p><form><input type="email"><button>Apuntarme</button></form></div></article>'
        f'<section class="related"><h3>Te puede interesar</h3><ul>{_lis(("El precio del alquiler sube un 9%", "¿Cuánto cuesta vivir en Madrid?"), "/datos/")}</ul></section>'
        '<div class="subscribe-teaser"><p>Suscríbete para seguir leyendo sin límites.</p><a href="/suscripcion">Suscríbete</a></div></main>'
        '<footer><p>© Diario Central</p></footer>'
    ))  # fmt: skip


def es_chart() -> tuple[str, None]:
    bars = "".join(
        f'<rect x="{40 + i * 60}" y="{200 - v}" width="40" height="{v}"></rect><text x="{40 + i * 60}" y="215">{y}</text><text x="{40 + i * 60}" y="{195 - v}">{v / 10:.1f}</text>'
        for i, (y, v) in enumerate(((2019, 112), (2020, 98), (2021, 121), (2022, 139), (2023, 152)))
    )
    return (
        '<figure class="chart"><svg viewBox="0 0 360 220" role="img"><title>Viviendas turísticas por cada 100 habitantes</title>'
        f'{bars}</svg><noscript><img src="/graficos/viviendas.png" alt="Gráfico de barras: viviendas turísticas por cada 100 habitantes, 2019-2023"></noscript>'
        "<figcaption>Fuente: INE. Gráfico: Diario Central</figcaption></figure>",
        None,
    )


# ---------------------------------------------------------------- French (drop cap; Pugpig web edition)
def pugpig_fr(page_: dict, article: str) -> str:
    """A French weekly's web edition from Pugpig Bolt: the edition bar ("Numéro du 17 mai"), the section, the
    headline, the chapô, the author and date, ``div.pp-article__body`` (a drop cap in ``span.lettrine``, the
    paragraphs, an inline "À lire aussi" card), the "Réservé aux abonnés" paywall teaser under it, the share bar,
    the author's box and the edition's other articles."""
    return _doc(page_, "fr", (
        _cookie("Nous utilisons des cookies pour mesurer l'audience et vous proposer des contenus adaptés.", "Tout accepter", "Paramétrer")
        + f'<div class="pp-edition-bar"><a href="/">{page_["site"]}</a> <span>Numéro du 17 mai 2024</span> <a href="/editions">Tous les numéros</a></div>'
        f'<main><article class="pp-article"><span class="pp-article__section">Société</span><h1 class="pp-article__headline">{page_["title"]}</h1>'
        f'<p class="pp-article__standfirst">{page_["deck"]}</p>'
        f'<div class="pp-article__byline">Par {page_["author"]} · Publié le 17/05/2024</div>'
        f'<div class="pp-article__body">{article}</div>'
        '<div class="pp-paywall"><p>Il vous reste 70 % de cet article à lire. La suite est réservée aux abonnés.</p><a href="/abonnement">Je m\'abonne</a> <a href="/connexion">Déjà abonné ? Se connecter</a></div>'
        '<div class="pp-share"><a href="#">Partager</a> <a href="#">Copier le lien</a></div>'
        f'<div class="pp-author"><b>{page_["author"]}</b><p>Journaliste au service Société.</p></div></article>'
        f'<aside class="pp-edition"><h3>Dans ce numéro</h3><ul>{_lis(("La ruée vers les petites villes", "Le retour des trains de nuit"), "/article/")}</ul></aside></main>'
    ))  # fmt: skip


def fr_also(title: str) -> tuple[str, None]:
    return (
        f'<aside class="pp-related-inline"><span>À lire aussi</span> <a href="/article/12">{title}</a></aside>',
        None,
    )


# ---------------------------------------------------------------- Korean (byline and date in the first paragraph; Daum)
def daum_ko(page_: dict, article: str) -> str:
    """A Daum (카카오) news story: the GNB with the sections, the outlet's logo, the headline, the writer and
    "입력", a "요약보기" button, a text-size tool, ``div.article_view`` (a photo with "사진=" credit, paragraphs
    whose first opens with the outlet, place, writer and "기자 =", the reporter's e-mail line), the copyright
    line, "추천해요" reactions, "이 기사 어떠셨나요?", "많이 본 뉴스" and the comment count."""
    return _doc(page_, "ko", (
        f'<div id="kakaoHead"><a href="/" class="logo">다음뉴스</a><ul class="gnb">{_links(("홈", "사회", "정치", "경제", "국제"), "/s/")}</ul></div>'
        f'<main><div class="head_view"><em class="info_cp"><img alt="{page_["site"]}" src="/cp/logo.png"></em><h3 class="tit_view">{page_["title"]}</h3>'
        f'<span class="info_view"><span class="txt_info">{page_["author"]}</span> <span class="txt_info">입력 2024. 5. 18. 14:02</span></span>'
        '<button class="btn_summary">요약보기</button> <button class="btn_font">글씨크기 조절하기</button></div>'
        f'<div class="article_view" data-translation-body>{article}</div>'
        f'<p class="txt_copyright">Copyright © {page_["site"]}. 무단전재 및 재배포 금지.</p>'
        '<div class="emotion_wrap"><span>추천해요 12</span> <span>좋아요 40</span> <span>감동이에요 3</span> <span>화나요 8</span> <span>슬퍼요 1</span></div>'
        '<div class="survey">이 기사 어떠셨나요?</div>'
        f'<section class="ranking"><h4>많이 본 뉴스</h4><ol>{_lis(("폭염 특보 확대", "주말 나들이 인파"), "/v/")}</ol></section>'
        '<a class="comment_count" href="#comments">댓글 27</a></main>'
    ))  # fmt: skip


# ---------------------------------------------------------------- English: Material for MkDocs (numbered steps)
def mkdocs_steps(page_: dict, article: str) -> str:
    """A council's help site on Material for MkDocs: the header with search and the tabs, the left nav, the
    right "Table of contents", ``article.md-content__inner.md-typeset`` (the title, an intro, numbered steps as
    an ``ol`` of ``li`` with bold step names, a heading), the "Last update" line, "Was this page helpful?",
    the previous and next links and "Made with Material for MkDocs"."""
    return _doc(page_, "en", (
        f'<header class="md-header"><a class="md-logo" href="/">{page_["site"]}</a><div class="md-search"><input placeholder="Search"></div></header>'
        f'<nav class="md-tabs"><ul>{_links(("Bins and recycling", "Council tax", "Parking", "Housing"), "/help/")}</ul></nav>'
        '<div class="md-container"><main class="md-main"><div class="md-main__inner md-grid">'
        f'<div class="md-sidebar md-sidebar--primary"><nav class="md-nav"><ul>{_links(("Collection days", "Missed bins", "Garden waste", "Bulky items"), "/bins/")}</ul></nav></div>'
        '<div class="md-sidebar md-sidebar--secondary"><nav class="md-nav md-nav--secondary"><label>Table of contents</label><ul><li><a href="#before-you-start">Before you start</a></li><li><a href="#after-you-book">After you book</a></li></ul></nav></div>'
        f'<div class="md-content"><article class="md-content__inner md-typeset"><h1>{page_["title"]}</h1>{article}'
        '<aside class="md-source-file"><span class="md-source-file__fact">Last update: May 14, 2024</span></aside>'
        '<form class="md-feedback"><h5>Was this page helpful?</h5><button>Yes</button> <button>No</button></form></article></div>'
        '</div></main><nav class="md-footer__inner"><a href="/bins/missed">Previous: Missed bins</a> <a href="/bins/garden">Next: Garden waste</a></nav>'
        '<footer class="md-footer"><p>Made with <a href="https://squidfunk.github.io/mkdocs-material/">Material for MkDocs</a></p></footer></div>'
    ), ld=False)  # fmt: skip


def steps(*items: tuple[str, str]) -> tuple[str, str]:
    lis = "".join(f"<li><p><strong>{name}.</strong> {text}</p></li>" for name, text in items)
    return f"<ol>{lis}</ol>", "\n".join(f"{name}. {text}" for name, text in items)


# ---------------------------------------------------------------- English: Qwik with declarative shadow DOM
def qwik_shadow(page_: dict, article: str) -> str:
    """A climate newsroom's site on Qwik City whose story component renders into declarative shadow DOM: the
    header, a consent bar, ``<story-body>`` holding ``<template shadowrootmode="open">`` with its styles and the
    paragraphs, then a donation box, a newsletter box, "More stories" and the footer."""
    return _doc(page_, "en", (
        '<div q:container="paused" q:version="1.5">'
        + _cookie("We use cookies to understand how our journalism is read.", "OK", "Privacy")
        + f'<header class="site-header"><a href="/">{page_["site"]}</a><ul>{_links(("Climate", "Energy", "Oceans", "Data"), "/topic/")}</ul></header>'
        f'<main><h1>{page_["title"]}</h1><p class="byline">By {page_["author"]} · May 15, 2024</p>'
        '<story-body><template shadowrootmode="open"><style>:host{display:block;font:18px/1.6 Georgia,serif}</style>'
        f'<div class="prose">{article}</div></template></story-body>'
        '<div class="donate"><h3>Our reporting is free. It is not cheap.</h3><p>Chip in to keep climate journalism open to everyone.</p><a href="/donate">Donate now</a></div>'
        '<div class="newsletter"><h3>The Weekly Thaw</h3><form><input type="email" placeholder="you@example.com"><button>Sign up</button></form></div>'
        f'<section class="more"><h3>More stories</h3><ul>{_lis(("Coral spawning shifts earlier", "The grid is ready for heat pumps"), "/story/")}</ul></section></main>'
        '<footer><p>© 2024 Thaw Desk</p></footer></div>'
    ))  # fmt: skip


# ---------------------------------------------------------------- English: Micro.blog (replies longer than the post)
def microblog(page_: dict, article: str) -> str:
    """A Micro.blog hosted blog post: the blog's title and nav, ``article.h-entry`` with the post's
    ``div.e-content`` and the date link, then "Reply on Micro.blog" and a replies section (``div.microblog_conversation``)
    whose eight replies run longer than the post."""
    replies = (
        (
            "jenna",
            "We had the same thing happen with our allotment last year. The council took months to reply and in the end we fixed the fence ourselves with pallets.",
        ),
        (
            "pmarsh",
            "Great write-up. Do you know whether the new rules apply to the plots on Mill Lane as well, or only the ones by the river? I could not find anything on the website.",
        ),
        (
            "oldgrowth",
            "Water butts are the answer. We collect about 800 litres from the shed roof and have not used the tap since April. Happy to show anyone how to plumb them in.",
        ),
        (
            "kmw",
            "Sad to hear about the hedgehog. We put a little house under the compost bins and one has been living there two summers now.",
        ),
        (
            "danielle",
            "Thanks for this. I did not know the committee meetings were open to tenants. Will try to come to the next one and raise the parking issue.",
        ),
        (
            "rob",
            "The rent rise is steep but still cheaper than most places around here. What annoys me is that nobody asked us first.",
        ),
        (
            "tinyfarm",
            "Lovely photos of the broad beans! Ours were eaten by blackfly again, any tips welcome.",
        ),
        (
            "jenna",
            "@tinyfarm pinch out the tops once the first pods set, the blackfly go for the soft growth. Works for us most years.",
        ),
    )
    items = "".join(
        f'<div class="microblog_reply"><a class="microblog_reply_author" href="https://micro.blog/{who}">@{who}</a> '
        f'<span class="microblog_reply_date">May {12 + i % 3}, 2024</span><div class="microblog_reply_text"><p>{text}</p></div></div>'
        for i, (who, text) in enumerate(replies)
    )
    return _doc(page_, "en", (
        f'<header><h1 class="site-title"><a href="/">{page_["site"]}</a></h1><nav><a href="/about/">About</a> <a href="/archive/">Archive</a> <a href="/photos/">Photos</a></nav></header>'
        f'<main><article class="h-entry post"><h2 class="p-name">{page_["title"]}</h2>'
        f'<div class="e-content">{article}</div>'
        '<footer class="post-info"><a class="u-url" href="#"><time class="dt-published">May 12, 2024</time></a></footer></article>'
        '<p class="reply"><a href="https://micro.blog/allotmentnotes/1">Reply on Micro.blog</a></p>'
        f'<div class="microblog_conversation"><h3>Replies</h3>{items}</div></main>'
        '<footer class="site-footer"><p>Powered by Micro.blog</p></footer>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- English: Clickability (lazy paragraphs repeated in <noscript>)
def clickability(page_: dict, article: str) -> str:
    """A local TV station's story on Clickability (a Frankly-era platform): the station's header with "Watch
    live", a weather alert bar, the headline, the author and "Updated", a video player, ``div.story-body``
    whose paragraphs after the first two load lazily, each written once for the script and once in
    ``<noscript>``, an inline "RELATED:" link, ad slots, "Copyright 2024 ... All rights reserved.", the
    app-download box and "Trending"."""
    return _doc(page_, "en", (
        f'<header class="station-header"><a href="/">{page_["site"]}</a><ul>{_links(("News", "Weather", "Sports", "Watch live", "Contests"), "/category/")}</ul></header>'
        '<div class="alert-bar"><strong>WEATHER ALERT:</strong> <a href="/weather">Severe thunderstorm watch until 9 p.m.</a></div>'
        f'<main><div class="story"><h1 class="headline">{page_["title"]}</h1><div class="byline">By {page_["author"]} <span class="updated">Updated: 6:41 PM CDT May 16, 2024</span></div>'
        '<div class="video-player"><div class="player-placeholder">Video: Watch the report</div></div>'
        f'<div class="story-body">{article}</div>'
        '<p class="copyright">Copyright 2024 KTVW. All rights reserved.</p>'
        '<div class="app-box"><p>Download the KTVW News app for breaking news alerts.</p><a href="/apps">Get the app</a></div></div>'
        f'<aside class="trending"><h3>Trending</h3><ul>{_lis(("Man arrested after chase on I-35", "Pool openings delayed by rain"), "/story/")}</ul></aside></main>'
    ))  # fmt: skip


def lazy(text: str) -> tuple[str, str]:
    """A paragraph a script reveals, written again in ``<noscript>`` for readers without it."""
    return (
        f'<p class="lazy-paragraph" data-lazy="true" style="display:none">{text}</p><noscript><p>{text}</p></noscript>',
        text,
    )


def ctv_related(title: str) -> tuple[str, None]:
    return f'<p><strong>RELATED:</strong> <a href="/story/5">{title}</a></p>', None


def ctv_ad(n: int) -> tuple[str, None]:
    return f'<div class="ad-container" id="ad-{n}"><span class="ad-label">Advertisement</span></div>', None


# ---------------------------------------------------------------- English: Lume (a second <article> of related stories)
def lume_two_articles(page_: dict, article: str) -> str:
    """A city magazine's site built with Lume (Deno): the header, ``main`` holding the story's ``<article>`` (the
    headline, the byline, the photo, the paragraphs) and beside it a second ``<article class="related">`` whose
    stories each carry a heading and a summary paragraph, then a newsletter box."""
    related = (
        (
            "A new bakery opens in the old fire station",
            "The owners spent two years restoring the building, which had stood empty since 2009. Queues formed before the doors opened at seven.",
        ),
        (
            "Tram extension gets a date",
            "Work on the line to the university will start in September and take three years, the transport authority said on Monday.",
        ),
        (
            "The last record shop on King Street",
            "After forty years, Vinyl Vault is still trading, helped by a new generation of buyers who were not born when it opened.",
        ),
    )
    cards = "".join(
        f'<section class="card"><h3><a href="/stories/{i}">{t}</a></h3><p>{s}</p></section>'
        for i, (t, s) in enumerate(related)
    )
    return _doc(page_, "en", (
        _cookie("This site uses cookies for analytics.", "Accept", "Decline")
        + f'<header><a href="/" class="brand">{page_["site"]}</a><nav><ul>{_links(("City", "Food", "Culture", "Events"), "/c/")}</ul></nav></header>'
        f'<main class="layout"><article class="story"><h1>{page_["title"]}</h1><p class="byline">Words by {page_["author"]} · 13 May 2024</p>'
        '<figure><img src="/img/market.jpg" alt=""><figcaption>Stallholders set up at dawn. Photo: Lena Ortiz</figcaption></figure>'
        f'{article}</article>'
        f'<article class="related"><h2>Related stories</h2>{cards}</article></main>'
        '<aside class="newsletter"><h3>Get the weekend guide</h3><form><input type="email"><button>Subscribe</button></form></aside>'
        '<footer><p>Built with Lume</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- English: Posthaven (a Q&A with speakers in <strong>)
def posthaven_qa(page_: dict, article: str) -> str:
    """A literary podcast's site on Posthaven: the site's header, the post's title and date, ``div.post-body``
    (an intro, then the interview, each turn a ``p`` opening with the speaker's name in ``strong``), the
    "Tags", the "Subscribe to ..." box, "Posted by" and the "← Prev / Next →" links."""
    return _doc(page_, "en", (
        f'<header id="header"><h1 class="site-title"><a href="/">{page_["site"]}</a></h1><p>Conversations with writers</p></header>'
        f'<main><article class="post"><header class="post-header"><h2 class="post-title">{page_["title"]}</h2><div class="posted-at">May 10, 2024</div></header>'
        f'<div class="post-body">{article}</div>'
        '<div class="post-tags">Tags: <a href="/tag/interviews">interviews</a>, <a href="/tag/fiction">fiction</a></div>'
        f'<div class="subscribe-box"><p>Subscribe to {page_["site"]}</p><form><input type="email"><button>Subscribe</button></form></div>'
        f'<div class="posted-by">Posted by {page_["author"]}</div></article>'
        '<nav class="pagination"><a href="/prev">← Prev</a> <a href="/next">Next →</a></nav></main>'
        '<footer><p>Powered by Posthaven</p></footer>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- English: DatoCMS (a listen player with its transcript)
def dato_listen(page_: dict, article: str) -> str:
    """A business news site on DatoCMS (a Next.js front end): a consent bar, the header, the
    headline, the standfirst, the byline, a "Listen to this article" player whose ``details`` holds the
    voice's transcript (the story again), ``div.article-body`` (paragraphs, a "Read more" card, an inline
    advert), the share bar, the author box and "Most popular"."""
    transcript = page_["transcript"]
    return _doc(page_, "en", (
        _cookie("We and our partners use cookies to personalise ads.", "Accept all", "Manage options")
        + f'<header class="masthead"><a href="/">{page_["site"]}</a><ul>{_links(("Markets", "Companies", "Tech", "Work"), "/s/")}</ul></header>'
        f'<main><article><h1>{page_["title"]}</h1><p class="standfirst">{page_["deck"]}</p><p class="byline">{page_["author"]} · May 17, 2024</p>'
        '<div class="audio-player"><button class="play">Listen to this article</button> <span class="duration">3 min</span>'
        '<details class="transcript"><summary>Read transcript</summary><div class="transcript-text">'
        + "".join(f"<p>{x}</p>" for x in transcript)
        + '</div></details><p class="voice-note">Voiced by artificial intelligence.</p></div>'
        f'<div class="article-body">{article}</div>'
        '<div class="share"><a href="#">Share on LinkedIn</a> <a href="#">Share on X</a> <a href="#">Copy link</a></div>'
        f'<div class="author-box"><b>{page_["author"]}</b><p>Retail correspondent. Follow her on LinkedIn.</p></div></article>'
        f'<aside class="popular"><h3>Most popular</h3><ol>{_lis(("Rates on hold again", "The four-day week, a year on"), "/story/")}</ol></aside></main>'
    ))  # fmt: skip


SKINS.update(
    r25_mura=mura_mni,
    r25_keystone=keystone_he,
    r25_jahia=jahia_de,
    r25_ameblo=ameblo_ja,
    r25_toutiao=toutiao_zh,
    r25_bloomreach=bloomreach_es,
    r25_pugpig=pugpig_fr,
    r25_daum=daum_ko,
    r25_mkdocs=mkdocs_steps,
    r25_qwik=qwik_shadow,
    r25_microblog=microblog,
    r25_clickability=clickability,
    r25_lume=lume_two_articles,
    r25_posthaven=posthaven_qa,
    r25_dato=dato_listen,
)

page(
    "r25-mni-mura-pull-quote",
    "Manipuri state daily in Meetei Mayek on Mura CMS with a pull quote repeating its text (a cookie notice, the masthead, the headline, byline and date, a photo with credit, paragraphs, a pull quote, a read-also link, the share bar, tags, more news, the e-paper box)",
    "r25_mura",
    mni("loktak patta Ksi TonTokpa hoNlkle"),
    mni("tombi dev"),
    "2024-05-18T10:00:00+05:30",
    [
        p(
            mni(
                "loktak patta Ksi TonTokpa TbK asi meyai 20 gi nuNid hoNlkle. lmyaNb smiti na wai 3 gi mtuN Ksi asi lokpa tai."
            )
        ),
        p(
            mni(
                "smiti gi Akiba ibomca sinN na haibdi, pat asi gi isiN asi Ksi na mtu Kmnle. nuNsiN mi lisiN 10 na pat asi da kaT kur."
            )
        ),
        mni_pull("pat asi gi isiN asi Ksi na mtu Kmnle."),
        p(mni("sirkar na Ksi TonTokpa gi dmk lupa krur 12 pinNe. TbK asi pat gi mpan mpan da cotkni.")),
        mni_also("imPal da Kudm Anoub paNTok"),
        p(mni("lmyaNb gi mi Kra na TbK asi nuNsi. mKoi na haibdi pat asi sNbna Kudm Tou.")),
    ],
    site="Poknapham Times",
)
page(
    "r25-he-keystone-long-comments",
    "Hebrew (right to left) neighbourhood site on KeystoneJS whose comments run longer than the story (a consent bar, the headline, writer and date, a photo with credit, four short paragraphs, the share bar, an author box with a tips address, a newsletter box, nine talkbacks with names, times and reply buttons, more from the neighbourhood)",
    "r25_keystone",
    "העירייה תשפץ את המדרגות ברחוב מסדה",
    "הילה אברהם",
    "2024-05-20T09:00:00+03:00",
    [
        p(
            "עיריית חיפה אישרה השבוע תקציב של 2.4 מיליון שקל לשיפוץ המדרגות ברחוב מסדה, המחברות בין הדר לשכונת הכרמל."
        ),
        p(
            "המדרגות, שנבנו בשנות השלושים, סובלות משקיעות ומאבנים שבורות. בשנה האחרונה התקבלו במוקד העירוני 37 פניות על מפגעים במקום."
        ),
        p(
            "לפי העירייה, העבודות יתחילו באוקטובר ויימשכו כחצי שנה. במהלכן ייסגרו המדרגות לסירוגין, והולכי הרגל יופנו לדרך עוקפת דרך רחוב הרצליה."
        ),
        p("ועד השכונה מסר כי הוא מברך על ההחלטה, אך ביקש מהעירייה להוסיף תאורה ומעקות חדשים."),
    ],
    site="חיפה שלי",
)
page(
    "r25-de-jahia-dropcap-pull-quotes",
    "German regional paper on Jahia with a drop cap in its own element and pull quotes repeating the text (a consent layer, the kicker, headline and teaser, the author and date, a photo with Foto credit, a span drop cap, paragraphs, two quote boxes, a Mehr zum Thema box, an Anzeige slot, a paywall teaser, the share bar, an author box, Meistgelesen)",
    "r25_jahia",
    "Straßenbahn nach Wendlingen: Gemeinderat gibt grünes Licht",
    "Sabine Köhler",
    "2024-05-17T18:30:00+02:00",
    [
        p(
            '<span class="dropcap">D</span>er Gemeinderat hat am Donnerstagabend mit großer Mehrheit beschlossen, die Straßenbahn bis nach Wendlingen zu verlängern. Die neue Strecke soll sieben Kilometer lang werden und fünf Haltestellen bekommen.'
        ),
        p(
            "Die Kosten schätzt die Stadtverwaltung auf 148 Millionen Euro. Bund und Land sollen davon rund drei Viertel übernehmen."
        ),
        de_pull("Wir holen damit zwanzig Jahre Stillstand nach"),
        p(
            "„Wir holen damit zwanzig Jahre Stillstand nach“, sagte Oberbürgermeister Martin Berger in der Sitzung. Die Opposition kritisierte vor allem den Zeitplan."
        ),
        de_ad(),
        p(
            "Die Bauarbeiten sollen 2025 beginnen. Wenn alles nach Plan läuft, fahren die ersten Bahnen Ende 2027."
        ),
        de_more("Busnetz wird im Sommer umgebaut"),
        de_pull("Wenn alles nach Plan läuft, fahren die ersten Bahnen Ende 2027"),
        p(
            "Anwohner an der geplanten Trasse hatten in den vergangenen Monaten mehr als 2000 Unterschriften gegen die Führung durch die Bahnhofstraße gesammelt. Die Stadt will die Pläne dort noch einmal prüfen."
        ),
    ],
    site="Neckar-Bote",
    deck="Die Linie soll 2027 fahren. Die Kosten liegen bei 148 Millionen Euro.",
)
page(
    "r25-ja-ameblo-br-paragraphs",
    "Japanese Ameba blog post whose paragraphs part at br br with no p (the blog header with follow and reader buttons, the title, theme and date, br-parted text with a photo, the like and reblog bar, related entries, popular entries, a comment link)",
    "r25_ameblo",
    "雨の日の金沢、21世紀美術館へ",
    "ゆきの",
    "2024-05-19T21:04:11+09:00",
    [
        br_paras(
            "こんばんは、ゆきのです。",
            "週末は金沢へ一泊で出かけてきました。あいにくの雨だったので、予定を変えて金沢21世紀美術館で半日過ごすことにしました。",
            "朝9時の開館に合わせて行ったのですが、すでに20人ほど並んでいました。雨の日はみんな考えることが同じですね。",
        ),
        raw('<img src="/user_images/museum.jpg" alt="" width="400"><br><br>', None),
        br_paras(
            "有名なプールの作品は、思ったより小さかったです。でも下から見上げると、水の中にいるような不思議な気分になりました。",
            "お昼は美術館のカフェでランチプレートを食べました。地元の野菜がたくさん使われていて、とてもおいしかったです。",
            "次は晴れた日に兼六園にも行きたいと思います。",
        ),
    ],
    site="ゆきのの旅ノート",
)
page(
    "r25-zh-toutiao-slide-counters",
    "Chinese Toutiao photo story with slide counters (the top bar with download and login, the title, the account and date with a follow button, an intro, six slides each with a 3 / 6 counter, photo and caption, the report link, likes, recommendations, a comment box)",
    "r25_toutiao",
    "雨季前的元阳梯田：一年中最美的灌水季",
    "云南旅行家",
    "2024-05-18T10:21:00+08:00",
    [
        p("每年四月到五月，元阳的梯田都会灌满水，等待插秧。这是一年中梯田最美的时候，吸引了大批摄影爱好者。"),
        slide(1, 6, "清晨六点的多依树梯田，云海从山谷里慢慢升起，水面倒映着天空的颜色。"),
        slide(2, 6, "哈尼族村民在田埂上修整水渠。梯田的水全靠山上的森林和沟渠供给，已经延续了一千三百多年。"),
        slide(3, 6, "坝达梯田的日落。这里的梯田最多有三千多级，从山脚一直延伸到山顶。"),
        slide(4, 6, "老虎嘴梯田的线条像一幅画。当地人说，从这里看到的形状像一匹奔跑的骏马。"),
        slide(5, 6, "箐口村的蘑菇房是哈尼族的传统民居，屋顶用茅草铺成。"),
        slide(6, 6, "五月底开始插秧，梯田慢慢变成绿色。到了九月，这里又会是一片金黄。"),
    ],
    site="今日头条",
)
page(
    "r25-es-bloomreach-data-chart",
    "Spanish data story on Bloomreach with a chart's svg and noscript fallback and a table (a consent modal, the Datos kicker, headline and subtitle, the byline, paragraphs, a bar chart drawn in svg with axis labels and values, a noscript image, a Fuente caption, a heading, a table of cities, a newsletter box, related stories, a subscription teaser)",
    "r25_bloomreach",
    "Las viviendas turísticas crecen un 36% en cinco años",
    "Pablo Serrano",
    "2024-05-16T07:00:00+02:00",
    [
        p(
            "El número de viviendas turísticas en España ha crecido un 36% desde 2019, según los últimos datos del Instituto Nacional de Estadística. Hoy hay 15,2 por cada 100 habitantes en los municipios más visitados."
        ),
        es_chart(),
        p(
            "La caída de 2020, en plena pandemia, duró poco: en 2021 la oferta ya había superado los niveles previos, y desde entonces no ha dejado de subir."
        ),
        h("Dónde hay más"),
        p(
            "Las islas y la costa mediterránea concentran la mayor parte. En algunos barrios del centro de Málaga, una de cada cuatro viviendas se alquila a turistas."
        ),
        table(
            [
                ["Ciudad", "Viviendas turísticas", "Por cada 100 habitantes"],
                ["Málaga", "12.400", "2,1"],
                ["Valencia", "9.800", "1,2"],
                ["Sevilla", "8.900", "1,3"],
                ["Madrid", "15.600", "0,5"],
            ]
        ),
        p(
            "Varios ayuntamientos han aprobado moratorias para frenar nuevas licencias. Madrid y Valencia prohibirán a partir de este año los pisos turísticos en los edificios residenciales del centro."
        ),
    ],
    site="Diario Central",
    deck="La oferta supera ya los niveles anteriores a la pandemia, sobre todo en la costa",
)
page(
    "r25-fr-pugpig-lettrine",
    "French weekly's web edition from Pugpig Bolt with a drop cap in a span (a consent bar, the edition bar, the section, headline and chapô, the author and date, a span.lettrine drop cap, paragraphs, an À lire aussi card, a paywall teaser, the share bar, an author box, the edition's other articles)",
    "r25_pugpig",
    "À Guéret, l'école qui a sauvé le village",
    "Claire Dumas",
    "2024-05-17T06:00:00+02:00",
    [
        p(
            "<span class=\"lettrine\">I</span>l y a cinq ans, l'école de Saint-Fiel comptait onze élèves et la fermeture de sa dernière classe semblait inévitable. Elle en accueille aujourd'hui quarante-deux."
        ),
        p(
            "Le changement est venu d'une idée simple : la mairie a rénové trois logements vacants au-dessus de l'ancienne poste et les a proposés à des familles avec enfants, à un loyer modéré."
        ),
        fr_also("Dans la Creuse, les médecins venus d'ailleurs"),
        p(
            "« Sans l'école, le village serait devenu une commune dortoir », explique la maire, Sylvie Marchand. Depuis, une boulangerie a rouvert sur la place."
        ),
        p("L'académie a confirmé en mars l'ouverture d'une troisième classe à la rentrée prochaine."),
    ],
    site="L'Hebdo du Centre",
    deck="Menacée de fermeture, l'école de Saint-Fiel a triplé ses effectifs grâce à une politique de logement.",
)
page(
    "r25-ko-daum-byline-in-lead",
    "Korean Daum news story whose first paragraph opens with the outlet, place and writer (the GNB, the outlet logo, headline, writer and 입력 time, summary and font buttons, a photo with credit, paragraphs, the reporter's e-mail line, the copyright line, reaction buttons, a survey prompt, most-read news, the comment count)",
    "r25_daum",
    "서울 지하철 심야 운행 다음 달부터 1시간 연장",
    "김민수",
    "2024-05-18T14:02:00+09:00",
    [
        raw(
            '<figure><img src="/photo/subway.jpg" alt=""><figcaption>서울 지하철 2호선 열차. 사진=연합뉴스</figcaption></figure>',
            None,
        ),
        p(
            "[서울=한빛뉴스] 김민수 기자 = 서울 지하철의 심야 운행 시간이 다음 달부터 1시간 늘어난다. 서울시는 18일 금요일과 토요일 밤에 한해 지하철 막차 시간을 새벽 2시까지 연장한다고 밝혔다."
        ),
        p(
            "대상은 1호선부터 8호선까지다. 시는 연장 운행으로 하루 평균 3만 명 정도가 추가로 지하철을 이용할 것으로 예상했다."
        ),
        p(
            '시 관계자는 "심야 택시 잡기가 어렵다는 시민 불편을 줄이기 위한 조치"라며 "이용 상황을 보고 운행 요일을 늘리는 방안도 검토하겠다"고 말했다.'
        ),
        raw('<p class="reporter">김민수 기자 minsu@hanbit.example</p>', None),
    ],
    site="한빛뉴스",
)
page(
    "r25-en-mkdocs-numbered-steps",
    "Council help page on Material for MkDocs with numbered steps (the header with search, tabs, the left nav, a table of contents, the title, an intro, an ol of steps with bold names, headings, a last update line, a was this page helpful form, previous and next links, Made with Material for MkDocs)",
    "r25_mkdocs",
    "How to book a bulky waste collection",
    "Waste Services",
    "2024-05-14T00:00:00+01:00",
    [
        p(
            "We collect up to six large items, such as furniture and fridges, from outside your home for a fee of £32. Collections take place on Tuesdays and Fridays."
        ),
        h("Before you start", 2),
        p("Have your address and a list of the items ready. You will need a debit or credit card to pay."),
        steps(
            ("Step 1", "Go to the online booking form and enter your postcode."),
            (
                "Step 2",
                "Choose the items you want us to collect from the list. If an item is not listed, choose Other and describe it.",
            ),
            ("Step 3", "Pick a collection date. The earliest date is usually ten working days away."),
            ("Step 4", "Pay the fee. You will get a confirmation email with your booking number."),
        ),
        h("After you book", 2),
        p(
            "Put the items outside your property by 7am on the collection day. We cannot go into your home or garden to collect them."
        ),
    ],
    site="Eastwick Borough Council",
)
page(
    "r25-en-qwik-shadow-dom",
    "Climate newsroom's story on Qwik City inside declarative shadow DOM (a consent bar, the header, the headline and byline, a story-body element holding template shadowrootmode=open with styles and the paragraphs, a donation box, a newsletter box, more stories)",
    "r25_qwik",
    "Glacier melt in the Alps hits a record for May",
    "Nadia Berg",
    "2024-05-15T12:00:00+02:00",
    [
        p(
            "Swiss glaciers lost more ice in the first half of May than in any May since measurements began in 1914, the country's glacier monitoring network said on Wednesday."
        ),
        p(
            "A heatwave at the start of the month pushed the freezing level above 4,000 metres for nine days in a row, well above the usual height for spring."
        ),
        p(
            "Scientists said thin winter snow cover had left the ice exposed earlier than normal. The Rhône glacier, a popular tourist site, has retreated by 40 metres since last summer."
        ),
        p(
            "The network expects this year's total loss to be close to that of 2022, when Swiss glaciers lost six percent of their volume."
        ),
    ],
    site="Thaw Desk",
)
page(
    "r25-en-microblog-long-replies",
    "Micro.blog hosted blog post whose replies run longer than it (the blog title and nav, a short post in e-content, the date link, Reply on Micro.blog, a conversation of eight replies with handles and dates, Powered by Micro.blog)",
    "r25_microblog",
    "Allotment rent is going up",
    "Allotment Notes",
    "2024-05-12T00:00:00+01:00",
    [
        p(
            "The letter from the parish council arrived this morning: from October, rent for a full plot goes up from £45 to £70 a year."
        ),
        p(
            "The council says the money will pay for a new water supply and repairs to the fence along the river. Tenants can comment at the next committee meeting on 4 June."
        ),
    ],
    site="Allotment Notes",
)
page(
    "r25-en-clickability-noscript-lazy",
    "Local TV station's story on Clickability whose lazy paragraphs are repeated in noscript (the station header, a weather alert bar, the headline, byline and updated time, a video placeholder, two plain paragraphs, then hidden lazy paragraphs each followed by a noscript copy, a RELATED link, ad slots, a copyright line, an app box, trending)",
    "r25_clickability",
    "City pools to open June 1 after lifeguard shortage eases",
    "Marcus Green",
    "2024-05-16T18:41:00-05:00",
    [
        p(
            "All six city swimming pools will open on June 1, the parks department said Thursday, after a hiring push filled most of the lifeguard jobs that left two pools closed last summer."
        ),
        p(
            "The department hired 84 lifeguards this spring, up from 51 a year ago. It raised the starting wage to $17 an hour and paid for certification classes."
        ),
        ctv_ad(1),
        lazy(
            "\u201cWe heard from a lot of families who had nowhere to go last year,\u201d parks director Alicia Reyes said. \u201cThis year every neighborhood will have its pool back.\u201d"
        ),
        ctv_related("Splash pads open early as temperatures climb"),
        lazy(
            "Pools will be open from noon to 7 p.m. daily. Admission stays at $3 for adults and $1 for children."
        ),
        lazy(
            "The city is still looking for about ten more lifeguards for evening swim lessons. Applicants must be at least 15."
        ),
        ctv_ad(2),
    ],
    site="KTVW 7",
)
page(
    "r25-en-lume-related-article",
    "City magazine on Lume whose story article sits beside a second article of related stories (a consent bar, the header, the story article with headline, byline, captioned photo and paragraphs, a related article with three story cards each a heading and a summary paragraph, a newsletter box, Built with Lume)",
    "r25_lume",
    "The night market that saved Sunday",
    "Tom Achebe",
    "2024-05-13T09:00:00+01:00",
    [
        p(
            "Two years ago, the car park behind the old cattle market was empty every Sunday evening. Now, from six until eleven, it holds forty food stalls and up to three thousand visitors."
        ),
        p(
            "The market was started by four traders who had lost their pitches when the covered market closed for repairs. They asked the council for a licence to trade at night, expecting to be turned down."
        ),
        p(
            "\u201cWe thought we would last a month,\u201d said Grace Olu, who sells Nigerian suya from a converted horsebox. \u201cThe first night we sold out by eight.\u201d"
        ),
        p(
            "The council has now extended the licence to 2026 and is paying for new lighting. The traders want to add a stage for local bands in the summer."
        ),
    ],
    site="Northgate Magazine",
)
page(
    "r25-en-posthaven-qa-strong",
    "Literary podcast's interview on Posthaven with the speakers' names in strong (the header and tagline, the post title and date, an intro paragraph, interview turns each a p opening with a bold name, tags, a subscribe box, Posted by, previous and next links, Powered by Posthaven)",
    "r25_posthaven",
    "Maya Okafor on writing a novel in a year of night shifts",
    "Daniel Price",
    "2024-05-10T00:00:00+01:00",
    [
        p(
            "Maya Okafor wrote her first novel, The Lantern Room, while working nights as a hospital porter. We talked about time, tiredness and what she read on her breaks."
        ),
        p("<strong>Daniel Price:</strong> When did you actually write?"),
        p(
            "<strong>Maya Okafor:</strong> Between three and five in the morning, mostly. That was when the wards were quiet. I wrote on my phone, in the notes app, a paragraph at a time."
        ),
        p("<strong>Daniel Price:</strong> Did the hospital find its way into the book?"),
        p(
            "<strong>Maya Okafor:</strong> Not the hospital itself, but the feeling of being awake when everyone else is asleep. The whole novel happens at night."
        ),
        p("<strong>Daniel Price:</strong> What are you working on now?"),
        p(
            "<strong>Maya Okafor:</strong> A collection of stories. I work days now, so it is going much more slowly."
        ),
    ],
    site="The Long Shelf",
)
_DATO_STORY = (
    "Hartley's, the department store chain, will close nine of its 31 shops by the end of the year, putting about 1,100 jobs at risk.",
    "The company said rising rents and falling visitor numbers had made the stores unprofitable. Most of those closing are in smaller town centres.",
    "Chief executive Ruth Morgan said staff would be offered jobs in other branches where possible. \u201cThese are difficult decisions, and we do not take them lightly,\u201d she said.",
    "The chain will put the money saved into its website, which now accounts for a third of its sales.",
)
page(
    "r25-en-dato-listen-transcript",
    "Business news story on DatoCMS under a listen to this article player holding its transcript (a consent bar, the masthead, the headline, standfirst and byline, an audio player with a duration, a details transcript repeating the story and an AI voice note, the paragraphs, a Read more card, an inline advert, the share bar, an author box, most popular)",
    "r25_dato",
    "Hartley's to close nine department stores",
    "Emma Clarke",
    "2024-05-17T08:00:00+01:00",
    [
        p(_DATO_STORY[0]),
        p(_DATO_STORY[1]),
        raw(
            '<aside class="read-more-card"><span>Read more</span> <a href="/story/8">High street footfall falls for third month</a></aside>',
            None,
        ),
        p(_DATO_STORY[2]),
        raw('<div class="inline-ad"><span>Advertisement</span></div>', None),
        p(_DATO_STORY[3]),
    ],
    site="Ledger Business",
    deck="About 1,100 jobs at risk as the chain moves money into online sales.",
    transcript=_DATO_STORY,
)
