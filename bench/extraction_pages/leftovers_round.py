"""Pages (``lo-*``) of ``bench/extraction_pages`` for the leftovers the ninth round noticed and left: each in a
template written after what the family's pages emit, each holding one of those leftovers.

An Onet-like Polish story with a video player's box between its paragraphs (the video's title and the note
that the article goes on below it), an Ippen-like German regional story (fr.de) with "Mehr zum Thema" over
headlines each linked in a paragraph of its own, unboxed, a French portal's story taken from a paper and
closing on "Source : Le Monde avec AFP", and a magazine's feature whose paragraphs open on drop caps: one a
``<span>`` its template wrote over three lines, one a ``<div>``. Unlike the earlier rounds' gold, this gold was
written knowing what nutgraf had done with each leftover: the pages keep the fixes from coming undone, they
judge nothing held out. The gold leaves out the video's title, the label and its headlines, and the source
line. The templates leave out the header's lede these families write (the gold would leave it out, as every
round's gold now does: docs/extraction.md, *Header ledes*).
"""

from __future__ import annotations

from articles import page
from fourth_round import _doc, _links
from furniture import SKINS
from parts import h, p, raw


# ---------------------------------------------------------------- Onet-like Polish portal
def onet_video(page_: dict, article: str) -> str:
    """A Polish portal: ``article`` with its header, ``div.articleBody`` of ``p.hyphenate`` with
    a video player's box among them, the source line and recommendations after."""
    return _doc(page_, "pl", (
        f'<header class="pageHeader"><a class="logo" href="/">{page_["site"]}</a><ul>{_links(("Kraj", "Świat", "Pogoda", "Sport", "Biznes"), "/k/")}</ul></header>'
        '<main><article class="articleDetail"><header class="articleHeader">'
        f'<h1 class="mainTitle">{page_["title"]}</h1>'
        f'<div class="authors"><span class="author">{page_["author"]}</span> <time>16 maja 2024, 11:40</time></div></header>'
        f'<div class="articleBody detail">{article}</div>'
        '<div class="sourceOrganization"><span>Źródło:</span> Onet</div></article>'
        '<section class="recommended"><h2>Polecane</h2><ul>'
        f'{_links(("Ulewy w Małopolsce. Strażacy wypompowują wodę", "IMGW: upał wraca w weekend"), "/r/")}</ul></section></main>'
        '<footer>© Grupa Onet-RAS Polska</footer>'
    ))  # fmt: skip


def pl_player(title: str) -> tuple[str, None]:
    return (
        f'<div class="videoEmbed" id="video-mvp-1"><div class="videoEmbed__player" data-mvp="1"></div><div class="videoEmbed__title">{title}</div>'
        '<div class="videoEmbed__note">Dalsza część artykułu pod materiałem wideo</div></div>',
        None,
    )


def hp(text: str) -> tuple[str, str]:
    return p(text, attrs=' class="hyphenate"')


# ---------------------------------------------------------------- Ippen-like (fr.de)
def ippen_frde(page_: dict, article: str) -> str:
    """An Ippen.Media paper (fr.de): ``article.id-Story`` with its header, each story element an
    ``id-StoryElement-*`` sibling in ``div.id-Story-body``, recommendations after."""
    return _doc(page_, "de", (
        f'<header class="id-SiteHeader"><a class="id-SiteHeader-logo" href="/">{page_["site"]}</a><nav class="id-Navigation"><ul>{_links(("Frankfurt", "Region", "Politik", "Wirtschaft", "Sport"), "/ressort/")}</ul></nav></header>'
        '<main class="id-Main"><article class="id-Story" data-id-content-type="article"><header class="id-Story-header">'
        f'<h1 class="id-StoryElement-headline">{page_["title"]}</h1>'
        f'<div class="id-Story-authorsAndDate"><span class="id-Story-authors">Von <a class="id-Link" href="/autoren/7">{page_["author"]}</a></span>'
        '<time class="id-DateTime" datetime="2024-05-16T17:05:00+02:00">16.05.2024, 17:05 Uhr</time></div></header>'
        f'<div class="id-Story-body">{article}</div></article>'
        '<section class="id-Teaserlist"><h2 class="id-Teaserlist-title">Mehr aus Frankfurt</h2><ul>'
        f'{_links(("Neue Radwege am Mainufer", "Zoo Frankfurt: Nachwuchs bei den Okapis"), "/frankfurt/")}</ul></section></main>'
        '<footer class="id-SiteFooter"><a href="/impressum/">Impressum</a> <span>© Frankfurter Rundschau</span></footer>'
    ))  # fmt: skip


def ip(text: str) -> tuple[str, str]:
    return p(text, attrs=' class="id-StoryElement-paragraph"')


def ippen_more(*headlines: str) -> tuple[str, None]:
    return (
        '<p class="id-StoryElement-paragraph"><strong>Mehr zum Thema</strong></p>'
        + "".join(f'<p class="id-StoryElement-paragraph"><a class="id-Link" href="/frankfurt/{i}">{t}</a></p>' for i, t in enumerate(headlines)),
        None,
    )  # fmt: skip


# ---------------------------------------------------------------- a French portal's republished story
def fr_portal(page_: dict, article: str) -> str:
    """A French portal's news page: ``div.news-content`` of ``p``, the story taken from a paper and credited
    on its last line, then "À lire aussi" and the portal's footer."""
    return _doc(page_, "fr", (
        f'<header class="portal-header"><a href="/" class="portal-logo">{page_["site"]}</a><nav><ul>{_links(("Actualités", "Économie", "Sport", "Météo", "Mail"), "/")}</ul></nav></header>'
        f'<main><article class="news"><h1 class="news-title">{page_["title"]}</h1>'
        f'<div class="news-meta"><span class="news-author">{page_["author"]}</span> <time>16/05/2024 à 08h12</time></div>'
        f'<div class="news-content">{article}</div></article>'
        '<aside class="news-related"><h2>À lire aussi</h2><ul>'
        f'{_links(("Électricité : les tarifs baissent en février", "Nucléaire : EDF relance deux réacteurs"), "/actu/")}</ul></aside></main>'
        f'<footer><p>© 2024 {page_["site"]}</p></footer>'
    ))  # fmt: skip


# ---------------------------------------------------------------- a magazine's feature with drop caps
def magazine(page_: dict, article: str) -> str:
    """A WordPress magazine theme: ``div.entry-content`` of ``p`` whose sections open on a drop cap, the
    theme's author box and related posts after."""
    return _doc(page_, "en", (
        f'<header class="site-header"><a class="site-title" href="/">{page_["site"]}</a><nav class="main-navigation"><ul>{_links(("Features", "Travel", "Food", "Culture"), "/category/")}</ul></nav></header>'
        f'<main id="main"><article class="post type-post"><header class="entry-header"><h1 class="entry-title">{page_["title"]}</h1>'
        f'<div class="entry-meta"><span class="byline">By <a href="/author/1/">{page_["author"]}</a></span> <time>May 16, 2024</time></div></header>'
        f'<div class="entry-content">{article}</div>'
        f'<div class="author-box"><h4>About {page_["author"]}</h4><p>Writes about food and the people who make it.</p></div></article>'
        '<section class="related-posts"><h3>You might also like</h3><ul>'
        f'{_links(("The last cider presses of the valley", "A week on the oyster boats"), "/features/")}</ul></section></main>'
        f'<footer class="site-footer"><p>© 2024 {page_["site"]}</p></footer>'
    ))  # fmt: skip


def dropcap_span(letter: str, rest: str) -> tuple[str, str]:
    """A paragraph opening on a drop cap its template wrote over three lines."""
    return f'<p><span class="dropcap">\n    {letter}\n  </span>{rest}</p>', letter + rest


def dropcap_div(letter: str, rest: str) -> tuple[str, str]:
    """A paragraph opening on a drop cap in a ``<div>``, which the parser sets before the paragraph."""
    return f'<p><div class="first-letter">{letter}</div>{rest}</p>', letter + rest


SKINS.update(lo_onet_video=onet_video, lo_ippen_frde=ippen_frde, lo_fr_portal=fr_portal, lo_magazine=magazine)


# ================================================================ the pages
page(
    "lo-pl-onet-video-upal",
    "Polish portal, Onet-like (articleBody of p.hyphenate, a video player's box with its title and Dalsza część artykułu pod materiałem wideo between the paragraphs)",
    "lo_onet_video",
    "Upał w całym kraju. IMGW wydał ostrzeżenia trzeciego stopnia",
    "Katarzyna Zielińska",
    "2024-05-16T11:40:00+02:00",
    [
        hp("Instytut Meteorologii i Gospodarki Wodnej wydał w czwartek ostrzeżenia trzeciego stopnia przed upałem dla sześciu województw. Temperatura w cieniu może przekroczyć 35 stopni."),
        hp("Najgoręcej będzie na Dolnym Śląsku i w Lubuskiem. Synoptycy zapowiadają, że upał utrzyma się co najmniej do niedzieli, a noce będą tropikalne."),
        pl_player("Upał w Warszawie. Tak mieszkańcy radzą sobie z wysoką temperaturą"),
        hp("Ministerstwo Zdrowia apeluje, by w najgorętszych godzinach unikać wychodzenia z domu, pić dużo wody i nie zostawiać dzieci ani zwierząt w samochodach."),
        hp("W wielu miastach otwarto kurtyny wodne i punkty, w których można otrzymać butelkę wody. W Krakowie i Wrocławiu dłużej czynne są miejskie baseny."),
    ],
    site="Onet Wiadomości",
)  # fmt: skip
page(
    "lo-de-ippen-frde-mietspiegel",
    "Ippen regional paper, fr.de-like (German, id-StoryElement-paragraph, Mehr zum Thema over headlines each linked in a paragraph of its own, no box)",
    "lo_ippen_frde",
    "Neuer Mietspiegel: Mieten in Frankfurt steigen um sieben Prozent",
    "Sabine Krüger",
    "2024-05-16T17:05:00+02:00",
    [
        ip("Die Mieten in Frankfurt sind in den vergangenen zwei Jahren im Schnitt um sieben Prozent gestiegen. Das geht aus dem neuen Mietspiegel hervor, den Planungsdezernent Marcus Gwechenberger am Donnerstag vorgestellt hat."),
        ip("Die durchschnittliche Vergleichsmiete liegt nun bei 11,20 Euro pro Quadratmeter. Am teuersten sind Wohnungen im Westend und in Sachsenhausen, am günstigsten im Norden der Stadt."),
        ippen_more("Wohnungsnot in Frankfurt: Stadt kauft 400 Wohnungen", "Mieterbund fordert Mietenstopp für fünf Jahre"),
        h("Mieterbund kritisiert die Methode", 2),
        ip("Der Mieterbund hält den Mietspiegel für zu hoch angesetzt. In die Berechnung seien vor allem neue Mietverträge eingeflossen, kritisierte der Vorsitzende Rolf Janßen."),
        ip("Der Mietspiegel gilt ab dem 1. Juni. Vermieter dürfen die Miete danach nur noch bis zur ortsüblichen Vergleichsmiete erhöhen."),
    ],
    site="Frankfurter Rundschau",
)  # fmt: skip
page(
    "lo-fr-portal-source-le-monde",
    "French portal, a story taken from a paper (news-content of p, Source : Le Monde avec AFP as its last paragraph)",
    "lo_fr_portal",
    "Le gouvernement présente son projet de loi sur l'énergie",
    "Le Monde",
    "2024-05-16T08:12:00+02:00",
    [
        p("Le gouvernement a présenté mercredi en conseil des ministres son projet de loi de programmation sur l'énergie, qui prévoit la construction de six nouveaux réacteurs nucléaires d'ici à 2035."),
        p("Le texte fixe aussi un objectif de 45 % d'énergies renouvelables dans la consommation finale à l'horizon 2030, contre environ 20 % aujourd'hui."),
        p("Les débats commenceront à l'Assemblée nationale en juin, a précisé la ministre de la transition énergétique, qui espère un vote définitif avant la fin de l'année."),
        p("Les associations écologistes ont dénoncé un texte « déséquilibré » en faveur du nucléaire, tandis que les industriels saluent « un cap clair »."),
        raw("<p>Source : Le Monde avec AFP</p>"),
    ],
    site="Portail Actu",
)  # fmt: skip
page(
    "lo-magazine-dropcaps-bakery",
    "WordPress magazine theme, a feature whose sections open on drop caps (a span written over three lines, a div)",
    "lo_magazine",
    "The bakery that never closes",
    "Hannah Ortiz",
    "2024-05-16T09:00:00-04:00",
    [
        dropcap_span("A", "t three in the morning, when the rest of Main Street is dark, the lights are already on at Rosa's. Rosa Alvarez has opened the bakery every day for twenty-six years, holidays included."),
        p("Her first customers are the night-shift nurses from the county hospital, who stop for conchas and coffee on their way home. By six, the line of construction workers reaches the door."),
        h("A family recipe", 2),
        dropcap_div("T", "he recipe for the conchas came from her grandmother in Puebla, and Alvarez has changed only one thing: she uses less sugar in the topping, because her customers asked."),
        p("Her son, Daniel, now does most of the baking. He wants to add sourdough to the menu; his mother is not convinced, but she has agreed to try it on Saturdays."),
    ],
    site="Valley Table",
)  # fmt: skip
