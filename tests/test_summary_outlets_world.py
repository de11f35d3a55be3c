"""A fourth round of news as a reader pastes it from the page (tests/test_summary_world_news.py and
tests/test_summary_world_news_more.py hold the first three): outlets of the big languages those rounds
did not cover, each with the furniture its own page puts inline. German regional and Swiss papers
(Süddeutsche Zeitung, FAZ, Tagesspiegel, Kleine Zeitung, NZZ), French ones of France, Belgium and
Switzerland (Le Parisien, RTBF, 20 minutes), Latin American and Spanish papers (El Universal, La Nación,
El Comercio, La Vanguardia), Corriere della Sera and Il Post, Folha de S.Paulo and Expresso, De Standaard
and NRC, Meduza, Gazeta Wyborcza, Hürriyet, NHK and Asahi, Chosun Ilbo, CNA (Taiwan) and RTHK, Al Jazeera
and Asharq Al-Awsat, Dainik Jagran and BBC Hindi. Their furniture: stamps in each site's form ("Stand:",
"modifié le", "Actualizado a", "Atualizado:", "Giriş: ... Güncelleme:", "입력 ... 업데이트", "更新時間"),
bylines ("Von X, Berlin", "Par X", "di X", "Texto X", "X 기자", "जागरण संवाददाता"), photo credits
("Foto: Sven Hoppe/dpa", "LP/Olivier Arandel", "Fot. X / Agencja Wyborcza.pl", "इमेज स्रोत, Getty Images"),
"read also" inserts ("Lesen Sie auch", "LIRE AUSSI >", "Lee también:", "Leia também", "Haberin Devamı",
"اقرأ أيضا", "यह भी पढ़ें-"), share, comment, newsletter and app lines, and agency credits. What a reader
wants of each (the headline for the title, the byline's names, a text and summaries without the
furniture, no summary sentence opening on a dateline, the language, the lede in the summary) was
written down before nutgraf was run on any of them."""

from __future__ import annotations

import pytest

from nutgraf.extract.text import clean_text, is_particulars_line
from world_news import (
    GERMAN_PROSE,
    OPTIONS,
    World,
    check_cleaned_text,
    check_language,
    check_lede,
    check_sentences,
    check_summary,
    names,
)

ARTICLES = {
    "de_sz_muenchen": World(
        "de",
        """Nahverkehr: Münchner Stadtrat beschließt 365-Euro-Ticket für Schüler und Azubis

3. Dezember 2026, 14:05 Uhr

Lesezeit: 3 Min.

Von Andreas Schubert

Der Münchner Stadtrat hat am Mittwoch ein Jahresticket für Schüler, Auszubildende und Freiwilligendienstleistende für 365 Euro beschlossen. Es soll vom Schuljahr 2027/28 an im gesamten MVV-Netz gelten und ersetzt die bisherigen Ausbildungstarife, die je nach Zone bis zu 700 Euro im Jahr kosteten.

Die Stadt rechnet mit Kosten von rund 28 Mio. Euro pro Jahr, die sie zur Hälfte selbst tragen will; den Rest sollen der Freistaat und die umliegenden Landkreise übernehmen. Verkehrsreferent Georg Dunkel (parteilos) sprach von einem „wichtigen Signal an die jungen Menschen in der Region“.

Eine U-Bahn am Münchner Hauptbahnhof. (Foto: Sven Hoppe/dpa)

Lesen Sie mehr zum Thema

Deutschlandticket: Warum der Preis schon wieder steigt

Kritik kam von der CSU-Fraktion. Deren verkehrspolitischer Sprecher sagte, das Geld fehle beim Ausbau der Tramlinien, etwa der Westtangente. Die Grünen verwiesen dagegen auf Umfragen, nach denen jeder dritte Azubi im Umland wegen der Fahrtkosten lieber mit dem Auto fahre.

Ob die Landkreise mitziehen, ist offen. Der Kreistag in Ebersberg will im Januar darüber beraten.

SZ-Newsletter „München heute“: Hier kostenlos anmelden.

Zur SZ-Startseite""",
        title="Nahverkehr: Münchner Stadtrat beschließt 365-Euro-Ticket für Schüler und Azubis",
        dateline=None,
        lede="Der Münchner Stadtrat hat am Mittwoch ein Jahresticket",
        furniture=(
            "14:05 Uhr",
            "Lesezeit",
            "Von Andreas Schubert",
            "Foto: Sven Hoppe",
            "Lesen Sie mehr",
            "Warum der Preis schon wieder",
            "Newsletter",
            "Startseite",
        ),
        whole=(
            "Die Stadt rechnet mit Kosten von rund 28 Mio. Euro pro Jahr, die sie zur Hälfte selbst tragen will; den Rest sollen der Freistaat und die umliegenden Landkreise übernehmen.",
        ),
    ),
    "de_faz_wirtschaft": World(
        "de",
        """Stahlindustrie: Thyssenkrupp streicht weitere 3000 Stellen in Duisburg

Von Julia Löhr, Berlin

Aktualisiert am 03.12.2026-14:05

Bildbeschreibung einblenden

Hochofen von Thyssenkrupp in Duisburg Bild: dpa

Der Stahlkonzern Thyssenkrupp will in seinem Stammwerk in Duisburg weitere 3000 Arbeitsplätze abbauen. Das kündigte der Vorstand der Stahlsparte am Donnerstag in einer Betriebsversammlung an. Begründet wurde der Schritt mit den hohen Energiekosten und der Konkurrenz durch billigen Stahl aus Asien.

Die IG Metall reagierte empört. „Das ist ein Schlag ins Gesicht der Beschäftigten“, sagte Bezirksleiter Knut Giesler. Die Gewerkschaft kündigte Proteste vor der Konzernzentrale in Essen an.

Der Abbau soll bis Ende 2028 weitgehend ohne betriebsbedingte Kündigungen erfolgen, etwa durch Altersteilzeit und Abfindungen. Schon im vergangenen Jahr hatte das Unternehmen angekündigt, 11.000 seiner rund 27.000 Stellen in der Stahlsparte zu streichen oder auszulagern.

Mehr zum Thema

Energiepreise: Die Industrie verliert die Geduld

Quelle: F.A.Z.

Artikelrechte erwerben

Zur Startseite""",
        title="Stahlindustrie: Thyssenkrupp streicht weitere 3000 Stellen in Duisburg",
        dateline=None,
        lede="Der Stahlkonzern Thyssenkrupp will in seinem Stammwerk",
        furniture=(
            "Julia Löhr",
            "Aktualisiert am",
            "Bildbeschreibung",
            "Bild: dpa",
            "Mehr zum Thema",
            "Die Industrie verliert",
            "Quelle: F.A.Z",
            "Artikelrechte",
            "Startseite",
        ),
        whole=("„Das ist ein Schlag ins Gesicht der Beschäftigten“, sagte Bezirksleiter Knut Giesler.",),
    ),
    "de_tagesspiegel_berlin": World(
        "de",
        """Nach Wasserrohrbruch in Berlin-Mitte: Friedrichstraße bleibt bis Montag gesperrt

Von Robert Klages

Stand: 03.12.2026, 14:05 Uhr

Nach einem Wasserrohrbruch in der Nacht zu Donnerstag bleibt die Friedrichstraße in Berlin-Mitte zwischen Unter den Linden und der Leipziger Straße voraussichtlich bis Montag gesperrt. Das teilten die Berliner Wasserbetriebe mit. Rund 200 Haushalte waren stundenlang ohne Wasser.

Das Wasser hatte die Fahrbahn auf etwa 50 Metern unterspült und mehrere Keller geflutet. Die Feuerwehr war mit 60 Einsatzkräften vor Ort.

© dpa/Christoph Soeder

Lesen Sie auch

Marode Leitungen: Wie alt Berlins Wassernetz wirklich ist

Laut einem Sprecher der Wasserbetriebe ist die betroffene Leitung mehr als 100 Jahre alt. Die Busse der Linien 147 und 200 werden umgeleitet; die U-Bahn-Linie U6 fährt dagegen normal.

Die Reparaturkosten schätzt das Unternehmen auf mehrere Hunderttausend Euro.

Teilen Sie die Meinung des Autors? Diskutieren Sie mit!

Zur Startseite""",
        title="Nach Wasserrohrbruch in Berlin-Mitte: Friedrichstraße bleibt bis Montag gesperrt",
        dateline=None,
        lede="Nach einem Wasserrohrbruch in der Nacht zu Donnerstag bleibt die Friedrichstraße",
        furniture=(
            "Robert Klages",
            "Stand:",
            "© dpa",
            "Lesen Sie auch",
            "Marode Leitungen",
            "Diskutieren Sie mit",
            "Startseite",
        ),
        whole=(),
    ),
    "de_kleine_zeitung_graz": World(
        "de",
        """Graz: Neue Straßenbahnlinie 8 nimmt im Herbst 2027 den Betrieb auf

03. Dezember 2026, 14:05 Uhr

Artikel anhören

Von Manfred Neuper

Die neue Grazer Straßenbahnlinie 8 zwischen dem Hauptbahnhof und der Reininghausgründen soll im Herbst 2027 in Betrieb gehen. Das gaben Verkehrsstadträtin Judith Schwentner und die Holding Graz am Mittwoch bekannt. Die Bauarbeiten liegen demnach im Zeitplan.

Die rund 2,8 Kilometer lange Strecke kostet etwa 120 Millionen Euro. Bund und Land übernehmen rund die Hälfte. Künftig sollen die Garnituren zu Stoßzeiten alle fünf Minuten fahren.

© Kleine Zeitung/Jürgen Fuchs

Mehr zum Thema

Öffis in Graz: Das ändert sich mit dem neuen Fahrplan

Die Wirtschaftskammer begrüßte den Ausbau, kritisierte aber die lange Bauzeit in der Annenstraße. Betroffene Geschäftsleute hätten Umsatzeinbußen von bis zu 30 Prozent erlitten, hieß es.

Kommentare (12)

Nutzungsbedingungen für Kommentare""",
        title="Graz: Neue Straßenbahnlinie 8 nimmt im Herbst 2027 den Betrieb auf",
        dateline=None,
        lede="Die neue Grazer Straßenbahnlinie 8",
        furniture=(
            "14:05 Uhr",
            "Artikel anhören",
            "Manfred Neuper",
            "© Kleine Zeitung",
            "Mehr zum Thema",
            "Das ändert sich mit",
            "Kommentare",
        ),
        whole=(),
    ),
    "de_nzz_zuerich": World(
        "de",
        """Die Stadt Zürich will bis 2030 tausend neue gemeinnützige Wohnungen bauen

Der Stadtrat legt ein Programm für 600 Millionen Franken vor. Die Bürgerlichen sprechen von Symbolpolitik.

Andreas Schürer

03.12.2026, 05.30 Uhr

3 min

Hören

Merken

Drucken

Teilen

Die Stadt Zürich will den Anteil gemeinnütziger Wohnungen schneller erhöhen als bisher geplant. Der Stadtrat hat am Mittwoch ein Programm vorgestellt, mit dem bis 2030 rund tausend neue Wohnungen entstehen sollen, die nach dem Prinzip der Kostenmiete vermietet werden.

Dafür will die Stadt 600 Millionen Franken ausgeben, vor allem für den Kauf von Land und bestehenden Liegenschaften. «Der Markt allein löst das Problem nicht», sagte Finanzvorsteher Daniel Leupi an einer Medienkonferenz.

Neubauten in Zürich-Altstetten. Karin Hofer / NZZ

Die FDP kritisierte, die Stadt treibe mit ihren Käufen die Bodenpreise zusätzlich in die Höhe. Der Hauseigentümerverband sprach von Symbolpolitik. Das Parlament muss dem Kredit noch zustimmen; das letzte Wort haben die Stimmberechtigten.

Passend zum Artikel

Wohnungsnot: Warum in Zürich so wenig gebaut wird""",
        title="Die Stadt Zürich will bis 2030 tausend neue gemeinnützige Wohnungen bauen",
        dateline=None,
        lede="Die Stadt Zürich will den Anteil gemeinnütziger Wohnungen",
        furniture=(
            "05.30 Uhr",
            "3 min",
            "Hören",
            "Merken",
            "Drucken",
            "Teilen",
            "Karin Hofer / NZZ",
            "Passend zum Artikel",
            "Warum in Zürich so wenig",
        ),
        whole=(
            "«Der Markt allein löst das Problem nicht», sagte Finanzvorsteher Daniel Leupi an einer Medienkonferenz.",
        ),
    ),
    "fr_le_parisien": World(
        "fr",
        """Seine-Saint-Denis : un adolescent de 15 ans grièvement blessé par balle à Saint-Ouen

Le jeune homme a été touché à l'abdomen mercredi soir près d'un point de deal. Son pronostic vital est engagé.

Par Jean-Gabriel Bontinck

Le 3 décembre 2026 à 14h05, modifié le 3 décembre 2026 à 16h40

Un adolescent de 15 ans a été grièvement blessé par balle mercredi soir à Saint-Ouen (Seine-Saint-Denis), a-t-on appris de source policière. Touché à l'abdomen, il a été transporté à l'hôpital Beaujon, à Clichy, où son pronostic vital était engagé jeudi matin.

Les faits se sont produits vers 21 h 30, rue des Rosiers, à proximité d'un point de deal connu des services de police. Selon les premiers éléments, deux individus circulant à scooter ont ouvert le feu avant de prendre la fuite.

LIRE AUSSI > Narcotrafic : à Saint-Ouen, la guerre des points de deal ne faiblit pas

Saint-Ouen, jeudi. Des policiers sur les lieux des tirs. LP/Olivier Arandel

L'enquête a été confiée à la police judiciaire. « C'est un nouveau drame, et nous demandons des renforts depuis des mois », a réagi la maire de la ville, Karim Bouamrane, sur les réseaux sociaux.

L'essentiel du jour : notre sélection exclusive

Notre rédaction sélectionne pour vous les articles à ne pas manquer chaque jour.

S'inscrire à la newsletter""",
        title="Seine-Saint-Denis : un adolescent de 15 ans grièvement blessé par balle à Saint-Ouen",
        dateline=None,
        lede="Un adolescent de 15 ans a été grièvement blessé par balle mercredi soir",
        furniture=(
            "Jean-Gabriel Bontinck",
            "modifié le",
            "LIRE AUSSI",
            "la guerre des points de deal",
            "LP/Olivier",
            "L'essentiel du jour",
            "Notre rédaction sélectionne",
            "S'inscrire",
        ),
        whole=(
            "Les faits se sont produits vers 21 h 30, rue des Rosiers, à proximité d'un point de deal connu des services de police.",
        ),
    ),
    "fr_rtbf_belga": World(
        "fr",
        """Grève nationale : la SNCB prévoit un train sur trois lundi

Par Rédaction RTBF avec Belga

Publié le 03 décembre 2026 à 14:05

Partager

La SNCB ne pourra faire circuler qu'environ un train sur trois lundi, en raison de la grève nationale contre la réforme des pensions, a annoncé jeudi la société ferroviaire. Les trains vers l'aéroport de Bruxelles-National seront particulièrement touchés.

Le trafic international sera lui aussi perturbé. Eurostar maintient la plupart de ses liaisons vers Paris et Londres, mais plusieurs trains vers Amsterdam seront supprimés.

© Belga

Lire aussi

Réforme des pensions : ce qui change pour les fonctionnaires

Les syndicats dénoncent le relèvement de l'âge de la pension anticipée et la réduction du bonus pour les travailleurs de nuit. « Nous n'avons pas été entendus », a déclaré le président de la FGTB, Thierry Bodson.

La STIB, De Lijn et le TEC annoncent également des perturbations importantes. Brussels Airport s'attend à l'annulation de la totalité des vols au départ.""",
        title="Grève nationale : la SNCB prévoit un train sur trois lundi",
        dateline=None,
        lede="La SNCB ne pourra faire circuler qu'environ un train sur trois lundi",
        furniture=(
            "Rédaction RTBF",
            "Publié le",
            "Partager",
            "© Belga",
            "Lire aussi",
            "ce qui change pour les fonctionnaires",
        ),
        whole=("« Nous n'avons pas été entendus », a déclaré le président de la FGTB, Thierry Bodson.",),
    ),
    "fr_20min_ch": World(
        "fr",
        """Lausanne: Le M3 coûtera 200 millions de plus que prévu

Le chantier du futur métro lausannois prend aussi deux ans de retard, a annoncé jeudi le Conseil d'État vaudois.

Publié: 03.12.2026, 14:05

Mis à jour: il y a 2 heures

Le coût de la future ligne de métro M3 à Lausanne grimpe de 200 millions de francs, pour atteindre 1,1 milliard, a annoncé jeudi le Conseil d'État vaudois. La mise en service est repoussée à 2033, soit deux ans plus tard que prévu.

Le gouvernement invoque la hausse des prix de la construction et des difficultés géologiques sous la gare. La ligne doit relier la gare à la Blécherette en passant par le Flon.

Le chantier de la gare de Lausanne. 20min/Vanessa Lam

La Confédération prend en charge environ 35% des coûts. Le Grand Conseil devra se prononcer sur un crédit supplémentaire au printemps.

(ATS)

Ta newsletter 20 minutes

Tu veux rester informé(e) de l'actualité romande? Inscris-toi à notre newsletter.

1 commentaire""",
        title="Lausanne: Le M3 coûtera 200 millions de plus que prévu",
        dateline=None,
        lede="Le coût de la future ligne de métro M3 à Lausanne grimpe",
        furniture=(
            "Publié:",
            "Mis à jour",
            "20min/Vanessa",
            "(ATS)",
            "Ta newsletter",
            "Inscris-toi",
            "1 commentaire",
        ),
        whole=(),
    ),
    "es_el_universal_mx": World(
        "es",
        """Sheinbaum anuncia ampliación del programa de vivienda para trabajadores informales

Pedro Villa y Caña

03/12/2026 14:05 Actualizada 16:40

Ciudad de México.- La presidenta Claudia Sheinbaum anunció este jueves la ampliación del programa Vivienda para el Bienestar a trabajadores que no cotizan en el IMSS ni en el ISSSTE, con la meta de construir 200 mil casas adicionales en 2027.

En la conferencia matutina en Palacio Nacional, la mandataria explicó que los créditos tendrán una tasa fija y mensualidades que no superarán el 30% del ingreso de cada familia.

Lee también: Así puedes registrarte al programa Vivienda para el Bienestar

Foto: Especial

La Comisión Nacional de Vivienda informó que la primera etapa se concentrará en Jalisco, Nuevo León y el Estado de México, donde la demanda es mayor.

"Es un derecho, no una mercancía", afirmó Sheinbaum.

Suscríbete aquí para recibir directo en tu correo nuestro newsletter sobre noticias del día.""",
        title="Sheinbaum anuncia ampliación del programa de vivienda para trabajadores informales",
        dateline="Ciudad de México.- ",
        lede="La presidenta Claudia Sheinbaum anunció este jueves la ampliación",
        furniture=(
            "Pedro Villa",
            "Actualizada",
            "Lee también",
            "Así puedes registrarte",
            "Foto: Especial",
            "Suscríbete",
        ),
        whole=(),
    ),
    "es_la_nacion_ar": World(
        "es",
        """El Gobierno eliminó las retenciones a las exportaciones de trigo y cebada

La medida, publicada en el Boletín Oficial, regirá de forma permanente; el campo celebró el anuncio

3 de diciembre de 2026 • 14:05

Escuchar nota

Por Jorge Liotti

El Gobierno eliminó este jueves los derechos de exportación del trigo y la cebada, una medida largamente reclamada por el sector agropecuario. La decisión fue oficializada mediante un decreto publicado en el Boletín Oficial y lleva la firma del presidente y del ministro de Economía.

Según estimaciones de la Bolsa de Cereales de Buenos Aires, la cosecha de trigo de esta campaña alcanzará los 20 millones de toneladas, un récord histórico.

Seguir leyendo

Conforme a los criterios de The Trust Project

"Es una noticia muy positiva para los productores", dijo el presidente de la Sociedad Rural, Nicolás Pino. El costo fiscal de la medida se estima en unos US$700 millones anuales.

Las entidades del campo pidieron que la eliminación se extienda a la soja y el maíz.""",
        title="El Gobierno eliminó las retenciones a las exportaciones de trigo y cebada",
        dateline=None,
        lede="El Gobierno eliminó este jueves los derechos de exportación",
        furniture=("14:05", "Escuchar nota", "Jorge Liotti", "Seguir leyendo", "Trust Project"),
        whole=(),
    ),
    "es_la_vanguardia": World(
        "es",
        """El Govern aprueba el decreto que limita el precio del alquiler de temporada

Barcelona, 03/12/2026 14:05

Actualizado a 03/12/2026 16:40

Llorenç Cosa

El Govern ha aprobado este jueves un decreto ley que somete los contratos de alquiler de temporada a los mismos límites de precio que el alquiler habitual en las zonas de mercado tensionado, que incluyen 140 municipios catalanes.

La consellera de Territori, Sílvia Paneque, ha asegurado que la norma cierra "la puerta de atrás" que utilizaban algunos propietarios para eludir la regulación. Los contratos de temporada han crecido un 40% en Barcelona desde 2024.

Lee también

La vivienda se convierte en la principal preocupación de los catalanes

Los propietarios critican el decreto y anuncian recursos. El Parlament deberá convalidarlo en el plazo de un mes.

Mostrar comentarios""",
        title="El Govern aprueba el decreto que limita el precio del alquiler de temporada",
        dateline=None,
        lede="El Govern ha aprobado este jueves un decreto ley",
        furniture=(
            "Actualizado a",
            "Llorenç Cosa",
            "Lee también",
            "principal preocupación",
            "Mostrar comentarios",
        ),
        whole=(),
    ),
    "es_el_comercio_pe": World(
        "es",
        """Lluvias en Piura: declaran estado de emergencia en 12 distritos por el fenómeno El Niño costero

Redacción EC

Actualizado el 03/12/2026 a las 14:05

El Gobierno declaró el estado de emergencia en 12 distritos de Piura y Tumbes por peligro inminente ante intensas precipitaciones asociadas al fenómeno El Niño costero, según un decreto supremo publicado este jueves en el diario oficial El Peruano.

La medida tendrá una vigencia de 60 días calendario y permitirá a los gobiernos regionales ejecutar obras de prevención, como la limpieza de quebradas y el reforzamiento de diques.

LEE TAMBIÉN: Senamhi advierte lluvias de fuerte intensidad en la costa norte

(Foto: GEC)

El Senamhi pronosticó lluvias de hasta 80 milímetros por día en la sierra de Piura durante el fin de semana. El Indeci recomendó a la población no acercarse a los cauces de los ríos.""",
        title="Lluvias en Piura: declaran estado de emergencia en 12 distritos por el fenómeno El Niño costero",
        dateline=None,
        lede="El Gobierno declaró el estado de emergencia en 12 distritos",
        furniture=("Redacción EC", "Actualizado el", "LEE TAMBIÉN", "Senamhi advierte", "(Foto: GEC)"),
        whole=(),
    ),
    "it_corriere": World(
        "it",
        """Milano, la giunta approva il piano per l'Area B: dal 2028 stop anche ai diesel Euro 6

di Andrea Senesi

3 dicembre 2026 (modifica il 3 dicembre 2026 | 16:40)

Ascolta l'articolo

La giunta di Milano ha approvato mercoledì il nuovo calendario dei divieti dell'Area B: dal primo ottobre 2028 non potranno più entrare in città le auto diesel Euro 6 immatricolate prima del 2019. Il provvedimento riguarda circa 90 mila veicoli in Lombardia.

L'assessora alla Mobilità, Arianna Censi, ha spiegato che il Comune metterà a disposizione 20 milioni di euro di contributi per chi rottama il vecchio veicolo. «Non vogliamo lasciare indietro nessuno», ha detto.

Leggi anche

Smog a Milano, superati i limiti delle polveri sottili per il decimo giorno

Le associazioni dei commercianti e il centrodestra hanno criticato la decisione, chiedendo una proroga di almeno due anni. Il provvedimento entrerà in vigore dopo il voto del Consiglio comunale, atteso a gennaio.

© RIPRODUZIONE RISERVATA""",
        title="Milano, la giunta approva il piano per l'Area B: dal 2028 stop anche ai diesel Euro 6",
        dateline=None,
        lede="La giunta di Milano ha approvato mercoledì il nuovo calendario",
        furniture=(
            "Andrea Senesi",
            "modifica il",
            "Ascolta l'articolo",
            "Leggi anche",
            "Smog a Milano",
            "RIPRODUZIONE",
        ),
        whole=("«Non vogliamo lasciare indietro nessuno», ha detto.",),
    ),
    "it_il_post": World(
        "it",
        """Il governo ha approvato il decreto sulle bollette

Prevede un bonus fino a 200 euro per le famiglie con un ISEE sotto i 25mila euro

3 dicembre 2026

Condividi

Giovedì il Consiglio dei ministri ha approvato un decreto che prevede un contributo straordinario fino a 200 euro sulle bollette dell'elettricità per le famiglie con un ISEE inferiore ai 25mila euro. Secondo il governo ne beneficeranno circa 3,5 milioni di nuclei familiari.

Il contributo sarà applicato direttamente in bolletta nel primo trimestre del 2027, senza bisogno di presentare domanda. Il decreto costa circa 700 milioni di euro, che saranno coperti in parte con i proventi delle aste sulle emissioni di CO2.

La presidente del Consiglio Giorgia Meloni durante una conferenza stampa a Palazzo Chigi (ANSA/Fabio Frustaci)

Le associazioni dei consumatori hanno detto che la misura è insufficiente, visto che il prezzo dell'energia all'ingrosso è aumentato del 18 per cento da settembre.

Mostra i commenti""",
        title="Il governo ha approvato il decreto sulle bollette",
        dateline=None,
        lede="Giovedì il Consiglio dei ministri ha approvato un decreto",
        furniture=("3 dicembre 2026", "Condividi", "ANSA/Fabio", "Mostra i commenti"),
        whole=(),
    ),
    "pt_folha": World(
        "pt",
        """Governo anuncia corte de R$ 15 bilhões no Orçamento para cumprir meta fiscal

Medida atinge principalmente emendas e investimentos do PAC

Fábio Pupo

Brasília

3.dez.2026 às 14h05 Atualizado: 3.dez.2026 às 16h40

Ouvir o texto

O governo federal anunciou nesta quinta-feira (3) um bloqueio de R$ 15 bilhões no Orçamento deste ano para cumprir a meta fiscal. O valor foi divulgado no relatório bimestral de receitas e despesas do Ministério do Planejamento.

Segundo a pasta, a maior parte do corte atinge emendas parlamentares e obras do Novo PAC. A ministra Simone Tebet disse que a medida é necessária diante da frustração de receitas com a taxação de apostas.

Leia também

Gastos com Previdência superam previsão pelo terceiro mês seguido

Economistas avaliam que o bloqueio pode não ser suficiente. "O governo está adiando um ajuste que terá de ser maior em 2027", disse a economista-chefe da XP, Caio Megale.

Gostaria de receber as principais notícias do Brasil e do mundo? Assine a newsletter da Folha.

Copiar link""",
        title="Governo anuncia corte de R$ 15 bilhões no Orçamento para cumprir meta fiscal",
        dateline=None,
        lede="O governo federal anunciou nesta quinta-feira (3) um bloqueio",
        furniture=(
            "Fábio Pupo",
            "Atualizado",
            "Ouvir o texto",
            "Leia também",
            "Gastos com Previdência",
            "Gostaria de receber",
            "Copiar link",
        ),
        whole=(),
    ),
    "pt_expresso": World(
        "pt",
        """Governo aprova aumento do salário mínimo para 920 euros em 2027

3 dezembro 2026 14:05

Texto Rosa Pedroso Lima

Fotografia Tiago Miranda

O Conselho de Ministros aprovou esta quinta-feira o aumento do salário mínimo nacional para 920 euros a partir de janeiro, uma subida de 50 euros face ao valor atual. A decisão resulta do acordo de concertação social assinado em outubro com as confederações patronais e a UGT.

A ministra do Trabalho, Maria do Rosário Palma Ramalho, afirmou que cerca de 800 mil trabalhadores serão abrangidos pela atualização.

Leia também

Salários: Portugal continua na cauda da zona euro

A CGTP, que não assinou o acordo, considera o aumento insuficiente e reivindica mil euros já em 2027. As empresas terão direito a uma compensação através da redução da TSU.

Partilhar

Subscreva a newsletter do Expresso""",
        title="Governo aprova aumento do salário mínimo para 920 euros em 2027",
        dateline=None,
        lede="O Conselho de Ministros aprovou esta quinta-feira o aumento",
        furniture=(
            "14:05",
            "Texto Rosa",
            "Fotografia Tiago",
            "Leia também",
            "cauda da zona euro",
            "Partilhar",
            "Subscreva",
        ),
        whole=(),
    ),
    "nl_de_standaard": World(
        "nl",
        """Vlaamse regering schrapt woonbonus niet voor bestaande leningen

03 december 2026 om 14:05

Bron: Belga

Wie al een hypothecaire lening heeft afgesloten, blijft de woonbonus behouden. Dat heeft de Vlaamse regering donderdag beslist, na weken van onduidelijkheid over de besparingen in de begroting voor 2027.

Minister van Wonen Melissa Depraetere (Vooruit) zei dat de regering ‘de zekerheid van gezinnen’ niet op het spel wil zetten. De besparing van 120 miljoen euro wordt nu gezocht bij de registratierechten.

Beeld: Photo News

Lees ook

Registratierechten omlaag: wat betekent dat voor kopers?

De oppositie spreekt van een ‘chaotisch beleid’. De Vlaamse Confederatie Bouw reageert opgelucht.

Deel dit artikel""",
        title="Vlaamse regering schrapt woonbonus niet voor bestaande leningen",
        dateline=None,
        lede="Wie al een hypothecaire lening heeft afgesloten",
        furniture=(
            "om 14:05",
            "Bron: Belga",
            "Beeld:",
            "Lees ook",
            "wat betekent dat voor kopers",
            "Deel dit artikel",
        ),
        whole=(),
    ),
    "nl_nrc": World(
        "nl",
        """Kabinet wil huurverhoging in sociale sector twee jaar bevriezen

Joost de Vries

3 december 2026

Leestijd 3 minuten

Het kabinet wil de huren in de sociale sector in 2027 en 2028 bevriezen. Dat heeft minister Mona Keijzer (Volkshuisvesting, BBB) donderdag aan de Tweede Kamer geschreven. Woningcorporaties krijgen ter compensatie een verlaging van de verhuurderheffing.

Het gaat om ruim 2,3 miljoen huurwoningen. Volgens de Woonbond scheelt de maatregel een gemiddeld huishouden zo’n 400 euro per jaar.

Nieuwbouw in Amsterdam-Noord. Foto Robin van Lonkhuijsen/ANP

Lees ook

Corporaties bouwen minder dan beloofd: ‘De kosten lopen uit de hand’

Aedes, de koepel van woningcorporaties, waarschuwt dat de bevriezing ten koste kan gaan van onderhoud en verduurzaming.

Een versie van dit artikel verscheen ook in NRC van 4 december 2026""",
        title="Kabinet wil huurverhoging in sociale sector twee jaar bevriezen",
        dateline=None,
        lede="Het kabinet wil de huren in de sociale sector",
        furniture=(
            "Joost de Vries",
            "Leestijd",
            "Foto Robin",
            "Lees ook",
            "Corporaties bouwen minder",
            "Een versie van dit artikel",
        ),
        whole=(),
    ),
    "ru_meduza": World(
        "ru",
        """В Москве ввели платный въезд грузовиков в пределы ТТК

16:40, 3 декабря 2026

Источник: Meduza

Власти Москвы с 1 марта 2027 года введут плату за въезд грузовиков массой более 3,5 тонны в пределы Третьего транспортного кольца. Соответствующее постановление подписал мэр Сергей Собянин, сообщает пресс-служба мэрии.

Стоимость въезда составит от 500 до 1500 рублей в сутки в зависимости от экологического класса машины. По данным департамента транспорта, ежедневно в центр заезжают около 40 тыс. грузовиков.

Фото: Сергей Бобылев / ТАСС

Читайте также

Москва стала самым дорогим городом для автомобилистов

Перевозчики уже заявили, что стоимость доставки для магазинов вырастет.

Подпишитесь на «Медузу» в телеграме""",
        title="В Москве ввели платный въезд грузовиков в пределы ТТК",
        dateline=None,
        lede="Власти Москвы с 1 марта 2027 года введут плату",
        furniture=("16:40", "Источник:", "Фото:", "Читайте также", "самым дорогим городом", "Подпишитесь"),
        whole=("По данным департамента транспорта, ежедневно в центр заезжают около 40 тыс. грузовиков.",),
    ),
    "pl_wyborcza": World(
        "pl",
        """Warszawa. Rada miasta przyjęła budżet na 2027 rok. Rekordowe wydatki na metro

Dominika Olszewska

03.12.2026 14:05

Aktualizacja: 03.12.2026 16:40

Rada Warszawy przyjęła w czwartek budżet miasta na 2027 rok. Wydatki wyniosą 30,5 mld zł, z czego ponad 6 mld zł pochłonie budowa trzeciej linii metra i przedłużenie drugiej na Bródno.

Za budżetem głosowało 36 radnych Koalicji Obywatelskiej i Lewicy, przeciw byli radni PiS. Prezydent Rafał Trzaskowski mówił, że to „budżet inwestycji, a nie obietnic”.

Fot. Dawid Żuchowicz / Agencja Wyborcza.pl

Czytaj także: Metro na Bródno. Kiedy pojadą pierwsze pociągi?

Opozycja krytykuje rosnące zadłużenie miasta, które na koniec przyszłego roku ma przekroczyć 9 mld zł.

Komentarze""",
        title="Warszawa. Rada miasta przyjęła budżet na 2027 rok. Rekordowe wydatki na metro",
        dateline=None,
        lede="Rada Warszawy przyjęła w czwartek budżet",
        furniture=(
            "Dominika Olszewska",
            "Aktualizacja",
            "Fot. Dawid",
            "Czytaj także",
            "Kiedy pojadą",
            "Komentarze",
        ),
        whole=(),
    ),
    "tr_hurriyet": World(
        "tr",
        """İstanbul'da toplu taşımaya yüzde 35 zam

Giriş: 03.12.2026 - 14:05 Güncelleme: 03.12.2026 - 16:40

İstanbul Büyükşehir Belediyesi Ulaşım Koordinasyon Merkezi (UKOME), toplu taşıma ücretlerine yüzde 35 zam yapılmasını onayladı. Yeni tarifeyle tam bilet 27 liradan 36,5 liraya, öğrenci bileti ise 13 liradan 17,5 liraya yükseldi.

Haberin Devamı

Zamlı tarife 1 Ocak 2027 tarihinden itibaren geçerli olacak. Taksi ve dolmuş ücretleri de aynı oranda artırıldı.

İlgili Haberler

Ankara'da da toplu taşıma ücretleri arttı

Toplantıda AK Parti üyeleri zam oranının yüksek olduğunu savunarak ret oyu verdi. İBB yetkilileri ise akaryakıt ve elektrik fiyatlarındaki artışı gerekçe gösterdi.

Hürriyet'i Google News'te takip edin""",
        title="İstanbul'da toplu taşımaya yüzde 35 zam",
        dateline=None,
        lede="İstanbul Büyükşehir Belediyesi Ulaşım Koordinasyon Merkezi",
        furniture=(
            "Giriş:",
            "Güncelleme",
            "Haberin Devamı",
            "İlgili Haberler",
            "Ankara'da da",
            "Google News",
        ),
        whole=(),
    ),
    "ja_nhk": World(
        "ja",
        """東京都 来年度から高校授業料の実質無償化を拡大へ

2026年12月3日 14時05分

東京都は、来年度から私立高校の授業料の実質無償化の対象を都外の学校に通う生徒にも広げる方針を固めました。所得制限はすでに撤廃されていて、新たにおよそ2万人が対象になる見込みです。

都によりますと、必要な費用はおよそ60億円で、来年度の予算案に盛り込む方針です。

小池知事は記者会見で「どこに住んでいても、子どもたちが学びたい学校を選べるようにしたい」と述べました。

一方、周辺の県からは、生徒の流出を懸念する声も出ています。

シェアする""",
        title="東京都 来年度から高校授業料の実質無償化を拡大へ",
        dateline=None,
        lede="東京都は、来年度から私立高校の授業料",
        furniture=("14時05分", "シェアする"),
        whole=(),
    ),
    "ja_asahi": World(
        "ja",
        """日銀、追加利上げを決定　政策金利1.25%に

山本恭介 2026年12月3日 14時05分

日本銀行は3日まで開いた金融政策決定会合で、政策金利を0.25%幅引き上げ、1.25%とすることを決めた。物価上昇が続くなか、賃上げの広がりを確認できたと判断した。

植田和男総裁は会見で「経済・物価の見通しが実現していけば、引き続き金利を引き上げていく」と述べた。

写真・図版　記者会見する日本銀行の植田和男総裁＝2026年12月3日、東京都中央区、池田良撮影

この記事は有料記事です。残り812文字

この記事を書いた人

山本恭介 経済部""",
        title="日銀、追加利上げを決定 政策金利1.25%に",  # its ideographic space folded, as all white space is
        dateline=None,
        lede="日本銀行は3日まで開いた金融政策決定会合で",
        furniture=("14時05分", "写真・図版", "有料記事", "この記事を書いた人", "経済部"),
        whole=(),
    ),
    "ko_chosun": World(
        "ko",
        """서울시, 내년부터 지하철 기본요금 1550원으로 인상

입력 2026.12.03. 14:05 업데이트 2026.12.03. 16:40

김민기 기자

서울시가 내년 6월부터 지하철 기본요금을 1400원에서 1550원으로 150원 인상한다고 3일 밝혔다. 버스 요금도 함께 150원 오른다.

시는 누적 적자가 17조원을 넘어 요금 인상이 불가피하다고 설명했다. 노인 무임승차에 따른 손실도 연간 4000억원에 이른다.

서울 시내 지하철역 개찰구. /연합뉴스

시민단체들은 물가 부담을 이유로 인상 철회를 요구하고 있다.

많이 본 뉴스""",
        title="서울시, 내년부터 지하철 기본요금 1550원으로 인상",
        dateline=None,
        lede="서울시가 내년 6월부터 지하철 기본요금을",
        furniture=("입력 2026", "업데이트", "김민기 기자", "/연합뉴스", "많이 본 뉴스"),
        whole=(),
    ),
    "zh_cna_taiwan": World(
        "zh",
        """立法院三讀通過長照法修正案　明年起補助上限提高3成

更新時間：2026/12/3 16:40

（中央社記者王揚宇台北3日電）立法院會今天三讀通過長期照顧服務法修正案，明年起長照服務的補助上限提高3成，並將失智症患者納入優先服務對象。衛福部估計，約有10萬名家庭受惠。

衛福部長表示，台灣將在2025年進入超高齡社會，長照需求持續增加，政府會持續擴充服務人力。

修正案也規定，長照機構應於3年內完成消防設備改善，違者最高可處新台幣50萬元罰鍰。

（編輯：林克倫）1151203""",
        title="立法院三讀通過長照法修正案 明年起補助上限提高3成",  # its ideographic space folded
        dateline="（中央社記者王揚宇台北3日電）",
        lede="立法院會今天三讀通過長期照顧服務法修正案",
        furniture=("更新時間", "編輯", "1151203"),  # the dateline is the summary's to skip
        whole=(),
    ),
    "zh_rthk": World(
        "zh",
        """政府明年起增加公共房屋供應

2026-12-03 HKT 14:05

分享

房屋局局長何永賢表示，政府明年起未來五年將興建約十九萬個公營房屋單位，較原先目標多一成。她在立法會回應議員提問時說，簡約公屋的首批單位會在明年初入伙。

何永賢又說，公屋輪候時間已由六年多縮短至五年半，政府目標是在二〇二七年縮短至四年半。

有議員關注新落成公屋的質素問題，房屋署表示會加強巡查。""",
        title="政府明年起增加公共房屋供應",
        dateline=None,
        lede="房屋局局長何永賢表示",
        furniture=("HKT", "分享"),
        whole=(),
    ),
    "ar_aljazeera": World(
        "ar",
        """الأمم المتحدة: نصف سكان السودان يواجهون جوعا حادا

3/12/2026

الخرطوم- قال برنامج الأغذية العالمي التابع للأمم المتحدة اليوم الخميس إن أكثر من 25 مليون شخص في السودان، أي نحو نصف السكان، يواجهون مستويات حادة من انعدام الأمن الغذائي، محذرا من خطر المجاعة في عدة ولايات.

وأوضح البرنامج في بيان أن القتال المستمر وصعوبة وصول المساعدات إلى إقليم دارفور ومدينة الفاشر يزيدان من تفاقم الأزمة.

اقرأ أيضا

list of 2 items

السودان.. نزوح آلاف الأسر من الفاشر

end of list

ودعت المنظمة الأطراف المتحاربة إلى فتح ممرات آمنة لإيصال الغذاء، مشيرة إلى أنها لم تحصل سوى على 30% من التمويل المطلوب.

المصدر : الجزيرة + وكالات""",
        title="الأمم المتحدة: نصف سكان السودان يواجهون جوعا حادا",
        dateline="الخرطوم- ",
        lede="قال برنامج الأغذية العالمي",
        furniture=("3/12/2026", "اقرأ أيضا", "list of", "نزوح آلاف الأسر", "end of list", "المصدر"),
        whole=(),
    ),
    "ar_asharq_alawsat": World(
        "ar",
        """السعودية تطلق برنامجا لدعم الشركات الصغيرة بـ10 مليارات ريال

الرياض: «الشرق الأوسط»

الخميس - 13 جمادى الآخرة 1448 هـ - 03 ديسمبر 2026 م

أطلقت الهيئة العامة للمنشآت الصغيرة والمتوسطة في السعودية، الخميس، برنامجا تمويليا بقيمة 10 مليارات ريال لدعم الشركات الناشئة ورواد الأعمال، ضمن مستهدفات «رؤية 2030».

وقال محافظ الهيئة إن البرنامج يستهدف أكثر من 5 آلاف منشأة خلال ثلاث سنوات، ويركز على قطاعات التقنية والسياحة والصناعة.

ويأتي البرنامج في وقت تسعى فيه المملكة إلى رفع مساهمة المنشآت الصغيرة والمتوسطة في الناتج المحلي إلى 35 في المائة.

مواضيع

السعودية

الاقتصاد""",
        title="السعودية تطلق برنامجا لدعم الشركات الصغيرة بـ10 مليارات ريال",
        dateline=None,
        lede="أطلقت الهيئة العامة للمنشآت الصغيرة والمتوسطة",
        furniture=("«الشرق الأوسط»", "جمادى", "مواضيع"),
        whole=(),
    ),
    "hi_dainik_jagran": World(
        "hi",
        """लखनऊ में मेट्रो के दूसरे कॉरिडोर को मिली मंजूरी, 5800 करोड़ रुपये होंगे खर्च

By Jagran News

Publish Date: Thu, 03 Dec 2026 02:05 PM (IST)

Updated Date: Thu, 03 Dec 2026 04:40 PM (IST)

जागरण संवाददाता, लखनऊ: केंद्र सरकार ने लखनऊ मेट्रो के चारबाग से वसंतकुंज तक के दूसरे कॉरिडोर को मंजूरी दे दी है। इस पर करीब 5800 करोड़ रुपये खर्च होंगे और इसके 2030 तक पूरा होने की उम्मीद है।

करीब 11 किलोमीटर लंबे इस कॉरिडोर में 12 स्टेशन बनेंगे, जिनमें से सात भूमिगत होंगे। इससे पुराने लखनऊ के लाखों लोगों को जाम से राहत मिलेगी।

यह भी पढ़ें- लखनऊ में नए साल से बदलेगा ट्रैफिक प्लान, इन रास्तों पर रहेगी रोक

मेट्रो के प्रबंध निदेशक ने बताया कि निर्माण कार्य अगले साल मार्च से शुरू होगा।""",
        title="लखनऊ में मेट्रो के दूसरे कॉरिडोर को मिली मंजूरी, 5800 करोड़ रुपये होंगे खर्च",
        dateline="जागरण संवाददाता, लखनऊ: ",
        lede="केंद्र सरकार ने लखनऊ मेट्रो के",
        furniture=("Jagran News", "Publish Date", "Updated Date", "यह भी पढ़ें", "बदलेगा ट्रैफिक प्लान"),
        whole=(),
    ),
    "hi_bbc_hindi": World(
        "hi",
        """मणिपुर: हिंसा के दो साल बाद भी राहत शिविरों में रह रहे हैं हज़ारों लोग

दिलीप कुमार शर्मा

इम्फाल से, बीबीसी हिंदी के लिए

3 दिसंबर 2026

पढ़ने का समय: 4 मिनट

मणिपुर में जातीय हिंसा शुरू होने के दो साल से ज़्यादा समय बाद भी क़रीब 50 हज़ार लोग राहत शिविरों में रह रहे हैं। राज्य सरकार के आंकड़ों के मुताबिक़ इनमें से ज़्यादातर लोग अपने घर लौटने से डर रहे हैं।

इमेज स्रोत, Getty Images

इमेज कैप्शन, चुराचांदपुर के एक राहत शिविर में रह रहे लोग

शिविरों में रह रहे लोगों का कहना है कि उन्हें पर्याप्त भोजन और दवाइयां नहीं मिल रही हैं। कई बच्चों की पढ़ाई भी छूट गई है।

ये भी पढ़ें-

मणिपुर में राष्ट्रपति शासन का एक साल, क्या बदला?

राज्य सरकार का कहना है कि विस्थापितों के लिए स्थायी घर बनाने का काम शुरू हो चुका है।

(बीबीसी हिन्दी के एंड्रॉएड ऐप के लिए आप यहां क्लिक कर सकते हैं. आप हमें फ़ेसबुक, ट्विटर, इंस्टाग्राम और यूट्यूब पर फ़ॉलो भी कर सकते हैं.)""",
        title="मणिपुर: हिंसा के दो साल बाद भी राहत शिविरों में रह रहे हैं हज़ारों लोग",
        dateline=None,
        lede="मणिपुर में जातीय हिंसा शुरू होने के",
        furniture=(
            "बीबीसी हिंदी के लिए",
            "पढ़ने का समय",
            "इमेज स्रोत",
            "इमेज कैप्शन",
            "ये भी पढ़ें",
            "क्या बदला",
            "एंड्रॉएड",
        ),
        whole=(),
    ),
}

# The names of each byline (an article not here shows none, or a desk's or an agency's only).
BYLINES = {
    "de_faz_wirtschaft": "Julia Löhr",
    "de_kleine_zeitung_graz": "Manfred Neuper",
    "de_nzz_zuerich": "Andreas Schürer",
    "de_sz_muenchen": "Andreas Schubert",
    "de_tagesspiegel_berlin": "Robert Klages",
    "es_el_universal_mx": "Pedro Villa y Caña",
    "es_la_nacion_ar": "Jorge Liotti",
    "es_la_vanguardia": "Llorenç Cosa",
    "fr_le_parisien": "Jean-Gabriel Bontinck",
    "hi_bbc_hindi": "दिलीप कुमार शर्मा",
    "it_corriere": "Andrea Senesi",
    "ja_asahi": "山本恭介",
    "ko_chosun": "김민기",
    "nl_nrc": "Joost de Vries",
    "pl_wyborcza": "Dominika Olszewska",
    "pt_expresso": "Rosa Pedroso Lima",
    "pt_folha": "Fábio Pupo",
}

# Known misses, each with why (strict xfails: a fix shows up as an XPASS).
BYLINES_LEFT: dict[str, str] = {}
_CALL = "a call nutgraf does not know stays: "
CLEANED_LEFT = {
    "fr_le_parisien": _CALL
    + "the newsletter box ('L'essentiel du jour : notre sélection exclusive', ...): its"
    " button goes, but its title and pitch above it are a heading and a sentence, as a story's closing subheading"
    " and paragraph over a sign-up button are",
}
SUMMARY_LEFT: dict[str, str] = {}
LEDES_LEFT: dict[str, str] = {}


def _names(left: dict[str, str]) -> list:
    return names(ARTICLES, left)


@pytest.mark.parametrize("name", names(BYLINES, BYLINES_LEFT))
def test_the_byline_s_names_are_the_byline(name: str) -> None:
    byline = clean_text(ARTICLES[name].text).byline
    assert byline is not None and BYLINES[name] in byline, byline


@pytest.mark.parametrize("name", _names(CLEANED_LEFT))
def test_the_cleaned_text_holds_no_furniture_and_the_headline_is_the_title(name: str) -> None:
    check_cleaned_text(ARTICLES[name])


@pytest.mark.parametrize(
    ("name", "options"),
    [
        pytest.param(
            name,
            options,
            id=f"{name}-{label}",
            marks=[pytest.mark.xfail(strict=True, reason=SUMMARY_LEFT[name])] if name in SUMMARY_LEFT else [],
        )
        for name in sorted(ARTICLES)
        for label, options in zip(("default", "tldr", "short"), OPTIONS, strict=True)
    ],
)
def test_every_summary_is_of_the_article_s_sentences_without_furniture_or_dateline(
    name: str, options: dict
) -> None:
    check_summary(ARTICLES[name], options)


@pytest.mark.parametrize("name", _names({}))
def test_the_language_is_detected(name: str) -> None:
    check_language(ARTICLES[name])


@pytest.mark.parametrize("name", _names(LEDES_LEFT))
def test_the_summary_holds_the_lede(name: str) -> None:
    check_lede(ARTICLES[name])


@pytest.mark.parametrize("name", _names({}))
def test_sentences_are_split_on_the_language_s_stops_not_its_abbreviations_or_quotations(name: str) -> None:
    check_sentences(ARTICLES[name])


@pytest.mark.parametrize(
    "line",
    [
        # Each had stayed between two paragraphs: a caption whose credit follows its stop without brackets
        # (a paper's initials or name and a slash, a photographer and the agency, a Korean agency after a
        # slash), an agency and its photographer in brackets after no stop, Polish "Fot.", Hindi's image
        # labels; "read more" labels closing on an arrow or a dash, or heading a question; Hürriyet's
        # "the story goes on" line.
        "Saint-Ouen, jeudi. Des policiers sur les lieux des tirs. LP/Olivier Arandel",
        "Le chantier de la gare de Lausanne. 20min/Vanessa Lam",
        "Neubauten in Zürich-Altstetten. Karin Hofer / NZZ",
        "Nieuwbouw in Amsterdam-Noord. Foto Robin van Lonkhuijsen/ANP",
        "서울 시내 지하철역 개찰구. /연합뉴스",
        "Giorgia Meloni durante una conferenza stampa a Palazzo Chigi (ANSA/Fabio Frustaci)",
        "Fot. Dawid Żuchowicz / Agencja Wyborcza.pl",
        # With a colon after its stop (which had stayed).
        "Premier Donald Tusk podczas konferencji w Warszawie (Fot.: PAP)",
        "Fot.: PAP",
        "इमेज स्रोत, Getty Images",
        "इमेज कैप्शन, चुराचांदपुर के एक राहत शिविर में रह रहे लोग",
        "LIRE AUSSI > Narcotrafic : à Saint-Ouen, la guerre des points de deal ne faiblit pas",
        "यह भी पढ़ें- लखनऊ में नए साल से बदलेगा ट्रैफिक प्लान, इन रास्तों पर रहेगी रोक",
        "Lesen Sie mehr zum Thema\n\nDeutschlandticket: Warum der Preis schon wieder steigt",
        "İlgili Haberler\n\nAnkara'da da toplu taşıma ücretleri arttı",
        "Lees ook\n\nRegistratierechten omlaag: wat betekent dat voor kopers?",
        "Haberin Devamı",
        # An agency credited bare in brackets under the story; a newsletter box's title, and its call in
        # French's familiar form after a question.
        "(ATS)",
        "(dpa)",
        "Ta newsletter 20 minutes",
        "Tu veux rester informé(e) de l'actualité romande? Inscris-toi à notre newsletter.",
        # A call to follow the paper on Google's news in its language.
        "Suivez toute l’actualité de Quimper en vous abonnant à notre fil sur Google Actualités.",
        "Síguenos en Google Noticias.",
    ],
)
def test_this_round_s_captions_pointers_and_markers_leave_the_text(line: str) -> None:
    cleaned = clean_text(GERMAN_PROSE.format(line=line)).text
    assert [part for part in line.split("\n\n") if part in cleaned] == [], cleaned
    assert cleaned.startswith("Der Stadtrat hat am Dienstag")


@pytest.mark.parametrize(
    "line",
    [
        # News that only looks like those: a slash between words after a stop, "and/or", a question
        # paragraph under no pointer, a dash after a word that opens a label.
        "The price rose. Dollar/yen trading was thin",
        "He went to the U.S. and/or Canada",
        "Die Frage bleibt: Wer zahlt am Ende die Rechnung für den Ausbau der Linien?",
        "Photo-op draws a crowd of supporters outside the town hall",
        # A dash after a label's word that points to no other article sets off a clause of a sentence.
        "More - much more - needs to be done, the minister said.",
        "Credit - where it is due - goes to the volunteers.",
        # The stop before a slash is an abbreviation's, a headline's or a subheading's: no caption's end.
        "Storms hit St. Louis/Kansas City region",
        "What to expect at the U.S. Army/Navy game",
        "Gov. Abbott/Biden border fight heads to court",
        # An agency's tag opening a sentence, and a sentence about a newsletter.
        "(AP) Der Stadtrat tagte am Mittwoch erneut.",
        "Notre newsletter compte désormais 200 000 abonnés, a indiqué la rédaction.",
    ],
)
def test_news_like_this_round_s_furniture_stays(line: str) -> None:
    assert line in clean_text(GERMAN_PROSE.format(line=line)).text


def test_a_german_date_stamp_under_the_headline_is_no_list_item_the_text_keeps() -> None:
    # "3. Dezember 2026, 14:05 Uhr" opens on what a numbered list item opens on: it had stayed above the
    # lede, where a stamp in English months goes.
    for stamp in (
        "3. Dezember 2026, 14:05 Uhr",
        "03. Dezember 2026, 14:05 Uhr",
        "3 de diciembre de 2026 • 14:05",
    ):
        cleaned = clean_text(
            f"Münchner Stadtrat beschließt neues Ticket\n\n{stamp}\n\n{GERMAN_PROSE.format(line='')}"
        )
        assert stamp not in cleaned.text
        assert cleaned.text.startswith("Der Stadtrat hat am Dienstag")


def test_a_headline_of_a_number_a_word_and_a_year_is_the_title() -> None:
    # "Outstanding" opens on Portuguese "out(ubro)": a month's first letters and any letters after them had
    # made the headline a date stamp, neither the title nor a line of the text.
    headline = "10 Outstanding 2026 Graduates Honored by the City"
    assert clean_text(f"{headline}\n\n{GERMAN_PROSE.format(line='')}").title == headline


def test_a_short_question_under_a_read_more_label_is_the_story_s_subheading() -> None:
    # A pointed headline has a few words (_HEADLINE_WORDS), a question too: "Was passiert jetzt?" under a
    # stray "Lesen Sie auch" had gone with it.
    cleaned = clean_text(GERMAN_PROSE.format(line="Lesen Sie auch\n\nWas passiert jetzt?")).text
    assert "Was passiert jetzt?" in cleaned


@pytest.mark.parametrize(
    "line",
    [
        # A paper's own initials, or an agency, credited as the source under the story (F.A.Z.'s, as Al
        # Jazeera's "Source: ..."), in German and Spanish.
        "Quelle: F.A.Z.",
        "Quelle: dpa",
        "Fuente: EFE",
        # A screen reader's close of the list of links under Al Jazeera's "Read also".
        "end of list",
    ],
)
def test_a_source_line_and_a_screen_reader_s_end_of_list_leave_the_text(line: str) -> None:
    cleaned = clean_text(GERMAN_PROSE.format(line=line)).text
    assert line not in cleaned
    assert cleaned.startswith("Der Stadtrat hat am Dienstag")


@pytest.mark.parametrize(
    "line",
    [
        # A chart's source, and a person's, stay.
        "Quelle: Statistisches Bundesamt",
        "Quelle: ein Sprecher des Ministeriums.",
        "Quelle: Eigene Berechnungen der Stadtwerke auf Basis der Fahrgastzahlen von 2025",
    ],
)
def test_a_source_that_is_no_paper_s_initials_nor_an_agency_stays(line: str) -> None:
    assert line in clean_text(GERMAN_PROSE.format(line=line)).text


@pytest.mark.parametrize(
    "stamps",
    [
        # Le Parisien's and Le Monde's stamps with their update (12 and 13 words).
        ["Le 3 décembre 2026 à 14h05, modifié le 3 décembre 2026 à 16h40"],
        ["Publié le 3 décembre 2026 à 14h05, modifié le 3 décembre 2026 à 16h40"],
    ],
)
def test_a_stamp_with_its_update_is_no_line_of_the_text(
    stamps: list[str],
) -> None:
    # Under the standfirst and the byline, where Le Parisien sets its stamp.
    standfirst = "Das Ticket soll ab Januar gelten und weniger kosten als bisher."
    cleaned = clean_text(
        "\n\n".join(
            [
                "Münchner Stadtrat beschließt neues Ticket",
                standfirst,
                "By Anna Schmidt",
                *stamps,
                GERMAN_PROSE.format(line=""),
            ]
        )
    )
    assert [stamp for stamp in stamps if stamp in cleaned.text] == [], cleaned.text
    assert cleaned.title == "Münchner Stadtrat beschließt neues Ticket"


@pytest.mark.parametrize(
    "stamp",
    ["Publish Date: Thu, 03 Dec 2026 02:05 PM (IST)", "Updated Date: Thu, 03 Dec 2026 04:40 PM (IST)"],
)
def test_an_indian_paper_s_date_fields_are_the_article_s_particulars(stamp: str) -> None:
    # Dainik Jagran's: they had stayed over the lede where its long headline was not taken for the title.
    assert is_particulars_line(stamp)


def test_a_subheading_with_two_dates_and_no_update_stays() -> None:
    # Two dates without the word for an update between them: a line of the story, not its stamp.
    line = "Vom 3. Dezember 2026 bis zum 10. Dezember 2026 ruht der Verkehr"
    assert line in clean_text(GERMAN_PROSE.format(line=line)).text


FRENCH_SCHOOLS = (
    "Le conseil municipal de Lyon a adopté mardi soir un plan de rénovation des écoles. Le maire a annoncé que"
    " les travaux commenceront en septembre. Les syndicats d'enseignants saluent la décision mais réclament"
    " plus de moyens."
)


@pytest.mark.parametrize(
    "stamp",
    [
        # A French paper's stamp with its weekday and month cut to their first letters: the month's stop
        # had made "lun. 2 févr." the story's first sentence, where "lundi 2 février" went; the weekday
        # alone over the day's entries too.
        "lun. 2 févr.",
        "jeu. 5 déc.",
        "Mer. 4 nov.",
        "mer.",
        # Those written whole, and with the year and the time, went already.
        "lundi 2 février",
        "mar. 3 mars 2026 à 14h05",
        "Publié le lun. 2 févr. 2026 à 09h30, modifié le lun. 2 févr. 2026 à 11h15",
    ],
)
def test_a_french_stamp_abbreviated_is_no_line_of_the_text(stamp: str) -> None:
    for lines in (
        ["Lyon rénove ses écoles", stamp, FRENCH_SCHOOLS],
        ["Lyon rénove ses écoles", "Par Claire Martin", stamp, FRENCH_SCHOOLS],
    ):
        cleaned = clean_text("\n\n".join(lines))
        assert cleaned.text == FRENCH_SCHOOLS, cleaned.text
        assert cleaned.title == "Lyon rénove ses écoles"


@pytest.mark.parametrize(
    "text",
    [
        # "mar." in prose: Spanish's sea ending a sentence, French's Tuesday cut in a sentence, a stamp between
        # two paragraphs, which a stamp written whole stays as too.
        "El pesquero se hundió en alta mar. El capitán y tres marineros fueron rescatados por la Armada.",
        "Le vote aura lieu mar. 3 mars, selon la mairie. Les élus de l'opposition ont déjà annoncé leur refus.",
        f"{FRENCH_SCHOOLS}\n\nmar. 3 mars\n\n{FRENCH_SCHOOLS.replace('Lyon', 'Paris')}",
    ],
)
def test_mar_in_prose_stays(text: str) -> None:
    assert clean_text(f"Le fait du jour dans notre région\n\n{text}").text == text


@pytest.mark.parametrize("signature", ["Sam.", "Dim."])
def test_a_letter_signed_with_a_name_a_french_weekday_shortens_to_keeps_its_signature(signature: str) -> None:
    # "Sam." and "Dim." close a letter as a signature: read as a French weekday alone (a live page's "sam."),
    # the reader's name had left the letter.
    letter = (
        "The city council voted on Tuesday to rebuild the harbour wall after the winter storms. The mayor said"
        " work would start in the spring. Fishermen welcomed the decision but asked for more money."
    )
    cleaned = clean_text(f"Letters: the harbour wall\n\n{letter}\n\n{signature}")
    assert cleaned.text == f"{letter}\n\n{signature}", cleaned.text
