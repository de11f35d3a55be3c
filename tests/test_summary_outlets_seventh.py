"""A tenth round of news as a reader pastes it from the page, from outlets none of the rounds before it
(tests/test_summary_outlets_en.py, tests/test_summary_outlets_world.py, tests/test_summary_outlets_more.py,
tests/test_summary_outlets_third.py, tests/test_summary_outlets_fourth.py, tests/test_summary_outlets_fifth.py,
tests/test_summary_outlets_sixth.py, tests/test_summary_world_news*.py) had seen: a Barbadian paper (Barbados
TODAY), a Pacific islands paper (The Fiji Times), an Irish regional (the Irish Examiner, Cork), an Australian
regional on ACM's template (the Illawarra Mercury), an Ethiopian English site (Addis Standard), a Pakistani
English paper (The News International), a Qatari paper (Gulf Times), an Atlantic Canadian paper (The Chronicle
Herald, Halifax), a US public radio station (KQED), a science news site (Science News), a sports league's own
news page (NHL.com), a legal news site (JURIST), a university's news office (UC Davis), a weather service's
news story (the Met Office's), a wire story as a regional site republishes it (The Canadian Press's), and papers
in languages nutgraf stems or detects from outlets not used before: Angolan Portuguese (Jornal de Angola),
Chilean Spanish (La Tercera), Austrian German (Der Standard), Belgian Dutch (Het Laatste Nieuws) and Czech
(Seznam Zprávy). Each brings its page's furniture: bylines with a job, a handle, a desk or initials, stamps in
the site's own form ("Updated ... first published", "Published: ... | Last updated:", "Tiempo de lectura"),
captions and credits, "read also" pointers with the headline they point to, a "Quick Summary" box, a media
contact, a study's citation, an author's bio, a wire's credit and "first published" note, share, newsletter,
app, membership and donation calls, a league's trademark notice, tags, comment prompts. What a reader wants of
each (the headline for the title, the byline's names, a text and summaries without the furniture, none opening
on the dateline or leaning on a sentence left out, the language, the lede in the summary, keyphrases of the
story's words) was written down before nutgraf was run on any of them. The checks are
:class:`world_news.OutletRound`'s, the rounds' one copy."""

from __future__ import annotations

from typing import ClassVar

import pytest

from nutgraf.extract.text import clean_text
from world_news import PROSE, OutletRound, World, check_line_leaves

ARTICLES = {
    "bb_barbados_today": World(
        "en",
        """Gov't to install 5,000 solar street lights by 2028

by Marlon Madden

December 3, 2026

The Ministry of Energy will replace 5,000 street lights across the island with solar-powered units by 2028, Minister of Energy Kerrie Symmonds announced yesterday.

Symmonds said the $22 million project, funded by a loan from the Caribbean Development Bank, would cut the Barbados Light & Power bill paid by Government by about $4 million a year.

Workers install a solar street light along the ABC Highway. (Photo: Barbados TODAY)

The first 800 lights will go up along the ABC Highway and in St Philip early next year.

He said the project was part of the country's plan to generate all of its electricity from renewable sources by 2030.

The Barbados Renewable Energy Association welcomed the plan but urged Government to hire local installers.

(MM)

Please share your thoughts in the comments. Like our Facebook page and follow us on Instagram.""",
        title="Gov't to install 5,000 solar street lights by 2028",
        dateline=None,
        lede="The Ministry of Energy will replace 5,000 street lights",
        furniture=(
            "December 3, 2026",
            "Photo: Barbados TODAY",
            "(MM)",
            "share your thoughts",
            "Like our Facebook page",
            "follow us on Instagram",
        ),
        whole=(
            "Symmonds said the $22 million project, funded by a loan from the Caribbean Development Bank, would"
            " cut the Barbados Light & Power bill paid by Government by about $4 million a year.",
        ),
    ),
    "fj_fiji_times": World(
        "en",
        """Water cuts for parts of Suva, Nasinu this weekend

By Shayal Devi

Thursday, December 03, 2026

WATER supply to parts of Suva and Nasinu will be cut from 8am on Saturday to 6pm on Sunday as the Water Authority of Fiji (WAF) upgrades a main pipeline at Tamavua.

WAF chief executive Seru Soderberg said the work on the 750mm pipeline was needed to stop frequent bursts that had left thousands of residents without water this year.

Areas affected include Tamavua, Samabula, Nabua, Laucala Beach Estate and Nadera.

Water carting trucks will be sent to affected areas, and residents are advised to store enough water before Saturday.

WAF said hospitals and health centres would be supplied first.

Subscribe to The Fiji Times e-paper for the full story and more.

Sign up to receive our daily newsletter.""",
        title="Water cuts for parts of Suva, Nasinu this weekend",
        dateline=None,
        lede="WATER supply to parts of Suva and Nasinu will be cut",
        furniture=(
            "Thursday, December 03",
            "e-paper",
            "full story and more",
            "daily newsletter",
        ),
        whole=(),
    ),
    "ie_irish_examiner": World(
        "en",
        """Cork's Event Centre gets planning permission after eight-year wait

The 6,000-capacity venue on the former Beamish and Crawford site is due to open in 2029

Work on the Event Centre in Cork could start next summer. Picture: Larry Cummins

Eoin English

Thu, 03 Dec, 2026 - 14:35

Cork City Council has granted planning permission for the long-delayed event centre on the former Beamish and Crawford brewery site, clearing the way for work to begin next summer.

The 6,000-capacity venue has been promised since 2016, but its cost has risen from €50m to more than €100m.

The Government and the council will fund most of the project, with the developer BAM paying the rest.

Lord Mayor Dan Boyle said the decision was "a great day for the city".

Read More

Cork city centre footfall rises 8% as new bus routes open

Businesses on South Main Street said the centre would bring thousands of visitors to the area.

More in this section

Cork woman jailed for €80,000 fraud""",
        title="Cork's Event Centre gets planning permission after eight-year wait",
        dateline=None,
        lede="Cork City Council has granted planning permission",
        furniture=(
            "Larry Cummins",
            "14:35",
            "Read More",
            "footfall rises",
            "More in this section",
            "jailed for",
        ),
        whole=(),
    ),
    "au_illawarra_mercury": World(
        "en",
        """Wollongong's new hospital car park to open before Christmas

Kate McIlwain

Updated December 3 2026 - 4:33pm, first published 2:10pm

Just In

The new multi-storey car park at Wollongong Hospital. Picture by Adam McLean

Staff and patients at Wollongong Hospital will have 700 more parking spaces from December 18, when the new multi-storey car park opens.

Illawarra Shoalhaven Local Health District chief executive Margot Mains said the $52 million car park would end years of staff parking in nearby streets.

Parking will be free for the first 30 minutes and capped at $10 a day.

Nurses had complained for years about walking to their cars late at night.

The NSW Nurses and Midwives' Association said the car park was welcome but had come too late.

Get the latest Illawarra news delivered to your inbox

Sign up for our newsletter to stay up to date.

We care about the protection of your data. Read our Privacy Policy.""",
        title="Wollongong's new hospital car park to open before Christmas",
        dateline=None,
        lede="Staff and patients at Wollongong Hospital will have 700 more",
        furniture=(
            "first published",
            "Just In",
            "Adam McLean",
            "delivered to your inbox",
            "stay up to date",
            "Privacy Policy",
        ),
        whole=(),
    ),
    "et_addis_standard": World(
        "en",
        """Addis Abeba light rail to resume night service after three years

Addis Abeba – The Ethiopian Railways Corporation said it would resume evening service on the Addis Abeba Light Rail Transit from next Monday, three years after it stopped running trains after 8pm.

Trains will run until 10pm on both the east-west and north-south lines, the corporation said in a statement.

File photo: A light rail train in Addis Abeba. Photo: Addis Standard

The light rail, opened in 2015, carries about 100,000 passengers a day, well below its planned capacity, because of power cuts and a shortage of spare parts.

The corporation said 15 trains had been repaired with parts bought from China this year.

Commuters have long complained about the lack of transport at night, when minibus fares double.

Addis Standard

December 3, 2026""",
        title="Addis Abeba light rail to resume night service after three years",
        dateline="Addis Abeba –",
        lede="The Ethiopian Railways Corporation said it would resume evening service",
        furniture=(
            "File photo",
            "Photo: Addis Standard",
            "December 3, 2026",
        ),
        whole=(
            "The light rail, opened in 2015, carries about 100,000 passengers a day, well below its planned"
            " capacity, because of power cuts and a shortage of spare parts.",
        ),
    ),
    "pk_the_news": World(
        "en",
        """Sindh announces 10-day winter break for schools

Our Correspondent

December 03, 2026

KARACHI: The Sindh government on Wednesday announced winter holidays for all public and private schools in the province from December 21 to December 31.

A notification issued by the school education department said schools would reopen on January 1.

Education Minister Syed Sardar Ali Shah said the break had been cut from the usual two weeks to make up for days lost to heatwaves and floods this year.

Private school associations said they would follow the notification.

Colleges and universities will announce their own schedules, the department said.

Copyright © The News. All Rights Reserved""",
        title="Sindh announces 10-day winter break for schools",
        dateline="KARACHI:",
        lede="The Sindh government on Wednesday announced winter holidays",
        furniture=(
            "Our Correspondent",
            "December 03, 2026",
            "All Rights Reserved",
        ),
        whole=(),
    ),
    "qa_gulf_times": World(
        "en",
        """Doha Metro to extend hours during National Day holiday

Gulf Times

Doha

Published: 03 Dec 2026 - 10:45 pm | Last updated: 03 Dec 2026 - 10:47 pm

Doha Metro passengers at the Msheireb station. File photo

Doha Metro and Lusail Tram will run until 2am from December 17 to December 20 to serve crowds at National Day events, Qatar Rail said yesterday.

Services will start at 6am on those days, and extra trains will run on the Red Line between Msheireb and Lusail QNB stations.

Qatar Rail urged visitors to use the metro instead of driving to Corniche and Lusail Boulevard, where roads will be closed for the celebrations.

Metrolink buses will also run until 2am from 12 stations.

Qatar Rail said the extended hours had served more than 1.2 million passengers during last year's holiday.

Related Story

Qatar National Day parade route announced""",
        title="Doha Metro to extend hours during National Day holiday",
        dateline=None,
        lede="Doha Metro and Lusail Tram will run until 2am",
        furniture=(
            "Gulf Times",
            "Last updated",
            "10:45 pm",
            "File photo",
            "Related Story",
            "parade route announced",
        ),
        whole=(),
    ),
    "ca_chronicle_herald": World(
        "en",
        """Halifax council votes to ban overnight parking on downtown streets in winter

The ban will run from Dec. 15 to March 31, between 1 a.m. and 6 a.m.

Zane Woodford

Municipal Reporter

Published Dec 03, 2026 • Last updated Dec 03, 2026 • 3 minute read

Join the conversation

Snow-clearing crews work on Barrington Street in Halifax. - Ryan Taplin / File

Halifax regional council voted 12-4 on Tuesday to ban overnight parking on downtown streets during the winter to make way for snow-clearing crews.

Coun. Waye Mason said cars left on the street had slowed snow removal for years.

Vehicles parked between 1 a.m. and 6 a.m. from Dec. 15 to March 31 will be ticketed and may be towed, even on nights without snow.

Some residents of the peninsula who have no driveway said the ban would leave them nowhere to park.

Staff will report back next fall on how the ban worked.

Share this article in your social network""",
        title="Halifax council votes to ban overnight parking on downtown streets in winter",
        dateline=None,
        lede="Halifax regional council voted 12-4 on Tuesday",
        furniture=(
            "Municipal Reporter",
            "Last updated",
            "3 minute read",
            "Join the conversation",
            "Ryan Taplin",
            "Share this article",
        ),
        whole=(
            "Coun. Waye Mason said cars left on the street had slowed snow removal for years.",
            "Vehicles parked between 1 a.m. and 6 a.m. from Dec. 15 to March 31 will be ticketed and may be"
            " towed, even on nights without snow.",
        ),
    ),
    "us_kqed_public_radio": World(
        "en",
        """BART Board Approves Fare Increase of 6% Starting in January

Dan Brekke

Dec 3, 2026

Updated 5:42 PM

A BART train arrives at the 16th Street Mission station in San Francisco. (Beth LaBerge/KQED)

The BART Board of Directors voted 7-2 on Thursday to raise fares by about 6% starting Jan. 1, the second increase in two years as the transit agency tries to close a budget gap.

The average fare will rise from $4.45 to $4.72, according to BART staff.

Board member Janice Li, who voted against the increase, said riders were being asked to pay more for a system that still had not recovered from the pandemic.

BART faces a deficit of about $385 million a year from 2027 unless voters approve a regional transit tax next November.

"We have no good options," BART General Manager Bob Powers said.

Sponsored

KQED relies on support from listeners and readers like you. Become a KQED member today.

Copyright © 2026 KQED Inc. All Rights Reserved.""",
        title="BART Board Approves Fare Increase of 6% Starting in January",
        dateline=None,
        lede="The BART Board of Directors voted 7-2 on Thursday",
        furniture=(
            "Updated 5:42",
            "Beth LaBerge",
            "Sponsored",
            "listeners and readers like you",
            "Become a KQED member",
            "All Rights Reserved",
        ),
        whole=("The average fare will rise from $4.45 to $4.72, according to BART staff.",),
    ),
    "science_science_news": World(
        "en",
        """Honeybees can learn to count to four, a new study suggests

The insects picked out a card with four shapes even when shape and size changed

Honeybees visiting flowers in a garden. Bees in the study learned to link a number of shapes with a sugary reward. Ingrid Taylar/Flickr (CC BY 2.0)

By Susan Milius

December 3, 2026 at 11:00 am

Honeybees can learn to tell four objects from three or five, even when the shapes and their sizes change, researchers report December 2 in Proceedings of the Royal Society B.

In the experiments, bees flew into a box and chose between cards showing different numbers of shapes. Only the card with four shapes held a drop of sugar water.

After about 50 visits, the bees chose the right card about 80 percent of the time, says behavioral ecologist Scarlett Howard of Monash University in Melbourne, Australia.

The finding adds to evidence that small brains can handle numbers, Howard says. Honeybee brains hold fewer than a million nerve cells.

Other researchers caution that the bees may have learned to judge how much of the card was covered, not the number of shapes.

Questions or comments on this article? E-mail us at feedback@sciencenews.org | Reprints FAQ

Citations

S. Howard et al. Honeybees count to four. Proceedings of the Royal Society B. Published online December 2, 2026. doi: 10.1098/rspb.2026.1234.

About Susan Milius

Susan Milius is the life sciences writer, covering organismal biology and evolution.""",
        title="Honeybees can learn to count to four, a new study suggests",
        dateline=None,
        lede="Honeybees can learn to tell four objects from three or five",
        furniture=(
            "sugary reward",
            "Ingrid Taylar",
            "11:00 am",
            "feedback@sciencenews.org",
            "Reprints FAQ",
            "Citations",
            "doi:",
            "About Susan Milius",
            "life sciences writer",
        ),
        whole=(
            "After about 50 visits, the bees chose the right card about 80 percent of the time, says behavioral"
            " ecologist Scarlett Howard of Monash University in Melbourne, Australia.",
        ),
    ),
    "sports_nhl": World(
        "en",
        """Kraken sign Beniers to 7-year, $50 million contract extension

Center was eligible to become restricted free agent after season

© Christopher Mast/NHLI via Getty Images

by Kristina Rutherford @krutherford23 / NHL.com Independent Correspondent

December 3rd, 2026

Matty Beniers signed a seven-year, $50 million contract extension with the Seattle Kraken on Thursday.

The contract has an average annual value of $7.14 million and runs through the 2033-34 season.

Beniers, 23, has 11 points (four goals, seven assists) in 24 games this season. He won the Calder Trophy as the NHL rookie of the year in 2022-23.

"He's the foundation of what we're building," Kraken general manager Jason Botterill said.

The No. 2 pick in the 2021 NHL Draft, Beniers could have become a restricted free agent after this season.

NHL.com is the official website of the National Hockey League. NHL, the NHL Shield, the word mark and image of the Stanley Cup are registered trademarks. © NHL 2026. All Rights Reserved.""",
        title="Kraken sign Beniers to 7-year, $50 million contract extension",
        dateline=None,
        lede="Matty Beniers signed a seven-year, $50 million contract extension",
        furniture=(
            "Christopher Mast",
            "@krutherford23",
            "Independent Correspondent",
            "December 3rd",
            "official website",
            "registered trademarks",
        ),
        whole=(
            "The No. 2 pick in the 2021 NHL Draft, Beniers could have become a restricted free agent after this"
            " season.",
        ),
    ),
    "legal_jurist": World(
        "en",
        """Federal appeals court blocks Texas law requiring age checks on app stores

Rebecca Carter | U.S. Staff Writer

December 3, 2026 09:12:54 am

A federal appeals court on Wednesday blocked a Texas law that would have required Apple and Google to verify the ages of app store users and obtain parental consent for minors.

A three-judge panel of the US Court of Appeals for the Fifth Circuit ruled that the law likely violated the First Amendment by restricting adults' and minors' access to lawful speech.

The law, known as the App Store Accountability Act, was due to take effect on January 1.

Texas Attorney General Ken Paxton said he would ask the full Fifth Circuit to rehear the case.

Utah and Louisiana have passed similar laws, which are also being challenged in court.

JURIST is a nonprofit legal news service staffed by law students and volunteers. Please consider a donation to support our work.""",
        title="Federal appeals court blocks Texas law requiring age checks on app stores",
        dateline=None,
        lede="A federal appeals court on Wednesday blocked a Texas law",
        furniture=(
            "Staff Writer",
            "09:12:54",
            "legal news service",
            "consider a donation",
        ),
        whole=(),
    ),
    "edu_uc_davis_news": World(
        "en",
        """UC Davis Opens $95 Million Veterinary Teaching Hospital Wing

By Amy Quinton

December 03, 2026

Students examine a horse in the new equine wing of the William R. Pritchard Veterinary Medical Teaching Hospital. (Gregory Urquiaga/UC Davis)

Quick Summary

New wing doubles space for horses and livestock

Hospital treats more than 50,000 animals a year

The University of California, Davis, opened a $95 million wing of its veterinary teaching hospital on Wednesday, doubling the space for treating horses, cows and other large animals.

The wing has 60 stalls, a surgical suite for horses and an isolation unit for animals with infectious diseases.

"Our students will now train in one of the best-equipped large animal hospitals in the world," said Mark Stetter, dean of the School of Veterinary Medicine.

The hospital treats more than 50,000 animals a year, about a fifth of them large animals.

The project was paid for by donors and state funds.

Media Resources

Amy Quinton, News and Media Relations, 530-752-9843, aquinton@ucdavis.edu

Primary Category

Science & Technology""",
        title="UC Davis Opens $95 Million Veterinary Teaching Hospital Wing",
        dateline=None,
        lede="The University of California, Davis, opened a $95 million wing",
        furniture=(
            "December 03, 2026",
            "Gregory Urquiaga",
            "Pritchard",
            "Quick Summary",
            "doubles space",
            "Media Resources",
            "530-752-9843",
            "Primary Category",
        ),
        whole=(
            '"Our students will now train in one of the best-equipped large animal hospitals in the world," said'
            " Mark Stetter, dean of the School of Veterinary Medicine.",
        ),
    ),
    "weather_met_office": World(
        "en",
        """Storm Bram named as strong winds and heavy rain forecast

Author: Met Office Press Office

03 December 2026

Storm Bram has been named by the Met Office, with strong winds and heavy rain expected to affect much of the UK on Friday and Saturday.

An amber wind warning is in force for western Scotland from 6am to 9pm on Friday, where gusts of 70 to 80mph are possible on exposed coasts.

Yellow wind and rain warnings cover Northern Ireland, Wales and much of northern England.

Met Office Deputy Chief Meteorologist Dan Harris said: "Bram will bring a spell of very strong winds, with the potential for damage to buildings and disruption to travel."

Between 50 and 80mm of rain could fall over high ground in south Wales, with a risk of flooding.

You can find the latest forecast on our website, on our YouTube channel, by following us on X and Facebook, as well as on our mobile app for iPhone and Android.

Tags: Storm Bram, Weather warnings, Wind""",
        title="Storm Bram named as strong winds and heavy rain forecast",
        dateline=None,
        lede="Storm Bram has been named by the Met Office",
        furniture=(
            "Press Office",
            "03 December 2026",
            "YouTube channel",
            "mobile app",
            "Tags:",
        ),
        whole=(),
    ),
    "wire_cp_regional": World(
        "en",
        """Canada Post strike talks to resume Monday, federal mediator says

The Canadian Press

Dec 3, 2026 2:15 PM

OTTAWA — Canada Post and the union representing its 55,000 workers will return to the bargaining table on Monday, the federal mediator said Thursday.

The Canadian Union of Postal Workers has been on strike for two weeks, halting mail and parcel delivery across the country during the busy holiday season.

Labour Minister Patty Hajdu said she expected both sides to "bargain seriously" and did not rule out ordering them back to work.

Canada Post says the strike has cost it about $10 million a day.

Small businesses have urged Ottawa to end the dispute before Christmas.

This report by The Canadian Press was first published Dec. 3, 2026.

— With files from Mia Rabson in Ottawa

Like us on Facebook and follow us on X.

About the Author: The Canadian Press""",
        title="Canada Post strike talks to resume Monday, federal mediator says",
        dateline="OTTAWA —",
        lede="Canada Post and the union representing its 55,000 workers",
        furniture=(
            "2:15 PM",
            "first published",
            "With files from",
            "Like us on Facebook",
            "About the Author",
        ),
        whole=(),
    ),
    "pt_ao_jornal_de_angola": World(
        "pt",
        """Luanda recebe 200 novos autocarros para o transporte urbano

Edna Dala

03 de Dezembro, 2026 | 08h15

Luanda vai receber, até ao final do mês, 200 novos autocarros para reforçar o transporte público urbano, anunciou ontem o ministro dos Transportes, Ricardo de Abreu.

Os autocarros, adquiridos à China por 45 milhões de dólares, vão operar nas rotas entre o centro da cidade e os municípios de Viana, Cacuaco e Talatona.

Fotografia: Edições Novembro

Segundo o ministro, o preço do bilhete vai manter-se em 150 kwanzas.

A empresa pública TCUL vai gerir 120 dos novos autocarros, e os restantes serão entregues a operadores privados.

Os passageiros queixam-se há anos das longas filas nas paragens e da falta de autocarros nas horas de ponta.

Leia também: Governo aprova plano de mobilidade para Luanda até 2030

Siga o Jornal de Angola nas redes sociais""",
        title="Luanda recebe 200 novos autocarros para o transporte urbano",
        dateline=None,
        lede="Luanda vai receber, até ao final do mês, 200 novos autocarros",
        furniture=(
            "08h15",
            "Fotografia:",
            "Edições Novembro",
            "Leia também",
            "plano de mobilidade",
            "redes sociais",
        ),
        whole=(),
    ),
    "es_cl_la_tercera": World(
        "es",
        """Metro de Santiago anuncia apertura de la Línea 7 para el segundo semestre de 2027

La nueva línea unirá Renca con Vitacura en 37 minutos y tendrá 19 estaciones.

Por Francisca Orellana

3 dic 2026 11:42 AM Tiempo de lectura: 2 minutos

Imagen referencial. Foto: Agencia Uno.

El Metro de Santiago informó este jueves que la Línea 7 comenzará a operar en el segundo semestre de 2027, tras completar el 85% de las obras.

La línea, de 26 kilómetros, conectará las comunas de Renca y Vitacura y transportará a unos 300 mil pasajeros al día, según la empresa.

El presidente de Metro, Guillermo Muñoz, dijo que las pruebas con trenes comenzarán en marzo.

Los vecinos de Cerro Navia y Renca llevan años esperando una conexión directa con el oriente de la capital.

Lee también:

Gobierno anuncia nuevo subsidio al transporte público en regiones

La obra tiene un costo de US$ 2.500 millones.

Comenta

Compartir""",
        title="Metro de Santiago anuncia apertura de la Línea 7 para el segundo semestre de 2027",
        dateline=None,
        lede="El Metro de Santiago informó este jueves",
        furniture=(
            "Tiempo de lectura",
            "Imagen referencial",
            "Agencia Uno",
            "Lee también",
            "nuevo subsidio",
            "Comenta",
            "Compartir",
        ),
        whole=("La obra tiene un costo de US$ 2.500 millones.",),
    ),
    "de_at_der_standard": World(
        "de",
        """Wiener Linien erhöhen Preis der Jahreskarte auf 467 Euro

Die Stadt begründet die Erhöhung mit gestiegenen Energie- und Personalkosten. Die Opposition spricht von einem Wortbruch

Stefanie Rachbauer

3. Dezember 2026, 14:05

Die U-Bahn soll ab 2027 häufiger fahren.

Foto: APA/HELMUT FOHRINGER

Wien – Die Jahreskarte der Wiener Linien wird teurer. Ab 1. Jänner kostet sie 467 statt 365 Euro, teilte Finanzstadträtin Barbara Novak (SPÖ) am Mittwoch mit.

Die Stadt begründet den Schritt mit gestiegenen Energie- und Personalkosten. Zugleich sollen die U-Bahnen ab Herbst 2027 in der Früh alle zwei Minuten fahren.

Die Wiener Grünen kritisierten die Erhöhung als Wortbruch. Die Jahreskarte um einen Euro pro Tag sei ein Erfolgsmodell gewesen, sagte Parteichefin Judith Pühringer.

Rund 1,1 Millionen Menschen besitzen derzeit eine Jahreskarte.

(stro, 3.12.2026)

Weiterlesen:

Klimaticket wird ab Jänner teurer

Hinweis: Wir freuen uns über Ihre Meinung im Forum.""",
        title="Wiener Linien erhöhen Preis der Jahreskarte auf 467 Euro",
        dateline="Wien –",
        lede="Die Jahreskarte der Wiener Linien wird teurer.",
        furniture=(
            "14:05",
            "häufiger fahren",
            "HELMUT FOHRINGER",
            "(stro",
            "Weiterlesen",
            "Klimaticket wird",
            "Meinung im Forum",
        ),
        whole=(
            "Ab 1. Jänner kostet sie 467 statt 365 Euro, teilte Finanzstadträtin Barbara Novak (SPÖ) am Mittwoch mit.",
        ),
    ),
    "nl_be_hln": World(
        "nl",
        """Brussels Airport verwacht drukste kerstvakantie ooit: 'Kom tijdig naar de luchthaven'

Vooral de Canarische Eilanden, Egypte en de Alpen zijn populair.

KVDS

3 december 2026, 10:32

Passagiers in de vertrekhal van Brussels Airport. © BELGA

Brussels Airport verwacht tijdens de kerstvakantie meer dan 1,2 miljoen passagiers. Dat is 6 procent meer dan vorig jaar en het hoogste aantal ooit, meldt de luchthaven donderdag.

De drukste dag wordt zaterdag 20 december, met ruim 85.000 vertrekkende en aankomende reizigers.

De luchthaven raadt reizigers aan om minstens twee uur voor vertrek aanwezig te zijn en de bagage thuis al te wegen.

LEES OOK. Ryanair schrapt 20 routes vanuit Charleroi

Gratis onbeperkt de verhalen van HLN lezen? Dat kan! Log in of maak een account aan en ontdek het zelf.""",
        title="Brussels Airport verwacht drukste kerstvakantie ooit: 'Kom tijdig naar de luchthaven'",
        dateline=None,
        lede="Brussels Airport verwacht tijdens de kerstvakantie",
        furniture=(
            "KVDS",
            "10:32",
            "vertrekhal",
            "© BELGA",
            "LEES OOK",
            "schrapt 20 routes",
            "Gratis onbeperkt",
            "maak een account",
        ),
        whole=(),
    ),
    "cs_seznam_zpravy": World(
        "cs",
        """Praha zdraží jízdné MHD, roční kupón bude stát 4 750 korun

Jízdné v pražské hromadné dopravě se od března zvýší v průměru o 20 procent. Cena ročního kupónu vzroste poprvé od roku 2016.

Jan Novotný

3. 12. 2026 13:20

Tramvaj v centru Prahy (ilustrační foto). | Foto: Michaela Říhová, ČTK

Pražští radní ve čtvrtek schválili zdražení jízdného v městské hromadné dopravě. Roční kupón bude od 1. března stát 4 750 korun místo dosavadních 3 650 korun.

Základní třicetiminutová jízdenka podraží ze 30 na 35 korun, uvedl primátor Bohuslav Svoboda (ODS).

Město podle něj musí reagovat na růst cen energií a mezd řidičů.

Opozice návrh kritizuje. Zdražení podle ní dopadne hlavně na seniory a studenty.

Slevy pro děti do 15 let a seniory nad 65 let zůstanou zachovány.

Sdílejte článek

Diskuze k článku""",
        title="Praha zdraží jízdné MHD, roční kupón bude stát 4 750 korun",
        dateline=None,
        lede="Pražští radní ve čtvrtek schválili zdražení jízdného",
        furniture=(
            "13:20",
            "ilustrační foto",
            "Michaela Říhová",
            "Sdílejte",
            "Diskuze",
        ),
        whole=("Roční kupón bude od 1. března stát 4 750 korun místo dosavadních 3 650 korun.",),
    ),
}

BYLINES = {
    "bb_barbados_today": "Marlon Madden",
    "fj_fiji_times": "Shayal Devi",
    "ie_irish_examiner": "Eoin English",
    "au_illawarra_mercury": "Kate McIlwain",
    "ca_chronicle_herald": "Zane Woodford",
    "us_kqed_public_radio": "Dan Brekke",
    "science_science_news": "Susan Milius",
    "sports_nhl": "Kristina Rutherford",
    "legal_jurist": "Rebecca Carter",
    "edu_uc_davis_news": "Amy Quinton",
    "pt_ao_jornal_de_angola": "Edna Dala",
    "es_cl_la_tercera": "Francisca Orellana",
    "de_at_der_standard": "Stefanie Rachbauer",
    "cs_seznam_zpravy": "Jan Novotný",
}


class TestSeventhRound(OutletRound):
    ARTICLES: ClassVar[dict[str, World]] = ARTICLES
    BYLINES: ClassVar[dict[str, str]] = BYLINES
    # Known misses, by check, each with why (strict xfails: a fix shows up as an XPASS).
    LEFT: ClassVar[dict[str, dict[str, str]]] = {
        "the_cleaned_text_holds_no_furniture_and_the_headline_is_the_title": {
            "wire_cp_regional": "The Canadian Press's '— With files from Mia Rabson in Ottawa' stays: a credit"
            " for the reporting stays in the text as 'contributed to this report' does",
        },
    }


@pytest.mark.parametrize(
    ("article", "byline", "stamp"),
    [
        # Stamps in this round's forms, each under the writer's names: a comma between the month and the year
        # (the Irish Examiner's, Jornal de Angola's), a day's ordinal (NHL.com's), a date in numbers spaced
        # after its stops (Seznam Zprávy's). None had been read as a stamp, and no byline read over it.
        ("Eoin English\n\nThu, 03 Dec, 2026 - 14:35\n\n", "Eoin English", "14:35"),
        ("Edna Dala\n\n03 de Dezembro, 2026 | 08h15\n\n", "Edna Dala", "08h15"),
        ("Jan Novotný\n\n3. 12. 2026 13:20\n\n", "Jan Novotný", "13:20"),
        ("Kristina Rutherford\n\nDecember 3rd, 2026\n\n", "Kristina Rutherford", "3rd"),
        # The writer's handle after the names, and a spaced slash before the site and the job (NHL.com's): no
        # byline had been read, or one holding the credit's "By".
        (
            "by Kristina Rutherford @krutherford23 / NHL.com Independent Correspondent\n\nDecember 3rd, 2026\n\n",
            "Kristina Rutherford",
            "@krutherford23",
        ),
        (
            "By Jane Doe / NHL.com Independent Correspondent\n\nDecember 3, 2026\n\n",
            "Jane Doe",
            "Correspondent",
        ),
        # The writer's beat under the names, over the stamp (The Chronicle Herald's): the beat had been the
        # byline.
        (
            "Zane Woodford\n\nMunicipal Reporter\n\nPublished Dec 03, 2026 • Last updated Dec 03, 2026 • 3 minute"
            " read\n\n",
            "Zane Woodford",
            "Municipal Reporter",
        ),
    ],
)
def test_this_round_s_bylines_are_read_over_their_stamps(article: str, byline: str, stamp: str) -> None:
    cleaned = clean_text(f"Council approves new budget for the city\n\n{article}{PROSE.format(line='')}")
    assert cleaned.byline == byline
    assert byline not in cleaned.text
    assert stamp not in cleaned.text


@pytest.mark.parametrize(
    "line",
    [
        # A line of prose opening on "By" and capitalised words goes on after its slash or its "@": no job
        # closes the slash's field, no handle follows the "@". Each had been read as the byline and left.
        "By Land Rover / Jeep to the Arctic circle",
        "By Royal Mail / DHL, parcels arrive late",
        "By Land Rover @ the border crossing",
    ],
)
def test_prose_opening_on_by_before_a_slash_or_an_at_is_no_byline(line: str) -> None:
    cleaned = clean_text(f"Council approves new budget for the city\n\n{PROSE.format(line=line)}")
    assert cleaned.byline is None
    assert line in cleaned.text


@pytest.mark.parametrize(
    "line",
    [
        # A sentence of news naming such dates stays: a stamp is a line of its own.
        "The hearing was set for 03 Dec, 2026 in the High Court, the registrar said.",
        "Voting closes on December 3rd, 2026, the commission said.",
        "Zane Woodford, a municipal reporter, won the award.",
        # A figure, a plural opening on a month's letters, a comma and a figure are a list's, no date.
        "Cuts hit 40 janitors, 1500 nurses",
    ],
)
def test_news_naming_this_round_s_stamps_stays(line: str) -> None:
    assert line in clean_text(PROSE.format(line=line)).text


def test_a_headline_listing_figures_after_a_comma_is_the_title() -> None:
    # "15 markets, 1200" had been read as a date with a comma before its year: no title was read.
    headline = "Fire destroys 15 markets, 1200 stalls in Lagos"
    assert clean_text(f"{headline}\n\n{PROSE.format(line='')}").title == headline


@pytest.mark.parametrize(
    "line",
    [
        # Each had stayed between two paragraphs: a wire's note under its copy as a regional paper runs it, a
        # newsletter box's note on its form, a comment prompt before a call to like the site's page, that call
        # alone, a Dutch "read also" label in capitals closed by a stop, Portuguese's photo credit, a caption
        # closing on its photo's Creative Commons licence, a public broadcaster's appeal calling twice.
        "This report by The Canadian Press was first published Dec. 3, 2026.",
        "We care about the protection of your data. Read our Privacy Policy.",
        "Please share your thoughts in the comments. Like our Facebook page and follow us on Instagram.",
        "Like our Facebook page and follow us on Instagram.",
        "LEES OOK. Ryanair schrapt 20 routes vanuit Charleroi",
        "Fotografia: Edições Novembro",
        "Honeybees visiting flowers in a garden. Bees in the study learned to link a number of shapes with a"
        " sugary reward. Ingrid Taylar/Flickr (CC BY 2.0)",
        "KQED relies on support from listeners and readers like you. Become a KQED member today.",
        # A caption's credit closing on a stop of its own, its names capitalised.
        "Imagen referencial. Foto: Agencia Uno.",
    ],
)
def test_this_round_s_notices_leave_the_text_and_the_summaries(line: str) -> None:
    check_line_leaves(line)


@pytest.mark.parametrize(
    "line",
    [
        # News worded as those: each goes on past the notice's words, says whose words they are, or writes
        # the label in its own case.
        "This report by the auditor was first published Dec. 3, 2026, and it found waste in every department.",
        "We care about your data, the minister said.",
        "Like our ancestors, we post on Facebook.",
        "Like our Facebook page, the group said.",
        "Please share your thoughts in the comments, the mayor wrote on Facebook.",
        "Read more. The mayor said so.",
        # In capitals too, where a sentence follows the label's words, or they are no label before a stop.
        "READ MORE. That is what the campaign asks of voters.",
        "LI TOU. Li te vote pou lwa a, Prezidan an",
        "The charity relies on support from people like you, its director said.",
        "Become a founding member of the club, the flyer said.",
        # A story quoting a charity's two calls says after the last whose they are.
        "The food bank is funded by donations from people like you. Become a member, Lee urged.",
        "The licence is known as Attribution (CC BY).",
        # A sentence after a photo's word goes on in lower case.
        "Der Kanzler sprach. Foto: Merkel lacht.",
    ],
)
def test_news_worded_as_this_round_s_notices_stays(line: str) -> None:
    assert line in clean_text(PROSE.format(line=line)).text


def test_an_author_s_box_headed_about_the_writer_leaves_the_text() -> None:
    # Science News's box under the story: "About" and the byline's names over the bio. The bio went, its
    # heading had stayed as the article's last line.
    text = (
        f"Council approves new budget for the city\n\nBy Susan Milius\n\n{PROSE.format(line='')}\n\nAbout Susan"
        " Milius\n\nSusan Milius is the life sciences writer, covering organismal biology and evolution."
    )
    cleaned = clean_text(text)
    assert cleaned.byline == "Susan Milius"
    assert "Milius" not in cleaned.text
    # A story's line on the writer's subject is no box's heading.
    text = text.replace("\n\nAbout Susan Milius\n\n", "\n\nAbout Susan Milius, the court heard little.\n\n")
    assert "About Susan Milius, the court heard little." in clean_text(text).text
