"""A nineteenth round of news, on a theme the rounds before it (tests/test_summary_outlets_en.py,
tests/test_summary_outlets_world.py, tests/test_summary_outlets_more.py, tests/test_summary_outlets_third.py to
tests/test_summary_outlets_eighteenth.py) had not taken: stories that change after they run, and stories shared
under licence. Corrected and updated stories (the Anchorage Daily News's correction over the story, the
Baltimore Banner's "Update, 3:15 p.m.:" paragraphs, The Salt Lake Tribune's clarification and "This story has
been updated with ..." under it, The Boston Globe's "Editor's note:" over it, a corrected figure struck through
on a page with its "Updated" stamp beside the first one), and stories nonprofit newsrooms let others republish
under Creative Commons, as the papers that took them run them: ProPublica's on Mississippi Today ("This article
was originally published by ProPublica", its tracking pixel, "Republish this story"), The Conversation's on Salon
(the author's disclosure, "The Conversation is an independent source of ..."), CalMatters's on Times of San
Diego, KFF Health News's on Route Fifty ("KFF Health News is a national newsroom that produces ..."), The Texas
Tribune's on Houston Public Media ("Disclosure: ... has been a financial supporter of The Texas Tribune ..."),
Chalkbeat's on The Colorado Sun, The 19th's on The Fulcrum, Inside Climate News's on EcoWatch, Mongabay's on
Eco-Business, Global Voices's in French, and two nonprofit newsrooms' own in German (Correctiv's) and
Portuguese (Agência Pública's), with their donation asks and licence notes. Each is given as a reader pastes it
and, for the pages, as the HTML a fetch gets. What a reader wants was written down before nutgraf was run on
any of them:

- an update's news is the story's news now: where the update opens the story, its sentences may lead the
  summary; where it sits inside the story, it is one of its paragraphs, its stamp ("Update, 3:15 p.m.:") no
  sentence's opening;
- a correction, a clarification or an editor's note is the paper's word about the story, not the story's news:
  no summary takes it, but the cleaned text keeps it where the paper prints it, as a reader of the paper reads
  it (a correction dropped would leave the reader believing the error was never made);
- a figure struck through on a page (``<del>``, ``<s>``) is the error the correction names: the text has its
  replacement, not both figures side by side;
- a republished story's writer is its byline, never the newsroom it came from; its licence note ("This article
  was originally published by ...", "republished under a Creative Commons license"), the newsroom's description
  of itself, a funder's disclosure box, a donation ask and a "Republish" widget leave the text and every
  summary, while the same words in a story's own reporting (a story about a correction, a story quoting a
  licence, a disclosure a source made) stay.

The checks of the pasted copies are :class:`world_news.OutletRound`'s, the rounds' one copy."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

import pytest

import nutgraf
from nutgraf.extract.text import clean_text
from world_news import (
    NEWS,
    OutletPage,
    OutletRound,
    World,
    check_line_leaves,
    check_line_stays,
    html,
    names,
    text,
)

# The two paragraphs of news the rounds' tests set around a line, one at a time.
PARAGRAPHS = NEWS.split("\n\n")

# The stories' paragraphs, shared by the pasted copy and the page.
ADN = [
    "The Anchorage Assembly voted 9-2 on Tuesday to spend $3.8 million on a new emergency cold-weather shelter"
    " in Midtown, weeks before the city expects overnight temperatures to fall below zero.",
    "The shelter, in a former office building on Benson Boulevard, will hold up to 150 people and open on"
    " Jan. 5. The city will pay a nonprofit, Bean's Cafe, to run it through April.",
    "Assembly member Felix Rivera said the city could not repeat last winter, when people slept in cars and"
    ' bus shelters during a cold snap. "We have the building now. We just have to open it," he said.',
    "The two members who voted no said the city had not explained how it would pay for the shelter after the"
    " spring.",
    "Mayor Suzanne LaFrance's office said it would ask the state for help with the costs in the next"
    " legislative session.",
    "The city counted 2,050 people without homes in its last survey, in January.",
]
BANNER = [
    "A water main break in Baltimore's Mount Vernon neighborhood flooded several blocks of Charles Street on"
    " Monday morning and left about 1,400 homes and businesses without water, city officials said.",
    "The 20-inch main, installed in 1911, broke shortly after 6 a.m. near Centre Street, the Department of"
    " Public Works said. Water rose above the curbs within an hour.",
    "Update, 3:15 p.m.: Crews had shut off the main and restored water to about half of the affected homes by"
    " mid-afternoon, the department said. It expects service to return to all of them by Tuesday morning.",
    "Public Works Director Khalil Zaied said the main was on a list of pipes due to be replaced next year."
    ' "This is exactly the kind of failure we are trying to get ahead of," he said.',
    "Residents were told to boil their water before drinking it until further notice.",
    "The city has had 12 major main breaks this year, down from 19 last year.",
]
TRIBUNE = [
    "Utah's Board of Education voted Thursday to require every high school student to pass a semester of"
    " personal finance before graduating, starting with the class of 2029.",
    "The course already exists as an elective in most districts. About 41% of seniors took it last year,"
    " according to the state.",
    "Board member Jennie Earl said students had told her they left school without knowing how to read a pay"
    ' stub or a lease. "This is the class they ask us for," she said.',
    "Some superintendents said they would struggle to find teachers for the course, especially in rural"
    " districts.",
    "The board will spend $2 million training teachers over the next two years, using money the Legislature"
    " set aside for the purpose.",
    "The vote was 12-3.",
]
GLOBE = [
    "Massachusetts will close the Shattuck Hospital in Boston's Jamaica Plain at the end of next year and move"
    " its patients to a new building in the South End, state health officials said Wednesday.",
    "The hospital, opened in 1954, cares for about 200 people with addiction, mental illness and chronic"
    " disease, many of whom were homeless when they came.",
    "Health and Human Services Secretary Kiame Mahaniah said the old building had become too costly to keep"
    " safe. Its heating system failed twice last winter.",
    "Advocates for patients said they supported the move but worried about losing beds during the change."
    " The state said the new building would have the same number of beds.",
    '"Nobody who is here now will be left without a place," Mahaniah said.',
    "The Shattuck land is to be used for housing for people leaving addiction treatment.",
]
PROPUBLICA = [
    "Mississippi's Medicaid agency denied nearly one in five requests for home health care last year, more"
    " than twice the rate of neighboring states, according to records obtained by ProPublica.",
    "The denials fell hardest on older people living alone in rural counties, where the nearest nursing home"
    " is often more than an hour's drive away.",
    "The agency said its reviewers follow federal rules and that many of the requests lacked a doctor's"
    " signature or other paperwork.",
    "But doctors and home health agencies said the rules had been applied more strictly since the state hired"
    " an outside company to review requests in 2024.",
    '"We send the same forms we have always sent, and now they come back," said Dr. Carla Wright, a family'
    " physician in Greenwood.",
    "The company, which is paid about $14 million a year, did not respond to questions.",
    "Two state senators said they would ask the agency to explain the denials at a hearing in January.",
]
CONVERSATION = [
    "Honeybee colonies in the United States died at the highest rate on record over the past year, with"
    " beekeepers losing about 56% of their hives between April 2025 and April 2026.",
    "That figure comes from a survey my colleagues and I run each year, in which about 3,000 beekeepers report"
    " how many colonies they started and ended the year with.",
    "The losses were not spread evenly. Commercial beekeepers, who move hives across the country to pollinate"
    " crops, lost more than hobbyists did.",
    "Several causes are at work. A parasitic mite, Varroa destructor, has grown resistant to one of the main"
    " treatments beekeepers use against it. Hot, dry summers also left bees with less food.",
    "Beekeepers have so far been able to rebuild their numbers by splitting surviving colonies, but each"
    " split costs money and time.",
    "If losses stay this high, the price of renting hives for crops such as almonds is likely to keep rising.",
]
CALMATTERS = [
    "California regulators on Thursday approved a plan that will let renters in apartment buildings buy shares"
    " of solar panels on their roofs, a change that supporters say could cut power bills for millions of"
    " tenants.",
    "The California Public Utilities Commission voted 5-0 to allow landlords to install shared solar systems"
    " and split the credits among tenants who sign up.",
    "Until now, most renters have had no way to benefit from rooftop solar, which has been installed mainly on"
    " single-family homes owned by wealthier Californians.",
    "Commissioner Darcie Houck said the decision would help close that gap. Tenants who join would save about"
    " 10% on their bills, the commission estimated.",
    "Utilities had argued that the credits should be smaller, saying customers without solar would end up"
    " paying more to keep the grid running.",
    "The first systems could be installed by the end of next year.",
]
KFF = [
    "Rural hospitals in at least 12 states have stopped delivering babies this year, forcing pregnant women to"
    " drive an hour or more to give birth, according to a KFF Health News analysis.",
    "Hospital leaders cited a shortage of nurses and doctors, and the low rates Medicaid pays for births. The"
    " program covers about 4 in 10 births in the United States.",
    "In Tennessee's Henry County, the closest place to deliver a baby is now 70 miles away.",
    '"We had a mother deliver in the back of an ambulance in October," said Alan Watson, the county\'s'
    " emergency services director.",
    "Some states have raised Medicaid rates for births to keep maternity wards open. Others have paid for"
    " programs that train family doctors to deliver babies.",
    "Federal officials said they were studying ways to help but gave no timeline.",
]
TEXAS_TRIBUNE = [
    "Texas A&M University's governing board voted Thursday to open a new veterinary school campus in the"
    " Rio Grande Valley, the first in South Texas, with the first class of 40 students starting in 2029.",
    "The $160 million campus in McAllen will focus on farm animals. Ranchers in the region have said for years"
    " that they cannot find vets to treat their cattle.",
    "The Legislature approved $100 million for the project last year. The rest will come from the university"
    " and private donors.",
    '"A rancher in Starr County should not have to wait three weeks for a vet," said Regent Mike Hernandez.',
    "The school will offer reduced tuition to students who agree to work in rural Texas for four years after"
    " they graduate.",
    "Texas has about 6,000 practicing vets for more than 12 million cattle.",
]
CHALKBEAT = [
    "Denver Public Schools will end its policy of keeping police officers out of school buildings, the school"
    " board decided Thursday, after three years in which it allowed principals to bring them back case by case.",
    "The board voted 5-2 to let the district's safety chief station officers at up to 13 high schools, a"
    " change that makes the current arrangement permanent.",
    "Board member Scott Esserman, who voted against the change, said students of color had told the board they"
    " felt less safe with police in their schools.",
    "Superintendent Alex Marrero said principals had asked for the officers after a shooting at East High"
    " School in 2023 left two administrators wounded.",
    "The district will pay the Denver Police Department about $1.2 million a year for the officers.",
    "Students and parents will be able to file complaints about officers with a new district office.",
]
THE_19TH = [
    "The number of women running for governor next year has reached a record, with at least 46 women having"
    " filed or announced campaigns in 30 states, according to a count by the Center for American Women and"
    " Politics.",
    "The previous record was 35, set in 2018. Twelve women serve as governor now, also a record.",
    "Most of the candidates are Democrats, though the number of Republican women running has doubled since the"
    " last cycle.",
    "Kelly Dittmar, the center's director of research, said the growth reflected years of work recruiting women"
    ' to run for lower offices first. "The pipeline is finally producing candidates," she said.',
    "Several of the races are open seats, which give newcomers their best chance of winning.",
    "Filing deadlines in most states fall between February and June.",
]
INSIDE_CLIMATE = [
    "Pennsylvania regulators fined an oil and gas company $2.1 million on Wednesday for leaving 37 wells"
    " unplugged in three western counties, the largest penalty of its kind in the state.",
    "The state Department of Environmental Protection said the company, Diversified Energy, had failed to plug"
    " the wells after it stopped producing from them, as state law requires.",
    "Unplugged wells can leak methane, a potent greenhouse gas, and contaminate water. Residents near some of"
    " the wells had complained of a gas smell for years.",
    "Diversified said it would appeal. The company has said it plugs more wells each year than any other"
    " operator in Appalachia.",
    "Pennsylvania has recorded about 27,000 abandoned wells, and researchers believe there are many more that"
    " were never recorded.",
    "The fine will go into a state fund that pays for plugging orphaned wells.",
]
MONGABAY = [
    "Indonesia has granted permits to clear about 28,000 hectares of rainforest in Papua for sugarcane"
    " plantations this year, more than in any year since 2015, according to an analysis of government data.",
    "The permits were issued for a state-backed food project in Merauke district that aims to make the country"
    " self-sufficient in sugar and rice.",
    "Indigenous communities in the area say they were not asked for their consent before the land was handed"
    " to companies.",
    '"The forest is our market, our pharmacy and our church," said Vincent Gebze, a leader of the Marind'
    " people.",
    "The Ministry of Forestry said the land had been zoned for farming for years and that the project would"
    " follow environmental rules.",
    "Satellite images show that about 7,000 hectares had already been cleared by October.",
]
GLOBAL_VOICES = [
    "Au Kirghizistan, le Parlement a adopté mercredi une loi qui oblige les médias en ligne à s'enregistrer"
    " auprès du ministère de la Culture, sous peine de voir leurs sites bloqués.",
    "Le texte a été voté en troisième lecture par 72 députés sur 90, malgré les critiques de journalistes et"
    " d'organisations de défense de la liberté de la presse.",
    "Selon le gouvernement, la loi vise à lutter contre les fausses informations. Les médias concernés devront"
    " fournir le nom de leur rédacteur en chef et l'adresse de leurs bureaux.",
    "Plusieurs rédactions indépendantes, dont Kloop et Temirov Live, ont déjà vu leurs sites bloqués ces"
    " dernières années.",
    "« Cette loi donne au ministère le pouvoir de fermer n'importe quel média qui dérange », estime la"
    " journaliste Makhabat Tazhibek kyzy.",
    "Le président Sadyr Japarov doit encore signer le texte.",
]
CORRECTIV = [
    "Mehr als 600 Pflegeheime in Deutschland haben im vergangenen Jahr ihre Bewohner mit Zuzahlungen von mehr"
    " als 3.000 Euro im Monat belastet. Das zeigt eine Auswertung von CORRECTIV.",
    "Grundlage sind die Preislisten von rund 4.200 Heimen, die die Pflegekassen veröffentlichen. In Baden-"
    "Württemberg und Nordrhein-Westfalen liegen die Zuzahlungen am höchsten.",
    "Viele Bewohner können die Kosten nicht aus eigener Tasche bezahlen. Immer mehr von ihnen sind auf Hilfe"
    " vom Sozialamt angewiesen.",
    "„Die Pflege macht die Menschen arm, die ein Leben lang gearbeitet haben“, sagt Verena Bentele, Präsidentin"
    " des Sozialverbands VdK.",
    "Das Bundesgesundheitsministerium kündigte an, die Zuschüsse der Pflegeversicherung im kommenden Jahr zu"
    " prüfen.",
    "Die Heimbetreiber verweisen auf gestiegene Löhne und Energiekosten.",
]
PUBLICA = [
    "O desmatamento em terras indígenas da Amazônia caiu 38% entre agosto de 2025 e julho de 2026, segundo"
    " dados do Instituto Nacional de Pesquisas Espaciais (Inpe) analisados pela Agência Pública.",
    "A queda foi maior nos territórios onde o governo federal fez operações contra o garimpo ilegal, como a"
    " Terra Indígena Yanomami, em Roraima.",
    "Mesmo assim, 14 terras indígenas registraram aumento do desmatamento no período. A maior alta foi na Terra"
    " Indígena Apyterewa, no Pará.",
    "“O garimpo saiu de um lugar e foi para outro”, afirma o líder indígena Dário Kopenawa.",
    "O Ministério dos Povos Indígenas disse que vai ampliar as operações no próximo ano.",
    "Os dados completos do Inpe serão divulgados em dezembro.",
]


ARTICLES = {
    "en_adn_correction": World(
        "en",
        f"""Anchorage

Assembly approves $3.8 million for Midtown cold-weather shelter

By Emily Goodykoontz

Updated: December 2, 2026 Published: December 1, 2026

Correction: An earlier version of this story misstated the number of people the shelter will hold. It is 150, not 250.

{text(ADN)}

Comments

Emily Goodykoontz reports on Anchorage city government. Contact her at egoodykoontz@adn.com.""",
        title="Assembly approves $3.8 million for Midtown cold-weather shelter",
        dateline=None,
        lede="The Anchorage Assembly voted 9-2 on Tuesday",
        furniture=("Updated:", "Comments", "egoodykoontz@adn.com"),
        whole=(
            "The shelter, in a former office building on Benson Boulevard, will hold up to 150 people and open on"
            " Jan. 5.",
        ),
    ),
    "en_banner_update": World(
        "en",
        f"""Baltimore

Water main break floods Charles Street in Mount Vernon

By Adam Willis

12/7/2026 9:05 a.m. EST, Updated 12/7/2026 3:20 p.m. EST

Share

{text(BANNER)}

The Baltimore Banner is a nonprofit newsroom. Support our work.""",
        title="Water main break floods Charles Street in Mount Vernon",
        dateline=None,
        lede="A water main break in Baltimore's Mount Vernon neighborhood",
        furniture=("9:05 a.m.", "Share", "Support our work"),
        whole=(
            "The 20-inch main, installed in 1911, broke shortly after 6 a.m. near Centre Street, the Department of"
            " Public Works said.",
        ),
    ),
    "en_salt_lake_clarification": World(
        "en",
        f"""Education

Utah high schoolers will have to take personal finance to graduate

By Alixel Cabrera

| Dec. 3, 2026, 6:42 p.m.

| Updated: 9:10 p.m.

{text(TRIBUNE)}

This story has been updated with comment from the Utah School Superintendents Association.

Clarification: This story has been updated to clarify that the course requirement begins with students who graduate in 2029.

Alixel Cabrera is a Report for America corps member and writes about the state of communities in Utah for The Salt Lake Tribune. Your donation to match our RFA grant helps keep her writing stories like this one; please consider making a tax-deductible gift of any amount today by clicking here.""",
        title="Utah high schoolers will have to take personal finance to graduate",
        dateline=None,
        lede="Utah's Board of Education voted Thursday",
        furniture=("6:42 p.m.", "Report for America", "tax-deductible", "clicking here"),
        whole=("The course already exists as an elective in most districts.",),
    ),
    "en_globe_editors_note": World(
        "en",
        f"""Metro

State to close Shattuck Hospital and move patients to South End

By Kay Lazar Globe Staff, Updated December 2, 2026, 7:48 p.m.

Editor's note: This story has been updated to reflect that the Shattuck land will be used for housing, which the state confirmed Wednesday evening.

{text(GLOBE)}

Kay Lazar can be reached at kay.lazar@globe.com. Follow her @GlobeKayLazar.

Show comments""",
        title="State to close Shattuck Hospital and move patients to South End",
        dateline=None,
        lede="Massachusetts will close the Shattuck Hospital",
        furniture=("7:48 p.m.", "kay.lazar@globe.com", "@GlobeKayLazar", "Show comments"),
        whole=(
            "Health and Human Services Secretary Kiame Mahaniah said the old building had become too costly to"
            " keep safe.",
        ),
    ),
    "en_propublica_mississippi_today": World(
        "en",
        f"""Health

Mississippi Medicaid denies home care at twice the rate of its neighbors

by Anna Wolfe, ProPublica

December 3, 2026

This article was originally published by ProPublica, a Pulitzer Prize-winning investigative newsroom. Sign up for The Big Story newsletter to receive stories like this one in your inbox.

{text(PROPUBLICA)}

Republish this story

We want our journalism to be accessible to as many readers as possible. Republish our articles for free, online or in print, under a Creative Commons license.

Mississippi Today is a nonprofit newsroom. Donate today.""",
        title="Mississippi Medicaid denies home care at twice the rate of its neighbors",
        dateline=None,
        lede="Mississippi's Medicaid agency denied nearly one in five requests",
        furniture=(
            "originally published by ProPublica",
            "Pulitzer Prize-winning",
            "The Big Story newsletter",
            "Republish",
            "Creative Commons",
            "Donate today",
        ),
        whole=("The company, which is paid about $14 million a year, did not respond to questions.",),
    ),
    "en_conversation_salon": World(
        "en",
        f"""Science & Health

US honeybee colonies just had their worst year on record

Beekeepers lost 56% of their hives. Here's what is killing them

By Juliana Rangel

Published December 3, 2026 5:30AM (EST)

{text(CONVERSATION)}

Juliana Rangel receives funding from the U.S. Department of Agriculture and the Texas Beekeepers Association.

The Conversation is an independent source of news and views, sourced from the academic community. Its aim is to allow the best ideas on current issues to circulate more widely.

This article is republished from The Conversation under a Creative Commons license. Read the original article.""",
        title="US honeybee colonies just had their worst year on record",
        dateline=None,
        lede="Honeybee colonies in the United States died",
        furniture=(
            "5:30AM",
            "receives funding",
            "Department of Agriculture",
            "independent source of news and views",
            "republished from The Conversation",
            "Read the original article",
        ),
        whole=(
            "A parasitic mite, Varroa destructor, has grown resistant to one of the main treatments beekeepers use"
            " against it.",
        ),
    ),
    "en_calmatters_times_of_san_diego": World(
        "en",
        f"""California

State regulators let renters share rooftop solar

By Alejandro Lazo, CalMatters

December 3, 2026 | 4:12 PM

Posted in Environment, Politics

{text(CALMATTERS)}

CalMatters.org is a nonprofit, nonpartisan media venture explaining California policies and politics.

This article was originally published on CalMatters and was republished under the Creative Commons Attribution-NonCommercial-NoDerivatives license.""",
        title="State regulators let renters share rooftop solar",
        dateline=None,
        lede="California regulators on Thursday approved a plan",
        furniture=(
            "4:12 PM",
            "Posted in",
            "nonprofit, nonpartisan media venture",
            "originally published on CalMatters",
            "Creative Commons",
        ),
        whole=("Commissioner Darcie Houck said the decision would help close that gap.",),
    ),
    "en_kff_route_fifty": World(
        "en",
        f"""HEALTH & HUMAN SERVICES

Rural hospitals stop delivering babies in a dozen states

Hospital leaders blame staff shortages and low Medicaid rates.

SARAH VARNEY | KFF HEALTH NEWS

DECEMBER 3, 2026

{text(KFF)}

KFF Health News is a national newsroom that produces in-depth journalism about health issues and is one of the core operating programs at KFF—an independent source of health policy research, polling, and journalism. Learn more about KFF.

NEXT STORY: States race to staff 988 crisis lines""",
        title="Rural hospitals stop delivering babies in a dozen states",
        dateline=None,
        lede="Rural hospitals in at least 12 states have stopped delivering babies",
        furniture=(
            "national newsroom",
            "core operating",
            "Learn more about KFF",
            "NEXT STORY",
            "988",
        ),
        whole=("The program covers about 4 in 10 births in the United States.",),
    ),
    "en_texas_tribune_houston_public_media": World(
        "en",
        f"""Education

Texas A&M to open South Texas veterinary campus in McAllen

By Jessica Priest, The Texas Tribune | Posted on December 3, 2026, 5:40 PM

Share

{text(TEXAS_TRIBUNE)}

Disclosure: Texas A&M University has been a financial supporter of The Texas Tribune, a nonprofit, nonpartisan news organization that is funded in part by donations from members, foundations and corporate sponsors. Financial supporters play no role in the Tribune's journalism. Find a complete list of them here.

This article originally appeared in The Texas Tribune at https://www.texastribune.org/2026/12/03/texas-am-veterinary-school-mcallen/.

The Texas Tribune is a member-supported, nonpartisan newsroom informing and engaging Texans on state politics and policy. Learn more at texastribune.org.""",
        title="Texas A&M to open South Texas veterinary campus in McAllen",
        dateline=None,
        lede="Texas A&M University's governing board voted Thursday",
        furniture=(
            "5:40 PM",
            "Share",
            "financial supporter",
            "Financial supporters",
            "complete list",
            "originally appeared",
            "member-supported",
            "Learn more at",
        ),
        whole=("The Legislature approved $100 million for the project last year.",),
    ),
    "en_chalkbeat_colorado_sun": World(
        "en",
        f"""Education

Denver Public Schools makes police in high schools permanent

Melanie Asmar, Chalkbeat Colorado

6:11 AM MST on Dec 4, 2026

{text(CHALKBEAT)}

Chalkbeat is a nonprofit news site covering educational change in public schools. This story was originally published by Chalkbeat. Sign up for their newsletters at ckbe.at/newsletters.

Type of Story: News

Based on facts either observed and verified directly by the reporter, or reported and verified from knowledgeable sources.""",
        title="Denver Public Schools makes police in high schools permanent",
        dateline=None,
        lede="Denver Public Schools will end its policy",
        furniture=(
            "6:11 AM",
            "nonprofit news site",
            "originally published by Chalkbeat",
            "ckbe.at",
            "Type of Story",
            "knowledgeable sources",
        ),
        whole=(
            "The district will pay the Denver Police Department about $1.2 million a year for the officers.",
        ),
    ),
    "en_the_19th_fulcrum": World(
        "en",
        f"""Elections

A record number of women are running for governor in 2027

Grace Panetta

December 3, 2026

{text(THE_19TH)}

Panetta is a political reporter for The 19th. This story was originally published by The 19th, an independent, nonprofit newsroom reporting on gender, politics and policy.

Read More

Share this article""",
        title="A record number of women are running for governor in 2027",
        dateline=None,
        lede="The number of women running for governor next year has reached a record",
        furniture=(
            "political reporter for The 19th",
            "originally published by The 19th",
            "independent, nonprofit newsroom",
            "Read More",
            "Share this article",
        ),
        whole=("The previous record was 35, set in 2018.",),
    ),
    "en_inside_climate_ecowatch": World(
        "en",
        f"""Pennsylvania fines driller $2.1 million over 37 unplugged wells

Jon Hurdle

Dec. 03, 2026 03:22PM EST

Climate

{text(INSIDE_CLIMATE[:3])}

This story is funded by readers like you. Our nonprofit newsroom provides award-winning climate coverage free of charge and advertising free. We rely on donations from readers like you to keep going. Please donate now to support our work.

Donate Now

{text(INSIDE_CLIMATE[3:])}

This story originally appeared in Inside Climate News and is republished here with permission.

Subscribe to get exclusive updates in our daily newsletter!""",
        title="Pennsylvania fines driller $2.1 million over 37 unplugged wells",
        dateline=None,
        lede="Pennsylvania regulators fined an oil and gas company",
        furniture=(
            "03:22PM",
            "funded by readers",
            "award-winning climate coverage",
            "donate now",
            "originally appeared in Inside Climate",
            "republished here with permission",
            "exclusive updates",
        ),
        whole=("Diversified said it would appeal.",),
    ),
    "en_mongabay_eco_business": World(
        "en",
        f"""Indonesia clears record rainforest area in Papua for sugarcane

The permits for a state-backed food project cover 28,000 hectares, the most since 2015, an analysis shows.

By Hans Nicholas Jong

Wednesday 3 December 2026

Share this article:

{text(MONGABAY)}

This story was published with permission from Mongabay.com.

Did you find this article useful? Join the EB Circle!

Your support helps keep our journalism independent and our content free for everyone to read. Join our community here.""",
        title="Indonesia clears record rainforest area in Papua for sugarcane",
        dateline=None,
        lede="Indonesia has granted permits to clear about 28,000 hectares",
        furniture=(
            "Share this article",
            "published with permission",
            "Mongabay.com",
            "EB Circle",
            "Your support helps",
            "Join our community",
        ),
        whole=("Satellite images show that about 7,000 hectares had already been cleared by October.",),
    ),
    "fr_global_voices": World(
        "fr",
        f"""Kirghizistan : une nouvelle loi oblige les médias en ligne à s'enregistrer

Écrit par Gulnara Ibraeva

Traduit par Marie Bacoup

Publié le 3 décembre 2026 16:20 GMT

Ce billet a été traduit de l'anglais. Billet d'origine publié le 2 décembre 2026.

{text(GLOBAL_VOICES)}

Global Voices est une communauté internationale d'auteurs, de traducteurs et de défenseurs des droits humains. Nos articles sont publiés sous licence Creative Commons Attribution 3.0.

Soutenez Global Voices""",
        title="Kirghizistan : une nouvelle loi oblige les médias en ligne à s'enregistrer",
        dateline=None,
        lede="Au Kirghizistan, le Parlement a adopté mercredi",
        furniture=(
            "Traduit par",
            "16:20 GMT",
            "Billet d'origine",
            "communauté internationale",
            "Creative Commons",
            "Soutenez",
        ),
        whole=("Le président Sadyr Japarov doit encore signer le texte.",),
    ),
    "de_correctiv": World(
        "de",
        f"""Pflege

Heimplatz für mehr als 3.000 Euro im Monat: Wie die Pflege arm macht

von Max Donheiser , Katarina Huth

03. Dezember 2026

{text(CORRECTIV[:3])}

Unterstützen Sie unabhängigen Journalismus

CORRECTIV ist spendenfinanziert. Mit Ihrer Spende ermöglichen Sie unsere Recherchen. Jetzt spenden

{text(CORRECTIV[3:])}

Redigat: Justus von Daniels

Dieser Artikel darf unter der Lizenz CC BY-NC-ND 4.0 kostenlos übernommen werden.""",
        title="Heimplatz für mehr als 3.000 Euro im Monat: Wie die Pflege arm macht",
        dateline=None,
        lede="Mehr als 600 Pflegeheime in Deutschland",
        furniture=(
            "Unterstützen Sie",
            "spendenfinanziert",
            "Jetzt spenden",
            "Redigat",
            "CC BY-NC-ND",
            "übernommen werden",
        ),
        whole=("Die Heimbetreiber verweisen auf gestiegene Löhne und Energiekosten.",),
    ),
    "pt_agencia_publica": World(
        "pt",
        f"""Meio ambiente

Desmatamento em terras indígenas cai 38%, mas avança em 14 territórios

Por Rafael Oliveira

4 de dezembro de 2026

{text(PUBLICA)}

Republique

Esta reportagem pode ser republicada gratuitamente sob licença Creative Commons CC BY-ND 4.0, desde que citada a Agência Pública como fonte.

Apoie a Agência Pública. Jornalismo investigativo independente depende dos leitores. Seja aliado da Pública.""",
        title="Desmatamento em terras indígenas cai 38%, mas avança em 14 territórios",
        dateline=None,
        lede="O desmatamento em terras indígenas da Amazônia caiu 38%",
        furniture=(
            "Republique",
            "republicada gratuitamente",
            "Creative Commons",
            "Apoie a Agência",
            "Seja aliado",
        ),
        whole=(
            "A queda foi maior nos territórios onde o governo federal fez operações contra o garimpo ilegal, como"
            " a Terra Indígena Yanomami, em Roraima.",
        ),
    ),
}

BYLINES = {
    "en_adn_correction": "Emily Goodykoontz",
    "en_banner_update": "Adam Willis",
    "en_salt_lake_clarification": "Alixel Cabrera",
    "en_globe_editors_note": "Kay Lazar",
    "en_propublica_mississippi_today": "Anna Wolfe",
    "en_conversation_salon": "Juliana Rangel",
    "en_calmatters_times_of_san_diego": "Alejandro Lazo",
    "en_kff_route_fifty": "SARAH VARNEY",
    "en_texas_tribune_houston_public_media": "Jessica Priest",
    "en_chalkbeat_colorado_sun": "Melanie Asmar",
    "en_the_19th_fulcrum": "Grace Panetta",
    "en_inside_climate_ecowatch": "Jon Hurdle",
    "en_mongabay_eco_business": "Hans Nicholas Jong",
    "fr_global_voices": "Gulnara Ibraeva",
    "de_correctiv": "Max Donheiser",
    "pt_agencia_publica": "Rafael Oliveira",
}


class TestChangedAndLicensedStoriesRound(OutletRound):
    ARTICLES: ClassVar[dict[str, World]] = ARTICLES
    BYLINES: ClassVar[dict[str, str]] = BYLINES
    # Known misses, by check, each with why (strict xfails: a fix shows up as an XPASS).
    LEFT: ClassVar[dict[str, dict[str, str]]] = {
        "the_cleaned_text_holds_no_furniture_and_the_headline_is_the_title": {},
    }


# The paper's words about its story, which the cleaned text keeps where the paper prints them and no summary
# takes: a correction, a clarification, an editor's note.
NOTES = {
    "en_adn_correction": "Correction: An earlier version of this story misstated the number of people",
    "en_salt_lake_clarification": "Clarification: This story has been updated to clarify",
    "en_globe_editors_note": "Editor's note: This story has been updated to reflect",
}


@pytest.mark.parametrize("name", sorted(NOTES))
def test_a_correction_stays_in_the_text_where_the_paper_prints_it(name: str) -> None:
    assert NOTES[name] in clean_text(ARTICLES[name].text).text


@pytest.mark.parametrize(
    "options", [{}, {"form": "tldr"}, {"length": "short"}], ids=["default", "tldr", "short"]
)
@pytest.mark.parametrize("name", sorted(NOTES))
def test_no_summary_takes_a_correction(name: str, options: dict) -> None:
    summary = nutgraf.summarize(ARTICLES[name].text, **options)
    assert [s.text for s in summary.sentences if s.text.startswith(NOTES[name].split(":")[0])] == []
    assert [s.text for s in summary.sentences if "earlier version of this story" in s.text] == []
    assert [s.text for s in summary.sentences if "has been updated" in s.text] == []


def test_an_update_inside_the_story_opens_no_summary_sentence_on_its_stamp() -> None:
    for options in [{}, {"form": "tldr"}, {"length": "short"}, {"sentences": 5}]:
        summary = nutgraf.summarize(ARTICLES["en_banner_update"].text, **options)
        assert [s.text for s in summary.sentences if s.text.startswith("Update")] == [], summary.text


# The corrected figure as the Anchorage Daily News's page strikes it through beside its replacement.
ADN_STRUCK = ADN[1].replace("150 people", "<del>250</del> 150 people")

PAGES = {
    "en_adn_correction": OutletPage(
        f"""<!DOCTYPE html><html lang="en"><head>
<title>Assembly approves $3.8 million for Midtown cold-weather shelter - Anchorage Daily News</title>
<meta property="og:title" content="Assembly approves $3.8 million for Midtown cold-weather shelter">
<meta property="article:published_time" content="2026-12-01T19:40:00-09:00">
<meta property="article:modified_time" content="2026-12-02T10:05:00-09:00">
<meta name="author" content="Emily Goodykoontz">
</head><body>
<nav><a href="/">Home</a> <a href="/alaska-news/anchorage/">Anchorage</a></nav>
<article>
<h1>Assembly approves $3.8 million for Midtown cold-weather shelter</h1>
<div class="byline">By <a href="/author/emily-goodykoontz/">Emily Goodykoontz</a></div>
<div class="dates"><span>Updated: <time datetime="2026-12-02T10:05:00-09:00">December 2, 2026</time></span>
<span>Published: <time datetime="2026-12-01T19:40:00-09:00">December 1, 2026</time></span></div>
<div class="article-body">
<p><em>Correction: An earlier version of this story misstated the number of people the shelter will hold. It is
150, not 250.</em></p>
<p>{ADN[0]}</p>
<p>{ADN_STRUCK}</p>
{html(ADN[2:])}
</div>
<section class="comments"><h2>Comments</h2></section>
</article>
<footer>© 2026 Anchorage Daily News. All rights reserved.</footer>
</body></html>""",
        title="Assembly approves $3.8 million for Midtown cold-weather shelter",
        byline="Emily Goodykoontz",
        published=date(2026, 12, 1),
        lede="The Anchorage Assembly voted 9-2 on Tuesday",
        furniture=("250 150", "Comments", "All rights reserved"),
    ),
    "en_banner_update": OutletPage(
        f"""<!DOCTYPE html><html lang="en"><head>
<title>Water main break floods Charles Street in Mount Vernon – The Baltimore Banner</title>
<meta property="og:title" content="Water main break floods Charles Street in Mount Vernon">
<meta property="article:published_time" content="2026-12-07T14:05:00Z">
<meta property="article:modified_time" content="2026-12-07T20:20:00Z">
<meta name="author" content="Adam Willis">
</head><body>
<article>
<h1>Water main break floods Charles Street in Mount Vernon</h1>
<div class="byline">By <a href="/staff/adam-willis/">Adam Willis</a></div>
<div class="timestamps"><time datetime="2026-12-07T14:05:00Z">12/7/2026 9:05 a.m. EST</time>,
Updated <time datetime="2026-12-07T20:20:00Z">12/7/2026 3:20 p.m. EST</time></div>
<div class="share"><button>Share</button></div>
{html(BANNER[:2])}
<p><strong>Update, 3:15 p.m.:</strong> {BANNER[2].removeprefix("Update, 3:15 p.m.: ")}</p>
{html(BANNER[3:])}
<aside class="donate"><p>The Baltimore Banner is a nonprofit newsroom. <a href="/donate">Support our work.</a></p></aside>
</article></body></html>""",
        title="Water main break floods Charles Street in Mount Vernon",
        byline="Adam Willis",
        published=date(2026, 12, 7),
        lede="A water main break in Baltimore's Mount Vernon neighborhood",
        furniture=("9:05 a.m.", "Share", "Support our work"),
    ),
    "en_propublica_mississippi_today": OutletPage(
        f"""<!DOCTYPE html><html lang="en-US"><head>
<title>Mississippi Medicaid denies home care at twice the rate of its neighbors - Mississippi Today</title>
<meta property="og:title" content="Mississippi Medicaid denies home care at twice the rate of its neighbors">
<meta property="og:site_name" content="Mississippi Today">
<meta property="article:published_time" content="2026-12-03T11:00:00-06:00">
<meta name="author" content="Anna Wolfe, ProPublica">
</head><body>
<header><a href="/">Mississippi Today</a><a class="donate" href="/donate">Donate</a></header>
<article>
<h1>Mississippi Medicaid denies home care at twice the rate of its neighbors</h1>
<div class="byline">by <a href="/author/anna-wolfe/">Anna Wolfe, ProPublica</a></div>
<time datetime="2026-12-03T11:00:00-06:00">December 3, 2026</time>
<div class="entry-content">
<p class="propublica-note"><em>This article was originally published by ProPublica, a Pulitzer Prize-winning
investigative newsroom. Sign up for The Big Story newsletter to receive stories like this one in your inbox.</em></p>
{html(PROPUBLICA)}
<img src="https://pixel.propublica.org/pixel.gif?id=mississippi-medicaid-home-care" width="1" height="1"
alt="" style="width:1px;height:1px;margin:0;padding:0;border:0">
</div>
<aside class="republish-widget"><button class="republish-button">Republish this story</button>
<div class="republish-modal"><h3>Republish this story</h3><p>We want our journalism to be accessible to as
many readers as possible. Republish our articles for free, online or in print, under a Creative Commons
license.</p><textarea>&lt;h1&gt;Mississippi Medicaid denies home care&lt;/h1&gt;</textarea></div></aside>
</article>
<footer><p>Mississippi Today is a nonprofit newsroom. <a href="/donate">Donate today.</a></p></footer>
</body></html>""",
        title="Mississippi Medicaid denies home care at twice the rate of its neighbors",
        byline="Anna Wolfe",
        published=date(2026, 12, 3),
        lede="Mississippi's Medicaid agency denied nearly one in five requests",
        furniture=(
            "originally published by ProPublica",
            "The Big Story",
            "pixel",
            "Republish",
            "Creative Commons",
            "Donate",
        ),
    ),
    "en_conversation_salon": OutletPage(
        f"""<!DOCTYPE html><html lang="en"><head>
<title>US honeybee colonies just had their worst year on record | Salon.com</title>
<meta property="og:title" content="US honeybee colonies just had their worst year on record">
<meta property="article:published_time" content="2026-12-03T10:30:00Z">
<meta name="author" content="Juliana Rangel">
</head><body>
<article>
<h1>US honeybee colonies just had their worst year on record</h1>
<h2 class="standfirst">Beekeepers lost 56% of their hives. Here's what is killing them</h2>
<div class="byline">By <a href="/writer/juliana_rangel">Juliana Rangel</a></div>
<time datetime="2026-12-03T10:30:00Z">Published December 3, 2026 5:30AM (EST)</time>
<div class="article-body">
{html(CONVERSATION)}
<p class="disclosure">Juliana Rangel receives funding from the U.S. Department of Agriculture and the Texas
Beekeepers Association.</p>
<p class="conversation-blurb">The Conversation is an independent source of news and views, sourced from the
academic community. Its aim is to allow the best ideas on current issues to circulate more widely.</p>
<p class="republished">This article is republished from <a href="https://theconversation.com">The
Conversation</a> under a Creative Commons license. Read the <a href="https://theconversation.com/x">original
article</a>.</p>
<img src="https://counter.theconversation.com/content/248311/count.gif?distributor=republish-lightbox-basic"
alt="The Conversation" width="1" height="1">
</div></article></body></html>""",
        title="US honeybee colonies just had their worst year on record",
        byline="Juliana Rangel",
        published=date(2026, 12, 3),
        lede="Honeybee colonies in the United States died",
        furniture=(
            "receives funding",
            "independent source of news and views",
            "republished from",
            "original article",
            "count.gif",
        ),
    ),
    "en_texas_tribune_houston_public_media": OutletPage(
        f"""<!DOCTYPE html><html lang="en-US"><head>
<title>Texas A&amp;M to open South Texas veterinary campus in McAllen – Houston Public Media</title>
<meta property="og:title" content="Texas A&amp;M to open South Texas veterinary campus in McAllen">
<meta property="article:published_time" content="2026-12-03T17:40:00-06:00">
<meta name="author" content="Jessica Priest, The Texas Tribune">
</head><body>
<article>
<h1>Texas A&amp;M to open South Texas veterinary campus in McAllen</h1>
<div class="byline">By Jessica Priest, The Texas Tribune | Posted on
<time datetime="2026-12-03T17:40:00-06:00">December 3, 2026, 5:40 PM</time></div>
{html(TEXAS_TRIBUNE)}
<p><em>Disclosure: Texas A&amp;M University has been a financial supporter of The Texas Tribune, a nonprofit,
nonpartisan news organization that is funded in part by donations from members, foundations and corporate
sponsors. Financial supporters play no role in the Tribune's journalism. Find a complete list of them
here.</em></p>
<p><em>This article originally appeared in The Texas Tribune at
https://www.texastribune.org/2026/12/03/texas-am-veterinary-school-mcallen/.</em></p>
<p><em>The Texas Tribune is a member-supported, nonpartisan newsroom informing and engaging Texans on state
politics and policy. Learn more at texastribune.org.</em></p>
<img src="https://www.texastribune.org/pixel.gif?story=vet-school" width="1" height="1" alt="">
</article></body></html>""",
        title="Texas A&M to open South Texas veterinary campus in McAllen",
        byline="Jessica Priest",
        published=date(2026, 12, 3),
        lede="Texas A&M University's governing board voted Thursday",
        furniture=(
            "financial supporter",
            "complete list",
            "originally appeared",
            "member-supported",
            "pixel",
        ),
    ),
    "de_correctiv": OutletPage(
        f"""<!DOCTYPE html><html lang="de"><head>
<title>Heimplatz für mehr als 3.000 Euro im Monat: Wie die Pflege arm macht - CORRECTIV</title>
<meta property="og:title" content="Heimplatz für mehr als 3.000 Euro im Monat: Wie die Pflege arm macht">
<meta property="article:published_time" content="2026-12-03T06:00:00+01:00">
<meta name="author" content="Max Donheiser, Katarina Huth">
</head><body>
<article>
<a class="kicker" href="/gesundheit/">Pflege</a>
<h1>Heimplatz für mehr als 3.000 Euro im Monat: Wie die Pflege arm macht</h1>
<div class="autoren">von <a href="/autor/max-donheiser/">Max Donheiser</a> , <a href="/autor/katarina-huth/">Katarina Huth</a></div>
<time datetime="2026-12-03T06:00:00+01:00">03. Dezember 2026</time>
{html(CORRECTIV[:3])}
<aside class="spendenbox"><h3>Unterstützen Sie unabhängigen Journalismus</h3>
<p>CORRECTIV ist spendenfinanziert. Mit Ihrer Spende ermöglichen Sie unsere Recherchen.</p>
<a class="button" href="/spenden/">Jetzt spenden</a></aside>
{html(CORRECTIV[3:])}
<p class="credits">Redigat: Justus von Daniels</p>
<p class="lizenz">Dieser Artikel darf unter der Lizenz CC BY-NC-ND 4.0 kostenlos übernommen werden.</p>
</article></body></html>""",
        title="Heimplatz für mehr als 3.000 Euro im Monat: Wie die Pflege arm macht",
        byline="Max Donheiser",
        published=date(2026, 12, 3),
        lede="Mehr als 600 Pflegeheime in Deutschland",
        furniture=("Unterstützen Sie", "spendenfinanziert", "Jetzt spenden", "Redigat", "CC BY-NC-ND"),
    ),
    "pt_agencia_publica": OutletPage(
        f"""<!DOCTYPE html><html lang="pt-BR"><head>
<title>Desmatamento em terras indígenas cai 38%, mas avança em 14 territórios - Agência Pública</title>
<meta property="og:title" content="Desmatamento em terras indígenas cai 38%, mas avança em 14 territórios">
<meta property="article:published_time" content="2026-12-04T08:00:00-03:00">
<meta name="author" content="Rafael Oliveira">
</head><body>
<article>
<h1>Desmatamento em terras indígenas cai 38%, mas avança em 14 territórios</h1>
<div class="autor">Por <a href="/autor/rafael-oliveira/">Rafael Oliveira</a></div>
<time datetime="2026-12-04T08:00:00-03:00">4 de dezembro de 2026</time>
{html(PUBLICA)}
<div class="republique"><button>Republique</button>
<p>Esta reportagem pode ser republicada gratuitamente sob licença Creative Commons CC BY-ND 4.0, desde que
citada a Agência Pública como fonte.</p></div>
<aside class="apoie"><p>Apoie a Agência Pública. Jornalismo investigativo independente depende dos leitores.
<a href="/apoie/">Seja aliado da Pública.</a></p></aside>
</article></body></html>""",
        title="Desmatamento em terras indígenas cai 38%, mas avança em 14 territórios",
        byline="Rafael Oliveira",
        published=date(2026, 12, 4),
        lede="O desmatamento em terras indígenas da Amazônia caiu 38%",
        furniture=("Republique", "republicada", "Creative Commons", "Apoie", "Seja aliado"),
    ),
}
# Known misses of the pages, by check, each with why (strict xfails).
PAGES_LEFT: dict[str, dict[str, str]] = {}


@pytest.mark.parametrize("name", names(PAGES, PAGES_LEFT.get("title", {})))
def test_a_page_s_title_is_its_headline(name: str) -> None:
    assert nutgraf.extract(PAGES[name].markup).title == PAGES[name].title


@pytest.mark.parametrize("name", names(PAGES, PAGES_LEFT.get("byline", {})))
def test_a_page_s_byline_is_its_writer_s_not_the_newsroom_it_came_from(name: str) -> None:
    byline = nutgraf.extract(PAGES[name].markup).byline
    assert byline is not None and PAGES[name].byline in byline, byline
    assert not [newsroom for newsroom in ("ProPublica", "Texas Tribune") if newsroom in byline], byline


@pytest.mark.parametrize("name", names(PAGES, PAGES_LEFT.get("date", {})))
def test_a_page_s_date_is_its_story_s_first(name: str) -> None:
    published = nutgraf.extract(PAGES[name].markup).published
    assert published is not None and published.date() == PAGES[name].published


@pytest.mark.parametrize("name", names(PAGES, PAGES_LEFT.get("text", {})))
def test_a_page_s_text_keeps_the_story_and_none_of_its_licence_s_furniture(name: str) -> None:
    page = PAGES[name]
    cleaned = nutgraf.extract(page.markup).text
    assert page.lede in cleaned
    assert [mark for mark in page.furniture if mark in cleaned] == [], cleaned


@pytest.mark.parametrize(
    "options", [{}, {"form": "tldr"}, {"length": "short"}], ids=["default", "tldr", "short"]
)
@pytest.mark.parametrize("name", names(PAGES, PAGES_LEFT.get("summary", {})))
def test_a_page_s_summaries_hold_only_the_story_s_sentences(name: str, options: dict) -> None:
    page = PAGES[name]
    article = nutgraf.extract(page.markup)
    summary = nutgraf.summarize(article, **options)
    assert summary.sentences
    for sentence in summary.sentences:
        assert article.text[sentence.start : sentence.end] == sentence.text
        assert [mark for mark in page.furniture if mark in sentence.text] == [], sentence.text
        assert not sentence.text.startswith(("Correction", "Update")), sentence.text


def test_a_page_s_struck_figure_is_not_read_beside_its_replacement() -> None:
    # The Anchorage Daily News's corrected figure struck through ("<del>250</del> 150 people"): the text holds
    # the replacement, as the page shows it, and the correction note over the story says what it was.
    cleaned = nutgraf.extract(PAGES["en_adn_correction"].markup).text
    assert "will hold up to 150 people" in cleaned
    assert "Correction: An earlier version of this story misstated" in cleaned


@pytest.mark.parametrize(
    "line",
    [
        # Each had stayed between two paragraphs or under the story, and a summary or the keyphrases could take
        # it: a republished story's note of its source, over or under it, with the newsroom's account and
        # calls; a newsroom's licence terms and their button; its donation ask in German and Portuguese.
        "This article was originally published by ProPublica, a Pulitzer Prize-winning investigative newsroom."
        " Sign up for The Big Story newsletter to receive stories like this one in your inbox.",
        "This article was originally published on CalMatters and was republished under the Creative Commons"
        " Attribution-NonCommercial-NoDerivatives license.",
        "Chalkbeat is a nonprofit news site covering educational change in public schools. This story was"
        " originally published by Chalkbeat. Sign up for their newsletters at ckbe.at/newsletters.",
        "This story originally appeared in Inside Climate News and is republished here with permission.",
        "This article originally appeared in The Texas Tribune at https://www.texastribune.org/2026/12/03/vets/.",
        "The Texas Tribune is a member-supported, nonpartisan newsroom informing and engaging Texans on state"
        " politics and policy. Learn more at texastribune.org.",
        "This story was published with permission from Mongabay.com.",
        "We want our journalism to be accessible to as many readers as possible. Republish our articles for"
        " free, online or in print, under a Creative Commons license.",
        "The Conversation is an independent source of news and views, sourced from the academic community. Its"
        " aim is to allow the best ideas on current issues to circulate more widely.",
        "Ce billet a été traduit de l'anglais. Billet d'origine publié le 2 décembre 2026.",
        "Dieser Artikel darf unter der Lizenz CC BY-NC-ND 4.0 kostenlos übernommen werden.",
        "Esta reportagem pode ser republicada gratuitamente sob licença Creative Commons CC BY-ND 4.0, desde que"
        " citada a Agência Pública como fonte.",
    ],
)
def test_this_round_s_furniture_leaves_the_text_and_the_summaries(line: str) -> None:
    check_line_leaves(line)


@pytest.mark.parametrize(
    "closing",
    [
        # Under the story only: a newsroom's one sentence on itself, named nowhere above (CalMatters's), a
        # trust label and its definition (The Colorado Sun's), a donation ask and a licence button.
        "CalMatters.org is a nonprofit, nonpartisan media venture explaining California policies and politics.",
        "Type of Story: News\n\nBased on facts either observed and verified directly by the reporter, or reported"
        " and verified from knowledgeable sources.",
        "Apoie a Agência Pública. Jornalismo investigativo independente depende dos leitores. Seja aliado da"
        " Pública.",
        "CORRECTIV ist spendenfinanziert. Mit Ihrer Spende ermöglichen Sie unsere Recherchen. Jetzt spenden",
        "Republique",
    ],
)
def test_a_licensed_story_s_closing_notes_leave_the_text(closing: str) -> None:
    assert clean_text(f"{NEWS}\n\n{closing}").text == NEWS


@pytest.mark.parametrize(
    "line",
    [
        # News worded as this round's furniture: a publication's history that goes on or names no outlet in
        # capitals, a licence or a disclosure told by someone, a newsroom named in the story, a donation
        # reported, a struck-out figure's words, the Trust Project's words without its label.
        "This story was first published by The Herald in 1998, and it won a prize that year.",
        "This study was originally published in The Lancet and has been cited 400 times.",
        "This article was originally published in print.",
        "The photos may be republished under a Creative Commons license, the museum said.",
        "Our stories may be republished for free under the new law, the publisher said.",
        "The foundation has been a financial supporter of the museum since 2019, records show.",
        "The Texas Tribune is a nonprofit newsroom, the judge noted in her ruling.",
        "Die Tafel ist spendenfinanziert, sagte die Leiterin.",
        "Jetzt spenden die Menschen mehr als vor der Pandemie, teilte der Verband mit.",
        "Seja aliado da natureza, pediu o ministro aos agricultores.",
        "Based on facts either observed and verified directly by the reporter, the court found the story fair.",
        "Learn more at the library, the mayor told residents.",
    ],
)
def test_news_worded_as_this_round_s_furniture_stays(line: str) -> None:
    check_line_stays(line)


def test_a_newsroom_the_story_reports_on_stays_in_its_last_paragraph() -> None:
    # A story about ProPublica, which names it above, closing on what it is: the story's own words.
    story = (
        "A federal judge ordered the agency on Tuesday to release the records ProPublica had sued for.\n\n"
        "The agency said it would appeal.\n\n"
        "ProPublica is a nonprofit newsroom that investigates abuses of power."
    )
    assert clean_text(story).text.endswith(
        "ProPublica is a nonprofit newsroom that investigates abuses of power."
    )


@pytest.mark.parametrize(
    "story",
    [
        # A story about a correction, its lede the news: no note of the page's, but a summary's sentence.
        "The Daily Ledger published a correction on Friday saying an earlier version of its story had misstated"
        " the senator's vote on the budget.\n\nThe senator had voted against the bill, not for it, the paper"
        " said. Her office had complained on Thursday.\n\nThe paper's editor said the error came from a"
        " misread tally sheet.",
    ],
)
def test_a_story_about_a_correction_is_summarized_as_news(story: str) -> None:
    summary = nutgraf.summarize(story, sentences=2)
    assert summary.sentences[0].text.startswith("The Daily Ledger published a correction on Friday")


@pytest.mark.parametrize(
    "paragraph",
    [
        # An update's stamp opening a paragraph: the summary's sentence opens on its news.
        "Update, 3:15 p.m.: Crews restored water to half of the homes by mid-afternoon, the department said.",
        "UPDATE at 4 p.m. ET: Crews restored water to half of the homes by mid-afternoon, the department said.",
    ],
)
def test_an_update_s_stamp_opens_no_summary_sentence(paragraph: str) -> None:
    text = f"{PARAGRAPHS[0]}\n\n{paragraph}\n\n{PARAGRAPHS[1]}"
    summary = nutgraf.summarize(text, sentences=3)
    assert "Crews restored water to half of the homes by mid-afternoon, the department said." in [
        sentence.text for sentence in summary.sentences
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        # Sentences opening on the same words that are no stamps: an imperative, a plural noun, lower case.
        "Update the app by 5 p.m.: The bank said older versions would stop working.",
        "Updates at 3 p.m. were posted on the city's website.",
    ],
)
def test_a_sentence_opening_on_update_keeps_its_words(paragraph: str) -> None:
    text = f"{PARAGRAPHS[0]}\n\n{paragraph}\n\n{PARAGRAPHS[1]}"
    assert paragraph.split(".")[0] in "".join(s.text for s in nutgraf.summarize(text, sentences=3).sentences)


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        # A byline's stamp run on after a comma or a bar: the names before it.
        ("By Kay Lazar Globe Staff, Updated December 2, 2026, 7:48 p.m.", "Kay Lazar"),
        ("By Jessica Priest, The Texas Tribune | Posted on December 3, 2026, 5:40 PM", "Jessica Priest"),
    ],
)
def test_a_byline_with_its_stamp_run_on_is_the_writer_s(line: str, byline: str) -> None:
    article = nutgraf.extract(f"Council passes the budget\n\n{line}\n\n{NEWS}")
    assert article.byline is not None and article.byline.startswith(byline)
    assert article.text == NEWS


def test_a_sentence_of_a_time_after_by_is_no_byline() -> None:
    text = f"Council passes the budget\n\nBy the time it was published, December 3, 2026, 5:40 PM\n\n{NEWS}"
    assert nutgraf.extract(text).byline is None


@pytest.mark.parametrize("bar", ["| Dec. 3, 2026, 6:42 p.m.", "| Updated: 9:10 p.m."])
def test_a_stamp_after_a_byline_s_bar_on_its_own_line_leaves_the_text(bar: str) -> None:
    text = f"Council passes the budget\n\nBy Alixel Cabrera\n\n{bar}\n\n{NEWS}"
    assert clean_text(text).text == NEWS


def test_a_page_s_inserted_figure_stays_where_the_struck_one_goes() -> None:
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    markup = (
        "<html><head><title>Shelter opens</title></head><body><article><h1>Shelter opens</h1>"
        f"<p>The shelter will hold up to <s>250</s> <ins>150</ins> people from January.</p>{paragraphs}"
        "</article></body></html>"
    )
    assert "The shelter will hold up to 150 people from January." in nutgraf.extract(markup).text


def test_a_writer_s_disclosure_under_a_page_s_story_leaves_it_and_a_funded_study_in_it_stays() -> None:
    markup = (
        '<html><head><title>Bees</title><meta name="author" content="Juliana Rangel"></head><body><article>'
        "<h1>Bees</h1>"
        + "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
        + "<p>The survey receives funding from the U.S. Department of Agriculture, the team said.</p>"
        "<p>Juliana Rangel receives funding from the U.S. Department of Agriculture.</p></article></body></html>"
    )
    text = nutgraf.extract(markup).text
    assert "The survey receives funding" in text
    assert "Juliana Rangel receives funding" not in text


# The newsroom each republished copy credits beside its writer, which is no part of the byline.
SOURCES = {
    "en_propublica_mississippi_today": "ProPublica",
    "en_calmatters_times_of_san_diego": "CalMatters",
    "en_kff_route_fifty": "KFF",
    "en_texas_tribune_houston_public_media": "Texas Tribune",
    "en_chalkbeat_colorado_sun": "Chalkbeat",
}


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_a_pasted_republished_story_s_byline_is_its_writer_s_alone(name: str) -> None:
    byline = nutgraf.extract(ARTICLES[name].text).byline
    assert byline is not None and SOURCES[name] not in byline, byline


def test_a_second_writer_after_the_comma_stays_beside_a_republishing_note() -> None:
    # Two writers over the stamp and a note crediting another newsroom: both writers are the byline.
    text = (
        "Council passes the budget\n\nJane Doe, John Roe\n\nDecember 3, 2026\n\n"
        f"{NEWS}\n\nThis story was originally published by ProPublica."
    )
    assert nutgraf.extract(text).byline == "Jane Doe, John Roe"


@pytest.mark.parametrize(
    "line",
    [
        # A story's own sentence on a publication, bare or with its call to read it: the publication is the
        # news (a report, a study), or the shared sets' gold keeps it (ScienceAlert's Futurism line); only
        # beside a newsroom's account or a licence is such a line a republishing note.
        "This report was published by Amnesty International.",
        "This report was published in The Lancet.",
        "This report was first published by Human Rights Watch at hrw.org.",
        "This story is published by The Times.",
        "This article was originally published by Futurism. Read the original article.",
        "ProPublica is a nonprofit newsroom that investigates abuses of power. Learn more at the hearing on Tuesday.",
        # A licence's words with the court's after them, in Portuguese.
        "Esta reportagem pode ser republicada sob licença Creative Commons, decidiu o tribunal.",
    ],
)
def test_a_story_s_own_sentence_on_a_publication_stays(line: str) -> None:
    check_line_stays(line)
    assert clean_text(f"{NEWS}\n\n{line}").text.endswith(line)


def test_a_page_s_byline_keeps_its_outlet_beside_a_bare_provenance_line() -> None:
    # ScienceAlert's Futurism copy (shared gold "Victor Tangermann; Futurism"): a bare line of where the story
    # first ran is no newsroom's licence note, and the page's author field stays as it was.
    markup = (
        '<html><head><title>Bees</title><meta name="author" content="Victor Tangermann; Futurism"></head><body>'
        "<article><h1>Bees</h1>"
        + "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
        + "<p>This article was originally published by Futurism. Read the original article.</p></article></body></html>"
    )
    article = nutgraf.extract(markup)
    assert article.byline == "Victor Tangermann; Futurism"
    assert article.text.endswith(
        "This article was originally published by Futurism. Read the original article."
    )


@pytest.mark.parametrize(
    ("paragraph", "kept"),
    [
        # Struck text that is the sentence's own stays: a deal's old price, a word the sentence is about, a
        # column's crossed-out joke, a struck sentence, a table's change log (LWN's).
        ("The kettle is down to <s>£40</s> £30 at Argos.", "The kettle is down to £40 £30 at Argos."),
        ("Was <del>$199</del> now $149: the best deal we have seen.", "Was $199 now $149"),
        ("The word <s>literally</s> has lost its meaning, the linguist said.", "The word literally has lost"),
        ("I was asked to write about <s>my cat</s> the economy.", "about my cat the economy"),
        ("<s>The council had planned to close it.</s> It voted to keep it open.", "The council had planned"),
        (
            "<table><tr><th>Feature</th><th>Status</th></tr><tr><td><strike>Multimedia</strike> Audio</td>"
            "<td>Dropped from the release</td></tr></table>",
            "Multimedia Audio",
        ),
        (
            "<table><tr><th>Hall</th><th>Seats</th></tr><tr><td>Main hall of the library</td><td><del>250</del> 150"
            "</td></tr></table>",
            "250 150",
        ),
    ],
)
def test_struck_text_that_is_the_sentence_s_own_stays(paragraph: str, kept: str) -> None:
    block = paragraph if paragraph.startswith("<table>") else f"<p>{paragraph}</p>"
    markup = (
        "<html><head><title>Deals</title></head><body><article><h1>Deals</h1>"
        + "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
        + f"{block}</article></body></html>"
    )
    assert kept in nutgraf.extract(markup).text
