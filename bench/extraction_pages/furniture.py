"""The site furniture of the pages in ``bench/extraction_pages``: menus, banners, ads, lists of other
stories, footers and scripts, in several sites' styles (and languages), around an article's parts.

Each skin takes a page (a dict written in ``build.py``) and the article's HTML, and returns the whole page.
The other stories' headlines and teasers rotate with the page's number, so that no two pages carry the
same furniture in the same order.
"""

from __future__ import annotations

import json
from html import escape

HEADLINES = [
    (
        "Council approves new cycle lanes after two-year row",
        "Residents on both sides of the debate packed the chamber as the vote went through by a single voice.",
    ),
    (
        "Rail fares to rise 4.9% from March, operators confirm",
        "Commuters face another increase despite complaints about cancellations across the network this winter.",
    ),
    (
        "Inside the lab racing to build a better battery",
        "A team of chemists believes sodium could do what lithium does for a fraction of the price.",
    ),
    (
        "Why your energy bill may go up again this spring",
        "The regulator's new cap takes effect in April, and analysts expect a modest rise for most homes.",
    ),
    (
        "Five things we learned from the weekend's matches",
        "A late winner, a red card row and a goalkeeper who cannot stop saving penalties.",
    ),
    (
        "The small-town bakery that went viral overnight",
        "A video of the owner's sourdough technique has been watched more than eleven million times.",
    ),
    (
        "Hospital waiting lists fall for the first time in a year",
        "Figures published on Thursday show a slight drop, though the backlog remains near record levels.",
    ),
    (
        "Astronomers spot rare double comet near Jupiter",
        "The pair, which split apart decades ago, will be visible through amateur telescopes next month.",
    ),
    (
        "Opinion: We should stop building car parks in city centres",
        "Every space given over to parking is a space taken from people who live and work in town.",
    ),
    (
        "Storm warning issued for coastal areas as winds strengthen",
        "Gusts of up to 80mph are expected along exposed western coasts overnight on Tuesday.",
    ),
    (
        "Teachers vote to accept revised pay offer",
        "The union said the deal was not perfect but would put an end to months of uncertainty.",
    ),
    (
        "Stock markets slide as tech shares tumble",
        "Investors sold chip makers after a disappointing forecast from one of the sector's biggest names.",
    ),
    (
        "Watch: Otters return to river after fifty-year absence",
        "Wildlife cameras captured the family playing beneath a footbridge in the early morning light.",
    ),
    (
        "The best budget headphones you can buy this year",
        "We tested twenty pairs under 100 dollars so that you do not have to.",
    ),
    (
        "Museum returns looted bronze statues to Nigeria",
        "The handover ceremony took place in Benin City in front of hundreds of guests.",
    ),
    (
        "Mortgage rates edge lower for third week in a row",
        "Lenders have trimmed their fixed-rate deals as expectations of a cut in interest rates grow.",
    ),
]

LOCALES = {
    "en": {
        "menu": [
            "Home",
            "News",
            "World",
            "Business",
            "Politics",
            "Tech",
            "Science",
            "Health",
            "Sport",
            "Culture",
            "Opinion",
            "Video",
        ],
        "most_read": "Most read",
        "related": "More stories",
        "ad": "Advertisement",
        "share": "Share this article",
        "cookie": "We use cookies and similar technologies to personalise content and ads, and to analyse our traffic. By clicking \u201cAccept all\u201d you agree to our use of cookies.",
        "accept": "Accept all",
        "newsletter": "Get our morning briefing in your inbox every weekday. Sign up now, it only takes a minute.",
        "signup": "Sign up",
        "footer": [
            "About us",
            "Contact",
            "Careers",
            "Advertise with us",
            "Terms of use",
            "Privacy policy",
            "Cookie settings",
        ],
        "rights": "All rights reserved.",
        "by": "By",
        "search": "Search",
    },
    "ar": {
        "menu": [
            "الرئيسية",
            "أخبار",
            "العالم",
            "اقتصاد",
            "سياسة",
            "تكنولوجيا",
            "رياضة",
            "ثقافة",
            "رأي",
            "فيديو",
        ],
        "most_read": "الأكثر قراءة",
        "related": "اقرأ أيضاً",
        "ad": "إعلان",
        "share": "شارك المقال",
        "cookie": "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا. باستمرارك في التصفح فإنك توافق على سياسة الخصوصية.",
        "accept": "موافق",
        "newsletter": "اشترك في نشرتنا البريدية لتصلك أهم الأخبار كل صباح.",
        "signup": "اشترك",
        "footer": ["من نحن", "اتصل بنا", "أعلن معنا", "سياسة الخصوصية", "شروط الاستخدام"],
        "rights": "جميع الحقوق محفوظة.",
        "by": "بقلم",
        "search": "بحث",
        "headlines": [
            (
                "ارتفاع أسعار الذهب إلى مستوى قياسي جديد",
                "سجل المعدن الأصفر مكاسب جديدة مع تزايد الطلب على الملاذات الآمنة.",
            ),
            ("افتتاح معرض الكتاب بمشاركة ألف دار نشر", "يستمر المعرض عشرة أيام ويضم ندوات وأمسيات شعرية."),
            ("المنتخب يستعد لمواجهة حاسمة في التصفيات", "أعلن المدرب قائمة تضم ثلاثة وعشرين لاعباً."),
            ("توقعات بأمطار غزيرة على المناطق الشمالية", "حذرت الأرصاد الجوية من تشكل السيول في الأودية."),
            ("البنك المركزي يبقي أسعار الفائدة دون تغيير", "قال المحافظ إن التضخم يسير في الاتجاه الصحيح."),
        ],
    },
    "he": {
        "menu": ["ראשי", "חדשות", "בארץ", "בעולם", "כלכלה", "ספורט", "תרבות", "דעות", "בריאות"],
        "most_read": "הנקראים ביותר",
        "related": "עוד כתבות",
        "ad": "פרסומת",
        "share": "שתפו את הכתבה",
        "cookie": "אתר זה משתמש בעוגיות כדי לשפר את חוויית הגלישה. המשך הגלישה מהווה הסכמה לתנאי השימוש.",
        "accept": "אישור",
        "newsletter": "הירשמו לניוזלטר שלנו וקבלו את עיקרי החדשות בכל בוקר.",
        "signup": "הרשמה",
        "footer": ["אודות", "צור קשר", "פרסמו אצלנו", "מדיניות פרטיות", "תנאי שימוש"],
        "rights": "כל הזכויות שמורות.",
        "by": "מאת",
        "search": "חיפוש",
        "headlines": [
            (
                "מחירי הדירות עלו בפעם השלישית ברציפות",
                "לפי נתוני הלשכה המרכזית לסטטיסטיקה העלייה נרשמה בכל האזורים.",
            ),
            ("הרכבת הקלה תפעל גם בסופי שבוע", "משרד התחבורה אישר את התוכנית לאחר דיונים ממושכים."),
            ("שיא חדש במספר התיירים שביקרו בעיר", "בתי המלון דיווחו על תפוסה מלאה כמעט לאורך כל הקיץ."),
            ("מכבי ניצחה בדרבי אחרי משחק דרמטי", "השער המכריע הובקע בדקה האחרונה של תוספת הזמן."),
        ],
    },
    "zh": {
        "menu": ["首页", "新闻", "国际", "财经", "科技", "体育", "娱乐", "汽车", "房产", "视频"],
        "most_read": "热门排行",
        "related": "相关新闻",
        "ad": "广告",
        "share": "分享到",
        "cookie": "本网站使用Cookie以改善您的浏览体验，继续浏览即表示您同意我们的隐私政策。",
        "accept": "同意",
        "newsletter": "订阅我们的每日早报，第一时间获取重要新闻。",
        "signup": "订阅",
        "footer": ["关于我们", "联系我们", "广告服务", "隐私政策", "网站地图", "京ICP备12345678号"],
        "rights": "版权所有，未经授权不得转载。",
        "by": "记者",
        "search": "搜索",
        "headlines": [
            ("多地出台新政支持新能源汽车消费", "业内人士认为相关政策将进一步释放市场潜力。"),
            ("今年高考报名人数再创新高", "教育部表示将全力做好考试组织和安全保障工作。"),
            ("国产大飞机完成首次商业航班", "航班从上海虹桥机场起飞，平稳降落在北京首都机场。"),
            ("春运期间铁路客流预计超过四亿人次", "铁路部门将加开夜间高铁列车满足旅客出行需求。"),
            ("科学家发现新的恐龙化石", "化石保存完整，对研究鸟类起源具有重要意义。"),
        ],
    },
    "ja": {
        "menu": ["トップ", "国内", "国際", "経済", "エンタメ", "スポーツ", "IT", "科学", "ライフ", "地域"],
        "most_read": "アクセスランキング",
        "related": "関連記事",
        "ad": "広告",
        "share": "この記事をシェア",
        "cookie": "当サイトではクッキーを使用しています。サイトの閲覧を続けることで、クッキーの使用に同意したものとみなされます。",
        "accept": "同意する",
        "newsletter": "毎朝のニュースレターでその日の主要ニュースをお届けします。",
        "signup": "登録する",
        "footer": ["会社概要", "お問い合わせ", "広告掲載", "プライバシーポリシー", "利用規約"],
        "rights": "無断転載を禁じます。",
        "by": "記者",
        "search": "検索",
        "headlines": [
            ("桜の開花、平年より一週間早く", "気象庁によると東京都心では三月中旬に開花する見込みです。"),
            ("新幹線の新型車両、来春デビューへ", "座席の幅を広げ、全席にコンセントを設置しました。"),
            ("円相場、一時一ドル百五十円台に", "日米の金利差を意識した円売りが続いています。"),
            ("高校野球、延長十三回の熱戦制す", "決勝打は代打で起用された二年生でした。"),
        ],
    },
    "ko": {
        "menu": ["홈", "정치", "경제", "사회", "국제", "문화", "스포츠", "연예", "오피니언"],
        "most_read": "많이 본 뉴스",
        "related": "관련 기사",
        "ad": "광고",
        "share": "공유하기",
        "cookie": "이 사이트는 더 나은 서비스를 위해 쿠키를 사용합니다. 계속 이용하시면 쿠키 사용에 동의하는 것으로 간주됩니다.",
        "accept": "동의",
        "newsletter": "매일 아침 주요 뉴스를 이메일로 받아보세요.",
        "signup": "구독하기",
        "footer": ["회사소개", "고객센터", "광고문의", "개인정보처리방침", "이용약관"],
        "rights": "무단 전재 및 재배포 금지.",
        "by": "기자",
        "search": "검색",
        "headlines": [
            ("서울 아파트 매매가격 3주 연속 상승", "전문가들은 금리 인하 기대감이 반영된 것으로 분석했다."),
            ("프로야구 개막전 전 구장 매진", "올해 관중 수가 역대 최다를 기록할 것으로 예상된다."),
            ("반도체 수출 두 달 연속 증가세", "인공지능 서버용 메모리 수요가 실적을 이끌었다."),
            ("주말 전국에 비 소식, 기온 뚝", "기상청은 강풍과 함께 많은 비가 내릴 것으로 예보했다."),
        ],
    },
}


def _headlines(page: dict, count: int, offset: int = 0) -> list[tuple[str, str]]:
    pool = LOCALES[page.get("lang", "en")].get("headlines", HEADLINES)
    start = page["number"] * 3 + offset
    return [pool[(start + i) % len(pool)] for i in range(count)]


def _slug(text: str) -> str:
    return "-".join("".join(c for c in text.lower() if c.isalnum() or c == " ").split())[:60] or "story"


def ad(page: dict, slot: int) -> str:
    label = LOCALES[page.get("lang", "en")]["ad"]
    return (
        f'<div class="ad-slot ad-inline" id="ad-mid-{slot}" data-ad-unit="/1234/news/article_mid{slot}">'
        f'<span class="ad-label">{label}</span><div id="div-gpt-ad-{slot}-0" style="min-height:250px"></div>'
        f"<script>googletag.cmd.push(function(){{googletag.display('div-gpt-ad-{slot}-0');}});</script></div>"
    )


def related_card(page: dict, offset: int) -> str:
    ((headline, teaser),) = _headlines(page, 1, offset)
    return (
        f'<aside class="related-inline"><span class="related-label">Related</span>'
        f'<a href="/news/{_slug(headline)}"><img src="/img/{offset}.jpg" alt=""><h3>{headline}</h3>'
        f"<p>{teaser}</p></a></aside>"
    )


def _head(page: dict, extra: str = "") -> str:
    ld = {
        "@context": "https://schema.org",
        "@type": page.get("ld_type", "NewsArticle"),
        "headline": page["title"],
        "datePublished": page["date"],
        "author": {"@type": "Person", "name": page["author"]},
        "publisher": {"@type": "Organization", "name": page["site"]},
    }
    return (
        f'<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(page['title'])} | {page['site']}</title>"
        f'<meta name="description" content="{escape(page.get("dek", page["title"]))}">'
        f'<meta property="og:title" content="{escape(page["title"])}"><meta property="og:type" content="article">'
        f'<meta property="og:site_name" content="{page["site"]}">'
        f'<meta property="article:published_time" content="{page["date"]}">'
        f'<link rel="canonical" href="{page["url"]}"><link rel="stylesheet" href="/static/css/main.4f2a9c.css">'
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        "<script>window.dataLayer=window.dataLayer||[];dataLayer.push({'pageType':'article','section':'news'});"
        "(function(w,d,s){var g=d.createElement(s);g.async=true;g.src='https://www.googletagmanager.com/gtm.js?id=GTM-X1';"
        "d.head.appendChild(g);})(window,document,'script');</script>"
        '<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>'
        f"<style>.ad-slot{{background:#f4f4f4}}.visually-hidden{{position:absolute;clip:rect(0 0 0 0)}}</style>{extra}"
    )


def _menu(page: dict) -> str:
    words = LOCALES[page.get("lang", "en")]["menu"]
    return "".join(f'<li><a href="/{_slug(w) or i}/">{w}</a></li>' for i, w in enumerate(words))


def _footer(page: dict) -> str:
    locale = LOCALES[page.get("lang", "en")]
    links = "".join(f'<li><a href="/{i}">{w}</a></li>' for i, w in enumerate(locale["footer"]))
    return (
        f'<footer class="site-footer"><div class="footer-brand">{page["site"]}</div><ul class="footer-links">{links}</ul>'
        f'<p class="copyright">\u00a9 2024 {page["site"]}. {locale["rights"]}</p></footer>'
        '<script src="/static/js/vendor.8d1e.js"></script><script src="/static/js/article.77aa.js" defer></script>'
    )


def _most_read(page: dict, count: int, teasers: bool = False) -> str:
    locale = LOCALES[page.get("lang", "en")]
    items = "".join(
        f'<li><a href="/news/{_slug(h)}"><span class="rank">{i + 1}</span><span class="headline">{h}</span></a>'
        + (f"<p>{t}</p>" if teasers else "")
        + "</li>"
        for i, (h, t) in enumerate(_headlines(page, count, 5))
    )
    return f'<section class="most-read"><h2>{locale["most_read"]}</h2><ol>{items}</ol></section>'


def _related(page: dict, count: int) -> str:
    locale = LOCALES[page.get("lang", "en")]
    cards = "".join(
        f'<div class="card"><a href="/news/{_slug(h)}"><img src="/img/r{i}.jpg" alt="{h}"><h3>{h}</h3></a><p>{t}</p></div>'
        for i, (h, t) in enumerate(_headlines(page, count, 9))
    )
    return f'<section class="related-stories"><h2>{locale["related"]}</h2><div class="cards">{cards}</div></section>'


def _byline(page: dict) -> str:
    locale = LOCALES[page.get("lang", "en")]
    return (
        f'<div class="byline"><span class="author">{locale["by"]} <a href="/authors/{_slug(page["author"])}" rel="author">'
        f'{page["author"]}</a></span> <time datetime="{page["date"]}">{page["date"][:10]}</time></div>'
    )


def news(page: dict, article: str) -> str:
    """A newspaper's article page: cookie banner, header and menu, the article, a sidebar, cards, footer."""
    locale = LOCALES[page.get("lang", "en")]
    lang, direction = page.get("lang", "en"), ' dir="rtl"' if page.get("lang") in ("ar", "he") else ""
    return (
        f'<!DOCTYPE html><html lang="{lang}"{direction}><head>{_head(page)}</head><body class="article-page">'
        f'<div id="cookie-consent" class="cmp-banner"><p>{locale["cookie"]}</p><button>{locale["accept"]}</button></div>'
        f'<header class="site-header"><a class="logo" href="/">{page["site"]}</a>'
        f'<nav class="main-nav" aria-label="Main"><ul>{_menu(page)}</ul></nav>'
        f'<form class="search" action="/search"><input name="q" placeholder="{locale["search"]}"></form></header>'
        f'<div class="ad-slot ad-leaderboard"><span class="ad-label">{locale["ad"]}</span><div id="div-gpt-ad-top"></div></div>'
        f'<main id="main-content"><div class="container"><article class="article">'
        f'<header class="article-header"><div class="kicker"><a href="/news/">{page.get("section", "News")}</a></div>'
        f'<h1 class="headline">{page["title"]}</h1>{_byline(page)}</header>'
        f'<div class="article-body">{article}</div>'
        f'<div class="share-tools"><span>{locale["share"]}</span><a href="#">Facebook</a><a href="#">X</a><a href="#">WhatsApp</a><a href="#">Email</a></div>'
        f"{page.get('after_article', '')}</article>"
        f'<aside class="sidebar">{_most_read(page, page.get("most_read", 6))}'
        f'<div class="newsletter-box"><p>{locale["newsletter"]}</p><form><input type="email"><button>{locale["signup"]}</button></form></div>'
        f"</aside></div></main>{_related(page, 4)}{_footer(page)}</body></html>"
    )


def magazine(page: dict, article: str) -> str:
    """A magazine's page: everything inside <main>, a long "most read" list with teasers under the
    article, a newsletter box and a big footer."""
    locale = LOCALES[page.get("lang", "en")]
    return (
        f'<!DOCTYPE html><html lang="{page.get("lang", "en")}"><head>{_head(page)}</head><body>'
        f'<a class="skip-link visually-hidden" href="#main">Skip to content</a>'
        f'<div class="topbar"><div class="brand"><a href="/">{page["site"]}</a></div>'
        f'<div class="menu-drawer"><ul>{_menu(page)}</ul></div><a class="subscribe-btn" href="/subscribe">Subscribe</a></div>'
        f'<main id="main"><div class="layout">'
        f'<div class="post-header"><p class="rubric">{page.get("section", "Features")}</p><h1>{page["title"]}</h1>'
        f'<p class="post-meta">{locale["by"]} <a href="/contributors/{_slug(page["author"])}">{page["author"]}</a> \u00b7 {page["date"][:10]} \u00b7 {page.get("read_time", 6)} min read</p></div>'
        f'<div class="post-content entry-content">{article}</div>'
        f'<div class="post-tags">Filed under: <a href="/t/1">{page.get("section", "Features")}</a> <a href="/t/2">Long reads</a></div>'
        f"{page.get('after_article', '')}"
        f'<div class="author-box"><img src="/a.jpg" alt=""><p><strong>{page["author"]}</strong> is a contributing writer.</p></div>'
        f"{_most_read(page, page.get('most_read', 12), teasers=True)}"
        f'<div class="newsletter-inline"><h3>Newsletter</h3><p>{locale["newsletter"]}</p><button>{locale["signup"]}</button></div>'
        f"</div></main>{_footer(page)}</body></html>"
    )


def tabloid(page: dict, article: str) -> str:
    """A tabloid's div soup: no semantic elements, class names only, share bars and a long rail."""
    locale = LOCALES[page.get("lang", "en")]
    rail = "".join(
        f'<div class="puff"><a href="/news/article-{i}/{_slug(h)}.html"><img src="/i/{i}.jpg"><span class="puff-title">{h}</span></a>'
        f'<div class="puff-text">{t}</div><span class="comments-count">{(i * 37) % 400} comments</span></div>'
        for i, (h, t) in enumerate(_headlines(page, 8, 2))
    )
    return (
        f'<!DOCTYPE html><html lang="{page.get("lang", "en")}"><head>{_head(page)}</head><body>'
        f'<div id="page-container"><div class="masthead"><div class="logo-wrap"><a href="/">{page["site"]}</a></div>'
        f'<div class="nav-primary"><ul class="nav-list">{_menu(page)}</ul></div></div>'
        f'<div class="billboard-ad"><div class="adHolder">{locale["ad"]}</div></div>'
        f'<div class="columns"><div class="alpha" id="content"><div class="article-text wide">'
        f'<h2 class="art-title">{page["title"]}</h2>'
        f'<div class="author-section">{locale["by"]} <a class="author" href="/profile/{_slug(page["author"])}">{page["author"]}</a>'
        f' | <span class="article-timestamp">Published: {page["date"][:16].replace("T", " ")}</span></div>'
        f'<div class="social-share-bar"><ul><li class="share-fb">Share</li><li class="share-tw">Tweet</li><li class="share-email">Email</li></ul>'
        f'<span class="share-count">{page["number"] * 113 + 57} shares</span></div>'
        f'<div itemprop="articleBody" class="art-body">{article}</div>'
        f"{page.get('after_article', '')}</div></div>"
        f'<div class="beta" id="sidebar"><div class="rail-title">{locale["most_read"]}</div>{rail}</div></div>'
        f"{_footer(page)}</div></body></html>"
    )


def oldsite(page: dict, article: str) -> str:
    """A site laid out in tables (as sites were before CSS): menu in one cell, the story in another."""
    locale = LOCALES[page.get("lang", "en")]
    links = "<br>".join(f'<a href="/{_slug(w)}.html"><font size="2">{w}</font></a>' for w in locale["menu"])
    other = "<br><br>".join(f'<a href="/archive/{_slug(h)}.html">{h}</a>' for h, _ in _headlines(page, 5, 4))
    return (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">'
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{escape(page["title"])} - {page["site"]}</title>'
        f'<meta name="keywords" content="news, local, {page.get("section", "news").lower()}">'
        '<script language="JavaScript">function MM_openBrWindow(u,n,f){window.open(u,n,f);}</script></head>'
        '<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">'
        '<table width="780" border="0" cellpadding="0" cellspacing="0" align="center">'
        f'<tr><td colspan="3" bgcolor="#003366"><img src="/images/logo.gif" alt="{page["site"]}" width="300" height="60">'
        f'<font color="#FFFFFF" size="1">{page["date"][:10]} | <a href="/subscribe.html">Subscribe</a> | <a href="/contact.html">Contact</a></font></td></tr>'
        f'<tr><td width="140" valign="top" bgcolor="#E6E6E6"><font face="Arial"><b>Sections</b><br>{links}</font>'
        '<br><br><a href="/ads/click?id=77"><img src="/ads/banner120x600.gif" width="120" height="600" alt="Advertisement"></a></td>'
        '<td width="10">&nbsp;</td><td width="630" valign="top"><font face="Verdana, Arial" size="2">'
        f'<font size="4" color="#003366"><b>{page["title"]}</b></font><br><i>{locale["by"]} {page["author"]}, staff writer</i><br><br>'
        f"{article}"
        '<br><br><hr size="1"><a href="javascript:window.print()">Print this story</a> | '
        '<a href="/email.cgi">E-mail this story</a><br><br>'
        f"<b>Other headlines</b><br>{other}</font></td></tr>"
        f'<tr><td colspan="3" align="center"><font size="1">Copyright \u00a9 1998-2024 {page["site"]}. {locale["rights"]}<br>'
        '<a href="/privacy.html">Privacy</a> | <a href="/terms.html">Terms</a></font></td></tr></table></body></html>'
    )


def amp(page: dict, article: str) -> str:
    """An AMP page: amp-boilerplate, amp-sidebar menu, amp-ad units, amp-img, amp-social-share."""
    locale = LOCALES[page.get("lang", "en")]
    items = "".join(f'<li><a href="/{_slug(w)}/">{w}</a></li>' for w in locale["menu"])
    more = "".join(
        f'<li><a href="/amp/{_slug(h)}"><amp-img src="/t{i}.jpg" width="120" height="80" layout="fixed"></amp-img><h4>{h}</h4></a></li>'
        for i, (h, _) in enumerate(_headlines(page, 6, 6))
    )
    return (
        f'<!doctype html><html \u26a1 lang="{page.get("lang", "en")}"><head>{_head(page)}'
        '<script async src="https://cdn.ampproject.org/v0.js"></script>'
        '<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>'
        '<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>'
        "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>"
        "<noscript><style amp-boilerplate>body{-webkit-animation:none}</style></noscript>"
        "<style amp-custom>.amp-header{background:#111;color:#fff}</style></head><body>"
        f'<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul>{items}</ul></amp-sidebar>'
        f'<header class="amp-header"><button on="tap:sidebar.toggle">\u2630</button><a href="/">{page["site"]}</a></header>'
        '<amp-ad width="320" height="50" type="doubleclick" data-slot="/1234/amp_top"></amp-ad>'
        f'<article class="amp-article"><h1>{page["title"]}</h1><div class="amp-byline">{locale["by"]} {page["author"]} \u2022 '
        f"<time>{page['date'][:10]}</time></div>{article}"
        '<amp-social-share type="facebook"></amp-social-share><amp-social-share type="twitter"></amp-social-share></article>'
        f'<section class="amp-more"><h3>{locale["related"]}</h3><ul>{more}</ul></section>'
        f'<footer><p>\u00a9 2024 {page["site"]}</p><a href="{page["url"]}">View non-AMP version</a></footer>'
        '<amp-analytics type="googleanalytics"><script type="application/json">{"vars":{"account":"UA-1"}}</script></amp-analytics>'
        "</body></html>"
    )


def forum(page: dict, article: str) -> str:
    """A community news site: the story is the opening post of a thread, replies below it."""
    return (
        f'<!DOCTYPE html><html lang="en"><head>{_head(page)}</head><body id="phpbb">'
        f'<div class="headerbar"><h1><a href="/">{page["site"]}</a></h1><p>News and discussion since 2003</p>'
        '<ul class="navbar"><li><a href="/faq">FAQ</a></li><li><a href="/register">Register</a></li><li><a href="/login">Login</a></li></ul></div>'
        f'<div class="breadcrumbs"><a href="/">Board index</a> \u203a <a href="/news">Local news</a> \u203a {page["title"]}</div>'
        f'<h2 class="topic-title">{page["title"]}</h2>'
        f'<div class="pagination">{page.get("replies", 12)} posts \u2022 Page <strong>1</strong> of 2</div>'
        f"{article}"
        '<div class="action-bar"><a class="button" href="/posting.php?mode=reply">Post Reply</a></div>'
        '<div class="stat-block"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 14 guests</p></div>'
        f'<div class="copyright">Powered by phpBB\u00ae Forum Software \u00a9 phpBB Limited | {page["site"]}</div></body></html>'
    )


SKINS = {
    "news": news,
    "magazine": magazine,
    "tabloid": tabloid,
    "oldsite": oldsite,
    "amp": amp,
    "forum": forum,
}


def discourse(page: dict, article: str) -> str:
    """A Discourse forum's topic as its server renders it for crawlers and readers without JavaScript:
    schema.org microdata, the opening post and its replies as ``crawler-post`` blocks."""
    return (
        f'<!DOCTYPE html><html lang="en"><head>{_head(page)}</head><body class="crawler">'
        f'<header class="d-header"><div class="wrap"><a href="/"><img src="/logo.png" alt="{page["site"]}" id="site-logo"></a></div></header>'
        f'<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="{page["url"]}">{page["title"]}</a></h1>'
        f'<div class="topic-category"><span class="category-name">{page.get("section", "News")}</span></div></div>'
        f"<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content='{escape(page['title'])}'>"
        f"{article}</div>"
        '<div id="related-topics" class="more-topics__list" role="complementary"><h3>Related topics</h3><table><tbody>'
        + "".join(f'<tr><td><a href="/t/{_slug(h)}">{h}</a></td><td>{i + 3}</td></tr>' for i, (h, _) in enumerate(_headlines(page, 5, 2)))
        + "</tbody></table></div></div>"
        '<footer class="container wrap"><nav class="crawler-nav"><ul><li><a href="/">Home</a></li><li><a href="/categories">Categories</a></li>'
        '<li><a href="/guidelines">Guidelines</a></li><li><a href="/tos">Terms of Service</a></li><li><a href="/privacy">Privacy Policy</a></li></ul></nav></footer>'
        '<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div></body></html>'
    )  # fmt: skip


def xenforo(page: dict, article: str) -> str:
    """A XenForo board: ``article.message`` blocks, the user's card beside each, reactions under it."""
    return (
        f'<!DOCTYPE html><html lang="en" data-app="public"><head>{_head(page)}</head><body data-template="thread_view">'
        f'<div class="p-pageWrapper"><header class="p-header"><div class="p-header-logo"><a href="/">{page["site"]}</a></div></header>'
        '<nav class="p-nav"><ul class="p-nav-list"><li><a href="/forums/">Forums</a></li><li><a href="/whats-new/">What\'s new</a></li><li><a href="/members/">Members</a></li></ul></nav>'
        f'<div class="p-body"><ul class="p-breadcrumbs"><li><a href="/forums/">Forums</a></li><li><a href="/forums/news.4/">{page.get("section", "Local news")}</a></li></ul>'
        f'<div class="p-title"><h1 class="p-title-value">{page["title"]}</h1></div>'
        f'<div class="p-description">Discussion in \'{page.get("section", "Local news")}\' started by {page["author"]}, {page["date"][:10]}.</div>'
        f'<div class="block block--messages"><div class="block-container"><div class="block-body js-replyNewMessageContainer">{article}</div></div></div>'
        '<div class="block-outer"><a class="button--cta" href="reply">Write your reply...</a></div>'
        '<div class="block"><h3 class="block-minorHeader">Share this page</h3><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Reddit</a></div></div>'
        f'<footer class="p-footer"><div class="p-footer-copyright">Community platform by XenForo\u00ae \u00a9 2010-2024 XenForo Ltd. | {page["site"]}</div></footer></div></body></html>'
    )  # fmt: skip


def reddit(page: dict, article: str) -> str:
    """An old-style Reddit thread: the link post's self text, then the comment tree, a sidebar of rules."""
    return (
        f'<!DOCTYPE html><html lang="en"><head>{_head(page)}</head><body class="listing-page comments-page">'
        '<div id="header"><a id="header-img" href="/">reddit</a><div id="sr-header-area"><a href="/r/popular">popular</a> - <a href="/r/all">all</a></div></div>'
        f'<div class="side"><div class="titlebox"><h1 class="hover redditname"><a href="/r/{page["site"].lower().replace(" ", "")}">r/{page["site"].replace(" ", "")}</a></h1>'
        '<div class="usertext-body"><div class="md"><p>Local news, events and discussion. Please read the rules before posting.</p>'
        '<ol><li>Be civil</li><li>No spam or self-promotion</li><li>Link to sources where you can</li></ol></div></div></div></div>'
        f'<div class="content" role="main">{article}</div>'
        '<div class="footer-parent"><div class="footer"><ul><li><a href="/help">help</a></li><li><a href="/policies/user-agreement">User Agreement</a></li></ul>'
        "<p>Use of this site constitutes acceptance of our User Agreement and Privacy Policy. \u00a9 2024 reddit inc. All rights reserved.</p></div></div></body></html>"
    )  # fmt: skip


def stackexchange(page: dict, article: str) -> str:
    """A Stack Exchange meta site: a moderator's announcement posted as the question, answers below."""
    return (
        f'<!DOCTYPE html><html class="html__responsive" lang="en"><head>{_head(page)}</head><body class="question-page">'
        f'<header class="s-topbar"><a class="s-topbar--logo" href="/"><span>{page["site"]}</span></a><ol class="s-topbar--content"><li><a href="/questions">Questions</a></li><li><a href="/tags">Tags</a></li></ol></header>'
        '<div class="container"><div id="left-sidebar"><nav role="navigation"><ol class="nav-links"><li><a href="/">Home</a></li><li><a href="/questions">Questions</a></li><li><a href="/users">Users</a></li></ol></nav></div>'
        f'<div id="content"><div id="question-header"><h1 itemprop="name"><a href="{page["url"]}" class="question-hyperlink">{page["title"]}</a></h1></div>'
        f'<div id="mainbar" role="main">{article}</div>'
        '<div id="sidebar"><div class="s-sidebarwidget"><h4>The Overflow Blog</h4><ul><li><a href="/b/1">How we cut our build times in half</a></li><li><a href="/b/2">Community asks sprint recap</a></li></ul></div>'
        '<div class="module sidebar-related"><h4>Related</h4>'
        + "".join(f'<div class="spacer"><a class="question-hyperlink" href="/q/{i}">{h}</a></div>' for i, (h, _) in enumerate(_headlines(page, 6, 1)))
        + "</div></div></div></div>"
        f'<footer id="footer" class="site-footer"><p>Site design / logo \u00a9 2024 {page["site"]}; user contributions licensed under CC BY-SA.</p></footer></body></html>'
    )  # fmt: skip


SKINS.update(discourse=discourse, xenforo=xenforo, reddit=reddit, stackexchange=stackexchange)


def vbulletin(page: dict, article: str) -> str:
    """A vBulletin 3 board laid out in tables: a navbar table, each post a table, "Quick Reply" below."""
    return (
        f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"><html dir="ltr" lang="en"><head>{_head(page)}</head><body>'
        f'<table class="tborder" width="100%"><tr><td class="alt1"><a href="index.php"><img src="images/misc/logo.gif" alt="{page["site"]}"></a></td></tr></table>'
        '<table class="tborder" width="100%"><tr><td class="vbmenu_control"><a href="faq.php">FAQ</a></td><td class="vbmenu_control"><a href="memberlist.php">Members List</a></td>'
        '<td class="vbmenu_control"><a href="calendar.php">Calendar</a></td><td class="vbmenu_control"><a href="search.php?do=getnew">New Posts</a></td></tr></table>'
        f'<table class="tborder"><tr><td class="navbar"><a href="index.php">{page["site"]}</a> &gt; <a href="forumdisplay.php?f=3">{page.get("section", "Town News")}</a></td></tr>'
        f'<tr><td class="navbar"><strong>{page["title"]}</strong></td></tr></table>'
        f'<div id="posts">{article}</div>'
        '<table class="tborder"><tr><td class="tcat">Quick Reply</td></tr><tr><td class="panelsurround"><textarea name="message"></textarea></td></tr></table>'
        f'<div class="smallfont" align="center">Powered by vBulletin\u00ae Version 3.8.11<br>Copyright \u00a92000 - 2024, vBulletin Solutions Inc. | {page["site"]}</div></body></html>'
    )  # fmt: skip


SKINS.update(vbulletin=vbulletin)
