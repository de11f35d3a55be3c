"""The twenty-fourth round of ``bench/extraction_pages``: pages (``r24-*``) of outlets, platforms and page kinds
the first twenty-three rounds lack, each in a template written here after what the outlet's or platform's pages emit.

Languages: Assyrian Neo-Aramaic in the Syriac script (a script no round had; right to left, a community paper on Grav
with a fact box inside the text), Hebrew (right to left, a city site on Bolt CMS with an update note above the text),
Polish (a regional portal on Pimcore, a story split over three pages: the page holds page one), Japanese (a business
site on MODX with a table of contents and anchored headings), Brazilian Portuguese (an explainer on Nuxt over
Directus whose questions are ``<details>`` blocks), Korean (a developer's post on velog with numbered footnotes) and
Italian (a printer-friendly view from Concrete CMS). English platforms and kinds: a photo essay on Textpattern whose
long captions are the story, a story on django CMS quoting posts from Telegram, Bluesky and Instagram, an AMP page
from Atex Polopoly, a Nordic group's English edition on Stibo DX CUE whose text is in ``<section>``s with ad slots
between them, a Bear Blog essay with endnotes, a council story on Backdrop CMS under a correction, a magazine's story
from WoodWing with a fact box, and a Zola blog's report with a table of contents and "#" anchors on its headings.
The gold of every page was written before nutgraf was run on it: it leaves out headlines, bylines, dates, decks,
tables of contents, pagination, photo credits, ad labels, cards, share bars, newsletter and author boxes, comment
prompts, the print view's link and copyright lines and footnotes' back links; it keeps update and correction notes,
fact boxes' facts, the FAQ's questions and answers, the photo essay's captions, the quoted posts' text, headings
and footnotes.
"""

from __future__ import annotations

from articles import page
from fourth_round import _cookie, _doc, _ld, _links
from furniture import SKINS
from parts import bluesky, h, instagram, p, raw
from thirteenth_round import _lis

# ---------------------------------------------------------------- Assyrian in Syriac (a fact box, right to left)
_SYRIAC = {
    # The consonants of the Syriac abjad (U+0710 on) for a plain consonantal romanization.
    "'": "ܐ", "b": "ܒ", "g": "ܓ", "d": "ܕ", "h": "ܗ", "w": "ܘ", "z": "ܙ", "x": "ܚ", "T": "ܛ", "y": "ܝ",
    "k": "ܟ", "l": "ܠ", "m": "ܡ", "n": "ܢ", "s": "ܣ", "e": "ܥ", "p": "ܦ", "S": "ܨ", "q": "ܩ", "r": "ܪ",
    "c": "ܫ", "t": "ܬ", ":": "܃", ".": "܂",
}  # fmt: skip


def syr(romanized: str) -> str:
    """Assyrian written as its consonants (``c`` for shin, ``x`` for heth, ``e`` for e, capitals for the
    emphatics), given in the Syriac script."""
    return "".join(_SYRIAC.get(ch, ch) for ch in romanized)


def grav_syr(page_: dict, article: str) -> str:
    """An Assyrian community paper on Grav (the Quark theme), right to left: a cookie notice, ``header#header``
    with the logo and the dropmenu, ``section#body-wrapper`` holding ``div.content-item`` with the title, the
    date and author, ``div.e-content`` (its paragraphs, a fact box ``div.notices`` inside them), the tags, a
    share bar, "previous/next" links and a sidebar of "popular" posts."""
    menu = (syr("xbr'"), syr("etdt'"), syr("mdrct'"), syr("zmr'"))
    tags = (syr("lcn'"), syr("mdrct'"))
    prev_next = (syr("qdm'"), syr("btr'"))
    popular_title, popular = syr("mpqt' dqryn"), (syr("ed' dxd bnysn"), syr("zmr' ewmy'"))
    return _doc(page_, "aii", (
        _cookie(syr("'dc' ptqt' bdx' qwqy."), syr("qbyl'"), syr("ywtr"))
        + f'<header id="header"><div class="logo"><a href="/">{page_["site"]}</a></div><nav class="dropmenu"><ul class="navigation">{_links(menu, "/")}</ul></nav></header>'
        '<section id="body-wrapper" class="section"><section class="container grid-lg"><div class="columns"><div id="item" class="column col-9">'
        f'<div class="content-item h-entry"><div class="content-title"><h1 class="p-name">{page_["title"]}</h1>'
        f'<span class="blog-date"><time class="dt-published" datetime="2024-05-18">18.05.2024</time></span> <span class="p-author">{page_["author"]}</span></div>'
        f'<div class="e-content">{article}</div>'
        f'<div class="tags"><a class="label" href="/tag/lcn">{tags[0]}</a> <a class="label" href="/tag/mdrct">{tags[1]}</a></div>'
        f'<div class="share"><span>{syr("plwg")}:</span> <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">Telegram</a></div>'
        f'<p class="prev-next"><a class="button" href="/prev">{prev_next[0]}</a> <a class="button" href="/next">{prev_next[1]}</a></p></div></div>'
        f'<div id="sidebar" class="column col-3"><h4>{popular_title}</h4><ul>{_lis(popular, "/post/")}</ul></div>'
        '</div></section></section><footer id="footer"><p>Built with Grav</p></footer>'
    ), dir_="rtl")  # fmt: skip


def syr_facts(title: str, *facts: str) -> tuple[str, str]:
    """A fact box inside the text whose facts are the story's (kept, as the eleventh round's fact box)."""
    items = "".join(f"<li>{x}</li>" for x in facts)
    return (
        f'<div class="notices blue"><p><strong>{title}</strong></p><ul>{items}</ul></div>',
        "\n".join((title, *facts)),
    )


# ---------------------------------------------------------------- Hebrew (an update note above the text)
def bolt_he(page_: dict, article: str) -> str:
    """An Israeli city news site on Bolt CMS 5, right to left: a consent bar, the header and menu, the
    breadcrumbs, ``article.record`` with the headline, the subtitle, the writer and date, a captioned photo,
    ``div.record-body`` (an update note on top, then the paragraphs, an inline "עוד בנושא" card), the share
    bar, a newsletter box, the comment prompt and "כתבות נוספות"."""
    return _doc(page_, "he", (
        _cookie("אתר זה משתמש בעוגיות כדי לשפר את חוויית הגלישה.", "אישור", "מדיניות פרטיות")
        + f'<header class="site-header"><a class="logo" href="/">{page_["site"]}</a><ul class="menu">{_links(("חדשות", "עירוני", "תרבות", "ספורט", "נדל״ן"), "/category/")}</ul></header>'
        '<nav class="breadcrumbs"><a href="/">ראשי</a> › <a href="/category/0">חדשות</a></nav>'
        f'<main><article class="record"><h1 class="record-title">{page_["title"]}</h1><h2 class="record-subtitle">{page_["deck"]}</h2>'
        f'<div class="record-meta"><span class="author">{page_["author"]}</span> | <time>19.05.2024 12:05</time></div>'
        '<figure><img src="/files/2024-05/rakevet.jpg" alt=""><figcaption>עבודות על הקו בתחנת הקריה (צילום: דוברות העירייה)</figcaption></figure>'
        f'<div class="record-body">{article}</div>'
        '<div class="share-bar"><span>שתפו:</span> <a href="#">וואטסאפ</a> <a href="#">פייסבוק</a> <a href="#">טלגרם</a> <a href="#">העתקת קישור</a></div>'
        '<div class="newsletter"><h3>הניוזלטר שלנו</h3><p>כל החדשות מהעיר, פעם בשבוע במייל.</p><form><input type="email" placeholder="כתובת מייל"><button>הרשמה</button></form></div>'
        '<div class="comments-cta"><a href="#comments">לתגובות (7)</a></div></article>'
        f'<aside class="more"><h3>כתבות נוספות</h3><ul>{_lis(("נפתח גן ציבורי חדש בשכונת נווה שאנן", "הפסקת מים מתוכננת ביום שלישי"), "/news/")}</ul></aside></main>'
        '<footer><p>© כל הזכויות שמורות</p></footer>'
    ), dir_="rtl")  # fmt: skip


def he_update(text: str) -> tuple[str, str]:
    return f'<p class="update-note"><strong>עדכון, 14:20:</strong> {text}</p>', f"עדכון, 14:20: {text}"


# ---------------------------------------------------------------- Polish (page one of three, Pimcore)
def pimcore_pl(page_: dict, article: str) -> str:
    """A Polish regional portal on Pimcore: a GDPR (RODO) consent modal, the header, ``article.article-detail``
    with the headline, the lead in ``p.article-lead``, the author and date, ``div.article-content`` (page one of
    the story), the pager "Strona 1 z 3" with "Następna strona", the tags, a share bar, the comment count and
    "Najczęściej czytane"."""
    return _doc(page_, "pl", (
        '<div class="rodo-modal" role="dialog"><h3>Twoja prywatność</h3><p>Przetwarzamy dane osobowe i używamy plików cookie w celach analitycznych i marketingowych.</p><button>Przejdź do serwisu</button><a href="/polityka-prywatnosci">Ustawienia</a></div>'
        f'<header class="header"><a class="logo" href="/">{page_["site"]}</a><ul class="nav">{_links(("Wiadomości", "Region", "Sport", "Biznes", "Kultura"), "/")}</ul></header>'
        f'<main><article class="article-detail"><h1>{page_["title"]}</h1><p class="article-lead">{page_["deck"]}</p>'
        f'<div class="article-meta"><span class="author">{page_["author"]}</span> <time>18.05.2024, 09:12</time></div>'
        f'<div class="article-content">{article}</div>'
        '<nav class="article-pager"><span class="pager-info">Strona 1 z 3</span> <span class="current">1</span> <a href="?strona=2">2</a> <a href="?strona=3">3</a> <a class="next" href="?strona=2">Następna strona »</a></nav>'
        '<div class="tags"><a href="/tag/tramwaje">tramwaje</a> <a href="/tag/mpk">MPK</a></div>'
        '<div class="share"><a href="#">Udostępnij</a> <a href="#">Tweetnij</a></div>'
        '<a class="comments-link" href="#komentarze">Komentarze (12)</a></article>'
        f'<aside class="most-read"><h3>Najczęściej czytane</h3><ol>{_lis(("Korki na obwodnicy. Remont potrwa do września", "Nowy park przy Odrze otwarty"), "/wiadomosci/")}</ol></aside></main>'
        '<footer><p>© 2024 Gazeta Regionalna</p></footer>'
    ))  # fmt: skip


def pl_also(title: str) -> tuple[str, None]:
    return (
        f'<div class="inline-card"><span>Czytaj także:</span> <a href="/wiadomosci/88">{title}</a></div>',
        None,
    )


# ---------------------------------------------------------------- Japanese (a table of contents, MODX)
def modx_ja(page_: dict, article: str) -> str:
    """A Japanese business news site on MODX Revolution: a cookie banner, the header, the breadcrumb, the
    headline, the date and writer, an SNS share bar, ``div.entry-body`` (a "目次" box ``div.toc`` of anchor
    links, ``h2`` headings with ids, paragraphs and an ad slot), the writer's profile, "関連記事" and "ランキング"."""
    return _doc(page_, "ja", (
        _cookie("当サイトはCookieを利用しています。", "同意して閉じる", "プライバシーポリシー")
        + f'<header class="l-header"><a class="logo" href="/">{page_["site"]}</a><ul class="gnav">{_links(("経営", "IT", "マーケティング", "働き方"), "/cat/")}</ul></header>'
        '<ol class="breadcrumb"><li><a href="/">ホーム</a></li><li><a href="/cat/0">経営</a></li></ol>'
        f'<main><article class="entry"><h1 class="entry-title">{page_["title"]}</h1>'
        f'<div class="entry-meta"><time>2024.05.17</time> <span class="writer">文：{page_["author"]}</span></div>'
        '<div class="sns-share"><a href="#">ポスト</a> <a href="#">シェア</a> <a href="#">はてブ</a> <a href="#">LINE</a></div>'
        f'<div class="entry-body">{article}</div>'
        f'<div class="writer-profile"><h3>{page_["author"]}</h3><p>経済ジャーナリスト。中小企業の経営を中心に取材。</p></div></article>'
        f'<section class="related"><h3>関連記事</h3><ul>{_lis(("賃上げ、中小企業の6割が実施", "事業承継の相談件数が過去最多"), "/article/")}</ul></section>'
        f'<aside class="ranking"><h3>ランキング</h3><ol>{_lis(("円安で利益が増えた会社", "新卒採用の最新事情"), "/article/")}</ol></aside></main>'
        '<footer><p>© 2024 ビジネスの森</p></footer>'
    ))  # fmt: skip


def ja_toc(*headings: str) -> tuple[str, None]:
    items = "".join(f'<li><a href="#sec{i}">{t}</a></li>' for i, t in enumerate(headings, 1))
    return f'<div class="toc"><p class="toc-title">目次</p><ol>{items}</ol></div>', None


def ja_h2(number: int, text: str) -> tuple[str, str]:
    return f'<h2 id="sec{number}">{text}</h2>', text


# ---------------------------------------------------------------- Brazilian Portuguese (an FAQ in <details>)
def nuxt_directus_pt(page_: dict, article: str) -> str:
    """A Brazilian news site's explainer, Nuxt over Directus: an LGPD banner, the header, the "Entenda" label,
    the headline, the subtitle, the byline, ``div.article-body`` (two paragraphs, then questions as ``details``
    blocks with a ``summary`` each, a "Leia também" card), a WhatsApp channel call, a newsletter box and
    "Mais lidas"."""
    return _doc(page_, "pt-BR", (
        '<div id="__nuxt"><div class="lgpd-banner"><p>Usamos cookies para personalizar conteúdo e anúncios, conforme a nossa Política de Privacidade.</p><button>Aceitar</button></div>'
        f'<header class="header"><a class="logo" href="/">{page_["site"]}</a><ul class="menu">{_links(("Economia", "Política", "Brasil", "Mundo"), "/")}</ul></header>'
        f'<main><article class="article"><span class="label">Entenda</span><h1>{page_["title"]}</h1><h2 class="subtitle">{page_["deck"]}</h2>'
        f'<div class="byline">Por {page_["author"]} — 17/05/2024 08h30</div>'
        f'<div class="article-body">{article}</div>'
        '<div class="whatsapp-cta"><a href="https://whatsapp.com/channel/1">Siga o nosso canal no WhatsApp</a> e receba as principais notícias do dia.</div>'
        '<div class="newsletter"><h3>Receba a newsletter</h3><form><input type="email" placeholder="Seu e-mail"><button>Cadastrar</button></form></div></article>'
        f'<aside class="mais-lidas"><h3>Mais lidas</h3><ol>{_lis(("Dólar fecha em queda", "Petrobras anuncia dividendos"), "/economia/")}</ol></aside></main>'
        '<footer><p>© 2024 Folha do Cerrado</p></footer></div>'
    ))  # fmt: skip


def faq(question: str, *answers: str) -> tuple[str, str]:
    body = "".join(f"<p>{x}</p>" for x in answers)
    return (
        f'<details class="faq-item"><summary class="faq-question">{question}</summary><div class="faq-answer">{body}</div></details>',
        "\n\n".join((question, *answers)),
    )


def pt_also(title: str) -> tuple[str, None]:
    return (
        f'<aside class="leia-tambem"><strong>Leia também</strong><a href="/economia/77">{title}</a></aside>',
        None,
    )


# ---------------------------------------------------------------- Korean (footnotes, velog)
def velog_ko(page_: dict, article: str) -> str:
    """A Korean developer's post on velog: the header, the title, the user and date, the "팔로우" button, the
    tags, a series box, ``div.atom-one`` holding the Markdown's HTML (footnote marks ``sup`` in the paragraphs,
    ``section.footnotes`` at the end with back links), the likes, the user card, "관심 있을 만한 포스트" and the
    comment box."""
    return _doc(page_, "ko", (
        '<div id="root"><header class="sc-header"><a href="/">velog</a><a href="/write">새 글 작성</a><a href="/login">로그인</a></header>'
        f'<main class="sc-post"><div class="head-wrapper"><h1>{page_["title"]}</h1>'
        f'<div class="information"><a class="username" href="/@dev-min">{page_["author"]}</a> · <span>2024년 5월 17일</span><button>팔로우</button></div>'
        '<div class="tags"><a href="/tags/postgres">postgres</a><a href="/tags/index">index</a></div>'
        '<div class="series"><h2>데이터베이스 이야기</h2><span>3/5</span></div></div>'
        f'<div class="atom-one">{article}</div>'
        '<div class="likes"><button>♥ 42</button></div>'
        f'<div class="user-card"><a href="/@dev-min">{page_["author"]}</a><p>백엔드 개발자입니다.</p></div>'
        f'<section class="recommend"><h4>관심 있을 만한 포스트</h4><ul>{_lis(("MySQL 인덱스 정리", "쿼리 튜닝 기초"), "/@x/")}</ul></section>'
        '<div class="comments"><h4>0개의 댓글</h4><textarea placeholder="댓글을 작성하세요"></textarea><button>댓글 작성</button></div></main></div>'
    ))  # fmt: skip


def ko_para(text: str) -> tuple[str, str]:
    """A paragraph with footnote marks written ``{n}``: each a ``sup`` link, left out of the gold."""
    html, gold = text, text
    for n in range(1, 5):
        mark = (
            f'<sup><a href="#user-content-fn-{n}" id="user-content-fnref-{n}" data-footnote-ref>{n}</a></sup>'
        )
        html, gold = html.replace(f"{{{n}}}", mark), gold.replace(f"{{{n}}}", "")
    return f"<p>{html}</p>", gold


def ko_notes(*notes: str) -> tuple[str, str]:
    items = "".join(
        f'<li id="user-content-fn-{n}"><p>{x} <a href="#user-content-fnref-{n}" data-footnote-backref class="data-footnote-backref">↩</a></p></li>'
        for n, x in enumerate(notes, 1)
    )
    return (
        f'<section data-footnotes class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes</h2><ol>{items}</ol></section>',
        "\n".join(notes),
    )


# ---------------------------------------------------------------- Italian (a printer-friendly view)
def concrete_print_it(page_: dict, article: str) -> str:
    """A local Italian paper's printer-friendly view from Concrete CMS: no menus; the logo, a "Stampa" button and
    "Torna all'articolo", the section, the headline, the occhiello, the author and date, the paragraphs, then
    the article's address, "Riproduzione riservata" and the publisher's line."""
    return _doc(page_, "it", (
        f'<div class="ccm-page page-type-print"><div class="print-header"><img src="/application/files/logo.png" alt="{page_["site"]}">'
        '<a class="print-button" href="javascript:window.print()">Stampa</a> <a class="back" href="/cronaca/ponte">Torna all\'articolo</a></div>'
        f'<div class="print-article"><p class="section">Cronaca</p><h1>{page_["title"]}</h1><p class="occhiello">{page_["deck"]}</p>'
        f'<p class="print-meta">di {page_["author"]} — 18 maggio 2024</p>'
        f'<div class="print-body">{article}</div></div>'
        f'<div class="print-footer"><p>Indirizzo dell\'articolo: {page_["url"]}</p><p>© Riproduzione riservata</p>'
        '<p>Il Corriere del Lago — Editoriale Lariana Srl — P.IVA 01234560131</p></div></div>'
    ))  # fmt: skip


# ---------------------------------------------------------------- English: a photo essay on Textpattern
def textpattern_essay(page_: dict, article: str) -> str:
    """A photographers' collective's essay on Textpattern: the site header and section list, ``article.article``
    with the title, the author and date, an intro paragraph, then ``figure``s whose captions are the story and
    whose credits sit in ``span.credit``; "Previous essay"/"Next essay", the comment form's invitation and the
    footer's "Published with Textpattern"."""
    return _doc(page_, "en", (
        f'<header class="site-header"><h2><a href="/">{page_["site"]}</a></h2><nav><ul class="section_list">{_links(("Essays", "Portfolios", "About", "Submit"), "/")}</ul></nav></header>'
        f'<main id="main"><article class="article" itemscope itemtype="https://schema.org/Article"><h1 itemprop="headline">{page_["title"]}</h1>'
        f'<p class="author">by <span itemprop="author">{page_["author"]}</span> · <time datetime="2024-05-12">12 May 2024</time></p>'
        f'<div itemprop="articleBody">{article}</div>'
        '<p class="paginator"><a rel="prev" href="/essays/salt">← Previous essay</a> · <a rel="next" href="/essays/ferry">Next essay →</a></p>'
        '<section class="comments-form"><h3>Leave a comment</h3><p>Your email address will not be published.</p><textarea></textarea><button>Submit</button></section></article></main>'
        '<footer class="site-footer"><p>Published with Textpattern CMS</p></footer>'
    ))  # fmt: skip


def plate(src: str, caption: str, credit: str) -> tuple[str, str]:
    return (
        f'<figure class="plate"><img src="/images/{src}.jpg" alt=""><figcaption><p>{caption}</p>'
        f'<span class="credit">Photograph: {credit}</span></figcaption></figure>',
        caption,
    )


# ---------------------------------------------------------------- English: django CMS quoting social posts
def djangocms(page_: dict, article: str) -> str:
    """A public broadcaster's regional site on django CMS (the Aldryn news blog): a consent bar, the header, the
    "Europe" section, ``article.article`` with the title, the lead in ``div.lead``, the author and date,
    ``div.blog-content`` of ``div.text-plugin`` blocks and embedded posts (Telegram's widget script with the
    site's own quote of it, Bluesky and Instagram embeds), then "Related" and a "Follow us" box."""
    return _doc(page_, "en", (
        _cookie("We use cookies to understand how you use our site.", "Accept all", "Cookie settings")
        + f'<header class="navbar"><a class="navbar-brand" href="/">{page_["site"]}</a><ul class="nav">{_links(("Europe", "World", "Business", "Culture"), "/en/")}</ul></header>'
        f'<main class="container"><article class="article"><p class="section">Europe</p><h1>{page_["title"]}</h1>'
        f'<div class="lead"><p>{page_["deck"]}</p></div><p class="meta">By {page_["author"]} · 17 May 2024</p>'
        f'<div class="blog-content">{article}</div>'
        f'<section class="related"><h3>Related</h3><ul>{_lis(("Grain corridor talks resume", "Odesa port traffic rises"), "/en/europe/")}</ul></section>'
        '<div class="follow-box"><p>Follow us on Telegram and Bluesky for the latest news.</p></div></article></main>'
        '<footer><p>© 2024 Baltic Public Media</p></footer>'
    ))  # fmt: skip


def text_plugin(*paragraphs: str) -> tuple[str, str]:
    return '<div class="text-plugin">' + "".join(f"<p>{x}</p>" for x in paragraphs) + "</div>", "\n\n".join(
        paragraphs
    )


def telegram(text: str, channel: str) -> tuple[str, str]:
    """A Telegram post: the site's quote of it (the widget's script shows it in an iframe), then the script."""
    return (
        f'<div class="embed embed--telegram"><blockquote class="telegram-quote"><p>{text}</p>'
        f'<footer>— <a href="https://t.me/{channel}/4512">t.me/{channel}</a></footer></blockquote>'
        f'<script async src="https://telegram.org/js/telegram-widget.js?22" data-telegram-post="{channel}/4512" data-width="100%"></script></div>',
        text,
    )


# ---------------------------------------------------------------- English: an AMP page (Atex Polopoly)
def polopoly_amp(page_: dict, article: str) -> str:
    """A regional daily's AMP page as Atex Polopoly writes it: ``html ⚡``, ``amp-consent``'s notice, an
    ``amp-sidebar`` menu, the headline, the byline, an ``amp-img`` lead photo with its caption, ``div.article-body``
    of paragraphs with ``amp-ad``s and a "More on this story" list, ``amp-social-share`` buttons and a link to
    the full site."""
    head = (
        '<script async src="https://cdn.ampproject.org/v0.js"></script>'
        "<style amp-boilerplate>body{visibility:hidden}</style><style amp-custom>.article-body p{margin:0 0 1em}</style>"
    )
    return (
        f'<!DOCTYPE html><html amp lang="en"><head><meta charset="utf-8"><title>{page_["title"]}</title>'
        f'<link rel="canonical" href="{page_["url"]}"><meta name="viewport" content="width=device-width">{_ld(page_)}{head}</head><body>'
        '<amp-consent id="consent" layout="nodisplay"><div class="consent-ui"><p>We and our partners use cookies to personalise ads.</p><button on="tap:consent.accept">Accept</button><button on="tap:consent.reject">Reject</button></div></amp-consent>'
        f'<amp-sidebar id="menu" layout="nodisplay" side="left"><ul>{_links(("News", "Sport", "Business", "Opinion"), "/")}</ul></amp-sidebar>'
        f'<header class="amp-header"><button on="tap:menu.toggle">Menu</button><a href="/">{page_["site"]}</a></header>'
        f'<article class="amp-article"><h1>{page_["title"]}</h1><p class="byline">{page_["author"]} · May 16 2024</p>'
        '<figure><amp-img src="/img/harbour.jpg" width="1200" height="675" layout="responsive" alt=""></amp-img><figcaption>The inner harbour at dusk. Photo: Glen Orr</figcaption></figure>'
        f'<div class="article-body">{article}</div>'
        '<amp-social-share type="facebook" width="40" height="40"></amp-social-share><amp-social-share type="twitter" width="40" height="40"></amp-social-share><amp-social-share type="email" width="40" height="40"></amp-social-share>'
        f'<p class="full-site"><a href="{page_["url"]}">View the full site</a></p></article>'
        '<footer><p>© 2024 Harbour Herald</p></footer></body></html>'
    )  # fmt: skip


def amp_ad(n: int) -> tuple[str, None]:
    return (
        f'<div class="ad-container"><span class="ad-label">Advertisement</span><amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/amp/article_{n}"></amp-ad></div>',
        None,
    )


def amp_more(*titles: str) -> tuple[str, None]:
    return f'<div class="more-on"><h3>More on this story</h3><ul>{_lis(titles, "/news/")}</ul></div>', None


# ---------------------------------------------------------------- English: <section>s with ad slots (Stibo DX CUE)
def cue_sections(page_: dict, article: str) -> str:
    """A Nordic group's English edition on Stibo DX CUE: a consent wall, the header, ``article.story`` with the
    kicker, the headline, the lead, the byline, ``div.story-body`` of ``section.text-block`` blocks with
    ``div.ad-slot`` boxes between them, a paywall teaser ("Subscribe to read all our stories"), then "Latest"."""
    return _doc(page_, "en", (
        '<div class="consent-wall" role="dialog"><p>To give you a better experience we and our 134 partners use cookies.</p><button>OK</button><button>Manage</button></div>'
        f'<header class="site"><a class="logo" href="/">{page_["site"]}</a><ul>{_links(("News", "Politics", "Business", "Life"), "/")}</ul></header>'
        f'<main><article class="story"><span class="kicker">Energy</span><h1>{page_["title"]}</h1><p class="lead">{page_["deck"]}</p>'
        f'<p class="byline">{page_["author"]} · 16 May 2024, 07:00</p>'
        f'<div class="story-body">{article}</div>'
        '<div class="paywall-teaser"><p>Subscribe to read all our stories. First month free.</p><a href="/subscribe">Subscribe</a></div></article>'
        f'<aside class="latest"><h3>Latest</h3><ul>{_lis(("Ferry strike called off", "Oslo rents rise again"), "/news/")}</ul></aside></main>'
        '<footer><p>© 2024 Nordic Post</p></footer>'
    ))  # fmt: skip


def section(*paragraphs: str) -> tuple[str, str]:
    return (
        '<section class="text-block">' + "".join(f"<p>{x}</p>" for x in paragraphs) + "</section>",
        "\n\n".join(paragraphs),
    )


def cue_ad(n: int) -> tuple[str, None]:
    return f'<div class="ad-slot" id="ad-netboard-{n}"><span>Advertisement</span></div>', None


# ---------------------------------------------------------------- English: endnotes on Bear Blog
def bearblog(page_: dict, article: str) -> str:
    """A Bear Blog essay: the title link and nav, ``main`` with the title, the date, the Markdown's paragraphs
    (``sup`` marks) and ``div.footnotes`` (``hr`` and ``ol`` with ``↩︎`` back links), the tags, an upvote
    button and "Made with Bear ʕ•ᴥ•ʔ"."""
    return _doc(page_, "en", (
        f'<header><a class="title" href="/"><h2>{page_["site"]}</h2></a><nav><p><a href="/">Home</a> <a href="/blog/">Blog</a> <a href="/feed/">RSS</a></p></nav></header>'
        f'<main><h1>{page_["title"]}</h1><p><i><time datetime="2024-05-15">15 May, 2024</time></i></p>'
        f'<content>{article}</content>'
        '<p class="tags"><a href="/blog/?q=trains">#trains</a> <a href="/blog/?q=travel">#travel</a></p>'
        '<form class="upvote-form"><button class="upvote-button">▲ Toast</button></form></main>'
        '<footer><p>Made with <a href="https://bearblog.dev">Bear ʕ•ᴥ•ʔ</a></p></footer>'
    ), ld=False)  # fmt: skip


def bear_para(text: str) -> tuple[str, str]:
    html, gold = text, text
    for n in range(1, 4):
        mark = f'<sup id="fnref:{n}"><a class="footnote-ref" href="#fn:{n}">{n}</a></sup>'
        html, gold = html.replace(f"{{{n}}}", mark), gold.replace(f"{{{n}}}", "")
    return f"<p>{html}</p>", gold


def bear_notes(*notes: str) -> tuple[str, str]:
    items = "".join(
        f'<li id="fn:{n}"><p>{x}&#160;<a class="footnote-backref" href="#fnref:{n}" title="Jump back to footnote {n} in the text">&#8617;&#xfe0e;</a></p></li>'
        for n, x in enumerate(notes, 1)
    )
    return f'<div class="footnote"><hr><ol>{items}</ol></div>', "\n".join(notes)


# ---------------------------------------------------------------- English: a correction on top (Backdrop CMS)
def backdrop(page_: dict, article: str) -> str:
    """A county paper on Backdrop CMS: the header, the primary menu, ``article.node-article`` with the title,
    "Submitted by ... on ...", ``div.field-name-body`` (an italic correction on top, then the paragraphs), the
    tags, "Log in or register to post comments", and the sidebar's "Recent content"."""
    return _doc(page_, "en", (
        f'<div class="layout"><header class="l-header"><a class="logo" href="/">{page_["site"]}</a><nav class="menu-primary"><ul>{_links(("News", "Schools", "Courts", "Obituaries"), "/")}</ul></nav></header>'
        f'<div class="l-content"><article class="node node-article view-mode-full"><h1 class="page-title">{page_["title"]}</h1>'
        f'<footer class="submitted">Submitted by <span class="username">{page_["author"]}</span> on Thu, 05/16/2024 - 17:40</footer>'
        f'<div class="field field-name-body field-type-text-with-summary"><div class="field-items"><div class="field-item even">{article}</div></div></div>'
        '<div class="field field-name-field-tags"><div class="field-label">Tags:&nbsp;</div><a href="/tags/council">Council</a> <a href="/tags/roads">Roads</a></div>'
        '<ul class="links"><li class="comment_forbidden"><a href="/user/login">Log in</a> or <a href="/user/register">register</a> to post comments</li></ul></article></div>'
        f'<div class="l-sidebar"><div class="block block-node-recent"><h2 class="block-title">Recent content</h2><ul>{_lis(("Library hours change", "Fair board elects chair"), "/news/")}</ul></div></div>'
        '<footer class="l-footer"><p>Powered by Backdrop CMS</p></footer></div>'
    ))  # fmt: skip


# ---------------------------------------------------------------- English: a fact box (WoodWing Studio)
def woodwing(page_: dict, article: str) -> str:
    """A science magazine's digital story from WoodWing Studio: a consent bar, the header, the headline, the
    intro, the byline, ``div.article-content`` of ``p.body`` paragraphs with a ``div.factbox`` ("Fact box",
    heading and list) and a "Read more" card in them, an author box, a newsletter box and "More from the
    magazine"."""
    return _doc(page_, "en", (
        _cookie("This site uses cookies to improve your experience.", "Got it", "Learn more")
        + f'<header class="masthead"><a href="/">{page_["site"]}</a><ul>{_links(("Space", "Earth", "Health", "Tech"), "/")}</ul></header>'
        f'<main><article class="ww-article"><h1 class="title">{page_["title"]}</h1><p class="intro">{page_["deck"]}</p>'
        f'<p class="byline">Words by {page_["author"]}</p>'
        f'<div class="article-content">{article}</div>'
        f'<div class="author-box"><strong>{page_["author"]}</strong> writes about the oceans for the magazine.</div>'
        '<div class="newsletter"><h3>Get the weekly dispatch</h3><form><input type="email"><button>Sign up</button></form></div></article>'
        f'<aside class="more"><h3>More from the magazine</h3><ul>{_lis(("The quiet comet", "Inside the seed vault"), "/story/")}</ul></aside></main>'
        '<footer><p>© 2024 Deep Field Magazine</p></footer>'
    ))  # fmt: skip


def body(text: str) -> tuple[str, str]:
    return f'<p class="body">{text}</p>', text


def factbox(title: str, *facts: str) -> tuple[str, str]:
    items = "".join(f"<li>{x}</li>" for x in facts)
    return (
        f'<div class="factbox"><span class="factbox-label">Fact box</span><h3>{title}</h3><ul>{items}</ul></div>',
        "\n".join((title, *facts)),
    )


def ww_card(title: str) -> tuple[str, None]:
    return (
        f'<div class="read-more-card"><span>Read more</span><a href="/story/9"><img src="/i/9.jpg" alt=""><h4>{title}</h4></a></div>',
        None,
    )


# ---------------------------------------------------------------- English: a table of contents and "#" anchors (Zola)
def zola(page_: dict, article: str) -> str:
    """A cycling club's report on a Zola site: the header and nav, ``article`` with the title and date, a
    ``nav.toc`` of anchor links, ``section.post-content`` whose headings each end in a ``a.zola-anchor`` "#"
    link, then the tags, "Edit this page" and the footer."""
    return _doc(page_, "en", (
        f'<header><nav><a class="home" href="/">{page_["site"]}</a> <a href="/rides">Rides</a> <a href="/join">Join</a></nav></header>'
        f'<main><article><h1 class="post-title">{page_["title"]}</h1><p class="meta">{page_["author"]} · 2024-05-14</p>'
        f'<section class="post-content">{article}</section>'
        '<p class="tags">Tags: <a href="/tags/audax">audax</a> <a href="/tags/reports">reports</a></p>'
        '<p class="edit"><a href="https://github.com/club/site/edit/main/content/rides/hills-200.md">Edit this page</a></p></article></main>'
        '<footer><p>Built with Zola</p></footer>'
    ))  # fmt: skip


def zola_toc(*headings: str) -> tuple[str, None]:
    items = "".join(f'<li><a href="#{t.lower().replace(" ", "-")}">{t}</a></li>' for t in headings)
    return f'<nav class="toc"><strong>Contents</strong><ul>{items}</ul></nav>', None


def zola_h(text: str) -> tuple[str, str]:
    anchor = text.lower().replace(" ", "-")
    return (
        f'<h2 id="{anchor}">{text} <a class="zola-anchor" href="#{anchor}" aria-label="Anchor link for: {anchor}">#</a></h2>',
        text,
    )


SKINS.update(
    r24_grav=grav_syr,
    r24_bolt=bolt_he,
    r24_pimcore=pimcore_pl,
    r24_modx=modx_ja,
    r24_directus=nuxt_directus_pt,
    r24_velog=velog_ko,
    r24_concrete=concrete_print_it,
    r24_textpattern=textpattern_essay,
    r24_djangocms=djangocms,
    r24_polopoly=polopoly_amp,
    r24_cue=cue_sections,
    r24_bearblog=bearblog,
    r24_backdrop=backdrop,
    r24_woodwing=woodwing,
    r24_zola=zola,
)

page(
    "r24-syr-grav-factbox",
    "Assyrian community paper in the Syriac script on Grav, right to left (a cookie notice, the dropmenu, the title, date and author, paragraphs with a fact box inside them whose facts are the story's, tags, a share bar, previous and next links, popular posts)",
    "r24_grav",
    syr("mdrct' xdt' dlcn' swryy' ptyxl' bdhwk"),
    syr("'prym ywxnn"),
    "2024-05-18T10:00:00+03:00",
    [
        p(
            syr(
                "bywm' dcbt' ptyxl' mdrct' xdt' dlcn' swryy' bmdynt' ddhwk. bmdrct' 'yt 180 ylwp' wtrysr mlpn'."
            )
        ),
        p(syr("mdbrn' dmdrct' 'mr dylwp' bdy ylpy kl ywm' tlt' ce' blcn' swryy' wcbe' ce' blcn' 'xrn'.")),
        syr_facts(
            syr("mdrct' bmnyn'"),
            syr("ylwp': 180"),
            syr("mlpn': 12"),
            syr("pwrs' dbnyn': 2023"),
        ),
        p(syr("'bh' dylwp' xdyy bmdrct' xdt'. xd mnhwn 'mr dbny' dylh ylpy lcn' d'bhyhwn.")),
        p(syr("bcnt' d'ty' mdbrn' mxcby lptx' etr' mdrct' bzkw.")),
    ],
    site=syr("ql' d'twr"),
)
page(
    "r24-he-bolt-update-top",
    "Hebrew city news site on Bolt CMS, right to left (a consent bar, the menu, breadcrumbs, the headline and subtitle, the writer and date, a captioned photo, an update note with its time above the paragraphs, an inline related card, a share bar, a newsletter box, a comment prompt, more stories)",
    "r24_bolt",
    "הרכבת הקלה: הקו הסגול יעבור דרך רחוב הרצל",
    "נועה לוי",
    "2024-05-19T12:05:00+03:00",
    [
        he_update("משרד התחבורה הודיע כי מועד תחילת העבודות נדחה בשבועיים, ל-1 ביולי."),
        p(
            "הוועדה המחוזית לתכנון ובנייה אישרה אתמול את התוואי הסופי של הקו הסגול ברכבת הקלה. לפי התוכנית, הקו יעבור לאורך רחוב הרצל ויכלול שש תחנות בתחומי העיר."
        ),
        p(
            "בעירייה מעריכים כי העבודות יימשכו כשלוש שנים, ובמהלכן ייסגר הרחוב לתנועת רכבים פרטיים. התחבורה הציבורית תוסט לרחובות הסמוכים."
        ),
        raw(
            '<div class="related-inline"><span>עוד בנושא:</span> <a href="/news/812">הקו האדום: 20 מיליון נוסעים בשנה הראשונה</a></div>',
            None,
        ),
        p(
            "סוחרים ברחוב הביעו חשש מפגיעה בפרנסתם. \u201cשלוש שנים של חפירות יהרגו את העסקים כאן\u201d, אמר בעל חנות הבגדים בפינת הרחוב. העירייה הודיעה כי תקים קרן סיוע לעסקים שייפגעו."
        ),
    ],
    site="חדשות העיר",
    deck="הוועדה המחוזית אישרה את התוואי. העבודות יימשכו כשלוש שנים",
)
page(
    "r24-pl-pimcore-page-one",
    "Polish regional portal on Pimcore, a story split over three pages showing page one (a RODO consent modal, the headline, the lead, the author and date, paragraphs with a Czytaj także card, a Strona 1 z 3 pager with Następna strona, tags, share, a comment count, most read)",
    "r24_pimcore",
    "Nowe tramwaje wyjadą na tory we wrześniu. Pierwsze kursy na trasie do Nowego Dworu",
    "Marta Kowalczyk",
    "2024-05-18T09:12:00+02:00",
    [
        p(
            "Miejskie Przedsiębiorstwo Komunikacyjne odebrało w piątek pierwszy z dwudziestu nowych tramwajów. Pojazdy są w pełni niskopodłogowe i klimatyzowane, a każdy z nich zabierze jednorazowo ponad 200 pasażerów."
        ),
        p(
            "Zanim tramwaj wyjedzie z pasażerami, musi przejść jazdy próbne. Potrwają one około trzech miesięcy, dlatego pierwsze kursy zaplanowano na wrzesień."
        ),
        raw(*pl_also("Remont torowiska na placu Grunwaldzkim. Są objazdy")),
        p(
            "Nowe składy w pierwszej kolejności trafią na linię 31 do Nowego Dworu, gdzie najczęściej skarżono się na tłok. Kolejne będą dostarczane co dwa tygodnie."
        ),
    ],
    site="Gazeta Regionalna",
    deck="Pierwszy z dwudziestu nowych tramwajów dotarł do zajezdni. Przed nim trzy miesiące jazd próbnych.",
)
page(
    "r24-ja-modx-toc",
    "Japanese business news site on MODX with a table of contents (a cookie banner, breadcrumb, the headline, date and writer, an SNS share bar, a 目次 box of anchor links, h2 headings with ids, paragraphs, an ad slot, the writer profile, related and ranking lists)",
    "r24_modx",
    "人手不足の町工場が選んだ「週休3日」　導入から1年で見えたこと",
    "田中 由美",
    "2024-05-17T07:00:00+09:00",
    [
        ja_toc("週休3日を導入した理由", "生産量は落ちなかった", "課題も残る"),
        p(
            "東京都大田区の金属加工会社が、昨年春から社員の週休3日制を導入した。社員は28人。導入から1年がたち、その効果が見えてきた。"
        ),
        ja_h2(1, "週休3日を導入した理由"),
        p(
            "きっかけは採用難だった。求人を出しても応募がなく、若手の退職も続いていた。社長は「休みを増やさなければ人は来ない」と考え、一日の勤務時間を2時間延ばす代わりに休日を増やした。"
        ),
        raw('<div class="ad-slot"><span>広告</span><div id="div-gpt-ad-1"></div></div>', None),
        ja_h2(2, "生産量は落ちなかった"),
        p(
            "心配された生産量は、導入前とほぼ同じ水準を保った。段取り替えの回数が減り、機械の稼働率はむしろ上がったという。この1年で4人の新しい社員が入社した。"
        ),
        ja_h2(3, "課題も残る"),
        p(
            "一方で、取引先からの急な注文に対応しにくくなったという声もある。会社は休日を社員ごとにずらすことで、平日はすべて稼働できる体制を整えている。"
        ),
    ],
    site="ビジネスの森",
)
page(
    "r24-pt-directus-faq-details",
    "Brazilian explainer on Nuxt over Directus whose questions are details blocks (an LGPD banner, an Entenda label, the headline and subtitle, the byline, two paragraphs, questions in summary elements with their answers, a Leia também card between them, a WhatsApp channel call, a newsletter box, most read)",
    "r24_directus",
    "Entenda o que muda no Imposto de Renda com a nova faixa de isenção",
    "Carolina Mendes",
    "2024-05-17T08:30:00-03:00",
    [
        p(
            "O governo federal sancionou nesta quinta-feira a lei que amplia a faixa de isenção do Imposto de Renda. A mudança vale a partir de maio e atinge cerca de 15 milhões de contribuintes."
        ),
        p("Veja abaixo as principais perguntas e respostas sobre a nova regra."),
        faq(
            "Quem deixa de pagar Imposto de Renda?",
            "Ficam isentos os trabalhadores que recebem até dois salários mínimos por mês, o equivalente a R$ 2.824.",
        ),
        faq(
            "Quando a mudança começa a valer?",
            "A nova tabela vale para os salários pagos a partir de maio. O desconto já aparece no contracheque do mês seguinte.",
        ),
        raw(*pt_also("Restituição do IR: veja o calendário de 2024")),
        faq(
            "Quem ganha mais também é beneficiado?",
            "Sim. Como a faixa de isenção sobe para todos, quem ganha acima de dois salários mínimos também paga um pouco menos, já que a primeira parte da renda deixa de ser tributada.",
            "A economia, porém, é pequena para as rendas mais altas.",
        ),
    ],
    site="Folha do Cerrado",
    deck="Nova faixa vale a partir de maio e atinge cerca de 15 milhões de contribuintes",
)
page(
    "r24-ko-velog-footnotes",
    "Korean developer's post on velog with numbered footnotes (the header, title, user and date with a follow button, tags, a series box, paragraphs with sup marks, a heading, a code block, the footnotes section with back links, likes, the user card, recommended posts, a comment box)",
    "r24_velog",
    "PostgreSQL 부분 인덱스로 쿼리 시간을 90% 줄인 이야기",
    "dev-min",
    "2024-05-17T21:00:00+09:00",
    [
        ko_para(
            "회사 서비스의 주문 목록 조회가 점점 느려졌다. 주문 테이블에는 약 3천만 건의 데이터가 있었고, 대부분은 이미 처리가 끝난 주문이었다.{1}"
        ),
        h("원인"),
        ko_para(
            "조회 쿼리는 항상 처리 중인 주문만 찾았는데, 인덱스는 테이블 전체에 걸려 있었다. 그래서 필요 없는 데이터까지 인덱스에서 읽고 있었다."
        ),
        raw(
            "<pre><code class=\"language-sql\">CREATE INDEX orders_pending_idx ON orders (created_at) WHERE status = 'pending';</code></pre>",
            "CREATE INDEX orders_pending_idx ON orders (created_at) WHERE status = 'pending';",
        ),
        ko_para(
            "처리 중인 주문에만 부분 인덱스를 만들자 인덱스 크기는 1.2GB에서 40MB로 줄었고, 쿼리 시간은 평균 800ms에서 70ms로 줄었다.{2}"
        ),
        ko_notes(
            "처리가 끝난 주문이 전체의 약 98%였다.",
            "운영 환경에서 일주일 동안 측정한 평균값이다.",
        ),
    ],
    site="velog",
)
page(
    "r24-it-concrete-print-view",
    "Italian local paper's printer-friendly view from Concrete CMS (the logo, a Stampa button and Torna all'articolo, the section, the headline, the occhiello, the author and date, paragraphs, the article's address, Riproduzione riservata, the publisher's line)",
    "r24_concrete",
    "Ponte di Bellagio, riapertura rinviata a luglio",
    "Giulia Ferri",
    "2024-05-18T11:00:00+02:00",
    [
        p(
            "La riapertura del ponte sul torrente Perlo, chiuso da febbraio per un cedimento della carreggiata, slitta a luglio. Lo ha comunicato ieri la Provincia di Como dopo un sopralluogo dei tecnici."
        ),
        p(
            "I lavori di consolidamento delle fondazioni si sono rivelati più complessi del previsto: durante gli scavi è emersa una falda d'acqua che ha costretto l'impresa a cambiare il metodo di intervento."
        ),
        p(
            "Fino alla riapertura resta in vigore la deviazione per San Giovanni, che allunga il percorso di circa sei chilometri. Il Comune ha chiesto di potenziare le corse del bus nelle ore di punta."
        ),
    ],
    site="Il Corriere del Lago",
    deck="Durante gli scavi è emersa una falda d'acqua: cambia il metodo dei lavori",
    url="https://www.corrieredellago.example/print/ponte-bellagio",
)
page(
    "r24-en-textpattern-photo-essay",
    "Photographers' collective's photo essay on Textpattern whose long captions are the story (the section list, the title, author and date, an intro paragraph, figures with long captions and Photograph credits, previous and next essay links, a comment form, Published with Textpattern)",
    "r24_textpattern",
    "Last shift at the Ashby pit",
    "Tom Rafferty",
    "2024-05-12T09:00:00+01:00",
    [
        p(
            "For six weeks before the quarry at Ashby closed, I followed the men and women who worked its final shifts."
        ),
        plate(
            "ashby-1",
            "At 5.30am the crusher crew gathers in the canteen. Most of them have worked here for more than twenty years; Dennis Hale, the foreman, started in 1981 as a sixteen-year-old driving a dumper truck.",
            "Tom Rafferty",
        ),
        plate(
            "ashby-2",
            "The last face to be blasted lies on the north side of the pit. After each blast the shot-firer walks the face alone, checking for rock that has failed to fall.",
            "Tom Rafferty",
        ),
        plate(
            "ashby-3",
            "Sandra Mills has run the weighbridge since 2004. On the final Friday she weighed 41 lorries, fewer than a third of the number on a busy day a decade ago.",
            "Tom Rafferty",
        ),
        plate(
            "ashby-4",
            "When the crusher stopped for the last time, nobody spoke. The company plans to flood the pit and hand it to the county as a nature reserve.",
            "Tom Rafferty",
        ),
    ],
    site="Northlight Collective",
)
page(
    "r24-en-djangocms-social-posts",
    "Public broadcaster's regional story on django CMS quoting posts (a consent bar, the section, the headline, the lead, the byline, text plugin blocks, a Telegram post quoted by the site beside the widget script, a Bluesky embed, an Instagram embed, related stories, a follow box)",
    "r24_djangocms",
    "Ferry service to Gotland cancelled as storm closes Baltic ports",
    "Anna Berzina",
    "2024-05-17T10:30:00+03:00",
    [
        text_plugin(
            "Ferries between the Swedish mainland and Gotland were cancelled on Friday as a storm with gusts of up to 30 metres a second swept across the central Baltic.",
            "Ports in Riga and Ventspils also suspended operations, and the Latvian coast guard warned ships to stay in harbour until Saturday morning.",
        ),
        telegram(
            "Due to the storm all ferry departures from Ventspils are cancelled until 08:00 Saturday. Passengers with tickets will be rebooked free of charge.",
            "ventspilsport",
        ),
        text_plugin(
            "Destination Gotland said about 4,000 passengers were affected. Meteorologists said the wind would ease overnight.",
        ),
        bluesky(
            "Gusts of 31 m/s measured at Östergarnsholm this morning, the strongest May wind on record there.",
            "SMHI Weather",
            "smhi.bsky.social",
            "May 17, 2024 at 9:14 AM",
        ),
        instagram("Waves over the pier in Visby this morning. Stay safe everyone!", "Visby Harbour"),
        text_plugin("Ferry traffic is expected to resume on Saturday afternoon."),
    ],
    site="Baltic Public Media",
    deck="Thousands of passengers stranded as ports in Sweden and Latvia suspend sailings.",
)
page(
    "r24-en-polopoly-amp",
    "Regional daily's AMP page from Atex Polopoly (amp-consent, an amp-sidebar menu, the headline and byline, an amp-img lead photo with caption, paragraphs with amp-ad slots labelled Advertisement and a More on this story list, amp-social-share buttons, View the full site)",
    "r24_polopoly",
    "Harbour dredging to start in June after two-year delay",
    "Callum Reid",
    "2024-05-16T15:20:00+01:00",
    [
        p(
            "Dredging of the inner harbour will finally begin in June, two years later than planned, the port authority confirmed on Thursday."
        ),
        p(
            "The work will deepen the channel by 1.5 metres so that larger fishing boats and the new island ferry can berth at low tide. About 80,000 tonnes of silt will be removed."
        ),
        raw(*amp_ad(1)),
        p(
            "The project was delayed by a dispute over where the silt should be dumped. It will now be taken to a licensed site 12 miles offshore."
        ),
        raw(*amp_more("Ferry timetable cut for winter", "Fish landings hit ten-year high")),
        p(
            "Harbour master Iain Gow said the work would take about four months and the harbour would stay open throughout."
        ),
        raw(*amp_ad(2)),
    ],
    site="Harbour Herald",
)
page(
    "r24-en-cue-sections-ads",
    "Nordic group's English edition on Stibo DX CUE whose text is in section blocks with ad slots between them (a consent wall, the kicker, the headline, the lead, the byline, sections of paragraphs, Advertisement boxes, a paywall teaser, latest news)",
    "r24_cue",
    "Norway's biggest wind farm gets go-ahead despite reindeer herders' protest",
    "Erik Sandvik",
    "2024-05-16T07:00:00+02:00",
    [
        section(
            "The government on Wednesday approved a 1,200-megawatt wind farm on the Fosen peninsula's southern plateau, the largest in the country.",
            "The project's 160 turbines are expected to produce enough electricity for about 250,000 homes when the farm is completed in 2028.",
        ),
        raw(*cue_ad(1)),
        section(
            "Sámi reindeer herders who use the area for winter grazing have said they will take the decision to court. In 2021 the Supreme Court ruled that two existing wind farms nearby had violated the herders' rights.",
            "The energy minister said the new licence sets aside corridors for the reindeer and requires the turbines to stop during the migration.",
        ),
        raw(*cue_ad(2)),
        section(
            "Construction is due to start next spring. The developer said it would hire about 400 people during the building phase.",
        ),
    ],
    site="Nordic Post",
    deck="Sámi herders vow to take the decision to court.",
)
page(
    "r24-en-bearblog-endnotes",
    "Bear Blog essay with endnotes (the title link and nav, the title, the date, paragraphs with sup marks, a footnote div with an hr and a list with back links, hashtags, a Toast upvote button, Made with Bear)",
    "r24_bearblog",
    "The night train is back, mostly",
    "Ines Porter",
    "2024-05-15T00:00:00+00:00",
    [
        bear_para(
            "I took the new sleeper from Brussels to Prague last week. It leaves at 7.22pm and, on a good day, arrives at 11am the next morning.{1}"
        ),
        bear_para(
            "The carriages are old, refurbished Austrian couchettes. Mine had six berths, a tiny sink and a window that did not quite close."
        ),
        bear_para(
            "We were two hours late into Prague because of engineering work near Dresden.{2} Nobody seemed to mind much: breakfast had been served, and the view of the Elbe valley is better in daylight anyway."
        ),
        bear_notes(
            "The timetable says 10.58am. I have never seen it arrive on time.",
            "The operator warns of this on its website, in German only.",
        ),
    ],
    site="slow miles",
)
page(
    "r24-en-backdrop-correction-top",
    "County paper's council story on Backdrop CMS under a correction (the header and menu, the title, Submitted by ... on ..., an italic correction above the paragraphs, tags, a log-in-to-comment line, the sidebar's recent content, Powered by Backdrop CMS)",
    "r24_backdrop",
    "County approves $3.2 million for rural road repairs",
    "Jim Bolden",
    "2024-05-16T17:40:00-05:00",
    [
        p(
            "<em>Correction: An earlier version of this story misstated the number of miles to be resurfaced. It is 42 miles, not 24.</em>"
        ),
        p(
            "The Harlan County Commission on Thursday approved $3.2 million for repairs to rural roads, the largest amount it has set aside for road work in a single year."
        ),
        p(
            "The money will pay to resurface 42 miles of gravel and chip-seal roads and to replace three bridges that inspectors rated as poor last year."
        ),
        p(
            "Commissioner Dale Price said the work would start in July and should be finished before harvest. \u201cThese are the roads our farmers use every day,\u201d he said."
        ),
    ],
    site="Harlan County Ledger",
)
page(
    "r24-en-woodwing-factbox",
    "Science magazine's digital story from WoodWing Studio with a fact box (a consent bar, the headline, the intro, Words by, body paragraphs, a labelled fact box with heading and list inside them, a Read more card, an author box, a newsletter box, more from the magazine)",
    "r24_woodwing",
    "The whale that sings in a new key",
    "Priya Nair",
    "2024-05-14T08:00:00+01:00",
    [
        body(
            "For two decades, researchers have listened to a single blue whale whose song is pitched at 52 hertz, far above that of any other of its kind."
        ),
        body(
            "New recordings from hydrophones off the coast of California suggest that the whale's voice has dropped by almost two hertz since it was first detected in 1989."
        ),
        factbox(
            "The 52-hertz whale",
            "First detected by US Navy hydrophones in 1989.",
            "Its song is higher than that of any known blue or fin whale.",
            "It has never been seen.",
        ),
        ww_card("The quiet comet"),
        body(
            "The scientists think the change may simply be a sign of age, as the voices of other blue whales have also deepened over the same period."
        ),
    ],
    site="Deep Field Magazine",
    deck="A lone blue whale's song is getting lower. Scientists think it is growing old.",
)
page(
    "r24-en-zola-toc-anchors",
    "Cycling club's ride report on a Zola site with a table of contents and # anchors on its headings (the nav, the title, author and date, a Contents nav of anchor links, h2 headings each ending in an anchor link, paragraphs, tags, Edit this page, Built with Zola)",
    "r24_zola",
    "Hills 200: a wet day in the Dales",
    "Sam Whitaker",
    "2024-05-14T00:00:00+01:00",
    [
        zola_toc("The start", "Fleet Moss", "The finish"),
        p(
            "Thirty-one riders set off from Skipton at 7am on Saturday for the club's Hills 200 audax, in light rain that did not stop all day."
        ),
        zola_h("The start"),
        p(
            "The first 50 kilometres through Wharfedale were gentle, and the group stayed together as far as the first control at Kettlewell."
        ),
        zola_h("Fleet Moss"),
        p(
            "The climb of Fleet Moss split the field. Two riders walked the steepest section, and one turned back with a broken chain."
        ),
        zola_h("The finish"),
        p(
            "Twenty-seven riders finished inside the time limit. The fastest, Jo Kettle, was back in Skipton at 5.40pm."
        ),
    ],
    site="Craven Wheelers",
)
