"""English news from outlets nutgraf had not seen, as a reader pastes it from the page: US local TV
(Nexstar, ABC-owned stations), metro dailies, Axios Local, The Hill, Politico, Business Insider, the UK's
Independent, Evening Standard, Mirror, Sky News and Scotsman, the Irish Times and RTÉ, ABC News
(Australia), the Sydney Morning Herald, the NZ Herald, CBC and Global News, NDTV, The Hindu, Hindustan
Times and Times of India, Kenya's Nation, News24 and Punch, the Straits Times, SCMP, Japan Times and
Inquirer, and agency copy as a regional paper runs it. Each brings what its page puts around the story:
the headline and standfirst, "By X | Published ... | Updated ...", "Listen to this article", "Advertisement",
captions with credits, "Related:" and "Read more:" links, share words, newsletter and app calls, author
bios, comment counts, tag lists and stamps in many formats. Before any was run, what a reader notices
was written down: the headline is the title and the byline's names are the byline, no furniture in the
cleaned text or any summary, and the summary opens on the news, not on a caption, credit or stamp."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

import nutgraf
from nutgraf.extract.text import clean_text
from world_news import PROSE


@dataclass(frozen=True)
class Outlet:
    """An article as pasted from an outlet's page, with what a reader expects of it."""

    text: str
    title: str  # the headline it opens on
    byline: str | None  # the names of its byline (None: the page shows none)
    lede: str  # how the news of its first paragraph opens (past any dateline)
    furniture: tuple[str, ...]  # words of the page's lines, in no summary nor the cleaned text


ARTICLES = {
    "us_wral_local_tv": Outlet(
        """Raleigh approves $48M plan to fix flooding along Crabtree Creek

Posted 4:12 p.m. Dec 3, 2026 — Updated 6:45 p.m. Dec 3, 2026

By Aaron Thomas, WRAL reporter

Listen to this article 4 min

RALEIGH, N.C. — The Raleigh City Council on Tuesday approved a $48 million plan to reduce flooding along Crabtree Creek, where heavy rain has repeatedly swamped homes, roads and the parking lots of Crabtree Valley Mall.

The plan pays for three new stormwater detention basins, wider culverts under Glenwood Avenue and the buyout of 22 homes that flood most often. Work on the first basin is expected to start next spring.

Advertisement

"We have watched families lose everything in these storms, and they have waited long enough," Mayor Janet Cowell said before the 7-1 vote.

Flooding on Crabtree Creek near Glenwood Avenue in August 2026. (Photo: WRAL)

The city estimates the project will protect about 1,300 properties from a storm like Hurricane Florence in 2018, which dropped more than 10 inches of rain on parts of Wake County. Council member Christina Jones cast the only vote against it, saying the buyout offers were too low.

Residents who want to learn whether their home is part of the buyout can call the city's stormwater office or attend a public meeting on Dec. 12 at the Five Points Center.

The money comes from a stormwater bond that voters approved in 2024 and from a federal resilience grant.

Related Topics: Raleigh, Flooding, Weather

Copyright 2026 by Capitol Broadcasting Company. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.

Download the WRAL News app for breaking news alerts.""",
        title="Raleigh approves $48M plan to fix flooding along Crabtree Creek",
        byline="Aaron Thomas",
        lede="The Raleigh City Council on Tuesday approved a $48 million plan",
        furniture=(
            "Posted 4:12",
            "Listen to this article",
            "Advertisement",
            "(Photo: WRAL)",
            "Related Topics",
            "Copyright 2026",
            "Download the WRAL",
        ),
    ),
    "us_ktla_nexstar": Outlet(
        """Brush fire near Santa Clarita forces evacuations, shuts down 14 Freeway

by: Iris Gonzalez

Posted: Dec 3, 2026 / 02:17 PM PST

Updated: Dec 3, 2026 / 05:40 PM PST

SHARE

A fast-moving brush fire near Santa Clarita forced evacuations of hundreds of homes and shut down the northbound 14 Freeway on Thursday afternoon, officials said.

The Sand Fire broke out around 1:30 p.m. near Sand Canyon Road and had burned about 600 acres by 5 p.m., according to the Los Angeles County Fire Department. Winds gusting to 45 mph pushed the flames toward neighborhoods in Canyon Country.

Smoke from the Sand Fire rises over Canyon Country on Dec. 3, 2026. (KTLA)

Evacuation orders were issued for homes east of Sand Canyon Road and north of Soledad Canyon Road. An evacuation center opened at Golden Valley High School, and large animals were being taken to the Pierce College equestrian center.

"We have more than 300 firefighters on the ground and four water-dropping helicopters working the fire," Fire Capt. Sheila Kelliher said. No injuries had been reported.

The California Highway Patrol closed the northbound 14 Freeway between Sand Canyon Road and Agua Dulce, causing long backups during the evening commute. Southern California Edison cut power to about 2,000 customers as a precaution.

The cause of the fire is under investigation.

This is a developing story. Check back for updates.

Copyright 2026 Nexstar Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.

For the latest news, weather, sports, and streaming video, head to KTLA.

Download the KTLA app""",
        title="Brush fire near Santa Clarita forces evacuations, shuts down 14 Freeway",
        byline="Iris Gonzalez",
        lede="A fast-moving brush fire near Santa Clarita forced evacuations",
        furniture=(
            "Posted:",
            "Updated:",
            "SHARE",
            "(KTLA)",
            "developing story",
            "Nexstar Media",
            "For the latest news",
            "Download the KTLA",
        ),
    ),
    "us_tampa_bay_times": Outlet(
        """Pinellas school board votes to close two elementary schools

Enrollment has fallen by nearly 7,000 students in a decade. Parents at Gulfport and Lakeview say the district is breaking up their communities.

By Jeffrey S. Solochek

Times staff

Published Dec. 3, 2026 | Updated Dec. 3, 2026

The Pinellas County School Board voted 5-2 on Tuesday to close Gulfport Elementary and Lakeview Fundamental Elementary at the end of the school year, the district's first school closures in more than a decade.

Superintendent Kevin Hendrick said the district cannot keep paying to run buildings that are half empty. Pinellas enrollment has fallen by nearly 7,000 students since 2016, and the two schools together have more than 600 empty seats.

Parents hold signs outside the Pinellas County School Board meeting in Largo on Tuesday. [ DIRK SHADD | Times ]

Students from Gulfport will move to Bay Vista Fundamental, and those from Lakeview to Fairmount Park Elementary, both within three miles. The district said it would run extra buses in the first year.

More than 40 people spoke against the closures during a meeting that lasted past 10 p.m. "This school is the center of our neighborhood," said Tamika Reed, whose two children attend Gulfport. "You are taking that away to save money on air conditioning."

Board members Laura Hine and Caprice Edmond voted no, saying the district had not given families enough time.

The district expects to save about $2.4 million a year. It has not decided what to do with the buildings.

Read more: Florida's school enrollment is shrinking. Here's what that means for your district.

Sign up for the Gradebook newsletter to get education news from Tampa Bay in your inbox every Thursday.

Jeffrey S. Solochek is an education reporter for the Tampa Bay Times. Reach him at jsolochek@tampabay.com.""",
        title="Pinellas school board votes to close two elementary schools",
        byline="Jeffrey S. Solochek",
        lede="The Pinellas County School Board voted 5-2 on Tuesday",
        furniture=(
            "Times staff",
            "Published Dec",
            "DIRK SHADD",
            "Read more:",
            "Gradebook newsletter",
            "Reach him at",
        ),
    ),
    "us_star_tribune": Outlet(
        """Minneapolis police chief to step down in spring

O'Hara, who led the department through a federal consent decree, says it is "time for new leadership."

By Liliana Hernández Star Tribune

December 3, 2026 — 3:58pm

Minneapolis Police Chief Brian O'Hara will step down in April after four years leading a department still rebuilding after the murder of George Floyd, he announced Wednesday.

O'Hara, 47, told officers in an email that he had accepted a job outside Minnesota and would stay until a successor is chosen. Mayor Jacob Frey said the city would begin a national search this month.

Advertisement

During O'Hara's tenure, the department's sworn ranks grew from about 560 officers to more than 700 after years of departures, and violent crime fell for three years in a row. He also oversaw the first stages of the court-enforced agreement with the Minnesota Department of Human Rights.

"The work is far from finished, but this department is in a very different place than it was," O'Hara said at a news conference at City Hall.

Minneapolis Police Chief Brian O'Hara speaks at City Hall on Wednesday. (Richard Tsong-Taatarii/The Minnesota Star Tribune)

Some City Council members had clashed with O'Hara over the pace of reforms. Council Member Robin Wonsley said the next chief must "treat the consent decree as a floor, not a ceiling."

The Police Officers Federation of Minneapolis said in a statement that it thanked O'Hara for his service.

Liliana Hernández covers Minneapolis City Hall for the Star Tribune.

Comments (112)

More from Star Tribune""",
        title="Minneapolis police chief to step down in spring",
        byline="Liliana Hernández",
        lede="Minneapolis Police Chief Brian O'Hara will step down in April",
        furniture=(
            "3:58pm",
            "Advertisement",
            "Richard Tsong-Taatarii",
            "covers Minneapolis City Hall",
            "Comments (112)",
            "More from Star Tribune",
        ),
    ),
    "us_axios_local": Outlet(
        """Denver's new bus lanes are speeding up trips on Colfax

Axios Denver

Alayna Alvarez

Dec 3, 2026

Buses on Colfax Avenue are running up to 20% faster since Denver opened dedicated bus lanes in September, according to new data from RTD.

Why it matters: The 15 and 15L lines on Colfax carry more riders than any other route in the region, and the city is betting $280 million that faster buses will win more of them.

Driving the news: RTD's data shows the average trip from Civic Center Station to Yosemite Street now takes 31 minutes during rush hour, down from 38 minutes a year ago.

Ridership on the corridor rose 9% over the same months in 2025.

The other side: Some business owners along East Colfax say the lanes have cut into parking and deliveries. "Our customers can't stop out front anymore," said Maria Lucero, who owns a bakery near Colfax and Race.

Zoom in: The lanes are the first phase of the Colfax bus rapid transit project, which will add center-running lanes and 19 new stations by 2028.

What's next: The city plans to start construction on the center-running lanes between Broadway and Colorado Boulevard next summer.

Go deeper: Denver's plan to build more bus rapid transit lines

Get more local stories in your inbox with Axios Denver.

Support local journalism by becoming a member.""",
        title="Denver's new bus lanes are speeding up trips on Colfax",
        byline="Alayna Alvarez",
        lede="Buses on Colfax Avenue are running up to 20% faster",
        furniture=(
            "Axios Denver\n",
            "Go deeper",
            "in your inbox with Axios",
            "becoming a member",
        ),
    ),
    "us_the_hill": Outlet(
        """Senate passes stopgap bill to avert shutdown, sending it to president

by Al Weaver - 12/03/26 9:45 PM ET

Share

Post

The Senate on Wednesday night passed a stopgap funding bill that keeps the government open through Feb. 6, sending the measure to the president's desk with less than three hours before a shutdown deadline.

The bill passed 71-27, with a majority of Republicans and most Democrats voting in favor. It keeps spending at current levels and includes $12 billion in disaster aid for states hit by hurricanes this fall.

Senate Majority Leader John Thune (R-S.D.) said the vote gave appropriators "the time they need to finish the job" on full-year spending bills.

Democrats had pressed for an extension of health insurance subsidies in the package but dropped the demand after Thune promised a separate vote in January.

"This is not the deal we wanted, but shutting down the government would hurt the very people we are trying to help," said Sen. Amy Klobuchar (D-Minn.).

The House passed the measure on Tuesday by a vote of 224-203.

Related

House conservatives balk at disaster aid in spending bill

Copyright 2026 Nexstar Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.

Tags: government shutdown John Thune stopgap""",
        title="Senate passes stopgap bill to avert shutdown, sending it to president",
        byline="Al Weaver",
        lede="The Senate on Wednesday night passed a stopgap funding bill",
        furniture=(
            "12/03/26",
            "Share\n",
            "Post\n",
            "balk at disaster aid",
            "Nexstar Media",
            "Tags:",
        ),
    ),
    "us_politico": Outlet(
        """Governors push back on Medicaid work requirements rule

Eleven governors, including three Republicans, say the rule's reporting deadlines will cost eligible people their coverage.

By Megan Messerly

12/03/2026 05:00 AM EST

Updated: 12/03/2026 11:32 AM EST

Eleven governors are asking federal health officials to delay a rule that would require Medicaid enrollees to report their work hours every month, warning that many states cannot build the systems in time.

In a letter sent Wednesday to the Centers for Medicare and Medicaid Services, the governors said the rule's January start date would force states to drop eligible people from the program. Three of the signers, from Indiana, Utah and Vermont, are Republicans.

"States support the goal of connecting people to work, but we cannot do it with software that does not exist yet," the letter says.

CMS estimates that about 4.8 million adults could lose coverage under the requirements. A spokesperson for the agency said it was reviewing the letter.

The rule, issued in October, carries out a provision of last year's budget law. It requires adults aged 19 to 64 in the Medicaid expansion group to show 80 hours a month of work, school or volunteering.

Advertisement

State Medicaid directors have said the monthly reporting is the hardest part. Arkansas, which tried work requirements in 2018, dropped more than 18,000 people in a few months, most for failing to report.

This article first appeared in POLITICO Pulse. Sign up for POLITICO Playbook and get the latest news, every morning, in your inbox.

Filed under: Medicaid, Health Care, Governors""",
        title="Governors push back on Medicaid work requirements rule",
        byline="Megan Messerly",
        lede="Eleven governors are asking federal health officials to delay a rule",
        furniture=(
            "05:00 AM EST",
            "Updated:",
            "Advertisement",
            "POLITICO Playbook",
            "first appeared in",
            "Filed under",
        ),
    ),
    "us_business_insider": Outlet(
        """Costco is raising its membership fee for the first time since 2024

Costco shoppers will pay $70 a year for a Gold Star membership from March.

Justin Sullivan/Getty Images

Ana Altchek

Dec 3, 2026, 7:12 AM ET

Share

Save

Costco is raising its annual membership fees for the first time since 2024, the company said on Wednesday.

The basic Gold Star membership will rise to $70 from $65, and the Executive membership to $140 from $130, starting March 1. The retailer's membership fees brought in $5.1 billion in its last fiscal year.

Costco has historically raised fees about every five and a half years, so the increase comes sooner than analysts had expected. The company said it needed to offset higher wages for its warehouse staff.

Read next

"We continue to believe our members see great value in their membership," Chief Financial Officer Gary Millerchip told analysts on a call.

Renewal rates in the US and Canada stood at 92.3% last quarter, near record highs. Analysts at Evercore ISI said the increase would add about $300 million to annual profit.

Costco's shares rose 2% in premarket trading.

Have a tip? Contact this reporter via email at aaltchek@businessinsider.com.

Read next

Costco, Retail, Membership""",
        title="Costco is raising its membership fee for the first time since 2024",
        byline="Ana Altchek",
        lede="Costco is raising its annual membership fees",
        furniture=(
            "Justin Sullivan",
            "7:12 AM",
            "Read next",
            "Save\n",
            "Have a tip",
        ),
    ),
    "us_ap_regional": Outlet(
        """Judge blocks Texas law requiring Ten Commandments in classrooms

By JIM VERTUNO Associated Press

Dec 3, 2026 Updated 2 hrs ago

0

AUSTIN, Texas (AP) — A federal judge on Wednesday blocked a Texas law that requires public school classrooms to display the Ten Commandments, ruling that it likely violates the First Amendment.

U.S. District Judge Fred Biery issued a preliminary injunction after a group of families and clergy members sued the state in September. The law was set to take full effect in January for all of the state's roughly 9,000 public schools.

"The state may not use its classrooms to promote a particular religious text," Biery wrote in a 48-page ruling.

Texas Attorney General Ken Paxton said he would appeal to the 5th U.S. Circuit Court of Appeals. A federal appeals court upheld a ruling blocking a similar law in Louisiana earlier this year.

The law requires schools to hang a poster of the Ten Commandments at least 16 by 20 inches in each classroom. Supporters say the commandments are part of the country's legal history.

Advertisement

Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.

Tags

Education

Religion

Courts""",
        title="Judge blocks Texas law requiring Ten Commandments in classrooms",
        byline="JIM VERTUNO",
        lede="A federal judge on Wednesday blocked a Texas law",
        furniture=(
            "Updated 2 hrs ago",
            "Advertisement",
            "Copyright 2026 The Associated Press",
            "Tags",
        ),
    ),
    "uk_independent": Outlet(
        """Water bills to rise by average of £86 next year, Ofwat confirms

Households in the South East will see the biggest increases as companies invest in sewage infrastructure

Holly Evans

Wednesday 03 December 2026 11:42 GMT

Comments

Listen to this article 3 min

Get the free Morning Headlines email for news from our reporters across the world

Sign up to our free Morning Headlines email

Water bills in England and Wales will rise by an average of £86 next year, the regulator Ofwat has confirmed, as companies pass on the cost of replacing ageing pipes and cutting sewage spills.

The average annual bill will reach £689 from April, a rise of 14 per cent. Customers of Southern Water and Thames Water face the largest increases, of more than 20 per cent.

Sewage is discharged into the River Thames near Hammersmith (PA Wire)

Ofwat said the money would pay for a £104bn programme of investment over five years, including new storage tanks to stop raw sewage overflowing into rivers during heavy rain.

David Black, the regulator's chief executive, said: "We know these increases are hard for many households, and companies must deliver every penny of the improvements customers are paying for."

Campaign group River Action said customers were "being asked to pay twice" for infrastructure that should have been built years ago.

The Consumer Council for Water said around one in five households already struggled to pay their bills and called for a single national social tariff.

Read More

Thames Water creditors agree rescue deal to avoid special administration

More about

Ofwat

Water bills

Thames Water

Join our commenting forum

Join thought-provoking conversations, follow other Independent readers and see their replies

Comments""",
        title="Water bills to rise by average of £86 next year, Ofwat confirms",
        byline=None,
        lede="Water bills in England and Wales will rise by an average of £86",
        furniture=(
            "11:42 GMT",
            "Listen to this article",
            "Morning Headlines",
            "(PA Wire)",
            "Read More",
            "creditors agree rescue",
            "More about",
            "commenting forum",
            "thought-provoking",
        ),
    ),
    "uk_evening_standard": Outlet(
        """Elizabeth line to run 24 hours at weekends from next spring, TfL announces

Night service will run every 15 minutes between Paddington and Abbey Wood

Ross Lydall

4 minutes ago

Share

The Elizabeth line will run through the night on Fridays and Saturdays from next spring, Transport for London announced on Wednesday.

Trains will run every 15 minutes between Paddington and Abbey Wood through the night, joining the five Tube lines that already run a Night Tube service.

Mayor Sadiq Khan said the move would support London's night-time economy, which employs about 1.6 million people. "Whether you work nights, are heading home from a shift or a night out, this will make it easier and safer to get around," he said.

The Elizabeth line carried its one billionth passenger last year (Jeremy Selwyn)

TfL said about 30,000 extra journeys were expected each weekend night. The service will not run on the branches to Heathrow, Reading or Shenfield at first.

The RMT union said it would seek talks about staffing for the night service.

Want more news from the Standard? Download our app for the latest London news.

MORE ABOUT

Elizabeth line

TfL

Sadiq Khan

Have your say...

Comments (23)""",
        title="Elizabeth line to run 24 hours at weekends from next spring, TfL announces",
        byline="Ross Lydall",
        lede="The Elizabeth line will run through the night on Fridays and Saturdays",
        furniture=(
            "4 minutes ago",
            "Jeremy Selwyn",
            "Download our app",
            "MORE ABOUT",
            "Have your say",
            "Comments (23)",
        ),
    ),
    "uk_mirror": Outlet(
        """Storm Bram: Met Office issues amber wind warning as 80mph gusts to batter UK

The Met Office has warned of danger to life from flying debris and large waves as Storm Bram sweeps in from the Atlantic on Thursday night

By Nia Dalton, Weather Reporter

17:05, 3 Dec 2026

Updated 18:20, 3 Dec 2026

Bookmark

Get the latest news sent straight to your inbox

Sign up to our newsletter

The Met Office has issued an amber wind warning as Storm Bram threatens to bring gusts of up to 80mph to parts of the UK.

The warning covers Northern Ireland, north Wales and north-west England from 9pm on Thursday until 9am on Friday. Forecasters said there was a danger to life from flying debris and large waves along the coast.

Waves crash over the sea wall at Porthcawl during Storm Amy (Image: Getty Images)

Power cuts are likely, and some roads and bridges could close. Ferry operators including Stena Line have already cancelled sailings between Holyhead and Dublin.

Met Office chief meteorologist Paul Gundersen said: "Storm Bram will bring a spell of very strong winds, and people should take care and check their travel plans."

A yellow warning for rain covers much of Scotland, where up to 70mm could fall on high ground.

READ MORE: UK snow maps show exact date Britain to be hit by 500-mile wall of snow

Don't miss the latest news from around the UK and the world - follow the Mirror on Google Discover and click the Follow button.""",
        title="Storm Bram: Met Office issues amber wind warning as 80mph gusts to batter UK",
        byline="Nia Dalton",
        lede="The Met Office has issued an amber wind warning",
        furniture=(
            "17:05",
            "Bookmark",
            "Get the latest news",
            "Sign up to our newsletter",
            "(Image: Getty Images)",
            "READ MORE",
            "Google Discover",
        ),
    ),
    "uk_sky_news": Outlet(
        """Bank of England holds interest rates at 3.75% as inflation stays sticky

The Bank's Monetary Policy Committee voted by six to three to keep rates on hold, with three members backing a cut.

Paul Kelso

Business correspondent @pkelso

Thursday 3 December 2026 12:19, UK

Image: The Bank of England in the City of London. Pic: Reuters

Why you can trust Sky News

The Bank of England has held interest rates at 3.75%, saying inflation is falling more slowly than it expected.

The Monetary Policy Committee voted six to three to keep rates on hold, with three members preferring a cut to 3.5%.

Consumer price inflation was 3.1% in October, above the Bank's 2% target, driven by food prices and household energy bills.

Read more from Sky News:
Retail sales fall for second month in a row
Why your mortgage might still be going up

Governor Andrew Bailey said: "We need to be sure inflation is on track to return to target before we cut rates further."

Markets had expected the decision, and the pound was little changed after the announcement. Economists at Capital Economics said they expected the next cut in February.

The Bank has cut rates four times since August 2024, from a peak of 5.25%.

Follow Sky News on WhatsApp

Keep up with all the latest news from the UK and around the world by following Sky News

Tap here""",
        title="Bank of England holds interest rates at 3.75% as inflation stays sticky",
        byline="Paul Kelso",
        lede="The Bank of England has held interest rates at 3.75%",
        furniture=(
            "@pkelso",
            "12:19, UK",
            "Pic: Reuters",
            "trust Sky News",
            "Read more from Sky News",
            "Retail sales fall",
            "WhatsApp",
            "Tap here",
        ),
    ),
    "uk_scotsman": Outlet(
        """Edinburgh tourist tax raises £12m in first six months

The visitor levy was introduced in July

By Ilona Amos

Published 3rd Dec 2026, 14:30 GMT

Updated 3rd Dec 2026, 15:02 GMT

Edinburgh's visitor levy has raised £12 million in its first six months, more than the city council had expected.

The 5 per cent charge on overnight stays, the first in the UK, came into force in July. Council leader Jane Meagher said the money would go on street cleaning, housing and support for the festivals.

Visitors on the Royal Mile during the Festival Fringe. Picture: Lisa Ferguson

Hotels in the city reported no fall in bookings over the summer, according to the Edinburgh Hotels Association, although some guest houses said they had lost business to accommodation outside the city boundary.

Glasgow and Aberdeen are consulting on levies of their own.

Subscribe to The Scotsman today

Don't miss out on the news, views and analysis from The Scotsman.

Comments

Sign up to our daily newsletter""",
        title="Edinburgh tourist tax raises £12m in first six months",
        byline="Ilona Amos",
        lede="Edinburgh's visitor levy has raised £12 million",
        furniture=(
            "Published 3rd Dec",
            "Picture: Lisa Ferguson",
            "Subscribe to The Scotsman",
            "Don't miss out",
            "daily newsletter",
        ),
    ),
    "ie_irish_times": Outlet(
        """Housing completions fall for first time in five years as Government misses target

Just over 29,000 new homes were built in the 12 months to the end of September, CSO figures show

Jack Horgan-Jones

Wed Dec 03 2026 - 11:08

The number of new homes completed in the State has fallen for the first time in five years, leaving the Government well short of its target for 2026.

Figures published on Wednesday by the Central Statistics Office (CSO) show that 29,140 homes were completed in the 12 months to the end of September, down 6 per cent on the same period a year earlier.

The Government's target for this year is 41,000 homes.

Minister for Housing James Browne said the fall was "disappointing but not unexpected" given the drop in commencements in 2024. He said planning reforms and new funding for water infrastructure would speed up building next year.

Apartment completions fell most sharply, by 18 per cent, while the number of one-off houses was unchanged.

Sinn Féin housing spokesman Eoin Ó Broin said the figures showed the Government's plan was "failing".

Sign up to push alerts and have the best news, analysis and comment delivered directly to your phone

Find The Irish Times on WhatsApp and stay up to date

Our In The News podcast is now published daily – Find the latest episode here

Jack Horgan-Jones is Political Correspondent of The Irish Times""",
        title="Housing completions fall for first time in five years as Government misses target",
        byline="Jack Horgan-Jones",
        lede="The number of new homes completed in the State has fallen",
        furniture=(
            "11:08",
            "push alerts",
            "WhatsApp",
            "In The News podcast",
            "Political Correspondent of",
        ),
    ),
    "ie_rte": Outlet(
        """Dublin Airport passenger cap to be lifted under new planning law

Updated / Wednesday, 3 Dec 2026 13:40

By Will Goodbody

Business Editor

The 32 million passenger cap at Dublin Airport is to be lifted under legislation approved by the Cabinet this morning.

The cap was set as a planning condition in 2007 when the airport's second terminal was approved. The airport handled 33.3 million passengers last year, putting it in breach of the condition.

Minister for Transport Darragh O'Brien said the law would allow the airport to grow while protecting people living nearby from noise.

Fingal County Council had been considering an application from DAA, the airport's operator, to raise the cap to 40 million.

Ryanair chief executive Michael O'Leary welcomed the decision but said it was "years too late".

Residents in St Margaret's and The Ward, near the north runway, said they would consider a legal challenge.

Image: Passengers at Dublin Airport's Terminal 2 (file image)

Read more:
DAA profits rise as passenger numbers reach record

Share

Tags

Dublin Airport

Darragh O'Brien""",
        title="Dublin Airport passenger cap to be lifted under new planning law",
        byline="Will Goodbody",
        lede="The 32 million passenger cap at Dublin Airport is to be lifted",
        furniture=(
            "Updated /",
            "Business Editor",
            "(file image)",
            "Read more",
            "profits rise",
            "Tags",
        ),
    ),
    "au_abc_news": Outlet(
        """Reserve Bank leaves cash rate on hold at 3.35pc as inflation edges higher

By business reporter Emilia Terzon

Posted Tue 2 Dec 2026 at 2:30pm, updated Tue 2 Dec 2026 at 4:12pm

Michele Bullock says the board will not hesitate to act if inflation keeps rising. (ABC News: Matt Roberts)

In short:

The Reserve Bank has left the cash rate unchanged at 3.35 per cent.

Governor Michele Bullock says underlying inflation is still too high.

What's next?

Economists expect rates to stay on hold until at least May.

The Reserve Bank has kept interest rates on hold for a third straight meeting, saying inflation is proving harder to bring down than it had expected.

The central bank's board left the cash rate at 3.35 per cent on Tuesday, as most economists had forecast.

Underlying inflation rose to 3.1 per cent in the September quarter, above the bank's target band of 2 to 3 per cent, driven by rents, insurance and electricity prices.

"The board remains alert to the risk that inflation stays higher for longer," Governor Michele Bullock told reporters in Sydney.

The decision means the average mortgage holder will keep paying about $300 a month less than at the start of the year, after three rate cuts earlier in 2026.

Westpac chief economist Luci Ellis said the next move could be up rather than down if inflation did not ease by February.

Posted 2 Dec 2026

Share""",
        title="Reserve Bank leaves cash rate on hold at 3.35pc as inflation edges higher",
        byline="Emilia Terzon",
        lede="The Reserve Bank has kept interest rates on hold for a third straight meeting",
        furniture=(
            "Posted Tue",
            "(ABC News: Matt Roberts)",
            "In short",
            "What's next?",
        ),
    ),
    "au_smh": Outlet(
        """Sydney's lockout-era venue curfew to be scrapped for live music pubs

Pubs and small bars that host live music will be able to trade until 2am without restrictions from March.

By Alexandra Smith

December 3, 2026 — 5.00am

Save

Log in, register or subscribe to save articles for later.

Share

Normal text size

Larger text size

Very large text size

Advertisement

Pubs and small bars that host live music in Sydney will be freed from the last of the lockout-era trading restrictions under changes to be announced by the NSW government on Wednesday.

Venues that put on live performances at least twice a week will be able to trade until 2am without extra conditions, and small bars will be allowed 150 patrons instead of 120.

Music Minister John Graham said the changes would help rebuild a night-time economy that had lost hundreds of venues since 2014. "Live music is coming back to Sydney, and we want to make it as easy as possible for venues to say yes," he said.

The Rose of Australia hotel in Erskineville hosts live music four nights a week. Credit: Louise Kennerley

The Australian Hotels Association welcomed the reforms, but residents' groups in Surry Hills and Newtown said they were worried about noise.

The government will also cut the fee for extended trading licences by half.

Alexandra Smith is State Political Editor of The Sydney Morning Herald.

Get the day's breaking news, entertainment ideas and a long read to enjoy. Sign up to receive our Evening Edition newsletter.

License this article

Most Viewed in Politics

Loading""",
        title="Sydney's lockout-era venue curfew to be scrapped for live music pubs",
        byline="Alexandra Smith",
        lede="Pubs and small bars that host live music in Sydney will be freed",
        furniture=(
            "5.00am",
            "Log in, register",
            "text size",
            "Advertisement",
            "Credit: Louise Kennerley",
            "State Political Editor",
            "Evening Edition",
            "License this article",
            "Most Viewed",
            "Loading",
        ),
    ),
    "nz_herald": Outlet(
        """Auckland's City Rail Link to open in August, Government confirms

By Bernard Orsman

Auckland Super City reporter·NZ Herald·

3 Dec, 2026 05:00 PM 3 mins to read

Subscribe to listen

Access to Herald Premium articles require a Premium subscription. Subscribe now to listen.

Auckland's City Rail Link will open to passengers in August next year, the Government and Auckland Council have confirmed.

The $5.5 billion underground rail line, which runs 3.45km between Britomart and the western line at Mt Eden, was first promised for 2024 and has been delayed by Covid-19 and construction problems.

Transport Minister Chris Bishop said testing of trains in the tunnels would start in February. "Aucklanders have waited a long time for this, and it will change the way people move around the city," he said.

The new Te Waihorotiu Station under Aotea Square. Photo / Dean Purcell

Auckland Mayor Wayne Brown said the council would run trains every six minutes at peak times on the western line once the link opens.

The link is expected to double the number of people who can travel by train within 30 minutes of the city centre.

Bernard Orsman is the Herald's Auckland Super City reporter. He has worked at the Herald since 1994.

Related articles

NZ|Politics

Watch: Inside the City Rail Link tunnels

3 Dec 04:00 PM""",
        title="Auckland's City Rail Link to open in August, Government confirms",
        byline="Bernard Orsman",
        lede="Auckland's City Rail Link will open to passengers in August",
        furniture=(
            "3 mins to read",
            "Subscribe to listen",
            "Herald Premium",
            "Photo / Dean Purcell",
            "has worked at the Herald",
            "Related articles",
            "Inside the City Rail Link",
        ),
    ),
    "ca_cbc": Outlet(
        """Ontario to ban cellphones in all high school classrooms next fall

Students will have to keep phones in lockers or pouches during class, education minister says

Shawn Jeffords · The Canadian Press

Posted: Dec 03, 2026 10:11 AM EST | Last Updated: 2 hours ago

Ontario Education Minister Paul Calandra speaks at Queen's Park on Wednesday. (Chris Young/The Canadian Press)

Social Sharing

Ontario will ban cellphones in all high school classrooms starting next September, Education Minister Paul Calandra announced Wednesday.

Students will have to keep their phones in lockers or sealed pouches during class time, unless a teacher allows them for a specific lesson or a student needs one for medical reasons.

The province already bars phones in elementary classrooms, and high schools have had a partial ban since 2024 that allowed students to keep phones on their desks with the ringer off.

"Teachers tell us the phones are still a constant distraction," Calandra told reporters. "We are going to give them the backing they need."

The Ontario Secondary School Teachers' Federation said it supported the ban but wanted the province to pay for the pouches.

The province said it would give boards $20 million to carry out the policy.

With files from CBC News

Corrections and clarifications|Submit a news tip|Report error

Related Stories

Popular Now in Canada""",
        title="Ontario to ban cellphones in all high school classrooms next fall",
        byline="Shawn Jeffords",
        lede="Ontario will ban cellphones in all high school classrooms",
        furniture=(
            "Last Updated",
            "(Chris Young/The Canadian Press)",
            "Social Sharing",
            "With files from",
            "Submit a news tip",
            "Related Stories",
            "Popular Now",
        ),
    ),
    "ca_global_news": Outlet(
        """Calgary to cut water use after main break, city says restrictions could last weeks

By Adam MacVicar Global News

Posted December 3, 2026 6:41 pm

Updated December 3, 2026 8:05 pm

3 min read

The City of Calgary is asking residents to cut their water use by a quarter after a major feeder main broke in the city's northwest on Wednesday.

Officials said the break on the Bearspaw south feeder main, which carries about 60 per cent of the city's treated water, would take at least three weeks to repair.

WATCH: Calgary mayor asks residents to reduce water use after main break – Dec 3, 2026

Mayor Jeromy Farkas said outdoor watering and car washing were banned immediately. "Every shower you shorten makes a difference," he said.

The same main broke in June 2024, leading to weeks of restrictions across the city. A report later found that the pipe had been weakened by corrosion.

Crews were working through the night to find the exact site of the break, the city said.

© 2026 Global News, a division of Corus Entertainment Inc.

Trending Now""",
        title="Calgary to cut water use after main break, city says restrictions could last weeks",
        byline="Adam MacVicar",
        lede="The City of Calgary is asking residents to cut their water use",
        furniture=(
            "Posted December",
            "3 min read",
            "WATCH:",
            "Corus Entertainment",
            "Trending Now",
        ),
    ),
    "in_ndtv": Outlet(
        """RBI Cuts Repo Rate By 25 Basis Points To 5.25%, Lowers Inflation Forecast

The Reserve Bank of India cut its key lending rate for the fourth time this year as retail inflation stayed well below its target.

India News | Edited by Aditi Sharma | Updated: December 05, 2026 11:15 am IST

Read Time: 3 mins

Share

Mumbai:

The Reserve Bank of India (RBI) on Friday cut its key lending rate by 25 basis points to 5.25 per cent, as retail inflation stayed well below its 4 per cent target.

Governor Sanjay Malhotra said the six-member Monetary Policy Committee voted unanimously for the cut and kept its neutral stance.

The RBI lowered its inflation forecast for the year to 2.2 per cent from 2.6 per cent and raised its growth forecast to 7.3 per cent.

Home and car loans linked to the repo rate are expected to become cheaper in the coming weeks.

"Inflation has come down faster than we expected, which gives us room to support growth," Mr Malhotra said.

Track Latest News Live on NDTV.com and get news updates from India and around the world

Follow us: Facebook, X, Instagram

Show full article""",
        title="RBI Cuts Repo Rate By 25 Basis Points To 5.25%, Lowers Inflation Forecast",
        byline="Aditi Sharma",
        lede="The Reserve Bank of India (RBI) on Friday cut its key lending rate",
        furniture=(
            "India News |",
            "Read Time",
            "Mumbai:",
            "Track Latest News",
            "Follow us",
            "Show full article",
        ),
    ),
    "in_the_hindu": Outlet(
        """Chennai Metro Phase II: Poonamallee-Porur stretch opens to public

The 9-km elevated stretch has eight stations; trains will run every 10 minutes

Updated - December 03, 2026 09:44 pm IST - CHENNAI

Sunitha Sekar

COMMents

SHARE

READ LATER

Commuters on the first train on the Poonamallee-Porur stretch on Wednesday. | Photo Credit: B. JOTHI RAMALINGAM

The first stretch of Chennai Metro Rail's Phase II, from Poonamallee to Porur, was opened to the public on Wednesday.

The 9-km elevated line has eight stations, and trains will run every 10 minutes from 5 a.m. to 11 p.m., Chennai Metro Rail Limited (CMRL) said.

Chief Minister M.K. Stalin flagged off the first train at Poonamallee. He said the full 116-km Phase II network would be completed by 2028.

The stretch is expected to carry about 40,000 passengers a day in its first year. Fares range from ₹10 to ₹40.

Residents of Poonamallee and Porur said the line would cut travel times to the city, which can take more than an hour by road during peak hours.

Published - December 03, 2026 09:40 pm IST

Related Topics

Chennai / metro rail / public transport""",
        title="Chennai Metro Phase II: Poonamallee-Porur stretch opens to public",
        byline="Sunitha Sekar",
        lede="The first stretch of Chennai Metro Rail's Phase II",
        furniture=(
            "Updated -",
            "COMMents",
            "READ LATER",
            "Photo Credit",
            "Published -",
            "Related Topics",
        ),
    ),
    "in_hindustan_times": Outlet(
        """Delhi air quality slips to 'severe' again, GRAP stage 3 curbs return

Delhi's AQI stood at 412 at 4pm on Wednesday, according to the Central Pollution Control Board

By Jasjeev Gandhiok, New Delhi

Dec 03, 2026 07:54 PM IST

Delhi's air quality slipped back into the "severe" category on Wednesday, prompting authorities to bring back stage 3 curbs under the Graded Response Action Plan (GRAP).

The city's 24-hour average air quality index (AQI) stood at 412 at 4pm, up from 356 a day earlier, according to the Central Pollution Control Board.

Under stage 3, construction and demolition work is banned, and BS-III petrol and BS-IV diesel cars are barred from the roads. Primary schools will switch to hybrid classes.

Officials at the Commission for Air Quality Management said calm winds and low temperatures had trapped pollutants near the ground.

Smog over India Gate in New Delhi on Wednesday. (Raj K Raj/HT Photo)

Farm fires in Punjab and Haryana contributed about 8% of the city's PM2.5 on Tuesday, the Decision Support System said.

Catch all the Latest News, Breaking News and Top Headlines on Hindustan Times. Download the Hindustan Times App for latest updates.

See more

Delhi air pollution, AQI, GRAP""",
        title="Delhi air quality slips to 'severe' again, GRAP stage 3 curbs return",
        byline="Jasjeev Gandhiok",
        lede="Delhi's air quality slipped back into the",
        furniture=(
            "07:54 PM IST",
            "HT Photo",
            "Catch all the Latest News",
            "Download the Hindustan Times",
            "See more",
        ),
    ),
    "in_times_of_india": Outlet(
        """Bengaluru to get second airport near Kanakapura Road, state picks site

TOI City Desk / TIMESOFINDIA.COM / Updated: Dec 3, 2026, 18:22 IST

Share

AA

Follow us

BENGALURU: The Karnataka government on Wednesday picked a site near Kanakapura Road for Bengaluru's second international airport, about 40km south of the city centre.

The state cabinet approved the site after a review by the Airports Authority of India, which had shortlisted three locations. Minister for Infrastructure MB Patil said the state would begin acquiring about 4,800 acres of land next year.

Kempegowda International Airport handled 42 million passengers last year and is expected to reach its capacity by 2033, officials said.

The new airport would be connected to the city by an expressway and a proposed metro line. The government estimates it will cost about Rs 30,000 crore.

Farmers in the area said they had not been consulted and would oppose the land acquisition.

FacebookTwitterLinkedinEMail

Start a Conversation

end of article

Trending Stories""",
        title="Bengaluru to get second airport near Kanakapura Road, state picks site",
        byline=None,
        lede="The Karnataka government on Wednesday picked a site",
        furniture=(
            "TIMESOFINDIA.COM",
            "AA\n",
            "Follow us",
            "FacebookTwitter",
            "Start a Conversation",
            "end of article",
            "Trending Stories",
        ),
    ),
    "ke_nation": Outlet(
        """Motorists to pay more as Epra raises fuel prices by up to Sh5

Super petrol will retail at Sh186.20 per litre in Nairobi

By Steve Umidha

Business Writer

Nation Media Group

December 14, 2026

Photo credit: File | Nation Media Group

Motorists will pay up to Sh5 more for a litre of fuel from Monday after the Energy and Petroleum Regulatory Authority (Epra) raised pump prices in its monthly review.

In Nairobi, super petrol will retail at Sh186.20 per litre, up from Sh181.20, while diesel will cost Sh171.60, up Sh3.50. Kerosene prices were unchanged.

Epra attributed the increase to a rise in the landed cost of imported fuel and a weaker shilling against the dollar.

Matatu owners warned that fares would go up. "We cannot absorb another increase," said Matatu Owners Association chairman Albert Karakacha.

The prices take effect at midnight and will run until January 14.

sumidha@ke.nationmedia.com

Related

Fuel prices: Why Kenyans pay more than Ugandans

Stay informed. Subscribe to our newsletter""",
        title="Motorists to pay more as Epra raises fuel prices by up to Sh5",
        byline="Steve Umidha",
        lede="Motorists will pay up to Sh5 more for a litre of fuel",
        furniture=(
            "Business Writer",
            "Photo credit",
            "nationmedia.com",
            "Why Kenyans pay more",
            "Subscribe to our newsletter",
        ),
    ),
    "za_news24": Outlet(
        """Eskom says no load shedding expected over festive season

Eskom says its power stations are performing well enough to keep the lights on through the holidays.

Sipho Mdlalose

News24

03 Dec 2026

Listen to this article

0:00

Eskom says it does not expect to implement load shedding over the festive season, as its coal-fired power stations continue to perform better than last year.

The power utility said on Wednesday its energy availability factor had averaged 64% over the past three months, compared with 57% a year ago.

Advertisement

Electricity Minister Kgosientsho Ramokgopa said the improvement was the result of a maintenance programme that began in 2023. "South Africans can plan their holidays with confidence," he said.

Eskom warned, however, that unplanned breakdowns could still force it to cut power at short notice.

Businesses in the tourism sector welcomed the news.

Eskom's Kusile power station in Mpumalanga. (Gallo Images/Alet Pretorius)

Read more | Eskom tariff hike: What you will pay from April

News24 is on WhatsApp. Join the News24 channel here.

Comments are closed for this article.""",
        title="Eskom says no load shedding expected over festive season",
        byline="Sipho Mdlalose",
        lede="Eskom says it does not expect to implement load shedding",
        furniture=(
            "03 Dec 2026",
            "Listen to this article",
            "0:00",
            "Advertisement",
            "Gallo Images",
            "Read more |",
            "WhatsApp",
            "Comments are closed",
        ),
    ),
    "ng_punch": Outlet(
        """CBN holds interest rate at 27.5%, cites easing inflation

By Lawrence Ezechukwu

3rd December 2026

Kindly share this story:

The Central Bank of Nigeria has retained the Monetary Policy Rate at 27.5 per cent, saying inflation is easing but remains too high.

CBN Governor Olayemi Cardoso announced the decision on Wednesday in Abuja after the 303rd meeting of the Monetary Policy Committee.

Headline inflation fell to 16.1 per cent in October from 18.0 per cent in September, according to the National Bureau of Statistics.

Cardoso said all 12 members of the committee voted to hold the rate. "The committee believes that the current stance is appropriate to sustain the disinflation," he said.

The bank also kept the cash reserve ratio for commercial banks at 45 per cent.

Manufacturers have called for cuts to reduce the cost of borrowing, which many say has hurt production.

Kindly share this story:

All rights reserved. This material, and other digital content on this website, may not be reproduced, published, broadcast, rewritten or redistributed in whole or in part without prior express written permission from PUNCH.

Contact: theeditor@punchng.com""",
        title="CBN holds interest rate at 27.5%, cites easing inflation",
        byline="Lawrence Ezechukwu",
        lede="The Central Bank of Nigeria has retained the Monetary Policy Rate",
        furniture=(
            "3rd December",
            "Kindly share",
            "All rights reserved",
            "theeditor@",
        ),
    ),
    "sg_straits_times": Outlet(
        """HDB to launch 10,000 BTO flats in February sales exercise

The flats will be offered in towns including Bayshore, Tengah and Woodlands.

Ng Keng Gene

Published Dec 03, 2026, 03:05 PM

Updated Dec 03, 2026, 05:30 PM

The Housing Board will launch about 10,000 Build-To-Order (BTO) flats in its February sales exercise, the largest since 2022.

The flats will be spread across eight projects in towns including Bayshore, Tengah and Woodlands, Minister for National Development Chee Hong Tat said on Wednesday.

Nearly half of the flats will have waiting times of under three years, as HDB works to clear a backlog caused by the Covid-19 pandemic.

An artist's impression of a BTO project in Bayshore. PHOTO: HDB

First-time buyers made up about 70 per cent of applicants in the last exercise. The median application rate for four-room flats in mature estates was 4.2 applicants per flat.

Join ST's WhatsApp Channel and get the latest news and must-reads.

Ng Keng Gene is a correspondent at The Straits Times, covering housing and transport.

Topics: HDB, Housing, Property""",
        title="HDB to launch 10,000 BTO flats in February sales exercise",
        byline="Ng Keng Gene",
        lede="The Housing Board will launch about 10,000 Build-To-Order (BTO) flats",
        furniture=(
            "Published Dec",
            "PHOTO: HDB",
            "WhatsApp Channel",
            "is a correspondent at",
            "Topics:",
        ),
    ),
    "hk_scmp": Outlet(
        """Hong Kong to scrap stamp duty on first homes under HK$6 million

Financial Secretary Paul Chan says the change will help about 8,000 first-time buyers a year

Harvey Kong

Published: 2:30pm, 3 Dec 2026

Updated: 6:15pm, 3 Dec 2026

Why you can trust SCMP

Hong Kong will scrap stamp duty for first-time buyers of homes worth up to HK$6 million, Financial Secretary Paul Chan Mo-po announced on Wednesday.

The change, which takes effect immediately, will save buyers up to HK$90,000 on a flat at that price. Chan said about 8,000 buyers a year would benefit.

Residential flats in Tseung Kwan O. Home prices have fallen by about 25 per cent from their peak in 2021. Photo: Jelly Tse

Home prices in the city have fallen by about a quarter since their peak in 2021, and developers have cut prices to sell new flats.

Property agents said the move would lift sales of smaller flats in the New Territories.

Harvey Kong is a reporter covering property and the economy in Hong Kong.

Advertisement""",
        title="Hong Kong to scrap stamp duty on first homes under HK$6 million",
        byline="Harvey Kong",
        lede="Hong Kong will scrap stamp duty for first-time buyers",
        furniture=(
            "Published:",
            "Updated:",
            "Why you can trust",
            "Photo: Jelly Tse",
            "is a reporter covering",
            "Advertisement",
        ),
    ),
    "jp_japan_times": Outlet(
        """Japan to raise minimum wage to ¥1,200 by 2028, Takaichi says

BY GABRIEL DOMINGUEZ

STAFF WRITER

Dec 3, 2026

Prime Minister Sanae Takaichi speaks at the Prime Minister's Office in Tokyo on Wednesday. | KYODO

Japan aims to raise its national average minimum wage to ¥1,200 an hour by 2028, Prime Minister Sanae Takaichi said Wednesday, as the government tries to ensure pay keeps up with rising prices.

The current average is ¥1,121, after a record increase of ¥66 in October. Reaching the target would require annual rises of around 3.5%.

"Wage increases that beat inflation are the foundation of a strong economy," Takaichi said at a meeting with business and labor leaders.

Small businesses have warned that faster increases could force them to cut jobs. The government plans to expand subsidies for firms that raise pay and invest in productivity.

Real wages in Japan have fallen in most months since 2022, according to the labor ministry.

With your current subscription plan you can comment on stories. However, before writing your first comment, please create a display name in the Profile section of your subscriber account page.

KEYWORDS

Sanae Takaichi, wages, minimum wage""",
        title="Japan to raise minimum wage to ¥1,200 by 2028, Takaichi says",
        byline="GABRIEL DOMINGUEZ",
        lede="Japan aims to raise its national average minimum wage",
        furniture=(
            "STAFF WRITER",
            "| KYODO",
            "display name",
            "KEYWORDS",
        ),
    ),
    "ph_inquirer": Outlet(
        """Marcos signs law raising minimum wage of private workers by P100

By: Krixia Subingsubing - Reporter / @KSubingsubingINQ

Philippine Daily Inquirer / 05:32 AM December 03, 2026

MANILA, Philippines — President Ferdinand Marcos Jr. on Tuesday signed a law raising the daily minimum wage of private sector workers across the country by P100.

The increase takes effect on January 1 and covers about 4.2 million workers, according to the Department of Labor and Employment.

Labor Secretary Bienvenido Laguesma said micro businesses with fewer than 10 workers could apply for an exemption for one year.

Employers' groups had warned that the increase could lead to layoffs, while labor unions said it was still too small to keep up with the cost of living.

In Metro Manila, the daily minimum wage will rise to P795.

For more news about the novel coronavirus click here.

What you need to know about Coronavirus.

Subscribe to our daily newsletter

Read Next

EDITORS' PICK

MOST READ

Don't miss out on the latest news and information.""",
        title="Marcos signs law raising minimum wage of private workers by P100",
        byline="Krixia Subingsubing",
        lede="President Ferdinand Marcos Jr. on Tuesday signed a law",
        furniture=(
            "@KSubingsubingINQ",
            "05:32 AM",
            "novel coronavirus",
            "Subscribe to our daily newsletter",
            "Read Next",
            "EDITORS' PICK",
            "MOST READ",
            "Don't miss out",
        ),
    ),
    "wire_reuters_regional": Outlet(
        """Oil falls as OPEC+ signals output increases will continue

Reuters

Published 7:41 a.m. ET Dec. 3, 2026

Updated 9:02 a.m. ET Dec. 3, 2026

LONDON (Reuters) - Oil prices fell on Wednesday after OPEC+ signalled it would keep raising output in the first quarter of next year, adding to worries about a supply glut.

Brent crude futures were down $1.12, or 1.8%, at $61.40 a barrel by 1230 GMT. U.S. West Texas Intermediate crude fell $1.05, or 1.8%, to $57.85.

The group, which pumps about half the world's oil, said on Sunday it would add 137,000 barrels per day in January, and sources told Reuters further increases were likely.

"The market is looking at a surplus of more than 2 million barrels a day next year," said Giovanni Staunovo, an analyst at UBS.

U.S. crude stocks rose by 2.8 million barrels last week, according to industry data.

(Reporting by Robert Harvey in London and Sudarshan Varadhan in Singapore; Editing by Jan Harvey)""",
        title="Oil falls as OPEC+ signals output increases will continue",
        byline=None,
        lede="Oil prices fell on Wednesday after OPEC+ signalled",
        furniture=(
            "Published 7:41",
            "Updated 9:02",
            "(Reporting by",
        ),
    ),
    "wire_afp_regional": Outlet(
        """Greenland's ice sheet lost record mass this year, scientists say

AFP

Wednesday, 3 December 2026, 8:30 pm

Share on Facebook

Share on X

COPENHAGEN, Denmark (AFP) — Greenland's ice sheet lost more ice this year than in any year since records began, Danish scientists said on Wednesday, adding to fears over rising sea levels.

The ice sheet lost about 620 billion tonnes of ice in the 12 months to the end of August, the Polar Portal, run by Danish research institutes, said in its annual report.

That is enough to raise global sea levels by about 1.7 millimetres.

An unusually warm summer and a series of heatwaves in July caused record melting on the surface of the ice, the scientists said.

"What we see in Greenland is a clear signal of the warming climate," said Martin Stendel, a climate scientist at the Danish Meteorological Institute.

Icebergs float near Ilulissat, Greenland. (AFP/Odd Andersen)

gj/rl

© Agence France-Presse""",
        title="Greenland's ice sheet lost record mass this year, scientists say",
        byline=None,
        lede="Greenland's ice sheet lost more ice this year than in any year",
        furniture=(
            "8:30 pm",
            "Share on",
            "Odd Andersen",
            "gj/rl",
            "Agence France-Presse",
        ),
    ),
}

OPTIONS = [{}, {"sentences": 3}, {"form": "tldr"}]

# Known misses, each with why (strict xfails: a fix shows up as an XPASS).
PARTICULARS_LEFT: dict[str, str] = {}
_CALL = "a call nutgraf does not know stays: "
TEXT_LEFT = {
    "us_ktla_nexstar": "'This is a developing story. Check back for updates.' is a newsroom's note the summaries"
    " leave out (is_page_furniture), which the cleaned text keeps as it keeps editors' notes (the caption over"
    " '(KTLA)', its station's call sign, goes since the text leftovers)",
}
SUMMARY_LEFT: dict[str, str] = {}
LEDE_LEFT: dict[str, str] = {}


def _names(left: dict[str, str]) -> list:
    return [
        pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=left[name])) if name in left else name
        for name in sorted(ARTICLES)
    ]


def _furniture_in(article: Outlet, text: str) -> list[str]:
    return [mark for mark in article.furniture if mark.casefold() in text.casefold()]


@pytest.mark.parametrize("name", _names(PARTICULARS_LEFT))
def test_the_headline_is_the_title_and_the_byline_s_names_the_byline(name: str) -> None:
    article = ARTICLES[name]
    cleaned = clean_text(article.text)
    assert cleaned.title == article.title
    if article.byline is not None:
        assert cleaned.byline is not None and article.byline in cleaned.byline, cleaned.byline


@pytest.mark.parametrize("name", _names(TEXT_LEFT))
def test_the_cleaned_text_is_the_article_without_the_page_s_furniture(name: str) -> None:
    article = ARTICLES[name]
    cleaned = clean_text(article.text)
    assert article.lede in cleaned.text
    assert _furniture_in(article, cleaned.text) == [], cleaned.text


@pytest.mark.parametrize(
    ("name", "options"),
    [
        pytest.param(
            name,
            options,
            id=f"{name}-{label}",
            marks=[pytest.mark.xfail(strict=True, reason=SUMMARY_LEFT[f"{name}-{label}"])]
            if f"{name}-{label}" in SUMMARY_LEFT
            else [],
        )
        for name in sorted(ARTICLES)
        for label, options in zip(("default", "sentences3", "tldr"), OPTIONS, strict=True)
    ],
)
def test_no_summary_holds_the_page_s_furniture(name: str, options: dict) -> None:
    article = ARTICLES[name]
    summary = nutgraf.summarize(article.text, **options)
    assert summary.sentences, summary
    for sentence in summary.sentences:
        assert summary.source[sentence.start : sentence.end] == sentence.text
        assert _furniture_in(article, sentence.text) == [], sentence.text


@pytest.mark.parametrize("name", _names(LEDE_LEFT))
def test_the_summary_says_the_lede_s_news(name: str) -> None:
    # A news report's first paragraph says its news: a summary without it, or opening on a caption, a
    # credit or a stamp instead, misses the story. Its standfirst above it says the news too.
    article = ARTICLES[name]
    summary = nutgraf.summarize(article.text)
    assert summary.language == "en"
    lede = summary.source.index(article.lede)
    assert [s for s in summary.sentences if s.start == lede], summary.text
    assert summary.sentences[0].start <= lede, summary.text


@pytest.mark.parametrize(
    "line",
    [
        # Captions credited as English-language papers credit them: a photographer and the paper after a
        # slash or a bar, in brackets; "Picture:", "Credit:", "Image:" and the NZ Herald's "Photo /".
        "Council members vote on Tuesday. (Richard Tsong-Taatarii/The Minnesota Star Tribune)",
        "Parents hold signs outside the meeting in Largo on Tuesday. [ DIRK SHADD | Times ]",
        "Visitors on the Royal Mile during the Festival Fringe. Picture: Lisa Ferguson",
        "The hotel hosts live music four nights a week. Credit: Louise Kennerley",
        "Waves crash over the sea wall at Porthcawl (Image: Getty Images)",
        "The new station under Aotea Square. Photo / Dean Purcell",
        # An agency alone in brackets after the caption's last word.
        "Sewage is discharged into the River Thames near Hammersmith (PA Wire)",
        "Floodwater covers the A38 near Exeter (Getty Images)",
        # Calls to get the site's news, its app or its channel, and a pointer to more of its stories.
        "Get the latest news sent straight to your inbox",
        "Get more local stories in your inbox with Axios Denver.",
        "Download the WRAL News app for breaking news alerts.",
        "Join ST's WhatsApp Channel and get the latest news and must-reads.",
        "Go deeper: Denver's plan to build more bus rapid transit lines",
    ],
)
def test_english_papers_captions_and_calls_leave_the_text(line: str) -> None:
    cleaned = clean_text(PROSE.format(line=line)).text
    assert line not in cleaned
    assert cleaned.startswith("The city council approved")


@pytest.mark.parametrize(
    "line",
    [
        # News that only looks like those: a choice in brackets inside a sentence, an app and a channel in
        # the news.
        "Voters will choose between the two plans (A/B) at a referendum in March.",
        "Download the council app from your phone's app store.",
        "Join the queue early, officials said, as the channel crossing will be busy.",
        "Get the latest figures from the census office before the vote, the mayor told residents.",
        # A headline naming photos with a slash: only "Photo / Name" (a space before the slash) credits one.
        "Police release photos/video of suspect in Leeds robbery",
        # An agency's credit inside a sentence that ends on its stop.
        "The figures were first reported by the news agency (PA Wire).",
        # A linked headline closing on its source in square brackets, which ScrapingHub's gold keeps.
        "Why Can't Taylor Swift Perform Her Own Songs? It's Complicated [Bloomberg]",
    ],
)
def test_news_like_english_papers_captions_and_calls_stays(line: str) -> None:
    assert line in clean_text(PROSE.format(line=line)).text


def test_bare_names_over_a_stamp_are_the_byline_not_the_kicker_above_them() -> None:
    # Axios sets its local edition's name over the writer's, both bare, then the date: the names right
    # above the stamp are the writer's.
    article = clean_text(ARTICLES["us_axios_local"].text)
    assert article.byline == "Alayna Alvarez"
