"""A round of news as a reader pastes it, on a kind of paste the rounds before it
(tests/test_summary_outlets_en.py, tests/test_summary_outlets_world.py, tests/test_summary_outlets_more.py,
tests/test_summary_outlets_third.py to tests/test_summary_outlets_twelfth.py, tests/test_summary_world_news*.py)
had not taken as a theme: stories copied from audio and video pages and from outlets' mobile apps. A public
radio station's story under its audio player ("Listen · 4:32", "Download", "Audio is not supported in your
browser", "Transcript": KPBS's); a business podcast's episode page with its show notes and its transcript's
timestamps and speakers (Marketplace's); TV stations' stories under their video ("Watch:", "Video duration",
"This video can not be played", "Closed captions": 9News's; a video player's own words, "Video Player is
loading.", "Current Time 0:00": SABC News's); a news app's toolbar and share text ("Open in app", "Save",
"Share", "Listen", "Aa", "Shared from the ... app": 1News's); a TV news video's transcript copied from its video
site as the story, a timestamp over every caption line (eNCA's); public broadcasters' pages with their listen
and video labels (France 24's in English, SBS's); and radio and TV stories in German (Deutschlandfunk's,
"Anhören"), French (franceinfo's, "Écouter"), Spanish (Cadena SER's, "Escuchar", and RTVE's video page),
Portuguese (TSF's, "Ouvir"), Italian (Radio 24's, "Ascolta"), Dutch (NPO Radio 1's, "Luister") and Swedish
(Sveriges Radio's, "Lyssna"). What a reader wants of each (the headline for the title, the byline's names, a
text and summaries without the furniture, none opening on the dateline or leaning on a sentence left out, the
language, the lede in the summary, keyphrases of the story's words) was written down before nutgraf was run on
any of them. The checks are :class:`world_news.OutletRound`'s, the rounds' one copy."""

from __future__ import annotations

from typing import ClassVar

import pytest

import nutgraf
from nutgraf.extract.text import clean_text
from world_news import PROSE, OutletRound, World, check_line_leaves

ARTICLES = {
    "kpbs_radio": World(
        "en",
        """San Diego approves $45 million plan to repair storm drains

Listen · 4:32

Download

Audio is not supported in your browser.

Andrew Bowen

December 3, 2026 at 4:15 PM PST

San Diego's City Council voted 8-1 on Tuesday to spend $45 million repairing storm drains that failed during last winter's floods.

The money will pay for work on 120 corroded pipes in the city's southeastern neighborhoods, where hundreds of homes flooded in January.

Councilmember Monica Montgomery Steppe said residents had waited too long for the repairs.

The city plans to raise the money through bonds repaid from its stormwater fee.

Work is expected to start in the spring and take three years.

Transcript

Copyright 2026 KPBS""",
        title="San Diego approves $45 million plan to repair storm drains",
        dateline=None,
        lede="San Diego's City Council voted 8-1",
        furniture=("Listen · 4:32", "Download", "Audio is not supported", "Transcript", "Copyright 2026"),
        whole=("Councilmember Monica Montgomery Steppe said residents had waited too long for the repairs.",),
    ),
    "marketplace_podcast": World(
        "en",
        """Why egg prices are falling again

Marketplace Morning Report

Dec 3, 2026

Episode 412 · 7:45

Play episode

Subscribe: Apple Podcasts · Spotify · RSS

Show notes

Egg prices fell for a third straight month in November as flocks recovered from bird flu, the Labor Department said on Wednesday.

Wholesale eggs now cost about $2.10 a dozen, down from a record $8.17 in March.

Farmers have restocked more than 40 million hens since the outbreak peaked last winter.

Economists expect prices to keep falling into the spring.

Transcript

[00:00:03] Speaker 1: Egg prices are down for a third month in a row.

[00:00:08] Speaker 2: Farmers have rebuilt their flocks faster than anyone expected.

[00:00:14] Speaker 1: Grocers say shoppers are buying more eggs again.""",
        title="Why egg prices are falling again",
        dateline=None,
        lede="Egg prices fell for a third straight month",
        furniture=("Episode 412", "Play episode", "Apple Podcasts", "Show notes", "[00:00", "Speaker 1:"),
        whole=("Wholesale eggs now cost about $2.10 a dozen, down from a record $8.17 in March.",),
    ),
    "ninenews_video": World(
        "en",
        """Watch: Firefighters battle bushfire near Perth homes

Video duration 2:14

This video can not be played

Closed captions

Firefighters battle bushfire near Perth homes

By Emily Lawrence

9:12pm Dec 3, 2026

Residents in Perth's northern suburbs have been told to leave their homes as a bushfire burns out of control in dry scrub near Wanneroo.

More than 120 firefighters and four water bombers are fighting the blaze, which has burnt about 300 hectares.

The Department of Fire and Emergency Services said winds of up to 60km/h were pushing the fire towards houses.

An evacuation centre has opened at the Wanneroo Recreation Centre.

Temperatures are forecast to ease on Friday.""",
        title="Firefighters battle bushfire near Perth homes",
        dateline=None,
        lede="Residents in Perth's northern suburbs",
        furniture=("Watch:", "Video duration", "can not be played", "Closed captions", "9:12pm"),
        whole=(
            "More than 120 firefighters and four water bombers are fighting the blaze, which has burnt about 300"
            " hectares.",
        ),
    ),
    "tvnz_app": World(
        "en",
        """Open in app

1News

Save

Share

Listen

Aa

Auckland ferry fares to rise 10% from February

By Tom Kitchin

12:45pm, Dec 4

Auckland ferry fares will rise by an average of 10% from February, Auckland Transport said on Thursday.

The increase is the first in three years and follows a rise in fuel and crew costs.

A single adult fare from Devonport to the city will go from $8.20 to $9.

Commuters with a monthly pass will pay about $20 more.

The council's transport committee will review the fares in June.

Shared from the 1News app. Get it at 1news.co.nz/app""",
        title="Auckland ferry fares to rise 10% from February",
        dateline=None,
        lede="Auckland ferry fares will rise by an average",
        furniture=("Open in app", "1News", "Aa", "Shared from", "1news.co.nz", "12:45pm"),
        whole=("A single adult fare from Devonport to the city will go from $8.20 to $9.",),
    ),
    "enca_transcript": World(
        "en",
        """Eskom warns of power cuts over the festive season | eNCA

eNCA

1.2M subscribers

Subscribe

12K views 3 hours ago

Transcript

0:00

Eskom says it may have to cut power over the festive season

0:04

as several of its power stations remain offline for maintenance.

0:09

The utility says demand usually falls in December

0:13

but repairs at Kusile and Medupi have taken longer than planned.

0:18

Eskom has asked households to switch off geysers in the evening peak.

0:23

Electricity Minister Kgosientsho Ramokgopa will brief the media on Friday.""",
        title="Eskom warns of power cuts over the festive season",
        dateline=None,
        lede="Eskom says it may have to cut power",
        furniture=("subscribers", "Subscribe", "12K views", "Transcript", "0:04", "0:13"),
        whole=("Eskom has asked households to switch off geysers in the evening peak.",),
    ),
    "sabc_video": World(
        "en",
        """Video Player is loading.

Play Video

Play

Mute

Current Time 0:00

/

Duration 2:31

Loaded: 0%

Remaining Time -2:31

Captions

captions off, selected

Fullscreen

This is a modal window.

Taxi operators call off strike in Gauteng after talks with government

Taxi operators in Gauteng have called off a strike planned for Monday after talks with the provincial transport department on Wednesday.

The South African National Taxi Council had threatened to stop services over new permit fees.

Transport MEC Kedibone Diale-Tlabela said the fees would be suspended for six months while a review is done.

About 3 million commuters use minibus taxis in the province every day.

Operators said they would return to talks in January.

SABC News""",
        title="Taxi operators call off strike in Gauteng after talks with government",
        dateline=None,
        lede="Taxi operators in Gauteng have called off",
        furniture=(
            "Video Player is loading",
            "Play Video",
            "Current Time",
            "Duration 2:31",
            "Loaded:",
            "Remaining Time",
            "captions off",
            "Fullscreen",
            "modal window",
            "SABC News",
        ),
        whole=(
            "The South African National Taxi Council had threatened to stop services over new permit fees.",
        ),
    ),
    "france24_en": World(
        "en",
        """Portugal's parliament approves 2027 budget in final vote

Issued on: 03/12/2026 - 15:42

Modified: 03/12/2026 - 16:10

Listen - 02:31

Play video

Video by: FRANCE 24

Lisbon (AFP) – Portugal's parliament approved the minority government's 2027 budget on Thursday after the Socialist opposition abstained in the final vote.

The budget cuts income tax for young workers and raises pensions by 2.5 percent.

Prime Minister Luís Montenegro said it would keep the public accounts in surplus for a third year.

The far-right Chega party voted against.

The budget now goes to President Marcelo Rebelo de Sousa for his signature.

AFP

Read more

Portugal's government survives confidence vote""",
        title="Portugal's parliament approves 2027 budget in final vote",
        dateline="Lisbon (AFP) –",
        lede="Portugal's parliament approved the minority government's",
        furniture=(
            "Issued on",
            "Modified:",
            "Listen - 02:31",
            "Play video",
            "Video by",
            "Read more",
            "survives",
        ),
        whole=("The budget cuts income tax for young workers and raises pensions by 2.5 percent.",),
    ),
    "sbs_listen": World(
        "en",
        """Australia to lift cap on international students from 2027

Listen to this article

3 min

Available in other languages

Key Points

The cap on new international students will be lifted from July 2027.

Universities must show they have housing for students.

Published 3 December 2026 4:20pm

By Anna Henderson

Source: SBS News

The federal government will lift its cap on new international students from July 2027, Education Minister Jason Clare announced on Thursday.

The cap, set at 270,000 this year, was introduced to ease pressure on housing in the big cities.

Under the new rules, universities must show they have enough housing for the students they enrol.

Universities Australia welcomed the change, saying the cap had cost the sector about $4 billion.

The opposition said the decision would push up rents.""",
        title="Australia to lift cap on international students from 2027",
        dateline=None,
        lede="The federal government will lift its cap",
        furniture=("Listen to this article", "3 min", "other languages", "Key Points", "Source: SBS"),
        whole=(
            "The cap, set at 270,000 this year, was introduced to ease pressure on housing in the big cities.",
        ),
    ),
    "de_dlf_audio": World(
        "de",
        """Bundesrat billigt Reform der Pflegeversicherung

Anhören

Audio herunterladen (03:21)

Merken

Teilen

Der Bundesrat hat die Reform der Pflegeversicherung gebilligt. Die Länderkammer stimmte am Freitag in Berlin mit großer Mehrheit für das Gesetz.

Damit steigt der Beitragssatz zum 1. Januar um 0,2 Punkte auf 3,8 Prozent des Bruttolohns.

Pflegebedürftige, die zu Hause betreut werden, sollen im Gegenzug mehr Geld erhalten.

Die Krankenkassen hatten vor einem weiteren Anstieg der Kosten gewarnt.

Diese Nachricht wurde am 04.12.2026 im Programm Deutschlandfunk gesendet.""",
        title="Bundesrat billigt Reform der Pflegeversicherung",
        dateline=None,
        lede="Der Bundesrat hat die Reform der Pflegeversicherung gebilligt",
        furniture=("Anhören", "herunterladen", "Merken", "Teilen", "im Programm Deutschlandfunk"),
        whole=("Damit steigt der Beitragssatz zum 1. Januar um 0,2 Punkte auf 3,8 Prozent des Bruttolohns.",),
    ),
    "fr_franceinfo": World(
        "fr",
        """La SNCF annonce la fin des billets papier dans les TER d'ici 2028

Écouter cet article

Article rédigé par Léa Dupont - franceinfo

Radio France

Publié le 03/12/2026 15:20

Temps de lecture : 2min

Regarder la vidéo

La SNCF a annoncé jeudi la fin des billets papier dans les trains régionaux TER d'ici 2028, pour réduire ses coûts de distribution.

Les voyageurs devront acheter leurs billets sur l'application, sur internet ou aux guichets automatiques.

Les associations d'usagers craignent que les personnes âgées soient pénalisées.

La SNCF assure que des agents resteront présents dans les gares pour les aider.

Le papier représente encore 15 % des billets vendus.""",
        title="La SNCF annonce la fin des billets papier dans les TER d'ici 2028",
        dateline=None,
        lede="La SNCF a annoncé jeudi la fin",
        furniture=("Écouter", "Article rédigé", "Radio France", "Publié le", "Temps de lecture", "Regarder"),
        whole=(
            "Les voyageurs devront acheter leurs billets sur l'application, sur internet ou aux guichets automatiques.",
        ),
    ),
    "es_cadena_ser": World(
        "es",
        """Valencia aprueba un plan de vivienda pública para jóvenes

Escuchar

00:00:00 / 00:04:12

Descargar

Compartir

Marta Sánchez

Valencia 03/12/2026 - 15:20 CET

El Ayuntamiento de Valencia aprobó este jueves un plan para construir 1.200 viviendas públicas de alquiler destinadas a menores de 35 años.

Los pisos se levantarán en solares municipales de los barrios de Benicalap, Malilla y Quatre Carreres.

El alquiler no superará el 30 % de los ingresos de cada inquilino.

La oposición critica que las primeras viviendas no estarán listas hasta 2029.

El plan costará 180 millones de euros.""",
        title="Valencia aprueba un plan de vivienda pública para jóvenes",
        dateline=None,
        lede="El Ayuntamiento de Valencia aprobó",
        furniture=("Escuchar", "00:04:12", "Descargar", "Compartir", "CET"),
        whole=("El alquiler no superará el 30 % de los ingresos de cada inquilino.",),
    ),
    "es_rtve_video": World(
        "es",
        """Ver vídeo

Duración 1:58

Reproducir

Subtítulos

El Gobierno aprueba la subida del salario mínimo a 1.250 euros

RTVE.es / Agencias

Madrid 03.12.2026 | 14:55

El Consejo de Ministros ha aprobado este martes la subida del salario mínimo interprofesional a 1.250 euros al mes en catorce pagas.

La subida, del 4 %, se aplicará con efectos desde el 1 de enero.

La vicepresidenta Yolanda Díaz ha dicho que beneficiará a unos 2,4 millones de trabajadores.

La patronal CEOE no ha firmado el acuerdo, que sí han respaldado los sindicatos.

Más noticias en rtve.es""",
        title="El Gobierno aprueba la subida del salario mínimo a 1.250 euros",
        dateline=None,
        lede="El Consejo de Ministros ha aprobado",
        furniture=("Ver vídeo", "Duración", "Reproducir", "Subtítulos", "RTVE.es", "Más noticias"),
        whole=("La subida, del 4 %, se aplicará con efectos desde el 1 de enero.",),
    ),
    "pt_tsf_audio": World(
        "pt",
        """Governo aprova aumento do salário mínimo para 920 euros

Ouvir

00:00 / 02:45

TSF

Publicado a 03 dez 2026, 15:20

Rita Costa

O Conselho de Ministros aprovou esta quinta-feira o aumento do salário mínimo nacional para 920 euros a partir de janeiro.

O aumento de 50 euros foi acordado com os parceiros sociais em outubro.

A ministra do Trabalho, Maria do Rosário Palma Ramalho, disse que a medida abrange cerca de 800 mil trabalhadores.

As confederações patronais pedem compensações fiscais às empresas.

Siga a TSF no WhatsApp""",
        title="Governo aprova aumento do salário mínimo para 920 euros",
        dateline=None,
        lede="O Conselho de Ministros aprovou",
        furniture=("Ouvir", "02:45", "Publicado a", "WhatsApp"),
        whole=("O aumento de 50 euros foi acordado com os parceiros sociais em outubro.",),
    ),
    "it_radio24": World(
        "it",
        """Milano, via libera al nuovo piano per le piste ciclabili

Ascolta l'articolo

3' di lettura

Ascolta la puntata

Scarica

di Giulia Ferri

3 dicembre 2026

Il Consiglio comunale di Milano ha approvato giovedì un piano da 90 milioni di euro per costruire 150 chilometri di nuove piste ciclabili entro il 2030.

Le nuove corsie collegheranno i quartieri periferici con le stazioni della metropolitana.

L'assessora alla Mobilità Arianna Censi ha detto che la città vuole raddoppiare gli spostamenti in bicicletta.

I commercianti di corso Buenos Aires temono la perdita di parcheggi.

Riproduzione riservata ©""",
        title="Milano, via libera al nuovo piano per le piste ciclabili",
        dateline=None,
        lede="Il Consiglio comunale di Milano ha approvato",
        furniture=("Ascolta", "di lettura", "Scarica", "Riproduzione riservata"),
        whole=("Le nuove corsie collegheranno i quartieri periferici con le stazioni della metropolitana.",),
    ),
    "nl_npo_radio1": World(
        "nl",
        """Kabinet trekt extra geld uit voor onderhoud van bruggen

Luister

Fragment · 4:32

Luister de uitzending terug

Delen

Het kabinet trekt de komende tien jaar 2,5 miljard euro extra uit voor het onderhoud van bruggen en sluizen, heeft minister Madlener van Infrastructuur donderdag bekendgemaakt.

Rijkswaterstaat waarschuwde eerder dat tientallen bruggen in slechte staat zijn.

Het geld gaat onder meer naar de Van Brienenoordbrug in Rotterdam en de bruggen over het Amsterdam-Rijnkanaal.

Gemeenten en provincies vragen om een deel van het geld voor hun eigen bruggen.

Dit item is uitgezonden in Met het Oog op Morgen.""",
        title="Kabinet trekt extra geld uit voor onderhoud van bruggen",
        dateline=None,
        lede="Het kabinet trekt de komende tien jaar",
        furniture=("Luister", "Fragment", "Delen", "uitgezonden in"),
        whole=("Rijkswaterstaat waarschuwde eerder dat tientallen bruggen in slechte staat zijn.",),
    ),
    "sv_sveriges_radio": World(
        "sv",
        """Regeringen sänker skatten på diesel igen

Lyssna

Ladda ner

Publicerat onsdag 3 december 2026 kl 15.20

Regeringen sänker skatten på diesel med 50 öre per liter från årsskiftet, meddelade finansminister Elisabeth Svantesson på onsdagen.

Sänkningen väntas kosta staten omkring 2 miljarder kronor nästa år.

Regeringen säger att den ska hjälpa hushåll och bönder på landsbygden.

Miljöpartiet kritiserar beslutet och säger att det gör det svårare att nå klimatmålen.

Ekot""",
        title="Regeringen sänker skatten på diesel igen",
        dateline=None,
        lede="Regeringen sänker skatten på diesel med 50 öre",
        furniture=("Lyssna", "Ladda ner", "Publicerat", "Ekot"),
        whole=("Sänkningen väntas kosta staten omkring 2 miljarder kronor nästa år.",),
    ),
}

BYLINES = {
    "kpbs_radio": "Andrew Bowen",
    "ninenews_video": "Emily Lawrence",
    "tvnz_app": "Tom Kitchin",
    "sbs_listen": "Anna Henderson",
    "fr_franceinfo": "Léa Dupont",
    "es_cadena_ser": "Marta Sánchez",
    "pt_tsf_audio": "Rita Costa",
    "it_radio24": "Giulia Ferri",
}


class TestAudioVideoAndAppRound(OutletRound):
    ARTICLES: ClassVar[dict[str, World]] = ARTICLES
    BYLINES: ClassVar[dict[str, str]] = BYLINES
    # Known misses, by check, each with why (strict xfails: a fix shows up as an XPASS): none left, its
    # seven pass (tests/test_extract_leftovers7.py).
    LEFT: ClassVar[dict[str, dict[str, str]]] = {}


@pytest.mark.parametrize(
    "line",
    [
        # Each had stayed between two paragraphs, and a summary had opened on the first: a media player's
        # fallback where the page's audio would play (KPBS's); a video player's words copied while it loads
        # (video.js's, SABC News's); a radio station's note that the item went out in a programme, in German
        # (Deutschlandfunk's) and Dutch (NPO Radio 1's).
        "Audio is not supported in your browser.",
        "Video is not supported by your browser",
        "Video Player is loading.",
        "This is a modal window.",
        "Diese Nachricht wurde am 04.12.2026 im Programm Deutschlandfunk gesendet.",
        "Dieser Beitrag wurde am 03.12.2026 im Deutschlandfunk Kultur gesendet.",
        "Dieser Beitrag wurde im Programm Deutschlandfunk Kultur gesendet.",
        "Dit item is uitgezonden in Met het Oog op Morgen.",
        # A news app's banner over a story shared from it (1News's).
        "Open in app",
        "Open in the app",
    ],
)
def test_this_round_s_furniture_leaves_the_text_and_the_summaries(line: str) -> None:
    check_line_leaves(line)


@pytest.mark.parametrize(
    "line",
    [
        # News worded as those: a player's fallback quoted and attributed, a window into someone's thinking, a
        # broadcast that goes on to its news, a story about a podcast and a listener's plea.
        "Audio is not supported in your browser, the broadcaster's help page tells owners of older phones.",
        "This is a modal window into how the council works, one member said.",
        "Dieser Beitrag wurde am Montag im ZDF gesendet und löste heftige Proteste aus.",
        "Dit item is uitgezonden in Nieuwsuur en leidde tot Kamervragen.",
        # News of a broadcast with words of its own before the participle, or of why or when it aired, had left
        # the text as the stations' notes.
        "Diese Sendung wurde trotz Protesten ausgestrahlt.",
        "Dieser Beitrag wurde wegen der Proteste nicht gesendet.",
        "Dieses Interview ist im ZDF nicht ausgestrahlt worden.",
        "Dit gesprek is uitgezonden op verzoek van de familie.",
        "Dit interview is uitgezonden in strijd met de afspraken.",
        "The podcast, which aired its last episode on Tuesday, had two million listeners.",
        '"Listen to me," the mayor told the crowd outside city hall.',
        "Open in app stores from Friday, the game costs $5.",
    ],
)
def test_news_worded_as_this_round_s_furniture_stays(line: str) -> None:
    assert line in clean_text(PROSE.format(line=line)).text


@pytest.mark.parametrize(
    ("above", "stamp"),
    [
        # A news app's toolbar over the headline and its stamp, the time glued to its meridiem and no year
        # (1News's "12:45pm, Dec 4"): the stamp had been the title.
        ("Save\n\nShare\n\nListen\n\nAa", "12:45pm, Dec 4"),
        ("Share", "9:05am, Sept 30"),
        # The app's banner alone over the headline had been the title too.
        ("Open in app", "December 4, 2026 12:45pm"),
        # The time apart from its meridiem, or the stamp with its year, was read so before.
        ("Share", "9:05 am, Sept 30"),
        ("Share", "December 4, 2026 12:45pm"),
    ],
)
def test_a_headline_over_an_app_s_stamp_without_the_year_is_the_title(above: str, stamp: str) -> None:
    headline = "Auckland ferry fares to rise 10% from February"
    text = (
        f"{above}\n\n{headline}\n\nBy Tom Kitchin\n\n{stamp}\n\nAuckland ferry fares will rise by an average of"
        " 10% from February, Auckland Transport said on Thursday.\n\nThe increase is the first in three years."
    )
    cleaned = clean_text(text)
    assert (cleaned.title, stamp in cleaned.text) == (headline, False)


@pytest.mark.parametrize(
    ("particulars", "byline"),
    [
        # franceinfo's byline, "Article" before the participle and the credit word, the outlet after a dash:
        # its writer had been no byline (and the broadcaster's name under it had been read as one).
        ("Article rédigé par Léa Dupont - franceinfo\n\nRadio France", "Léa Dupont"),
        # The participle first was read so before.
        ("Rédigé par Léa Dupont", "Léa Dupont"),
    ],
)
def test_this_round_s_bylines_are_read(particulars: str, byline: str) -> None:
    text = (
        f"La SNCF annonce la fin des billets papier dans les TER\n\n{particulars}\n\nLa SNCF a annoncé jeudi la"
        " fin des billets papier dans les trains régionaux.\n\nLes voyageurs devront acheter leurs billets en"
        " ligne."
    )
    assert nutgraf.extract(text).byline == byline
