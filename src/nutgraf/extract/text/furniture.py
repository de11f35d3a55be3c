"""Page furniture worded as a sentence (:func:`is_page_furniture`): time stamps, photo captions, notes on
the article's history, the newsroom's notes, credits for the reporting, sponsorship and affiliate disclosures,
the page's notices of itself; and the site's cookie and sign-up notices (:func:`is_site_notice`), papers'
references and sponsors' messages."""

from __future__ import annotations

import re
import string
import unicodedata
from itertools import compress, product
from operator import methodcaller

from nutgraf.extract.text.bylines import looks_like_names
from nutgraf.extract.text.stamps import _STAMP_MAX_WORDS, _TIME_STAMP_LINE, MONTH, _stamp_at_head
from nutgraf.extract.text.words import _ends_sentence, _head

# The heads (:func:`_head`) of "reporting by" and "additional reporting", which open a credit's line.
_CREDIT_OPENINGS = frozenset(("re", "ad"))
# A note on the article's own history, worded as a sentence: a correction or amendment ("This article
# was amended on 6 March 2024 to correct ...", "An earlier version of this story misstated ...", a
# correction's label, dated or not: "Correction: ...", "Correction 5 March 2025: ..."; "Cet
# article a été modifié le ...", "Dieser Artikel wurde am ... aktualisiert"), not news of a law or a
# report amended.
_ARTICLE_HISTORY = re.compile(
    r"(?:an earlier|a previous) version of this (?:article|story|report|piece)\b"
    r"|this (?:article|story|piece) (?:has been|was|have been) (?:amended|corrected|updated|changed|edited)\b"
    rf"|correction(?:,?+\s++(?:\d{{1,4}}(?:st|nd|rd|th)?+,?+|{MONTH})){{0,3}}+\s*+:"
    r"|(?:cet|cette) (?:article|dépêche) a été (?:modifiée?|corrigée?|mise? à jour)\b"
    r"|(?:dieser|der) (?:artikel|beitrag|text) wurde (?:am \S++ (?:\S++ \S++ )?)?(?:aktualisiert|korrigiert"
    r"|geändert|ergänzt)\b|(?:este|el) (?:artículo|texto) (?:fue|ha sido) (?:actualizado|corregido|modificado)\b",
    re.IGNORECASE,
)
# The newsroom speaking of the page itself, not of the news: an editor's note or a content warning
# above the story ("Editor's note: This story contains ...", "Content warning: ...", or a content note
# unlabelled, "This article contains references to suicide.": a report or a film in the news is "the
# report", not "this article"; the note names its subject in a few words and stops, or warns of it, where
# news of a video page goes on, "This video contains images of the moment the bridge collapsed, filmed
# ..."), the note under an
# interview or a transcript ("This interview has been edited for length and clarity.", "The following is
# a transcript of ..."), a live report's greeting and sign-off ("Good morning and welcome to our live
# coverage of ...", "We will bring you ...", "This live blog is now closed.", "Willkommen zu unserem
# Liveblog ...", "Bienvenue dans ce direct ..."), a breaking story's "This is a developing story and will
# be updated." and "Check back for updates.", an explainer's "Here is what you need to know." (a
# sentence of its own: "Here's what we know of the shooting: ..." goes on with the news), a
# podcast's credits ("This episode of The Briefing was produced by ...", "Our theme music is by ...",
# "Thanks for listening."), a newsletter's greeting and sign-off ("Welcome to this week's edition of The
# Climate Brief, ...", "That's all for today.") and its opening line ("This is the tech news you need to
# know this Tuesday.", "Your Friday briefing from ...", "Start your day with the Opening Bell powered by
# ...": a line of its own, a few words past "for" or "from" (an abbreviation's full stops among them, "Dec. 3",
# "the U.S."), as a news sentence naming a briefing runs on:
# "Your daily briefing on the pandemic was cancelled, the governor said."), the note over a speech ("The following is the full text
# of the speech ...": a transcript's summary had opened with it), an almanac's calendar line ("Today is Tuesday, March 3, the 62nd day of 2026.
# There are 303 days left in the year.").
_NEWSROOM_NOTE = re.compile(
    r"(?:editor'?s|editor’s|editors'|publisher'?s|publisher’s)\s++note\s*+:|(?:content|trigger) warning\s*+:"
    r"|(?:this|the following) (?:article|story|piece|episode|video|podcast|programme|program|interview)"
    r" (?:contains|includes|discusses|features) (?:some )?(?:references? to|descriptions? of|details of"
    r"|discussions? of|mentions? of|depictions? of|themes of|images of)"
    r" [^\s,;:.!?]++(?: [^\s,;:.!?]++){0,4}(?:[.!]|$| (?:that|which) (?:some )?(?:readers|viewers|listeners"
    r"|people|you) (?:may|might) find\b| (?:that|which) (?:may|might|could) (?:be )?(?:upset|distress|disturb))"
    r"|(?:this|the following) (?:interview|conversation|transcript|q ?& ?a|exchange) (?:has been|was|is|have been)"
    r" (?:lightly |slightly )?(?:edited|condensed)\b"
    r"|(?:the following|below) is (?:an?|the) (?:(?:lightly |partial |edited |full |complete |rush |unofficial"
    r" |prepared )?(?:transcript|excerpt|text))\b"
    r"|(?:(?:good (?:morning|afternoon|evening)|hello|hi),? (?:and )?)?welcome (?:back )?to (?:our|the|this)"
    r" (?:\w++ ){0,2}?(?:live|coverage)\b"
    r"|(?:(?:good (?:morning|afternoon|evening)|hello|hi)(?: there| all| everyone)?,? (?:and )?)?welcome (?:back )?to"
    r" (?:\S++ ){1,3}?(?:edition|issue|instal?lment) of\b"
    r"|that(?:'s|’s| is) (?:all|it) (?:for|from (?:us|me)) (?:today|tonight|now|this (?:week|morning|evening|edition"
    r"|issue))[.!]?$"
    r"|we(?:'ll|’ll| will) (?:be )?(?:bring|bringing) you\b|we(?:'ll|’ll| will) keep (?:you )?(?:updated|posted)\b"
    r"|this is an? (?:developing|breaking)(?: news)? story\b|this (?:story|article|page) (?:is developing|will be updated)\b"
    r"|check back (?:later |soon )?for (?:updates|more)\b"
    r"|here(?:'s|’s| is| are) (?:what|everything|all)(?: (?:that|which))? (?:you|we) (?:need to |should )?know"
    r"(?: so far| today| this (?:morning|week|weekend|evening))?[.:!]?$|here(?:'s|’s| is) what (?:it|this|that) means(?: for you)?[.:!]?$"
    r"|here(?:'s|’s| is) what to expect[.:!]?$"
    r"|(?:this|today's|today’s) (?:\w++ ){0,2}?(?:episode|podcast|programme|program|show|video|newsletter)"
    r"(?: of [^.!?]{1,40}?)? (?:was|is|has been) (?:produced|edited|presented|hosted|mixed|engineered)(?: and \w++)? by\b"
    r"|our (?:theme )?music (?:is|was) (?:by|composed by)\b"
    r"|special thanks to\b|thanks for (?:listening|watching|reading)\b"
    r"|today is \w++, [^.!?]{1,30}?, the \d{1,3}(?:st|nd|rd|th) day of\b|there (?:are|is) \d{1,3} days? left in the year\b"
    r"|(?:this|our) live (?:blog|coverage|page|report) (?:is now closed|has (?:now )?(?:ended|closed)|is closed)\b"
    r"|(?:guten (?:morgen|tag|abend),? (?:und )?)?(?:herzlich )?willkommen (?:zu|in|bei) unserem (?:\w++ ){0,2}?(?:live|newsblog|ticker)"
    r"|(?:this is|here(?:'s|’s| is)) (?:the|your) (?:\w++ ){0,3}?(?:news you need to know|briefing|newsletter"
    r"|digest|roundup|round-up) (?:for|from|on|this|today)\b(?:[^.!?]|\.(?!\s*+$)){0,40}+[.!]?$"
    r"|your (?:\w++ ){0,2}?(?:briefing|newsletter|digest|roundup|round-up) (?:for|from|on)\b(?:[^.!?]|\.(?!\s*+$)){0,40}+[.!]?$"
    r"|start your (?:day|morning|week) with (?:the|our) [^.!?]{1,60}?\b(?:newsletter|briefing|digest|powered by"
    r"|brought to you by)\b"
    r"|(?:bonjour,? (?:et )?)?bienvenue (?:dans|sur) (?:ce|notre) (?:\w++ ){0,2}?(?:direct|live)\b"
    r"|(?:buen(?:os)? (?:días|tardes|noches),? (?:y )?)?bienvenid[oa]s? a (?:nuestr[oa]|este|esta) (?:\w++ ){0,2}?"
    r"(?:directo|cobertura|minuto a minuto)\b",
    re.IGNORECASE,
)
# A credit for the reporting, closing an article ("CNN's John Miller contributed to this report.",
# "Associated Press writer Jane Smith contributed to this report from Los Angeles.", "Reporting by Alex
# Lawler; Editing by Susan Fenton", "Additional reporting by ..."): who wrote it, not what happened.
_REPORTING_CREDIT = re.compile(
    r"(?i:(?:additional )?reporting by)\s++[A-Z][\w.'’-]*+(?:\s++[A-Z][\w.'’-]*+){0,3}\s*+(?:[;,]|and\b|in\b|$)"
    r"|(?i:[^.!?]{1,80}?\bcontributed(?: reporting)? to this (?:report|story|article)"
    r"(?:\s++(?:from|in)\s++[^.!?]{1,40})?\.?)$"
)
# A newsletter form's consent notice ("We use your sign-up to provide content in ways you've consented
# to ...", "You can unsubscribe at any time.", "Privacy Notice: Newsletters may contain ..."): the site
# speaking of its mailing list, in no news.
_SIGN_UP_NOTICE = re.compile(
    r"(?:we use your (?:sign-?up|e-?mail(?: address)?) to|you can unsubscribe at any time"
    r"|privacy notice\s*+:|by signing up,? you agree)",
    re.IGNORECASE,
)
# The letters the notice opens on, in either case: no other character matches them case-blind (checked
# over all of Unicode), so a paragraph that opens on none is spared the pattern.
_SIGN_UP_OPENINGS = "wypbWYPB"
# A photo caption as agencies open one ("In this Nov. 5, 2019, file photo, ...", "In this photo taken
# Tuesday", "In this photo illustration taken ...", "This undated image provided by NASA shows ..."), or
# a Chinese one ("图为...", "pictured is"): the photo is named at once, at most after its date, and then
# described; not news about pictures ("In this war, images taken by drones ...", "In this scenario, the
# picture for Democrats ...").
_CAPTION = re.compile(
    rf"in this\s++(?:(?:\d{{1,4}}|{MONTH}),?\s++){{0,4}}(?:(?:file|handout|undated|aerial|still|family)\s++){{0,2}}"
    r"(?:photo|image|picture)(?:\s++illustration)?(?:,|\s++(?:taken|provided|released|made|from|shows|dated"
    r"|obtained|posted|distributed|issued|courtesy|by)\b)"
    r"|(?:this|an?) (?:undated |handout |file )*(?:photo|image|picture)(?![-\w])[^!?\n]{0,60}?\b"
    r"(?:shows|taken|provided|released|made available)\b|pictured\s*+:|图为|圖為|写真は|写真＝",
    re.IGNORECASE,
)
# A speaker named after a notice's words ("..., the charity's director said."): a story that quotes a notice
# says whose it is, where the page's own notice names no one. The patterns below look ahead for it.
_SAYS_WHO = r"\b(?:said|says|told|according to)\b"
# A sponsorship disclosure: "This week's podcast is sponsored by ...", "This episode of The Daily is
# sponsored by ...", "This shop has been compensated by #CollectiveBias". Its subject is the page's own
# post, not a bill, a festival, a show or a series in the news. Or an affiliate disclosure, the site
# saying it is paid for what its readers buy ("We may earn a commission when you buy through links on our
# site.", "If you buy something through a link in this article, we may earn a commission.", Advance Local's
# "If you purchase a product or register for an account through a link on our site, we may receive
# compensation.", "Dieser Artikel kann Affiliate-Links enthalten.", "Cet article contient des liens
# d'affiliation."): a review's
# summary had opened with one. News of commissions names who earns them, not "we" before a link; advice
# to buyers says what "we" think they will get ("If you buy a heat pump now, we estimate you will get £500
# back."), not that "we" are paid; a quote of someone's "we" says whose it is ("..., we will receive a share
# of the proceeds, the charity's director said.").
_DISCLOSURE = re.compile(
    r"(?:this|today's)\s++(?:[\w'’-]++\s++){0,3}?(?:post|episode|podcast|newsletter|article|video|content"
    r"|shop|giveaway|segment|page)s?(?:\s++of\s++(?:[\w'’-]++\s++){0,3}?[\w'’-]++)?\s++"
    r"(?:is|was|are|were|has been|have been)\s++(?:sponsored|compensated|brought to you|paid for|made possible)"
    r"\s++by\b"
    r"|(?:we|this (?:site|website)|our (?:site|journalists|editors)) (?:may )?(?:earn|receive|get|make) (?:an? )?"
    r"(?:small )?(?:commission|affiliate commission|share of (?:the )?(?:sales|revenue))[^.!?]{0,40}?"
    r"\b(?:links?|buy|purchases?|sales)\b"
    r"|if you (?:buy|purchase|click on|book)[^.!?]{0,80}?,? (?:we|the site)(?: (?:may|might|could|can|will))?"
    r" (?:earn|receive|get|make)\b[^.!?]{0,25}?\b(?:commission|fee|portion|share|compensation|paid)"
    rf"(?![^.!?]{{0,80}}{_SAYS_WHO})"
    r"|(?:(?:hinweis|note)\s*+:\s*+)?(?:this|the) (?:article|post|page|story) (?:may )?contains? affiliate links"
    r"|(?:hinweis\s*+:\s*+)?(?:dieser|der|unser) (?:artikel|beitrag|text) (?:kann|enthält) affiliate-links"
    r"|(?:cet|cette) (?:article|page) (?:peut )?contien[tn]? des liens (?:d'|d’)?affili"
    r"|este (?:artículo|texto) (?:puede )?contiene enlaces (?:de )?afiliad"
    # Condé Nast's, opening on the editors' choice before the commission ("All products featured on Pitchfork
    # are independently selected by our editors. However, when you buy something through our retail links,
    # we may earn an affiliate commission."), its sentence ending there: news goes on to say who claims it
    # ("All products featured on Amazon are independently selected by our editors, the company claimed").
    r"|all (?:products|items) featured (?:on|in) [^.!?]{1,60}? are independently selected by our editors\.",
    re.IGNORECASE,
)
# A science, health or shopping desk's note of its own, opening its line (the twenty-first outlets round): a
# study's disclosures or funding under their label, the authors' ties or the funder named after it
# (Healio's "Disclosures: Larsen reports receiving consultant fees from ...", "Funding: The study was funded
# by ...", El País's "Conflicto de intereses: ... han recibido honorarios de ..."); a reviewer's line ("Medically
# reviewed by Jurairat J. Molina, MD, MBA", "Fact checked by ..."); a medical disclaimer ("This article is for
# informational purposes only and is not a substitute for professional medical advice.", "Cet article est
# fourni à titre informatif et ne remplace pas ...", "Este artículo es meramente informativo ..."); and a
# shopping site's affiliate note that opens on its links (Xataka's "Algunos de los enlaces de este artículo son
# afiliados ...", "Certains liens de cet article sont affiliés", 9to5Mac's "FTC: We use income earning auto
# affiliate links."); and a desk's call for the reader's corrections. A story's sentence on the same things opens on its subject ("The study was funded by
# ...", "Disclosures of consultant fees have risen ...", "The company said its disclaimer ...").
_DESK_NOTE = re.compile(
    r"(?P<labelled>(?:financial )?disclosures?|funding|conflicts? of interests?"
    r"|competing interests?|conflictos? de intereses?|liens? d['’]intérêts?|financement|finanzierung"
    r"|interessenkonflikte?)\s*+:\s*+[^.!?]{0,200}?"
    r"(?:fund|fee|grant|honorari|receiv|report|declar|support|consult|financ|gefördert|no (?:conflict|competing))"
    r"|(?P<reviewer>(?:medically |clinically |fact[- ]?)(?:reviewed|checked) by )[^\W\d_]"
    r"|(?:this|the information (?:in|on) this) (?:article|content|page|post|story|site|website|information)"
    r"(?: (?:is|are))? (?:provided )?(?:for|intended for) (?:general )?(?:informational|information|educational)"
    r" purposes only\b"
    r"|(?:cet|cette) (?:article|contenu|page|information) (?:est )?(?:fourni|donné|proposé|publié)e? à"
    r" (?:titre (?:informatif|indicatif)|des fins d['’]information)"
    r"|(?:este|la información de este) (?:artículo|contenido) (?:es|tiene) (?:(?:meramente|únicamente|solo) )?"
    r"(?:informativo|carácter informativo)"
    r"|algunos de los enlaces (?:de|en) este (?:artículo|texto|post) son (?:de )?afiliad"
    r"|certains liens (?:de|dans) (?:cet article|cette page) sont (?:des liens )?(?:d['’]affiliation|affiliés)"
    # The site's own ("FTC: We use income earning auto affiliate links."), not a headline on the regulator's case
    # ("FTC: Amazon used affiliate links to mislead shoppers").
    r"|ftc\s*+:\s*+(?:we|our)\b[^.!?]{0,40}?\baffiliate links"
    # A desk's note inviting the reader's corrections (Spektrum.de's "Wenn Sie inhaltliche Anmerkungen zu diesem
    # Artikel haben, können Sie die Redaktion per E-Mail informieren.").
    r"|wenn sie (?:inhaltliche )?anmerkungen zu diesem (?:artikel|beitrag) haben",
    re.IGNORECASE,
)
# The opinion, culture and travel desks' notes (the twenty-second outlets round), a pattern of their own: in
# :data:`_DESK_NOTE` their alternatives, case-blind, had cost every line that pattern is asked of, and XSum's
# articles 8,000 instructions each. Asked only of a line opening on :data:`_OPINION_NOTE_OPENINGS`.
_OPINION_NOTE = re.compile(
    # An opinion desk's notes (the twenty-second outlets round): its letters box under a column or an editorial,
    # the address to write to after it (the Los Angeles Times's "Letters to the editor: write to
    # letters@latimes.com.", the Chicago Tribune's "Submit a letter, of no more than 400 words, to the editor
    # here or email letters@chicagotribune.com.", The New York Times's "Have feedback? Email us at ..."), and
    # its label over an op-ed ("This is an opinion piece."), the line whole. A story on letters to the editor
    # has no such address, or runs on past the label ("This is an opinion piece that ...").
    r"(?:letters to the editor\s*+:\s*+(?:please )?(?:write|send|e-?mail|submit)|submit (?:a|your) letter\b"
    r"[^.!?@]{0,60}?\bto the editor|have feedback\?\s*+(?:e-?mail|write to|send|contact))\b[^!?@]{0,60}?@"
    r"|this is an? (?:opinion|op-ed|comment|commentary|guest essay)(?: piece| column| article)?[.!]?$"
    # A travel desk's note under a trip (Condé Nast Traveller's "The writer travelled as a guest of Visit
    # Norway."): the writer's, by that word, travelling or staying as a guest of its host, the host's name
    # closing the line; a story of an official's free trip names the official ("The minister travelled as a
    # guest of ..."), a story of a writer's says who told of it after a comma ("..., the paper admitted.").
    r"|the (?:writer|author|reporter)s? (?:travell?ed|stayed|(?:was|were) hosted)\b[^.!?]{0,40}?"
    r"\b(?:as (?:a |the )?guests? of|courtesy of|with (?:the )?(?:support|help|assistance) of) (?:the )?"
    r"(?-i:[A-ZÀ-Þ])[^,;!?]{0,100}+$"
    # The host a name: a profile's "The author was a guest of honour at the festival" or "The writer stayed with
    # the help of friends in Kyiv" is the story's.
    r"|the (?:writer|author|reporter)s? (?:was|were) (?:a )?guests? of (?:the )?(?-i:[A-ZÀ-Þ])[^,;!?]{0,100}+$"
    r"|die (?:recherche)?reise wurde (?:unterstützt|ermöglicht|finanziert) (?:von|durch)\b"
    # A political ad's disclaimer ("Paid for by Friends of Maria Delgado, PO Box 4410, Portland OR 97208"),
    # the payer's name and address after it: see :func:`_is_sponsor_message`.
    r"|(?P<paid>paid for by )[^\W\d_]"
    # A desk's pointer to its section closing the story (the Thüringer Allgemeine's "Mehr zur Landespolitik in
    # Thüringen lesen Sie hier.", La Voix du Nord's "Retrouvez tous nos articles sur la politique dans les
    # Flandres dans notre rubrique dédiée."), the line whole: the link's "here" or the desk's section.
    r"|mehr (?:nachrichten )?(?:zu[mr]?|über|aus) [^.!?]{1,60}? (?:lesen|finden) sie (?:hier|auf [^.!?]{1,40}?)[.!]?$"
    r"|retrouvez (?:tous |toutes )?(?:nos|les) (?:articles|informations|actualités|infos|reportages) [^.!?]{1,80}?"
    r"\b(?:rubrique|dossier|page|ici)\b[^.!?]{0,30}[.!]?$"
    # A books desk's shop under the review (The Spectator's "Available from the Spectator Bookshop, £16.99.
    # Tel: 020 3176 2337."), the price and the shop's telephone closing the line: a story's sentence on a book
    # in a shop goes on after its price ("..., £25, the book sold out within hours.").
    r"|(?:available|order (?:it|a copy|your copy)) (?:from|at) (?:the )?[^.!?]{0,40}?\bbook ?shop\b[^.!?]{0,20}?"
    r"[£$€]\s?+\d[\d,]*+(?:\.\d\d)?+\.?(?:\s++tel\b[^!?]{0,30})?$",
    re.IGNORECASE,
)
# The courts, emergencies and local-government desks' notes (the twenty-third outlets round), a pattern of their
# own, asked only of a line opening on :data:`_BEAT_NOTE_OPENINGS`, each the line whole and naming no speaker
# (:func:`_names_a_speaker`: "..., his lawyer said" is reporting). A police appeal's call is no cleaning
# note: a reader needs its number (:data:`_POLICE_APPEAL`, out of the summaries alone).
_BEAT_NOTE = re.compile(
    # A crime desk's presumption note (the Sun Sentinel's "All suspects are presumed innocent until proven
    # guilty in a court of law."); a story's own sentence on suspects goes on in news ("All suspects were
    # released on bail on Monday.").
    r"all (?:suspects|defendants|those (?:arrested|charged)|persons (?:arrested|charged)) are"
    r" (?:considered |presumed )?innocent until proven guilty(?: in (?:a )?court(?: of law)?)?[.!]?$"
    # A mugshot's caption set as a line of its own (the Sun Sentinel's "Booking photo: Marcus Delgado, 41
    # (Broward Sheriff's Office)"): the label, then the name capitalised; "Booking photos of the suspects were
    # released on Monday." has no colon.
    r"|(?:booking photo|mugshot)s?\s*+:\s*+(?-i:[A-Z])[^!?]{0,160}$"
    # A court story's credit ("Court reporting by Glenn E. Rice is supported by the Kansas City Media
    # Collective.", "Court reporting by the Lancashire Telegraph court team."): the reporter's or the team's
    # name after it (see :func:`_is_beat_note`); a story on court reporting goes on in words ("Court reporting
    # by the BBC was criticised ...", "Court reporting restrictions were lifted ...").
    r"|(?P<credit>court reporting by )"
    # A court list's heading over its rows (the Lancashire Telegraph's "The following also appeared at Blackburn
    # Magistrates' Court:"), its colon closing the line.
    r"|the following (?:people |cases |defendants )?(?:also )?(?:appeared|were (?:dealt with|sentenced))"
    r" (?:at|before|in) [^.!?]{1,80}?:$"
    # A station's call to keep watching ("Stay with WXYZ for updates.", Nice-Matin's "Restez avec nous pour
    # suivre l'évolution de la situation."): its name capitalised; "Stay with relatives if you can, the mayor
    # told residents" is advice a story reports.
    r"|stay (?:with|tuned to) (?-i:[A-Z0-9])[^.!?,]{0,40}? for (?:the latest |more |continuing )?"
    r"(?:updates|coverage|the latest|information)\b[^!?]{0,40}$"
    r"|restez (?:avec nous|connectés?) pour suivre\b[^!?]{0,80}$"
    # A council story's notes under it (The Berkshire Eagle's "The next meeting is at 7 p.m. on Dec. 17 in City
    # Council Chambers, 70 Allen St.", "Public comment can be submitted to clerk@... before noon ...", De
    # Gelderlander's "De volgende raadsvergadering is op dinsdag 22 december ...", Il Tirreno's "Il prossimo
    # consiglio comunale è convocato per giovedì ..."): "The next meeting of the two leaders is set for March"
    # and "Public comment at the meeting ran for two hours" are news.
    r"|(?P<meeting>the next (?:regular |special )?(?:city council |council |board |school board |commission )?meeting"
    r" (?:is|will be)(?: scheduled| set| held)? (?:for|at|on) [^!?]{1,140}$"
    r"|public comments? (?:can|may|should) be (?:submitted|sent|e-?mailed|made|delivered)\b[^!?]{0,160}$"
    r"|de volgende (?:raads|commissie)?vergadering (?:is|vindt plaats) op\b[^!?]{0,140}$"
    r"|il prossimo consiglio(?: comunale)? (?:è convocato|si terrà|si riunirà)\b[^!?]{0,140}$)"
    # A funder's note ("This story is part of our Local Government coverage, supported by the Iowa Local News
    # Fund."), the funder after the coverage's name.
    r"|this (?:story|article|report) is part of (?:our|the|a)\b[^.!?]{1,100}?\b"
    r"(?:supported|funded|made possible|underwritten) by\b",
    re.IGNORECASE,
)
# The words :data:`_BEAT_NOTE`'s notes open with, lower-cased.
_BEAT_NOTE_OPENINGS = (
    "booking photo", "mugshot", "all suspects", "all defendants", "all those", "all persons",
    "court reporting by", "the following", "stay with",
    "stay tuned", "restez", "the next", "public comment", "de volgende", "il prossimo", "this story is part",
    "this article is part", "this report is part",
)  # fmt: skip
# The small words of a court reporter's or team's name ("the Lancashire Telegraph court team").
_CREDIT_JOINERS = frozenset(("the", "of", "and", "&", "court", "team", "desk", "staff", "reporters"))
# What turns a meeting's note into news, in the notes' languages: a clause after its time and place, or the
# vote it will hold.
_MEETING_NEWS_CLAUSES = (
    ", when ", ", and ", ", but ", ", which ", ", where ", ", as ", ", after ", " expected ", " vote", " to decide",
    ", wanneer ", ", en ", ", maar ", ", waar ", " stemt", " stemmen", ", quando ", " e dovrà ", ", con ",
    ", ma ", " votare", " voterà",
)  # fmt: skip
_CREDIT_FUNDED = (" is supported by ", " is funded by ", " is made possible by ", " are supported by ")
# The words a disclosure opens with (:data:`_DISCLOSURE`'s alternatives), lower-cased.
_DISCLOSURE_OPENINGS = (
    "this", "today's", "today’s", "we ", "our ", "if you ", "hinweis", "note", "the article", "the post",
    "the page", "the story", "dieser ", "der ", "unser ", "cet ", "cette ", "este ", "all products", "all items",
)  # fmt: skip
# The words a desk's note opens with (:data:`_DESK_NOTE`'s alternatives), lower-cased, by their first four
# characters: a line is asked one look-up, and the openings of its four characters only ("this" before the
# page's own words, never alone, as a line of news opens on it too).
_DESK_NOTE_OPENINGS = {
    "disc": ("disclosure",),
    "fina": ("financial disclosure", "financement", "finanzierung"),
    "fund": ("funding",),
    "conf": ("conflict",),
    "comp": ("competing",),
    "lien": ("lien",),
    "inte": ("interessenkonflikt",),
    "medi": ("medically ",),
    "clin": ("clinically ",),
    "fact": ("fact",),
    "ftc:": ("ftc:",),
    "ftc ": ("ftc ",),
    "this": (
        *(f"this {page}" for page in ("article", "content", "page", "post", "story", "site", "website", "information")),
        "this is an opinion", "this is an op-ed", "this is a comment", "this is a guest essay",
    ),
    "cet ": ("cet ",),
    "cett": ("cette ",),
    "este": ("este artículo", "este contenido"),
    "la i": ("la información",),
    "algu": ("algunos de los enlaces",),
    "cert": ("certains liens",),
    "wenn": ("wenn sie",),
    "lett": ("letters to the editor",),
    "subm": ("submit a letter", "submit your letter"),
    "have": ("have feedback",),
    "the ": ("the information", "the writer", "the author", "the reporter", "the following", "the next"),
    "die ": ("die reise", "die recherchereise"),
    "paid": ("paid for by ",),
    "mehr": ("mehr zu", "mehr über", "mehr aus", "mehr nachrichten"),
    "retr": ("retrouvez ",),
    "book": ("booking photo",),
    "mugs": ("mugshot",),
    "all ": ("all suspects", "all defendants", "all those", "all persons"),
    "cour": ("court reporting by",),
    "stay": ("stay with", "stay tuned"),
    "rest": ("restez",),
    "publ": ("public comment",),
    "de v": ("de volgende",),
    "il p": ("il prossimo",),
    "avai": ("available from", "available at"),
    "orde": ("order it", "order a copy", "order your copy"),
}  # fmt: skip
# The openings of :data:`_OPINION_NOTE`'s notes, lower-cased: a line passing :data:`_DESK_NOTE_OPENINGS` on one
# of them is asked that pattern instead.
_OPINION_NOTE_OPENINGS = (
    "letters to the editor", "submit a letter", "submit your letter", "have feedback", "this is an opinion",
    "this is an op-ed", "this is a comment", "this is a guest essay", "the writer", "the author", "the reporter",
    "die reise", "die recherchereise", "paid for by ", "mehr zu", "mehr über", "mehr aus", "mehr nachrichten",
    "retrouvez ",
    "available from", "available at", "order it", "order a copy", "order your copy",
)  # fmt: skip
# The notes whose first letters no older note shares ("Paid for by", "Submit a letter", "Retrouvez"): the
# lines opening on P, S or R (a tenth of a news story's) asked the whole phrase in C, not sent into
# :func:`_is_sponsor_message`, whose call for each had cost XSum's articles 5,000 instructions.
_RARE_NOTE_INITIALS = "PSR"
_RARE_NOTE_OPENINGS = (
    "Paid for by ", "PAID FOR BY ", "Submit a letter", "Submit your letter", "Retrouvez ", "RETROUVEZ ",
    "Public comment", "Stay with ", "Stay tuned ", "Restez ",
)  # fmt: skip
_NOTE_OPENINGS = (*_DISCLOSURE_OPENINGS, *(o for openings in _DESK_NOTE_OPENINGS.values() for o in openings))
# The characters read of a line's opening for both: the longest opening of either.
_NOTE_OPENING_CHARACTERS = max(map(len, _NOTE_OPENINGS))


def _cases(opening: str) -> frozenset[str]:
    """Each way a line may set ``opening``'s characters so that its lower case reads them: either case, and a
    "k" as the Kelvin sign too."""
    return frozenset(
        "".join(head) for head in product(*({c, c.upper(), *("\u212a" if c == "k" else "")} for c in opening))
    )


# The first three characters of a line whose lower case opens on an opening of either (but the rare notes',
# :data:`_RARE_NOTE_OPENINGS`, asked whole), in each case a line may set them: a line's slice looked up in C.
# Its first letter had let through 63% of an XSum article's lines ("The ", "He ", "Mr ", "Last ") into the
# call, some 3,500 instructions each. Only the Kelvin sign lower-cases to an ASCII letter beyond the ASCII
# capitals; the dotted capital I lower-cases to two characters ("i" and a combining dot), which no opening
# holds, so no line opening on it is one.
_NOTE_HEADS = frozenset().union(
    *(_cases(opening[:3]) for opening in _NOTE_OPENINGS if opening[0] not in _RARE_NOTE_INITIALS.lower())
)
# A line opening on "The " (a sixth of a news story's, "The BBC ...", "The police ...") passes those heads: its
# openings' first eight characters ("the arti", "the writ", "the post": the shortest are eight long), in each
# case a line may set them, a second look-up in C for such a line, where the call had cost each some 3,500
# instructions. Read to the shortest such opening, so that one added to either table later is never cut off.
_THE_NOTE_OPENINGS = tuple(opening for opening in _NOTE_OPENINGS if opening.startswith("the"))
_THE_HEAD_CHARACTERS = min(map(len, _THE_NOTE_OPENINGS))
_THE_HEADS = _cases("the")
_THE_NOTE_HEADS = frozenset().union(
    *(_cases(opening[:_THE_HEAD_CHARACTERS]) for opening in _THE_NOTE_OPENINGS)
)
# A notice of the page itself, worded as a sentence, that a summary had taken for news: its media player's
# or its browser's ("Media playback is unsupported on your device", "We are aware that this interactive
# video may not work on some older browsers."), a pointer to its video, programme or links ("Scroll down
# for video.", "Watch the video above ...", "Listen to the full interview on ...", "Coverage will be on BBC
# iPlayer ...", "For more reports from BBC Monitoring, click here."), a call to follow, share or write
# in ("Follow our live coverage here.", "Kindly share this story", "Email your story ideas to ..."), a
# note to the reader ("On this page you will find ...", "Please note that there may be a delay ..."), its
# comments' notice, its rights' ("All rights reserved."), a syndication note ("(Except for the headline,
# this story has not been edited by NDTV staff ...)"), a content warning ("This article contains language
# that may be offensive to some."), a BBC page's date line ("23 March 2017 Last updated at 14:55 GMT") and
# a caption's label ("Image caption ...", "(Pictured left to right) ..."). Each opens the sentence (after a
# quotation mark or an agency's tag in brackets, "(CNN)"): news of the same things ("The BBC iPlayer will
# show ...", "Fans could watch the race on ...") stays. Matched on the sentence lower-cased, without
# IGNORECASE: each alternative opens on a letter, which the regex engine then compares before trying it
# (case-blind, it tries them all, 8,000 instructions a sentence). The lazy runs are bounded and follow
# the words that open the notice.
_LISTEN_OR_WATCH = (
    r"(?:listen|watch) (?:(?:to )?(?:the |this )?(?:full|whole|entire|complete) (?:interview|programme|program"
    r"|episode|podcast|story|report|documentary|conversation|speech|debate|match|video|segment)s?"
    r" (?:on|via|at|here|in|below|above)|again|back|(?:to it |it )?(?:via|on) (?:the )?(?:bbc|iplayer|radio"
    r"|website|app))\b"
)
_COVERAGE_ON = (
    r"coverage (?:will be|is) (?:available |shown |live )*+(?:on|via) (?:the )?(?:bbc|iplayer|radio|tv"
    r"|television|website|app|our|s4c|itv|sky|abc|sbs)\b"
)
_SHARE_CALL = r"(?:click share|share this (?:story|article|post|page))\b"
_PLAYER_NOTICE = (
    r"this (?:interactive )?(?:video|content|feature|graphic|map|page|quiz|player) (?:may|might|will) not"
    r" (?:work|display|load|play)\b"
)
_COMMENTS_CLOSED = r"we(?: are|'re|’re) not (?:currently )?accepting comments\b"
_BROWSER_NOTICE = (
    r"your (?:browser|device) (?:does not|doesn't|doesn’t|cannot|can't|can’t) (?:support|play|display)\b"
)
_WRITE_IN = r" (?:us )?your (?:story ideas|tips|stories|photos|pictures|videos|comments|questions|views)\b"
_CAPTION_LABEL = r" (?:copyright|caption|source)\b"
# The page's notices that stand as a line of their own under the story, each whole, to its end (news quoting
# such words goes on past them): a read-aloud player's note (CNA's "This audio is generated by an AI tool."),
# a comment box's prompts (TimesLIVE's "Would you like to comment on this article?", "Register (it's quick
# and free) or sign in now.", "Please read our Comment Policy before commenting."), a reaction widget's
# question (Rappler's "How does this make you feel?"), a print edition's note (the Express Tribune's and
# Dawn's "Published in Dawn, December 4th, 2026."), a desk's call to follow it (the Express Tribune's "Like
# Business on Facebook, follow @TribuneBiz on Twitter ..."), a regional site's newsletter call (Stuff's
# "Keep up with the latest news from the Waikato - sign up to our free newsletter."), a radio station's
# broadcast note (WBUR's "This segment aired on December 3, 2026."), a video player's
# request for another browser (Sky Sports' "Please use Chrome browser for a more accessible video player"), a
# follow button's note on the reader's feed, after its call or not (News Corp's "Don't miss out on the
# headlines from News. Followed categories will be added to My News.").
# Lower case, as :data:`_PAGE_NOTICE` reads its sentences; :func:`is_notice_line` asks it of a line.
_CLOSING_NOTICE = (
    r"this audio (?:is|was) (?:generated|produced|created) (?:by|with|using) (?:an? )?(?:ai|artificial"
    r" intelligence)(?: tool| voice| system)?[.!]?$"
    r"|would you like to (?:comment|leave a comment|join the (?:conversation|discussion)) on this"
    r" (?:article|story)\?$|register \(it[’']s quick and free\) or sign in(?: now)?[.!]?$"
    r"|please read our comment(?:s|ing)? (?:policy|guidelines) before (?:commenting|posting)[.!]?$"
    r"|how does this (?:article |story )?make you feel\?$"
    rf"|published in (?:the )?[\w’' ]{{1,40}}, {MONTH} \d{{1,2}}(?:st|nd|rd|th)?, \d{{4}}\.?$"
    r"|like [\w ]{1,30} on facebook, (?:and )?follow @\w++ on (?:twitter|x)\b[^.!?@]{0,80}[.!]?$"
    r"|keep up(?: to date)? with the latest news\b[^.!?]{0,60}?\bsign up (?:to|for) our (?:free )?newsletters?[.!]?$"
    # A broadcast note dates the broadcast and says no more: news says where or what aired ("This interview
    # aired on state television on Monday.").
    r"|this (?:segment|story|interview|episode|report) (?:first )?aired on (?:[a-z]{3,6}day,? )?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}(?:,? \d{4})?[.!]?$"
    # The same in German and Dutch (Deutschlandfunk's "Diese Nachricht wurde am 04.12.2026 im Programm
    # Deutschlandfunk gesendet.", NPO Radio 1's "Dit item is uitgezonden in Met het Oog op Morgen."): the page's
    # own item ("this ...") and the programme, the line whole; news of a broadcast goes on past it ("... gesendet
    # und löste Proteste aus", "... in Nieuwsuur en leidde tot Kamervragen"). The German note stamps the item
    # with the day in figures or names the "Programm": with any words before the participle, news of a
    # broadcast ("Diese Sendung wurde trotz Protesten ausgestrahlt.", "Dieser Beitrag wurde wegen der Proteste
    # nicht gesendet.") had left the text. The Dutch note names the programme after "in", never why or when
    # it aired ("Dit gesprek is uitgezonden op verzoek van de familie.", "... in strijd met de afspraken.").
    r"|diese[rs]? (?:nachricht|beitrag|meldung|sendung|interview) (?:wurde|ist)"
    r" (?:am \d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})? (?:im programm|im|in|bei|auf)|im programm)"
    r" (?![\w ]{0,40}\b(?:nicht|nie|niemals|kein\w*|trotz|wegen|ohne|erst\w*|zum)\b)[\w ]{1,40}?"
    r" (?:gesendet|ausgestrahlt)(?: worden)?[.!]?$"
    r"|dit (?:item|fragment|gesprek|interview) is (?:uitgezonden|te horen geweest) in"
    r" (?![\w ]{0,40}\b(?:en|maar|waarna|waarop|dat|omdat|ondanks|zonder|tegen|strijd|van|na|tijdens)\b)"
    r"[\w ]{1,40}[.!]?$"
    r"|please use (?:the |a )?(?:chrome|firefox|safari|edge|another|a different|a supported|a modern) browser\b"
    r"[^.!?,]{0,60}[.!]?$"
    # A media player's fallback where the page's audio or video would play (KPBS's "Audio is not supported in
    # your browser."), and the video player's own words left in the copy while it loads (video.js's "Video
    # Player is loading.", "This is a modal window."), the line whole.
    r"|(?:this )?(?:audio|video)(?: player| element)? (?:is|are) (?:not supported|unsupported) (?:in|by|on)"
    r" (?:your|this) (?:browser|device)[.!]?$|video player is loading[.!]?$|this is a modal window[.!]?$"
    r"|(?:don['’]t miss out on the (?:headlines|latest) from [\w ]{1,30}\. )?followed (?:categories|topics|authors)"
    r" will be (?:added to|saved (?:in|to)) (?:my|your) [\w ]{1,20}[.!]?$"
    # A comment box's heading over its rules and the site's wish for them (Newsquest's "Comments: Our rules",
    # "We want our comments to be a lively and valuable part of our community."): the site's own comments,
    # the line whole, no comma before a speaker; news of comments says whose they are and goes on. The wish
    # is for what the comments are to be ("a ..."): people who want theirs heard, read out or taken
    # seriously are news ("We want our comments to be heard by the council before the vote.").
    r"|comments: (?:our |house |community )?(?:rules|guidelines)[.!]?$"
    r"|we want (?:our|the) comments(?: section)? to be an? [^.!?,]{1,80}[.!]?$"
    # A republishing box's offer (KFF Health News's "This story can be republished for free (details)."): the
    # page's story and its licence, the line whole; news of a licence says whose it is.
    r"|this (?:story|article) (?:can|may) be republished\b[^.!?,]{0,60}[.!]?$"
    # Or telling the reader so ("You may republish our stories for free, online or in print. Read our
    # guidelines."): the site's own stories ("our"), the terms' link after them at most; not the terms
    # reported ("You may republish our articles for free, the new policy says.").
    r"|you (?:can|may) republish (?:our|this|these) (?:stories|story|articles|article)\b"
    rf"(?![^.!?]{{0,60}}{_SAYS_WHO})[^.!?]{{0,60}}[.!]"
    r"(?: read our (?:guidelines|terms|policy)[.!]?)?$"
    # A syndicated piece's licence note under it as the sites that run it keep it (The Conversation's "This
    # article is republished from The Conversation under a Creative Commons license. Read the original
    # article."): the piece's source and its licence, the line whole; news of a licence says whose piece and
    # goes on ("..., the university said.").
    r"|this (?:article|story|piece) (?:is|was|has been) republished from [^.!?,]{1,60}? under an?"
    r" creative commons licen[cs]e(?: \([\w .-]{1,20}\))?[.!]?(?: read the original (?:article|story|piece)[.!]?)?$"
    # A wire's note under its copy as the papers that run it keep it (The Canadian Press's "This report by
    # The Canadian Press was first published Dec. 3, 2026."): the wire and the day, the line whole; news of
    # a report says what it found or who wrote it ("This report by the auditor was first published in 2019
    # and found ...").
    r"|this (?:report|story|article) by (?:the )?[\w ]{1,40} was first published (?:on )?(?:[a-z]{3,6}day,? )?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}(?:,? \d{4})?[.!]?$"
    # A newsletter box's note on its form (ACM's regional papers' "We care about the protection of your
    # data. Read our Privacy Policy."), the line whole.
    r"|we care about (?:the protection of )?your (?:data|privacy)\.(?: read our privacy (?:policy|notice)[.!]?)?$"
    # A call for the reader's own story or views under the story (CalMatters's "We want to hear from you. Share
    # your story with CalMatters."), the site's wish and its call to share or write, the line whole: news of
    # such a wish names who made it after a comma ("We want to hear from you, the mayor told residents."). Or
    # the call to comment after the comma, the site's question before the wish or not (Rigzone's "What do you
    # think? We'd love to hear from you, join the conversation on the Rigzone Energy Network.").
    r"|(?:what do you think\? )?we(?: want|['’]d (?:like|love)) to hear"
    r" (?:from you|your (?:stories|story|views|thoughts|experiences?))"
    r"(?:[.!](?: (?:share|tell us|send us|email us|e-mail us|write to us)\b[^.!?,]{0,60}[.!]?)?"
    r"|, join the (?:conversation|discussion)\b[^.!?,]{0,60}[.!]?)$"
    # A correction box's button, its question before it or not ("Found a mistake in this article? Report it to
    # us.", The Star's): the reader's report to the desk, the line whole.
    r"|(?:(?:found|spotted|see) an? (?:mistake|error|typo)(?: in this (?:article|story))?\? )?report it to us[.!]?$"
    # A donation appeal's call naming what the gift keeps going (Streetsblog's "Donate today to keep
    # Streetsblog Chicago going."), the line whole; news of an appeal says whose it is after a comma ("Donate
    # today to keep the shelter going, the charity urged.") or goes on ("... going through the winter").
    r"|(?:please )?(?:donate|give)(?: now| today)? to (?:help )?(?:keep|support|sustain) [^.!?,]{1,40}?"
    r" (?:going|alive|running|independent|free|strong|thriving)[.!]?$"
    # A religion desk's or a parish's button under the story (Religion News Service's "Donate to Religion News
    # Service", "Donate to the St Mary's roof appeal"): the call and whom it gives to, a few words to the line's
    # end, no stop after it as a button has none; news of an appeal says who urges it after a comma ("Donate to
    # the food bank, the mayor urged."), and a how-to-help story's advice is a sentence ("Donate to the Red
    # Cross.").
    r"|(?:please )?donate(?: now| today)? to [^.!?,]{1,50}$"
    # A recall's number for the owners, the line whole with the maker's recall number after it or none (The
    # Dallas Morning News's "Owners can call Ford customer service at 1-866-436-7332. Ford's number for this
    # recall is 26C45.", NHTSA's wording): a story's sentence on the owners says what they did or were told
    # past the number ("Owners can call the company, but many say nobody answers.", no number, stays).
    r"|(?:owners|consumers|customers)(?: with questions)? (?:can|may|should) (?:call|contact) [^.!?]{1,60}?"
    r" (?:at|on) \+?(?:1[- ])?\(?\d{3}\)?[- .]\d{3}[- .]\d{4}[.!]?"
    r"(?: [^.!?]{1,40}? (?:recall )?number for this recall is [\w-]{1,20}\.?)?$"
    # A call to pay for the site's journalism, the line whole (Malaysiakini's "Subscribe now to support
    # independent journalism.", GGWash's "Become a member today to keep our reporting free."): news of such a
    # call says whose it is after a comma ("Subscribe to support local journalism, the mayor urged.").
    r"|(?:subscribe|donate|give|become an? (?:member|subscriber|supporter|donor))(?: now| today)? to (?:help )?"
    r"(?:support|keep|sustain|fund)(?: our| independent| local| quality| public-service| nonprofit){0,2}"
    r" (?:journalism|reporting|newsroom)(?: free| going| independent)?[.!]?$"
    # A fact check's verdict label alone on its line over the verdict (PolitiFact's "Our ruling", Full Fact's
    # "Our verdict"): the page's box, whose verdict is the story's words; a sentence of a court's or a jury's
    # ruling goes on past the label's words ("Our ruling is final, the referee said.").
    r"|(?:our (?:ruling|verdict|rating)|notre verdict|nuestro veredicto|nossa conclusão|il nostro verdetto)[.:]?$"
    # A health site's label over its sources (Medical News Today's "How we reviewed this article:"), and a
    # tech site's call to add it to the reader's news feed (9to5Mac's "Add 9to5Mac to your Google News feed."),
    # the line whole.
    r"|how we reviewed this (?:article|story):?$"
    r"|add [\w.'’ -]{1,30}? to your google news(?: feed| preferences| sources)?[.!]?$"
    # A genre's notes under the story, the line whole. A betting page's under its odds (the Action Network's
    # "Odds are subject to change. Please bet responsibly."): news of gambling says who urges it ("Please bet
    # responsibly, the regulator said.").
    r"|(?:odds (?:are )?subject to change\. )?(?:please )?(?:bet|gamble|play) responsibly[.!]?$"
    r"|odds (?:are )?subject to change[.!]?$"
    # A markets page's note on its quotes (CNBC's "Markets data delayed 15 minutes", Expansión's "Cotizaciones
    # con 15 minutos de retraso."), in the languages nutgraf stems.
    r"|(?:markets? )?(?:data|quotes|prices)(?: are)? delayed (?:by )?(?:at least )?\d{1,2} min(?:ute)?s\.?$"
    r"|(?:cotizaciones|datos) con \d{1,2} minutos de retraso\.?$|(?:kurse|daten) (?:mit )?\d{1,2} minuten verzögert\.?$"
    r"|(?:cours|données) différée?s? de \d{1,2} minutes\.?$|(?:cotações|dados) com \d{1,2} minutos de atraso\.?$"
    r"|(?:quotazioni|dati) (?:in )?ritardo di \d{1,2} minuti\.?$"
    # A recipe's nutrition line under it ("Nutrition per serving: 520 calories; 32g fat."): the calories, and
    # the next figure after them or nothing; news of calories under the label goes on in words ("Nutrition:
    # meals average 550 calories, the study found.").
    r"|(?:nutrition(?:al)?(?: information| info| facts| analysis)?(?: \(?per serving\)?)?|per serving)\s*+:"
    r" [^.!?]{0,20}?\d{2,4} (?:calories|kcal|cal)\b(?:\s*+[.;,|(]\s*+[^!?]{0,20}?\d[^!?]{0,200})?\.?$"
    # An obituary's note on the undertaker (Legacy.com's "Arrangements by Walker Funeral Home."): the home's
    # name ends it, or its town after a comma; news of the arrangements goes on ("Arrangements by the funeral
    # home were delayed by the storm.") or says who told of them after the comma ("..., the family said.").
    r"|(?:funeral )?arrangements (?:are )?(?:by|entrusted to|under the direction of|in the care of|handled by)"
    r" [^.!?,]{1,60}?(?:funeral (?:home|chapel|service)s?|mortuary|crematory|cremation services?"
    rf"|funeral directors?)(?:, (?![^.!?,]{{0,30}}{_SAYS_WHO})[^.!?,]{{1,30}})?[.!]?$"
    # A call to a newsletter, what it brings "delivered to your inbox" (WTOP's "Get breaking news and daily
    # headlines delivered to your email inbox by signing up here."); a story quoting one says whose it is
    # ("..., the company promised.").
    r"|get [^.!?]{1,60}? delivered (?:straight |directly )?to your (?:e-?mail )?inbox\b"
    r"(?![^.!?]{0,40}\b(?:said|says|told|according to|promised|promises|urged|urges|reads?)\b)[^.!?]{0,40}[.!]?$"
    # A reprint desk's address under the story (Law360's "For a reprint of this article, please contact
    # reprints@law360.com."), the line whole.
    r"|for (?:a )?reprints? of this (?:article|story),? (?:please )?(?:contact|e-?mail|write to)"
    r" [\w.+-]++@[\w-]++(?:\.[\w-]++)++[.!]?$"
    # A story copied from an e-edition's reader closes on its note that the story ran in print (the Hartford
    # Courant's "This article appeared in the Hartford Courant e-Edition.", Sud Ouest's "Cet article est paru
    # dans l'édition du jeudi 3 décembre 2026.", Trouw's "Dit artikel verscheen in de krant van donderdag 3
    # december 2026.", Berlingske's "Artiklen blev bragt i Berlingske torsdag 3. december 2026."): the edition
    # named as one, or the day it ran closing the line; news of an article says where it ran and goes on
    # ("This article appeared in The Lancet in 2019 and was retracted.").
    r"|this (?:article|story) (?:appeared|appears|ran) in (?:the )?(?:[\w'’. -]{1,50}? )?"
    r"(?:e-?edition|e-?paper|print edition|printed edition|digital edition)[.!]?$"
    r"|cet article (?:est )?paru dans (?:l['’]édition|le journal|notre (?:édition|journal)) d[ue] [\w ]{1,40}?\d{4}[.!]?$"
    r"|dit artikel (?:verscheen|is verschenen) (?:ook )?in de (?:papieren )?(?:krant|editie) van [\w ]{1,40}?\d{4}[.!]?$"
    r"|artik(?:len|kelen) (?:blev bragt|blev trykt|er bragt|sto på trykk|stod på trykk) i [\w ]{1,40}?"
    r" \d{1,2}\. \w{3,9} \d{4}[.!]?$"
)
_CLOSING_NOTICE_LINE = re.compile(_CLOSING_NOTICE)
# Their first words as a page sets them, capitalised, and their most words.
_CLOSING_NOTICE_HEADS = (
    "This",
    "You ",
    "Would",
    "Register",
    "Please",
    "How ",
    "Published",
    "Like ",
    "Keep ",
    "Contact ",
    "For ",
    "Don",
    "Followed",
    "Comments: ",
    "We want ",
    "We care ",
    "We'd ",
    "What do you think? ",
    "We’d ",
    "Found ",
    "Spotted ",
    "See ",
    "Report ",
    "Donate ",
    "Owners ",
    "Consumers ",
    "Customers ",
    "Subscribe ",
    "Become ",
    "Give ",
    "Our ",
    "Notre ",
    "Nuestro ",
    "Nossa ",
    "Il nostro ",
    "Odds ",
    "Bet ",
    "Gamble ",
    "Play ",
    "Markets ",
    "Market ",
    "Data ",
    "Quotes ",
    "Prices ",
    "Cotizaciones ",
    "Datos ",
    "Kurse ",
    "Daten ",
    "Cours ",
    "Données ",
    "Cotações ",
    "Dados ",
    "Quotazioni ",
    "Dati ",
    "Nutrition",
    "Per serving",
    "Arrangements ",
    "Funeral arrangements ",
    "Get ",
    "Add ",
    "Diese",
    "Dit ",
    "Audio ",
    "Video ",
    "Cet article ",
    "Artiklen ",
    "Artikkelen ",
)
_CLOSING_NOTICE_MAX_WORDS = 20
_PAGE_NOTICE = re.compile(
    r"[\"'‘’“\s]*+(?:\([\w .'’-]{1,20}\)\s*+)?+\(?+(?:"
    rf"media (?:playback is (?:not supported|unsupported) on (?:this|your) device|{_CAPTION_LABEL[1:]})"
    rf"|we are aware that {_PLAYER_NOTICE}|{_PLAYER_NOTICE}|{_COMMENTS_CLOSED}"
    rf"|you can (?:{_LISTEN_OR_WATCH}|find a non-interactive version\b|sign up\b|subscribe\b|register\b)"
    rf"|{_LISTEN_OR_WATCH}|sorry,? (?:{_BROWSER_NOTICE}|{_COMMENTS_CLOSED})|{_BROWSER_NOTICE}"
    rf"|please (?:(?:enable|turn on) javascript\b|note\s*+:|note that (?:there may be a delay|this (?:article"
    rf"|story|page|video|content)\b)|{_SHARE_CALL})|kindly {_SHARE_CALL}|{_SHARE_CALL}"
    r"|(?:enable|turn on) javascript\b|scroll (?:down|up) (?:for|to)\b"
    r"|(?:watch|see|view|play|take a look at|check out) (?:[^.!?]{0,40}? )?(?:video|clip|footage|gallery"
    r"|interview)s? (?:above|below)\b|the (?:video|clip|footage) (?:is )?(?:above|below|at the top of this)\b"
    rf"|live {_COVERAGE_ON}|{_COVERAGE_ON}"
    r"|for (?:more|further) (?:on|information|details|reports|news|stories|about)\b[^.!?]{0,60}?[,\s](?:please )?"
    r"(?:watch|listen|visit|see|go to|read|follow|click|tune in)\b"
    r"|to (?:find out|learn|read|see) more,? (?:please )?(?:visit|go to|see|click|read)\b"
    r"|follow (?:[\w'’]++ ){0,3}?(?:live )?(?:coverage|updates|blog)\b"
    rf"|e-?mail{_WRITE_IN}|send{_WRITE_IN}|if you have a story (?:suggestion|idea|tip)\b"
    r"|while you(?:'re|’re| are) here\s*+:|on this page,? you(?:'ll|’ll| will) find\b"
    r"|get (?:breaking news |news |the latest (?:news )?)?(?:alerts|updates|notifications)\b[^.!?]{0,60}?"
    r"\b(?:app|inbox|phone|e-?mail)\b|track latest news\b|all rights reserved\b"
    r"|except for the headline, this (?:story|article|report) has not been edited by\b"
    r"|this (?:story|article|report) has not been edited by\b"
    r"|this (?:article|story|report|video|page|piece|programme) contains (?:language|images|content|scenes|details"
    r"|descriptions|references)\b"
    rf"|[0-9]\d? {MONTH} \d{{4}},? (?:last )?updated\b|{MONTH} \d{{1,2}},? \d{{4}},? (?:last )?updated\b"
    rf"|image{_CAPTION_LABEL}|video{_CAPTION_LABEL}"
    rf"|pictured(?:(?<=\(pictured)\b| (?:above|below|left|right|top|here|is|are)\b)|{_CLOSING_NOTICE})"
)
# The first five characters of every notice that opens on an ASCII letter (a test derives them from the
# pattern): five, not two, as two let through "th", "to", "on" and "we", the openings of many news
# sentences, where the match tried each of its alternatives; five let through "The video ...", not "The
# police ...". A date's month opens a stamp's notice ("3 March 2024, last updated") on any letters after it,
# and "Get" a call to a newsletter on any word ("Get breaking news ... delivered to your inbox").
_PAGE_NOTICE_OPENING_CHARACTERS = 5
_PAGE_NOTICE_LETTER_OPENINGS = frozenset(
    [
        "all r", "audio", "check", "click", "cover", "e-mai", "email", "enabl", "excep", "follo", "for f", "for m",
        "if yo", "image", "kindl", "liste", "live ", "media",
        "on th", "pictu", "play ", "pleas", "scrol", "send ", "share", "sorry", "take ", "the c", "the f",
        "the v", "this ", "to fi", "to le", "to re", "to se", "track", "turn ", "video", "view ", "watch",
        "we ar", "we're", "while", "diese", "dit f", "dit g", "dit i", "you c", "your ", "would", "regis", "how d", "publi", "like ", "keep ", "conta",
        "don't", "comme", "we wa", "we ca", "we'd ", "we’d ", "found", "spott", "repor", "donat", "give ", "our r",
        "our v", "owner", "consu", "custo", "notre", "nuest", "nossa", "il no", "for a", "for r", "subsc", "becom", "what ",
        # A republishing box's terms told to the reader ("You may republish our stories ...").
        "you m",
        # A genre's notes under the story: a betting page's, a markets page's, a recipe's, an obituary's.
        "odds ", "bet r", "gambl", "marke", "data ", "quote", "price", "cotiz", "datos", "kurse", "daten", "cours",
        "dados", "quota", "dati ", "nutri", "per s", "arran", "funer",
        # An e-edition's note that the story ran in print, in French, Dutch, Danish and Norwegian.
        "cet a", "dit a", "artik",
        *("see " + chr(code) for code in range(128)),
        *("get " + chr(code) for code in range(128)),
        # A health site's label over its sources, a tech site's call to add it to the reader's news feed.
        "how w",
        *("add " + chr(code) for code in range(128)),
        *(
            month + after + last
            for month in "jan feb mar apr may jun jul aug sep oct nov dec".split()
            for after in ". " + string.ascii_lowercase
            for last in ". " + string.digits + string.ascii_lowercase
        ),
    ]
)  # fmt: skip
# The notices that may stand anywhere in their sentence ("For the latest, click here.", "The BBC is not
# responsible for the content of external sites.", "This material ... may not be reproduced ... without
# prior written permission"), searched in the lower-cased sentence only where it holds their words.
_NOTICE_INSIDE = re.compile(
    r"\bclick (?:here|(?:on )?the links? (?:below|above))\b"
    r"|\bnot responsible for the content of (?:external|other)\b"
    r"|\bmay not be (?:reproduced|republished|published|redistributed|copied)\b[^.!?]{0,80}?"
    r"\bwithout (?:the )?(?:prior |express |written )*+permission\b"
)
# A police appeal's call, the number and the reference to quote (the Bristol Post's "Anyone with information
# is asked to call 101 quoting reference 5226318452, or contact Crimestoppers anonymously on 0800 555 111.",
# the Mittelbayerische's "Hinweise nimmt die Polizeiinspektion Regensburg Süd unter der Telefonnummer ...
# entgegen."): a reader of a crime or a missing person's story needs the number, so the cleaned text keeps
# it, but it is no summary's sentence. The appeal said in reporting ("Anyone with information is asked to
# come forward, the detective said") quotes no reference and names no Crimestoppers.
_POLICE_APPEAL = re.compile(
    r"anyone with (?:any )?information\b[^!?]{0,160}?\b(?:quoting|crime ?stoppers)\b"
    r"|hinweise (?:nimmt|nehmen) [^.!?]{1,160}? entgegen[.!]?$"
    r"|zeugen(?:hinweise)? werden gebeten, sich [^.!?]{1,160}? zu melden[.!]?$",
    re.IGNORECASE,
)
_POLICE_APPEAL_OPENINGS = frozenset(("anyon", "hinwe", "zeuge"))
# The five before the appeal as one pattern, for a sentence asked of each: all are case-blind and anchored at its
# start, so one match tries their alternatives as the five calls did, without four calls' set-up (a third
# of their time on a news sentence, which matches none).
_SENTENCE_FURNITURE = re.compile(
    "|".join(
        f"(?:{pattern.pattern})"
        for pattern in (
            _CAPTION,
            _DISCLOSURE,
            _ARTICLE_HISTORY,
            _NEWSROOM_NOTE,
            _SIGN_UP_NOTICE,
        )
    ),
    re.IGNORECASE,
)
# The first five characters, lower-cased, of every ASCII opening a match may have (a test derives them from
# the pattern): five, not the two of the other patterns, as the two of most news sentences ("th", "in",
# "he", "an") open one of its alternatives too, and the match tried each of them (7,000 instructions a
# sentence); five spare all but a few ("The police ...", "There ...").
_SENTENCE_FURNITURE_OPENING_CHARACTERS = 5
_SENTENCE_FURNITURE_OPENINGS = frozenset(
    [
        "a fil", "a han", "a ima", "a pho", "a pic", "a pre", "a und", "all i", "all p", "anyon", "an ea",
        "an fi", "an ha", "an im",
        "an ph", "an pi", "an un", "below", "bienv", "bonjo", "buen ", "bueno", "by si", "cet a", "cet p",
        "cet d", "cette", "check", "conte", "corre", "der a", "der b", "der t", "diese", "edito", "el ar",
        "el te", "este ",
        "good ", "guten", "hello", "here ", "here'", "herzl", "hi al", "hi an", "hi ev", "hi th", "hi we",
        "hi, a", "hi, w", "hinwe", "if yo", "in th", "note:", "our e", "our j", "our l", "our m", "our s",
        "our t", "pictu", "priva", "publi", "speci", "thank", "that ", "that'", "the a", "the f", "the p",
        "the s", "there", "today", "trigg", "unser", "we ea", "we ge", "we ma", "we re", "we us", "we wi",
        "we'll", "welco", "willk", "you c", "your ", "start", "zeuge",
        # "Note" and "This" before any space the pattern's \s matches.
        *(word + space for word in ("note", "this") for space in " \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f"),
    ]
)  # fmt: skip


# A cookie notice: the site saying it uses cookies ("We use cookies", "Wir verwenden Cookies", "This site
# uses cookies", "Nosotros y nuestros socios utilizamos cookies", "Sitemizde çerezler kullanılmaktadır",
# "Kami menggunakan cookie"), or asking for consent to them ("Zanim zaakceptujesz pliki cookies ...,
# prosimy Cię ..."), in the languages nutgraf stems and Turkish and Indonesian: its voice (the site's "we",
# a verb in its first person, "this site", "our partners") within a sentence of its word for cookies, before
# or after it, and a word of consent or settings in the paragraph. News about cookie rules reports what sites
# do ("The regulator fined a shop for setting cookies without consent"); it does not speak as one. German
# splits its verb of consent ("stimmen Sie der Verwendung von Cookies zu").
_SITE_VOICE = (
    r"\b(?:we|wir|nous|usamos|utilizamos|usiamo|utilizziamo|używamy|stosujemy|korzystamy|wykorzystujemy"
    r"|prosimy|мы|ми|noi|nós|wij|kami|kullanıyoruz|kullanmaktayız|sitemiz\w*+"
    r"|(?:this|our) (?:web)?site|diese (?:web)?(?:seite|site)|(?:ce|notre) site|(?:ses|nos) partenaires"
    r"|este sitio|esta (?:web|página)|nuestros socios|questo sito|il nostro sito|este (?:site|portal)"
    r"|nosso site|ta strona|nasz serwis|nasi partnerzy|naszych partnerów|deze (?:web)?site|onze partners"
    r"|bu (?:web )?sitesi?|situs (?:web )?ini|website ini|our partners|этот сайт|цей сайт)\b"
)
_COOKIE_WORD = r"(?:cookie|куки|çerez|ciastecz)"
_SITE_USES_COOKIES = re.compile(
    rf"(?P<voice>{_SITE_VOICE})[^.!?]{{0,60}}{_COOKIE_WORD}"
    rf"|{_COOKIE_WORD}[^.!?]{{0,60}}(?P<voice_after>{_SITE_VOICE})",
    re.IGNORECASE,
)
# Quotation marks: the site's voice after an odd number of them is quoted, by a story about the notice
# ('the banner said "we use cookies ..."', "„Wir verwenden Cookies“ – ...") or the appeal ("“Your gift
# keeps independent journalism alive,” the host told listeners"), not the site's.
_QUOTATION_MARK_CHARACTERS = '"“”„«»'
_QUOTATION_MARKS = str.maketrans("", "", _QUOTATION_MARK_CHARACTERS)
_CONSENT = re.compile(
    r"\b(?:accept\w*|agree\w*|consent\w*|zustimm\w*|stimmen sie|akzeptier\w*|einverstanden|einwillig\w*"
    r"|acept\w*|accett\w*|acconsent\w*|consens\w*|aceit\w*|concord\w*|akcept\w*|zaakcept\w*|zgod\w*|toestemming"
    r"|akkoord|kabul|onay\w*|setuju|menyetujui|persetujuan|соглаш\w*|соглас\w*|погоджу\w*|згод\w*|preferences"
    r"|einstellungen|paramètres|préférences|preferencias|preferenze|preferências|ustawienia|instellingen"
    r"|voorkeuren|tercih\w*|ayarlar\w*|pengaturan)",
    re.IGNORECASE,
)
_COOKIE_NOTICE_MAX_WORDS = 80
# The call a newsroom's description of itself closes on (:func:`_is_newsroom_blurb`), a sentence of its own
# naming the newsroom or its owner, no comma before a speaker nor quotation mark in it.
_LEARN_MORE = "learn more about "
_NEWSROOM_BLURB_END = re.compile(r"[.!?]\s++learn more about [^.!?,\"“”]{1,40}+[.!]?$")
# What the description opens on: the newsroom's name, then what it is ("KFF Health News is a national
# newsroom", "ProPublica is an independent, nonprofit newsroom"), both in its first this many characters.
_NEWSROOM_IS = (" is a ", " is an ", " is the ", " is one of ", " is part of ")
_NEWSROOM_NAME_MAX_CHARACTERS = 72
# "We" and "our" in the languages an appeal's verbs are in (see speaks_for_its_journalism).
_FIRST_PERSON_PLURAL = frozenset(
    "we our nous notre nos wir unser unseren noi nostro nosotros nuestro".split()
)
# A reader-revenue appeal, the site asking its readers for money below the article ("WRVN depends on
# support from listeners like you. Your gift keeps independent local journalism free ... Make your gift
# today", "Support our journalism", "Sostieni il giornalismo di qualità. Abbonati ...", "Unterstützen Sie
# unabhängigen Journalismus"): an imperative to support the site or its journalism opening a sentence, a
# gift "from readers like you", "your gift keeps ...", a call to donate or become a member now. Searched in
# the lower-cased paragraph, and only in one that names journalism (:func:`_names_journalism`; or in a line
# naming its reporting before a call to donate, :func:`is_reporting_appeal`): news of
# a charity's appeal names none, and news of journalism's funding reports the call, after a quotation
# mark ("“Support local journalism,” the senator urged") or a subject ("Support for local journalism has
# fallen"), where no sentence opens on the imperative. The imperative may follow a condition ("If you are
# not a paid reader, please consider becoming a subscriber.", the Winnipeg Free Press's) and name the
# paper's journalism by its name ("Support PREMIUM TIMES' journalism of integrity").
_SUPPORT_VERB = (
    r"(?:please\s++)?(?:support|fund|sostieni|sostenete|unterstützen sie|unterstütze|soutenez|apoya|apoye"
    r"|apoie|wesprzyj|steun)"
)
# The words an appeal's imperative may set before the journalism it asks for, at most two.
_APPEAL_QUALITIES = (
    r"(?:(?:our|independent|local|quality|nonprofit|non-profit|trusted|fact-based|free|public-service|student|the"
    r"|il|nostro|unseren|unabhängigen|den|un|le|notre|el|nuestro|o|nosso|nasze|niezależne|rzetelne|onze"
    r"|onafhankelijke|de)\s++){0,2}"
)
_SUPPORT_APPEAL = re.compile(
    rf"(?:^|[.!?]\s++)(?:if [^.!?,]{{1,60}}, )?(?:{_SUPPORT_VERB}\s*+(?:us|-nous|nas|ons|uns)\b"
    rf"|{_SUPPORT_VERB}\s++{_APPEAL_QUALITIES}"
    r"(?:journalism|giornalismo|journalismus|journalisme|periodismo|jornalismo|dziennikarstwo|journalistiek"
    r"|reporting|newsroom|rédaction|redaktion|redazione|redacción|redação|redakcję|redactie|work|mission)\b"
    # The paper's journalism by the paper's name ("Support PREMIUM TIMES' journalism of integrity"): only its
    # journalism, where a story's "Fund managers' work is under scrutiny, the Wall Street Journal reported." is
    # news (it had left the text).
    rf"|{_SUPPORT_VERB}\s++[^\s'’.!?]{{1,30}}(?: [^\s'’.!?]{{1,30}})?['’]s?\s++{_APPEAL_QUALITIES}journalism\b"
    r"|(?:please )?(?:donate|give|make (?:a|your) (?:gift|donation|contribution))(?: (?:now|today))\b"
    # The station's or the paper's name may stand before the member ("Become a KQED member today.").
    r"|(?:please )?become an? (?:[\w'’-]++ )?(?:member|supporter|sustaining member|patron|donor)\b"
    r"|please consider (?:supporting|donating|making a|becoming a|a (?:gift|donation|contribution))"
    # Hungarian's "become our supporter too" ("Legyél te is támogatónk havi 1000 forinttól."), the site's name
    # before it or not ("Legyél te is a Telex támogatója!").
    r"|legyél (?:te is )?(?:a [\w-]++ )?támogató(?:nk|ja)\b"
    # A nonprofit newsroom's call in German and Portuguese (Correctiv's "Mit Ihrer Spende ermöglichen Sie
    # unsere Recherchen. Jetzt spenden", Agência Pública's "Seja aliado da Pública.").
    r"|mit ihrer spende (?:ermöglichen|unterstützen|sichern) sie\b|jetzt spenden\b"
    r"|seja (?:aliad[oa]|apoiador[a]?|doador[a]?|assinante) d[aoe]\b"
    # A nonprofit newsroom's disclosure of its funders under every story (The Texas Tribune's "Disclosure: ...
    # has been a financial supporter of The Texas Tribune ... Financial supporters play no role in the
    # Tribune's journalism. Find a complete list of them here."), the sentence whole to its stop.
    r"|financial supporters play no role in [^.!?,]{0,60}journalism\.)"
    r"|\b(?:support|donations?|gifts?|contributions?|funded|paid for|made possible) (?:by|from) (?:the support of )?"
    r"(?:(?:readers|listeners|viewers|members) and )?(?:readers|listeners|viewers|members|supporters|donors|people)"
    r" like you\b"
    r"|\byour (?:tax-deductible )?(?:gift|donation|contribution|support|membership)(?: today| now)?,?"
    r" (?:keeps|helps|makes|powers|funds|sustains|supports|ensures)\b"
)
# An appeal that opens on what the reader's support costs, then what it helps the site make (Nation.Cymru's
# "For the price of a cup of coffee a month you can help us create an independent, not-for-profit, national
# news service ..."): the paragraph opens on it, and names the news it funds; a charity's appeal in a story
# names none, and news of a price is no call to help ("For $5 a month, you can ride every bus in the city").
_PRICED_APPEAL = re.compile(
    r"(?:for|from) (?:less than |just |only |as little as )?(?:the (?:price|cost) of (?:a|one) (?:cup of )?coffee"
    r"|[£$€]\d{1,3}(?:[.,]\d\d)?)(?: (?:a|per|each) (?:month|week|year))?,? you can (?:help|support) us\b"
    r"[^.!?]{0,160}\b(?:news|journalism|reporting|newsroom)\b"
)
# What every such appeal holds, as a text's short lines are searched for it (:func:`_may_hold_site_notice`).
_PRICED_APPEAL_WORDS = ("ou can help us", "ou can support us")
# A paper's DOI ("doi:10.1038/s41586-...", "https://doi.org/10.1016/..."), the label a science page sets
# before a paper's reference, and the most words of a reference's line.
_DOI = re.compile(r"\bdoi(?:\.org/|\s*+:\s*+)10\.\d{4,9}/", re.IGNORECASE)
# A paper's DOI alone on its line, as a science newswire sets it under its "DOI" label (EurekAlert!'s
# "10.1038/s41559-026-02871-4"), or its link.
_BARE_DOI = re.compile(r"(?:https?://(?:dx\.)?doi\.org/)?10\.\d{4,9}/\S++", re.IGNORECASE)
_REFERENCE_LABEL_WORDS = r"(?:journal |paper |study )?(?:reference|referencia|référence|referenz|riferimento|citation|quelle|fuente)s?"
_REFERENCE_LABEL = re.compile(_REFERENCE_LABEL_WORDS + r"\s*+:", re.IGNORECASE)
# The label as a heading alone on its line over the reference, its colon or none (Science News's "Citations").
_REFERENCE_HEADING = re.compile(_REFERENCE_LABEL_WORDS + r"\s*+:?", re.IGNORECASE)
_REFERENCE_MAX_WORDS = 80
# The first characters of a line opening on the label (its words' initials in both cases, and the long s that
# matches "s" case-blind) or of a label alone on the line above, closed by its colon: a reference without a
# DOI stands under one of them, so a line of prose is spared the scan for its "et al".
_REFERENCE_LABEL_INITIALS = "jprcqfsJPRCQFS\u017f"


def is_page_furniture(text: str) -> bool:
    """Whether a sentence is the page around the article, worded as a sentence: a time stamp ("Posted on
    April 21, 2015, at 11:29 a.m.", a live report's "14:32 GMT"), a photo caption ("In this photo taken
    Tuesday, ...", "图为..."), a sponsorship disclosure ("This week's podcast is sponsored by ..."), a note
    on the article's history ("This article was amended on ...", "Cet article a été modifié le ..."), a
    newsletter form's consent notice ("We use your sign-up to provide content ..."), the newsroom's note
    on the page itself (an editor's note, "This interview has been edited for length and clarity.", a live
    report's "Good morning and welcome to our live coverage of ..."), a credit for the reporting ("CNN's John Miller contributed to this report.", "Reporting by Alex Lawler; Editing by
    ..."), the page's notice of itself ("Media playback is unsupported on your device", "Scroll down for
    video.", "Coverage will be on BBC iPlayer ...": :data:`_PAGE_NOTICE`).

    Measured on the 122,912 sentences of the first 2,000 articles of each set in ``../shared/data``
    (split with :func:`nutgraf.segment.split_sentences`): it finds 154, photo captions left in CNN/DM's
    text ("Pictured: ...", "This photo provided by ... shows ...", "In this march 16 photo, ..."), one
    correction ("Correction: an earlier version of this article incorrectly stated ...") and 117 credits
    ("Cnn's jethro mullen contributed to this report."); 36 before the notes on history, sign-ups, time
    stamps and credits.
    """
    # The anchored patterns before the count of words: they fail at a sentence's first characters, where
    # the count splits all of it.
    # The head is read once for the three patterns; a time of day opens on a digit, tested in C.
    head = _head(text)
    return (
        bool(
            (
                (_stamp_at_head(text, head) or (text[:1].isdecimal() and _TIME_STAMP_LINE.fullmatch(text)))
                and len(text.split()) <= _STAMP_MAX_WORDS
            )
            or (
                (
                    not (opening := text[:_SENTENCE_FURNITURE_OPENING_CHARACTERS]).isascii()
                    or (opening := opening.lower()) in _SENTENCE_FURNITURE_OPENINGS
                )
                # The appeal apart, after its own openings: as an alternative of the joined pattern it was
                # tried for every sentence the gate lets through ("The p...", "In th...", XSum 5k an article).
                # A non-ASCII opening was not lower-cased, and the case-blind pattern reads "hınweise" with its
                # dotless i (or "İ") as "hinweise": it is asked too where its first letter is the appeal's (no
                # other character is read as "a", "h" or "z"; a curly quote's sentence is spared).
                and (
                    _SENTENCE_FURNITURE.match(text)
                    or (
                        (
                            opening in _POLICE_APPEAL_OPENINGS
                            or (text[:1] in "aAhHzZ" and not opening.isascii())
                        )
                        and _POLICE_APPEAL.match(text)
                    )
                )
            )
            or (_may_credit_reporting(text, head) and _REPORTING_CREDIT.match(text))
        )
        or _is_page_notice(text.lower())
        or _is_writer_contact_line(text)
    )


def is_notice_line(text: str) -> bool:
    """Whether a line is one of the page's notices that stand alone under a story (:data:`_CLOSING_NOTICE`),
    or a writer's contact line (:func:`_is_writer_contact_line`): the summaries leave every page notice out,
    the cleaned text these. Asked of a line of at most :data:`_CLOSING_NOTICE_MAX_WORDS` words that opens on
    one of :data:`_CLOSING_NOTICE_HEADS`."""
    return _CLOSING_NOTICE_LINE.match(text.lower()) is not None or _is_writer_contact_line(text)


# A call to contact someone at an e-mail address, the line whole (a student paper's "Contact Mia Castillo at
# mcastillo@dailycal.org, and follow her on X at @miacastillo_dc."): whose line it is, the names and the
# address say (:func:`_is_writer_contact_line`).
_CONTACT_LINE = re.compile(
    r"contact (?P<names>[\w.'’ -]{2,40}?) at (?P<address>[\w.+-]++@[\w-]++(?:\.[\w-]++)++)"
    r"(?:,? and follow (?:him|her|them) on (?:twitter|x) at @\w++)?[.!]?",
    re.IGNORECASE,
)
_CONTACT_OPENING = "contact "
# The names' most words in a writer's contact line.
_CONTACT_NAME_WORDS = 4
# Words of an official's title or of a body's name (a service, a force, an office), no writer's: a call to
# contact one is a helpline, an appeal or the official to write to, and its address may be made of its last
# word ("police@" of Springfield Police, "hall@" of Sgt. Mike Hall).
_OFFICIAL_WORDS = frozenset(
    """mayor councillor councilor councilman councilwoman cllr senator sen rep representative governor gov
    minister secretary commissioner director chief sheriff deputy detective det officer sergeant sgt constable
    pc dc inspector insp lieutenant lt captain capt superintendent supt corporal cpl trooper judge dr prof
    professor president chair chairman chairwoman spokesman spokeswoman spokesperson police services service
    department dept office council authority agency bureau commission trust foundation society association
    helpline hotline line stoppers centre center clinic hospital school charity""".split()
)


def _is_writer_contact_line(text: str) -> bool:
    """Whether a line is a writer's contact line under a story (:data:`_CONTACT_LINE`): a call to contact two
    to four names, none an official's title or a body's word (:data:`_OFFICIAL_WORDS`), at an address made of
    them (:func:`_is_address_of`). A call to contact a service, a helpline, a police officer or an official
    ("Contact Mayor Lisa Brown at mayor@...", "Contact Sgt. Mike Hall at mhall@...") is news the reader
    needs, which had gone with the writers' lines."""
    if text[: len(_CONTACT_OPENING)].lower() != _CONTACT_OPENING:
        return False
    contact = _CONTACT_LINE.fullmatch(text)
    return contact is not None and is_writers_address(contact["address"], contact["names"])


def is_writers_address(address: str, names: str) -> bool:
    """Whether a contact line's ``names`` and e-mail ``address`` are a writer's: two to four names, none an
    official's title or a body's word (:data:`_OFFICIAL_WORDS`), and the address made of them
    (:func:`_is_address_of`)."""
    words = names.split()
    return (
        2 <= len(words) <= _CONTACT_NAME_WORDS
        and looks_like_names(names)
        and _OFFICIAL_WORDS.isdisjoint(word.strip(".").casefold() for word in words)
        and _is_address_of(address, names)
    )


def _is_address_of(address: str, names: str) -> bool:
    """Whether an e-mail address is made of a person's ``names`` as a paper gives its writers theirs
    ("mlopez@", "maria.lopez@", "lopezm@", "lopez@" of Maria Lopez). A call to reach a service, a helpline
    or an officer by their title gives another ("tips@" of Crime Stoppers, "jdoe@" of Detective Jane
    Doe's appeal for witnesses): news a reader needs, which had gone as the writer's line."""
    first, *_, last = (
        "".join(c for c in unicodedata.normalize("NFD", word.casefold()) if "a" <= c <= "z")
        for word in names.split()
    )
    local = "".join(c for c in address.partition("@")[0].casefold() if "a" <= c <= "z")
    return bool(last) and local in {first[:1] + last, first + last, last + first[:1], last + first, last}


def _is_page_notice(lowered: str) -> bool:
    """Whether a lower-cased sentence is a page's notice of itself (:data:`_PAGE_NOTICE`,
    :data:`_NOTICE_INSIDE`): substring tests in C spare nearly every sentence the search of all of it."""
    # Quotes, spaces and a bracket may stand before a notice's words, never a letter: a sentence that opens
    # on an ASCII letter opens on the words, and its first five characters spare most sentences the pattern.
    head = lowered[:_PAGE_NOTICE_OPENING_CHARACTERS]
    opens_notice = not (head.isascii() and head[:1].isalpha()) or head in _PAGE_NOTICE_LETTER_OPENINGS
    return (opens_notice and _PAGE_NOTICE.match(lowered) is not None) or (
        ("click" in lowered or "responsible for the content" in lowered or "permission" in lowered)
        and _NOTICE_INSIDE.search(lowered) is not None
    )


def _may_credit_reporting(text: str, head: str | None) -> bool:
    """Whether ``text``, whose :func:`_head` is ``head``, holds what :data:`_REPORTING_CREDIT` needs:
    "contributed" (in any usual case), or "reporting by" at its start. Substring tests in C spare nearly
    every sentence the pattern, whose lazy search for "contributed" costs more than the other furniture
    patterns together; the head spares nearly every one the lower-cased copy of its opening."""
    return (
        "ontribut" in text
        or "ONTRIBUT" in text
        or (
            (head is None or head in _CREDIT_OPENINGS)
            and text[:20].lower().startswith(("reporting by", "additional reporting"))
        )
    )


def is_site_notice(text: str, words: int) -> bool:
    """Whether a paragraph of ``words`` words is the site's notice of its own cookies ("We use cookies
    ... Accept"), its mailing list ("We use your sign-up to provide content ...") or its appeal for its
    readers' money ("Your gift keeps independent journalism free ... Donate now", "For the price of a cup of
    coffee a month you can help us create ... news service ..."): never the article, however long. One that
    names its speaker is a story's report of a notice, not the site's own ("We use cookies only with consent
    now, Meta said on Monday.", "..., the mayor's campaign says, which will fund reporting ...")."""
    if _is_sign_up_notice(text, words):
        return True
    if words > _COOKIE_NOTICE_MAX_WORDS:
        return False
    # Lower-cased once for the three tests: a second copy had cost an XSum article some 6,000 instructions.
    lowered = text.lower()
    return (
        (_names_cookies(lowered) and _is_cookie_notice(text))
        or _appeals_for_journalism(lowered)
        or _is_newsroom_blurb(lowered)
        or ("ou can " in lowered and _PRICED_APPEAL.match(lowered) is not None)
    ) and not _names_a_speaker(lowered)


def names_a_speaker(text: str) -> bool:
    """Whether a paragraph reports someone's words ("..., Meta said", "the editor wrote"): a site's notice
    speaks as the site and names no speaker; news of one reports who speaks."""
    return _names_a_speaker(text.lower())


def _names_a_speaker(lowered: str) -> bool:
    """:func:`names_a_speaker` of a lower-cased paragraph."""
    return any(map(lowered.__contains__, _SPEAKER_WORDS))


def _is_newsroom_blurb(lowered: str) -> bool:
    """Whether a lower-cased paragraph is a newsroom's description of itself closing on the call to read
    more of it (KFF Health News's "KFF Health News is a national newsroom that produces in-depth journalism about health
    issues ... Learn more about KFF."): it opens on its name and what it is (:data:`_NEWSROOM_IS`), names
    journalism, and its last sentence is that call alone. A story that quotes the call says whose it is,
    after a comma or in quotation marks; a paragraph of news that closes on such a call keeps its news
    ("Local papers are closing, and with them the journalism that held councils to account. Learn more
    about news deserts.")."""
    name = lowered[:_NEWSROOM_NAME_MAX_CHARACTERS]
    return (
        _LEARN_MORE in lowered
        and any(what in name for what in _NEWSROOM_IS)
        and _names_journalism(lowered)
        and _NEWSROOM_BLURB_END.search(lowered) is not None
    )


def is_appeal_for_journalism(text: str) -> bool:
    """Whether a paragraph is a site's appeal for its readers' money, naming its journalism ("Support our
    journalism", "Your gift keeps independent journalism free ... Donate now")."""
    return _appeals_for_journalism(text.lower())


def _appeals_for_journalism(lowered: str) -> bool:
    """:func:`is_appeal_for_journalism` of a lower-cased paragraph."""
    return _names_journalism(lowered) and _is_appeal(lowered)


def _is_appeal(lowered: str) -> bool:
    """Whether a lower-cased paragraph holds a reader-revenue appeal (:data:`_SUPPORT_APPEAL`) outside
    quotation marks."""
    return any(_unquoted(lowered, appeal.start()) for appeal in _SUPPORT_APPEAL.finditer(lowered))


def is_reporting_appeal(text: str) -> bool:
    """Whether a line that names readers "like you" and then calls on them to donate (the calls' guard lets
    only such lines through) is the site's appeal naming its reporting ("OPB's reporting is made possible by
    the support of listeners and readers like you. Donate today.", a public broadcaster's): it names no
    journalism, which :func:`is_site_notice` asks for. Asked of that line alone, not as one of the page's
    paragraphs: "reporting" is in too many stories to open that search, and a search of every paragraph for
    "like you" had cost an XSum article 6,000 instructions."""
    # Or one that calls on them twice and closes on its call (KQED's "KQED relies on support from listeners
    # and readers like you. Become a KQED member today."): a story of a charity's appeal quotes one call, or
    # says after its call whose it is ("... people like you. Become a member, Lee urged.").
    lowered = text.lower()
    appeals = [appeal for appeal in _SUPPORT_APPEAL.finditer(lowered) if _unquoted(lowered, appeal.start())]
    if not appeals:
        return False
    return "reporting" in lowered or (len(appeals) > 1 and "," not in lowered[appeals[-1].start() :])


# A newsroom's "we" telling of its own coverage, opening a paragraph (the Kyiv Independent's "We've been covering
# the war since day one. Help us keep going. Become a member today.").
OWN_COVERAGE_OPENINGS = (
    "We've been covering ", "We’ve been covering ", "We have been covering ", "We've covered ", "We’ve covered ",
    "We have covered ",
)  # fmt: skip


def is_coverage_appeal(text: str) -> bool:
    """Whether a paragraph opening on the newsroom's coverage (:data:`OWN_COVERAGE_OPENINGS`) closes on a call
    to become a member or to donate, nothing after the call's comma-less end: the site's appeal, which names no
    journalism. A charity's appeal a story quotes says whose it is ("..., its director said")."""
    lowered = text.lower()
    appeals = [appeal for appeal in _SUPPORT_APPEAL.finditer(lowered) if _unquoted(lowered, appeal.start())]
    return bool(appeals) and "," not in lowered[appeals[-1].start() :]


def _is_sign_up_notice(text: str, words: int) -> bool:
    """Whether a paragraph of ``words`` words is a newsletter form's consent notice (:data:`_SIGN_UP_NOTICE`),
    the one site notice :func:`_may_hold_site_notice` does not tell."""
    return (
        words <= _COOKIE_NOTICE_MAX_WORDS
        and text[:1] in _SIGN_UP_OPENINGS
        and _SIGN_UP_NOTICE.match(text) is not None
    )


def _may_hold_site_notice(paragraphs: list[str]) -> bool:
    """Whether any of ``paragraphs`` (a text's lines, folded) may be a cookie notice or an appeal: every
    one names cookies or journalism, which few news articles do (one in twenty BBC articles:
    "journalist"), or tells the reader "you can help us" (:data:`_PRICED_APPEAL`). One test of the
    paragraphs together spares each the lower-cased copy and the nine substring tests of
    :func:`is_site_notice`, some 14,000 instructions a BBC line; only the paragraphs short enough to be a
    notice are given, so that a text of long paragraphs (a CNN/DM article, one line of hundreds of words) is
    not read for nothing."""
    joined = "\n".join(paragraphs)
    if joined.isascii() or any(map(joined.__contains__, _LOWERED_INTO_NOTICE_WORDS)):
        lowered = joined.lower()
    else:
        # Only A to Z lower-cased, in the text's bytes: no other character lower-cases into a letter of the
        # words looked for, and those words stand between ASCII letters. str.lower looks up each character
        # beyond ASCII (a curly quote, a pound sign: 40 of 150 BBC articles), some 50 instructions a character.
        lowered = joined.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")
    return (
        _names_cookies(lowered)
        or _names_journalism(lowered)
        or ("ou can " in lowered and any(map(lowered.__contains__, _PRICED_APPEAL_WORDS)))
    )


# The characters whose lower case holds a letter of the words :func:`_names_cookies` and
# :func:`_names_journalism` look for, beyond ASCII (checked over all of Unicode): the dotted capital I's
# "i", the Kelvin sign's "k", the Cyrillic ka's "к" and the c cedilla's "ç" (the letters of "кук" and
# "çerez" that any lower case of them holds).
_LOWERED_INTO_NOTICE_WORDS = "\u0130\u212aкКçÇ"


def _names_cookies(lowered: str) -> bool:
    """Whether a lower-cased paragraph names cookies: "cookie", "куки", "çerez" or "ciasteczka" (a cookie
    notice's patterns, case-blind, match only where it does: the Kelvin sign lower-cases to "k" too).
    Substring tests in C spare nearly every paragraph the two patterns, which try their alternatives at
    every word; no ASCII text holds the other two."""
    return (
        "cook" in lowered
        or "ciastecz" in lowered
        or (not lowered.isascii() and ("кук" in lowered or "çerez" in lowered))
    )


def speaks_for_its_journalism(text: str) -> bool:
    """Whether a paragraph names journalism in the voice of those who write it, "we" or "our" ("At Premium
    Times, we firmly believe in the importance of high-quality journalism. ..."): between an appeal's heading
    and its button (see :func:`nutgraf.extract.text.clean_text`), the appeal's own words, with no call in
    them to tell them by."""
    lowered = text.lower()
    return _names_journalism(lowered) and not _FIRST_PERSON_PLURAL.isdisjoint(
        lowered.replace(",", " ").split()
    )


# A site saying its audience pays for it ("listener-supported"): news says who else backs whom too ("the
# Kremlin-supported candidate"), and such a paragraph had gone as an appeal.
_SUPPORTED_BY_ITS_AUDIENCE = (
    "listener-supported",
    "reader-supported",
    "viewer-supported",
    "member-supported",
)


def _names_journalism(lowered: str) -> bool:
    """Whether a lower-cased paragraph names journalism in a language the appeal's verbs are in, or says the
    site is "listener-supported" or "reader-supported" (a podcast's "The Valley Report is listener-supported.
    Become a member at ..."): substring tests in C spare nearly every paragraph the pattern (written out, not
    a generator over the words, whose steps had cost more than the tests)."""
    return (
        "journal" in lowered
        or ("-supported" in lowered and any(map(lowered.__contains__, _SUPPORTED_BY_ITS_AUDIENCE)))
        or "giornalis" in lowered
        or "periodis" in lowered
        or "jornalis" in lowered
        or "dziennikar" in lowered
        or "újságír" in lowered
        # A German newsroom's word for being paid for by its readers' gifts, as "listener-supported" is.
        or "spendenfinanziert" in lowered
        or "leserfinanziert" in lowered
    )


def _is_cookie_notice(text: str) -> bool:
    """Whether a paragraph that names cookies (:func:`_names_cookies`) is the site's notice of them."""
    return _CONSENT.search(text) is not None and any(
        _unquoted(text, voice.start(voice.lastgroup)) for voice in _SITE_USES_COOKIES.finditer(text)
    )


def _unquoted(text: str, at: int) -> bool:
    """Whether ``text[at]`` stands outside quotation marks: after an even number of them."""
    before = text[:at]
    return (len(before) - len(before.translate(_QUOTATION_MARKS))) % 2 == 0


# A shopping or review site's affiliate note that opens on the site's name or on what it does, the commission in
# a later sentence (TechRadar's "TechRadar is supported by its audience. When you purchase through links on our
# site, we may earn an affiliate commission.", Engadget's "... Our stories may include affiliate links; if you
# buy something through a link, we may earn a commission.", Numerama's "Numerama peut percevoir une commission
# lorsque vous achetez ..."): the site, or "we", may earn one. News of commissions says who earns them and who
# says so ("Websites that earn an affiliate commission ... must say so, the FTC ruled."), and runs longer.
_AFFILIATE_NOTE = re.compile(
    r"\b(?:we|[^\W\d_][\w.]{1,30}+) (?:may|might|can|could|peut|pueden?|kann|können) (?:earn|receive|get|make"
    r"|percevoir|toucher|recevoir|cobrar|recibir|erhalten)(?: an?| une| una)?(?: small| petite)?(?: affiliate)?"
    r" (?:commission|comisión|provision)"
    r"|\b(?:may|can) (?:include|contain) affiliate links\b"
)
_AFFILIATE_NOTE_MAX_WORDS = 60
# A long line's first characters, counted for the note's most spaces before its words are looked for in the line
# whole: a line holding that many in them is no note. English prose sets its sixtieth space well within them, and
# a pasted CNN/DM article is one line of some 4,000 characters, whose two scans had cost it thousands of
# instructions; a shorter line is scanned at once (a count costs as much as the scans).
_AFFILIATE_SPACES_READ = 400
# The site's note speaks to its reader or of its own pages ("When you purchase through links on our site",
# "lorsque vous achetez"); news of who earns a commission does neither ("Brokers may earn a commission on each
# trade.").
_ADDRESSES_THE_READER = re.compile(
    r"\b(?:you|your|our|vous|votre|nos|usted|nuestros?|nuestras?|sie|unsere\w*)\b"
)
# A sentence's stop closing a study's note.
_NOTE_STOPS = ".!?)"


def is_affiliate_note(text: str) -> bool:
    """Whether a short paragraph is a site's affiliate note (:data:`_AFFILIATE_NOTE`), outside quotation marks
    and naming no speaker. Its caller tests in C for the note's words ("filia", "ommission"), after a long line's
    first spaces (:data:`_AFFILIATE_SPACES_READ`)."""
    if text.count(" ") >= _AFFILIATE_NOTE_MAX_WORDS or any(
        map(text.__contains__, _QUOTATION_MARK_CHARACTERS)
    ):
        return False
    lowered = text.lower()
    return (
        _AFFILIATE_NOTE.search(lowered) is not None
        and _ADDRESSES_THE_READER.search(lowered) is not None
        and not _names_a_speaker(lowered)
    )


def is_disclosure_line(text: str) -> bool:
    """Whether a line is a sponsorship or affiliate disclosure or a desk's note opening it
    (:func:`_is_sponsor_message`), or a site's affiliate note (:func:`is_affiliate_note`): out of a pasted
    text's lines (whose cleaning asks its tests in C itself, sparing a line the call) and a page's paragraphs
    alike."""
    # Each rule's cheap test first, in C: a disclosure's first three characters (and a "The" line's eight) or a
    # rare note's whole opening, an affiliate note's words.
    return (
        (
            (
                text[:3] in _NOTE_HEADS
                and (text[:3] not in _THE_HEADS or text[:_THE_HEAD_CHARACTERS] in _THE_NOTE_HEADS)
            )
            or (text[:1] in _RARE_NOTE_INITIALS and text.startswith(_RARE_NOTE_OPENINGS))
        )
        and _is_sponsor_message(text)
    ) or (
        (
            len(text) < _AFFILIATE_SPACES_READ
            or text.count(" ", 0, _AFFILIATE_SPACES_READ) < _AFFILIATE_NOTE_MAX_WORDS
        )
        and ("ommission" in text or "filia" in text)
        and is_affiliate_note(text)
    )


# The small words of a political committee's name ("Friends of ...", "Citizens for ... and ...").
_PAYER_JOINERS = frozenset(("of", "for", "and", "the", "&", "to"))
# What a disclosure may be of that is news too, whose paragraph goes on with news ("This year's toy giveaway
# was made possible by donations from 40 local businesses. More than 2,000 children received a gift ...").
_NEWSWORTHY_SPONSORED = frozenset("giveaway giveaways shop shops segment segments".split())


def _note_pattern(opening: str) -> re.Pattern[str]:
    """The desk's note pattern a line's lower-cased ``opening`` asks: the opinion and travel desks'
    (:data:`_OPINION_NOTE`), the courts and local desks' (:data:`_BEAT_NOTE`) or the science desks'
    (:data:`_DESK_NOTE`)."""
    if opening.startswith(_OPINION_NOTE_OPENINGS):
        return _OPINION_NOTE
    return _BEAT_NOTE if opening.startswith(_BEAT_NOTE_OPENINGS) else _DESK_NOTE


def _is_beat_note(text: str, note: re.Match[str]) -> bool:
    """Whether a line :data:`_BEAT_NOTE` matched is the desk's note: a court reporting credit names its
    reporter or team (and its funder after them)."""
    if note["meeting"] is not None:
        # When and where alone: a clause after them is the story's ("The next meeting is on Tuesday, when the
        # council is expected to vote on the library's closure", "... si terrà giovedì e dovrà votare il
        # bilancio").
        lowered = text.lower()
        return not any(clause in lowered for clause in _MEETING_NEWS_CLAUSES)
    if note["credit"] is not None:
        name = text[note.end() :].rstrip(".")
        for funded in _CREDIT_FUNDED:
            name = name.partition(funded)[0]
        return bool(name) and all(word[:1].isupper() or word in _CREDIT_JOINERS for word in name.split())
    return True


def _is_sponsor_message(text: str) -> bool:
    """Whether a paragraph opens with a sponsorship or affiliate disclosure (:data:`_DISCLOSURE`) of the
    page's own post, newsletter or episode: the rest of it is the sponsor's advert ("This week's newsletter
    is sponsored by EcoHeat. Switch to a heat pump and get £500 off ..."), which a newsletter's summary had
    taken for news. Or with a desk's note (:data:`_DESK_NOTE`, :data:`_OPINION_NOTE`), naming no speaker."""
    # The opening words first, a test in C: the case-blind pattern tried at each line had cost a BBC
    # article's cleaning 6% more instructions.
    opening = text[:_NOTE_OPENING_CHARACTERS].lower()
    if opening.startswith(_DISCLOSURE_OPENINGS) and (disclosure := _DISCLOSURE.match(text)) is not None:
        return _NEWSWORTHY_SPONSORED.isdisjoint(disclosure.group().lower().split())
    # A desk's note: its four characters looked up, the longer openings of those only compared.
    if (
        (desk_openings := _DESK_NOTE_OPENINGS.get(opening[:4])) is None
        or not opening.startswith(desk_openings)
        or (note := _note_pattern(opening).match(text)) is None
        or _names_a_speaker(text.lower())
    ):
        return False
    if note.re is _BEAT_NOTE:
        return _is_beat_note(text, note)
    if note.re is _OPINION_NOTE:
        if note["paid"] is None:
            return True
        # The payer's name and its address, capitalised words and figures to the line's end; a story's sentence
        # goes on in running words ("Paid for by a bond issue, the stadium opened in 2019.", and past a name's
        # stop: "Paid for by Google Inc. and Meta, the study found ...").
        return all(
            word[:1].isupper() or word[:1].isdigit() or word in _PAYER_JOINERS
            for word in text[note.end() - 1 :].split()
        )
    if note["labelled"] is not None:
        # A study's note is a sentence to its stop; a story's run-in label over a headline's words has none
        # ("Conflict of interest: critics say the mayor received fees from the developer").
        return text.rstrip()[-1:] in _NOTE_STOPS
    if note["reviewer"] is not None:
        # A reviewer's line is their names and degrees ("Medically reviewed by Jurairat J. Molina, MD, MBA"); a
        # story's sentence opening on the phrase goes on in running words ("Fact checked by Reuters, the claim
        # was found to be false.").
        return all(word[:1].isupper() for word in text[note.end() - 1 :].split())
    return True


# A comment box's rules for the reader, set under the story (The Japan Times' "With your current
# subscription plan you can comment on stories. However, before writing your first comment, please create a
# display name ..."): the reader told, as "you", what commenting on the site's stories asks of them. News of
# comments says whose they are ("Readers can comment on stories ...", "you can comment on the plans"). The
# rules and the request open their sentence, the "before" clause asks "please": a story's "Under the new law,
# you must register to comment ...", "asks readers to please keep comments civil" or "Before posting your first
# comment on the forum, users must ..." is news.
_COMMENT_RULES = re.compile(
    r"\byou (?:can|may) (?:now )?comment on (?:our |all |the site['’]s )?(?:stories|articles)\b"
    r"|\bbefore (?:writing|posting|leaving|making) your first comment,? please\b"
    r"|(?:^|(?<=[.!?] ))you (?:must|need to|will need to|have to) (?:be (?:logged|signed) in|log in|sign in"
    r"|register|subscribe|be an? (?:subscriber|member)|create an? (?:account|display name|profile|username))"
    r"(?: first)? to (?:comment|post a comment|leave a comment|join the (?:conversation|discussion))\b"
    # Or asked to keep them so (Postmedia's "Please keep comments relevant and respectful."), or to read the
    # site's rules for them first (National World's "Please review our Community Guidelines before commenting.",
    # closing its paragraph under "Comment Guidelines"): "our" rules, before the reader's commenting.
    r"|(?:^|(?<=[.!?] ))please keep (?:your |all )?comments (?:relevant|respectful|civil|clean|on[- ]topic|polite)\b"
    r"|(?:^|(?<=[.!?] ))please (?:read|review|see|follow) our (?:comment(?:s|ing)?|community|discussion)"
    r" (?:policy|guidelines|rules|standards) before (?:commenting|posting|you comment)\b"
)
# A newsroom's account of itself under each of its stories (Capitol News Illinois's "Capitol News Illinois is
# a nonprofit, nonpartisan news service that distributes state government coverage ... It is funded primarily
# by the Illinois Press Foundation ..."): its name and what it is, a newsroom, in its first sentence, or the
# network it is part of and what that is (States Newsroom's "Missouri Independent is part of States
# Newsroom, a nonprofit news network supported by grants ..."); then who funds it, in a sentence of its own
# or in the newsroom's clause, or its appeal for the reader's support (JURIST's "JURIST is a nonprofit legal
# news service staffed by law students and volunteers. Please consider a donation to support our work.",
# :data:`_SUPPORT_APPEAL`). A story's last paragraph on a newsroom says so in one sentence, or quotes someone.
_NEWSROOM_ACCOUNT = re.compile(
    r"[^.!?]{1,72}? is (?:part of [^.!?,]{1,40}, )?an? (?:[\w-]++,? ){0,4}?(?:news service|newsroom"
    r"|news organi[sz]ation|news agency|news outlet|news site|news website|news network)\b"
)
_NEWSROOM_FUNDED = re.compile(
    r"[.!?]\s++(?:it|we|its (?:work|reporting|journalism)|our (?:work|reporting|journalism)) (?:is|are)"
    r" (?:(?:primarily|mainly|largely|partly|in part) )?(?:funded|supported|financed|made possible)\b"
    r"|\bnews (?:service|network|organi[sz]ation|outlet|site) (?:(?:primarily|mainly|largely) )?(?:funded"
    r"|supported|financed) by\b"
)
# A newsroom's note under the story on who funds its coverage, closing on its answering alone for the content
# (AP's "The Associated Press Health and Science Department receives support from the Howard Hughes Medical
# Institute's ... The AP is solely responsible for all content."), or its pointer to its standards (Reuters's
# "Our Standards: The Thomson Reuters Trust Principles."): the page's, under every story of the desk. The
# paragraph whole, its subject a newsroom's work (its coverage, desk or department): news of a funder says who
# told of it (:func:`_names_a_speaker`), funds a show or a broadcaster ("The festival receives support from the
# city. Its organisers are solely responsible for all content."), or goes on ("..., they argue."); and a code's
# principles other than the Trust's ("Our Standards: The Seven Nolan Principles.") are a council's.
_FUNDERS_NOTE = re.compile(
    r"[^.!?]{0,80}?\b(?:coverage|department|desk|reporting|journalism|newsroom|team)\b[^.!?]{0,80}?"
    r" receives? (?:financial )?support from [^.!?]{1,300}[.!?]\s++"
    r"[^.!?]{1,60}? (?:is|are) solely responsible for all (?:of (?:its|the) )?content\.?"
)
_STANDARDS_POINTER = re.compile(r"our standards ?+: ?+(?:the )?(?:thomson )?reuters trust principles\.?")
# A newsroom's terms for republishing its stories, under each of them (States Newsroom's "Our stories may be
# republished online or in print under Creative Commons license CC BY-NC-ND 4.0. We ask that you edit only
# ..."): "our" stories, opening the paragraph, and the licence or the credit the terms ask
# (:data:`_REPUBLISHING_LICENCE_WORDS`). News of a licence says whose the stories are ("The agency's stories may
# be republished ...") or who said so; an editorial's "Our stories may be republished by any outlet under
# the new law, ..." names no licence.
_REPUBLISHING_TERMS = re.compile(
    r"(?:our|all of our|these) (?:stories|articles|reporting|content|journalism|photos) (?:may|can) be"
    r" (?:republished|reproduced|reprinted|shared)\b"
)
_REPUBLISHING_LICENCE_WORDS = ("creative commons", "cc by", "licen", "attribution", "credit")
# A reader-revenue button's words alone under the story (States Newsroom's "SUPPORT NEWS YOU TRUST."): the
# call to support news or journalism, in a line of its own, to its end.
_SUPPORT_NEWS_BUTTON = re.compile(
    r"(?:please )?support (?:(?:local|independent|nonprofit|trusted|quality) )?(?:news|journalism|reporting)"
    r"(?: (?:you (?:can )?trust|that matters))?[.!]?"
)
# A genre's note of the page under the story: a review's on its critics' ethics (the Chronicle's "Chronicle
# restaurant critics dine anonymously, and the Chronicle pays for all meals."), in a policy's present, where
# news of a critic's visit tells it in the past ("The critic dined anonymously and the paper paid for the
# meal."), and a story on critics' ethics goes on past the meals ("Times critics dine anonymously and the
# Times pays for all meals under rules it adopted in 1998.", which had gone); a sportsbook's call under a
# betting preview (the Action Network's "Bet on this game at BetMGM: new users get up to $1,500 back ..."),
# its offer's sum in the sentence, where news of the offer says who makes it ("Fans can bet on this game at
# BetMGM, the company said.") and a sentence of the story's may open on the same words with no sum ("Bet on
# this match at your peril: ...", "Bet on the game with friends, not with an app, the group's director urged
# parents.", which had gone).
_GENRE_CLOSING_NOTE = re.compile(
    r"[^.!?]{0,60}?\b(?:critics?|reviewers?) (?:dines?|visits?|eats?) anonymously\b[^.!?]{0,80}?"
    r"\bpays? for (?:all )?+(?:the )?+meals\.?+$"
    r"|bet on (?:this|the|today's|tonight's) (?:game|match|fight|race) (?:at|with) [^.!?$£€]{0,80}[$£€]\d"
)
# A site's disclaimer under every story that the story is not its owner's word (weather.com's "The Weather
# Company's primary journalistic mission is to report on breaking weather news, ... This story does not
# necessarily represent the position of our parent company, IBM."): the paragraph's last sentence, the page's
# story ("this story", "this article") and "our" or "its" owner, the owner's name after a comma at most; the
# site's account of itself before it goes with it. News of such a disclaimer names who wrote it (a speaker's
# word) or whose it is ("The report does not necessarily reflect the views of the ministry.").
_OWNER_DISCLAIMER = re.compile(
    r"(?:^|(?<=[.!?] ))this (?:story|article|content|report|column|piece|post)"
    r" (?:does not|doesn['’]t|may not) necessarily (?:represent|reflect)"
    r" the (?:position|positions|views?|opinions?|policy|policies) of (?:our|its)"
    r" (?:parent company|parent|corporate parent|owners?|publisher|sponsors?|advertisers?)(?:, [^.!?,]{1,40})?\.?$"
)
# A republishing button's words alone under the story (Africa Check's "Republish our content for free"), and
# the pointer for publishers beside it, a link's label with no stop after its audience's colon ("For
# publishers: what to do if your post is rated false"). A sentence about republishing goes on past "our"
# content, and a note for publishers in the story ends as a sentence.
_REPUBLISHING_BUTTON = re.compile(
    r"republish (?:our|this) (?:content|stories|story|articles?|reporting|work)(?: for free)?+[.!]?+"
    # Agência Pública's button alone under the story ("Republique").
    r"|republique(?: (?:esta|nossa|nossas) (?:reportagem|reportagens))?+[.!]?+"
    r"|for (?:publishers|editors|media partners)\s*+:[^.!?:]{1,80}"
)
# A republished story's note of its source and licence, wherever the paper that took it sets it (over the
# story, ProPublica's "This article was originally published by ProPublica, a Pulitzer Prize-winning
# investigative newsroom. Sign up for The Big Story newsletter ..."; under it, CalMatters's "This article was
# originally published on CalMatters and was republished under the Creative Commons ... license.", Inside
# Climate News's "This story originally appeared in Inside Climate News and is republished here with
# permission.", Mongabay's "This story was published with permission from Mongabay.com."), and a nonprofit
# newsroom's own licence terms (ProPublica's "Republish our articles for free, online or in print, under a
# Creative Commons license.", Correctiv's "Dieser Artikel darf unter der Lizenz CC BY-NC-ND 4.0 kostenlos
# übernommen werden.", Agência Pública's "Esta reportagem pode ser republicada gratuitamente sob licença
# Creative Commons ...", Global Voices's "Nos articles sont publiés sous licence Creative Commons ..." and
# "Billet d'origine publié le ..."). The source is named in capitals, and the note's sentence stops after it,
# or after the newsroom's description, its republishing "with permission" or "under" a licence, or the
# original's address: news of a publication goes on ("This story was first published by The Herald in 1998,
# and it won a prize.", "This study was originally published in The Lancet and has been cited 400 times.").
_REPUBLISHED_SOURCE = re.compile(
    r"this (?:article|story|piece|post) (?:(?:was|is|has been) )?(?:originally |first )?"
    r"(?:published|appeared|republished) (?:with permission (?:from|of) |(?:by|on|in|from) )"
    r"(?-i:[A-Z0-9])[\w.'’&-]{0,30}+(?: (?-i:[A-Z0-9])[\w.'’&-]{0,30}+){0,5}+"
    r"(?P<tail>, an? [^.!?]{0,80}?\b(?:newsroom|news site|news organi[sz]ation|news outlet|news service)\b[^.!?]{0,80}+"
    r"| and (?:is|was|has been) republished (?:here )?+(?:with permission|under (?:an?|the) [^.!?]{1,80}?licen[cs]e)"
    r"| at (?:https?://)?+[\w.-]{1,80}+(?:/[\w.-]{0,80}+){0,10}+)?+[.!]?+"
    r"|ce billet a été traduit de l['’](?:anglais|espagnol|russe|arabe|portugais|allemand|italien|chinois)[.!]?+"
    r"|billet d['’]origine publié le \d{1,2} [^\W\d_]{3,9} \d{4}[.!]?+"
    # The Conversation's account of itself under each piece it licenses, its words fixed.
    r"|[^.!?]{1,40}? is an independent source of news and views,? sourced from the academic community[.!]?+",
    re.IGNORECASE,
)
_NEWSROOM_LICENCE = re.compile(
    r"(?:republish|share) (?:our|these|this) (?:articles?|stories|story|reporting|work)(?: for free)?+"
    r"(?:, online or in print,)?+ under an? creative commons licen[cs]e[.!]?+"
    r"|(?:our|these|this) (?:articles?|stories|story|reporting|work) (?:is|are|may be|can be) (?:re)?published"
    r"(?: for free)?+ under an? creative commons licen[cs]e[.!]?+"
    r"|(?:nos|ces) (?:articles|billets|contenus) sont publiés sous licence creative commons[\w .-]{0,30}+"
    # The licence's name and its one condition after it, no more: a court's or a speaker's words after a
    # comma are news of the licence ("..., decidiu o tribunal.").
    r"|(?:esta|essa) (?:reportagem|matéria) pode ser republicada [^.!?]{0,40}?\bsob licença creative commons"
    r"(?: [\w./-]{1,20}+){0,4}+(?:,? desde que [^.!?]{1,120}+)?+[.!]?+"
    r"|diese[rs]? (?:artikel|beitrag|text) darf [^.!?]{0,60}?\blizenz\b[^!?]{0,60}?"
    r"\b(?:übernommen|weiterverbreitet|veröffentlicht) werden[.!]?+",
    re.IGNORECASE,
)
# The sentences such a note runs on with: the newsroom's account of itself ("Chalkbeat is a nonprofit news
# site covering ...", "Global Voices est une communauté internationale d'auteurs ..."), the writer's post at
# it ("Panetta is a political reporter for The 19th."), its calls to sign up or read more, and its wish for
# readers ("We want our journalism to be accessible to as many readers as possible.").
_NEWSROOM_DESCRIPTION = re.compile(
    r"(?P<name>[^!?]{1,60}?) (?:is|est) (?:an?|une?) (?:[\w-]++,? ){0,5}?(?:newsroom|news site|news service"
    r"|news organi[sz]ation|news outlet|media venture|rédaction|communauté)\b[^.!?]{0,200}+[.!]?+",
    re.IGNORECASE,
)
_REPUBLISHING_NOTE_COMPANION = re.compile(
    r"[\w'’ -]{1,40}? is an? [\w -]{0,30}?(?:reporter|writer|correspondent|editor) (?:for|at|with) [^!?]{1,60}+"
    r"|we want our (?:journalism|reporting|stories) to (?:be accessible to|reach) [^.!?]{1,60}+[.!]?+"
    r"|its aim is to allow the best ideas on current issues to circulate more widely[.!]?+",
    re.IGNORECASE,
)
# Its calls to the reader, which close a newsroom's account of itself under a story it lets others run too
# (The Texas Tribune's "The Texas Tribune is a member-supported, nonpartisan newsroom ... Learn more at
# texastribune.org."): the account and such a call make the note where no licence is named.
_REPUBLISHING_NOTE_CALL = re.compile(
    r"sign up (?:for|to) [^!?]{1,120}+|learn more at (?:https?://)?+[\w-]{1,60}+(?:\.[\w-]{1,60}+){1,4}+/?+[.!]?+"
    r"|read the original (?:article|story)[.!]?+",
    re.IGNORECASE,
)
# The words one of its sentences holds, each a scan in C before any pattern is tried on a line.
_REPUBLISHING_NOTE_WORDS = ("ublish", "ppeared", "icen", "izenz", "illet", "ews and views", "earn more")
_REPUBLISHING_NOTE_MAX_CHARACTERS = 600
# Its first sentence's opening, tested before those scans (they had cost an XSum article 7% of its cleaning,
# asked of every line): each sentence must be one of the note's, so the first is, and every one of those
# patterns opens on one of these words, or names its subject in at most 60 characters before " is " or
# " est " (the newsroom's account, the writer's post, The Conversation's account). On an ASCII head the
# patterns' IGNORECASE is its lower-casing; a head with any other character is not spared.
_REPUBLISHING_NOTE_OPENINGS = (
    "this ", "these ", "our ", "republish ", "share ", "nos ", "ces ", "ce billet ", "billet d", "esta ", "essa ",
    "diese", "sign up ", "learn more at ", "read the original ", "we want our ", "its aim is ",
)  # fmt: skip
# Their first characters, as many as the shortest opening has (so an opening added shorter still counts): a
# head lower-cased opens on one of the openings only where its first characters are one of these, a set's
# look-up where a test of each opening had cost some 1,500 instructions a line.
_REPUBLISHING_NOTE_OPENING_REACH = min(map(len, _REPUBLISHING_NOTE_OPENINGS))
_REPUBLISHING_NOTE_OPENING_HEADS = frozenset(
    opening[:_REPUBLISHING_NOTE_OPENING_REACH] for opening in _REPUBLISHING_NOTE_OPENINGS
)
_REPUBLISHING_NOTE_SUBJECT_REACH = 65
_SENTENCE_BREAK = re.compile(r"(?<=[.!?]) ++(?=[^\W\d_])")
# A medical or science story's box of a study's disclosures under it, its heading alone over it (MedPage
# Today's "Disclosures" / "The study was funded by the drug's manufacturer. Rosenstock reported serving as an
# advisor ..."): the heading as pages set it, and the words a study's funding or an author's ties are told in.
# A story's own paragraph on who paid for a study stands under no such heading, and a story's cross-head
# "Disclosures" over a politician's filings tells of no funder nor author's ties, nor names a study: the same
# words tell a senator's gifts ("The senator reported receiving ... consulting fees from lobbyists") or a
# company's backers ("... was funded by venture capital, filings show").
# Over the story, a writer's box of the same kind (The Conversation's "Disclosure statement" / "Verena
# Schoepf receives funding from the Australian Research Council."): see :func:`is_disclosure_note`.
DISCLOSURE_HEADINGS = frozenset(("Disclosures", "Disclosure", "Disclosure statement"))
_STUDY_WORDS = ("study", "trial", "research", "author", "investigator", "analysis")
_STUDY_DISCLOSURE_WORDS = (
    "funded by", "funding from", "supported by", "reported serving", "reported receiving", "reported ties",
    "reported relationships", "reported no ", "declared no ", "no conflicts", "no competing", "grants from",
    "consulting fees",
)  # fmt: skip
# A site's statement of what it is, then its call to keep it or follow it (Postmedia's "Our website is the
# place for the latest breaking news, exclusive scoops ... Please bookmark vancouversun.com and sign up for our
# newsletters here."): the site speaking of itself as "our website", the place for news, a call opening the
# next sentence. A council's "Our website is the place for residents to report potholes. Please bookmark it,
# the mayor urged." names no news.
_SITE_STATEMENT = re.compile(
    r"(?:our|this) (?:web ?site|site|app) is (?:the|your) (?:place|home|destination|source|go-to)\b"
    r"[^.!?]{0,40}?\bnews\b[^.!?]{0,160}"
    r"[.!?]\s++(?:please )?(?:bookmark|sign up|subscribe|follow us|download)\b"
)
# The site's word to its reader under the story: thanks or praise for reading, then a call to join or
# subscribe (The Times of Israel's "You're an engaged reader, and we're glad you're here. Join Times of Israel
# Community."), or to comment under the story (Patch's "Thank you for reading Patch. Please share your
# thoughts in the comments below."). An invitation to join the writer somewhere or at some time is a
# columnist's or an official's to an event ("Thanks for reading. Join us at the town hall on Thursday ..."), no
# call of the site's.
_READER_THANKS = re.compile(
    r"(?:(?:thank you|thanks) for reading\b|you(?:['’]re| are) an? (?:engaged|loyal|valued|regular|avid)"
    r" reader\b)[^.!?]{0,80}[.!?]\s++(?:please )?"
    r"(?:join(?! us (?:at|on|for|in|this|next)\b)|subscribe|become|support|sign up|consider|donate"
    r"|share your (?:thoughts|views|opinions?) in the comments)\b"
)
# The newsroom's note under a court report on what the law keeps it from publishing (The Courier's "Reporting
# restrictions prevent us from publishing details of ...", "For legal reasons we cannot name ..."): "us" or
# "we", the paper. A story's own line on the court's order names who it binds ("... prevent the media from
# naming the boy"), and a speaker's words say who spoke (:data:`_SPEAKER_WORDS`). One clause: the story's
# news may go on after the note in its paragraph ("..., but the court heard he is 15.", ". The boy, 15, ...").
_RESTRICTIONS_NOTE = re.compile(
    r"(?:(?:legal|reporting) restrictions (?:prevent|stop|bar)s? us from|for legal reasons,? we (?:cannot|can['’]t"
    r"|are (?:unable|not able) to))"
    r" (?:publish|nam|report|identif|reveal)\w*+\b[^!?.,;:]{0,200}\.?$"
)
# An organisation's account of itself in the first person closing on its call to give (Full Fact's "Full Fact
# fights bad information. We're a team of independent fact checkers and campaigners. Support our work by
# making a donation today."): "we" or "our" before the last sentence, and that sentence the call alone, to its
# stop. A story's last paragraph on a charity's appeal says who made it ("Donate today, its director urged.")
# or quotes it. The call names the speaker's own work as what the gift keeps ("Support our work by ...", "...
# to support our work"): a column closing on its own plea for a cause ("We could not have coped without the
# hospice. Please consider making a donation.", "... to help us rebuild the village hall.") is the story's,
# and a call to give something to someone else is a story's service line ("Donate blood at the town hall.").
_FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b")
_CALL_TO_GIVE = re.compile(
    r"[.!?]\s++(?:please )?(?:(?:support|fund) (?:our (?:work|mission|journalism|reporting)|us) (?:by|with)"
    r" (?:making |giving )?(?:a |your )?(?:donation|gift|contribution)"
    r"|(?:donate|make a (?:donation|gift|contribution)|consider (?:a donation|donating|making a donation))"
    r"(?: today| now)? to (?:support (?:our (?:work|mission|journalism|reporting)|us)|keep us going))"
    r"(?: today| now)?[.!]?$"
)
# A site's statement of itself, then its call to support, join or subscribe to it, in one paragraph under
# the story (GGWash's "GGWash is a nonprofit. Become a member today to keep our reporting free.",
# Malaysiakini's "Malaysiakini has been covering the news without fear or favour for 26 years. Subscribe now
# to support independent journalism.", a network's blurb closing on "Sign up today!", AFP Fact Check's "AFP Fact
# Check has verified more than 10,000 claims. Read more about our methodology."): the statement opens on
# a name the story above does not tell of (see :func:`_is_other_newsroom`) and what it is or has done, the
# call one for the site (:data:`_SITE_WORK`); or it speaks as "we" and the call names such a name (Cabin
# Radio's "We are funded by people who read our stories. Support Cabin Radio.", Africa Check's "Help us
# fight misinformation. Donate to Africa Check."). A story's last paragraph of a museum's or a charity's
# appeal names it above, or its statement opens on no name ("The museum is closed. Support the museum ..."),
# or it says who made the call.
_SITE_CALL = re.compile(
    r"(?:please )?(?:support|donate|give|subscribe|sign up|join|become an? (?:member|subscriber|supporter|donor)"
    r"|(?:read|learn) more about (?:our|us))\b[^.!?]{0,80}[.!]?"
)
_NAMED_SITE_CALL = re.compile(
    r"(?i:please )?(?i:support|donate to|give to|subscribe to|join)"
    r" (?P<name>[A-Z][\w'’&.-]*+(?: [A-Z][\w'’&.-]*+){0,3})[.!]?"
)
_SITE_STATEMENT_MAX_WORDS = 40
# What a site's call after its statement of itself asks the reader to keep up, its journalism ("to keep our
# reporting free", "to support independent journalism", "about our methodology"); or the call names the
# site's name again ("The Tyee is reader-funded. Join Tyee Builders today."), or is a button's few words
# under a name of several ("Sign up today!"). A story's line opening on a capitalised thing calls for
# something else ("Democracy is fragile. Join us.", "Admission is free. Sign up at the library.").
_SITE_WORK = (
    "journalism", "reporting", "newsroom", "methodology", "our work", "our mission", "our stories",
    "our coverage", "our news",
)  # fmt: skip
_SITE_BUTTON_MAX_WORDS = 3
_ARTICLE = "The"
_SITE_STATEMENT_NAME_MAX_WORDS = 5
_SITE_STATEMENT_VERBS = (" is ", " has ")
# What every note holds, in the case it is written in ("onat" a call to give's "donate" or "donation"; a
# site's call's "support", "member", "sign up", "subscribe", "join" or "about our").
_CLOSING_NOTE_WORDS = (
    "omment", "ews", "site", "eader", "eading", "onat", "epubli", "UPPORT", "ubscribe", "Paper", "epaper", "-paper",
    "-edition", "upport", "ember", "ign up", "oin ", "bout our", "bout us", "estrictions", "egal", "or publishers", "or editors", "or media",
    # A genre's notes (:data:`_GENRE_CLOSING_NOTE`).
    "nonymously", "Bet on ",
    # An easy-language edition's note on its language (:data:`_EASY_LANGUAGES`).
    "prache", "kielellä", "lätt", "taal",
    # A newsroom's funders' note and its standards' pointer (:data:`_FUNDERS_NOTE`, :data:`_STANDARDS_POINTER`).
    "olely responsible", "Standards",
    # A site's disclaimer of its owner's position (:data:`_OWNER_DISCLAIMER`).
    "ecessarily",
    # A republished story's source's account of itself (:func:`_is_newsroom_description`).
    "edia venture",
    # A trust label's definition (:data:`_STORY_TYPE_DEFINITION`).
    "ased on facts", "nterpretation of the news", "dvocates for ideas", "ype of ",
)  # fmt: skip
# A paper's notice of its digital edition under the story, with the link to it (the Jamaica Observer's "Now
# you can read the Jamaica Observer ePaper anytime, anywhere. ... available at https://bit.ly/epaper-login"):
# the edition's name, the notice closing on its address and speaking to the reader ("you", "your") or telling
# them what to do ("Read ...", "Download ..."). News of an e-paper links none, says who told of it, or tells
# of the edition with a link in the telling ("The ePaper, launched in 2012 at www.observer.com, now has
# 40,000 readers"; "... readers will be redirected to www.theguardian.com.").
_DIGITAL_EDITIONS = ("epaper", "e-paper", "e-edition")
_LINKS = ("http://", "https://", "www.")
_READER_WORDS = frozenset(("you", "your"))
_EDITION_CALLS = ("read ", "download ", "get ", "visit ", "subscribe ", "access ")
# A call's word as a noun or a participle, its preposition after it: news of an edition, no call ("Access to
# the archive will move to the e-edition.", "Read by 40,000 a day, ... the e-paper.").
_NOUN_CALLS = (["to"], ["by"], ["of"])
# A subscription pitch under the story closing on its button's words after a stop or a dash (The Namibian's
# "Stay informed with The Namibian – your source for credible journalism. Get in-depth reporting and opinions
# for only N$85 a month. Invest in journalism, invest in democracy – Subscribe Now!"): the call alone at the
# end, the pitch naming journalism or reporting, or its price a month.
_PITCH_BUTTONS = ("subscribe now", "subscribe today", "subscribe here")
_PITCH_BUTTON_BEFORE = (". ", "! ", "– ", "— ", "- ")
_PITCH_WORDS = ("journalism", "reporting", " a month", " per month")
# French's "said" after its auxiliary ("..., a dit le maire", "ont dit les policiers"): "dit" alone is Dutch's
# "this" too, never after "a" or "ont". A notice's speaker (:data:`_SPEAKER_WORDS`) and a call's
# (:func:`~nutgraf.extract.text.calls._reports_someone`) alike.
_FRENCH_SAID = "dit"
_FRENCH_SAID_AUXILIARIES = frozenset(("a", "ont"))
# A speaker's word in a note's paragraph: news that reports the words. English's, and the verbs of reported
# speech of the other languages whose cookie notices nutgraf reads, in the past tense a story reports in and a
# site's notice never speaks in ("..., a annoncé la commission", "..., teilte die Behörde mit", "hieß es"): a
# French or German brief that quotes a banner had been taken for the banner and refused as a page without an
# article. Not "selon", "laut", "según" ("according to"), which a notice writes too ("selon vos préférences").
# Each a word's start, a word's end too where a notice's words open on it: "disse" ends at a space or a stop
# (a banner that will never "disseminate your data", "não disseminamos os seus dados", names no speaker), and
# French's "a dit" (has said), which "a ditch" opens.
_SPEAKER_WORDS = (
    " said", " says", " told", " wrote",
    " a déclaré", " a indiqué", " a annoncé", " a estimé", " a expliqué", " a précisé", " a affirmé",
    " a reconnu", " a souligné", " a-t-il", " a-t-elle",
    *(f" {auxiliary} {_FRENCH_SAID}{end}" for auxiliary in sorted(_FRENCH_SAID_AUXILIARIES) for end in " ,."),
    " sagte", " teilte ", " erklärte", " hieß es", " betonte", " nach angaben",
    " dijo", " afirmó", " declaró", " explicó", " señaló", " indicó", " aseguró",
    " ha detto", " ha dichiarato", " ha spiegato", " ha affermato", " ha annunciato",
    " disse ", " disse,", " disse.", " afirmou", " declarou", " explicou", " informou",
    " zei ", " aldus",
)  # fmt: skip
# The words before a newsroom's name where a story of its own names it: the one a source spoke to.
_TOLD = ("told ", " to ", "with ")
_TOLD_LONGEST = max(_TOLD, key=len)
# A writer's bio's words before and after the newsroom it names as the writer's ("... is GGWash's ...").
_BIO_IS = " is "
_POSSESSIVES = ("'s ", "’s ")
# The most words of a closing note of the page's (see :func:`without_closing_notes`), and of the heading
# over it that goes with it ("Comments").
_CLOSING_NOTE_MAX_WORDS = 80
_CLOSING_NOTE_HEADING_MAX_WORDS = 3
# The most notes read under a story (a page sets a few: its comment box's rules, its account of itself, its
# call): each is looked for in the story above it, so 8,000 lines of notes had taken 1.4 s and 2,000 0.13 s
# (hostile input, round 21).
_CLOSING_NOTES_MAX = 10
# A fact check's box's labels, in the languages of the verdict labels :data:`_CLOSING_NOTICE` knows.
_FACT_CHECK_BOX_LINE = re.compile(
    r"(?:claim|verdict|rating|affirmation|afirmaci[oó]n|veredicto|alegação|veredito|affermazione"
    r"|verdetto)\s*+:\s*+\S",
    re.IGNORECASE,
)


# A comment box's heading over its rules under the story (Patch's "The rules of replying:" over "Be respectful.
# This is a space for friendly local discussions. ..." and "Be transparent. ..."), whose rules name no comment:
# the heading and what is under it go, looked for among the last paragraphs only. The whole line, with its
# colon: a story's section on a body's rules says more ("The rules of commenting on planning applications").
_COMMENT_RULES_HEADING = re.compile(
    r"(?:the |our )?(?:rules|guidelines) (?:of|for) (?:replying|commenting|comments)\s*+:"
    r"|(?:comment|commenting|community) (?:rules|guidelines)\s*+:",
    re.IGNORECASE,
)
# How far from the end such a heading is looked for: a box of a few rules and its buttons.
_COMMENT_RULES_REACH = 6
_ENDS_ON_COLON = methodcaller("endswith", ":")
# How a box's first rule under that heading opens, telling the reader what to do ("Be respectful.", "Keep it
# civil."): a story's closing list under its words heads a public hearing's or an agency's rules for comments
# ("Rules for comments:" over "The agency will accept written comments until Jan. 15."), which stay.
_COMMENT_RULE_OPENINGS = (
    "Be ",
    "Don't ",
    "Don’t ",
    "Do not ",
    "Keep ",
    "Stay ",
    "No ",
    "Please ",
    "Respect ",
)


def without_closing_notes(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without the page's notes closing them under the story's prose: a comment box's rules
    (:data:`_COMMENT_RULES`), a newsroom's account of itself (:data:`_NEWSROOM_ACCOUNT`), a site's statement
    of itself before its call (:data:`_SITE_STATEMENT`), its thanks to the reader before a call
    (:data:`_READER_THANKS`). Each outside quotation marks and with no speaker (:data:`_SPEAKER_WORDS`). Only
    the last paragraphs are read: a search of every line for "comment" had cost an XSum article 0.6% of its
    cleaning."""
    # The rules' heading closes on its colon and has a paragraph under it: the headings are found in C among
    # the last paragraphs but one, and only theirs are read on (a loop over each had cost every text some
    # hundred bytecodes).
    reach = max(1, len(paragraphs) - _COMMENT_RULES_REACH)
    # A text of a paragraph or two (CNN/DM's articles are one) has no heading with a rule under it.
    if reach < len(paragraphs) - 1:
        for at in compress(range(reach, len(paragraphs) - 1), map(_ENDS_ON_COLON, paragraphs[reach:-1])):
            if paragraphs[at + 1].startswith(_COMMENT_RULE_OPENINGS) and _COMMENT_RULES_HEADING.fullmatch(
                paragraphs[at]
            ):
                paragraphs = paragraphs[:at]
                break
    for _ in range(_CLOSING_NOTES_MAX):
        if len(paragraphs) <= 1 or not _is_closing_note(paragraphs[-1], paragraphs[:-1]):
            break
        paragraphs = paragraphs[:-1]
        # Its heading with it, a short line with no stop ("Comments" over a comment box's rules).
        heading = paragraphs[-1]
        if (
            len(paragraphs) > 1
            and len(heading.split()) <= _CLOSING_NOTE_HEADING_MAX_WORDS
            and not _ends_sentence(heading)
            and heading[-1:] != ":"
        ):
            paragraphs = paragraphs[:-1]
    # A fact check's box under its story, the claim's and the verdict's labelled lines without a stop (AFP's
    # "Claim: Video shows River Thames flooding London in December 2026" / "Verdict: False"): the box over
    # the story is its summary, kept; under it, the same words again. Counted back, not cut a line at a time:
    # each cut copied the list, and 100,000 such lines had grown with their square (hostile input, round 21).
    end = len(paragraphs)
    while (
        end > 1
        and _FACT_CHECK_BOX_LINE.match(paragraphs[end - 1]) is not None
        and not _ends_sentence(paragraphs[end - 1])
    ):
        end -= 1
    return paragraphs[:end]


def _is_closing_note(text: str, above: list[str]) -> bool:
    """Whether the text's last paragraph, under the paragraphs ``above``, is one of the notes
    :func:`without_closing_notes` drops."""
    under_disclosures = bool(above) and above[-1] in DISCLOSURE_HEADINGS
    # Substring tests in C first, each a scan of the paragraph: its copy lower-cased, its words counted by a
    # split and its quotation marks by a translation had cost an XSum article 3% of its cleaning.
    if (
        not (under_disclosures or any(map(text.__contains__, _CLOSING_NOTE_WORDS)))
        or text.count(" ") >= _CLOSING_NOTE_MAX_WORDS
        or any(map(text.__contains__, _QUOTATION_MARK_CHARACTERS))
    ):
        return False
    lowered = text.lower()
    if _names_a_speaker(lowered):
        return False
    return (
        (under_disclosures and _is_study_disclosure(lowered))
        or ("omment" in lowered and _COMMENT_RULES.search(lowered) is not None)
        or (
            _NEWSROOM_ACCOUNT.match(lowered) is not None
            and (_NEWSROOM_FUNDED.search(lowered) is not None or _is_appeal(lowered))
            and _is_other_newsroom(text[: text.find(" is ")], above)
        )
        or (
            "epublish" in lowered
            and _REPUBLISHING_TERMS.match(lowered) is not None
            and any(map(lowered.__contains__, _REPUBLISHING_LICENCE_WORDS))
        )
        or _SUPPORT_NEWS_BUTTON.fullmatch(lowered) is not None
        or (" is a" in lowered and _is_newsroom_description(text, above))
        or _STORY_TYPE_LABEL.fullmatch(text) is not None
        or (
            bool(above)
            and _STORY_TYPE_LABEL.fullmatch(above[-1]) is not None
            and _STORY_TYPE_DEFINITION.fullmatch(text) is not None
        )
        or (
            ("nonymously" in lowered or lowered.startswith("bet on "))
            and _GENRE_CLOSING_NOTE.match(lowered) is not None
        )
        or (
            (
                "epubli" in lowered
                or "or publishers" in lowered
                or "or editors" in lowered
                or "or media" in lowered
            )
            and _REPUBLISHING_BUTTON.fullmatch(lowered) is not None
        )
        or ("ubscribe" in lowered and _is_subscription_pitch(lowered))
        or ("contact us" in lowered and _closes_on_subscription_contact(lowered))
        or _is_easy_language_note(lowered)
        or (any(map(lowered.__contains__, _DIGITAL_EDITIONS)) and _is_edition_notice(lowered))
        or _SITE_STATEMENT.match(lowered) is not None
        or _READER_THANKS.match(lowered) is not None
        or ("olely" in lowered and _FUNDERS_NOTE.fullmatch(lowered) is not None)
        or ("ecessarily" in lowered and _OWNER_DISCLAIMER.search(lowered) is not None)
        or ("tandards" in lowered and _STANDARDS_POINTER.fullmatch(lowered) is not None)
        or (("egal" in lowered or "estrictions" in lowered) and _RESTRICTIONS_NOTE.match(lowered) is not None)
        or ("onat" in lowered and _is_account_closing_on_call_to_give(lowered))
        or _is_site_statement_before_call(text, above)
    )


def is_republishing_note(text: str) -> bool:
    """Whether a paragraph is a republished story's note of its source or a newsroom's licence terms
    (:data:`_REPUBLISHED_SOURCE`, :data:`_NEWSROOM_LICENCE`), or the newsroom's account of itself closing on
    its call (:data:`_REPUBLISHING_NOTE_CALL`), every sentence of it the note's or one it runs on with
    (:data:`_REPUBLISHING_NOTE_COMPANION`): outside quotation marks and with no speaker, as news of a licence
    quotes or names whose it is ("The photos may be republished under a Creative Commons license, the museum
    said.")."""
    if len(text) > _REPUBLISHING_NOTE_MAX_CHARACTERS:
        return False
    # The first sentence's opening before the scans (:data:`_REPUBLISHING_NOTE_OPENINGS`).
    head = text[:_REPUBLISHING_NOTE_SUBJECT_REACH]
    if head.isascii() and not (
        " is " in (head := head.lower())
        or " est " in head
        or (
            head[:_REPUBLISHING_NOTE_OPENING_REACH] in _REPUBLISHING_NOTE_OPENING_HEADS
            and head.startswith(_REPUBLISHING_NOTE_OPENINGS)
        )
    ):
        return False
    if (
        not any(map(text.__contains__, _REPUBLISHING_NOTE_WORDS))
        or any(map(text.__contains__, _QUOTATION_MARK_CHARACTERS))
        or _names_a_speaker(text.lower())
    ):
        return False
    kinds = [_republishing_note_sentence(sentence) for sentence in _SENTENCE_BREAK.split(text)]
    return None not in kinds and (
        _NOTE in kinds or (_NEWSROOM_ACCOUNT_SENTENCE in kinds and _CALL_SENTENCE in kinds)
    )


# The kinds of a republishing note's sentences (:func:`_republishing_note_sentence`).
_NOTE, _NEWSROOM_ACCOUNT_SENTENCE, _CALL_SENTENCE, _COMPANION_SENTENCE = range(4)


def _republishing_note_sentence(sentence: str) -> int | None:
    """Which of a republishing note's sentences ``sentence`` is, the note's own, the newsroom's account of
    itself, a call or another it runs on with; ``None`` where it is none of them."""
    if (source := _REPUBLISHED_SOURCE.fullmatch(sentence)) is not None:
        # A bare provenance line ("This article originally appeared on The Atlantic.", "This article was
        # originally published by Futurism. Read the original article.", both kept by the shared sets' gold)
        # is the note's only beside the newsroom's account or a licence: alone, it is as often the story's
        # own sentence on a publication ("This story was published by The Times."). Published "with
        # permission" is a licence's word (Mongabay's).
        bare = source["tail"] is None and sentence[:5].lower() == "this " and "permission" not in sentence
        return _COMPANION_SENTENCE if bare else _NOTE
    if _NEWSROOM_LICENCE.fullmatch(sentence) is not None:
        return _NOTE
    if _NEWSROOM_DESCRIPTION.fullmatch(sentence) is not None:
        return _NEWSROOM_ACCOUNT_SENTENCE
    if _REPUBLISHING_NOTE_CALL.fullmatch(sentence) is not None:
        return _CALL_SENTENCE
    return _COMPANION_SENTENCE if _REPUBLISHING_NOTE_COMPANION.fullmatch(sentence) is not None else None


# A newsroom's label of the kind of story under it, and the label's definition in the Trust Project's words
# (The Colorado Sun's "Type of Story: News" over "Based on facts either observed and verified directly by the
# reporter, or reported and verified from knowledgeable sources."): the definition goes under its label only,
# and the label closing the story goes too; a story's own sentence on verified facts has no label over it.
_STORY_TYPE_LABEL = re.compile(
    r"type of (?:story|work|article|content): (?:news|analysis|opinion|commentary|explainer|review|investigation"
    r"|fact check|first person|perspective|sponsored|satire)",
    re.IGNORECASE,
)
_STORY_TYPE_DEFINITION = re.compile(
    r"(?:based on facts,? either observed and verified|interpretation of the news based on evidence"
    r"|advocates for ideas and draws conclusions based on)\b[^!?]{0,200}+",
    re.IGNORECASE,
)


def _is_newsroom_description(text: str, above: list[str]) -> bool:
    """Whether a paragraph closing the story is another newsroom's one sentence on what it is, the note a
    republished story keeps of its source (CalMatters's "CalMatters.org is a nonprofit, nonpartisan media
    venture explaining California policies and politics."): a story's last paragraph on a newsroom it reported
    on names it above (:func:`_is_other_newsroom`), or goes on past the sentence."""
    description = _NEWSROOM_DESCRIPTION.fullmatch(text)
    return (
        description is not None
        and _SENTENCE_BREAK.search(text) is None
        and _is_other_newsroom(description["name"], above)
    )


def is_disclosure_note(text: str) -> bool:
    """Whether a paragraph under a disclosures heading over the story tells a writer's or a study's funding
    or ties (:data:`_STUDY_DISCLOSURE_WORDS`, "funding"): a note's length, outside quotation marks and with no
    speaker (a story's paragraph on who funds whom says who told it)."""
    if text.count(" ") >= _CLOSING_NOTE_MAX_WORDS or any(map(text.__contains__, _QUOTATION_MARK_CHARACTERS)):
        return False
    lowered = text.lower()
    return (
        "funding" in lowered or any(map(lowered.__contains__, _STUDY_DISCLOSURE_WORDS))
    ) and not _names_a_speaker(lowered)


def _is_study_disclosure(lowered: str) -> bool:
    """Whether a lower-cased paragraph under a disclosures heading (:data:`DISCLOSURE_HEADINGS`) tells a
    study's funding or its authors' ties, naming the study or its authors."""
    return any(map(lowered.__contains__, _STUDY_DISCLOSURE_WORDS)) and any(
        map(lowered.__contains__, _STUDY_WORDS)
    )


def _is_site_statement_before_call(text: str, above: list[str]) -> bool:
    """Whether a paragraph is a site's statement of itself closing on its call (see :data:`_SITE_CALL`),
    under the paragraphs ``above``."""
    cut = max(text.rfind(". "), text.rfind("! "), text.rfind("? "))
    if cut < 0:
        return False
    statement, call = text[: cut + 1], text[cut + 2 :]
    if len(statement.split()) > _SITE_STATEMENT_MAX_WORDS or _SITE_CALL.fullmatch(call.lower()) is None:
        return False
    verb = min((at for at in map(statement.find, _SITE_STATEMENT_VERBS) if at > 0), default=-1)
    name = statement[:verb]
    if (
        verb > 0
        and len(name.split()) <= _SITE_STATEMENT_NAME_MAX_WORDS
        and _calls_for_the_site(call, name)
        and _is_other_newsroom(name, above)
    ):
        return True
    named = _NAMED_SITE_CALL.fullmatch(call)
    return (
        named is not None
        and _FIRST_PERSON.search(statement.lower()) is not None
        and _is_other_newsroom(named["name"].rstrip("."), above)
    )


def _is_edition_notice(lowered: str) -> bool:
    """Whether a lower-cased paragraph naming a digital edition is its notice (see :data:`_DIGITAL_EDITIONS`):
    closing on the edition's link, to the reader; or a call to read it closing on its name, no link copied
    with it (the Sowetan's "Read more stories like this in the Sowetan ePaper.")."""
    if (
        lowered.startswith(_EDITION_CALLS)
        and lowered.rstrip(".!").endswith(_DIGITAL_EDITIONS)
        and lowered.split(maxsplit=2)[1:2] not in _NOUN_CALLS
    ):
        return True
    words = lowered.replace(",", " ").split()
    return words[-1].startswith(_LINKS) and (
        lowered.startswith(_EDITION_CALLS) or not _READER_WORDS.isdisjoint(words)
    )


def _is_subscription_pitch(lowered: str) -> bool:
    """Whether a lower-cased paragraph is a subscription pitch closing on its button's words (see
    :data:`_PITCH_BUTTONS`), after a sentence or a dash of the pitch."""
    closing = lowered.rstrip("!. ")
    button = next((button for button in _PITCH_BUTTONS if closing.endswith(button)), None)
    return (
        button is not None
        and closing[: -len(button)].endswith(_PITCH_BUTTON_BEFORE)
        and any(word in closing for word in _PITCH_WORDS)
    )


# An agency's notice under every story closing on where to ask for its service (Anadolu's "Anadolu Agency
# website contains only a portion of the news stories offered to subscribers ... Please contact us for
# subscription options."): the closing sentence alone, as the site speaks it.
_SUBSCRIPTION_CONTACTS = ("please contact us for subscription", "contact us for subscription")


def _closes_on_subscription_contact(lowered: str) -> bool:
    """Whether a lower-cased paragraph closes on a sentence of its own asking the reader to contact the site
    for a subscription (:data:`_SUBSCRIPTION_CONTACTS`)."""
    closing = lowered.rstrip(".! ").rpartition(". ")[2]
    return closing.startswith(_SUBSCRIPTION_CONTACTS)


# An easy-language edition's note on itself under the story (MDR's "Diese Nachricht ist in Leichter Sprache." /
# "Hier finden Sie die Nachricht in Alltags-Sprache.", Yle's "Selkouutiset kertoo uutiset helpolla suomen
# kielellä."): the note speaks of the story it closes (:data:`_EASY_LANGUAGE_NOTE_OPENINGS`, or the edition
# "tells the news", the Finnish), and names the edition's language or the everyday one. A story on easy
# language names it in a sentence about someone else's texts ("Das Amt will mehr Texte in Leichter Sprache
# schreiben."), or says whose words they are after a comma ("..., sagt die Ministerin."), which no edition's note
# holds. A short note: a sentence or two.
_EASY_LANGUAGES = (
    "leichter sprache", "einfacher sprache", "alltags-sprache", "alltagssprache", "helpolla suomen kielellä",
    "selkokielellä", "lätt svenska", "duidelijke taal", "eenvoudige taal",
)  # fmt: skip
_EASY_LANGUAGE_NOTE_OPENINGS = (
    "diese nachricht ", "hier finden sie ", "den här nyheten ", "här kan du ",
    "dit nieuws ", "dit bericht ", "hier vind je ", "tämä uutinen ",
)  # fmt: skip
_EASY_LANGUAGE_SELF_STATEMENT = " kertoo uutiset "
_EASY_LANGUAGE_NOTE_MAX_WORDS = 12


def _is_easy_language_note(lowered: str) -> bool:
    """Whether a lower-cased paragraph is an easy-language edition's note on its language (see
    :data:`_EASY_LANGUAGES`)."""
    return (
        lowered.count(" ") < _EASY_LANGUAGE_NOTE_MAX_WORDS
        and "," not in lowered
        and (lowered.startswith(_EASY_LANGUAGE_NOTE_OPENINGS) or _EASY_LANGUAGE_SELF_STATEMENT in lowered)
        and any(map(lowered.__contains__, _EASY_LANGUAGES))
    )


def _is_account_closing_on_call_to_give(lowered: str) -> bool:
    """Whether a lower-cased paragraph is an account in the first person closing on its call to give
    (:data:`_CALL_TO_GIVE`), "we" or "our" in a sentence before the call."""
    call = _CALL_TO_GIVE.search(lowered)
    return call is not None and _FIRST_PERSON.search(lowered, 0, call.start()) is not None


def _calls_for_the_site(call: str, name: str) -> bool:
    """Whether a call after a statement opening on ``name`` is the site's for itself: see
    :data:`_SITE_WORK`."""
    names = [word for word in name.split() if word != _ARTICLE]
    words = call.split()
    return (
        any(map(call.lower().__contains__, _SITE_WORK))
        or any(word.rstrip(".!") in names for word in words)
        or (len(words) <= _SITE_BUTTON_MAX_WORDS and len(names) > 1)
    )


def _is_other_newsroom(name: str, above: list[str]) -> bool:
    """Whether the newsroom a closing account names is the page's own, not one its story is about: a name
    (its first and last words capitalised: "The agency is a news agency owned by the state." is a story's)
    that the story above names only as the one told or spoken with ("he told Capitol News Illinois"), if at
    all. A story on ProPublica's funding names ProPublica before its last paragraph says who funds it. A
    writer's bio above the note names the page's own newsroom as the writer's ("Alex Baca is GGWash's Housing
    Program Organizer."): "is", the name and its possessive."""
    words = name.split()
    if not words or not (words[0][:1].isupper() and words[-1][:1].isupper()):
        return False
    story = "\n".join(above)
    at = story.find(name)
    while at != -1:
        if not story[max(0, at - len(_TOLD_LONGEST)) : at].endswith(_TOLD) and not (
            story[max(0, at - len(_BIO_IS)) : at] == _BIO_IS
            and story.startswith(_POSSESSIVES, at + len(name))
        ):
            return False
        at = story.find(name, at + len(name))
    return True
