"""A round of news as a reader pastes it, on a theme the rounds before it (tests/test_summary_outlets_en.py,
tests/test_summary_outlets_world.py, tests/test_summary_outlets_more.py, tests/test_summary_outlets_third.py to
tests/test_summary_outlets_sixteenth.py, tests/test_summary_world_news*.py) had not taken: the story as text-only
editions and reading tools give it. A text-only edition (CNN Lite's "Go to the full CNN experience", "Source:
CNN" and "See Full Web Article"; NPR's text-only site, "Text-Only Version Go To Full Site"); a newsletter's
plain-text archive (Mailchimp's "View this email in your browser (...)", its "** " headings over a rule of
hyphens, its footer); a browser's reader mode (Firefox Reader View's site line and its "4-5 minutes", in
English, German and French); a feed reader's entry view (Feedly's source line "Jon Brodkin / 3h" and "Visit
Website", NetNewsWire's feed name and stamp); Apple News's "Apple News+" label and its "Shared from Apple News";
a page printed to PDF and copied back (Chrome's running head, the stamp, the page's title and URL with "1/3",
in English and Japanese; Firefox's, the footer's "1 of 2" or "1 de 2" and the stamp); and a screen reader
user's copy of the page with its skip links ("Skip to content", "Accessibility Help", "Aller au contenu
principal", "Back to top"). What a reader wants of each (the headline for the title, the byline's names, a
text and summaries without the furniture, none opening on the dateline or leaning on a sentence left out, the
language, the lede in the summary, keyphrases of the story's words) was written down before nutgraf was run on
any of them. The checks are :class:`world_news.OutletRound`'s, the rounds' one copy."""

from __future__ import annotations

from typing import ClassVar

import pytest

import nutgraf
from nutgraf.extract.text import clean_text
from world_news import NEWS, OutletRound, World, check_line_leaves, check_line_stays

# The two paragraphs of news the rounds' tests set around a line, one at a time.
PARAGRAPHS = NEWS.split("\n\n")

ARTICLES = {
    "en_cnn_lite": World(
        "en",
        """CNN

12/3/2026

Go to the full CNN experience

Ohio River lock closure strands 300 barges as repairs drag on

By Gloria Pazmino, CNN

Updated: 6:42 PM EST, Thu December 3, 2026

Source: CNN

A damaged lock on the Ohio River has left about 300 barges stuck upstream and downstream of the Kentucky-Illinois border, where repairs have now stretched into a third week, the US Army Corps of Engineers said Thursday.

The Olmsted Locks and Dam near Olmsted, Illinois, closed on November 14 after inspectors found a crack in one of its wicket gates. The Corps had first said the work would take about five days.

The barges carry grain, coal and fertilizer between the Midwest and ports on the Gulf of Mexico. About 90 million tons of cargo pass through the lock each year, according to the Corps.

"Every day the river is shut costs farmers money they will not get back," said Mike Steenhoek, executive director of the Soy Transportation Coalition. He said some shippers had started moving grain by rail at roughly twice the cost.

Col. Andrew Kelly, commander of the Corps' Louisville District, said divers were working around the clock and that he expected one chamber to reopen by December 10. He said the full repair would not be finished before spring.

The closure comes as low water levels on the Mississippi River have already slowed barge traffic for the second autumn in a row.

Shipping companies said they were holding some boats at the mouth of the Tennessee River to avoid adding to the queue, which stretched for 40 miles at its longest point on Wednesday.

See Full Web Article

Go to the full CNN experience

© 2026 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.

Terms of Use | Privacy Policy | Ad Choices | Cookie Settings""",
        title="Ohio River lock closure strands 300 barges as repairs drag on",
        dateline=None,
        lede="A damaged lock on the Ohio River has left about 300 barges",
        furniture=(
            "Go to the full CNN experience",
            "See Full Web Article",
            "Source: CNN",
            "6:42 PM",
            "Cable News Network",
            "Ad Choices",
        ),
        whole=(
            "Col. Andrew Kelly, commander of the Corps' Louisville District, said divers were working around the"
            " clock and that he expected one chamber to reopen by December 10.",
        ),
    ),
    "en_npr_text_only": World(
        "en",
        """NPR : National Public Radio

Text-Only Version Go To Full Site

< News

Libraries in three states drop late fees, and the books come back

By Elizabeth Blair

Thursday, December 3, 2026 • 5:00 AM EST

When the public library in Salina, Kan., stopped charging late fees last year, its director expected to lose money. Instead, more than 4,000 overdue books came back in the first six months.

Now libraries in Kansas, Nebraska and Iowa are following suit. Over the past year, 41 library systems in the three states have dropped fines for late returns, according to the Urban Libraries Council, which tracks the policy.

"The fines were keeping the very people we most want to serve away from the building," said Salina library director Melissa Hatcher. She said late fees had brought in about $18,000 a year, less than the staff time spent collecting them.

The council says more than 500 library systems across the U.S. have now gone fine-free. Most still charge for books that are lost or damaged.

Some librarians worry that without fines, popular titles will sit on shelves at home for months. In Omaha, the library sends a bill for the full price of a book after it is 45 days overdue and cancels it when the book is returned.

In Des Moines, the number of cards in use rose 12% in the year after fines ended, the library said. Children's cards, which many families had let lapse over unpaid fines, rose by almost a third.

Hatcher said the change had also made her staff's work easier. "Nobody went into library work to be a debt collector," she said.

Contact Us

Terms of Use

Permissions

Privacy Policy

© 2026 npr""",
        title="Libraries in three states drop late fees, and the books come back",
        dateline=None,
        lede="When the public library in Salina, Kan., stopped charging late fees",
        furniture=(
            "National Public Radio",
            "Text-Only Version",
            "Go To Full Site",
            "< News",
            "5:00 AM EST",
            "Contact Us",
            "Permissions",
            "© 2026 npr",
        ),
        whole=(
            "When the public library in Salina, Kan., stopped charging late fees last year, its director expected"
            " to lose money.",
        ),
    ),
    "en_newsletter_plain_text": World(
        "en",
        """View this email in your browser (https://mailchi.mp/valleyledger/dec-3-2026)

** The Valley Ledger
------------------------------------------------------------

Thursday, December 3, 2026

** Water district approves first rate rise in six years
------------------------------------------------------------

By Tom Hadley

The Rio Verde Water District board voted 4-1 on Wednesday night to raise water rates by 9% from February, the first increase since 2020.

The average household will pay about $6.40 more a month, according to district staff. The money will go toward replacing 14 miles of pipe, some of it laid in the 1950s, and a new storage tank on the district's east side.

General manager Rosa Delgado told the board that the district had lost about a fifth of its treated water to leaks last year. "We are paying to pump water into the ground," she said.

Board member Alan Fisk, who cast the only vote against, said the district should have phased in the increase over three years. About 40 residents attended the meeting, and most of the 12 who spoke opposed the rise.

The district will offer a discount of 25% to households that qualify for the state's energy assistance program.

Delgado said the district would also apply for a federal loan that could cut the cost of the pipe work by up to a third. If the loan is approved, the board could lower the increase for 2028, she said.

Read the full agenda (https://www.rioverdewater.org/board/2026-12-02)

============================================================

Copyright © 2026 The Valley Ledger, All rights reserved.
You are receiving this email because you subscribed at valleyledger.org.

Our mailing address is:
The Valley Ledger
PO Box 118
Rio Verde, AZ 85263

Want to change how you receive these emails?
You can ** update your preferences (https://valleyledger.us21.list-manage.com/profile?u=1)
or ** unsubscribe from this list (https://valleyledger.us21.list-manage.com/unsubscribe?u=1)""",
        title="Water district approves first rate rise in six years",
        dateline=None,
        lede="The Rio Verde Water District board voted 4-1",
        furniture=(
            "View this email",
            "mailchi.mp",
            "------",
            "======",
            "** ",
            "All rights reserved",
            "receiving this email",
            "mailing address",
            "PO Box 118",
            "unsubscribe",
            "update your preferences",
            "Read the full agenda",
        ),
        whole=(
            "The district will offer a discount of 25% to households that qualify for the state's energy assistance program.",
        ),
    ),
    "en_firefox_reader_guardian": World(
        "en",
        """theguardian.com

Hedgehog numbers in British countryside have halved since 2000, survey finds

Patrick Barkham

4-5 minutes

The number of hedgehogs living in Britain's countryside has fallen by about half since 2000, according to a survey that found the animals are faring better in towns and cities than on farmland.

The State of Britain's Hedgehogs report, published on Thursday by the People's Trust for Endangered Species and the British Hedgehog Preservation Society, estimates the rural decline at between 30% and 75%, with the steepest losses in the east of England.

In urban areas the picture is more hopeful. Sightings in gardens recorded by volunteers have been stable since 2010 and may have risen slightly in the south-west.

The authors blame the loss of hedgerows, the use of pesticides that kill the beetles and worms hedgehogs eat, and a growing population of badgers, which prey on them.

"Hedgehogs are a barometer of the health of our countryside, and the message is clear," said Fay Vass, chief executive of the British Hedgehog Preservation Society. "Where we have given them space, they have held on."

The charities are asking farmers to leave wider field margins and gaps at the bottom of fences so the animals can roam between feeding grounds. Hedgehogs can travel up to 2km a night.

The report's authors said counts in Scotland and Wales were too sparse to draw firm conclusions and asked the public to log sightings on the Big Hedgehog Map.

The survey also found that roads remain a major threat. An estimated 100,000 hedgehogs are killed by cars each year in Britain, and researchers said the figure could be used as a rough guide to where populations were still healthy.""",
        title="Hedgehog numbers in British countryside have halved since 2000, survey finds",
        dateline=None,
        lede="The number of hedgehogs living in Britain's countryside",
        furniture=("theguardian.com", "4-5 minutes"),
        whole=('"Where we have given them space, they have held on."',),
    ),
    "en_firefox_reader_ap": World(
        "en",
        """apnews.com

Wildfire smoke linked to 12,000 extra deaths a year in the US, study says

By SETH BORENSTEIN

5-6 minutes

WASHINGTON (AP) — Smoke from wildfires is linked to about 12,000 extra deaths a year in the United States, far more than the flames themselves, a new study says.

Researchers at Stanford University and the University of California, Los Angeles, matched daily levels of fine smoke particles with death records in every county of the lower 48 states from 2006 to 2023. They published their results Thursday in the journal Nature Medicine.

The toll is rising as fires grow larger and burn longer in a warming climate, the researchers said. In 2023, when smoke from Canadian fires drifted across the Midwest and East Coast, the study estimated nearly 20,000 deaths were linked to it.

"People think of wildfire as a Western problem, but the smoke doesn't stop at the state line," said Marshall Burke, a Stanford economist and one of the study's authors.

Most of the deaths were among people over 65 and those with heart or lung disease, the study found. The fine particles can travel deep into the lungs and enter the bloodstream.

Outside scientists said the study was careful but that linking deaths to a single source of pollution is difficult. "It's a strong estimate, not an exact count," said Dr. Mary Rice, a lung specialist at Beth Israel Deaconess Medical Center in Boston, who was not involved in the research.

The authors said cities could cut deaths by opening filtered "clean air centers" on the worst smoke days, as Seattle and Portland, Oregon, already do.

___

The Associated Press Health and Science Department receives support from the Howard Hughes Medical Institute's Science and Educational Media Group and the Robert Wood Johnson Foundation. The AP is solely responsible for all content.""",
        title="Wildfire smoke linked to 12,000 extra deaths a year in the US, study says",
        dateline="WASHINGTON (AP) —",
        lede="Smoke from wildfires is linked to about 12,000 extra deaths",
        furniture=("apnews.com", "5-6 minutes", "receives support from", "solely responsible"),
        whole=(
            "Researchers at Stanford University and the University of California, Los Angeles, matched daily levels"
            " of fine smoke particles with death records in every county of the lower 48 states from 2006 to 2023.",
        ),
    ),
    "de_firefox_lesemodus": World(
        "de",
        """tagesschau.de

Deutsche Bahn will bis 2030 alle Bahnhöfe barrierefrei machen

3-4 Minuten

Die Deutsche Bahn will bis zum Jahr 2030 rund 1.000 weitere Bahnhöfe stufenlos zugänglich machen. Das kündigte Infrastrukturvorstand Berthold Huber am Donnerstag in Berlin an.

Derzeit haben nach Angaben des Konzerns etwa 80 Prozent der Reisenden in Deutschland einen stufenlosen Zugang zum Zug. An vielen kleineren Stationen fehlen aber Aufzüge oder Rampen, oder die Bahnsteige sind zu niedrig für die Züge.

Für das Programm sind nach Angaben der Bahn rund 2,5 Milliarden Euro vorgesehen. Einen großen Teil soll der Bund tragen, die Länder sollen sich an den Kosten für kleinere Stationen beteiligen.

Sozialverbände begrüßten das Vorhaben, äußerten aber Zweifel am Zeitplan. "Wir hören solche Ankündigungen seit zwanzig Jahren", sagte die Präsidentin des Sozialverbands VdK, Verena Bentele. Sie forderte, dass auch kaputte Aufzüge schneller repariert werden.

Nach einer Auswertung des Verbands Pro Bahn war im vergangenen Jahr an manchen Tagen jeder zehnte Aufzug an deutschen Bahnhöfen außer Betrieb.

Huber sagte, die Bahn wolle künftig in einer App in Echtzeit anzeigen, ob ein Aufzug funktioniert. Die Funktion soll im Frühjahr starten.

Besonders schlecht ist die Lage nach Angaben von Pro Bahn in Ostdeutschland und im ländlichen Raum. In Brandenburg und Sachsen-Anhalt seien noch mehr als ein Drittel der Stationen nur über Treppen erreichbar. Der Fahrgastverband forderte, kleine Bahnhöfe nicht hinter die großen Knotenpunkte zurückzustellen. Die Bahn will bis Ende Januar eine Liste der Stationen veröffentlichen, die als erste umgebaut werden sollen.""",
        title="Deutsche Bahn will bis 2030 alle Bahnhöfe barrierefrei machen",
        dateline=None,
        lede="Die Deutsche Bahn will bis zum Jahr 2030",
        furniture=("tagesschau.de", "3-4 Minuten"),
        whole=(
            '"Wir hören solche Ankündigungen seit zwanzig Jahren", sagte die Präsidentin des Sozialverbands VdK, Verena Bentele.',
        ),
    ),
    "fr_firefox_mode_lecture": World(
        "fr",
        """francetvinfo.fr

La Bretagne va tester des bus à hydrogène sur ses lignes rurales

Julien Le Goff

4-5 minutes

La région Bretagne va mettre en service dix bus à hydrogène sur des lignes rurales du Finistère et des Côtes-d'Armor à partir de septembre 2027, a annoncé jeudi son président, Loïg Chesnais-Girard.

Les véhicules, commandés à un constructeur breton pour 8 millions d'euros, rouleront sur les lignes reliant Morlaix, Lannion et Carhaix. Ils seront ravitaillés par une station installée près de la zone industrielle de Morlaix.

Selon la région, chaque bus évitera l'émission d'environ 80 tonnes de CO2 par an par rapport à un bus diesel. L'hydrogène sera produit sur place à partir de l'électricité d'un parc éolien.

Des associations d'usagers saluent le projet, mais regrettent que la fréquence des lignes ne soit pas augmentée. « Un bus propre qui passe trois fois par jour reste un bus qui passe trois fois par jour », a réagi Anne Morvan, porte-parole du collectif Bougeons en Centre-Bretagne.

D'autres régions ont renoncé à l'hydrogène en raison de son coût. L'an dernier, l'agglomération de Montpellier avait abandonné un projet similaire, jugé trop cher.

La région assure que l'expérimentation durera trois ans et qu'elle sera évaluée avant toute extension à d'autres lignes.

Le coût de l'hydrogène reste le principal point d'interrogation. Selon les chiffres de la région, un kilomètre parcouru par un bus à hydrogène coûte aujourd'hui près de deux fois plus cher qu'avec un bus électrique à batterie. Les élus écologistes ont demandé que les deux technologies soient comparées sur les mêmes lignes avant toute nouvelle commande.""",
        title="La Bretagne va tester des bus à hydrogène sur ses lignes rurales",
        dateline=None,
        lede="La région Bretagne va mettre en service dix bus à hydrogène",
        furniture=("francetvinfo.fr", "4-5 minutes"),
        whole=("Ils seront ravitaillés par une station installée près de la zone industrielle de Morlaix.",),
    ),
    "en_feedly_entry": World(
        "en",
        """Ars Technica

FAA orders inspections of 600 Boeing 737 engines after fan blade cracks

Jon Brodkin / 3h

Visit Website

The Federal Aviation Administration on Thursday ordered airlines to inspect the fan blades of about 600 engines on Boeing 737 jets in the US after cracks were found on two engines during routine maintenance.

The emergency airworthiness directive covers CFM International LEAP-1B engines that have flown more than 9,000 cycles, a cycle being one takeoff and landing. Airlines have 30 days to carry out ultrasonic inspections.

CFM, a joint venture of GE Aerospace and France's Safran, said the cracks were found by technicians at two US carriers it did not name. Neither engine failed in flight.

"This is a precautionary step based on limited findings," the FAA said in a statement. The agency said it expected most inspections to take less than a day per engine and did not expect widespread flight cancellations.

Southwest Airlines, which flies the largest fleet of 737 MAX jets in the US, said it had already begun the checks overnight. United and Alaska Airlines said they would complete theirs within the deadline.

The directive comes as Boeing tries to raise production of the 737 MAX to 42 jets a month, a target the FAA must approve. Boeing said the engine inspections would not affect deliveries.

Aviation analysts noted that fan blade failures are rare but can be dangerous. In 2018, a blade broke off an engine of a Southwest 737, sending debris into the cabin and killing a passenger.""",
        title="FAA orders inspections of 600 Boeing 737 engines after fan blade cracks",
        dateline=None,
        lede="The Federal Aviation Administration on Thursday ordered airlines",
        furniture=("Visit Website", "/ 3h"),
        whole=(
            "The emergency airworthiness directive covers CFM International LEAP-1B engines that have flown more"
            " than 9,000 cycles, a cycle being one takeoff and landing.",
        ),
    ),
    "en_netnewswire": World(
        "en",
        """The Verge

Valve's Steam Deck 2 won't arrive before 2028, company says

Dec 3, 2026 at 9:14 AM

By Sean Hollister

Valve does not plan to release a successor to its Steam Deck handheld gaming PC before 2028, the company said on Thursday, because the chips it wants are not yet good enough to justify a new model.

In an interview with The Verge, Valve designer Lawrence Yang said the company would only make a Steam Deck 2 when it could offer "a generational leap in performance" without cutting battery life.

"We don't want to ship a device that's 20 percent faster and lasts two hours," Yang said.

The company has sold several million Steam Decks since the first model went on sale in February 2022, though it has never given an exact figure. A version with an OLED screen arrived in late 2023.

Since then, rivals including Asus, Lenovo and MSI have released Windows handhelds with faster processors. Many of them now also run SteamOS, Valve's Linux-based operating system, which the company began licensing to other makers this year.

Yang said Valve would keep releasing updates to SteamOS for the existing Deck for years to come, including new power settings that it says add up to an hour of play in some games.

Valve also confirmed that its new Steam Machine console and Steam Frame headset remain on track for early next year, but declined to give prices.

The Steam Deck's price starts at $399 for the entry model with an LCD screen. Analysts have said a second-generation device would likely cost more, as prices of memory chips have risen sharply this year on demand from artificial intelligence data centers.""",
        title="Valve's Steam Deck 2 won't arrive before 2028, company says",
        dateline=None,
        lede="Valve does not plan to release a successor",
        furniture=("9:14 AM",),
        whole=(
            "\"We don't want to ship a device that's 20 percent faster and lasts two hours,\" Yang said.",
        ),
    ),
    "en_apple_news": World(
        "en",
        """Apple News+

The Atlantic

The Quiet Collapse of the American Bowling Alley

The sport once had 12,000 centers. Fewer than 3,000 remain.

By Xochitl Gonzalez

December 3, 2026

The United States has lost three-quarters of its bowling alleys since the sport's peak in the early 1960s, according to the United States Bowling Congress, and the closures are speeding up.

Last year alone, 161 bowling centers closed, most of them small, family-owned lanes in towns of fewer than 50,000 people. Many sat on land that had become more valuable as apartments or warehouses than as a place to bowl.

The number of Americans who bowl has not fallen nearly as fast. About 67 million people bowled at least once last year, the congress says. But they increasingly do so at large entertainment chains, where a lane is rented by the hour alongside arcades, bars and virtual golf.

Bowlero, the largest chain, now owns more than 350 centers. Its chief executive, Thomas Shannon, has said the company wants customers who come for a birthday party, not for a league night.

That shift has hit leagues hardest. League bowlers, who once kept alleys busy on weeknights, numbered 9 million in 1980. Today there are fewer than 1 million.

"When the local alley goes, a whole social world goes with it," said Lisa Ruiz, who ran a lane in Lorain, Ohio, for 31 years before selling it to a self-storage company in March.

Some towns have tried to save their alleys. In Marshall, Minnesota, residents raised $400,000 to buy the town's only bowling center in 2024 and now run it as a cooperative. Its manager said league nights were full again for the first time in a decade.

Shared from Apple News""",
        title="The Quiet Collapse of the American Bowling Alley",
        dateline=None,
        lede="The United States has lost three-quarters of its bowling alleys",
        furniture=("Apple News+", "Shared from Apple News"),
        whole=("About 67 million people bowled at least once last year, the congress says.",),
    ),
    "en_chrome_print_pdf": World(
        "en",
        """12/3/26, 4:05 PM
Scotland to ban disposable vapes in shops from April | Reuters
https://www.reuters.com/world/uk/scotland-ban-disposable-vapes-2026-12-03/ 1/3

Scotland to ban disposable vapes in shops from April

By Andrew MacAskill

December 3, 2026 3:12 PM GMT Updated 51 min ago

EDINBURGH, Dec 3 (Reuters) - Scotland will ban the sale of disposable vapes from April 1, the devolved government said on Thursday, joining a UK-wide drive against single-use e-cigarettes that officials say litter streets and draw children into nicotine addiction.

Shops that break the ban face fines of up to 2,500 pounds ($3,150), and repeat offenders could have their licences to sell tobacco withdrawn, Scotland's public health minister Jenni Minto said.

About 26 million disposable vapes are thrown away in Scotland each year, according to the environmental charity Zero Waste Scotland, and many end up in household bins where their lithium batteries can start fires in refuse trucks.

12/3/26, 4:05 PM
Scotland to ban disposable vapes in shops from April | Reuters
https://www.reuters.com/world/uk/scotland-ban-disposable-vapes-2026-12-03/ 2/3

Surveys by the charity Action on Smoking and Health have found that the share of 11- to 17-year-olds in Britain who vape rose from 4% in 2020 to 8% last year, with disposables the most popular among them.

The vaping industry has argued that a ban will push sales onto an illegal market. The UK Vaping Industry Association said it estimated that one in three vapes sold in Britain was already illicit.

"Prohibition has never worked, and it will not work now," the association's director general, John Dunne, said in a statement.

Reusable vapes, which can be recharged and refilled, will remain on sale.

12/3/26, 4:05 PM
Scotland to ban disposable vapes in shops from April | Reuters
https://www.reuters.com/world/uk/scotland-ban-disposable-vapes-2026-12-03/ 3/3

Reporting by Andrew MacAskill; Editing by Sharon Singleton

Our Standards: The Thomson Reuters Trust Principles.""",
        title="Scotland to ban disposable vapes in shops from April",
        dateline="EDINBURGH, Dec 3 (Reuters) -",
        lede="Scotland will ban the sale of disposable vapes from April 1",
        furniture=(
            "4:05 PM",
            " | ",
            "https://",
            "2/3",
            "3:12 PM",
            "Updated 51 min ago",
            "Editing by",
            "Trust Principles",
        ),
        whole=("Reusable vapes, which can be recharged and refilled, will remain on sale.",),
    ),
    "en_firefox_print_pdf": World(
        "en",
        """Seattle voters back $1.2bn housing levy, biggest in city's history | The Seattle Times
https://www.seattletimes.com/seattle-news/politics/seattle-voters-back-housing-levy/

Seattle voters back $1.2bn housing levy, biggest in city's history

Dec. 3, 2026 at 6:00 am

By David Kroman

Seattle Times staff reporter

Seattle voters have approved a $1.2 billion property tax levy to build and preserve affordable housing, the largest such measure in the city's history, according to results released Wednesday by King County Elections.

The levy was passing with 64% of the vote, a margin that election officials said was too wide to be overturned by the ballots left to count.

It will cost the owner of a median-priced Seattle home, assessed at about $860,000, roughly $390 a year over the next seven years, according to the city's budget office.

1 of 2 12/3/26, 9:41 AM

Seattle voters back $1.2bn housing levy, biggest in city's history | The Seattle Times
https://www.seattletimes.com/seattle-news/politics/seattle-voters-back-housing-levy/

The city says the money will pay for about 3,500 new apartments for low-income households and help keep rents down in 1,200 existing ones. Part of it will also fund rent assistance for families at risk of eviction.

Mayor Katie Wilson called the result "a clear message that Seattle wants to stay a place where working people can live."

Opponents, led by a group of small landlords, said the levy would push up rents by raising property taxes. "Renters will pay this tax too, they just won't see it on a ballot," said Sam Whitley, a spokesperson for the group.

The first projects funded by the levy are expected to break ground in 2028.

2 of 2 12/3/26, 9:41 AM""",
        title="Seattle voters back $1.2bn housing levy, biggest in city's history",
        dateline=None,
        lede="Seattle voters have approved a $1.2 billion property tax levy",
        furniture=(
            "https://",
            " | ",
            "1 of 2",
            "2 of 2",
            "9:41 AM",
            "staff reporter",
            "6:00 am",
        ),
        whole=(
            "The levy was passing with 64% of the vote, a margin that election officials said was too wide to be"
            " overturned by the ballots left to count.",
        ),
    ),
    "ja_chrome_print_pdf": World(
        "ja",
        """2026/12/03 16:05
東京都 来年度から公立小中学校の給食費を完全無償化へ | NHK | 東京都
https://www3.nhk.or.jp/news/html/20261203/k10014663511000.html 1/2

東京都 来年度から公立小中学校の給食費を完全無償化へ

2026年12月3日 15時42分

東京都は、来年度から都内すべての区市町村の公立小中学校で、給食費を完全に無償化する方針を固めました。都が費用の全額を負担し、必要な予算はおよそ600億円に上る見通しです。

都内では、これまでに23区と一部の市町村が独自に給食費の無償化を進めてきましたが、財政力の違いから、自治体によって対応に差が出ていました。

都は今年度、給食費の半額を補助する制度を設けていましたが、来年度からは補助を全額に引き上げ、すべての自治体で保護者の負担をなくすことにしています。

2026/12/03 16:05
東京都 来年度から公立小中学校の給食費を完全無償化へ | NHK | 東京都
https://www3.nhk.or.jp/news/html/20261203/k10014663511000.html 2/2

小池知事は3日の記者会見で「子育ての負担を社会全体で支えるという考えのもと、住む場所にかかわらず同じ支援を受けられるようにしたい」と述べました。

一方、給食の食材費は物価の高騰で上がり続けており、都の担当者は「質を落とさずに無償化を続けられるよう、国にも財政支援を求めていく」としています。

国は、公立小学校の給食費について、再来年度から全国で無償化する方針を示しています。""",
        title="東京都 来年度から公立小中学校の給食費を完全無償化へ",
        dateline=None,
        lede="東京都は、来年度から都内すべての区市町村の公立小中学校で",
        furniture=("16:05", "| NHK", "https://", "1/2", "2/2", "15時42分"),
        whole=(
            "都内では、これまでに23区と一部の市町村が独自に給食費の無償化を進めてきましたが、財政力の違いから、自治体によって対応に差が出ていました。",
        ),
    ),
    "es_firefox_print_pdf": World(
        "es",
        """Valencia limitará los pisos turísticos a los bajos comerciales | Sociedad | EL PAÍS
https://elpais.com/espana/comunidad-valenciana/2026-12-03/valencia-limitara-los-pisos-turisticos.html

Valencia limitará los pisos turísticos a los bajos comerciales

El Ayuntamiento aprueba una norma que prohíbe nuevas viviendas de uso turístico en plantas altas de edificios residenciales

CRISTINA VÁZQUEZ

Valencia - 03 dic 2026 - 13:20 CET

El Ayuntamiento de Valencia aprobó este jueves una modificación urbanística que solo permitirá abrir nuevos pisos turísticos en bajos comerciales y primeros pisos de edificios con acceso independiente, con el fin de frenar su expansión en los barrios del centro.

La norma, aprobada en el pleno con los votos del PP y Vox, afecta a toda la ciudad. Según el Consistorio, Valencia cuenta con unas 9.800 viviendas de uso turístico registradas, el triple que en 2018.

1 de 2 3/12/26, 16:05

Valencia limitará los pisos turísticos a los bajos comerciales | Sociedad | EL PAÍS
https://elpais.com/espana/comunidad-valenciana/2026-12-03/valencia-limitara-los-pisos-turisticos.html

La alcaldesa, María José Catalá, defendió que la medida busca «proteger la convivencia en los edificios» y devolver viviendas al alquiler de larga duración. Los pisos que ya tienen licencia podrán seguir funcionando.

La oposición socialista y Compromís votaron en contra al considerar que la norma llega tarde. «Se ha dejado crecer el problema durante años», afirmó la portavoz de Compromís, Papi Robles.

Las asociaciones vecinales de Ciutat Vella pidieron además más inspecciones contra los pisos ilegales, que según sus cálculos superan los 4.000.

La norma entrará en vigor tras su publicación en el Boletín Oficial de la Provincia, previsiblemente en enero. El Ayuntamiento calcula que, con las nuevas condiciones, solo podrían abrirse unos 300 pisos turísticos más en toda la ciudad en los próximos años.

2 de 2 3/12/26, 16:05""",
        title="Valencia limitará los pisos turísticos a los bajos comerciales",
        dateline=None,
        lede="El Ayuntamiento de Valencia aprobó este jueves",
        furniture=("https://", " | ", "1 de 2", "2 de 2", "16:05", "13:20 CET"),
        whole=("Los pisos que ya tienen licencia podrán seguir funcionando.",),
    ),
    "en_skip_links_bbc": World(
        "en",
        """Skip to content

Accessibility Help

BBC Account

Notifications

Home

News

Sport

Weather

iPlayer

Sounds

Bitesize

Cornwall's first new railway station in 30 years opens

Richard Whitehouse

BBC News, Cornwall

A new railway station has opened in Cornwall, the first in the county for more than 30 years.

Newquay's second station, at Tolcarne Junction, welcomed its first passengers on Thursday morning, and will be served by trains on the line from Par every hour.

The £9m station was paid for by Cornwall Council and the Department for Transport as part of plans to double services on the Atlantic Coast Line.

Council leader Linda Taylor said the station would help the 8,000 people who live on the new estates nearby get to work and college without a car.

"For years people here have watched the trains go past," she said. "Now they can get on one."

Great Western Railway said it expected about 60,000 journeys a year to start or end at the station.

Campaigners from the Atlantic Coast Line Rail Partnership said they hoped the opening would lead to longer trains in summer, when services are often full.

The line between Par and Newquay is single track for most of its 21 miles, which has limited services to one train an hour for decades. Network Rail is building a new passing loop near St Columb Road so that trains can run every half hour from 2028.

Related topics

Newquay

Rail travel

More on this story

Back to top""",
        title="Cornwall's first new railway station in 30 years opens",
        dateline=None,
        lede="A new railway station has opened in Cornwall",
        furniture=(
            "Skip to content",
            "Accessibility Help",
            "BBC Account",
            "Notifications",
            "iPlayer",
            "Bitesize",
            "Related topics",
            "More on this story",
            "Back to top",
        ),
        whole=('"Now they can get on one."',),
    ),
    "fr_skip_links": World(
        "fr",
        """Aller au contenu principal

Aller à la navigation

Aller à la recherche

Ouest-France

Rennes

Rennes : la ligne b du métro fermée un mois cet été pour travaux

Par Camille Rivière

Publié le 03/12/2026 à 11h45

La ligne b du métro de Rennes sera entièrement fermée du 6 juillet au 2 août 2027 pour des travaux de maintenance, a annoncé jeudi Rennes Métropole.

Cette fermeture doit permettre de remplacer des pièces des aiguillages et de mettre à jour le logiciel qui pilote les rames automatiques, mis en service en septembre 2022. La ligne transporte en moyenne 90 000 voyageurs par jour en semaine.

Pendant les travaux, des bus de substitution circuleront toutes les quatre minutes entre les stations Saint-Jacques–Gaîté et Viasilva. La ligne a du métro fonctionnera normalement.

« Nous avons choisi la période où la fréquentation est la plus faible », a expliqué le vice-président chargé des mobilités, Matthieu Theurier. Selon la métropole, la fréquentation baisse de près de moitié en été.

Les commerçants de la rue de Saint-Malo, déjà touchés par de précédentes interruptions, s'inquiètent de l'effet sur leur chiffre d'affaires. Leur association demande une compensation.

La métropole précise que l'essentiel des travaux ne pouvait être réalisé de nuit, la ligne ne s'arrêtant que quelques heures.

Une fermeture similaire, de trois semaines, avait déjà eu lieu sur la ligne a en 2019. Les usagers pourront consulter les horaires des bus de remplacement sur le site du réseau Star à partir du mois de mai.

Retour en haut de page""",
        title="Rennes : la ligne b du métro fermée un mois cet été pour travaux",
        dateline=None,
        lede="La ligne b du métro de Rennes sera entièrement fermée",
        furniture=(
            "Aller au contenu",
            "Aller à la navigation",
            "Aller à la recherche",
            "11h45",
            "Retour en haut",
        ),
        whole=("La ligne a du métro fonctionnera normalement.",),
    ),
}

BYLINES = {
    "en_cnn_lite": "Gloria Pazmino",
    "en_npr_text_only": "Elizabeth Blair",
    "en_newsletter_plain_text": "Tom Hadley",
    "en_firefox_reader_guardian": "Patrick Barkham",
    "en_firefox_reader_ap": "SETH BORENSTEIN",
    "fr_firefox_mode_lecture": "Julien Le Goff",
    "en_feedly_entry": "Jon Brodkin",
    "en_netnewswire": "Sean Hollister",
    "en_apple_news": "Xochitl Gonzalez",
    "en_chrome_print_pdf": "Andrew MacAskill",
    "en_firefox_print_pdf": "David Kroman",
    "es_firefox_print_pdf": "CRISTINA VÁZQUEZ",
    "en_skip_links_bbc": "Richard Whitehouse",
    "fr_skip_links": "Camille Rivière",
}


class TestTextOnlyEditionsAndReadingToolsRound(OutletRound):
    ARTICLES: ClassVar[dict[str, World]] = ARTICLES
    BYLINES: ClassVar[dict[str, str]] = BYLINES
    # Known misses, by check, each with why (strict xfails: a fix shows up as an XPASS).
    LEFT: ClassVar[dict[str, dict[str, str]]] = {
        "the_byline_s_names_are_the_byline": {},
        "the_summary_holds_the_lede": {
            "es_firefox_print_pdf": "The scorer ranks the Spanish lede of 44 words fourth, under the second"
            " paragraph's two sentences; it had been third only while the print footer ('1 de 2 3/12/26, 16:05')"
            " stood between the paragraphs",
        },
    }


@pytest.mark.parametrize(
    "line",
    [
        # Each had stayed between two paragraphs, and a summary could take it: a browser's reader mode's
        # estimate, a range of minutes (Firefox Reader View's, in English, German, Spanish); a browser's print
        # footer, the page's number of the count and the time it was printed (Firefox's, in English, Spanish and
        # German), or the page's address and the page's number (Chrome's); a plain-text e-mail's link to its
        # web copy, the address in brackets after the call.
        "4-5 minutes",
        "3-4 Minuten",
        "4-5 minutos",
        "1 of 2 12/3/26, 9:41 AM",
        "1 de 2 3/12/26, 16:05",
        "2 von 3 03.12.26, 16:05",
        "https://www.reuters.com/world/uk/scotland-ban-disposable-vapes-2026-12-03/ 2/3",
        "View this email in your browser (https://mailchi.mp/valleyledger/dec-3-2026)",
    ],
)
def test_this_round_s_furniture_leaves_the_text_and_the_summaries(line: str) -> None:
    check_line_leaves(line)


@pytest.mark.parametrize(
    "line",
    [
        # News worded as those: minutes of something, a count of people at a time, a paragraph closing on a
        # link said once, a sentence with a link in brackets after it.
        "4-5 minutes of exercise a day cut the risk of a stroke, the study found.",
        "1 of 2 patients seen on 12/3/26, 9:41 AM was discharged.",
        "The full report is at https://www.gov.uk/report-2026",
        "The council posted the plan online (https://www.city.gov/plan).",
        "Sign-ups rose after the council posted the plan (https://www.city.gov/plan)",
    ],
)
def test_news_worded_as_this_round_s_furniture_stays(line: str) -> None:
    check_line_stays(line)


@pytest.mark.parametrize(
    "note",
    [
        # A wire's notes under every story of a desk, which had closed the text and a summary: who funds the
        # coverage, closing on the wire's answering alone for the content (AP's), and its standards' pointer
        # (Reuters's).
        "The Associated Press Health and Science Department receives support from the Howard Hughes Medical"
        " Institute's Science and Educational Media Group and the Robert Wood Johnson Foundation. The AP is"
        " solely responsible for all content.",
        "The Associated Press' climate and environmental coverage receives financial support from multiple"
        " private foundations. AP is solely responsible for all content.",
        "Our Standards: The Thomson Reuters Trust Principles.",
    ],
)
def test_a_wire_s_note_on_its_funders_or_its_standards_closes_no_text(note: str) -> None:
    assert clean_text(f"{NEWS}\n\n{note}").text == NEWS


@pytest.mark.parametrize(
    "closing",
    [
        # A story's last paragraph on a funder, which says who told of it or names no responsibility for all
        # content; a hospital's standards, told without a label's colon.
        "The museum receives support from the Arts Council. Its director said the gallery is solely responsible"
        " for all content of the show.",
        "The charity receives support from 40 donors. It is solely responsible for the hospital's new wing.",
        "Our standards of care follow the hospital's principles, its director said.",
    ],
)
def test_a_closing_paragraph_on_funders_or_standards_stays(closing: str) -> None:
    assert clean_text(f"{NEWS}\n\n{closing}").text.endswith(closing)


def test_a_running_head_naming_the_page_s_address_leaves_each_page() -> None:
    # A story printed to PDF from Firefox: the title with the address atop each page, the footer at each foot.
    # The head had stayed atop the text and between the pages, and the footer between two paragraphs.
    head = "Water rules tightened | The Riverton Herald https://www.rivertonherald.com/news/water-rules"
    text = (
        f"{head}\n\nWater rules tightened\n\n{PARAGRAPHS[0]}\n\n1 of 2 12/3/26, 9:41 AM\n\n{head}\n\n"
        f"{PARAGRAPHS[1]}\n\n2 of 2 12/3/26, 9:41 AM"
    )
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.text) == ("Water rules tightened", NEWS)


def test_a_running_head_over_the_page_s_address_leaves_each_page() -> None:
    # The same from Chrome in Japanese: the stamp alone, the title with the site's name, the address and the
    # page's number; the title with the site had been too long a line for a headline, and no title was read.
    title = "東京都 来年度から公立小中学校の給食費を完全無償化へ"
    head = f"2026/12/03 16:05\n{title} | NHK | 東京都\nhttps://www3.nhk.or.jp/news/html/20261203/k1001.html"
    lede = (
        "東京都は、来年度から都内すべての区市町村の公立小中学校で、給食費を完全に無償化する方針を固めました。"
    )
    then = "都が費用の全額を負担し、必要な予算はおよそ600億円に上る見通しです。"
    cleaned = clean_text(f"{head} 1/2\n\n{title}\n\n{lede}\n\n{head} 2/2\n\n{then}")
    assert (cleaned.title, cleaned.text) == (title, f"{lede}\n\n{then}")


@pytest.mark.parametrize(
    "paragraph",
    [
        # A paragraph closing on a link, and a line over a link, each said once: the story's.
        "The council's plan is online at https://www.city.gov/plan",
        "Read the council's plan",
    ],
)
def test_a_line_by_an_address_said_once_stays(paragraph: str) -> None:
    text = f"{PARAGRAPHS[0]}\n\n{paragraph}\n\nhttps://www.city.gov/plan\n\n{PARAGRAPHS[1]}"
    assert paragraph in clean_text(text).text


@pytest.mark.parametrize(
    ("particulars", "byline"),
    [
        # A reader mode's names over its estimate (Firefox Reader View's), and the BBC's names over the
        # newsroom's line and its place, each without a stamp: read as no byline.
        ("theguardian.com\n\n{headline}\n\nPatrick Barkham\n\n4-5 minutes", "Patrick Barkham"),
        ("{headline}\n\nRichard Whitehouse\n\nBBC News, Cornwall", "Richard Whitehouse"),
        # A section's name over a reading time, and the place's own names over the newsroom's line: no writer.
        ("{headline}\n\nWorld News\n\n4-5 minutes", None),
        ("{headline}\n\nCornwall Council\n\nBBC News, Cornwall", None),
        # A read-later app's button over the headline, its reading time under it (Pocket's): the button stands
        # right over the reading time once the headline is out, and had been the byline.
        ("Saved from bbc.co.uk\n\nView Original\n\n{headline}\n\nReading time: 3 minutes", None),
    ],
)
def test_names_over_a_reading_time_or_their_newsroom_s_place_are_the_byline(
    particulars: str, byline: str | None
) -> None:
    text = f"{particulars.format(headline='Water rules tightened')}\n\n{NEWS}"
    assert nutgraf.extract(text).byline == byline


def test_a_plain_text_newsletter_s_heading_mark_is_no_word_of_the_title() -> None:
    # Mailchimp's text version marks each heading with "** " over a rule of hyphens: the mark had opened the title.
    rule = "-" * 60
    headline = "Water district approves first rate rise in six years"
    text = (
        f"** The Valley Ledger\n{rule}\n\nThursday, December 3, 2026\n\n** {headline}\n{rule}\n\nBy Tom Hadley\n\n"
        f"{NEWS}"
    )
    assert clean_text(text).title == headline


@pytest.mark.parametrize(
    "particulars",
    [
        # A recipe's label over its time, a photo agency's credit, and a public body or a company over the
        # BBC's newsroom line: each a name of no writer, read as the byline once a reader mode's estimate or a
        # placed desk's line had been taken for a stamp (the review of the seventeenth round).
        "{headline}\n\nCook Time\n\n20-25 minutes",
        "{headline}\n\nGetty Images\n\nBBC News, Cornwall",
        "{headline}\n\nPolice Scotland\n\nBBC News, Aberdeen",
        "{headline}\n\nEnvironment Agency\n\nBBC News, Cornwall",
        "{headline}\n\nNetwork Rail\n\nBBC News, Devon",
        "{headline}\n\nRoyal Mail\n\nBBC News, Cornwall",
        "{headline}\n\nSouth West Water\n\nBBC News, Cornwall",
    ],
)
def test_a_body_s_or_a_label_s_name_over_a_reading_time_or_a_newsroom_s_place_is_no_byline(
    particulars: str,
) -> None:
    text = f"{particulars.format(headline='Water rules tightened')}\n\n{NEWS}"
    assert nutgraf.extract(text).byline is None


@pytest.mark.parametrize(
    ("label", "minutes"),
    [
        # A range of minutes alone under a story's own question or label, between its paragraphs: the answer
        # and the figure a reader wants (an explainer's nap, a report's ambulance wait, a match report's time
        # on ice), which a reader mode never sets there (the review of the seventeenth round).
        ("How long should a nap last?", "20-30 minutes"),
        ("Ambulance response, category two", "40-50 minutes"),
        ("Durée moyenne d'attente aux urgences", "45-60 minutes"),
    ],
)
def test_a_range_of_minutes_under_a_story_s_question_or_label_stays(label: str, minutes: str) -> None:
    text = f"{PARAGRAPHS[0]}\n\n{label}\n\n{minutes}\n\n{PARAGRAPHS[1]}"
    assert minutes in clean_text(text).text


@pytest.mark.parametrize(
    "closing",
    [
        # A story's last paragraph on who funds a show or a broadcaster and who answers for what it says,
        # worded as a wire's funders' note but no newsroom's coverage, or going on after it; a council's code
        # under its own heading (the review of the seventeenth round).
        "The festival receives support from the city. Its organisers are solely responsible for all content.",
        "Critics say the broadcaster receives support from the state. Its owners are solely responsible for all"
        " content, they argue.",
        "Our Standards: The Seven Nolan Principles.",
    ],
)
def test_a_closing_paragraph_worded_as_a_wire_s_note_stays(closing: str) -> None:
    assert clean_text(f"{NEWS}\n\n{closing}").text.endswith(closing)


def test_a_transcript_s_time_codes_leave_under_a_closing_note() -> None:
    # A podcast's transcript, each line opening on its time code and speaker, a note under it: the codes had
    # stayed in the text once the print footers' loop had read the text's last line for the whole text (the
    # review of the seventeenth round).
    lines = [
        "Welcome back to the show. Today we are talking about the city budget that passed on Tuesday night.",
        "Thanks for having me. The council approved the new budget after a debate that lasted four hours.",
        "And what does it change for people who live here and drive to work every day?",
        "It raises spending on roads and parks by 6 per cent, and it takes effect in January.",
    ]
    stamped = "\n\n".join(
        f"[00:00:{second:02d}] Speaker {1 + n % 2}: {line}"
        for n, (second, line) in enumerate(zip((3, 12, 25, 31), lines, strict=True))
    )
    text = f"Podcast: The council's budget vote\n\n{stamped}\n\nThis transcript was edited for length and clarity."
    assert clean_text(text).text.startswith("\n\n".join(lines))
