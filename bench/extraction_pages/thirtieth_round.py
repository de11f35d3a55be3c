"""The thirtieth round of ``bench/extraction_pages``: pages (``r30-*``) of platforms, outlets and languages the
first twenty-nine rounds lack, each in a template written here after what the platform's or outlet's pages emit.

Languages: French (an Over-blog post with its "Partager cet article" box and "Commenter cet article"), Japanese (a
Seesaa blog entry with its "posted by" line and the related ads), Simplified Chinese (a CSDN post with its code,
its "文章标签" and "版权声明" lines), Traditional Chinese (a Dcard post with its reactions and "回應"), Vietnamese (a
Dân trí-like news page with its "Tin liên quan" and "Bình luận"), Indonesian (a Kaskus thread's first post with its
"Quote" and "Balas" tools), Russian (a Dzen article with its "Подписаться" and likes), Estonian (a Postimees-like
news page with its paywall prompt in the aside), Dutch (a NU.nl-like page with its "Lees ook" block), Greek (a
Kathimerini-like page with its tags) and Arabic (a Masrawy-like right-to-left page with "اقرأ أيضا"). English
platforms and page kinds: a Hive post with its payout and votes, a HubPages article in capsules with its poll
and disclaimer, a Vocal story with its tip box, and a county sheriff's office news release with its media contact. The
gold of every page was written before nutgraf was run on it: it leaves out headlines, bylines and dates set apart,
tags, reactions, payouts, comments and replies, share boxes, related links, copyright lines, tip boxes and the
sites' navigation; it keeps the body's headings, lists, code and quotations.
"""

from __future__ import annotations

from articles import page
from fourth_round import _doc
from furniture import SKINS
from parts import h, p


def ul(*items: str) -> tuple[str, str]:
    return "<ul>" + "".join(f"<li>{x}</li>" for x in items) + "</ul>", "\n".join(items)


def ol(*items: str) -> tuple[str, str]:
    return "<ol>" + "".join(f"<li>{x}</li>" for x in items) + "</ol>", "\n".join(items)


def quote(text: str) -> tuple[str, str]:
    return f"<blockquote><p>{text}</p></blockquote>", text


def br_text(*paragraphs: str) -> tuple[str, str]:
    """Paragraphs parted by ``<br><br>``, as Seesaa's, Dcard's and Kaskus's editors write them."""
    return "<br><br>".join(paragraphs), "\n\n".join(paragraphs)


# ---------------------------------------------------------------- French (Over-blog)
def overblog_fr(page_: dict, article: str) -> str:
    """An Over-blog post: the Over-blog top bar with "Créer mon blog", the blog's header, the post's title and
    date, ``div.ob-section-html`` blocks, "Partager cet article" with its networks, "Repost 0", "Vous aimerez
    aussi", "Commenter cet article" with its form, and the sidebar's "Recherche", "Catégories" and "Articles
    récents"."""
    return _doc(page_, "fr", (
        '<div id="ob-bar" class="ob-bar"><a href="https://www.over-blog.com">Over-blog</a> <a href="https://admin.over-blog.com/signup">Créer mon blog</a> <a href="/login">Se connecter</a></div>'
        f'<div class="ob-header"><h1 class="ob-title"><a href="/">{page_["site"]}</a></h1><p class="ob-desc">Chroniques d\'un jardin partagé en bord de Loire</p></div>'
        '<div class="ob-wrapper"><div class="ob-main"><div class="ob-post">'
        f'<h2 class="ob-post-title">{page_["title"]}</h2><div class="ob-meta">Publié le 19 mai 2024 par <span class="ob-user">{page_["author"]}</span> - Catégorie : <a href="/tag/potager/">#Potager</a></div>'
        f'<div class="ob-contents"><div class="ob-section ob-section-html">{article}</div></div>'
        '<div class="ob-share"><p class="ob-share-title">Partager cet article</p><a class="ob-share-fb" href="#">Facebook</a> <a class="ob-share-tw" href="#">X</a> <a class="ob-share-pin" href="#">Pinterest</a> <a class="ob-share-mail" href="#">Email</a></div>'
        '<div class="ob-repost">Repost0</div>'
        '<div class="ob-related"><p class="ob-related-title">Vous aimerez aussi :</p><ul><li><a href="/2024/04/semis.html">Les semis de tomates sont sortis</a></li><li><a href="/2024/03/compost.html">Trois bacs à compost pour le jardin</a></li></ul></div>'
        '<div class="ob-comments" id="ob-comments"><p class="ob-comments-title">Commenter cet article</p><form class="ob-form"><label>Nom</label><input name="name"><label>Commentaire</label><textarea></textarea><button>Publier</button></form>'
        '<div class="ob-comment"><p class="ob-comment-author">Mireille</p><p class="ob-comment-text">Bravo pour ce travail, on viendra voir les fèves samedi !</p></div></div>'
        '</div></div><div class="ob-sidebar"><div class="ob-widget"><p class="ob-widget-title">Recherche</p><form><input name="q"><button>Rechercher</button></form></div>'
        '<div class="ob-widget"><p class="ob-widget-title">Catégories</p><ul><li><a href="/tag/potager/">Potager</a></li><li><a href="/tag/verger/">Verger</a></li><li><a href="/tag/vie-du-jardin/">Vie du jardin</a></li></ul></div>'
        '<div class="ob-widget"><p class="ob-widget-title">Articles récents</p><ul><li><a href="/2024/05/miel.html">Première récolte de miel</a></li><li><a href="/2024/05/fete.html">La fête des voisins au jardin</a></li></ul></div></div></div>'
        '<div class="ob-footer">Hébergé par <a href="https://www.over-blog.com">Overblog</a></div>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- Japanese (Seesaa)
def seesaa_ja(page_: dict, article: str) -> str:
    """A Seesaa blog entry: the blog's title and description, the date header, ``h3.title``, ``div.text``
    written with ``<br>``, the "posted by ... at 21:08| Comment(0) | 日記" footer, the "この記事へのコメント"
    and trackback sections, the Seesaa ad block and the sidebar's "最近の記事", "カテゴリ" and "過去ログ"."""
    return _doc(page_, "ja", (
        f'<div id="header"><h1 class="blog-title"><a href="/">{page_["site"]}</a></h1><div class="blog-description">多摩川のほとりで野鳥を見ています</div></div>'
        '<div id="container"><div id="content"><div class="blog"><h2 class="date">2024年05月19日</h2>'
        f'<div class="blogbody"><h3 class="title">{page_["title"]}</h3><div class="text">{article}</div>'
        f'<div class="posted">posted by {page_["author"]} at 21:08| <a href="#comment">Comment(0)</a> | <a href="/category/1.html">野鳥観察</a></div></div>'
        '<div class="ad"><div class="sponsored-links"><p>スポンサードリンク</p><a href="https://ad.seesaa.jp/1">双眼鏡のお買い得情報</a></div></div>'
        '<div class="comment" id="comment"><h3 class="comment-header">この記事へのコメント</h3><form><p>名前:<input name="name"></p><p>コメント:<textarea></textarea></p><input type="submit" value="書き込む"></form></div>'
        '<div class="trackback"><h3>この記事へのトラックバック</h3></div></div></div>'
        '<div id="links"><div class="sidebox"><h3>最近の記事</h3><ul><li><a href="/article/1.html">カワセミの巣立ち</a></li><li><a href="/article/2.html">春の渡り鳥、オオルリ</a></li></ul></div>'
        '<div class="sidebox"><h3>カテゴリ</h3><ul><li><a href="/category/1.html">野鳥観察(128)</a></li><li><a href="/category/2.html">日記(41)</a></li></ul></div>'
        '<div class="sidebox"><h3>過去ログ</h3><ul><li><a href="/archives/202405-1.html">2024年05月(6)</a></li><li><a href="/archives/202404-1.html">2024年04月(9)</a></li></ul></div></div></div>'
        '<div id="footer"><a href="https://blog.seesaa.jp/">Seesaa BLOG</a></div>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- Simplified Chinese (CSDN)
def csdn_zh(page_: dict, article: str) -> str:
    """A CSDN blog post: the toolbar with "博客", "下载", "学习" and "登录", ``h1.title-article``, the info
    box with "于 2024-05-20 发布", "阅读量", "收藏", "点赞数", "文章标签" and "版权声明", ``div#content_views``
    in ``div.htmledit_views``, the bottom bar with "点赞", "踩", "收藏", "评论", "相关推荐" and the
    author's sidebar card."""
    return _doc(page_, "zh-CN", (
        '<div id="csdn-toolbar"><a class="toolbar-logo" href="https://www.csdn.net/">CSDN</a><ul><li><a href="https://blog.csdn.net/">博客</a></li><li><a href="https://download.csdn.net/">下载</a></li><li><a href="https://edu.csdn.net/">学习</a></li><li><a href="https://ask.csdn.net/">问答</a></li></ul><a href="https://passport.csdn.net/login">登录</a></div>'
        '<div class="main_father"><main><div class="blog-content-box"><div class="article-header-box"><div class="article-header">'
        f'<div class="article-title-box"><h1 class="title-article" id="articleContentId">{page_["title"]}</h1></div>'
        f'<div class="article-info-box"><div class="bar-content"><span class="article-type-img">原创</span><a class="follow-nickName" href="/u/{page_["author"]}">{page_["author"]}</a>'
        '<span class="time">于 2024-05-20 09:41:05 发布</span><span class="read-count">阅读量1.2k</span><span class="get-collection">收藏 23</span><span class="read-count">点赞数 18</span></div>'
        '<div class="blog-tags-box"><span class="label">分类专栏：</span><a href="/category_1.html">Python</a><span class="label">文章标签：</span><a class="tag-link" href="/tag/python">python</a><a class="tag-link" href="/tag/sqlite">sqlite</a></div>'
        '<div class="slide-content-box"><div class="article-copyright"><div class="creativecommons">版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。</div><div class="article-source-link">本文链接：https://blog.csdn.net/qq_41820473/article/details/139053921</div></div></div></div></div></div>'
        f'<article class="baidu_pl"><div id="article_content" class="article_content clearfix"><div id="content_views" class="htmledit_views">{article}</div></div></article>'
        '<div class="more-toolbox-new"><ul class="toolbox-list"><li class="tool-item"><a href="#">点赞</a></li><li class="tool-item"><a href="#">踩</a></li><li class="tool-item"><a href="#">收藏</a></li><li class="tool-item"><a href="#">觉得还不错? 一键收藏</a></li><li class="tool-item"><a href="#comment">评论</a></li><li class="tool-item"><a href="#">分享</a></li></ul></div></div>'
        '<div class="recommend-box"><div class="recommend-item-box"><a href="https://blog.csdn.net/x/article/details/1"><h3>Python操作SQLite数据库详解</h3></a><p class="desc">本文介绍了如何使用Python内置的sqlite3模块创建数据库……</p></div>'
        '<div class="recommend-item-box"><a href="https://blog.csdn.net/y/article/details/2"><h3>SQLite批量插入性能优化</h3></a><p class="desc">批量插入时使用事务可以显著提升速度……</p></div></div></main>'
        f'<aside class="blog_container_aside"><div id="asideProfile"><a href="/u/{page_["author"]}">{page_["author"]}</a><dl><dt>原创</dt><dd>86</dd><dt>粉丝</dt><dd>1024</dd></dl><a class="btn-follow" href="#">关注</a></div>'
        '<div id="asideHotArticle"><h3>热门文章</h3><ul><li><a href="/1">Pandas读取Excel的五种方法</a></li><li><a href="/2">Linux定时任务crontab详解</a></li></ul></div></aside></div>'
        '<div class="csdn-side-toolbar"><a href="#">客服</a><a href="#">返回顶部</a></div>'
    ), ld=False)  # fmt: skip


def code(source: str) -> tuple[str, str]:
    return f'<pre><code class="prism language-python">{source}</code></pre>', source


# ---------------------------------------------------------------- Traditional Chinese (Dcard)
def dcard_zh(page_: dict, article: str) -> str:
    """A Dcard post: the top bar with "登入", the board's name, the writer's school line, ``h1`` title, the
    date, the text in ``div[class*=PostContent]`` spans parted by ``<br>``, the topics, the reaction and
    collection counts, "回應" with the comment count and the replies with their floor numbers (B1, B2)."""
    return _doc(page_, "zh-TW", (
        '<div id="__next"><header class="d_topbar"><a class="d_logo" href="/f">Dcard</a><input placeholder="搜尋"><a href="/signup">註冊/登入</a></header>'
        '<div class="d_layout"><nav class="d_sidebar"><a href="/f">所有看板</a><a href="/f/popular">即時熱門看板</a><a href="/f/travel">旅遊</a><a href="/f/food">美食</a></nav>'
        '<main><article class="d_post"><div class="d_forum"><a href="/f/travel">旅遊</a></div>'
        f'<div class="d_author"><span class="d_school">國立臺灣大學</span> <span class="d_name">{page_["author"]}</span></div>'
        f'<h1 class="d_title">{page_["title"]}</h1><div class="d_meta"><span>旅遊</span> · <time datetime="2024-05-20T12:30:00+08:00">5月20日 12:30</time></div>'
        f'<div class="d_content"><span>{article}</span></div>'
        '<div class="d_topics"><a href="/topics/花蓮">花蓮</a><a href="/topics/太魯閣">太魯閣</a><a href="/topics/自由行">自由行</a></div>'
        '<div class="d_reactions"><span class="d_likes">心情 1,284</span> <span class="d_comment-count">回應 96</span> <span class="d_collect">收藏 412</span></div></article>'
        '<section class="d_comments"><h2>回應</h2><div class="d_comment"><span class="d_floor">B1</span><span class="d_cschool">國立成功大學</span><p>謝謝分享！請問砂卡礑步道現在有開放嗎？</p><span>5月20日 13:02</span></div>'
        '<div class="d_comment"><span class="d_floor">B2</span><span class="d_cschool">原PO</span><p>有喔，只開到五間屋，記得早點去</p><span>5月20日 13:15</span></div></section></main></div>'
        '<footer class="d_footer"><a href="/service/about">關於 Dcard</a> <a href="/service/terms">使用條款</a> © 2024 Dcard Taiwan Ltd.</footer></div>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- Vietnamese (Dân trí-like)
def dantri_vi(page_: dict, article: str) -> str:
    """A Vietnamese news portal after Dân trí: the top bar with the date and "Đăng nhập", the mega menu, the
    breadcrumb, ``h1.title-page``, the author and time, ``h2.singular-sapo`` (a sapo, left out of the gold),
    ``div.singular-content``, the "Tin liên quan" box inside it, the tags, the "Bình luận" block and "Tin cùng
    chuyên mục"."""
    return _doc(page_, "vi", (
        '<div class="top-bar"><span class="date">Thứ hai, 20/05/2024</span><a href="/dang-nhap">Đăng nhập</a></div>'
        f'<header class="header"><a class="logo" href="/">{page_["site"]}</a><nav class="menu"><a href="/xa-hoi.htm">Xã hội</a><a href="/the-gioi.htm">Thế giới</a><a href="/kinh-doanh.htm">Kinh doanh</a><a href="/giao-duc.htm">Giáo dục</a><a href="/suc-khoe.htm">Sức khỏe</a><a href="/the-thao.htm">Thể thao</a></nav></header>'
        '<main class="body-container"><ul class="breadcrumbs"><li><a href="/xa-hoi.htm">Xã hội</a></li><li><a href="/xa-hoi/giao-thong.htm">Giao thông</a></li></ul>'
        f'<article class="singular-container"><h1 class="title-page detail">{page_["title"]}</h1>'
        f'<div class="author-wrap"><div class="author-name"><a href="/tac-gia/1.htm"><b>{page_["author"]}</b></a></div><time class="author-time" datetime="2024-05-20 07:12">Thứ hai, 20/05/2024 - 07:12</time></div>'
        '<h2 class="singular-sapo">(Dân trí) - Từ ngày 1/6, cầu Rạch Miễu 2 sẽ thông xe kỹ thuật, rút ngắn thời gian đi từ Tiền Giang sang Bến Tre.</h2>'
        f'<div class="singular-content">{article}</div>'
        '<div class="tags-container"><span>Tags:</span><a href="/cau-rach-mieu.tag">cầu Rạch Miễu</a><a href="/ben-tre.tag">Bến Tre</a></div>'
        '<div class="comment-wrap" id="comment"><h3 class="comment-title">Bình luận (12)</h3><div class="comment-box"><textarea placeholder="Chia sẻ ý kiến của bạn"></textarea><button>Gửi bình luận</button></div></div></article>'
        '<section class="article-related"><h3 class="title">Tin cùng chuyên mục</h3><ul><li><a href="/a1.htm">Cao tốc Mỹ Thuận - Cần Thơ tăng tốc về đích</a></li><li><a href="/a2.htm">TPHCM mở rộng quốc lộ 50</a></li></ul></section></main>'
        '<footer class="footer"><p>Cơ quan chủ quản: Bộ Lao động - Thương binh và Xã hội</p><p>Giấy phép hoạt động báo điện tử số 298/GP-BTTTT</p></footer>'
    ), ld=True)  # fmt: skip


def related_vi() -> tuple[str, str]:
    """Dân trí's "Tin liên quan" box set inside the story."""
    return (
        '<div class="article-related-box"><h3>Tin liên quan</h3><ul><li><a href="/r1.htm">Cầu Rạch Miễu 2 hợp long sau ba năm thi công</a></li>'
        '<li><a href="/r2.htm">Bến Tre kiến nghị làm thêm đường dẫn cho cầu mới</a></li></ul></div>',
        "",
    )


# ---------------------------------------------------------------- Indonesian (Kaskus)
def kaskus_id(page_: dict, article: str) -> str:
    """A Kaskus thread's first post: the header with "Masuk" and "Daftar", the forum's breadcrumb, the thread's
    title, the poster's card (rank, "Kaskuser", post count), the post's text with ``<br>``, the "Quote",
    "Multi Quote" and "Balas" tools, the cendol/bata votes, the replies and "Thread Terkait"."""
    return _doc(page_, "id", (
        '<header class="kaskus-header"><a class="logo" href="/">KASKUS</a><a href="/forum">Forum</a><a href="/jualbeli">Jual Beli</a><a href="/login">Masuk</a><a href="/register">Daftar</a></header>'
        '<div class="breadcrumb"><a href="/">Home</a> / <a href="/forum">Forum</a> / <a href="/forum/21">Hobby</a> / <a href="/forum/93">Sepeda</a></div>'
        f'<div class="thread-wrap"><h1 class="thread-title">{page_["title"]}</h1><div class="thread-meta"><span>Thread ini sudah dilihat 8.214 kali</span></div>'
        f'<div class="postlist" id="post1"><div class="post-user"><a class="username" href="/@{page_["author"]}">{page_["author"]}</a><div class="user-rank">KASKUS Addict</div><div class="user-stat">Posts: 1.402</div></div>'
        f'<div class="post-content"><div class="post-date">20-05-2024 10:41</div><div class="entry">{article}</div>'
        '<div class="post-tools"><a href="#">Quote</a> <a href="#">Multi Quote</a> <a href="#reply">Balas</a> <span class="vote">Kirim Cendol 57</span> <span class="vote">Bata 0</span></div></div></div>'
        '<div class="postlist" id="post2"><div class="post-user"><a class="username" href="/@gowes_santai">gowes_santai</a><div class="user-rank">Kaskuser</div></div>'
        '<div class="post-content"><div class="post-date">20-05-2024 11:05</div><div class="entry">Mantap gan, ane ikut yang bulan depan ya. Start dari mana?</div>'
        '<div class="post-tools"><a href="#">Quote</a> <a href="#reply">Balas</a></div></div></div></div>'
        '<div class="related-thread"><h3>Thread Terkait</h3><ul><li><a href="/thread/1">Rekomendasi sepeda lipat di bawah 5 juta</a></li><li><a href="/thread/2">Rute gowes Puncak via Jonggol</a></li></ul></div>'
        '<footer class="kaskus-footer">© 2024 KASKUS Networks. <a href="/aturan">Aturan</a> <a href="/privasi">Kebijakan Privasi</a></footer>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- Russian (Dzen)
def dzen_ru(page_: dict, article: str) -> str:
    """A Dzen article: the top bar with "Войти", the channel's card with its subscribers and "Подписаться",
    ``h1.article__title``, the date and views, ``div.article-render`` with ``p.article-render__block``,
    the likes and comment count, "Подпишитесь на канал", the comments and "Читайте также" cards."""
    return _doc(page_, "ru", (
        '<header class="dzen-header"><a class="dzen-logo" href="https://dzen.ru/">Дзен</a><input placeholder="Поиск"><a href="/login">Войти</a></header>'
        f'<div class="content"><div class="channel-card"><a class="channel-card__title" href="/id/65f0a">{page_["site"]}</a><span class="channel-card__subscribers">12,4 тыс. подписчиков</span><button>Подписаться</button></div>'
        f'<article class="article"><h1 class="article__title">{page_["title"]}</h1><div class="article-stats"><span>21 мая</span> <span>4,8 тыс. прочтений</span> <span>· 3 мин.</span></div>'
        f'<div class="article-render">{article}</div>'
        '<div class="article-footer"><button class="like">Нравится 312</button> <button class="comments">Комментарии 41</button> <button class="share">Поделиться</button></div>'
        '<div class="subscribe-block"><p>Подпишитесь на канал, чтобы не пропустить новые статьи</p><button>Подписаться</button></div></article>'
        '<section class="comments"><h3>Комментарии</h3><div class="comment"><a class="comment__author" href="#">Ольга В.</a><p>Спасибо, попробую в эти выходные.</p></div></section>'
        '<section class="more"><h3>Читайте также</h3><a class="card" href="/a/1"><span>Как я перестала покупать хлеб в магазине</span></a><a class="card" href="/a/2"><span>Пять ошибок при выпечке на закваске</span></a></section></div>'
    ), ld=False)  # fmt: skip


def dz(text: str) -> tuple[str, str]:
    return f'<p class="article-render__block article-render__block_unstyled">{text}</p>', text


# ---------------------------------------------------------------- Estonian (Postimees-like)
def postimees_et(page_: dict, article: str) -> str:
    """An Estonian news page after Postimees: the top bar with "Telli" and "Logi sisse", the sections, the
    headline, the author and date, ``div.article-body`` with a "Loe ka" box inside, the paywall's aside
    prompt "Telli Postimees" beside the story, the comments' count and "Rohkem uudiseid"."""
    return _doc(page_, "et", (
        f'<header class="header"><a class="logo" href="/">{page_["site"]}</a><nav><a href="/eesti">Eesti</a><a href="/maailm">Maailm</a><a href="/majandus">Majandus</a><a href="/sport">Sport</a><a href="/arvamus">Arvamus</a></nav><a class="btn" href="/telli">Telli</a><a href="/login">Logi sisse</a></header>'
        f'<main><article class="article"><div class="article-header"><a class="section" href="/eesti">Eesti</a><h1 class="article-title">{page_["title"]}</h1>'
        f'<div class="article-meta"><span class="author">{page_["author"]}</span> <time datetime="2024-05-21T09:30:00+03:00">21. mai 2024, 09:30</time></div></div>'
        f'<div class="article-body">{article}</div>'
        '<div class="article-tools"><a href="#comments">Kommentaarid (18)</a> <a href="#">Jaga</a></div></article>'
        '<aside class="sidebar"><div class="promo"><p class="promo-title">Telli Postimees</p><p>Kõik artiklid esimesel kuul vaid 1 euro eest.</p><a href="/telli">Telli kohe</a></div>'
        '<div class="most-read"><h3>Loetuimad</h3><ol><li><a href="/1">Tallinna trammiliin pikeneb sadamani</a></li><li><a href="/2">Ilm: nädalavahetusel tuleb suvi</a></li></ol></div></aside>'
        '<section class="more-news"><h3>Rohkem uudiseid</h3><ul><li><a href="/3">Tartu avab suveks uue ujula</a></li><li><a href="/4">Pärnu rannas algab hooaeg</a></li></ul></section></main>'
        '<footer class="footer"><p>© 2024 AS Postimees Grupp</p><a href="/kontakt">Kontakt</a></footer>'
    ), ld=True)  # fmt: skip


def loe_ka() -> tuple[str, str]:
    return (
        '<div class="inline-related"><span class="label">Loe ka</span><a href="/5">Tartu rattaringlus laieneb</a></div>',
        "",
    )


# ---------------------------------------------------------------- Dutch (NU.nl-like)
def nu_nl(page_: dict, article: str) -> str:
    """A Dutch news page after NU.nl: the header with the sections, the cookie wall's host, the headline, the
    "Door ..." line with the time, the intro in ``div.block-text`` blocks, a "Lees ook" block inside, the
    "Lees meer over:" tags and "Meest gelezen"."""
    return _doc(page_, "nl", (
        f'<header class="header"><a class="logo" href="/">{page_["site"]}</a><nav><a href="/binnenland">Binnenland</a><a href="/buitenland">Buitenland</a><a href="/economie">Economie</a><a href="/sport">Sport</a><a href="/tech">Tech</a></nav></header>'
        f'<main><article class="article"><div class="block headerblock"><h1 class="title">{page_["title"]}</h1>'
        f'<div class="block-meta"><span class="author">Door {page_["author"]}</span> <span class="pubdate">Vandaag, 08:14</span> <span class="update">Update: 1 uur geleden</span></div></div>'
        f'<div class="block-wrapper section-article">{article}</div>'
        '<div class="block-tags"><span>Lees meer over:</span><a href="/tag/fietsen">Fietsen</a><a href="/tag/utrecht">Utrecht</a></div></article>'
        '<aside class="sidebar"><div class="block most-read"><h3>Meest gelezen</h3><ol><li><a href="/1">Treinverkeer rond Amersfoort ligt stil</a></li><li><a href="/2">KNMI waarschuwt voor onweer</a></li></ol></div></aside></main>'
        '<footer><p>NU.nl is onderdeel van DPG Media</p><a href="/privacy">Privacy</a> <a href="/cookies">Cookies</a></footer>'
    ), ld=True)  # fmt: skip


def nb(text: str) -> tuple[str, str]:
    return f'<div class="block text"><div class="block-content"><p>{text}</p></div></div>', text


def lees_ook() -> tuple[str, str]:
    return (
        '<div class="block related-article"><h4 class="block-title">Lees ook</h4><a href="/3"><span class="item-title">Utrecht opent grootste fietsenstalling van Europa</span></a></div>',
        "",
    )


# ---------------------------------------------------------------- Greek (Kathimerini-like)
def kathimerini_el(page_: dict, article: str) -> str:
    """A Greek news page after Kathimerini: the header with its sections and "Συνδρομή", the headline, the
    subtitle (left out), the author and date, ``div.entry-content``, a "Διαβάστε επίσης" line inside, the
    tags "Ετικέτες" and "Περισσότερα από Ελλάδα"."""
    return _doc(page_, "el", (
        f'<header class="site-header"><a class="logo" href="/">{page_["site"]}</a><nav><a href="/politics/">Πολιτική</a><a href="/society/">Κοινωνία</a><a href="/economy/">Οικονομία</a><a href="/world/">Κόσμος</a><a href="/culture/">Πολιτισμός</a></nav><a class="btn" href="/subscribe">Συνδρομή</a></header>'
        f'<main><article class="single"><div class="single-header"><a class="cat" href="/society/">Κοινωνία</a><h1 class="entry-title">{page_["title"]}</h1>'
        '<h2 class="sub-title">Η νέα γραμμή θα συνδέει το λιμάνι με το αεροδρόμιο μέσα σε 25 λεπτά</h2>'
        f'<div class="single-meta"><span class="author">{page_["author"]}</span> <time datetime="2024-05-21T07:00:00+03:00">21.05.2024 • 07:00</time></div></div>'
        f'<div class="entry-content">{article}</div>'
        '<div class="tags"><span>Ετικέτες:</span><a href="/tag/metro/">Μετρό</a><a href="/tag/thessaloniki/">Θεσσαλονίκη</a></div></article>'
        '<section class="more"><h3>Περισσότερα από Κοινωνία</h3><ul><li><a href="/1/">Καύσωνας: ανοιχτές οι κλιματιζόμενες αίθουσες</a></li><li><a href="/2/">Νέες προσλήψεις στα νοσοκομεία</a></li></ul></section></main>'
        '<footer><p>© 2024 Η ΚΑΘΗΜΕΡΙΝΗ Α.Ε.</p><a href="/oroi/">Όροι χρήσης</a></footer>'
    ), ld=True)  # fmt: skip


def diavaste() -> tuple[str, str]:
    return (
        '<p class="read-also"><strong>Διαβάστε επίσης:</strong> <a href="/3/">Το μετρό της Θεσσαλονίκης σε αριθμούς</a></p>',
        "",
    )


# ---------------------------------------------------------------- Arabic (Masrawy-like, right to left)
def masrawy_ar(page_: dict, article: str) -> str:
    """An Egyptian news page after Masrawy, right to left: the header with its sections, the breadcrumb, the
    headline, the "كتب:" writer line, the date, ``div.details`` with an "اقرأ أيضا" line inside, the tags,
    "الأكثر قراءة" and the footer."""
    return _doc(page_, "ar", (
        f'<header class="header"><a class="logo" href="/">{page_["site"]}</a><nav><a href="/news">أخبار</a><a href="/sports">رياضة</a><a href="/economy">اقتصاد</a><a href="/arts">فنون</a></nav></header>'
        '<main><div class="breadcrumb"><a href="/">الرئيسية</a> &gt; <a href="/news">أخبار مصر</a></div>'
        f'<article class="article"><h1 class="title">{page_["title"]}</h1><div class="writer">كتب: {page_["author"]}</div><div class="date">الثلاثاء 21 مايو 2024 - 10:15 ص</div>'
        f'<div class="details">{article}</div>'
        '<div class="tags"><span>الكلمات المفتاحية:</span><a href="/tag/1">مترو القاهرة</a><a href="/tag/2">الخط الثالث</a></div></article>'
        '<aside class="most-read"><h3>الأكثر قراءة</h3><ul><li><a href="/1">الأرصاد: طقس حار نهارا معتدل ليلا</a></li><li><a href="/2">موعد امتحانات الثانوية العامة</a></li></ul></aside></main>'
        '<footer><p>جميع الحقوق محفوظة © 2024</p></footer>'
    ), dir_="rtl", ld=True)  # fmt: skip


def iqra() -> tuple[str, str]:
    return '<p><strong>اقرأ أيضا:</strong> <a href="/3">مواعيد تشغيل المترو في العيد</a></p>', ""


# ---------------------------------------------------------------- English (Hive)
def hive_en(page_: dict, article: str) -> str:
    """A Hive post on a Condenser front end: the header with "Sign up" and "Log in", the community's
    breadcrumb, ``h1.entry-title``, the author with reputation and "in #gardening", ``div.MarkdownViewer``, the
    tags, the payout "$18.42", the vote count, "Reply" and "Reblog", the replies and the author's card."""
    return _doc(page_, "en", (
        '<header class="Header"><a class="Header__logo" href="/">hive.blog</a><a href="/trending">Posts</a><a href="/proposals">Proposals</a><a href="/witnesses">Witnesses</a><a href="/signup">Sign up</a><a href="/login">Log in</a></header>'
        f'<div class="PostFull"><div class="PostFull__header"><h1 class="entry-title">{page_["title"]}</h1><div class="PostFull__time_author_category"><span class="author"><a href="/@{page_["author"]}">{page_["author"]}</a> (68)</span> in <a href="/created/hive-140217">Homesteading</a> • <span>2 days ago</span></div></div>'
        f'<div class="PostFull__body entry-content"><div class="MarkdownViewer Markdown">{article}</div></div>'
        '<div class="TagList__horizontal"><a href="/trending/gardening">gardening</a><a href="/trending/homestead">homestead</a><a href="/trending/beekeeping">beekeeping</a></div>'
        '<div class="PostFull__footer"><span class="Voting"><span class="Voting__button">Upvote</span> <span class="DropdownMenu">$18.42</span></span> <span class="VotesAndComments">148 votes</span> <a href="#comments">12 replies</a> <span class="Reblog">Reblog</span> <a href="#">Reply</a></div></div>'
        '<div id="comments" class="Post_comments"><div class="Comment"><div class="Comment__header"><a href="/@meadowlark">meadowlark</a> (63) · 1 day ago</div><div class="Comment__body"><p>Beautiful frames! How many supers are you running this year?</p></div><div class="Comment__footer">$0.04 Reply</div></div></div>'
        f'<div class="AuthorCard"><a href="/@{page_["author"]}">{page_["author"]}</a><p>Smallholder, beekeeper, occasional writer.</p><button>Follow</button></div>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- English (HubPages)
def hubpages_en(page_: dict, article: str) -> str:
    """A HubPages article (a Maven network site): the header, the author bar "By ... Updated: ...", the
    table-of-contents sidebar, the capsules (``div.module.moduleText``), a poll capsule, "This content is
    accurate and true to the best of the author's knowledge", the "© 2024" line, the comments prompt and the
    "More from the author" list."""
    return _doc(page_, "en", (
        f'<header class="header"><a class="logo" href="/">{page_["site"]}</a><nav><a href="/food">Food</a><a href="/family">Family</a><a href="/hobbies">Hobbies</a><a href="/travel">Travel</a></nav></header>'
        f'<main class="hub-main"><div class="hub-header"><h1 class="hub-title">{page_["title"]}</h1><div class="author-bar"><a class="author" href="/@{page_["author"]}">{page_["author"]}</a> <span>Updated: May 20, 2024</span></div>'
        '<p class="author-bio">Grandma Ruth has been making jam from her garden fruit for fifty years.</p></div>'
        '<div class="toc"><p class="toc-title">Contents</p><ol><li><a href="#fruit">Choosing the fruit</a></li><li><a href="#set">Getting a set</a></li></ol></div>'
        f'<div id="hub-content" class="hub-content">{article}</div>'
        '<div class="module modulePoll"><p class="poll-question">Do you make your own jam?</p><ul><li>Yes, every summer</li><li>Sometimes</li><li>Never tried</li></ul><button>Vote</button><a href="#">See results</a></div>'
        '<div class="module moduleDisclaimer"><p>This content is accurate and true to the best of the author\'s knowledge and is not meant to substitute for formal and individualized advice from a qualified professional.</p></div>'
        f'<div class="copyright">© 2024 {page_["author"]}</div>'
        '<div class="comments"><h3>Comments</h3><form><textarea placeholder="Sign in or sign up and post using a HubPages Network account."></textarea></form></div>'
        '<div class="more-from"><h3>More from the author</h3><ul><li><a href="/1">Old-Fashioned Lemon Curd</a></li><li><a href="/2">Pickled Beetroot the Way My Mother Made It</a></li></ul></div></main>'
        '<footer><p>HubPages® is a registered Service Mark of The Arena Platform, Inc.</p><a href="/privacy">Privacy Policy</a></footer>'
    ), ld=False)  # fmt: skip


def capsule(*parts: tuple[str, str]) -> tuple[str, str]:
    """HubPages's text capsule: a heading and paragraphs inside ``div.module.moduleText``."""
    return (
        '<div class="module moduleText">' + "".join(m for m, _ in parts) + "</div>",
        "\n\n".join(t for _, t in parts),
    )


# ---------------------------------------------------------------- English (Vocal)
def vocal_en(page_: dict, article: str) -> str:
    """A Vocal story: the header with "Sign in" and "Start writing", the community's label, the title and
    subtitle (left out), the author line with "Published about 5 hours ago • 4 min read", the story's body,
    the "Like" and "Pin" bar, "About the Creator", "Reader insights" with its "Good effort" badge, the tip
    box "Enjoyed the story? Support the Creator." and "More stories from ..."."""
    return _doc(page_, "en", (
        '<header class="header"><a class="logo" href="/">Vocal</a><a href="/communities">Communities</a><a href="/signup">Start writing</a><a href="/login">Sign in</a></header>'
        f'<main><article><div class="community"><a href="/wander">Wander</a></div><h1 class="css-title">{page_["title"]}</h1><h2 class="css-subtitle">Forty kilometres of gravel, one puncture and the best bakery in Lorraine</h2>'
        f'<div class="author-line"><a href="/authors/{page_["author"]}">{page_["author"]}</a> <span>Published about 5 hours ago • 4 min read</span></div>'
        f'<div class="css-story-body">{article}</div>'
        '<div class="engage"><button>Like</button> <button>Pin</button> <button>Share</button></div>'
        f'<section class="about-creator"><h3>About the Creator</h3><p><a href="/authors/{page_["author"]}">{page_["author"]}</a></p><p>Slow traveller, slower cyclist. Writing my way round Europe one village at a time.</p></section>'
        '<section class="reader-insights"><h3>Reader insights</h3><p>Good effort</p><p>You have potential. Keep practising!</p></section>'
        '<section class="tip"><h3>Enjoyed the story? Support the Creator.</h3><p>Subscribe for free to receive all their stories in your feed. You could also pledge your support or give them a one-off tip, letting them know you appreciate their work.</p><button>Subscribe For Free</button></section>'
        f'<section class="more-stories"><h3>More stories from {page_["author"]} and writers in Wander and other communities.</h3><ul><li><a href="/1">The night train to Vienna</a></li><li><a href="/2">Six islands, one ferry pass</a></li></ul></section></article></main>'
        '<footer><p>© 2024 Creatd, Inc. All Rights Reserved.</p></footer>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- English (a sheriff's office news release on a county's CivicPlus-free site)
def sheriff_en(page_: dict, article: str) -> str:
    """A county sheriff's office news release on its own site: the emergency banner "In an emergency, call
    911", the header with the office's seal and menu, the "News Releases" breadcrumb, the title, "Release
    Date:", the release's body, the "Media Contact:" block under it, "Download PDF", "Related News" and the
    footer with the address and non-emergency number."""
    return _doc(page_, "en", (
        '<div class="alert-bar"><p>In an emergency, call 911. Non-emergency: (541) 555-0100</p></div>'
        f'<header class="site-header"><a class="seal" href="/">{page_["site"]}</a><nav><a href="/divisions">Divisions</a><a href="/jail">Jail</a><a href="/news">News</a><a href="/careers">Careers</a><a href="/contact">Contact</a></nav></header>'
        '<main><nav class="breadcrumb"><a href="/">Home</a> › <a href="/news">News Releases</a></nav>'
        f'<article class="news-release"><h1 class="page-title">{page_["title"]}</h1><p class="release-date"><strong>Release Date:</strong> May 21, 2024</p>'
        f'<div class="field-body">{article}</div>'
        '<div class="media-contact"><p><strong>Media Contact:</strong><br>Sgt. Dana Whitfield, Public Information Officer<br>(541) 555-0142<br>pio@lanecountysheriff.example</p></div>'
        '<p class="download"><a href="/files/release-2024-05-21.pdf">Download PDF</a></p></article>'
        '<aside class="related"><h2>Related News</h2><ul><li><a href="/news/1">Sheriff\'s Office hosts summer water safety day</a></li><li><a href="/news/2">Deputies seek information on trailhead break-ins</a></li></ul></aside></main>'
        '<footer><p>125 E 8th Ave, Eugene, OR 97401</p><p>Non-emergency: (541) 555-0100</p><p>© 2024 County Sheriff\'s Office</p></footer>'
    ), ld=False)  # fmt: skip


SKINS.update(
    r30_overblog=overblog_fr,
    r30_seesaa=seesaa_ja,
    r30_csdn=csdn_zh,
    r30_dcard=dcard_zh,
    r30_dantri=dantri_vi,
    r30_kaskus=kaskus_id,
    r30_dzen=dzen_ru,
    r30_postimees=postimees_et,
    r30_nu=nu_nl,
    r30_kathimerini=kathimerini_el,
    r30_masrawy=masrawy_ar,
    r30_hive=hive_en,
    r30_hubpages=hubpages_en,
    r30_vocal=vocal_en,
    r30_sheriff=sheriff_en,
)

page(
    "r30-fr-overblog-jardin",
    "French Over-blog post (the Over-blog bar with Créer mon blog, the blog's title and description, the post's title, Publié le … par … with its category, the ob-section-html body with a list, Partager cet article with its networks, Repost0, Vous aimerez aussi, Commenter cet article with its form and a comment, the sidebar's Recherche, Catégories and Articles récents; no JSON-LD)",
    "r30_overblog",
    "Les fèves sont en fleur, et les pucerons aussi",
    "Jardin des Mariniers",
    "2024-05-19T18:00:00+02:00",
    [
        p(
            "Après trois semaines de pluie, le soleil est enfin revenu sur le jardin partagé et les fèves semées en février sont couvertes de fleurs blanches et noires."
        ),
        p(
            "Mauvaise surprise samedi matin : les pucerons noirs ont colonisé le haut des tiges. Plutôt que de traiter, nous avons suivi le conseil de Bernard et pincé toutes les têtes, là où ils se regroupent."
        ),
        p("Ce que nous avons fait ce week-end :"),
        ul(
            "pincé les têtes des fèves et brûlé les tiges coupées ;",
            "installé deux abris à coccinelles près des carrés ;",
            "semé une ligne de capucines en bordure, qui attirent les pucerons loin des légumes.",
        ),
        p(
            "Prochain rendez-vous au jardin samedi 25 mai à 10 heures pour la plantation des tomates. Apportez vos gants et, si vous en avez, des tuteurs."
        ),
    ],
    site="Jardin des Mariniers",
)
page(
    "r30-ja-seesaa-yacho",
    "Japanese Seesaa blog entry (the blog's title and description, the date header, the entry's h3 title, div.text written with <br>, posted by … at 21:08 | Comment(0) | category, the sponsored links, この記事へのコメント with its form, the trackback section, the sidebar's 最近の記事, カテゴリ and 過去ログ, the Seesaa BLOG footer; no JSON-LD)",
    "r30_seesaa",
    "多摩川でコアジサシの求愛給餌を見た",
    "かわせみ爺",
    "2024-05-19T21:08:00+09:00",
    [
        br_text(
            "今朝は六時前に家を出て、いつもの二子玉川の河原へ向かいました。風もなく、絶好の観察日和です。",
            "中州の上をコアジサシが十羽ほど飛び交っていて、そのうちの一羽が小魚をくわえて砂地に降りると、待っていたもう一羽にその魚を渡しました。求愛給餌です。何度か見たことはありますが、こんなに近くで見たのは初めてでした。",
            "コアジサシは絶滅危惧種で、河原の砂地に巣を作ります。増水や人の立ち入りで繁殖に失敗することも多いそうです。観察するときは、くれぐれも巣に近づかないようにしましょう。",
            "来週も天気が良ければ、同じ場所で子育ての様子を見守りたいと思います。",
        ),
    ],
    site="多摩川バードウォッチング日記",
)
page(
    "r30-zh-csdn-sqlite",
    "Simplified Chinese CSDN blog post (the CSDN toolbar, the title, the info bar with 原创, 于 … 发布, 阅读量, 收藏 and 点赞数, 分类专栏 and 文章标签, the 版权声明 and 本文链接 box, div#content_views with headings, code and a list, the bottom toolbox, the recommended posts, the author's sidebar card and 热门文章; no JSON-LD)",
    "r30_csdn",
    "Python sqlite3 批量插入提速：executemany 与事务",
    "数据搬运工小王",
    "2024-05-20T09:41:05+08:00",
    [
        p(
            "最近在做一个日志分析的小工具，需要把几十万行数据写进 SQLite。最开始用循环逐条 insert，十万行跑了将近两分钟，于是研究了一下怎么提速。"
        ),
        h("一、问题出在哪里", 2),
        p(
            "sqlite3 默认每执行一条 insert 都会自动提交一次事务，而每次提交都要把数据同步写到磁盘上，所以真正慢的不是插入本身，而是频繁的提交。"
        ),
        h("二、改用 executemany 并放进一个事务", 2),
        code(
            'import sqlite3\n\nconn = sqlite3.connect("logs.db")\nwith conn:\n    conn.executemany("INSERT INTO logs VALUES (?, ?, ?)", rows)'
        ),
        p("改完之后同样十万行只用了不到一秒。几点经验："),
        ul(
            "用 with conn 包住批量操作，结束时只提交一次；",
            "数据量特别大时可以分批，每批一万行左右；",
            "导入前先删掉索引，导完再建，速度还能再快一些。",
        ),
        p("希望对大家有帮助，有问题欢迎在评论区交流。"),
    ],
    site="CSDN博客",
)
page(
    "r30-zh-dcard-hualien",
    "Traditional Chinese Dcard post (the top bar with 搜尋 and 註冊/登入, the board sidebar, the board's name, the writer's school, the title, the date, the text in a span parted by <br>, the topics, 心情, 回應 and 收藏 counts, the replies with their B1 and B2 floors, the footer; no JSON-LD)",
    "r30_dcard",
    "花蓮三天兩夜自由行心得（不開車也OK）",
    "匿名",
    "2024-05-20T12:30:00+08:00",
    [
        br_text(
            "上週跟朋友去花蓮玩了三天兩夜，全程沒有開車，只靠火車、公車和租腳踏車，整理一下行程給大家參考。",
            "第一天搭早上的自強號到花蓮，出站後先去租腳踏車，沿著七星潭海岸自行車道騎到南濱公園，海景真的超美，騎起來也不累。",
            "第二天搭台灣好行太魯閣線進峽谷，因為地震後很多步道還在封閉，我們只走了砂卡礑步道的前段和布洛灣，但光是溪水的顏色就值回票價。",
            "第三天睡到自然醒，去東大門夜市附近吃了扁食和炸彈蔥油餅，下午搭車回台北。整趟交通費加住宿一個人大約六千元。",
        ),
    ],
    site="Dcard",
)
page(
    "r30-vi-dantri-cau",
    "Vietnamese news portal after Dân trí (the top bar with the date and Đăng nhập, the menu, the breadcrumb, the title, the author and time, the sapo in h2.singular-sapo, div.singular-content with the Tin liên quan box inside, the tags, the Bình luận block, Tin cùng chuyên mục, the footer with the licence; NewsArticle JSON-LD)",
    "r30_dantri",
    "Cầu Rạch Miễu 2 sẽ thông xe kỹ thuật từ ngày 1/6",
    "Ngọc Tài",
    "2024-05-20T07:12:00+07:00",
    [
        p(
            "Ban Quản lý dự án 7 (Bộ Giao thông Vận tải) cho biết cầu Rạch Miễu 2 nối tỉnh Tiền Giang và Bến Tre đã hoàn thành phần chính và sẽ thông xe kỹ thuật từ ngày 1/6."
        ),
        p(
            "Cầu dài hơn 17 km tính cả đường dẫn, có 4 làn xe, tổng mức đầu tư khoảng 5.100 tỷ đồng. Khi đưa vào khai thác, cầu sẽ giảm tải cho cầu Rạch Miễu hiện hữu, vốn thường xuyên ùn tắc vào dịp lễ, Tết."
        ),
        related_vi(),
        p(
            "Theo ông Nguyễn Văn Hùng, Phó giám đốc Ban Quản lý dự án 7, trong thời gian thông xe kỹ thuật, cầu chỉ cho phép xe có tải trọng dưới 10 tấn lưu thông với tốc độ tối đa 60 km/h."
        ),
        p("Dự án dự kiến hoàn thành toàn bộ và khánh thành vào quý IV năm nay."),
    ],
    site="Dân trí",
)
page(
    "r30-id-kaskus-gowes",
    "Indonesian Kaskus thread's first post (the header with Masuk and Daftar, the forum breadcrumb, the thread's title and views, the poster's card with rank and posts, the date, the entry written with <br> and a list, Quote, Multi Quote, Balas, the cendol and bata votes, a reply, Thread Terkait, the footer; no JSON-LD)",
    "r30_kaskus",
    "[FR] Gowes Bareng Jakarta - Bogor via Jalur Sentul, Seru Gan!",
    "onthel_kemayoran",
    "2024-05-20T10:41:00+07:00",
    [
        br_text(
            "Selamat pagi agan-agan sekalian, ane mau share field report gowes bareng komunitas hari Minggu kemarin dari Jakarta ke Bogor lewat jalur Sentul.",
            "Kami berangkat jam 5 pagi dari Cawang, total ada 14 orang. Jalurnya lumayan menanjak setelah masuk Sentul, tapi pemandangannya bikin lupa capek. Sampai di Bogor sekitar jam 10, langsung sarapan soto kuning dekat Kebun Raya.",
        ),
        ("<br><br>Beberapa tips buat yang mau coba:<br>", "Beberapa tips buat yang mau coba:"),
        ul(
            "Bawa minum minimal dua botol, warung jarang di tanjakan.",
            "Cek rem dan ban sebelum berangkat.",
            "Pulangnya bisa naik KRL, sepeda lipat boleh dibawa.",
        ),
        (
            "Rencana bulan depan kita mau ke Puncak, yang minat silakan gabung gan.",
            "Rencana bulan depan kita mau ke Puncak, yang minat silakan gabung gan.",
        ),
    ],
    site="KASKUS",
)
page(
    "r30-ru-dzen-zakvaska",
    "Russian Dzen article (the Dzen header with Поиск and Войти, the channel's card with its subscribers and Подписаться, the title, the date, views and reading time, the article-render blocks with a heading and a list, Нравится, Комментарии and Поделиться, the Подпишитесь на канал block, a comment, Читайте также cards; no JSON-LD)",
    "r30_dzen",
    "Закваска за пять дней: как я наконец испекла хлеб без дрожжей",
    "Хлеб и соль",
    "2024-05-21T10:00:00+03:00",
    [
        dz(
            "Я трижды пыталась вывести ржаную закваску и трижды выбрасывала банку с плесенью. В этот раз всё получилось, и я расскажу, что изменила."
        ),
        dz(
            "Главное — температура. Раньше банка стояла на подоконнике, где ночью было прохладно. Теперь я держу её на кухонном шкафу, там стабильно двадцать пять градусов."
        ),
        (
            '<h2 class="article-render__block article-render__block_h2">Мой график</h2>',
            "Мой график",
        ),
        ul(
            "день первый: 50 г ржаной муки и 50 г тёплой воды;",
            "со второго по четвёртый день: подкармливаю тем же количеством утром;",
            "день пятый: закваска удваивается за шесть часов, можно печь.",
        ),
        dz(
            "Первый хлеб получился плотноватым, но с хрустящей корочкой и приятной кислинкой. Во второй раз я добавила треть пшеничной муки, и мякиш стал заметно пышнее."
        ),
    ],
    site="Хлеб и соль",
)
page(
    "r30-et-postimees-rattad",
    "Estonian news page after Postimees (the header with Telli and Logi sisse, the sections, the section label, the title, the author and date, div.article-body with a Loe ka box inside, Kommentaarid and Jaga, the aside's Telli Postimees promotion and Loetuimad, Rohkem uudiseid, the footer; NewsArticle JSON-LD)",
    "r30_postimees",
    "Tartu rattaringlusse lisandub sada uut elektrirattaga jaama",
    "Mari Tamm",
    "2024-05-21T09:30:00+03:00",
    [
        p(
            "Tartu linn laiendab tänavu rattaringlust ja lisab juuni lõpuks sada uut jaama, peamiselt Annelinna, Ihaste ja Ropka piirkonda."
        ),
        p(
            "Linnavalitsuse teatel kasutati mullu rattaringlust rohkem kui kaks miljonit korda ning ligi pooled sõidud tehti elektriratastega."
        ),
        loe_ka(),
        p(
            "\u201eTahame, et rattaringlus oleks mugav ka nendele, kes elavad kesklinnast kaugemal,\u201c ütles abilinnapea Kristjan Kask. Tema sõnul on uute jaamade rajamine kavas lõpetada enne kooliaasta algust."
        ),
        p("Hooajapilet maksab endiselt 40 eurot ning sellega saab sõita kuni kuu lõpuni."),
    ],
    site="Postimees",
)
page(
    "r30-nl-nu-fietsen",
    "Dutch news page after NU.nl (the header with its sections, the title, Door … with Vandaag and Update, the text in div.block.text blocks with a Lees ook block inside, Lees meer over: with the tags, Meest gelezen, the footer of DPG Media; NewsArticle JSON-LD)",
    "r30_nu",
    "Utrecht haalt duizenden weesfietsen weg bij stations",
    "Sanne de Vries",
    "2024-05-21T08:14:00+02:00",
    [
        nb(
            "De gemeente Utrecht heeft de afgelopen maand ruim vierduizend weesfietsen weggehaald bij de stations Utrecht Centraal, Vaartsche Rijn en Overvecht."
        ),
        nb(
            "Fietsen die langer dan vier weken niet zijn gebruikt, krijgen eerst een label. Wordt de fiets daarna niet verplaatst, dan brengt de gemeente hem naar het fietsdepot."
        ),
        lees_ook(),
        nb(
            "Volgens wethouder Lot van Hooijdonk is het nodig om ruimte te maken voor reizigers die dagelijks met de fiets naar het station komen. 'In de spits is het nu soms onmogelijk om nog een plekje te vinden.'"
        ),
        nb(
            "Eigenaren kunnen hun fiets tot drie maanden na het weghalen ophalen bij het depot aan de Sint Josephlaan. Daarvoor betalen ze 27,50 euro."
        ),
    ],
    site="NU.nl",
)
page(
    "r30-el-kathimerini-metro",
    "Greek news page after Kathimerini (the header with its sections and Συνδρομή, the category, the title, the subtitle in h2.sub-title, the author and date, div.entry-content with a Διαβάστε επίσης line inside, Ετικέτες, Περισσότερα από Κοινωνία, the footer; NewsArticle JSON-LD)",
    "r30_kathimerini",
    "Μετρό Θεσσαλονίκης: ξεκινά η μελέτη για την επέκταση προς το αεροδρόμιο",
    "Γιώργος Παπαδόπουλος",
    "2024-05-21T07:00:00+03:00",
    [
        p(
            "Σε δημόσια διαβούλευση τίθεται από σήμερα η προκήρυξη για τη μελέτη της επέκτασης του μετρό της Θεσσαλονίκης προς το αεροδρόμιο «Μακεδονία»."
        ),
        p(
            "Η νέα γραμμή θα έχει μήκος περίπου 11 χιλιομέτρων και επτά σταθμούς, ενώ η διαδρομή από το λιμάνι έως το αεροδρόμιο υπολογίζεται ότι θα διαρκεί 25 λεπτά."
        ),
        diavaste(),
        p(
            "Σύμφωνα με το υπουργείο Υποδομών και Μεταφορών, η μελέτη θα ολοκληρωθεί μέσα σε δεκαοκτώ μήνες και το κόστος του έργου εκτιμάται σε 1,2 δισ. ευρώ."
        ),
        p(
            "Από την έναρξη λειτουργίας του, τον Νοέμβριο, το μετρό έχει εξυπηρετήσει περισσότερους από 15 εκατομμύρια επιβάτες."
        ),
    ],
    site="Η Καθημερινή",
)
page(
    "r30-ar-masrawy-metro",
    "Arabic Egyptian news page after Masrawy, right to left (the header with its sections, the breadcrumb, the title, the كتب: writer line, the date, div.details with an اقرأ أيضا line inside, the الكلمات المفتاحية tags, الأكثر قراءة, the footer; NewsArticle JSON-LD)",
    "r30_masrawy",
    "تشغيل 4 محطات جديدة بالخط الثالث لمترو الأنفاق الشهر المقبل",
    "أحمد عبد الله",
    "2024-05-21T10:15:00+03:00",
    [
        p(
            "أعلنت الهيئة القومية للأنفاق، اليوم الثلاثاء، بدء التشغيل التجريبي لأربع محطات جديدة بالمرحلة الأخيرة من الخط الثالث لمترو الأنفاق مطلع الشهر المقبل."
        ),
        p(
            "وقال مصدر بالهيئة إن المحطات الجديدة تمتد من محطة كيت كات حتى جامعة القاهرة، وتخدم نحو 300 ألف راكب يوميا."
        ),
        iqra(),
        p(
            "وأضاف المصدر أن أسعار التذاكر لن تتغير، وأن التشغيل سيكون في البداية من السادسة صباحا حتى الحادية عشرة مساء."
        ),
    ],
    site="مصراوي",
)
page(
    "r30-en-hive-bees",
    "English Hive post on a Condenser front end (the header with Posts, Proposals, Witnesses, Sign up and Log in, the title, the author with reputation in the community and the age, the MarkdownViewer body with a heading, an image and a list, the tags, the payout, the votes, replies, Reblog and Reply, a reply with its payout, the author's card; no JSON-LD)",
    "r30_hive",
    "First honey of the year from the hedge hives",
    "wildthymefarm",
    "2024-05-19T16:00:00+00:00",
    [
        p(
            "We took the first honey of the year off the two hives by the hedge this morning. It was a small harvest, eleven frames between them, but after last year's wet spring I am not complaining."
        ),
        p(
            "The colour is pale gold and it is already starting to set, which usually means a lot of oilseed rape. The farm next door had a field of it in flower all through April, so that is no surprise."
        ),
        h("How we extracted it", 2),
        ul(
            "Uncapped the frames with a bread knife warmed in hot water.",
            "Spun them in the borrowed two-frame extractor, five minutes each side.",
            "Ran the honey through a double sieve into the settling bucket.",
        ),
        p(
            "It has to be jarred within a couple of days before it sets hard, so tomorrow's job is washing jars. If you are local and want some, reply here and I will put one aside."
        ),
    ],
    site="Hive",
)
page(
    "r30-en-hubpages-jam",
    "English HubPages article (the network site's header, the title, the author bar with Updated, the author's bio line, the Contents box, text capsules with headings and an ordered list, a poll capsule, the accuracy disclaimer, the © 2024 line, the comments prompt, More from the author, the footer; no JSON-LD)",
    "r30_hubpages",
    "How to Make Strawberry Jam Without Pectin",
    "Grandma Ruth",
    "2024-05-20T12:00:00+00:00",
    [
        capsule(
            p(
                "Strawberry jam is the first jam of the summer in our house, and for fifty years I have made it without shop-bought pectin. All you need is fruit, sugar, a lemon and a little patience."
            ),
        ),
        capsule(
            ('<h2 id="fruit">Choosing the Fruit</h2>', "Choosing the Fruit"),
            p(
                "Pick the strawberries on a dry morning and use them the same day. A few slightly under-ripe berries help, because they hold more natural pectin than the soft ripe ones."
            ),
        ),
        capsule(
            ('<h2 id="set">Getting a Set</h2>', "Getting a Set"),
            ol(
                "Put two saucers in the freezer before you start.",
                "Boil the fruit, sugar and lemon juice hard for eight minutes.",
                "Drop a little jam on a cold saucer, wait a minute and push it with your finger.",
                "If it wrinkles, it is ready; if not, boil for two more minutes and test again.",
            ),
            p("Pour the jam into warm sterilised jars and seal them straight away."),
        ),
    ],
    site="Delishably",
)
page(
    "r30-en-vocal-gravel",
    "English Vocal story (the header with Communities, Start writing and Sign in, the community's label, the title, the subtitle, the author with Published about 5 hours ago • 4 min read, the story body with a quotation, Like, Pin and Share, About the Creator, Reader insights, the Support the Creator tip box, More stories from …, the footer; no JSON-LD)",
    "r30_vocal",
    "A Day on the Gravel Roads of Lorraine",
    "Tomasz Wierzbicki",
    "2024-05-20T09:00:00+00:00",
    [
        p(
            "I left Nancy just after seven, when the mist was still lying in the valley of the Meurthe and the only other people on the road were bakers' vans."
        ),
        p(
            "The route followed old farm tracks for most of its forty kilometres, white gravel between fields of rapeseed and wheat. I passed three villages in the first two hours and saw nobody in any of them except a dog that ran beside me for a kilometre and then lost interest."
        ),
        quote("You cannot be in a hurry on gravel. The road decides how fast you go."),
        p(
            "That was what the man who fixed my puncture outside Vézelise told me, and he was right. By the time I rolled into the square at lunchtime I had stopped looking at my watch altogether."
        ),
        p(
            "The bakery on the corner sold me a quiche and a slice of mirabelle tart, and I ate both on the church steps in the sun."
        ),
    ],
    site="Vocal",
)
page(
    "r30-en-sheriff-release",
    "English county sheriff's office news release (the emergency bar with 911 and the non-emergency number, the header with the office's seal and menu, the News Releases breadcrumb, the title, Release Date:, the release's body with a list, the Media Contact block, Download PDF, Related News, the footer with the address; no JSON-LD)",
    "r30_sheriff",
    "Search and Rescue Volunteers Locate Missing Hiker Near Fall Creek",
    "County Sheriff's Office",
    "2024-05-21T09:00:00-07:00",
    [
        p(
            "On Monday, May 20, at about 6:40 p.m., the Sheriff's Office received a report of an overdue hiker on the Fall Creek Trail. The 67-year-old man had left the Dolly Varden trailhead that morning and had not returned."
        ),
        p(
            "Deputies and more than twenty Search and Rescue volunteers searched the trail and the creek through the night. At about 5:15 a.m. on Tuesday, a volunteer team found the man about two miles off the trail. He was cold and had a minor leg injury but was able to walk out with help."
        ),
        p("The Sheriff's Office reminds hikers to:"),
        ul(
            "tell someone where you are going and when you expect to return;",
            "carry a light, water and an extra layer, even on short hikes;",
            "stay where you are if you become lost.",
        ),
        p(
            "The Sheriff's Office thanks the Search and Rescue volunteers, who give their time at all hours to help people in trouble."
        ),
    ],
    site="Lane County Sheriff's Office",
)
