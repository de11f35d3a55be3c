"""Articles of shapes the other tests do not hold, as outlets nutgraf has no data of publish them: the summary a
reader gets from "Get a summary" (sentences, offsets, ``length=``, ``form=``, ``avoid=``)."""

from __future__ import annotations

import itertools
import string

import pytest

import nutgraf
from nutgraf.extract.text import clean_text
from nutgraf.segment import PlacesNamed, dateline_end
from test_extract_limits import ALLOWED, _growth

ARTICLES = {
    "reuters_wire": """WASHINGTON (Reuters) - The U.S. Senate on Thursday passed a $95 billion aid package for Ukraine, Israel and Taiwan, sending the bill to the House of Representatives where its fate remains uncertain.

The measure passed by 70 votes to 29, with 22 Republicans joining most Democrats in support after a rare overnight session.

House Speaker Mike Johnson has said he will not bring the bill to a vote without new measures to tighten security at the border with Mexico.

Ukraine's foreign minister thanked senators in a post on social media, saying the aid was "vital for our defence".

(Reporting by Richard Cowan and David Morgan; Editing by Scott Malone and Jonathan Oatis)""",
    "ap_wire": """LONDON, March 3 (AP) — British inflation fell to 3.4% in February, its lowest level in more than two years, official figures showed Wednesday, raising hopes that the Bank of England could begin cutting interest rates this summer.

The Office for National Statistics said lower food prices and cheaper furniture drove the decline from 4% in January.

Economists had expected a reading of 3.5%. The pound fell slightly against the dollar after the figures were published.

Chancellor Jeremy Hunt said the fall showed the government's plan was working, but opposition parties said families were still struggling with high bills.

The central bank's rate-setting committee meets next on Thursday.""",
    "india_colon": """NEW DELHI: The Supreme Court on Monday asked the Centre to respond within four weeks to a petition challenging the new rules for the appointment of election commissioners.

A bench headed by Chief Justice D Y Chandrachud issued notice on the plea filed by the Association for Democratic Reforms, which argued that the rules give the government too much say.

The petitioners said the removal of the Chief Justice from the selection panel undermined the independence of the Election Commission.

Solicitor General Tushar Mehta told the court the law had been passed by Parliament and could not be stayed without hearing the government.

The matter will next be heard on April 15.""",
    "afp_fr": """Paris, le 3 mars (AFP) - Le gouvernement a présenté mardi un projet de loi visant à simplifier les démarches administratives des entreprises, promettant d'économiser un milliard d'euros par an.

Le texte prévoit notamment la suppression de plusieurs formulaires et la généralisation des déclarations en ligne pour les petites entreprises.

Le ministre de l'Économie a estimé que ces mesures permettraient aux patrons de se concentrer sur leur activité plutôt que sur la paperasse.

Les syndicats ont dénoncé un texte qui affaiblirait selon eux certaines protections des salariés.

Le projet de loi sera examiné au Sénat au mois d'avril.""",
    "cnn_dash": """(CNN) -- A powerful earthquake struck off the coast of northern Japan on Tuesday, shaking buildings in Tokyo and prompting a tsunami warning for the Pacific coast.

The Japan Meteorological Agency said the quake had a preliminary magnitude of 7.1 and struck at a depth of 50 kilometres.

Waves of up to one metre were expected to reach the coast of Miyagi prefecture within half an hour, the agency said.

There were no immediate reports of damage or injuries, public broadcaster NHK said.

The region was devastated by a magnitude 9.0 earthquake and tsunami in March 2011 that killed more than 18,000 people.""",
    "nyt_dash": """KYIV, Ukraine — Russian forces launched one of the largest drone attacks of the war overnight, Ukrainian officials said on Sunday, striking power plants in at least five regions and leaving hundreds of thousands of people without electricity.

Ukraine's air force said it had shot down 84 of the 101 drones launched, along with nine cruise missiles.

In the western city of Lviv, emergency workers spent the night putting out a fire at a substation, the regional governor said.

President Volodymyr Zelensky renewed his appeal for more air defense systems, saying in his nightly address that "every delay costs lives."

The attack came days before European leaders were due to meet in Brussels to discuss new sanctions on Russia.""",
    "markets": """Stocks close higher as tech rally lifts Nasdaq to record

NEW YORK (Reuters) - Wall Street's main indexes closed higher on Friday, with the Nasdaq hitting a record high as chipmakers rallied on strong demand for artificial intelligence.

The Dow Jones Industrial Average rose 90.99 points, or 0.23%, to 39,087.38, the S&P 500 gained 40.81 points, or 0.80%, to 5,137.08 and the Nasdaq Composite added 183.02 points, or 1.14%, to 16,274.94.

Nvidia shares jumped 4% to a record, taking the chipmaker's market value past $2 trillion.

The 10-year Treasury yield fell to 4.18% from 4.25% late on Thursday after data showed manufacturing activity shrank in February.

Advancing issues outnumbered decliners by a 2.1-to-1 ratio on the NYSE.

(Reporting by Chuck Mikolajczak; Editing by Richard Chang)""",
    "business_in": """MUMBAI: Reliance Industries on Friday reported a 10 per cent rise in quarterly net profit, beating analysts' estimates, helped by strong growth in its telecom and retail businesses.

Consolidated net profit for the October-December quarter rose to Rs 19,641 crore from Rs 17,806 crore a year earlier, the company said in a stock exchange filing.

Revenue from operations rose 3.2 per cent to Rs 2.28 lakh crore.

Jio Platforms, the telecom arm, posted a 12 per cent rise in profit as it added 11 million subscribers in the quarter.

Shares of Reliance closed 1.4 per cent higher at Rs 2,735 on the BSE ahead of the results.""",
    "nigeria_local": """LAGOS — At least 12 people were killed when a three-storey building collapsed in the Ebute-Metta area of Lagos on Tuesday, emergency officials said.

The Lagos State Emergency Management Agency said 23 people had been rescued alive from the rubble and taken to hospital.

Residents said the building had shown cracks for months and that officials had marked it for demolition.

Governor Babajide Sanwo-Olu ordered an investigation and said the owner of the building would be prosecuted if found negligent.

Building collapses are common in Lagos, where enforcement of building codes is weak.""",
    "za_court": """JOHANNESBURG - The Johannesburg High Court has ordered the City of Johannesburg to restore water to residents of Soweto within 48 hours, after some households went without running water for more than three weeks.

Judge Leicester Adams said the city had breached residents' constitutional right to access to water.

The application was brought by the Soweto Residents Association, which said elderly people had been forced to queue for hours at water tankers.

Johannesburg Water said repairs to the Commondale reservoir were almost complete and supply would be restored by Friday.""",
    "live_blog": """Budget 2026: live updates

14:32 GMT — The chancellor has sat down after a speech of just over an hour. The main announcements were a 2p cut to national insurance, a freeze on fuel duty and a new tax on vaping products.

14:20 GMT — Fuel duty will be frozen for another year, the chancellor confirms, saving the average driver £50.

14:05 GMT — The chancellor says the economy will grow by 0.8% this year, up from the 0.7% forecast in the autumn.

13:45 GMT — The chancellor has stood up in the Commons to deliver his budget speech.

13:30 GMT — Good afternoon and welcome to our live coverage of the budget. We will bring you all the announcements as they happen.""",
    "qa_interview": """The novelist Chimamanda Adichie on grief, fame and her new book

Chimamanda Adichie's first novel in a decade, Dream Count, follows four women across Lagos, Washington and Paris. She spoke to us from her home in Maryland.

This interview has been edited for length and clarity.

Q: Why did it take ten years to write this book?
A: Grief, mostly. My father died during the pandemic and my mother a few weeks later. For a long time I could not write fiction at all.

Q: The book is about women looking for love. Is it a love story?
A: It is about wanting to be truly seen by another person. Love is one form of that, but friendship is another, and I think friendship is the quieter heart of the book.

Q: Does fame make writing harder?
A: It makes it noisier. I have to work harder to find silence, to be the person who notices things rather than the person who is noticed.""",
    "explainer": """What we know so far about the Baltimore bridge collapse

A container ship lost power and struck the Francis Scott Key Bridge in Baltimore early on Tuesday, bringing most of the 2.6-kilometre span down into the Patapsco River.

What happened?
The Singapore-flagged Dali was leaving the port at about 01:30 local time when it lost propulsion and crashed into one of the bridge's supports. The crew issued a mayday call minutes before the impact, allowing police to stop traffic onto the bridge.

Who was on the bridge?
A road crew of eight was filling potholes on the bridge. Two were rescued; the bodies of two others were recovered on Wednesday and four remain missing, presumed dead.

What happens to the port?
The port of Baltimore, one of the busiest in the US for car shipments, is closed to ships until the wreckage can be cleared, which officials say could take weeks.""",
    "listicle": """Five things to know about the new EU AI rules

The European Union's Artificial Intelligence Act, the world's first comprehensive law on AI, was approved by the European Parliament on Wednesday. Here is what it means.

1. It bans some uses outright. Social scoring systems and most real-time facial recognition in public spaces will be prohibited.

2. High-risk systems face strict checks. AI used in hiring, credit scoring or policing must be tested for bias and overseen by humans.

3. Chatbots must say they are bots. Makers of general-purpose models such as ChatGPT must disclose that content is AI-generated and publish summaries of their training data.

4. Fines are steep. Companies that break the rules can be fined up to 7% of their global turnover.

5. It takes effect in stages. The bans apply from six months after the law enters into force, most other rules after two years.""",
    "correction_top": """Correction: An earlier version of this article misstated the number of jobs at risk. It is 1,200, not 12,000.

The carmaker Stellantis will close its van factory in Luton by the end of the year, putting 1,200 jobs at risk, the company said on Tuesday.

Stellantis said it would move production of its electric vans to Ellesmere Port in Cheshire, where it is investing £50 million.

Unite, the union, called the decision "a betrayal" of workers who had kept the plant running through the pandemic.

The Luton site has made vehicles since 1905, when Vauxhall moved there from London.""",
    "football": """Arsenal 3-1 Liverpool: Saka double sends Gunners top

Bukayo Saka scored twice as Arsenal came from behind to beat Liverpool 3-1 at the Emirates Stadium and go top of the Premier League on Sunday.

Mohamed Salah gave the visitors the lead in the 14th minute, sliding in at the far post after Arsenal failed to clear a corner.

Saka levelled before half-time with a curling shot from the edge of the area and put Arsenal ahead from the penalty spot in the 67th minute after Virgil van Dijk fouled Gabriel Martinelli.

Substitute Leandro Trossard sealed the win in stoppage time.

The result leaves Arsenal two points clear of Manchester City, who play Chelsea on Monday.

Arsenal: Raya; White, Saliba, Gabriel, Zinchenko; Odegaard, Rice, Havertz; Saka, Jesus, Martinelli.

Liverpool: Alisson; Alexander-Arnold, Konate, Van Dijk, Robertson; Szoboszlai, Mac Allister, Jones; Salah, Nunez, Diaz.""",
    "cricket": """India beat Australia by six wickets to win the third Test in Ranchi and take an unassailable 2-1 lead in the four-match series.

Chasing 192 on a turning pitch, India reached their target on the fourth afternoon thanks to an unbeaten 55 from Shubman Gill and a calm 39 from debutant Dhruv Jurel.

Australia had been bowled out for 145 in their second innings, with spinner Ravichandran Ashwin taking five wickets for 51.

Captain Rohit Sharma praised his young side, saying they had shown "great character" after losing early wickets.

The final Test begins in Dharamsala on March 7.""",
    "asx": """The ASX 200 closed 0.6 per cent higher at 7,745.6 points on Tuesday, led by gains in the big four banks and iron ore miners.

Commonwealth Bank rose 1.2 per cent to $118.40, while BHP added 1.5 per cent to $45.20 after iron ore prices climbed overnight in Singapore.

The Australian dollar was buying 65.4 US cents, up from 65.1 cents on Monday.

Energy stocks fell as oil prices slipped, with Woodside Energy down 0.8 per cent.

Investors are awaiting the Reserve Bank's interest rate decision on Tuesday next week, with markets pricing in no change to the 4.35 per cent cash rate.""",
    "local_brief": """Main Street closed after water main break

A water main break closed part of Main Street in downtown Springfield on Wednesday morning, city officials said.

Crews were working to repair the 12-inch pipe between Oak and Elm streets. Drivers should use Second Street as a detour.

Businesses along the block were without water for several hours. The road is expected to reopen by Thursday afternoon.""",
    "court": """A former nurse who stole morphine from a hospital and replaced it with saline has been jailed for three years.

Sarah Thompson, 41, of Bristol, admitted 14 counts of theft and one of tampering with medicines at Bristol Crown Court.

The court heard that over eight months in 2022 she took vials of morphine from a locked cabinet at Southmead Hospital and refilled them with salt water, leaving patients in severe pain.

Sentencing her, Judge Peter Blair KC said she had "betrayed the trust of patients at their most vulnerable".

Her barrister said she had become addicted to painkillers after a back injury and was deeply ashamed.""",
    "obit_uk": """Dame Eileen Marsh, who has died aged 94, was a marine biologist whose work on coral bleaching in the 1980s was among the first to link the decline of reefs to warming seas.

Born in Whitby, North Yorkshire, the daughter of a fisherman and a schoolteacher, she won a scholarship to Girton College, Cambridge, in 1948, one of a handful of women reading natural sciences.

Her 1987 paper in Nature, written after six years of diving on the Great Barrier Reef, showed that bleaching followed spells of unusually warm water. It was dismissed by many colleagues at the time.

She was appointed DBE in 2005 for services to marine science.

She is survived by her daughter, Anne, and three grandchildren. Her husband, the geologist Robert Marsh, died in 2011.""",
    "obit_in": """Veteran Carnatic vocalist T.N. Seshagopalan passed away in Chennai on Sunday morning following a brief illness. He was 82.

Born in Nagapattinam in 1942, Seshagopalan trained under his mother and later under Ramanathapuram C.S. Sankarasivam, and went on to become one of the most sought-after vocalists of his generation.

He was known for his mastery of ragas and his scholarly approach to the compositions of Tyagaraja, and taught hundreds of students over six decades.

He received the Sangita Kalanidhi award from the Madras Music Academy in 1997 and the Padma Bhushan in 2019.

Chief Minister M.K. Stalin condoled his death and said the state had lost "a treasure of Carnatic music". He is survived by his wife and two sons.""",
    "analysis_ng": """Nigeria's naira has lost more than 70 per cent of its value against the dollar since June, when the Central Bank of Nigeria allowed the currency to float.

The reform, one of President Bola Tinubu's first acts in office, was meant to unify the country's many exchange rates and attract foreign investors.

But the sharp fall in the naira has pushed inflation to a 28-year high of 31.7 per cent, and the prices of staples such as rice and garri have more than doubled in Lagos markets.

Economists in Abuja say the pain was unavoidable after years of propping up the currency, but that the government has been slow to cushion the poor.

"The policy direction is right, but the sequencing was poor," said Bismarck Rewane, chief executive of Financial Derivatives Company, a Lagos-based consultancy.""",
    "analysis_za": """Eskom has gone 100 days without load shedding, the longest stretch in more than four years, as the power utility's coal-fired fleet performs better than at any point since 2020.

The improvement follows a push to repair breakdowns at its ageing power stations and the return of three units at Kusile.

Electricity Minister Kgosientsho Ramokgopa said on Tuesday that the utility's energy availability factor had risen above 60 per cent, from below 50 per cent a year ago.

Analysts cautioned that winter demand would test the grid, and that rooftop solar installed by households and businesses had cut demand on Eskom by as much as 2,000 megawatts.

The end of rolling blackouts has been a boost for the ANC ahead of the elections on May 29.""",
    "analysis_au": """The Reserve Bank of Australia has kept the cash rate on hold at 4.35 per cent for a fifth straight meeting, but warned that inflation remained too high for it to rule out another rise.

Governor Michele Bullock told reporters that the board had not discussed cutting rates and that it would be "some time" before it could be confident inflation was heading back to its target band of 2 to 3 per cent.

Annual inflation eased to 3.4 per cent in the year to February, but services prices, such as rents and insurance, are still rising quickly.

Treasurer Jim Chalmers said the government's energy bill relief would help take pressure off prices without adding to inflation.

Economists at the big four banks expect the first cut in November at the earliest.""",
    "captions_inline": """Thousands march in Madrid against housing costs

Protesters filled the centre of Madrid on Saturday to demand action on soaring rents, in one of the largest demonstrations the Spanish capital has seen in years.
Protesters hold placards reading "Homes, not business" during the march in Madrid on Saturday. (Photo: Javier Soriano/AFP)
Organisers said 150,000 people took part, while the government's delegation in Madrid put the figure at 22,000.
Rents in Madrid have risen by more than 40% in the past five years, according to the property portal Idealista, while wages have grown by about 10%.
A woman holds a sign during the protest. Reuters
The government has promised to build 180,000 social homes and to cap rents in areas under stress, but tenants' unions say the measures have come too slowly.""",
    "pasted_page": """Ferry operator fined £2m over death of deckhand

A ferry company has been fined £2 million after a deckhand was crushed to death by a loading ramp in Portsmouth.

Advertisement

Jake Wilson, 23, died in September 2021 when the ramp of the Isle of Wight ferry was lowered while he was standing beneath it.

Story continues below

Southern Crossings Ltd admitted failing to ensure the safety of its employees at Portsmouth Crown Court.

Read more: Ferry services cancelled as storm hits south coast

The court heard the company had no written procedure for lowering the ramp and that the warning alarm had been broken for months.

Advertisement

Mr Wilson's mother said the family had "waited three years for someone to say sorry".""",
    "bbc_pasted": """Hospital waiting lists fall for first time in a year

Waiting lists for hospital treatment in England have fallen for the first time in a year, official figures show.

Image source, Getty Images
Image caption, Waiting lists had risen steadily since the pandemic

The number of people waiting for routine treatment fell to 7.54 million in January, down from 7.6 million in December.

But the number waiting more than 18 months rose slightly, to 10,500.

Related Topics
NHS
Health

Health Secretary Victoria Atkins said the figures showed the government's plan was working, but the Royal College of Surgeons said the NHS was "still far from where it needs to be".""",
    "weather_brief": """Heavy snow is expected across Scotland and northern England on Thursday, with up to 20cm falling on high ground, the Met Office has warned.

An amber warning is in place from 06:00 to 18:00 for the Highlands, Grampian and Central Scotland, where travel disruption and power cuts are likely.

Drivers are advised to avoid all but essential journeys. Schools in Aberdeenshire have already said they will close.

Temperatures are expected to rise over the weekend.""",
    "tech_news": """Apple has been fined €1.8bn by the European Commission for abusing its dominance of the market for music streaming apps on the iPhone.

The Commission said Apple had stopped streaming services such as Spotify from telling users about cheaper ways to subscribe outside the App Store.

It is the first time the EU has fined Apple for breaking its competition rules.

Apple said it would appeal, arguing that the decision ignored the fact that Spotify was the most popular music app in Europe.

Spotify welcomed the decision and called on Apple to change its rules immediately.""",
    "transcript_speech": """PRIME MINISTER: Good afternoon. Today the cabinet agreed to raise the minimum wage by 9.8 per cent from April.

This will mean a pay rise of more than £1,800 a year for a full-time worker on the lowest wage.

REPORTER: Prime minister, how will businesses afford this?

PRIME MINISTER: We have listened to businesses. That is why we are also cutting the employer's national insurance for small firms.

REPORTER: Will it lead to job losses?

PRIME MINISTER: The independent Low Pay Commission has looked at this carefully and does not expect it to.""",
    "press_release": """FOR IMMEDIATE RELEASE

Harbour Foods opens new bakery in Leeds, creating 200 jobs

LEEDS, 4 March 2026 -- Harbour Foods Ltd today opened a £40 million bakery in Leeds that will create 200 jobs and supply bread to supermarkets across the north of England.

The bakery will produce 1.2 million loaves a week and run entirely on renewable electricity.

Chief executive Priya Shah said the site was "a long-term commitment to Yorkshire".

###

About Harbour Foods
Harbour Foods Ltd is one of the UK's largest independent bakers, with five sites and 2,400 employees.

Media contact: press@harbourfoods.example""",
    "editor_note_top": """Editor's note: This story contains descriptions of violence that some readers may find distressing.

A man has been charged with murder after a woman was found dead at a house in Cardiff on Saturday.

South Wales Police said officers were called to the property in Splott at 02:15 after reports of a disturbance.

The woman, who was 34, was pronounced dead at the scene. Her family have been informed.

Daniel Hughes, 37, will appear before Cardiff magistrates on Monday.""",
    "tweets_embed": """Taylor Swift has announced four extra dates for her Eras Tour in London next year, after more than a million fans tried to buy tickets for the first shows.

The singer said in a post on Instagram that she was "so excited" to add the concerts at Wembley Stadium in August.

The additional shows will be on 15, 16, 17 and 20 August. Tickets go on sale on Friday through Ticketmaster.

Fans who failed to get tickets in the first round complained that the website crashed within minutes.

Ticketmaster said it had seen "unprecedented demand" and apologised for the problems.""",
    "health_au": """Australians will be able to buy nicotine vapes from pharmacies without a prescription from October, after the government struck a deal with the Greens to pass its vaping laws.

Under the changes, adults will be able to buy vapes after a consultation with a pharmacist, while those under 18 will still need a prescription.

Health Minister Mark Butler said the deal would keep vapes out of the hands of children while ensuring adults trying to quit smoking could get them.

The Coalition opposed the laws, saying they would fuel the black market.""",
    "science": """Astronomers have found the most distant black hole yet observed, a giant that formed just 400 million years after the Big Bang.

The black hole, at the centre of the galaxy GN-z11, was spotted by the James Webb Space Telescope and is about 1.6 million times the mass of the Sun.

"It's very early in the universe to see a black hole this massive," said Roberto Maiolino of the University of Cambridge, who led the study published in Nature.

The finding suggests that black holes may have formed from the direct collapse of gas clouds rather than from dead stars.

The team now hopes to use Webb to look for even earlier black holes.""",
    "election_results": """Pakistan's election results: what we know so far

Candidates backed by jailed former prime minister Imran Khan have won the most seats in Pakistan's general election, according to final results announced on Sunday.

Independents, most of them supported by Mr Khan's Pakistan Tehreek-e-Insaf (PTI) party, won 101 of the 265 seats contested.

The Pakistan Muslim League-Nawaz (PML-N) of former prime minister Nawaz Sharif won 75 seats, and the Pakistan Peoples Party (PPP) 54.

No party has a majority, and talks on forming a coalition government are under way.

The PTI has alleged widespread rigging and says it will challenge the results of dozens of seats in court.""",
    "rugby": """Ireland 17-13 England: Prendergast kick keeps Six Nations hopes alive

Jack Crowley kicked a late penalty as Ireland edged England 17-13 in a tense Six Nations match at the Aviva Stadium in Dublin on Saturday.

England led 13-10 at half-time after a try from wing Ollie Sleightholme, but Ireland's defence held firm after the break.

Dan Sheehan's try in the 62nd minute put Ireland ahead, and Crowley's penalty with four minutes left sealed the win.

Ireland, the defending champions, now need to beat Scotland next week to retain the title.""",
    "podcast_notes": """In this week's episode, we look at why house prices in Britain are falling for the first time in a decade.

Mortgage rates have more than doubled since 2021, and buyers in the south-east are the hardest hit.

Our economics editor explains what it means for first-time buyers and whether prices will fall further next year.

This episode of The Briefing was produced by Tom Hart and presented by Jane Lee.

Thanks for listening.""",
    "sport_tennis": """Carlos Alcaraz beat Novak Djokovic 6-1, 7-6 (7-4), 6-3 to win his second Wimbledon title on Sunday.

The 21-year-old Spaniard dominated from the first game, breaking the seven-time champion's serve three times in the opening set.

Djokovic, playing a month after knee surgery, saved three championship points in the third set before Alcaraz served out the match.

Alcaraz becomes the sixth man in the Open era to win the French Open and Wimbledon in the same year.""",
    "reuters_tail_only": """The European Central Bank kept interest rates at a record high on Thursday but signalled that it could start cutting them in June if inflation keeps falling.

ECB President Christine Lagarde said policymakers were "not sufficiently confident" that inflation was heading back to 2%, but that new forecasts due in June would give them more information.

Euro zone inflation fell to 2.6% in February, and the bank cut its forecast for this year to 2.3%.

Markets are now pricing in four rate cuts this year, starting in June.

(Reporting by Francesco Canepa and Balazs Koranyi; Additional reporting by Stefano Rebaudo; Editing by Catherine Evans)""",
}

# What furniture reads like, which no summary sentence of these articles may hold: a reporting credit, a
# page's labels, a caption's credit, a live report's clock or greeting, the newsroom's notes.
FURNITURE = (
    "Reporting by",
    "Editing by",
    "Advertisement",
    "Story continues below",
    "Read more",
    "Image source",
    "Image caption",
    "Related Topics",
    "Photo:",
    "GMT",
    "welcome to our live",
    "Correction:",
    "Editor's note",
    "This interview has been edited",
    "produced by",
    "Media contact",
    "Thanks for listening",
)


@pytest.mark.parametrize("name", sorted(ARTICLES))
@pytest.mark.parametrize(
    "options",
    [{}, {"form": "tldr"}, {"length": "short"}, {"length": "long"}, {"avoid": ["questions", "quotes"]}],
)
def test_every_summary_is_of_the_article_s_own_sentences_and_no_furniture(name: str, options: dict) -> None:
    summary = nutgraf.summarize(ARTICLES[name], **options)
    assert summary.sentences
    for sentence in summary.sentences:
        assert summary.source[sentence.start : sentence.end] == sentence.text
        assert sentence.text[:1].isupper() or sentence.text[:1] in "\"“'‘", sentence.text
        assert not [mark for mark in FURNITURE if mark.casefold() in sentence.text.casefold()], sentence.text
    assert [s.start for s in summary.sentences] == sorted(s.start for s in summary.sentences)


# Each datelined lede as the summary gives it: from its news on, the dateline left in the article.
DATELINED = {
    "reuters_wire": (
        "WASHINGTON (Reuters) - ",
        "The U.S. Senate on Thursday passed a $95 billion aid package",
    ),
    "ap_wire": ("LONDON, March 3 (AP) — ", "British inflation fell to 3.4% in February"),
    "india_colon": ("NEW DELHI: ", "The Supreme Court on Monday asked the Centre"),
    "afp_fr": ("Paris, le 3 mars (AFP) - ", "Le gouvernement a présenté mardi un projet de loi"),
    "cnn_dash": ("(CNN) -- ", "A powerful earthquake struck off the coast of northern Japan"),
    "nyt_dash": ("KYIV, Ukraine — ", "Russian forces launched one of the largest drone attacks"),
    "markets": ("NEW YORK (Reuters) - ", "Wall Street's main indexes closed higher on Friday"),
    "business_in": ("MUMBAI: ", "Reliance Industries on Friday reported a 10 per cent rise"),
    "nigeria_local": ("LAGOS — ", "At least 12 people were killed when a three-storey building collapsed"),
    "za_court": ("JOHANNESBURG - ", "The Johannesburg High Court has ordered the City of Johannesburg"),
}


@pytest.mark.parametrize("name", sorted(DATELINED))
@pytest.mark.parametrize("form", ["paragraph", "tldr"])
def test_a_summary_opens_on_the_lede_s_news_not_on_its_dateline(name: str, form: str) -> None:
    # "WASHINGTON (Reuters) - The U.S. Senate ...", "NEW DELHI: The Supreme Court ...", "(CNN) -- A powerful
    # earthquake ...": the summary had opened on the wire's dateline, which the article keeps.
    dateline, news = DATELINED[name]
    summary = nutgraf.summarize(ARTICLES[name], form=form)
    first = summary.sentences[0]
    assert first.text.startswith(news)
    assert summary.source[first.start - len(dateline) : first.start] == dateline
    assert summary.source[first.start : first.end] == first.text


@pytest.mark.parametrize(
    "text",
    [
        # A word in capitals before a dash that goes on in lower case is no dateline.
        "NATO - and its members - agreed on Tuesday to double the alliance's spending on air defence.",
        # Nor are a headline's words before a dash, written in the sentence's own case.
        "Prices - and wages - rose faster in March than at any time since 1991, the statistics office said.",
        # A spaced compound, a label a reader needs: the summary had read "China trade talks collapsed ...",
        # "An earlier version of this story misspelled ..." as the article's news.
        "U.S. - China trade talks collapsed on Friday after negotiators failed to agree on tariffs.",
        "CORRECTION: An earlier version of this story misspelled the name of the council's leader.",
    ],
)
def test_what_opens_like_a_dateline_but_is_none_stays(text: str) -> None:
    summary = nutgraf.summarize(text, form="tldr")
    assert summary.sentences[0].start == 0


BRIEF_LEDES = {
    "court": "A former nurse who stole morphine from a hospital and replaced it with saline",
    "football": "Bukayo Saka scored twice as Arsenal came from behind to beat Liverpool 3-1",
    "asx": "The ASX 200 closed 0.6 per cent higher at 7,745.6 points on Tuesday",
    "obit_in": "Veteran Carnatic vocalist T.N. Seshagopalan passed away in Chennai",
    "tech_news": "Apple has been fined €1.8bn by the European Commission",
    "tweets_embed": "Taylor Swift has announced four extra dates for her Eras Tour",
    "business_in": "Reliance Industries on Friday reported a 10 per cent rise in quarterly net profit",
    "india_colon": "The Supreme Court on Monday asked the Centre to respond within four weeks",
}


@pytest.mark.parametrize("name", sorted(BRIEF_LEDES))
@pytest.mark.parametrize("options", [{"form": "tldr"}, {"length": "short"}])
def test_a_brief_s_one_sentence_summary_is_its_lede(name: str, options: dict) -> None:
    # A court report's TL;DR had been "The court heard that ...", a match report's the equaliser, an
    # obituary's "Born in Nagapattinam in 1942, ...", an earnings story's net profit in crore without
    # the company's name: the brief's scorer, trained on long articles, ranks its later sentences higher.
    summary = nutgraf.summarize(ARTICLES[name], **options)
    assert len(summary.sentences) == 1
    assert summary.sentences[0].text.startswith(BRIEF_LEDES[name])


# Briefs (four to eight sentences) of both kinds, with the TL;DR a reader wants: hard news, whose lede is
# its summary, and features, reviews, columns and warnings, whose lede sets a scene, tells an anecdote,
# gives an opinion or a warning, and whose news comes later. Name: (kind, article, the TL;DR's opening).
BRIEFS = {
    # Ledes that carry the news.
    "court_jailed": (
        "news",
        """A former care worker who stole £40,000 from elderly residents of a nursing home in Swansea has been jailed for four years.

Karen Pugh, 52, admitted 14 counts of fraud at Swansea Crown Court.

The court heard that she used residents' bank cards to pay for holidays, clothes and a new kitchen over three years.

Judge Paul Thomas said she had shown "a shocking breach of trust" towards people who depended on her.

The home's owners said they had tightened their checks since the thefts came to light.""",
        "A former care worker who stole £40,000",
    ),
    "match_report": (
        "news",
        """Manchester City came from behind to beat Chelsea 2-1 at the Etihad Stadium on Saturday and move three points clear at the top of the Premier League.

Cole Palmer gave Chelsea the lead against his former club after 12 minutes with a low shot from the edge of the area.

Erling Haaland equalised before half-time with his 20th league goal of the season, heading in a cross from Kevin De Bruyne.

Phil Foden scored the winner in the 78th minute, curling the ball into the top corner from 20 yards.

City face Real Madrid in the Champions League on Wednesday.""",
        "Manchester City came from behind to beat Chelsea 2-1",
    ),
    "earnings": (
        "news",
        """Tesco reported a 12% rise in annual profit on Wednesday as shoppers returned to its stores and sales of its premium own-brand ranges grew.

Pre-tax profit rose to £2.3bn in the year to February, on sales of £68.2bn.

The supermarket said it would return £1bn to shareholders through share buybacks over the next year.

Chief executive Ken Murphy said food inflation had eased and customers were trading up again.

Shares in the company rose 4% in morning trading in London.""",
        "Tesco reported a 12% rise in annual profit",
    ),
    "fire": (
        "news",
        """Firefighters rescued eleven people from a burning block of flats in east London early on Tuesday, the London Fire Brigade said.

More than 70 firefighters were called to the six-storey building in Stratford at about 03:00.

Two people were taken to hospital with smoke inhalation.

The cause of the fire is being investigated.""",
        "Firefighters rescued eleven people",
    ),
    "referendum": (
        "news",
        """Voters in Ireland have rejected two proposals to change the wording of the constitution on the family and on care in the home.

The family amendment was defeated by 67.7% to 32.3%, and the care amendment by 73.9% to 26.1%.

Taoiseach Leo Varadkar said the government had accepted the result and that it had failed to persuade the public.

Turnout was 44.4%, lower than in recent referendums on abortion and same-sex marriage.""",
        "Voters in Ireland have rejected two proposals",
    ),
    "minimum_wage": (
        "news",
        """The national minimum wage for workers aged 21 and over will rise to £12.21 an hour from April, the government has announced.

The increase of 6.7% will benefit about three million workers, according to the Treasury.

The rate for 18 to 20-year-olds will rise by 16.3% to £10 an hour, the largest increase on record.

Business groups warned that the rise, coming alongside higher employer national insurance payments, would force some firms to cut jobs.

The Low Pay Commission had recommended the new rates in October.""",
        "The national minimum wage for workers aged 21 and over will rise",
    ),
    "coach_crash": (
        "news",
        """Three people died and 25 were injured when a coach carrying students overturned on the M6 in Cheshire on Sunday night.

The coach, travelling from Manchester to Birmingham, left the southbound carriageway near junction 18 at about 22:30.

Cheshire Police said the driver, a 48-year-old man, had been arrested on suspicion of causing death by dangerous driving.

The motorway was closed for 14 hours while investigators examined the scene.

The university said it was offering support to students and staff.""",
        "Three people died and 25 were injured",
    ),
    "science_find": (
        "news",
        """Scientists have identified a new species of giant tortoise in the Galapagos Islands, after analysing DNA from animals living on the slopes of a volcano on Isabela.

The team, from Yale University, compared genetic samples from 150 tortoises with those of known species.

They found that a group of about 2,000 animals on the Wolf volcano were distinct from all other populations.

The findings, published in the journal Heredity, mean there are now 14 recognised species of Galapagos giant tortoise.

Conservationists said the discovery would help protect the animals, whose numbers fell sharply in the 19th century.""",
        "Scientists have identified a new species of giant tortoise",
    ),
    "appointment": (
        "news",
        """HSBC has named Georges Elhedery as its new chief executive, replacing Noel Quinn, who announced his retirement in April.

Mr Elhedery, 50, is currently the bank's finance director and has worked at HSBC for more than 20 years.

He will take over in September and will be paid a base salary of £1.3m.

Analysts said the appointment signalled continuity in the bank's strategy of focusing on Asia.""",
        "HSBC has named Georges Elhedery as its new chief executive",
    ),
    "strike": (
        "news",
        """Train drivers in the Aslef union will strike on 5 and 6 April, halting services on 16 rail companies in England, the union has announced.

The walkouts are the latest in a dispute over pay and working conditions that began almost two years ago.

Aslef general secretary Mick Whelan said drivers had not had a pay rise since 2019.

The Rail Delivery Group said the strikes would cause disruption for passengers during the Easter holidays.

Passengers have been advised to check before they travel.""",
        "Train drivers in the Aslef union will strike",
    ),
    "vaccine": (
        "news",
        """Pregnant women in England will be offered a vaccine against respiratory syncytial virus from September to protect their newborn babies, the NHS has said.

RSV causes about 20,000 hospital admissions of infants each year in the UK.

Trials found the vaccine, given in the third trimester, cut the risk of severe illness in babies by about 70% in their first six months.

Adults turning 75 will also be offered the jab.""",
        "Pregnant women in England will be offered a vaccine",
    ),
    "takeover": (
        "news",
        """Microsoft has agreed to buy the games developer Activision Blizzard for $68.7bn in cash, the biggest deal in the history of the technology giant.

The deal gives Microsoft control of some of the world's most popular video games, including Call of Duty and Candy Crush.

Microsoft will pay $95 a share, a premium of 45% on Activision's closing price on Friday.

Activision has been under pressure over claims of sexual harassment and discrimination at the company.

Shares in Activision rose 26% in pre-market trading.""",
        "Microsoft has agreed to buy the games developer Activision Blizzard",
    ),
    "arrest": (
        "news",
        """Police have arrested a 32-year-old man on suspicion of murder after a woman was found dead at a house in Leicester.

Officers were called to the property in Braunstone at 06:20 on Thursday after a neighbour reported hearing screams.

The woman, who was in her 40s, was pronounced dead at the scene.

Leicestershire Police said the man and the woman were known to each other.

A post-mortem examination will be carried out on Friday.""",
        "Police have arrested a 32-year-old man on suspicion of murder",
    ),
    "quake": (
        "news",
        """A magnitude 6.8 earthquake has struck central Morocco, killing more than 600 people and damaging buildings in the historic city of Marrakesh.

The quake struck at 23:11 local time on Friday at a depth of 18.5km, the US Geological Survey said.

Most of the deaths were in the mountainous provinces of Al Haouz and Taroudant, the interior ministry said.

Residents of Marrakesh spent the night in the streets, fearing aftershocks.

Rescue teams were struggling to reach remote villages where roads had been blocked by rockfalls.""",
        "A magnitude 6.8 earthquake has struck central Morocco",
    ),
    "obituary": (
        "news",
        """The actor Maggie Smith, best known for her roles in Downton Abbey and the Harry Potter films, has died aged 89.

Her sons said she died peacefully in hospital in London on Friday morning.

She won two Oscars, for The Prime of Miss Jean Brodie in 1969 and California Suite in 1978.

She was made a dame in 1990 for services to the performing arts.

The King said he and the Queen were "deeply saddened" by the news.""",
        "The actor Maggie Smith",
    ),
    "ruling": (
        "news",
        """The Supreme Court ruled on Wednesday that the government's plan to send asylum seekers to Rwanda is unlawful.

The five justices said unanimously that there was a real risk that people sent to Rwanda would be returned to countries where they could face harm.

Prime Minister Rishi Sunak said he would consider next steps, including emergency legislation.

The Home Office has already paid Rwanda £140m under the scheme.""",
        "The Supreme Court ruled on Wednesday",
    ),
    "transfer": (
        "news",
        """Chelsea have signed the Brazilian winger Estevao Willian from Palmeiras for a fee that could rise to £51.5m.

The 17-year-old will join the London club in July 2025, after he turns 18.

He has scored seven goals in 28 appearances for Palmeiras this season.

Chelsea have spent more than £1bn on players since the club was bought by Todd Boehly and Clearlake Capital in 2022.""",
        "Chelsea have signed the Brazilian winger",
    ),
    # Ledes that set a scene, tell an anecdote, open an opinion or a review, or warn.
    "dairy": (
        "feature",
        """Maria Lopez wakes at 4 a.m. every day.

By sunrise she has milked 60 cows on the farm in Wisconsin her family has worked since 1921.

Small dairy farms like hers are disappearing across the United States, with more than 2,700 closing last year as milk prices fell below the cost of production.

Lopez says she earns less now than she did a decade ago.

"I don't know how much longer we can keep going," she said.""",
        "Small dairy farms like hers are disappearing",
    ),
    "funeral": (
        "feature",
        """The crowd fell silent as the coffin passed.

Thousands lined the streets of Belfast on Saturday for the funeral of the singer Van Morrison's longtime bandleader, who died last week aged 71.

Mourners threw flowers and some sang as the cortege made its way to St Anne's Cathedral.

Musicians from across Ireland performed at the service.""",
        "Thousands lined the streets of Belfast",
    ),
    "film_review": (
        "review",
        """There is a moment, about halfway through, when the film finally comes alive.

Until then, The Quiet Shore plods through its story of two estranged sisters returning to their childhood home on the Norfolk coast.

Director Anna Rees's second feature is an uneven but ultimately moving drama, lifted by two fine performances from Carey Mulligan and Florence Pugh.

The script leans too heavily on flashbacks, and the score is intrusive.

But the final half hour, in which the sisters confront their father, is as powerful as anything in British cinema this year.""",
        "Director Anna Rees's second feature is an uneven but ultimately moving drama",
    ),
    "weather": (
        "warning",
        """Temperatures will drop sharply this weekend.

The Met Office has issued a yellow warning for snow and ice across Scotland and northern England from Friday evening until Sunday morning.

Up to 10cm of snow could fall on high ground, with 2cm to 5cm possible at lower levels.

Drivers have been warned of difficult conditions on untreated roads.""",
        "The Met Office has issued a yellow warning",
    ),
    "opinion_bus": (
        "opinion",
        """I have lived in this city for thirty years and I have never seen public transport in such a state.

The council's decision to cut bus subsidies by £4m will leave whole estates without a service after 7pm.

Those hit hardest will be the people who can least afford a car: pensioners, students and shift workers.

Councillors say they have no choice after years of cuts to their budget from central government.

They do have a choice. They could protect the routes people depend on and find the savings elsewhere.""",
        "The council's decision to cut bus subsidies",
    ),
    "content_warning": (
        "warning",
        """WARNING: This story contains details some readers may find distressing.

A man has been found guilty of murdering his former partner at her home in Bolton in March.

Darren Hill, 41, stabbed Sarah Jones, 38, 17 times after she ended their relationship, Manchester Crown Court heard.

He will be sentenced on Friday.""",
        "A man has been found guilty of murdering",
    ),
    "energy_bill": (
        "feature",
        """On a cold morning in January, Tom Reid opened his post to find a bill for £4,000.

The retired teacher from Derby had paid £120 a month by direct debit for years without a problem.

Thousands of households have been sent incorrect energy bills after a computer fault at the supplier Ovo, the regulator Ofgem said on Monday.

Ofgem said it had ordered the company to correct the bills and compensate customers.

Ovo apologised and said the fault had been fixed.""",
        "Thousands of households have been sent incorrect energy bills",
    ),
    "power_cut": (
        "feature",
        """The lights went out at 9.14pm.

Within minutes, traffic lights across the city had failed and trains stood still in their tunnels.

A power cut left 400,000 homes and businesses in Bristol without electricity for up to six hours on Thursday night, after a fire at a substation.

National Grid said supplies had been restored to all customers by 03:30.""",
        "A power cut left 400,000 homes",
    ),
    "restaurant": (
        "review",
        """The first thing you notice at Sable is the noise.

Every table is full on a wet Tuesday night, and the open kitchen clatters and hisses like a steam engine.

Sable, the new bistro on Market Street from the team behind Pelican, is the most exciting opening in Leeds this year.

The short menu changes daily, and the lamb shoulder with anchovy and white beans is worth the trip alone.

Dinner for two with wine costs about £110.""",
        "Sable, the new bistro on Market Street",
    ),
    "potholes": (
        "opinion",
        """We need to talk about potholes.

Councils in England face a backlog of road repairs worth £16bn, according to a survey published on Tuesday by the Asphalt Industry Alliance.

One in every two miles of local road will need rebuilding within 15 years, the survey found.

Drivers, cyclists and bus passengers all pay the price for decades of patching rather than fixing.

It is time ministers gave councils the long-term funding to do the job properly.""",
        "Councils in England face a backlog of road repairs",
    ),
    "village_hall": (
        "feature",
        """Picture the scene: a packed village hall, a brass band, and a cake the size of a car.

The village of Aldbury in Hertfordshire was celebrating on Sunday after winning the Britain in Bloom competition for the first time.

Volunteers spent two years planting more than 10,000 bulbs and restoring the village pond.

The judges praised the way the whole community had taken part.""",
        "The village of Aldbury in Hertfordshire",
    ),
    "migrant_children": (
        "feature",
        """Ahmed was 14 when he first crossed the Mediterranean.

He spent three days at sea in a rubber boat with 40 other people before an Italian coastguard ship picked them up.

The number of unaccompanied children reaching Italy by sea has doubled this year to more than 11,000, the UN children's agency Unicef said on Wednesday.

Most come from Guinea, Ivory Coast, Tunisia and Egypt.

Unicef called on European governments to do more to protect them.""",
        "The number of unaccompanied children reaching Italy",
    ),
    "content_note": (
        "warning",
        """This article contains references to suicide.

The number of people who took their own lives in England and Wales rose to its highest level in more than two decades last year, official figures show.

The Office for National Statistics recorded 6,069 suicides in 2023, a rate of 11.4 deaths per 100,000 people.

Men accounted for three-quarters of the deaths.""",
        "The number of people who took their own lives",
    ),
    "book_review": (
        "review",
        """Grief is the hardest subject to write about well.

In her ninth novel, The Long Field, Maggie O'Farrell succeeds where so many fail, with a tender and often funny portrait of a family after the death of a child.

The story moves between the 1980s and the present, and between the mother and her two surviving sons.

Some of the later chapters feel rushed.

But this is O'Farrell at her best, and a book that will stay with readers for years.""",
        "In her ninth novel, The Long Field",
    ),
    "opinion_school": (
        "opinion",
        """My daughter came home from school last week in tears.

Her school, like hundreds across the country, has cut music lessons to balance its budget.

A report by the Education Policy Institute found on Monday that the number of pupils taking music GCSE in England has fallen by a third since 2014.

The government says music remains part of the national curriculum.

That means little when there is no one left to teach it.""",
        "A report by the Education Policy Institute found",
    ),
    "travel": (
        "feature",
        """The road to Lake Ohrid winds through pine forests and sleepy villages.

Then, round a final bend, the water appears, impossibly blue beneath the mountains.

North Macedonia's Lake Ohrid, one of the oldest lakes in the world, has become one of Europe's best-value holiday destinations, with hotel rooms from €40 a night.

Visitor numbers rose by 30% last year, the country's tourism agency said.""",
        "North Macedonia's Lake Ohrid",
    ),
}


# Where the TL;DR is still not the one a reader wants, and why: the lede is long enough to pass for news
# (the engine's bar, 15 words, sets scenes apart from news by length alone), or the scorer and the reranker,
# given the choice, take the scene's next sentence over the news.
_LONG_SCENE = (
    "the scene-setting lede is 15 words or more, as long as a lede of news, so it is taken for the brief's"
    " lede and is its TL;DR: "
)
_SCORER_SCENE = (
    "the lede is a short scene, so the scorer and the reranker choose, and trained on CNN/DM they rank a"
    " scene's sentence over the news in the third paragraph: "
)
BRIEF_MISSES = {
    "energy_bill": _LONG_SCENE + "'On a cold morning in January, Tom Reid opened his post ...'",
    "village_hall": _LONG_SCENE + "'Picture the scene: a packed village hall, a brass band, ...'",
    "film_review": _SCORER_SCENE + "the opening line itself, 'There is a moment, about halfway through, ...'",
    "power_cut": _SCORER_SCENE + "'Within minutes, traffic lights across the city had failed ...'",
    "restaurant": _SCORER_SCENE + "'Every table is full on a wet Tuesday night, ...'",
}


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(name, marks=pytest.mark.xfail(reason=BRIEF_MISSES[name], strict=True))
        if name in BRIEF_MISSES
        else name
        for name in BRIEFS
    ],
)
def test_a_brief_s_tldr_is_its_news_whether_or_not_its_lede_carries_it(name: str) -> None:
    # The brief's lede had been its TL;DR whatever it was: "Maria Lopez wakes at 4 a.m. every day." over
    # "Small dairy farms like hers are disappearing ...", "Temperatures will drop sharply this weekend."
    # over the Met Office's warning, "I have lived in this city for thirty years ..." over the council's
    # cut; before that rule, the scorer had given a ruling's TL;DR as "The five justices said ...", an
    # appointment's as "Mr Elhedery, 50, is currently ...".
    _kind, text, tldr = BRIEFS[name]
    assert nutgraf.summarize(text, form="tldr").sentences[0].text.startswith(tldr)


def test_a_brief_opening_on_a_quotation_or_a_question_is_not_summarized_by_it() -> None:
    text = (
        '"We are spending money we do not have," said council member Tom Lee at the meeting on Monday.\n\n'
        "City officials approved a new budget that raises spending on schools by 12 percent.\n\n"
        "The budget, worth $4.2 billion, passed by a vote of 7 to 2 after a long debate.\n\n"
        "Mayor Ana Ruiz said the plan would hire 300 teachers next year."
    )
    assert not nutgraf.summarize(text, form="tldr").sentences[0].text.startswith('"We are')


def test_a_live_report_s_clock_and_greeting_are_in_no_summary_sentence() -> None:
    # "14:32 GMT — The chancellor ..." had been split after "14:32": sentences opened on "GMT —", and its
    # greeting ("GMT — Good afternoon and welcome to our live coverage ...") was no longer told as one.
    summary = nutgraf.summarize(ARTICLES["live_blog"])
    assert not [s for s in summary.sentences if "GMT" in s.text or "welcome" in s.text]
    tldr = nutgraf.summarize(ARTICLES["live_blog"], form="tldr").sentences[0].text
    assert "GMT" not in tldr and "welcome" not in tldr
    assert tldr.startswith(("The chancellor has sat down", "The main announcements were"))


GREEK = """Η κυβέρνηση ανακοίνωσε νέα μέτρα για την ακρίβεια την Τρίτη, μετά από εβδομάδες διαπραγματεύσεων με τις αλυσίδες σούπερ μάρκετ.

Τι σημαίνουν όμως τα μέτρα για τα νοικοκυριά; Οι οικονομολόγοι λένε ότι η βοήθεια θα είναι περιορισμένη για τους περισσότερους πολίτες.

Πόσο θα κοστίσει το πρόγραμμα στον κρατικό προϋπολογισμό; Το υπουργείο Οικονομικών εκτιμά το κόστος σε 800 εκατομμύρια ευρώ για φέτος.

Η αντιπολίτευση κατηγόρησε την κυβέρνηση ότι καθυστέρησε πολύ να αντιδράσει στην αύξηση των τιμών."""


@pytest.mark.parametrize("options", [{}, {"length": "long"}])
def test_a_greek_question_typed_with_its_semicolon_reads_as_one_typed_with_a_question_mark(
    options: dict,
) -> None:
    # Greek asks with ";": the engine had read such a sentence as a line without a final stop, barred from
    # the summary, where the same question typed with "?" is a candidate like any sentence.
    def spans(text: str) -> list[tuple[int, int]]:
        return [(s.start, s.end) for s in nutgraf.summarize(text, **options).sentences]

    assert spans(GREEK) == spans(GREEK.replace(";", "?"))


TRAM = """The city's new tram line opened on Saturday after four years of construction and a budget overrun of 30 percent.

Thousands of residents queued at the central station to ride the first trams, which ran every six minutes.

The mayor said the line would take 8,000 cars off the road each day and cut journey times to the airport by half.

Shopkeepers along the route, who had complained of lost trade during the works, said they hoped customers would return.

###

The second line, to the university campus, is due to open in 2029. Construction will begin next spring."""


def test_a_story_s_last_section_under_a_lone_hash_mark_is_kept() -> None:
    # "###" parts a story's sections as it ends a press release: the tram story's last section had gone
    # as a release's notes to editors.
    article = clean_text(TRAM)
    assert article.text.endswith(
        "The second line, to the university campus, is due to open in 2029. Construction will begin next spring."
    )
    assert "###" not in article.text


def test_a_release_s_back_matter_under_its_hash_mark_still_goes() -> None:
    summary = nutgraf.summarize(ARTICLES["press_release"], length="long")
    assert summary.source.endswith(
        'Chief executive Priya Shah said the site was "a long-term commitment to Yorkshire".'
    )


@pytest.mark.parametrize(
    "text, news",
    [
        ("WASHINGTON (Reuters) - The Senate voted.", "The Senate voted."),
        ("SACRAMENTO, Calif. (AP) — The Senate voted.", "The Senate voted."),
        ("Brasília (Reuters) - O Senado votou.", "O Senado votou."),
        ("(CNN) -- The Senate voted.", "The Senate voted."),
        ("NEW DELHI: The Supreme Court ruled.", "The Supreme Court ruled."),
        ("MUMBAI, March 3 (PTI): Shares rose.", "Shares rose."),
        # What reads as news from its first word stays whole.
        ("CLAIM: Drinking hot water kills the flu virus.", None),
        ("Q: Why did it take ten years?", None),
        ("UK and EU - officials met on Tuesday.", None),
        ("The vote - held on Tuesday - failed.", None),
        ("LONDON - based HSBC said profits rose.", None),
        # Spaced compounds: a place or a name of one short word, or one abbreviated, before a hyphen.
        ("U.S. - China trade talks collapsed on Friday.", None),
        ("I - 95 will be closed between exits 4 and 7 this weekend.", None),
        ("UK - EU deal agreed after talks ran through the night.", None),
        ("NATO - Russia council meets for the first time since 2019.", None),
        ("A - Level results are published on Thursday.", None),
        # Labels, which say what the sentence is: a correction, a warning, an editor's note, a kicker.
        ("CORRECTION: An earlier version of this story misspelled the mayor's name.", None),
        ("WARNING: This story contains details some readers may find distressing.", None),
        ("EDITOR'S NOTE: This story was updated to include the council's response.", None),
        ("WHY IT MATTERS: The vote shifts power to the states.", None),
        ("EXCLUSIVE: Apple plans a cheaper iPhone next year.", None),
        ("UPDATE: Police have named the man.", None),
        ("NOTE: The figures are provisional.", None),
        ("BREAKING - Fire at the central station.", None),
        ("STEVE INSKEEP, HOST: Good morning.", None),
        # An agency's tag makes a dateline whatever the news opens on: a script without capitals, a
        # company's name in lower case, a bracket.
        ("الرياض (رويترز) - قالت وزارة الطاقة السعودية", "قالت وزارة الطاقة السعودية"),
        ("ירושלים (רויטרס) - ראש הממשלה אמר", "ראש הממשלה אמר"),
        ("北京 (路透社) - 中国国家统计局周一公布", "中国国家统计局周一公布"),
        ("서울 (로이터) - 한국은행은 목요일 기준금리를 동결했다.", "한국은행은 목요일 기준금리를 동결했다."),
        (
            "NEW YORK (Reuters) - eBay Inc said on Tuesday it would cut jobs.",
            "eBay Inc said on Tuesday it would cut jobs.",
        ),
        ("SAN FRANCISCO (Reuters) - iPhone sales fell.", "iPhone sales fell."),
        (
            "NAIROBI (Reuters) - (Corrected) Kenya's central bank held rates.",
            "(Corrected) Kenya's central bank held rates.",
        ),
        # Places in capitals alone, or with a state or a date.
        ("LAGOS — At least 12 people died.", "At least 12 people died."),
        ("ST. LOUIS — A man was shot.", "A man was shot."),
        ("KARACHI, Jan 5: Rain flooded the city.", "Rain flooded the city."),
        ("THE HAGUE — The court ruled.", "The court ruled."),
        # A city of four letters before a hyphen, with its country or a date, or named again in the story
        # in its own case (an acronym never is: "NATO - Russia council" stays).
        ("LIMA, Peru - Peru's Congress voted.", "Peru's Congress voted."),
        ("ROME, March 3 - Police arrested 14 people.", "Police arrested 14 people."),
        ("DOHA - Qatar said talks had resumed in Doha.", "Qatar said talks had resumed in Doha."),
        ("OPEC - Russia talks ended without a deal, OPEC said.", None),
        # British style writes an acronym of four letters in its own case ("Nato", "Fifa", "Nasa"), and a
        # label or a country before a spaced hyphen is named too: the place is one the story is "in".
        ("NATO - Russia council talks resumed on Monday. Nato officials said little.", None),
        ("FIFA - The governing body said it would act. Fifa's president spoke.", None),
        ("NEWS - The Prime Minister resigned. Sky News reported it first.", None),
        ("IRAN - Iraq war veterans marched in Tehran. Iran has held such marches.", None),
        ("ROME - Police arrested 14 people. Romeo and Juliet is staged in Verona.", None),
        ("BAKU - Talks ended. In Baku, delegates left.", "Talks ended. In Baku, delegates left."),
        ("UK, EU - Officials met.", None),
        # An organisation's acronym before any dash opens a story as a place in capitals does, but the story
        # writes it again in capitals (a place it writes in its own case, "in Rome"): "NATO — The alliance
        # said" had lost "NATO — " as a dateline. A second dateline of the same place is no such mention.
        ("NATO — The alliance said it would send more jets east. NATO ministers agreed on Tuesday.", None),
        ("UNICEF — The agency said 2 million children need food. UNICEF appealed for $1bn.", None),
        ("OPEC – Members agreed to cut output, said OPEC's secretary general.", None),
        (
            "GAZA — Aid trucks entered on Monday.\nGAZA — More followed on Tuesday.",
            "Aid trucks entered on Monday.\nGAZA — More followed on Tuesday.",
        ),
        # A place named again in capitals among capitals, or before a dash, is no acronym: a heading, a
        # banner's words, a pointer to a story, a photograph's caption, a dateline within a line.
        (
            "GAZA — Strikes killed 40 people.\n\nLIFE UNDER SIEGE IN GAZA\n\nFamilies sheltered.",
            "Strikes killed 40 people.\n\nLIFE UNDER SIEGE IN GAZA\n\nFamilies sheltered.",
        ),
        (
            "LONDON — Thousands marched, carrying banners reading 'HANDS OFF LONDON'.",
            "Thousands marched, carrying banners reading 'HANDS OFF LONDON'.",
        ),
        (
            "MOSCOW: The Kremlin spoke. Read more: MOSCOW WARNS WEST.",
            "The Kremlin spoke. Read more: MOSCOW WARNS WEST.",
        ),
        (
            "PARIS — The Louvre reopened. (Photo: PARIS, FRANCE - DECEMBER 5: Visitors queue.)",
            "The Louvre reopened. (Photo: PARIS, FRANCE - DECEMBER 5: Visitors queue.)",
        ),
        (
            "KYIV — Russia fired 40 missiles. Earlier, KYIV — Officials said plants were hit.",
            "Russia fired 40 missiles. Earlier, KYIV — Officials said plants were hit.",
        ),
        # CNN's tag with the news right after it, no space: the summary had opened on "(CNN)President".
        (
            "(CNN)President Donald Trump made an unscheduled trip.",
            "President Donald Trump made an unscheduled trip.",
        ),
        ("Hong Kong (CNN Business)A muddled view weighed on stocks.", "A muddled view weighed on stocks."),
        ("Sales (of cars)Rose.", None),
        ("(CNN)iPhone sales fell.", None),
        # A place in its own case with its state, before a long dash, as American papers date a story.
        ("DeKalb, Ill. — Mike Glass threw for three touchdowns.", "Mike Glass threw for three touchdowns."),
        (
            "New York, NY – With sales moving to phones, the firm hired.",
            "With sales moving to phones, the firm hired.",
        ),
        ("Austin, Texas — Lawmakers met on Monday.", "Lawmakers met on Monday."),
        ("Buffalo, N.Y. — Snow fell overnight.", "Snow fell overnight."),
        # A country after the comma, as papers date a story from abroad (kept by the state rule at first).
        ("Kyiv, Ukraine — Russia launched drones overnight.", "Russia launched drones overnight."),
        ("Paris, France — The president spoke.", "The president spoke."),
        ("Cape Town, South Africa — Power cuts returned.", "Power cuts returned."),
        ("Glasgow, Scotland — Voters went to the polls.", "Voters went to the polls."),
        ("Paris, Texas — the film — was restored.", None),
        # Names after a comma that are no state: a list's, which the sentence needs (it had lost them).
        ("Apple, Google — Both companies reported record profits.", None),
        ("Messi, Ronaldo — The two met again on Sunday.", None),
        ("Smith, Jones - Both were charged.", None),
        ("Update, Monday — The road has reopened.", None),
        ("Prices, wages and rents — All rose in March.", None),
        # A place in its own case closed by a stop before a hyphen, as papers of the Americas date a story;
        # a list's numbers and letters, and a sentence that ends so, are no places.
        ("Ciudad de México.- La presidenta anunció un plan.", "La presidenta anunció un plan."),
        ("Culiacán, Sinaloa.- Tres hombres murieron.", "Tres hombres murieron."),
        ("1.- Primero, el gobierno pagará.", None),
        ("A.- La primera opción.", None),
        ("Todo sigue igual.- Dijo el ministro.", None),
        # A place glued to its dash in a script without capitals (Al Jazeera), over a sentence: a headline
        # of that shape, and a sentence's parts parted by spaced dashes, stay.
        (
            "الخرطوم- قال برنامج الأغذية العالمي إن الجوع يتفاقم.",
            "قال برنامج الأغذية العالمي إن الجوع يتفاقم.",
        ),
        ("إيران- أمريكا مفاوضات جديدة", None),
        ("الحكومة - كما قيل - وافقت على الخطة.", None),
        # A Hindi paper's desk, then its place, before the colon; two words and a colon are no dateline.
        ("जागरण संवाददाता, लखनऊ: सरकार ने मंजूरी दी।", "सरकार ने मंजूरी दी।"),
        ("सवाल, जवाब: यह क्या है?", None),
        # Taiwan's Central News Agency's, in brackets; a bracket naming a film festival is none.
        ("（中央社記者王揚宇台北3日電）立法院今天通過修正案。", "立法院今天通過修正案。"),
        ("（中央社台北3日專電）行政院今天宣布。", "行政院今天宣布。"),
        ("（台北電影節3日開幕）今天有十萬人參加。", None),
        # An Urdu wire's place and agency, no date nor dash (ur_app_bijli's strict xfails before); a name and
        # a party's tag are none, nor a name and an agency in a script with capitals.
        ("اسلام آباد (اے پی پی) نیپرا نے اضافے کی منظوری دے دی ہے۔", "نیپرا نے اضافے کی منظوری دے دی ہے۔"),
        ("عمران خان (پی ٹی آئی) نے کہا کہ انتخابات جلد ہوں گے۔", None),
        # An agency in brackets that the sentence goes on from, by its postposition (according to the state
        # news agency (APP), ...): the story's own words.
        ("سرکاری خبر رساں ادارے (اے پی پی) کے مطابق وزیر اعظم نے آج اجلاس کی صدارت کی۔", None),
        ("John Smith (Reuters) said the talks had failed.", None),
        # A photo caption's tag after a name is no agency: "Smith (pictured) - " had gone as a dateline.
        ("Smith (pictured) - He said so.", None),
        ("John Smith (file) - The council met on Tuesday.", None),
        ("Jones (inset) — She won the seat by 400 votes.", None),
        ("Mary Brown (second from left) - The team won.", None),
        ("Macron (à gauche) - Le président a parlé.", None),
        ("Scholz (Mitte) - Der Kanzler sprach am Montag.", None),
        ("Scholz (im Bild) - Der Kanzler sprach am Montag.", None),
        # A caption's word with a capital is a place's own name: these are datelines.
        ("Frankfurt (Main) - Die Stadt hat am Montag entschieden.", "Die Stadt hat am Montag entschieden."),
        ("Orléans (Centre) - Le conseil a voté.", "Le conseil a voté."),
        # Agencies' and their codes still go, in several languages.
        ("Berlin (dpa) - Der Rat traf sich am Montag.", "Der Rat traf sich am Montag."),
        ("New Delhi (IANS) - The council met.", "The council met."),
        ("PARIS (AFP) - Le conseil s'est réuni.", "Le conseil s'est réuni."),
        ("Madrid (EFE) - El consejo se reunió.", "El consejo se reunió."),
        ("Roma (ANSA) - Il consiglio si è riunito.", "Il consiglio si è riunito."),
        ("Warszawa (PAP) - Rada zebrała się.", "Rada zebrała się."),
        ("Москва (ТАСС) - Совет собрался.", "Совет собрался."),
        ("Paris, le 3 mars (AFP) - Le conseil a voté.", "Le conseil a voté."),
        # A tag of words that only join a caption's ("AL", "IN": states' codes) is none of a caption's.
        ("MONTGOMERY (AL) - The council met.", "The council met."),
    ],
)
def test_where_a_dateline_ends(text: str, news: str | None) -> None:
    assert text[dateline_end(text, 0, len(text)) :] == (news or text)


def test_paragraphs_dated_by_places_in_capitals_are_read_in_linear_time() -> None:
    # Each one-word place in capitals is looked for again in capitals (an acronym's sign, "NATO — ... NATO
    # ministers"): searched to the text's end, 30,000 paragraphs each dated by a place named once (1.4 MB)
    # took 92 s, where the text had taken 0.9 s.
    def text(paragraphs: int) -> str:
        places = ("".join(letters) for letters in itertools.product(string.ascii_uppercase, repeat=5))
        return "\n".join(f"{next(places)} — The council met on Tuesday and voted." for _ in range(paragraphs))

    def date_each(text: str) -> None:
        places, start = PlacesNamed(text), 0
        for paragraph in text.split("\n"):
            assert dateline_end(text, start, start + len(paragraph), places) > start
            start += len(paragraph) + 1

    assert _growth(text, date_each, 1000) < ALLOWED


# News pasted with its page's notices: a media player's, a browser's, the broadcaster's listing of its
# coverage, a pointer to the video, a syndication note.
NOTICED = {
    "bbc_coverage": """Coverage will be on BBC iPlayer and the BBC Sport website and app.

Great Britain face Greece at the Copper Box in London on Saturday in their last home game before EuroBasket.

The two sides met in Patras earlier this month, when Greece won 92-64.

Three members of that Greek team will be missing in London, giving coach Joe Prunty's side a chance of revenge.

"This is the level we need to be playing at to be ready for EuroBasket," said guard Teddy Okereafor.""",
    "bbc_interactive": """We are aware that this interactive video may not work on some older browsers. You can find a non-interactive version of the content below.

Media playback is unsupported on your device

Shoppers in the UK spent more on frozen food last year than at any time since records began, according to figures from the industry body.

Sales rose by 8% to £7.4bn as families looked for cheaper ways to feed themselves during the cost of living crisis.

Retailers said ready meals and frozen vegetables had sold best, while sales of fresh fish fell.""",
    "ndtv_syndicated": """Heavy rain lashed Mumbai on Tuesday, flooding low-lying areas and disrupting suburban train services during the morning rush hour.

The India Meteorological Department issued a red alert for the city and neighbouring Thane district for the next 48 hours.

Civic officials said schools and colleges would remain shut on Wednesday as a precaution.

Watch the video above to see the flooded streets of Andheri.

(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)""",
}
NOTICES = (
    "Coverage will be on",
    "We are aware",
    "non-interactive",
    "Media playback",
    "Watch the video above",
    "syndicated feed",
)


@pytest.mark.parametrize("name", sorted(NOTICED))
@pytest.mark.parametrize("options", [{}, {"form": "tldr"}, {"length": "long"}])
def test_a_page_s_notices_are_in_no_summary(name: str, options: dict) -> None:
    # "We are aware that this interactive video may not work on some older browsers." and "Coverage will be
    # on BBC iPlayer and the BBC Sport website and app." had been XSum articles' TL;DRs.
    summary = nutgraf.summarize(NOTICED[name], **options)
    assert summary.sentences
    assert not [s.text for s in summary.sentences if any(notice in s.text for notice in NOTICES)]


# A brief that opens on a question (which its second sentence answers), in scripts whose question mark is
# not "?".
ASKING_BRIEFS = {
    "zh": """为什么今年全国大部分城市的房价在政府连续出台刺激政策之后仍然持续下跌？

国家统计局周二公布的数据显示，七十个大中城市中有六十五个城市的新建住宅价格在三月份环比下降。

分析人士指出，购房者对经济前景的担忧以及开发商的债务问题拖累了市场信心。

政府表示将继续推出措施稳定房地产市场。""",
    "ar": """لماذا تستمر أسعار المساكن في الانخفاض في معظم المدن رغم كل إجراءات التحفيز التي أعلنتها الحكومة هذا العام؟

أظهرت بيانات رسمية نشرت يوم الثلاثاء أن أسعار المساكن الجديدة تراجعت في خمس وستين مدينة من أصل سبعين خلال شهر مارس.

ويقول محللون إن مخاوف المشترين بشأن الاقتصاد وديون شركات التطوير العقاري أضعفت ثقة السوق.

وقالت الحكومة إنها ستواصل اتخاذ إجراءات لتحقيق الاستقرار في سوق العقارات.""",
}


@pytest.mark.parametrize("language, mark", [("zh", "？"), ("ar", "؟")])
def test_a_question_typed_with_its_script_s_question_mark_reads_as_one_typed_with_a_question_mark(
    language: str, mark: str
) -> None:
    # The engine's features read only "?" as a question mark: a brief opening on "为什么...？" or "لماذا...؟"
    # had its question for a TL;DR, where the same brief typed with "?" has the news under it.
    text = ASKING_BRIEFS[language]
    assert mark in text
    tldr = nutgraf.summarize(text, form="tldr").sentences[0].text
    assert not tldr.endswith(mark)
    assert tldr == nutgraf.summarize(text.replace(mark, "?"), form="tldr").sentences[0].text


def test_a_content_note_above_a_brief_s_lede_leaves_the_lede_its_tl_dr() -> None:
    # "This article contains references to suicide." ended on a stop above the lede, so the brief had no
    # lede and its TL;DR was the figure under it (content_note's strict xfail above before); a labelled
    # note gave the same.
    _kind, text, tldr = BRIEFS["content_note"]
    for note in (
        "This story includes descriptions of self-harm.",
        "Content warning: This article discusses suicide.",
    ):
        noted = note + "\n\n" + text.split("\n\n", 1)[1]
        assert nutgraf.summarize(noted, form="tldr").sentences[0].text.startswith(tldr), note
