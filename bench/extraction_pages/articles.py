"""The pages of ``bench/extraction_pages``: each its site's skin, its shape and its article's parts."""

from __future__ import annotations

import zlib

from parts import (
    ad,
    bluesky,
    card,
    comments,
    figure,
    h,
    instagram,
    mastodon_card,
    mastodon_embed,
    p,
    pull,
    qa,
    raw,
    table,
    tiktok,
    tweet,
    x_post,
    youtube,
)  # fmt: skip

PAGES: list[dict] = []


def page(id, shape, skin, title, author, date, parts, **more):
    PAGES.append({"id": id, "shape": shape, "skin": skin, "title": title, "author": author, "date": date,
                  "parts": parts, **more})  # fmt: skip


def post(time: str, title: str, *paragraphs: str, cls: str = "live-post") -> tuple[str, str]:
    """One post of a live blog: its time (left out of the gold), its heading and text."""
    body = "".join(f"<p>{x}</p>" for x in paragraphs)
    heading = f"<h3 class='post-title'>{title}</h3>" if title else ""
    html = (f'<div class="{cls}" id="post-{zlib.crc32(time.encode()) % 10000}"><div class="post-meta"><time>{time}</time>'
            f'<a class="permalink" href="#">Link</a></div>{heading}{body}'
            '<div class="post-share"><a href="#">Share</a></div></div>')  # fmt: skip
    return html, "\n\n".join(([title] if title else []) + list(paragraphs))


# ---------------------------------------------------------------- live blogs
page(
    "live-election-night",
    "live blog",
    "news",
    "Election night live: polls close as counting begins across the country",
    "Live team",
    "2024-07-04T21:55:00Z",
    [
        p(
            "Welcome to our live coverage of election night. Polls closed at 10pm and counting is now under way in 650 constituencies. We will bring you every result as it is declared, along with reaction from the candidates and our correspondents at the counts."
        ),
        post(
            "06:12",
            "Turnout lowest in two decades",
            "Turnout across the declared seats stands at 59.8%, the lowest figure since 2001, according to our analysis of the official returns. Election officials had warned that the summer date might keep some voters away.",
            "Several councils reported long queues in the final hour, however, suggesting that late deciders turned out in larger numbers than expected.",
        ),
        post(
            "05:40",
            "Finance minister holds on by 412 votes",
            "The finance minister has held her seat after a recount, with a majority cut from more than eleven thousand to just 412. She told supporters it had been a long night and thanked the volunteers who had knocked on doors in the rain.",
        ),
        ad(0, 1),
        post(
            "04:58",
            "First gain for the Greens in the north",
            "The Green Party has taken Harrowfield North, its first seat outside the capital. The winning candidate, a former nurse, said the result showed that voters wanted action on the cost of heating homes.",
            "Her majority of 2,304 overturned one of the safest seats on the map.",
        ),
        post(
            "03:21",
            "Exit poll looks accurate so far",
            "With 120 seats declared, the results are tracking the exit poll closely. Our elections analyst says the swing in the marginal seats is slightly larger than predicted, which could add a dozen seats to the opposition's total.",
        ),
        post(
            "02:05",
            "",
            "A quick note on how this works: results are declared by the returning officer in each constituency, and we update our map as soon as they are read out. Seats in rural areas, where ballot boxes must travel further, usually come last.",
        ),
        ad(0, 2),
        post(
            "00:47",
            "First result declared in Sunderland",
            "As has become tradition, the first result of the night comes from Sunderland South, declared at 11.14pm. The sitting MP was re-elected with a reduced majority of 6,120.",
            "Counters there practise for weeks to beat their neighbours to the first declaration.",
        ),
        post(
            "22:00",
            "Polls have closed",
            "Polling stations have now closed. Anyone who was in the queue at 10pm is still allowed to vote. The broadcasters' exit poll suggests the opposition will win a large majority.",
        ),
        raw('<div class="live-pagination"><a href="?page=2">Older posts</a></div>'),
    ],
    section="Politics",
    most_read=8,
)

page(
    "live-cup-final",
    "live blog",
    "tabloid",
    "Cup final LIVE: Rovers 2-1 City as late header settles it",
    "Sam Okafor",
    "2024-05-18T17:30:00Z",
    [
        post(
            "FT",
            "Full time: Rovers win the cup!",
            "The whistle goes and Rovers have won the cup for the first time in 37 years. Their fans are on the pitch before the players can reach the tunnel, and the stewards have given up trying to stop them.",
            cls="lb-entry",
        ),
        post(
            "90+4'",
            "GOAL! Rovers 2-1 City",
            "Danny Marsh rises highest at the back post and heads in a corner from the left. The substitute had been on the pitch for only six minutes and it was his first touch of the ball.",
            cls="lb-entry",
        ),
        tweet(
            "What a moment for Danny Marsh. Six minutes on the pitch, one touch, and his name is in the history books forever.",
            "Football Stats",
            "footystats",
            "May 18, 2024",
        ),
        post(
            "78'",
            "Chance for City",
            "City should be ahead. Ortega is clean through but drags his shot wide of the far post with only the goalkeeper to beat. He holds his head in his hands as the City bench looks on in disbelief.",
            cls="lb-entry",
        ),
        ad(1, 1),
        post(
            "61'",
            "Yellow card",
            "Kerr is booked for a late challenge on the halfway line, the fourth yellow card of an increasingly bad-tempered game. The referee has had a word with both captains.",
            cls="lb-entry",
        ),
        post(
            "46'",
            "Second half under way",
            "No changes at the break for either side. Rovers kick off the second half attacking the end where their supporters are gathered.",
            cls="lb-entry",
        ),
        post(
            "HT",
            "Half-time: Rovers 1-1 City",
            "An even first half. City took the lead through a deflected shot before Rovers levelled from the penalty spot just before the interval. Both managers will be looking for more composure after the break.",
            cls="lb-entry",
        ),
        post(
            "12'",
            "GOAL! Rovers 0-1 City",
            "City go in front. Ortega's shot from the edge of the area takes a big deflection off a defender and loops over the goalkeeper, who could do nothing about it.",
            cls="lb-entry",
        ),
        post(
            "KO",
            "We are under way",
            "The final kicks off in glorious sunshine in front of a crowd of 84,000. The teams are as expected, with Rovers keeping faith with the side that won the semi-final.",
            cls="lb-entry",
        ),
    ],
    section="Sport",
    after=comments(
        [
            (
                "RoversTillIDie",
                "Thirty seven years! I was there in 1987 with my dad and today I was there with my son. Crying my eyes out.",
            ),
            ("CityFan99", "Ortega has to score that. Unbelievable miss. Season over."),
            ("neutral_observer", "Great final to watch as a neutral, both teams went for it."),
        ],
        1432,
    ),
)

page(
    "live-storm",
    "live blog",
    "magazine",
    "Storm Henk live: thousands without power as rivers burst their banks",
    "Weather desk",
    "2024-01-02T08:00:00Z",
    [
        p(
            "Storm Henk has brought winds of more than 90mph to parts of the south-west and heavy rain across much of the country. Follow the latest updates on travel disruption, power cuts and flood warnings below."
        ),
        post(
            "16:45",
            "Key points",
            "More than 60,000 homes are without power, mostly in Devon and Cornwall. There are 280 flood warnings in force, including three severe warnings where there is a danger to life. Rail services to the south-west have been suspended until tomorrow morning.",
        ),
        post(
            "16:10",
            "Fallen tree kills driver",
            "Police have confirmed that a man died when a tree fell on his car in the Cotswolds shortly after 2pm. Officers urged people not to travel unless their journey was essential.",
        ),
        post(
            "15:32",
            "Rail lines closed",
            "Network Rail says that fallen trees and flooding have blocked at least a dozen routes. Passengers with tickets for today can use them tomorrow instead or claim a full refund.",
            "Engineers will inspect the lines at first light before any trains are allowed to run.",
        ),
        ad(2, 1),
        post(
            "14:50",
            "River Severn expected to peak tonight",
            "The Environment Agency expects the River Severn at Worcester to peak at around 5.2 metres overnight, close to the record set in 2000. Temporary barriers have been put up along the riverside in Shrewsbury.",
        ),
        post(
            "13:15",
            "Power companies working to reconnect homes",
            "The electricity network operator says engineers are working in dangerous conditions and that most customers should be reconnected by the evening. It has opened welfare centres in village halls for anyone needing a hot drink or somewhere to charge a phone.",
        ),
    ],
    section="Weather",
    most_read=14,
)

# ---------------------------------------------------------------- galleries
page(
    "gallery-wildlife-awards",
    "photo gallery",
    "news",
    "In pictures: the winners of this year's wildlife photographer awards",
    "Picture desk",
    "2024-10-08T19:00:00Z",
    [
        p(
            "A snow leopard on a Himalayan ridge, a swarm of mayflies over a Hungarian river and a fox raiding a bin in London are among the winning images of this year's awards. The judges looked at more than 59,000 entries from 95 countries."
        ),
        figure(
            "/g/1.jpg",
            "The overall winner: a snow leopard photographed by a camera trap in Ladakh, India. It took the photographer three years to capture the image, moving his cameras along the ridge each season.",
            "Photo: A. Sharma",
        ),
        figure(
            "/g/2.jpg",
            "Young photographer of the year: a golden jackal pup peers out from its den in the Danube delta. The 16-year-old winner waited in a hide for eleven days before the pup emerged.",
            "Photo: L. Kovacs",
        ),
        figure(
            "/g/3.jpg",
            "Urban wildlife winner: a red fox investigates an overflowing bin behind a takeaway in east London, just after 3am.",
            "Photo: M. Hughes",
        ),
        ad(3, 1),
        figure(
            "/g/4.jpg",
            "Behaviour category: a mass emergence of long-tailed mayflies over the Tisza river. The insects live as adults for only a few hours.",
            "Photo: B. Szabo",
        ),
        figure(
            "/g/5.jpg",
            "Underwater winner: a humpback whale calf rests beneath its mother off Tonga, lit by late afternoon sun.",
            "Photo: R. Tane",
        ),
        p(
            "The winning images go on show at the Natural History Museum from Friday and will then tour six countries."
        ),
    ],
    section="In Pictures",
)

page(
    "gallery-fashion-week",
    "photo gallery",
    "magazine",
    "Paris fashion week: the best looks from the autumn shows",
    "Clara Dupont",
    "2024-03-05T10:00:00Z",
    [
        raw('<div class="slideshow" data-slides="6">'),
        figure(
            "/s/1.jpg",
            "Sculpted wool coats in shades of rust and ochre opened the show, with shoulders built out like architecture. The designer said she had been thinking about brutalist housing blocks.",
            "Getty Images",
        ),
        figure(
            "/s/2.jpg",
            "Sheer layered dresses in dove grey were worn over heavy boots, a pairing that returned again and again through the week.",
            "Getty Images",
        ),
        figure(
            "/s/3.jpg",
            "The closing look was a floor-length gown embroidered with tiny mirrors, which took a team of twelve embroiderers four hundred hours to make.",
            "Getty Images",
        ),
        figure(
            "/s/4.jpg",
            "Knitted balaclavas appeared at three different shows, suggesting the cold-weather accessory is here to stay for another winter.",
            "Getty Images",
        ),
        figure(
            "/s/5.jpg",
            "Tailoring came back in force, with double-breasted trouser suits cut loose and long enough to pool over the shoe.",
            "Getty Images",
        ),
        figure(
            "/s/6.jpg",
            "Front row guests braved the rain in the Tuileries gardens before the final show of the season on Tuesday night.",
            "Getty Images",
        ),
        raw(
            '<div class="slideshow-controls"><button>Previous</button><span>1 / 6</span><button>Next</button></div></div>'
        ),
    ],
    section="Fashion",
)

page(
    "gallery-history-harbour",
    "photo gallery",
    "tabloid",
    "Remarkable photos show the harbour as it was a century ago",
    "Heritage reporter",
    "2024-06-12T06:00:00Z",
    [
        p(
            "A box of glass plate negatives found in a loft has given a rare glimpse of life on the town's harbour in the 1920s. The pictures were taken by a local chemist who photographed fishermen and their families for more than thirty years."
        ),
        figure(
            "/h/1.jpg",
            "Herring girls gut the morning catch on the quayside in 1924. Women followed the fishing fleet down the coast each autumn, working in crews of three.",
            "Town Museum Collection",
        ),
        figure(
            "/h/2.jpg",
            "The lifeboat is launched from the slipway during a storm in 1927. The crew rescued eight men from a coal ship that had run aground on the bar.",
            "Town Museum Collection",
        ),
        card(5, 2),
        figure(
            "/h/3.jpg",
            "Children play on upturned boats beside the old fish market, which was pulled down in 1961 to make way for a car park.",
            "Town Museum Collection",
        ),
        figure(
            "/h/4.jpg",
            "Steam drifters crowd the inner harbour, so tightly packed that it was said you could walk from one side to the other without getting your feet wet.",
            "Town Museum Collection",
        ),
        p(
            "The museum is asking anyone who recognises people in the photographs to get in touch. The full collection will be put online next year."
        ),
    ],
    section="Nostalgia",
)

# ---------------------------------------------------------------- Q&A interviews
page(
    "qa-novelist",
    "Q&A interview",
    "magazine",
    "\u2018I write the first draft by hand, in pencil\u2019: a conversation with Ines Varga",
    "Tom Reilly",
    "2024-09-14T09:00:00Z",
    [
        p(
            "Ines Varga's fourth novel, a family saga set on a Danube island, was shortlisted for the Booker prize this week. She spoke to us from her home in Budapest about memory, rivers and why she never reads her reviews."
        ),
        *qa(
            "Your new book took nine years to write. Why so long?",
            "Partly because I threw away the first version entirely. I had written four hundred pages and then realised that I was telling the story from the wrong character's point of view. It was the grandmother's book, not the son's, and once I saw that I had to start again.",
            "Q: ",
            "A: ",
        ),
        *qa(
            "How do you work day to day?",
            "I write the first draft by hand, in pencil, in school exercise books. Then I type it up, and the typing is really the second draft, because I change almost every sentence as I go. I work in the mornings only. After lunch my brain is good for nothing except walking.",
            "Q: ",
            "A: ",
        ),
        *qa(
            "The island in the novel is real. Did the people who live there recognise themselves?",
            "Some of them did and were not happy about it. One man told me that his house was not as ugly as I had made it. I said that the house in the book belongs to somebody else, but he did not believe me.",
            "Q: ",
            "A: ",
        ),
        pull("I write the first draft by hand, in pencil, in school exercise books."),
        *qa(
            "Do you read your reviews?",
            "Never. My husband reads them and tells me if there is anything I need to know, which there never is. A bad review stays with me for a year and a good one for an afternoon, so the arithmetic is not in their favour.",
            "Q: ",
            "A: ",
        ),
        *qa(
            "What are you working on now?",
            "A short book, I hope. Something about a lighthouse keeper. But I said the last one would be short too.",
            "Q: ",
            "A: ",
        ),
        p("<em>This interview has been edited and condensed for clarity.</em>"),
    ],
    section="Books",
    read_time=7,
)

page(
    "qa-scientist",
    "Q&A interview",
    "news",
    "The climate scientist who wants us to talk about soil",
    "Priya Nair",
    "2024-04-22T07:00:00Z",
    [
        p(
            "Soil holds more carbon than the atmosphere and all the world's plants combined, yet it barely features in climate talks. Professor Daniel Osei has spent thirty years studying it. We asked him why farmers might matter more than power stations."
        ),
        *qa(
            "Why does soil matter so much for the climate?",
            "Because it is the biggest store of carbon on land. Every time we plough a field, drain a peat bog or pave over a meadow, some of that carbon goes into the air as carbon dioxide. If we look after soil, it can take carbon back out of the air for decades.",
        ),
        *qa(
            "Can farmers really make a difference?",
            "Absolutely. Simple things like keeping the ground covered through the winter, planting hedges and ploughing less can add a little carbon every year. Across millions of hectares, those little amounts become very large numbers.",
        ),
        ad(7, 1),
        *qa(
            "So why is it ignored?",
            "It is hard to measure. You can put a meter on a chimney, but soil varies from one end of a field to the other. Governments like things they can count, and until recently we could not count soil carbon cheaply.",
        ),
        *qa(
            "What has changed?",
            "Satellites, mostly, and cheaper laboratory tests. We can now map soil carbon across a whole country and check it every few years. That means farmers can be paid for what they store, which changes everything.",
        ),
        *qa(
            "What would you tell a gardener?",
            "Stop digging. Put compost on top and let the worms do the work. Your soil will thank you, and so will your back.",
        ),
    ],
    section="Environment",
)

page(
    "qa-footballer",
    "Q&A interview",
    "tabloid",
    "EXCLUSIVE: Lena Holm on injury, comebacks and the World Cup",
    "Jack Brennan",
    "2024-02-27T12:00:00Z",
    [
        p(
            "Lena Holm missed fourteen months with a ruptured knee ligament. Back in the national squad for the first time since 2022, the striker sat down with us at the team's training base."
        ),
        raw("<p><b>How does it feel to be back?</b></p>", "How does it feel to be back?"),
        p(
            "Honestly, a bit strange. When you are injured for so long you start to think of yourself as a former footballer. Walking into the dressing room and seeing my shirt on the peg, I had to take a moment."
        ),
        raw(
            "<p><b>What was the hardest part of the recovery?</b></p>",
            "What was the hardest part of the recovery?",
        ),
        p(
            "The middle months. At the start everyone calls you and sends flowers. At the end you can see the finish line. But in the middle, when you are in the gym alone doing the same exercise for the hundredth time, nobody is watching and it feels like it will never end."
        ),
        card(8, 3),
        raw("<p><b>Did you ever think about stopping?</b></p>", "Did you ever think about stopping?"),
        p(
            "Once, yes. I had a setback after seven months and I sat in my car outside the training ground for an hour. Then I went in and did my session, and I never thought about it again."
        ),
        raw("<p><b>And the World Cup?</b></p>", "And the World Cup?"),
        p(
            "I am not thinking that far ahead. I want to play well on Friday and then we will see. But of course it is the dream. It has always been the dream."
        ),
    ],
    section="Football",
)

# ---------------------------------------------------------------- long reads with pull quotes
page(
    "longread-lighthouse",
    "long read, pull quotes",
    "magazine",
    "The last lighthouse keepers",
    "Morag Campbell",
    "2024-08-03T05:00:00Z",
    [
        p(
            "On a clear night from the cliffs above Sumburgh you can count the lights of four lighthouses, each turning to its own rhythm. None of them has had a keeper since 1998, when the last men were brought ashore and the lamps were left to run themselves. But the men who kept them are still alive, a few of them, and they remember the work with a precision that is almost unsettling."
        ),
        p(
            "Angus Leask was nineteen when he took his first posting, on a rock so small that at high tide the waves broke over the accommodation block. He stayed for a month at a time, with two other keepers, and then had a month ashore. The routine was unbending: four hours on watch, eight hours off, the lamp wound by hand every thirty minutes through the night."
        ),
        pull("At high tide the waves broke over the accommodation block."),
        p(
            "\u201cYou learned to sleep when you could,\u201d he says. \u201cAnd you learned very quickly which of the other men you could stand and which you could not. On a rock there is nowhere to go. If you fell out with somebody, you fell out with him for the whole month.\u201d"
        ),
        h("A trade that vanished"),
        p(
            "Automation came gradually and then all at once. Engineers fitted electric lamps and fog signals that could be switched on from the mainland, and one by one the stations were emptied. The Northern Lighthouse Board kept careful records of each departure, and the last entry in the last logbook is two lines long: the date, and the words \u201cstation automated, keepers withdrawn\u201d."
        ),
        p(
            "For the men it was a loss that few people onshore understood. They had been trained as engineers and radio operators, as cooks and weather observers. Some found work on the oil platforms, where the shifts and the isolation were familiar. Others never really settled again."
        ),
        pull("For the men it was a loss that few people onshore understood."),
        p(
            "Leask became a postman. He delivered letters on the same island for twenty-two years, and he says he liked it well enough. But on winter nights he still wakes at the hours of the old watches, and lies listening to the wind, and counts the seconds between the flashes of the light across the sound."
        ),
        h("What remains"),
        p(
            "Today several of the old keepers' cottages are holiday lets, and one lighthouse has been turned into a museum where visitors can climb the tower and look at the great glass lens. The guides there are young, and they tell the stories well. But they have never wound a lamp by hand at three in the morning, and they know it."
        ),
        p(
            "\u201cPeople ask me if I miss it,\u201d Leask says. \u201cI tell them no. Then I go home and I think about it all evening.\u201d"
        ),
    ],
    section="The Long Read",
    read_time=14,
)

page(
    "longread-chess",
    "long read, pull quotes",
    "news",
    "The chess club that saved a prison wing",
    "Reuben Ashworth",
    "2024-11-16T06:00:00Z",
    [
        p(
            "When Marcus Dale started a chess club on C wing of a category B prison in 2019, the governor gave him six months. There had been eleven assaults on staff on the wing the previous year, and the officers who worked there called it the zoo. Five years later the club has forty members, a waiting list and a trophy cabinet, and assaults on the wing are down by two-thirds."
        ),
        raw(
            '<aside class="pull-quote"><p>\u201cThe officers who worked there called it the zoo.\u201d</p></aside>'
        ),
        p(
            "Dale, a retired maths teacher, is careful not to claim too much. The prison also changed its governor, hired more officers and started a gym programme in the same period. But staff and prisoners both say the club changed the atmosphere on the wing in ways that are hard to measure."
        ),
        p(
            "\u201cChess is a fight,\u201d says one member, who is serving a life sentence for murder and asked not to be named. \u201cBut it is a fight where nobody gets hurt and you have to think before you move. Some of the lads here have never had to think before they move in their lives.\u201d"
        ),
        ad(10, 1),
        p(
            "The club meets three evenings a week in a converted storeroom. Beginners are paired with stronger players, and every member must teach at least one newcomer before entering the club's tournaments. Games between rival groups, which officers once feared, have become a way of settling disputes."
        ),
        raw(
            '<aside class="pull-quote"><p>\u201cIt is a fight where nobody gets hurt and you have to think before you move.\u201d</p></aside>'
        ),
        p(
            "Last year the club played a match by post against a team of students at a local university. The prisoners won nine games to seven. The students have asked for a rematch, and Dale is trying to arrange for it to be played in person."
        ),
        p(
            "\u201cI did not come here to save anybody,\u201d he says. \u201cI came because I like chess and I had time on my hands. Everything else has been a surprise.\u201d"
        ),
    ],
    section="Society",
)

page(
    "longread-river",
    "long read, pull quotes",
    "tabloid",
    "A year on the river: how one village learned to live with floods",
    "Hannah Price",
    "2024-03-30T06:00:00Z",
    [
        p(
            "The water came into Anna Rowe's kitchen four times last winter. The first time she cried. By the fourth, she says, she had a routine: carpets up, sandbags down, the cat upstairs, the kettle on the landing. The village of Upton Marsh has flooded before, but never so often, and its three hundred residents are no longer sure whether they can stay."
        ),
        raw(
            '<div class="mol-pull-quote"><span>\u201cBy the fourth time I had a routine: carpets up, sandbags down, the cat upstairs.\u201d</span></div>'
        ),
        p(
            "The Environment Agency says a new embankment would cost eleven million pounds, more than the houses it protects are worth under the rules it uses to decide which schemes go ahead. Residents have raised forty thousand pounds themselves for flood gates and pumps, and a team of volunteers now watches the river gauge through the night whenever heavy rain is forecast."
        ),
        p(
            "Insurance is the other worry. A government-backed scheme keeps premiums affordable for most homes, but it ends in 2039, and several residents said that estate agents had already warned them their houses would be difficult to sell."
        ),
        raw(
            '<div class="mol-pull-quote"><span>\u201cThe estate agents warned us our houses would be difficult to sell.\u201d</span></div>'
        ),
        p(
            "Not everyone wants to leave. Tom Avery, whose family has farmed beside the river for five generations, says floods are part of the landscape and always have been. What has changed, he argues, is that the ditches are no longer cleared and the water has nowhere to go. He has started clearing them himself, with a hired digger, and says the council can send him the bill."
        ),
        p(
            "For now the village waits for the next storm. Anna Rowe has bought a second set of sandbags. \u201cYou cannot fight the river,\u201d she says. \u201cBut you can get better at losing to it.\u201d"
        ),
    ],
    section="News",
)

# ---------------------------------------------------------------- split over divs, cards and ads between
page(
    "split-housing",
    "split over divs, cards and ads",
    "news",
    "Housing targets missed in two-thirds of councils",
    "Oliver Grant",
    "2024-05-09T05:00:00Z",
    [
        raw('<div class="body-part">'),
        p(
            "Two-thirds of councils in England failed to build the number of homes the government asked of them last year, according to new figures that put the national target further out of reach."
        ),
        p(
            "The analysis of official data shows that 209 of 318 local authorities fell short, with the biggest gaps in London and the south-east, where land is most expensive."
        ),
        raw("</div>"),
        card(11, 1),
        ad(11, 1),
        raw('<div class="body-part">'),
        p(
            "Ministers want 300,000 new homes a year. Last year about 234,000 were completed, a fall of 6% on the year before, as higher interest rates made building less profitable and buyers less willing to take on large mortgages."
        ),
        p(
            "Builders blame the planning system. The industry's trade body said that applications were taking an average of 38 weeks to decide, almost three times the statutory limit."
        ),
        raw("</div>"),
        card(11, 2),
        ad(11, 2),
        raw('<div class="body-part">'),
        p(
            "Councils say they are being blamed for things they cannot control. \u201cWe grant planning permission, but we do not build the houses,\u201d said the leader of one authority in Kent. \u201cThere are thousands of homes approved in this district that nobody has started.\u201d"
        ),
        p(
            "The government said it would publish a new planning bill in the autumn, including powers to take decisions away from councils that repeatedly miss their targets."
        ),
        raw("</div>"),
        card(11, 3),
    ],
    section="Politics",
)

page(
    "split-ai-chips",
    "split over divs, cards and ads",
    "tabloid",
    "Chip maker's profits triple as demand for AI soars",
    "Nina Kowalski",
    "2024-08-28T21:00:00Z",
    [
        raw('<div class="text-block">'),
        p(
            "The world's most valuable chip maker said profits had tripled in the three months to July, as technology companies raced to buy the processors used to train artificial intelligence systems."
        ),
        raw("</div>"),
        raw(
            '<div class="inline-newsletter"><h4>Business Daily</h4><p>The day\'s business news, in your inbox every evening.</p><button>Sign up</button></div>'
        ),
        raw('<div class="text-block">'),
        p(
            "Revenue rose to 30 billion dollars, ahead of analysts' forecasts, and the company said it expected another record quarter. Its shares nonetheless fell 6% in after-hours trading, as investors who had bid them up all year looked for an even bigger surprise."
        ),
        raw("</div>"),
        card(12, 4),
        ad(12, 1),
        raw('<div class="text-block">'),
        p(
            "Almost half the company's data centre sales came from four customers, the large cloud computing groups, each of which is spending tens of billions of dollars a year on new computing capacity. Some analysts worry that spending at that pace cannot last."
        ),
        raw("</div>"),
        raw('<div class="text-block">'),
        p(
            "The chief executive dismissed those fears on a call with analysts. \u201cWe are at the beginning of a new industrial revolution,\u201d he said, adding that demand for the next generation of chips, due to ship at the end of the year, was \u201cincredible\u201d."
        ),
        raw("</div>"),
        card(12, 5),
        ad(12, 2),
        raw('<div class="text-block">'),
        p(
            "The company also announced a 50 billion dollar share buyback, one of the largest in corporate history."
        ),
        raw("</div>"),
    ],
    section="Business",
)

page(
    "split-school-meals",
    "split over divs, cards and ads",
    "magazine",
    "Free school meals for all primary pupils to be extended",
    "Grace Mwangi",
    "2024-02-14T07:00:00Z",
    [
        raw('<div class="paragraph-wrapper"><div class="rich-text">'),
        p(
            "Every primary school pupil in the city will receive a free lunch for another two years, the mayor has announced, after a study found that the scheme had improved attendance and saved families hundreds of pounds."
        ),
        raw("</div></div>"),
        raw(
            '<div class="promo-box"><a href="/podcast">Listen: our daily podcast on the stories that matter. Episodes every weekday at 6am.</a></div>'
        ),
        raw('<div class="paragraph-wrapper"><div class="rich-text">'),
        p(
            "The scheme, which costs 140 million pounds a year, was introduced as an emergency measure during the cost-of-living crisis. The study, by researchers at a local university, found that attendance rose by one percentage point in schools where take-up was highest, and that the share of children bringing packed lunches with little nutritional value fell sharply."
        ),
        raw("</div></div>"),
        card(13, 6),
        raw('<div class="paragraph-wrapper"><div class="rich-text">'),
        p(
            "Head teachers welcomed the extension but said the funding per meal had not kept up with food prices. Several said they were subsidising lunches from their own budgets, at the expense of books and equipment."
        ),
        p(
            "Opposition councillors said the money would be better spent on the poorest families rather than on children whose parents could afford to pay."
        ),
        raw("</div></div>"),
        ad(13, 1),
        raw('<div class="paragraph-wrapper"><div class="rich-text">'),
        p(
            "The mayor said the universal approach removed the stigma that stopped some eligible families from applying. \u201cNo child should be hungry in the afternoon because their parents were too proud to fill in a form,\u201d she said."
        ),
        raw("</div></div>"),
    ],
    section="Education",
)

# ---------------------------------------------------------------- tables
page(
    "table-election-results",
    "table",
    "news",
    "County council election results in full",
    "Politics staff",
    "2024-05-03T14:00:00Z",
    [
        p(
            "The Liberal Democrats have taken control of Westmoor County Council for the first time, winning 38 of the 70 seats. The Conservatives, who had run the council since 2005, lost 19 seats and their leader, who was defeated in his own division by 41 votes."
        ),
        p("Turnout was 34%, up slightly on four years ago. The full results are below."),
        table(
            [
                ["Party", "Seats", "Change", "Vote share"],
                ["Liberal Democrats", "38", "+17", "36.2%"],
                ["Conservatives", "21", "-19", "31.5%"],
                ["Labour", "6", "+1", "14.8%"],
                ["Green", "4", "+2", "10.9%"],
                ["Independents", "1", "-1", "6.6%"],
            ],
            "Westmoor County Council, 70 seats",
        ),
        p(
            "The new leader, a former head teacher, said her first priority would be to fix the county's roads, which residents had named as their biggest complaint throughout the campaign. She also promised a review of the decision to close two libraries."
        ),
        table(
            [
                ["Division", "Winner", "Party", "Majority"],
                ["Ashby North", "R. Patel", "Liberal Democrats", "41"],
                ["Bramwell", "S. Hughes", "Conservatives", "612"],
                ["Castle Vale", "J. Osei", "Labour", "1,208"],
                ["Dunmore", "K. Lindqvist", "Green", "87"],
            ],
            "Closest and most watched divisions",
        ),
        p(
            "The outgoing leader said the result reflected national issues and that he would stay on as a councillor for the ward he still holds until 2028."
        ),
    ],
    section="Local elections",
)

page(
    "table-league-standings",
    "table",
    "tabloid",
    "Title race goes to the wire: where every club stands with three games left",
    "Football staff",
    "2024-04-29T22:00:00Z",
    [
        p(
            "Just two points separate the top three with three rounds of fixtures remaining, after leaders Ashford dropped points for the second week running in a goalless draw at Kingsbridge."
        ),
        p(
            "Second-placed Millbrook won 3-1 at home to Eastleigh, and Thornton kept pace with a late winner at Dalby. All three of the contenders still have to play one another."
        ),
        table(
            [
                ["Pos", "Club", "P", "W", "D", "L", "GD", "Pts"],
                ["1", "Ashford", "35", "24", "6", "5", "+41", "78"],
                ["2", "Millbrook", "35", "23", "8", "4", "+38", "77"],
                ["3", "Thornton", "35", "23", "7", "5", "+29", "76"],
                ["4", "Kingsbridge", "35", "19", "9", "7", "+22", "66"],
                ["5", "Eastleigh", "35", "17", "8", "10", "+9", "59"],
                ["6", "Dalby", "35", "15", "10", "10", "+4", "55"],
            ],
            "",
            "standings",
        ),
        ad(15, 1),
        p(
            "Ashford's manager admitted his players were feeling the pressure. \u201cWe have been top since October and now everybody expects us to win every game,\u201d he said. \u201cThat is not how football works.\u201d"
        ),
        p(
            "At the bottom, Fenwick's relegation was confirmed by their defeat at Ravensmoor, ending a four-year stay in the top flight."
        ),
    ],
    section="Football",
)

page(
    "table-budget",
    "table",
    "magazine",
    "Where your council tax goes: the budget in one table",
    "Data team",
    "2024-02-21T06:00:00Z",
    [
        p(
            "The council will spend 1.24 billion pounds in the coming year, 4.1% more than last year, after approving its budget on Tuesday night. Council tax for a band D home will rise by 4.99%, the most allowed without a referendum."
        ),
        p(
            "Adult social care now takes almost four pounds in every ten, more than double its share a decade ago. Spending on roads and libraries has been cut in real terms."
        ),
        table(
            [
                ["Service", "2023-24 (m)", "2024-25 (m)", "Change"],
                ["Adult social care", "452", "489", "+8.2%"],
                ["Children's services", "301", "318", "+5.6%"],
                ["Waste and recycling", "88", "91", "+3.4%"],
                ["Roads and transport", "97", "94", "-3.1%"],
                ["Libraries and culture", "21", "19", "-9.5%"],
                ["Other", "233", "229", "-1.7%"],
            ],
            "Spending by service",
        ),
        p(
            "The finance director warned that the council would need to find a further 60 million pounds of savings over the next three years unless the government increased its grant."
        ),
    ],
    section="Data",
)

# ---------------------------------------------------------------- embedded posts
page(
    "embed-tweets-outage",
    "embedded posts",
    "news",
    "Social network outage: users locked out for six hours",
    "Tech desk",
    "2024-03-06T20:00:00Z",
    [
        p(
            "Millions of people were unable to log in to the world's largest social networks for almost six hours on Tuesday, in one of the longest outages in the company's history. Users around the world found themselves logged out and unable to sign back in."
        ),
        p(
            "The company's head of communications acknowledged the problem on a rival platform shortly after it began."
        ),
        tweet(
            "We're aware people are having trouble accessing our services. We're working on this now.",
            "Andy Stone",
            "andymstone",
            "March 5, 2024",
        ),
        p(
            "Engineers traced the fault to a configuration change that had been rolled out to the company's login servers. Because staff use the same systems to get into the buildings, some of them were unable to reach the servers to fix the problem."
        ),
        tweet(
            "Spent three hours thinking my account had been hacked. Changed my password twice. Turns out the whole thing was down.",
            "Kerry Mills",
            "kerrym",
            "March 5, 2024",
        ),
        p(
            "Shares in the company fell 1.6% on Tuesday. Analysts estimated that the outage had cost it about 100 million dollars in lost advertising revenue."
        ),
    ],
    section="Technology",
)

page(
    "embed-instagram-wedding",
    "embedded posts",
    "tabloid",
    "Pop star marries childhood sweetheart in secret island ceremony",
    "Showbiz desk",
    "2024-07-22T09:00:00Z",
    [
        p(
            "The singer married her partner of twelve years in a private ceremony on a Greek island at the weekend, surprising fans who had not known the couple were engaged."
        ),
        p(
            "She announced the news on Instagram on Monday morning, sharing a black-and-white photograph of the couple walking along a beach."
        ),
        instagram(
            "Married my best friend on Saturday with forty of our favourite people. Thank you for keeping our secret, you know who you are.",
            "Maya Rivers",
        ),
        p(
            "The couple met at secondary school in Leeds and began dating when they were both seventeen. Her husband, a primary school teacher, has always avoided the spotlight and has never given an interview."
        ),
        youtube("Maya Rivers - Home (Official Video)"),
        p(
            "The singer's most recent single, Home, which she said was written about him, reached number two in the charts last year."
        ),
    ],
    section="Showbiz",
)

page(
    "embed-youtube-rocket",
    "embedded posts",
    "magazine",
    "Private rocket reaches orbit at the fourth attempt",
    "Ewan Clarke",
    "2024-11-02T15:00:00Z",
    [
        p(
            "A privately built rocket reached orbit for the first time on Saturday, launching from a spaceport in the far north of Scotland after three earlier failures."
        ),
        youtube("Launch replay: Vega-X reaches orbit"),
        p(
            "The 18-metre rocket, built by a company of 130 people in Glasgow, carried two small satellites for a university weather research programme. Both were released into their planned orbit about nine minutes after lift-off."
        ),
        tweet(
            "ORBIT! Nine years, four rockets, one very tired team. We did it.",
            "Skyforth Launch",
            "skyforthlaunch",
            "November 2, 2024",
        ),
        p(
            "The company's first attempt, in 2022, ended when the rocket's engine shut down two seconds after ignition. Its second and third rockets both broke up in the upper atmosphere."
        ),
        p(
            "The founder said the company would now aim to launch once a month by the end of next year, and that it had signed contracts for more than forty satellites."
        ),
    ],
    section="Science",
)

# ---------------------------------------------------------------- footnotes and endnotes
page(
    "footnotes-economics",
    "footnotes",
    "magazine",
    "Why the minimum wage did not cost jobs",
    "Dr Helen Marsh",
    "2024-06-01T08:00:00Z",
    [
        p(
            'When the national minimum wage was introduced in 1999, many economists predicted that it would destroy hundreds of thousands of jobs.<sup><a href="#fn1" id="r1">1</a></sup> Twenty-five years later, the evidence suggests that those fears were mistaken, and the reasons why tell us something important about how labour markets work.'
        ),
        p(
            'The standard textbook model assumes that employers must pay whatever wage the market sets. In practice, many employers have some power to set wages below what workers would earn in a perfectly competitive market, because workers cannot easily move.<sup><a href="#fn2" id="r2">2</a></sup> A minimum wage can then raise pay without reducing employment.'
        ),
        p(
            'Studies of the British minimum wage have found little effect on the number of jobs, even in low-paying sectors such as retail and social care.<sup><a href="#fn3" id="r3">3</a></sup> There is some evidence that employers reduced hours or cut back on other benefits, but the effects were small.'
        ),
        p(
            "None of this means that the minimum wage can be raised without limit. At some point, it will begin to cost jobs. The question is where that point lies, and the answer is likely to differ between regions."
        ),
        raw('<hr class="footnotes-sep">'),
        raw('<section class="footnotes"><h3>Notes</h3><ol>'),
        raw(
            '<li id="fn1">See, for example, the evidence submitted to the Low Pay Commission by employers\' groups in 1998. <a href="#r1">\u21a9</a></li>',
            "See, for example, the evidence submitted to the Low Pay Commission by employers' groups in 1998.",
        ),
        raw(
            '<li id="fn2">Economists call this monopsony power. The idea goes back to Joan Robinson\'s work in the 1930s. <a href="#r2">\u21a9</a></li>',
            "Economists call this monopsony power. The idea goes back to Joan Robinson's work in the 1930s.",
        ),
        raw(
            '<li id="fn3">A summary of more than fifty studies is given in the Low Pay Commission\'s report of 2019. <a href="#r3">\u21a9</a></li>',
            "A summary of more than fifty studies is given in the Low Pay Commission's report of 2019.",
        ),
        raw("</ol></section>"),
    ],
    section="Economics",
    ld_type="Article",
)

page(
    "endnotes-history",
    "footnotes",
    "news",
    "The forgotten map that changed the borders of Europe",
    "Prof. Adam Lisowski",
    "2024-10-20T07:00:00Z",
    [
        p(
            "In the spring of 1919, a junior official at the peace conference in Paris drew a line in red pencil across a map of eastern Europe.[1] Within weeks, that line had become the basis for a border that would be argued over for the rest of the century."
        ),
        p(
            "The map itself was lost for decades. It turned up in 2021 in a box of papers donated to a university library by the official's grandson, who had no idea what it was.[2] Historians who have studied it say it shows how much the final settlement depended on hurried decisions by people whose names are now forgotten."
        ),
        p(
            "The official, a geographer by training, had been asked to propose a line that followed the language spoken in each village. His notes in the margin show that he often had only out-of-date census figures to work from, and that in several places he simply guessed.[3]"
        ),
        h("Notes", 3),
        p(
            "[1] The conference's territorial commissions met almost daily between February and May 1919.",
            "p",
            ' class="endnote"',
        ),
        p(
            "[2] The papers are now held in the university's special collections, catalogue reference MS 1187.",
            "p",
            ' class="endnote"',
        ),
        p(
            "[3] The census used was that of 1900, already nineteen years old by the time of the conference.",
            "p",
            ' class="endnote"',
        ),
    ],
    section="History",
)

# ---------------------------------------------------------------- paywalls
_PAYWALL = ('<div class="paywall-box" id="piano-offer"><h3>Keep reading with a subscription</h3>'
            '<p>This article is for subscribers. Get unlimited access to award-winning journalism, the daily '
            'puzzle and our newsletters for just 1 dollar a week for your first three months. Cancel anytime.</p>'
            '<ul><li>Unlimited articles on any device</li><li>Ad-free reading</li><li>Exclusive newsletters</li></ul>'
            '<a class="btn" href="/subscribe">Subscribe now</a><p class="login">Already a subscriber? <a href="/login">Log in</a></p></div>')  # fmt: skip

page(
    "paywall-pensions",
    "paywall teaser",
    "news",
    "The pension gap that could leave millions short in retirement",
    "Finance correspondent",
    "2024-09-09T05:00:00Z",
    [
        p(
            "Millions of people who started saving into workplace pensions in the last decade are on course for a retirement income well below what they expect, according to research that suggests minimum contributions are far too low."
        ),
        p(
            "The study found that a typical worker who saves only the legal minimum of 8% of salary will retire with a pension pot worth about a third of what is needed for a moderate standard of living."
        ),
        raw('<div class="article-fade" aria-hidden="true"></div>' + _PAYWALL),
    ],
    section="Money",
    most_read=10,
)

page(
    "paywall-chef",
    "paywall teaser",
    "magazine",
    "How a two-star chef fell out of love with fine dining",
    "Lucy Brennan",
    "2024-05-25T08:00:00Z",
    [
        p(
            "For fifteen years, Pierre Anselme cooked the kind of food that wins Michelin stars: twelve courses, tweezers, foams. Last spring he closed his restaurant in Lyon and opened a bistro that serves one dish a day, on paper tablecloths, for fourteen euros."
        ),
        p(
            "\u201cI was cooking for inspectors,\u201d he says, sitting in the small dining room an hour before lunch service. \u201cNot for people. One day I realised I could not remember the last time I had seen a customer laugh.\u201d"
        ),
        raw(
            '<div class="regwall"><p class="regwall-title">Read the full story</p><p>Create a free account to read three articles a month, or subscribe for unlimited access to our journalism, recipes and archive.</p><button>Create free account</button><button>See subscription offers</button></div>'
        ),
    ],
    section="Food",
)

# ---------------------------------------------------------------- comments longer than the article
_COMMENTS_BINS = [
    (
        "greenfingers",
        "Fortnightly collections are fine if you actually recycle properly. Most of what goes in our black bin could be recycled or composted, people just can't be bothered to sort it.",
    ),
    (
        "DaveInRotherfield",
        "Easy for you to say. We are a family of six with a baby in nappies. The bin is full after four days. What are we supposed to do, keep it in the garden for ten days in August?",
    ),
    (
        "greenfingers",
        "Reusable nappies? Genuinely not trying to be smug, we used them with both of ours and it saved a fortune.",
    ),
    (
        "Maureen_K",
        "The council tax goes up every year and the services go down. Bins are the one thing most people actually see for their money and now they are cutting that too.",
    ),
    (
        "Ratepayer1955",
        "They did this in the next district over and within a month there were foxes and rats everywhere. Complete false economy when you add in the cost of clearing fly-tipping.",
    ),
    (
        "j_patel",
        "Does anyone know if the garden waste collection is changing too? I pay 60 pounds a year for that and nothing in the letter mentions it.",
    ),
    (
        "Maureen_K",
        "@j_patel it's staying weekly in summer as far as I can tell, the details are on page four of the consultation document.",
    ),
    (
        "thinking_allowed",
        "Wales moved to three-weekly collections years ago and now has one of the best recycling rates in the world. It can work if they give people proper food waste caddies.",
    ),
    (
        "DaveInRotherfield",
        "Wales also spent a lot more money on the recycling side first. Our council wants to do it the cheap way round.",
    ),
    (
        "localnewsfan",
        "Thanks for covering this, the council's own press release didn't mention that the consultation closes next Friday.",
    ),
]
page(
    "comments-bins",
    "comments longer than article",
    "news",
    "Bin collections to move to every two weeks",
    "Local democracy reporter",
    "2024-04-11T11:00:00Z",
    [
        p(
            "General waste will be collected every fortnight instead of every week from October under plans approved by the district council, which says the change will save 1.2 million pounds a year."
        ),
        p(
            "Recycling and food waste will still be collected weekly. The council said households would be given a larger bin if they had five or more people living at home or produced extra waste for medical reasons."
        ),
        p(
            "A consultation on the details of the plan closes next Friday. Residents can respond online or at any of the district's libraries."
        ),
    ],
    section="Local",
    after=comments(_COMMENTS_BINS, 214),
)

_COMMENTS_PHONE = [
    (
        "techhead",
        "Still no headphone jack. Hard pass from me. I have expensive wired headphones and I'm not buying dongles for the rest of my life.",
    ),
    (
        "Samira",
        "Battery life is the only thing I care about at this point. If it gets through a full day with navigation on, I'm in.",
    ),
    (
        "techhead",
        "@Samira the review says about a day and a half with normal use, which is better than mine manages after two years.",
    ),
    (
        "old_school",
        "1,200 dollars for a phone is obscene. My five year old phone does everything I need. These companies just want us on an upgrade treadmill.",
    ),
    (
        "Jonah B",
        "You don't have to buy the flagship though. The cheaper model has the same processor and most of the same camera.",
    ),
    ("old_school", "Fair point, but the cheaper model is still 800. That used to be a laptop."),
    (
        "pixelpeeper",
        "The camera samples in low light look genuinely impressive. Better than my dedicated compact camera, honestly, which is a bit depressing.",
    ),
    (
        "MK",
        "Has anyone had the update that was supposed to fix the overheating issue on the previous model? Mine still gets hot when charging.",
    ),
    ("Samira", "@MK mine too, I take the case off when charging now and it helps a bit."),
    (
        "gadgetgran",
        "I just want a phone with big buttons and a good camera for the grandchildren's photos. Why is that so difficult?",
    ),
    (
        "Jonah B",
        "@gadgetgran there's an accessibility setting that makes everything bigger, worth a look in the settings menu under display.",
    ),
]
page(
    "comments-phone-launch",
    "comments longer than article",
    "tabloid",
    "New flagship phone goes on sale with bigger battery and better camera",
    "Gadgets editor",
    "2024-09-20T08:00:00Z",
    [
        p(
            "The latest flagship smartphone went on sale on Friday, with queues outside stores in several cities despite a starting price of 1,199 dollars."
        ),
        p(
            "The phone has a larger battery than last year's model and a new main camera with a sensor that the company says captures twice as much light. Reviewers have praised its battery life but said the design had barely changed."
        ),
        p("A cheaper model with a smaller screen costs 799 dollars and has the same processor."),
    ],
    section="Tech",
    after=comments(_COMMENTS_PHONE, 388),
)

# ---------------------------------------------------------------- the article in <main>, a longer "most read" list
page(
    "main-mostread-tax",
    "main with longer most-read list",
    "magazine",
    "Tax return deadline: what to do if you are late",
    "Personal finance team",
    "2024-01-25T06:00:00Z",
    [
        p(
            "The deadline for filing a self-assessment tax return online is midnight on 31 January. About a million people are expected to leave it to the last week, and tens of thousands will miss it."
        ),
        p(
            "If you miss the deadline, you will be charged a 100 pound penalty straight away, even if you owe no tax. After three months, further penalties of 10 pounds a day begin, up to a maximum of 900 pounds."
        ),
        p(
            "You can appeal against a penalty if you had a reasonable excuse, such as a serious illness or a failure of the tax office's own website. Forgetting, or finding the form too difficult, does not count."
        ),
    ],
    section="Money",
    most_read=16,
)

page(
    "main-mostread-museum",
    "main with longer most-read list",
    "magazine",
    "Museum of the moving image to reopen after ten-year restoration",
    "Arts correspondent",
    "2024-06-30T06:00:00Z",
    [
        p(
            "The museum, which closed in 2014 after its roof began to leak onto a collection of early film projectors, will reopen to the public in September."
        ),
        p(
            "The restoration cost 42 million pounds and has doubled the museum's gallery space. Its centrepiece is a working replica of the cinema where the city's first films were shown in 1896."
        ),
    ],
    section="Culture",
    most_read=16,
)


# ---------------------------------------------------------------- recipes and product reviews
def _list(items, tag="ul", cls=""):
    return (
        f'<{tag} class="{cls}">' + "".join(f"<li>{i}</li>" for i in items) + f"</{tag}>",
        "\n".join(items),
    )


page(
    "recipe-dal",
    "recipe",
    "magazine",
    "Weeknight red lentil dal",
    "Asha Mehta",
    "2024-02-08T10:00:00Z",
    [
        p(
            "This is the dal I make when there is nothing in the fridge and everybody is hungry. It takes half an hour, costs very little and tastes better the next day, if there is any left."
        ),
        raw(
            '<div class="recipe-card"><div class="recipe-meta"><span>Prep: 10 min</span><span>Cook: 25 min</span><span>Serves 4</span>'
            '<button class="print-recipe">Print recipe</button><button class="save">Save</button><div class="rating">\u2605\u2605\u2605\u2605\u2606 (212 ratings)</div></div>'
        ),
        h("Ingredients", 3),
        _list(
            [
                "250g red lentils, rinsed",
                "1 onion, finely chopped",
                "3 garlic cloves, crushed",
                "A thumb-sized piece of ginger, grated",
                "1 tsp ground turmeric",
                "400ml tin of coconut milk",
                "A handful of spinach",
                "Juice of half a lemon",
            ],
            "ul",
            "ingredients",
        ),
        h("Method", 3),
        _list(
            [
                "Soften the onion in a little oil over a medium heat for eight minutes, until golden.",
                "Add the garlic, ginger and turmeric and cook for another minute, stirring so nothing catches.",
                "Tip in the lentils, coconut milk and 500ml of water. Simmer for twenty minutes, until the lentils have collapsed.",
                "Stir through the spinach until it wilts, then season with salt and the lemon juice.",
            ],
            "ol",
            "method",
        ),
        raw(
            '<div class="nutrition"><h4>Nutrition per serving</h4><p>Calories 412 \u00b7 Protein 18g \u00b7 Fat 19g \u00b7 Carbs 41g</p></div></div>'
        ),
        p("Serve with rice or warm flatbreads, and a spoonful of yoghurt if you like."),
    ],
    section="Recipes",
    ld_type="Recipe",
)

page(
    "review-ebike",
    "product review",
    "news",
    "Voltway Commuter 2 review: the e-bike that made me sell my car",
    "Ben Hartley",
    "2024-05-15T09:00:00Z",
    [
        raw(
            '<div class="review-summary"><div class="score">Rating: 4.5 out of 5</div><div class="price-widget"><a href="https://shop.example/aff?id=1" rel="sponsored">1,899 dollars at Bikeshop</a><a href="https://shop.example/aff?id=2" rel="sponsored">1,949 dollars at Amazon</a></div></div>'
        ),
        p(
            "I have ridden the Voltway Commuter 2 to work every day for three months, through rain, a heatwave and one memorable hailstorm. It is the first electric bike I have tested that I would happily recommend to somebody who has not ridden a bicycle since school."
        ),
        h("Battery and motor"),
        p(
            "The battery is built into the frame and lasted about 70 kilometres on the middle assistance setting, enough for a week of my commute. The motor is quiet and the assistance comes in smoothly, without the lurch some cheaper bikes give when you start pedalling."
        ),
        h("Ride and comfort"),
        p(
            "The upright riding position and wide tyres make it comfortable over potholes, and the hydraulic brakes stop the bike's 24 kilograms with confidence even in the wet. The integrated lights are bright enough for unlit country lanes."
        ),
        raw('<div class="pros-cons"><div class="pros"><h4>Pros</h4>'),
        _list(["Excellent range", "Smooth, quiet motor", "Comfortable upright position"]),
        raw('</div><div class="cons"><h4>Cons</h4>'),
        _list(["Heavy to carry upstairs", "Mudguards rattle"]),
        raw("</div></div>"),
        h("Verdict"),
        p(
            "It is expensive, but if it replaces a car or a season ticket it will pay for itself within two years. The best commuter e-bike I have tested."
        ),
        raw(
            '<p class="affiliate-note"><em>We may earn a commission when you buy through links on this page.</em></p>'
        ),
    ],
    section="Reviews",
    ld_type="Review",
)

page(
    "review-headphones",
    "product review",
    "tabloid",
    "Tested: the noise-cancelling headphones that beat the big names",
    "Reviews team",
    "2024-10-01T09:00:00Z",
    [
        p(
            "The Sonari Q40 cost less than half the price of the best-known noise-cancelling headphones, yet in our tests they blocked out almost as much noise on a train and on a plane."
        ),
        table(
            [
                ["", "Sonari Q40", "Market leader"],
                ["Price", "149 dollars", "379 dollars"],
                ["Battery", "42 hours", "30 hours"],
                ["Weight", "254g", "250g"],
                ["Noise reduction (train)", "27 dB", "29 dB"],
            ],
            "How they compare",
            "spec-table",
        ),
        p(
            "Sound quality is warm and full, with plenty of bass, though the treble lacks a little sparkle compared with the best. The app lets you adjust the sound, but its menus are confusing."
        ),
        p(
            "The biggest weakness is the microphone, which made our voice sound distant on phone calls in a busy street."
        ),
        raw(
            '<div class="buy-box"><p>Sonari Q40</p><a rel="sponsored" href="#">149 dollars at Currys</a><a rel="sponsored" href="#">152 dollars at Argos</a><span>Prices updated hourly</span></div>'
        ),
        p("Verdict: for most people, these are the noise-cancelling headphones to buy."),
    ],
    section="Tech",
)


# ---------------------------------------------------------------- forum-like news
def _forum_post(who, when, text_html, op=False):
    return (f'<div class="post {"bg1 op" if op else "bg2"}"><div class="postprofile"><dl><dt><a class="username" href="#">{who}</a></dt>'
            f'<dd>Posts: {len(who) * 113}</dd><dd>Joined: 2011</dd></dl></div><div class="postbody"><p class="author">by {who} \u00bb {when}</p>'
            f'<div class="content">{text_html}</div></div></div>')  # fmt: skip


_OP_ROAD = (
    "Highways have confirmed that the A614 between the roundabout at Bilsthorpe and the Ollerton junction will close for eleven weeks from 3 June while the bridge over the river is rebuilt."
    "<br><br>The diversion goes through Rufford and Edwinstowe and adds about fifteen minutes to the journey at peak times. Buses on the 33 route will follow the diversion and the timetable is being changed."
    "<br><br>The council says the bridge was found to be in poor condition during an inspection last year and that a weight limit put in place in January was only a temporary measure."
)
page(
    "forum-road-closure",
    "forum-like news",
    "forum",
    "A614 to close for eleven weeks for bridge rebuild",
    "newsdesk",
    "2024-05-20T08:00:00Z",
    [
        raw(
            _forum_post("newsdesk", "Mon May 20, 2024 8:02 am", _OP_ROAD, op=True),
            _OP_ROAD.replace("<br><br>", "\n\n"),
        ),
        raw(
            _forum_post(
                "ollerton_lad",
                "Mon May 20, 2024 8:40 am",
                "Brilliant. Right through the summer holidays as well. Edwinstowe is going to be gridlocked with the Sherwood Forest traffic.",
            )
        ),
        raw(
            _forum_post(
                "Brenda",
                "Mon May 20, 2024 9:15 am",
                "At least they are fixing it properly. That bridge has been crumbling for years, you could see the rust from the riverbank.",
            )
        ),
        raw(
            _forum_post(
                "HGVdriver",
                "Mon May 20, 2024 10:01 am",
                "Anyone know if the diversion is suitable for lorries? The road through Rufford has that tight bend by the abbey entrance.",
            )
        ),
        raw(
            _forum_post(
                "newsdesk",
                "Mon May 20, 2024 10:30 am",
                "HGVs are being sent via the A1 and A57 instead, the signed diversion is for cars only.",
            )
        ),
    ],
    replies=14,
    ld_type="DiscussionForumPosting",
)

_OP_MILL = (
    "<p>Planning permission has been granted to turn the old cotton mill on Canal Street into 86 flats, ending almost twenty years of argument over the listed building's future.</p>"
    "<p>The developer will keep the mill's chimney and the engine house, which will become a cafe and a small museum about the town's textile industry. Eighteen of the flats will be sold at below market prices.</p>"
    "<p>Heritage campaigners, who had opposed earlier plans to demolish most of the site, said they were pleased with the decision but would watch closely to make sure the conditions were met.</p>"
)
page(
    "forum-mill-flats",
    "forum-like news",
    "forum",
    "Old mill to become flats after approval",
    "Moderator",
    "2024-09-03T18:00:00Z",
    [
        raw(
            _forum_post("Moderator", "Tue Sep 03, 2024 6:12 pm", _OP_MILL, op=True),
            "\n\n".join(x.split("<p>")[1] for x in _OP_MILL.split("</p>")[:3]),
        ),
        raw(
            _forum_post(
                "canalwalker",
                "Tue Sep 03, 2024 6:40 pm",
                "<p>Good news. It has been an eyesore for as long as I can remember and the pigeons have had it long enough.</p>",
            )
        ),
        raw(
            _forum_post(
                "MillTownHistory",
                "Tue Sep 03, 2024 7:05 pm",
                "<p>My great-grandmother worked there as a weaver from the age of twelve. Really glad the engine house is being kept, there is nothing else like it left in the valley. Hopefully the museum will have a list of the families who worked there.</p>",
            )
        ),
        raw(
            _forum_post(
                "parking_please",
                "Tue Sep 03, 2024 7:30 pm",
                "<p>86 flats and how many parking spaces? Canal Street is already impossible after six.</p>",
            )
        ),
        raw(
            _forum_post(
                "canalwalker",
                "Tue Sep 03, 2024 7:52 pm",
                "<p>@parking_please the plans say 60 spaces plus a car club. Not enough, but better than the first version which had none.</p>",
            )
        ),
        raw(
            _forum_post(
                "Brenda",
                "Tue Sep 03, 2024 8:20 pm",
                "<p>Below market price still means more than most young people round here can afford. Would like to see some actual council housing for once.</p>",
            )
        ),
    ],
    replies=23,
    ld_type="DiscussionForumPosting",
)

# ---------------------------------------------------------------- right to left
page(
    "rtl-ar-water",
    "right to left",
    "news",
    "مشروع جديد لتحلية مياه البحر يوفر المياه لمليون نسمة",
    "سارة الحسيني",
    "2024-03-18T09:00:00Z",
    [
        p(
            "أعلنت وزارة المياه عن إطلاق مشروع جديد لتحلية مياه البحر على الساحل الغربي، من المتوقع أن يوفر مياه الشرب لأكثر من مليون نسمة عند اكتمال مرحلته الأولى بحلول نهاية العام المقبل."
        ),
        p(
            "وقال وزير المياه في مؤتمر صحفي إن المحطة ستعمل بالطاقة الشمسية بنسبة تصل إلى سبعين في المئة، مما يخفض تكاليف التشغيل ويقلل من الانبعاثات الكربونية مقارنة بالمحطات التقليدية."
        ),
        ad(40, 1),
        p(
            "وتبلغ الطاقة الإنتاجية للمحطة ثلاثمئة ألف متر مكعب يومياً، وستنقل المياه عبر خط أنابيب بطول مئة وعشرين كيلومتراً إلى المدن الداخلية التي تعاني من نقص حاد في المياه خلال أشهر الصيف."
        ),
        p(
            "وأشار خبراء إلى أن المشروع يمثل خطوة مهمة نحو تحقيق الأمن المائي، لكنهم حذروا من ضرورة معالجة المياه المالحة المتبقية بطريقة لا تضر بالحياة البحرية في المنطقة."
        ),
        p(
            "ومن المقرر أن تبدأ أعمال البناء الشهر المقبل بمشاركة شركات محلية ودولية، على أن يتم توظيف نحو ألفي عامل خلال مرحلة الإنشاء."
        ),
    ],
    lang="ar",
    site="Al Yawm Daily",
    section="اقتصاد",
)

page(
    "rtl-ar-interview",
    "right to left",
    "magazine",
    "حوار مع الروائية ليلى منصور: الكتابة فعل مقاومة",
    "أحمد الزين",
    "2024-07-02T08:00:00Z",
    [
        p(
            "فازت الروائية ليلى منصور هذا الأسبوع بجائزة الرواية العربية عن روايتها الأخيرة التي تدور أحداثها في مدينة ساحلية خلال ستينيات القرن الماضي. التقيناها في بيتها وكان هذا الحوار."
        ),
        *qa(
            "كيف استقبلت خبر الفوز بالجائزة؟",
            "بفرح كبير بالطبع، لكن أيضاً بشيء من الخوف. الجائزة تضع الكاتب أمام توقعات القراء، وأنا أخشى أن أكتب الرواية القادمة وأنا أفكر في هذه التوقعات.",
        ),
        *qa(
            "لماذا اخترت الستينيات زمناً للرواية؟",
            "لأنها مرحلة الأحلام الكبيرة. كان الناس يؤمنون بأن كل شيء ممكن، ثم جاءت الخيبات واحدة بعد الأخرى. أردت أن أكتب عن تلك اللحظة التي يسبق فيها الحلم انكساره.",
        ),
        *qa(
            "هل ما زلت تكتبين بخط اليد؟",
            "نعم، المسودة الأولى دائماً بقلم الحبر في دفاتر كبيرة. الحاسوب يجعلني أسرع من اللازم، والرواية تحتاج إلى البطء.",
        ),
        *qa(
            "ماذا تقولين للكتاب الشباب؟",
            "اقرؤوا كثيراً، واكتبوا كل يوم، ولا تستعجلوا النشر. الرواية الجيدة تنتظر صاحبها.",
        ),
    ],
    lang="ar",
    site="Majallat Al Adab",
    section="ثقافة",
)

page(
    "rtl-he-transport",
    "right to left",
    "tabloid",
    "הקו הכחול של הרכבת הקלה ייפתח באיחור של שנתיים",
    "נועה לוי",
    "2024-04-09T07:00:00Z",
    [
        p(
            "משרד התחבורה הודיע אתמול כי פתיחת הקו הכחול של הרכבת הקלה תידחה בשנתיים לפחות, בעקבות בעיות בחפירת המנהרות במרכז העיר ועלייה חדה במחירי חומרי הבנייה."
        ),
        p(
            "לפי הלוח הזמנים החדש, הנוסעים הראשונים יעלו על הקו רק בשנת 2030. עלות הפרויקט צפויה לעלות בכשלושה מיליארד שקלים מעבר לתקציב המקורי."
        ),
        card(42, 1),
        p(
            "ראשי הערים לאורך התוואי מתחו ביקורת חריפה על ההחלטה. לדבריהם, התושבים סובלים כבר שנים מעבודות, מפקקים ומסגירת רחובות, ועכשיו נאמר להם שעליהם לחכות עוד."
        ),
        p(
            "במשרד התחבורה אמרו כי הוחלט להוסיף צוותי עבודה ולהפעיל משמרות לילה כדי לצמצם את העיכוב ככל האפשר, וכי לוח הזמנים ייבחן מחדש בעוד חצי שנה."
        ),
    ],
    lang="he",
    site="Yedion",
    section="חדשות",
)

# ---------------------------------------------------------------- CJK, no spaces
page(
    "cjk-zh-highspeed",
    "CJK",
    "news",
    "新建高铁线路正式开通运营 沿线城市迎来发展新机遇",
    "王晓明",
    "2024-12-26T02:00:00Z",
    [
        p(
            "十二月二十六日上午九时，新建高速铁路正式开通运营，首趟列车从省会城市南站驶出，经过两个小时十五分钟的运行后抵达终点站。这条线路全长四百五十公里，设计时速三百五十公里，沿途设有十二个车站。"
        ),
        p(
            "据铁路部门介绍，线路开通后，沿线城市之间的出行时间大幅缩短，其中省会至沿海城市的最快旅行时间由原来的五个小时压缩至一个半小时。铁路部门初期每天安排开行动车组列车六十八对，并将根据客流情况适时增加班次。"
        ),
        ad(43, 1),
        p(
            "这条线路穿越山区和丘陵地带，桥梁和隧道占线路总长度的百分之七十以上。建设过程中，工程技术人员克服了复杂地质条件带来的诸多困难，其中最长的隧道全长十四公里，施工历时四年。"
        ),
        p(
            "业内专家表示，高铁的开通将进一步加强区域之间的经济联系，带动沿线旅游、物流等产业发展。不少沿线城市已经提前规划建设高铁新区，吸引企业入驻。"
        ),
        p(
            "首趟列车上的一位乘客说，她在沿海城市工作，以前回家要坐大半天的汽车，现在当天就可以往返，以后可以经常回家看望父母了。"
        ),
    ],
    lang="zh",
    site="Xinwen Ribao",
    section="国内",
)

page(
    "cjk-ja-festival",
    "CJK",
    "magazine",
    "夏祭りに過去最多の人出 三年ぶりに花火も復活",
    "佐藤健一",
    "2024-08-04T10:00:00Z",
    [
        p(
            "市内で三日、伝統の夏祭りが開かれ、主催者の発表によると過去最多となる約四十二万人が訪れた。今年は三年ぶりに花火大会も行われ、夜空に約八千発の花火が打ち上げられた。"
        ),
        p(
            "祭りは江戸時代に始まったとされ、地元の人々が山車を引いて町内を練り歩く。今年は二十四基の山車が参加し、沿道には朝から多くの見物客が詰めかけた。"
        ),
        p(
            "花火大会は資金不足のため昨年まで中止が続いていたが、市民からの寄付やクラウドファンディングで約三千万円が集まり、開催にこぎつけた。実行委員長は「多くの方の支えで復活できた。来年以降も続けていきたい」と話した。"
        ),
        p(
            "一方、会場周辺の道路では大規模な交通規制が敷かれ、最寄り駅では入場規制も行われた。市は来年に向けて、混雑対策を見直す方針だ。"
        ),
    ],
    lang="ja",
    site="Chiho Shimbun",
    section="地域",
)

page(
    "cjk-ko-startup",
    "CJK",
    "tabloid",
    "청년 창업 지원금 두 배로 늘린다",
    "김민준",
    "2024-03-12T01:00:00Z",
    [
        p(
            "정부가 청년 창업가를 위한 지원금을 내년부터 두 배로 늘리기로 했다. 중소벤처기업부는 12일 이 같은 내용을 담은 청년 창업 활성화 방안을 발표했다."
        ),
        p(
            "방안에 따르면 만 39세 이하 예비 창업자는 최대 1억 원까지 사업화 자금을 지원받을 수 있다. 기존에는 최대 5천만 원이었다. 지원 대상도 연간 1천 명에서 2천 명으로 확대된다."
        ),
        p(
            "정부는 또 지방에서 창업하는 청년에게 사무 공간과 주거비를 추가로 지원하기로 했다. 수도권에 집중된 창업 생태계를 지역으로 분산시키겠다는 취지다."
        ),
        p(
            "창업 업계는 환영의 뜻을 밝히면서도 지원금 확대만으로는 한계가 있다고 지적했다. 한 스타트업 대표는 초기 자금보다 투자 유치가 더 어렵다며 민간 투자를 끌어낼 수 있는 제도 개선이 필요하다고 말했다."
        ),
    ],
    lang="ko",
    site="Hanbit Ilbo",
    section="경제",
)


# ---------------------------------------------------------------- <br><br> instead of <p>
def _brs(*paragraphs, wrap='<div class="entry">', end="</div>"):
    return raw(wrap + "<br><br>\n".join(paragraphs) + end, "\n\n".join(paragraphs))


page(
    "br-parish-council",
    "br instead of p",
    "news",
    "Parish council agrees to buy village green",
    "Village correspondent",
    "2024-04-02T12:00:00Z",
    [
        _brs(
            "The parish council has agreed to buy the village green from the estate that has owned it since the eighteenth century, after residents raised more than half of the 85,000 pound price.",
            "The green has been used for cricket, the summer fair and the bonfire for as long as anyone can remember, but it was put up for sale last year when the estate's trustees decided to sell some of their land.",
            "A fund-raising campaign brought in 46,000 pounds from more than four hundred households. The rest will come from a loan that the council will repay over twenty years.",
            "The chairman of the parish council said the green would now be protected for good. \u201cIt belongs to the village now, and it always will,\u201d he said.",
        ),
    ],
    section="Villages",
)

page(
    "br-blog-trail",
    "br instead of p",
    "oldsite",
    "Walking the old drovers' road in winter",
    "Gareth Williams",
    "2024-01-15T12:00:00Z",
    [
        _brs(
            "The drovers' road over the hills from Tregaron to Abergwesyn is one of the loneliest walks in Wales. For two hundred years cattle were driven this way to the markets of England, and the old track can still be followed across the moor.",
            "I set out on a cold January morning with the frost still on the grass. For the first hour I saw nobody at all, only sheep and a pair of red kites turning slowly over the valley.",
            "The path is easy to lose where it crosses the bog, and I was glad of the stone markers that someone has put up at the worst places. In fog it would be a different story.",
            "By the time I reached the chapel at Soar y Mynydd the light was already going. It is a small white building in a grove of trees, miles from any village, and it has been holding services for the farmers of the hills since 1822.",
            wrap="",
            end="",
        ),
    ],
    section="Outdoors",
)

# ---------------------------------------------------------------- table layouts (old sites)
page(
    "tablelayout-harvest",
    "table layout",
    "oldsite",
    "Late frost hits apple harvest across the county",
    "Staff reporter",
    "2024-05-28T12:00:00Z",
    [
        p(
            "Fruit growers say a late frost in the middle of May has destroyed up to half of this year's apple blossom in some orchards, the worst damage since 2017."
        ),
        p(
            "Temperatures fell to minus three degrees on two consecutive nights, just as many varieties were in full flower. Some growers lit candles and fires between the rows to keep the air moving, but few have the equipment to protect large orchards."
        ),
        p(
            "The damage will not be fully known until the fruit sets in June. Cider makers, who buy most of the county's apples, say they may have to buy from elsewhere to keep production going."
        ),
        p(
            "\u201cWe have been growing apples here for four generations,\u201d said one grower near Ledbury. \u201cYou get a bad year every so often. But the bad years are coming more often now.\u201d"
        ),
    ],
    section="Farming",
)

page(
    "tablelayout-club-news",
    "table layout",
    "oldsite",
    "Rowing club celebrates centenary with regatta",
    "Club secretary",
    "2024-07-08T12:00:00Z",
    [
        raw(
            '<table width="100%" cellpadding="4"><tr><td valign="top"><img src="/photos/regatta.jpg" width="200" align="left" hspace="8"></td><td valign="top"><font size="2">'
        ),
        p(
            "More than three hundred rowers from thirty clubs took part in the centenary regatta on Saturday, in what members agreed was the best day in the club's long history."
        ),
        p(
            "The club was founded in 1924 by a group of workers from the town's iron foundry, who built their first boat themselves in the foundry yard. Its boathouse, built in 1931, is now a listed building."
        ),
        raw("</font></td></tr></table>"),
        p(
            "The day ended with a race between crews of past and present members, in replica wooden boats built over the winter by volunteers. The veterans won by half a length, to loud cheers from the bank."
        ),
        p(
            "The club is now raising money to repair the boathouse roof and to buy new boats for its junior section, which has doubled in size over the last five years."
        ),
    ],
    section="Sport",
)

# ---------------------------------------------------------------- AMP
page(
    "amp-transfer",
    "AMP",
    "amp",
    "Striker completes record move after medical",
    "Transfer desk",
    "2024-08-30T18:00:00Z",
    [
        p(
            "The striker has completed his move for a club-record fee of 82 million euros, signing a five-year contract after passing a medical on Friday morning."
        ),
        raw(
            '<amp-img src="/p/signing.jpg" width="600" height="400" layout="responsive" alt="The striker holds up his new shirt"></amp-img>'
        ),
        p(
            "The 24-year-old scored 31 goals in all competitions last season and was the subject of bids from three other clubs. He said he had chosen his new team because of the manager's plans for the side."
        ),
        raw(
            '<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/amp_mid"><div fallback>Advertisement</div></amp-ad>'
        ),
        p(
            "\u201cFrom the first conversation, I knew this was the right project,\u201d he said. \u201cI want to win trophies, and I believe we can win trophies here.\u201d"
        ),
        p(
            "The fee could rise to 90 million euros with add-ons, making him the most expensive player in the league's history."
        ),
    ],
    section="Football",
)

page(
    "amp-recall",
    "AMP",
    "amp",
    "Supermarket recalls chicken salad over listeria fears",
    "Consumer desk",
    "2024-06-17T13:00:00Z",
    [
        p(
            "A supermarket chain has recalled three of its chicken salads after routine tests found listeria, a bacterium that can cause serious illness in pregnant women, babies and older people."
        ),
        p(
            "The products affected are the chicken Caesar salad, the chicken and bacon pasta salad and the Asian-style chicken noodle salad, all with use-by dates up to and including 21 June."
        ),
        raw('<amp-ad width="300" height="250" type="adsense" data-ad-client="ca-pub-1"></amp-ad>'),
        p(
            "Customers who have bought the salads are told not to eat them and to return them to any store for a full refund. No receipt is needed."
        ),
        p(
            "Symptoms of listeriosis can be similar to flu and include a high temperature, aches and chills. Anyone who is concerned should contact their doctor."
        ),
    ],
    section="Consumer",
)


# ---------------------------------------------------------------- threads in other boards' markup
def _paragraphs(texts) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


def _discourse_post(number, who, when, texts, likes=0, staff=False):
    """A post of a Discourse topic as its crawler view writes it (the first is the topic's, the rest
    schema.org comments)."""
    kind = "" if number == 1 else " itemprop='comment' itemscope itemtype='http://schema.org/Comment'"
    badge = ' <span class="staff-badge" title="Staff">Staff</span>' if staff else ""
    return (f"<div id='post_{number}'{kind} class='topic-body crawler-post'><div class='crawler-post-meta'>"
            f"<span class='creator' itemprop='author' itemscope itemtype='http://schema.org/Person'><a itemprop='url' href='/u/{who}'>"
            f"<span itemprop='name'>{who}</span></a>{badge}</span><span class='crawler-post-infos'><time itemprop='datePublished' "
            f"datetime='2024-04-0{number % 9 + 1}T10:00:00Z' class='post-time'>{when}</time><meta itemprop='position' content='{number}'></span></div>"
            f"<div class='post' itemprop='{'articleBody' if number == 1 else 'text'}'>{_paragraphs(texts)}</div>"
            f"<div itemprop='interactionStatistic' itemscope itemtype='http://schema.org/InteractionCounter'>"
            f"<meta itemprop='interactionType' content='http://schema.org/LikeAction'><meta itemprop='userInteractionCount' content='{likes}'>"
            f"<span class='post-likes'>{likes} Likes</span></div></div>")  # fmt: skip


def _discourse_thread(op, replies):
    who, when, texts = op
    return [raw(_discourse_post(1, who, when, texts, likes=31), "\n\n".join(texts))] + [
        raw(_discourse_post(n, *reply)) for n, reply in enumerate(replies, start=2)
    ]


page(
    "discourse-library-hours",
    "forum-like news",
    "discourse",
    "Central library to open on Sundays from September",
    "TownNews",
    "2024-04-02T10:00:00Z",
    _discourse_thread(
        (
            "TownNews",
            "April 2, 2024, 10:04am",
            [
                "The central library will open on Sundays from the first weekend of September, the council confirmed on Tuesday, after a petition signed by more than four thousand residents.",
                "Opening hours will be 11am to 4pm. The children's floor, the study rooms and the local history archive will all be open, although the cafe will stay closed on Sundays for the first six months.",
                "The extra day will cost about 140,000 pounds a year, paid for by cutting the library's spending on printed newspapers and by leaving two vacant posts unfilled. No branch library will lose hours, the council said.",
                "The petition's organiser, a retired teacher, said Sunday was the only day many working parents could bring their children to the library together.",
            ],
        ),
        [
            (
                "jgreen",
                "April 2, 2024, 10:31am",
                [
                    "Finally. The study rooms are always full in exam season and Sunday was the one day nobody could get in."
                ],
                14,
            ),
            (
                "bookworm_88",
                "April 2, 2024, 11:02am",
                [
                    "Sad to see the newspapers go though. Plenty of older people come in every morning just to read them, and not everyone can read the news on a phone.",
                    "Would have been nice to find the money somewhere else.",
                ],
                22,
            ),
            (
                "TownNews",
                "April 2, 2024, 11:40am",
                [
                    "To clarify, the library will keep the local papers and two national dailies. It is the wider selection of titles that is being cut."
                ],
                9,
                True,
            ),
            (
                "mark_h",
                "April 2, 2024, 1:15pm",
                ["Any word on whether the car park will be free on Sundays like it is on Saturdays?"],
                3,
            ),
        ],
    ),
    section="Local news",
    site="Brackley Forum",
    ld_type="DiscussionForumPosting",
)

page(
    "discourse-bin-strike",
    "forum-like news",
    "discourse",
    "Bin collections suspended as refuse workers begin two-week strike",
    "moderators",
    "2024-06-10T07:00:00Z",
    _discourse_thread(
        (
            "moderators",
            "June 10, 2024, 7:12am",
            [
                "Household bin collections across the borough are suspended from today after refuse workers began a two-week strike over pay.",
                "The union says its members have been offered a rise of 2.5 per cent, well below inflation over the past two years, and that drivers are leaving for better-paid jobs with private firms. The council says it cannot afford more without cutting other services.",
                "Residents are asked to keep their bins on their own property until collections restart. The recycling centres at Mill Lane and Harford Road will open for longer hours, from 7am to 8pm, for the length of the strike.",
            ],
        ),
        [
            (
                "dave_r",
                "June 10, 2024, 7:45am",
                ["Two weeks in June. The smell is going to be something else by the end of it."],
                40,
            ),
            (
                "Sarah.K",
                "June 10, 2024, 8:20am",
                [
                    "Fully support the workers. They kept going right through the pandemic and nobody clapped for them.",
                    "The council found money for the new offices easily enough.",
                ],
                61,
            ),
            (
                "oldtowner",
                "June 10, 2024, 9:02am",
                [
                    "Does anyone know whether the garden waste collections are affected as well, or just the black bins? I paid for the garden waste service in advance for the whole year and would like to know if there will be a refund."
                ],
                8,
            ),
            (
                "moderators",
                "June 10, 2024, 9:30am",
                [
                    "Garden waste collections are also suspended. The council says subscribers will be given two extra weeks at the end of the year."
                ],
                12,
                True,
            ),
            (
                "pete1979",
                "June 10, 2024, 10:11am",
                [
                    "Mill Lane was already queued back to the roundabout at eight this morning. Good luck to anyone trying to get in after work."
                ],
                17,
            ),
            (
                "Sarah.K",
                "June 10, 2024, 10:40am",
                ["@pete1979 try Harford Road, it was quiet when I went past at nine."],
                5,
            ),
        ],
    ),
    section="Announcements",
    site="Riverside Community",
    ld_type="DiscussionForumPosting",
)


def _xenforo_post(who, title, when, texts, number):
    return (f'<article class="message message--post" data-author="{who}" id="js-post-{9000 + number}">'
            f'<div class="message-inner"><div class="message-cell message-cell--user"><section class="message-user">'
            f'<div class="message-avatar"><img src="/data/avatars/{number}.jpg" alt="{who}"></div><div class="message-userDetails">'
            f'<h4 class="message-name"><a href="/members/{who}" class="username">{who}</a></h4><h5 class="userTitle message-userTitle">{title}</h5></div>'
            f'<div class="message-userExtras"><dl class="pairs"><dt>Joined</dt><dd>Mar {2009 + number}</dd></dl><dl class="pairs"><dt>Messages</dt><dd>{number * 1317}</dd></dl></div></section></div>'
            f'<div class="message-cell message-cell--main"><div class="message-main"><header class="message-attribution"><ul class="message-attribution-main">'
            f'<li><a href="/threads/1/post-{number}"><time class="u-dt">{when}</time></a></li></ul><ul class="message-attribution-opposite"><li><a href="#">#{number}</a></li></ul></header>'
            f'<div class="message-content"><div class="message-userContent"><article class="message-body"><div class="bbWrapper">{"<br><br>".join(texts)}</div></article></div></div>'
            f'<footer class="message-footer"><div class="message-actionBar"><a href="#">Report</a> <a href="#">Like</a> <a href="#">Reply</a></div>'
            f'<div class="reactionsBar"><a href="#">{number * 3} people</a> like this.</div></footer></div></div></div></article>')  # fmt: skip


_XF_OP = [
    "The owners of the Regal cinema on Bridge Street have confirmed that it will close at the end of August after 96 years, blaming rising energy costs and falling audiences since the pandemic.",
    "In a statement on Friday, the family that has run the cinema since 1971 said it had been losing money for three years and that a new boiler and roof would cost more than the building was worth to them. The last film will be shown on 31 August.",
    "The building is not listed, and the town council said it had not yet received any planning application for the site. A campaign group set up in the spring to save the cinema said it would ask for the building to be registered as an asset of community value, which would give local groups six months to raise money to buy it.",
]
page(
    "xenforo-cinema-closure",
    "forum-like news",
    "xenforo",
    "Regal cinema to close after 96 years",
    "Newsbot",
    "2024-05-17T12:00:00Z",
    [raw(_xenforo_post("Newsbot", "Staff", "May 17, 2024", _XF_OP, 1), "\n\n".join(_XF_OP))]
    + [
        raw(_xenforo_post(who, title, when, texts, n))
        for n, (who, title, when, texts) in enumerate(
            [
                (
                    "filmbuff",
                    "Well-known member",
                    "May 17, 2024",
                    [
                        "Gutted. Saw my first film there in 1984. The balcony seats were the best in the county and the ice creams in the interval were part of the ritual."
                    ],
                ),
                (
                    "Gareth W",
                    "Member",
                    "May 17, 2024",
                    [
                        "To be fair I think I went twice last year. It is hard to compete when the multiplex has twelve screens and free parking.",
                        "Still a shame though.",
                    ],
                ),
                (
                    "ConcernedResident",
                    "Active member",
                    "May 18, 2024",
                    [
                        "Asset of community value is a good idea, it worked for the pub in Little Harford. Where do we sign up to help the campaign?"
                    ],
                ),
                (
                    "filmbuff",
                    "Well-known member",
                    "May 18, 2024",
                    [
                        "There is a stall outside the cinema on Saturday mornings, they had a sheet for volunteers last week."
                    ],
                ),
            ],
            start=2,
        )
    ],
    section="Local news",
    site="Harford Talk",
)


def _reddit_comment(who, points, age, text, depth=0):
    return (f'<div class="thing comment" data-author="{who}" style="margin-left:{depth * 20}px"><div class="entry unvoted">'
            f'<p class="tagline"><a href="/user/{who}" class="author">{who}</a> <span class="score unvoted">{points} points</span> '
            f'<time class="live-timestamp">{age}</time></p><form class="usertext"><div class="usertext-body"><div class="md"><p>{text}</p></div></div></form>'
            '<ul class="flat-list buttons"><li class="first"><a href="#">permalink</a></li><li><a href="#">embed</a></li><li><a href="#">save</a></li><li><a href="#">reply</a></li></ul></div></div>')  # fmt: skip


_REDDIT_OP = [
    "Posting this because the council has not put it anywhere obvious. The swimming pool at the leisure centre is closing from 1 July for at least fourteen months while the roof is replaced and the changing rooms are rebuilt.",
    "The gym and sports hall stay open. Swimming lessons for children are moving to the school pool at Westfield on weekday evenings, and the council says it is paying for a bus from the leisure centre for the club sessions.",
    "The closure was agreed at the cabinet meeting on Thursday. The report says the roof has been propped up since a survey last year found corrosion in the steel beams above the main pool, and that the work will cost 6.8 million pounds.",
]
page(
    "reddit-pool-closure",
    "forum-like news",
    "reddit",
    "Leisure centre pool closing for 14 months from July",
    "u/wellsbridge_news",
    "2024-05-25T16:00:00Z",
    [
        raw(
            '<div class="sitetable linklisting"><div class="thing link self" data-author="wellsbridge_news"><div class="entry unvoted">'
            '<p class="title"><a class="title" href="#">Leisure centre pool closing for 14 months from July</a> <span class="linkflairlabel">News</span></p>'
            '<p class="tagline">submitted 5 hours ago by <a href="/user/wellsbridge_news" class="author">wellsbridge_news</a></p>'
            f'<div class="expando"><form class="usertext"><div class="usertext-body"><div class="md">{_paragraphs(_REDDIT_OP)}</div></div></form></div>'
            '<ul class="flat-list buttons"><li class="first"><a href="#" class="comments">48 comments</a></li><li><a href="#">share</a></li><li><a href="#">save</a></li></ul></div></div></div>',
            "\n\n".join(_REDDIT_OP),
        ),
        raw(
            '<div class="commentarea"><div class="panestack-title"><span class="title">all 48 comments</span></div>'
            '<div class="menuarea"><span class="dropdown-title">sorted by: </span><span class="selected">best</span></div>'
            '<div class="sitetable nestedlisting">'
            + _reddit_comment(
                "swimdad_77",
                212,
                "4 hours ago",
                "Fourteen months with no public pool in a town this size is ridiculous. The Westfield pool is twenty metres and has no lifeguard cover on weekends, so that is no use for anyone who wants to swim lengths.",
            )
            + _reddit_comment(
                "wellsbridge_news",
                88,
                "4 hours ago",
                "The report does say they looked at a temporary pool in the car park but it would have cost almost a million on top.",
                1,
            )
            + _reddit_comment(
                "northend_nat",
                140,
                "3 hours ago",
                "Better they fix it now than wait for the roof to fall in. Remember what happened at the pool in Redlake when they kept putting it off.",
            )
            + _reddit_comment(
                "grumpy_commuter",
                37,
                "2 hours ago",
                "6.8 million for a roof and some changing rooms? Who is doing the work, gold plated builders?",
            )
            + _reddit_comment(
                "abc_engineer",
                65,
                "2 hours ago",
                "Steel over a pool is a nightmare, the chlorine in the air eats it. That price sounds about right to me for a full replacement with proper ventilation.",
                1,
            )
            + "</div></div>"
        ),
    ],
    site="Wellsbridge",
)


def _se_post(kind, texts, who, rep, when, votes, accepted=False):
    body = _paragraphs(texts)
    cls = (
        "question js-question"
        if kind == "question"
        else f"answer js-answer{' accepted-answer' if accepted else ''}"
    )
    anchor = ' id="question"' if kind == "question" else ""
    return (f'<div{anchor} class="{cls}" data-score="{votes}"><div class="post-layout"><div class="votecell post-layout--left"><div class="js-voting-container">'
            f'<button class="js-vote-up-btn" aria-label="Up vote">Up</button><div class="js-vote-count" itemprop="upvoteCount">{votes}</div>'
            f'<button class="js-vote-down-btn" aria-label="Down vote">Down</button></div></div><div class="postcell post-layout--right">'
            f'<div class="s-prose js-post-body" itemprop="text">{body}</div>'
            f'<div class="mt24"><div class="post-tags">{"<a class=post-tag href=/tags/announcements>announcements</a> <a class=post-tag href=/tags/policy>policy</a>" if kind == "question" else ""}</div>'
            f'<div class="post-signature"><div class="user-info"><div class="user-action-time">{"asked" if kind == "question" else "answered"} <span class="relativetime">{when}</span></div>'
            f'<div class="user-details"><a href="/users/{who}">{who}</a><div class="-flair"><span class="reputation-score">{rep}</span></div></div></div></div></div>'
            '<div class="comments js-comments-container"><ul class="comments-list"></ul><a class="js-add-link comments-link" href="#">Add a comment</a></div></div></div></div>')  # fmt: skip


_SE_OP = [
    "Starting on 1 October, posts that are mostly the output of an AI chatbot will be removed from the site, and accounts that post them repeatedly will be suspended for up to thirty days.",
    "Over the past six months moderators have handled more than 14,000 flags on such posts, about a third of all flags raised. Many of the answers looked plausible but were wrong, and checking them took far longer than writing them had.",
    "The policy covers answers and questions alike. Using a tool to fix the grammar of a post you wrote yourself is still allowed, and so is quoting such output in a question to ask why it is wrong, as long as you say where it came from.",
    "We will review the policy in six months and publish the figures on flags and suspensions here.",
]
page(
    "stackexchange-ai-policy",
    "forum-like news",
    "stackexchange",
    "Policy update: AI-generated content is banned from 1 October",
    "Community Team",
    "2024-09-12T14:00:00Z",
    [
        raw(
            _se_post("question", _SE_OP, "Community Team", "12.4k", "Sep 12, 2024 at 14:03", 311),
            "\n\n".join(_SE_OP),
        ),
        raw(
            '<div id="answers"><div id="answers-header"><h2 class="mb0">7 Answers</h2><div class="js-sort-container">Sorted by: Highest score</div></div>'
        ),
        raw(
            _se_post(
                "answer",
                [
                    "Thank you. Reviewing flags on these posts has taken up most of my moderation time this year, and it is a relief to have a clear rule to point people to.",
                    "One question: what counts as mostly? A post that uses a chatbot for the first draft and is then checked and rewritten by someone who knows the subject seems fine to me.",
                ],
                "rene",
                "88.1k",
                "Sep 12, 2024 at 14:40",
                120,
                accepted=True,
            )
        ),
        raw(
            _se_post(
                "answer",
                [
                    "How will you tell? The detection tools I have tried flag perfectly ordinary human writing all the time, especially from people writing in their second language."
                ],
                "Anon_dev",
                "2,311",
                "Sep 12, 2024 at 15:22",
                86,
            )
        ),
        raw(
            _se_post(
                "answer",
                [
                    "Moderators do not use detection tools for this. We look at the poster's history, the speed of posting and errors typical of such output, and we ask the user before suspending anyone."
                ],
                "Community Team",
                "12.4k",
                "Sep 12, 2024 at 16:05",
                54,
            )
        ),
        raw("</div>"),
    ],
    site="Meta Stack Hub",
)

# ---------------------------------------------------------------- embeds in other networks' markup
page(
    "embed-x-storm-chaser",
    "embedded posts",
    "news",
    "Tornado caught on camera as storm chasers follow supercell",
    "Weather desk",
    "2024-05-08T06:00:00Z",
    [
        p(
            "A tornado touched down in open farmland south of the town of Ellery on Tuesday evening, watched by dozens of storm chasers who had followed the storm for more than two hours."
        ),
        p(
            "No one was hurt and the weather service said the tornado, which was on the ground for about twelve minutes, had damaged two barns and a line of power poles."
        ),
        x_post(
            "Tornado on the ground south of Ellery right now. Moving slowly north east. Please take shelter if you are in its path.",
            "Plains Storm Team",
            "plainsstorm",
            "May 7, 2024",
            wrapper="embed embed--twitter",
        ),
        p(
            "Forecasters had warned on Monday that the conditions were right for severe storms across the region, with warm, humid air from the south meeting a cold front moving in from the west."
        ),
        x_post(
            "Survey team is out this morning. Early assessment of the damage suggests an EF1 rating, with winds of about 100 mph.",
            "NWS Ellery",
            "NWSEllery",
            "May 8, 2024",
            wrapper="embed embed--twitter",
        ),
        p(
            "Power was restored to most of the 1,900 homes affected by Wednesday morning, the electricity company said."
        ),
    ],
    section="Weather",
)

page(
    "embed-bluesky-scientists",
    "embedded posts",
    "magazine",
    "Scientists move to Bluesky as researchers leave X",
    "Priya Natarajan",
    "2024-11-25T09:00:00Z",
    [
        p(
            "Thousands of scientists have opened accounts on Bluesky in the past month, in the largest move of researchers between social networks since the platform formerly known as Twitter changed hands."
        ),
        p(
            "Many said they were leaving because of changes to how posts are shown to their followers. An ecologist with more than forty thousand followers explained her decision in her first post on the new site."
        ),
        bluesky(
            "Hello from my new home. After fifteen years of sharing papers and fieldwork photos over there, I have moved here for good. Same frogs, new pond.",
            "Dr Lena Ortiz",
            "lenaortiz.bsky.social",
            "November 14, 2024 at 3:22 PM",
        ),
        p(
            "Researchers who study online communities say the move resembles the one to Mastodon two years ago, but that more people appear to be staying this time, because Bluesky is easier to join."
        ),
        bluesky(
            "Our survey of 1,200 academics found that 61% now post more on Bluesky than on X. Preprint with the full results is out next week.",
            "Social Media Lab",
            "smlab.bsky.social",
            "November 21, 2024 at 10:05 AM",
        ),
        p(
            "Some warned that the shift could split scientific conversation across several sites, making it harder for journalists and the public to find experts."
        ),
    ],
    section="Science",
    ld_type="Article",
)

page(
    "embed-mastodon-museum",
    "embedded posts",
    "tabloid",
    "Museum's cat becomes an online star after fediverse post",
    "Features desk",
    "2024-02-14T11:00:00Z",
    [
        p(
            "A cat that has lived at a small railway museum for eleven years has become an unlikely internet celebrity after a photograph of him asleep in a locomotive's cab was shared thousands of times."
        ),
        p("The museum, which joined Mastodon last year, posted the picture on Sunday with a short caption."),
        mastodon_card(
            "Stationmaster Biscuit has inspected the 1924 tank engine and found it satisfactory. He will now be taking his afternoon nap in the driver's seat. Please do not disturb.",
            "Hartley Railway Museum",
            "@hartleyrail@mastodon.social",
            "Feb 11, 2024",
        ),
        p(
            "Visitor numbers on the following weekend were more than three times the usual for February, the museum's manager said, and the gift shop sold out of postcards of Biscuit by Saturday lunchtime."
        ),
        mastodon_embed("@hartleyrail@mastodon.social"),
        p(
            "Biscuit arrived at the museum as a stray in 2013 and was adopted by the volunteers, who take turns to feed him. He has his own hi-vis jacket, which he refuses to wear."
        ),
    ],
    section="Features",
)

page(
    "embed-tiktok-dance",
    "embedded posts",
    "news",
    "Care home residents' dance video watched 20 million times",
    "Lifestyle desk",
    "2024-08-03T10:00:00Z",
    [
        p(
            "A video of residents at a care home in Nottingham dancing to a 1960s soul record has been watched more than 20 million times on TikTok in less than a week."
        ),
        p(
            "The clip, filmed by an activities coordinator during the home's weekly music afternoon, shows residents aged between 78 and 101 dancing with staff and each other in the day room."
        ),
        tiktok(
            "Friday afternoon at Elmhurst. Our oldest dancer is 101 and she still has the best moves in the building.",
            "elmhurstcare",
            "dance carehome soul",
        ),
        p(
            "The home's manager said the residents had been amazed by the response and had spent much of the week reading comments from around the world aloud to each other."
        ),
        youtube("Elmhurst residents interviewed on breakfast television"),
        p(
            "The home now plans to post a new video every Friday, and several residents have asked to choose the music."
        ),
    ],
    section="Lifestyle",
)

page(
    "embed-instagram-marathon",
    "embedded posts",
    "news",
    "Marathon winner proposes to partner at the finish line",
    "Sport desk",
    "2024-04-22T08:00:00Z",
    [
        p(
            "The winner of the city marathon proposed to his partner moments after crossing the finish line on Sunday, in front of thousands of spectators on the Embankment."
        ),
        p(
            "He finished in two hours, nine minutes and forty seconds, a course record, then took a ring from his coach and went down on one knee beside the barriers."
        ),
        instagram(
            "Course record and a yes. Best day of my life. Thank you to everyone who cheered us on along the river today.",
            "Tomas Berhane",
        ),
        p(
            "The couple met at a running club in Leeds eight years ago. His partner, a physiotherapist, said she had suspected nothing, although she had wondered why his coach kept checking his pocket."
        ),
        p(
            "The women's race was won by a first-time marathon runner who moved up from the 10,000 metres this year."
        ),
    ],
    section="Sport",
)

# ---------------------------------------------------------------- notes in other sites' markup
_WIKI_REFS = [
    "Harbour Commission annual report, 1911, p. 14.",
    "Whitcombe, J. (1998). The Tides of Trade: A History of the Port. Northern Press. pp. 101-104.",
    "Local newspaper report, 3 March 1923, quoted in Whitcombe (1998), p. 210.",
]
page(
    "refs-wiki-lighthouse",
    "footnotes",
    "magazine",
    "The lighthouse that was moved inland, brick by brick",
    "Heritage editor",
    "2024-03-30T09:00:00Z",
    [
        p(
            'The old lighthouse at Carrick Point was built in 1858 on a headland that was then eighty metres from the sea.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup> By 1910 the cliff had retreated so far that the keepers reported cracks in the tower\'s base after every winter storm.'
        ),
        p(
            'The harbour commission decided to dismantle the tower and rebuild it half a mile inland, a job that took two years and needed every one of its 26,000 bricks to be numbered.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup> Only the lantern and the stone staircase were replaced.'
        ),
        p(
            'The rebuilt tower was lit again in 1923 and worked until 1987, when an automatic light on a steel mast took its place.<sup id="cite_ref-3" class="reference"><a href="#cite_note-3">[3]</a></sup> It is now a holiday let, and the headland where it first stood has gone into the sea.'
        ),
        raw(
            '<h2><span class="mw-headline" id="References">References</span></h2><div class="reflist"><div class="mw-references-wrap"><ol class="references">'
        ),
        *[
            raw(
                f'<li id="cite_note-{n}"><span class="mw-cite-backlink"><b><a href="#cite_ref-{n}">^</a></b></span> <span class="reference-text">{text}</span></li>',
                text,
            )
            for n, text in enumerate(_WIKI_REFS, start=1)
        ],
        raw("</ol></div></div>"),
    ],
    section="Heritage",
    ld_type="Article",
)

_ENDNOTES = [
    "The trial was registered before it began, and its protocol and analysis plan were published in advance.",
    "Participants were told which group they were in, so the trial could not be blinded; the researchers measuring sleep were not told.",
    "The figure is the difference in the mean, adjusted for age and sex. The full results are given in the paper's second table.",
]
page(
    "endnotes-sleep-study",
    "footnotes",
    "news",
    "Teenagers who start school later sleep longer and do better in exams, trial finds",
    "Health correspondent",
    "2024-10-03T06:00:00Z",
    [
        p(
            'Teenagers whose school day started an hour later slept for longer, missed fewer days of school and did better in their exams, according to the largest trial of its kind, published on Thursday.<a class="endnote-ref" href="#endnote-1" id="endnote-ref-1"><sup>1</sup></a>'
        ),
        p(
            'The trial, run by university researchers in 48 secondary schools, moved the start of the school day from 8.40am to 9.40am in half of the schools for two years. Pupils wore wrist monitors that recorded their sleep for a week each term.<a class="endnote-ref" href="#endnote-2" id="endnote-ref-2"><sup>2</sup></a>'
        ),
        p(
            'Those at the later-starting schools slept on average 34 minutes longer on school nights, and their results in national exams were slightly better.<a class="endnote-ref" href="#endnote-3" id="endnote-ref-3"><sup>3</sup></a> Absence fell by about a tenth.'
        ),
        p(
            "The authors say the findings support the view that teenagers' body clocks shift later in adolescence, making early starts particularly hard for them, but they warn that later starts would mean changes to buses and to parents' working days."
        ),
        raw('<div class="article-endnotes"><h4>Notes</h4><ol class="endnotes">'),
        *[
            raw(
                f'<li id="endnote-{n}">{text} <a class="endnote-back" href="#endnote-ref-{n}" aria-label="Back to text">\u2191</a></li>',
                text,
            )
            for n, text in enumerate(_ENDNOTES, start=1)
        ],
        raw("</ol></div>"),
    ],
    section="Health",
)

_MD_NOTES = [
    "The estimate assumes that the price of electricity stays at its level of the past twelve months.",
    "Installers quoted between 9,000 and 14,000 pounds for a typical three-bedroom semi-detached house, before the government grant.",
]
page(
    "footnotes-heat-pumps",
    "footnotes",
    "tabloid",
    "Heat pumps now cheaper to run than gas boilers for most homes, analysis finds",
    "Consumer editor",
    "2024-01-19T07:00:00Z",
    [
        p(
            'A heat pump is now cheaper to run than a gas boiler for most homes, according to an analysis of energy prices by a consumer group, which says a typical household could save about 150 pounds a year.<sup class="footnote-ref"><a href="#fn1" id="fnref1">[1]</a></sup>'
        ),
        p(
            "The savings depend heavily on how well insulated a home is, and on choosing a tariff designed for heat pumps. In poorly insulated homes, the group found, running costs were roughly the same as for gas."
        ),
        p(
            'The cost of buying and installing a heat pump remains the biggest obstacle, even with a government grant of 7,500 pounds.<sup class="footnote-ref"><a href="#fn2" id="fnref2">[2]</a></sup> The group called for the grant to be extended beyond 2028 so that households could plan ahead.'
        ),
        raw('<hr class="footnotes-sep"><section class="footnotes"><ol class="footnotes-list">'),
        *[
            raw(
                f'<li id="fn{n}" class="footnote-item"><p>{text} <a href="#fnref{n}" class="footnote-backref">\u21a9\ufe0e</a></p></li>',
                text,
            )
            for n, text in enumerate(_MD_NOTES, start=1)
        ],
        raw("</ol></section>"),
    ],
    section="Money",
)

_DPUB_NOTES = [
    "Jakob was a pseudonym; the composer's real name did not appear in print until 1931.",
    "The manuscript is now in the city archive, where it was catalogued only in 2019.",
]
page(
    "endnotes-lost-opera",
    "footnotes",
    "news",
    "Lost opera performed for the first time in 150 years",
    "Arts correspondent",
    "2024-12-01T19:00:00Z",
    [
        p(
            'An opera written in 1874 by a composer who published under the name Jakob<a role="doc-noteref" href="#en1" id="enref1"><sup>1</sup></a> was performed on Saturday for the first time since its premiere, after its score was found in a box of papers at the city archive.'
        ),
        p(
            'The manuscript had been misfiled among records of the old theatre\'s accounts.<a role="doc-noteref" href="#en2" id="enref2"><sup>2</sup></a> A music student working on a thesis about the theatre recognised the handwriting and spent two years preparing a performing edition.'
        ),
        p(
            "The audience at the sold-out performance gave the cast a standing ovation lasting almost ten minutes. The company hopes to record the opera next year."
        ),
        raw('<aside role="doc-endnotes" class="endnotes"><h3>Notes</h3><ol>'),
        *[
            raw(
                f'<li id="en{n}" role="doc-endnote">{text} <a role="doc-backlink" href="#enref{n}">\u21a9</a></li>',
                text,
            )
            for n, text in enumerate(_DPUB_NOTES, start=1)
        ],
        raw("</ol></aside>"),
    ],
    section="Culture",
)


def _vb_post(number, who, rank, when, texts):
    return (f'<div id="edit{number}"><table id="post{number}" class="tborder" width="100%"><tr><td class="thead">'
            f'<a name="post{number}"></a>{when}</td><td class="thead" align="right">#<a href="showpost.php?p={number}"><strong>{number % 100}</strong></a></td></tr>'
            f'<tr><td class="alt2" width="175"><div id="postmenu_{number}"><a class="bigusername" href="member.php?u={number}">{who}</a></div>'
            f'<div class="smallfont">{rank}</div><div class="smallfont">Join Date: Mar 2006<br>Posts: {number * 7}</div></td>'
            f'<td class="alt1" id="td_post_{number}"><div id="post_message_{number}">{"<br><br>".join(texts)}</div></td></tr>'
            f'<tr><td class="alt2"><a href="report.php?p={number}">Report</a></td><td class="alt1" align="right"><a href="newreply.php?do=newreply&amp;p={number}">Quote</a></td></tr></table></div>')  # fmt: skip


_VB_OP = [
    "The Post Office in the High Street will move into the back of the Co-op on Station Road from 14 October, the company has told the town council.",
    "The counter will open from 7am to 10pm, much longer than the current hours, but there will be only two serving positions instead of four and no separate parcel collection point.",
    "The company says the lease on the High Street building ends in the autumn and the landlord wants to turn it into flats. Staff at the old branch have been offered jobs at other branches within twenty miles.",
]
page(
    "vbulletin-post-office",
    "forum-like news",
    "vbulletin",
    "Post Office moving into Co-op in October",
    "TownNewsTeam",
    "2024-08-29T09:00:00Z",
    [
        raw(
            _vb_post(40101, "TownNewsTeam", "Administrator", "29-08-2024, 09:04 AM", _VB_OP),
            "\n\n".join(_VB_OP),
        )
    ]
    + [
        raw(_vb_post(40101 + n, who, rank, when, texts))
        for n, (who, rank, when, texts) in enumerate(
            [
                (
                    "oldgit1950",
                    "Senior Member",
                    "29-08-2024, 09:30 AM",
                    [
                        "Two counters for the whole town? The queue at Christmas already goes out of the door with four.",
                        "Longer hours are welcome though.",
                    ],
                ),
                (
                    "Linda P",
                    "Member",
                    "29-08-2024, 10:12 AM",
                    [
                        "The Co-op has no parking to speak of and the pavement on Station Road is too narrow for a mobility scooter. How are older people meant to get there with their parcels and pensions?"
                    ],
                ),
                (
                    "Bazza",
                    "Junior Member",
                    "29-08-2024, 11:47 AM",
                    ["Same happened in Ashby two years ago and it works fine. Give it a chance."],
                ),
            ],
            start=1,
        )
    ],
    section="Town News",
    site="Ashwell Forums",
    ld_type="DiscussionForumPosting",
)

page(
    "embed-threads-lite-youtube",
    "embedded posts",
    "magazine",
    "Band announces reunion tour on Threads",
    "Music desk",
    "2024-10-09T12:00:00Z",
    [
        p(
            "The band that split up in 2011 after a row on stage at a festival has announced a reunion tour of twenty dates across Europe next spring."
        ),
        p(
            "The singer posted the news on Threads on Wednesday morning, alongside a photograph of the four members standing outside the pub where they played their first concert in 1996."
        ),
        raw(
            '<blockquote class="text-post-media" data-text-post-permalink="https://www.threads.net/@band/post/C1" data-text-post-version="0" style="background:#FFF">'
            '<a href="https://www.threads.net/@band/post/C1" style="display:block" target="_blank"><div>View on Threads</div></a></blockquote>'
            '<script async src="https://www.threads.net/embed.js"></script>'
        ),
        p(
            "Tickets go on sale on Friday. The band said prices would be capped at 45 pounds, and that resale would only be allowed at face value through the official site."
        ),
        raw(
            '<lite-youtube videoid="dQw4" playlabel="Play: The reunion announcement" style="background-image:url(https://i.ytimg.com/vi/dQw4/hqdefault.jpg)">'
            '<a href="https://youtube.com/watch?v=dQw4" class="lty-playbtn" title="Play Video"><span class="lyt-visually-hidden">Play Video: The reunion announcement</span></a></lite-youtube>'
        ),
        p(
            "Their last album, released in 2009, went to number one in seven countries. The guitarist, who has since trained as a nurse, said the four of them had been talking again for about a year."
        ),
    ],
    section="Music",
)
