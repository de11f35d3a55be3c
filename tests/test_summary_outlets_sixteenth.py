"""A round of news as a reader pastes it, on a theme the rounds before it (tests/test_summary_outlets_en.py,
tests/test_summary_outlets_world.py, tests/test_summary_outlets_more.py, tests/test_summary_outlets_third.py to
tests/test_summary_outlets_fifteenth.py, tests/test_summary_world_news*.py) had not taken: news in translation,
in more than one language, and in easy language. Stories an outlet translated, with its notice and its
language switch (EL PAÍS English's "Leer en español" and "Translated by ...", Le Monde in English's "Lire en
français" and its note that the French is the original, Courrier international's "Traduit de l'anglais" and its
source's box, SWI swissinfo.ch's "Dieser Artikel wurde maschinell ... übersetzt", "Read in English" and
"Übertragen aus dem Englischen: DeepL/gw"); bilingual pages, the same story one language after the other (Cyngor
Gwynedd's news in Welsh and English, a Canada NewsWire release in English and French under "Le français suit")
or paragraph by paragraph (Waatea News's in Māori and English); a story quoting Ukrainian at length with the
translation in brackets (the Kyiv Independent's); easy-language editions, one sentence a line, with their
glossaries (MDR's "Nachrichten in Leichter Sprache" with "Was bedeutet ...?", 8 Sidor's "Ord att kunna", Yle
Selkouutiset, Wablieft's "Moeilijke woorden", VOA Learning English's "Words in This Story", Newsround's "Words to
know"); and agencies' English services (Xinhua's "(Xinhua) --" dateline and "Editor:" line, Anadolu Agency's
bar byline and its note to subscribers).
What a reader wants of each (the headline for the title, the byline's names, a text and summaries without the
furniture, none opening on the dateline or leaning on a sentence left out, the language, the lede in the
summary, keyphrases of the story's words) was written down before nutgraf was run on any of them. For a
bilingual page that was a choice: the story once, in the language of the page's first text. Both versions stay
in the cleaned text (each is the page's story, and a reader who pasted both sees both), but the language
reported is the first text's and no summary says the news twice, once in each language: a summary is read in
one language, and the second version adds no news to it. An easy-language edition's glossary likewise may stay
in the text (its editors wrote it for its readers) but is in no summary: a word's meaning is not the news. The
checks are :class:`world_news.OutletRound`'s, the rounds' one copy."""

from __future__ import annotations

from typing import ClassVar

import pytest

import nutgraf
from nutgraf.extract.text import clean_text
from world_news import OPTIONS, PROSE, OutletRound, World, check_line_leaves, check_line_stays, xfail_marks

ARTICLES = {
    "en_el_pais_english": World(
        "en",
        """EL PAÍS

English

Leer en español

Spain

Spain approves a four-day week pilot for 200 public offices

The Ministry of Public Service will test a 32-hour week without a pay cut from March in offices with some 6,000 staff

JOSÉ MARCOS

Madrid - Dec 03, 2026 - 05:30 CET

Spain's government on Tuesday approved a pilot program that will let 200 public offices move to a four-day, 32-hour working week without cutting pay, starting in March.

The trial will cover about 6,000 civil servants in tax offices, social security centers and passport bureaus in 12 provinces, the Ministry of Public Service said.

Minister Óscar López said the pilot would be evaluated after a year by an independent panel of economists.

Unions welcomed the plan but said it should be extended to hospital staff.

Translated by Rebecca Hollis

Sign up for our weekly newsletter to get more English-language news coverage from EL PAÍS USA Edition""",
        title="Spain approves a four-day week pilot for 200 public offices",
        dateline=None,
        lede="Spain's government on Tuesday approved a pilot program",
        furniture=("Leer en español", "Translated by", "Rebecca Hollis", "Sign up for our", "05:30 CET"),
        whole=(
            "Minister Óscar López said the pilot would be evaluated after a year by an independent panel of economists.",
        ),
    ),
    "en_le_monde_in_english": World(
        "en",
        """Le Monde in English

France

French Senate votes to ban smartphones in middle schools

The bill, passed by 310 votes to 12, extends the 'digital pause' trialled in 200 schools last year to every collège in the country.

By Sylvie Lecherbonnier

Published on December 3, 2026, at 11:04 am (Paris)

Reading time 2 min.

Lire en français

The French Senate on Wednesday approved a bill that will require middle school pupils to hand in their phones when they arrive at school, from September 2027.

Under the "digital pause," pupils aged 11 to 15 will leave their phones in lockers or pouches until the end of the school day.

Education Minister Élisabeth Borne said the trial in 200 schools had cut bullying and improved concentration.

Teachers' unions said many schools lacked the money to buy lockers.

Translation of an original article published in French on lemonde.fr; the publisher may only be liable for the French version.""",
        title="French Senate votes to ban smartphones in middle schools",
        dateline=None,
        lede="The French Senate on Wednesday approved a bill",
        furniture=(
            "Lire en français",
            "Translation of an original",
            "may only be liable",
            "Reading time",
            "11:04 am",
        ),
        whole=("Teachers' unions said many schools lacked the money to buy lockers.",),
    ),
    "fr_courrier_international": World(
        "fr",
        """Courrier international

Royaume-Uni

Le Royaume-Uni va interdire les boissons énergisantes aux moins de 16 ans

Le gouvernement britannique a confirmé mercredi l'interdiction, qui entrera en vigueur en juin, rapporte le quotidien londonien.

The Guardian (Londres)

Traduit de l'anglais

Publié le 3 décembre 2026 à 14h12

Lecture 2 min.

Le gouvernement britannique a confirmé mercredi qu'il interdirait la vente de boissons énergisantes aux moins de 16 ans en Angleterre à partir de juin 2027, rapporte The Guardian.

La mesure vise les boissons contenant plus de 150 milligrammes de caféine par litre, comme Red Bull ou Monster.

Selon le ministère de la Santé, un adolescent sur trois en boit au moins une fois par semaine.

Les magasins qui enfreindront la règle risquent une amende de 2 500 livres.

Lire l'article original

Source de l'article

The Guardian (Londres)

Fondé en 1821, ce quotidien de centre gauche est une référence dans le monde entier.""",
        title="Le Royaume-Uni va interdire les boissons énergisantes aux moins de 16 ans",
        dateline=None,
        lede="Le gouvernement britannique a confirmé mercredi qu'il interdirait",
        furniture=(
            "Traduit de l'anglais",
            "(Londres)",
            "Lire l'article original",
            "Source de l'article",
            "Fondé en 1821",
            "Lecture 2 min",
            "14h12",
        ),
        whole=("Les magasins qui enfreindront la règle risquent une amende de 2 500 livres.",),
    ),
    "de_swissinfo": World(
        "de",
        """SWI swissinfo.ch

Schweiz

Der Bundesrat will mehr Geld für die Armee ausgeben

Dieser Inhalt wurde am 03. Dezember 2026 - 15:20 publiziert

3 Minuten

Von Balz Rigendinger

Dieser Artikel wurde maschinell aus dem Englischen übersetzt und von einer Redaktorin geprüft.

Read in English

Der Bundesrat will die Ausgaben für die Armee bis 2032 auf ein Prozent des Bruttoinlandprodukts erhöhen. Das hat die Regierung am Mittwoch in Bern beschlossen.

Derzeit gibt die Schweiz rund 0,7 Prozent ihrer Wirtschaftsleistung für die Verteidigung aus.

Finanzministerin Karin Keller-Sutter sagte, das Geld solle vor allem in die Luftabwehr fliessen.

Die SP und die Grünen kritisierten den Entscheid und forderten Kürzungen bei den Kampfjets.

Das Parlament muss dem Plan noch zustimmen.

Übertragen aus dem Englischen: DeepL/gw""",
        title="Der Bundesrat will mehr Geld für die Armee ausgeben",
        dateline=None,
        lede="Der Bundesrat will die Ausgaben für die Armee bis 2032",
        furniture=("maschinell", "Read in English", "DeepL", "Dieser Inhalt wurde", "3 Minuten", "swissinfo"),
        whole=(
            "Derzeit gibt die Schweiz rund 0,7 Prozent ihrer Wirtschaftsleistung für die Verteidigung aus.",
        ),
    ),
    "cy_en_cyngor_gwynedd": World(
        "cy",
        """Cyngor Gwynedd

Newyddion | News

Cynllun newydd i ddiogelu siopau stryd fawr Caernarfon

New plan to protect Caernarfon high street shops

03/12/2026

Mae Cyngor Gwynedd wedi cymeradwyo cynllun gwerth £2 filiwn i helpu siopau annibynnol ar stryd fawr Caernarfon, meddai'r cyngor ddydd Mercher.

Bydd y cynllun yn cynnig grantiau o hyd at £20,000 i berchnogion siopau i adnewyddu eu hadeiladau.

Dywedodd y Cynghorydd Nia Jeffreys, arweinydd y cyngor, fod y stryd fawr yn galon i'r dref.

Bydd ceisiadau'n agor ym mis Chwefror.

Gwynedd Council has approved a £2 million scheme to help independent shops on Caernarfon's high street, the council said on Wednesday.

The scheme will offer grants of up to £20,000 to shop owners to renovate their buildings.

Councillor Nia Jeffreys, the council's leader, said the high street was the heart of the town.

Applications will open in February.

Rhannu | Share""",
        title="Cynllun newydd i ddiogelu siopau stryd fawr Caernarfon",
        dateline=None,
        lede="Mae Cyngor Gwynedd wedi cymeradwyo cynllun",
        furniture=("Newyddion | News", "Rhannu | Share"),
        whole=("Bydd ceisiadau'n agor ym mis Chwefror.",),
    ),
    "en_fr_canada_newswire": World(
        "en",
        """Parks Canada to spend $120 million on Rideau Canal repairs

News provided by

Parks Canada

Dec 03, 2026, 10:00 ET

Share this article

OTTAWA, ON, Dec. 3, 2026 /CNW/ - Parks Canada will spend $120 million over five years to repair locks and dams along the Rideau Canal, the agency announced today.

The work will start in the spring at the Jones Falls and Kingston Mills locks, which date from the 1830s.

The canal, a UNESCO World Heritage Site, draws about one million visitors a year.

Le français suit

Parcs Canada consacrera 120 millions de dollars aux réparations du canal Rideau

OTTAWA, ON, le 3 déc. 2026 /CNW/ - Parcs Canada consacrera 120 millions de dollars sur cinq ans à la réparation des écluses et des barrages du canal Rideau, a annoncé l'agence aujourd'hui.

Les travaux commenceront au printemps aux écluses de Jones Falls et de Kingston Mills, qui datent des années 1830.

Le canal, inscrit au patrimoine mondial de l'UNESCO, attire environ un million de visiteurs par an.

SOURCE Parks Canada

For further information: Media Relations, Parks Canada, media@pc.gc.ca""",
        title="Parks Canada to spend $120 million on Rideau Canal repairs",
        dateline="OTTAWA, ON, Dec. 3, 2026 /CNW/ -",
        lede="Parks Canada will spend $120 million over five years",
        furniture=(
            "News provided by",
            "Share this article",
            "Le français suit",
            "SOURCE Parks",
            "For further information",
            "media@pc.gc.ca",
            "10:00 ET",
        ),
        whole=("The canal, a UNESCO World Heritage Site, draws about one million visitors a year.",),
    ),
    "mi_en_waatea_news": World(
        "mi",
        """Waatea News

Ka whakatūwherahia he kura kaupapa Māori hou ki Rotorua

New Māori-language school to open in Rotorua

3 Hakihea 2026

Ka whakatūwherahia he kura kaupapa Māori hou ki Rotorua ā te tau e heke mai nei, hei tā te Manatū Mātauranga i te Wenerei.

A new Māori-language immersion school will open in Rotorua next year, the Ministry of Education said on Wednesday.

Ka taea e te kura te manaaki i ngā tamariki e 200.

The school will have room for 200 children.

E ai ki te tumuaki, he nui te hiahia o ngā whānau kia kōrero ā rātou tamariki i te reo Māori.

The principal said families wanted their children to speak te reo Māori.

Share this story""",
        title="Ka whakatūwherahia he kura kaupapa Māori hou ki Rotorua",
        dateline=None,
        lede="Ka whakatūwherahia he kura kaupapa Māori hou ki Rotorua ā te tau",
        furniture=("Share this story",),
        whole=("Ka taea e te kura te manaaki i ngā tamariki e 200.",),
    ),
    "en_kyiv_independent_quotes": World(
        "en",
        """Kyiv to rename 40 more streets with Russian names

by Dinara Khalilova

December 3, 2026 4:12 PM 2 min read

Kyiv City Council on Dec. 3 voted to rename 40 streets and squares whose names are linked to Russia or the Soviet Union, the council said.

"Ми прибираємо з мапи міста імена, які нагадують про імперію" [We are removing from the city's map the names that remind us of the empire], council member Ksenia Semenova wrote on Telegram.

Among the streets renamed is Tolstoho Street in central Kyiv, which will be named after the Ukrainian writer Volodymyr Vynnychenko.

Some residents objected to the cost of new signs. "Нам треба ремонтувати дороги, а не міняти таблички. Це гроші на вітер" [We need to repair roads, not change signs. It is money down the drain], pensioner Mykola Petrenko told local media.

The city has renamed more than 300 streets since 2022.

We've been covering the war since day one. Help us keep going. Become a member today.""",
        title="Kyiv to rename 40 more streets with Russian names",
        dateline=None,
        lede="Kyiv City Council on Dec. 3 voted to rename 40 streets",
        furniture=("2 min read", "4:12 PM", "Become a member", "Help us keep going"),
        whole=(
            '"Ми прибираємо з мапи міста імена, які нагадують про імперію" [We are removing from the city\'s map'
            " the names that remind us of the empire], council member Ksenia Semenova wrote on Telegram.",
            '"Нам треба ремонтувати дороги, а не міняти таблички. Це гроші на вітер" [We need to repair roads,'
            " not change signs. It is money down the drain], pensioner Mykola Petrenko told local media.",
        ),
    ),
    "de_mdr_leichte_sprache": World(
        "de",
        """MDR

Nachrichten in Leichter Sprache

Sachsen stellt mehr Lehrer ein

Stand: 03. Dezember 2026, 14:00 Uhr

In Sachsen fehlen viele Lehrer.
Jetzt will die Landes-Regierung mehr Lehrer einstellen.
Das hat der Kultus-Minister am Mittwoch gesagt.

Der Kultus-Minister heißt Conrad Clemens.
Er sagt: Wir stellen im nächsten Jahr 1.500 neue Lehrer ein.

Viele Schulen haben zu wenig Lehrer.
Deshalb fällt oft Unterricht aus.

Was bedeutet Kultus-Minister?
Der Kultus-Minister ist für die Schulen zuständig.
Er arbeitet in der Landes-Regierung.

Diese Nachricht ist in Leichter Sprache.
Hier finden Sie die Nachricht in Alltags-Sprache.""",
        title="Sachsen stellt mehr Lehrer ein",
        dateline=None,
        lede="In Sachsen fehlen viele Lehrer.",
        furniture=("Nachrichten in Leichter Sprache", "Diese Nachricht ist in", "Alltags-Sprache", "Stand:"),
        whole=("Er sagt: Wir stellen im nächsten Jahr 1.500 neue Lehrer ein.",),
    ),
    "sv_8_sidor": World(
        "sv",
        """8 Sidor

Lätt att läsa

Nyheter

Tandvård blir billigare för äldre

3 december 2026

Av Anna Ström

Regeringen vill att fler ska få billigare tandvård.
Det gäller framför allt äldre och sjuka.

Från nästa år ska tandvård bli billigare för personer över 67 år.
Regeringen ska betala 2 miljarder kronor för det.

Många äldre har inte råd att gå till tandläkaren, säger Acko Ankarberg Johansson.
Hon är sjukvårdsminister.

Ord att kunna:
Tandvård – när tandläkaren lagar tänderna.
Regeringen – de som styr Sverige.

Lyssna på nyheten""",
        title="Tandvård blir billigare för äldre",
        dateline=None,
        lede="Regeringen vill att fler ska få billigare tandvård.",
        furniture=("Lätt att läsa", "Lyssna på nyheten"),
        whole=("Regeringen ska betala 2 miljarder kronor för det.",),
    ),
    "fi_yle_selkouutiset": World(
        "fi",
        """Yle Selkouutiset

Selkouutiset | 3.12.2026

Bussiliput kallistuvat Helsingissä

Bussilla ja raitiovaunulla matkustaminen kallistuu Helsingin seudulla.
Liput kallistuvat noin 3 prosenttia tammikuussa.

HSL päätti asiasta keskiviikkona.
HSL on yhtiö, joka järjestää joukkoliikenteen Helsingin seudulla.

Kertalippu maksaa jatkossa 3,30 euroa.

HSL:n mukaan hinnat nousevat, koska kulut ovat kasvaneet.

Kuuntele uutinen

Selkouutiset kertoo uutiset helpolla suomen kielellä.""",
        title="Bussiliput kallistuvat Helsingissä",
        dateline=None,
        lede="Bussilla ja raitiovaunulla matkustaminen kallistuu",
        furniture=("Kuuntele uutinen", "Selkouutiset kertoo", "Selkouutiset |", "helpolla suomen"),
        whole=("Kertalippu maksaa jatkossa 3,30 euroa.",),
    ),
    "nl_wablieft": World(
        "nl",
        """Wablieft

Nieuws in duidelijke taal

Binnenland

Meer treinen tussen Gent en Brussel

3 december 2026

Vanaf januari rijden er meer treinen tussen Gent en Brussel.
Dat zegt de NMBS.
De NMBS is de Belgische spoorweg-maatschappij.

Op weekdagen komt er elk half uur een extra trein.
Zo moeten de treinen minder vol zitten.

Veel reizigers klagen al lang over volle treinen.

Moeilijke woorden
spoorweg-maatschappij: een bedrijf dat treinen laat rijden
reiziger: iemand die met de trein, bus of tram gaat

Lees ook
Meer geld voor bussen in Limburg""",
        title="Meer treinen tussen Gent en Brussel",
        dateline=None,
        lede="Vanaf januari rijden er meer treinen tussen Gent en Brussel.",
        furniture=("Nieuws in duidelijke taal", "Lees ook", "bussen in Limburg"),
        whole=("Zo moeten de treinen minder vol zitten.",),
    ),
    "en_voa_learning_english": World(
        "en",
        """Learning English

U.S. to limit 'forever chemicals' in drinking water

December 03, 2026

By Dan Novak

Listen to this story

The United States government will require water systems to remove six "forever chemicals" from drinking water by 2031.

The Environmental Protection Agency, or EPA, announced the rule on Wednesday.

Forever chemicals, also called PFAS, are man-made chemicals that do not break down easily in the environment.

Studies have linked them to some kinds of cancer and other health problems.

Water companies say the rule will cost billions of dollars.

I'm Dan Novak.

Dan Novak adapted this story for Learning English based on reports from the Associated Press.

Words in This Story

chemical – n. a substance made by or used in chemistry

environment – n. the natural world in which people, animals and plants live""",
        title="U.S. to limit 'forever chemicals' in drinking water",
        dateline=None,
        lede="The United States government will require water systems",
        furniture=("Listen to this story", "I'm Dan Novak", "adapted this story", "Words in This Story"),
        whole=("The Environmental Protection Agency, or EPA, announced the rule on Wednesday.",),
    ),
    "en_newsround": World(
        "en",
        """Newsround

Home

News

Quizzes

New giant tortoise species found in the Galápagos

Published

3 December 2026

Share

Image source, Getty Images

Image caption,

The tortoises can live for more than 100 years

Scientists have discovered a new species of giant tortoise on one of the Galápagos Islands in the Pacific Ocean.

The team from Yale University studied the DNA of 30 tortoises living on Santa Fe Island.

They found that the tortoises were different from all the others on the islands.

Only about 400 of them are left, so the scientists say they need protecting.

Words to know

Species: a group of animals or plants that are alike and can breed together

DNA: the code inside living things that makes them what they are

What do you think of the discovery? Let us know in the comments below.""",
        title="New giant tortoise species found in the Galápagos",
        dateline=None,
        lede="Scientists have discovered a new species of giant tortoise",
        furniture=("Image source", "Image caption", "Quizzes", "Let us know", "Getty Images"),
        whole=("The team from Yale University studied the DNA of 30 tortoises living on Santa Fe Island.",),
    ),
    "en_xinhua": World(
        "en",
        """China's high-speed rail network tops 50,000 km

Source: Xinhua| 2026-12-03 16:42:15|Editor: Huang Wei

BEIJING, Dec. 3 (Xinhua) -- China's high-speed railway network has passed 50,000 km after a new line linking Chongqing and Wanzhou opened on Wednesday, the China State Railway Group said.

The 250-km line cuts the travel time between the two cities from three hours to just over one hour.

China now has more high-speed track than the rest of the world combined, the company said.

It plans to add another 2,600 km of high-speed lines next year.

Editor: Huang Wei""",
        title="China's high-speed rail network tops 50,000 km",
        dateline="BEIJING, Dec. 3 (Xinhua) --",
        lede="China's high-speed railway network has passed 50,000 km",
        furniture=("Source: Xinhua", "Editor:", "Huang Wei", "16:42:15"),
        whole=("It plans to add another 2,600 km of high-speed lines next year.",),
    ),
    "en_anadolu_agency": World(
        "en",
        """Türkiye to build 3 new dams to ease drought in Central Anatolia

Projects to store 400 million cubic meters of water by 2029, says agriculture minister

Burak Dag |03.12.2026 - 13:45 GMT+3 Update: 03.12.2026 - 14:20 GMT+3

ANKARA

Türkiye will build three new dams in Central Anatolia by 2029 to ease a drought that has emptied reservoirs across the region, Agriculture and Forestry Minister Ibrahim Yumakli said on Wednesday.

The dams, in the provinces of Konya, Kayseri and Nigde, will store 400 million cubic meters of water, Yumakli told reporters in Ankara.

Rainfall in the region this year was 40% below the long-term average, according to the State Meteorological Service.

Farmers in Konya, the country's largest wheat-growing province, have been told to switch to crops that need less water.

Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcast System (HAS), and in summarized form. Please contact us for subscription options.""",
        title="Türkiye to build 3 new dams to ease drought in Central Anatolia",
        dateline="ANKARA",
        lede="Türkiye will build three new dams in Central Anatolia",
        furniture=("GMT+3", "contains only a portion", "subscription options", "Update:"),
        whole=(
            "Rainfall in the region this year was 40% below the long-term average, according to the State Meteorological Service.",
        ),
    ),
}

BYLINES = {
    "en_el_pais_english": "JOSÉ MARCOS",
    "en_le_monde_in_english": "Sylvie Lecherbonnier",
    "de_swissinfo": "Balz Rigendinger",
    "en_kyiv_independent_quotes": "Dinara Khalilova",
    "sv_8_sidor": "Anna Ström",
    "en_voa_learning_english": "Dan Novak",
    "en_anadolu_agency": "Burak Dag",
}

# A bilingual page's story in its second language, by words of its sentences: no summary says the news again
# in it (the choice written down in the module's docstring).
SECOND_LANGUAGE = {
    "cy_en_cyngor_gwynedd": ("Gwynedd Council has", "The scheme will", "Councillor Nia", "Applications will"),
    "en_fr_canada_newswire": ("OTTAWA, ON, le 3", "Parcs Canada", "Les travaux", "Le canal,"),
    "mi_en_waatea_news": ("A new Māori-language", "The school will", "The principal said"),
}

# An easy-language edition's glossary, by its lines: the words it explains are no news, and no summary takes
# them (they may stay in the cleaned text, the edition's own words to its reader).
GLOSSARIES = {
    "de_mdr_leichte_sprache": ("Was bedeutet", "ist für die Schulen zuständig", "Er arbeitet in der"),
    "sv_8_sidor": ("Ord att kunna", "när tandläkaren lagar", "de som styr Sverige"),
    "nl_wablieft": ("Moeilijke woorden", "een bedrijf dat treinen", "iemand die met de trein"),
    "en_voa_learning_english": ("Words in This Story", "a substance made by", "the natural world in which"),
    "en_newsround": ("Words to know", "a group of animals or plants", "the code inside living things"),
}


class TestTranslationAndEasyLanguageRound(OutletRound):
    ARTICLES: ClassVar[dict[str, World]] = ARTICLES
    BYLINES: ClassVar[dict[str, str]] = BYLINES
    # Known misses, by check, each with why (strict xfails: a fix shows up as an XPASS).
    LEFT: ClassVar[dict[str, dict[str, str]]] = {
        "the_cleaned_text_holds_no_furniture_and_the_headline_is_the_title": {},
        "the_language_is_detected": {
            "cy_en_cyngor_gwynedd": "A page in Welsh then English is read as English: the language is the"
            " text's, not its first version's",
        },
        "the_summary_holds_the_lede": {
            "sv_8_sidor": "An easy-language lede of one short sentence a line ('Regeringen vill att fler ska få"
            " billigare tandvård.') ranks below the sentences after it: the scorer learnt ledes of news"
            " written long",
        },
        "sentences_are_split_on_the_language_s_stops_not_its_abbreviations_or_quotations": {
            "en_kyiv_independent_quotes": "A quotation of two sentences and its translation of two in brackets"
            " are split at their stops, inside the marks and the brackets, as every quotation of two sentences"
            " is",
        },
    }


# Known misses of this module's own checks, by article, or by it and its options' label, each with why.
LEFT_SECOND_LANGUAGE: dict[str, str] = {}
LEFT_GLOSSARIES: dict[str, str] = {}
LABELLED_OPTIONS = dict(zip(("default", "tldr", "short"), OPTIONS, strict=True))


def labelled(articles: dict, left: dict[str, str]) -> list:
    """Each of ``articles`` with each of the options, those ``left`` holds (by name, or by it and the options'
    label) strict xfails."""
    return [
        pytest.param(name, options, id=f"{name}-{label}", marks=xfail_marks(left, f"{name}-{label}", name))
        for name in sorted(articles)
        for label, options in LABELLED_OPTIONS.items()
    ]


@pytest.mark.parametrize(("name", "options"), labelled(SECOND_LANGUAGE, LEFT_SECOND_LANGUAGE))
def test_a_bilingual_page_s_summary_says_the_news_once_in_its_first_language(
    name: str, options: dict
) -> None:
    summary = nutgraf.summarize(ARTICLES[name].text, **options)
    assert [
        s.text for s in summary.sentences for opening in SECOND_LANGUAGE[name] if opening in s.text
    ] == [], summary.text


@pytest.mark.parametrize(("name", "options"), labelled(GLOSSARIES, LEFT_GLOSSARIES))
def test_an_easy_language_edition_s_glossary_is_in_no_summary(name: str, options: dict) -> None:
    summary = nutgraf.summarize(ARTICLES[name].text, **options)
    assert [s.text for s in summary.sentences for line in GLOSSARIES[name] if line in s.text] == [], (
        summary.text
    )


def test_every_known_miss_of_this_module_s_checks_names_an_article_and_its_options() -> None:
    keys = {*(f"{name}-{label}" for name in ARTICLES for label in LABELLED_OPTIONS), *ARTICLES}
    assert [key for key in (*LEFT_SECOND_LANGUAGE, *LEFT_GLOSSARIES) if key not in keys] == []


@pytest.mark.parametrize(
    "line",
    [
        # Each had stayed between two paragraphs, and a summary could take it: a translator's credit (EL PAÍS
        # English's, Courrier international's, swissinfo's), in English, French, Spanish, Italian and German.
        "Translated by Rebecca Hollis",
        "Translated from the Spanish by Rebecca Hollis",
        "Traduit de l'anglais",
        "Traduit de l'anglais par Jean Dupont",
        "Traducido del inglés por María López",
        "Tradotto dall'inglese da Marco Rossi",
        "Aus dem Englischen übersetzt von Anna Weber",
        "Übertragen aus dem Englischen: DeepL/gw",
        # A bilingual release's announcement of its other version (Canada NewsWire's).
        "Le français suit",
        "(Le texte français suit)",
        "Version française ci-dessous",
        "English version follows",
        "French follows",
        # The switch to the story's original or to another language.
        "Read the original in Spanish",
        "Lire l'article original",
        "Leer en español",
        "Read in English",
        # An English edition's note that its story is a translation (Le Monde in English's), and a reading
        # time in French (Courrier international's).
        "Translation of an original article published in French on lemonde.fr; the publisher may only be liable"
        " for the French version.",
        "Lecture 2 min.",
    ],
)
def test_this_round_s_furniture_leaves_the_text_and_the_summaries(line: str) -> None:
    check_line_leaves(line)


@pytest.mark.parametrize(
    "line",
    [
        # News worded as those: a story about translation, a language's rank, a campaign's slogan, a lecture.
        "Translated by volunteers, the guide reached two million readers, the charity said.",
        "The treaty was translated into 24 languages before it was signed in Lisbon.",
        "Translation of the original text in Latin took the monks three years, the historian said.",
        "French follows English as the most studied language in the country, the survey found.",
        '"Read in English" was the slogan of the campaign, its organisers said.',
        "Read in English, the statement reads as an apology; in French it does not.",
        "The app's machine translation of the speech was read by 40,000 people, its maker said.",
        "Le français suit l'anglais dans la liste des langues les plus parlées au Canada.",
        "Aus dem Englischen übersetzte Bücher verkaufen sich in Deutschland besonders gut.",
        "Lecture 3 of the series drew 400 students, the university said.",
        # A French subhead on reading, its minutes a word and no reading time's "min".
        "Lecture 15 minutes par jour",
        # A story's sentence on a translation, whose translators are no names; German's "übertragen" as broadcast
        # and as transmitted, from no language.
        "Translated by monks in medieval Ireland.",
        "Übertragen aus dem Bundestag",
        "Aus dem Bundestag übertragen",
        "Übertragen von Zecken.",
        # A reviewer's advice and a link to a text in full, which name no language.
        "Read the original.",
        "Read the original in full.",
        # A short paragraph and a list's item, sentences ended on their stops.
        "English follows.",
        "Read in Welsh.",
    ],
)
def test_news_worded_as_this_round_s_furniture_stays(line: str) -> None:
    check_line_stays(line)


def test_a_script_s_sign_off_with_the_byline_s_name_leaves_the_text() -> None:
    # Learning English's "I'm Dan Novak." under the story had stayed, the story's last paragraph.
    text = f"Water rules tightened\n\nBy Dan Novak\n\n{PROSE.format(line='')}\n\nI'm Dan Novak."
    cleaned = clean_text(text)
    assert cleaned.byline == "Dan Novak"
    assert "I'm Dan Novak" not in cleaned.text


@pytest.mark.parametrize("closing", ["I'm Spartacus.", "I am sorry."])
def test_a_closing_line_in_the_first_person_that_names_no_writer_stays(closing: str) -> None:
    text = f"Water rules tightened\n\nBy Dan Novak\n\n{PROSE.format(line='')}\n\n{closing}"
    assert clean_text(text).text.endswith(closing)


def test_a_columnist_s_closing_line_whose_word_is_letters_of_the_byline_stays() -> None:
    # "in" is letters of "Justin Webb", no name of his: the column's last sentence had gone.
    text = f"Water rules tightened\n\nBy Justin Webb\n\n{PROSE.format(line='')}\n\nI'm in."
    assert clean_text(text).text.endswith("I'm in.")


def test_the_line_under_a_caption_s_label_is_no_headline() -> None:
    # Newsround's caption, under "Image caption," on its own line and longer than the headline, had been the
    # title over the headline under the site's menu.
    text = (
        "Newsround\n\nHome\n\nNews\n\nQuizzes\n\nNew giant tortoise species found in the Galápagos\n\nImage source, Getty Images\n\nImage caption,\n\n"
        "The tortoises can live for more than 100 years and weigh 400 kilos\n\nScientists have discovered a new"
        " species of giant tortoise on one of the Galápagos Islands in the Pacific Ocean.\n\nThe team from Yale"
        " University studied the DNA of 30 tortoises living on Santa Fe Island."
    )
    assert clean_text(text).title == "New giant tortoise species found in the Galápagos"
