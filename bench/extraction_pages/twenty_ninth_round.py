"""The twenty-ninth round of ``bench/extraction_pages``: pages (``r29-*``) of platforms, page kinds and languages
the first twenty-eight rounds lack, each in a template written here after what the platform's or outlet's pages
emit.

Languages: Russian (a Pikabu story with its rating, tags and comments), Thai (a Pantip topic with its
reactions and replies), Indonesian (a Kompasiana article with its ratings and "Baca konten-konten menarik"),
Japanese (an FC2 blog entry under the sponsored-post notice, its ``<br>`` text and "テーマ：" line), Simplified
Chinese (a Z-BlogPHP post with its previous and next links), Portuguese (a volunteer fire brigade's news on
Jimdo with its cookie bar), Polish (a football club's match report with the match's box and line-ups), Turkish (a
university press office's news with its gallery and share bar), Korean (a parliament committee's press release
with its attachments) and Tagalog (a parish blog on HTMLy). English platforms: a Dreamwidth journal entry with
its mood and music, an Invision Community blog entry, a Plume post with its licence, a Nikola post and a Bludit
post. The gold of every page was written before nutgraf was run on it: it leaves out headlines, bylines and
dates set apart, ratings, tags, reactions, comments and replies, sponsored notices, themes, previous and next
links, cookie bars, match boxes and line-ups, galleries, share bars, attachments, contacts, licences and the
sites' navigation; it keeps the body's headings, lists and quotations.
"""

from __future__ import annotations

from articles import page
from fourth_round import _doc, _links
from furniture import SKINS
from parts import h, p


def ul(*items: str) -> tuple[str, str]:
    return "<ul>" + "".join(f"<li>{x}</li>" for x in items) + "</ul>", "\n".join(items)


def quote(text: str) -> tuple[str, str]:
    return f"<blockquote><p>{text}</p></blockquote>", text


def br_text(*paragraphs: str) -> tuple[str, str]:
    """Paragraphs parted by ``<br><br>``, as FC2's and Jimdo's editors write them."""
    return "<br /><br />".join(paragraphs) + "<br />", "\n\n".join(paragraphs)


# ---------------------------------------------------------------- Russian (Pikabu)
def pikabu_ru(page_: dict, article: str) -> str:
    """A Pikabu story: the header with "Горячее", "Лучшее", "Свежее", the story's rating column, the user line,
    ``h1.story__title``, ``div.story__content-inner`` with ``story-block_type_text`` blocks, the tags, the
    comments and the sidebar's "Сообщества"."""
    return _doc(page_, "ru", (
        '<header class="header"><a class="header__logo" href="/">Пикабу</a><nav class="header-menu">'
        '<a href="/">Горячее</a><a href="/best">Лучшее</a><a href="/new">Свежее</a><a href="/subs">Подписки</a><a href="/communities">Сообщества</a></nav>'
        '<div class="header-right"><a href="/auth">Войти</a></div></header>'
        '<main class="main"><div class="stories-feed"><article class="story" data-story-id="11382745" data-rating="1843">'
        '<div class="story__left"><div class="story__rating-block"><div class="story__rating-up" role="button"></div>'
        '<div class="story__rating-count">1843</div><div class="story__rating-down" role="button"></div></div></div>'
        f'<div class="story__main"><header class="story__header"><div class="story__user"><a class="user__nick" href="/@{page_["author"]}">{page_["author"]}</a>'
        '<time class="story__datetime" datetime="2024-05-21T14:03:11+03:00">3 часа назад</time></div>'
        f'<h1 class="story__title"><span class="story__title-link">{page_["title"]}</span></h1>'
        '<div class="story__tags"><a class="tags__tag" href="/tag/Электричка">Электричка</a><a class="tags__tag" href="/tag/Доброта">Доброта</a><a class="tags__tag" href="/tag/Текст">Текст</a><a class="tags__tag" href="/tag/Длиннопост">Длиннопост</a></div></header>'
        f'<div class="story__content story__typography"><div class="story__content-inner">{article}</div></div>'
        '<footer class="story__footer"><div class="story__tools"><a class="story__comments-link" href="#comments">214 комментариев</a>'
        '<span class="story__save">Сохранить</span><span class="story__share">Поделиться</span></div></footer></div></article></div>'
        '<section class="comments" id="comments"><h2 class="comments__title">Комментарии</h2>'
        '<div class="comment"><div class="comment__header"><a class="user__nick" href="/@tanya_k">tanya_k</a><span class="comment__rating-count">+412</span></div>'
        '<div class="comment__content"><p>Вот ради таких историй я и читаю пикабу. Дай бог здоровья вашему проводнику.</p></div></div>'
        '<div class="comment"><div class="comment__header"><a class="user__nick" href="/@Sever">Sever</a><span class="comment__rating-count">+97</span></div>'
        '<div class="comment__content"><p>У нас на Савёловском направлении тоже такая тётя ходит, всех знает по именам.</p></div></div></section></main>'
        '<aside class="sidebar"><div class="sidebar-block"><h3>Сообщества</h3><ul>'
        '<li><a href="/community/life">Жизненные истории</a></li><li><a href="/community/rzd">Железная дорога</a></li></ul></div>'
        '<div class="sidebar-block"><a href="/app">Пикабу в приложении</a></div></aside>'
        '<footer class="footer"><a href="/information/rules">Правила</a> <a href="/information/contacts">Контакты</a> © 2009–2024 Пикабу</footer>'
    ), ld=False)  # fmt: skip


def pk_text(*paragraphs: str) -> tuple[str, str]:
    return (
        '<div class="story-block story-block_type_text">'
        + "".join(f"<p>{x}</p>" for x in paragraphs)
        + "</div>",
        "\n\n".join(paragraphs),
    )


# ---------------------------------------------------------------- Thai (Pantip)
def pantip_th(page_: dict, article: str) -> str:
    """A Pantip topic: the header with "ตั้งกระทู้" and "เข้าสู่ระบบ / สมัครสมาชิก", the room's breadcrumb,
    ``h2.display-post-title``, ``div.display-post-story``, the tags, the writer's line with the time, the
    emotion counts, "แสดงความคิดเห็น" and the replies."""
    return _doc(page_, "th", (
        '<div id="header"><a class="logo" href="/">Pantip</a><div class="menu"><a href="/forum">ห้อง</a><a href="/tag">แท็ก</a><a href="/club">คลับ</a>'
        '<a class="btn" href="/forum/new_topic">ตั้งกระทู้</a><a href="/login">เข้าสู่ระบบ / สมัครสมาชิก</a></div></div>'
        '<div class="breadcrumb"><a href="/">หน้าแรก</a> &gt; <a href="/forum/blueplanet">บลูแพลนเน็ต</a></div>'
        '<div class="display-post-wrapper main-post"><div class="display-post-wrapper-inner">'
        f'<h2 class="display-post-title">{page_["title"]}</h2>'
        f'<div class="display-post-story">{article}</div>'
        '<div class="display-post-tag-wrapper"><a class="tag-item" href="/tag/ภูเขา">ภูเขา</a><a class="tag-item" href="/tag/เชียงใหม่">เชียงใหม่</a><a class="tag-item" href="/tag/เดินป่า">เดินป่า</a></div>'
        f'<div class="display-post-status-leftside"><a class="display-post-name owner" href="/profile/4481207">{page_["author"]}</a>'
        '<span class="display-post-timestamp"><abbr class="timeago" title="21 พฤษภาคม 2567 เวลา 20:14 น.">21 พฤษภาคม 2567 เวลา 20:14 น.</abbr></span></div>'
        '<div class="display-post-vote"><span class="like-score">128</span> <span class="emotion-score">ถูกใจ 54 ขำกลิ้ง 3 หลงรัก 21 ทึ่ง 9</span></div>'
        '<div class="display-post-action"><a href="#comment">แสดงความคิดเห็น</a> <a href="#">แชร์</a> <a href="#">แจ้งลบ</a></div></div></div>'
        '<div class="comment-header">ความคิดเห็นทั้งหมด 2 ความคิดเห็น</div>'
        '<div class="display-post-wrapper section-comment" id="comment1"><div class="display-post-number">ความคิดเห็นที่ 1</div>'
        '<div class="display-post-story">ขอบคุณสำหรับข้อมูลครับ ปีหน้าว่าจะไปบ้าง ลูกหาบราคาเท่าไหร่ครับ</div><span class="display-post-name">สมาชิกหมายเลข 812004</span></div>'
        '<div class="display-post-wrapper section-comment" id="comment2"><div class="display-post-number">ความคิดเห็นที่ 2</div>'
        '<div class="display-post-story">วิวสวยมากค่ะ เก็บไว้ในลิสต์เลย</div><span class="display-post-name">น้องแพรว</span></div>'
        '<div class="footer">© 2024 Internet Marketing co., ltd. <a href="/about/tos">กฎ กติกาและมารยาท</a> <a href="/about/privacy">นโยบายเกี่ยวกับข้อมูลส่วนบุคคล</a></div>'
    ), ld=False)  # fmt: skip


def th_text(*paragraphs: str) -> tuple[str, str]:
    """Pantip's editor writes a topic as text parted by ``<br />``, an empty line between paragraphs."""
    return "<br />\n<br />\n".join(paragraphs), "\n\n".join(paragraphs)


# ---------------------------------------------------------------- Indonesian (Kompasiana)
def kompasiana_id(page_: dict, article: str) -> str:
    """A Kompasiana article: the header with "Tulis" and "Masuk", the channel breadcrumb, the title, the writer's
    card with "Diperbarui:" and "Ditayangkan:", the image with its caption and source, ``div.read-content``, the
    "Lihat ... Selengkapnya" link, the tags, "Baca konten-konten menarik Kompasiana lainnya di Google News",
    the ratings, the comments and "Tulisan Terkait"."""
    return _doc(page_, "id", (
        '<header class="header"><a class="logo" href="/">Kompasiana</a><nav><a href="/nasional">Nasional</a><a href="/gaya-hidup">Gaya Hidup</a><a href="/hobi">Hobi</a><a href="/wisata">Wisata</a></nav>'
        '<a class="btn-write" href="/new">Tulis</a><a href="/login">Masuk</a></header>'
        '<div class="container"><div class="breadcrumb"><a href="/">Home</a> » <a href="/hobi">Hobi</a></div>'
        f'<div class="artikel-section"><h1 class="title">{page_["title"]}</h1>'
        f'<div class="writer-card"><a class="name" href="/bayu.pratama">{page_["author"]}</a><span class="badge">Pegiat kopi dan sepeda</span>'
        '<div class="time">Diperbarui: 21 Mei 2024 10:12 · Ditayangkan: 21 Mei 2024 09:30</div></div>'
        '<div class="artikel-image"><img src="https://assets.kompasiana.com/items/album/2024/05/21/sepeda.jpg" alt="gowes"><span class="caption">Rombongan gowes di tanjakan Cikidang (Dokpri)</span></div>'
        f'<div class="read-content col-lg-9 col-md-9 col-sm-9 col-xs-9">{article}</div>'
        '<div class="tag-list"><a href="/tag/sepeda">sepeda</a><a href="/tag/sukabumi">sukabumi</a><a href="/tag/gowes">gowes</a></div>'
        '<div class="gnews">Baca konten-konten menarik Kompasiana lainnya di <a href="https://news.google.com/publications/kompasiana">Google News</a></div>'
        '<div class="rating-box"><h4>Beri Nilai</h4><span>Aktual</span><span>Bermanfaat</span><span>Menarik</span><span>Inspiratif</span><span>Unik</span></div>'
        '<div class="komentar"><h4>Komentar</h4><div class="komentar-item"><b>Rina Mardiana</b><p>Seru sekali, Mas! Tanjakannya memang bikin kaki gemetar.</p></div>'
        '<div class="komentar-item"><b>Hendra</b><p>Wah, kapan-kapan ajak saya ya.</p></div></div>'
        '<div class="terkait"><h4>Tulisan Terkait</h4><ul><li><a href="/a/1">Gowes ke Puncak, Mengapa Tidak?</a></li><li><a href="/a/2">Tips Memilih Sepeda Gravel untuk Pemula</a></li></ul></div></div></div>'
        '<footer class="footer">Kompasiana adalah platform blog. Konten ini menjadi tanggung jawab bloger dan tidak mewakili pandangan redaksi Kompas. <a href="/about">Tentang Kompasiana</a></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Japanese (FC2 blog)
def fc2_ja(page_: dict, article: str) -> str:
    """An FC2 blog entry: the FC2 header bar, the blog's title and description, the "スポンサーサイト" entry
    with "上記の広告は1ヶ月以上更新のないブログに表示されています。", ``div.entry_body`` (text parted by ``<br />``),
    the "テーマ：… ジャンル：…" line, the entry footer, the comments, the trackbacks and the plugins."""
    return _doc(page_, "ja", (
        '<div id="fc2_header"><a href="https://fc2.com/">FC2</a> <a href="https://blog.fc2.com/">ブログ</a> <a href="https://blog.fc2.com/signup">ブログを作る</a></div>'
        f'<div id="container"><div id="header"><h1><a href="https://hanamichi.blog.fc2.com/">{page_["site"]}</a></h1><p class="introduction">季節の庭仕事と野菜づくりの記録です。</p></div>'
        '<div id="main"><div class="entry"><h2 class="entry_header">スポンサーサイト</h2><div class="entry_body">上記の広告は1ヶ月以上更新のないブログに表示されています。<br />新しい記事を書く事で広告が消せます。</div></div>'
        '<div class="entry"><div class="entry_date">2024/05/20</div>'
        f'<h2 class="entry_header"><a href="https://hanamichi.blog.fc2.com/blog-entry-412.html">{page_["title"]}</a></h2>'
        f'<div class="entry_body">{article}'
        '<div class="fc2_footer" style="text-align:left;vertical-align:middle;height:auto;"><div class="fc2button-clap" data-clap-cache="1" style="vertical-align:top;border:none;display:inline;margin-right:2px;">拍手する</div></div>'
        '<div style="text-align:left;">テーマ：<a href="https://blog.fc2.com/theme-12-28.html" class="tagword">家庭菜園</a> ジャンル：<a href="https://blog.fc2.com/genre-11.html" class="tagword">ライフ</a></div></div>'
        f'<ul class="entry_state"><li>{page_["author"]}</li><li>カテゴリ：<a href="/blog-category-3.html">夏野菜</a></li><li><a href="#comment">コメント：2</a></li><li><a href="#trackback">トラックバック：0</a></li><li>2024-05-20 (月) 21:40</li></ul></div>'
        '<div id="comment"><h3>コメント</h3><dl><dt>トマトの芽かき</dt><dd>わき芽を挿し木にするの、知りませんでした！真似してみます。<br />2024-05-21 08:12 みどり</dd>'
        '<dt>No title</dt><dd>うちは今年ミニトマトだけにしました。<br />2024-05-21 19:40 たけし</dd></dl>'
        '<form><p>名前</p><input type="text"><p>本文</p><textarea></textarea><input type="submit" value="送信"></form></div>'
        '<div id="trackback"><h3>トラックバック</h3><p>https://hanamichi.blog.fc2.com/tb.php/412-8a1c3f04</p></div>'
        '<div class="page_navi"><a href="/blog-entry-413.html">« 新しい記事</a> <a href="/">ホーム</a> <a href="/blog-entry-411.html">古い記事 »</a></div></div>'
        '<div id="sidebar"><div class="plugin"><h3>プロフィール</h3><p>週末は畑にいます。</p></div><div class="plugin"><h3>最新記事</h3><ul><li><a href="/blog-entry-411.html">ナスの植え付け</a></li></ul></div>'
        '<div class="plugin"><h3>リンク</h3><ul><li><a href="/?admin">管理画面</a></li><li><a href="https://blog.fc2.com/">FC2ブログ</a></li></ul></div></div>'
        '<div id="footer">Copyright © 花みち菜園日記 All Rights Reserved. Powered by FC2ブログ</div></div>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- Simplified Chinese (Z-BlogPHP)
def zblog_zh(page_: dict, article: str) -> str:
    """A Z-BlogPHP post in the default theme: the header with the blog's name and menu, ``div.post.single`` with
    ``h4.post-date``, ``h2.post-title``, ``div.post-body``, the tags and category line, the previous and next
    posts, "发表评论" with the comment list, the sidebar's "网站分类", "搜索", "最新留言" and the
    "Powered By Z-BlogPHP" footer."""
    return _doc(page_, "zh-CN", (
        f'<div id="divAll"><div id="divPage"><div id="divMiddle"><div id="divTop"><h1 id="BlogTitle"><a href="/">{page_["site"]}</a></h1><h3 id="BlogSubTitle">一个程序员的周末厨房</h3></div>'
        f'<div id="divNavBar"><ul>{_links(("首页", "家常菜", "烘焙", "留言本"), "/?cate=")}</ul></div>'
        '<div id="divMain"><div class="post single"><h4 class="post-date">2024年05月19日</h4>'
        f'<h2 class="post-title">{page_["title"]}</h2><div class="post-body">{article}</div>'
        f'<h5 class="post-tags">标签: <a href="/?tags=1">红烧肉</a> <a href="/?tags=2">家常菜</a></h5><h6 class="post-footer">作者:{page_["author"]} | 分类:<a href="/?cate=1">家常菜</a> | 浏览:1032 | 评论:2</h6></div>'
        '<div class="post-nav"><a class="l" href="/?id=87">« 上一篇 葱油拌面的三个关键</a><a class="r" href="/?id=89">下一篇 第一次做戚风蛋糕 »</a></div>'
        '<ul class="msg msghead"><li class="tbname">评论列表</li></ul>'
        '<ul class="msg" id="cmt31"><li class="msgname"><span class="commentname">老王</span><br /><small>&nbsp;发布于&nbsp;2024-05-19 20:31:12&nbsp;&nbsp;<a href="#comment">回复该评论</a></small></li>'
        '<li class="msgarticle">照着做了一次，糖色炒得有点过，下次再试。</li></ul>'
        '<ul class="msg" id="cmt32"><li class="msgname"><span class="commentname">小鱼</span><br /><small>&nbsp;发布于&nbsp;2024-05-20 09:02:40</small></li><li class="msgarticle">看饿了。</li></ul>'
        '<div class="post" id="divCommentPost"><p class="posttop"><a name="comment">发表评论：</a></p><form id="frmSumbit"><p><input type="text" name="inpName"> 名称(*)</p><p><textarea name="txaArticle"></textarea></p><p><input type="submit" value="提交"></p></form></div></div>'
        '<div id="divSidebar"><dl class="function" id="divCatalog"><dt class="function_t">网站分类</dt><dd class="function_c"><ul><li><a href="/?cate=1">家常菜(24)</a></li><li><a href="/?cate=2">烘焙(9)</a></li></ul></dd></dl>'
        '<dl class="function" id="divSearchPanel"><dt class="function_t">搜索</dt><dd class="function_c"><form><input type="text" name="q"><input type="submit" value="搜索"></form></dd></dl>'
        '<dl class="function" id="divComments"><dt class="function_t">最新留言</dt><dd class="function_c"><ul><li><a href="/?id=88#cmt32">看饿了。</a></li></ul></dd></dl></div>'
        '<div id="divBottom"><h3 id="BlogCopyRight">Copyright 2024 周末厨房. All Rights Reserved.</h3><h4 id="BlogPowerBy">Powered By <a href="https://www.zblogcn.com/">Z-BlogPHP</a></h4></div></div></div></div>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- Portuguese (a fire brigade on Jimdo)
def jimdo_pt(page_: dict, article: str) -> str:
    """A volunteer fire brigade's site on Jimdo Creator: the cookie bar, the navigation, ``div.j-module`` blocks
    (``j-header`` for the title, ``j-text`` for the story, ``j-imageSubtitle`` with its caption, ``j-hr``), the
    "Voltar" link, the contacts block and the "Sobre | Política de cookies | Mapa do site" footer with "Iniciar
    sessão"."""
    return _doc(page_, "pt-PT", (
        '<div id="cc-cookie-notice" class="cc-cookie-notice"><p>Este site utiliza cookies para melhorar a sua experiência. Ao continuar a navegar, aceita a sua utilização.</p>'
        '<button class="cc-accept">Aceitar</button><a href="/j/privacy">Mais informações</a></div>'
        '<div id="cc-website"><div class="jtpl-header"><a href="/" class="jtpl-logo">Bombeiros Voluntários de Vila Franca do Rosário</a></div>'
        f'<div id="cc-nav" class="jtpl-navigation"><ul class="mainNav1">{_links(("Início", "A Associação", "Notícias", "Quartel", "Torne-se sócio", "Contactos"), "/pt/")}</ul></div>'
        '<div id="content_area" class="jtpl-content"><div id="cc-matrix-1984" class="j-module">'
        f'<div class="j-module n j-header"><h1 class="">{page_["title"]}</h1></div>'
        '<div class="j-module n j-text"><p><em>Publicado a 18 de maio de 2024</em></p></div>'
        f'{article}'
        '<div class="j-module n j-hr"><hr></div>'
        '<div class="j-module n j-text"><p><a href="/pt/noticias/">« Voltar às notícias</a></p></div></div></div>'
        '<div id="cc-sidecol" class="jtpl-sidebar"><div class="j-module n j-text"><h3>Contactos</h3><p>Quartel: Rua dos Bombeiros, 12<br>Tel.: 261 000 412<br>Emergência: 112</p></div>'
        '<div class="j-module n j-text"><h3>Seja sócio</h3><p>Por apenas 1 euro por mês ajuda a sua corporação. <a href="/pt/socio/">Saiba como</a></p></div></div>'
        '<div id="contentfooter" class="jtpl-footer"><div class="leftrow"><a href="/about/">Sobre</a> | <a href="/j/privacy">Política de cookies</a> | <a href="/sitemap/">Mapa do site</a></div>'
        '<div class="rightrow"><a href="https://www.jimdo.com/login">Iniciar sessão</a></div></div></div>'
    ), ld=False)  # fmt: skip


def jimdo_text(*parts: tuple[str, str]) -> tuple[str, str]:
    return (
        '<div class="j-module n j-text">' + "".join(m for m, _ in parts) + "</div>",
        "\n\n".join(t for _, t in parts if t),
    )


def jimdo_image(src: str, caption: str) -> tuple[str, None]:
    return (
        f'<div class="j-module n j-imageSubtitle"><figure class="cc-imagewrapper cc-m-image-align-1"><img src="{src}" alt="" class=""></figure>'
        f'<div class="cc-clear"></div><figcaption class="cc-m-image-subtitle">{caption}</figcaption></div>',
        None,
    )


# ---------------------------------------------------------------- Polish (a football club's match report)
def klub_pl(page_: dict, article: str) -> str:
    """A football club's site: the top bar with the shop and tickets, the crest and menu, the match report with
    its category and date, the match box (teams, score, goals, the ground and attendance), the report's text,
    the line-ups, the gallery link, the next match, the sponsors and the footer."""
    return _doc(page_, "pl", (
        '<div class="topbar"><a href="https://sklep.wartaleszno.example">Sklep</a> <a href="/bilety">Bilety</a> <a href="/karnety">Karnety</a> <a href="https://facebook.com/wartaleszno">Facebook</a></div>'
        f'<header class="site-header"><a class="crest" href="/"><img src="/img/herb.png" alt="{page_["site"]}"></a>'
        f'<nav class="main-menu"><ul>{_links(("Aktualności", "Drużyna", "Terminarz", "Tabela", "Akademia", "Klub", "Kontakt"), "/")}</ul></nav></header>'
        '<main class="content"><article class="news-single"><div class="news-meta"><span class="category">Relacje meczowe</span> <span class="date">19.05.2024</span></div>'
        f'<h1 class="news-title">{page_["title"]}</h1>'
        '<div class="match-box"><div class="team home">Warta Leszno</div><div class="score">2:1</div><div class="team away">Sokół Kleczew</div>'
        '<div class="scorers">Nowicki 34\', Kaczmarek 77\' – Zieliński 52\'</div><div class="match-info">Stadion Miejski, Leszno · Widzów: 1240 · 28. kolejka III ligi</div></div>'
        f'<div class="news-content">{article}</div>'
        '<div class="lineups"><h3>Składy</h3><p><strong>Warta:</strong> Mazur – Wójcik, Lis, Kowal, Pawlak – Nowicki (80. Sikora), Kaczmarek, Dudek, Baran – Górski (70. Michalak), Wróbel.</p>'
        '<p><strong>Sokół:</strong> Kamiński – Adamczyk, Zieliński, Szulc, Borkowski – Jasiński, Krawczyk, Witkowski (65. Urban), Olszewski – Kubiak, Sadowski.</p>'
        '<p>Żółte kartki: Lis, Dudek – Szulc. Sędzia: Tomasz Wrona (Poznań).</p></div>'
        '<div class="gallery-link"><a href="/galeria/warta-sokol">Zobacz galerię zdjęć z meczu (48)</a></div>'
        '<div class="share">Udostępnij: <a href="#">Facebook</a> <a href="#">X</a></div></article>'
        '<aside class="next-match"><h3>Najbliższy mecz</h3><p>Pogoń II Szczecin – Warta Leszno</p><p>Sobota, 25.05.2024, 15:00</p><a href="/bilety">Kup bilet</a></aside>'
        '<aside class="table-widget"><h3>Tabela III ligi</h3><ol><li>Pogoń II Szczecin 58</li><li>Warta Leszno 55</li><li>Sokół Kleczew 51</li></ol></aside></main>'
        '<div class="sponsors"><h3>Sponsorzy</h3><img src="/img/s1.png" alt="Sponsor strategiczny"><img src="/img/s2.png" alt="Partner"></div>'
        f'<footer class="site-footer">© 2024 {page_["site"]} · ul. Strzelecka 7, 64-100 Leszno · <a href="/polityka-prywatnosci">Polityka prywatności</a></footer>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- Turkish (a university press office)
def universite_tr(page_: dict, article: str) -> str:
    """A university's press office news page: the top links (Öğrenci, Personel, Mezun, English), the logo and
    the mega menu, "Basın ve Halkla İlişkiler" breadcrumbs, the title with the date and view count, the story,
    the photo gallery's thumbnails, the share bar, "Diğer Haberler" and the footer with the address."""
    return _doc(page_, "tr", (
        '<div class="ust-bar"><a href="/ogrenci">Öğrenci</a> <a href="/personel">Personel</a> <a href="/mezun">Mezun</a> <a href="https://ebys.example">EBYS</a> <a href="/en">English</a></div>'
        f'<header class="header"><a class="logo" href="/"><img src="/img/logo.svg" alt="{page_["site"]}"></a>'
        f'<nav class="mega-menu"><ul>{_links(("Üniversitemiz", "Akademik", "Araştırma", "Öğrenci", "Aday Öğrenci", "İletişim"), "/menu/")}</ul></nav></header>'
        '<div class="page-title-bar"><h2>Basın ve Halkla İlişkiler</h2><ol class="breadcrumb"><li><a href="/">Ana Sayfa</a></li><li><a href="/haberler">Haberler</a></li></ol></div>'
        '<div class="container"><div class="row"><div class="col-md-9"><div class="haber-detay">'
        f'<h1 class="haber-baslik">{page_["title"]}</h1><div class="haber-bilgi"><span><i class="fa fa-calendar"></i> 20.05.2024</span> <span><i class="fa fa-eye"></i> 2.318 görüntülenme</span></div>'
        '<div class="haber-resim"><img src="/uploads/haber/2024/05/drone-yarisma.jpg" alt=""></div>'
        f'<div class="haber-icerik">{article}</div>'
        '<div class="haber-galeri"><h4>Fotoğraf Galerisi</h4><a href="/uploads/g1.jpg"><img src="/uploads/t1.jpg" alt=""></a><a href="/uploads/g2.jpg"><img src="/uploads/t2.jpg" alt=""></a><a href="/uploads/g3.jpg"><img src="/uploads/t3.jpg" alt=""></a></div>'
        '<div class="paylas">Paylaş: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">WhatsApp</a></div></div></div>'
        '<div class="col-md-3"><div class="diger-haberler"><h4>Diğer Haberler</h4><ul><li><a href="/haber/1">Bahar Şenliği programı açıklandı</a></li><li><a href="/haber/2">Kütüphane sınav döneminde 24 saat açık</a></li><li><a href="/haber/3">Rektörümüz mezunlarla buluştu</a></li></ul></div></div></div></div>'
        f'<footer class="footer"><p>{page_["site"]} · Kampüs Yolu No: 1, 38039 Kayseri · Tel: 0352 000 00 00</p><p>Kurumsal İletişim Koordinatörlüğü © 2024</p></footer>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- Korean (a parliament committee's press release)
def gukhoe_ko(page_: dict, article: str) -> str:
    """A parliament's press release board: the "본문 바로가기" skip link, the top menu, the left menu of the
    "알림마당", the board view table (제목, 작성자, 등록일, 조회수), the view body, the attachments (``.hwp`` and
    ``.pdf`` with "바로보기"), the "담당부서" contact line, the previous and next posts and "목록", the footer."""
    return _doc(page_, "ko", (
        '<div id="skipNav"><a href="#contents">본문 바로가기</a></div>'
        '<header id="header"><h1 class="logo"><a href="/">대한민국국회</a></h1><nav id="gnb"><ul>'
        f'{_links(("국회소개", "의정활동", "위원회", "알림마당", "국회방송"), "/menu/")}</ul></nav></header>'
        '<div id="container"><div id="lnb"><h2>알림마당</h2><ul><li><a href="/notice">공지사항</a></li><li class="on"><a href="/press">보도자료</a></li><li><a href="/photo">포토뉴스</a></li></ul></div>'
        '<div id="contents"><div class="location">홈 &gt; 알림마당 &gt; 보도자료</div><h3 class="sub-title">보도자료</h3>'
        '<div class="board_view"><table class="view_table"><caption>보도자료 상세보기</caption><tbody>'
        f'<tr><th scope="row">제목</th><td colspan="3" class="subject">{page_["title"]}</td></tr>'
        f'<tr><th scope="row">작성자</th><td>{page_["author"]}</td><th scope="row">등록일</th><td>2024-05-21</td></tr>'
        '<tr><th scope="row">조회수</th><td colspan="3">1,284</td></tr></tbody></table>'
        f'<div class="view_cont">{article}</div>'
        '<div class="file_list"><dl><dt>첨부파일</dt><dd><a href="/file/down?id=9182">[보도자료] 국토교통위원회 전체회의 결과.hwp</a> <a class="btn_view" href="/file/view?id=9182">바로보기</a></dd>'
        '<dd><a href="/file/down?id=9183">[보도자료] 국토교통위원회 전체회의 결과.pdf</a> <a class="btn_view" href="/file/view?id=9183">바로보기</a></dd></dl></div>'
        '<p class="dept">담당부서: 국토교통위원회 행정실 (02-788-0000)</p></div>'
        '<div class="board_nav"><dl><dt>이전글</dt><dd><a href="/press/view?id=4411">행정안전위원회, 지방자치법 개정안 심사</a></dd></dl><dl><dt>다음글</dt><dd><a href="/press/view?id=4413">교육위원회 현장 방문 결과</a></dd></dl></div>'
        '<div class="btn_area"><a class="btn_list" href="/press">목록</a></div></div></div>'
        '<footer id="footer"><ul><li><a href="/privacy">개인정보처리방침</a></li><li><a href="/copyright">저작권정책</a></li></ul><address>(07233) 서울특별시 영등포구 의사당대로 1 대한민국국회</address><p>Copyright © National Assembly. All Rights Reserved.</p></footer>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- Tagalog (a parish blog on HTMLy)
def htmly_tl(page_: dict, article: str) -> str:
    """A parish blog on HTMLy's default theme: the blog's title and tagline, the menu and search, ``div.post``
    with ``h1.title-post``, the date and "Posted in" category line, ``div.post-body``, the tags, "Ibahagi:"
    share links, the previous and next posts, the Disqus block, the sidebar's recent posts, archive and tags
    and "Proudly powered by HTMLy"."""
    return _doc(page_, "tl", (
        f'<header id="header"><h1 class="blog-title"><a href="/">{page_["site"]}</a></h1><p class="tagline">Balita at pagninilay mula sa ating parokya</p>'
        f'<nav class="nav"><ul>{_links(("Home", "Misa at Kumpisal", "Mga Ministeryo", "Tungkol sa Amin"), "/")}</ul></nav>'
        '<form class="search"><input type="search" name="search" placeholder="Hanapin"></form></header>'
        '<div id="main"><div class="post" itemprop="blogPost" itemscope itemtype="http://schema.org/BlogPosting">'
        f'<div class="main"><h1 class="title-post" itemprop="name">{page_["title"]}</h1>'
        f'<div class="date"><span itemprop="datePublished">19 Mayo 2024</span> - Posted in <a href="/category/balita">Balita</a> by <span itemprop="author">{page_["author"]}</span></div>'
        f'<div class="post-body" itemprop="articleBody">{article}</div></div>'
        '<div class="tags"><strong>Tags:</strong> <a href="/tag/fiesta" rel="tag">fiesta</a> <a href="/tag/santacruzan" rel="tag">santacruzan</a></div>'
        '<div class="share-box">Ibahagi: <a href="#">Facebook</a> <a href="#">X</a></div>'
        '<div class="postnav"><a class="newer" href="/post/pagsasanay-ng-mga-lector">&laquo; Pagsasanay ng mga lector</a> <a class="older" href="/post/binyag-sa-mayo">Iskedyul ng binyag sa Mayo &raquo;</a></div>'
        '<div class="comments"><div id="disqus_thread"></div><noscript>Please enable JavaScript to view the <a href="https://disqus.com/?ref_noscript">comments powered by Disqus.</a></noscript></div></div></div>'
        '<aside id="sidebar"><div class="recent"><h3>Mga Bagong Post</h3><ul><li><a href="/post/pagsasanay-ng-mga-lector">Pagsasanay ng mga lector</a></li><li><a href="/post/binyag-sa-mayo">Iskedyul ng binyag sa Mayo</a></li></ul></div>'
        '<div class="archive"><h3>Archive</h3><ul><li><a href="/archive/2024-05">Mayo 2024</a></li><li><a href="/archive/2024-04">Abril 2024</a></li></ul></div></aside>'
        f'<footer id="footer">Copyright © 2024 {page_["site"]}. Proudly powered by <a href="https://www.htmly.com">HTMLy</a>.</footer>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- English (Dreamwidth)
def dreamwidth_en(page_: dict, article: str) -> str:
    """A Dreamwidth journal entry in the Tropo style: the site's top bar with "Log in" and "Create", the
    journal's title and its links, ``div.entry`` with the title, the date, the poster's userlink, the
    "Current Mood:" and "Current Music:" metadata, ``div.entry-content``, "Tags:", the comment links
    ("Link", "Reply", "Track"), the comments and the sidebar's profile, tags and "Page Summary"."""
    return _doc(page_, "en", (
        '<div id="canvas"><div class="inner"><div id="site-top"><a href="https://www.dreamwidth.org/">Dreamwidth</a> <a href="https://www.dreamwidth.org/login">Log in</a> <a href="https://www.dreamwidth.org/create">Create</a> <a href="https://www.dreamwidth.org/search">Explore</a></div>'
        f'<div id="header"><h1 id="title">{page_["site"]}</h1><h2 id="subtitle">mostly allotments, occasionally knitting</h2><h2 id="pagetitle">Recent Entries</h2></div>'
        '<div id="content"><div id="primary"><div class="inner"><div id="entry-wrapper-21341" class="entry-wrapper entry-wrapper-odd security-public"><div class="entry" id="entry-21341"><div class="inner">'
        f'<div class="header"><h3 class="entry-title"><a href="https://bramblewick.dreamwidth.org/21341.html">{page_["title"]}</a></h3><span class="datetime">May. 19th, 2024 07:48 pm</span></div>'
        f'<div class="contents"><div class="inner"><span class="poster entry-poster"><span class="ljuser"><a href="https://{page_["author"]}.dreamwidth.org/"><b>{page_["author"]}</b></a></span></span>'
        '<div class="metadata top-metadata"><ul><li><span class="metadata-label metadata-label-mood">mood: </span><span class="metadata-item metadata-item-mood">accomplished</span></li>'
        '<li><span class="metadata-label metadata-label-music">music: </span><span class="metadata-item metadata-item-music">Gardeners\' Question Time</span></li></ul></div>'
        f'<div class="entry-content">{article}</div></div></div>'
        '<div class="footer"><div class="inner"><div class="tag"><span class="tag-text">Tags:</span><ul><li><a rel="tag" href="/tag/allotment">allotment</a>, </li><li><a rel="tag" href="/tag/potatoes">potatoes</a></li></ul></div>'
        '<ul class="entry-management-links text-links"><li><a href="/21341.html?mode=reply">Reply</a></li></ul>'
        '<ul class="entry-interaction-links text-links"><li class="entry-readlink first-item"><a href="/21341.html">3 comments</a></li><li><a href="/21341.html">Link</a></li><li><a href="/manage/tracking/entry?journal=bramblewick">Track</a></li></ul></div></div></div></div></div>'
        '<div id="comments"><div class="comment-thread"><div class="comment"><span class="comment-poster">hedgerow_jo</span><div class="comment-content">Twelve bags! You are braver than me. Did the second earlies go in at the same time?</div>'
        '<ul class="comment-management-links"><li><a href="#">Reply</a></li><li><a href="#">Thread</a></li><li><a href="#">Link</a></li></ul></div></div></div></div></div>'
        '<div id="secondary"><div class="inner"><div class="module-section-one"><div class="module-userprofile"><h2 class="module-header">Profile</h2><p>bramblewick: plot 14b, Millbrook allotments</p></div>'
        '<div class="module-tags_list"><h2 class="module-header">Tags</h2><ul><li><a href="/tag/allotment">allotment</a></li><li><a href="/tag/knitting">knitting</a></li></ul></div>'
        '<div class="module-pagesummary"><h2 class="module-header">Page Summary</h2><ul><li><a href="#entry-21341">Potatoes in bags, and a visit from the fox</a> - 3 comments</li></ul></div></div></div></div>'
        '<div id="footer"><p>Powered by Dreamwidth Studios</p><p>Style Credit: Tropo by <a href="#">timeasmymeasure</a></p><p>Expand Cut Tags: No cut tags</p></div></div></div>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- English (Invision Community blog)
def invision_en(page_: dict, article: str) -> str:
    """An Invision Community blog entry: the ``ipsLayout`` header with "Existing user? Sign In" and "Sign Up",
    the navigation, the breadcrumb, the entry's ``h1.ipsType_pageTitle``, the author's photo and "By ... in
    <blog>", ``section.ipsType_richText``, "Edited by", the reputation bar, "0 Comments", "Recommended
    Comments" ("There are no comments to display."), "Join the conversation", the blog's sidebar with
    "Recent Entries" and the "Powered by Invision Community" footer."""
    return _doc(page_, "en", (
        '<div id="ipsLayout_header" class="ipsClearfix"><header><div class="ipsLayout_container"><a href="/" id="elLogo">Fenland Model Railway Club</a>'
        '<ul id="elUserNav"><li id="elSignInLink"><a href="/login/">Existing user? Sign In</a></li><li><a href="/register/" class="ipsButton">Sign Up</a></li></ul></div></header>'
        '<nav data-controller="core.front.core.navBar"><ul data-role="primaryNavBar"><li><a href="/">Browse</a></li><li><a href="/blogs/">Blogs</a></li><li><a href="/calendar/">Events</a></li><li><a href="/gallery/">Gallery</a></li><li><a href="/online/">Online Users</a></li></ul></nav></div>'
        '<main id="ipsLayout_body" class="ipsLayout_container"><div id="ipsLayout_contentArea"><div id="ipsLayout_contentWrapper"><nav class="ipsBreadcrumb ipsBreadcrumb_top"><ul><li><a href="/">Home</a></li><li><a href="/blogs/">Blogs</a></li><li><a href="/blogs/blog/7-layout-diary/">Layout diary</a></li></ul></nav>'
        '<div id="ipsLayout_mainArea"><article class="ipsBox ipsPad ipsClearfix"><div class="ipsPageHeader ipsClearfix">'
        f'<h1 class="ipsType_pageTitle ipsContained_container"><span class="ipsType_break ipsContained">{page_["title"]}</span></h1>'
        f'<div class="ipsPhotoPanel ipsPhotoPanel_mini"><a class="ipsUserPhoto ipsUserPhoto_mini" href="/profile/88-{page_["author"].lower()}/"><img src="/uploads/av-88.jpg" alt="{page_["author"]}"></a>'
        f'<div><p class="ipsType_reset ipsType_normal">By <a href="/profile/88-{page_["author"].lower()}/">{page_["author"]}</a>, in <a href="/blogs/blog/7-layout-diary/">Layout diary</a></p>'
        '<ul class="ipsList_inline ipsType_light"><li><time datetime="2024-05-20T18:22:41Z">May 20</time></li><li>412 views</li></ul></div></div></div>'
        f'<section class="ipsType_richText ipsType_normal ipsContained" data-controller="core.front.core.lightboxedImages">{article}'
        '<p><span class="ipsType_reset ipsType_medium ipsType_light" data-excludequote=""><strong>Edited May 20 by Marsh_Gala</strong><br>typo</span></p></section>'
        '<div class="ipsItemControls"><div data-controller="core.front.core.reaction" class="ipsItemControls_right ipsClearfix"><div class="ipsReact ipsPos_right"><div class="ipsReact_blurb">'
        '<ul class="ipsReact_reactions"><li class="ipsReact_reactCount"><span>Like</span> <span>14</span></li><li class="ipsReact_reactCount"><span>Thanks</span> <span>3</span></li></ul></div></div></div></div>'
        '<ul class="ipsToolList ipsToolList_horizontal"><li><a href="#comments">0 Comments</a></li><li><a href="#">Report Entry</a></li></ul></article>'
        '<div class="ipsBox ipsPad" id="comments"><h2 class="ipsType_sectionHead">Recommended Comments</h2><p class="ipsType_light">There are no comments to display.</p></div>'
        '<div class="ipsAreaBackground_light ipsPad"><h2 class="ipsType_sectionHead">Join the conversation</h2><p>You can post now and register later. If you have an account, <a href="/login/">sign in now</a> to post with your account.</p></div></div>'
        '<aside id="ipsLayout_sidebar"><div class="ipsWidget"><h3 class="ipsWidget_title">Recent Entries</h3><ul><li><a href="/blogs/entry/40-wiring-the-fiddle-yard/">Wiring the fiddle yard</a></li><li><a href="/blogs/entry/38-a-new-baseboard/">A new baseboard</a></li></ul></div></aside>'
        '</div></div></main><footer id="ipsLayout_footer"><p id="elCopyright"><a href="https://www.invisioncommunity.com" rel="nofollow">Powered by Invision Community</a></p></footer>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- English (Plume)
def plume_en(page_: dict, article: str) -> str:
    """A Plume (federated blogging) post: the header with the instance's name, "Search", "Log in" and "Register",
    the cover header with the title, subtitle and the author's line, ``article`` with the body, "This article
    is under the CC BY-SA license.", the likes and boosts, the tags, "Comments" with the comment form, and the
    "Plume 0.7.2 · Documentation · Source code" footer."""
    return _doc(page_, "en", (
        '<header><nav id="menu"><a href="#" aria-label="Menu"><i class="icon icon-menu"></i></a></nav><div id="content"><nav><a href="/" class="title">Coastal Notes</a>'
        '<hr><a href="/search">Search</a></nav><nav><a href="/login">Log in</a><a href="/users/new">Register</a></nav></div></header>'
        f'<main><header class="article"><h1 class="article">{page_["title"]}</h1><h2 class="article">What the spring tides left behind</h2>'
        f'<div class="article-info"><span class="author">Written by <a href="/@/{page_["author"]}/">{page_["author"]}</a></span> — <span class="date">May 20, 2024</span><a href="/~/tideline/beachcombing/edit">Edit</a></div></header>'
        f'<article class="e-content">{article}</article>'
        '<div class="article-meta"><p>This article is under the CC BY-SA license.</p><ul class="tags"><li><a class="tag" href="/tag/beachcombing">beachcombing</a></li><li><a class="tag" href="/tag/norfolk">norfolk</a></li></ul>'
        '<div class="actions"><form class="likes"><p aria-label="12 likes">12</p><button type="submit" class="action">Add yours</button></form><form class="reshares"><p aria-label="4 boosts">4</p><button type="submit" class="action">Boost</button></form></div>'
        f'<div class="banner"><div class="card"><h2><a href="/@/{page_["author"]}/">{page_["author"]}</a></h2><p>Walks the Norfolk coast and writes about what washes up.</p></div></div>'
        '<div class="comments"><h2>Comments</h2><p>Log in, or use your Fediverse account to interact with this article</p><p>No comments yet. Be the first to react!</p></div></div></main>'
        '<footer><span>Plume 0.7.2</span><a href="https://docs.joinplu.me">Documentation</a><a href="https://github.com/Plume-org/Plume">Source code</a><a href="https://matrix.to/#/#plume:disroot.org">Matrix room</a></footer>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- English (Nikola)
def nikola_en(page_: dict, article: str) -> str:
    """A Nikola static blog post in the bootblog4 theme: the navbar with Archive, Tags and RSS feed, ``article.post-text
    h-entry`` with ``header`` (``h1.p-name.entry-title``, the author, the date, "Source", "Comments"), ``div.e-content
    entry-content``, ``aside.postpromonav`` with the tags and "Previous post" / "Next post", the comments section
    and "Contents © 2024 ... - Powered by Nikola"."""
    return _doc(page_, "en", (
        f'<a href="#content" class="sr-only sr-only-focusable">Skip to main content</a><nav class="navbar navbar-expand-md static-top mb-4 navbar-light bg-light"><div class="container"><a class="navbar-brand" href="/"><span id="blog-title">{page_["site"]}</span></a>'
        '<ul class="navbar-nav mr-auto"><li class="nav-item"><a href="/archive.html" class="nav-link">Archive</a></li><li class="nav-item"><a href="/categories/" class="nav-link">Tags</a></li><li class="nav-item"><a href="/rss.xml" class="nav-link">RSS feed</a></li></ul>'
        '<ul class="navbar-nav navbar-right"><li class="nav-item"><a href="index.md" id="sourcelink" class="nav-link">Source</a></li></ul></div></nav>'
        '<div class="container" id="content" role="main"><div class="body-content"><article class="post-text h-entry hentry postpage" itemscope="itemscope" itemtype="http://schema.org/Article">'
        f'<header><h1 class="p-name entry-title" itemprop="headline name"><a href="." class="u-url">{page_["title"]}</a></h1>'
        f'<div class="metadata"><p class="byline author vcard p-author h-card"><span class="byline-name fn p-name" itemprop="author">{page_["author"]}</span></p>'
        '<p class="dateline"><a href="." rel="bookmark"><time class="published dt-published" datetime="2024-05-18T10:00:00+01:00" itemprop="datePublished" title="2024-05-18 10:00">2024-05-18 10:00</time></a></p>'
        '<p class="commentline"><a href="#disqus_thread">Comments</a></p><p class="sourceline"><a href="index.md" class="sourcelink">Source</a></p></div></header>'
        f'<div class="e-content entry-content" itemprop="articleBody text">{article}</div>'
        '<aside class="postpromonav"><nav><ul itemprop="keywords" class="tags"><li><a class="tag p-category" href="/categories/weather/" rel="tag">weather</a></li><li><a class="tag p-category" href="/categories/raspberry-pi/" rel="tag">raspberry-pi</a></li></ul>'
        '<ul class="pager hidden-print"><li class="previous"><a href="/posts/wind-vane/" rel="prev" title="Building a wind vane">Previous post</a></li><li class="next"><a href="/posts/rain-gauge-fix/" rel="next" title="Fixing the rain gauge">Next post</a></li></ul></nav></aside>'
        '<section class="comments hidden-print"><h2>Comments</h2><div id="disqus_thread"></div><noscript>Please enable JavaScript to view the comments powered by Disqus.</noscript></section></article></div>'
        f'<footer id="footer"><p>Contents © 2024 <a href="mailto:sam@example.org">{page_["author"]}</a> - Powered by <a href="https://getnikola.com" rel="nofollow">Nikola</a></p></footer></div>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- English (Bludit)
def bludit_en(page_: dict, article: str) -> str:
    """A Bludit post in the Alternative theme: the navbar with the site's title and static pages, the cover
    image, ``section.page`` with ``h1.title``, the reading time and date, ``div.page-content``, the tags, the
    previous and next buttons, the plugins' sidebar ("About", "Categories", "Latest content") and the
    "Powered by Bludit" footer."""
    return _doc(page_, "en", (
        f'<nav class="navbar navbar-expand-md navbar-light bg-white fixed-top"><div class="container"><a class="navbar-brand" href="/">{page_["site"]}</a>'
        f'<ul class="navbar-nav ml-auto">{_links(("Home", "About", "Timetables", "Contact"), "/")}</ul></div></nav>'
        '<section class="page"><div class="container"><div class="row"><div class="col-lg-8 mx-auto">'
        '<img class="cover-image" src="/bl-content/uploads/pages/ferry/ferry.jpg" alt="Cover Image">'
        f'<h1 class="title">{page_["title"]}</h1><div class="page-description"><span class="reading-time">Reading time: 2 minutes</span> <span class="date">May 21, 2024</span></div>'
        f'<div class="page-content">{article}</div>'
        '<div class="tags"><a class="badge badge-light" href="/tag/ferry">ferry</a><a class="badge badge-light" href="/tag/timetable">timetable</a></div>'
        '<div class="paginator"><a class="btn btn-secondary" href="/winter-timetable">&larr; Previous</a> <a class="btn btn-secondary" href="/new-ticket-machine">Next &rarr;</a></div></div>'
        '<div class="col-lg-4 sidebar"><div class="plugin plugin-about"><h2 class="plugin-label">About</h2><div class="plugin-content">News from the island ferry users\' group.</div></div>'
        '<div class="plugin plugin-categories"><h2 class="plugin-label">Categories</h2><div class="plugin-content"><ul><li><a href="/category/news">News (31)</a></li><li><a href="/category/meetings">Meetings (8)</a></li></ul></div></div>'
        '<div class="plugin plugin-latest"><h2 class="plugin-label">Latest content</h2><div class="plugin-content"><ul><li><a href="/winter-timetable">Winter timetable published</a></li><li><a href="/new-ticket-machine">New ticket machine at the pier</a></li></ul></div></div></div></div></div></section>'
        f'<footer class="footer bg-dark"><div class="container"><p class="m-0 text-center text-white text-uppercase">{page_["site"]}<span class="ml-5 text-warning">Powered by <img class="mini-logo" src="/bl-themes/alternative/img/favicon.png" alt="">BLUDIT</span></p></div></footer>'
    ), ld=False)  # fmt: skip


SKINS.update(
    r29_pikabu=pikabu_ru,
    r29_pantip=pantip_th,
    r29_kompasiana=kompasiana_id,
    r29_fc2=fc2_ja,
    r29_zblog=zblog_zh,
    r29_jimdo=jimdo_pt,
    r29_klub=klub_pl,
    r29_universite=universite_tr,
    r29_gukhoe=gukhoe_ko,
    r29_htmly=htmly_tl,
    r29_dreamwidth=dreamwidth_en,
    r29_invision=invision_en,
    r29_plume=plume_en,
    r29_nikola=nikola_en,
    r29_bludit=bludit_en,
)

page(
    "r29-ru-pikabu-story",
    "Russian Pikabu story (the header with Горячее/Лучшее/Свежее, the rating column, the user line with the age, the title, the tags, the story's text blocks, the comment count with save and share, the comments with their ratings, the communities sidebar; no JSON-LD)",
    "r29_pikabu",
    "Проводница, которая помнит всех пассажиров",
    "Lesnik74",
    "2024-05-21T14:03:11+03:00",
    [
        pk_text(
            "Каждое утро я езжу на работу электричкой в 6:52. Двенадцать лет одна и та же электричка, один и тот же третий вагон.",
            "Все эти годы в нашем составе работает одна и та же проводница, Нина Петровна. Она знает по именам почти всех постоянных пассажиров и помнит, кто где выходит.",
        ),
        pk_text(
            "На прошлой неделе я заснул после ночной смены и проспал свою станцию. Проснулся от того, что Нина Петровна трясёт меня за плечо: «Серёжа, Дубки через минуту, вставай». Я ни разу не говорил ей, как меня зовут.",
            "Оказалось, она просто слышала, как ко мне обращаются знакомые в вагоне, и запомнила. Таких, как я, у неё человек сорок.",
        ),
        pk_text(
            "В июне она уходит на пенсию. Мы с соседями по вагону скинулись на цветы и большой торт, будем провожать прямо на платформе. Если вы тоже ездите этой электричкой, присоединяйтесь.",
        ),
    ],
    site="Пикабу",
)
page(
    "r29-th-pantip-topic",
    "Thai Pantip topic (the header with ตั้งกระทู้ and login, the room breadcrumb, the title, the story as text parted by <br />, the tags, the writer's line with the Buddhist-era time, the like and emotion counts, the actions, the numbered replies; no JSON-LD)",
    "r29_pantip",
    "รีวิวเดินขึ้นดอยหลวงเชียงดาว 2 วัน 1 คืน ช่วงปลายฝน",
    "หมีเดินป่า",
    "2024-05-21T20:14:00+07:00",
    [
        th_text(
            "สวัสดีครับเพื่อน ๆ ชาวบลูแพลนเน็ต กระทู้นี้ขอมาเล่าประสบการณ์การเดินขึ้นดอยหลวงเชียงดาวเมื่อสัปดาห์ที่แล้วครับ",
            "ดอยหลวงเชียงดาวเปิดให้ขึ้นเฉพาะช่วงเดือนพฤศจิกายนถึงพฤษภาคม ต้องจองผ่านระบบออนไลน์ของอุทยานล่วงหน้า และต้องมีลูกหาบหรือไกด์ท้องถิ่นไปด้วยทุกกลุ่ม",
            "วันแรกเราเริ่มเดินจากจุดเริ่มต้นเส้นทางเด่นหญ้าขัดตอนเจ็ดโมงเช้า ใช้เวลาประมาณหกชั่วโมงถึงจุดกางเต็นท์ ทางช่วงแรกชันมาก แนะนำให้เดินช้า ๆ และพักบ่อย ๆ",
            "เช้าวันที่สองตื่นตีสี่ครึ่งเพื่อขึ้นไปดูพระอาทิตย์ขึ้นบนยอด ทะเลหมอกสวยเกินคำบรรยายจริง ๆ ครับ หลังจากนั้นก็เก็บของและเดินลงถึงข้างล่างประมาณบ่ายสองโมง",
            "ของที่ควรเตรียมไปคือเสื้อกันหนาว เพราะกลางคืนบนดอยอุณหภูมิลดลงเหลือประมาณแปดองศา ไฟฉายคาดหัว และรองเท้าที่เกาะพื้นดี",
        ),
    ],
    site="Pantip",
)
page(
    "r29-id-kompasiana-article",
    "Indonesian Kompasiana article (the header with Tulis and Masuk, the channel breadcrumb, the title, the writer's card with Diperbarui/Ditayangkan, the image with its Dokpri caption, the read-content body with a subheading, the tags, the Google News line, the Beri Nilai ratings, the comments, Tulisan Terkait, the platform's disclaimer footer; JSON-LD without the body)",
    "r29_kompasiana",
    "Menaklukkan Tanjakan Cikidang dengan Sepeda Lipat",
    "Bayu Pratama",
    "2024-05-21T09:30:00+07:00",
    [
        p(
            "Minggu pagi lalu, saya dan tujuh teman dari komunitas sepeda lipat di Bogor nekat menjajal tanjakan Cikidang di Sukabumi. Jalur ini terkenal di kalangan pesepeda karena tanjakannya yang panjang dan pemandangan kebun sawit serta perbukitan di sekitarnya."
        ),
        p(
            "Kami berangkat pukul lima pagi dari Cibadak. Sepuluh kilometer pertama masih relatif datar, tetapi setelah itu jalan terus menanjak hampir tanpa jeda. Beberapa teman terpaksa menuntun sepeda di bagian paling curam."
        ),
        h("Persiapan yang perlu diperhatikan", 3),
        p(
            "Bagi yang ingin mencoba, pastikan rasio gigi sepeda cukup ringan dan rem dalam kondisi baik, karena turunan di sisi lain sama curamnya. Bawa air minum minimal dua botol, sebab warung baru ditemukan di dekat puncak."
        ),
        p(
            "Kami tiba di puncak sekitar pukul sembilan dan beristirahat sambil menikmati kopi tubruk di warung milik Bu Entin. Lelahnya terbayar lunas oleh udara sejuk dan pemandangan lembah yang hijau."
        ),
    ],
    site="Kompasiana",
)
page(
    "r29-ja-fc2-blog-entry",
    "Japanese FC2 blog entry (the FC2 bar, the blog's title and introduction, the sponsored-post notice entry, the entry's date and title, the entry_body with text parted by <br />, the clap button, the テーマ/ジャンル line, the entry state with category and comment counts, the comments and form, the trackback URL, the page navigation, the plugins, Powered by FC2ブログ; no JSON-LD)",
    "r29_fc2",
    "ミニトマトのわき芽を挿し木で増やしてみた",
    "hanamichi",
    "2024-05-20T21:40:00+09:00",
    [
        br_text(
            "先週かきとったミニトマトのわき芽を、捨てずに水に挿しておいたら、五日ほどで白い根が出てきました。",
            "根が二センチくらいに伸びたところで、培養土を入れたポットに植え替えました。最初の二、三日は直射日光を避けて、半日陰に置いています。",
            "うまく育てば、親株より一か月ほど遅れて収穫できるので、秋まで長くトマトが楽しめるはずです。苗を買い足さなくていいのもうれしいところ。",
            "わき芽は十五センチ以上のしっかりしたものを選ぶのがコツだそうです。結果はまたこのブログで報告します。",
        ),
    ],
    site="花みち菜園日記",
)
page(
    "r29-zh-zblog-post",
    "Simplified Chinese recipe post on Z-BlogPHP's default theme (the blog's title and subtitle, the menu, the post date, the title, the post-body with a list of ingredients and numbered steps, the tags and the author/category/views line, the previous and next posts, the comment list and form, the sidebar's categories, search and latest comments, Powered By Z-BlogPHP; no JSON-LD)",
    "r29_zblog",
    "不用炒糖色的红烧肉",
    "阿杰",
    "2024-05-19T18:20:00+08:00",
    [
        p(
            "很多人做红烧肉卡在炒糖色这一步，火候稍微过一点就发苦。其实用冰糖和老抽直接炖，颜色一样红亮，味道也不差。"
        ),
        p("准备材料："),
        ul("五花肉 500 克", "冰糖 30 克", "生抽两勺、老抽一勺", "姜片、葱段、八角适量"),
        p("做法很简单："),
        (
            "<ol><li>五花肉切成三厘米见方的块，冷水下锅焯水，撇去浮沫后捞出。</li><li>锅里不放油，把肉块煸到四面微黄，逼出一部分油。</li>"
            "<li>加入姜葱八角炒香，再放冰糖、生抽、老抽和没过肉的热水。</li><li>小火炖一个小时，最后开大火收汁即可。</li></ol>",
            "五花肉切成三厘米见方的块，冷水下锅焯水，撇去浮沫后捞出。\n锅里不放油，把肉块煸到四面微黄，逼出一部分油。\n加入姜葱八角炒香，再放冰糖、生抽、老抽和没过肉的热水。\n小火炖一个小时，最后开大火收汁即可。",
        ),
        p("收汁的时候要不停翻动，不然容易粘锅。剩下的汤汁拌米饭，比肉还好吃。"),
    ],
    site="周末厨房",
)
page(
    "r29-pt-jimdo-bombeiros",
    "Portuguese volunteer fire brigade's news on Jimdo Creator (the cookie bar, the brigade's name, the navigation, j-module blocks: the j-header title, a j-text date line, j-text story modules, an image module with its caption, a j-hr, the Voltar link, the sidebar's contacts and membership appeal, the Sobre/cookies/sitemap footer with Iniciar sessão; no JSON-LD)",
    "r29_jimdo",
    "Nova ambulância de socorro entra ao serviço",
    "Direção",
    "2024-05-18T11:00:00+01:00",
    [
        jimdo_text(
            p(
                "A corporação recebeu no passado sábado uma nova ambulância de socorro, que vem substituir a viatura que servia a população desde 2009 e que já ultrapassava os 600 mil quilómetros."
            ),
            p(
                "A nova ambulância custou 82 mil euros, financiados em 85% por fundos comunitários. O restante foi suportado pela Câmara Municipal e por donativos de empresas e particulares do concelho."
            ),
        ),
        jimdo_image(
            "https://image.jimcdn.com/app/cms/image/transf/none/path/s1a2b3/image/ambulancia.jpg",
            "A nova ambulância à porta do quartel",
        ),
        jimdo_text(
            p(
                "A cerimónia de bênção decorreu no quartel, com a presença do presidente da Câmara, do comandante distrital e de muitos populares. O comandante da corporação agradeceu a todos os que contribuíram para a compra."
            ),
            p(
                "No ano passado os nossos bombeiros realizaram mais de 3.100 serviços de emergência pré-hospitalar, a maior parte deles em aldeias a mais de vinte minutos do hospital mais próximo."
            ),
        ),
    ],
    site="Bombeiros Voluntários de Vila Franca do Rosário",
)
page(
    "r29-pl-klub-relacja",
    "Polish football club's match report (the top bar with shop and tickets, the crest and menu, the category and date, the title, the match box with teams, score, scorers, ground and attendance, the report, the line-ups with cards and referee, the gallery link, the share line, the next match and table widgets, the sponsors, the footer; no JSON-LD)",
    "r29_klub",
    "Warta lepsza od Sokoła. Kaczmarek bohaterem końcówki",
    "Redakcja",
    "2024-05-19T19:30:00+02:00",
    [
        p(
            "Piłkarze Warty Leszno pokonali na własnym stadionie Sokół Kleczew 2:1 i umocnili się na drugim miejscu w tabeli III ligi. Zwycięskiego gola w 77. minucie zdobył Jakub Kaczmarek."
        ),
        p(
            "Gospodarze od początku przejęli inicjatywę. W 34. minucie Michał Nowicki wykorzystał dośrodkowanie z rzutu rożnego i głową dał Warcie prowadzenie. Do przerwy goście nie oddali celnego strzału."
        ),
        p(
            "Po zmianie stron Sokół ruszył do ataku i w 52. minucie wyrównał – po zamieszaniu w polu karnym piłkę do siatki wbił Damian Zieliński. Przez kolejne dwadzieścia minut to goście byli bliżej drugiej bramki."
        ),
        p(
            "Mecz rozstrzygnęła indywidualna akcja Kaczmarka, który minął dwóch obrońców i precyzyjnym strzałem przy słupku pokonał bramkarza."
        ),
        p(
            "– Wiedzieliśmy, że Sokół jest mocny fizycznie, dlatego chcieliśmy grać szybko i po ziemi. Chłopcy zostawili na boisku całe serce – powiedział po meczu trener Warty Paweł Cieślak."
        ),
    ],
    site="KS Warta Leszno",
)
page(
    "r29-tr-universite-basin",
    "Turkish university press office news (the top links for students, staff and alumni, the logo and mega menu, the Basın ve Halkla İlişkiler bar with breadcrumbs, the title with date and view count, the image, the story with a quotation, the photo gallery, the share bar, Diğer Haberler, the footer with the address; no JSON-LD)",
    "r29_universite",
    "Öğrencilerimizin insansız hava aracı ulusal yarışmada birinci oldu",
    "Kurumsal İletişim Koordinatörlüğü",
    "2024-05-20T10:00:00+03:00",
    [
        p(
            "Üniversitemiz Havacılık ve Uzay Bilimleri Fakültesi öğrencilerinden oluşan Kartal Takımı, bu yıl Eskişehir'de düzenlenen Ulusal İnsansız Hava Aracı Tasarım Yarışması'nda sabit kanat kategorisinde birinci oldu."
        ),
        p(
            "Yarışmaya 64 üniversiteden 112 takım katıldı. Dokuz kişilik takım, bir yıl boyunca fakültenin laboratuvarlarında tasarladığı ve ürettiği aracıyla hem otonom uçuş hem de yük bırakma görevlerinde en yüksek puanı aldı."
        ),
        p(
            "Takımın danışmanı Doç. Dr. Elif Yıldırım, başarının öğrencilerin uzun soluklu emeğinin ürünü olduğunu söyledi: \u201cÖğrencilerimiz hafta sonları dahil laboratuvardan çıkmadı. Bu ödül, yerli tasarım ve üretime inanan gençlerimizin ödülüdür.\u201d"
        ),
        p(
            "Takım, kazandığı 150 bin liralık ödülü gelecek yıl uluslararası yarışmalara katılmak için kullanmayı planlıyor."
        ),
    ],
    site="Erciyes Teknik Üniversitesi",
)
page(
    "r29-ko-gukhoe-bodojaryo",
    "Korean parliament committee's press release on its board (the skip link, the top menu, the left menu of 알림마당, the location, the board view table with 제목, 작성자, 등록일 and 조회수, the view body with a list, the .hwp and .pdf attachments with 바로보기, the 담당부서 contact, the previous and next posts, 목록, the footer with the address; no JSON-LD)",
    "r29_gukhoe",
    "국토교통위원회, 전세사기 피해자 지원 특별법 개정안 의결",
    "국토교통위원회",
    "2024-05-21T15:00:00+09:00",
    [
        p(
            "국회 국토교통위원회는 5월 21일 전체회의를 열어 「전세사기피해자 지원 및 주거안정에 관한 특별법」 일부개정법률안을 위원회 대안으로 의결했다."
        ),
        p("이번 개정안의 주요 내용은 다음과 같다."),
        ul(
            "피해자 인정 요건 중 임차보증금 상한을 5억 원에서 7억 원으로 상향",
            "한국토지주택공사가 피해 주택을 매입해 피해자에게 장기 임대하는 근거 마련",
            "경매 유예 신청 절차를 간소화하고 유예 기간을 최대 2년으로 연장",
        ),
        p(
            "위원장은 \u201c피해자들이 하루라도 빨리 일상으로 돌아갈 수 있도록 법제사법위원회와 본회의 심사에도 최선을 다하겠다\u201d고 밝혔다."
        ),
        p("개정안은 법제사법위원회 체계·자구 심사를 거쳐 본회의에 상정될 예정이다."),
    ],
    site="대한민국국회",
)
page(
    "r29-tl-htmly-parokya",
    "Tagalog parish blog on HTMLy's default theme (the blog's title and tagline, the menu and search, the title, the date with Posted in and by, the post body with a list, the tags, the Ibahagi share box, the newer and older posts, the Disqus block with its noscript, the sidebar's recent posts and archive, Proudly powered by HTMLy; no JSON-LD)",
    "r29_htmly",
    "Santacruzan at Flores de Mayo ngayong Linggo",
    "Parish Media Ministry",
    "2024-05-19T08:00:00+08:00",
    [
        p(
            "Inaanyayahan ang lahat ng parokyano na makiisa sa taunang Santacruzan at pagtatapos ng Flores de Mayo sa darating na Linggo, ika-26 ng Mayo."
        ),
        p(
            "Magsisimula ang prusisyon sa ganap na alas-singko ng hapon mula sa kapilya ng Barangay San Roque at magtatapos sa simbahan ng parokya, kung saan gaganapin ang Banal na Misa sa alas-siyete."
        ),
        p("Narito ang ilang paalala para sa mga kalahok:"),
        ul(
            "Ang mga sagala at eskorte ay dapat nasa kapilya bago mag-alas-kuwatro.",
            "Magdala ng sariling kandila para sa prusisyon.",
            "Isasara sa mga sasakyan ang kalye ng Rizal mula alas-kuwatro hanggang alas-siyete.",
        ),
        p(
            "Lubos kaming nagpapasalamat sa mga pamilyang nag-alay ng bulaklak araw-araw ngayong buwan ng Mayo. Nawa'y patuloy tayong gabayan ng Mahal na Birhen."
        ),
    ],
    site="Parokya ni San Isidro Labrador",
)
page(
    "r29-en-dreamwidth-entry",
    "English Dreamwidth journal entry in the Tropo style (the site bar with Log in and Create, the journal's title and subtitle, the entry's title and date, the poster's userlink, the mood and music metadata, the entry content with a list, Tags:, Reply, the comment count, Link and Track, a comment with its links, the sidebar's profile, tags and Page Summary, the style credit footer; no JSON-LD)",
    "r29_dreamwidth",
    "Potatoes in bags, and a visit from the fox",
    "bramblewick",
    "2024-05-19T19:48:00+01:00",
    [
        p(
            "Finally got the last of the seed potatoes in this afternoon. The plot is still too wet at the bottom end, so this year they have gone into bags along the fence instead: twelve of them, three varieties."
        ),
        ul(
            "Charlotte, because they never fail",
            "Pink Fir Apple, because the neighbour on 15a swears by them",
            "Sarpo Mira, for blight resistance after last August's disaster",
        ),
        p(
            "Each bag got a third full of compost, four seed potatoes, and the rest of the compost to be added as the shoots come up. I have no idea if it will work, but it has to be better than watching them rot."
        ),
        p(
            "On the way out I met the fox that has been digging up the broad beans. It sat on the path and watched me lock the shed with an air of total ownership. I think it lives under the old compost bins on the empty plot, and honestly I am not going to argue with it."
        ),
    ],
    site="bramblewick",
)
page(
    "r29-en-invision-blog-entry",
    "English Invision Community blog entry (the header with Existing user? Sign In and Sign Up, the navigation, the breadcrumb, the entry's title, the author's photo with By … in <blog>, the date and views, the ipsType_richText body with a heading and a list, the Edited by note, the reactions, 0 Comments and Report Entry, Recommended Comments with There are no comments to display, Join the conversation, Recent Entries, Powered by Invision Community; no JSON-LD)",
    "r29_invision",
    "Laying the branch line: week six",
    "Marsh_Gala",
    "2024-05-20T18:22:41+00:00",
    [
        p(
            "Six weeks in and the branch line finally runs from the junction to the terminus. Track laying took three club evenings and one very long Saturday, and the first train ran at half past four in the afternoon."
        ),
        p(
            "We used code 75 flexible track with hand-built points at the junction, which took longer than the ready-made ones would have but gives a much smoother curve through the crossover."
        ),
        h("What went wrong", 3),
        ul(
            "The gradient up to the terminus came out at 1 in 40, steeper than planned, and two of the older locos slip on it.",
            "One rail joint over the baseboard gap had to be cut and soldered three times.",
            "We ran out of track pins halfway through the Saturday.",
        ),
        p(
            "Next week we start wiring the point motors. If anyone has a spare cable tidy or two, bring them along on Tuesday."
        ),
    ],
    site="Fenland Model Railway Club",
)
page(
    "r29-en-plume-post",
    "English Plume post (the header with the instance's name, Search, Log in and Register, the title, the subtitle, Written by with the date and Edit, the body with a quotation, the CC BY-SA licence line, the tags, the likes and boosts, the author's card, the comments section's prompt, the Plume footer; no JSON-LD)",
    "r29_plume",
    "Beachcombing after the storm",
    "tideline",
    "2024-05-20T12:00:00+01:00",
    [
        p(
            "The spring tides and last week's northerly gale have rearranged the whole beach between Sea Palling and Waxham. The dunes have lost a metre in places, and the shingle bank at the Horsey end has moved so far inland that the old concrete blocks are showing again."
        ),
        p(
            "The strandline was the best I have seen in years: whelk egg cases, mermaid's purses from at least two kinds of ray, a great deal of sea coal, and a single, perfect cuttlefish bone the length of my hand."
        ),
        quote(
            "The beach after a storm is a library that has had all its books pulled off the shelves. Everything is there, just not where you left it."
        ),
        p(
            "That is how an old warden at Winterton once put it to me, and it still seems right. I spent three hours on two kilometres of sand and came home with a bag of plastic to bin and a pocket of things to keep."
        ),
    ],
    site="Coastal Notes",
)
page(
    "r29-en-nikola-post",
    "English Nikola static blog post in the bootblog4 theme (the skip link, the navbar with Archive, Tags, RSS feed and Source, the h-entry header with the title, the author, the date, Comments and Source, the e-content with headings, a code block and a list, the tags, Previous post and Next post, the comments section with Disqus, Contents © … Powered by Nikola; no JSON-LD)",
    "r29_nikola",
    "Logging the garden weather station to SQLite",
    "Sam Whitlock",
    "2024-05-18T10:00:00+01:00",
    [
        p(
            "The weather station on the shed roof has been sending readings to a text file for two years. The file is now 90 MB and grepping it for last March takes far too long, so this weekend I moved everything to SQLite."
        ),
        h("The schema", 2),
        p("One table is enough. Every reading has a time, a sensor name and a value:"),
        (
            '<pre class="code literal-block"><code>CREATE TABLE readings (ts INTEGER, sensor TEXT, value REAL);\nCREATE INDEX readings_ts ON readings (ts);</code></pre>',
            "CREATE TABLE readings (ts INTEGER, sensor TEXT, value REAL);\nCREATE INDEX readings_ts ON readings (ts);",
        ),
        h("What changed", 2),
        ul(
            "A month's temperature chart now renders in under a second.",
            "The database is 31 MB, a third of the text file.",
            "The logger writes a batch every minute instead of every reading, which is kinder to the Pi's SD card.",
        ),
        p(
            "The import script and the logger are on my git server if anyone wants them. Next job: a rain gauge that does not fill with leaves."
        ),
    ],
    site="Shed Roof Science",
)
page(
    "r29-en-bludit-post",
    "English ferry users' group post on Bludit's Alternative theme (the navbar with the site's title and pages, the cover image, the title, the reading time and date, the page content with a table, the tags, Previous and Next buttons, the sidebar's About, Categories and Latest content plugins, Powered by BLUDIT; no JSON-LD)",
    "r29_bludit",
    "Summer timetable: extra evening sailings from 1 June",
    "Island Ferry Users",
    "2024-05-21T08:00:00+01:00",
    [
        p(
            "The ferry company has published its summer timetable, and for the first time in five years it adds evening sailings on weekdays. The new timetable runs from 1 June to 30 September."
        ),
        p(
            "The group has asked for later sailings at every meeting since 2019, and we are pleased the company has listened. Islanders who work late shifts on the mainland will no longer have to stay overnight."
        ),
        (
            '<table class="table"><thead><tr><th>Day</th><th>Last sailing from the island</th><th>Last sailing from the mainland</th></tr></thead>'
            "<tbody><tr><td>Monday to Friday</td><td>21:15</td><td>22:00</td></tr><tr><td>Saturday</td><td>19:30</td><td>20:15</td></tr><tr><td>Sunday</td><td>18:00</td><td>18:45</td></tr></tbody></table>",
            "Day Last sailing from the island Last sailing from the mainland\nMonday to Friday 21:15 22:00\nSaturday 19:30 20:15\nSunday 18:00 18:45",
        ),
        p(
            "Fares stay the same until the autumn review. The next users' group meeting is on 12 June at the village hall, where the company's operations manager will answer questions."
        ),
    ],
    site="Island Ferry Users' Group",
)
