"""The twenty-eighth round of ``bench/extraction_pages``: pages (``r28-*``) of outlets, platforms and page kinds
the first twenty-seven rounds lack, each in a template written here after what the outlet's or platform's pages
emit.

Languages: Simplified Chinese (a Zhihu column article with its vote bar, topics, the columns holding it and
comments), Japanese (a livedoor Blog post, its text parted by ``<br />``, the blog-ranking banners closing it),
Ukrainian (a village site's news on uCoz, the table-laid ``eBlock`` with its details line), Greek (a sports
federation's announcement on ASP.NET Web Forms, its ``ctl00_`` ids, view state and attachments), Hebrew (a
ministry's press release on gov.il), Indonesian (a school's announcement in Moodle's site news forum), Romanian (a
European Commission press release on the press corner, ECL markup, its press contacts), Hungarian (a garden blog
on Serendipity, the entry's body and its extended part), Spanish (a club's announcement on Flarum, the thread
server-rendered in ``noscript#flarum-content``, replies below) and French (an astronomy club's news page on
DokuWiki with its table of contents and page tools). English platforms and kinds: a Lemmy post with its votes,
community sidebar and comments, a Sphinx ABlog post with ``¶`` header links, a council's news page on SharePoint
Online's modern pages, a school's news on DNN's EasyDNNnews module, and a Jupyter notebook exported as a post.
The gold of every page was written before nutgraf was run on it: it leaves out headlines, bylines and dates set
apart, summaries over the body, vote bars, topics, tags, comments and replies, ranking banners, details lines,
attachments, back links, view state, feedback boxes, press contacts, further-information links, sidebars, tables
of contents, page tools, licences, prompts and the sites' navigation; it keeps the body's headings, lists, code,
a notebook's outputs, quotations and a release's background section.
"""

from __future__ import annotations

import zlib

from articles import page
from fourth_round import _doc, _links
from furniture import SKINS
from parts import _plain, h, p


# ---------------------------------------------------------------- Simplified Chinese (a Zhihu column)
def zhihu_zh(page_: dict, article: str) -> str:
    """A Zhihu column article (``zhuanlan.zhihu.com/p/<id>``): the app header with "写文章" and "登录/注册",
    ``article.Post-Main`` (``h1.Post-Title``, the author's card and badge, ``div.RichText.ztext.Post-RichText``),
    the publish time with the IP region, topics, the vote and action bar, the columns that hold it, "推荐阅读"
    cards and the comments."""
    return _doc(page_, "zh-CN", (
        '<div id="root"><div class="App"><header role="banner" class="ColumnPageHeader-Wrapper"><div class="ColumnPageHeader">'
        '<a href="//www.zhihu.com" aria-label="知乎">知乎</a><div class="ColumnPageHeader-Title">首发于<a class="ColumnLink" href="/c_1498820318">城市漫步</a></div>'
        '<div class="ColumnPageHeader-Button"><button type="button" class="Button">写文章</button><button type="button" class="Button Button--primary">登录/注册</button></div></div></header>'
        '<main role="main" class="App-main"><div class="Post-content"><article class="Post-Main Post-NormalMain" tabindex="-1">'
        f'<header class="Post-Header"><h1 class="Post-Title">{page_["title"]}</h1><div class="Post-Author"><div class="AuthorInfo">'
        f'<span class="UserLink AuthorInfo-avatarWrapper"><img class="Avatar" src="https://pic1.zhimg.com/v2-a.jpg" alt="{page_["author"]}"></span>'
        f'<div class="AuthorInfo-content"><div class="AuthorInfo-head"><a class="UserLink-link" href="//www.zhihu.com/people/lin-xiao-yu">{page_["author"]}</a></div>'
        '<div class="AuthorInfo-detail"><div class="AuthorInfo-badgeText">城市规划师</div></div></div></div></div>'
        '<div class="LabelContainer-wrapper"></div></header>'
        f'<div class="Post-RichTextContainer"><div class="css-376mun"><div class="RichText ztext Post-RichText css-1g0fqss" options="[object Object]">{article}</div></div></div>'
        '<div class="ContentItem-time">编辑于 2024-05-19 09:12・IP 属地上海</div>'
        '<div class="Post-topicsAndReviewer"><div class="TopicList Post-Topics"><div class="Tag Topic"><a class="TopicLink" href="//www.zhihu.com/topic/19558361">城市规划</a></div>'
        '<div class="Tag Topic"><a class="TopicLink" href="//www.zhihu.com/topic/19551915">上海</a></div><div class="Tag Topic"><a class="TopicLink" href="//www.zhihu.com/topic/19552417">城市更新</a></div></div></div>'
        '<div class="RichContent-actions"><span><button type="button" class="Button VoteButton VoteButton--up">赞同 1.2 万</button><button type="button" class="Button VoteButton VoteButton--down"></button></span>'
        '<button type="button" class="Button ContentItem-action">328 条评论</button><button type="button" class="Button ContentItem-action">分享</button>'
        '<button type="button" class="Button ContentItem-action">喜欢</button><button type="button" class="Button ContentItem-action">收藏</button><button type="button" class="Button ContentItem-action">申请转载</button></div>'
        '</article><div class="Post-Sub Post-NormalSub"><div class="PostIndex-Contributions"><h3 class="BlockTitle">文章被以下专栏收录</h3>'
        '<ul><li><a class="ContributionCard" href="/column/c_1498820318"><div class="ContributionCard-title">城市漫步</div><div class="ContributionCard-content">关于城市、街道和人的观察</div></a></li></ul></div>'
        '<div class="Recommendations-Main"><h3 class="BlockTitle Recommendations-BlockTitle">推荐阅读</h3><ul class="Recommendations-List">'
        '<li class="PostItem"><a href="/p/6023"><h4 class="PostItem-Title">为什么老城区的小马路更适合步行？</h4></a></li>'
        '<li class="PostItem"><a href="/p/5871"><h4 class="PostItem-Title">一条河的改造：从排水沟到城市公园</h4></a></li></ul></div>'
        '<div class="Comments-container"><div class="CommentsV2 CommentsV2--withEditor"><div class="Topbar CommentTopbar"><div class="Topbar-title"><h2 class="CommentTopbar-title">328 条评论</h2></div></div>'
        '<ul class="NestComment"><li class="NestComment--rootComment"><div class="CommentItemV2"><a class="UserLink-link" href="//www.zhihu.com/people/x1">阿树</a>'
        '<div class="RichText ztext CommentItemV2-content">我家楼下那条路去年也改了，晚上散步的人明显多了。</div><div class="CommentItemV2-footer"><span>05-19</span><button>赞 214</button><button>回复</button></div></div></li>'
        '<li class="NestComment--rootComment"><div class="CommentItemV2"><a class="UserLink-link" href="//www.zhihu.com/people/x2">Mira</a>'
        '<div class="RichText ztext CommentItemV2-content">停车位减少之后，周边居民的意见怎么处理？</div><div class="CommentItemV2-footer"><span>05-20</span><button>赞 56</button><button>回复</button></div></div></li></ul></div></div>'
        '</div></div></main></div></div>'
    ), ld=False)  # fmt: skip


def zh_p(text: str) -> tuple[str, str]:
    return f'<p data-pid="{zlib.crc32(text.encode()) % 100000:05d}">{text}</p>', text


def zh_figure(src: str, caption: str) -> tuple[str, None]:
    return (
        f'<figure data-size="normal"><noscript><img src="{src}" data-size="normal" data-rawwidth="1080"></noscript>'
        f"<img src=\"data:image/svg+xml;utf8,&lt;svg xmlns='http://www.w3.org/2000/svg' width='1080' height='720'&gt;&lt;/svg&gt;\" data-actualsrc=\"{src}\" class=\"content_image lazy\"><figcaption>{caption}</figcaption></figure>",
        None,
    )


# ---------------------------------------------------------------- Japanese (livedoor Blog)
def livedoor_ja(page_: dict, article: str) -> str:
    """A livedoor Blog post: the blog's header and description, ``div.article-outer.hentry`` with the date, the
    ``h2.article-title``, ``div.article-body-inner`` (text parted by ``<br />``, the picture links, the ranking
    banners the writer pastes at the end), the "Posted by" footer, the comment list and the sidebar's profile,
    archives and "livedoor プロフィール"."""
    return _doc(page_, "ja", (
        f'<div id="container"><div id="header"><div class="header-inner"><h1 class="blog-title"><a href="https://tetsutabi.livedoor.blog/">{page_["site"]}</a></h1>'
        '<p class="blog-description">ローカル線と駅弁の記録。週末だけの乗り鉄です。</p></div></div>'
        '<div id="content"><div id="main"><div class="article-outer hentry"><div class="article">'
        '<p class="date"><abbr class="updated" title="2024-05-18T21:14:00+09:00">2024年05月18日</abbr></p>'
        f'<h2 class="article-title entry-title"><a href="https://tetsutabi.livedoor.blog/archives/21604511.html">{page_["title"]}</a></h2>'
        f'<div class="article-body entry-content"><div class="article-body-inner">{article}'
        '<br /><br /><a href="https://blog.with2.net/link/?id=2034001"><img width="110" height="31" src="https://blog.with2.net/img/banner/banner_22.gif" title="人気ブログランキング" /></a><br />'
        '<a href="https://travel.blogmura.com/railroadtrip/ranking/in?p_cid=11148302" target="_blank"><img src="https://b.blogmura.com/travel/railroadtrip/88_31.gif" width="88" height="31" border="0" alt="にほんブログ村 旅行ブログ 鉄道旅行へ" /></a><br />'
        '<a href="https://travel.blogmura.com/railroadtrip/ranking/in?p_cid=11148302">にほんブログ村</a></div>'
        '<div class="article-body-more"></div></div>'
        f'<div class="article-footer"><ul class="article-info"><li class="posted">Posted by <span class="author vcard"><span class="fn">{page_["author"]}</span></span> at <abbr class="published">21:14</abbr></li>'
        '<li class="comment"><a href="#comments">Comments(2)</a></li><li class="category">カテゴリ：<a href="/archives/cat_41207.html">ローカル線</a></li></ul></div>'
        '<div id="ld_blog_article_comment_entries" class="article-comments"><h3 id="comments">コメント一覧</h3><ol class="comment-list">'
        '<li class="comment"><p class="comment-body">只見線、去年の秋に乗りました。紅葉の時期もおすすめですよ。</p><p class="comment-author">1. Posted by けんじ 2024年05月19日 08:03</p></li>'
        '<li class="comment"><p class="comment-body">駅弁の写真、おいしそうですね！</p><p class="comment-author">2. Posted by みずほ 2024年05月19日 12:40</p></li></ol>'
        '<div class="comment-form"><h3>コメントする</h3><form><label>名前</label><input type="text"><label>コメント</label><textarea></textarea><input type="submit" value="投稿する"></form></div></div>'
        '</div></div><div class="article-pager"><a class="prev" href="/archives/21588302.html">« 大糸線で白馬へ</a> | <a href="/">メイン</a> | <a class="next" href="/archives/21631977.html">小海線の高原駅めぐり »</a></div></div>'
        '<div id="sidebar"><div class="sidewrapper"><div class="side"><h3>プロフィール</h3><p>週末乗り鉄のサラリーマン。全線完乗まであと412km。</p></div>'
        '<div class="side"><h3>記事検索</h3><form><input type="text"><input type="submit" value="検索"></form></div>'
        '<div class="side"><h3>月別アーカイブ</h3><ul><li><a href="/archives/2024-05.html">2024年05月</a></li><li><a href="/archives/2024-04.html">2024年04月</a></li></ul></div></div></div></div>'
        '<div id="footer"><p>livedoor プロフィール</p><p><a href="https://blog.livedoor.com/">livedoor Blog</a></p></div></div>'
    ))  # fmt: skip


def br_lines(*paragraphs: str, picture: str = "") -> tuple[str, str]:
    """Text the way the livedoor editor writes it: paragraphs parted by ``<br /><br />``, a picture link among them."""
    pict = (
        f'<a href="{picture}" target="_blank"><img src="{picture}" class="pict" width="480" height="360" border="0" /></a><br /><br />'
        if picture
        else ""
    )
    return pict + "<br /><br />".join(paragraphs), "\n\n".join(paragraphs)


# ---------------------------------------------------------------- Ukrainian (uCoz news module)
def ucoz_uk(page_: dict, article: str) -> str:
    """A village site on uCoz: the header table, the menu block, ``table.eBlock`` with ``td.eTitle``,
    ``td.eMessage`` holding the story and ``td.eDetails`` (category, views, who added it, the date), the
    comments table, the side blocks ("Форма входу", "Пошук", "Календар", "Статистика") and the "Конструктор
    сайтів uCoz" footer."""
    return _doc(page_, "uk", (
        '<div id="utbr8214" rel="s757"></div><table border="0" cellpadding="0" cellspacing="0" width="100%" class="header"><tr>'
        f'<td class="logo"><h1><!-- <logo> -->{page_["site"]}<!-- </logo> --></h1></td><td class="date">Вівторок, 21.05.2024, 18:40<br>Вітаю Вас <b>Гість</b> | RSS</td></tr></table>'
        '<table border="0" cellpadding="0" cellspacing="0" width="100%"><tr><td valign="top" class="sidebar">'
        '<table class="boxTable"><tr><th>Меню сайту</th></tr><tr><td class="boxContent"><div id="uMenuDiv1" class="uMenuV"><ul class="uMenuRoot">'
        f'{_links(("Головна", "Новини селища", "Історія", "Школа", "Фотоальбом", "Гостьова книга"), "/index/")}</ul></div></td></tr></table>'
        '<table class="boxTable"><tr><th>Форма входу</th></tr><tr><td class="boxContent"><form id="baseLogForm"><input type="text" name="user"> <input type="password" name="password"> <input type="submit" value="Вхід"></form></td></tr></table>'
        '<table class="boxTable"><tr><th>Пошук</th></tr><tr><td class="boxContent"><form><input type="text" name="query"><input type="submit" value="Знайти"></form></td></tr></table>'
        '<table class="boxTable"><tr><th>Календар</th></tr><tr><td class="boxContent"><table border="0" cellspacing="1" cellpadding="2" class="calTable"><tr><td align="center" class="calMonth" colspan="7">Травень 2024</td></tr>'
        '<tr><td class="calWday">Пн</td><td class="calWday">Вт</td><td class="calWday">Ср</td><td class="calWday">Чт</td><td class="calWday">Пт</td><td class="calWdaySe">Сб</td><td class="calWdaySu">Нд</td></tr>'
        '<tr><td></td><td></td><td class="calMday">1</td><td class="calMday">2</td><td class="calMday">3</td><td class="calMday">4</td><td class="calMday">5</td></tr></table></td></tr></table>'
        '<table class="boxTable"><tr><th>Статистика</th></tr><tr><td class="boxContent"><div class="tOnline">Онлайн всього: 1</div><div class="gOnline">Гостей: 1</div><div class="uOnline">Користувачів: 0</div></td></tr></table>'
        '</td><td valign="top" class="content"><!-- <middle> --><!-- <body> --><div class="breadcrumbs"><a href="/">Головна</a> » <a href="/news/">Новини селища</a> » 2024 » Травень » 21</div>'
        '<table border="0" width="100%" cellspacing="1" cellpadding="2" class="eBlock"><tr><td class="eTitle">'
        f'{page_["title"]}</td></tr><tr><td class="eMessage"><div id="nativeroll_video_cont" style="display:none;"></div>{article}</td></tr>'
        f'<tr><td class="eDetails">Категорія: <a href="/news/1-0-1">Новини селища</a> | Переглядів: 412 | Додав: <a href="javascript://" rel="nofollow">{page_["author"]}</a> | Дата: <span title="10:15">21.05.2024</span> | <a href="#comments">Коментарі (2)</a></td></tr></table>'
        '<table border="0" cellpadding="0" cellspacing="0" width="100%"><tr><td width="60%" height="25">Всього коментарів: 2</td></tr></table>'
        '<div id="newEntryT"></div><div id="allEntries"><div id="comEnt1"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="cBlock1"><tr><td class="cTop"><b>1</b> <b>Марія</b> (21.05.2024 12:02)</td></tr>'
        '<tr><td class="cMessage">Дякуємо депутатам і всім, хто скинувся на ремонт!</td></tr></table></div>'
        '<div id="comEnt2"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="cBlock2"><tr><td class="cTop"><b>2</b> <b>Петро</b> (21.05.2024 14:30)</td></tr>'
        '<tr><td class="cMessage">А коли дійдуть руки до дороги на Заріччя?</td></tr></table></div></div>'
        '<div align="center" class="commReg">Додавати коментарі можуть лише зареєстровані користувачі.<br />[ <a href="/register">Реєстрація</a> | <a href="javascript://">Вхід</a> ]</div>'
        '<!-- </body> --><!-- </middle> --></td></tr></table>'
        '<table border="0" cellpadding="0" cellspacing="0" width="100%" class="footer"><tr><td><!-- <copy> -->Copyright Сільська рада © 2024<!-- </copy> --> | <!-- "\' --><a href="https://www.ucoz.ua/" title="Сайт створено в системі uCoz">Конструктор сайтів uCoz</a></td></tr></table>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- Greek (a federation on ASP.NET Web Forms)
def webforms_el(page_: dict, article: str) -> str:
    """A sports federation's site on ASP.NET Web Forms: ``form#form1`` around the page, the ``__VIEWSTATE``
    field, ``ctl00_`` ids, the menu, ``div#ctl00_ContentPlaceHolder1_pnlNews`` with the date, the title, the
    body in a label's ``span``, the attachments and "« Επιστροφή στις ανακοινώσεις", the latest news and the
    sponsors' logos, the footer."""
    return _doc(page_, "el", (
        '<form method="post" action="./NewsDetails.aspx?id=1843" id="form1"><div class="aspNetHidden">'
        '<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" /><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWBAIBDxYCHgRUZXh0BQbOkc6azrHOuM6xZGQCAw8PFgIfAGVkZGRTm2s5qL+7q1vWb7cK1w==" /></div>'
        f'<div id="ctl00_pnlHeader" class="header"><a id="ctl00_hlLogo" class="logo" href="Default.aspx"><img src="Images/logo.png" alt="{page_["site"]}" /></a>'
        f'<ul id="ctl00_mainMenu" class="menu">{_links(("Η Ομοσπονδία", "Αγώνες", "Βαθμολογίες", "Ανακοινώσεις", "Σωματεία", "Διαιτητές", "Επικοινωνία"), "Page.aspx?p=")}</ul></div>'
        '<div class="main"><div id="ctl00_ContentPlaceHolder1_pnlNews" class="news-details">'
        '<span id="ctl00_ContentPlaceHolder1_lblDate" class="date">20/05/2024</span>'
        f'<h1><span id="ctl00_ContentPlaceHolder1_lblTitle">{page_["title"]}</span></h1>'
        f'<span id="ctl00_ContentPlaceHolder1_lblBody" class="news-body">{article}</span>'
        '<div id="ctl00_ContentPlaceHolder1_pnlFiles" class="attachments"><h4>Συνημμένα αρχεία</h4>'
        '<a id="ctl00_ContentPlaceHolder1_rptFiles_ctl00_hlFile" href="Files/2024/Prokiryxi_Panelliniou_2024.pdf">Προκήρυξη Πανελληνίου Πρωταθλήματος 2024 (PDF, 412 KB)</a><br />'
        '<a id="ctl00_ContentPlaceHolder1_rptFiles_ctl01_hlFile" href="Files/2024/Dilosi_Symmetoxis.docx">Δήλωση συμμετοχής (DOCX, 38 KB)</a></div>'
        '<a id="ctl00_ContentPlaceHolder1_hlBack" class="back" href="News.aspx">« Επιστροφή στις ανακοινώσεις</a></div>'
        '<div id="ctl00_pnlSide" class="side"><h3>Τελευταία νέα</h3><ul>'
        '<li><a href="NewsDetails.aspx?id=1842">Σεμινάριο κριτών στη Θεσσαλονίκη</a></li><li><a href="NewsDetails.aspx?id=1839">Αποτελέσματα Κυπέλλου Ελλάδας</a></li>'
        '<li><a href="NewsDetails.aspx?id=1835">Ανακοίνωση για τις μεταγραφές αθλητών</a></li></ul>'
        '<h3>Χορηγοί</h3><div class="sponsors"><a href="https://sponsor1.example"><img src="Images/sp1.png" alt="Χορηγός 1" /></a><a href="https://sponsor2.example"><img src="Images/sp2.png" alt="Χορηγός 2" /></a></div></div></div>'
        f'<div id="ctl00_pnlFooter" class="footer">© 2024 {page_["site"]} · Ολυμπιακό Αθλητικό Κέντρο, Μαρούσι · Τηλ. 210 6800 412 · <a href="Page.aspx?p=terms">Όροι χρήσης</a></div>'
        '<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZA&amp;t=638250000000000000" type="text/javascript"></script></form>'
    ), ld=False)  # fmt: skip


def el_list(*items: str) -> tuple[str, str]:
    return "<ul>" + "".join(f"<li>{x}</li>" for x in items) + "</ul>", "\n".join(items)


# ---------------------------------------------------------------- Hebrew (gov.il press release)
def govil_he(page_: dict, article: str) -> str:
    """A ministry's press release on gov.il: the skip link, the government header with the language menu, the
    breadcrumbs, the title, "תאריך פרסום" and the office, the body in ``div.content-body``, the attachment, the
    share bar, "האם מצאת את מה שחיפשת?" feedback and the state's footer."""
    return _doc(page_, "he", (
        '<gov-root><a class="skip-to-content" href="#mainContent">דלג לתוכן</a>'
        '<header class="govil-header"><a class="govil-logo" href="/he/">gov.il אתר השירותים והמידע הממשלתי</a>'
        '<nav class="main-nav"><ul><li><a href="/he/departments">משרדי ממשלה</a></li><li><a href="/he/service">שירותים</a></li><li><a href="/he/collectors/news">חדשות</a></li></ul></nav>'
        '<div class="lang-menu"><a href="/en/">English</a> <a href="/ar/">العربية</a> <a href="/ru/">Русский</a></div></header>'
        '<nav class="breadcrumbs" aria-label="פירורי לחם"><ol><li><a href="/he/">דף הבית</a></li><li><a href="/he/departments/ministry_of_transport">משרד התחבורה והבטיחות בדרכים</a></li><li><a href="/he/departments/news">הודעות לעיתונות</a></li></ol></nav>'
        f'<main id="mainContent" class="govil-container"><div class="page-header"><h1 class="main-title">{page_["title"]}</h1>'
        '<div class="publish-details"><span class="label">תאריך פרסום:</span> <span>20.05.2024</span> <span class="label">נושאים:</span> <span>תחבורה ציבורית</span></div>'
        '<div class="office"><a href="/he/departments/ministry_of_transport">משרד התחבורה והבטיחות בדרכים</a></div></div>'
        f'<div class="row"><div class="col-12 content-body">{article}</div></div>'
        '<div class="attachments"><h2>קבצים מצורפים</h2><a class="file pdf" href="/BlobFolder/news/train_night/he/night_trains_map.pdf">מפת הקווים הליליים (PDF)</a></div>'
        '<div class="share-bar"><span>שיתוף:</span> <a href="#">פייסבוק</a> <a href="#">וואטסאפ</a> <a href="#">טוויטר</a> <a href="#">דוא"ל</a></div>'
        '<div class="feedback"><h2>האם מצאת את מה שחיפשת?</h2><button>כן</button><button>לא</button></div></main>'
        '<footer class="govil-footer"><ul><li><a href="/he/about/accessibility">הצהרת נגישות</a></li><li><a href="/he/about/terms">תנאי שימוש</a></li><li><a href="/he/about/privacy">מדיניות פרטיות</a></li></ul>'
        '<p>כל הזכויות שמורות למדינת ישראל © 2024</p></footer></gov-root>'
    ), dir_="rtl", ld=False)  # fmt: skip


# ---------------------------------------------------------------- Indonesian (Moodle site news)
def moodle_id(page_: dict, article: str) -> str:
    """A school's announcement in Moodle 4's site news forum: the navbar, the page header "Pengumuman situs",
    the discussion's name, ``article.forum-post-container`` (the subject, "oleh <writer> - <date>",
    ``div.post-content-container``, Permalink), the previous and next discussion links and the footer
    ("Anda belum masuk", "Dapatkan aplikasi seluler", "Didukung oleh Moodle")."""
    return _doc(page_, "id", (
        '<div id="page-wrapper" class="d-print-block"><nav class="navbar fixed-top navbar-light bg-white navbar-expand" aria-label="Navigasi situs">'
        f'<a href="https://elearning.sman3-sukamaju.sch.id/" class="navbar-brand">{page_["site"]}</a>'
        '<div class="primary-navigation"><ul class="navbar-nav more-nav"><li><a class="nav-link" href="/">Beranda</a></li><li><a class="nav-link" href="/my/courses.php">Kursus saya</a></li></ul></div>'
        '<div class="usermenu"><span class="login">Anda belum masuk. (<a href="/login/index.php">Masuk</a>)</span></div></nav>'
        '<div id="page" class="container-fluid"><div id="topofscroll" class="main-inner"><header id="page-header" class="header-maxwidth d-print-none"><div class="w-100"><div class="d-flex flex-wrap">'
        '<div id="page-navbar"><nav aria-label="Bilah navigasi"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Beranda</a></li><li class="breadcrumb-item"><a href="/mod/forum/view.php?id=1">Pengumuman situs</a></li></ol></nav></div></div>'
        '<div class="page-header-headings"><h1 class="h2">Pengumuman situs</h1></div></div></header>'
        '<div id="page-content" class="pb-3 d-print-block"><div id="region-main-box"><section id="region-main" aria-label="Konten"><div role="main"><span id="maincontent"></span>'
        f'<div class="discussion-nav clearfix"><h3 class="discussionname">{page_["title"]}</h3></div>'
        '<div id="discussion-container-6647" data-content="forum-discussion"><article id="p7412" class="forum-post-container mb-2" data-post-id="7412" data-region="post" data-target="7412-target" tabindex="0">'
        '<div class="d-flex border p-2 mb-2 forumpost focus-target" aria-label="Rapat orang tua dan wali murid kelas XII oleh Dra. Siti Rahmawati" data-post-id="7412" data-content="forum-post">'
        '<div class="d-flex flex-column w-100" data-region-content="forum-post-core"><header id="post-header-7412" class="mb-2 header row d-flex">'
        '<div class="me-2" style="width: 45px;"><img class="rounded-circle w-100" src="/theme/image.php/boost/core/1/u/f1" alt="" aria-hidden="true"></div>'
        f'<div class="d-flex flex-column"><h3 class="h6 fw-bold mb-0" data-region-content="forum-post-core-subject" data-reply-subject="Re: {page_["title"]}">{page_["title"]}</h3>'
        f'<div class="mb-3" tabindex="-1">oleh <a href="/user/view.php?id=12&amp;course=1">{page_["author"]}</a> - Senin, 20 Mei 2024, 07:30</div></div></header>'
        f'<div class="d-flex body-content-container"><div class="no-overflow w-100 content-alignment"><div id="post-content-7412" class="post-content-container">{article}</div></div></div>'
        '<div class="d-flex flex-wrap"><div class="post-actions d-flex align-self-end justify-content-end flex-wrap ms-auto p-1"><a data-region="post-action" href="/mod/forum/discuss.php?d=6647#p7412" class="btn btn-link" title="Tautan permanen ke pos ini" aria-label="Tautan permanen ke pos ini">Permalink</a></div></div>'
        '</div></div></article></div>'
        '<div class="discussion-nav clearfix"><ul><li class="prev-discussion"><a aria-label="Diskusi sebelumnya: Jadwal ujian praktik kelas XII" class="btn btn-link" href="/mod/forum/discuss.php?d=6631">◄ Jadwal ujian praktik kelas XII</a></li>'
        '<li class="next-discussion"><a aria-label="Diskusi berikutnya: Libur Hari Raya Waisak" class="btn btn-link" href="/mod/forum/discuss.php?d=6652">Libur Hari Raya Waisak ►</a></li></ul></div>'
        '</div></section></div></div></div>'
        '<footer id="page-footer" class="footer-popover bg-white"><div class="footer-content-popover container"><div class="footer-section p-3 border-bottom">'
        '<div class="logininfo">Anda belum masuk. (<a href="/login/index.php">Masuk</a>)</div></div>'
        '<div class="footer-section p-3 border-bottom"><div><a href="https://download.moodle.org/mobile?version=2023100900">Dapatkan aplikasi seluler</a></div>'
        '<div class="tool_dataprivacy"><a href="/admin/tool/dataprivacy/summary.php">Ringkasan penyimpanan data</a></div></div>'
        '<div class="footer-section p-3"><div>Didukung oleh <a href="https://moodle.com">Moodle</a></div></div></div></footer></div></div>'
    ), ld=False)  # fmt: skip


def moodle_list(*items: str) -> tuple[str, str]:
    return "<ol>" + "".join(f"<li>{x}</li>" for x in items) + "</ol>", "\n".join(items)


# ---------------------------------------------------------------- Romanian (the European Commission's press corner)
def presscorner_ro(page_: dict, article: str) -> str:
    """A Commission press release on the press corner (``ec.europa.eu/commission/presscorner``): the ECL site
    header with the language selector, the page header (kind, date, place, title), the body in
    ``div.ecl-paragraph``, "Informații suplimentare" links, "Persoane de contact pentru presă" with names and
    telephone numbers, "Solicitări din partea publicului", the details box (number, language versions, "Print
    friendly pdf") and the ECL footer."""
    return _doc(page_, "ro", (
        '<app-root><header class="ecl-site-header" data-ecl-auto-init="SiteHeader"><div class="ecl-site-header__header"><div class="ecl-site-header__inner">'
        '<a class="ecl-link ecl-site-header__logo-link" href="https://commission.europa.eu/index_ro" aria-label="Acasă - Comisia Europeană"><img alt="Sigla Comisiei Europene" class="ecl-site-header__logo-image" src="/assets/logo-ec--ro.svg"></a>'
        '<div class="ecl-site-header__action"><a class="ecl-button ecl-button--tertiary ecl-site-header__language-selector" href="#">RO română</a>'
        '<form class="ecl-search-form" role="search"><input type="search" class="ecl-text-input" placeholder="Căutare"><button class="ecl-button" type="submit">Căutare</button></form></div></div></div>'
        '<div class="ecl-site-header__banner"><div class="ecl-container"><div class="ecl-site-header__site-name">Press corner</div></div></div></header>'
        '<nav class="ecl-breadcrumb" aria-label="Sunteți aici:"><ol class="ecl-breadcrumb__container"><li class="ecl-breadcrumb__segment"><a class="ecl-link" href="https://commission.europa.eu/index_ro">Acasă</a></li>'
        '<li class="ecl-breadcrumb__segment"><a class="ecl-link" href="/commission/presscorner/home/ro">Press corner</a></li></ol></nav>'
        '<main class="ecl-u-pb-xl"><div class="ecl-page-header"><div class="ecl-container"><div class="ecl-page-header__info">'
        '<ul class="ecl-page-header__meta"><li class="ecl-page-header__meta-item">Comunicat de presă</li><li class="ecl-page-header__meta-item">21 mai 2024</li><li class="ecl-page-header__meta-item">Bruxelles</li></ul>'
        f'<h1 class="ecl-page-header__title">{page_["title"]}</h1></div></div></div>'
        '<div class="ecl-container"><div class="ecl-row"><div class="ecl-col-m-9"><div class="ecl-paragraph ecl-u-mb-l">'
        f'{article}</div>'
        '<h2 class="ecl-u-type-heading-2">Informații suplimentare</h2><ul class="ecl-unordered-list"><li class="ecl-unordered-list__item"><a class="ecl-link" href="https://ec.europa.eu/regional_policy/ro/funding/erdf/">Fondul european de dezvoltare regională</a></li>'
        '<li class="ecl-unordered-list__item"><a class="ecl-link" href="https://kohesio.ec.europa.eu/ro/">Kohesio: proiectele finanțate de UE</a></li></ul>'
        '<div class="ecl-u-mt-l press-contacts"><h2 class="ecl-u-type-heading-2">Persoane de contact pentru presă</h2><ul class="ecl-unordered-list ecl-unordered-list--no-bullet">'
        '<li><span class="name">Stefan DE KEERSMAECKER</span> <span class="phone">Telefon +32 2 298 46 80</span> <a href="mailto:stefan.de-keersmaecker@ec.europa.eu">E-mail</a></li>'
        '<li><span class="name">Ana Maria ANDREI</span> <span class="phone">Telefon +32 2 299 12 34</span> <a href="mailto:ana-maria.andrei@ec.europa.eu">E-mail</a></li></ul>'
        '<p class="public-enquiries">Solicitări din partea publicului: <a href="https://european-union.europa.eu/contact-eu/call-us_ro">Europe Direct</a> prin telefon <a href="tel:0080067891011">00 800 67 89 10 11</a> sau prin <a href="https://european-union.europa.eu/contact-eu/write-us_ro">e-mail</a></p></div></div>'
        '<aside class="ecl-col-m-3 details"><h2 class="ecl-u-type-heading-5">Detalii</h2><dl class="ecl-description-list"><dt>Data publicării</dt><dd>21 mai 2024</dd><dt>Autor</dt><dd>Reprezentanța în România</dd><dt>Număr</dt><dd>IP/24/2712</dd></dl>'
        '<div class="languages"><span>Disponibil în:</span> <a href="?lang=bg">BG</a> <a href="?lang=en">EN</a> <a href="?lang=fr">FR</a> <a href="?lang=de">DE</a> <a href="?lang=hu">HU</a></div>'
        '<a class="ecl-link print" href="/commission/presscorner/api/files/document/print/ro/ip_24_2712/IP_24_2712_RO.pdf">Print friendly pdf</a></aside></div></div></main>'
        '<footer class="ecl-site-footer"><div class="ecl-container ecl-site-footer__container"><div class="ecl-site-footer__section"><a class="ecl-link" href="https://commission.europa.eu/index_ro">Comisia Europeană</a>'
        '<p class="ecl-site-footer__description">Acesta este site-ul oficial al Comisiei Europene.</p></div>'
        '<ul class="ecl-site-footer__list"><li><a class="ecl-link" href="#">Contactați Comisia</a></li><li><a class="ecl-link" href="#">Aviz juridic</a></li><li><a class="ecl-link" href="#">Politica privind cookie-urile</a></li><li><a class="ecl-link" href="#">Accesibilitate</a></li></ul></div></footer></app-root>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- Hungarian (Serendipity)
def serendipity_hu(page_: dict, article: str) -> str:
    """A Hungarian garden blog on Serendipity (s9y) with its 2k11 template: the banner, the menu,
    ``article.serendipity_entry`` (the title, "Írta <writer> | <date>", ``div.serendipity_entry_body`` and
    ``div.serendipity_entry_extended``, the footer with categories, comments and trackbacks), the comments and
    the comment form, the side bar (calendar, search, archives, categories, "Powered by Serendipity")."""
    return _doc(page_, "hu", (
        f'<div id="page" class="clearfix container"><header id="banner" class="clearfix"><div id="identity"><a href="/"><h1>{page_["site"]}</h1><p>Egy budai kert naplója</p></a></div>'
        '<form id="searchform" action="/index.php" method="get"><input type="hidden" name="serendipity[action]" value="search"><label for="serendipityQuickSearchTermField">Keresés</label><input id="serendipityQuickSearchTermField" name="serendipity[searchTerm]" type="search"></form></header>'
        f'<nav id="primary-nav"><h2 class="visuallyhidden">Navigáció</h2><ul class="clearfix">{_links(("Kezdőlap", "Rólam", "Archívum", "Kapcsolat"), "/pages/")}</ul></nav>'
        '<div class="clearfix col2r" id="main"><main id="content"><article id="post_412" class="clearfix serendipity_entry">'
        f'<header class="clearfix"><h2><a href="/archives/412-kert.html">{page_["title"]}</a></h2>'
        f'<span class="serendipity_byline block_level"><span class="single_user">Írta <a href="/authors/1-Kovacs-Eszter">{page_["author"]}</a> | </span><time datetime="2024-05-19T16:05:00+02:00">2024. május 19.</time></span></header>'
        f'{article}'
        '<footer class="clearfix"><span class="visuallyhidden">Kategóriák: </span><a class="post_category" href="/categories/3-Zoldseges">Zöldséges</a> | '
        '<a href="/archives/412-kert.html#comments" title="3 hozzászólás, 0 trackback">3 hozzászólás</a> | <a href="/archives/412-kert.html#trackbacks">Trackbackek (0)</a></footer></article>'
        '<section id="comments" class="serendipity_comments"><h3>Hozzászólások</h3>'
        '<article id="c1203" class="serendipity_comment odd"><h4>Anna <time>2024. május 19. 18:22</time></h4><div class="serendipity_commentBody"><p>Nálam a bársonyvirág vált be a paradicsom mellé.</p></div><a class="comment_reply" href="#serendipity_CommentForm">Válasz</a></article>'
        '<article id="c1204" class="serendipity_comment even"><h4>Gábor <time>2024. május 20. 07:10</time></h4><div class="serendipity_commentBody"><p>Köszi a tippet a csalánlével!</p></div><a class="comment_reply" href="#serendipity_CommentForm">Válasz</a></article>'
        '<div class="serendipity_commentForm" id="serendipity_CommentForm"><h3>Hozzászólás írása</h3><form><label>Név</label><input type="text"><label>Hozzászólás</label><textarea></textarea><input type="submit" value="Elküld"></form></div></section></main>'
        '<aside id="sidebar_right" class="sidebar_right"><section class="sidebar_plugin clearfix serendipity_plugin_calendar"><h3>Naptár</h3><table class="serendipity_calendar"><tr><th>H</th><th>K</th><th>Sze</th><th>Cs</th><th>P</th><th>Szo</th><th>V</th></tr><tr><td>13</td><td>14</td><td>15</td><td>16</td><td>17</td><td>18</td><td><a href="/archives/2024/05/19.html">19</a></td></tr></table></section>'
        '<section class="sidebar_plugin clearfix serendipity_plugin_archives"><h3>Archívum</h3><ul class="plainList"><li><a href="/archives/2024/05.html">május 2024</a></li><li><a href="/archives/2024/04.html">április 2024</a></li></ul></section>'
        '<section class="sidebar_plugin clearfix serendipity_plugin_categories"><h3>Kategóriák</h3><ul class="plainList"><li><a href="/categories/3-Zoldseges">Zöldséges</a></li><li><a href="/categories/4-Gyumolcsos">Gyümölcsös</a></li></ul></section>'
        '<section class="sidebar_plugin clearfix serendipity_plugin_superuser"><h3>Blog adminisztráció</h3><div class="serendipitySideBarContent"><a href="/serendipity_admin.php" rel="nofollow">Bejelentkezés</a></div></section>'
        '<section class="sidebar_plugin clearfix serendipity_plugin_poweredby"><h3>Powered by</h3><div class="serendipitySideBarContent"><a title="Powered by Serendipity" href="https://s9y.org"><img src="/templates/2k11/img/s9y_banner_small.png" alt="Serendipity PHP Weblog"></a></div></section></aside></div>'
        f'<footer id="footer"><p lang="en">Powered by <a href="https://s9y.org">Serendipity</a> &amp; the <i>2k11</i> theme.</p></footer></div>'
    ), ld=False)  # fmt: skip


def s9y_body(*paragraphs: str) -> tuple[str, str]:
    inner = "".join(f"<p>{x}</p>" for x in paragraphs)
    return f'<div class="clearfix content serendipity_entry_body">{inner}</div>', "\n\n".join(paragraphs)


def s9y_extended(*parts: tuple[str, str]) -> tuple[str, str]:
    inner = "".join(markup for markup, _ in parts)
    return (
        f'<div id="extended" class="clearfix content serendipity_entry_extended">{inner}</div>',
        "\n\n".join(text for _, text in parts),
    )


# ---------------------------------------------------------------- Spanish (Flarum, server-rendered for no-JS)
def flarum_es(page_: dict, article: str) -> str:
    """A club's Flarum forum, a discussion as the server sends it before the app starts: the header, the
    loading line, the JavaScript notice, ``noscript#flarum-content`` holding the title, each post's writer in an
    ``h3`` and ``div.Post-body`` (the announcement, then the replies) parted by ``<hr>``, "Página siguiente »";
    the app's boot script."""
    return _doc(page_, "es", (
        '<div id="app" class="App"><div id="app-navigation" class="App-navigation"></div><div id="drawer" class="App-drawer">'
        f'<header id="header" class="App-header"><div id="header-navigation" class="Header-navigation"></div><div class="container"><div class="Header-title"><a href="https://foro.clubalpinoaraiz.example" id="home-link">{page_["site"]}</a></div>'
        '<div id="header-primary" class="Header-primary"></div><div id="header-secondary" class="Header-secondary"></div></div></header></div>'
        '<main class="App-content"><div id="content"></div><div id="flarum-loading" style="display: none">Cargando...</div>'
        '<noscript><div class="Alert"><div class="container">Este sitio se ve mejor en un navegador moderno con JavaScript activado.</div></div></noscript>'
        '<div id="flarum-loading-error" style="display: none"><div class="Alert"><div class="container">Algo salió mal al intentar cargar la versión completa de este sitio. Intenta forzar la recarga de esta página para solucionar el error.</div></div></div>'
        f'<noscript id="flarum-content"><div class="container"><h1>{page_["title"]}</h1><div>'
        f'<article><div class="PostUser"><h3 class="PostUser-name">{page_["author"]}</h3></div><div class="Post-body">{article}</div></article><hr>'
        '<article><div class="PostUser"><h3 class="PostUser-name">montañera_luz</h3></div><div class="Post-body"><p>¡Genial! ¿Hace falta llevar arnés propio o el club presta material?</p></div></article><hr>'
        f'<article><div class="PostUser"><h3 class="PostUser-name">{page_["author"]}</h3></div><div class="Post-body"><p><a href="https://foro.clubalpinoaraiz.example/d/214/2" class="PostMention" data-id="1875">montañera_luz</a> El club presta arneses y cascos, solo tienes que pedirlo en el formulario.</p></div></article><hr>'
        '<article><div class="PostUser"><h3 class="PostUser-name">jorge_v</h3></div><div class="Post-body"><p>Apuntado. Nos vemos en Riglos.</p></div></article><hr>'
        '</div><a href="https://foro.clubalpinoaraiz.example/d/214-salida-a-riglos?page=2">Página siguiente &raquo;</a></div></noscript></main></div>'
        '<script>document.getElementById("flarum-loading").style.display = "block"; var flarum = {extensions: {}};</script>'
        '<script src="https://foro.clubalpinoaraiz.example/assets/forum.js?v=ab12cd34"></script>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- French (DokuWiki)
def dokuwiki_fr(page_: dict, article: str) -> str:
    """An astronomy club's news page on DokuWiki's default template: the header with the skip link, the wiki's
    name and claim, the user and site tools, the breadcrumbs ("Piste:"), the side bar, the page id, the table
    of contents, the page between ``<!-- wikipage start -->`` and ``stop``, "Dernière modification", the page
    tools and the licence footer."""
    return _doc(page_, "fr", (
        '<div id="dokuwiki__site"><div id="dokuwiki__top" class="site dokuwiki mode_show tpl_dokuwiki showSidebar hasSidebar">'
        '<div id="dokuwiki__header"><div class="pad group"><div class="headings group"><ul class="a11y skip"><li><a href="#dokuwiki__content">aller au contenu</a></li></ul>'
        f'<h1 class="logo"><a href="/doku.php?id=start" accesskey="h" title="Accueil [h]"><img src="/lib/tpl/dokuwiki/images/logo.png" width="64" height="64" alt="" /> <span>{page_["site"]}</span></a></h1>'
        '<p class="claim">Club d\'astronomie amateur du Pays de Retz</p></div>'
        '<div class="tools group"><div id="dokuwiki__usertools"><h3 class="a11y">Outils pour utilisateurs</h3><ul><li class="action login"><a href="/doku.php?id=actualites:2024:nuit_des_etoiles&amp;do=login" title="S\'identifier" rel="nofollow"><span>S\'identifier</span></a></li></ul></div>'
        '<div id="dokuwiki__sitetools"><h3 class="a11y">Outils du site</h3><form action="/doku.php" method="get" role="search" class="search" id="dw__search"><input type="text" placeholder="Rechercher" name="q" title="[F]" accesskey="f" /><button type="submit" title="Rechercher">Rechercher</button></form>'
        '<ul><li class="action recent"><a href="?do=recent" rel="nofollow">Derniers changements</a></li><li class="action media"><a href="?do=media" rel="nofollow">Gestionnaire Multimédia</a></li><li class="action index"><a href="?do=index" rel="nofollow">Plan du site</a></li></ul></div></div>'
        '<div class="breadcrumbs"><div class="trace"><span class="bchead">Piste:</span> <span class="bcsep">•</span> <bdi><span class="curid"><a href="/doku.php?id=actualites:2024:nuit_des_etoiles" class="breadcrumbs" title="actualites:2024:nuit_des_etoiles">Nuit des étoiles 2024</a></span></bdi></div></div>'
        '<hr class="a11y" /></div></div>'
        '<div class="wrapper group"><div id="dokuwiki__aside"><div class="pad aside include group"><h3 class="toggle">Barre latérale</h3><div class="content"><div class="group">'
        '<ul><li class="level1"><div class="li"><a href="/doku.php?id=start" class="wikilink1">Accueil</a></div></li><li class="level1"><div class="li"><a href="/doku.php?id=actualites:start" class="wikilink1">Actualités</a></div></li>'
        '<li class="level1"><div class="li"><a href="/doku.php?id=club:adhesion" class="wikilink1">Adhérer au club</a></div></li><li class="level1"><div class="li"><a href="/doku.php?id=observatoire:start" class="wikilink1">L\'observatoire</a></div></li></ul></div></div></div></div>'
        '<div id="dokuwiki__content"><div class="pad group"><div class="pageId"><span>actualites:2024:nuit_des_etoiles</span></div>'
        '<div class="page group"><!-- wikipage start -->'
        '<!-- TOC START --><div id="dw__toc" class="dw__toc"><h3 class="toggle">Table des matières</h3><div><ul class="toc"><li class="level1"><div class="li"><a href="#nuit_des_etoiles_2024">Nuit des étoiles 2024</a></div>'
        '<ul class="toc"><li class="level2"><div class="li"><a href="#programme">Programme</a></div></li><li class="level2"><div class="li"><a href="#infos_pratiques">Infos pratiques</a></div></li></ul></li></ul></div></div><!-- TOC END -->'
        f'<h1 class="sectionedit1" id="nuit_des_etoiles_2024">{page_["title"]}</h1>{article}'
        '<!-- wikipage stop --></div>'
        f'<div class="docInfo"><bdi>actualites/2024/nuit_des_etoiles.txt</bdi> · Dernière modification : 2024/05/18 21:40 de <bdi>{page_["author"]}</bdi></div></div><hr class="a11y" /></div>'
        '<div id="dokuwiki__pagetools"><h3 class="a11y">Outils de la page</h3><div class="tools"><ul><li class="show"><a href="?do=" rel="nofollow"><span>Afficher la page</span></a></li>'
        '<li class="revs"><a href="?do=revisions" rel="nofollow"><span>Anciennes révisions</span></a></li><li class="backlink"><a href="?do=backlink" rel="nofollow"><span>Liens de retour</span></a></li>'
        '<li class="top"><a href="#dokuwiki__top" title="Haut de page [t]" rel="nofollow" accesskey="t"><span>Haut de page</span></a></li></ul></div></div></div>'
        '<div id="dokuwiki__footer"><div class="pad"><div class="license">Sauf mention contraire, le contenu de ce wiki est placé sous les termes de la licence suivante : '
        '<bdi><a href="https://creativecommons.org/licenses/by-sa/4.0/deed.fr" rel="license" class="urlextern">CC Attribution-Share Alike 4.0 International</a></bdi></div>'
        '<div class="buttons"><a href="https://www.dokuwiki.org/donate" title="Donate"><img src="/lib/tpl/dokuwiki/images/button-donate.gif" width="80" height="15" alt="Donate" /></a> '
        '<a href="https://dokuwiki.org/" title="Driven by DokuWiki"><img src="/lib/tpl/dokuwiki/images/button-dw.png" width="80" height="15" alt="Driven by DokuWiki" /></a></div></div></div></div></div>'
    ), ld=False)  # fmt: skip


def dw_level(level: int, *parts: tuple[str, str]) -> tuple[str, str]:
    inner = "".join(markup for markup, _ in parts)
    return f'<div class="level{level}">{inner}</div>', "\n\n".join(text for _, text in parts)


def dw_h2(text: str, anchor: str, edit: int) -> tuple[str, str]:
    return f'<h2 class="sectionedit{edit}" id="{anchor}">{text}</h2>', text


def dw_list(*items: str) -> tuple[str, str]:
    lis = "".join(f'<li class="level1"><div class="li">{x}</div></li>' for x in items)
    return f"<ul>{lis}</ul>", "\n".join(items)


# ---------------------------------------------------------------- English: Lemmy
def lemmy_post(page_: dict, article: str) -> str:
    """A text post on a Lemmy instance (lemmy-ui's server render): the navbar (Communities, Create Post,
    Support Lemmy, Login, Sign Up), ``div.post-listing`` with the vote bar, the title, "<user> to
    !community@instance", the comment count and actions, the body in ``div.md-div``, the comment form and the
    comment tree, and the community's sidebar (subscribers, rules, moderators)."""
    return _doc(page_, "en", (
        '<div id="app" class="lemmy-site"><nav class="navbar navbar-expand-md navbar-light shadow-sm p-0 px-3 container-lg">'
        '<a class="navbar-brand d-flex align-items-center" href="/" title="Lemmy for the Fenland region">fen.social</a>'
        '<ul class="navbar-nav me-auto"><li class="nav-item"><a class="nav-link" href="/communities">Communities</a></li><li class="nav-item"><a class="nav-link" href="/create_post">Create Post</a></li>'
        '<li class="nav-item"><a class="nav-link" href="/create_community">Create Community</a></li><li class="nav-item"><a class="nav-link" href="https://join-lemmy.org/donate">Support Lemmy</a></li></ul>'
        '<ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/search">Search</a></li><li class="nav-item"><a class="nav-link" href="/login">Login</a></li><li class="nav-item"><a class="nav-link" href="/signup">Sign Up</a></li></ul></nav>'
        '<div class="mt-4 p-0 fl-1"><div class="container-lg"><div class="row"><main class="col-12 col-md-8 col-lg-9 mb-3"><div class="post-listing mt-2">'
        '<div class="d-flex flex-wrap"><div class="vote-bar col-1 pe-0 small text-center"><button class="btn-animate btn btn-link p-0" aria-label="Upvote">▲</button><div class="unselectable pointer text-muted px-1 post-score">842</div><button class="btn-animate btn btn-link p-0" aria-label="Downvote">▼</button></div>'
        f'<div class="col-12 col-sm-9"><div class="post-title overflow-hidden"><h1 class="h5 d-inline text-break">{page_["title"]}</h1></div>'
        f'<div class="small mb-1 mb-md-0"><span class="person-listing"><a href="/u/{page_["author"]}">{page_["author"]}</a></span> to <a class="community-link" href="/c/cycling">cycling</a> • <span class="moment-time" data-tippy-content="Mon, May 20, 2024 at 8:12 AM">5 days ago</span></div>'
        '<ul class="d-flex align-items-center list-inline mb-1 text-muted small"><li class="list-inline-item"><a class="btn btn-link btn-sm text-muted ps-0" href="/post/118024#comments">47 comments</a></li>'
        '<li class="list-inline-item"><button class="btn btn-link btn-sm">share</button></li><li class="list-inline-item"><button class="btn btn-link btn-sm">save</button></li><li class="list-inline-item"><button class="btn btn-link btn-sm">report</button></li></ul></div></div>'
        f'<div class="post-body"><div class="md-div">{article}</div></div></div>'
        '<form class="comment-form"><textarea class="form-control" placeholder="Type here to comment..." rows="3"></textarea><button class="btn btn-secondary" type="submit">Reply</button></form>'
        '<div class="comments"><ul class="comments list-unstyled"><li class="comment" aria-label="Comment" role="comment"><article class="details comment-node py-2">'
        '<div class="d-flex flex-wrap align-items-center text-muted small"><span class="person-listing"><a href="/u/wheelnut">wheelnut</a></span><span class="unselectable pointer ms-2">▲ 213</span><span class="moment-time ms-2">5 days ago</span></div>'
        '<div class="md-div"><p>The Mill Road end was the bit that actually scared me. Glad to see it finally getting kerbs.</p></div><div class="comment-bottom-btns"><button>reply</button><button>link</button></div></article>'
        '<ul class="comments list-unstyled ms-1"><li class="comment"><article class="details comment-node py-2"><div class="d-flex small"><span class="person-listing"><a href="/u/fenrider">fenrider</a></span><span class="ms-2">▲ 88</span></div>'
        '<div class="md-div"><p>Agreed. Now do the ring road roundabout.</p></div></article></li></ul></li></ul></div></main>'
        '<aside class="sidebar col-12 col-md-4 col-lg-3"><div class="card border-secondary mb-3"><div class="card-body"><h5 class="mb-0">Cycling</h5><a class="community-link" href="/c/cycling">!cycling@fen.social</a>'
        '<ul class="badges my-1 list-inline"><li class="list-inline-item badge text-bg-secondary">74 users / day</li><li class="list-inline-item badge text-bg-secondary">3.1K subscribers</li><li class="list-inline-item badge text-bg-secondary">612 posts</li></ul>'
        '<button class="btn btn-secondary d-block mb-2 w-100">Subscribe</button><div class="md-div"><p>Riding bikes around the Fens and beyond. Rules:</p><ol><li>Be civil.</li><li>No motorist bashing for its own sake.</li><li>Tag rides with [Ride].</li></ol></div>'
        '<ul class="list-unstyled"><li>Moderators</li><li><a href="/u/fenmod">fenmod</a></li></ul></div></div></aside></div></div></div>'
        '<footer class="app-footer container-lg navbar navbar-expand-md navbar-light navbar-bg p-3"><ul class="navbar-nav ms-auto"><li class="nav-item"><span class="nav-link">BE: 0.19.3</span></li><li class="nav-item"><a class="nav-link" href="/modlog">Modlog</a></li>'
        '<li class="nav-item"><a class="nav-link" href="/instances">Instances</a></li><li class="nav-item"><a class="nav-link" href="https://join-lemmy.org/docs/en/index.html">Docs</a></li><li class="nav-item"><a class="nav-link" href="https://github.com/LemmyNet">Code</a></li><li class="nav-item"><a class="nav-link" href="https://join-lemmy.org">join-lemmy.org</a></li></ul></footer></div>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- English: Sphinx with ABlog
def sphinx_ablog(page_: dict, article: str) -> str:
    """A project's blog post written with Sphinx's ABlog on the Alabaster theme: ``div.document`` with
    ``div.body[role=main]`` holding ``section`` elements whose headings end in a ``¶`` header link, ABlog's
    previous and next links, the side bar (the date, author, tags, recent posts, quick search) and the footer
    ("Powered by Sphinx & Alabaster | Page source")."""
    return _doc(page_, "en", (
        '<div class="document"><div class="documentwrapper"><div class="bodywrapper"><div class="body" role="main">'
        f'<section id="tidewater-2-0-released"><h1>{page_["title"]}<a class="headerlink" href="#tidewater-2-0-released" title="Link to this heading">¶</a></h1>'
        f'{article}</section>'
        '<div class="section ablog__prev-next"><span class="ablog__prev"><a href="../2024/tidewater-1-9-3/"><i class="fa fa-arrow-circle-left"></i> <span>Tidewater 1.9.3: a bug-fix release</span></a></span>'
        '<span class="ablog__spacer">&nbsp;</span><span class="ablog__next"><a href="../2024/sprint-report-june/"><span>Sprint report: June</span> <i class="fa fa-arrow-circle-right"></i></a></span></div>'
        '</div></div></div>'
        '<div class="sphinxsidebar" role="navigation" aria-label="main navigation"><div class="sphinxsidebarwrapper"><h1 class="logo"><a href="../../index.html">Tidewater</a></h1>'
        '<h2><i class="fa fa-calendar"></i> 20 May 2024</h2><ul class="ablog-archive"><li><i class="fa fa-user"></i> Author: <a href="../../blog/author/priya-raman/">Priya Raman</a></li>'
        '<li><i class="fa-fw fa fa-tag"></i> Tags: <a href="../../blog/tag/release/">release</a></li></ul>'
        '<h3><a href="../../blog/">Recent Posts</a></h3><ul><li><a href="../2024/sprint-report-june/">Sprint report: June</a></li><li><a href="../2024/tidewater-1-9-3/">Tidewater 1.9.3: a bug-fix release</a></li></ul>'
        '<div id="searchbox" style="display: none" role="search"><h3 id="searchlabel">Quick search</h3><div class="searchformwrapper"><form class="search" action="../../search.html" method="get"><input type="text" name="q" aria-labelledby="searchlabel" autocomplete="off" /><input type="submit" value="Go" /></form></div></div>'
        '<script>document.getElementById(\'searchbox\').style.display = "block"</script></div></div><div class="clearer"></div></div>'
        '<div class="footer">&#169;2024, The Tidewater developers. | Powered by <a href="https://www.sphinx-doc.org/">Sphinx 7.3.7</a> &amp; <a href="https://alabaster.readthedocs.io">Alabaster 0.7.16</a> | <a href="../../_sources/posts/2024/tidewater-2-0.rst.txt" rel="nofollow">Page source</a></div>'
    ), ld=False)  # fmt: skip


def sx_section(anchor: str, title: str, *parts: tuple[str, str]) -> tuple[str, str]:
    inner = "".join(markup for markup, _ in parts)
    return (
        f'<section id="{anchor}"><h2>{title}<a class="headerlink" href="#{anchor}" title="Link to this heading">¶</a></h2>{inner}</section>',
        "\n\n".join([title, *(text for _, text in parts)]),
    )


def sx_code(code: str) -> tuple[str, str]:
    return (
        f'<div class="highlight-python notranslate"><div class="highlight"><pre><span></span>{code}</pre></div></div>',
        code.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"),
    )


# ---------------------------------------------------------------- English: SharePoint Online news page
def sharepoint_news(page_: dict, article: str) -> str:
    """A council's news post on SharePoint Online's modern pages: the suite bar, the hub navigation, the page
    header (``data-automation-id="pageHeader"``: the title, the author byline, the date), ``div.CanvasZone`` with
    ``data-sp-feature-tag="Rich Text Editor"`` web parts, a Quick links web part in a second section, the
    like, views and save bar and the comments."""
    return _doc(page_, "en", (
        '<div id="SuiteNavWrapper"><div id="O365_NavHeader" role="banner"><button aria-label="App launcher">⋮</button><a href="/" class="o365sx-appName">SharePoint</a><input type="search" placeholder="Search this site"></div></div>'
        '<div class="sp-App--hasLeftNav"><div data-automation-id="SiteHeader" class="ms-siteHeader"><a class="ms-siteHeader-siteName" href="/sites/news">Fenwick District Council News</a>'
        '<nav data-automation-id="HorizontalNav"><ul><li><a href="/sites/news">Home</a></li><li><a href="/sites/news/SitePages/Topics.aspx">Topics</a></li><li><a href="/sites/news/SitePages/Contact.aspx">Contact the press office</a></li></ul></nav>'
        '<button data-automation-id="followSiteButton">Following</button><button data-automation-id="shareSiteButton">Share</button></div>'
        '<div data-automation-id="contentScrollRegion" class="mainContent"><div class="CanvasComponent"><div data-automation-id="pageHeader" class="pageHeader">'
        f'<div class="TitleRegion"><div role="heading" aria-level="1" data-automation-id="pageTitle"><span>{page_["title"]}</span></div></div>'
        f'<div data-automation-id="authorByline" class="authorByline"><span class="ms-Persona-primaryText">{page_["author"]}</span><span class="ms-Persona-secondaryText">Communications Officer</span></div>'
        '<div data-automation-id="pageDate">May 21, 2024</div></div>'
        '<div class="CanvasZone row" data-automation-id="CanvasZone"><div class="CanvasZoneContainer"><div class="CanvasSection CanvasSection-col CanvasSection-xl12" data-automation-id="CanvasSection">'
        f'<div class="ControlZone" data-automation-id="CanvasControl">{article}</div></div></div></div>'
        '<div class="CanvasZone row" data-automation-id="CanvasZone"><div class="CanvasSection CanvasSection-xl12"><div class="ControlZone"><div data-sp-feature-tag="QuickLinksWebPart web part (Quick links)" class="quickLinks">'
        '<h2 role="heading" data-automation-id="webPartHeader">Related links</h2><ul><li><a href="/sites/news/SitePages/Planning.aspx">Planning applications</a></li><li><a href="/sites/news/SitePages/Roadworks.aspx">Roadworks map</a></li></ul></div></div></div></div>'
        '<div data-automation-id="socialBar" class="socialBar"><button data-automation-id="likeButton">Like</button><span data-automation-id="likesCount">14 likes</span>'
        '<span data-automation-id="viewsCount">342 views</span><button data-automation-id="saveForLaterButton">Save for later</button></div>'
        '<div data-automation-id="commentsWrapper" class="comments"><h2>Comments</h2><textarea placeholder="Add a comment. Type @ to mention someone"></textarea>'
        '<div class="comment"><span class="ms-Persona-primaryText">Dave Holt</span><p>Will the 46 bus still stop at the library during the works?</p></div></div>'
        '</div></div></div>'
    ), ld=False)  # fmt: skip


def sp_rte(*parts: tuple[str, str]) -> tuple[str, str]:
    inner = "".join(markup for markup, _ in parts)
    return (
        '<div data-sp-feature-tag="Rich Text Editor" class="rte-webpart" data-sp-feature-instance-id="a71c2d36-5f0b-4e3e-9e6a-0c1f2f7a9b12">'
        f'<div data-sp-rte="" class="rte--read">{inner}</div></div>',
        "\n\n".join(text for _, text in parts),
    )


def sp_image(src: str, caption: str) -> tuple[str, None]:
    return (
        f'<div data-sp-feature-tag="ImageWebPart web part (Image)" class="imageWebPart"><figure><img src="{src}" alt="">'
        f'<figcaption data-automation-id="captionElement">{caption}</figcaption></figure></div>',
        None,
    )


# ---------------------------------------------------------------- English: DNN with EasyDNNnews (a school)
def dnn_easydnn(page_: dict, article: str) -> str:
    """A school's site on DNN with the EasyDNNnews module: ``form#Form`` around the page, the skin's header and
    menu, ``div#dnn_ContentPane`` with ``DnnModule-EasyDNNnews``, ``div.edn_article`` (the title, the date and
    writer, the image, ``div.edn_articleSummary`` over ``div.edn_articleContent``, the documents, print and
    share, tags, the next article), the footer with "Copyright", "Terms Of Use", "Privacy Statement", "Login"."""
    return _doc(page_, "en", (
        '<form method="post" action="/news/ArtMID/412/ArticleID/2291/Year-12-visit-Leeds-University" id="Form" enctype="multipart/form-data"><div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="j7c2Q0x2N1B8Zl9k" /></div>'
        f'<div id="siteWrapper"><header class="header"><a id="dnn_dnnLOGO_hypLogo" title="{page_["site"]}" href="https://www.ashgroveacademy.example/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/logo.png" alt="{page_["site"]}" /></a>'
        f'<nav id="dnn_MENU" class="dnnMenu"><ul class="topLevel">{_links(("About us", "Admissions", "Curriculum", "Sixth form", "Parents", "News", "Contact"), "/")}</ul></nav></header>'
        '<div id="dnn_ContentPane" class="contentPane"><div class="DnnModule DnnModule-EasyDNNnews DnnModule-412"><a name="412"></a><div class="DNNContainer_noTitle"><div id="dnn_ctr412_ContentPane">'
        '<div id="dnn_ctr412_ModuleContent" class="DNNModuleContent ModEasyDNNnewsC"><div class="eds_news_Ozone eds_subCollection_news eds_styleSwitchCriteria_module-412 eds_template_Details_Article_Default">'
        f'<div class="edn_article edn_clearFix"><h1 class="edn_articleTitle">{page_["title"]}</h1>'
        f'<div class="edn_metaDetails"><time>May 20, 2024</time> <span class="edn_author">by <a href="/news/ArtMID/412/UserID/6">{page_["author"]}</a></span> <span class="edn_category"><a href="/news/ArtMID/412/CategoryID/3/Sixth-Form">Sixth Form</a></span></div>'
        '<div class="edn_mediaContainer"><img alt="Year 12 students outside the Parkinson Building" src="/Portals/0/EasyDNNnews/2291/img-leeds.jpg" /></div>'
        f'{article}'
        '<div class="edn_articleDocuments"><h3 class="edn_title">Documents</h3><ul><li><a href="/Portals/0/EasyDNNnews/Documents/2291/Leeds-visit-consent-form.pdf">Leeds visit consent form.pdf</a></li></ul></div>'
        '<div class="edn_socialPrintWrapper"><a class="edn_printButton" href="/news/ArtMID/412/ArticleID/2291/Year-12-visit-Leeds-University?print=true">Print</a> <a class="edn_share" href="#">Share</a></div>'
        '<div class="edn_articleTags"><span>Tags:</span> <a href="/news/tag/Careers">Careers</a> <a href="/news/tag/University">University</a></div>'
        '<div class="edn_articleNavigation"><a class="edn_previousArticle" href="/news/ArtMID/412/ArticleID/2287">Previous article: Sports day moves to Friday</a> <a class="edn_nextArticle" href="/news/ArtMID/412/ArticleID/2295">Next article: Summer concert tickets on sale</a></div>'
        '</div></div></div></div></div></div></div>'
        '<footer class="footer"><p>Ashgrove Academy, Mill Lane, Ashgrove AG4 7JT · 01632 960412 · office@ashgroveacademy.example</p>'
        '<p><span id="dnn_dnnCopyright_lblCopyright" class="SkinObject">Copyright 2024 by Ashgrove Academy Trust</span> | <a id="dnn_dnnTerms_hypTerms" class="SkinObject" href="/Terms">Terms Of Use</a> | <a id="dnn_dnnPrivacy_hypPrivacy" class="SkinObject" href="/Privacy">Privacy Statement</a> | <a id="dnn_dnnLogin_loginLink" class="SkinObject" href="/Login?returnurl=%2fnews">Login</a></p></footer></div></form>'
    ))  # fmt: skip


def edn_summary(text: str) -> tuple[str, None]:
    return f'<div class="edn_articleSummary"><p>{text}</p></div>', None


def edn_content(*parts: tuple[str, str]) -> tuple[str, str]:
    inner = "".join(markup for markup, _ in parts)
    return f'<div class="edn_articleContent">{inner}</div>', "\n\n".join(text for _, text in parts)


# ---------------------------------------------------------------- English: a Jupyter notebook exported as a post
def jupyter_lab(page_: dict, article: str) -> str:
    """A notebook exported by nbconvert's ``lab`` template and put up as a post as it is: ``body.jp-Notebook``
    with ``main``, each cell a ``div.jp-Cell`` (markdown cells in ``jp-RenderedMarkdown`` with ``¶`` anchor
    links, code cells with their ``In [n]:`` prompt, the code in ``div.highlight``, outputs with ``Out[n]:``);
    no site furniture and no JSON-LD."""
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />'
        f'<title>{page_["title"]}</title><script src="https://cdnjs.cloudflare.com/ajax/libs/require.js/2.1.10/require.min.js"></script>'
        '<style type="text/css">.jp-Cell { padding: 4px; } .jp-InputPrompt, .jp-OutputPrompt { color: #307fc1; font-family: monospace; }</style>'
        "<script type=\"text/x-mathjax-config\">MathJax.Hub.Config({tex2jax: {inlineMath: [['$','$']]}});</script></head>"
        f'<body class="jp-Notebook" data-jp-theme-light="true" data-jp-theme-name="JupyterLab Light"><main>{article}</main></body></html>'
    )


def jp_md(markup: str, text: str) -> tuple[str, str]:
    return (
        '<div class="jp-Cell jp-MarkdownCell jp-Notebook-cell"><div class="jp-Cell-inputWrapper" tabindex="0"><div class="jp-Collapser jp-InputCollapser jp-Cell-inputCollapser"></div>'
        '<div class="jp-InputArea jp-Cell-inputArea"><div class="jp-InputPrompt jp-InputArea-prompt"></div>'
        f'<div class="jp-RenderedHTMLCommon jp-RenderedMarkdown jp-MarkdownOutput" data-mime-type="text/markdown">{markup}</div></div></div></div>',
        text,
    )


def jp_code(number: int, code: str, output: str = "") -> tuple[str, str]:
    out = (
        '<div class="jp-Cell-outputWrapper"><div class="jp-Collapser jp-OutputCollapser jp-Cell-outputCollapser"></div><div class="jp-OutputArea jp-Cell-outputArea"><div class="jp-OutputArea-child jp-OutputArea-executeResult">'
        f'<div class="jp-OutputPrompt jp-OutputArea-prompt">Out[{number}]:</div><div class="jp-RenderedText jp-OutputArea-output jp-OutputArea-executeResult" data-mime-type="text/plain"><pre>{output}</pre></div></div></div></div>'
        if output
        else ""
    )
    return (
        '<div class="jp-Cell jp-CodeCell jp-Notebook-cell"><div class="jp-Cell-inputWrapper" tabindex="0"><div class="jp-Collapser jp-InputCollapser jp-Cell-inputCollapser"></div>'
        f'<div class="jp-InputArea jp-Cell-inputArea"><div class="jp-InputPrompt jp-InputArea-prompt">In&nbsp;[{number}]:</div>'
        '<div class="jp-CodeMirrorEditor jp-Editor jp-InputArea-editor" data-type="inline"><div class="cm-editor cm-s-jupyter"><div class="highlight hl-ipython3">'
        f"<pre><span></span>{code}</pre></div></div></div></div></div>{out}</div>",
        "\n\n".join(x for x in (_plain(code).replace("&gt;", ">").replace("&lt;", "<"), output) if x),
    )


SKINS.update(
    r28_zhihu=zhihu_zh,
    r28_livedoor=livedoor_ja,
    r28_ucoz=ucoz_uk,
    r28_webforms=webforms_el,
    r28_govil=govil_he,
    r28_moodle=moodle_id,
    r28_presscorner=presscorner_ro,
    r28_s9y=serendipity_hu,
    r28_flarum=flarum_es,
    r28_dokuwiki=dokuwiki_fr,
    r28_lemmy=lemmy_post,
    r28_ablog=sphinx_ablog,
    r28_sharepoint=sharepoint_news,
    r28_dnn=dnn_easydnn,
    r28_jupyter=jupyter_lab,
)

page(
    "r28-zh-zhihu-column",
    "Simplified Chinese Zhihu column article (the app header with 写文章 and 登录/注册, the title, the author's card and badge, the RichText body with paragraphs, a heading, a lazy figure with its caption and a blockquote, the edit time with the IP region, topics, the vote and action bar, the columns holding it, 推荐阅读 cards, comments; no JSON-LD)",
    "r28_zhihu",
    "上海的“15分钟生活圈”走了一圈之后",
    "林晓雨",
    "2024-05-18T10:22:00+08:00",
    [
        zh_p(
            "上个周末，我用两天时间把杨浦区新改造的几个街区走了一遍。所谓“15分钟生活圈”，是指居民步行15分钟之内，就能找到菜场、学校、社区医院和公园。"
        ),
        zh_p(
            "最明显的变化是街道本身。原来停满汽车的人行道被收回来，铺上了新的地砖，路口也变窄了，过马路只需要走几步。"
        ),
        h("菜场变成了社区中心"),
        zh_p(
            "控江路上的老菜场去年重新开张，一楼还是卖菜，二楼改成了老年食堂和社区图书室。中午十一点，食堂里已经坐满了附近的老人，一份两荤一素的套餐十五元。"
        ),
        zh_figure("https://pic2.zhimg.com/v2-market.jpg", "改造后的控江路菜场二楼"),
        zh_p("负责这个项目的规划师告诉我，最难的不是设计，而是说服各个部门把原本分开管理的空间放在一起。"),
        (
            "<blockquote>我们花了两年时间开会，真正施工只用了五个月。</blockquote>",
            "我们花了两年时间开会，真正施工只用了五个月。",
        ),
        zh_p(
            "当然，问题也不少。停车位减少以后，一些居民晚上找不到地方停车；新开的咖啡馆让房租上涨，几家老店已经搬走。城市更新到底为谁服务，这个问题值得一直追问下去。"
        ),
    ],
    site="知乎专栏",
    url="https://zhuanlan.zhihu.com/p/698812345",
)
page(
    "r28-ja-livedoor-blog",
    "Japanese livedoor Blog post (the blog's header and description, the date, the article title, the body parted by <br /><br /> with a picture link, the 人気ブログランキング and にほんブログ村 banners pasted at its end, Posted by, comments and the comment form, the pager, the sidebar's profile and archives)",
    "r28_livedoor",
    "只見線で会津若松から小出へ",
    "てつたび",
    "2024-05-18T21:14:00+09:00",
    [
        br_lines(
            "2022年に全線で運転を再開した只見線に、ようやく乗ってきました。会津若松駅を朝7時41分に出る小出行きは、2両編成のキハE120形でした。",
            "発車してしばらくは田んぼの中を走りますが、会津桧原を過ぎると只見川が見えてきます。第一只見川橋梁の手前では列車が速度を落としてくれるので、窓から写真を撮る人がたくさんいました。",
            picture="https://livedoor.blogimg.jp/tetsutabi/imgs/a/1/a1b2c3d4.jpg",
        ),
        ("<br /><br />", None),
        br_lines(
            "只見駅では乗り継ぎのために1時間ほど時間があったので、駅前の食堂で山菜そばを食べました。駅の待合室には、運転再開を祝う地元の小学生の絵が飾ってありました。",
            "六十里越のトンネルを抜けると新潟県です。小出駅に着いたのは12時過ぎ、約135kmを5時間近くかけた旅でした。次は紅葉の季節にもう一度乗りたいと思います。",
        ),
    ],
    site="てつたび日記",
)
page(
    "r28-uk-ucoz-news",
    "Ukrainian village site's news on uCoz (the header table with the date and greeting, the side blocks: menu, login form, search, calendar, statistics; the breadcrumbs, table.eBlock with td.eTitle, td.eMessage holding justified paragraphs and td.eDetails with category, views, who added it and the date, the comments and the registration notice, the Конструктор сайтів uCoz footer; no JSON-LD)",
    "r28_ucoz",
    "У Вишнівці відремонтували дах сільського клубу",
    "admin",
    "2024-05-21T10:15:00+03:00",
    [
        p(
            "Цього тижня в нашому селі завершили ремонт даху сільського клубу. Старе шиферне покриття, яке протікало вже кілька років, замінили на металочерепицю.",
            attrs=' style="text-align: justify;"',
        ),
        p(
            "Роботи коштували 286 тисяч гривень. Половину суми виділила громада, решту зібрали жителі села та підприємці, які працюють у Вишнівці.",
            attrs=' style="text-align: justify;"',
        ),
        p(
            "Як розповіла завідувачка клубу Галина Петрівна, тепер тут знову зможуть займатися гуртки, а в червні планують провести свято випускників.",
            attrs=' style="text-align: justify;"',
        ),
        p(
            "Сільська рада дякує всім, хто долучився до збору коштів, і нагадує, що наступним кроком має стати заміна вікон.",
            attrs=' style="text-align: justify;"',
        ),
    ],
    site="Село Вишнівка",
)
page(
    "r28-el-webforms-federation",
    "Greek sports federation's announcement on ASP.NET Web Forms (form#form1 around the page with __VIEWSTATE, ctl00_ ids, the menu, the date span, the title, the body in a label's span: paragraphs, a list of dates, the secretariat's sign-off; attachments, the back link, latest news, sponsors, the footer; no JSON-LD)",
    "r28_webforms",
    "Προκήρυξη Πανελληνίου Πρωταθλήματος Κωπηλασίας Ανοιχτής Θάλασσας 2024",
    "Γραμματεία",
    "2024-05-20T12:00:00+03:00",
    [
        p(
            "Η Ομοσπονδία ανακοινώνει ότι το Πανελλήνιο Πρωτάθλημα Κωπηλασίας Ανοιχτής Θάλασσας 2024 θα διεξαχθεί στο Ναύπλιο, από τις 14 έως τις 16 Ιουνίου, με τη συνεργασία του Ναυτικού Ομίλου Ναυπλίου."
        ),
        p(
            "Στους αγώνες μπορούν να λάβουν μέρος αθλητές και αθλήτριες των σωματείων-μελών που έχουν ισχύον δελτίο αθλητικής ιδιότητας και κάρτα υγείας."
        ),
        p("Οι σημαντικές ημερομηνίες είναι οι εξής:"),
        el_list(
            "Λήξη δηλώσεων συμμετοχής: Παρασκευή 31 Μαΐου 2024",
            "Σύσκεψη αρχηγών ομάδων: Πέμπτη 13 Ιουνίου 2024, ώρα 19:00",
            "Έναρξη αγώνων: Παρασκευή 14 Ιουνίου 2024, ώρα 09:00",
        ),
        p(
            "Οι δηλώσεις συμμετοχής υποβάλλονται μόνο ηλεκτρονικά, με το έντυπο που επισυνάπτεται. Δηλώσεις που θα σταλούν μετά την προθεσμία δεν θα γίνουν δεκτές."
        ),
        p("Από τη Γραμματεία της Ομοσπονδίας"),
    ],
    site="Ελληνική Ομοσπονδία Κωπηλασίας Ανοιχτής Θάλασσας",
)
page(
    "r28-he-govil-press-release",
    "Hebrew ministry press release on gov.il (the skip link, the government header with its language menu, breadcrumbs, the title, the publish date and topics, the office, the body in div.content-body with a quotation, the attachment, the share bar, the was-this-useful feedback, the state's footer; right to left, no JSON-LD)",
    "r28_govil",
    "רכבות לילה יפעלו בין תל אביב לחיפה החל מיוני",
    "משרד התחבורה והבטיחות בדרכים",
    "2024-05-20T11:00:00+03:00",
    [
        p(
            "משרד התחבורה והבטיחות בדרכים ורכבת ישראל הודיעו היום כי החל מ-2 ביוני יפעלו רכבות לילה בין תל אביב לחיפה, בכל לילות השבוע למעט מוצאי שבת."
        ),
        p(
            "הרכבות יצאו פעם בשעה בין השעות 00:00 ל-05:00 ויעצרו בתחנות תל אביב סבידור מרכז, הרצליה, נתניה, חדרה מערב, בנימינה וחיפה חוף הכרמל."
        ),
        p(
            "שרת התחבורה מסרה: \u201cרכבות הלילה יאפשרו לעובדי משמרות, לסטודנטים ולבילויים לחזור הביתה בבטחה ובלי רכב פרטי. זה צעד נוסף בהפיכת התחבורה הציבורית לזמינה בכל שעות היממה.\u201d"
        ),
        p(
            "מחיר הנסיעה בלילה יהיה זהה למחיר הנסיעה ביום, וניתן יהיה לשלם ברב-קו ובאפליקציות התשלום. בתום שלושה חודשי הפעלה ייבחן הביקוש, ובהתאם לו תישקל הרחבת השירות לקווים נוספים."
        ),
    ],
    site="gov.il",
)
page(
    "r28-id-moodle-announcement",
    "Indonesian school announcement in Moodle 4's site news forum (the navbar with Anda belum masuk, breadcrumbs and the Pengumuman situs page header, the discussion name, the forum post with its subject, oleh <writer> - <date>, the post content with a numbered list, Permalink, the previous and next discussion links, the footer with the mobile app and Didukung oleh Moodle; no JSON-LD)",
    "r28_moodle",
    "Rapat orang tua dan wali murid kelas XII",
    "Dra. Siti Rahmawati",
    "2024-05-20T07:30:00+07:00",
    [
        p("Assalamualaikum warahmatullahi wabarakatuh."),
        p(
            "Dengan hormat, kami mengundang Bapak/Ibu orang tua dan wali murid kelas XII untuk menghadiri rapat persiapan kelulusan dan penerimaan rapor yang akan dilaksanakan pada:"
        ),
        moodle_list(
            "Hari/tanggal: Sabtu, 25 Mei 2024",
            "Waktu: pukul 08.00 sampai 11.00 WIB",
            "Tempat: Aula SMA Negeri 3 Sukamaju",
        ),
        p(
            "Dalam rapat ini akan dibahas jadwal pengumuman kelulusan, pengambilan ijazah, serta rencana acara pelepasan siswa. Mengingat pentingnya acara ini, kami mohon Bapak/Ibu dapat hadir tepat waktu."
        ),
        p(
            "Bagi orang tua yang berhalangan hadir, mohon memberi kabar kepada wali kelas masing-masing paling lambat hari Jumat, 24 Mei 2024."
        ),
        p("Wassalamualaikum warahmatullahi wabarakatuh."),
    ],
    site="E-Learning SMA Negeri 3 Sukamaju",
)
page(
    "r28-ro-eu-presscorner",
    "Romanian European Commission press release on the press corner (the ECL site header with the language selector and search, breadcrumbs, the page header with kind, date and place, the title, the body in div.ecl-paragraph with a bold lead, a commissioner's quotation and a Context section; Informații suplimentare links, press contacts with telephone numbers, the public enquiries line, the details aside with the number, languages and Print friendly pdf, the ECL footer; no JSON-LD)",
    "r28_presscorner",
    "Politica de coeziune: peste 180 de milioane EUR pentru tramvaiele din Iași și Craiova",
    "Comisia Europeană",
    "2024-05-21T12:00:00+02:00",
    [
        p(
            "<strong>Comisia Europeană a aprobat astăzi o investiție de peste 180 de milioane EUR din Fondul european de dezvoltare regională pentru modernizarea rețelelor de tramvai din Iași și Craiova.</strong>"
        ),
        p(
            "Proiectele prevăd achiziționarea a 36 de tramvaie noi, reabilitarea a aproape 30 de kilometri de cale de rulare și modernizarea depourilor. Lucrările ar urma să se încheie până la sfârșitul anului 2027."
        ),
        p(
            "Comisarul pentru coeziune și reforme a declarat: \u201eTramvaiele moderne înseamnă aer mai curat și drumuri mai scurte spre școală și spre locul de muncă pentru sute de mii de oameni. Este un exemplu concret al modului în care politica de coeziune schimbă viața de zi cu zi în orașele României.\u201d"
        ),
        h("Context"),
        p(
            "Fondul european de dezvoltare regională sprijină investițiile care reduc decalajele dintre regiunile Uniunii. În perioada 2021-2027, România beneficiază de aproximativ 31 de miliarde EUR din fondurile politicii de coeziune, dintre care o parte importantă este destinată transportului urban curat."
        ),
    ],
    site="Comisia Europeană",
)
page(
    "r28-hu-serendipity-blog",
    "Hungarian garden blog on Serendipity's 2k11 template (the banner with the blog's description and search, the menu, the entry's title, Írta <writer> | <date>, the entry body and the extended entry with a heading and a list, the footer with category, comments and trackbacks, the comments and the comment form, the sidebar's calendar, archives, categories, admin login and Powered by Serendipity; no JSON-LD)",
    "r28_s9y",
    "Paradicsompalánták kiültetése a fagyosszentek után",
    "Kovács Eszter",
    "2024-05-19T16:05:00+02:00",
    [
        s9y_body(
            "Idén is megvártam a fagyosszenteket, és csak május közepén ültettem ki a paradicsompalántákat. Harminckét tő került a kertbe, nyolc különböző fajtából.",
            "A palántákat március elején vetettem az ablakpárkányon, és április végétől minden nap pár órára kivittem őket a teraszra, hogy hozzászokjanak a naphoz és a szélhez.",
        ),
        s9y_extended(
            p(
                "Az ültetőgödrök aljára egy-egy marék érett komposztot tettem, a palántákat pedig a szokottnál mélyebbre ültettem, mert a szár földbe kerülő részén is gyökerek fejlődnek."
            ),
            h("Amit idén másképp csinálok"),
            el_list(
                "A sorok közé bársonyvirágot ültettem a kártevők ellen.",
                "A támrendszert már most felállítottam, nem várok vele júniusig.",
                "Csalánlével trágyázok kéthetente.",
            ),
            p("Ha minden jól megy, július közepén már az első paradicsomokat szedhetjük."),
        ),
    ],
    site="Kerti napló",
)
page(
    "r28-es-flarum-announcement",
    "Spanish club's Flarum forum discussion as the server renders it for no JavaScript (the header with the forum's name, the loading and error lines, the JavaScript notice, noscript#flarum-content with the title, the announcement post by its writer and three replies parted by <hr>, Página siguiente; no JSON-LD)",
    "r28_flarum",
    "Salida de escalada a Riglos: 8 y 9 de junio",
    "junta_directiva",
    "2024-05-20T19:00:00+02:00",
    [
        p(
            "Hola a todos. Como cada primavera, el club organiza una salida de escalada a los Mallos de Riglos el fin de semana del 8 y 9 de junio."
        ),
        p(
            "Saldremos el sábado a las 7:00 desde el aparcamiento del polideportivo. Dormiremos en el refugio de Riglos, que ya tenemos reservado para 24 personas, así que las plazas son limitadas."
        ),
        p(
            "La salida está pensada para socios con experiencia en vías de varios largos. Quien quiera iniciarse puede apuntarse a las prácticas del sábado por la tarde en la escuela de El Puro, con monitores del club."
        ),
        p(
            "El precio es de 35 euros por persona e incluye el refugio y la cena del sábado. Para inscribirse hay que rellenar el formulario de la web antes del 1 de junio."
        ),
    ],
    site="Foro del Club Alpino Araiz",
)
page(
    "r28-fr-dokuwiki-news",
    "French astronomy club's news page on DokuWiki's default template (the skip link, the wiki's name and claim, user and site tools with search, Piste: breadcrumbs, the sidebar, the page id, the table of contents, the h1 and level divs with h2 sections, a list and paragraphs, Dernière modification, the page tools, the CC licence and Driven by DokuWiki buttons; no JSON-LD)",
    "r28_dokuwiki",
    "Nuit des étoiles 2024",
    "Claire Morvan",
    "2024-05-18T21:40:00+02:00",
    [
        dw_level(
            1,
            p(
                "Comme chaque année, le club participe à la Nuit des étoiles. Rendez-vous le samedi 3 août à l'observatoire de la Chaussée, à Saint-Père-en-Retz, à partir de 20 h 30. L'entrée est libre et gratuite."
            ),
        ),
        dw_h2("Programme", "programme", 2),
        dw_level(
            2,
            dw_list(
                "20 h 30 : conférence « Saturne et ses anneaux » par Jean-Marc Le Goff",
                "22 h 00 : observation de la Lune et de Saturne aux télescopes du club",
                "23 h 30 : observation des Perséides, allongés sur la pelouse",
            ),
            p(
                "Les enfants pourront fabriquer une carte du ciel pendant la soirée avec les animateurs du club."
            ),
        ),
        dw_h2("Infos pratiques", "infos_pratiques", 3),
        dw_level(
            2,
            p(
                "Pensez à apporter un vêtement chaud et une lampe rouge. En cas de ciel couvert, la conférence est maintenue et suivie d'une visite de l'observatoire."
            ),
        ),
    ],
    site="Wiki de l'association Retz Astronomie",
)
page(
    "r28-en-lemmy-post",
    "English text post on a Lemmy instance (the navbar with Communities, Create Post, Support Lemmy, Login and Sign Up, the vote bar and score, the title, the poster to the community with the age, the comment count and share/save/report, the markdown body with a list and a link, the comment form, a comment tree, the community sidebar with subscribers and rules, the Lemmy footer; no JSON-LD)",
    "r28_lemmy",
    "Mill Road cycle lane is finally getting kerbs: the council's plans, summarised",
    "cambridge_pedals",
    "2024-05-20T08:12:00+01:00",
    [
        p(
            "The council published the final design for the Mill Road cycle lane on Friday, and after two years of paint and plastic wands it is getting proper stepped kerbs along the whole 1.2 km stretch."
        ),
        p("I read through the 60-page report so you don't have to. The main points:"),
        el_list(
            "Work starts on 8 July and should take about ten weeks, done in four sections so the road never closes completely.",
            "The lane will be 2 metres wide, with a 0.5 metre buffer where it passes parked cars.",
            "The two bus stops get floating bus stop islands, with zebra crossings to reach them.",
            "Loading bays move to the side streets, which the traders' association is not happy about.",
        ),
        p(
            "The report also says collisions involving cyclists on Mill Road fell from 14 to 6 a year after the temporary lane went in, which is the number that seems to have won the vote."
        ),
        p(
            'There is a <a href="https://consult.fenwick.example/millroad">drop-in session at the library on 4 June</a> if you want to see the drawings in person.'
        ),
    ],
    site="fen.social",
)
page(
    "r28-en-sphinx-ablog-post",
    "English project blog post written with Sphinx's ABlog on the Alabaster theme (the h1 and section h2s with ¶ header links, paragraphs, a list, a code block, ABlog's previous and next links, the sidebar with the logo, date, author, tags, recent posts and quick search, the Powered by Sphinx & Alabaster | Page source footer; no JSON-LD)",
    "r28_ablog",
    "Tidewater 2.0 released",
    "Priya Raman",
    "2024-05-20T09:00:00+00:00",
    [
        p(
            "We are happy to announce Tidewater 2.0, the first major release in three years. It brings a new storage engine, a simpler configuration format and support for Python 3.12."
        ),
        sx_section(
            "what-s-new",
            "What's new",
            p(
                "The new storage engine writes tide gauge readings in compressed columns, which makes a year of one-minute readings about eight times smaller on disk and queries over long ranges four times faster."
            ),
            p(
                "Configuration now lives in a single <code>tidewater.toml</code> file. The old INI files are still read, with a warning, until version 2.2."
            ),
        ),
        sx_section(
            "upgrading",
            "Upgrading",
            p("Existing stores have to be converted once. Stop any running collectors first, then run:"),
            sx_code("tidewater migrate --from 1.9 data/"),
            p(
                "The conversion keeps the old files until you remove them, so it is safe to run again if it is interrupted."
            ),
        ),
        sx_section(
            "thanks",
            "Thanks",
            p(
                "This release had 41 contributors, 17 of them for the first time. Thank you all, and thanks to the harbour authorities who lent us their gauges' data for testing."
            ),
        ),
    ],
    site="Tidewater",
)
page(
    "r28-en-sharepoint-news",
    "English council news post on SharePoint Online's modern pages (the suite bar, the site header with its navigation and Following/Share buttons, the page header with the title in a role=heading div, the author byline with role and the date, the canvas with rich text web parts and an image web part with its caption, a Related links quick links web part, the like/views/save bar, the comments; no JSON-LD)",
    "r28_sharepoint",
    "Library car park to close for resurfacing in June",
    "Hannah Okafor",
    "2024-05-21T09:30:00+01:00",
    [
        sp_rte(
            p(
                "The car park behind Fenwick Library will close from Monday 3 June for two weeks while the council resurfaces it and adds four electric vehicle charging bays."
            ),
            p(
                "The library itself stays open as usual. Blue badge holders can park in the marked bays on Church Street, which will be reserved for them during the works."
            ),
        ),
        sp_image("/sites/news/SiteAssets/SitePages/car-park.jpg", "The library car park on Church Street"),
        sp_rte(
            p(
                "The work is part of a £1.3 million programme to repair the district's car parks this year. Cllr Ruth Adeyemi, cabinet member for transport, said the surface had been patched many times and was no longer safe for people with pushchairs or wheelchairs."
            ),
            p(
                "The nearest other car park is at the leisure centre, a five-minute walk away, where the first two hours will be free while the library car park is shut."
            ),
        ),
    ],
    site="Fenwick District Council",
)
page(
    "r28-en-dnn-school-news",
    "English school news on DNN's EasyDNNnews module (form#Form with __VIEWSTATE, the skin's logo and menu, the module's containers, the title, date, writer and category, the image, the summary box over the content, documents, print and share, tags, previous and next article links, the footer with address, Copyright, Terms Of Use, Privacy Statement, Login)",
    "r28_dnn",
    "Year 12 visit the University of Leeds",
    "Mr T. Bradshaw",
    "2024-05-20T15:00:00+01:00",
    [
        edn_summary("Sixty students spent a day on campus finding out about university life."),
        edn_content(
            p(
                "On Thursday sixty of our Year 12 students travelled to the University of Leeds for a taster day organised with the university's outreach team."
            ),
            p(
                "They attended a lecture on climate science, took part in a chemistry workshop and had lunch in the students' union. Current students, two of them former Ashgrove pupils, showed them round the campus and answered questions about student finance and accommodation."
            ),
            p(
                "Maya, one of the students, said the day had changed her mind about studying away from home. \u201cI thought it would feel huge and scary, but everyone was really friendly.\u201d"
            ),
            p(
                "A second visit, to Sheffield Hallam University, is planned for July. Parents will receive a letter and consent form next week."
            ),
        ),
    ],
    site="Ashgrove Academy",
)
page(
    "r28-en-jupyter-notebook-post",
    "English data post that is a Jupyter notebook exported by nbconvert's lab template (body.jp-Notebook, markdown cells with the title and a heading with ¶ anchor links, code cells with In [n]: prompts and highlighted code, outputs with Out[n]: prompts; no site furniture, no JSON-LD)",
    "r28_jupyter",
    "How often does the 7:42 run late?",
    "",
    "2024-05-20T00:00:00+00:00",
    [
        jp_md(
            '<h1 id="How-often-does-the-7:42-run-late?">How often does the 7:42 run late?<a class="anchor-link" href="#How-often-does-the-7:42-run-late?">¶</a></h1>'
            "<p>I have taken the 7:42 from Ely to Cambridge every weekday for a year, and it always feels late. The operator publishes its arrival times, so I downloaded a year of them to check.</p>",
            "I have taken the 7:42 from Ely to Cambridge every weekday for a year, and it always feels late. The operator publishes its arrival times, so I downloaded a year of them to check.",
        ),
        jp_code(
            1,
            '<span class="kn">import</span> <span class="nn">pandas</span> <span class="k">as</span> <span class="nn">pd</span>\n'
            '<span class="n">trains</span> <span class="o">=</span> <span class="n">pd</span><span class="o">.</span><span class="n">read_csv</span><span class="p">(</span><span class="s2">"ely_0742.csv"</span><span class="p">)</span>\n'
            '<span class="nb">len</span><span class="p">(</span><span class="n">trains</span><span class="p">)</span>',
            "248",
        ),
        jp_md(
            "<p>That is 248 runs. A train counts as late here if it reaches Cambridge five minutes or more after the timetable says.</p>",
            "That is 248 runs. A train counts as late here if it reaches Cambridge five minutes or more after the timetable says.",
        ),
        jp_code(
            2,
            '<span class="p">(</span><span class="n">trains</span><span class="o">.</span><span class="n">delay_min</span> <span class="o">&gt;=</span> <span class="mi">5</span><span class="p">)</span><span class="o">.</span><span class="n">mean</span><span class="p">()</span>',
            "0.2217741935483871",
        ),
        jp_md(
            '<h2 id="So-is-it-late?">So is it late?<a class="anchor-link" href="#So-is-it-late?">¶</a></h2>'
            "<p>About one run in five. That is worse than the line's average, but not the every-day lateness it feels like. Most of the late runs were in November and December, when leaves on the line slow every train down.</p>",
            "So is it late?\n\nAbout one run in five. That is worse than the line's average, but not the every-day lateness it feels like. Most of the late runs were in November and December, when leaves on the line slow every train down.",
        ),
    ],
    site="Notebooks",
    url="https://notebooks.example/ely-0742.html",
)
