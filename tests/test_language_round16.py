"""The sixteenth languages round: short plain-letter Scandinavian headlines, the earlier rounds' strict xfails
(Czech verbal nouns, Nepali's joined "in", a Luxembourgish headline of German's words) and mixed-language
articles, whose language is their prose's.

Each case beside its near misses: the other language of the pair, and English or other texts that look like
the case.
"""

from __future__ import annotations

import pytest

import nutgraf
from nutgraf.language import detect_language


@pytest.mark.parametrize(
    ("headline", "language"),
    [
        # Plain letters and four words or fewer: each had been English by the short-text rule, the classifier
        # reading it 11 to 14 likelier in its own language.
        ("Statsministeren besoker Tromso", "no"),
        ("Ny rapport: boligprisene faller", "no"),
        ("Rosenborg sparker treneren", "no"),
        ("Ny rapport: bostadspriserna faller", "sv"),
    ],
)
def test_a_short_plain_letter_scandinavian_headline_with_their_forms_is_not_english(
    headline: str, language: str
) -> None:
    assert detect_language(headline) == language


@pytest.mark.parametrize(
    ("headline", "language"),
    [
        # English headlines with the same endings, in names and in short words, stay English.
        ("Laverne Cox wins award", "en"),
        ("Herne Hill station closed", "en"),
        ("Police intervene in protest", "en"),
        ("Murderer jailed for life", "en"),
        ("Gene therapy breakthrough", "en"),
        ("Crime scene cordoned off", "en"),
        ("Serene Williams retires", "en"),
        ("Specialist nurses strike", "en"),
        ("Sisters reunited after decades", "en"),
        ("NY Mets fire manager", "en"),
        # Marked Swedish and Danish keep their language.
        ("Riksbanken höjer räntan igen", "sv"),
        ("Regeringen sænker afgiften på benzin", "da"),
        ("Kraftig snøfall ventes i Nord-Norge", "no"),
    ],
)
def test_near_misses_of_scandinavian_forms_keep_their_language(headline: str, language: str) -> None:
    assert detect_language(headline) == language


@pytest.mark.parametrize(
    ("headline", "language"),
    [
        # Czech's and Slovak's own words of winter news: the Czech headline had been Bosnian.
        ("Snezeni komplikuje dopravu na dalnici D1", "cs"),
        ("Snezenie komplikuje dopravu na dialnici D1", "sk"),
        # Croatian and Bosnian, and their plural participles in "-eni", keep their language.
        ("Snijeg komplicira promet na autocesti A1", "hr"),
        ("Smanjeni porezi na gorivo od ponedjeljka", "bs"),
        ("Uhapseni osumnjiceni za pljacku banke", "bs"),
    ],
)
def test_czech_winter_news_in_plain_letters_is_czech(headline: str, language: str) -> None:
    assert detect_language(headline) == language


@pytest.mark.parametrize(
    ("headline", "language"),
    [
        # Luxembourgish's own verb ("fiert", German "fährt") against German's one article ("den").
        ("Den Tram fiert ab Dezember bis bei de Flughafen", "lb"),
        ("D'Regierung kritt vill Kritik", "lb"),
        # German's own.
        ("Die Tram fährt ab Dezember bis zum Flughafen", "de"),
        ("Der Zug fährt bis nach Luxemburg", "de"),
    ],
)
def test_a_luxembourgish_headline_is_told_by_its_own_verbs(headline: str, language: str) -> None:
    assert detect_language(headline) == language


@pytest.mark.parametrize(
    ("headline", "language"),
    [
        # Nepali's "in" joined to a place's name: each had been Marathi.
        ("काठमाडौंमा भारी वर्षाले यातायात अवरुद्ध", "ne"),
        ("सुदूरपश्चिममा हिमपात, यातायात ठप्प", "ne"),
        # Hindi's and Marathi's words in "मा": after a vowel sign, in a cluster, on a short stem.
        ("शर्मा ने इस्तीफा दिया", "hi"),
        ("सीमा पर तनाव बढ़ा", "hi"),
        ("पैसे जमा करने की आखिरी तारीख", "hi"),
        ("सिनेमा हॉल बंद", "hi"),
        ("मुंबईत मुसळधार पाऊस", "mr"),
        ("पीक विमा योजनेचे पैसे जमा झाले", "mr"),
    ],
)
def test_nepali_is_told_by_its_joined_in(headline: str, language: str) -> None:
    assert detect_language(headline) == language


ENGLISH_QUOTING_GERMAN = (
    "Chancellor Olaf Scholz faced hard questions from voters in Brandenburg on Tuesday as his coalition"
    " struggled to agree a budget for next year.\n\n"
    '"Wir werden die Schuldenbremse nicht aufgeben, und wir werden auch nicht zulassen, dass die Rentner die'
    " Zeche zahlen. Das ist mit mir nicht zu machen, und das wissen auch alle in der Koalition, die jetzt"
    ' etwas anderes fordern", Scholz told the crowd in Potsdam.\n\n'
    "The finance minister, Christian Lindner, has insisted that the debt brake must stay in place.\n\n"
    "Opposition leader Friedrich Merz said the government had lost its majority in the country."
)
ENGLISH_QUOTING_SPANISH = (
    "Mexico's president defended her security strategy on Monday after a weekend of violence in Sinaloa left"
    " at least 20 people dead.\n\n"
    "“No vamos a regresar a la guerra contra el narcotráfico, porque esa estrategia fracasó y dejó miles de"
    " muertos en todo el país. Nosotros vamos a atender las causas de la violencia y a fortalecer a la"
    " Guardia Nacional”, dijo la presidenta en su conferencia matutina.\n\n"
    "Security analysts said the army had been stretched thin across the north of the country.\n\n"
    "The state government closed schools in Culiacán for a third day."
)
CANADIAN_NOTICE = (
    "NOTICE OF PUBLIC MEETING / AVIS DE RÉUNION PUBLIQUE\n\n"
    "The City of Ottawa will hold a public meeting on the proposed changes to the zoning by-law on March 12"
    " at City Hall.\n\n"
    "La Ville d'Ottawa tiendra une réunion publique sur les modifications proposées au règlement de zonage"
    " le 12 mars à l'hôtel de ville.\n\n"
    "Residents who wish to speak must register by March 10.\n\n"
    "Les résidents qui souhaitent prendre la parole doivent s'inscrire avant le 10 mars."
)


@pytest.mark.parametrize("text", [ENGLISH_QUOTING_GERMAN, ENGLISH_QUOTING_SPANISH, CANADIAN_NOTICE])
def test_a_mixed_language_article_is_in_its_prose_language(text: str) -> None:
    # Each had been German, Spanish or French, and its summary named so.
    assert detect_language(text) == "en"
    assert nutgraf.summarize(text, sentences=2).language == "en"


def test_the_bilingual_notice_is_summarized_in_its_first_language() -> None:
    summary = nutgraf.summarize(CANADIAN_NOTICE, sentences=2)
    assert [sentence.text for sentence in summary.sentences] == [
        "The City of Ottawa will hold a public meeting on the proposed changes to the zoning by-law on March 12"
        " at City Hall.",
        "Residents who wish to speak must register by March 10.",
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # A German story quoting English, a Spanish one quoting English: their prose's language.
        (
            "Bundeskanzler Olaf Scholz hat am Dienstag in Washington mit Präsident Joe Biden über die Lage in"
            " der Ukraine gesprochen.\n\n"
            '"We will stand with Ukraine for as long as it takes, and we will make sure that the aid keeps'
            ' flowing to the people who need it most", Biden sagte nach dem Treffen.\n\n'
            "Scholz sagte, Deutschland werde seine Hilfe ebenfalls fortsetzen und die Luftverteidigung stärken.",
            "de",
        ),
        (
            "El presidente del Gobierno se reunió el lunes con el primer ministro británico en Londres para"
            " hablar de la situación en Gibraltar.\n\n"
            '"We have made real progress on the treaty, and I believe that we will be able to sign it before'
            ' the end of the year", dijo el primer ministro tras la reunión.\n\n'
            "Las negociaciones se retomarán en Bruselas la próxima semana, según fuentes del Ministerio de"
            " Asuntos Exteriores, que no quiso dar más detalles sobre el acuerdo.",
            "es",
        ),
        # A French-first notice is French.
        (
            "La Ville d'Ottawa tiendra une réunion publique sur les modifications proposées au règlement de"
            " zonage le 12 mars à l'hôtel de ville.\n\n"
            "The City of Ottawa will hold a public meeting on the proposed changes to the zoning by-law on"
            " March 12 at City Hall.\n\n"
            "Les résidents qui souhaitent prendre la parole doivent s'inscrire avant le 10 mars.\n\n"
            "Residents who wish to speak must register by March 10.",
            "fr",
        ),
        # A Hindi story with English terms in Latin letters is Hindi.
        (
            "केंद्र सरकार ने मंगलवार को नई Digital Personal Data Protection policy के नियम जारी किए। इन नियमों के"
            " तहत हर company को users की consent लेनी होगी।\n\n"
            "मंत्री ने कहा कि startups को compliance के लिए 18 महीने का समय दिया जाएगा। विपक्ष ने कहा कि सरकार ने"
            " stakeholders से पर्याप्त चर्चा नहीं की है।",
            "hi",
        ),
        # Catalan, in paragraphs, is Catalan: its function words read as Spanish's in each.
        (
            "El Govern ha aprovat aquest dimarts el pressupost per a l'any vinent, que inclou més diners per a"
            " la sanitat i l'educació.\n\n"
            "La consellera d'Economia ha explicat que els comptes permetran contractar més metges i"
            " infermeres als hospitals de Barcelona i Girona.\n\n"
            "L'oposició ha criticat que no hi hagi prou inversió en habitatge.",
            "ca",
        ),
        # Occitan, a paragraph read as Spanish by its function words and one as Italian, is no bilingual page.
        (
            "La vila de Tolosa a decidit de botar de panèls bilingües occitan-francés dins totas las estacions"
            " del metrò.\n\n"
            "Lo conselh municipal votèt la mesura dimars a l'unanimitat. Lo còst total es estimat a un milion"
            " d'èuros.\n\n"
            "Las associacions occitanistas saludèron la decision, mas demandan tanben que los anoncis sonòrs"
            " sián en occitan.",
            "oc",
        ),
    ],
)
def test_near_misses_of_mixed_language_articles_keep_their_language(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_the_summary_of_an_english_story_leaves_out_its_german_quotation() -> None:
    summary = nutgraf.summarize(ENGLISH_QUOTING_GERMAN, sentences=2)
    assert not any(sentence.text.startswith('"Wir') for sentence in summary.sentences)
