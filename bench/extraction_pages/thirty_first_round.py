"""The thirty-first round of ``bench/extraction_pages``: pages (``r31-*``) of platforms, page kinds and languages the
first thirty rounds lack, each in a template written here after what the platform's or site's pages emit.

Three page kinds the thirtieth round's reviewer found: an English club's news on Strikingly written in ``<div>``
paragraphs (no ``<p>``) under its ``<h1>``; a Japanese town's news in ``<div>`` lines with its ``<br>``-written
sign-off ("この記事の感想をお寄せください。"); and a water district's release written as particulars lines with
``<br>`` (its date header and "Posted by" line). Languages: Simplified Chinese (a Jianshu post with its "赞赏" and
"评论" and a Douban note with its "回应" and "推荐"), Traditional Chinese (a Xuite blog entry), Czech (a club's news on
Webnode), Lithuanian (a regional news page with its "Skaitykite taip pat"), Danish (a parish's church newsletter),
Croatian (a municipality's news) and Persian (a news agency's right-to-left page). English platforms: a DEV
Community post, a VuePress blog post, a Mataroa post and a hand-written Neocities page. The gold of every page was
written before nutgraf was run on it: it leaves out headlines, bylines and dates set apart, tags, reactions,
comments, share boxes, related links, sign-offs that ask for the reader's opinion and the sites' navigation; it
keeps the body's headings, lists, code and quotations.
"""

from __future__ import annotations

from articles import page
from fourth_round import _doc
from furniture import SKINS
from parts import h, p


def ul(*items: str) -> tuple[str, str]:
    return "<ul>" + "".join(f"<li>{x}</li>" for x in items) + "</ul>", "\n".join(items)


def div(text: str, cls: str = "") -> tuple[str, str]:
    """A paragraph written as a ``<div>``, as page builders' and hand-made sites' editors write them."""
    attrs = f' class="{cls}"' if cls else ""
    return f"<div{attrs}>{text}</div>", text


def code(source: str, lang: str = "python") -> tuple[str, str]:
    return f'<pre><code class="language-{lang}">{source}</code></pre>', source


def quote(text: str) -> tuple[str, str]:
    return f"<blockquote><p>{text}</p></blockquote>", text


def furn(html: str) -> tuple[str, None]:
    return html, None


# ---------------------------------------------------------------- English (Strikingly, paragraphs in <div>)
def strikingly_en(page_: dict, article: str) -> str:
    """A Strikingly site's blog post: the navbar of the site's sections, ``h1.s-blog-title``, the date, the
    post's ``div.s-blog-body`` whose rich-text blocks write each paragraph as a ``<div>``, the "Share" row,
    "Previous"/"Next" links, the "Subscribe" box and the "Powered by Strikingly" footer."""
    return _doc(page_, "en", (
        '<div class="s-navbar"><a class="s-logo" href="/">Millbrook Rowing Club</a><ul><li><a href="/">Home</a></li><li><a href="/join">Join Us</a></li><li><a href="/blog">News</a></li><li><a href="/contact">Contact</a></li></ul></div>'
        '<div class="s-blog-container"><div class="s-blog-header">'
        f'<h1 class="s-blog-title">{page_["title"]}</h1><div class="s-blog-date">May 20, 2024</div><div class="s-blog-author">{page_["author"]}</div></div>'
        f'<div class="s-blog-body"><div class="s-rich-text-wrapper s-blog-content">{article}</div></div>'
        '<div class="s-blog-share"><span>Share</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a></div>'
        '<div class="s-blog-nav"><a class="prev" href="/blog/spring-regatta">Previous<br>Spring regatta results</a> <a class="next" href="/blog/boathouse-roof">Next<br>The boathouse roof appeal</a></div>'
        '<div class="s-blog-subscribe"><div class="s-subscribe-title">Subscribe</div><form><input type="email" placeholder="Email"><button>Subscribe</button></form></div></div>'
        '<div class="s-footer">© 2024 Millbrook Rowing Club<div class="s-powered">Powered by <a href="https://www.strikingly.com">Strikingly</a></div></div>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- Japanese (a town's news in divs)
def town_ja(page_: dict, article: str) -> str:
    """A Japanese town office's news page: the skip link, "文字サイズ" and "Foreign language" tools, the global
    menu, the breadcrumb, ``h1``, "更新日", ``div#contents_body`` written in ``<div>`` lines, the "問い合わせ先"
    box, the "この記事の感想をお寄せください。" feedback block written with ``<br>`` and its form, and the footer."""
    return _doc(page_, "ja", (
        '<div id="tmp_wrapper"><a href="#tmp_contents" class="skip">本文へ</a><div id="tmp_header"><div class="tmp_logo"><a href="/">南山町</a></div>'
        '<div class="tmp_tools"><span>文字サイズ</span><a href="#">標準</a><a href="#">大</a> <a href="/foreign/">Foreign language</a> <a href="/sitemap.html">サイトマップ</a></div>'
        '<ul id="tmp_gnavi"><li><a href="/kurashi/">くらし・手続き</a></li><li><a href="/kenko/">健康・福祉</a></li><li><a href="/kanko/">観光・産業</a></li><li><a href="/gyosei/">町政情報</a></li></ul></div>'
        '<div id="tmp_pankuzu"><a href="/">ホーム</a> &gt; <a href="/news/">お知らせ</a> &gt; 本ページ</div>'
        f'<div id="tmp_contents"><h1>{page_["title"]}</h1><p class="tmp_update">更新日：2024年5月21日</p>'
        f'<div id="tmp_contents_body">{article}</div>'
        '<div id="tmp_inquiry"><div class="tmp_inquiry_ttl">このページに関するお問い合わせ</div><div>企画課 広報係<br>電話番号：0265-00-1234<br>ファクス番号：0265-00-1235</div></div>'
        '<div id="tmp_feedback"><div>この記事の感想をお寄せください。<br>このページの情報は役に立ちましたか？</div><form><label><input type="radio" name="q1">役に立った</label><label><input type="radio" name="q1">役に立たなかった</label><button>送信</button></form></div></div>'
        '<div id="tmp_footer"><div>南山町役場　〒399-0000 長野県南山郡南山町1番地</div><div>Copyright © Minamiyama Town. All Rights Reserved.</div></div></div>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- English (a release as particulars lines)
def water_release_en(page_: dict, article: str) -> str:
    """A water district's news release: the alert bar, the header and menu, the "News Releases" breadcrumb,
    ``h1``, the particulars written as lines parted by ``<br>`` ("Release Date:", "Posted by:", "Contact:") in one
    ``div.release-info``, the release's paragraphs, "###", "Back to News Releases", the footer."""
    return _doc(page_, "en-US", (
        '<div class="alert-bar">Water outage: Oak Street between 3rd and 5th, Tuesday 9 a.m. – 2 p.m. <a href="/outages">Details</a></div>'
        '<header><a class="logo" href="/">Cedar Valley Water District</a><nav><a href="/pay">Pay My Bill</a> <a href="/start-stop">Start/Stop Service</a> <a href="/conservation">Conservation</a> <a href="/news">News</a> <a href="/about">About</a></nav></header>'
        '<div class="breadcrumb"><a href="/">Home</a> / <a href="/news">News Releases</a></div>'
        f'<main><h1>{page_["title"]}</h1>'
        '<div class="release-info">Release Date: May 21, 2024<br>Posted by: Communications Department<br>Contact: Dana Ruiz, Public Information Officer, (541) 555-0142</div>'
        f'<div class="release-body">{article}<p>###</p></div>'
        '<p><a href="/news">&laquo; Back to News Releases</a></p></main>'
        '<footer><div>Cedar Valley Water District · 1200 River Road · Cedar Valley, OR 97000</div><div>Customer Service: (541) 555-0100</div><div>© 2024 Cedar Valley Water District</div></footer>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- Simplified Chinese (Jianshu)
def jianshu_zh(page_: dict, article: str) -> str:
    """A Jianshu (简书) post: the header with "首页", "下载App", "会员", "登录" and "注册", ``h1._1RuRku``, the
    author line with "关注", the date, "字数" and "阅读", ``article._2rhmJa``, "赞赏支持", the likes, "更多精彩内容，
    就在简书APP", "评论" with its comments and the "推荐阅读" list."""
    return _doc(page_, "zh-CN", (
        '<header class="_1Jdfvb"><a href="/">简书</a><nav><a href="/">首页</a><a href="/apps">下载App</a><a href="/vips">会员</a><a href="/techareas">IT技术</a></nav><input placeholder="搜索"><a href="/sign_in">登录</a><a href="/sign_up">注册</a></header>'
        '<div class="_3VRLsv"><div class="_gp-ck"><section class="ouvJEz">'
        f'<h1 class="_1RuRku">{page_["title"]}</h1>'
        f'<div class="rEsl9f"><a class="_1OhGeD" href="/u/1">{page_["author"]}</a><button>关注</button><div class="s-dsoj"><time>2024.05.20 21:16:45</time><span>字数 1,024</span><span>阅读 3,217</span></div></div>'
        f'<article class="_2rhmJa">{article}</article>'
        '<div class="_19DgIp"><div>"小礼物走一走，来简书关注我"</div><button>赞赏支持</button><span>还没有人赞赏，支持一下</span></div>'
        '<div class="_1kCBjS"><span>156人点赞</span><a href="/nb/1">随笔</a></div></section>'
        '<div class="_3Pnjry">更多精彩内容，就在简书APP</div>'
        '<section class="ouvJEz" id="note-page-comment"><h3>评论 12</h3><div class="_2gPNSa"><a>江南布衣</a><div>写得真好，想起了外婆家的老屋。</div><span>2024.05.21</span></div></section>'
        '<section class="ouvJEz"><h3>推荐阅读</h3><ul><li><a href="/p/a1">那年夏天的西瓜</a></li><li><a href="/p/a2">写给十年后的自己</a></li></ul></section></div></div>'
        '<footer class="_2Q0ogM"><a href="/about">关于简书</a> © 2012-2024 上海佰集信息科技有限公司</footer>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- Simplified Chinese (Douban note)
def douban_zh(page_: dict, article: str) -> str:
    """A Douban (豆瓣) note: the global nav ("豆瓣", "读书", "电影", "音乐", "同城", "小组"), the author's
    avatar and name, ``h1``, ``span.pub-date``, ``div.note`` in ``div#link-report``, the "推荐" and "喜欢" counts,
    "回应" with its replies and the sidebar's "的日记"."""
    return _doc(page_, "zh-CN", (
        '<div id="db-global-nav"><a href="https://www.douban.com">豆瓣</a><a href="https://book.douban.com">读书</a><a href="https://movie.douban.com">电影</a><a href="https://music.douban.com">音乐</a><a href="https://www.douban.com/location/">同城</a><a href="https://www.douban.com/group/">小组</a><a href="/accounts/login">登录/注册</a></div>'
        '<div id="wrapper"><div id="content"><div class="grid-16-8 clearfix"><div class="article"><div class="note-container">'
        f'<div class="note-header note-header-container"><h1>{page_["title"]}</h1><div><a class="note-author" href="/people/1/">{page_["author"]}</a><span class="pub-date">2024-05-19 22:41:07</span> <span class="location">北京</span></div></div>'
        f'<div id="link-report" class="note-link-report"><div class="note" id="note_1">{article}</div></div>'
        '<div class="sns-bar"><a class="rec" href="#">推荐</a><span>87</span> <a class="fav" href="#">喜欢</a><span>203</span></div></div>'
        '<div id="comments" class="comment-list"><h2>回应</h2><div class="comment-item"><a>阿月</a><p>读完想去一趟胡同里的那家面馆。</p><span>2024-05-20</span></div><div class="comment-item"><a>小鹿</a><p>写得太温柔了。</p><span>2024-05-20</span></div></div></div>'
        '<div class="aside"><h2>的日记 · · · · · · (全部)</h2><ul><li><a href="/note/2/">冬天的烤红薯</a></li><li><a href="/note/3/">搬家记</a></li></ul></div></div></div>'
        '<div id="footer"><span>© 2005－2024 douban.com, all rights reserved 北京豆网科技有限公司</span> <a href="/about">关于豆瓣</a></div></div>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- Traditional Chinese (Xuite)
def xuite_zh(page_: dict, article: str) -> str:
    """A Xuite (隨意窩) blog entry: the Xuite bar with "登入" and "註冊", the blog's title and description, the
    date header, ``h3.titlename``, ``div.blogbody`` with ``div#content_all``, the "posted by ... 回應(3) | 引用(0) |
    人氣(512)" footer, the "最新回應" and "文章分類" side boxes, the Xuite footer."""
    return _doc(page_, "zh-Hant-TW", (
        '<div id="xuite-bar"><a href="https://www.xuite.net">Xuite 隨意窩</a> <a href="/login">登入</a> <a href="/register">註冊</a></div>'
        '<div id="blog-head"><h1 class="blogname"><a href="/">阿嬤的灶腳</a></h1><div class="blogdesc">台南老家的菜與故事</div></div>'
        '<div id="main-content"><div class="blogbody-frame"><div class="date-header">2024-05-18</div>'
        f'<h3 class="titlename"><a href="#">{page_["title"]}</a></h3>'
        f'<div class="blogbody"><div id="content_all">{article}</div></div>'
        f'<div class="posted">posted by {page_["author"]} at 22:05 | <a href="#re">回應(3)</a> | 引用(0) | 人氣(512)</div>'
        '<div class="blog-tags">標籤：<a href="/tag/台南">台南</a> <a href="/tag/家常菜">家常菜</a></div></div></div>'
        '<div id="sidebar"><div class="side-box"><h4>最新回應</h4><ul><li><a href="#">小美：好懷念的味道</a></li></ul></div><div class="side-box"><h4>文章分類</h4><ul><li><a href="/c/1">家常菜 (42)</a></li><li><a href="/c/2">節慶料理 (17)</a></li></ul></div></div>'
        '<div id="xuite-footer">Xuite隨意窩 Copyright © 2024 Chunghwa Telecom. All Rights Reserved.</div>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- English (DEV Community)
def devto_en(page_: dict, article: str) -> str:
    """A DEV Community (Forem) post: the header with "Create account", the reactions sidebar with the heart,
    unicorn and bookmark counts, the author line with "Posted on", ``h1``, the tags, ``div#article-body.crayons-
    article__body``, "Top comments (4)" with a comment, the "Read next" cards and the Forem footer."""
    return _doc(page_, "en", (
        '<header class="crayons-header"><a href="/" class="site-logo">DEV Community</a><input placeholder="Search..."><a href="/enter">Log in</a><a href="/enter?state=new-user">Create account</a></header>'
        '<div class="crayons-layout"><aside class="crayons-layout__sidebar-left"><div class="article-reactions"><button>❤️ 48</button><button>🦄 6</button><button>🔖 31</button></div></aside>'
        '<main><article class="crayons-card"><header class="crayons-article__header">'
        f'<div class="crayons-article__subheader"><a class="crayons-link" href="/u">{page_["author"]}</a> <span>Posted on May 20</span></div>'
        f'<h1 class="crayons-title">{page_["title"]}</h1><div class="spec__tags"><a href="/t/python">#python</a> <a href="/t/testing">#testing</a> <a href="/t/beginners">#beginners</a></div></header>'
        f'<div class="crayons-article__main"><div class="crayons-article__body text-styles spec__body" id="article-body">{article}</div></div></article>'
        '<section id="comments"><h2>Top comments (4)</h2><div class="comment"><a>Priya</a><p>Didn\'t know about tmp_path, that saves me a cleanup fixture. Thanks!</p><button>Like</button> <button>Reply</button></div></section>'
        '<section class="crayons-card"><h2>Read next</h2><a href="/x/1"><h3>Understanding Python decorators in 5 minutes</h3></a><a href="/x/2"><h3>My first open source contribution</h3></a></section></main></div>'
        '<footer class="crayons-footer"><a href="/">DEV Community</a> — A space to discuss and keep up software development. Built on <a href="https://www.forem.com">Forem</a>. © 2016 - 2024.</footer>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- English (VuePress blog)
def vuepress_en(page_: dict, article: str) -> str:
    """A VuePress (default theme) page: the navbar with "Guide", "Blog", "GitHub" and the search box, the
    sidebar's links, ``div.theme-default-content.content__default`` with its ``h1`` and header anchors ("#"),
    "Edit this page on GitHub", "Last Updated", the "prev"/"next" links."""
    return _doc(page_, "en-US", (
        '<div id="app"><div class="theme-container"><header class="navbar"><a href="/" class="home-link"><span class="site-name">Tidewater Docs</span></a>'
        '<div class="links"><div class="search-box"><input placeholder="Search"></div><nav class="nav-links"><a href="/guide/">Guide</a><a href="/blog/">Blog</a><a href="https://github.com/tidewater/tidewater">GitHub</a></nav></div></header>'
        '<aside class="sidebar"><ul class="sidebar-links"><li><a href="/blog/">All posts</a></li><li><a href="/blog/1-2-release.html">Tidewater 1.2</a></li><li><a href="/blog/1-3-release.html" class="active">Tidewater 1.3</a></li></ul></aside>'
        '<main class="page"><div class="theme-default-content content__default">'
        f'<h1 id="title"><a href="#title" class="header-anchor">#</a> {page_["title"]}</h1>{article}</div>'
        '<footer class="page-edit"><div class="edit-link"><a href="https://github.com/tidewater/tidewater/edit/main/docs/blog/1-3-release.md">Edit this page on GitHub</a></div><div class="last-updated"><span class="prefix">Last Updated:</span> <span class="time">5/21/2024, 10:02:11 AM</span></div></footer>'
        '<div class="page-nav"><p class="inner"><span class="prev">← <a href="/blog/1-2-release.html">Tidewater 1.2</a></span><span class="next"><a href="/guide/">Guide</a> →</span></p></div></main></div></div>'
    ), ld=False)  # fmt: skip


def vp_h(text: str, anchor: str) -> tuple[str, str]:
    """A VuePress heading with its "#" header anchor before it."""
    return f'<h2 id="{anchor}"><a href="#{anchor}" class="header-anchor">#</a> {text}</h2>', text


# ---------------------------------------------------------------- English (Mataroa)
def mataroa_en(page_: dict, article: str) -> str:
    """A Mataroa blog post: the blog's name as a link, ``main`` with ``h1``, "Published on May 19, 2024",
    the body, then "Subscribe via email" form, "Comments" (a link), and the "Powered by mataroa.blog" footer."""
    return _doc(page_, "en", (
        '<header><a href="/" class="blog-title">notes from the allotment</a> <nav><a href="/blog/">blog</a> <a href="/rss/">rss</a></nav></header>'
        f'<main><h1 class="posts-title">{page_["title"]}</h1><div class="posts-byline">Published on May 19, 2024</div>'
        f'<div class="post-body">{article}</div>'
        '<div class="subscribe"><form><label>Subscribe via email</label><input type="email" placeholder="you@example.com"><button>Subscribe</button></form></div>'
        '<p><a href="/comments/">Comments</a></p></main>'
        '<footer><p>Powered by <a href="https://mataroa.blog">mataroa.blog</a>.</p></footer>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- English (hand-written Neocities page)
def neocities_en(page_: dict, article: str) -> str:
    """A hand-written Neocities page: a table layout with a side column of "~ links ~", a "you are visitor
    number" counter, an 88x31 buttons row, ``h2`` title in a ``td``, the entry in ``<font>``-less ``<p>``s, a
    "← back to journal" link, a webring bar and "hosted on Neocities"."""
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f'<title>{page_["title"]} ~ moth garden</title><link rel="stylesheet" href="/style.css"></head><body>'
        '<table class="layout" width="900"><tr><td class="side" valign="top" width="200"><h3>~ links ~</h3>'
        '<ul><li><a href="/index.html">home</a></li><li><a href="/journal.html">journal</a></li><li><a href="/shrines.html">shrines</a></li><li><a href="/guestbook.html">guestbook</a></li></ul>'
        '<p class="counter">you are visitor number <img src="/counter.gif" alt="004217"></p>'
        '<p class="buttons"><img src="/b/neocities.gif" alt="neocities"> <img src="/b/anybrowser.gif" alt="best viewed with any browser"></p></td>'
        f'<td class="main" valign="top"><h2>{page_["title"]}</h2><p class="date"><i>written may 18, 2024</i></p>'
        f'{article}<p><a href="/journal.html">← back to journal</a></p></td></tr></table>'
        '<div class="webring"><a href="https://ring.example/prev">« prev</a> | <a href="https://ring.example">moth webring</a> | <a href="https://ring.example/next">next »</a></div>'
        '<p class="footer">hosted on <a href="https://neocities.org">Neocities</a> · made with notepad</p></body></html>'
    )


# ---------------------------------------------------------------- Czech (Webnode)
def webnode_cs(page_: dict, article: str) -> str:
    """A club's site on Webnode: the menu ("Úvod", "O nás", "Aktuality", "Kontakt"), ``h1``, the date,
    ``div.b-text`` of the news item, "Zpět" and "Sdílet", the "Kontakt" box with the address and the "Vytvořeno
    službou Webnode" footer with "Cookies"."""
    return _doc(page_, "cs", (
        '<div id="wnd_HeaderSection"><a class="logo" href="/">TJ Sokol Horní Lhota</a><nav class="menu"><a href="/">Úvod</a> <a href="/o-nas/">O nás</a> <a href="/aktuality/">Aktuality</a> <a href="/fotogalerie/">Fotogalerie</a> <a href="/kontakt/">Kontakt</a></nav></div>'
        f'<main id="wnd_MainSection"><div class="s-blog"><h1 class="b-blog-title">{page_["title"]}</h1><div class="b-blog-date">21. 05. 2024</div>'
        f'<div class="b-text b-blog-text">{article}</div>'
        '<div class="b-blog-back"><a href="/aktuality/">Zpět</a></div><div class="b-share">Sdílet <a href="#">Facebook</a> <a href="#">X</a></div></div></main>'
        '<div id="wnd_ContactSection"><h2>Kontakt</h2><div>TJ Sokol Horní Lhota<br>Horní Lhota 12<br>763 23 Dolní Lhota<br>sokol@hornilhota.cz</div></div>'
        '<footer id="wnd_FooterSection"><div>© 2024 Všechna práva vyhrazena.</div><div class="powered">Vytvořeno službou <a href="https://www.webnode.cz">Webnode</a></div><a href="#">Cookies</a></footer>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- Lithuanian regional news
def lt_regional(page_: dict, article: str) -> str:
    """A Lithuanian regional news site: the top bar with the weather and "Prenumerata", the sections
    ("Naujienos", "Sportas", "Kultūra", "Nuomonės"), the category, ``h1``, the author and "2024-05-21 08:30",
    ``div.article-content`` with a "Skaitykite taip pat" block inside, "Žymės", "Komentarai (5)", "Populiariausi"
    and the footer with the publisher; NewsArticle JSON-LD."""
    return _doc(page_, "lt", (
        '<div class="topbar"><span>Šiauliai +17 °C</span> <a href="/prenumerata">Prenumerata</a> <a href="/prisijungti">Prisijungti</a></div>'
        '<header><a class="logo" href="/">Šiaulių kraštas</a><nav><a href="/naujienos">Naujienos</a> <a href="/sportas">Sportas</a> <a href="/kultura">Kultūra</a> <a href="/nuomones">Nuomonės</a></nav></header>'
        f'<main><article><div class="category"><a href="/naujienos">Naujienos</a></div><h1>{page_["title"]}</h1><div class="meta"><span class="author">{page_["author"]}</span> <time>2024-05-21 08:30</time></div>'
        f'<div class="article-content">{article}</div>'
        '<div class="tags">Žymės: <a href="/tema/dviraciai">dviračiai</a> <a href="/tema/savivaldybe">savivaldybė</a></div>'
        '<div class="comments-link"><a href="#komentarai">Komentarai (5)</a></div></article>'
        '<aside><h3>Populiariausi</h3><ol><li><a href="/n/1">Turgaus aikštėje – nauja fontano sistema</a></li><li><a href="/n/2">Moksleiviai laimėjo robotikos čempionatą</a></li></ol></aside></main>'
        '<footer>© 2024 UAB „Šiaulių kraštas“. Visos teisės saugomos. Kopijuoti be sutikimo draudžiama.</footer>'
    ))  # fmt: skip


def skaitykite() -> tuple[str, None]:
    return (
        '<div class="read-also"><strong>Skaitykite taip pat</strong><a href="/n/7">Miesto parke atidarytas naujas dviračių takas</a></div>',
        None,
    )


# ---------------------------------------------------------------- Danish (a parish's church newsletter)
def kirkeblad_da(page_: dict, article: str) -> str:
    """A Danish parish's site (the folkekirke's shared template): the menu ("Gudstjenester", "Kalender",
    "Dåb", "Bryllup", "Begravelse", "Kontakt"), "Kirkebladet" label, ``h1``, "Skrevet af ... · 20. maj 2024",
    ``div.news-body``, "Del" links, "Se også" and the footer with the parish office's hours."""
    return _doc(page_, "da", (
        '<header class="site-header"><a class="logo" href="/">Vester Nebel Sogn</a><nav><a href="/gudstjenester">Gudstjenester</a> <a href="/kalender">Kalender</a> <a href="/daab">Dåb</a> <a href="/bryllup">Bryllup</a> <a href="/begravelse">Begravelse</a> <a href="/kontakt">Kontakt</a></nav></header>'
        f'<main><div class="news-label">Kirkebladet</div><h1>{page_["title"]}</h1><div class="news-meta">Skrevet af {page_["author"]} · 20. maj 2024</div>'
        f'<div class="news-body">{article}</div>'
        '<div class="share">Del: <a href="#">Facebook</a> <a href="#">E-mail</a></div>'
        '<div class="see-also"><h2>Se også</h2><ul><li><a href="/nyheder/konfirmation">Konfirmation 2025 – tilmelding</a></li><li><a href="/nyheder/babysalmesang">Babysalmesang efter sommerferien</a></li></ul></div></main>'
        '<footer><div>Kirkekontoret: Kirkevej 3, 6040 Egtved · Tlf. 75 55 00 00</div><div>Åbent tirsdag-torsdag kl. 9-12</div><div><a href="/privatlivspolitik">Privatlivspolitik</a></div></footer>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- Croatian (a municipality's news)
def opcina_hr(page_: dict, article: str) -> str:
    """A Croatian municipality's site: the top bar with "Pristupačnost" and "e-Savjetovanja", the menu
    ("Općina", "Vijesti", "Natječaji", "Dokumenti", "Kontakt"), ``h1``, "Objavljeno: 21. svibnja 2024.",
    ``div.entry-content``, "Podijeli", "Povezane vijesti" and the footer with "Općina Kostrena" and the OIB."""
    return _doc(page_, "hr", (
        '<div class="top-bar"><a href="/pristupacnost">Pristupačnost</a> <a href="/e-savjetovanja">e-Savjetovanja</a> <a href="/en">EN</a></div>'
        '<header><a class="logo" href="/">Općina Kostrena</a><nav><a href="/opcina">Općina</a> <a href="/vijesti">Vijesti</a> <a href="/natjecaji">Natječaji</a> <a href="/dokumenti">Dokumenti</a> <a href="/kontakt">Kontakt</a></nav></header>'
        f'<main><article><h1 class="entry-title">{page_["title"]}</h1><div class="entry-meta">Objavljeno: 21. svibnja 2024.</div>'
        f'<div class="entry-content">{article}</div>'
        '<div class="share">Podijeli: <a href="#">Facebook</a> <a href="#">WhatsApp</a></div></article>'
        '<section class="related"><h3>Povezane vijesti</h3><ul><li><a href="/vijesti/1">Počinje upis u dječji vrtić</a></li><li><a href="/vijesti/2">Javni poziv udrugama za 2024.</a></li></ul></section></main>'
        '<footer><div>Općina Kostrena · Sv. Lucija 38, 51221 Kostrena · OIB: 00000000000</div><div>Radno vrijeme: pon-pet 8-15</div></footer>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- Persian (a news agency, right to left)
def agency_fa(page_: dict, article: str) -> str:
    """A Persian news agency's page after IRNA, right to left: the top bar with the date and "ورود", the
    services' menu, the breadcrumb, the "کد خبر" and date line, ``h1``, ``p.summary`` (a lead, left out), the
    ``div.item-text`` body with a "بیشتر بخوانید" link inside, the tags ("برچسب‌ها"), "اخبار مرتبط" and the
    footer; NewsArticle JSON-LD."""
    return _doc(page_, "fa", (
        '<div class="top-bar"><span>سه‌شنبه ۱ خرداد ۱۴۰۳</span> <a href="/login">ورود</a> <a href="/rss">RSS</a></div>'
        '<header><a class="logo" href="/">خبرگزاری شهر</a><nav><a href="/service/politics">سیاسی</a> <a href="/service/economy">اقتصادی</a> <a href="/service/society">اجتماعی</a> <a href="/service/culture">فرهنگی</a> <a href="/service/provinces">استان‌ها</a></nav></header>'
        '<ol class="breadcrumb"><li><a href="/">صفحه نخست</a></li><li><a href="/service/society">اجتماعی</a></li></ol>'
        f'<main><article class="item"><div class="item-date"><span>کد خبر: ۸۵۴۷۱۲۳۶</span> <time>۱ خرداد ۱۴۰۳، ۱۰:۲۴</time></div><h1 class="first-title">{page_["title"]}</h1>'
        '<p class="summary introtext">مدیرعامل شرکت آب و فاضلاب استان از آغاز طرح آبرسانی به ۴۰ روستای شهرستان تا پایان تابستان خبر داد.</p>'
        f'<div class="item-text">{article}</div>'
        '<section class="tags"><h3>برچسب‌ها</h3><a href="/tag/1">آب</a> <a href="/tag/2">روستا</a></section></article>'
        '<section class="related"><h3>اخبار مرتبط</h3><ul><li><a href="/news/1">افتتاح تصفیه‌خانه جدید در شهرک صنعتی</a></li><li><a href="/news/2">کاهش ۱۰ درصدی مصرف آب در اردیبهشت</a></li></ul></section></main>'
        '<footer>کلیه حقوق این سایت متعلق به خبرگزاری شهر است. استفاده از مطالب با ذکر منبع بلامانع است.</footer>'
    ), dir_="rtl")  # fmt: skip


def bishtar() -> tuple[str, None]:
    return (
        '<p><strong>بیشتر بخوانید:</strong> <a href="/news/9">سهمیه آب کشاورزان استان افزایش یافت</a></p>',
        None,
    )


def br_lines(*lines: str) -> tuple[str, str]:
    """Lines of one paragraph parted by ``<br>``, as the Japanese town's editor writes a list of particulars."""
    return "<div>" + "<br>".join(lines) + "</div>", "\n".join(lines)


SKINS.update(
    r31_strikingly=strikingly_en,
    r31_town_ja=town_ja,
    r31_water=water_release_en,
    r31_jianshu=jianshu_zh,
    r31_douban=douban_zh,
    r31_xuite=xuite_zh,
    r31_devto=devto_en,
    r31_vuepress=vuepress_en,
    r31_mataroa=mataroa_en,
    r31_neocities=neocities_en,
    r31_webnode=webnode_cs,
    r31_lt=lt_regional,
    r31_kirkeblad=kirkeblad_da,
    r31_opcina=opcina_hr,
    r31_agency_fa=agency_fa,
)

page(
    "r31-en-strikingly-regatta",
    "English rowing club's news on Strikingly, its paragraphs written as <div>s under the h1 (the navbar, the title, the date and author, s-blog-body, Share, Previous/Next, Subscribe, Powered by Strikingly; no JSON-LD)",
    "r31_strikingly",
    "Juniors Bring Home Four Medals from the Regional Championships",
    "Club Secretary",
    "2024-05-20T10:00:00+01:00",
    [
        div(
            "Our junior squad had their best weekend in years at the Regional Championships on the river at Bedford, coming home with two golds, a silver and a bronze."
        ),
        div(
            "The girls' quad, stroked by Amelia Hart, led from the start of their final and won by almost two lengths. Half an hour later the boys' double of Sam Okafor and Tom Reid took gold in a photo finish."
        ),
        div(
            "Head coach Jenny Marsh said the results showed what a winter of early mornings could do. \u201cThey trained through the floods and the dark, and they deserved every one of those medals,\u201d she said."
        ),
        div(
            "The squad's next race is the National Schools' Regatta in June. Anyone who would like to help with transport or the trailer should contact the club secretary."
        ),
    ],
    site="Millbrook Rowing Club",
)
page(
    "r31-ja-town-kenshin",
    "Japanese town office's news page, written in <div> lines (the skip link, the text-size tools, the menu, the breadcrumb, h1, 更新日, div#tmp_contents_body, the inquiry box, the feedback block written with <br> starting この記事の感想をお寄せください。, the footer; no JSON-LD)",
    "r31_town_ja",
    "令和6年度の集団健診の申し込みを受け付けています",
    "企画課",
    "2024-05-21T09:00:00+09:00",
    [
        div(
            "町では、6月から7月にかけて公民館などで集団健診を行います。受診を希望する方は、6月7日までにお申し込みください。"
        ),
        div(
            "今年度から、胃がん検診に内視鏡検査を選べるようになりました。内視鏡検査は定員がありますので、お早めにお申し込みください。"
        ),
        br_lines(
            "対象：40歳以上の町民の方",
            "会場：南山町公民館、北部集落センター",
            "費用：特定健診は無料、がん検診は500円から",
        ),
        div("申し込みは、電話または町ホームページの申し込みフォームで受け付けています。"),
    ],
    site="南山町",
)
page(
    "r31-en-water-release",
    "English water district's news release with its particulars written as <br> lines in one div (the alert bar, the header and menu, the breadcrumb, h1, Release Date:/Posted by:/Contact: lines, the body, ###, Back to News Releases, the footer; no JSON-LD)",
    "r31_water",
    "Water District Begins Replacing Lead Service Lines on the East Side",
    "Communications Department",
    "2024-05-21T09:00:00-07:00",
    [
        p(
            "The Cedar Valley Water District will begin replacing lead and galvanized service lines in the Eastgate and Hillcrest neighborhoods on Monday, June 3. The work is the first phase of a five-year program to remove every known lead line from the district's system."
        ),
        p(
            "Crews will replace about 450 lines this summer. Residents will receive a door hanger at least one week before work begins on their street, and water service will be shut off for up to four hours on the day of the replacement."
        ),
        p(
            "\u201cThere is no safe level of lead in drinking water, and this program will remove the risk for good,\u201d said General Manager Robert Chen. The replacement is free to customers and is paid for by a state revolving fund loan."
        ),
        p(
            "Customers can check whether their home has a lead service line using the interactive map on the district's website."
        ),
    ],
    site="Cedar Valley Water District",
)
page(
    "r31-zh-jianshu-laowu",
    "Simplified Chinese Jianshu post (the header with 下载App and 登录, the title, the author with 关注, the date with 字数 and 阅读, article._2rhmJa, 赞赏支持, the likes, 更多精彩内容，就在简书APP, 评论, 推荐阅读; no JSON-LD)",
    "r31_jianshu",
    "外婆家的老屋",
    "青石巷",
    "2024-05-20T21:16:45+08:00",
    [
        p("外婆家的老屋在镇子东头，青砖黛瓦，门前有一棵比屋子还老的桂花树。"),
        p(
            "小时候每到暑假，我都会在那里住上一个月。清晨外婆在灶台前烧火，铁锅里煮着白粥，满屋子都是柴火的味道。"
        ),
        p("去年老屋拆了，镇上要修一条新路。拆之前我回去了一趟，站在空荡荡的堂屋里，才发现它原来这么小。"),
        p("桂花树留下来了，移到了新修的小公园里。今年秋天，我想再回去闻一闻。"),
    ],
    site="简书",
)
page(
    "r31-zh-douban-mianguan",
    "Simplified Chinese Douban note (the global nav, the title, the author and pub-date with the location, div.note in div#link-report, 推荐 and 喜欢, 回应 with replies, the sidebar's 的日记, the footer; no JSON-LD)",
    "r31_douban",
    "胡同里的那家面馆",
    "北山",
    "2024-05-19T22:41:07+08:00",
    [
        p(
            "单位搬家以后，我每天中午都去胡同口的那家面馆。店面只有六张桌子，老板是山西人，一个人揉面、一个人拉面。"
        ),
        p("他家的刀削面最好，削出来的面片又薄又长，浇上一勺西红柿鸡蛋卤，再加一点老陈醋。"),
        p(
            "上个月去的时候，门上贴了一张纸，说房租到期，月底关门。那天我多要了一碗，老板笑着说：吃不完可别浪费。"
        ),
        p("现在那里开了一家奶茶店。我路过的时候还会往里看一眼，好像还能听见面片落进锅里的声音。"),
    ],
    site="豆瓣",
)
page(
    "r31-zhtw-xuite-zongzi",
    "Traditional Chinese Xuite blog entry (the Xuite bar, the blog's name and description, the date header, h3.titlename, div.blogbody with div#content_all, the posted by line with 回應 and 人氣, the tags, the side boxes, the footer; no JSON-LD)",
    "r31_xuite",
    "阿嬤的南部粽",
    "灶腳阿孫",
    "2024-05-18T22:05:00+08:00",
    [
        p("端午節快到了，今年終於跟阿嬤學會了包南部粽。"),
        p("南部粽是把生米和餡料包好以後，直接放進水裡煮，所以米粒會比北部粽更軟、更黏。"),
        h("材料", 3),
        ul("長糯米 一斤", "五花肉 半斤", "花生 一碗", "香菇、蝦米、鹹蛋黃 適量", "麻竹葉 二十張"),
        p(
            "阿嬤說，粽子要綁得緊，煮的時候水要蓋過粽子，至少煮兩個小時。煮好的粽子沾一點花生粉和醬油膏，就是最道地的台南味。"
        ),
    ],
    site="Xuite",
)
page(
    "r31-en-devto-pytest",
    "English DEV Community post (the header with Create account, the reactions sidebar, Posted on, the title, the tags, div#article-body with headings, code and a list, Top comments, Read next, the Forem footer; no JSON-LD)",
    "r31_devto",
    "Three pytest Fixtures I Use in Every Project",
    "Marta Kowalczyk",
    "2024-05-20T08:00:00+00:00",
    [
        p(
            "After a few years of writing tests for small Python projects, I keep reaching for the same three built-in fixtures. None of them needs a plugin, and together they remove most of the setup code I used to write."
        ),
        h("tmp_path", 2),
        p(
            "The tmp_path fixture gives each test its own temporary directory as a pathlib.Path, and pytest cleans it up for you."
        ),
        code(
            'def test_writes_report(tmp_path):\n    out = tmp_path / "report.txt"\n    write_report(out)\n    assert out.read_text().startswith("Total")'
        ),
        h("monkeypatch", 2),
        p(
            "monkeypatch lets you set environment variables or replace attributes for the length of one test, and undoes every change afterwards."
        ),
        h("capsys", 2),
        p(
            "capsys captures what your code prints, so you can check the output of a command-line tool without running it in a subprocess."
        ),
        ul("tmp_path for files", "monkeypatch for the environment", "capsys for printed output"),
    ],
    site="DEV Community",
)
page(
    "r31-en-vuepress-release",
    "English VuePress blog post (the navbar with Guide, Blog, GitHub and search, the sidebar, div.theme-default-content with the h1 and headings carrying # header anchors, a list and code, Edit this page on GitHub, Last Updated, prev/next; no JSON-LD)",
    "r31_vuepress",
    "Tidewater 1.3: Faster Imports and a New CLI",
    "Tidewater team",
    "2024-05-21T10:02:11+00:00",
    [
        p(
            "Tidewater 1.3 is out. This release makes importing large tide tables about three times faster and adds a command-line tool for the most common tasks."
        ),
        vp_h("Faster imports", "faster-imports"),
        p(
            "The CSV reader now parses timestamps in a single pass and no longer builds an intermediate list, so a year of six-minute readings loads in under a second."
        ),
        vp_h("The new CLI", "the-new-cli"),
        p("You can now convert and plot a station's data without writing any Python:"),
        code("tidewater convert station.csv --to parquet\ntidewater plot station.parquet --days 7", "bash"),
        vp_h("Upgrading", "upgrading"),
        ul(
            "Python 3.8 is no longer supported.",
            "read_table() now returns timezone-aware timestamps.",
            "The old tidewater-export script has been removed; use tidewater convert instead.",
        ),
    ],
    site="Tidewater Docs",
)
page(
    "r31-en-mataroa-compost",
    "English Mataroa post (the blog's name and nav, the title, Published on, the post body with a quotation, Subscribe via email, Comments, Powered by mataroa.blog; no JSON-LD)",
    "r31_mataroa",
    "Turning the compost in May",
    "allotment",
    "2024-05-19T00:00:00+00:00",
    [
        p(
            "I turned the big compost bay this morning for the first time since February. The top was still mostly straw and cabbage stalks, but half a metre down it was dark and crumbly and full of worms."
        ),
        p(
            "Old Frank from the next plot came over to watch, as he always does, and told me what he tells me every year."
        ),
        quote("Compost is like bread. You can't hurry it, you can only give it the right things and wait."),
        p(
            "He is right, of course. I moved the finished stuff to the empty bay, threw the rough top layer back in the first one and watered the lot. In a month the squash bed will get the best of it."
        ),
    ],
    site="notes from the allotment",
)
page(
    "r31-en-neocities-moths",
    "English hand-written Neocities page in a table layout (the side column of links, the visitor counter and 88x31 buttons, h2 title in a td, the italic date line, the entry's paragraphs and a list, back to journal, the webring bar, hosted on Neocities; no JSON-LD)",
    "r31_neocities",
    "moth night in the back garden",
    "moth garden",
    "2024-05-18T00:00:00+00:00",
    [
        p(
            "last night was warm and cloudy so i finally set up the moth trap again. it is just a white sheet over the washing line and a borrowed lamp, nothing fancy."
        ),
        p("by midnight there were more moths than i could count. my favourites were:"),
        ul(
            "an elephant hawk-moth, pink and olive like a sweet wrapper",
            "two buff-tips, which look exactly like a snapped birch twig",
            "a tiny green carpet moth that would not sit still for a photo",
        ),
        p(
            "everyone was let go at dawn in the hedge. next time i want to try a proper bucket trap so i can sleep while it works."
        ),
    ],
    site="moth garden",
)
page(
    "r31-cs-webnode-turnaj",
    "Czech club's news item on Webnode (the menu, the title, the date, div.b-text, Zpět, Sdílet, the Kontakt box, the Vytvořeno službou Webnode footer with Cookies; no JSON-LD)",
    "r31_webnode",
    "Volejbalový turnaj smíšených družstev přilákal rekordních dvanáct týmů",
    "TJ Sokol Horní Lhota",
    "2024-05-21T00:00:00+02:00",
    [
        p(
            "V sobotu 18. května se na hřišti za sokolovnou uskutečnil tradiční volejbalový turnaj smíšených družstev. Letos se přihlásilo rekordních dvanáct týmů z Horní Lhoty i okolních obcí."
        ),
        p(
            "Po celodenních bojích zvítězilo družstvo Zelená louka, které ve finále porazilo loňské vítěze z Dolní Lhoty 2:1 na sety. Třetí místo obsadili domácí Sokolíci."
        ),
        p(
            "Děkujeme všem hráčům, rozhodčím a také obci Horní Lhota, která turnaj podpořila. Fotografie najdete ve fotogalerii."
        ),
    ],
    site="TJ Sokol Horní Lhota",
)
page(
    "r31-lt-siauliai-dviraciai",
    "Lithuanian regional news page (the top bar with the weather and Prenumerata, the sections, the category, the title, the author and time, div.article-content with a Skaitykite taip pat block inside, Žymės, Komentarai (5), Populiariausi, the footer; NewsArticle JSON-LD)",
    "r31_lt",
    "Šiauliuose atsiras dar 20 viešųjų dviračių stotelių",
    "Rasa Petrauskienė",
    "2024-05-21T08:30:00+03:00",
    [
        p(
            "Šiaulių miesto savivaldybė šią vasarą įrengs dar 20 viešųjų dviračių nuomos stotelių. Jos atsiras Dainų, Lieporių ir Gubernijos mikrorajonuose."
        ),
        p(
            "Pernai viešaisiais dviračiais šiauliečiai pasinaudojo daugiau nei 180 tūkstančių kartų – dvigubai daugiau nei prieš metus."
        ),
        skaitykite(),
        p(
            "„Matome, kad dviračiai tapo kasdieniu susisiekimo būdu, o ne tik pramoga savaitgaliais“, – sakė savivaldybės administracijos direktorius Tomas Jankauskas."
        ),
        p("Naujos stotelės turėtų pradėti veikti iki rugpjūčio pabaigos."),
    ],
    site="Šiaulių kraštas",
)
page(
    "r31-da-kirkeblad-pinse",
    "Danish parish church newsletter item (the parish site's menu, the Kirkebladet label, the title, Skrevet af … · date, div.news-body with a heading, Del, Se også, the footer with the parish office; no JSON-LD)",
    "r31_kirkeblad",
    "Friluftsgudstjeneste 2. pinsedag ved Nebel Mølle",
    "Sognepræst Karen Holm",
    "2024-05-20T00:00:00+02:00",
    [
        p(
            "Traditionen tro holder vi friluftsgudstjeneste 2. pinsedag ved Nebel Mølle. Gudstjenesten begynder kl. 10.30, og alle er velkomne."
        ),
        p(
            "Egtved Brass spiller til salmerne, og efter gudstjenesten er menighedsrådet vært ved kaffe og kage. Tag gerne et tæppe eller en klapstol med."
        ),
        h("Hvis det regner", 2),
        p(
            "Ved dårligt vejr flytter vi gudstjenesten ind i Vester Nebel Kirke. Følg med på sognets Facebook-side om morgenen."
        ),
    ],
    site="Vester Nebel Sogn",
)
page(
    "r31-hr-kostrena-plaza",
    "Croatian municipality's news (the top bar with Pristupačnost, the menu, h1.entry-title, Objavljeno:, div.entry-content with a list, Podijeli, Povezane vijesti, the footer with the OIB; no JSON-LD)",
    "r31_opcina",
    "Uređena plaža Svežanj spremna za novu sezonu",
    "Općina Kostrena",
    "2024-05-21T00:00:00+02:00",
    [
        p(
            "Završeni su radovi na uređenju plaže Svežanj, jedne od najposjećenijih plaža u Kostreni. Radovi su trajali od veljače, a vrijednost investicije iznosi 180.000 eura."
        ),
        p("U sklopu radova uređeno je:"),
        ul(
            "novo sunčalište od 600 četvornih metara",
            "pristupna rampa za osobe s invaliditetom",
            "tuševi i kabine za presvlačenje",
        ),
        p(
            "Načelnica općine istaknula je da je cilj bio plažu učiniti dostupnom svima. Plaža će od 1. lipnja imati i spasilačku službu."
        ),
    ],
    site="Općina Kostrena",
)
page(
    "r31-fa-agency-abresani",
    "Persian news agency page after IRNA, right to left (the top bar with the date and ورود, the services' menu, the breadcrumb, کد خبر and date, h1, p.summary lead, div.item-text with a بیشتر بخوانید line inside, برچسب‌ها, اخبار مرتبط, the footer; NewsArticle JSON-LD)",
    "r31_agency_fa",
    "آبرسانی به ۴۰ روستای شهرستان تا پایان تابستان",
    "خبرگزاری شهر",
    "2024-05-21T10:24:00+03:30",
    [
        p(
            "مدیرعامل شرکت آب و فاضلاب استان روز سه‌شنبه در نشست خبری گفت: عملیات اجرایی آبرسانی به ۴۰ روستای شهرستان آغاز شده و تا پایان شهریور به پایان می‌رسد."
        ),
        p(
            "وی افزود: با اجرای این طرح بیش از ۱۲ هزار نفر از ساکنان این روستاها از آب آشامیدنی سالم و پایدار بهره‌مند می‌شوند."
        ),
        bishtar(),
        p("به گفته وی، اعتبار این طرح ۸۵۰ میلیارد ریال است که از محل منابع ملی و استانی تأمین شده است."),
    ],
    site="خبرگزاری شهر",
)
