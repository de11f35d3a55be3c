"""The twenty-second round of ``bench/extraction_pages``: pages (``r22-*``) of outlets, platforms and page kinds
the first twenty-one rounds lack, each in a template written here after what the outlet's or platform's pages emit.

Languages: Cherokee in its syllabary (a script no round had; a Cherokee Phoenix-like tribal paper whose headline
comes after the lead photo), Hebrew (a Walla-like portal's AMP page, right to left), Portuguese (an Observador-like
story's first page of two, a pager), Swedish (a Dagens Nyheter-like story whose lead photo's caption is longer
than its first paragraph), Hungarian (a 444-like explainer headed by questions), Romanian (a HotNews-like app
whose story is only in its ``<noscript>`` fallback) and German (a Badische Zeitung-like page holding two
``<article>`` elements, the story and a recommended one). Platforms and kinds: an essay with endnotes on Hexo, a
photo essay on Exposure (short text between big captions), a nonprofit newsroom's story with a correction
appended, a tech site on Payload CMS quoting a Bluesky post through its fallback markup, a television station's
story with "RELATED:" lines between paragraphs, a city's news on Drupal 10's Olivero theme, a Bridgetown blog
and a council's release on Silverstripe. The gold of every page was written before nutgraf was run on it: it
leaves out headlines, bylines, datelines, leads in the header, captions and credits (but the photo essay's),
pagers, pointers, advert labels, the recommended article, author boxes, newsletter boxes, paywall teasers,
calls to comment, share bars and contact lines; it keeps headings, questions, list items, the endnotes (with
their markers), the correction and the embedded post's text.
"""

from __future__ import annotations

import zlib

from articles import page
from fourth_round import _cookie, _doc, _ld, _links
from furniture import SKINS
from parts import h, p, raw
from seventeenth_round import _ul
from thirteenth_round import _lis

# ---------------------------------------------------------------- Cherokee in its syllabary
_CONSONANTS = ("", "g", "h", "l", "m", "n", "qu", "s", "d", "dl", "ts", "w", "y")
_CHEROKEE = {
    # The syllabary's blocks in Unicode's order (U+13A0 on): each consonant's row over a e i o u v.
    "a": "Ꭰ", "e": "Ꭱ", "i": "Ꭲ", "o": "Ꭳ", "u": "Ꭴ", "v": "Ꭵ",
    "ga": "Ꭶ", "ka": "Ꭷ", "ge": "Ꭸ", "gi": "Ꭹ", "go": "Ꭺ", "gu": "Ꭻ", "gv": "Ꭼ",
    "ha": "Ꭽ", "he": "Ꭾ", "hi": "Ꭿ", "ho": "Ꮀ", "hu": "Ꮁ", "hv": "Ꮂ",
    "la": "Ꮃ", "le": "Ꮄ", "li": "Ꮅ", "lo": "Ꮆ", "lu": "Ꮇ", "lv": "Ꮈ",
    "ma": "Ꮉ", "me": "Ꮊ", "mi": "Ꮋ", "mo": "Ꮌ", "mu": "Ꮍ",
    "na": "Ꮎ", "hna": "Ꮏ", "nah": "Ꮐ", "ne": "Ꮑ", "ni": "Ꮒ", "no": "Ꮓ", "nu": "Ꮔ", "nv": "Ꮕ",
    "qua": "Ꮖ", "que": "Ꮗ", "qui": "Ꮘ", "quo": "Ꮙ", "quu": "Ꮚ", "quv": "Ꮛ",
    "sa": "Ꮜ", "s": "Ꮝ", "se": "Ꮞ", "si": "Ꮟ", "so": "Ꮠ", "su": "Ꮡ", "sv": "Ꮢ",
    "da": "Ꮣ", "ta": "Ꮤ", "de": "Ꮥ", "te": "Ꮦ", "di": "Ꮧ", "ti": "Ꮨ", "do": "Ꮩ", "du": "Ꮪ", "dv": "Ꮫ",
    "dla": "Ꮬ", "tla": "Ꮭ", "tle": "Ꮮ", "tli": "Ꮯ", "tlo": "Ꮰ", "tlu": "Ꮱ", "tlv": "Ꮲ",
    "tsa": "Ꮳ", "tse": "Ꮴ", "tsi": "Ꮵ", "tso": "Ꮶ", "tsu": "Ꮷ", "tsv": "Ꮸ",
    "wa": "Ꮹ", "we": "Ꮺ", "wi": "Ꮻ", "wo": "Ꮼ", "wu": "Ꮽ", "wv": "Ꮾ",
    "ya": "Ꮿ", "ye": "Ᏸ", "yi": "Ᏹ", "yo": "Ᏺ", "yu": "Ᏻ", "yv": "Ᏼ",
}  # fmt: skip


def chr_(romanized: str) -> str:
    """Cherokee romanized a syllable at a time ("tsa-la-gi"), given in the syllabary ("ᏣᎳᎩ"); a piece the table
    lacks (a figure, punctuation) stays as written."""
    words = []
    for word in romanized.split(" "):
        tail = word[-1] if word and word[-1] in ".,:;?!" else ""
        body = word[: len(word) - len(tail)]
        words.append("".join(_CHEROKEE.get(s, s) for s in body.split("-")) + tail)
    return " ".join(words)


def phoenix(page_: dict, article: str) -> str:
    """A tribal newspaper's Cherokee-language page, Cherokee Phoenix-like: a consent banner, the section's nav, the
    lead photo and its caption BEFORE the headline, the byline, ``div.story-body`` of paragraphs, the "Read in
    English" link, a share bar, an author box and "More Cherokee language stories"."""
    return _doc(page_, "chr", (
        _cookie("We use cookies to improve your experience on our site.", "I agree", "Learn more")
        + f'<header class="top"><a class="brand" href="/">{page_["site"]}</a><ul class="sections">{_links(("News", "Culture", "Education", "ᏣᎳᎩ", "Opinion"), "/section/")}</ul>'
        '<a class="subscribe" href="/subscribe">Subscribe to the print edition</a></header>'
        '<main id="content"><div class="story">'
        '<figure class="lead-photo"><img src="/uploads/2024/05/immersion-grads.jpg" alt="">'
        f'<figcaption>{chr_("di-de-yo-di tsa-la-gi")}. ARCHIVE PHOTO / Cherokee Phoenix</figcaption></figure>'
        f'<h1 class="story-title">{page_["title"]}</h1>'
        f'<div class="story-meta"><span class="by">BY {page_["author"].upper()}</span> <span class="role">Multimedia Reporter</span> <time>May 17, 2024</time></div>'
        f'<div class="story-body">{article}</div>'
        '<p class="translation-link"><a href="/news/immersion-school-graduates">Read this story in English</a></p>'
        '<div class="share-tools"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Print</a> <a href="#">Email</a></div>'
        f'<div class="author-box"><h4>About the Author</h4><p>{page_["author"]} has covered Cherokee language and culture for the Phoenix since 2019. She can be reached at 918-555-0142.</p></div>'
        f'</div><aside class="more"><h3>More Cherokee language stories</h3><ul>{_lis((chr_("tsa-la-gi ga-wo-ni-hi-s-di"), chr_("di-go-we-li tsa-la-gi")), "/chr/")}</ul></aside></main>'
        '<footer><p>© 2024 Cherokee Phoenix. All rights reserved.</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Hebrew (a portal's AMP page, right to left)
def walla_amp(page_: dict, article: str) -> str:
    """A Hebrew portal's AMP page, Walla-like: ``<html ⚡ dir="rtl">``, ``amp-consent``, a sticky header, the
    headline and subtitle, ``amp-img`` with its credit, ``div.article-content`` of paragraphs with an ``amp-ad``
    labelled "פרסומת" and a "עוד בוואלה" card between them, ``amp-social-share`` and "הכתבות הנקראות ביותר"."""
    return (
        '<!DOCTYPE html><html ⚡ lang="he" dir="rtl"><head><meta charset="utf-8">'
        '<script async src="https://cdn.ampproject.org/v0.js"></script>'
        f'<title>{page_["title"]} - וואלה חדשות</title><link rel="canonical" href="{page_["url"]}">'
        '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">'
        f"{_ld(page_)}<style amp-custom>body{{font-family:Arial}}</style></head><body>"
        '<amp-consent id="consent" layout="nodisplay"><div class="consent-ui"><p>אנו משתמשים בעוגיות כדי לשפר את חוויית הגלישה שלך.</p>'
        '<button on="tap:consent.accept">אישור</button><button on="tap:consent.reject">דחייה</button></div></amp-consent>'
        f'<header class="amp-header"><a href="/">{page_["site"]}</a><button on="tap:sidebar.toggle">תפריט</button></header>'
        '<amp-sidebar id="sidebar" layout="nodisplay" side="right"><ul>' + _links(("חדשות", "ספורט", "כסף", "תרבות", "אוכל")) + "</ul></amp-sidebar>"
        f'<main><article><h1 class="title">{page_["title"]}</h1><h2 class="subtitle">{page_["lede"]}</h2>'
        f'<div class="author">{page_["author"]} · 17/05/2024 08:40</div>'
        '<figure><amp-img src="/img/rail.jpg" width="640" height="360" layout="responsive"></amp-img><figcaption>הרכבת הקלה בתל אביב (צילום: שלומי גבאי)</figcaption></figure>'
        f'<div class="article-content">{article}</div>'
        '<amp-social-share type="whatsapp"></amp-social-share><amp-social-share type="facebook"></amp-social-share>'
        '<div class="comments-cta"><a href="/talkbacks">לתגובות (14)</a></div></article>'
        f'<section class="most-read"><h3>הכתבות הנקראות ביותר</h3><ul>{_lis(("מזג האוויר: עלייה בטמפרטורות", "שינויים בלוח המבחנים"), "/item/")}</ul></section></main>'
        '<footer><p>© כל הזכויות שמורות לוואלה</p></footer></body></html>'
    )  # fmt: skip


def walla_ad() -> tuple[str, None]:
    return (
        '<div class="ad-wrap"><span class="ad-label">פרסומת</span><amp-ad width="300" height="250" type="doubleclick" data-slot="/walla/news"></amp-ad></div>',
        None,
    )


def walla_more(title: str) -> tuple[str, None]:
    return (
        f'<div class="more-in-walla"><span>עוד בוואלה</span> <a href="/item/3690001">{title}</a></div>',
        None,
    )


# ---------------------------------------------------------------- Portuguese (a story's first page of two)
def observador(page_: dict, article: str) -> str:
    """A Portuguese daily's long story, Observador-like, on its first page of two: a consent box, the kicker, the
    headline, the lead in the header, the byline, ``div.story__body`` of paragraphs with a "Publicidade" slot,
    then the pager ("Página 1 de 2", "Continuar a ler", "Seguinte »"), a paywall teaser for the second page and
    "Mais lidas"."""
    return _doc(page_, "pt", (
        _cookie("O Observador utiliza cookies para melhorar a sua experiência de navegação.", "Aceitar", "Saber mais")
        + f'<header class="site-header"><a class="logo" href="/">{page_["site"]}</a><ul class="nav">{_links(("Política", "Sociedade", "País", "Economia", "Mundo", "Cultura"), "/")}</ul></header>'
        '<main><article class="story"><span class="kicker">Ambiente</span>'
        f'<h1 class="story__headline">{page_["title"]}</h1><div class="story__blurb lead"><p>{page_["lede"]}</p></div>'
        f'<div class="byline">{page_["author"]} · 17 de Maio de 2024, 7:15</div>'
        '<figure class="story__media"><img src="/img/tejo.jpg" alt=""><figcaption>O estuário do Tejo junto a Alcochete <span>Rui Gaudêncio</span></figcaption></figure>'
        f'<div class="story__body">{article}</div>'
        '<nav class="pagination" aria-label="Páginas do artigo"><span class="current">Página 1 de 2</span> <a href="?page=2" rel="next">Continuar a ler »</a> <a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=2">Seguinte »</a></nav>'
        '<div class="paywall-teaser"><p>Para ler a página seguinte, torne-se assinante do Observador.</p><a class="btn" href="/assinaturas">Assinar a partir de 1€</a></div>'
        '<div class="share"><a href="#">Partilhar</a> <a href="#">Guardar</a></div></article>'
        f'<aside class="mais-lidas"><h3>Mais lidas</h3><ol>{_lis(("Greve nos comboios na próxima semana", "Preço das casas volta a subir"), "/noticia/")}</ol></aside></main>'
        '<footer><p>© 2024 Observador On Time, S.A.</p></footer>'
    ))  # fmt: skip


def pt_ad() -> tuple[str, None]:
    return '<div class="ad-slot"><span>Publicidade</span><div id="gpt-ad-mrec"></div></div>', None


# ---------------------------------------------------------------- Swedish (a caption longer than the first paragraph)
def dn(page_: dict, article: str) -> str:
    """A Swedish daily's story, Dagens Nyheter-like: a consent dialog, the headline, a lead in the header, the lead
    photo with a caption of several sentences (longer than the story's first paragraph) and its credit, the byline,
    ``div.article__body`` of paragraphs with a "Läs också" teaser, a "Annons" slot, then "Ämnen", the share bar,
    a newsletter box and a paywall teaser for a locked story."""
    return _doc(page_, "sv", (
        _cookie("Vi använder cookies för att ge dig en bättre upplevelse och för att visa relevanta annonser.", "Godkänn alla", "Inställningar")
        + f'<header class="site-header"><a class="logo" href="/">{page_["site"]}</a><ul>{_links(("Sverige", "Stockholm", "Världen", "Ekonomi", "Kultur", "Sport"), "/")}</ul></header>'
        f'<main><article class="article"><h1 class="article__title">{page_["title"]}</h1><p class="article__lead">{page_["lede"]}</p>'
        '<figure class="article__figure"><img src="/img/faerja.jpg" alt="">'
        "<figcaption><span class=\"caption\">Färjan Gotland lägger till i Nynäshamn på torsdagsmorgonen, tre timmar försenad. Passagerarna fick stanna kvar ombord medan tekniker från rederiet och Transportstyrelsen undersökte rodret, som hade slutat svara strax efter att fartyget lämnat Visby hamn i hård vind. Rederiet säger att ingen skadades och att färjan går som vanligt igen från i morgon.</span> "
        '<span class="credit">Foto: Lars Pehrson</span></figcaption></figure>'
        f'<div class="article__byline"><span>{page_["author"]}</span> <time>17 maj 2024 kl. 10.12</time></div>'
        f'<div class="article__body">{article}</div>'
        '<div class="tags"><h4>Ämnen</h4><a href="/amne/gotland">Gotland</a> <a href="/amne/sjofart">Sjöfart</a></div>'
        '<div class="share"><button>Dela</button><button>Kopiera länk</button></div>'
        '<div class="newsletter"><h3>Nyhetsbrev: Morgon-DN</h3><p>Dagens viktigaste nyheter i din inkorg varje morgon.</p><form><input type="email"><button>Prenumerera</button></form></div></article>'
        '<aside class="teaser locked"><span class="badge">DN+</span><h3><a href="/sverige/rederier">Så ser rederiernas säkerhetsarbete ut</a></h3><p>Endast för prenumeranter. Prova DN för 1 krona.</p></aside></main>'
        '<footer><p>© Dagens Nyheter AB 2024</p></footer>'
    ))  # fmt: skip


def sv_also(title: str) -> tuple[str, None]:
    return (
        f'<div class="teaser-inline"><span class="label">Läs också:</span> <a href="/sverige/1">{title}</a></div>',
        None,
    )


def sv_ad() -> tuple[str, None]:
    return '<div class="ad"><span class="ad__label">Annons</span><div class="ad__slot"></div></div>', None


# ---------------------------------------------------------------- Hungarian (an explainer headed by questions)
def four44(page_: dict, article: str) -> str:
    """A Hungarian news site's explainer, 444-like: a consent box, the headline, the byline, ``div.article-html``
    whose parts are headed by questions (``h2``), a "Hirdetés" slot, then a donation appeal ("Támogasd a
    444-et"), the share bar, "Kapcsolódó cikkek" and a comment prompt."""
    return _doc(page_, "hu", (
        _cookie("Sütiket használunk, hogy a lehető legjobb élményt nyújtsuk.", "Elfogadom", "Részletek")
        + f'<header class="header"><a class="logo" href="/">{page_["site"]}</a><ul>{_links(("Belföld", "Külföld", "Gazdaság", "Tech", "Kult", "Sport"), "/rovat/")}</ul></header>'
        f'<main><article class="article"><div class="superscript">Magyarázó</div><h1 class="article_title">{page_["title"]}</h1>'
        f'<div class="author"><a href="/szerzo/1">{page_["author"]}</a> · 2024. május 17. – 06:02</div>'
        f'<div class="article-html">{article}</div>'
        '<div class="support-box"><h3>Támogasd a 444-et!</h3><p>A 444 független újságírását olvasóink tartják fenn. Legyél te is támogatónk havi 1000 forinttól.</p><a href="/tamogatas">Támogatom</a></div>'
        '<div class="share"><a href="#">Facebook</a> <a href="#">Link másolása</a></div>'
        f'<section class="related"><h3>Kapcsolódó cikkek</h3><ul>{_lis(("Emelkedik a villanyszámla júliustól", "Mit jelent a rezsicsökkentés vége?"), "/cikk/")}</ul></section>'
        '<div class="comments-prompt"><p>Szólj hozzá a Facebookon!</p></div></article></main>'
        '<footer><p>© 2024 444</p></footer>'
    ))  # fmt: skip


def hu_ad() -> tuple[str, None]:
    return '<div class="banner"><span>Hirdetés</span><div id="hirdetes-1"></div></div>', None


# ---------------------------------------------------------------- Exposure (a photo essay)
def exposure(page_: dict, article: str) -> str:
    """A photo essay on Exposure: a full-bleed cover with the title and the photographer, then the story's blocks,
    each a big photo with its caption or a short text block; "Share this story", the photographer's profile with
    "Follow", "More stories by ..." and the platform's "Made with Exposure" footer."""
    return _doc(page_, "en", (
        '<div class="cookie-notice"><p>Exposure uses cookies to make our service work.</p><button>Got it</button></div>'
        f'<div class="cover"><img src="/cover.jpg" alt=""><div class="cover-text"><h1 class="story-title">{page_["title"]}</h1><p class="story-author">Photographs and words by {page_["author"]}</p></div></div>'
        f'<div class="story-blocks">{article}</div>'
        '<div class="share-story"><h4>Share this story</h4><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Copy link</a></div>'
        f'<div class="profile"><img src="/avatar.jpg" alt=""><h3>{page_["author"]}</h3><p>Documentary photographer based in Aberdeen.</p><button>Follow</button></div>'
        f'<div class="more-stories"><h3>More stories by {page_["author"]}</h3><ul>{_lis(("The Last Herring Girls", "Winter on Fair Isle"), "/stories/")}</ul></div>'
        '<footer><a href="https://exposure.co">Made with Exposure</a></footer>'
    ))  # fmt: skip


def ex_photo(caption: str) -> tuple[str, str]:
    return (
        f'<div class="block block-photo full"><figure><img src="/p/{zlib.crc32(caption.encode()) % 1000}.jpg" alt="" loading="lazy">'
        f'<figcaption class="caption">{caption}</figcaption></figure></div>',
        caption,
    )


def ex_text(text: str) -> tuple[str, str]:
    return f'<div class="block block-text"><p>{text}</p></div>', text


# ---------------------------------------------------------------- Hexo (an essay with endnotes)
def hexo(page_: dict, article: str) -> str:
    """A historian's blog on Hexo's NexT theme: the sidebar's site overview, ``article.post`` with the title and
    "Posted on", ``div.post-body`` of paragraphs with superscript note markers and an endnotes ``ol`` under
    "Notes", then "Post author / Post link / Copyright Notice", tags, "Buy me a coffee", the prev/next links and a
    Disqus prompt."""
    return _doc(page_, "en", (
        f'<header class="header"><div class="site-brand"><a class="brand" href="/">{page_["site"]}</a><p class="site-subtitle">Notes on the history of the railways</p></div>'
        f'<ul class="menu">{_links(("Home", "Archives", "Tags", "About"), "/")}</ul></header>'
        '<main class="main"><div class="content post"><article class="post" itemscope itemtype="http://schema.org/Article">'
        f'<header class="post-header"><h1 class="post-title" itemprop="name headline">{page_["title"]}</h1>'
        '<div class="post-meta"><span class="post-meta-item">Posted on <time>2024-05-12</time></span> <span class="post-meta-item">Symbols count in article: 4.1k</span> <span class="post-meta-item">Reading time ≈ 4 mins.</span></div></header>'
        f'<div class="post-body" itemprop="articleBody">{article}</div>'
        f'<div class="post-copyright"><ul><li><strong>Post author:</strong> {page_["author"]}</li><li><strong>Post link:</strong> <a href="{page_["url"]}">{page_["url"]}</a></li>'
        '<li><strong>Copyright Notice:</strong> All articles in this blog are licensed under CC BY-NC-SA 4.0 unless stating additionally.</li></ul></div>'
        '<div class="reward-container"><div>Buy me a coffee</div><button>Donate</button></div>'
        '<footer class="post-footer"><div class="post-tags"><a href="/tags/railways/"># railways</a> <a href="/tags/scotland/"># scotland</a></div>'
        '<div class="post-nav"><a href="/2024/04/signal-boxes/" rel="prev">The signal boxes of Fife</a> <a href="/2024/05/sleepers/" rel="next">Sleepers and their timber</a></div></footer></article>'
        '<div class="comments" id="disqus_thread"><p>Please enable JavaScript to view the comments powered by Disqus.</p></div></div></main>'
        '<footer class="footer"><p>© 2019 – 2024 Iain Mackenzie · Powered by Hexo & NexT.Gemini</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- a nonprofit newsroom (a correction appended)
def tribune(page_: dict, article: str) -> str:
    """A state nonprofit newsroom's story, Texas Tribune-like (Django): a donation bar, the headline, the summary in
    the header, the byline, ``div.story-body`` of ``p`` with a "Sign up for The Brief" box and a "Support" appeal
    between them, the correction after the last paragraph (``p.correction``, starting "Correction, May 17,
    2024:"), the disclosure of donors, the republishing box and "Recommended"."""
    return _doc(page_, "en", (
        '<div class="donate-bar"><p>Our newsroom depends on member support.</p><a href="/donate">Donate now</a></div>'
        + _cookie("This site uses cookies to deliver our services and to show you relevant information.", "OK", "Privacy")
        + f'<header class="site-nav"><a class="logo" href="/">{page_["site"]}</a><ul>{_links(("Politics", "Education", "Health", "Energy", "Criminal Justice"), "/topics/")}</ul></header>'
        f'<main><article class="story"><h1 class="story-headline">{page_["title"]}</h1><p class="story-summary">{page_["lede"]}</p>'
        f'<p class="byline">by <a href="/about/staff/1">{page_["author"]}</a> May 16, 2024 Updated: May 17, 2024</p>'
        '<figure><img src="/media/dam.jpg" alt=""><figcaption>The Choke Canyon Reservoir in 2023. Credit: Eddie Seal for The Rio Star</figcaption></figure>'
        f'<div class="story-body">{article}</div>'
        '<div class="disclosure"><p><strong>Disclosure:</strong> The Edwards Aquifer Authority has been a financial supporter of The Rio Star, a nonprofit, nonpartisan news organization that is funded in part by donations from members, foundations and corporate sponsors.</p></div>'
        '<div class="republish"><h4>Republish this story</h4><p>You may republish our stories for free, online or in print. <a href="/republishing">Read our guidelines</a>.</p></div></article>'
        f'<aside class="recommended"><h3>Recommended</h3><ul>{_lis(("Lawmakers eye new water fund", "Drought returns to the Hill Country"), "/story/")}</ul></aside></main>'
        '<footer><p>© 2024 The Rio Star</p></footer>'
    ))  # fmt: skip


def tr_brief() -> tuple[str, None]:
    return (
        '<div class="newsletter-inline"><h4>Sign up for The Brief</h4><p>Our daily newsletter that keeps readers up to speed on the most essential news.</p><form><input type="email" placeholder="Your email"><button>Sign up</button></form></div>',
        None,
    )


def tr_support() -> tuple[str, None]:
    return (
        '<div class="support-inline"><p>Quality journalism doesn\'t come free. Perhaps it goes without saying, but producing quality journalism isn\'t cheap. <a href="/donate">Become a member today</a>.</p></div>',
        None,
    )


# ---------------------------------------------------------------- Payload CMS (a Bluesky post's fallback)
def payload(page_: dict, article: str) -> str:
    """A tech site on Payload CMS rendered by Next.js: a consent banner, the headline, the author's avatar and the
    date, ``div.rich-text`` of ``p`` with a Bluesky post's embed fallback (``blockquote.bluesky-embed``: the text,
    the author and handle, the date link) and an inline "Read more" card, then the author box, a newsletter box
    and "Keep reading"."""
    return _doc(page_, "en", (
        _cookie("We use cookies and similar technologies to measure our audience.", "Accept all", "Manage preferences")
        + f'<header class="Header_header__x1"><a class="Header_logo__a2" href="/">{page_["site"]}</a><ul>{_links(("AI", "Apps", "Policy", "Security"), "/category/")}</ul></header>'
        f'<main><article class="Post_post__k3"><h1>{page_["title"]}</h1>'
        f'<div class="Post_meta__z8"><img src="/media/avatar.png" alt=""><span>{page_["author"]}</span> <time>May 16, 2024</time> <span>4 min read</span></div>'
        f'<div class="rich-text">{article}</div>'
        f'<div class="AuthorBox_box__r1"><h4>{page_["author"]}</h4><p>Senior reporter covering social platforms. Send tips on Signal.</p></div>'
        '<div class="Newsletter_box__q7"><h3>Get the Patchnotes newsletter</h3><p>The week in tech, every Friday.</p><form><input type="email"><button>Subscribe</button></form></div></article>'
        f'<section class="KeepReading_section__p2"><h3>Keep reading</h3><ul>{_lis(("Threads adds a following feed", "Mastodon’s new quote posts"), "/posts/")}</ul></section></main>'
        '<footer><p>© 2024 Patchnotes Media</p></footer>'
    ))  # fmt: skip


def bluesky(text: str, who: str, handle: str, when: str) -> tuple[str, str]:
    return (
        f'<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:abc/app.bsky.feed.post/3k" data-bluesky-cid="bafy"><p lang="en">{text}<br><br>'
        f'<a href="https://bsky.app/profile/did:plc:abc/post/3k?ref_src=embed">[image or embed]</a></p>&mdash; {who} (<a href="https://bsky.app/profile/did:plc:abc?ref_src=embed">@{handle}</a>) '
        f'<a href="https://bsky.app/profile/did:plc:abc/post/3k?ref_src=embed">{when}</a></blockquote>'
        '<script async src="https://embed.bsky.app/static/embed.js" charset="utf-8"></script>',
        text,
    )


def pl_more(title: str) -> tuple[str, None]:
    return (
        f'<div class="InlineCard_card__m4"><span>Read more</span><a href="/posts/1"><img src="/media/t.png" alt=""><strong>{title}</strong></a></div>',
        None,
    )


# ---------------------------------------------------------------- Romanian (a story only in <noscript>)
def noscript_app(page_: dict, article: str) -> str:
    """A Romanian news site as a client-rendered app, HotNews-like: the head's meta tags, an empty ``div#app`` with a
    loading skeleton, and the story only in a ``<noscript>`` fallback (the headline, the byline, paragraphs with
    a "Citește și:" line, "Urmărește-ne pe Google News"), the app's scripts after."""
    return _doc(page_, "ro", (
        '<div id="app"><div class="skeleton"><div class="sk-line"></div><div class="sk-line"></div><p class="loading">Se încarcă...</p></div></div>'
        '<noscript><div class="ns-page"><p class="ns-warning">Pentru o experiență completă, activați JavaScript.</p>'
        f'<header><a href="/">{page_["site"]}</a><ul>{_links(("Actualitate", "Politic", "Economie", "Internațional", "Sport"), "/")}</ul></header>'
        f'<article class="ns-article"><h1>{page_["title"]}</h1><p class="ns-meta">de {page_["author"]} · 17 mai 2024, 09:30</p>'
        f'<div class="ns-body">{article}</div>'
        '<p class="ns-follow"><a href="https://news.google.com/publications/1">Urmărește-ne pe Google News</a></p></article>'
        f'<aside><h3>Cele mai citite</h3><ul>{_lis(("Cod galben de ploi în 20 de județe", "Noile reguli pentru permisul auto"), "/stiri/")}</ul></aside>'
        '<footer><p>© 2024 HotNews.ro</p></footer></div></noscript>'
        '<script src="/_app/immutable/entry/start.js" type="module"></script>'
    ))  # fmt: skip


def ro_also(title: str) -> tuple[str, None]:
    return f'<p><strong>Citește și:</strong> <a href="/stiri/2">{title}</a></p>', None


# ---------------------------------------------------------------- a television station ("RELATED:" lines)
def abc_station(page_: dict, article: str) -> str:
    """A network-owned television station's story, ABC7-like: a consent banner, the "WATCH LIVE" bar, the video's
    player with its title, the headline, the byline, ``div.article-body`` of ``p`` with upper-case "RELATED:" and
    "ALSO SEE:" lines between them, an "Advertisement" slot, then "Report a correction or typo", the station's
    app promo and "Top Stories"."""
    return _doc(page_, "en", (
        _cookie("We and our partners use cookies to personalize content and ads.", "Accept", "Do Not Sell or Share My Personal Information")
        + f'<div class="live-bar"><a href="/watch/live">WATCH LIVE</a></div><header><a class="logo" href="/">{page_["site"]}</a><ul>{_links(("Local News", "Weather", "Traffic", "I-Team", "Sports"), "/")}</ul></header>'
        '<main><article><div class="video-player"><div class="jw-title">Video: Crews battle brush fire near Santa Clarita</div></div>'
        f'<h1 class="headline">{page_["title"]}</h1><div class="byline">By {page_["author"]} <time>Thursday, May 16, 2024 11:04PM</time></div>'
        f'<div class="article-body">{article}</div>'
        '<p class="report"><a href="/feedback">Report a correction or typo</a></p>'
        '<div class="app-promo"><p>Get the ABC7 News app for breaking news alerts.</p><a href="/apps">Download</a></div></article>'
        f'<section class="top-stories"><h3>Top Stories</h3><ul>{_lis(("Heat wave to bring triple digits to valleys", "Metro fares change June 1"), "/story/")}</ul></section></main>'
        '<footer><p>Copyright © 2024 KABC-TV. All Rights Reserved.</p></footer>'
    ))  # fmt: skip


def abc_related(label: str, title: str) -> tuple[str, None]:
    return f'<p><strong>{label}</strong> <a href="/story/14800001">{title}</a></p>', None


def abc_ad() -> tuple[str, None]:
    return (
        '<div class="ad-container"><span class="ad-label">Advertisement</span><div id="ad-mid"></div></div>',
        None,
    )


# ---------------------------------------------------------------- German (two <article> elements)
def bz(page_: dict, article: str) -> str:
    """A German regional paper's story, Badische Zeitung-like: a consent layer, the headline, a lead in the header,
    the byline, ``div.article-text`` of ``p`` with an "Anzeige" slot, then a "BZ-Plus" paywall teaser, the share
    bar, "Mehr zum Thema", and after the story a second ``<article>`` ("Empfohlener Artikel") holding another
    story's headline, author and three paragraphs, then a comment prompt."""
    second = (
        '<article class="recommended-article"><div class="label">Empfohlener Artikel</div>'
        '<h2>Neue Radwege in der Innenstadt: Was sich ab Juni ändert</h2><p class="author">Von Jana Ruf</p>'
        "<p>Ab dem 1. Juni gelten in der Freiburger Innenstadt neue Regeln für Radfahrerinnen und Radfahrer. Auf drei Straßen wird die rechte Fahrspur zum geschützten Radweg, Autos dürfen dort nicht mehr halten.</p>"
        "<p>Die Stadt rechnet mit Kosten von rund 1,2 Millionen Euro. Der Gemeinderat hatte die Pläne im Februar mit großer Mehrheit beschlossen.</p>"
        "<p>Kritik kommt vom Einzelhandel, der um Lieferzonen fürchtet. Die Verwaltung verspricht, bis Ende Mai zusätzliche Ladezonen auszuweisen.</p></article>"
    )
    return _doc(page_, "de", (
        _cookie("Wir und unsere Partner nutzen Cookies, um Inhalte und Anzeigen zu personalisieren.", "Alle akzeptieren", "Einstellungen")
        + f'<header class="site-head"><a class="logo" href="/">{page_["site"]}</a><ul>{_links(("Freiburg", "Südbaden", "Wirtschaft", "Sport", "Kultur"), "/")}</ul></header>'
        f'<main><article class="article"><h1 class="article-headline">{page_["title"]}</h1><p class="article-intro">{page_["lede"]}</p>'
        f'<div class="article-author">Von {page_["author"]} · Fr, 17. Mai 2024, 18:45 Uhr</div>'
        '<figure><img src="/img/muenster.jpg" alt=""><figcaption>Das Münster nach der Sanierung des Turms. Foto: Ingo Schneider</figcaption></figure>'
        f'<div class="article-text">{article}</div>'
        '<div class="share"><a href="#">Teilen</a> <a href="#">Merken</a> <a href="#">Drucken</a></div>'
        f'<div class="related"><h3>Mehr zum Thema</h3><ul>{_lis(("Münsterbauverein sucht Steinmetze", "Turmführungen wieder möglich"), "/freiburg/")}</ul></div></article>'
        f'{second}<div class="comments-teaser"><p>Diskutieren Sie mit! Melden Sie sich an, um zu kommentieren.</p></div></main>'
        '<footer><p>© Badischer Verlag GmbH & Co. KG 2024</p></footer>'
    ))  # fmt: skip


def de_ad() -> tuple[str, None]:
    return '<div class="ad-marker"><span>Anzeige</span><div id="ad-content-1"></div></div>', None


# ---------------------------------------------------------------- Drupal 10's Olivero theme (a city's news)
def olivero(page_: dict, article: str) -> str:
    """A city's news item on Drupal 10's default Olivero theme: the ``site-branding``, the primary nav,
    ``article.node--type-news`` with the title in ``h1.title.page-title``, ``div.node__meta`` with the author's
    picture, the body field ``div.text-content.clearfix.field--name-body``, the tags field, the "Was this page
    helpful?" block, the "Contact" block and the footer's menu."""
    return _doc(page_, "en", (
        '<div class="dialog-off-canvas-main-canvas"><div id="page-wrapper" class="page-wrapper"><div id="page">'
        f'<header id="header" class="site-header"><div class="site-branding"><a href="/" rel="home" class="site-branding__name">{page_["site"]}</a></div>'
        f'<nav class="primary-nav"><ul class="menu primary-nav__menu">{_links(("Residents", "Business", "Government", "News", "Contact"), "/")}</ul></nav></header>'
        '<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content" tabindex="-1"></a>'
        '<div class="region region--content"><div class="block block-system block-system-main-block">'
        '<article class="node node--type-news node--view-mode-full"><header class="node__header">'
        f'<h1 class="title page-title"><span class="field field--name-title">{page_["title"]}</span></h1>'
        f'<div class="node__meta"><span>By <span class="field--name-uid">{page_["author"]}</span>, 17 May, 2024</span></div></header>'
        f'<div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field__item">{article}</div>'
        '<div class="field field--name-field-tags field--type-entity-reference"><h3 class="field__label">Tags</h3><ul class="links field__items"><li><a href="/taxonomy/term/3">Parks</a></li><li><a href="/taxonomy/term/9">Public Works</a></li></ul></div></div></article>'
        '</div><div class="block block-webform"><h2>Was this page helpful?</h2><form><button>Yes</button><button>No</button></form></div>'
        '<div class="block block-block-content"><h2>Contact</h2><p>Parks and Recreation · 300 Main Street · (541) 555-0190</p></div></div></div></div></div>'
        '<footer class="site-footer"><ul class="menu">' + _links(("Accessibility", "Privacy", "Jobs"), "/") + "</ul></footer></div></div></div>"
    ))  # fmt: skip


# ---------------------------------------------------------------- Bridgetown (a blog post)
def bridgetown(page_: dict, article: str) -> str:
    """A small press's blog on Bridgetown: the site's nav, ``article.post`` with the title and date,
    ``div.post-content`` of paragraphs and a list, then the author card ("Written by ..."), a Buttondown
    newsletter form, "Previous / Next" and the footer's "Built with Bridgetown"."""
    return _doc(page_, "en", (
        f'<nav class="site-nav"><a class="home" href="/">{page_["site"]}</a><ul>{_links(("Books", "Events", "Blog", "About"), "/")}</ul></nav>'
        f'<main><article class="post"><h1>{page_["title"]}</h1><p class="post-date">May 15, 2024</p>'
        f'<div class="post-content">{article}</div>'
        f'<aside class="author-card"><img src="/images/avatar.jpg" alt=""><p>Written by <strong>{page_["author"]}</strong>, our events coordinator. Say hello on <a href="#">Mastodon</a>.</p></aside>'
        '<form class="embeddable-buttondown-form" action="https://buttondown.email/api/emails/embed-subscribe/pressnotes" method="post"><label>Get our monthly letter</label><input type="email" name="email"><input type="submit" value="Subscribe"></form>'
        '<nav class="post-nav"><a href="/blog/spring-list/">← Our spring list</a> <a href="/blog/translator-prize/">The translators’ prize →</a></nav></article></main>'
        '<footer><p>© 2024 Lantern Press. Built with <a href="https://www.bridgetownrb.com">Bridgetown</a>.</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Silverstripe (a council's release)
def silverstripe(page_: dict, article: str) -> str:
    """A New Zealand district council's news page on Silverstripe: the site's header with "Kia ora", the
    breadcrumbs, ``div.typography`` holding the story, the page's "Last updated" line, "Share this page", a
    "Related news" list, the "Was this page useful?" form and a footer with the council's address."""
    return _doc(page_, "en", (
        '<div class="alert-banner"><p>Water restrictions are in place across the district. <a href="/water">Find out more</a></p></div>'
        f'<header class="header"><a class="brand" href="/">{page_["site"]}</a><p class="greeting">Kia ora</p><ul class="nav">{_links(("Services", "Your council", "Have your say", "News", "Contact us"), "/")}</ul></header>'
        '<nav class="breadcrumbs"><a href="/">Home</a> › <a href="/news">News</a> › <span>Current</span></nav>'
        f'<main class="main" id="main"><h1 class="page-title">{page_["title"]}</h1><p class="date">Published 16 May 2024</p>'
        f'<div class="typography content">{article}</div>'
        '<p class="last-updated">Page last updated: 16 May 2024</p>'
        '<div class="share"><span>Share this page</span> <a href="#">Facebook</a> <a href="#">Email</a></div>'
        f'<aside class="related-news"><h2>Related news</h2><ul>{_lis(("Long Term Plan consultation opens", "Summer pool hours announced"), "/news/")}</ul></aside>'
        '<div class="feedback"><h2>Was this page useful?</h2><form><button>Yes</button><button>No</button></form></div></main>'
        '<footer><p>Tararua Ranges District Council · 26 Gordon Street, Dannevirke 4930 · 06 555 0100</p></footer>'
    ))  # fmt: skip


SKINS.update(
    r22_phoenix=phoenix,
    r22_walla_amp=walla_amp,
    r22_observador=observador,
    r22_dn=dn,
    r22_444=four44,
    r22_exposure=exposure,
    r22_hexo=hexo,
    r22_tribune=tribune,
    r22_payload=payload,
    r22_noscript=noscript_app,
    r22_abc=abc_station,
    r22_bz=bz,
    r22_olivero=olivero,
    r22_bridgetown=bridgetown,
    r22_silverstripe=silverstripe,
)

# ================================================================ the pages
page(
    "r22-chr-phoenix-image-first",
    "Tribal paper's Cherokee-language story in the Cherokee syllabary, Cherokee Phoenix-like (a consent banner, the lead photo and caption before the headline, the byline, paragraphs, a link to the English version, a share bar, an author box, more stories)",
    "r22_phoenix",
    chr_("tsa-la-gi di-de-yo-di di-ni-yo-tli a-ni-go-hi-s-di"),
    "Lindsey Bark",
    "2024-05-17T09:00:00-05:00",
    [
        p(
            chr_(
                "o-si-yo. tsa-la-gi di-de-yo-di a-s-go-hi di-ni-yo-tli a-ni-go-hi-s-di da-li-qua u-s-qua-nv-ga. tsa-la-gi ga-wo-ni-hi-s-di a-ni-wo-ni-ha a-ni-yv-wi-ya."
            )
        ),
        p(
            chr_(
                "di-ni-yo-tli so-quo u-ni-tse-li tsa-la-gi di-go-we-li a-ni-go-li-ge. u-do-da u-ni-tsi, a-ni-s-ga-ya, a-ni-ge-yv, di-ni-li-s-di, a-ne-li-ga-v."
            )
        ),
        p(
            chr_(
                "tsa-la-gi u-gv-wi-yu-hi u-wo-ni-se: tsa-la-gi ga-wo-ni-hi-s-di u-s-di a-ni-go-hi-s-di, ni-ga-da a-ni-yv-wi-ya u-ne-tse-li. wa-do a-ni-s-di-ti-s-gi."
            )
        ),
        p(
            chr_(
                "di-de-yo-di a-ni-s-ga-ya a-ni-ge-yv ta-li-ne ta-li-s-go-hi ta-li di-ni-yo-tli ga-li-quo-gi ga-li-ha-i."
            )
        ),
    ],
    site="Cherokee Phoenix",
)
page(
    "r22-he-walla-amp",
    "Hebrew portal's AMP page, Walla-like, right to left (amp-consent, an amp-sidebar menu, the headline and a subtitle in the header, amp-img with its credit, paragraphs with an amp-ad labelled פרסומת and an עוד בוואלה card between them, amp-social-share, a talkbacks link, most read)",
    "r22_walla_amp",
    "הקו הסגול של הרכבת הקלה יידחה בשנתיים",
    "נועה כהן",
    "2024-05-17T08:40:00+03:00",
    [
        p(
            "משרד התחבורה הודיע אתמול כי פתיחת הקו הסגול של הרכבת הקלה בגוש דן תידחה בשנתיים לפחות, ותתבצע לא לפני סוף 2028. לפי המשרד, העיכוב נובע מבעיות בהעתקת תשתיות מים וחשמל לאורך התוואי ברמת גן ובגבעתיים."
        ),
        p(
            "הקו הסגול אמור לחבר בין יהוד לתל אביב ולעבור דרך קריית אונו, גבעת שמואל ורמת גן. אורכו כ-27 קילומטרים, והוא כולל 44 תחנות. עלות הפרויקט מוערכת בכ-15 מיליארד שקל."
        ),
        raw(*walla_ad()),
        p(
            'ראש עיריית רמת גן מסר בתגובה כי העירייה "מודאגת מאוד" מהעיכוב, וכי העבודות ברחוב ז\'בוטינסקי פוגעות בעסקים כבר שלוש שנים. לדבריו, העירייה תדרוש מהמדינה פיצוי לבעלי העסקים שנפגעו.'
        ),
        raw(*walla_more("הקו הירוק: מתי ייפתח ומה ישתנה בצפון תל אביב")),
        p(
            'בחברת נת"ע, המקימה את הקו, אמרו כי הם פועלים לצמצם את העיכוב וכי חלק מהתחנות המזרחיות עשויות להיפתח מוקדם יותר, בשלב ראשון. החלטה סופית בנושא צפויה להתקבל עד סוף השנה.'
        ),
    ],
    site="וואלה",
    lede="משרד התחבורה: בעיות בהעתקת תשתיות ברמת גן ובגבעתיים עיכבו את העבודות. העירייה דורשת פיצוי לעסקים",
)
page(
    "r22-pt-observador-page-one",
    "Portuguese daily's long story on its first page of two, Observador-like (a consent box, a kicker, the headline, a lead in the header, a captioned photo, paragraphs with a Publicidade slot, a pager with Página 1 de 2 and Continuar a ler, a paywall teaser for the second page, a share bar, most read)",
    "r22_observador",
    "O estuário do Tejo perdeu um terço das suas aves migratórias em vinte anos",
    "Carla Baptista",
    "2024-05-17T07:15:00+01:00",
    [
        p(
            "As contagens de inverno no estuário do Tejo registaram no último ano cerca de 120 mil aves aquáticas, menos um terço do que no início do século. O declínio é mais acentuado nas espécies limícolas, como o maçarico-de-bico-direito e o pilrito-comum, que dependem dos lodaçais expostos na maré baixa."
        ),
        p(
            "Os investigadores do Instituto da Conservação da Natureza e das Florestas apontam três causas principais: a perda de salinas abandonadas, que serviam de refúgio na maré cheia, a perturbação causada por atividades de lazer e a subida do nível médio do mar, que reduz o tempo em que os lodaçais ficam a descoberto."
        ),
        raw(*pt_ad()),
        p(
            "\u201cO estuário continua a ser a zona húmida mais importante do país, mas estamos a ver uma tendência clara\u201d, diz a bióloga Marta Lourenço, que coordena as contagens desde 2009. \u201cSe nada for feito, algumas espécies podem deixar de invernar aqui de forma regular.\u201d"
        ),
        p(
            "Entre as medidas propostas está a recuperação de antigas salinas na margem sul, em Alcochete e no Montijo, e a criação de zonas de acesso condicionado durante os meses de inverno. O plano, que ainda não tem financiamento garantido, foi apresentado esta semana às autarquias da região."
        ),
    ],
    site="Observador",
    lede="As contagens de inverno mostram o declínio das aves limícolas. Investigadores apontam a perda de salinas e a subida do mar.",
)
page(
    "r22-sv-dn-long-caption",
    "Swedish daily's story, Dagens Nyheter-like (a consent dialog, the headline, a lead in the header, the lead photo with a four-sentence caption longer than the story's first paragraph and its credit, the byline, paragraphs with a Läs också teaser and an Annons slot, topics, a share bar, a newsletter box, a locked DN+ teaser)",
    "r22_dn",
    "Gotlandsfärja fick roderfel i hård vind – kom fram tre timmar sent",
    "Erik Lindqvist",
    "2024-05-17T10:12:00+02:00",
    [
        p("Ingen skadades när färjan tappade styrningen utanför Visby."),
        p(
            "Enligt Destination Gotland slutade rodret att svara omkring klockan sju på torsdagsmorgonen, när fartyget just hade lämnat hamnen. Besättningen stoppade maskinerna och lät färjan ligga stilla i väntan på att felet skulle lokaliseras."
        ),
        raw(*sv_also("Rekordmånga resenärer väntas till Gotland i sommar")),
        p(
            "– Säkerheten ombord var aldrig hotad. Vi hade full kontroll över fartyget hela tiden, säger rederiets presschef Anna Hägg till DN."
        ),
        raw(*sv_ad()),
        p(
            "Efter knappt en timme kunde besättningen styra med reservsystemet, och färjan fortsatte mot Nynäshamn med nedsatt fart. Transportstyrelsen har inlett en utredning och ska bland annat undersöka om rodret hade underhållits enligt planen."
        ),
        p(
            "Omkring 900 passagerare var ombord. Rederiet erbjuder dem som missade anslutningar ersättning för taxi eller hotell."
        ),
    ],
    site="DN",
    lede="Ett tekniskt fel gjorde att färjan blev liggande stilla i nästan en timme. Transportstyrelsen utreder händelsen.",
)
page(
    "r22-hu-444-explainer",
    "Hungarian news site's explainer, 444-like (a consent box, a kicker, the headline, the byline, parts headed by questions in h2, a Hirdetés slot, a donation appeal, a share bar, related articles, a comment prompt)",
    "r22_444",
    "Miért drágul a villany, és kit érint? Kérdések és válaszok",
    "Kovács Dániel",
    "2024-05-17T06:02:00+02:00",
    [
        p(
            "Júliustól emelkedik az áram ára azoknál a háztartásoknál, amelyek az átlagfogyasztás felett használnak. Összeszedtük, mit lehet tudni a változásról."
        ),
        h("Mi változik pontosan?"),
        p(
            "A kormány rendelete szerint az évi 2523 kilowattóra feletti részre a piaci árhoz közelebbi tarifát kell fizetni. A határ alatti fogyasztás ára nem változik, így a háztartások többségét nem érinti az emelés."
        ),
        h("Kik fizetnek többet?"),
        p(
            "Elsősorban a nagyobb családi házak és azok, akik árammal fűtenek vagy elektromos autót töltenek otthon. Az energiahivatal becslése szerint a háztartások nagyjából húsz százaléka lépi át a határt."
        ),
        raw(*hu_ad()),
        h("Mennyivel nő a számla?"),
        p(
            "Egy évi 3500 kilowattórát fogyasztó háztartás havonta körülbelül 4000 forinttal fizet többet. Aki napelemmel termel, annál a szaldóelszámolás miatt a tényleges különbség kisebb lehet."
        ),
        h("Mit lehet tenni?"),
        p(
            "A szakértők szerint érdemes megnézni az éves elszámolót, és ha a fogyasztás közel van a határhoz, a nagy fogyasztók – például a bojler – időzítésével sokat lehet spórolni."
        ),
    ],
    site="444",
)
page(
    "r22-en-exposure-photo-essay",
    "Photo essay on Exposure (a cookie notice, a full-bleed cover with the title and photographer, big photos with long captions between short text blocks, share this story, the photographer's profile with Follow, more stories, Made with Exposure)",
    "r22_exposure",
    "The Salmon Bothies of the North-East",
    "Morag Duncan",
    "2024-05-10T12:00:00+01:00",
    [
        ex_text(
            "For two centuries the salmon fishers of the north-east coast lived in bothies beside their nets."
        ),
        ex_photo(
            "The bothy at Usan, south of Montrose, built in 1848. Six men slept here from February to August, working the stake nets at each low tide."
        ),
        ex_photo(
            "Net poles still stand in the sand at Johnshaven. The last commercial crew fished here in 1994, when the catch had fallen to a few dozen fish a season."
        ),
        ex_text("Most bothies are now ruins. A few have been restored as holiday lets or stores."),
        ex_photo(
            "Inside the ice house at Tugnet, where the catch was packed in ice cut from the River Spey before being sent by rail to Billingsgate."
        ),
        ex_photo(
            "Jim Coull, 81, fished the nets at St Cyrus for thirty-one years. \u201cYou were out in all weathers. But we were never hungry,\u201d he says."
        ),
        ex_text("The stories of the men who worked them are disappearing faster than the buildings."),
    ],
    site="Morag Duncan Photography",
)
page(
    "r22-en-hexo-endnotes",
    "Historian's blog post on Hexo's NexT theme with endnotes (the site overview, the title, posted on and reading time, paragraphs with superscript note markers, a Notes heading and an ordered list of endnotes, the post's copyright notice, Buy me a coffee, tags, prev and next links, a Disqus prompt)",
    "r22_hexo",
    "Who built the Forth Bridge? The navvies in the records",
    "Iain Mackenzie",
    "2024-05-12T09:00:00+01:00",
    [
        p(
            'The Forth Bridge is usually told as a story of engineers: John Fowler, Benjamin Baker and the contractor William Arrol. But at its peak in 1887 the works employed more than 4,600 men, and most of them left no trace beyond a line in a wages book.<sup><a href="#fn1" id="ref1">1</a></sup>'
        ),
        p(
            'The wages books that survive in the National Records of Scotland cover only about a third of the seven years of construction. They give a name, a trade and a weekly rate: a rivet heater earned around fourteen shillings, a skilled riveter more than twice that.<sup><a href="#fn2" id="ref2">2</a></sup>'
        ),
        p(
            'Deaths are better recorded. The official figure was 57, but a memorial project that went back to the death registers and newspaper reports found 73 men who died as a result of the work.<sup><a href="#fn3" id="ref3">3</a></sup> Many were young, and several were drowned after falling from the cantilevers.'
        ),
        p(
            "What the records do not say is where most of these men came from or where they went afterwards. Tracing them through the census of 1891 is slow work, but it is the only way to give them back their names."
        ),
        h("Notes"),
        raw(
            '<ol class="footnotes"><li id="fn1">Wages book, Tancred, Arrol &amp; Co., 1887, NRS BR/FOR/4/12. <a href="#ref1">↩</a></li>'
            '<li id="fn2">Westhofen, W., \u201cThe Forth Bridge\u201d, <em>Engineering</em>, 28 February 1890, p. 213. <a href="#ref2">↩</a></li>'
            '<li id="fn3">Forth Bridge Memorial Committee, <em>Report on the Deaths</em>, 2005, pp. 4\u20139. <a href="#ref3">↩</a></li></ol>',
            "Wages book, Tancred, Arrol & Co., 1887, NRS BR/FOR/4/12.\n"
            "Westhofen, W., \u201cThe Forth Bridge\u201d, Engineering, 28 February 1890, p. 213.\n"
            "Forth Bridge Memorial Committee, Report on the Deaths, 2005, pp. 4\u20139.",
        ),
    ],
    site="Rails and Rivets",
)
page(
    "r22-en-tribune-correction",
    "State nonprofit newsroom's story, Texas Tribune-like (a donation bar, a consent banner, the headline, a summary in the header, the byline with Updated, a captioned photo, paragraphs with an inline newsletter box and a membership appeal between them, a correction appended after the last paragraph, a donor disclosure, a republishing box, recommended stories)",
    "r22_tribune",
    "Regional water board approves $1.2 billion pipeline from the Carrizo aquifer",
    "Alejandra Ruiz",
    "2024-05-16T17:00:00-05:00",
    [
        p(
            "The South Plains Water Authority board voted 7-2 on Thursday to build a 140-mile pipeline that would carry groundwater from the Carrizo-Wilcox aquifer to three fast-growing counties by 2030."
        ),
        p(
            "Supporters said the project is the only way to keep up with demand as the region's population grows by an expected 40% over the next two decades. Opponents, including ranchers in Gonzales County, warned that pumping could lower wells that families have relied on for generations."
        ),
        raw(*tr_brief()),
        p(
            "\u201cWe have studied this for ten years. There is no other source that can deliver this much water at this cost,\u201d said board chair Rosa Delgado."
        ),
        p(
            "The authority plans to pay for the pipeline with bonds repaid through higher water rates. A typical household bill would rise by about $9 a month once the pipeline is running, according to the authority's estimate."
        ),
        raw(*tr_support()),
        p(
            "Landowners along the route have until August to respond to easement offers. The authority said it would use eminent domain only as a last resort."
        ),
        raw(
            '<p class="correction"><em>Correction, May 17, 2024: A previous version of this story misstated the board\'s vote. It was 7-2, not 6-3.</em></p>',
            "Correction, May 17, 2024: A previous version of this story misstated the board's vote. It was 7-2, not 6-3.",
        ),
    ],
    site="The Rio Star",
    lede="The pipeline would supply three counties by 2030. Ranchers along the route fear their wells will run dry.",
)
page(
    "r22-en-payload-bluesky",
    "Tech site on Payload CMS and Next.js quoting a Bluesky post through its embed's fallback blockquote (a consent banner, the headline, the author and reading time, paragraphs with the post's text, handle and date and an inline Read more card between them, an author box, a newsletter box, keep reading)",
    "r22_payload",
    "Bluesky adds private bookmarks after months of requests",
    "Priya Natarajan",
    "2024-05-16T15:00:00Z",
    [
        p(
            "Bluesky is rolling out bookmarks, letting people save posts to read later without liking or reposting them. The feature has been one of the most requested since the network opened to the public in February."
        ),
        p(
            "Bookmarks are private: the author of a post is not told when someone saves it, and there is no public count. Saved posts appear in a new tab on the profile page, visible only to the account holder."
        ),
        bluesky(
            "Bookmarks are here! Tap the new icon under any post to save it. Only you can see what you've saved.",
            "Bluesky",
            "bsky.app",
            "May 16, 2024 at 9:02 AM",
        ),
        raw(*pl_more("Bluesky's custom feeds, explained")),
        p(
            "The company said the feature is available on iOS, Android and the web from today. Third-party apps built on the AT Protocol will be able to read a user's bookmarks only with permission."
        ),
    ],
    site="Patchnotes",
)
page(
    "r22-ro-hotnews-noscript",
    "Romanian news site rendered on the client, HotNews-like, whose story is only in its <noscript> fallback (an empty app root with a loading skeleton; in the noscript a JavaScript warning, the menu, the headline, the byline, paragraphs with a bold Citește și line, a Google News follow link, most read, the footer)",
    "r22_noscript",
    "Metroul spre aeroportul Otopeni va avea prima stație deschisă în 2026",
    "Andrei Popescu",
    "2024-05-17T09:30:00+03:00",
    [
        p(
            "Metrorex a anunțat că primul tronson al magistralei 6, între Gara de Nord și 1 Mai, va fi deschis călătorilor la sfârșitul anului 2026. Lucrările la tunelul de sub Calea Griviței sunt realizate în proporție de 80%, potrivit companiei."
        ),
        p(
            "Magistrala va avea în total 14 kilometri și 12 stații, iar ultima dintre ele va fi chiar la terminalul aeroportului Henri Coandă. Costul total al proiectului este estimat la aproximativ 1,5 miliarde de euro, finanțat în mare parte din fonduri europene."
        ),
        raw(*ro_also("Cât costă un abonament de metrou după noile tarife")),
        p(
            "Directorul Metrorex a declarat că al doilea tronson, până la aeroport, ar putea fi gata în 2028, dacă exproprierile din zona Străulești se încheie la timp. Până atunci, legătura cu aeroportul se face cu trenul din Gara de Nord sau cu autobuzul expres 783."
        ),
    ],
    site="HotNews",
)
page(
    "r22-en-abc7-related",
    "Network-owned television station's story, ABC7-like (a consent banner, a WATCH LIVE bar, the video's title, the headline, the byline, paragraphs with bold upper-case RELATED: and ALSO SEE: lines between them and an Advertisement slot, a report-a-typo link, the app promo, top stories)",
    "r22_abc",
    "Brush fire near Santa Clarita forces evacuations, burns 800 acres",
    "ABC7.com staff",
    "2024-05-16T23:04:00-07:00",
    [
        p(
            "SANTA CLARITA, Calif. -- A brush fire that broke out Thursday afternoon near Castaic Lake had burned about 800 acres by nightfall, forcing the evacuation of several hundred homes, fire officials said."
        ),
        p(
            "The blaze, dubbed the Ridge Fire, was first reported shortly after 2 p.m. and spread quickly through dry brush pushed by winds of up to 30 mph. It was 10% contained as of 10 p.m."
        ),
        raw(*abc_related("RELATED:", "Map shows evacuation zones for the Ridge Fire")),
        p(
            "Evacuation orders were issued for neighborhoods north of Copper Hill Drive. An evacuation center was set up at West Ranch High School, and animal shelters in Castaic opened for large animals."
        ),
        raw(*abc_ad()),
        p(
            "More than 400 firefighters and six water-dropping helicopters were assigned to the fire. No injuries or damaged structures had been reported, the Los Angeles County Fire Department said."
        ),
        raw(*abc_related("ALSO SEE:", "How to prepare a go-bag before wildfire season")),
        p("The cause of the fire is under investigation."),
    ],
    site="ABC7 Los Angeles",
)
page(
    "r22-de-bz-two-articles",
    "German regional paper's story, Badische Zeitung-like, with a second <article> after it (a consent layer, the headline, an intro in the header, the byline, a captioned photo, paragraphs with an Anzeige slot, a share bar, more on the topic, then an Empfohlener Artikel holding another story's headline, author and three paragraphs, a comment prompt)",
    "r22_bz",
    "Münsterturm ist nach 15 Jahren wieder gerüstfrei",
    "Uwe Mauch",
    "2024-05-17T18:45:00+02:00",
    [
        p(
            "Zum ersten Mal seit 2009 ist der Turm des Freiburger Münsters wieder ohne Gerüst zu sehen. Am Freitagnachmittag bauten Arbeiter die letzten Stangen an der Turmspitze ab."
        ),
        p(
            "Die Sanierung hatte deutlich länger gedauert als geplant. Zahlreiche Steine aus dem Mittelalter waren stärker verwittert als angenommen und mussten von den Steinmetzen der Münsterbauhütte einzeln ersetzt werden."
        ),
        raw(*de_ad()),
        p(
            "\u201eWir sind erleichtert und auch ein bisschen stolz\u201c, sagte Münsterbaumeisterin Yvonne Faller. Insgesamt hat die Sanierung des Turms rund 8,5 Millionen Euro gekostet, die zum großen Teil aus Spenden stammen."
        ),
        p(
            "Ganz abgeschlossen sind die Arbeiten am Münster aber nicht: Im Herbst soll ein Gerüst am Chor aufgebaut werden, wo ebenfalls Steine erneuert werden müssen."
        ),
    ],
    site="Badische Zeitung",
    lede="Nach 15 Jahren Sanierung ist das Gerüst am Turm des Freiburger Münsters abgebaut. Ganz fertig ist die Arbeit aber nicht.",
)
page(
    "r22-en-olivero-city-news",
    "City's news item on Drupal 10's Olivero theme (the site branding, the primary nav, the title, the author line, the body field of paragraphs, a heading and a list, the tags field, a Was this page helpful? block, a contact block, the footer menu)",
    "r22_olivero",
    "Riverside Park playground to close for rebuild this summer",
    "City Communications",
    "2024-05-17T10:00:00-07:00",
    [
        p(
            "The playground at Riverside Park will close on June 3 so it can be rebuilt with new equipment, a rubber safety surface and shade structures. The work is expected to take about 14 weeks, and the playground should reopen in September."
        ),
        p(
            "The rest of the park, including the picnic shelters, the dog park and the river trail, will stay open during construction. Parking near the playground will be limited while crews and equipment are on site."
        ),
        h("What the new playground will include"),
        _ul(
            "A wheelchair-accessible play structure",
            "Separate areas for children under 5 and ages 5 to 12",
            "Two shade sails over the seating area",
            "A water bottle filling station",
        ),
        p(
            "The $680,000 project is paid for by park system development charges and a state grant. The design was chosen after two public workshops and an online survey that drew more than 900 responses last fall."
        ),
    ],
    site="City of Riverside Falls",
)
page(
    "r22-en-bridgetown-blog",
    "Small press's blog post on Bridgetown (the site nav, the title and date, paragraphs and a list, an author card with Written by, a Buttondown newsletter form, previous and next links, Built with Bridgetown)",
    "r22_bridgetown",
    "Our summer reading series comes to the harbour",
    "Sam Okafor",
    "2024-05-15T12:00:00+01:00",
    [
        p(
            "This summer our reading series moves out of the shop and down to the harbour. Every second Thursday from June to August, one of our authors will read on the deck of the old lifeboat station, weather permitting."
        ),
        p("The first three evenings are now confirmed:"),
        _ul(
            "13 June: Ruth Penhaligon reads from Salt and Granite",
            "27 June: Tomás Ibarra and his translator Kate Morley",
            "11 July: an open mic for new poets",
        ),
        p(
            "Readings start at 7pm and are free. If it rains, we will move back to the shop, so check our social media on the day. Books will be on sale, and the authors are happy to sign."
        ),
    ],
    site="Lantern Press",
)
page(
    "r22-en-silverstripe-council",
    "New Zealand district council's news page on Silverstripe (an alert banner, a Kia ora greeting, the nav, breadcrumbs, the title and date, the typography block of paragraphs with a quote, last updated, a share line, related news, a Was this page useful? form, the footer's address)",
    "r22_silverstripe",
    "New bridge on Route 52 opens ahead of schedule",
    "Tararua Ranges District Council",
    "2024-05-16T09:00:00+12:00",
    [
        p(
            "The new two-lane bridge over the Mangatainoka River on Route 52 opened to traffic this morning, six weeks ahead of schedule. It replaces the single-lane bridge built in 1936, which had a weight limit that forced logging trucks into a 40-kilometre detour."
        ),
        p(
            "\u201cThis is a big day for our rural communities. Farmers, school buses and emergency services will all save time,\u201d said Mayor Helen Walker."
        ),
        p(
            "The $9.4 million project was funded jointly by the council and NZ Transport Agency Waka Kotahi. The old bridge will be demolished over the coming month, and the river walkway beneath it will reopen in July."
        ),
    ],
    site="Tararua Ranges District Council",
)
