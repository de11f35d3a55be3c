"""The twenty-seventh round of ``bench/extraction_pages``: pages (``r27-*``) of outlets, platforms and page kinds
the first twenty-six rounds lack, each in a template written here after what the outlet's or platform's pages emit.

Languages: Polish (a town's news site on Kirby CMS, its story in Kirby's blocks with a quote block and an image
block), Turkish (an essay on WriteFreely, the federated blogging platform), Amharic (a Telegram channel's post
seen through its ``?embed=1`` widget page, the text broken at ``<br>``), Portuguese (a Lisbon newsletter on Ghost's
Casper 5 whose post is cut for members, under its "Este artigo é só para assinantes" box), Thai (a long post on a
Mastodon instance's embed page), Korean (a Bluesky thread unrolled by a thread reader, the writer's posts
numbered, a reply by another account below), Simplified Chinese (a Typecho blog on the Handsome theme with its
licence box), Russian (a Habr article with hubs, tags, a vote count and comments), Japanese (a Qiita article
with a code block under the "more than a year old" notice) and Vietnamese (a Viblo post with its table of
contents and reactions). English platforms and kinds: a council page on Adobe Experience Manager (core
components: ``cmp-title``, ``cmp-text``, ``cmp-teaser`` cards in ``aem-Grid`` columns), a GitBook changelog
page with a hint block, a Rails story under Hotwire whose comments are a lazy ``<turbo-frame>``, a public Patreon
post under its join box, and a school's page on the new Google Sites (its text in deeply nested generated
classes).
The gold of every page was written before nutgraf was run on it: it leaves out headlines, bylines and dates set
apart, decks, cards, the members box, the thread reader's counters and the other account's reply, the
licence box, hubs, tags, votes and comments, the old-article notice, the table of contents and reactions, the
teasers, the hint's icon, the lazy comments' placeholder, the join box, and the sites' navigation; it keeps the
quote block, the image block's caption where it tells the story, the code, the hint's text and every post of the
thread by its writer.
"""

from __future__ import annotations

from articles import page
from fourth_round import _cookie, _doc, _links
from furniture import SKINS
from parts import h, p
from thirteenth_round import _lis


# ---------------------------------------------------------------- Polish (Kirby CMS blocks)
def kirby_pl(page_: dict, article: str) -> str:
    """A Polish town's news site on Kirby CMS: the cookie bar, the header menu, ``main.main`` with
    ``article.news`` (``header.news-header`` with the title, the date and the writer), ``div.news-text.text``
    holding Kirby's blocks (paragraphs, a ``figure.quote`` block, an image block), the tags and "Zobacz także"
    cards, the footer with "Made with Kirby"."""
    return _doc(page_, "pl", (
        _cookie("Ta strona używa plików cookie.", "Akceptuję", "Polityka prywatności")
        + f'<header class="header"><a class="logo" href="/">{page_["site"]}</a><nav class="menu">{_links(("Aktualności", "Gmina", "Kultura", "Sport", "Ogłoszenia"), "/kategoria/")}</nav></header>'
        '<main class="main"><article class="news">'
        f'<header class="news-header h1"><h1>{page_["title"]}</h1><p class="news-date"><time datetime="2024-05-21">21 maja 2024</time> · {page_["author"]}</p></header>'
        f'<div class="news-text text">{article}</div>'
        '<footer class="news-footer"><ul class="news-tags"><li><a href="/tag:most">most</a></li><li><a href="/tag:remont">remont</a></li></ul></footer></article>'
        '<section class="related"><h2>Zobacz także</h2><ul class="grid">'
        '<li class="column"><a href="/aktualnosci/nowy-rozklad-autobusow"><figure><img src="/media/bus.jpg" alt=""></figure><h3>Nowy rozkład autobusów od czerwca</h3></a></li>'
        '<li class="column"><a href="/aktualnosci/festyn-nad-rzeka"><figure><img src="/media/festyn.jpg" alt=""></figure><h3>Festyn nad rzeką w najbliższą sobotę</h3></a></li></ul></section></main>'
        '<footer class="footer"><p>© 2024 Gazeta Nadwiślańska</p><p><a href="https://getkirby.com">Made with Kirby</a></p></footer>'
    ))  # fmt: skip


def kirby_quote(text: str, who: str) -> tuple[str, str]:
    return (
        f'<figure class="quote"><blockquote>{text}</blockquote><figcaption>{who}</figcaption></figure>',
        f"{text}\n{who}",
    )


def kirby_image(src: str, caption: str) -> tuple[str, None]:
    return f'<figure class="image"><img src="{src}" alt=""><figcaption>{caption}</figcaption></figure>', None


# ---------------------------------------------------------------- Turkish (WriteFreely)
def writefreely_tr(page_: dict, article: str) -> str:
    """A Turkish writer's blog on WriteFreely: the blog's name in ``header`` with its nav,
    ``article#post-body.norm.h-entry`` (``h2#title.p-name``, the date, ``div.e-content``), the tags, the
    "Published with WriteFreely" footer and the fediverse follow box."""
    return _doc(page_, "tr", (
        f'<div id="post-wrapper"><header><h1 dir="auto"><a href="/" class="h-card p-author">{page_["site"]}</a></h1>'
        '<nav><a href="/archive/">Arşiv</a> <a href="/feed/">RSS</a></nav></header>'
        f'<article id="post-body" class="norm h-entry"><h2 id="title" class="p-name">{page_["title"]}</h2>'
        '<time class="dt-published" datetime="2024-05-19T18:20:00Z" pubdate>19 Mayıs 2024</time>'
        f'<div class="e-content">{article}</div></article>'
        '<p class="tags"><a href="/tag:kitap" class="hashtag"><span>#</span><span class="p-category">kitap</span></a> <a href="/tag:sahaf" class="hashtag"><span>#</span><span class="p-category">sahaf</span></a></p>'
        '<div class="fediverse-follow"><p>Bu bloğu fediverse\'te takip edin: <code>@kenarnotlari@yazi.example</code></p></div></div>'
        '<footer dir="ltr"><hr><nav><p style="font-size: 0.9em">published with <a class="home pubd" href="https://writefreely.org">write.as</a></p></nav></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Amharic (a Telegram post's embed page)
def telegram_embed_am(page_: dict, article: str) -> str:
    """A Telegram channel post seen at ``t.me/<channel>/<id>?embed=1``: ``body.widget_frame_base.tgme_widget``
    with ``div.tgme_widget_message_wrap``, the channel's photo and name, a photo, the text in
    ``div.tgme_widget_message_text.js-message_text`` (lines broken by ``<br>``), the views, the date link and
    the "View in Telegram" button; no JSON-LD."""
    return _doc(page_, "am", (
        '<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message text_not_supported_wrap js-widget_message" data-post="addismerkato/4821">'
        '<div class="tgme_widget_message_user"><a href="https://t.me/addismerkato"><i class="tgme_widget_message_user_photo bgcolor2"><img src="https://cdn4.cdn-telegram.org/file/ch.jpg"></i></a></div>'
        '<div class="tgme_widget_message_bubble"><i class="tgme_widget_message_bubble_tail"></i>'
        f'<div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" href="https://t.me/addismerkato"><span dir="auto">{page_["site"]}</span></a></div>'
        '<a class="tgme_widget_message_photo_wrap" href="https://t.me/addismerkato/4821" style="width:800px;background-image:url(\'https://cdn4.cdn-telegram.org/file/ph.jpg\')"></a>'
        f'<div class="tgme_widget_message_text js-message_text" dir="auto">{article}</div>'
        '<div class="tgme_widget_message_footer compact js-message_footer"><div class="tgme_widget_message_info short js-message_info">'
        '<span class="tgme_widget_message_views">12.4K</span><span class="copyonclick"> </span>'
        '<span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" href="https://t.me/addismerkato/4821"><time datetime="2024-05-20T07:41:00+00:00" class="time">07:41</time></a></span></div></div></div>'
        '<a class="tgme_widget_message_link_button" href="https://t.me/addismerkato/4821">View in Telegram</a></div></div>'
        '<script src="//telegram.org/js/widget-frame.js?66"></script>'
    ), ld=False)  # fmt: skip


def tg_lines(*lines: str) -> tuple[str, str]:
    """The post's text: its paragraphs parted by a blank line of ``<br/><br/>``, as Telegram writes them."""
    return "<br/><br/>".join(lines), "\n\n".join(lines)


# ---------------------------------------------------------------- Portuguese (Ghost Casper 5, members-only cut)
def casper_pt(page_: dict, article: str) -> str:
    """A Lisbon newsletter on Ghost with Casper 5: ``body.post-template``, the site head with its navigation and
    "Entrar" / "Subscrever", ``article.article.post``: the tag, title, excerpt, byline with avatar and date,
    the feature image, ``section.gh-content.gh-canvas`` holding the public part and Ghost's members-only
    ``aside.gh-post-upgrade-cta``, then "Ler mais" cards and the footer "Powered by Ghost"."""
    return _doc(page_, "pt", (
        '<div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner">'
        f'<div class="gh-head-brand"><a class="gh-head-logo" href="/">{page_["site"]}</a></div>'
        f'<nav class="gh-head-menu"><ul class="nav">{_links(("Início", "Cidade", "Cultura", "Sobre"), "/tag/")}</ul></nav>'
        '<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Entrar</a> <a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscrever</a></div></div></header>'
        '<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-cidade">'
        f'<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/cidade/">Cidade</a></span></div>'
        f'<h1 class="article-title">{page_["title"]}</h1><p class="article-excerpt">{page_["deck"]}</p>'
        f'<div class="article-byline"><div class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/rita/" class="author-avatar"><img class="author-profile-image" src="/content/images/rita.jpg" alt="{page_["author"]}"></a></li></ul>'
        f'<div class="article-byline-meta"><h4 class="author-name"><a href="/author/rita/">{page_["author"]}</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2024-05-22">22 mai 2024</time><span class="byline-reading-time"><span class="bull">•</span> 6 min de leitura</span></div></div></div></div>'
        '<figure class="article-image"><img src="/content/images/2024/05/elevador.jpg" alt=""></figure></header>'
        f'<section class="gh-content gh-canvas">{article}'
        '<aside class="gh-post-upgrade-cta"><div class="gh-post-upgrade-cta-content" style="background-color: #d5451b"><h2>Este artigo é só para assinantes</h2>'
        '<a class="gh-btn" data-portal="signup" href="#/portal/signup" style="color:#d5451b">Subscrever agora</a>'
        '<p><small>Já tem conta? <a data-portal="signin" href="#/portal/signin">Entrar</a></small></p></div></aside></section></article></main>'
        '<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card"><a class="post-card-content-link" href="/feira-do-livro/"><header class="post-card-header"><h2 class="post-card-title">A Feira do Livro volta ao Parque Eduardo VII</h2></header></a></article>'
        '<article class="post-card"><a class="post-card-content-link" href="/bicicletas/"><header class="post-card-header"><h2 class="post-card-title">Mais 40 estações de bicicletas partilhadas</h2></header></a></article></div></aside></div>'
        f'<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">{page_["site"]}</a> © 2024</section><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Thai (a Mastodon post's embed page)
def mastodon_embed_th(page_: dict, article: str) -> str:
    """A long post on a Thai Mastodon instance (a raised character limit) at ``/@user/id/embed``:
    ``body.embed``, ``div.activity-stream.activity-stream--headless`` with ``div.entry.entry-center`` and
    ``div.detailed-status.detailed-status--flex``: the display name and handle, ``div.status__content.emojify``
    holding ``div.e-content`` (paragraphs, hashtags), the date, the reply, boost and favourite counts and the
    instance's "Mastodon" logo link."""
    return _doc(page_, "th", (
        '<div class="activity-stream activity-stream--headless"><div class="entry entry-center"><div class="detailed-status detailed-status--flex">'
        f'<a class="detailed-status__display-name u-url" href="https://thai.social/@somchai"><div class="detailed-status__display-avatar"><img class="account__avatar u-photo" src="/avatars/somchai.png" width="48" height="48"></div>'
        f'<span class="display-name"><bdi><strong class="display-name__html p-name emojify">{page_["author"]}</strong></bdi> <span class="display-name__account">@somchai@thai.social</span></span></a>'
        f'<div class="status__content emojify"><div class="e-content" lang="th">{article}</div></div>'
        '<div class="detailed-status__meta"><data class="dt-published" value="2024-05-23T03:10:00Z"></data>'
        '<a class="detailed-status__datetime u-url u-uid" href="https://thai.social/@somchai/112480371" target="_blank"><time class="formatted" datetime="2024-05-23T03:10:00Z">23 พ.ค. 2024, 10:10</time></a> · '
        '<span class="detailed-status__link"><i class="fa fa-reply"></i> <span class="detailed-status__reblogs">14</span></span> · '
        '<span class="detailed-status__link"><i class="fa fa-retweet"></i> <span class="detailed-status__reblogs">231</span></span> · '
        '<span class="detailed-status__link"><i class="fa fa-star"></i> <span class="detailed-status__favorites">402</span></span> · '
        '<a class="open-in-web-link" href="https://thai.social/@somchai/112480371" target="_blank">Mastodon</a></div></div></div></div>'
        '<script src="/packs/js/embed.js"></script>'
    ), ld=False)  # fmt: skip


def toot_p(text: str, tags: str = "") -> tuple[str, str]:
    links = "".join(
        f' <a href="https://thai.social/tags/{t}" class="mention hashtag" rel="tag">#<span>{t}</span></a>'
        for t in tags.split()
    )
    return f"<p>{text}{links}</p>", text + "".join(f" #{t}" for t in tags.split())


# ---------------------------------------------------------------- Korean (a Bluesky thread unrolled)
def bsky_unroll_ko(page_: dict, article: str) -> str:
    """A Bluesky thread unrolled by a thread reader: the reader's header and "Save as PDF" and "Share" bar, the
    writer's avatar, name and handle, "1/7"-counted posts each in ``div.thread-post`` with ``p.post-text`` and
    a counter, a "See the thread on Bluesky" link, a reply by another account under "답글", the reader's
    "Unroll another thread" box and footer."""
    return _doc(page_, "ko", (
        '<header class="reader-top"><a class="brand" href="/">SkyUnroll</a><nav><a href="/popular">인기 스레드</a> <a href="/about">소개</a></nav></header>'
        '<main class="reader"><div class="tools"><a href="#" class="pdf">PDF로 저장</a> <a href="#" class="share">공유</a></div>'
        f'<div class="author-card"><img src="/av/kimjh.jpg" alt=""><div><strong>{page_["author"]}</strong> <span class="handle">@kimjh.bsky.social</span></div></div>'
        f'<h1 class="thread-title">{page_["title"]}</h1>'
        f'<div class="thread">{article}</div>'
        '<p class="source"><a href="https://bsky.app/profile/kimjh.bsky.social/post/3ksx2">Bluesky에서 스레드 보기</a> · 2024년 5월 24일</p>'
        '<section class="replies"><h2>답글</h2><div class="reply"><strong>박서연</strong> <span class="handle">@sy.bsky.social</span><p>저희 동네도 작년부터 같은 일이 있었어요. 정리해 주셔서 감사합니다.</p></div></section>'
        '<div class="unroll-box"><h3>다른 스레드 펼치기</h3><form><input placeholder="Bluesky 게시물 링크"><button>펼치기</button></form></div></main>'
        '<footer class="reader-foot"><p>SkyUnroll은 Bluesky와 관련이 없습니다.</p></footer>'
    ), ld=False)  # fmt: skip


def bsky_post(number: int, total: int, text: str) -> tuple[str, str]:
    return (
        f'<div class="thread-post" id="p{number}"><p class="post-text">{text}</p><span class="counter">{number}/{total}</span></div>',
        text,
    )


# ---------------------------------------------------------------- Simplified Chinese (Typecho, Handsome theme)
def typecho_zh(page_: dict, article: str) -> str:
    """A Chinese blog on Typecho with the Handsome theme: the aside menu, ``header.bg-light``, the breadcrumb,
    ``div#post-panel`` with ``h1.entry-title``, the meta line (author, date, views, comments), ``div.entry-content``
    with ``div#post-content`` (paragraphs, a heading, a list), the "tt-license" licence box, the "最后修改"
    line, the previous/next post links, the comments and the footer "Powered by Typecho"."""
    return _doc(page_, "zh-CN", (
        f'<div id="alllayout" class="app"><header id="header" class="app-header navbar"><a href="/" class="navbar-brand">{page_["site"]}</a></header>'
        f'<aside id="aside" class="app-aside"><nav class="navi"><ul class="nav">{_links(("首页", "归档", "关于", "友链"), "/")}</ul></nav></aside>'
        '<div id="content" class="app-content"><main class="app-content-body"><div class="hbox hbox-auto-xs hbox-auto-sm">'
        '<div class="col center-part"><header class="bg-light lter wrapper-md"><ol class="breadcrumb"><li><a href="/">首页</a></li><li><a href="/category/life/">生活</a></li><li class="active">正文</li></ol></header>'
        f'<div id="post-panel" class="wrapper-md"><article class="single-post panel"><h1 class="entry-title m-n font-thin text-black l-h">{page_["title"]}</h1>'
        f'<ul class="entry-meta text-muted list-inline"><li class="meta-author">{page_["author"]}</li><li class="meta-date"><time>2024 年 05 月 25 日</time></li><li class="meta-views">1356 次阅读</li><li class="meta-comments">8 条评论</li></ul>'
        f'<div class="entry-content l-h-2x"><div id="post-content">{article}</div></div>'
        '<div class="tt-license"><p><span class="text-muted">© 版权声明</span></p><p>本文由 <a href="/">' + page_["author"] + '</a> 创作，采用 <a href="https://creativecommons.org/licenses/by-nc-sa/4.0/">知识共享署名-非商业性使用-相同方式共享 4.0 国际许可协议</a> 进行许可。</p><p>本站文章除注明转载/出处外，均为本站原创或翻译，转载前请务必署名。</p></div>'
        '<div class="show-foot"><div class="notebook"><i class="fontello fontello-clock"></i> 最后修改：2024 年 05 月 26 日</div></div></article>'
        '<nav class="post-navigation"><ul class="pager"><li class="previous"><a href="/archives/311/">上一篇：周末去了一趟苏州</a></li><li class="next"><a href="/archives/313/">下一篇：我的阅读清单</a></li></ul></nav>'
        '<div id="comments"><h4 class="comments-title">8 条评论</h4><ol class="comment-list"><li><div class="comment-body"><p>写得真好，我也想试试。</p></div></li></ol></div></div></div></div></main></div>'
        '<footer id="footer" class="app-footer"><p>© 2024 <a href="/">' + page_["site"] + '</a> · Powered by <a href="https://typecho.org">Typecho</a> · Theme by <a href="https://www.ihewro.com/">Handsome</a></p></footer></div>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Russian (Habr)
def habr_ru(page_: dict, article: str) -> str:
    """A Habr article: the header, ``div.tm-article-presenter__body``: the author's avatar and name, the date,
    ``h1.tm-title``, the hubs list, "Время на прочтение 4 мин", "Количество просмотров 8.1K", the body in
    ``div.article-formatted-body.article-formatted-body_version-2`` (paragraphs, a heading, a code block),
    then "Теги:" and "Хабы:" lists, the vote counter, bookmarks, "Комментарии 17", "Публикации" cards and
    the footer."""
    return _doc(page_, "ru", (
        f'<div class="tm-layout"><header class="tm-header"><a class="tm-header__logo" href="/ru/">Хабр</a><nav>{_links(("Моя лента", "Все потоки", "Разработка", "Администрирование", "Дизайн"), "/ru/flows/")}</nav></header>'
        '<main class="tm-layout__container"><div class="tm-article-presenter"><div class="tm-article-presenter__body"><div class="tm-misprint-area"><div class="tm-misprint-area__wrapper">'
        '<article class="tm-article-presenter__content tm-article-presenter__content_narrow"><div class="tm-article-presenter__header"><div class="tm-article-snippet tm-article-snippet tm-article-presenter__snippet">'
        f'<div class="tm-article-snippet__meta-container"><div class="tm-article-snippet__meta"><span class="tm-user-info tm-article-snippet__author"><a href="/ru/users/nsergeev/" class="tm-user-info__username">{page_["author"]}</a></span>'
        '<span class="tm-article-datetime-published"><time datetime="2024-05-26T09:00:00.000Z" title="2024-05-26, 12:00">26 мая в 12:00</time></span></div></div>'
        f'<h1 lang="ru" class="tm-title tm-title_h1"><span>{page_["title"]}</span></h1>'
        '<div class="tm-article-snippet__stats"><div class="tm-article-reading-time"><span class="tm-article-reading-time__label">Время на прочтение 4 мин</span></div><span class="tm-icon-counter tm-data-icons__item"><span class="tm-icon-counter__value">8.1K</span></span></div>'
        '<div class="tm-publication-hubs__container"><div class="tm-publication-hubs"><span class="tm-publication-hub__link-container"><a href="/ru/hubs/postgresql/" class="tm-publication-hub__link"><span>PostgreSQL</span><span title="Профильный хаб">*</span></a></span>'
        '<span class="tm-publication-hub__link-container"><a href="/ru/hubs/sql/" class="tm-publication-hub__link"><span>SQL</span><span title="Профильный хаб">*</span></a></span></div></div></div></div>'
        f'<div id="post-content-body"><div><div class="article-formatted-body article-formatted-body article-formatted-body_version-2"><div xmlns="http://www.w3.org/1999/xhtml">{article}</div></div></div></div>'
        '<div class="tm-article-presenter__meta"><div class="tm-separated-list tm-article-presenter__meta-list"><span class="tm-separated-list__title">Теги:</span><ul class="tm-separated-list__list"><li><a href="/ru/search/?q=%5Bpostgresql%5D">postgresql</a></li><li><a href="/ru/search/?q=%5Bvacuum%5D">vacuum</a></li><li><a href="/ru/search/?q=%5Bbloat%5D">bloat</a></li></ul></div>'
        '<div class="tm-separated-list tm-article-presenter__meta-list"><span class="tm-separated-list__title">Хабы:</span><ul class="tm-separated-list__list"><li><a href="/ru/hubs/postgresql/">PostgreSQL</a></li><li><a href="/ru/hubs/sql/">SQL</a></li></ul></div></div></article></div></div>'
        '<div class="tm-article-sticky-panel"><div class="tm-votes-meter"><span class="tm-votes-meter__value tm-votes-meter__value_positive">+27</span></div><button class="bookmarks-button"><span class="bookmarks-button__counter">112</span></button><a href="/ru/articles/815500/comments/" class="tm-article-comments-counter-link"><span class="tm-article-comments-counter-link__value">Комментарии 17</span></a></div></div>'
        '<section class="tm-block tm-block_spacing-around"><h2 class="tm-block__title">Публикации</h2><div class="tm-articles-list"><article class="tm-articles-list__item"><h2 class="tm-title"><a href="/ru/articles/1/">Как мы перестали бояться индексов</a></h2></article><article class="tm-articles-list__item"><h2 class="tm-title"><a href="/ru/articles/2/">Разбираем план запроса по шагам</a></h2></article></div></section></div></main>'
        '<footer class="tm-footer"><div class="tm-footer__copyright">© 2006–2024, Habr</div></footer></div>'
    ))  # fmt: skip


def habr_code(code: str) -> tuple[str, str]:
    return f'<pre><code class="sql">{code}</code></pre>', code


# ---------------------------------------------------------------- Japanese (Qiita)
def qiita_ja(page_: dict, article: str) -> str:
    """A Qiita article: the global header, the "この記事は最終更新日から1年以上が経過しています。" notice, the
    author, the dates, ``h1`` title, the tag list, the LGTM and stock buttons, ``div#personal-public-article-body``
    with ``div.mdContent-inner`` (paragraphs, headings with anchors, a code frame with its file name), the
    "記事へのコメント", the author card and "関連記事"."""
    return _doc(page_, "ja", (
        '<div id="GlobalHeader"><header class="st-Header"><a href="/" class="st-Header_logo">Qiita</a><nav><a href="/trend">トレンド</a> <a href="/question-feed">質問</a> <a href="/official-events">イベント</a></nav></header></div>'
        '<main class="p-items"><div class="p-items_main"><article>'
        '<div class="style-1eyvlzn" role="note"><p>この記事は最終更新日から1年以上が経過しています。</p></div>'
        f'<div class="style-author"><a href="/ktanaka">@ktanaka</a> <span>({page_["author"]})</span></div>'
        '<div class="style-dates"><time datetime="2023-03-02T10:00:00+09:00">投稿日 2023年03月02日</time> <time>更新日 2023年03月04日</time></div>'
        f'<h1 class="style-title">{page_["title"]}</h1>'
        '<div class="style-tags"><a href="/tags/python">Python</a> <a href="/tags/pandas">pandas</a> <a href="/tags/csv">CSV</a></div>'
        '<div class="style-lgtm"><button aria-label="LGTM">LGTM</button><span>132</span> <button>ストック</button></div>'
        f'<section class="it-MdContent"><div id="personal-public-article-body"><div class="mdContent-inner">{article}</div></div></section>'
        '<div class="style-bottomLgtm"><button>LGTM</button><span>132</span></div></article>'
        '<section class="p-items_comments"><h2>記事へのコメント</h2><div class="comment"><p>chunksize の話、助かりました！</p></div></section></div>'
        '<aside class="p-items_side"><div class="author-card"><a href="/ktanaka">@ktanaka</a><p>データエンジニア。CSVと格闘する日々。</p><button>フォロー</button></div>'
        f'<div class="related"><h3>関連記事</h3><ul>{_lis(("pandasで巨大なExcelを読む", "Polarsに移行してみた"), "/items/")}</ul></div></aside></main>'
        '<footer class="st-Footer"><p>© 2011-2024 Qiita Inc.</p></footer>'
    ))  # fmt: skip


def qiita_h2(text: str, anchor: str) -> tuple[str, str]:
    return (
        f'<h2 data-sourcepos="1:1"><span id="{anchor}" class="fragment"></span><a href="#{anchor}"><i class="fa fa-link"></i></a>{text}</h2>',
        text,
    )


def qiita_code(name: str, code: str) -> tuple[str, str]:
    return (
        f'<div class="code-frame" data-lang="python"><div class="code-lang"><span class="bold">{name}</span></div>'
        f'<div class="highlight"><pre><code>{code}</code></pre></div></div>',
        code,
    )


# ---------------------------------------------------------------- Vietnamese (Viblo)
def viblo_vi(page_: dict, article: str) -> str:
    """A Viblo post: the header, the left rail with the vote counter and bookmark, the author card with
    "Theo dõi", the post's stats (views, clips, comments), ``h1.article-content__title``, ``div.md-contents.article-content__body``
    (paragraphs, headings, a list), the tags, "Mục lục" (the table of contents) in the right rail, the
    reactions, "Bài viết liên quan" and the footer."""
    return _doc(page_, "vi", (
        f'<header class="main-navbar"><a class="logo" href="/">Viblo</a><nav>{_links(("Bài Viết", "Hỏi Đáp", "Thảo Luận"), "/")}</nav></header>'
        '<div class="post-body container"><div class="row"><div class="col-1 post-actions"><div class="votes"><button class="vote up">▲</button><div class="points"><span>+41</span></div><button class="vote down">▼</button></div><button class="clip">Lưu</button></div>'
        f'<div class="col-8"><div class="post-author"><a href="/u/hoangminh">{page_["author"]}</a> <span>@hoangminh</span> <button class="follow">+ Theo dõi</button></div>'
        '<div class="post-meta"><span>Đã đăng vào thg 5 27, 2024 8:15 SA</span> <span>5 phút đọc</span> <span title="Lượt xem">2.3K</span> <span title="Bình luận">6</span></div>'
        f'<article><h1 class="article-content__title">{page_["title"]}</h1><div class="md-contents article-content__body">{article}</div></article>'
        '<div class="tags"><a href="/tags/docker">Docker</a> <a href="/tags/devops">DevOps</a></div>'
        '<div class="reactions"><span>Bài viết hữu ích? </span><button>👍 41</button> <button>Chia sẻ</button></div>'
        f'<section class="related-posts"><h3>Bài viết liên quan</h3><ul>{_lis(("Docker Compose cho người mới bắt đầu", "Tối ưu Dockerfile cho ứng dụng Node.js"), "/p/")}</ul></section>'
        '<section class="comments"><h3>Bình luận</h3><div class="comment"><p>Bài viết rất dễ hiểu, cảm ơn bạn!</p></div></section></div>'
        '<div class="col-3 toc"><div class="sidebar-toc"><h4>Mục lục</h4><ul><li><a href="#_tai-sao-image-lon-0">Tại sao image lớn?</a></li><li><a href="#_multi-stage-build-1">Multi-stage build</a></li><li><a href="#_ket-qua-2">Kết quả</a></li></ul></div></div></div></div>'
        '<footer class="main-footer"><p>© 2024 Viblo. All rights reserved.</p></footer>'
    ))  # fmt: skip


def viblo_h2(text: str, anchor: str) -> tuple[str, str]:
    return f'<h2><a name="{anchor}"></a>{text}</h2>', text


# ---------------------------------------------------------------- English: Adobe Experience Manager core components
def aem_council(page_: dict, article: str) -> str:
    """A council's news page on Adobe Experience Manager: the ``root container`` and ``aem-Grid`` layout, the
    experience fragment header, a ``cmp-breadcrumb``, ``cmp-title``, a ``cmp-text`` date line, the story as
    ``div.text.aem-GridColumn`` components each holding ``div.cmp-text`` (and a ``cmp-image`` with its caption),
    then ``cmp-teaser`` "Related news" cards, the "Was this page helpful?" feedback and the footer fragment."""
    return _doc(page_, "en-GB", (
        '<div class="root container responsivegrid"><div id="container-1d9a" class="cmp-container"><div class="aem-Grid aem-Grid--12 aem-Grid--default--12">'
        '<div class="experiencefragment aem-GridColumn aem-GridColumn--default--12"><div class="cmp-experiencefragment cmp-experiencefragment--header"><header class="cmp-header">'
        f'<a class="cmp-header__logo" href="/">{page_["site"]}</a><nav class="cmp-navigation"><ul class="cmp-navigation__group">{_links(("Bins and recycling", "Council tax", "Parking", "Planning", "News"), "/content/council/en/")}</ul></nav></header></div></div>'
        '<div class="breadcrumb aem-GridColumn aem-GridColumn--default--12"><nav class="cmp-breadcrumb" aria-label="Breadcrumb"><ol class="cmp-breadcrumb__list"><li class="cmp-breadcrumb__item"><a href="/">Home</a></li><li class="cmp-breadcrumb__item"><a href="/news">News</a></li></ol></nav></div>'
        f'<div class="title aem-GridColumn aem-GridColumn--default--12"><div class="cmp-title"><h1 class="cmp-title__text">{page_["title"]}</h1></div></div>'
        '<div class="text aem-GridColumn aem-GridColumn--default--12"><div class="cmp-text"><p><em>Published 28 May 2024</em></p></div></div>'
        f'{article}'
        '<div class="teaser aem-GridColumn aem-GridColumn--default--12"><h2 class="cmp-teaser-list__title">Related news</h2>'
        '<div class="cmp-teaser"><div class="cmp-teaser__content"><h3 class="cmp-teaser__title"><a class="cmp-teaser__title-link" href="/news/bin-collections-bank-holiday">Bin collections over the bank holiday</a></h3><div class="cmp-teaser__description"><p>Collections will be a day late in the week after the holiday.</p></div></div></div>'
        '<div class="cmp-teaser"><div class="cmp-teaser__content"><h3 class="cmp-teaser__title"><a class="cmp-teaser__title-link" href="/news/libraries-summer">Libraries open longer this summer</a></h3><div class="cmp-teaser__description"><p>Six libraries will open until 8pm on weekdays.</p></div></div></div></div>'
        '<div class="form aem-GridColumn aem-GridColumn--default--12"><form class="cmp-form" action="/feedback"><p class="cmp-form-text__label">Was this page helpful?</p><button class="cmp-form-button">Yes</button> <button class="cmp-form-button">No</button></form></div>'
        '<div class="experiencefragment aem-GridColumn aem-GridColumn--default--12"><footer class="cmp-footer"><ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/contact">Contact us</a></li></ul><p>© Thornbury Borough Council 2024</p></footer></div>'
        '</div></div></div>'
        '<script src="/etc.clientlibs/council/clientlibs/clientlib-site.min.js"></script>'
    ))  # fmt: skip


def aem_text(*paragraphs: str) -> tuple[str, str]:
    inner = "".join(f"<p>{x}</p>" for x in paragraphs)
    return (
        f'<div class="text aem-GridColumn aem-GridColumn--default--12"><div class="cmp-text">{inner}</div></div>',
        "\n\n".join(paragraphs),
    )


def aem_image(src: str, caption: str) -> tuple[str, None]:
    return (
        f'<div class="image aem-GridColumn aem-GridColumn--default--12"><div class="cmp-image" itemscope itemtype="http://schema.org/ImageObject">'
        f'<img class="cmp-image__image" src="{src}" itemprop="contentUrl" alt=""><span class="cmp-image__title" itemprop="caption">{caption}</span></div></div>',
        None,
    )


# ---------------------------------------------------------------- English: GitBook (a changelog page, a hint)
def gitbook_page(page_: dict, article: str) -> str:
    """A product's changelog page published with GitBook: the top bar with the space's name and search, the
    left table of contents, ``main`` with the page's title and description, ``div.page-body`` in GitBook's
    block markup (paragraphs, headings, a list, a ``div[data-hint]`` "info" hint with its icon), "Last
    updated 2 days ago", the previous/next page cards, "Was this helpful?" and "Powered by GitBook"."""
    return _doc(page_, "en", (
        f'<div class="flex min-h-screen"><header class="gitbook-header"><a href="/" class="space-title">{page_["site"]}</a><button class="search">Ask or Search<kbd>Ctrl + K</kbd></button></header>'
        '<aside class="table-of-contents"><ul><li><a href="/">Introduction</a></li><li><a href="/getting-started">Getting started</a></li><li><a href="/api">API reference</a></li><li><a class="active" href="/changelog/v4">Changelog</a></li></ul></aside>'
        f'<main class="page-main"><header class="page-header"><h1 class="text-4xl font-bold">{page_["title"]}</h1><p class="page-description">{page_["deck"]}</p></header>'
        f'<div class="page-body whitespace-pre-wrap">{article}</div>'
        '<p class="last-updated">Last updated 2 days ago</p>'
        '<div class="page-nav"><a href="/changelog/v3-9" class="prev"><span>Previous</span><span>v3.9</span></a> <a href="/api" class="next"><span>Next</span><span>API reference</span></a></div>'
        '<div class="page-feedback"><p>Was this helpful?</p><button aria-label="Yes">👍</button><button aria-label="No">👎</button></div></main></div>'
        '<footer><a href="https://www.gitbook.com/?utm_source=content" class="powered-by">Powered by GitBook</a></footer>'
    ), ld=False)  # fmt: skip


def gb_p(text: str) -> tuple[str, str]:
    return f'<div class="blocks"><p class="leading-normal">{text}</p></div>', text


def gb_h2(text: str) -> tuple[str, str]:
    slug = text.lower().replace(" ", "-")
    return (
        f'<h2 id="{slug}" class="heading"><a href="#{slug}" class="anchor" aria-label="Direct link to heading"></a>{text}</h2>',
        text,
    )


def gb_hint(text: str) -> tuple[str, str]:
    return (
        f'<div data-hint="info" class="hint hint-info"><svg class="gb-icon" aria-hidden="true"></svg><div class="hint-content"><p>{text}</p></div></div>',
        text,
    )


# ---------------------------------------------------------------- English: Rails + Hotwire (a lazy turbo-frame)
def rails_turbo(page_: dict, article: str) -> str:
    """A local paper's Rails site under Hotwire: ``meta name="turbo-cache-control"``, the header and
    ``turbo-frame#nav_notifications``, ``article.story`` with its kicker, title, byline, photo and
    ``div.story__body.trix-content`` (Action Text: ``div`` lines and ``<br>``), the share links, then
    ``turbo-frame#comments[loading=lazy][src]`` holding "Loading comments…", a ``turbo-frame`` of "Most read"
    and the footer."""
    return _doc(page_, "en-US", (
        f'<header class="masthead"><a href="/" class="masthead__logo">{page_["site"]}</a><nav>{_links(("News", "Schools", "Sports", "Obituaries", "Opinion"), "/sections/")}</nav>'
        '<turbo-frame id="nav_notifications" src="/notifications/badge"></turbo-frame></header>'
        '<main><article class="story" data-controller="story" data-story-id-value="9182"><p class="story__kicker">Schools</p>'
        f'<h1 class="story__title">{page_["title"]}</h1><p class="story__byline">By {page_["author"]} · May 29, 2024</p>'
        '<figure class="story__photo"><img src="/rails/active_storage/blobs/redirect/eyJfcmFpbHMiOnsi/robotics.jpg" alt=""><figcaption>Team members test their robot in the school gym. (Staff photo)</figcaption></figure>'
        f'<div class="story__body trix-content">{article}</div>'
        '<div class="story__share" data-controller="share"><a href="#" data-action="share#copy">Copy link</a> <a href="#">Email</a></div></article>'
        '<turbo-frame id="comments" loading="lazy" src="/stories/9182/comments"><p class="loading">Loading comments…</p></turbo-frame>'
        '<turbo-frame id="most_read" src="/stories/most_read" loading="lazy"><aside class="most-read"><h2>Most read</h2><p class="loading">Loading…</p></aside></turbo-frame></main>'
        '<footer class="site-footer"><p>© 2024 The Valley Courier</p><a href="/subscribe">Subscribe</a></footer>'
    ), head='<meta name="turbo-cache-control" content="no-preview"><meta name="action-cable-url" content="/cable">')  # fmt: skip


def trix(*paragraphs: str) -> tuple[str, str]:
    """Action Text's Trix markup: the paragraphs as lines of one ``div``, parted by ``<br><br>``."""
    return f"<div>{'<br><br>'.join(paragraphs)}</div>", "\n\n".join(paragraphs)


# ---------------------------------------------------------------- English: a public Patreon post
def patreon_post(page_: dict, article: str) -> str:
    """A public post on Patreon: the creator's header with "Join for free" and "See membership options", the
    post card with its date and title, ``div[data-tag="post-content"]`` (paragraphs), the like count and
    "Share", the "Comments" section with "Load more comments", "More from ..." post cards and the footer."""
    return _doc(page_, "en", (
        f'<div id="renderPageContentWrapper"><header data-tag="creator-header"><a href="/rivermill">{page_["site"]}</a><p>creating a history podcast about the mills of the Calder Valley</p>'
        '<a data-tag="join-for-free" href="/join/rivermill">Join for free</a> <a href="/rivermill/membership">See membership options</a></header>'
        '<main><div data-tag="post-card"><span data-tag="post-published-at">May 30, 2024 at 7:00 PM</span>'
        f'<h1 data-tag="post-title">{page_["title"]}</h1><div data-tag="post-content">{article}</div>'
        '<div data-tag="post-details"><button data-tag="like-button" aria-label="Like">♥</button><span data-tag="like-count">86</span> <button data-tag="share-button">Share</button></div></div>'
        '<section data-tag="comments"><h2>Comments</h2><div data-tag="comment-row"><a href="/user/1">Ellen S.</a><p>My grandmother worked at Bridge Mill! Can\'t wait for this one.</p></div><button data-tag="loadMoreCommentsCta">Load more comments</button></section>'
        '<section data-tag="more-posts"><h2>More from River Mill Stories</h2><div data-tag="post-card"><a href="/posts/episode-11">Episode 11: The weavers\' strike of 1913</a></div><div data-tag="post-card"><a href="/posts/behind-the-scenes">Behind the scenes: recording in the archive</a></div></section></main>'
        '<footer><a href="/">Patreon</a> <a href="/policy/legal">Terms</a> <a href="/policy/privacy">Privacy</a></footer></div>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- English: the new Google Sites
def google_sites(page_: dict, article: str) -> str:
    """A primary school's news page on the new Google Sites: the ``div.UtePc.RCETm`` header with the site name
    and its navigation, the page title in a banner ``section``, the text in generated classes
    (``div.tyJCtd.mGzaTb.Depvyb.baZpAe`` holding ``p.zfr3Q.CDt4Ke`` whose words sit in ``span.C9DxTc``), an
    image section, the "Report abuse" and "Page details" links and Google Sites' footer."""
    return _doc(page_, "en-GB", (
        '<div class="zDUgLc"><div jsname="YeGGec" class="UtePc RCETm yxgWrb"><div class="BAo4Yb"><a class="ZDWhmd" href="/view/oakfieldprimary/home">'
        f'<span class="QTKDff">{page_["site"]}</span></a><nav class="JzO0Vc"><ul jsname="waIgnc">{_links(("Home", "News", "Classes", "Term dates", "Contact"), "/view/oakfieldprimary/")}</ul></nav></div></div>'
        '<div jsname="ZBtY8b" class="UtePc RCETm"><section class="yaqOZd LB7kq nyKByd"><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc"><div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd">'
        f'<div class="tyJCtd mGzaTb Depvyb baZpAe lkHyyc"><h1 id="h.title" class="zfr3Q duRjpb CDt4Ke"><span class="C9DxTc">{page_["title"]}</span></h1></div></div></div></div></section>'
        f'<section class="yaqOZd"><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc"><div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd"><div class="JNdkSc-SmKAyb LkDMRd"><div class="tyJCtd mGzaTb Depvyb baZpAe">{article}</div></div></div></div></div></section>'
        '<section class="yaqOZd"><div class="mYVXT"><div class="WIdY2d M1aSXe"><div class="t3iYD"><img src="https://lh3.googleusercontent.com/sitesv/APaQ0SQ" class="CENy8b" alt=""></div></div></div></section></div>'
        '<div class="dZA9kd ynRLnc" data-labelled-by="i3"><div role="button" class="U26fgb JRtysb" aria-label="Site actions"></div><a href="https://www.google.com/sites/reportabuse">Report abuse</a> <a href="#">Page details</a> <span>Page updated</span> <a href="https://sites.google.com/new">Google Sites</a></div></div>'
    ), ld=False)  # fmt: skip


def gs_p(text: str) -> tuple[str, str]:
    """One paragraph as Google Sites writes it: ``p`` with ``dir="ltr"`` and its text in a styled span."""
    return (
        f'<p dir="ltr" class="zfr3Q CDt4Ke" style="text-align: left;"><span class="C9DxTc">{text}</span></p>',
        text,
    )


def gs_h(text: str) -> tuple[str, str]:
    return (
        f'<h3 id="h.{len(text)}" dir="ltr" class="zfr3Q OmQG5e CDt4Ke"><span class="C9DxTc">{text}</span></h3>',
        text,
    )


SKINS.update(
    r27_kirby=kirby_pl,
    r27_writefreely=writefreely_tr,
    r27_telegram=telegram_embed_am,
    r27_casper=casper_pt,
    r27_mastodon=mastodon_embed_th,
    r27_bsky=bsky_unroll_ko,
    r27_typecho=typecho_zh,
    r27_habr=habr_ru,
    r27_qiita=qiita_ja,
    r27_viblo=viblo_vi,
    r27_aem=aem_council,
    r27_gitbook=gitbook_page,
    r27_turbo=rails_turbo,
    r27_patreon=patreon_post,
    r27_gsites=google_sites,
)

page(
    "r27-pl-kirby-quote-block",
    "Polish town news site on Kirby CMS, the story in Kirby's blocks (a cookie bar, the menu, the title with date and writer, paragraphs, a figure.quote block with its figcaption, an image block whose caption tells what the photo shows, tags, Zobacz także cards, Made with Kirby)",
    "r27_kirby",
    "Most na Wierzbówce zamknięty do końca sierpnia",
    "Marta Kowalczyk",
    "2024-05-21T08:00:00+02:00",
    [
        p(
            "Od poniedziałku most na ulicy Wierzbówka jest zamknięty dla samochodów. Remont potrwa do końca sierpnia, a objazd wyznaczono przez ulice Polną i Kolejową."
        ),
        p(
            "Piesi i rowerzyści mogą korzystać z tymczasowej kładki ustawionej obok mostu. Kładka będzie oświetlona także w nocy."
        ),
        kirby_quote(
            "Most ma ponad sześćdziesiąt lat i jego stan nie pozwalał dłużej czekać. Wymienimy płytę pomostu i bariery.",
            "Jan Nowicki, zastępca burmistrza",
        ),
        kirby_image(
            "/media/pages/aktualnosci/most/most.jpg",
            "Robotnicy zdejmują stare bariery z mostu na Wierzbówce.",
        ),
        p(
            "Remont kosztuje 4,2 mln zł, z czego 3 mln zł pochodzi z rządowego funduszu dróg samorządowych. Wykonawcą jest firma z Płocka."
        ),
        p(
            "Autobusy linii 3 i 5 pojadą objazdem, a przystanek Wierzbówka zostanie przeniesiony o 200 metrów w stronę dworca."
        ),
    ],
    site="Gazeta Nadwiślańska",
)
page(
    "r27-tr-writefreely-essay",
    "Turkish essay on WriteFreely (the blog's name and nav, an h-entry with the title, date and e-content paragraphs, hashtags, a fediverse follow line, the published with write.as footer; no byline)",
    "r27_writefreely",
    "Sahafların son kuşağı",
    "Kenar Notları",
    "2024-05-19T18:20:00+00:00",
    [
        p(
            "Kadıköy'deki sahaflar çarşısına ilk kez on iki yaşında gitmiştim. Babam bana eski bir Jules Verne kitabı almış, kapağı yırtık olduğu için satıcı yarı fiyatına vermişti."
        ),
        p(
            "Geçen hafta aynı çarşıya döndüğümde dükkânların yarısının kapandığını gördüm. Kalanların çoğu artık kitaplarını internetten satıyor, vitrindeki raflar ise yıllardır değişmemiş gibi."
        ),
        p(
            "Yetmiş yaşındaki Hüseyin Bey, kırk yıldır aynı dükkânda çalışıyor. Gençlerin kitap okumadığını düşünmüyor; yalnızca artık kitabı aramak yerine ekranda bulmayı tercih ettiklerini söylüyor."
        ),
        p(
            "Belki de sahafların değeri tam olarak buydu: aradığınız kitabı değil, aramadığınız kitabı bulmak. Bu yazıyı da o gün rastgele aldığım 1968 basımı bir şiir kitabının ilk sayfasında yazılı bir notla bitirmek istiyorum: \u201cOkuyan herkese.\u201d"
        ),
    ],
    site="Kenar Notları",
)
page(
    "r27-am-telegram-embed",
    "Amharic news channel's Telegram post seen through its ?embed=1 widget page (the channel photo and name, a photo link, the text with paragraphs parted by <br/><br/>, the views, the date link, View in Telegram; no JSON-LD, no headline of its own)",
    "r27_telegram",
    "የአዲስ አበባ ቀላል ባቡር አገልግሎት",
    "አዲስ መርካቶ ዜና",
    "2024-05-20T07:41:00+00:00",
    [
        tg_lines(
            "የአዲስ አበባ ቀላል ባቡር አገልግሎት ከሰኞ ጀምሮ በምሽት ሰዓታት እንደሚራዘም ተገለጸ።",
            "የኢትዮጵያ የምድር ባቡር ኮርፖሬሽን ዛሬ ባወጣው መግለጫ፣ ባቡሮቹ እስከ ምሽቱ አራት ሰዓት ድረስ በሁለቱም መስመሮች አገልግሎት እንደሚሰጡ አስታውቋል።",
            "ኮርፖሬሽኑ እንዳለው ለውጡ የተደረገው ከሥራ በኋላ ወደ ቤታቸው የሚመለሱ ተሳፋሪዎች ቁጥር በመጨመሩ ነው። በቀን ከ120 ሺህ በላይ ተሳፋሪዎች ባቡሩን ይጠቀማሉ።",
            "የትኬት ዋጋ ላይ ምንም ለውጥ እንደማይኖር ኮርፖሬሽኑ ገልጿል።",
        ),
    ],
    site="አዲስ መርካቶ ዜና",
)
page(
    "r27-pt-casper-members-cut",
    "Portuguese Lisbon newsletter on Ghost's Casper 5 whose post is cut for members (the gh-head with Entrar and Subscrever, the tag, title, excerpt, byline with avatar, date and reading time, feature image, the public paragraphs in section.gh-content and Ghost's aside.gh-post-upgrade-cta members box inside it, Ler mais post cards, Powered by Ghost)",
    "r27_casper",
    "O Elevador da Glória volta a subir a calçada",
    "Rita Figueiredo",
    "2024-05-22T09:00:00+01:00",
    [
        p(
            "Depois de sete meses parado, o Elevador da Glória voltou a funcionar na manhã de terça-feira. Às oito horas já havia uma fila de turistas na Praça dos Restauradores, mas também alguns moradores que o usam todos os dias para subir ao Bairro Alto."
        ),
        p(
            "A Carris aproveitou a paragem para substituir os cabos, os travões e parte dos carris. O funicular, inaugurado em 1885, é monumento nacional desde 2002."
        ),
        p(
            "Para quem mora na Rua da Glória, a reabertura traz sentimentos misturados. \u201cÉ bom ouvir outra vez o sino\u201d, diz Dona Amélia, que vive no número 14 há cinquenta anos, \u201cmas com ele voltam as filas à porta.\u201d"
        ),
    ],
    site="Lisboa a Pé",
    deck="Sete meses depois, o funicular mais antigo de Lisboa reabriu. Fomos ouvir quem mora na calçada.",
)
page(
    "r27-th-mastodon-long-embed",
    "Thai long post on a Mastodon instance's embed page (body.embed, the display name and handle, div.status__content holding the post's paragraphs and hashtags, the date link, reply, boost and favourite counts, the Mastodon link; no JSON-LD, no headline)",
    "r27_mastodon",
    "สมชาย ใจดี: ตลาดน้ำอัมพวา",
    "สมชาย ใจดี",
    "2024-05-23T03:10:00+00:00",
    [
        toot_p(
            "เมื่อวานได้ไปตลาดน้ำอัมพวาครั้งแรกในรอบห้าปี บรรยากาศเปลี่ยนไปมาก ร้านค้าริมคลองเพิ่มขึ้นเกือบเท่าตัว แต่เรือขายของในคลองเหลือไม่ถึงสิบลำ"
        ),
        toot_p(
            "คุณป้าที่ขายก๋วยเตี๋ยวเรือมาสามสิบปีเล่าว่า คนพายเรือรุ่นใหม่แทบไม่มีแล้ว ลูกหลานไปทำงานในกรุงเทพฯ กันหมด ตอนนี้ต้องจ้างคนพายเรือวันละห้าร้อยบาท"
        ),
        toot_p(
            "ส่วนเรื่องหิ่งห้อยตอนกลางคืน ชาวบ้านบอกว่าลดลงมากเพราะต้นลำพูริมคลองถูกตัดไปเยอะ ถ้าใครจะไปดู แนะนำให้ไปวันธรรมดาและเลือกเรือที่ไม่เปิดไฟแรง",
            "อัมพวา ท่องเที่ยว",
        ),
    ],
    site="thai.social",
)
page(
    "r27-ko-bluesky-thread-unrolled",
    "Korean Bluesky thread unrolled by a thread reader (the reader's header, PDF and share tools, the writer's card, a title the reader made from the first post, seven numbered posts each in div.thread-post with a 1/7 counter, a link to the thread on Bluesky, a reply by another account under 답글, an unroll-another box, the reader's footer)",
    "r27_bsky",
    "우리 동네 버스 노선이 사라진 이야기",
    "김지훈",
    "2024-05-24T10:00:00+09:00",
    [
        bsky_post(
            1,
            7,
            "우리 동네 버스 노선이 사라진 이야기를 정리해 보려고 합니다. 지난달 말 시에서 마을버스 7번 노선을 폐지한다고 발표했어요.",
        ),
        bsky_post(
            2,
            7,
            "7번 버스는 하루 평균 이용객이 400명 정도로, 대부분 어르신과 학생들이었습니다. 시는 적자가 연간 3억 원이 넘는다는 이유를 들었어요.",
        ),
        bsky_post(
            3,
            7,
            "문제는 대체 노선이 없다는 겁니다. 가장 가까운 정류장까지 걸어서 20분이 걸리고, 중간에 큰 언덕이 있어요.",
        ),
        bsky_post(
            4,
            7,
            "주민들이 서명을 모아 800명 넘게 참여했고, 지난주 시의회 공청회에도 30명 정도가 참석했습니다.",
        ),
        bsky_post(
            5,
            7,
            "시는 수요응답형 버스를 대안으로 제시했는데, 앱으로 호출해야 해서 어르신들에게는 쉽지 않다는 의견이 많았어요.",
        ),
        bsky_post(6, 7, "결국 시의회는 폐지를 6개월 미루고 그동안 이용 실태를 다시 조사하기로 했습니다."),
        bsky_post(
            7,
            7,
            "작은 노선 하나지만 누군가에게는 병원과 학교로 가는 유일한 길이라는 걸 이번에 알게 됐습니다. 관심 가져 주신 분들 감사합니다.",
        ),
    ],
    site="SkyUnroll",
)
page(
    "r27-zh-typecho-license-box",
    "Simplified Chinese blog on Typecho with the Handsome theme (the aside menu, the breadcrumb, the title, the meta line with views and comments, div#post-content with paragraphs, a heading and a list, the tt-license copyright box, the 最后修改 line, previous and next links, comments, Powered by Typecho)",
    "r27_typecho",
    "我在阳台上种了一年番茄",
    "林小满",
    "2024-05-25T20:00:00+08:00",
    [
        p(
            "去年春天，我在朝南的阳台上放了三个花盆，种下了六棵番茄苗。一年过去了，想把这段经历记下来，给同样想在阳台种菜的朋友一些参考。"
        ),
        h("几点经验", 3),
        (
            "<ul><li>阳台每天至少要有六小时的直射阳光，否则番茄只长叶子不结果。</li><li>花盆要够深，至少三十厘米，番茄的根扎得比想象中深。</li><li>开花以后每周轻轻摇一摇枝条，可以帮助授粉。</li></ul>",
            "阳台每天至少要有六小时的直射阳光，否则番茄只长叶子不结果。\n花盆要够深，至少三十厘米，番茄的根扎得比想象中深。\n开花以后每周轻轻摇一摇枝条，可以帮助授粉。",
        ),
        p(
            "最后一共收获了大约四公斤番茄。算上土、肥料和花盆，花费比在菜市场买要多，但看着它们一天天变红的那种快乐，是买不到的。"
        ),
        p("今年我打算再试试辣椒和紫苏，到时候再来更新。"),
    ],
    site="小满的杂记",
)
page(
    "r27-ru-habr-article",
    "Russian Habr article (the header, the author and date, the title, reading time and views, the hubs, the body in div.article-formatted-body_version-2 with paragraphs, a heading and an SQL code block, Теги: and Хабы: lists, the vote counter, bookmarks, Комментарии 17, Публикации cards, the footer)",
    "r27_habr",
    "Как мы уменьшили таблицу в PostgreSQL в пять раз",
    "nsergeev",
    "2024-05-26T09:00:00+00:00",
    [
        p(
            "Таблица событий в нашей базе выросла до 900 ГБ, хотя живых данных в ней было не больше 200 ГБ. Остальное занимали мёртвые строки, которые autovacuum не успевал убирать."
        ),
        h("Почему autovacuum не справлялся", 2),
        p(
            "В таблицу каждую секунду пишется около трёх тысяч строк, и почти столько же обновляется. С настройками по умолчанию autovacuum запускался на ней раз в несколько часов и тут же упирался в лимит стоимости."
        ),
        p("Мы уменьшили порог срабатывания и подняли лимит только для этой таблицы:"),
        habr_code(
            "ALTER TABLE events SET (\n    autovacuum_vacuum_scale_factor = 0.01,\n    autovacuum_vacuum_cost_limit = 2000\n);"
        ),
        p(
            "Чтобы вернуть уже занятое место, понадобился pg_repack: он перестраивает таблицу без долгой блокировки. После него таблица заняла 180 ГБ, и за три месяца снова вырасти ей не удалось."
        ),
    ],
    site="Хабр",
)
page(
    "r27-ja-qiita-old-notice",
    "Japanese Qiita article under the more-than-a-year-old notice (the global header, the notice, the author and dates, the title, tags, LGTM and stock buttons, div#personal-public-article-body with paragraphs, headings with anchor links and a code frame with its file name, the bottom LGTM, comments, the author card and 関連記事)",
    "r27_qiita",
    "pandasで大きなCSVを少ないメモリで読む",
    "田中 健",
    "2023-03-02T10:00:00+09:00",
    [
        p(
            "10GBを超えるCSVをpandasでそのまま読み込むと、16GBのメモリのノートPCではすぐに足りなくなります。この記事では、私が実際に使っている三つの方法を紹介します。"
        ),
        qiita_h2("列の型を指定する", "列の型を指定する"),
        p(
            "何も指定しないと、数値の列は64ビットで読み込まれます。dtypeで小さい型を指定するだけで、メモリ使用量が半分以下になることがあります。"
        ),
        qiita_h2("chunksizeで分けて読む", "chunksizeで分けて読む"),
        p("集計だけが目的なら、全体を一度に読む必要はありません。"),
        qiita_code(
            "read_chunks.py",
            'import pandas as pd\n\ntotal = 0\nfor chunk in pd.read_csv("sales.csv", chunksize=1_000_000):\n    total += chunk["amount"].sum()\nprint(total)',
        ),
        p("この方法なら、メモリに載るのは常に100万行分だけです。"),
    ],
    site="Qiita",
)
page(
    "r27-vi-viblo-toc",
    "Vietnamese Viblo post with its table of contents in the right rail (the header, the vote rail, the author with Theo dõi, the stats line, the title, div.md-contents with paragraphs, headings with named anchors and a list, the tags, reactions, Bài viết liên quan, comments, the Mục lục box)",
    "r27_viblo",
    "Giảm kích thước Docker image từ 1,2 GB xuống 90 MB",
    "Hoàng Minh",
    "2024-05-27T08:15:00+07:00",
    [
        p(
            "Khi mới bắt đầu dùng Docker cho dự án Go của nhóm, image của chúng tôi nặng tới 1,2 GB. Mỗi lần triển khai mất gần năm phút chỉ để tải image về máy chủ."
        ),
        viblo_h2("Tại sao image lớn?", "_tai-sao-image-lon-0"),
        p(
            "Nguyên nhân chính là image được build từ golang:1.22, trong đó có đầy đủ trình biên dịch và các công cụ phát triển, trong khi lúc chạy chúng tôi chỉ cần một file thực thi."
        ),
        viblo_h2("Multi-stage build", "_multi-stage-build-1"),
        p("Giải pháp là chia Dockerfile thành hai giai đoạn:"),
        (
            "<ul><li>Giai đoạn thứ nhất dùng image golang để biên dịch chương trình.</li><li>Giai đoạn thứ hai chỉ sao chép file thực thi sang một image alpine nhỏ gọn.</li></ul>",
            "Giai đoạn thứ nhất dùng image golang để biên dịch chương trình.\nGiai đoạn thứ hai chỉ sao chép file thực thi sang một image alpine nhỏ gọn.",
        ),
        viblo_h2("Kết quả", "_ket-qua-2"),
        p("Image cuối cùng chỉ còn 90 MB và thời gian triển khai giảm xuống dưới một phút."),
    ],
    site="Viblo",
)
page(
    "r27-en-aem-council-news",
    "Council news page on Adobe Experience Manager core components (the aem-Grid layout, the header experience fragment with navigation, cmp-breadcrumb, cmp-title, a cmp-text date line, the story as several text components with a cmp-image and its caption between them, Related news cmp-teaser cards with descriptions, a Was this page helpful form, the footer fragment)",
    "r27_aem",
    "New recycling centre opens at Mill Lane",
    "Thornbury Borough Council",
    "2024-05-28T10:00:00+01:00",
    [
        aem_text(
            "A new household recycling centre has opened at Mill Lane, replacing the old site on Station Road, which closed last week after 35 years.",
            "The centre has 30 bays for different materials, twice as many as the old site, and a split-level design so residents no longer need to climb steps to reach the containers.",
        ),
        aem_image(
            "/content/dam/council/news/mill-lane.jpg", "The new split-level recycling centre at Mill Lane"
        ),
        aem_text(
            "Residents will need to book a slot online before visiting, as they did at Station Road. Vans and trailers can visit on Tuesday and Thursday mornings only.",
            "The centre is open from 8am to 6pm every day except Christmas Day, Boxing Day and New Year's Day.",
        ),
    ],
    site="Thornbury Borough Council",
)
page(
    "r27-en-gitbook-changelog-hint",
    "Product changelog page published with GitBook (the top bar with search, the left table of contents, the page title and description, block markup with paragraphs, anchored headings, a list and an info hint with its icon, Last updated, previous and next page cards, Was this helpful, Powered by GitBook)",
    "r27_gitbook",
    "Version 4.0",
    "Ferry Docs",
    "2024-05-29T00:00:00+00:00",
    [
        gb_p(
            "Ferry 4.0 is the first release with support for resumable uploads. Large files are now sent in parts, and an upload that fails halfway can continue from the last part."
        ),
        gb_h2("New features"),
        (
            '<ul class="list-disc"><li><p>Resumable uploads for files larger than 100 MB.</p></li><li><p>A new ferry status command that shows transfers in progress.</p></li><li><p>Upload speed limits per project.</p></li></ul>',
            "Resumable uploads for files larger than 100 MB.\nA new ferry status command that shows transfers in progress.\nUpload speed limits per project.",
        ),
        gb_h2("Upgrading"),
        gb_p("Version 4.0 reads configuration files written for 3.x without changes."),
        gb_hint(
            "The old --chunk flag has been removed. Remove it from your scripts before upgrading, or the command will stop with an error."
        ),
    ],
    site="Ferry Docs",
    deck="Resumable uploads, a status command and per-project speed limits.",
)
page(
    "r27-en-rails-turbo-lazy-comments",
    "Local paper's Rails story under Hotwire (turbo meta tags, the header with a notifications turbo-frame, the kicker, title, byline and photo, the Action Text body as one div of lines parted by <br><br>, share links, a lazy comments turbo-frame holding Loading comments, a lazy Most read frame, the footer)",
    "r27_turbo",
    "High school robotics team heads to world championship",
    "Dana Whitaker",
    "2024-05-29T06:00:00-06:00",
    [
        trix(
            "The Valley High School robotics team will compete at the world championship in Houston next month, the first time a team from the county has qualified.",
            "The 14 students built their robot, nicknamed Gus, over six weeks in the school's metal shop. It won the regional event in Denver in April by stacking more blocks in two minutes than any other entry.",
            "The trip will cost about $18,000. Parents have raised $11,000 so far through a car wash and a pancake breakfast, and the school board agreed on Tuesday to cover the rest.",
            "\u201cThey've done all of this themselves,\u201d said coach Maria Lopez. \u201cI mostly just unlock the door.\u201d",
        ),
    ],
    site="The Valley Courier",
)
page(
    "r27-en-patreon-public-post",
    "Public Patreon post under the creator's join box (the creator header with Join for free and See membership options, the post card's date and title, div[data-tag=post-content] paragraphs, the like count and Share, Comments with Load more comments, More from cards, the footer; no JSON-LD)",
    "r27_patreon",
    "Episode 12 is out: the night the dam broke",
    "River Mill Stories",
    "2024-05-30T19:00:00+01:00",
    [
        p(
            "Episode 12 is out today, and it is the one many of you have asked for since we started: the night in 1852 when the Bilberry reservoir dam broke above Holmfirth."
        ),
        p(
            "We spent two days in the county archive reading the inquest reports, and we talked to a historian whose great-great-grandfather survived by climbing onto the roof of a mill."
        ),
        p(
            "Eighty-one people died that night. The episode tells the story of three of them, and of the mill owners who had been warned about the dam for years."
        ),
        p(
            "Thank you for listening, and for keeping this podcast going. Episode 13 will be out at the end of June."
        ),
    ],
    site="River Mill Stories",
)
page(
    "r27-en-google-sites-school",
    "Primary school's news page on the new Google Sites (the generated-class header with the site name and navigation, a banner section with the title, the text in div.tyJCtd with p.zfr3Q paragraphs and an h3 whose words sit in span.C9DxTc, an image section, Report abuse, Page details and the Google Sites footer; no JSON-LD)",
    "r27_gsites",
    "Sports day moves to Friday",
    "Oakfield Primary School",
    "2024-05-31T00:00:00+01:00",
    [
        gs_p(
            "Because of the weather forecast, sports day has moved from Wednesday 5 June to Friday 7 June. It will start at 9.30am on the school field."
        ),
        gs_p(
            "Children should come to school in their PE kit with a water bottle, a sun hat and sun cream already applied."
        ),
        gs_h("Parents and carers"),
        gs_p(
            "Parents and carers are welcome to watch from the marked area beside the field. The parents' race will be the last event, at about 2.30pm."
        ),
        gs_p(
            "If the weather is bad on Friday as well, sports day will be cancelled and the classes will hold their own games in the hall."
        ),
    ],
    site="Oakfield Primary School",
)
