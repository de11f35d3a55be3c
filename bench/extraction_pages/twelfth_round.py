"""The twelfth round of ``bench/extraction_pages``: pages (``r12-*``) of scripts, languages, platforms and page
kinds the first eleven rounds lack, each in a template written here after what the outlet's or platform's pages
emit.

Scripts and languages: Burmese (Myanmar script, spaces only between phrases, its full stop "။"), Khmer (no spaces
between words, "។"), Georgian (Mkhedruli), Armenian (its full stop "։", the outlet's "quote us with a link"
notice closing the body), Bulgarian (Dnevnik-like, "Прочетете още:", "Източник: БТА"), Slovak (SME-like, "Článok
pokračuje pod video reklamou" over a video advert in the body), Punjabi (Gurmukhi, "ਇਹ ਵੀ ਪੜ੍ਹੋ:") and Malayalam
(Manorama-like, an "ഇതുകൂടി വായിക്കൂ" card). Platforms: a DEV (Forem) post with code and a liquid-tag card, a
LiveJournal post (Russian, ``<br>`` text, an lj-cut), a Remix page whose body is only in
``window.__remixContext``, a EurekAlert! science release (its journal fields and disclaimer). Kinds: an opinion
piece whose pull quotes are ``<q>`` elements repeating body sentences (a quoted letter beside them is the
story's), an English edition's story under a machine-translation notice, a story carrying the next story
below it (an infinite scroll's second ``article``).
The gold of every page was written before nutgraf was run on it: it leaves out decks above the body, captions of
photos that are not the story, calls to read another story or follow, advert labels, pull quotes, a
translation notice, a release's journal fields and disclaimer, the second story and copyright notices; it keeps
a body's headings, code, lists and quotes (as the earlier rounds' gold does).
"""

from __future__ import annotations

import json

from articles import page
from fourth_round import _doc, _links
from furniture import SKINS
from parts import h, p, raw


def _lis(items: tuple[str, ...], href: str = "/a/") -> str:
    return "".join(f'<li><a href="{href}{i}">{t}</a></li>' for i, t in enumerate(items))


def _also(label: str, title: str, href: str = "/news/1") -> tuple[str, None]:
    """A "read also" line between paragraphs: the bold label and a link to another story."""
    return f'<p><strong>{label}</strong> <a href="{href}">{title}</a></p>', None


# ---------------------------------------------------------------- Burmese (Irrawaddy-like)
def burmese(page_: dict, article: str) -> str:
    """A Burmese news site on WordPress: ``div.content-inner`` of paragraphs (words unspaced, a space between
    phrases, "။" ending each sentence) with a "ဆက်စပ်သတင်း" (related news) box between them, a photo with its
    caption, share buttons and a Telegram call after."""
    return _doc(page_, "my", (
        f'<header class="site-header"><a class="logo" href="/">{page_["site"]}</a>'
        f'<ul class="menu">{_links(("သတင်း", "နိုင်ငံရေး", "စီးပွားရေး", "ကမ္ဘာ", "အားကစား"), "/category/")}</ul></header>'
        '<main class="site-main"><article class="post">'
        f'<h1 class="entry-title">{page_["title"]}</h1>'
        f'<div class="entry-meta"><span class="author">{page_["author"]}</span> <span class="date">၁၆ မေ ၂၀၂၄</span></div>'
        '<figure class="wp-caption"><img src="/wp-content/uploads/2024/05/rain.jpg" alt=""><figcaption class="wp-caption-text">ရန်ကုန်မြို့ လမ်းမတစ်ခု ရေလွှမ်းနေပုံ (ဓာတ်ပုံ - ဧရာဝတီ)</figcaption></figure>'
        f'<div class="content-inner">{article}</div>'
        '<div class="share-buttons"><span>မျှဝေရန်</span> <a href="#">Facebook</a> <a href="#">Telegram</a></div>'
        '<div class="telegram-cta"><p>နောက်ဆုံးရ သတင်းများကို ကျွန်ုပ်တို့၏ Telegram ချန်နယ်တွင် ဖတ်ရှုနိုင်ပါသည်။</p><a href="https://t.me/example">Join</a></div>'
        '</article><aside class="sidebar"><h3>လူကြိုက်အများဆုံး</h3>'
        f'<ul>{_lis(("ရွှေဈေး ထပ်မံ မြင့်တက်", "မန္တလေး ရထားလမ်း ပြန်လည်ဖွင့်", "ဆန်ဈေး ကျဆင်း"))}</ul></aside></main>'
        f'<footer><p>© 2024 {page_["site"]}</p></footer>'
    ))  # fmt: skip


def my_related(title: str) -> tuple[str, None]:
    return (
        f'<div class="related-inline"><h4>ဆက်စပ်သတင်း</h4><ul><li><a href="/news/2024/05/1">{title}</a></li></ul></div>',
        None,
    )


# ---------------------------------------------------------------- Khmer
def khmer(page_: dict, article: str) -> str:
    """A Khmer news portal: ``div.article-content`` of paragraphs (no spaces between words, "។" ending each
    sentence), an "អានបន្ថែម៖" (read more) line and an advert labelled "ពាណិជ្ជកម្ម" between them; tags,
    a Facebook box and the most-read list after."""
    return _doc(page_, "km", (
        f'<div class="header"><a class="logo" href="/">{page_["site"]}</a>'
        f'<ul class="nav">{_links(("ព័ត៌មានជាតិ", "អន្តរជាតិ", "សេដ្ឋកិច្ច", "កីឡា", "កម្សាន្ត"), "/category/")}</ul></div>'
        '<div class="container"><div class="main-col"><div class="article">'
        f'<h1 class="article-title">{page_["title"]}</h1>'
        f'<div class="article-meta"><span>{page_["author"]}</span> · <span>ថ្ងៃព្រហស្បតិ៍ ទី១៦ ខែឧសភា ឆ្នាំ២០២៤</span></div>'
        f'<div class="article-content">{article}</div>'
        '<div class="tags"><a href="/tag/1">ការអប់រំ</a> <a href="/tag/2">ប្រឡង</a></div>'
        '<div class="fb-box"><p>ចុច Like ទំព័រហ្វេសប៊ុករបស់យើង ដើម្បីទទួលបានព័ត៌មានថ្មីៗ</p></div>'
        '</div></div><div class="side-col"><h3>ពេញនិយម</h3>'
        f'<ul>{_lis(("តម្លៃប្រេងសាំងធ្លាក់ចុះ", "ភ្លៀងធ្លាក់ខ្លាំងនៅភ្នំពេញ", "ក្រុមជម្រើសជាតិឈ្នះ"))}</ul></div></div>'
        f'<div class="footer"><p>© 2024 {page_["site"]}</p></div>'
    ))  # fmt: skip


def km_ad() -> tuple[str, None]:
    return (
        '<div class="ads-inline"><span class="ads-label">ពាណិជ្ជកម្ម</span><ins class="adsbygoogle" data-ad-slot="1"></ins></div>',
        None,
    )


# ---------------------------------------------------------------- Georgian
def georgian(page_: dict, article: str) -> str:
    """A Georgian agency's site: ``div.article_body_wrapper`` of paragraphs with an "ასევე წაიკითხეთ:" line
    between them, the date line and a source note in the header, tags and related news after."""
    return _doc(page_, "ka", (
        f'<header class="header"><a class="header__logo" href="/ka/">{page_["site"]}</a>'
        f'<ul class="header__menu">{_links(("პოლიტიკა", "საზოგადოება", "ეკონომიკა", "სპორტი", "მსოფლიო"), "/ka/")}</ul></header>'
        '<main class="main"><div class="article">'
        f'<h1 class="article__title">{page_["title"]}</h1>'
        '<div class="article__date">16 მაისი 2024 11:20</div>'
        '<div class="article__image"><img src="/images/1.jpg" alt=""><span class="article__image-source">ფოტო: არქივი</span></div>'
        f'<div class="article_body_wrapper">{article}</div>'
        '<div class="article__tags"><a href="/ka/tag/1">მეტრო</a> <a href="/ka/tag/2">თბილისი</a></div>'
        '<div class="related"><h3>მსგავსი სიახლეები</h3>'
        f'<ul>{_lis(("ტაქსის ტარიფები იზრდება", "ვაკის პარკში ახალი ბილიკები", "საბაგირო გზა ზაფხულში გაიხსნება"), "/ka/news/")}</ul></div>'
        '</div></main><footer><p>© 2024 ყველა უფლება დაცულია</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Armenian (news.am-like)
def armenian(page_: dict, article: str) -> str:
    """An Armenian portal: ``div.article-text`` of paragraphs (Armenian's full stop "։"), a "Կարդացեք նաև" box
    between them and, last in the body, the outlet's notice that quoting it needs a link; the most-read list."""
    return _doc(page_, "hy", (
        f'<div class="top"><a class="logo" href="/arm/">{page_["site"]}</a>'
        f'<ul class="menu">{_links(("Քաղաքականություն", "Հասարակություն", "Տնտեսություն", "Սպորտ", "Աշխարհ"), "/arm/news/")}</ul></div>'
        '<div class="content"><div class="article">'
        f'<h1>{page_["title"]}</h1><div class="time">10:42 16/05/2024</div>'
        f'<div class="article-text">{article}</div>'
        '<div class="share"><a href="#">Facebook</a> <a href="#">Telegram</a></div>'
        '</div><div class="sidebar"><h3>Ամենաընթերցված</h3>'
        f'<ul>{_lis(("Դոլարի փոխարժեքը նվազել է", "Վաղը անձրև է սպասվում", "Գյումրիում նոր դպրոց կկառուցվի"), "/arm/news/")}</ul></div></div>'
        f'<div class="footer"><p>© 2024 {page_["site"]}</p></div>'
    ))  # fmt: skip


def hy_also(title: str) -> tuple[str, None]:
    return (
        f'<div class="read-also"><span class="read-also__label">Կարդացեք նաև</span><a href="/arm/news/1">{title}</a></div>',
        None,
    )


# ---------------------------------------------------------------- Bulgarian (Dnevnik-like)
def bulgarian(page_: dict, article: str) -> str:
    """A Bulgarian daily: ``div.article-content`` of paragraphs with "Прочетете още:" lines between them and
    the agency's "Източник: БТА" closing it, a subtitle in the header, a newsletter box and comments after."""
    return _doc(page_, "bg", (
        f'<header class="header"><a class="logo" href="/">{page_["site"]}</a>'
        f'<ul class="nav">{_links(("България", "Свят", "Бизнес", "Икономика", "Спорт", "Култура"), "/")}</ul></header>'
        '<main><article class="article">'
        f'<h1 class="article-title">{page_["title"]}</h1><h2 class="article-subtitle">{page_["deck"]}</h2>'
        f'<div class="article-info"><span class="author">{page_["author"]}</span> <time>16 май 2024, 12:05</time></div>'
        f'<div class="article-content">{article}</div>'
        '<div class="newsletter-box"><h3>Бюлетин</h3><p>Абонирайте се за най-важните новини на деня.</p><input type="email"><button>Абонирайте се</button></div>'
        '<div class="comments"><h3>Коментари (8)</h3><p>Добре, че най-после.</p></div>'
        '</article></main><footer><p>© 2024 Икономедиа АД</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Slovak (SME-like)
def slovak(page_: dict, article: str) -> str:
    """A Slovak daily: ``article.js-article`` of paragraphs with a "Čítajte tiež:" line and a video advert under
    "Článok pokračuje pod video reklamou" between them, a perex in the header, the author's box after."""
    return _doc(page_, "sk", (
        f'<header class="header"><a class="header-logo" href="/">{page_["site"]}</a>'
        f'<ul class="header-nav">{_links(("Domov", "Svet", "Ekonomika", "Kultúra", "Šport", "Názory"), "/r/")}</ul></header>'
        '<main class="main"><div class="article-head">'
        f'<h1 class="article-heading">{page_["title"]}</h1><p class="perex">{page_["deck"]}</p>'
        f'<div class="article-author">{page_["author"]} <span class="article-published">16. máj 2024 o 8:30</span></div></div>'
        f'<article class="js-article article-body">{article}</article>'
        f'<div class="author-box"><strong>{page_["author"]}</strong><p>Redaktorka domácej rubriky.</p></div>'
        '<div class="article-discussion"><a href="/diskusia/1">Diskusia (31)</a></div>'
        '</main><footer><p>© Copyright 2024 Petit Press, a.s.</p></footer>'
    ))  # fmt: skip


def sk_video_ad() -> tuple[str, None]:
    return (
        '<div class="video-ad-wrapper"><p class="video-ad-label">Článok pokračuje pod video reklamou</p><div class="video-ad" data-ad="1"></div></div>',
        None,
    )


# ---------------------------------------------------------------- Punjabi (Gurmukhi)
def punjabi(page_: dict, article: str) -> str:
    """A Punjabi daily: ``div.story-content`` of paragraphs (Gurmukhi, "।" ending each sentence) with a
    "ਇਹ ਵੀ ਪੜ੍ਹੋ:" line between them, share buttons and the most-read list."""
    return _doc(page_, "pa", (
        f'<header class="site-header"><a class="logo" href="/">{page_["site"]}</a>'
        f'<ul class="menu">{_links(("ਪੰਜਾਬ", "ਦੇਸ਼", "ਵਿਦੇਸ਼", "ਖੇਡਾਂ", "ਮਨੋਰੰਜਨ"), "/category/")}</ul></header>'
        '<main><div class="story">'
        f'<h1 class="story-title">{page_["title"]}</h1><div class="story-meta">{page_["author"]} | 16 ਮਈ 2024</div>'
        f'<div class="story-content">{article}</div>'
        '<div class="share"><a href="#">WhatsApp</a> <a href="#">Facebook</a></div>'
        '</div><aside><h3>ਸਭ ਤੋਂ ਵੱਧ ਪੜ੍ਹੀਆਂ</h3>'
        f'<ul>{_lis(("ਕਣਕ ਦੀ ਖਰੀਦ ਮੁਕੰਮਲ", "ਮੀਂਹ ਨਾਲ ਗਰਮੀ ਤੋਂ ਰਾਹਤ", "ਨਵੀਂ ਰੇਲ ਗੱਡੀ ਸ਼ੁਰੂ"))}</ul></aside></main>'
        f'<footer><p>© 2024 {page_["site"]}</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Malayalam (Manorama-like)
def malayalam(page_: dict, article: str) -> str:
    """A Malayalam daily: ``div.article-body`` of ``div.rtearticle-text`` paragraphs with an "ഇതുകൂടി വായിക്കൂ"
    card (its picture and headline) between them; the topics and a WhatsApp call after."""
    return _doc(page_, "ml", (
        f'<header class="header"><a class="logo" href="/">{page_["site"]}</a>'
        f'<ul class="nav">{_links(("വാർത്ത", "കേരളം", "ഇന്ത്യ", "ലോകം", "സ്പോർട്സ്"), "/news/")}</ul></header>'
        '<main><div class="story-wrapper">'
        f'<h1 class="story-headline">{page_["title"]}</h1><div class="story-byline">{page_["author"]} · May 16, 2024 09:40 AM IST</div>'
        f'<div class="article-body">{article}</div>'
        '<div class="story-topics"><a href="/topic/1">Kochi Metro</a></div>'
        '<div class="whatsapp-cta"><p>ഏറ്റവും പുതിയ വാർത്തകൾക്ക് ഞങ്ങളുടെ വാട്സാപ് ചാനൽ ഫോളോ ചെയ്യൂ</p></div>'
        '</div></main><footer><p>Copyright © 2024 Malayala Manorama</p></footer>'
    ))  # fmt: skip


def ml(text: str) -> tuple[str, str]:
    return p(text, "div", ' class="rtearticle-text"')


def ml_card(title: str) -> tuple[str, None]:
    return (
        '<div class="related-story-card"><span class="related-story-card__label">ഇതുകൂടി വായിക്കൂ</span>'
        f'<a href="/news/kerala/1.html"><img src="/1.jpg" alt=""><h3>{title}</h3></a></div>',
        None,
    )


# ---------------------------------------------------------------- DEV (Forem)
def devto(page_: dict, article: str) -> str:
    """A DEV (Forem) post: ``div#article-body.crayons-article__body.text-styles`` of headings, paragraphs, a
    highlighted code block and a liquid tag's GitHub card; the reactions bar, the author's sidebar card with a
    Follow button and "Top comments" after."""
    return _doc(page_, "en", (
        f'<header class="crayons-header"><a class="site-logo" href="/">{page_["site"]}</a><a href="/enter">Log in</a> <a href="/enter?state=new-user">Create account</a></header>'
        '<main id="main-content"><div class="crayons-layout"><aside class="crayons-layout__sidebar-left"><div class="article-actions">'
        '<button class="crayons-reaction">Like <span>58</span></button><button class="crayons-reaction">Comment <span>3</span></button><button>Save</button></div></aside>'
        '<div class="crayons-layout__content"><article class="crayons-card" id="article-show-container">'
        f'<header class="crayons-article__header"><div class="crayons-article__subheader"><a href="/author">{page_["author"]}</a> <span>Posted on May 16</span></div>'
        f'<h1>{page_["title"]}</h1><div class="spec__tags"><a href="/t/postgres">#postgres</a> <a href="/t/webdev">#webdev</a></div></header>'
        f'<div class="crayons-article__main"><div class="crayons-article__body text-styles spec__body" id="article-body">{article}</div></div>'
        '<section id="comments"><h2>Top comments (3)</h2><div class="comment__body"><p>Great write-up, the EXPLAIN part saved me a day.</p></div></section>'
        '</article></div><aside class="crayons-layout__sidebar-right"><div class="crayons-card">'
        f'<a href="/author">{page_["author"]}</a><p>Backend developer. Databases, queues and boring tech.</p><button>Follow</button></div>'
        '<div class="crayons-card"><h3>More from the author</h3>'
        f'<ul>{_lis(("Five psql tricks", "Why we left Redis queues"), "/author/")}</ul></div></aside></div></main>'
        '<footer class="crayons-footer"><p>DEV Community — A constructive and inclusive social network for software developers.</p></footer>'
    ))  # fmt: skip


def code(text: str) -> tuple[str, str]:
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return (
        f'<div class="highlight js-code-highlight"><pre class="highlight sql"><code>{escaped}</code></pre>'
        '<div class="highlight__panel js-actions-panel"><button class="highlight-action">Copy</button></div></div>',
        text,
    )


# ---------------------------------------------------------------- LiveJournal (Russian)
def livejournal(page_: dict, article: str) -> str:
    """A LiveJournal post (a journal's new style): ``article.aentry-post`` with ``div.aentry-post__text`` of
    text parted by ``<br>``, an lj-cut anchor, the tags, "Comments" count and share buttons after."""
    return _doc(page_, "ru", (
        f'<div class="s-header"><a class="s-header__logo" href="https://www.livejournal.com/">LiveJournal</a><a href="/login">Войти</a></div>'
        f'<div class="journal-header"><a href="/">{page_["site"]}</a></div>'
        '<main class="entry-wrap"><article class="aentry-post">'
        f'<h1 class="aentry-post__title">{page_["title"]}</h1>'
        f'<div class="aentry-head"><a class="i-ljuser-username" href="/">{page_["author"]}</a> <time>16 мая 2024, 19:20</time></div>'
        f'<div class="aentry-post__text aentry-post__text--view">{article}</div>'
        '<div class="aentry-tags"><span>Метки:</span> <a href="/tag/город">город</a>, <a href="/tag/трамвай">трамвай</a></div>'
        '<div class="aentry-post__socials"><a href="#">Поделиться</a> <span class="aentry-comments">12 комментариев</span></div>'
        '</article></main><div class="s-footer"><p>© LiveJournal</p></div>'
    ))  # fmt: skip


def lj(*lines: str) -> tuple[str, str]:
    """One run of the post's text: lines parted by ``<br>``, a blank line (two ``<br>``) after."""
    return "<br>".join(lines) + "<br><br>", "\n".join(lines)


# ---------------------------------------------------------------- Remix (body only in __remixContext)
def remix(page_: dict, article: str) -> str:
    """A Remix site's server response before its JavaScript runs: the shell, an empty story placeholder, and
    the story's body only in ``window.__remixContext``'s loader data, as one HTML string."""
    context = {
        "url": f"/news/{page_['id']}",
        "state": {
            "loaderData": {
                "root": {"user": None, "env": {"SITE": page_["site"]}},
                "routes/news.$slug": {
                    "story": {
                        "id": 48121,
                        "headline": page_["title"],
                        "byline": page_["author"],
                        "published": page_["date"],
                        "bodyHtml": article,
                        "tags": ["transit", "city council"],
                    }
                },
            },
            "actionData": None,
            "errors": None,
        },
        "future": {"v3_fetcherPersist": True},
    }
    state = json.dumps(context, ensure_ascii=False).replace("</", "<\\/")
    return _doc(page_, "en", (
        f'<header class="masthead"><a href="/">{page_["site"]}</a><nav><ul>{_links(("Local", "Politics", "Business", "Sports"), "/section/")}</ul></nav></header>'
        f'<main><article class="story"><h1>{page_["title"]}</h1><div class="story__byline">By {page_["author"]}</div>'
        '<div class="story__body" data-hydrate="story-body"><div class="skeleton-line"></div><div class="skeleton-line"></div></div></article></main>'
        '<footer><a href="/about">About</a> <a href="/privacy">Privacy</a></footer>'
        f'<script>window.__remixContext = {state};</script>'
        '<script type="module" async>import "/build/entry.client-7XK2.js";</script>'
    ), ld=False)  # fmt: skip


# ---------------------------------------------------------------- EurekAlert! release
def eurekalert(page_: dict, article: str) -> str:
    """A EurekAlert! news release: the issuer and "News Release 16-May-2024" above the headline, ``div.entry``
    of the release's paragraphs, then its journal fields (Journal, DOI, Method of Research, Article Title,
    Article Publication Date) and the service's disclaimer; media contacts in the sidebar."""
    return _doc(page_, "en", (
        '<header class="header"><a class="logo" href="/">EurekAlert!</a><nav><a href="/news-releases/browse">News Releases</a> <a href="/multimedia">Multimedia</a></nav></header>'
        '<main class="main"><article class="article">'
        '<p class="meta"><span class="type">News Release</span> <time>16-May-2024</time></p>'
        f'<h1 class="page_title">{page_["title"]}</h1><p class="institution">{page_["site"]}</p>'
        '<div class="main-content"><div class="entry">'
        f'{article}</div>'
        '<div class="article-information"><h3>Journal</h3><p>Nature Ecology &amp; Evolution</p>'
        '<h3>DOI</h3><p><a href="https://doi.org/10.1038/s41559-024-0001-x">10.1038/s41559-024-0001-x</a></p>'
        '<h3>Method of Research</h3><p>Observational study</p><h3>Subject of Research</h3><p>Animals</p>'
        '<h3>Article Title</h3><p>Urban heat shifts the timing of bumblebee foraging</p>'
        '<h3>Article Publication Date</h3><p>16-May-2024</p></div>'
        '<p class="disclaimer"><strong>Disclaimer:</strong> AAAS and EurekAlert! are not responsible for the accuracy of news releases posted to EurekAlert! by contributing institutions or for the use of any information through the EurekAlert system.</p>'
        '</div></article><aside class="sidebar"><h3>Media Contact</h3><p>Jane Okafor<br>University of Leeds<br>j.okafor@leeds.example<br>Office: 44-113-343-0000</p></aside></main>'
        '<footer><p>Copyright © 2024 by the American Association for the Advancement of Science (AAAS)</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- an opinion piece with <q> pull quotes
def opinion_q(page_: dict, article: str) -> str:
    """A Chorus-like opinion piece: ``div.c-entry-content`` of paragraphs with pull quotes written as
    ``<q class="right">`` or ``<q class="left">`` between them (each a sentence of the body again) and a quoted
    letter in a ``blockquote``; the writer's note and a newsletter box after."""
    return _doc(page_, "en", (
        f'<header class="c-global-header"><a class="c-global-header__logo" href="/">{page_["site"]}</a><ul>{_links(("Politics", "Policy", "Culture", "Science", "Opinion"), "/")}</ul></header>'
        '<main><article class="l-segment l-main-content">'
        f'<div class="c-entry-hero"><span class="c-entry-group-labels">Opinion</span><h1 class="c-page-title">{page_["title"]}</h1>'
        f'<p class="c-entry-summary p-dek">{page_["deck"]}</p><div class="c-byline">By <a href="/authors/1">{page_["author"]}</a> May 16, 2024, 7:00am EDT</div></div>'
        f'<div class="c-entry-content">{article}</div>'
        f'<div class="c-entry-disclaimer"><p><em>{page_["author"]} is a former middle school principal in Ohio.</em></p></div>'
        '<div class="c-newsletter"><h3>Sign up for the newsletter</h3><p>Understand the world with a daily explainer.</p><input type="email"><button>Subscribe</button></div>'
        '</article></main><footer><p>© 2024 Vox Media, LLC. All Rights Reserved</p></footer>'
    ))  # fmt: skip


def q_pull(text: str, side: str = "right") -> tuple[str, None]:
    return f'<q class="{side}">{text}</q>', None


# ---------------------------------------------------------------- a machine-translated English edition
def translated(page_: dict, article: str) -> str:
    """A European paper's English edition: ``div.article-body`` opening on an italic note that the story was
    translated from German with AI's help and checked by an editor, and closing on a link to the original."""
    return _doc(page_, "en", (
        f'<header class="site-header"><a class="logo" href="/english/">{page_["site"]}</a><ul>{_links(("News", "Politics", "Economy", "Culture"), "/english/")}</ul></header>'
        '<main><article class="article">'
        f'<h1 class="article-title">{page_["title"]}</h1><div class="article-meta">{page_["author"]} · 16.05.2024</div>'
        '<div class="article-body">'
        '<p class="translation-note"><em>This article was translated from German with the help of artificial intelligence and checked by an editor.</em></p>'
        f'{article}'
        '<p class="original-link"><a href="/wirtschaft/1">Read the original article in German here.</a></p></div>'
        '</article></main><footer><p>© 2024 Tagesspiegel Example GmbH</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- the next story below the first
def next_story(page_: dict, article: str) -> str:
    """A regional paper's story page with an infinite scroll: the story's ``article``, then an "Up next"
    label and the next story's whole ``article`` (its headline, byline and paragraphs) loaded below it."""
    nxt = "".join(f"<p>{x}</p>" for x in page_["next_paragraphs"])
    return _doc(page_, "en", (
        f'<header class="site-header"><a class="logo" href="/">{page_["site"]}</a><ul>{_links(("News", "Sports", "Business", "Opinion", "Obituaries"), "/")}</ul></header>'
        '<main class="story-stream">'
        f'<article class="story" data-story-id="1"><h1 class="story__headline">{page_["title"]}</h1>'
        f'<div class="story__byline">By {page_["author"]} | May 16, 2024</div>'
        f'<div class="story__body">{article}</div>'
        '<div class="story__share"><a href="#">Share</a> <a href="#">Email</a></div></article>'
        '<div class="story-stream__next"><span class="story-stream__label">Up next</span></div>'
        f'<article class="story" data-story-id="2"><h1 class="story__headline">{page_["next_title"]}</h1>'
        '<div class="story__byline">By Tom Becker | May 16, 2024</div>'
        f'<div class="story__body">{nxt}</div>'
        '<div class="story__share"><a href="#">Share</a> <a href="#">Email</a></div></article>'
        '</main><footer><p>© 2024 The Lakeshore Ledger</p></footer>'
    ))  # fmt: skip


SKINS.update(
    r12_burmese=burmese,
    r12_khmer=khmer,
    r12_georgian=georgian,
    r12_armenian=armenian,
    r12_bulgarian=bulgarian,
    r12_slovak=slovak,
    r12_punjabi=punjabi,
    r12_malayalam=malayalam,
    r12_devto=devto,
    r12_livejournal=livejournal,
    r12_remix=remix,
    r12_eurekalert=eurekalert,
    r12_opinion_q=opinion_q,
    r12_translated=translated,
    r12_next_story=next_story,
)

# ================================================================ the pages
page(
    "r12-my-burmese-rain",
    "Burmese news site on WordPress (Myanmar script, spaces only between phrases, sentences ending on ။, a ဆက်စပ်သတင်း box between paragraphs, a Telegram call after)",
    "r12_burmese",
    "ရန်ကုန်မြို့တွင် မိုးသည်းထန်စွာ ရွာသွန်း၍ လမ်းများ ရေလွှမ်း",
    "ဧရာဝတီ",
    "2024-05-16T18:30:00+06:30",
    [
        p(
            "ရန်ကုန်မြို့တွင် မေလ ၁၆ ရက် ညနေပိုင်းက မိုးသည်းထန်စွာ ရွာသွန်းခဲ့ရာ မြို့နယ် ခြောက်ခုရှိ လမ်းမကြီးများ ရေလွှမ်းမိုးခဲ့သည်။ ယာဉ်ကြောများ နာရီအတော်ကြာ ပိတ်ဆို့ခဲ့သည်။"
        ),
        p(
            "မိုးလေဝသနှင့် ဇလဗေဒညွှန်ကြားမှုဦးစီးဌာန၏ အဆိုအရ ကမာရွတ်မြို့နယ်တွင် သုံးနာရီအတွင်း မိုးရေချိန် ၁၂၀ မီလီမီတာ ရွာသွန်းခဲ့ပြီး ယခုနှစ်အတွင်း အများဆုံး ဖြစ်သည်။"
        ),
        my_related("မန္တလေးတွင် အပူချိန် ၄၃ ဒီဂရီ ရောက်ရှိ"),
        p(
            "ရန်ကုန်မြို့တော် စည်ပင်သာယာရေးကော်မတီက ရေနုတ်မြောင်းများကို ရှင်းလင်းရန် ဝန်ထမ်း ၅၀၀ ကျော် စေလွှတ်ထားကြောင်း ပြောကြားသည်။ အမှိုက်များ ပိတ်ဆို့နေခြင်းကြောင့် ရေစီးဆင်းမှု နှေးကွေးသည်ဟု ဆိုသည်။"
        ),
        p("လာမည့် သုံးရက်အတွင်း မိုးဆက်လက် ရွာသွန်းနိုင်သဖြင့် နိမ့်သော နေရာများတွင် နေထိုင်သူများ သတိပြုရန် ဌာနက သတိပေးထားသည်။"),
    ],
    site="ဧရာဝတီ",
)
page(
    "r12-km-khmer-exam",
    "Khmer news portal (no spaces between words, sentences ending on ។, an អានបន្ថែម៖ line and an advert labelled ពាណិជ្ជកម្ម between paragraphs)",
    "r12_khmer",
    "ក្រសួងអប់រំ ប្រកាសកាលបរិច្ឆេទប្រឡងបាក់ឌុបឆ្នាំ២០២៤",
    "ភ្នំពេញប៉ុស្តិ៍",
    "2024-05-16T10:00:00+07:00",
    [
        p(
            "ក្រសួងអប់រំ យុវជន និងកីឡា បានប្រកាសថា ការប្រឡងសញ្ញាបត្រមធ្យមសិក្សាទុតិយភូមិ ឆ្នាំ២០២៤ នឹងប្រព្រឹត្តទៅនៅថ្ងៃទី៤ និងទី៥ ខែវិច្ឆិកា។ បេក្ខជនជាង១២ម៉ឺននាក់ នឹងចូលរួមប្រឡងនៅទូទាំងប្រទេស។"
        ),
        p("អ្នកនាំពាក្យក្រសួងបានថ្លែងថា ក្រសួងនឹងបន្តអនុវត្តវិធានការតឹងរ៉ឹង ដើម្បីធានាថាការប្រឡងប្រព្រឹត្តទៅដោយយុត្តិធម៌ និងតម្លាភាព។"),
        _also("អានបន្ថែម៖", "សិស្សានុសិស្សជាង៣លាននាក់ ចូលរៀនឆ្នាំសិក្សាថ្មី"),
        p(
            "បេក្ខជនត្រូវមកដល់មណ្ឌលប្រឡងឲ្យបានមុនម៉ោង៦ និង៣០នាទីព្រឹក ហើយត្រូវយកអត្តសញ្ញាណប័ណ្ណមកជាមួយ។ ទូរស័ព្ទដៃ និងឧបករណ៍អេឡិចត្រូនិក ត្រូវហាមឃាត់មិនឲ្យយកចូលបន្ទប់ប្រឡង។"
        ),
        km_ad(),
        p("លទ្ធផលប្រឡងនឹងត្រូវប្រកាសនៅចុងខែធ្នូ។"),
    ],
    site="Khmer Post",
)
page(
    "r12-ka-georgian-metro",
    "Georgian news agency (Mkhedruli script, an ასევე წაიკითხეთ: line between paragraphs, a photo source, related news after)",
    "r12_georgian",
    "თბილისში მეტროს ახალი სადგური გაიხსნება",
    "ინტერპრესნიუსი",
    "2024-05-16T11:20:00+04:00",
    [
        p(
            "თბილისის მერიის ინფორმაციით, ვაკის მეტროს ახალი სადგური მგზავრებს 2025 წლის გაზაფხულზე მიიღებს. მშენებლობა ამჟამად დასრულების ეტაპზეა."
        ),
        p(
            "მერის მოადგილის თქმით, პროექტის ღირებულება 90 მილიონ ლარს შეადგენს და მისი დიდი ნაწილი აზიის განვითარების ბანკის სესხით ფინანსდება."
        ),
        _also("ასევე წაიკითხეთ:", "ავტობუსის ახალი მარშრუტები ივნისიდან ამოქმედდება", "/ka/news/1"),
        p(
            "ახალი სადგური დღეში დაახლოებით 40 ათას მგზავრს მოემსახურება. მის გვერდით ავტობუსის გაჩერება და ველოსიპედების სადგომი მოეწყობა."
        ),
        p("მშენებლობის პერიოდში ჭავჭავაძის გამზირზე მოძრაობა ნაწილობრივ შეზღუდული იქნება."),
    ],
    site="Interpressnews",
)
page(
    "r12-hy-armenian-buses",
    "Armenian portal, news.am-like (Armenian script, sentences ending on ։, a Կարդացեք նաև box between paragraphs, the notice that quoting needs a link closing the body)",
    "r12_armenian",
    "Երևանում նոր էլեկտրական ավտոբուսներ կշահագործվեն",
    "NEWS.am",
    "2024-05-16T10:42:00+04:00",
    [
        p(
            "Երևանի քաղաքապետարանը հունիսից քաղաքային երթուղիներում կշահագործի 100 նոր էլեկտրական ավտոբուս։ Դրանք կսպասարկեն կենտրոնից դեպի Նոր Նորք և Աջափնյակ տանող գծերը։"
        ),
        p(
            "Քաղաքապետարանի տրանսպորտի վարչության պետի խոսքով՝ նոր ավտոբուսներն ունեն օդորակիչ, անվճար Wi-Fi և հատուկ տեղեր հաշմանդամություն ունեցող ուղևորների համար։"
        ),
        hy_also("Մետրոյի նոր կայարանի շինարարությունը կսկսվի աշնանը"),
        p(
            "Ուղևորափոխադրման վարձը չի փոխվի և կկազմի 100 դրամ։ Ավտոբուսների լիցքավորման կայանը կտեղադրվի Շենգավիթ վարչական շրջանում։"
        ),
        raw("<p><em>Մեջբերումներ անելիս հղումը NEWS.am-ին պարտադիր է։</em></p>"),
    ],
    site="NEWS.am",
)
page(
    "r12-bg-dnevnik-vlak",
    "Bulgarian daily, Dnevnik-like (a subtitle h2 in the header, Прочетете още: lines between paragraphs, Източник: БТА closing the body, a newsletter box)",
    "r12_bulgarian",
    "Нов бърз влак ще свързва София и Пловдив от септември",
    "Мария Петрова",
    "2024-05-16T12:05:00+03:00",
    [
        p(
            "От септември между София и Пловдив ще се движи нов бърз влак, който ще изминава разстоянието за малко над два часа. Това съобщи днес министърът на транспорта."
        ),
        p(
            "Влаковете ще тръгват на всеки два часа от 6 до 22 часа. Билетът ще струва 14 лева, колкото и сега за втора класа."
        ),
        _also("Прочетете още:", "БДЖ купува 35 нови електрически влака", "/bulgaria/2024/05/10/1"),
        p(
            "Според министерството ремонтът на отсечката между Септември и Пловдив ще приключи до края на август. След него скоростта по линията ще може да достига 160 километра в час."
        ),
        p("Пътниците вече могат да запазват места онлайн за първите курсове."),
        raw("<p><em>Източник: БТА</em></p>"),
    ],
    site="Дневник",
    deck="Пътуването ще отнема малко над два часа",
)
page(
    "r12-sk-sme-nemocnica",
    "Slovak daily, SME-like (a perex in the header, a Čítajte tiež: line and a video advert under Článok pokračuje pod video reklamou between paragraphs, the author's box)",
    "r12_slovak",
    "Nová nemocnica v Prešove bude hotová o dva roky neskôr",
    "Jana Kováčová",
    "2024-05-16T08:30:00+02:00",
    [
        p(
            "Výstavba novej fakultnej nemocnice v Prešove sa oneskorí najmenej o dva roky. Ministerstvo zdravotníctva to potvrdilo vo štvrtok po stretnutí so zhotoviteľom."
        ),
        p(
            "Podľa ministerstva je dôvodom zmena projektu, ktorá si vyžiadala nové stavebné povolenie. Náklady sa podľa prvých odhadov zvýšia o 40 miliónov eur."
        ),
        _also("Čítajte tiež:", "Nemocnica v Martine otvorila nový pavilón", "/c/1"),
        sk_video_ad(),
        p(
            "Nemocnica mala pôvodne prijať prvých pacientov v roku 2027. Bude mať 600 lôžok a nahradí budovy zo sedemdesiatych rokov, ktoré sú v zlom stave."
        ),
        p(
            "„Chceme, aby sa stavalo bez ďalších prestávok,“ povedal hovorca ministerstva. Opozícia žiada, aby minister predstavil nový harmonogram v parlamente."
        ),
    ],
    site="SME",
    deck="Ministerstvo hovorí o zmene projektu a vyšších nákladoch.",
)
page(
    "r12-pa-punjabi-bus-adda",
    "Punjabi daily (Gurmukhi, sentences ending on ।, an ਇਹ ਵੀ ਪੜ੍ਹੋ: line between paragraphs)",
    "r12_punjabi",
    "ਲੁਧਿਆਣਾ ਵਿੱਚ ਨਵਾਂ ਬੱਸ ਅੱਡਾ ਅਗਲੇ ਮਹੀਨੇ ਖੁੱਲ੍ਹੇਗਾ",
    "ਪੰਜਾਬੀ ਟ੍ਰਿਬਿਊਨ ਨਿਊਜ਼ ਸਰਵਿਸ",
    "2024-05-16T09:00:00+05:30",
    [
        p("ਲੁਧਿਆਣਾ ਦਾ ਨਵਾਂ ਬੱਸ ਅੱਡਾ ਅਗਲੇ ਮਹੀਨੇ ਲੋਕਾਂ ਲਈ ਖੋਲ੍ਹ ਦਿੱਤਾ ਜਾਵੇਗਾ। ਇਸ ਦੀ ਉਸਾਰੀ ਉੱਤੇ ਲਗਭਗ 80 ਕਰੋੜ ਰੁਪਏ ਖਰਚ ਹੋਏ ਹਨ।"),
        p(
            "ਟਰਾਂਸਪੋਰਟ ਮੰਤਰੀ ਨੇ ਦੱਸਿਆ ਕਿ ਨਵੇਂ ਅੱਡੇ ਤੋਂ ਰੋਜ਼ਾਨਾ 1,500 ਬੱਸਾਂ ਚੱਲਣਗੀਆਂ ਅਤੇ ਯਾਤਰੀਆਂ ਲਈ ਉਡੀਕ ਘਰ, ਪੀਣ ਵਾਲੇ ਪਾਣੀ ਅਤੇ ਪਖਾਨਿਆਂ ਦਾ ਪ੍ਰਬੰਧ ਹੋਵੇਗਾ।"
        ),
        _also("ਇਹ ਵੀ ਪੜ੍ਹੋ:", "ਪੰਜਾਬ ਵਿੱਚ ਗਰਮੀ ਦਾ ਕਹਿਰ, ਪਾਰਾ 45 ਡਿਗਰੀ ਤੋਂ ਪਾਰ", "/news/punjab/1"),
        p("ਪੁਰਾਣੇ ਅੱਡੇ ਨੂੰ ਬੰਦ ਕਰਕੇ ਉੱਥੇ ਪਾਰਕਿੰਗ ਬਣਾਈ ਜਾਵੇਗੀ। ਸ਼ਹਿਰ ਦੇ ਵਿਚਕਾਰ ਲੱਗਦੇ ਜਾਮ ਤੋਂ ਵੀ ਲੋਕਾਂ ਨੂੰ ਰਾਹਤ ਮਿਲਣ ਦੀ ਉਮੀਦ ਹੈ।"),
        p("ਨਗਰ ਨਿਗਮ ਨੇ ਨਵੇਂ ਅੱਡੇ ਤੱਕ ਸਿਟੀ ਬੱਸ ਸੇਵਾ ਸ਼ੁਰੂ ਕਰਨ ਦਾ ਵੀ ਫ਼ੈਸਲਾ ਕੀਤਾ ਹੈ।"),
    ],
    site="Punjabi Tribune",
)
page(
    "r12-ml-manorama-metro",
    "Malayalam daily, Manorama-like (div.rtearticle-text paragraphs, an ഇതുകൂടി വായിക്കൂ card with a picture between them, a WhatsApp call after)",
    "r12_malayalam",
    "കൊച്ചി മെട്രോ രണ്ടാം ഘട്ടം: നിർമാണം അടുത്ത മാസം തുടങ്ങും",
    "സ്വന്തം ലേഖകൻ",
    "2024-05-16T09:40:00+05:30",
    [
        ml(
            "കൊച്ചി മെട്രോയുടെ രണ്ടാം ഘട്ടത്തിന്റെ നിർമാണം അടുത്ത മാസം തുടങ്ങുമെന്ന് കെഎംആർഎൽ അറിയിച്ചു. കലൂർ സ്റ്റേഡിയം മുതൽ കാക്കനാട് വരെ 11 കിലോമീറ്ററാണ് പുതിയ പാത."
        ),
        ml("പാതയിൽ 10 സ്റ്റേഷനുകൾ ഉണ്ടാകും. 1,957 കോടി രൂപയാണ് പദ്ധതിയുടെ ചെലവ്. 2026 ഓടെ പണി പൂർത്തിയാക്കാനാണ് ലക്ഷ്യം."),
        ml_card("വാട്ടർ മെട്രോ: പുതിയ റൂട്ടുകൾ ഉടൻ"),
        ml(
            "നിർമാണ സമയത്ത് സീപോർട്ട്–എയർപോർട്ട് റോഡിൽ ഗതാഗത നിയന്ത്രണം ഉണ്ടാകുമെന്നും യാത്രക്കാർ സഹകരിക്കണമെന്നും അധികൃതർ അഭ്യർഥിച്ചു."
        ),
        ml("ഇൻഫോപാർക്കിലേക്കുള്ള യാത്രാസമയം പകുതിയായി കുറയുമെന്നാണ് പ്രതീക്ഷ."),
    ],
    site="Manorama Online",
)
page(
    "r12-devto-postgres-index",
    "DEV (Forem) post (crayons-article__body text-styles: headings, paragraphs, highlighted code with a Copy button, a liquid tag's GitHub card; reactions, author card with Follow, Top comments)",
    "r12_devto",
    "The Postgres index that made our slowest query 200x faster",
    "Priya Raman",
    "2024-05-16T08:00:00Z",
    [
        p(
            "Our dashboard's slowest query took 4.2 seconds on a good day. It counted open orders per customer over the last 90 days, and the orders table had grown to 38 million rows."
        ),
        h("What EXPLAIN told us"),
        p(
            "Running it under EXPLAIN ANALYZE showed a sequential scan of the whole table, followed by a filter that threw away 97% of the rows it read. The existing index was on created_at alone, and the planner decided it was cheaper to ignore it."
        ),
        code(
            "CREATE INDEX CONCURRENTLY orders_open_recent\n    ON orders (customer_id, created_at)\n    WHERE status = 'open';"
        ),
        p(
            "A partial index on the two columns the query filters by, limited to open orders, is small: 310 MB against 2.1 GB for a full one. With it, the query ran in 21 milliseconds."
        ),
        raw(
            '<div class="ltag-github-readme-tag"><div class="readme-overview"><h2><a href="https://github.com/example/pg-index-advisor">example/pg-index-advisor</a></h2>'
            "<p>Suggests partial indexes from your slow query log</p></div></div>"
        ),
        h("What to watch"),
        p(
            "Partial indexes only help queries whose WHERE clause matches the index's condition. If someone rewrites the query with status IN ('open', 'pending'), the planner will go back to the sequential scan, so we added a test that checks the query plan."
        ),
    ],
    site="DEV Community",
)
page(
    "r12-ru-livejournal-tram",
    "LiveJournal post in Russian (aentry-post__text of text parted by br, an lj-cut anchor, Метки: tags, comment count and share buttons after)",
    "r12_livejournal",
    "Прокатился на новом трамвае по Лиговскому",
    "gorod_spb",
    "2024-05-16T19:20:00+03:00",
    [
        lj(
            "Сегодня наконец прокатился на новом трамвае, который с понедельника ходит по Лиговскому проспекту. Вагон трёхсекционный, низкопольный, внутри просторно и тихо."
        ),
        lj(
            "Ехал от Московского вокзала до Обводного канала, заняло двенадцать минут. Раньше автобус в час пик тащился здесь минут двадцать пять."
        ),
        raw('<a name="cutid1"></a>'),
        lj(
            "Из минусов: на остановках пока нет табло, и расписание висит только на бумаге.",
            "Кондуктора нет, оплата картой у валидаторов, и у каждого второго валидатора стояла очередь.",
        ),
        lj(
            "В целом впечатление хорошее. Если линию действительно продлят до Купчино, как обещают, это будет лучший транспорт в районе."
        ),
    ],
    site="gorod_spb",
)
page(
    "r12-remix-state-council",
    "Remix page whose body is only one HTML string in window.__remixContext's loader data (an empty skeleton in the DOM, no JSON-LD)",
    "r12_remix",
    "Council votes to make downtown bus lanes permanent",
    "Alicia Moreno",
    "2024-05-16T17:45:00-07:00",
    [
        p(
            "The city council voted 7-2 on Tuesday to make the downtown bus lanes on Fifth and Sixth avenues permanent, a year after they opened as a pilot."
        ),
        p(
            "Buses on the two avenues ran 23% faster during the pilot, according to the transit agency, and ridership on the routes that use them rose by 11%. Travel times for cars changed by less than a minute."
        ),
        p(
            'Council member Dana Whitfield, who voted against the plan, said delivery drivers had lost loading space. "We heard from dozens of small businesses that their deliveries now come at 5 a.m. or not at all," she said.'
        ),
        p(
            "The vote also sets aside $1.4 million for red paint, cameras and new loading zones on side streets. The cameras will start issuing tickets in September."
        ),
    ],
    site="The Harbor City Times",
)
page(
    "r12-eurekalert-bumblebees",
    "EurekAlert! science news release (div.entry paragraphs, the journal fields Journal, DOI, Method of Research, Article Title after, the service's disclaimer, media contact in the sidebar)",
    "r12_eurekalert",
    "City heat makes bumblebees start their day earlier, study finds",
    "University of Leeds",
    "2024-05-16T00:00:00Z",
    [
        p(
            "Bumblebees in cities leave their nests to forage up to 40 minutes earlier than bees in the surrounding countryside, a study led by the University of Leeds has found."
        ),
        p(
            "The researchers fitted tiny radio tags to 312 buff-tailed bumblebees from 24 colonies in and around Leeds and Sheffield, and recorded when each bee left and returned to its nest over two summers."
        ),
        p(
            '"The urban heat island effect means city bees are warm enough to fly sooner after sunrise," said lead author Dr Jane Okafor. "That could be good for them, but only if the flowers they need are open that early."'
        ),
        p(
            "The team found that many garden plants do not open their flowers until mid-morning, which means early-rising urban bees may spend more energy searching for food. The authors suggest that planting early-flowering species could help."
        ),
        p("The study was funded by the Natural Environment Research Council."),
    ],
    site="University of Leeds",
)
page(
    "r12-opinion-q-pullquotes",
    "opinion piece, Chorus-like (pull quotes as q.right and q.left between paragraphs, each repeating a body sentence; a quoted parent's letter in a blockquote; the writer's note and a newsletter box after)",
    "r12_opinion_q",
    "Phones out of classrooms was the easiest decision I ever made",
    "Laura Brennan",
    "2024-05-16T07:00:00-04:00",
    [
        p(
            "When our school banned phones during the school day three years ago, I expected a fight. Parents would object, students would find ways around it, and teachers would spend their days confiscating devices."
        ),
        p(
            "None of that happened. Within a month, the hallways were louder, the cafeteria was louder, and the classrooms were quieter. Kids talked to each other because there was nothing else to do."
        ),
        q_pull("Kids talked to each other because there was nothing else to do."),
        p(
            "The rule was simple: phones went into a locked pouch at the door and came out at the final bell. We bought the pouches with a $9,000 grant, and we let parents call the front office if they needed to reach a child."
        ),
        p("Some parents worried about emergencies. One mother wrote to me that first week:"),
        raw(
            "<blockquote><p>I understand why you are doing this, but if something happens at school, I need to know my son can reach me. Please tell me how that will work.</p></blockquote>",
            "I understand why you are doing this, but if something happens at school, I need to know my son can reach me. Please tell me how that will work.",
        ),
        p(
            "I called her, and we walked through our emergency plan together. By the end of the year she was one of the rule's strongest supporters."
        ),
        q_pull("By the end of the year she was one of the rule's strongest supporters.", "left"),
        p(
            "Discipline referrals fell by a third in the first year. Teachers told me they could finally teach a full period without competing with a screen. I do not think a phone ban solves everything, but it was the easiest decision I ever made."
        ),
    ],
    site="Vox",
    deck="Three years on, I would do it again tomorrow.",
)
page(
    "r12-translated-english-edition",
    "a European paper's English edition (an italic note that the story was translated from German with AI opening the body, a link to the German original closing it)",
    "r12_translated",
    "Berlin's rents rose more slowly last year, but new flats are still scarce",
    "Katrin Vogel",
    "2024-05-16T06:00:00+02:00",
    [
        p(
            "Rents for new tenancies in Berlin rose by 5.4 percent last year, less than in 2022, when they climbed by almost 19 percent. That is the finding of the city's new housing market report, presented on Wednesday."
        ),
        p(
            "The average asking rent now stands at 13.60 euros per square metre. In the districts of Mitte and Friedrichshain-Kreuzberg, it is more than 16 euros."
        ),
        p(
            "The number of new flats completed fell to 16,000, well short of the Senate's target of 20,000 a year. Developers point to high construction costs and interest rates."
        ),
        p(
            '"The slower rise in rents is no reason to give the all-clear," said the senator for urban development. "We need more building, not less."'
        ),
    ],
    site="Tagesspiegel",
)
page(
    "r12-next-story-below",
    "regional paper's story page with an infinite scroll (the story's article, then an Up next label and the next story's whole article below it)",
    "r12_next_story",
    "Lakeshore school district adds 40 new bus drivers after shortage",
    "Megan Holt",
    "2024-05-16T12:00:00-05:00",
    [
        p(
            "The Lakeshore School District has hired 40 bus drivers since January, ending a shortage that forced it to cancel routes and double up others for most of last year."
        ),
        p(
            "The district raised starting pay from $18 to $23 an hour in December and began paying for the commercial license training that new drivers need, which costs about $4,000 per driver."
        ),
        p(
            '"We went from begging people to drive to having a waiting list," said transportation director Luis Ortega. "Pay was the whole story."'
        ),
        p("All 112 routes will run at full strength when school starts in August, Ortega said."),
    ],
    site="The Lakeshore Ledger",
    next_title="Harbor festival moves to Labor Day weekend",
    next_paragraphs=(
        "The Lakeshore Harbor Festival will move from July to Labor Day weekend this year, organizers announced Wednesday, citing crowding at the marina.",
        "The festival drew about 30,000 visitors last summer. Organizers said the later date would let them use the school parking lots for shuttle buses.",
        "Fireworks will be held on Sunday night, Sept. 1, weather permitting.",
    ),
)
