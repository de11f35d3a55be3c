"""A second round of articles of genres and outlets nutgraf has no data of (tests/test_summary_genres.py
holds the first): wire copy from cities of four letters, an Australian broadcaster's page with its stamps,
a TV guide's listings, a minister's interview, an obituary, reviews, match reports under their scorelines,
a court report, weather warnings, earnings, a study, a column, an explainer, a listicle, a correction under
the story, British tabloids and local news from India, Nigeria, Australia, Ireland and Canada, as text
pasted from the page. Before each was run, what a reader wants of its summary was written down: the news
first, faithful, no page furniture, no sentence leaning on one left out."""

from __future__ import annotations

import pytest

import nutgraf
from nutgraf.engines.default import opens_unresolved
from nutgraf.extract.text import clean_text

ARTICLES = {
    "rome_wire": """ROME - Italian police have arrested 14 people suspected of running a network that smuggled migrants from Tunisia to Sicily in fishing boats, prosecutors in Palermo said on Wednesday.

The suspects, most of them Tunisian nationals, charged up to 5,000 euros a person for the crossing, according to a statement from the prosecutors' office.

Investigators said the group organised at least 40 crossings over the past two years, carrying more than 1,500 people.

Several of the boats were found to be unseaworthy, and in one case a vessel carrying 60 people sank off the island of Lampedusa, killing nine.

Italy has seen a sharp rise in arrivals by sea this year. More than 100,000 migrants have reached its shores since January, according to interior ministry figures, compared with about 50,000 in the same period last year.

Prime Minister Giorgia Meloni has pledged to crack down on smugglers and has sought help from the European Union to curb departures from North Africa.""",
    "lima_wire": """LIMA, Peru - Peru's Congress voted on Thursday to remove President Dina Boluarte from office, citing her government's failure to curb a surge in violent crime.

The motion passed with 118 votes in favour, far more than the 87 needed, in an overnight session that lasted until nearly 1 a.m.

Boluarte, who did not attend the session, did not immediately comment.

Congress leader José Jerí was sworn in as interim president hours later, becoming the country's seventh head of state in less than a decade.

Boluarte took office in December 2022 after her predecessor, Pedro Castillo, was removed and arrested for trying to dissolve Congress. Her approval rating had fallen to below 5 per cent in recent polls.

Protests against extortion and killings of bus drivers by criminal gangs have paralysed parts of Lima in recent weeks.""",
    "baku_wire": """BAKU, Azerbaijan - Negotiators at the UN climate summit agreed early on Sunday on a deal to provide at least $300 billion a year to help poorer countries cope with climate change, after two weeks of tense talks.

The agreement, reached more than 30 hours after the summit was due to end, was criticised by developing nations as far too little.

India's delegate called the sum "abysmally poor" and said her country could not accept it.

Under the deal, rich nations will lead in providing the money by 2035.""",
    "doha_dash": """DOHA - Qatar said on Monday that talks on a ceasefire in Gaza had resumed in Doha, with delegations from Israel and Hamas meeting mediators separately.

A spokesman for Qatar's foreign ministry said the talks were at a "critical stage" but declined to say when a deal could be reached.

The United States and Egypt are also taking part as mediators.

More than 40,000 Palestinians have been killed in the war, according to Gaza's health ministry.""",
    "posted_abc": """Bushfire emergency declared as blaze threatens homes near Perth

Posted 3h ago

Updated 14 minutes ago

An emergency warning has been issued for residents in parts of the City of Wanneroo, north of Perth, as an out-of-control bushfire moves towards homes.

The Department of Fire and Emergency Services (DFES) said people in the area bounded by Pinjar Road, Neaves Road and Old Yanchep Road should leave immediately if the way is clear.

More than 100 firefighters and four water-bombing aircraft are fighting the blaze, which started just before noon and has burnt through 250 hectares of bushland.

"If you are not prepared, or you plan to leave, leave now," DFES incident controller Peter Norman said.

An evacuation centre has been opened at the Wanneroo Recreation Centre on Scenic Drive.

Temperatures in Perth reached 39 degrees Celsius on Tuesday, with strong easterly winds forecast to continue into the evening.

It is the third emergency-level fire in the Perth metropolitan area this month.""",
    "posted_inline": """Man charged over Dublin city centre stabbing

Updated / Tuesday, 4 Mar 2025 18:42

A man in his 30s has been charged in connection with a stabbing in Dublin city centre on Sunday night.

The victim, a man in his 20s, was found with stab wounds on Talbot Street shortly before 11pm. He was taken to the Mater Hospital, where his condition is described as serious but stable.

The accused is due to appear before the Criminal Courts of Justice tomorrow morning.

Gardaí have appealed for anyone who was in the Talbot Street area between 10.30pm and 11.15pm to contact Store Street Garda Station.""",
    "tv_listings": """What's on TV tonight: our pick of the best shows

The final of The Great British Bake Off leads tonight's schedule, with three bakers left to battle it out for the title.

8.00pm The Great British Bake Off, Channel 4
9.00pm Slow Horses, Apple TV+
9.00pm Vera, ITV1
10.00pm Newsnight, BBC Two
10.40pm Match of the Day, BBC One

It has been a remarkable series, with the judges Paul Hollywood and Prue Leith handing out a record six handshakes.

Elsewhere, the fourth series of Slow Horses comes to an end, with Gary Oldman's Jackson Lamb facing his most dangerous enemy yet.

And Brenda Blethyn returns for a final outing as Vera, in a two-hour special that ties up the loose ends of the detective's 14 years on screen.""",
    "qa_minister": """'We will not raise income tax': the chancellor on her first budget

Rachel Reeves delivers her first budget next week. She spoke to our political editor about tax, growth and the state of the public finances.

Q: Will you raise income tax?
A: No. We made a promise to working people in our manifesto, and we will keep it. That is why we will not raise income tax, national insurance or VAT on working people.

Q: Then where will the money come from?
A: We inherited a £22bn black hole. We have to fix the foundations. That means difficult decisions on spending and on taxes that fall on the wealthiest and on businesses.

Q: Businesses say they are already struggling.
A: I understand that. But they also tell me that what they need most is stability. That is what this budget will bring.

Q: Will the budget mean a return to austerity?
A: It will not. This will be a budget for growth, with more investment in housing, energy and transport than any government in a generation.""",
    "qa_bare": """A mining boss on the future of lithium in Western Australia

Ken Brinsden has run lithium mines for two decades. As prices fell by 80 per cent last year, several mines closed. He spoke to us about what comes next.

How bad is the downturn?
It is the worst I have seen. Prices have fallen further and faster than anyone expected, and it has caught a lot of companies out.

Will more mines close?
Some will. The ones with high costs and no long-term contracts are most at risk. But this industry has been through cycles before.

What should the government do?
It should help with the cost of processing. If we only dig the rock up and ship it to China, we will always be at the mercy of prices set elsewhere.""",
    "transcript_pm": """Transcript: Prime Minister's press conference on the floods

PRIME MINISTER: Thank you all for coming. I have just come from a meeting of the national emergency committee. The floods in the north of the state have now affected more than 20,000 homes.

Today I can announce a $500 million recovery package for families and businesses.

JOURNALIST: Prime Minister, when will the money reach people?

PRIME MINISTER: The first payments will be made this week. People can apply online or through Services Australia centres.

JOURNALIST: Why did it take so long to send the army in?

PRIME MINISTER: It did not take long. The defence force was there within 24 hours of the request from the state government.""",
    "obit_nyt": """Gena Rowlands, Actress Who Defined Independent Film, Dies at 94

Her performances in films directed by her husband, John Cassavetes, including "A Woman Under the Influence," won her two Oscar nominations.

Gena Rowlands, whose raw, fearless performances in the films of her husband, John Cassavetes, helped define American independent cinema, died on Wednesday at her home in Indian Wells, Calif. She was 94.

Her son, the director Nick Cassavetes, confirmed her death. She had Alzheimer's disease.

Ms. Rowlands made 10 films with Mr. Cassavetes, who died in 1989. Among them were "Faces" (1968), "A Woman Under the Influence" (1974) and "Gloria" (1980), the last two of which brought her Oscar nominations for best actress.

Later in her career she reached a new generation of moviegoers as the older Allie in "The Notebook" (2004), directed by her son.

Virginia Cathryn Rowlands was born on June 19, 1930, in Madison, Wis. Her father was a banker and state legislator; her mother was a painter.

She is survived by her son and two daughters, Alexandra and Zoe Cassavetes, both filmmakers, and several grandchildren.""",
    "restaurant_review": """Restaurant review: Ambassade, Dublin 2

Rating: 8/10

Address: 12 Camden Street, Dublin 2. Tel: 01 555 1234

There are restaurants that try too hard, and restaurants that make it look effortless. Ambassade, which opened in a former bank on Camden Street in September, is firmly the second kind.

The menu is short and changes weekly. We started with a plate of Kilmore Quay crab on brown butter toast, sweet and rich, and a salad of bitter leaves with Cashel Blue that was the best thing I have eaten this year.

Mains were almost as good. Hake came with mussels in a saffron broth; a piece of aged beef was perfectly cooked, if a little underseasoned.

Service was warm and unfussy, and the wine list has plenty under €50.

Dinner for two with a bottle of wine came to €168 before service.

Verdict: A confident newcomer that deserves to be busy.""",
    "match_report_scoreline": """Shamrock Rovers 2 Bohemians 1

Shamrock Rovers moved four points clear at the top of the Premier Division with a hard-fought win over Bohemians in front of a sell-out crowd at Tallaght Stadium on Friday night.

Graham Burke gave the champions the lead from the penalty spot after 23 minutes, after Dylan Watts was fouled in the box.

Bohemians equalised early in the second half when Jonathan Afolabi headed in a corner, but Johnny Kenny struck the winner with 12 minutes left, turning in Burke's low cross.

Rovers manager Stephen Bradley said his side had shown "real character" after a difficult week.

Bohemians remain sixth, a point outside the European places.""",
    "afl_report": """Collingwood 12.10 (82) d Carlton 10.8 (68)

Collingwood have kept their top-four hopes alive with a 14-point win over Carlton in front of 88,000 fans at the MCG on Saturday night.

Nick Daicos had 38 disposals and kicked two goals as the Magpies came from 20 points down at half-time.

Carlton's Charlie Curnow kicked four goals but was held goalless in the second half.

The loss leaves the Blues ninth, two games outside the eight with five rounds to play.""",
    "court_ie": """A Co Limerick man who killed his neighbour with a shotgun during a dispute over a boundary hedge has been jailed for life.

Patrick Moran, 58, of Ballyneety, was found guilty by a jury at the Central Criminal Court last month of the murder of Michael Quinn, 64, in July 2022.

The court heard the two men had been in dispute for more than ten years over the hedge, which ran between their farms.

Mr Justice Paul McDermott imposed the mandatory life sentence on Monday.

In a victim impact statement, Mr Quinn's widow, Bernadette, said her life had been "shattered".

"He went out to cut a hedge and never came home," she said.""",
    "weather_warning_ie": """Status orange wind warning issued for five counties as Storm Éowyn approaches

Met Éireann has issued a status orange wind warning for Galway, Mayo, Clare, Kerry and Donegal, with gusts of up to 130km/h expected on Friday.

The warning will be in place from 2am until 2pm on Friday.

Status yellow warnings for wind and rain are in place for the rest of the country.

The forecaster said the storm could bring fallen trees, power cuts, and dangerous conditions on coasts, with a risk of flooding where high tides coincide with storm surges.

The National Emergency Coordination Group will meet on Thursday morning to review preparations.

Valid: 02:00 Friday 24/01/2025 to 14:00 Friday 24/01/2025

Issued: 11:00 Wednesday 22/01/2025""",
    "earnings_us": """Nvidia's quarterly revenue more than doubles on AI chip demand

Nvidia on Wednesday reported revenue of $35.1 billion for its fiscal third quarter, up 94% from a year earlier and ahead of Wall Street's expectations of $33.2 billion, as demand for its artificial intelligence chips continued to soar.

Net income rose to $19.3 billion, or 78 cents a share, from $9.2 billion, or 37 cents a share, a year earlier.

The company forecast fourth-quarter revenue of about $37.5 billion, plus or minus 2%, slightly above analysts' average estimate.

Shares fell about 2% in extended trading, as some investors had hoped for a bigger beat.

Data centre revenue, which includes its AI chips, rose 112% to $30.8 billion.

"The age of AI is in full steam," chief executive Jensen Huang said in a statement.""",
    "science_study": """Daily walk of 7,000 steps cuts risk of early death, study finds

Walking 7,000 steps a day is enough to bring many of the health benefits of the widely promoted 10,000-step target, according to a large international study.

Researchers at the University of Sydney analysed data from 57 studies covering more than 160,000 adults in ten countries.

They found that people who walked 7,000 steps a day had a 47% lower risk of dying during the study period than those who walked 2,000 steps, along with lower risks of heart disease, dementia and depression.

Going beyond 7,000 steps brought further benefits for heart disease, but the gains were small for most other outcomes.

The findings were published in The Lancet Public Health.

"You don't need to hit 10,000," said lead author Professor Melody Ding. "Even small increases are linked to better health."

The researchers cautioned that the studies were observational and could not prove that walking caused the benefits.""",
    "opinion_column": """The four-day week is not a fantasy. It is the future

Every few years someone declares that the five-day working week is finished. Every few years, nothing changes.

This time may be different. On Monday, the results of the largest trial of a four-day week in Britain were published, and they are striking: of the 61 companies that took part, 56 are continuing with it, and 18 have made it permanent.

Revenue was broadly unchanged. Sick days fell by two-thirds. Staff turnover fell by more than half.

Sceptics will say these were self-selecting firms, and they have a point. But the burden of proof is shifting.

Ministers should stop treating the idea as a curiosity and start asking how the public sector could try it.""",
    "explainer_wwk": """What we know about the Air India crash in Ahmedabad

An Air India flight bound for London crashed shortly after take-off from Ahmedabad in western India on Thursday, killing at least 241 of the 242 people on board.

What happened?
Flight AI171, a Boeing 787-8 Dreamliner, took off from Sardar Vallabhbhai Patel International Airport at 13:38 local time. Less than a minute later, it came down on a medical college hostel in a residential area.

Was anyone on the ground hurt?
Officials said at least 30 people on the ground were killed, many of them medical students who were having lunch.

Who survived?
One passenger, a British national seated in 11A, walked away from the wreckage. He was being treated in hospital.

What caused the crash?
It is too early to say. India's Aircraft Accident Investigation Bureau has begun an inquiry, with help from the US and UK.""",
    "listicle_au": """Five changes coming into effect on July 1 that could affect your hip pocket

A new financial year brings a raft of changes for Australians, from tax cuts to a higher minimum wage.

1. Tax cuts
The stage three tax cuts come into effect, meaning every taxpayer will receive a tax cut. Someone earning $80,000 will be about $1,500 a year better off.

2. Minimum wage rise
The national minimum wage will rise by 3.75 per cent to $24.10 an hour.

3. Energy bill relief
Every household will receive a $300 credit on their power bill, paid in quarterly instalments.

4. Paid parental leave
Parents will be able to take 22 weeks of government-funded paid parental leave, up from 20.

5. Super guarantee
The superannuation guarantee will rise to 11.5 per cent.""",
    "correction_bottom": """Council approves plan for 2,000 homes on former airfield

Bedford Borough Council has approved plans for 2,000 new homes on the site of a former RAF airfield at Thurleigh.

The scheme, by developer Homes England, also includes two primary schools, a health centre and 40 hectares of parkland.

Councillors voted eight to three in favour after a four-hour meeting on Tuesday night.

Opponents said local roads could not cope with the extra traffic.

Correction 5 March 2025: An earlier version of this article said the site was in Twinwoods. It is at Thurleigh.""",
    "tabloid_sun": """CORRIE LEGEND QUITS

Coronation Street legend Sally Dynevor has quit the soap after 38 years, The Sun can reveal.

The actress, 61, who plays Sally Metcalfe, filmed her final scenes last week and is said to be "heartbroken" to be leaving the Weatherfield cobbles.

A source told us: "Sally has been part of the furniture for nearly four decades. Everyone is devastated."

Her exit will air in the spring.

Sally joined the soap in 1986 as a teenager and became one of its best-loved characters.

ITV declined to comment.

Got a story? Email us at tips@the-sun.co.uk or call 0207 782 4104.""",
    "tabloid_mirror": """Brit mum, 34, 'left fighting for life' after holiday tummy tuck in Turkey goes wrong

A British mum was left fighting for life after a tummy tuck in Turkey went horribly wrong, her family has said.

Kelly Harris, 34, from Swindon, flew to Istanbul for the £3,000 procedure earlier this month.

Within days her wound had become infected and she was rushed back to Britain, where she spent a week in intensive care at the Great Western Hospital.

Her sister Jade, 29, said: "We nearly lost her. Nobody should go through this."

The Foreign Office says at least 28 British nationals have died after cosmetic surgery in Turkey since 2019.

Kelly is now recovering at home.

For the latest news and breaking news visit: https://www.mirror.co.uk/news/

Stay up to date with all the big headlines, pictures, analysis, opinion and video on the stories that matter to you.""",
    "india_local": """Bengaluru: Heavy rain lashes city, trees uprooted in several areas

BENGALURU: Heavy rain lashed several parts of Bengaluru on Sunday evening, uprooting trees, flooding underpasses and throwing traffic out of gear across the city.

The Bruhat Bengaluru Mahanagara Palike (BBMP) control room received more than 80 complaints of fallen trees and waterlogging between 6pm and 10pm.

Koramangala, HSR Layout and Bellandur were among the worst-hit areas, with water entering several homes.

The India Meteorological Department (IMD) has forecast more rain over the next three days and issued a yellow alert for Bengaluru Urban district.

BBMP chief commissioner Tushar Giri Nath said teams had been deployed to clear the trees by Monday morning.""",
    "nigeria_punch": """Fuel scarcity: Long queues return to Abuja filling stations

Long queues returned to filling stations in Abuja on Monday as fuel scarcity hit the Federal Capital Territory and parts of neighbouring Nasarawa State.

Many stations were shut, while the few that sold fuel charged between N1,200 and N1,350 per litre, well above the official pump price.

Motorists said they had spent hours in queues.

"I have been here since 5am and I have not bought fuel," said a commercial driver, Musa Ibrahim.

The Nigerian National Petroleum Company Limited said in a statement that the scarcity was caused by logistics problems and would be resolved within 48 hours.

The PUNCH reports that this is the third time in two months that fuel scarcity has hit the capital.""",
    "canada_local": """Halifax council votes to ban encampments in city parks

Halifax regional council has voted to ban tent encampments in most city parks, a move that advocates say will push homeless people further into danger.

The motion, which passed 11-5 on Tuesday, allows people to sleep in five designated sites, including parts of Barrington Street and Green Road Park in Dartmouth.

Mayor Andy Fillmore said the city could not allow parks to "become permanent housing."

The province says it has added 200 shelter beds since the fall.

There are about 1,200 people experiencing homelessness in the Halifax region, according to the latest count by the Affordable Housing Association of Nova Scotia.

CBC News has reached out to the province for comment.""",
    "au_local_abc": """Crocodile spotted at popular Cairns beach, swimmers warned to stay out

By Christopher Testa

ABC Far North

Topic: Animal Attacks

Posted Mon 2 Dec 2024 at 11:04am

A three-metre crocodile has been spotted at Palm Cove, one of Cairns's busiest beaches, prompting authorities to close the water to swimmers.

The Department of Environment said rangers had been called to the beach after several sightings on Sunday.

A trap has been set near the jetty.

Palm Cove's stinger net is expected to stay closed until the animal has been removed.

"Crocodiles are found throughout Far North Queensland, and people should always be Crocwise," a spokesperson said.""",
    "book_review": """Book review: James by Percival Everett

Percival Everett's new novel retells The Adventures of Huckleberry Finn from the point of view of Jim, the enslaved man who flees down the Mississippi with Huck.

It is a brilliant idea, and Everett carries it off with wit and fury.

In Everett's telling, Jim speaks one way to white people and another among his own family, and the gap between the two is where much of the book's comedy and horror lies.

The final third, which departs from Twain's plot, is darker and more violent than anything in the original.

Not every reader will follow Everett there. But James is the most daring American novel of the year.

James by Percival Everett is published by Mantle, £18.99.""",
    "film_review_star": """Conclave review: Ralph Fiennes is magnificent in a papal thriller

★★★★☆

Cert 12A, 120 mins

Edward Berger's follow-up to All Quiet on the Western Front is a very different beast: a gripping, deliciously theatrical thriller set inside the Vatican as cardinals gather to elect a new pope.

Ralph Fiennes plays Cardinal Lawrence, the dean charged with running the conclave, who begins to suspect that one of the front-runners is hiding a secret.

Stanley Tucci and John Lithgow are excellent as rival cardinals, and Isabella Rossellini steals every scene she is in as a quietly watchful nun.

The ending will divide audiences. But this is grown-up entertainment of a kind Hollywood rarely makes any more.

Conclave is in cinemas from Friday.""",
    "brief_timestamped": """Two dead after light aircraft crashes near Wagga Wagga

Updated 14 minutes ago

Two people have died after a light aircraft crashed on a rural property near Wagga Wagga in southern New South Wales.

Emergency services were called to the property at Brucedale, north of the city, about 9:30am on Saturday.

NSW Police said the pilot and a passenger died at the scene.

The Australian Transport Safety Bureau has been notified and will investigate.""",
    "bbc_weather_long": """Scotland weather: Amber warning for heavy rain as flooding fears grow

Published 2 hours ago

An amber warning for heavy rain has been issued for parts of Scotland, with the Met Office saying homes and businesses could be flooded.

The warning covers Aberdeenshire, Angus and the Highlands from 18:00 on Wednesday until 12:00 on Thursday.

Up to 100mm of rain could fall on high ground, with 40mm to 60mm more widely.

The Scottish Environment Protection Agency (Sepa) has issued 12 flood warnings and 20 flood alerts.

Travel disruption is likely, with ScotRail warning that some routes may be closed at short notice.

Last October, Storm Babet caused severe flooding in Brechin, where hundreds of homes were evacuated.""",
}

# What furniture reads like in these pages, which no summary sentence may hold: the page's stamps, byline,
# topic and desk, a review's rating, address, certificate and verdict, a warning's validity, a correction,
# a listing's channels, a tabloid's call for stories and its site's blurb, a transcript's speakers.
FURNITURE = (
    "Posted",
    "Updated",
    "Published",
    "Got a story",
    "Rating:",
    "Address:",
    "Verdict:",
    "Cert 12A",
    "★",
    "Valid:",
    "Issued:",
    "Correction",
    "By Christopher",
    "Topic:",
    "ABC Far North",
    "Channel 4",
    "BBC Two",
    "Stay up to date",
    "mirror.co.uk",
    "PRIME MINISTER",
    "JOURNALIST",
    "Q:",
    "A:",
)


@pytest.mark.parametrize("name", sorted(ARTICLES))
@pytest.mark.parametrize(
    "options",
    [
        {},
        {"form": "tldr"},
        {"length": "short"},
        {"length": "long"},
        {"avoid": ["questions", "quotes"]},
        {"words": 60},
    ],
)
def test_every_summary_is_of_the_article_s_own_sentences_and_no_furniture(name: str, options: dict) -> None:
    summary = nutgraf.summarize(ARTICLES[name], **options)
    assert summary.sentences
    for sentence in summary.sentences:
        assert summary.source[sentence.start : sentence.end] == sentence.text
        assert sentence.text[:1].isupper() or sentence.text[:1] in "\"“'‘", sentence.text
        assert not [mark for mark in FURNITURE if mark in sentence.text], sentence.text
    assert [s.start for s in summary.sentences] == sorted(s.start for s in summary.sentences)


# The TL;DR a reader wants, written before nutgraf was run: the news, from its first word.
TLDRS = {
    "rome_wire": "Italian police have arrested 14 people",
    "lima_wire": "Peru's Congress voted on Thursday",
    "baku_wire": "Negotiators at the UN climate summit agreed",
    "doha_dash": "Qatar said on Monday",
    "posted_abc": "An emergency warning has been issued",
    "posted_inline": "A man in his 30s has been charged",
    "tv_listings": "The final of The Great British Bake Off",
    "obit_nyt": "Gena Rowlands",
    "match_report_scoreline": "Shamrock Rovers moved four points clear",
    "afl_report": "Collingwood have kept their top-four hopes alive",
    "court_ie": "A Co Limerick man who killed his neighbour",
    "weather_warning_ie": "Met Éireann has issued a status orange wind warning",
    "earnings_us": "Nvidia on Wednesday reported revenue of $35.1 billion",
    "science_study": "Walking 7,000 steps a day is enough",
    "opinion_column": "On Monday, the results of the largest trial",
    "explainer_wwk": "An Air India flight bound for London crashed",
    "listicle_au": "A new financial year brings a raft of changes",
    "correction_bottom": "Bedford Borough Council has approved",
    "tabloid_sun": "Coronation Street legend Sally Dynevor has quit",
    "tabloid_mirror": "A British mum was left fighting for life",
    "india_local": "Heavy rain lashed several parts of Bengaluru",
    "nigeria_punch": "Long queues returned to filling stations in Abuja",
    "canada_local": "Halifax regional council has voted to ban",
    "au_local_abc": "A three-metre crocodile has been spotted",
    "book_review": "Percival Everett's new novel retells",
    "film_review_star": "Edward Berger's follow-up",
    "brief_timestamped": "Two people have died after a light aircraft crashed",
    "bbc_weather_long": "An amber warning for heavy rain has been issued",
}

# Where the TL;DR is still not the one a reader wants, and why.
TLDR_MISSES: dict[str, str] = {}


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(name, marks=pytest.mark.xfail(reason=TLDR_MISSES[name], strict=True))
        if name in TLDR_MISSES
        else name
        for name in sorted(TLDRS)
    ],
)
def test_the_tldr_is_the_news_a_reader_expects(name: str) -> None:
    assert nutgraf.summarize(ARTICLES[name], form="tldr").sentences[0].text.startswith(TLDRS[name])


# Wire copy from a city of four letters, with its country ("LIMA, Peru - ") or named again in the story
# ("DOHA - Qatar said ... resumed in Doha"): the dateline, and the lede's news after it.
SHORT_CITY_DATELINES = {
    "lima_wire": ("LIMA, Peru - ", "Peru's Congress voted on Thursday"),
    "baku_wire": ("BAKU, Azerbaijan - ", "Negotiators at the UN climate summit agreed"),
    "doha_dash": ("DOHA - ", "Qatar said on Monday that talks on a ceasefire"),
}


@pytest.mark.parametrize("name", sorted(SHORT_CITY_DATELINES))
@pytest.mark.parametrize("form", ["paragraph", "tldr"])
def test_a_short_city_s_dateline_is_left_out_as_a_longer_one_s_is(name: str, form: str) -> None:
    # "LIMA, Peru - Peru's Congress voted ..." had been the summary's first sentence, dateline and all,
    # where "JOHANNESBURG - " went: a place of four letters before a hyphen was read as a spaced compound
    # ("NATO - Russia council").
    dateline, news = SHORT_CITY_DATELINES[name]
    summary = nutgraf.summarize(ARTICLES[name], form=form)
    first = summary.sentences[0]
    assert first.text.startswith(news)
    assert summary.source[first.start - len(dateline) : first.start] == dateline


@pytest.mark.parametrize("options", [{}, {"form": "tldr"}, {"length": "long"}])
def test_a_programme_listing_neither_cuts_the_lede_off_nor_enters_a_summary(options: dict) -> None:
    # The TV guide's rows ("8.00pm The Great British Bake Off, Channel 4") had parted its lede from the rest
    # as a page's menu parts an article from a footer: the lede went as a stray line, and the TL;DR was
    # "It has been a remarkable series, ...", of no series named.
    text = ARTICLES["tv_listings"]
    assert "The final of The Great British Bake Off leads tonight's schedule" in clean_text(text).text
    assert "8.00pm" not in clean_text(text).text
    summary = nutgraf.summarize(text, **options)
    assert summary.sentences[0].text.startswith("The final of The Great British Bake Off")
    assert not [s.text for s in summary.sentences if "pm" in s.text or "Channel 4" in s.text]


def test_an_article_s_own_timeline_under_its_colon_is_no_listing() -> None:
    # Rows of times a line of the article introduces are its timeline: taken for a TV guide's rows, they
    # went, and "How the morning unfolded:" stood over nothing.
    rows = [
        "08:15 First explosion at the central station",
        "08:32 Police seal off the surrounding streets",
        "09:05 Second blast near the covered market",
    ]
    text = "\n\n".join(
        [
            "Two explosions hit the city centre on Tuesday morning, killing at least 12 people and injuring"
            " dozens more, officials said.",
            "The first blast struck the central railway station during the morning rush hour, when thousands"
            " of commuters were passing through.",
            "How the morning unfolded:",
            *rows,
            "The interior minister said the attacks had been coordinated and that several suspects were being"
            " sought by police.",
        ]
    )
    cleaned = clean_text(text).text
    assert all(row in cleaned for row in rows), cleaned


def test_a_live_report_s_entry_heading_under_its_time_is_no_listing() -> None:
    # An entry's heading with its time on its line stands alone over the entry's prose, as it is kept under
    # a time on a line of its own: taken for a TV guide's row, each went.
    headings = ["10:42 Power cut to 200,000 homes", "10:15 Trees block main roads across Wales"]
    text = "\n\n".join(
        [
            "Tens of thousands of homes are without power after Storm Darragh brought winds of up to 90mph to"
            " parts of Wales and western England overnight.",
            headings[0],
            "The Energy Networks Association said engineers were working to restore supplies as quickly as"
            " possible, but warned some homes could be without power until Sunday.",
            headings[1],
            "Police in Gwent said several main roads were blocked by fallen trees and urged drivers not to"
            " travel unless their journey was essential.",
        ]
    )
    cleaned = clean_text(text).text
    assert all(heading in cleaned for heading in headings), cleaned


@pytest.mark.parametrize("options", [{}, {"length": "long"}, {"avoid": ["quotes"]}])
def test_an_interview_s_summary_takes_no_answer_s_sentence_leaning_on_the_one_before_it(
    options: dict,
) -> None:
    # "That is why we will not raise income tax, national insurance or VAT on working people." had been
    # the chancellor's interview's third sentence, under "She spoke to our political editor about tax,
    # growth and the state of the public finances.": of what, the answer's "We made a promise ..." left out.
    summary = nutgraf.summarize(ARTICLES["qa_minister"], **options)
    assert summary.sentences
    for sentence in summary.sentences:
        words = sentence.text.lower().replace(",", " ").split()
        assert not (opens_unresolved(words, "en") and "\nA: " in summary.source[: sentence.start]), (
            sentence.text
        )


@pytest.mark.parametrize("words", [30, 60, 100])
@pytest.mark.parametrize(
    "text",
    [
        ARTICLES["correction_bottom"],
        "Correction: An earlier version of this article misstated the number of jobs at risk. It is 1,200, not"
        " 12,000.\n\nThe carmaker Stellantis will close its van factory in Luton by the end of the year, putting"
        " 1,200 jobs at risk, the company said on Tuesday.\n\nStellantis said it would move production of its"
        " electric vans to Ellesmere Port in Cheshire, where it is investing £50 million.\n\nUnite, the union,"
        ' called the decision "a betrayal" of workers who had kept the plant running through the pandemic.\n\n'
        "The Luton site has made vehicles since 1905, when Vauxhall moved there from London.",
    ],
)
def test_a_correction_is_in_no_summary_nor_the_sentence_that_goes_on_from_it(text: str, words: int) -> None:
    # A summary in words had taken the correction's second sentence, "It is 1,200, not 12,000." (and opened
    # on it), "It is at Thurleigh.": the note's first sentence was furniture, the one leaning on it not; and
    # a correction dated before its colon ("Correction 5 March 2025: ...") was no note at all.
    summary = nutgraf.summarize(text, words=words)
    assert summary.sentences
    assert not [s.text for s in summary.sentences if s.text.startswith(("It is", "Correction"))]


@pytest.mark.parametrize(
    "stamps", ["Posted 3h ago. Updated 14 minutes ago.", "Posted 3h ago.\n\nUpdated 14m ago."]
)
@pytest.mark.parametrize("options", [{}, {"form": "tldr"}, {"length": "long"}, {"words": 60}])
def test_a_page_s_stamps_of_age_written_with_stops_are_in_no_summary(stamps: str, options: dict) -> None:
    # The age of a post in hours written short ("3h ago") was no stamp: "Posted 3h ago." had been a summary
    # sentence of the bushfire warning pasted with its stamps typed as sentences.
    text = ARTICLES["posted_abc"].replace("Posted 3h ago\n\nUpdated 14 minutes ago", stamps)
    assert stamps in text
    summary = nutgraf.summarize(text, **options)
    assert summary.sentences
    assert not [s.text for s in summary.sentences if "ago" in s.text]


@pytest.mark.xfail(
    strict=True,
    reason="the standfirst under the obituary's headline ('Her performances in films directed by her husband"
    " ...') is the article's first sentence, which a summary may open on however it leans (Lead-3 does),"
    " its headline gone to the title",
)
def test_an_obituary_s_summary_opens_on_whom_it_is_of_not_on_its_standfirst() -> None:
    assert nutgraf.summarize(ARTICLES["obit_nyt"]).sentences[0].text.startswith("Gena Rowlands")


def test_a_headline_of_two_sentences_is_the_title_not_the_summary_s_opening() -> None:
    # "The four-day week is not a fantasy. It is the future" had been read as the column's first paragraph
    # (its stop inside, no final one): "The four-day week is not a fantasy." opened the summary.
    article = clean_text(ARTICLES["opinion_column"])
    assert article.title == "The four-day week is not a fantasy. It is the future"
    assert article.text.startswith("Every few years someone declares")
    assert not [
        s.text for s in nutgraf.summarize(ARTICLES["opinion_column"]).sentences if "fantasy" in s.text
    ]


@pytest.mark.parametrize(
    "text",
    [
        # A lede of two sentences ends its last one on a stop.
        "Storm Babet has hit Scotland. Hundreds of homes were evacuated.\n\nThe Met Office issued a red"
        " warning for Angus and Aberdeenshire on Thursday as the rain continued.",
        # A lede whose last sentence goes on in the paragraph below it.
        "Councillors met on Tuesday. They voted to approve the plan for\n\nthe former airfield at Thurleigh,"
        " where 2,000 homes will be built over the next ten years.",
        # A standfirst of two sentences, too long for a headline.
        "The trial of 61 companies is over. Most of them say they will keep the four-day week for good, and"
        " the unions want more\n\nOn Monday, the results of the largest trial of a four-day week in Britain"
        " were published.",
    ],
)
def test_an_opening_of_two_sentences_stays_the_article_s_opening(text: str) -> None:
    article = clean_text(text)
    assert article.title is None
    assert article.text.startswith(text.split(".")[0])


@pytest.mark.parametrize("words", [30, 60, 100])
@pytest.mark.parametrize("name", ["qa_minister", "qa_bare", "explainer_wwk", "transcript_pm"])
def test_a_summary_in_words_takes_no_answer_out_of_its_question(name: str, words: int) -> None:
    # The chancellor's interview's words=60 had been "Rachel Reeves delivers ...", "No." and "That is why we
    # will not raise income tax ...": its answers' openings, set aside, came back to fill the budget while
    # its other sentences were too few at the article's mean length, and one leaning on a sentence left
    # out came back for the words it had room for. A budget in words is an upper bound.
    summary = nutgraf.summarize(ARTICLES[name], words=words)
    assert summary.sentences
    texts = [s.text for s in summary.sentences]
    assert "No." not in texts
    assert not [t for t in texts if t.startswith("That is why")]


@pytest.mark.parametrize("words", [30, 60])
def test_a_brief_s_summary_in_words_opens_on_its_lede(words: int) -> None:
    # The council's words=30 had been "The scheme, by developer Homes England, also includes ..." and
    # "Opponents said ...", the two that scored best and fit, without the approval they are of.
    summary = nutgraf.summarize(ARTICLES["correction_bottom"], words=words)
    assert summary.sentences[0].text.startswith("Bedford Borough Council has approved plans")


@pytest.mark.parametrize("name", ["earnings_us", "baku_wire", "match_report_scoreline", "film_review_star"])
def test_a_brief_s_lede_longer_than_the_budget_is_not_put_first(name: str) -> None:
    # Taken first whatever its length, a lede of 31 to 38 words was the whole of words=30 (the first sentence
    # taken is always kept), where sentences within the budget were left: a budget in words is an upper bound.
    summary = nutgraf.summarize(ARTICLES[name], sentences=None, words=30)
    assert summary.sentences
    assert len(summary.text.split()) <= 30


def test_a_summary_in_words_keeps_the_opening_under_a_player_s_notice() -> None:
    # A BBC page's first sentence under "Media playback is not supported on this device" opens the article,
    # however it opens ("He initially ..."): left out of words=60 as leaning on what was before it, the
    # summary had been the page's pointer to its guide alone.
    text = (
        "Media playback is not supported on this device\n\nHe initially experienced racial abuse, but explains"
        " to BBC Sport's Nick Hope how he overcame that and after briefly considering representing France, is"
        " now targeting a medal at the 2016 Rio Olympics.\n\nIf you'd like to find out about how to get into"
        " martial arts, read our special guide."
    )
    summary = nutgraf.summarize(text, words=60)
    assert summary.sentences[0].text.startswith("He initially experienced racial abuse")
