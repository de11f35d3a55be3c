"""The third round of ``bench/extraction_pages``: 14 pages (``intl3-*``) from outlets of regions and in
shapes the first two rounds lack, each in a template written for it here after a real outlet's markup.

Korean (a Naver news page: bare text and ``<br>`` in ``article#dic_area``), Chinese (a Sina page of
``#artibody``, its full-width indents, 责任编辑 line and 声明, in GBK bytes under ``<meta charset=gb2312>``),
Spanish (El País's ``a_c`` body) and Argentine (a body split across sibling ``div``s by ad slots), Italian
(``story__text``), Dutch (CSS-module class names), Polish (``art_content``), Turkish (``news-content``
with "Haberin Devamı" ad separators), Indonesian (detik's ``detail__body-text``, "Baca juga:" between
``<br>`` inside a paragraph), Vietnamese (VnExpress's ``fck_detail`` and its ``p.description`` sapo),
Swahili (BBC World Service's hashed classes, one ``div`` per paragraph, "Iliyosomwa zaidi" inside the
body), Ukrainian (windows-1251 declared only in ``<meta charset>``), Persian (right to left, a lede in
``p.introtext``) and Greek (the article twice: a desktop copy and a mobile copy). The gold of every page
was written before nutgraf was run on it.

A page's ``encoding`` (default UTF-8) is the one ``build.py`` writes its bytes in.
"""

from __future__ import annotations

import json

from articles import page
from furniture import SKINS
from parts import h, p, raw


def _meta(page_: dict, charset: str = "utf-8", extra: str = "") -> str:
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page_["title"],
        "datePublished": page_["date"],
        "author": {"@type": "Person", "name": page_["author"]},
        "publisher": {"@type": "Organization", "name": page_["site"]},
    }
    return (
        f'<meta charset="{charset}"><meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{page_['title']} - {page_['site']}</title>"
        f'<meta property="og:title" content="{page_["title"]}"><meta property="og:type" content="article">'
        f'<link rel="canonical" href="{page_["url"]}">'
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        '<script async src="https://www.googletagmanager.com/gtag/js?id=G-X1"></script>'
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
        "gtag('js',new Date());gtag('config','G-X1');</script>"
        f"{extra}"
    )


def _doc(page_: dict, lang: str, body: str, charset: str = "utf-8", dir_: str = "") -> str:
    direction = f' dir="{dir_}"' if dir_ else ""
    return (
        f'<!DOCTYPE html><html lang="{lang}"{direction}><head>{_meta(page_, charset)}</head>'
        f"<body>{body}</body></html>"
    )


def br(text: str) -> tuple[str, str]:
    """A paragraph written as bare text and ``<br><br>`` (Naver, detik)."""
    return f"{text}<br><br>", text


def _links(items: tuple[str, ...], href: str = "/news/") -> str:
    return "".join(f'<li><a href="{href}{i}">{t}</a></li>' for i, t in enumerate(items))


# ---------------------------------------------------------------- Korean: Naver news
def naver(page_: dict, article: str) -> str:
    """A Naver news page: the body bare text and ``<br>`` in ``article#dic_area`` inside
    ``div#newsct_article``, a photo's ``span.end_photo_org`` with ``em.img_desc``, the byline and
    copyright boxes below, a reactions module and a "most read" ranking."""
    ranking = _links((
        "[속보] 코스피 2,600선 회복…외국인 순매수 전환", "서울 아파트값 8주 연속 상승", "내일 전국 비…기온 뚝 떨어져",
        "프로야구 개막전 매진…관중 10만 명 돌파", "정부, 소상공인 대출 만기 1년 연장"))  # fmt: skip
    return _doc(page_, "ko", (
        '<div id="u_skip"><a href="#ct">본문 바로가기</a></div>'
        '<header class="Nlnb"><div class="Nlnb_menu"><ul><li><a href="/section/100">정치</a></li><li><a href="/section/101">경제</a></li>'
        '<li><a href="/section/102">사회</a></li><li><a href="/section/103">생활/문화</a></li><li><a href="/section/104">세계</a></li>'
        '<li><a href="/section/105">IT/과학</a></li></ul></div></header>'
        '<div id="ct_wrap"><div id="ct" class="newsct" role="main">'
        '<div class="media_end_head go_trans"><div class="media_end_head_top"><a class="media_end_head_top_logo" href="/press/001">'
        f'<img alt="{page_["site"]}" src="/logo/001.png"></a></div>'
        f'<div class="media_end_head_title"><h2 id="title_area" class="media_end_head_headline"><span>{page_["title"]}</span></h2></div>'
        '<div class="media_end_head_info nv_notrans"><div class="media_end_head_info_datestamp"><div class="media_end_head_info_datestamp_bunch">'
        '<span class="media_end_head_info_datestamp_term">입력</span><span class="media_end_head_info_datestamp_time _ARTICLE_DATE_TIME" '
        'data-date-time="2024-11-14 15:21:07">2024.11.14. 오후 3:21</span></div></div>'
        '<div class="media_end_head_info_variety"><button class="u_likeit_list_btn">좋아요</button><a href="#cbox_module" class="media_end_head_cmtcount_button">댓글 24</a>'
        '<button class="media_end_head_autosummary_button">요약봇</button><button class="media_end_head_fontsize_btn">글자 크기 변경하기</button>'
        '<button class="_SHARE_BUTTON">공유하기</button></div></div></div>'
        '<div id="contents" class="newsct_body"><div id="newsct_article" class="newsct_article _article_body">'
        f'<article id="dic_area" class="go_trans _article_content">{article}</article></div>'
        '<div class="byline"><p><span class="byline_s">박지현 기자(jihyun@yna.co.kr)</span></p></div>'
        '<div class="copyright"><div class="c_text">Copyright ⓒ 연합뉴스. All rights reserved. 무단 전재-재배포, AI 학습 및 활용 금지.</div></div>'
        '<div class="media_end_categorize"><a href="/section/102" class="media_end_categorize_item">사회</a></div>'
        '<div class="_reactionModule u_likeit"><ul><li>좋아요 31</li><li>훈훈해요 4</li><li>슬퍼요 0</li><li>화나요 2</li><li>후속기사 원해요 9</li></ul></div>'
        '<div class="media_end_linked_more"><h4>연합뉴스 주요뉴스</h4><p>해당 언론사로 연결됩니다.</p>'
        f'<ul>{_links(("美 대선 이후 환율 급등…1,400원 돌파", "김장철 배추값 작년보다 20% 내려"))}</ul></div></div>'
        '<div id="cbox_module" class="_COMMENT"><p>댓글 24</p><p>댓글 정렬 옵션 선택 순공감순 최신순</p></div></div>'
        f'<aside class="newsct_aside"><div class="ofhd_float_title">언론사별 많이 본 뉴스</div><ol>{ranking}</ol></aside></div>'
        '<footer class="Nftr"><p>네이버는 블로그를 통해 매체의 정보를 제공하고 있습니다. © NAVER Corp.</p></footer>'
        '<script>var g_ssc="news.v3.article";require(["article"],function(a){a.init({aid:"0014923311"});});</script>'
    ))  # fmt: skip


def naver_photo(src: str, caption: str) -> tuple[str, None]:
    return (
        '<span class="end_photo_org"><div class="nbd_im_w _LAZY_LOADING_WRAP"><div class="nbd_a _LAZY_LOADING_ERROR_HIDE" id="img_a1">'
        f'<img id="img1" data-src="{src}" class="_LAZY_LOADING" alt=""></div></div><em class="img_desc">{caption}</em></span><br>',
        None,
    )


# ---------------------------------------------------------------- Chinese: Sina (GBK bytes)
def sina(page_: dict, article: str) -> str:
    """A Sina finance page, as its older pages are still served: GBK bytes under ``<meta charset=gb2312>``,
    ``div#artibody`` of ``<p>`` indented with full-width spaces, the app's QR box at its top, an image
    wrapper, the 责任编辑 line at its end, the 新浪声明 below, 相关新闻 and a 7x24 news rail."""
    rail = _links(("央行：11月末广义货币余额同比增长7.1%", "国家统计局：11月CPI同比上涨0.2%", "A股三大指数集体收涨 成交额超1.5万亿",
                   "人民币对美元中间价调升38个基点"))  # fmt: skip
    return _doc(page_, "zh-CN", (
        '<div class="top-nav-wrap"><ul class="top-nav"><li><a href="//www.sina.com.cn/">新浪首页</a></li><li><a href="//news.sina.com.cn/">新闻</a></li>'
        '<li><a href="//finance.sina.com.cn/">财经</a></li><li><a href="//sports.sina.com.cn/">体育</a></li><li><a href="//ent.sina.com.cn/">娱乐</a></li>'
        '<li><a href="//tech.sina.com.cn/">科技</a></li></ul><a class="login">登录</a></div>'
        f'<div class="main-content w1240"><h1 class="main-title">{page_["title"]}</h1>'
        '<div class="top-bar-wrap"><div class="top-bar"><div class="date-source"><span class="date">2024年12月03日 14:05</span>'
        '<a href="http://www.news.cn/" class="source ent-source" rel="nofollow">新华网</a></div>'
        '<div class="share"><span>分享到：</span><a class="weibo">微博</a><a class="weixin">微信</a></div></div></div>'
        '<div class="article-content clearfix" id="article_content"><div class="article-content-left">'
        f'<div class="article" id="artibody" data-sudaclick="blk_content">{article}'
        '<!-- 正文结束 --><p class="article-editor">责任编辑：刘明昊 </p></div>'
        '<div class="article-notice">新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。'
        '文章内容仅供参考，不构成投资建议。投资者据此操作，风险自担。</div>'
        '<div class="keywords" data-sudaclick="blk_keywords"><span>关键词：</span><a>新能源汽车</a><a>充电桩</a></div>'
        '<div class="blk-related"><h3>相关新闻</h3><ul><li><a href="/1">新能源汽车下乡活动启动 多家车企参与</a></li>'
        '<li><a href="/2">国家能源局：前三季度新增充电基础设施超200万台</a></li></ul></div>'
        '<div class="comment-wrap"><span>我要评论</span><textarea>请输入评论内容</textarea><button>发布</button></div></div>'
        f'<div class="article-content-right"><div class="news-7x24"><h3>7X24小时</h3><ul>{rail}</ul></div></div></div></div>'
        '<div class="footer"><p>新浪简介 | About Sina | 广告服务 | 联系我们 | 招聘信息 | 网站律师 | SINA English | 通行证注册 | 产品答疑</p>'
        '<p>Copyright &copy; 1996-2024 SINA Corporation, All Rights Reserved</p><p>新浪公司 版权所有</p></div>'
        '<script>(function(){var s=document.createElement("script");s.src="//news.sina.com.cn/js/sudaclick.js";document.body.appendChild(s);})();</script>'
    ), charset="gb2312")  # fmt: skip


def cn(text: str) -> tuple[str, str]:
    """A Chinese paragraph indented, as Sina writes it, with two full-width spaces."""
    return f"<p>\u3000\u3000{text}</p>", text


# ---------------------------------------------------------------- Spanish: El País
def elpais(page_: dict, article: str) -> str:
    """El País: ``div.a_c`` body after a header of ``h1.a_t``, ``h2.a_st`` and ``figure.a_m``, the byline
    bar ``a_md`` with its share buttons; tags, the comments box and "Más información" below; the
    "Sigue toda la información..." line closing the body."""
    return _doc(page_, "es", (
        '<div id="didomi-host"><div class="didomi-popup"><p>Nosotros y nuestros socios utilizamos cookies y tecnologías similares para '
        'almacenar o acceder a información en su dispositivo y tratar datos personales con fines de publicidad personalizada.</p>'
        '<button id="didomi-notice-agree-button">Aceptar y seguir</button><button>Rechazar: suscríbete</button></div></div>'
        '<header class="_g _g-md _g-o b-d"><div class="ep_l"><a href="/">EL PAÍS</a></div><nav class="sm_n"><ul>'
        '<li><a href="/internacional/">Internacional</a></li><li><a href="/opinion/">Opinión</a></li><li><a href="/espana/">España</a></li>'
        '<li><a href="/economia/">Economía</a></li><li><a href="/sociedad/">Sociedad</a></li><li><a href="/cultura/">Cultura</a></li></ul></nav>'
        '<a class="b_h_s" href="/suscripciones/">Suscríbete</a><a href="/login">Iniciar sesión</a></header>'
        '<main id="main-content"><article class="a _g _g-lg _g-o"><header class="a_e _g _g-lg _g-o">'
        '<div class="a_k"><a class="a_k_l" href="/economia/vivienda/">Vivienda</a></div>'
        f'<div class="a_e_txt _df"><h1 class="a_t">{page_["title"]}</h1><h2 class="a_st">{page_["dek"]}</h2></div>'
        '<div class="a_e_m"><figure class="a_m a_m-h"><span><img src="/img/madrid.jpg" alt="Viviendas en construcción en Valdebebas" width="414"></span>'
        '<figcaption class="a_m_p"><span>Viviendas en construcción en el barrio de Valdebebas, en Madrid, el pasado octubre.</span>'
        '<span class="a_m_m">Claudio Álvarez</span></figcaption></figure></div></header>'
        '<div class="a_md _df"><div class="a_md_txt"><div class="a_md_a _df-c"><a class="a_md_a_n" href="/autor/lucia-ferrer/">Lucía Ferrer</a></div>'
        '<div class="a_md_f"><span><a data-date="2024-10-22T05:40:00+02:00" href="#">Madrid - 22 oct 2024 - 05:40 CEST</a></span></div></div>'
        '<div class="a_md_sh"><div class="a_sh"><a class="a_sh_fb">Compartir en Whatsapp</a><a>Compartir en Facebook</a><a>Compartir en Twitter</a>'
        '<a>Copiar enlace</a><a>Comentarios</a></div></div></div>'
        f'<div class="a_c clearfix" data-dtm-region="articulo_cuerpo">{article}</div>'
        '<div class="a_ta"><ul class="a_ta_l"><li><a href="/noticias/vivienda/">Vivienda</a></li><li><a href="/noticias/alquiler/">Alquiler</a></li>'
        '<li><a href="/noticias/madrid/">Madrid</a></li></ul></div>'
        '<div id="comentarios" class="a_co"><h3>Comentarios</h3><p>Normas</p><p>Más información</p>'
        '<p>Si está interesado en licenciar este contenido, pinche aquí</p></div>'
        '<section class="a_btm"><h2>Más información</h2><article class="c"><h2 class="c_t"><a href="/1">El Gobierno aprueba el aval para la compra de la primera vivienda</a></h2></article>'
        '<article class="c"><h2 class="c_t"><a href="/2">Los precios del alquiler baten récords en once capitales</a></h2></article></section>'
        '</article></main>'
        '<footer class="_g _g-md _g-o"><div class="f_l">EL PAÍS</div><ul><li><a>Contacto</a></li><li><a>Venta Publicidad</a></li>'
        '<li><a>Aviso legal</a></li><li><a>Política cookies</a></li><li><a>Mapa</a></li></ul><p>© EDICIONES EL PAÍS S.L.</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- Argentine: a body split by ads
def split_body(page_: dict, article: str) -> str:
    """An Argentine daily whose body is several sibling ``div.StoryTextContainer``s, an ad slot or a
    "LEÉ TAMBIÉN" card between each two, none of them holding the story alone."""
    return _doc(page_, "es-AR", (
        '<div class="cookies-bar"><p>Utilizamos cookies propias y de terceros para mejorar su experiencia de navegación. Si continúa navegando, '
        'consideramos que acepta su uso.</p><a class="btn">Entendido</a></div>'
        f'<header class="header"><a class="header__logo" href="/">{page_["site"]}</a><nav class="header__nav">'
        '<a href="/politica/">Política</a><a href="/economia/">Economía</a><a href="/sociedad/">Sociedad</a><a href="/deportes/">Deportes</a>'
        '<a href="/espectaculos/">Espectáculos</a></nav><a class="header__subscribe">Suscribite</a></header>'
        '<main class="article-page"><article class="article">'
        f'<div class="article__header"><span class="article__kicker">Conurbano</span><h1 class="article__title">{page_["title"]}</h1>'
        f'<h2 class="article__subtitle">{page_["dek"]}</h2><div class="article__byline">Por <a>{page_["author"]}</a> · 14 de junio de 2024</div>'
        '<div class="article__share"><a>Facebook</a><a>Twitter</a><a>WhatsApp</a><a>Enviar por mail</a></div></div>'
        f'<div class="article__body">{article}</div>'
        '<div class="article__tags"><span>Temas</span><a>Transporte</a><a>Provincia de Buenos Aires</a></div>'
        '<div class="article__comments"><h3>Comentarios</h3><p>Para comentar, debés estar registrado.</p></div></article>'
        '<aside class="most-read"><h3>Lo más leído</h3><ol><li><a>Dólar hoy: a cuánto cotiza este viernes</a></li>'
        '<li><a>Pronóstico: llega el frío polar a Buenos Aires</a></li><li><a>Aumentan las prepagas en julio</a></li></ol></aside></main>'
        f'<footer class="footer"><p>© 2024 {page_["site"]}. Todos los derechos reservados.</p><a>Términos y condiciones</a></footer>'
    ))  # fmt: skip


def story_text(*paragraphs: str) -> tuple[str, str]:
    body = "".join(f'<p class="paragraph">{x}</p>' for x in paragraphs)
    return f'<div class="StoryTextContainer">{body}</div>', "\n\n".join(paragraphs)


def ar_ad(slot: int) -> tuple[str, None]:
    return (
        f'<div class="ad-wrapper ad-wrapper--intext"><span class="ad-label">Publicidad</span><div id="div-gpt-ad-intext-{slot}" '
        f'style="min-height:250px"></div><script>googletag.cmd.push(function(){{googletag.display("div-gpt-ad-intext-{slot}")}})</script></div>',
        None,
    )


# ---------------------------------------------------------------- Italian: story__text
def repubblica(page_: dict, article: str) -> str:
    """An Italian daily: ``article.story`` with ``h2.story__summary``, the author and date, a photo, then
    ``div.story__content > div.story__text``; "Leggi anche" boxes inside; "© Riproduzione riservata",
    the "Argomenti" tags and a Taboola feed after."""
    return _doc(page_, "it", (
        '<div class="iubenda-cs-container"><div id="iubenda-cs-banner"><p>Noi e terze parti selezionate utilizziamo cookie o tecnologie simili '
        'per finalità tecniche e, con il tuo consenso, anche per altre finalità come specificato nella cookie policy.</p>'
        '<button class="iubenda-cs-accept-btn">Accetta</button><button>Rifiuta</button><button>Scopri di più e personalizza</button></div></div>'
        f'<header class="gd-header"><a class="gd-header__logo" href="/">{page_["site"]}</a><nav class="gd-nav"><ul>'
        '<li><a href="/politica/">Politica</a></li><li><a href="/economia/">Economia</a></li><li><a href="/esteri/">Esteri</a></li>'
        '<li><a href="/cronaca/">Cronaca</a></li><li><a href="/sport/">Sport</a></li></ul></nav><a class="gd-header__abbonati">Abbonati</a></header>'
        '<main><article class="story"><header class="story__header"><div class="story__overtitle">Ambiente</div>'
        f'<h1 class="story__title">{page_["title"]}</h1><h2 class="story__summary">{page_["dek"]}</h2>'
        f'<div class="story__toolbar"><a>Facebook</a><a>X</a><a>WhatsApp</a><a>Email</a></div><em class="story__author"><a>di {page_["author"]}</a></em>'
        '<time class="story__date" datetime="2024-08-12T08:10:00+02:00">12 Agosto 2024 alle 08:10</time>'
        '<span class="story__reading-time">3 minuti di lettura</span></header>'
        '<figure class="story__media"><img src="/img/venezia.jpg" alt=""><figcaption class="story__media-caption">La laguna vista da Pellestrina (foto Ansa)</figcaption></figure>'
        f'<div class="story__content"><div class="story__text">{article}</div></div>'
        '<div class="story__copyright">© Riproduzione riservata</div>'
        '<section class="story__tags"><h3>Argomenti</h3><a>Venezia</a><a>Clima</a><a>Mose</a></section>'
        '<div class="paywall-adagio"><p>Sostieni il giornalismo di qualità. Abbonati a 1€ al mese per 3 mesi.</p></div>'
        '<div id="taboola-below-article-thumbnails" class="taboola"><h3>Potrebbe interessarti anche</h3>'
        '<a>Bonus casa 2024: ecco come richiederlo</a><a>Questa crema sta facendo impazzire gli italiani</a></div></article></main>'
        f'<footer class="gd-footer"><p>{page_["site"]} - GEDI Periodici e Servizi S.p.A. - P.Iva 00906801006</p><a>Privacy</a><a>Cookie policy</a></footer>'
    ))  # fmt: skip


def leggi_anche(title: str) -> tuple[str, None]:
    return (
        f'<div class="inline-article"><span class="inline-article__label">Leggi anche</span><a class="inline-article__title" href="/x">{title}</a></div>',
        None,
    )


# ---------------------------------------------------------------- Dutch: CSS modules' class names
def dutch(page_: dict, article: str) -> str:
    """A Dutch news site built with CSS modules: every class a hashed name (``ArticleBody_root__x2Ja9``),
    none saying "content"; "Lees ook" links between paragraphs, a "Meest gelezen" rail."""
    most = _links(("Kabinet wil huurverhoging in vrije sector beperken", "KNMI: warmste september ooit gemeten",
                   "Ajax verliest opnieuw punten in Eredivisie", "Treinverkeer rond Utrecht weer op gang"))  # fmt: skip
    return _doc(page_, "nl", (
        '<div id="__next"><div class="ConsentBanner_root__Qz1kT"><p>Wij gebruiken cookies en vergelijkbare technieken om je een betere ervaring '
        'te geven en om advertenties te tonen die bij je interesses passen.</p><button class="Button_primary__k7Wq2">Akkoord</button>'
        '<button class="Button_secondary__b3xYd">Instellingen</button></div>'
        f'<header class="Header_root__m4hQm"><a class="Header_logo__a8Hn2" href="/">{page_["site"]}</a><nav class="Navigation_root__4cFjS">'
        '<a href="/binnenland">Binnenland</a><a href="/buitenland">Buitenland</a><a href="/politiek">Politiek</a><a href="/economie">Economie</a>'
        '<a href="/sport">Sport</a></nav></header><main class="Layout_main__o9UiA"><div class="ArticlePage_grid__Kx0sV">'
        f'<div class="ArticleHeader_root__p3dLw"><h1 class="ArticleHeader_title__Y0w8b">{page_["title"]}</h1>'
        f'<div class="ArticleHeader_meta__2LsQe"><span>{page_["author"]}</span><time datetime="{page_["date"]}">vandaag, 09:12</time></div></div>'
        f'<div class="ArticleBody_root__x2Ja9">{article}</div>'
        '<div class="ShareBar_root__Tq7hA"><button>Deel via WhatsApp</button><button>Deel via Facebook</button><button>Kopieer link</button></div>'
        f'<aside class="MostRead_root__vN2kd"><h2 class="MostRead_title__e1RrB">Meest gelezen</h2><ol>{most}</ol></aside></div></main>'
        f'<footer class="Footer_root__u6Lp0"><p>© 2024 {page_["site"]}</p><a>Privacyverklaring</a><a>Cookiebeleid</a></footer></div>'
        '<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"articleId":"2511234"}},"page":"/artikel/[id]"}</script>'
    ))  # fmt: skip


def nl_p(text: str) -> tuple[str, str]:
    return f'<p class="Paragraph_root__hG3nE">{text}</p>', text


def nl_h(text: str) -> tuple[str, str]:
    return f'<h2 class="Heading_root__g5VwC Heading_h2__Zz1fs">{text}</h2>', text


def lees_ook(title: str) -> tuple[str, None]:
    return (
        f'<div class="ReadAlso_root__M8tPq"><span class="ReadAlso_label__q2Ls0">Lees ook</span><a href="/x">{title}</a></div>',
        None,
    )


# ---------------------------------------------------------------- Polish: art_content
def polish(page_: dict, article: str) -> str:
    """A Polish portal (gazeta.pl's template): ``section.art_content#gazeta_article_body`` of
    ``p.art_paragraph`` and ``h2.art_sub_title``; "REKLAMA" slots, a "Zobacz wideo" box and "Czytaj
    także" links inside; the RODO consent box, comments count and tags around."""
    return _doc(page_, "pl", (
        '<div class="rodoBox"><h2>Szanowny Użytkowniku</h2><p>Zanim zaakceptujesz pliki „cookies” lub zamkniesz to okno, prosimy Cię o zapoznanie się '
        'z poniższymi informacjami. Prosimy o dobrowolne wyrażenie zgody na przetwarzanie Twoich danych osobowych przez naszych partnerów biznesowych.</p>'
        '<button class="rodoBox__accept">Przejdź do serwisu</button></div>'
        f'<header id="pageHead"><a class="logo" href="/">{page_["site"]}</a><ul class="mainMenu"><li><a>Wiadomości</a></li><li><a>Kraj</a></li>'
        '<li><a>Świat</a></li><li><a>Biznes</a></li><li><a>Sport</a></li><li><a>Kultura</a></li></ul></header>'
        '<div id="columns_wrap"><div id="gazeta_article" class="article"><div id="gazeta_article_top">'
        f'<h1 id="article_title">{page_["title"]}</h1><div id="gazeta_article_author"><span class="article_author">{page_["author"]}</span></div>'
        '<div id="gazeta_article_date"><time datetime="2024-09-18 11:32">18.09.2024 11:32</time></div>'
        '<div class="article_share"><a>Udostępnij</a><a class="comments_link">57 komentarzy</a></div></div>'
        f'<section class="art_content" id="gazeta_article_body">{article}</section>'
        '<div class="tags"><span>Tagi:</span><a>Wisła</a><a>susza</a><a>żegluga</a></div>'
        '<div id="comments" class="comments"><h3>Komentarze (57)</h3><p>Zaloguj się, aby dodać komentarz.</p></div></div>'
        '<aside id="col_right"><div class="top_section"><h3>Najpopularniejsze</h3><ul><li><a>Kiedy wypłata 800 plus? Terminy na październik</a></li>'
        '<li><a>Prognoza pogody: nadchodzi ochłodzenie</a></li><li><a>Ceny paliw na stacjach. Kierowcy zapłacą mniej</a></li></ul></div></aside></div>'
        f'<footer id="pageFooter"><p>Copyright © {page_["site"]} sp. z o.o.</p><a>Polityka prywatności</a><a>Regulamin</a></footer>'
    ))  # fmt: skip


def art_p(text: str) -> tuple[str, str]:
    return f'<p class="art_paragraph">{text}</p>', text


def pl_ad(slot: int) -> tuple[str, None]:
    return (
        f'<div class="adviewDFPBanner DFP-0{slot}1-ART"><span class="banLabel">REKLAMA</span><div id="adsMidboardDivId_{slot}"></div></div>',
        None,
    )


# ---------------------------------------------------------------- Turkish: news-content
def turkish(page_: dict, article: str) -> str:
    """A Turkish daily (Hürriyet's template): ``div.news-detail-title``, the spot as ``h2``, then
    ``div.news-content`` with "Haberin Devamı" ad separators and "İLGİLİ HABER" boxes inside; the KVKK
    cookie notice, tags and "Yorumlar" around."""
    return _doc(page_, "tr", (
        '<div class="kvkk-cookie"><p>Kişisel verileriniz, hizmetlerimizin daha iyi bir şekilde sunulmasını amacıyla mevzuata uygun şekilde işlenebilir. '
        'Bu konuda detaylı bilgi almak için Çerez Politikası sayfamızı inceleyebilirsiniz.</p><button>Kabul Et</button></div>'
        f'<header class="header"><a class="logo" href="/">{page_["site"]}</a><ul class="main-menu"><li><a>Gündem</a></li><li><a>Ekonomi</a></li>'
        '<li><a>Dünya</a></li><li><a>Spor</a></li><li><a>Yazarlar</a></li><li><a>Kelebek</a></li></ul></header>'
        '<div class="container news-detail"><div class="row"><div class="col-md-8">'
        f'<div class="news-detail-title selectionShareable"><h1>{page_["title"]}</h1></div>'
        f'<div class="news-detail-spot selectionShareable"><h2>{page_["dek"]}</h2></div>'
        '<div class="news-date"><time datetime="2024-07-09T10:45:00+03:00">09.07.2024 - 10:45</time> | Son Güncelleme: 09.07.2024 - 11:02</div>'
        '<div class="social-share"><a>Facebook</a><a>Twitter</a><a>Whatsapp</a><a>Yazı Boyutu</a></div>'
        f'<div class="news-content readingTime">{article}</div>'
        '<div class="news-tags"><span>Etiketler:</span><a>kiraz</a><a>ihracat</a><a>Manisa</a></div>'
        '<div class="comments-area"><h3>Yorumlar</h3><p>Yorum yapabilmek için üye girişi yapmalısınız.</p>'
        '<p>Üye olmadan da yorum yapmaya devam edebilirsiniz.</p></div></div>'
        '<div class="col-md-4"><div class="most-read"><h3>En Çok Okunanlar</h3><ul><li><a>Emekli bayram ikramiyesi ne zaman yatacak?</a></li>'
        '<li><a>İstanbul için sağanak uyarısı</a></li><li><a>Galatasaray transferi resmen açıkladı</a></li></ul></div></div></div></div>'
        f'<footer class="footer"><p>© Copyright 2024 {page_["site"]}. Tüm hakları saklıdır.</p><a>Künye</a><a>KVKK</a></footer>'
    ))  # fmt: skip


def haberin_devami(slot: int) -> tuple[str, None]:
    return (
        f'<div class="medyanet-inline-adv" id="mnInline{slot}"><span class="medyanet-inline-adv__title">Haberin Devamı</span>'
        f'<div id="div-gpt-ad-{slot}" class="gpt-ad"></div></div>',
        None,
    )


def ilgili_haber(title: str) -> tuple[str, None]:
    return (
        f'<div class="news-related-box"><span class="news-related-box__label">İLGİLİ HABER</span><a href="/x"><img src="/r.jpg" alt=""><span>{title}</span></a></div>',
        None,
    )


# ---------------------------------------------------------------- Indonesian: detik
def detik(page_: dict, article: str) -> str:
    """detik's article page: ``div.detail__body-text.itp_bodycontent`` of bare text and ``<br>``, "Baca
    juga" tables and a "Baca juga:" line inside the text, the "Simak Video" box, the editor's initials
    ``(dnu/imk)``; tags, "Berita Terkait" and "Berita Terpopuler" after."""
    return _doc(page_, "id", (
        f'<header class="header"><a class="header__logo" href="/">{page_["site"]}</a><nav class="nav"><a>Berita</a><a>Finance</a><a>Hot</a>'
        '<a>Inet</a><a>Sport</a><a>Oto</a><a>Travel</a><a>Food</a><a>Health</a></nav><a class="header__login">Masuk</a></header>'
        '<div class="container"><div class="grid-row content__bg"><div class="column-8"><article class="detail">'
        '<div class="detail__header"><div class="page__breadcrumb"><a>detikNews</a> <a>Berita</a></div>'
        f'<h1 class="detail__title">{page_["title"]}</h1><div class="detail__author">{page_["author"]} - detikNews</div>'
        '<div class="detail__date">Selasa, 03 Des 2024 14:05 WIB</div>'
        '<div class="detail__share"><a>Bagikan</a><a>Facebook</a><a>Twitter</a><a>Whatsapp</a></div></div>'
        '<div class="detail__media"><figure class="detail__media-image"><img src="/img/jakarta.jpg" alt="">'
        '<figcaption class="detail__media-caption">Ilustrasi banjir di Jakarta (Foto: Ari Saputra/detikcom)</figcaption></figure></div>'
        f'<div class="detail__body itp_bodycontent_wrapper"><div class="detail__body-text itp_bodycontent">{article}'
        '<div class="sisip_video_ds"><strong>Simak Video "Detik-detik Banjir Rendam Permukiman di Jakarta Timur"</strong>'
        '<div class="video-player"></div></div><strong>(dnu/imk)</strong></div>'
        '<div class="detail__body-tag"><div class="nav"><a class="nav__item">banjir</a><a class="nav__item">jakarta</a><a class="nav__item">bpbd</a></div></div></div>'
        '<div class="detail__komentar"><h3>Komentar</h3><p>Berikan komentar Anda dengan bijak.</p></div></article>'
        '<div class="list-content"><h2>Berita Terkait</h2><article><a>Pemprov DKI Siagakan 500 Pompa Air Jelang Musim Hujan</a></article>'
        '<article><a>BMKG: Puncak Musim Hujan Diprediksi Januari-Februari</a></article></div></div>'
        '<div class="column-4"><div class="box cb-mostpop"><h2>Berita Terpopuler</h2><ol><li><a>Harga Emas Antam Hari Ini Turun</a></li>'
        '<li><a>Jadwal Timnas Indonesia di Piala AFF 2024</a></li><li><a>Ganjil Genap Jakarta Hari Ini</a></li></ol></div></div></div></div>'
        f'<footer class="footer"><p>Copyright © 2024 {page_["site"]}. All rights reserved.</p><a>Redaksi</a><a>Pedoman Media Siber</a></footer>'
    ))  # fmt: skip


def baca_juga_table(title: str) -> tuple[str, None]:
    return (
        '<table align="center" class="linksisip"><tr><td><div class="lihatjg"><strong>Baca juga: </strong>'
        f'<a href="/x" class="embedlink">{title}</a></div></td></tr></table>',
        None,
    )


# ---------------------------------------------------------------- Vietnamese: VnExpress
def vnexpress(page_: dict, article: str) -> str:
    """VnExpress: ``h1.title-detail``, the sapo ``p.description``, the body ``article.fck_detail`` of
    ``p.Normal`` and ``figure.tplCaption``, the author in a right-aligned ``p.Normal`` at its end; "Tin
    liên quan", the comment box "Ý kiến" and "Xem nhiều" after."""
    return _doc(page_, "vi", (
        f'<header class="section header"><a class="logo" href="/">{page_["site"]}</a><nav class="main-nav"><ul><li><a>Thời sự</a></li>'
        '<li><a>Góc nhìn</a></li><li><a>Thế giới</a></li><li><a>Kinh doanh</a></li><li><a>Khoa học</a></li><li><a>Giải trí</a></li>'
        '<li><a>Thể thao</a></li><li><a>Pháp luật</a></li></ul></nav></header>'
        '<section class="section page-detail top-detail"><div class="container"><div class="sidebar-1">'
        '<div class="header-content width_common"><ul class="breadcrumb"><li><a>Thời sự</a></li><li><a>Giao thông</a></li></ul>'
        '<span class="date">Thứ ba, 3/12/2024, 14:05 (GMT+7)</span></div>'
        f'<h1 class="title-detail">{page_["title"]}</h1><p class="description">{page_["lede"]}</p>'
        f'<article class="fck_detail ">{article}<p class="Normal" style="text-align:right;"><strong>{page_["author"]}</strong></p></article>'
        '<div class="footer-content"><div class="box-tinlienquanv2"><h3>Tin liên quan</h3><ul><li><a>Cao tốc Bắc - Nam đoạn qua Nghệ An thông xe</a></li>'
        '<li><a>Đề xuất nâng tốc độ tối đa trên cao tốc lên 120 km/h</a></li></ul></div>'
        '<div class="box_comment_vne"><h3>Ý kiến (12)</h3><p>Mời bạn thảo luận, vui lòng nhập tiếng Việt có dấu</p></div></div></div>'
        '<div class="sidebar-2"><div class="box-category"><h3>Xem nhiều</h3><ul><li><a>Giá vàng hôm nay tăng mạnh</a></li>'
        '<li><a>Hà Nội rét đậm, nhiệt độ xuống 12 độ</a></li></ul></div></div></div></section>'
        f'<footer class="footer"><p>© Copyright 1997-2024 {page_["site"]}, All rights reserved</p><p>Báo tiếng Việt nhiều người xem nhất</p></footer>'
    ))  # fmt: skip


def vn_p(text: str) -> tuple[str, str]:
    return f'<p class="Normal">{text}</p>', text


def vn_figure(caption: str) -> tuple[str, None]:
    return (
        '<figure class="tplCaption"><div class="fig-picture"><picture><img src="/img/vn.jpg" alt="" loading="lazy"></picture></div>'
        f'<figcaption><p class="Image">{caption}</p></figcaption></figure>',
        None,
    )


# ---------------------------------------------------------------- Swahili: BBC World Service
def bbc_ws(page_: dict, article: str) -> str:
    """BBC World Service (Swahili): hashed emotion classes, every paragraph in its own ``div[dir=ltr]``,
    a figure with "Chanzo cha picha" and "Maelezo ya picha", "Unaweza pia kusoma" and the "Iliyosomwa
    zaidi" list inside the body, "Habari zinazohusiana" and "Iliyosomwa zaidi" after."""
    most = "".join(f'<li class="bbc-1ydyy3l"><span class="bbc-1gcmpuv">{i}</span><a class="bbc-1i4ie53" href="/swahili/articles/c{i}">{t}</a></li>'
                   for i, t in enumerate(("Mvua kubwa yasababisha mafuriko Dar es Salaam", "Rais aahidi ajira kwa vijana milioni moja",
                                          "Simba yatinga robo fainali ya ligi ya mabingwa"), 1))  # fmt: skip
    return _doc(page_, "sw", (
        '<div class="bbc-1ff36h2"><a href="#content" class="bbc-1i4ie53">Ruka hadi maelezo</a></div>'
        '<header role="banner" class="bbc-1o1uc2x"><a href="/swahili" class="bbc-1ln8dmc"><span class="bbc-1s5dotu">BBC News, Swahili</span></a>'
        '<nav role="navigation" class="bbc-1s9xzb3"><ul class="bbc-1g7m3ln"><li><a>Habari</a></li><li><a>Afrika</a></li><li><a>Michezo</a></li>'
        '<li><a>Video</a></li><li><a>Makala</a></li></ul></nav></header>'
        '<div class="bbc-1bs0gc3"><main role="main" class="bbc-fa0wmp"><div class="bbc-1151pbn ebmt73l0">'
        f'<h1 id="content" class="bbc-14gqcmb e1p3vdyi0" tabindex="-1">{page_["title"]}</h1></div>'
        f'<div class="bbc-19j92fr ebmt73l0"><ul class="bbc-1m8qmmc e5xb54n0"><li class="bbc-1a3w4ok">Author, {page_["author"]}</li>'
        '<li class="bbc-1a3w4ok">Nafasi, BBC News Swahili</li></ul><time datetime="2024-05-14" class="bbc-1dafq0j">14 Mei 2024</time></div>'
        f'{article}'
        '<section aria-labelledby="related-content-heading" role="region" class="bbc-1y3e3tq"><div class="bbc-1lf4wnb">'
        '<h2 id="related-content-heading" class="bbc-hzrpfd">Habari zinazohusiana</h2></div><ul class="bbc-nbgqax">'
        '<li><a>Wakulima walalamikia bei ya mbolea</a></li><li><a>Tanzania yazindua reli ya kisasa</a></li></ul></section></main>'
        f'<section aria-labelledby="Most-Read" class="bbc-1y3e3tq"><h2 id="Most-Read" class="bbc-hzrpfd">Iliyosomwa zaidi</h2><ol class="bbc-xdw0x4">{most}</ol></section></div>'
        '<footer role="contentinfo" class="bbc-1d8np6q"><a class="bbc-1ln8dmc">BBC News, Swahili</a><ul><li><a>Kwa nini unaweza kuiamini BBC</a></li>'
        '<li><a>Masharti ya matumizi</a></li><li><a>Sera ya faragha</a></li><li><a>Cookies</a></li></ul>'
        '<p>© 2024 BBC. BBC haihusiki na maudhui ya kurasa za nje.</p></footer>'
        '<script>window.SIMORGH_DATA={"pageData":{"metadata":{"type":"article"}},"pageType":"article"}</script>'
    ))  # fmt: skip


def ws_p(text: str, bold: bool = False) -> tuple[str, str]:
    inner = f"<b>{text}</b>" if bold else text
    return (
        f'<div dir="ltr" class="bbc-19j92fr ebmt73l0"><p dir="ltr" class="bbc-hhl7in e17g058b0">{inner}</p></div>',
        text,
    )


def ws_h(text: str) -> tuple[str, str]:
    return f'<div class="bbc-19j92fr ebmt73l0"><h2 class="bbc-1fyd7k0 e1ouvt6g0">{text}</h2></div>', text


def ws_also(*titles: str) -> tuple[str, None]:
    items = "".join(
        f'<li class="bbc-2hx6lr"><a href="/swahili/habari-{i}" class="bbc-1i4ie53">{t}</a></li>'
        for i, t in enumerate(titles)
    )
    return (
        '<div dir="ltr" class="bbc-19j92fr ebmt73l0"><p dir="ltr" class="bbc-hhl7in e17g058b0"><b>Unaweza pia kusoma:</b></p></div>'
        f'<div dir="ltr" class="bbc-19j92fr ebmt73l0"><ul role="list" class="bbc-1nq6lwf">{items}</ul></div>',
        None,
    )  # fmt: skip


def ws_most_read() -> tuple[str, None]:
    items = "".join(f'<li class="bbc-1ydyy3l"><span class="bbc-1gcmpuv">{i}</span><a class="bbc-1i4ie53">{t}</a></li>'
                    for i, t in enumerate(("Jinsi ya kujikinga na kipindupindu", "Bunge lapitisha bajeti ya mwaka 2024/25"), 1))  # fmt: skip
    return (
        '<section aria-labelledby="Most-Read-inline" role="region" class="bbc-1a8mvdz"><p class="bbc-1swyin" id="Most-Read-inline">Iliyosomwa zaidi</p>'
        f'<ol class="bbc-xdw0x4">{items}</ol><p class="bbc-1j3hrj5">Mwisho wa Iliyosomwa zaidi</p></section>',
        None,
    )


def ws_figure(caption: str) -> tuple[str, None]:
    return (
        '<figure class="bbc-1qn0xuy"><div class="bbc-172p16q"><p class="bbc-1rrtr5q"><span class="bbc-m04vo2">Chanzo cha picha, </span>Getty Images</p>'
        '<img src="/img/ws.jpg" alt="" class="bbc-139onq"></div><figcaption class="bbc-1qbmb8j"><span class="bbc-m04vo2">Maelezo ya picha, </span>'
        f"{caption}</figcaption></figure>",
        None,
    )


# ---------------------------------------------------------------- Ukrainian: windows-1251
def ukrainian(page_: dict, article: str) -> str:
    """A Ukrainian news site served in windows-1251, declared only in ``<meta charset>``: ``div.post_text``
    with a bold lead, "Читайте також" and "Реклама:" inside, the Telegram call at its end."""
    return _doc(page_, "uk", (
        f'<header class="header"><a class="logo" href="/">{page_["site"]}</a><ul class="menu"><li><a>Новини</a></li><li><a>Публікації</a></li>'
        '<li><a>Колонки</a></li><li><a>Економіка</a></li><li><a>Життя</a></li><li><a>Спорт</a></li></ul>'
        '<div class="lang"><a>УКР</a> <a>RUS</a> <a>ENG</a></div></header>'
        '<div class="container"><div class="post"><div class="post_head">'
        f'<h1 class="post_title">{page_["title"]}</h1><div class="post_time">Вівторок, 3 грудня 2024, 14:05</div>'
        f'<div class="post_author">{page_["author"]}</div></div>'
        f'<div class="post_text">{article}</div>'
        '<div class="post_tags"><span>Теги:</span><a>Київ</a><a>енергетика</a><a>відключення</a></div>'
        '<div class="post_share"><a>Facebook</a><a>Telegram</a><a>Viber</a></div></div>'
        '<div class="news_list"><h3>Стрічка новин</h3><ul><li><span>14:02</span><a>Уряд продовжив програму "єВідновлення"</a></li>'
        '<li><span>13:47</span><a>НБУ зберіг облікову ставку на рівні 13%</a></li><li><span>13:30</span><a>У Львові відкрили новий пункт незламності</a></li></ul></div></div>'
        f'<footer class="footer"><p>© 2000-2024 {page_["site"]}. Використання матеріалів дозволяється за умови посилання.</p></footer>'
    ), charset="windows-1251")  # fmt: skip


# ---------------------------------------------------------------- Persian: right to left
def persian(page_: dict, article: str) -> str:
    """A Persian daily's site, right to left: the rotitr as ``h4``, the lede ``p.introtext`` in the
    header, the body ``div.item-text`` with "بیشتر بخوانید" lists inside; the news code, tags and the
    comment form "نظر شما" after."""
    return _doc(page_, "fa", (
        f'<header class="header"><a class="logo" href="/">{page_["site"]}</a><ul class="nav"><li><a>سیاسی</a></li><li><a>اقتصادی</a></li>'
        '<li><a>اجتماعی</a></li><li><a>فرهنگی</a></li><li><a>ورزشی</a></li><li><a>بین‌الملل</a></li></ul></header>'
        '<main class="container"><article class="news-item"><div class="item-header">'
        f'<div class="item-title"><h4 class="subtitle">محیط زیست</h4><h1 class="title">{page_["title"]}</h1></div>'
        '<div class="item-date"><span>تاریخ انتشار: ۱۲:۰۵ - ۱۳ آذر ۱۴۰۳</span></div><div class="item-code"><span>کد خبر ۸۹۲۳۴۵</span></div>'
        f'<p class="introtext" itemprop="description">{page_["lede"]}</p></div>'
        f'<div class="item-body"><div class="item-text" itemprop="articleBody">{article}</div></div>'
        '<div class="tags"><span>برچسب‌ها</span><a>دریاچه ارومیه</a><a>بارش</a><a>محیط زیست</a></div>'
        '<div class="share"><a>کپی لینک</a><a>تلگرام</a><a>واتساپ</a></div>'
        '<section class="comments"><h3>نظر شما</h3><p>نظرات پس از تایید منتشر می‌شود.</p><textarea></textarea><button>ارسال</button></section></article>'
        '<aside class="most-visited"><h3>پربازدیدترین</h3><ul><li><a>قیمت دلار امروز در بازار آزاد</a></li>'
        '<li><a>پیش‌بینی بارش برف در تهران</a></li><li><a>زمان واریز یارانه آذرماه اعلام شد</a></li></ul></aside></main>'
        f'<footer class="footer"><p>کلیه حقوق این سایت متعلق به {page_["site"]} است.</p></footer>'
    ), dir_="rtl")  # fmt: skip


def fa_p(text: str) -> tuple[str, str]:
    return f'<p style="text-align: justify;">{text}</p>', text


def fa_more(*titles: str) -> tuple[str, None]:
    items = "".join(f'<li><a href="/news/{i}">{t}</a></li>' for i, t in enumerate(titles))
    return f'<div class="read-more"><p><strong>بیشتر بخوانید:</strong></p><ul>{items}</ul></div>', None


# ---------------------------------------------------------------- Greek: a desktop and a mobile copy
def mobile_copy(page_: dict, article: str) -> str:
    """A Greek news site that writes its article twice, a desktop copy (``hidden-xs``) and a mobile copy
    (``visible-xs``) with other ad slots, CSS choosing one; "Διαβάστε επίσης" and the comments after."""
    mobile = article.replace('class="ad-desktop"', 'class="ad-mobile"')
    return _doc(page_, "el", (
        '<div class="cookie-consent"><p>Χρησιμοποιούμε cookies για να σας προσφέρουμε την καλύτερη δυνατή εμπειρία στον ιστότοπό μας.</p>'
        '<button>Αποδοχή</button><button>Ρυθμίσεις</button></div>'
        f'<header class="site-header"><a class="logo" href="/">{page_["site"]}</a><ul class="menu"><li><a>Ελλάδα</a></li><li><a>Πολιτική</a></li>'
        '<li><a>Οικονομία</a></li><li><a>Κόσμος</a></li><li><a>Αθλητισμός</a></li><li><a>Πολιτισμός</a></li></ul></header>'
        '<div class="container"><div class="row"><div class="col-md-8"><article class="article">'
        f'<h1 class="article-title">{page_["title"]}</h1><div class="article-meta"><span class="author">{page_["author"]}</span>'
        '<time datetime="2024-06-20T12:30:00+03:00">20.06.2024 | 12:30</time></div>'
        '<div class="share-tools"><a>Facebook</a><a>Twitter</a><a>Email</a></div>'
        f'<div class="article-body main-text hidden-xs">{article}</div>'
        f'<div class="article-body main-text-mobile visible-xs">{mobile}</div>'
        '<div class="read-also"><h3>Διαβάστε επίσης</h3><ul><li><a>Καύσωνας: Πού θα χτυπήσει ο υδράργυρος τους 43 βαθμούς</a></li>'
        '<li><a>Κλειστά τα σχολεία λόγω ζέστης σε τρεις περιφέρειες</a></li></ul></div>'
        '<div class="comments"><h3>Σχόλια (8)</h3><p>Για να σχολιάσετε πρέπει να συνδεθείτε.</p></div></article></div>'
        '<div class="col-md-4"><div class="popular"><h3>Δημοφιλή</h3><ol><li><a>Συντάξεις Ιουλίου: Οι ημερομηνίες πληρωμής</a></li>'
        '<li><a>Κίνηση στους δρόμους: Πού υπάρχουν καθυστερήσεις</a></li></ol></div></div></div></div>'
        f'<footer class="site-footer"><p>© 2024 {page_["site"]}. Με επιφύλαξη παντός δικαιώματος.</p></footer>'
    ))  # fmt: skip


def gr_ad(slot: int) -> tuple[str, None]:
    return f'<div class="ad-desktop" id="ad-inread-{slot}"><span>ΔΙΑΦΗΜΙΣΗ</span></div>', None


SKINS.update(naver=naver, sina=sina, elpais=elpais, split_body=split_body, repubblica=repubblica, dutch=dutch,
             polish=polish, turkish=turkish, detik=detik, vnexpress=vnexpress, bbc_ws=bbc_ws, ukrainian=ukrainian,
             persian=persian, mobile_copy=mobile_copy)  # fmt: skip


# ---------------------------------------------------------------- the pages
page(
    "intl3-ko-naver-daycare",
    "Korean news (Naver dic_area)",
    "naver",
    "어린이집 야간 돌봄 내년 전국 확대…맞벌이 부부 부담 던다",
    "박지현",
    "2024-11-14T15:21:07+09:00",
    [
        naver_photo(
            "/img/daycare.jpg",
            "서울의 한 국공립 어린이집에서 아이들이 놀이 활동을 하고 있다. [연합뉴스 자료사진]",
        ),
        br(
            "(서울=연합뉴스) 박지현 기자 = 정부가 오후 10시까지 아이를 맡길 수 있는 어린이집 야간 돌봄 서비스를 내년부터 전국으로 확대한다."
        ),
        br(
            "보건복지부는 14일 이런 내용을 담은 '보육 서비스 개선 방안'을 발표했다. 지금은 서울과 경기 일부 지역의 어린이집 350곳에서만 시범 운영하고 있지만, 내년에는 전국 1천200곳으로 늘린다는 계획이다."
        ),
        br(
            "야간 돌봄을 이용하려면 하루 전까지 어린이집에 신청하면 된다. 이용료는 시간당 4천 원 수준이며, 저소득 가정은 전액 지원받는다. 복지부는 야간 근무 교사의 인건비를 국가가 부담해 어린이집의 운영 부담을 줄일 방침이다."
        ),
        br(
            "시범 사업에 참여한 부모들의 만족도는 높은 편이었다. 복지부 조사에 따르면 이용자의 87%가 '일과 육아를 병행하는 데 도움이 됐다'고 답했다. 다만 교사 확보가 어렵다는 현장의 목소리도 적지 않았다."
        ),
        br(
            '복지부 관계자는 "맞벌이 가정이 늘어나면서 늦은 시간 돌봄 수요가 꾸준히 증가하고 있다"며 "교사 처우 개선과 함께 서비스를 차질 없이 확대하겠다"고 말했다.'
        ),
        raw("jihyun@yna.co.kr"),
    ],
    site="연합뉴스",
)

page(
    "intl3-zh-sina-gbk",
    "Chinese news (Sina artibody, GBK under gb2312)",
    "sina",
    "我国充电基础设施总量突破1000万台",
    "新华社",
    "2024-12-03T14:05:00+08:00",
    [
        raw(
            '<div class="appendQr_wrap"><div class="appendQr_normal"><div class="appendQr_normal_txt">海量资讯、精准解读，尽在新浪财经APP</div></div></div>'
        ),
        cn(
            "新华社北京12月3日电（记者王喆）记者3日从国家能源局获悉，截至今年10月底，我国充电基础设施总数达到1188万台，同比增长49.6%，首次突破1000万台大关。"
        ),
        cn(
            "国家能源局有关负责人介绍，今年以来，各地加快推进县域和农村地区充电设施建设，公共充电桩覆盖了全国97%以上的县。高速公路服务区中，已有超过九成配建了充电设施，节假日期间“充电排队”的情况明显缓解。"
        ),
        raw(
            '<div class="img_wrapper"><img src="//n.sinaimg.cn/finance/charge.jpg" alt=""><span class="img_descr">资料图：某高速公路服务区的充电站。</span></div>'
        ),
        cn(
            "从结构看，私人充电桩增长较快，达到833万台，占总量的七成左右。业内人士指出，随着新能源汽车进一步走进家庭，居民小区安装充电桩难的问题仍需进一步解决。"
        ),
        cn(
            "该负责人表示，下一步将研究出台支持充电设施高质量发展的政策措施，推动大功率充电、车网互动等新技术应用，更好满足人民群众的出行需求。"
        ),
        raw(
            '<script>window.sinaads = window.sinaads || []; sinaads.push({element: "ad_content_1"});</script>'
        ),
    ],
    site="新浪财经",
    encoding="gbk",
)

page(
    "intl3-es-elpais-alquiler",
    "Spanish news (El País a_c)",
    "elpais",
    "El alquiler de temporada se dispara en Madrid tras la nueva ley de vivienda",
    "Lucía Ferrer",
    "2024-10-22T05:40:00+02:00",
    [
        p(
            "Los contratos de alquiler de temporada, los que duran entre uno y once meses, se han multiplicado en Madrid desde que entró en vigor la ley de vivienda. Según los datos de los portales inmobiliarios, ya suponen casi uno de cada cuatro anuncios de la capital, el doble que hace dos años."
        ),
        p(
            "Los propietarios recurren a esta fórmula porque queda fuera de los límites de precio que la ley permite fijar en las zonas tensionadas. “Es una vía de escape legal, pero deja a muchas familias sin estabilidad”, explica una portavoz del Sindicato de Inquilinas, que ha recibido cientos de consultas este año."
        ),
        raw(
            '<aside class="a_ei"><p class="a_ei_t">Más información</p><article><h2><a href="/x">Las claves de la ley de vivienda: qué cambia para inquilinos y propietarios</a></h2></article></aside>'
        ),
        h("Un mercado cada vez más estrecho", 3),
        p(
            "El precio medio del alquiler de temporada en Madrid ronda los 1.900 euros al mes, frente a los 1.450 de un contrato de larga duración. La diferencia es aún mayor en los barrios del centro, donde muchos pisos se anuncian por meses para estudiantes y trabajadores desplazados."
        ),
        p(
            "El Ministerio de Vivienda prepara una reforma para exigir que el inquilino acredite el motivo temporal del contrato. Las asociaciones de propietarios advierten de que más regulación reducirá todavía más la oferta."
        ),
        raw(
            '<p><i>Sigue toda la información de <a href="/economia/">Economía</a> y <a href="/noticias/negocios/">Negocios</a> en <a href="https://www.facebook.com/">Facebook</a> y <a href="https://x.com/">X</a>, o en nuestra <a href="/newsletters/">newsletter semanal</a></i></p>'
        ),
    ],
    site="EL PAÍS",
    dek="Los contratos de uno a once meses ya son casi uno de cada cuatro anuncios en la capital",
)

page(
    "intl3-es-ar-split-body",
    "Argentine news (body split across siblings by ads)",
    "split_body",
    "El nuevo tren eléctrico al conurbano sur empezará a funcionar en diciembre",
    "Martín Acosta",
    "2024-06-14T08:00:00-03:00",
    [
        story_text(
            "El servicio eléctrico que unirá Constitución con la localidad de Bosques comenzará a funcionar en diciembre, según confirmaron este jueves fuentes del Ministerio de Transporte. Las obras de electrificación del ramal, iniciadas hace cuatro años, están terminadas en un 92 por ciento."
        ),
        ar_ad(1),
        story_text(
            "El nuevo servicio reducirá el tiempo de viaje de una hora y cuarto a apenas cincuenta minutos. Los trenes diésel que hoy recorren el ramal serán reemplazados por formaciones eléctricas de nueve coches, con aire acondicionado y capacidad para 1.500 pasajeros.",
            "Según estimaciones oficiales, unas 120.000 personas viajan cada día en la línea, la mayoría trabajadores que se desplazan hacia la Ciudad de Buenos Aires.",
        ),
        raw(
            '<div class="related-note"><span>LEÉ TAMBIÉN</span><a href="/x">Aumentan los colectivos en el AMBA: cuánto costará el boleto desde julio</a></div>'
        ),
        story_text(
            "Los vecinos de Florencio Varela celebraron el anuncio, aunque recordaron que la fecha ya fue postergada dos veces. “Nos prometieron el tren eléctrico para 2022 y seguimos viajando como ganado”, dijo una usuaria en la estación de Bosques."
        ),
        ar_ad(2),
        story_text(
            "Desde la empresa estatal Trenes Argentinos aseguraron que durante las primeras semanas circularán ambos servicios en paralelo, hasta completar las pruebas de seguridad en los pasos a nivel."
        ),
    ],
    site="Diario del Sur",
    dek="La obra de electrificación del ramal a Bosques está terminada en un 92%",
)

page(
    "intl3-it-story-mose",
    "Italian news (story__text)",
    "repubblica",
    "Venezia, il Mose alzato già quaranta volte: i costi preoccupano il Comune",
    "Giulia Marchetti",
    "2024-08-12T08:10:00+02:00",
    [
        p(
            "Dall’inizio dell’anno il Mose, il sistema di paratoie mobili che protegge Venezia dall’acqua alta, è stato sollevato quaranta volte. Un numero molto superiore alle previsioni fatte quando l’opera fu progettata, che stimavano al massimo una decina di chiusure all’anno."
        ),
        p(
            "Ogni sollevamento costa circa duecentomila euro tra personale, energia e manutenzione. Il Comune teme che, con l’innalzamento del livello del mare, le chiusure diventino sempre più frequenti e che i costi ricadano sul bilancio cittadino."
        ),
        leggi_anche("Acqua alta, la mappa delle zone più a rischio della città"),
        p(
            "C’è poi il problema della laguna. Gli studiosi dell’università di Padova avvertono che chiusure troppo frequenti riducono il ricambio d’acqua con il mare, con conseguenze sulla qualità dell’acqua e sulla fauna. «La laguna ha bisogno di respirare», spiega un biologo marino."
        ),
        p(
            "Il commissario straordinario ha annunciato che entro l’autunno sarà presentato un nuovo piano di gestione, con soglie di marea diverse a seconda della stagione. Il porto chiede che le chiusure vengano comunicate con più anticipo alle navi."
        ),
    ],
    site="la Repubblica",
    dek="Le paratoie sollevate molto più spesso del previsto. Ogni chiusura costa 200 mila euro",
)

page(
    "intl3-nl-css-modules",
    "Dutch news (CSS-module class names)",
    "dutch",
    "Gemeente wil fietsenstalling onder het water bij station uitbreiden",
    "Sanne de Wit",
    "2024-09-26T09:12:00+02:00",
    [
        nl_p(
            "De gemeente wil de fietsenstalling onder het water bij het centraal station met vierduizend plekken uitbreiden. Op drukke dagen is de stalling nu al om acht uur 's ochtends vol, waardoor reizigers hun fiets op straat moeten achterlaten."
        ),
        nl_p(
            'Volgens de wethouder verkeer worden er in de binnenstad jaarlijks ruim tienduizend fietsen weggesleept, vaak omdat ze op plekken staan waar ze voetgangers hinderen. "Een goede stalling is de beste oplossing voor het probleem", zei ze dinsdag in de gemeenteraad.'
        ),
        lees_ook("Reizigers boos over wachttijden bij fietsenstalling station"),
        nl_h("Bouw duurt drie jaar"),
        nl_p(
            "De uitbreiding komt naast de bestaande stalling, die in 2023 werd geopend. De bouw moet in 2026 beginnen en duurt naar verwachting drie jaar. De kosten worden geschat op 45 miljoen euro, waarvan ProRail en het Rijk een deel betalen."
        ),
        nl_p(
            "De Fietsersbond is blij met het plan, maar wil dat de gemeente ook kijkt naar kleinere stallingen in de wijken. Veel mensen fietsen niet naar het station maar naar winkels en scholen, en daar is ook te weinig ruimte."
        ),
    ],
    site="Stadsnieuws",
)

page(
    "intl3-pl-art-content",
    "Polish news (art_content)",
    "polish",
    "Rekordowo niski poziom Wisły w Warszawie. Statki nie pływają",
    "Anna Kowalczyk",
    "2024-09-18T11:32:00+02:00",
    [
        art_p(
            "Poziom Wisły w Warszawie spadł we wtorek do 19 centymetrów, najniżej w historii pomiarów. Hydrolodzy ostrzegają, że przy braku opadów stan rzeki może się jeszcze obniżyć w najbliższych tygodniach."
        ),
        art_p(
            "Z powodu niskiej wody wstrzymano rejsy tramwajów wodnych i statków wycieczkowych. Na odsłoniętych łachach piasku w centrum miasta pojawiły się tłumy spacerowiczów, a strażnicy miejscy przypominają, że wchodzenie na dno rzeki jest niebezpieczne."
        ),
        pl_ad(1),
        raw(
            '<div class="art_embed relatedBox"><span>Czytaj także:</span> <a href="/x">Susza hydrologiczna w połowie kraju. Rolnicy liczą straty</a></div>'
        ),
        (
            '<h2 class="art_sub_title">Problem dla elektrowni</h2>',
            "Problem dla elektrowni",
        ),
        art_p(
            "Niski stan wody to kłopot nie tylko dla żeglugi. Elektrownie, które pobierają wodę z rzeki do chłodzenia, muszą ograniczać produkcję, a wodociągi zapowiadają kontrole ujęć wody pitnej."
        ),
        raw(
            '<div class="article_video"><h3>Zobacz wideo: Tak wygląda Wisła przy Moście Poniatowskiego</h3><div class="player"></div></div>'
        ),
        art_p(
            "Według Instytutu Meteorologii i Gospodarki Wodnej przyczyną jest wyjątkowo sucha wiosna i upalne lato. Eksperci podkreślają, że takie sytuacje będą się powtarzać coraz częściej, i apelują o budowę zbiorników retencyjnych."
        ),
        pl_ad(2),
    ],
    site="Gazeta Codzienna",
)

page(
    "intl3-tr-haber-kiraz",
    "Turkish news (news-content, Haberin Devamı)",
    "turkish",
    "Kiraz ihracatında rekor: Hedef 300 milyon dolar",
    "Ayşe Demir",
    "2024-07-09T10:45:00+03:00",
    [
        p(
            "Türkiye'nin kiraz ihracatı bu sezon rekor kırdı. Ege İhracatçı Birlikleri'nin verilerine göre haziran sonuna kadar 78 bin ton kiraz yurt dışına satıldı ve bunun karşılığında 240 milyon dolar gelir elde edildi."
        ),
        p(
            "Kirazın en çok gittiği ülkeler arasında Almanya, Rusya ve Irak ilk sıralarda yer aldı. Son yıllarda Çin pazarına yapılan ihracat da hızla artıyor; bu yıl ilk kez uçakla taze kiraz gönderildi."
        ),
        haberin_devami(1),
        p(
            "Manisa'nın Salihli ilçesinde kiraz üreten bir çiftçi, bu yıl hasadın erken başladığını ve fiyatların geçen yıla göre yüzde otuz arttığını söyledi. Ancak üreticiler, işçi bulmakta zorlandıklarını ve gübre fiyatlarının yüksek olduğunu belirtiyor."
        ),
        ilgili_haber("Fındıkta yeni sezon fiyatı açıklandı"),
        p(
            "Birlik başkanı, sezon sonunda ihracatın 300 milyon doları aşmasını beklediklerini açıkladı. Hedefin gerçekleşmesi için soğuk zincir yatırımlarının artırılması gerektiğini vurguladı."
        ),
        haberin_devami(2),
        p(
            "Uzmanlar, iklim değişikliğinin kiraz üretimini de etkilediğine dikkat çekiyor. Geç gelen don olayları son beş yılda iki kez rekolteyi ciddi biçimde düşürdü."
        ),
    ],
    site="Günlük Haber",
    dek="Haziran sonuna kadar 78 bin ton kiraz ihraç edildi, gelir 240 milyon dolara ulaştı",
)

page(
    "intl3-id-detik-banjir",
    "Indonesian news (detail__body-text, Baca juga inside a paragraph)",
    "detik",
    "BPBD DKI Siapkan 300 Posko Banjir Jelang Puncak Musim Hujan",
    "Rina Wulandari",
    "2024-12-03T14:05:00+07:00",
    [
        raw(
            "<p><strong>Jakarta</strong> - Badan Penanggulangan Bencana Daerah (BPBD) DKI Jakarta menyiapkan 300 posko banjir di lima wilayah kota menjelang puncak musim hujan. Posko tersebut akan dilengkapi perahu karet, pompa portabel, dan dapur umum.</p>",
            "Jakarta - Badan Penanggulangan Bencana Daerah (BPBD) DKI Jakarta menyiapkan 300 posko banjir di lima wilayah kota menjelang puncak musim hujan. Posko tersebut akan dilengkapi perahu karet, pompa portabel, dan dapur umum.",
        ),
        p(
            "Kepala Pelaksana BPBD DKI mengatakan posko akan mulai beroperasi pekan depan dan dijaga selama 24 jam. Petugas juga akan memantau ketinggian air di pintu-pintu air secara berkala dan menyampaikan peringatan dini kepada warga."
        ),
        baca_juga_table("Warga Bantaran Ciliwung Diminta Waspada Banjir Kiriman"),
        raw(
            "<p>Menurut data BPBD, ada 82 kelurahan yang rawan tergenang saat hujan deras. Sebagian besar berada di Jakarta Timur dan Jakarta Selatan, di sepanjang aliran Sungai Ciliwung dan Sunter.<br><br>"
            '<strong>Baca juga: </strong><a href="/x" class="embedlink">Pemprov DKI Kebut Pengerukan 13 Sungai Sebelum Akhir Tahun</a><br><br>'
            "Selain menyiapkan posko, BPBD juga mengimbau warga untuk tidak membuang sampah ke sungai dan saluran air. Sampah yang menyumbat saluran menjadi salah satu penyebab genangan yang sering terjadi di permukiman.</p>",
            "Menurut data BPBD, ada 82 kelurahan yang rawan tergenang saat hujan deras. Sebagian besar berada di Jakarta Timur dan Jakarta Selatan, di sepanjang aliran Sungai Ciliwung dan Sunter.\n\n"
            "Selain menyiapkan posko, BPBD juga mengimbau warga untuk tidak membuang sampah ke sungai dan saluran air. Sampah yang menyumbat saluran menjadi salah satu penyebab genangan yang sering terjadi di permukiman.",
        ),
        p(
            "BMKG memperkirakan puncak musim hujan di Jakarta terjadi pada Januari hingga Februari 2025. Warga dapat melaporkan genangan melalui aplikasi JAKI atau menghubungi nomor darurat 112."
        ),
    ],
    site="detikNews",
)

page(
    "intl3-vi-vnexpress-metro",
    "Vietnamese news (fck_detail, sapo p.description)",
    "vnexpress",
    "Metro Bến Thành - Suối Tiên chở hơn 150.000 khách trong ngày đầu",
    "Gia Minh",
    "2024-12-03T14:05:00+07:00",
    [
        vn_p(
            "Theo Công ty Đường sắt đô thị số 1, ngày đầu tiên tuyến metro số 1 vận hành thương mại đã phục vụ hơn 150.000 lượt khách, gấp ba lần dự báo. Nhiều thời điểm, các nhà ga Bến Thành, Ba Son và Suối Tiên đông nghẹt người xếp hàng mua vé."
        ),
        vn_p(
            "Thành phố miễn phí vé trong tháng đầu tiên để khuyến khích người dân làm quen với phương tiện mới. Từ tháng sau, giá vé dao động từ 7.000 đến 20.000 đồng mỗi lượt tùy quãng đường."
        ),
        vn_figure("Hành khách xếp hàng lên tàu tại ga Bến Thành sáng 22/12. Ảnh: Quỳnh Trần"),
        vn_p(
            'Chị Ngọc Lan, nhân viên văn phòng ở TP Thủ Đức, cho biết trước đây chị mất gần một tiếng đi xe máy vào trung tâm, nay chỉ còn 25 phút. "Tàu sạch, mát và đúng giờ, tôi sẽ đi metro hằng ngày", chị nói.'
        ),
        vn_p(
            "Tuyến metro dài gần 20 km, có 14 nhà ga, được khởi công năm 2012 với tổng vốn hơn 43.700 tỷ đồng. Thành phố đang chuẩn bị đầu tư tuyến số 2 từ Bến Thành đi Tham Lương."
        ),
    ],
    site="VnExpress",
    lede="TP HCM - Tuyến metro đầu tiên của thành phố đón hơn 150.000 lượt khách trong ngày vận hành đầu tiên, nhiều nhà ga phải điều tiết để tránh quá tải.",
)

page(
    "intl3-sw-bbc-mahindi",
    "Swahili news (BBC World Service, one div per paragraph)",
    "bbc_ws",
    "Wakulima wa mahindi walia na bei ndogo licha ya mavuno mazuri",
    "Esther Namuhisa",
    "2024-05-14T06:00:00Z",
    [
        ws_p(
            "Wakulima wa mahindi katika mikoa ya Nyanda za Juu Kusini mwa Tanzania wanasema mavuno mazuri ya mwaka huu yamegeuka kuwa hasara kwa sababu bei imeshuka kwa karibu nusu.",
            bold=True,
        ),
        ws_p(
            "Katika masoko ya Mbeya na Iringa, gunia la kilo mia moja linauzwa kwa shilingi elfu hamsini, wakati mwaka jana liliuzwa hadi shilingi laki moja. Wakulima wengi wanasema hawawezi hata kurejesha gharama za mbolea na pembejeo."
        ),
        ws_also(
            "Kwa nini bei ya mbolea imepanda Afrika Mashariki?",
            "Mabadiliko ya tabianchi yanavyoathiri kilimo",
        ),
        ws_p(
            '"Tulipanda kwa matumaini makubwa, lakini sasa mahindi yamejaa stoo na hakuna mnunuzi," anasema Bi Rehema Mwakalinga, mkulima wa kijiji cha Isimani. Anasema atalazimika kuuza sehemu ya mavuno ili kulipa ada ya shule ya watoto wake.'
        ),
        ws_figure("Magunia ya mahindi yakisubiri wanunuzi katika soko la Mbeya"),
        ws_most_read(),
        ws_h("Serikali yaahidi kununua zaidi"),
        ws_p(
            "Wizara ya Kilimo imesema Wakala wa Taifa wa Hifadhi ya Chakula utanunua tani laki tano za mahindi msimu huu, ongezeko la asilimia arobaini ukilinganisha na mwaka jana. Serikali pia inafanya mazungumzo na nchi jirani ili kufungua masoko mapya."
        ),
        ws_p(
            "Hata hivyo, wachambuzi wa masuala ya kilimo wanasema suluhisho la kudumu ni kuwekeza katika maghala ya kuhifadhi na viwanda vya kusindika mahindi, ili wakulima wasilazimike kuuza wakati bei iko chini."
        ),
    ],
    site="BBC News Swahili",
)

page(
    "intl3-uk-cp1251-svitlo",
    "Ukrainian news (windows-1251 in <meta charset>)",
    "ukrainian",
    "У Києві скоротять графіки відключень світла з наступного тижня",
    "Олена Мельник",
    "2024-12-03T14:05:00+02:00",
    [
        (
            "<p><strong>З наступного понеділка в Києві скоротять тривалість планових відключень електроенергії. Про це повідомили в енергетичній компанії, яка постачає світло в столиці.</strong></p>",
            "З наступного понеділка в Києві скоротять тривалість планових відключень електроенергії. Про це повідомили в енергетичній компанії, яка постачає світло в столиці.",
        ),
        p(
            "За словами представників компанії, ситуація в енергосистемі покращилася завдяки ремонту пошкоджених підстанцій та імпорту електроенергії з Європи. Відтепер споживачі будуть без світла не більше ніж чотири години на добу."
        ),
        raw(
            '<p><strong>Читайте також: </strong><a href="/news/2024/12/02/1">Укренерго: ремонт мереж після атак триватиме всю зиму</a></p>'
        ),
        p(
            "В енергокомпанії закликали киян ощадливо користуватися електроприладами у вечірні години, коли навантаження на мережу найбільше. Особливо це стосується електрообігрівачів і бойлерів."
        ),
        raw('<div class="banner-inline"><span>Реклама:</span><div id="adriver_inline"></div></div>'),
        p(
            "Нагадаємо, що взимку минулого року через масовані обстріли енергетичної інфраструктури деякі райони столиці залишалися без електроенергії до дванадцяти годин на добу."
        ),
        raw(
            '<p><em>Підписуйтеся на наш канал у <a href="https://t.me/x">Telegram</a>, щоб першими дізнаватися головні новини.</em></p>'
        ),
    ],
    site="Столичні Новини",
    encoding="windows-1251",
)

page(
    "intl3-fa-rtl-urmia",
    "Persian news (right to left, p.introtext lede)",
    "persian",
    "تراز دریاچه ارومیه پس از بارش‌های پاییزی ۱۵ سانتی‌متر بالا آمد",
    "گروه محیط زیست",
    "2024-12-03T12:05:00+03:30",
    [
        fa_p(
            "به گفته کارشناسان ستاد احیای دریاچه ارومیه، بارش‌های پاییز امسال در حوضه آبریز دریاچه نسبت به سال گذشته ۳۰ درصد افزایش داشته و بخشی از رودخانه‌هایی که در تابستان خشک شده بودند دوباره جاری شده‌اند."
        ),
        fa_p(
            "با این حال، کارشناسان هشدار می‌دهند که این افزایش تراز موقتی است و دریاچه همچنان بیش از سه متر با تراز اکولوژیک فاصله دارد. برداشت بی‌رویه آب‌های زیرزمینی برای کشاورزی مهم‌ترین تهدید دریاچه عنوان شده است."
        ),
        fa_more("انتقال آب زاب به دریاچه ارومیه تا پایان سال", "خشکسالی در ۲۰ استان کشور ادامه دارد"),
        fa_p(
            "مسئولان استانی می‌گویند برنامه تغییر الگوی کشت و جایگزینی محصولات کم‌آب‌بر در روستاهای اطراف دریاچه ادامه دارد و تاکنون بیش از ده هزار کشاورز در این طرح مشارکت کرده‌اند."
        ),
        fa_p(
            "فعالان محیط زیست نیز خواستار رهاسازی بیشتر آب از سدهای حوضه در ماه‌های زمستان شده‌اند تا از شکل‌گیری کانون‌های ریزگرد در بستر خشک دریاچه جلوگیری شود."
        ),
    ],
    site="همشهری آنلاین",
    lede="تراز آب دریاچه ارومیه پس از بارش‌های هفته‌های اخیر حدود ۱۵ سانتی‌متر افزایش یافته و وسعت آن به بیش از ۱۲۰۰ کیلومتر مربع رسیده است.",
)

page(
    "intl3-el-mobile-copy",
    "Greek news (article twice: desktop and mobile copies)",
    "mobile_copy",
    "Νέα γραμμή ηλεκτρικού λεωφορείου συνδέει το κέντρο με το αεροδρόμιο",
    "Νίκος Παπαδόπουλος",
    "2024-06-20T12:30:00+03:00",
    [
        p(
            "Σε λειτουργία τίθεται από τη Δευτέρα η νέα γραμμή ηλεκτρικών λεωφορείων που συνδέει το Σύνταγμα με το αεροδρόμιο. Τα δρομολόγια θα εκτελούνται κάθε είκοσι λεπτά, όλο το εικοσιτετράωρο, με στάσεις σε έξι σημεία της διαδρομής."
        ),
        p(
            "Σύμφωνα με τον Οργανισμό Αστικών Συγκοινωνιών, στη γραμμή θα κινούνται δεκαπέντε καινούργια ηλεκτρικά λεωφορεία με χώρο για αποσκευές και δωρεάν σύνδεση στο διαδίκτυο. Το εισιτήριο θα κοστίζει πέντε ευρώ και θα ισχύει για ενενήντα λεπτά."
        ),
        gr_ad(1),
        p(
            "Ο υπουργός Μεταφορών δήλωσε ότι η νέα γραμμή θα μειώσει την κίνηση στη λεωφόρο Κηφισίας και τις εκπομπές ρύπων. Μέχρι το τέλος του χρόνου αναμένεται να προστεθούν ακόμη δύο ηλεκτρικές γραμμές προς τα νότια προάστια."
        ),
        p(
            "Οι οδηγοί ταξί αντέδρασαν στην ανακοίνωση, υποστηρίζοντας ότι η γραμμή θα μειώσει τα έσοδά τους, και προαναγγέλλουν στάση εργασίας την επόμενη εβδομάδα."
        ),
        gr_ad(2),
    ],
    site="Ειδήσεις Σήμερα",
)
