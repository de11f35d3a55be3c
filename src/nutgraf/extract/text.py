"""Plain text: the article in a reader's copy of a page, without the page's furniture.

A page copied as text carries, besides the article, lines that belong to the page: navigation words,
"Previous/Next Article" blocks with the headlines under them, share and subscribe prompts, advert labels,
summary-button widgets. They are found by what such lines look like, not by what they say:

* **Where they are.** The article is the stretch from its first to its last line of prose (a line of
  several words ending like a sentence), leaving out a stray prose line beyond a block of furniture (a
  footer's copyright line). Furniture gathers before and after it.
* **How they end.** Headlines, link texts, buttons and labels carry no final punctuation. Before and
  after the prose, such lines are dropped (list items, "- ..." or "1. ...", and the first line, when it
  is not the title but the article's opening, excepted); inside it, only
  runs of two or more of a few words each (a share bar, a menu) are, since a lone short line between
  paragraphs is a subheading and a run of longer ones is a list.
* **Repetition.** A short line that occurs twice (a widget shown above and below the article) is
  furniture wherever it stands.
* **Link-like text.** Bare URLs and lists of short items joined by ``|``, ``·`` or ``»`` are menus.
* **Neighbours.** Before and after the prose, a short line in the same block as a dropped line goes
  with it (the question above a button: "No time to read?" / "Get a summary").

A first line that reads like a headline becomes :attr:`Article.title`; below menus, the headline is
the longest headline-like line in the block nearest the prose. Clean prose (news articles one
paragraph per line or separated by blank lines, with headline-style lines inside) comes through with
its content unchanged; only white space is normalised.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise

import numpy as np

from nutgraf.article import Article
from nutgraf.errors import EmptyInputError, NoArticleFound
from nutgraf.language import (
    FOOTNOTE_MARKER,
    WORD_UNIT,
    ascii_word_marks,
    count_word_units,
    detect_language,
    word_character_bytes,
    word_character_table,
)

# Words (or CJK characters) in a line of prose, and in a short line.
_PROSE_WORDS = 8
_SHORT_WORDS = 12
# Words on a button or a menu entry.
_BUTTON_WORDS = 3
# Words of a menu entry in a text without prose, where a three-word line may be the headline.
_MENU_ENTRY_WORDS = 2
# Lines that are not prose between two prose lines that part the article from what is beyond it, and
# the words of a lone prose line there that make it the article's own.
_GROUP_GAP = 3
_STRAY_WORDS = 25
# The fewest words of a headline read over a longer deck below it.
_HEADLINE_OVER_DECK_WORDS = 5
#: A first line longer than this (in words) is the article's opening, not its headline.
TITLE_MAX_WORDS = 25
# A first line this short may be the site's name above its menus rather than the headline.
_MASTHEAD_WORDS = 5
# Hard-wrapped text is broken at a width in this range (in characters).
_MIN_WRAP_WIDTH, _MAX_WRAP_WIDTH = 30, 250
# Below this width a block of short capitalised lines is more likely a list of headlines than a wrap.
_NARROW_WRAP_WIDTH = 50

# A line ends a sentence: final stop, question or exclamation mark, possibly inside quotes or brackets.
_FINAL_STOPS = ".!?…。！？"
# Footnote markers after a sentence's stop, ending a paragraph copied from an encyclopedia ("opened in
# 1966.[1][2]"), in the last this many characters of a line. A run is tried from its first marker only
# (none closes before it): tried from each, a long run of them is read again from every one.
_TRAILING_FOOTNOTES = re.compile(rf"(?<!\])(?:{FOOTNOTE_MARKER})++$")
_FOOTNOTES_TAIL = 80
_CLOSING_MARKS = "\"'”’»)]"
_LIST_MARKER = re.compile(r"(?:[-–—*•▪]|\d{1,2}[.)])\s")
_LIST_BULLETS = "-–—*•▪"
# The list markers that are no dash (a dash may open a wrapped line of prose: "the chief executive\n- Jane").
_DASHLESS_BULLETS = "*•▪"
# Inline HTML left in a copy of a page's text ("<b>Breaking:</b>", a link): markup, not words.
_INLINE_TAG = re.compile(
    r"</?(?:a|b|i|u|em|strong|span|small|mark|sup|sub|abbr|cite|q|font|time)(?:\s[^<>]*)?>", re.IGNORECASE
)
_LINE_BREAK_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)
# A character reference left in text (a feed's description escaped twice: "It&#8217;s", "&amp;"); only
# with its semicolon, so that "AT&T" and "R&D" stay as written.
_CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
# Marks between a menu's entries or a breadcrumb's steps ("Home > News > Politics", "Αρχική > Ελλάδα >
# Κοινωνία": a breadcrumb's words had been an article's keyphrases, and in Thai, with no final stop to tell
# it from prose, a summary's sentence). ">" only between spaces, as a breadcrumb writes it: the ">" of
# markup left in a pasted text ('Click <a href="...">here</a> now.') had made its prose a menu.
_MENU_MARKS = "|>·•»›"
_MENU_SEPARATOR = re.compile(r"[|·•»›]")
_BREADCRUMB_SEPARATOR = " > "
#: An English month name, or its abbreviation ("Nov."), for date lines and bylines.
MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# "By" in the languages nutgraf stems, opening a byline line (with a colon or not: "Por: Ana García",
# "بقلم أحمد محمود"), or the label a page sets before the names ("Author:", "Автор:", "作者：", "Texte :");
# or "... by Name Surname" closing one after a date, a time, a credit word or a separator ("Posted on May
# 2, 2024 by", "Words by", "Publié le 3 mars 2026 à 10h12 – Par Claire Martin"): after anything else it
# is a headline ("Senator attacked by Protesters"). The names end at a comma, a colon or a separator:
# a place or a date stamp follows ("Автор: Иван Петров, 3 марта 2026", "Por Ana García | Madrid").
_BYLINE = re.compile(
    r"(?:by|von|par|por|(?-i:di|da)|door|av|af|przez|від|от|بقلم"
    r"|(?:author|autor|auteur|autore|auteurs|autores|autori|auteur|text|texte|testo|texto|tekst|автор|текст"
    r"|作者|记者|記者|撰文|文|كتب|كتبت)(?=\s*+[:：]))\b"
    r"(?:\s*+[:：])?\s*+(?P<names>[^\W\d_][^,:：|•·–—(（]*)",
    re.IGNORECASE,
)
# A word with a digit in it is read from its start (not from each digit: a run of digits would be read
# again from each of them). The names are one to four words, whose capitals are looked at where the
# names are read (:func:`looks_like_names`): the pattern's classes know no capitals beyond ASCII.
_TRAILING_BYLINE = re.compile(
    r"(?:(?<!\S)[^\s\d]*+\d\S*+|[|•·–—:]"
    r"|(?i:\b(?:posted|published|updated|written|words|story|text|report|reported|reporting"
    r"|photos?|pictures|video|interview|edited|ago|today|yesterday|am|pm|gmt|utc|et|bst|cet)\.?"
    rf"|\b{MONTH}))"
    r"\s+(?i:by|par|por|von|door|przez|від|от)\s+(?P<names>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3})\s*$"
)
_BYLINE_MAX_WORDS = 12
# An author's label inside a longer line of the article's particulars (source, date, author), the most
# words of such a line, and of the names after the label.
_AUTHOR_LABEL = re.compile(
    r"(?<!\S)(?:author|autor|auteur|autore|автор|作者|记者|記者|بقلم)\s*+[:：]\s*+", re.IGNORECASE
)
_META_LINE_WORDS = 40
# The most characters of a byline or a line of particulars, its forty words and more: a longer line (a
# pasted text of one line, 20 million characters) is not searched for names, which took 3 s.
_BYLINE_MAX_CHARACTERS = 1000
_NAMES_MAX_WORDS = 4
#: The credit word a byline element opens with, before its names ("Por Ana García | Madrid", "Door Jan de
#: Vries", "Von Hans Müller | Stand: ...", Arabic's "كتب" and "كتبت", "wrote"); "di" and "da" in lower
#: case only, as "Di Maio" is a name.
CREDIT_OPENING = re.compile(
    r"(?:by|von|par|por|door|av|af|przez|від|от|بقلم|كتب|كتبت|(?-i:di|da))(?:\s*+[:：])?\s++(?=[^\W\d_])",
    re.IGNORECASE,
)
#: Where a byline's names end when it opens with its credit word: a separator, and a place, a date stamp or
#: a section after it.
NAMES_END = re.compile(r"\s[|•·–—-]\s")
#: The last word of a job title given after a writer's names ("Tom Krisher; AP Auto Writer", "Helena Marsh
#: Environment correspondent", "Chris Cillizza; CNN Editor-at-large").
JOB_TITLES = frozenset(
    {"writer", "reporter", "correspondent", "editor", "editor-at-large", "columnist", "contributor"}
)
# A line this long without a link or a menu separator is prose.
_LINK_LIKE_MAX_WORDS = 60
_CONJUNCTIONS = frozenset("or nor oder sowie bis ou o lub oraz або".split())
_NAME_JOINERS = frozenset(
    "and und et y e i и та de da di del della der den van von la le du dos das bin al".split()
)
# A sentence ending inside a line (not after an initial or "U.S"), and a time of day ("11:42", "12.03").
_SENTENCE_INSIDE = re.compile(r"[^\W\d_]{2}[.!?…][\"'”’»)]? +[(\"'“‘«\w]")
# A headline in news style, written in sentence case: a label of a few words before a colon ("Budget 2024:
# What it means for you", "Ukraine war: Zelensky visits the front") or a score between two sides
# ("Arsenal 3-1 Liverpool"). A standfirst or a lede is a sentence, written in neither.
_HEADLINE_LABEL = re.compile(r"[^\W_][\w'’.&-]*+(?: [\w'’.&-]++){0,4}: \S++ \S")
_HEADLINE_SCORE = re.compile(r"\b[A-ZÀ-ÖØ-Þ][\w'’.&-]*+ \d{1,2}[-–]\d{1,2} [A-ZÀ-ÖØ-Þ]")
# A date line: "Published ..."/"Updated ..." in the languages nutgraf stems, or a calendar date
# ("5 March 2024", "March 5, 2024", "2024-03-05", "05.03.2024").
_DATE_LINE = re.compile(
    r"^(?:published|updated|posted|last updated|modified|veröffentlicht|aktualisiert|publié|mis à jour"
    r"|publicado|actualizado|atualizado|pubblicato|aggiornato|opublikowano|опубликовано|опубліковано)\b"
    rf"|\b\d{{1,2}}\s+{MONTH}\s+\d{{4}}\b|\b{MONTH}\s+\d{{1,2}},?\s+\d{{4}}\b"
    r"|\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b",
    re.IGNORECASE,
)
# Calls to action a page puts between paragraphs, in the languages nutgraf stems: an advert label, a
# "Read more:" or "Photo:" label before a few words, or a "Share/Subscribe/Follow ..." line that names a
# web thing (a newsletter, an app, a platform, "this article", a handle). Sentences of 20 words at most.
_ADVERT_LABEL = re.compile(
    r"(?:advertisement|advert|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|reklama|реклама"
    r"|annonce|advertentie|anuncio|reklame|广告|廣告|広告|スポンサーリンク|إعلان|إعلانات"
    r"|sponsored(?: content)?"
    # A button that opens the rest of the article (not NYT's "Continue reading the main story" between
    # paragraphs, which readability's gold keeps: dropped, readability-testpages .9651 -> .9650).
    r"|weiterlesen|seguir leyendo|sigue leyendo|lire la suite"
    r"|continuer la lecture|continua a leggere|leggi tutto|continue lendo|continuar lendo|lees verder"
    r"|czytaj dalej|читать далее|читать дальше|阅读全文|閱讀全文)\W*",
    re.IGNORECASE,
)
# The first two characters, lower-cased, of every ASCII opening a match of the case-blind pattern above may
# have (:func:`_head`; the same for the other patterns with openings below, each checked over all ASCII
# pairs in the tests): a line that opens on none is spared the pattern, which tries each of its
# alternatives in turn (7,000 instructions a line for the calls' pattern).
_ADVERT_LABEL_OPENINGS = frozenset("ad an co cz le li pu re se si sp we".split())
_POINTER_LABEL = re.compile(
    r"[(\[]?(?:read more|read also|also read|must read|see also|related|more|more on this(?: story)?|watch|listen"
    r"|photo|photograph|image|media contacts?|press contacts?|(?:media|press) (?:enquiries|inquiries)"
    r"|picture|video|credit|lire aussi|à lire aussi|voir aussi|mehr zum thema|lesen sie auch|lee también"
    r"|leer más|leggi anche|leia também|leia mais|czytaj też|czytaj także|zobacz też|читайте также"
    r"|читайте також|фото|foto|fotos|bild|lees ook|lees meer|bekijk ook|zie ook|läs också|læs også|les også"
    r"|lue myös|اقرأ أيضا|اقرأ أيضاً|اقرأ ايضا|اقرأ المزيد|شاهد أيضا|延伸閱讀|延伸阅读|相關閱讀|相关阅读|関連記事)\s*[:：|]"
    r"|(?:image|video|media) (?:source|caption|copyright)(?:\s*+,|\s++\S)",
    re.IGNORECASE,
)
_POINTER_LABEL_OPENINGS = frozenset(
    "al be bi cr cz fo im le li lu me mo mu ph pi pr re se vi vo wa zi zo".split()
    + [bracket + letter for bracket in "([" for letter in "abcfilmprsvwz"]
)
# The same label as a heading of its own, over the headlines of other stories ("Mehr zum Thema", "Lire
# aussi", "Más información", "相关阅读"): the heading and the lines under it that are no prose go.
_POINTER_HEADING = re.compile(
    r"(?:read more|read also|see also|related(?: articles| stories| content| coverage)?|more on this(?: story| topic)?"
    r"|lire aussi|à lire aussi|voir aussi|sur le même sujet|mehr zum thema|lesen sie auch|lee también|más información"
    r"|leer más|leggi anche|leia também|leia mais|saiba mais|veja também|lees ook|lees meer|czytaj też|czytaj także"
    r"|читайте также|по теме|читайте також|اقرأ أيضا|اقرأ أيضاً|مواضيع ذات صلة|延伸閱讀|延伸阅读|相關閱讀|相关阅读|関連記事)"
    r"\s*+[:：]?",
    re.IGNORECASE,
)
# The most headlines under such a heading, and the fewest words of one.
_POINTED_HEADLINES = 6
_HEADLINE_WORDS = 4
# The most words of a date stamp's line.
_DATE_STAMP_WORDS = 8
# A reading time a page puts by the date ("4 min read", "12 minute read", "Lesezeit: 3 Min."), not
# news that opens with minutes ("4 minutes of reading aloud ...": the pattern wants "read" right after;
# the date may follow with no space, "4 min readJun 2, 2025", where a page's spans stand side by side).
_READING_TIME = re.compile(
    r"(?:\d{1,3}\s*+(?:min|mins|minutes?)\.?\s++read|(?:reading time|lesezeit|temps de lecture)\s*+:?\s*+\d)",
    re.IGNORECASE,
)
# The call as an imperative, not the same word as a noun or adjective ("Share prices", "Follow-up tests").
_CALL_VERB = re.compile(
    r"(?:share (?:this|on|via|the (?:article|story))|subscribe|sign up|click (?:here|to|on|the)"
    r"|tap (?:here|to|on)|download (?:the|our)|register (?:now|here|for|to)"
    r"|follow (?:us|@|(?:\w+ ){1,3}on (?:twitter|x|facebook|instagram|tiktok|youtube|linkedin|threads|bluesky))"
    r"|log in|sign in|join us|like us|get (?:unlimited|full|digital)|teilen|abonnieren|partager|abonnez(?:-vous)?"
    r"|inscrivez-vous|schrijf je in|abonneer|volg ons|deel dit|regístrate|cadastre-se|inscreva-se|اشترك|تابعنا"
    r"|folgen sie uns|folge uns|suivez-nous|síguenos|seguici|siga-nos|следите за нами|подписывайтесь"
    r"|compartir|suscríbete|condividi"
    r"|iscriviti|compartilhe|assine|udostępnij|subskrybuj|obserwuj|поделиться|подпишитесь|поділіться"
    r"|поділитися|підпишіться)(?:(?<=@)|(?![-\w]))",
    re.IGNORECASE,
)
_CALL_VERB_OPENINGS = frozenset(
    "ab as ca cl co de do fo ge in is jo li lo ob pa re sc se sh si su ta te ud vo".split()
)
_WEB_THING = re.compile(
    r"\b(?:newsletters?|boletín|bulletin|infolettre|nieuwsbrief|рассылк\w*|النشرة|نشرتنا|inbox|facebook|twitter|whatsapp|instagram|tiktok|youtube|telegram|linkedin"
    r"|this (?:article|story)|(?:unlimited|digital|full) access|subscription|podcast|here"
    r"|our (?:\w+ )?(?:app|e-?mail|updates|alerts|notifications))\b"
    r"|@\w+",
    re.IGNORECASE,
)
# A press release's marks, a line of their own: "FOR IMMEDIATE RELEASE" over it, "ENDS", "###" or "-30-"
# under it.
# A share or print button's label, a paragraph of its own under each entry of a live report in HTML
# ("Share", "Share this article", "Print"), a paywall's ("Subscribe now", "See plans") or a video's ("Show
# transcript").
_BUTTON_LABEL = re.compile(
    r"(?:share(?: (?:this|the) (?:article|story|post|page))?|tweet|print|copy link|teilen|partager|compartir"
    r"|condividi|compartilhar|udostępnij|поделиться"
    r"|subscribe (?:now|today)|(?:see|view) (?:all )?(?:plans|offers|subscription options)"
    r"|(?:show|hide|view|read) (?:the )?(?:full )?transcript)\W*+",
    re.IGNORECASE,
)
_BUTTON_LABEL_OPENINGS = frozenset("co hi pa pr re se sh su te tw ud vi".split())
_RELEASE_MARK_MAX_CHARACTERS = 30
_RELEASE_MARK = re.compile(r"-30-|#{3,}+|\W*+(?:for immediate release|ends)\W*+", re.IGNORECASE)
# What a release's back matter holds, under its end mark: a contact (an email address, a telephone, "Media
# contact:"), notes to editors, the company's profile under "About ..." or without a heading ("Acme Corp
# (NASDAQ: ACME) makes ...", "... is a leading maker of ...", "Founded in 1998, ..."), its web address on a
# line alone. A story's last section under a "###" that parts it holds none: an account or a web address
# in its sentences ("Follow the project on Instagram @oldmilltrust.") is no contact.
_RELEASE_BACK_MATTER = re.compile(
    r"[\w.+-]@[\w-]++\.\w|^(?:https?://|www\.)\S++$|\b(?:(?:media|press|investor) (?:contacts?|relations|enquiries"
    r"|inquiries)|contacts?\s*+:|kontakt\s*+:|contacto\s*+:|contatto\s*+:|press office|notes? to editors"
    r"|for (?:more|further) information|tel(?:ephone)?\s*+[:.]|(?:founded|established) in \d{4}|headquartered in"
    r"|is (?:a|an|the|one of the) (?:[\w'’-]++ ){0,2}(?:leading|largest|global|world's|provider|manufacturer|maker"
    r"|developer|supplier)\b)|\((?:nasdaq|nyse|lse|tsx|asx|aim|euronext|xetra|otc\w*+|bse|nse)\s*+:"
    r"|^(?-i:About [A-Z])",
    re.IGNORECASE | re.MULTILINE,
)
# A copyright notice closing a page ("© Copyright 2026 Agence France-Presse. All rights reserved.", "(c)
# 2024 Times Ltd."): the site's, a line however many sentences it has; not news of copyright ("Copyright
# lawyers said ...").
_COPYRIGHT_NOTICE = re.compile(
    r"(?:copyright\s*+)?(?:©|\(c\)\s|copyright\s++(?:\d{4}\b|by\b))", re.IGNORECASE
)
# A gallery's counter on a line of its own, above or below each photo ("2/6", "Image 3 of 12", "Bild 1
# von 8"): the photo's number, at most their count ("24/7" is none).
_GALLERY_COUNTER = re.compile(
    r"(?:(?:image|photo|picture|slide|bild|foto)\s++)?(\d{1,3})\s*+(?:/|of|von|de|sur|di|z|из)\s*+(\d{1,3})",
    re.IGNORECASE,
)
_GALLERY_COUNTER_MAX_CHARACTERS = 20
_CALL_MAX_WORDS, _LABEL_MAX_WORDS = 20, 12
# A button to hear the article read out, and its length ("Artikel anhören • 3 Min", "Écouter cet article").
_LISTEN_CALL = re.compile(
    r"(?:listen to (?:this )?(?:article|story)|artikel anhören|beitrag anhören|écouter (?:cet |l'|l’)article"
    r"|escuchar (?:este )?(?:artículo|noticia)|ascolta (?:l'|l’)articolo|ouvir (?:este )?(?:artigo|texto|matéria)"
    r"|artikel voorlezen|luister naar (?:dit|het) artikel|прослушать (?:статью|новость)|слушать (?:статью|новость))"
    r"(?![-\w])",
    re.IGNORECASE,
)
_LISTEN_CALL_MAX_WORDS = 8
_LISTEN_CALL_OPENINGS = frozenset("ar as be es li lu ou".split())
# A photo's credit on a line of its own: names parted by slashes, the last a photo agency or picture
# library ("JIM WATSON/AFP/Getty Images", "(Mike Watson Images/Moodboard/Getty)", "Kevin Lamarque/
# Reuters"). A pasted page keeps it above the article, where it had been taken for the headline.
_PHOTO_CREDIT = re.compile(
    r"\(?(?:[^\W\d_][\w.'’&-]*+(?: [\w.'’&-]++){0,4} ?/ ?){1,4}"
    r"(?:getty(?: images)?|afp|reuters|ap(?: photo)?|epa(?:-efe)?|efe|ansa|tass|shutterstock|alamy"
    r"|pa(?: wire| images)?|bloomberg|xinhua|dpa|picture alliance|istock(?:photo)?|corbis|rex(?: features)?"
    r"|wireimage|sipa(?: usa)?|anadolu(?: agency)?|nurphoto|sopa images|lightrocket|zuma(?: press)?|moodboard)\)?",
    re.IGNORECASE,
)
_PHOTO_CREDIT_MAX_CHARACTERS = 100
# A photo's caption, told by the credit that closes it, as pages in other languages write it: a photo
# word and a colon, or a copyright sign, before the agency or photographer ("... Foto: dpa", "... — Foto:
# Reuters", "... (Photo : AFP)", "... © AFP", "(Foto Ansa)", "Фото: ТАСС", "（新华社记者 张三 摄）": 摄,
# "photographed"). A news sentence ends in none of these; the credit holds no comma, colon or sentence's
# mark, and after a photo word ends in no full stop ("Das Foto: ein Dokument der Zeitgeschichte, sagte er.",
# "Es zeigt ein Foto: Merkel lacht." are news). Searched in a line's last characters only.
_CAPTION_CREDIT = re.compile(
    r"(?<![^\s(（\[—–-])(?:photos?|fotos?|bild|фото|写真|撮影|图片|圖片|摄影|攝影)"
    r"\s*+[:：]\s*+[^\s:：,;.!?][^:：,;!?]{0,40}(?<![^\W\d_]{2}\.)$"
    r"|©\s*+[^\s:：,;.!?][^:：,;!?]{0,40}$"
    r"|[(（](?:fotos?|photos?|фото)\s++[^()（）:：]{1,40}[)）]$"
    r"|[(（][^()（）]{0,30}(?:摄|攝)[)）]$|(?:记者|記者)[^。！？]{0,20}(?:摄|攝)$|\s(?:摄|攝)$",
    re.IGNORECASE,
)
# A caption's opening in Chinese and Japanese, which name the photo first ("图为...", "pictured is";
# "写真は...", "the photo shows"), in a pasted page's line of a caption's length. Not in an HTML page's
# paragraphs: readability's gold keeps them there (dropped, readability-testpages' `youth` fell from 1.0
# to .95 and the set .9651 -> .9648); the summary leaves them out (:func:`is_page_furniture`).
_CAPTION_OPENING = re.compile(r"图为|圖為|写真は|写真＝|写真：|（写真|【写真】")
_CAPTION_OPENING_MAX_CHARACTERS = 100
# A caption in Japanese, Chinese or Arabic that ends in an agency's name in brackets ("...＝3日午前（共同）",
# "... (أ ف ب)") or in the date and place after "＝" ("記者会見する首相＝3日、首相官邸"), with no sentence
# ending in it: a paragraph of news that closes with its agency's credit ends a sentence first.
_CAPTION_AGENCY = re.compile(
    r"[(（](?:共同|時事|ロイター|新华社|新華社|中新社|中央社|أ ف ب|أ\.ف\.ب|رويترز|الأناضول|وام|واس)[)）]$"
    r"|＝[^＝]{1,30}$"
)
_CAPTION_TAIL_CHARACTERS = 70
_CAPTION_STOPS = re.compile(r"[。！？]|[^\W\d_]{2}[.!?](?:\s|$)")
# The same in languages written without the words above, where a whole call is one or two "words": a
# call to click here, follow us or like the fan page ("点击这里", "请关注我们", "粉絲團 按個讚", "คลิกที่นี่"),
# a "read more" link, and the editor's credit Chinese pages close an article with ("【责任编辑：严玉洁】").
# Phrases in the form of a call, not words news uses too: "粉絲團成員" (fan club members), "登録すると"
# (on registering), "扫描二维码" (scan the code, in a story on a health pass), "关注我们的经济改革" (watch our
# reforms) and "物語の続きを読むのを" (to read the rest of the story) stay.
_CALL_PHRASE = re.compile(
    r"続きを読む\W*+$|点击(?:这里|此处)|點擊(?:這裡|此處)|(?:^|请|請|欢迎|歡迎)(?:关注我们|關注我們)"
    r"|(?:关注我们|關注我們)的?(?:微信|公众号|公眾號)|(?:粉丝团|粉絲團|粉丝专页|粉絲專頁)\W{0,3}+按"
    r"|คลิกที่นี่|(?:责任编辑|責任編輯)\s*+[:：]"
)
# A paywall's notice, a call even where a stop parts it ("この記事は会員限定です。無料会員登録で続きをお読み
# いただけます。").
_PAYWALL_NOTICE = re.compile(
    r"この記事は(?:有料)?会員限定|会員登録で続き|続きをお読みいただけます|有料会員になると|有料記事もお読みいただけます"
)
_CALL_PHRASE_MAX_CHARACTERS = 80
# A paywall's or a meter's notice as English pages word it, a line of its own under a teaser ("Subscribe to
# continue reading", "This article is for subscribers only.", "Already a subscriber? Log in", "You have
# read 3 of 3 free articles this month"): a call even where a stop parts it. Anchored, of literal words
# and one bounded run: linear.
_PAYWALL_LINE = re.compile(
    r"(?:subscribe|log in|sign in|register|sign up) (?:now |today )?to (?:continue|keep) reading"
    r"|to (?:continue|keep) reading(?: this (?:article|story))?,? (?:please )?(?:subscribe|log in|sign in|register)"
    r"|(?:this|the rest of this) (?:article|story|content) is (?:only )?(?:for|available (?:to|for)|reserved for"
    r"|exclusive to) (?:paying |our )?(?:subscribers|members)"
    r"|already (?:a subscriber|subscribed|a member|have an account)\?"
    r"|you(?:'ve|’ve| have) (?:read|reached|used) (?:your|all|the (?:limit|maximum)|\d)[^.!?]{0,40}?\bfree"
    r" (?:articles|stories)",
    re.IGNORECASE,
)
# Its openings (:func:`_head`), which a test derives from the pattern.
_PAYWALL_LINE_OPENINGS = frozenset("al lo re si su th to yo".split())
# A full stop inside such a line, with more after it: a paragraph of news, not a call.
_CJK_STOP_INSIDE = re.compile(r"[。！？](?=[^\s」』”’）)])")
# Page furniture that reads as a sentence, ends on a stop and so passes the summarizers' rules for
# headlines and bylines. A time stamp: in English, a date, a time or a moment ago right after the word
# ("Posted on April 21, 2015, at 11:29 a.m.", "Updated: 3 March", "Published Tuesday", "Updated 5 minutes
# ago", an Australian broadcaster's "Posted 3h ago"), not a span of time ("Published 20 years ago, the novel ...") nor a name ("Updated Sunderland kit
# ..."); in the other languages nutgraf stems, a number after the word ("Aktualisiert am 3. März 2024",
# "Publicado el 3 de marzo").
#: An English weekday's name or its abbreviation ("Tues"), to be followed by ``\b``.
WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
_STAMP = re.compile(
    r"(?:posted|published|updated|last updated|first published|modified)(?:\s+(?:on|at))?\s*+:?\s*+"
    rf"(?:{MONTH}\s*+\d|\d{{1,2}}(?:st|nd|rd|th)?\.?\s++{MONTH}(?![a-z])|\d{{4}}-\d\d?-\d"
    rf"|\d\d?[/.]\d\d?[/.]\d\d|\d\d?[:.]\d\d|\d{{1,2}}\s*+(?:[hmd]|min|mins|minutes?|hours?|hrs?|days?)\s++ago\b"
    rf"|{WEEKDAY}\b|today\b|yesterday\b)"
    r"|(?:veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|atualizado|pubblicato|aggiornato"
    r"|опубликовано|обновлено|опубліковано|оновлено)"
    r"(?:\s+(?:am|le|el|em|il))?\s*+:?\s*+\d",
    re.IGNORECASE,
)
_STAMP_OPENINGS = frozenset("ac ag ak at fi la mi mo po pu up ve".split())
# The heads (:func:`_head`) of "reporting by" and "additional reporting", which open a credit's line.
_CREDIT_OPENINGS = frozenset(("re", "ad"))
_STAMP_MAX_WORDS = 12
#: A date stamp that opens a byline, before its names: "Posted on March 5, 2024 by Jane Doe", or the
#: names after a comma that ends the date ("Updated 5 March 2024, Ines Moreau"). Only a date and a time
#: come between: "Updated March 5, 2024 Photo by ..." names a photographer, "... Medically reviewed by
#: ..." a reviewer, and "Updated 5 March 2024, 14:32 GMT" no one.
STAMP_BEFORE_NAMES = re.compile(
    r"^(?:last\s+)?(?:updated|modified|published|posted|submitted)(?:[:,]?\s++(?:on|at|[\d,.:/-]++"
    rf"|{MONTH}|{WEEKDAY}\b,?|[ap]\.?m\.?))*+(?:\s++by\s+|(?<=\d,)\s++(?=[^\W\d_]))",
    re.IGNORECASE,
)
# A line that is a time of day alone, the stamp over each entry of a live report ("14:32", "14:32 GMT",
# "2.15pm", "9:05 a.m. ET", "13h10"), or its age ("9h ago", "25 min ago"): the page's clock, never a
# sentence of its news.
_TIME_STAMP_MAX_CHARACTERS = 16
_TIME_STAMP_LINE = re.compile(
    r"\d{1,2}[:.h]\d\d(?:\s?+[aApP]\.?[mM]\.?)?(?:\s++(?:[A-Z]{2,5}|Uhr))?"
    r"|\d{1,2}\s?+(?:h|hr|hrs|hours?|m|min|mins|minutes?|d|days?)\s++ago"
)
# A row of a programme listing or a timetable, a time of day and what is on ("8.00pm The Great British Bake
# Off, Channel 4", "21:00 Newsnight, BBC Two", "9pm Vera, ITV1"): the page's schedule, never a sentence of its
# news, and, as a live report's stamps, no break in the article's prose.
_SCHEDULE_ROW = re.compile(
    r"\d{1,2}(?:[:.]\d\d(?:\s?+[ap]\.?m\.?)?+|\s?+[ap]\.?m\.?)\s++[^\W\d_]", re.IGNORECASE
)
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
# above the story ("Editor's note: This story contains ...", "Content warning: ..."), the note under an
# interview or a transcript ("This interview has been edited for length and clarity.", "The following is
# a transcript of ..."), a live report's greeting and sign-off ("Good morning and welcome to our live
# coverage of ...", "We will bring you ...", "This live blog is now closed.", "Willkommen zu unserem
# Liveblog ...", "Bienvenue dans ce direct ..."), a breaking story's "This is a developing story and will
# be updated." and "Check back for updates.", an explainer's "Here is what you need to know." (a
# sentence of its own: "Here's what we know of the shooting: ..." goes on with the news), a
# podcast's credits ("This episode of The Briefing was produced by ...", "Our theme music is by ...",
# "Thanks for listening."), a newsletter's greeting and sign-off ("Welcome to this week's edition of The
# Climate Brief, ...", "That's all for today."), the note over a speech ("The following is the full text
# of the speech ...": a transcript's summary had opened with it), an almanac's calendar line ("Today is Tuesday, March 3, the 62nd day of 2026.
# There are 303 days left in the year.").
_NEWSROOM_NOTE = re.compile(
    r"(?:editor'?s|editor’s|editors'|publisher'?s|publisher’s)\s++note\s*+:|(?:content|trigger) warning\s*+:"
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
# A sponsorship disclosure: "This week's podcast is sponsored by ...", "This episode of The Daily is
# sponsored by ...", "This shop has been compensated by #CollectiveBias". Its subject is the page's own
# post, not a bill, a festival, a show or a series in the news. Or an affiliate disclosure, the site
# saying it is paid for what its readers buy ("We may earn a commission when you buy through links on our
# site.", "If you buy something through a link in this article, we may earn a commission.", "Dieser
# Artikel kann Affiliate-Links enthalten.", "Cet article contient des liens d'affiliation."): a review's
# summary had opened with one. News of commissions names who earns them, not "we" before a link; advice
# to buyers says what "we" think they will get ("If you buy a heat pump now, we estimate you will get £500
# back."), not that "we" are paid.
_DISCLOSURE = re.compile(
    r"(?:this|today's)\s++(?:[\w'’-]++\s++){0,3}?(?:post|episode|podcast|newsletter|article|video|content"
    r"|shop|giveaway|segment|page)s?(?:\s++of\s++(?:[\w'’-]++\s++){0,3}?[\w'’-]++)?\s++"
    r"(?:is|was|are|were|has been|have been)\s++(?:sponsored|compensated|brought to you|paid for|made possible)"
    r"\s++by\b"
    r"|(?:we|this (?:site|website)|our (?:site|journalists|editors)) (?:may )?(?:earn|receive|get|make) (?:an? )?"
    r"(?:small )?(?:commission|affiliate commission|share of (?:the )?(?:sales|revenue))[^.!?]{0,40}?"
    r"\b(?:links?|buy|purchases?|sales)\b"
    r"|if you (?:buy|purchase|click on|book)[^.!?]{0,60}?,? (?:we|the site)(?: (?:may|might|could|can|will))?"
    r" (?:earn|receive|get|make)\b[^.!?]{0,25}?\b(?:commission|fee|portion|share|compensation|paid)"
    r"|(?:(?:hinweis|note)\s*+:\s*+)?(?:this|the) (?:article|post|page|story) (?:may )?contains? affiliate links"
    r"|(?:hinweis\s*+:\s*+)?(?:dieser|der|unser) (?:artikel|beitrag|text) (?:kann|enthält) affiliate-links"
    r"|(?:cet|cette) (?:article|page) (?:peut )?contien[tn]? des liens (?:d'|d’)?affili"
    r"|este (?:artículo|texto) (?:puede )?contiene enlaces (?:de )?afiliad",
    re.IGNORECASE,
)
# The words a disclosure opens with (:data:`_DISCLOSURE`'s alternatives), lower-cased.
_DISCLOSURE_OPENINGS = (
    "this", "today's", "today’s", "we ", "our ", "if you ", "hinweis", "note", "the article", "the post",
    "the page", "the story", "dieser ", "der ", "unser ", "cet ", "cette ", "este ",
)  # fmt: skip
_DISCLOSURE_OPENING_CHARACTERS = max(map(len, _DISCLOSURE_OPENINGS))
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
    r"|pictured(?:(?<=\(pictured)\b| (?:above|below|left|right|top|here|is|are)\b))"
)
# The first two characters of every notice that opens on a letter (a test derives them from the pattern).
_PAGE_NOTICE_LETTER_OPENINGS = frozenset(
    """al ap au ch cl co de e- em en ex fe fo ge if im ja ju ki li ma me no oc on pi pl sc se sh so ta th to tr
    tu vi wa we wh yo""".split()
)
# The notices that may stand anywhere in their sentence ("For the latest, click here.", "The BBC is not
# responsible for the content of external sites.", "This material ... may not be reproduced ... without
# prior written permission"), searched in the lower-cased sentence only where it holds their words.
_NOTICE_INSIDE = re.compile(
    r"\bclick (?:here|(?:on )?the links? (?:below|above))\b"
    r"|\bnot responsible for the content of (?:external|other)\b"
    r"|\bmay not be (?:reproduced|republished|published|redistributed|copied)\b[^.!?]{0,80}?"
    r"\bwithout (?:the )?(?:prior |express |written )*+permission\b"
)
# The five above as one pattern, for a sentence asked of each: all are case-blind and anchored at its
# start, so one match tries their alternatives as the five calls did, without four calls' set-up (a third
# of their time on a news sentence, which matches none).
_SENTENCE_FURNITURE = re.compile(
    "|".join(
        f"(?:{pattern.pattern})"
        for pattern in (_CAPTION, _DISCLOSURE, _ARTICLE_HISTORY, _NEWSROOM_NOTE, _SIGN_UP_NOTICE)
    ),
    re.IGNORECASE,
)
_SENTENCE_FURNITURE_OPENINGS = frozenset(
    [
        "a ",
        *"an be bi bo bu by ce ch co de di ed el es go gu he hi if in no ou pi pr pu sp th to tr un we wi yo".split(),
    ]
)
# A cookie notice: the site saying it uses cookies ("We use cookies", "Wir verwenden Cookies", "This site
# uses cookies"), and asking for consent, in the languages nutgraf stems. News about cookie rules
# reports what sites do; it does not speak as one.
_SITE_USES_COOKIES = re.compile(
    r"\b(?:we|wir|nous|usamos|utilizamos|usiamo|utilizziamo|używamy|мы|ми|this (?:web)?site|diese (?:web)?seite"
    r"|ce site|este sitio|questo sito|este site|ta strona|этот сайт|цей сайт)\b[^.!?]{0,60}(?:cookie|куки)",
    re.IGNORECASE,
)
_CONSENT = re.compile(
    r"\b(?:accept\w*|agree\w*|consent\w*|zustimm\w*|akzeptier\w*|einverstanden|acept\w*|accett\w*"
    r"|aceit\w*|akcept\w*|zgod\w*|соглаш\w*|соглас\w*|погоджу\w*|згод\w*|preferences|einstellungen)",
    re.IGNORECASE,
)
_COOKIE_NOTICE_MAX_WORDS = 80
# A paper's DOI ("doi:10.1038/s41586-...", "https://doi.org/10.1016/..."), the label a science page sets
# before a paper's reference, and the most words of a reference's line.
_DOI = re.compile(r"\bdoi(?:\.org/|\s*+:\s*+)10\.\d{4,9}/", re.IGNORECASE)
_REFERENCE_LABEL = re.compile(
    r"(?:journal |paper |study )?(?:reference|referencia|référence|referenz|riferimento|citation|quelle|fuente)s?"
    r"\s*+:",
    re.IGNORECASE,
)
_REFERENCE_MAX_WORDS = 80
# A sentence that ends inside the text, after a word ("now. Then"), not after an initial ("U.S. edition").
_STOP_INSIDE = re.compile(r"[^\W\d_]{2}[.!?…][\"'”’»)]?\s")
# A time of day ("11:42", "12.03"), also run into the year before it, as a page whose date and time are
# parts of their own comes out copied ("March 4, 20242:15 PM GMT").
_TIME_OF_DAY = re.compile(r"(?:\b|(?<=\b(?:19|20)\d\d))\d{1,2}[:.]\d{2}\b(?![.:]\d)")


@dataclass
class _Line:
    text: str
    block: int
    words: int
    # Read once per line: the rules ask it of every line several times over (forty times an XSum article).
    ends_sentence: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.ends_sentence = _ends_sentence(self.text)

    @property
    def is_prose(self) -> bool:
        return (
            self.words >= _PROSE_WORDS and (self.ends_sentence or _ends_unpunctuated(self.text))
        ) or self.words >= 3 * _PROSE_WORDS

    @property
    def is_short(self) -> bool:
        return self.words <= _SHORT_WORDS

    @property
    def introduces_list(self) -> bool:
        """A sentence ending in a colon ("The winners were:")."""
        return self.words >= _PROSE_WORDS and self.text.endswith(":")

    @property
    def is_call_to_action(self) -> bool:
        """:func:`is_call_to_action`, asked only of a line short enough to be one: in words, or in
        characters where the language writes no spaces (its lines count a word a character)."""
        return (self.words <= _CALL_MAX_WORDS or len(self.text) <= _CALL_PHRASE_MAX_CHARACTERS) and (
            is_call_to_action(self.text)
            or (
                len(self.text) <= _CAPTION_OPENING_MAX_CHARACTERS
                and _CAPTION_OPENING.match(self.text) is not None
            )
        )

    @property
    def is_item(self) -> bool:
        """A list item ("- ...", "1. ..."): article content even without a final stop."""
        return self.words >= 3 and _list_marker(self.text) is not None


#: The most lines :func:`clean_text` looks at; longer text is folded (:func:`fold_lines`).
MAX_LINES = 10_000


def fold_lines(text: str, max_lines: int = MAX_LINES) -> str:
    """``text`` as it is when it has at most ``max_lines`` non-blank lines; else its lines joined with
    spaces, the same number at a time, into at most ``max_lines`` paragraphs.

    What an article costs to clean, store and show grows with its lines: a million one-word lines (2 MB)
    were a million paragraphs. No article needs more lines than this; text that has more loses its line
    breaks, never its words.
    """
    if text.count("\n") < max_lines:  # fewer lines than that, blank ones included
        return text
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) <= max_lines:
        return text
    size = -(-len(lines) // max_lines)
    return "\n\n".join(" ".join(lines[i : i + size]) for i in range(0, len(lines), size))


def clean_text(text: str, *, title: str | None = None) -> Article:
    """An :class:`Article` from plain text: title taken from a headline-like first line, page furniture
    and stray inline HTML tags dropped, paragraphs separated by one blank line, spaces folded.

    A text of a headline and page furniture alone is its headline (the article's only words).

    ``title``, a title given with the text (pasted to the API or the reader, a batch record's), is the
    article's title: the text's own headline stays as the body's first line when it says something else
    (words the user gave, and perhaps the article's own headline beside the user's label), and goes when
    it has the words of ``title`` (it would be the title twice).

    Raises:
        EmptyInputError: the text holds no text.
        NoArticleFound: it holds only page furniture (menus, buttons, calls to the reader).
    """
    title = given_title(title)
    if "<" in text:  # a test far cheaper than the regex, for the text without any
        text = _LINE_BREAK_TAG.sub("\n", _INLINE_TAG.sub("", text))
    if "&" in text:
        text = _CHARACTER_REFERENCE.sub(lambda reference: html.unescape(reference.group()), text)
    text = fold_lines(text)
    # A site's notice is never the article, however long: out before it can pass for its opening.
    lines = [line for line in _lines(text) if not is_site_notice(line.text, line.words)]
    if not lines:
        raise EmptyInputError("the input holds no text")
    own_title = lines.pop(_title_line(lines)).text if _has_title(lines) else None
    # Without a headline on top, the first line is the article's opening (a standfirst without a final
    # stop) only when the prose follows it; below a page's menus, the headline is further down.
    opening = own_title is None and _opens_the_prose(lines) and not _is_section_kicker(lines[0])
    # A kicker of a word or two ("Politique", "Heizungsgesetz") over the headline, its standfirst and the
    # prose, copied without blank lines, opens no prose where a headline stands below it.
    kicker = opening and lines[0].words <= _MENU_ENTRY_WORDS and not lines[0].ends_sentence
    if (
        own_title is None
        and (kicker or not opening)
        and (headline := _headline_above_the_prose(lines)) is not None
    ):
        own_title = lines.pop(headline).text
        opening = False
    # A press release's end mark goes as furniture below; cut at first, or what it closes stays.
    lines = lines[: release_end([line.text for line in lines])]
    byline = _byline_above_the_prose(lines)
    # A sponsor's message and a paper's reference go after the article's span is drawn: as prose they
    # hold the short lines beside them in it ("The results were published in Nature.").
    kept = [
        line.text
        for line in _drop_furniture(lines, opening=opening)
        if not (_is_sponsor_message(line.text) or _is_reference_entry(line))
    ]
    body = "\n\n".join(without_company_boilerplate(_without_closing_bio(_without_author_bio(kept, byline))))
    if title:
        body = _under_given_title(body, own_title, title)
    elif own_title is not None:
        title = own_title
    if not body and own_title is not None:
        body = own_title  # a headline alone (and page furniture): the headline is all the article says
    if not body:
        # A caption story (a photo and the caption under it, credit and all) is all in its caption, which
        # an article's text drops: "Crowds gather in Trafalgar Square ... (Photo: Jane Smith/Reuters)".
        body = "\n\n".join(
            line.text for line in lines if line.words >= _PROSE_WORDS and _is_caption(line.text)
        )
    if not body:
        raise NoArticleFound("the input holds no article text, only page furniture (menus, buttons, links)")
    return Article(text=body, title=title or None, byline=byline, language=detect_language(body))


def given_title(title: str | None) -> str | None:
    """A title given with an article (pasted with it, a batch record's), on one line: ``None`` where it holds
    nothing but white space, which had been the article's title over its own headline."""
    return folded_line(title) or None if title else None


def _under_given_title(body: str, own_title: str | None, title: str) -> str:
    """``body`` under ``title``, a title given with the text: with the text's own headline (``own_title``,
    taken out of it) back at its head, and without a headline there (one that ends no sentence) that has
    the words of ``title``, unless it is all the body holds."""
    paragraphs = [own_title, *body.split("\n\n")] if own_title is not None else body.split("\n\n")
    paragraphs = [paragraph for paragraph in paragraphs if paragraph]
    head = paragraphs[0] if paragraphs else ""
    if (
        len(paragraphs) > 1
        and (head == own_title or not _ends_sentence(head))
        and WORD_UNIT.findall(head.casefold()) == WORD_UNIT.findall(title.casefold())
    ):
        paragraphs.pop(0)
    return "\n\n".join(paragraphs)


def _byline_above_the_prose(lines: list[_Line]) -> str | None:
    """The names in a byline line above the prose ("By Jane Doe, Health editor", "Von Jana Reuter",
    "Posted on May 2, 2024 by Ruth Hallam"), or ``None``. A standfirst that ends like a sentence may
    come before the byline: the search goes on to the second line of prose. A text without prose (a
    headline over its byline) is searched whole."""
    prose = [i for i, line in enumerate(lines) if line.is_prose or line.is_item][:2]
    end = prose[-1] if prose else len(lines)
    return next(filter(None, map(_byline_names, lines[:end])), None)


def is_particulars_line(text: str) -> bool:
    """Whether a line is the article's particulars rather than its text: a byline ("By Jane Doe",
    "Posted on May 2, 2024 by Ruth Hallam"), a date or time stamp ("June 2, 2025", "Updated June 3,
    2025, 10:15 a.m. ET") or a reading time, with the date after it ("4 min read · Jun 2, 2025")."""
    line = folded_line(text)
    if not line:
        return False
    parsed = _Line(line, 0, word_count(line))
    return (
        _is_stamp_line(parsed)
        or _is_date_stamp(parsed)
        or (parsed.words <= _DATE_STAMP_WORDS and _READING_TIME.match(line) is not None)
        or _byline_names(parsed) is not None
    )


def byline_names(text: str) -> str | None:
    """The names in ``text`` when it is a byline line ("Von Hans Müller | Stand: ...", "Publié le 3 mars
    2026 – Par Claire Martin", "作者：李华", "Posted on May 2, 2024 by Ruth Hallam"), else ``None``."""
    line = folded_line(text)
    return _byline_names(_Line(line, 0, word_count(line))) if line else None


def _byline_names(line: _Line) -> str | None:
    if line.ends_sentence or len(line.text) > _BYLINE_MAX_CHARACTERS:
        return None
    if line.words > _BYLINE_MAX_WORDS:
        return _labelled_names(line.text) if line.words <= _META_LINE_WORDS else None
    match = _BYLINE.match(line.text) or _TRAILING_BYLINE.search(line.text)
    if match:
        names = match.group("names").strip()
    elif stamp := STAMP_BEFORE_NAMES.match(line.text):
        names = line.text[stamp.end() :].strip()
    else:
        return _labelled_names(line.text)
    return names if looks_like_names(names) else None


def _labelled_names(text: str) -> str | None:
    """The names after an author's label inside a line of the article's particulars, as Chinese pages
    write it ("2026-03-03 10:12 来源：新华网 作者：李华"): the words up to the next field (a label, a date)."""
    for label in _AUTHOR_LABEL.finditer(text):
        names = []
        for word in text[label.end() :].split()[:_NAMES_MAX_WORDS]:
            if not word[0].isalpha() or any(c in word for c in ":：") or any(c.isdigit() for c in word):
                break
            names.append(word.rstrip(",;"))
            if word.endswith((",", ";")):
                break
        if names and looks_like_names(" ".join(names)):
            return " ".join(names)
    return None


def names_after_stamp(text: str) -> str | None:
    """The names a byline gives after its date stamp and credit word ("Publié le 3 mars 2026 à 10h12 – Par
    Claire Martin", "May 2, 2024 by Ruth Hallam"), or ``None``. Without a date before them they may be
    anyone's: "Rob Ewaschuk Edited by Betsy Beyer" names the editor last."""
    match = _TRAILING_BYLINE.search(text)
    if match is None or not any(map(str.isdigit, text[: match.start("names")])):
        return None
    names = match.group("names").strip()
    return names if looks_like_names(names) else None


def looks_like_names(text: str) -> bool:
    """One to a few capitalised words, with name particles and "and" between ("Ana de la Cruz and Li Wei");
    in a script without capitals (Chinese, Arabic), words of a name's length ("李华", "أحمد محمود")."""
    words = text.split()
    capitalised = [w for w in words if _is_name_word(w)]
    return (
        1 <= len(capitalised) <= 6
        and all(_is_name_word(w) or w.casefold() in _NAME_JOINERS for w in words)
        and _is_name_word(words[0])
    )


# The most characters of a word of a name in a script without capitals: a Chinese name is two to four, an
# Arabic one rarely past ten; a line of Chinese prose, written without spaces, is one longer "word".
_CASELESS_NAME_CHARACTERS = 12


def _is_name_word(word: str) -> bool:
    first = word[0]
    if first.isupper():
        return True
    # A letter that is neither upper nor lower case: its script has no capitals.
    return first.isalpha() and not first.islower() and len(word) <= _CASELESS_NAME_CHARACTERS


# The paragraphs at the article's end searched for its writer's bio (a correction or a credit may follow it).
_BIO_PARAGRAPHS = 3
_BIO_MAX_WORDS = 60
_BYLINE_NAMES_SEPARATOR = re.compile(r"[,;&]|\band\b")


# The honorifics an opinion page sets before a guest writer's surname in the bio under the byline ("Mr.
# Medina is a hydrologist and ...", as The New York Times writes it).
_HONORIFICS = ("Mr.", "Ms.", "Mrs.", "Dr.", "Dr", "Mr", "Ms", "Mrs", "Professor", "Prof.")
# How such a bio goes on after the name: it says what the writer is or does. A paragraph of news may open
# with someone who shares the writer's surname ("Mr. Lee is accused of ..." under "By Jin Lee").
_BIO_WORDING = (
    "is a ",
    "is an ",
    "is the ",
    "was a ",
    "was an ",
    "was the ",
    "teaches ",
    "writes ",
    "directs ",
)


def _without_author_bio(paragraphs: list[str], byline: str | None) -> list[str]:
    """``paragraphs`` less the writer's bio pages set after the article: one of the last few paragraphs
    that opens with a name of the ``byline`` and goes on about them in lower case ("Rachel Kim is a
    health reporter at ...", "Jeanna Smialek covers the Federal Reserve ..."), or with an honorific and
    the surname and what the writer is or does ("Mr. Medina is a hydrologist ..."); the latter also among
    the first few paragraphs, where an opinion page sets it under the byline. A summary had quoted both."""
    if not byline or not paragraphs:
        return paragraphs
    names = [
        " ".join(name.split()) for name in _BYLINE_NAMES_SEPARATOR.split(byline) if len(name.split()) >= 2
    ]
    titled = [f"{honorific} {name.split()[-1]}" for name in names for honorific in _HONORIFICS]
    start = max(0, len(paragraphs) - _BIO_PARAGRAPHS)

    def opens_bio(paragraph: str, openings: list[str], wording: tuple[str, ...] = ("",)) -> bool:
        return len(paragraph.split()) <= _BIO_MAX_WORDS and any(
            paragraph.startswith(name + " ")
            and paragraph[len(name) + 1 : len(name) + 2].islower()
            and paragraph.startswith(wording, len(name) + 1)
            for name in openings
        )

    return [
        p
        for i, p in enumerate(paragraphs)
        if not (
            (i >= start and opens_bio(p, names))
            or ((i >= start or i < _BIO_PARAGRAPHS) and opens_bio(p, titled, _BIO_WORDING))
        )
    ]


# What a bio says of the one it names after their name: "Jane Doe is a professor ...".
_BIO_VERB = "is"
_BIO_ARTICLES = frozenset(("a", "an", "the"))
# The most words of the name a closing bio opens with.
_BIO_NAME_WORDS = 4


def _without_closing_bio(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` less a last one that introduces a writer or the publisher the article never names:
    a name, "is a/an/the", in a paragraph of a bio's length ("Richard Holt is a senior fellow at the
    Brookings Institution ...", an op-ed's bio with no byline to match; "Full Fact is a registered
    charity. Support our work."). News that ends on someone it quoted names them before."""
    if len(paragraphs) < 2:
        return paragraphs
    last = paragraphs[-1]
    words = last.split(maxsplit=_BIO_NAME_WORDS + 2)
    if len(last.split()) > _BIO_MAX_WORDS:
        return paragraphs
    for size in range(2, min(_BIO_NAME_WORDS, len(words) - 2) + 1):
        if words[size] == _BIO_VERB and words[size + 1] in _BIO_ARTICLES:
            name = words[:size]
            if words[0] in _BIO_ARTICLES or not looks_like_names(" ".join(name)):
                return paragraphs
            earlier = "\n".join(paragraphs[:-1])
            return paragraphs if name[-1] in earlier else paragraphs[:-1]
    return paragraphs


def _is_section_kicker(line: _Line) -> bool:
    """Whether a line is a section kicker with its menu mark ("Opinion | Guest Essay", "World › Europe"):
    two or three items of a word or two and no stop, which opens no prose."""
    if line.ends_sentence or not any(mark in line.text for mark in _MENU_MARKS):
        return False
    items = _menu_items(line.text)
    return 2 <= len(items) <= 3 and all(len(item.split()) <= _MENU_ENTRY_WORDS for item in items)


# The most words of a heading over a press release's boilerplate ("About Acme Robotics", "À propos de
# Solvera", "Über Nordwind"), and the word or words that open it in the languages nutgraf stems.
_ABOUT_HEADING_MAX_WORDS = 8
_ABOUT = re.compile(
    r"(?:about|à propos de|a propos de|über|acerca de|sobre|informazioni su|over|o firmie)\s++(?=\S)",
    re.IGNORECASE,
)
# The heading over a press release's notes to editors, from which on it speaks to journalists ("Notes to
# editors", "Editor's notes", "Hinweis für Redaktionen", "Note aux rédactions", "Notas para editores").
# What a company's profile says of it in those other languages, among its first words after the name
# ("Solvera est un fabricant ...", "Nordwind ist ein ...", "Acme es una ..."): their words for "about" head
# the news too ("Sobre Bolsonaro" / "Bolsonaro criticou o plano ..." in a roundup), which goes on otherwise.
_PROFILE_VERBS = frozenset("est sont ist sind es son é são è sono is zijn jest".split())
_PROFILE_VERB_REACH = 8
_EDITORS_NOTES = re.compile(
    r"(?:notes? (?:to|for) editors|editor(?:'|’)?s(?:'|’)? notes?|hinweise? für (?:die )?redaktion(?:en)?"
    r"|notes? aux rédactions|notas? (?:para|a) (?:los )?(?:editores|redactores|redacciones))\W*",
    re.IGNORECASE,
)


def release_end(paragraphs: list[str]) -> int:
    """Where a press release's text ends: at its end mark, a line of its own ("ENDS", "-ENDS-", "-30-",
    "###"), when that is the text's only one and stands in its second half with fewer words after it than
    before; else at the end (``len(paragraphs)``). What follows the mark is for journalists: notes to
    editors, the company's profile, "For more information, contact the press office ...". Read before the
    mark goes as furniture. A story that parts its sections with "###" has more than one, and a mark in a
    text's first half, or over most of its words, ends no release."""
    marks = [i for i, paragraph in enumerate(paragraphs) if _is_release_end(paragraph)]
    if len(marks) != 1 or marks[0] < len(paragraphs) // 2:
        return len(paragraphs)
    end = marks[0]
    after = sum(map(word_count, paragraphs[end + 1 :]))
    if after >= sum(map(word_count, paragraphs[:end])):
        return len(paragraphs)
    # "###" parts a story's sections too: it ends a release only where what follows it is for journalists.
    if paragraphs[end].startswith("#") and not _RELEASE_BACK_MATTER.search("\n".join(paragraphs[end + 1 :])):
        return len(paragraphs)
    return end


def _is_release_end(paragraph: str) -> bool:
    # The release marks less the one over a release's head ("FOR IMMEDIATE RELEASE").
    return (
        len(paragraph) <= _RELEASE_MARK_MAX_CHARACTERS
        and _RELEASE_MARK.fullmatch(paragraph) is not None
        and "release" not in paragraph.casefold()
    )


def without_company_boilerplate(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` less a press release's closing boilerplate: from a heading "About <Name>" (or "À
    propos de <Name>", "Über <Name>", ...) in their second half whose next paragraph opens with that name
    ("About Acme Robotics" / "Acme Robotics, Inc. designs ...") to the end, where the company's profile,
    its forward-looking statements and its media contacts stand; or from a heading "Notes to editors".
    A summary had taken the profile's "Northwind Energy plc is a renewable energy developer listed on
    ..." for news, and a long one the notes' "For further information, please contact ..."."""
    for i in range(len(paragraphs) // 2, len(paragraphs) - 1):
        heading = paragraphs[i]
        # The word count first: nearly every paragraph is longer than a heading. Counted up to one word
        # past the bound: splitting a whole paragraph into its words had cost an XSum article 0.7%.
        if len(heading.split(maxsplit=_ABOUT_HEADING_MAX_WORDS)) > _ABOUT_HEADING_MAX_WORDS:
            continue
        if _EDITORS_NOTES.fullmatch(heading):
            return paragraphs[:i]
        about = _ABOUT.match(heading)
        if about is None:
            continue
        name = heading[about.end() :].strip().rstrip(":").strip()
        profile = paragraphs[i + 1]
        if (
            name[:1].isupper()
            and not _ends_sentence(heading)
            and profile.casefold().startswith(name.casefold())
            and (
                heading[:6].casefold() == "about "
                or not _PROFILE_VERBS.isdisjoint(profile[len(name) :].split()[:_PROFILE_VERB_REACH])
            )
        ):
            return paragraphs[:i]
    return paragraphs


def _lines(text: str) -> list[_Line]:
    """The text's logical lines: its lines, except that a hard-wrapped block becomes one line."""
    blocks: list[list[str]] = [[]]
    for raw in text.split("\n"):
        line = folded_line(raw)
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    width = _wrap_width(blocks)
    lines = []
    for number, block in enumerate(blocks):
        for item in _list_items(block):
            for line in [_joined(item)] if _hard_wrapped(item, width) else item:
                lines.append(_Line(line, number, word_count(line)))
    return lines


def _list_marker(line: str) -> re.Match[str] | None:
    """:data:`_LIST_MARKER` matched at the start of ``line``: its first character, a bullet, a dash or a
    digit, tested in C spares nearly every line the pattern's call."""
    first = line[:1]
    return _LIST_MARKER.match(line) if first in _LIST_BULLETS or first.isdecimal() else None


def _list_items(block: list[str]) -> list[list[str]]:
    """``block`` parted before each line that opens a list item ("* Revenue of $1.5 billion", "- Parking
    fees double", "2. Cuts"): a wrapped list is joined item by item, never into one line of all its items.
    A marker before a lower-case word goes on a wrapped sentence ("the senator\n— who has served ..."),
    and so does a dash or a number after a line that stops mid-sentence outside a list ("the chief
    executive\n- Jane Doe - said", "rose by\n2. The ..."): only a bullet opens an item there."""
    items = [block[:1]]
    for line in block[1:]:
        marker = _list_marker(line)
        if marker is None or line[marker.end() : marker.end() + 1].islower():
            items[-1].append(line)
            continue
        previous = items[-1][-1]
        if (
            line[0] in _DASHLESS_BULLETS
            or _list_marker(items[-1][0])
            or _ends_sentence(previous)
            or previous[-1] == ":"
        ):
            items.append([line])
        else:
            items[-1].append(line)
    return items


# The ASCII white space str.split parts words at, less the space.
_ASCII_SPACE_BYTES = b"\t\n\v\f\r\x1c\x1d\x1e\x1f"


# Invisible characters pages set inside words (soft hyphens, zero-width spaces, word joiners, a byte-order
# mark mid-text), which would part "Bundes\u00adregierung" into two words; none is printable. Zero-width
# (non-)joiners shape Indic, Arabic and Persian script and stay.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff"))
# Left-to-right and right-to-left marks and embeddings, the Arabic letter mark, isolates.
_EDGE_DIRECTION_MARKS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def folded_line(raw: str) -> str:
    """``raw`` with its white space folded to single spaces (str.split's white space is the regex \\s)
    and without the invisible characters that part words (soft hyphens, zero-width spaces)."""
    # Most lines are folded already: tests in C spare splitting a long one into words and joining them.
    if raw[:1] != " " and raw[-1:] != " " and "  " not in raw:
        if raw.isascii():  # a flag of the string, read without a scan
            if len(raw.encode("ascii").translate(None, _ASCII_SPACE_BYTES)) == len(raw):
                return raw
        elif raw.isprintable():
            # The space is the only printable white space: a fifth of the time of splitting and joining
            # (the lines of nearly half of the news articles hold a curly quote or a pound sign).
            return raw
    if not raw.isascii():
        # Direction marks at a line's ends (Arabic and Hebrew pages wrap their lines in them) order nothing
        # there, and hid a byline's "بقلم:" from the patterns that read it.
        return " ".join(raw.translate(_INVISIBLE).split()).strip(_EDGE_DIRECTION_MARKS).strip()
    return " ".join(raw.split())


# Below this many characters the pattern counts words faster than the table does.
_TABLE_COUNT_CHARS = 200


def word_count(text: str) -> int:
    """How many :data:`WORD_UNIT` units ``text`` holds.

    Below the CJK blocks they are the runs of word characters. A line of ASCII, or with few characters
    beyond it, is counted in C on a byte a character; another long one on its code points at once in
    numpy, four times faster than the pattern, which a pasted article's one long line makes the slowest
    step of cleaning it.
    """
    runs = _word_runs(text)
    if runs is not None:
        return runs.count(b" a") + runs.startswith(b"a")
    if len(text) < _TABLE_COUNT_CHARS:
        return len(WORD_UNIT.findall(text))
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    table = word_character_table()
    if codes.max() >= len(table):  # CJK
        return count_word_units(text)
    word = table[codes]
    return int(word[0]) + int(np.count_nonzero(word[1:] > word[:-1]))


def _word_runs(text: str) -> bytes | bytearray | None:
    """``text`` a byte a character, "a" for a word character and a space for any other; ``None`` for a
    line with more than a few characters beyond ASCII or with one past :func:`word_character_table`."""
    if text.isascii():  # a flag of the string, read without a scan
        return text.encode("ascii").translate(_word_run_bytes())
    found = ascii_word_marks(text, _word_run_bytes())
    return None if found is None else found[0]


@cache
def _word_run_bytes() -> bytes:
    table = word_character_bytes()
    return bytes(ord("a") if table[c] else ord(" ") for c in range(256))


def _title_line(lines: list[_Line]) -> int:
    """Which line is the headline when the first reads like one: the first, unless it is a site's
    masthead ("The Riverton Herald") above menus and a longer headline nearer the prose."""
    if lines[0].words > _MASTHEAD_WORDS:
        return 0
    later = _headline_above_the_prose(lines[1:])
    if later is None or lines[later + 1].words <= lines[0].words:
        return 0
    # Only past menus: a short headline over its longer deck is still the headline.
    menus = any(line.words <= _BUTTON_WORDS and not line.ends_sentence for line in lines[1 : later + 1])
    return later + 1 if menus else 0


def _has_title(lines: list[_Line]) -> bool:
    """Whether the first line is the page's headline rather than the article's opening.

    It must read like a headline (a few words, no final stop, not a menu) and stand alone in its
    block; and either page furniture comes between it and the prose, as on a copied page, or it is
    written in title case or in news style (:func:`_is_news_headline`: "Budget 2024: What it means for
    you", "Arsenal 3-1 Liverpool: ..."). A standfirst that flows straight into the prose stays in the body.
    """
    if len(lines) < 2:
        return False
    head = lines[0]
    if (
        not 3 <= head.words <= TITLE_MAX_WORDS
        or head.ends_sentence
        or _is_link_like(head)
        or _is_section_kicker(head)
    ):
        return False
    if head.is_call_to_action:  # a label or a photo's credit ("JIM WATSON/AFP/Getty Images")
        return False
    if lines[1].block == head.block:
        return False
    return not lines[1].is_prose or _title_case(head.text) or _is_news_headline(head)


def _is_news_headline(line: _Line) -> bool:
    """Whether a line (with no final stop) is a headline in news style (:data:`_HEADLINE_LABEL`,
    :data:`_HEADLINE_SCORE`), not a time stamp ("Updated: 3 March 2024") or a byline ("By: Jane Doe")."""
    text = line.text
    return bool(
        (text[:1].isupper() or text[:1].isdigit())
        and (_HEADLINE_LABEL.match(text) or _HEADLINE_SCORE.search(text))
        and not _TIME_OF_DAY.search(text)
        and not _DATE_LINE.search(text)
        and _byline_names(line) is None
    )


def _opens_the_prose(lines: list[_Line]) -> bool:
    """Whether the first line runs on into the prose: next to it, or in its block with no button or menu
    entry between (a page copied from the top without blank lines, "Supported by / SKIP ADVERTISEMENT /
    headline / deck", has its headline further down)."""
    prose = _first_prose(lines)
    if prose is None:
        return False
    return prose <= 1 or (
        lines[prose].block == lines[0].block
        and not any(line.words <= _BUTTON_WORDS and not line.ends_sentence for line in lines[1:prose])
    )


def _first_prose(lines: list[_Line]) -> int | None:
    return next((i for i, line in enumerate(lines) if line.is_prose or line.is_item), None)


def _headline_above_the_prose(lines: list[_Line]) -> int | None:
    """The index of the page's headline in what comes before the prose, or ``None``.

    A copied page starts with menu words, a kicker or a breadcrumb, then the headline with its byline
    and date, then share buttons and a photo caption. Lines that could be the headline have at least
    four words, do not start in lower case, have no final stop and no sentence ending inside (captions
    do), no time of day or date (datelines do), and are neither bylines, menus nor repeated widget
    lines. The headline is the longest of them in the last block that holds any: the one nearest the
    prose, where the blocks of menus and site taglines come earlier.
    """
    first = _first_prose(lines)
    if first is None:
        return None
    counts = Counter(line.text.casefold() for line in lines)
    candidates = [
        i
        for i, line in enumerate(lines[:first])
        if 4 <= line.words <= TITLE_MAX_WORDS
        and not line.text[0].islower()
        and not line.ends_sentence
        and not _SENTENCE_INSIDE.search(line.text)
        and not _TIME_OF_DAY.search(line.text)
        and not _DATE_LINE.search(line.text)
        and not line.is_call_to_action
        and not _is_link_like(line)
        and _byline_names(line) is None
        and counts[line.text.casefold()] == 1
        # Under a time stamp alone, the heading of a live report's entry.
        and not (i > 0 and _is_time_stamp_line(lines[i - 1].text))
        and not _names_and_job(line.text)
    ]
    if not candidates:
        return None
    block = lines[candidates[-1]].block
    headline = max((i for i in candidates if lines[i].block == block), key=lambda i: lines[i].words)
    # A shorter one of five words or more right above it, in its block or alone in its own, is the
    # headline over its deck; a kicker or a skip link above a headline is shorter ("Skip to main
    # content"), and a list's last item is not alone.
    above = headline - 1
    if (
        above in candidates
        and _HEADLINE_OVER_DECK_WORDS <= lines[above].words < lines[headline].words
        and (
            lines[above].block == lines[headline].block
            or sum(line.block == lines[above].block for line in lines) == 1
        )
    ):
        return above
    return headline


def _names_and_job(text: str) -> bool:
    """A writer's names and job title, as a page sets them under its headline ("Helena Marsh Environment
    correspondent")."""
    words = text.split()
    return words[-1].casefold() in JOB_TITLES and looks_like_names(" ".join(words[:-1]))


def _title_case(text: str) -> bool:
    words = [w for w in text.split() if w[:1].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _is_link_like(line: _Line) -> bool:
    text = line.text
    if line.words > _LINK_LIKE_MAX_WORDS and not _may_link_or_list(text):
        return False  # a paragraph: spares the two scans below for every long line
    # Shorter lines (most paragraphs of BBC or XSum text) are tested in C for what each scan needs first:
    # a URL has "://" or, in any case, "www."; a line without a menu mark is one item. "www." in any case
    # ends on "w." or "W." (no other character lower-cases to "w" or "."): tested first, it spares nearly
    # every line a lower-cased copy.
    if (
        ("://" in text or (("w." in text or "W." in text) and "www." in text.lower()))
        and _URL.search(text)
        and len(_URL.sub("", text).split()) <= 3
    ):
        return True
    # ASCII text can hold only the ASCII menu marks: two substring tests rather than one per mark.
    if not (("|" in text or ">" in text) if text.isascii() else any(mark in text for mark in _MENU_MARKS)):
        return False
    items = _menu_items(text)
    return len(items) >= 3 and all(len(item.split()) <= 4 for item in items)


def _menu_items(text: str) -> list[str]:
    """The entries of a menu or a breadcrumb written on one line, between its marks (:data:`_MENU_MARKS`).
    ">" parts entries only between spaces (:data:`_BREADCRUMB_SEPARATOR`), split on apart: written into
    the pattern as an alternative, it cost the pattern's scan in C."""
    parts = _MENU_SEPARATOR.split(text)
    if _BREADCRUMB_SEPARATOR in text:
        parts = [item for part in parts for item in part.split(_BREADCRUMB_SEPARATOR)]
    return [item for item in parts if item.strip()]


def _may_link_or_list(text: str) -> bool:
    # Substring tests run in C, several times faster than one regex scan of a long paragraph.
    return any(mark in text for mark in (*_MENU_MARKS, "://", "www.", "WWW."))


def _head(text: str) -> str | None:
    """The first two characters of ``text``, lower-cased, to look up among the openings of a case-blind
    pattern's ASCII matches (:data:`_CALL_VERB_OPENINGS`); ``None`` where they are not ASCII, whose
    case-blind matching is not str.lower's (the Kelvin sign matches "k"): any pattern may match there."""
    head = text[:2]
    return head.lower() if head.isascii() else None


def is_call_to_action(text: str) -> bool:
    """Whether a line or sentence is the page talking to its reader, not the article: "Advertisement",
    "Read more: ...", "MORE: ...", a gallery's "2/6", a "Share" button, a press release's "FOR IMMEDIATE RELEASE", "ENDS" and "Media contact: ...",
    a copyright notice, "Photo: Getty Images", "Sign up for our newsletter ...", "Click here to ...", a
    Chinese page's "【责任编辑：...】", a Japanese paywall's "この記事は会員限定です".

    Measured on 150,000 sentences of the CNN/DailyMail, BBC and XSum articles in ``../shared/data``: the
    31 it finds are all such lines left in the articles' text.
    """
    count = len(text.split())
    if count > _CALL_MAX_WORDS:
        return False
    # The anchored patterns first: they fail at once on a news sentence, where the search for a sentence
    # ending inside it reads all of it.
    # A notice opens on "©", "(c)" or "Copyright": its first character spares nearly every line the pattern.
    if (text[:1] in "©(cC" and _COPYRIGHT_NOTICE.match(text)) or (
        len(text) <= _GALLERY_COUNTER_MAX_CHARACTERS
        and (counter := _GALLERY_COUNTER.fullmatch(text))
        and int(counter.group(1)) <= int(counter.group(2))
    ):
        return True
    head = _head(text)
    call = (
        ((head is None or head in _ADVERT_LABEL_OPENINGS) and _ADVERT_LABEL.fullmatch(text))
        or (len(text) <= _RELEASE_MARK_MAX_CHARACTERS and _RELEASE_MARK.fullmatch(text))
        or (
            count <= _BUTTON_WORDS + 1
            and (head is None or head in _BUTTON_LABEL_OPENINGS)
            and _BUTTON_LABEL.fullmatch(text)
        )
        or (
            count <= _LABEL_MAX_WORDS
            and (head is None or head in _POINTER_LABEL_OPENINGS)
            and _POINTER_LABEL.match(text)
        )
        or (len(text) <= _PHOTO_CREDIT_MAX_CHARACTERS and "/" in text and _PHOTO_CREDIT.fullmatch(text))
        or (
            (head is None or head in _CALL_VERB_OPENINGS)
            and _CALL_VERB.match(text)
            and _WEB_THING.search(text)
        )
        or (
            count <= _LISTEN_CALL_MAX_WORDS
            and (head is None or head in _LISTEN_CALL_OPENINGS)
            and _LISTEN_CALL.match(text)
        )
        or (
            len(text) <= _CALL_PHRASE_MAX_CHARACTERS
            and not text.isascii()
            and (
                _PAYWALL_NOTICE.search(text)
                or (_CALL_PHRASE.search(text) and not _CJK_STOP_INSIDE.search(text))
            )
        )
    )
    # One that goes on after a sentence is more than a call; a caption's credit follows its sentence.
    return (
        (bool(call) and not _STOP_INSIDE.search(text))
        or (
            count <= _LABEL_MAX_WORDS
            and (head is None or head in _PAYWALL_LINE_OPENINGS)
            and _PAYWALL_LINE.match(text) is not None
        )
        or _is_caption(text)
    )


def _names_a_photo(lowered: str) -> bool:
    return "photo" in lowered or "foto" in lowered or "bild" in lowered


def _is_caption(text: str) -> bool:
    """Whether a line is a photo's caption, told by the credit that closes it ("... (Photo : AFP)",
    "... Foto: dpa", "（新华社记者 张三 摄）", "...＝3日午前（共同）"): asked of lines of a call's length."""
    start = max(0, len(text) - _CAPTION_TAIL_CHARACTERS)
    # Every credit or agency ASCII text can hold names the photo: most lines and pool sentences, which
    # are all asked, are passed by substring tests in C (a case-blind pattern for the words took 1.6 µs a
    # sentence, the patterns themselves more).
    if text.isascii() and not _names_a_photo(text[start:].lower()):
        return False
    if _CAPTION_CREDIT.search(text, start):
        return True
    agency = _CAPTION_AGENCY.search(text, start)
    return agency is not None and not _CAPTION_STOPS.search(text, 0, agency.start())


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
    return bool(
        (
            (_stamp_at_head(text, head) or (text[:1].isdecimal() and _TIME_STAMP_LINE.fullmatch(text)))
            and len(text.split()) <= _STAMP_MAX_WORDS
        )
        or ((head is None or head in _SENTENCE_FURNITURE_OPENINGS) and _SENTENCE_FURNITURE.match(text))
        or (_may_credit_reporting(text, head) and _REPORTING_CREDIT.match(text))
    ) or _is_page_notice(text.lower())


def _is_page_notice(lowered: str) -> bool:
    """Whether a lower-cased sentence is a page's notice of itself (:data:`_PAGE_NOTICE`,
    :data:`_NOTICE_INSIDE`): substring tests in C spare nearly every sentence the search of all of it."""
    # Quotes, spaces and a bracket may stand before a notice's words, never a letter: a sentence that opens
    # on an ASCII letter opens on the words, and its first two characters spare most sentences the pattern.
    head = lowered[:2]
    opens_notice = not (head.isascii() and head[:1].isalpha()) or head in _PAGE_NOTICE_LETTER_OPENINGS
    return (opens_notice and _PAGE_NOTICE.match(lowered) is not None) or (
        ("click" in lowered or "responsible for the content" in lowered or "permission" in lowered)
        and _NOTICE_INSIDE.search(lowered) is not None
    )


def _may_be_stamp(text: str) -> bool:
    """Whether ``text`` opens with a date or time stamp (:data:`_STAMP`): its openings spare most lines the
    pattern."""
    return _stamp_at_head(text, _head(text))


def _stamp_at_head(text: str, head: str | None) -> bool:
    """:func:`_may_be_stamp` of ``text`` whose :func:`_head` is ``head``."""
    return (head is None or head in _STAMP_OPENINGS) and _STAMP.match(text) is not None


def _is_schedule_row(line: _Line) -> bool:
    """Whether a line is a row of a programme listing (:data:`_SCHEDULE_ROW`), a short line ending no
    sentence: the first character's test spares nearly every line the pattern."""
    return (
        line.text[:1].isdigit()
        and line.is_short
        and not line.ends_sentence
        and _SCHEDULE_ROW.match(line.text) is not None
    )


def _in_listing(lines: list[_Line], i: int) -> bool:
    """Whether ``lines[i]`` is a row of a programme listing: a schedule row beside another."""
    return _is_schedule_row(lines[i]) and (
        (i > 0 and _is_schedule_row(lines[i - 1])) or (i + 1 < len(lines) and _is_schedule_row(lines[i + 1]))
    )


def _is_time_stamp_line(text: str) -> bool:
    """Whether a line (its spaces folded) is a time of day alone, a live report's stamp ("14:32 GMT"):
    the length test spares the pattern every longer line."""
    return len(text) <= _TIME_STAMP_MAX_CHARACTERS and _TIME_STAMP_LINE.fullmatch(text) is not None


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
    ... Accept") or mailing list ("We use your sign-up to provide content ..."): never the article,
    however long."""
    if words > _COOKIE_NOTICE_MAX_WORDS:
        return False
    if text[:1] in _SIGN_UP_OPENINGS and _SIGN_UP_NOTICE.match(text) is not None:
        return True
    return _is_cookie_notice(text)


def _is_cookie_notice(text: str) -> bool:
    # Every notice names "cookie" or "куки": substring tests in C of the lower-cased line spare nearly every
    # paragraph the two patterns, which try their alternatives at every word (case-blind, they match only
    # where the lower-cased line holds "cook" or "кук": the Kelvin sign lower-cases to "k" too).
    lowered = text.lower()
    if "cook" not in lowered and "кук" not in lowered:
        return False
    return _SITE_USES_COOKIES.search(text) is not None and _CONSENT.search(text) is not None


def _drop_furniture(lines: list[_Line], *, opening: bool) -> list[_Line]:
    """The lines that are not furniture. With ``opening``, the first line is the article's own opening
    (a standfirst without a final stop, a headline not taken for the title) and is kept."""
    # A call to the reader that reads as prose (a paywall's notice closing the page) is no part of the
    # article the span is drawn around: it would take in an author box above it.
    calls = [line.is_call_to_action for line in lines]
    prose = [i for i, line in enumerate(lines) if (line.is_prose or line.is_item) and not calls[i]]
    if not prose:
        return _without_menus(lines)
    pointed = _pointed_headlines(lines)
    counts = Counter(line.text.casefold() for line in lines if line.is_short)
    first, last, before, after = _article_span(lines, prose, pointed, counts)
    dropped = pointed.copy()
    # Under a standfirst, the byline and the date stamp stand inside the prose: never the article's words.
    for i in range(prose[1] if len(prose) > 1 else 0):
        if _byline_names(lines[i]) is not None or _is_date_stamp(lines[i]):
            dropped[i] = True
    # A programme listing is a run of rows of times: a live report's entry under its time ("10:42 Power cut
    # to 200,000 homes") stands alone above its prose, and rows under a line the article ends on a colon
    # ("How the morning unfolded:" / "08:15 First explosion at the central station") are its own timeline.
    introduced = False
    for i, line in enumerate(lines):
        repeated = line.is_short and counts[line.text.casefold()] > 1
        outside_headline = (i < first or i > last) and not (line.ends_sentence or line.is_item)
        if (opening and i == 0) or line.introduces_list:
            outside_headline = False
        dropped[i] = (
            repeated
            or outside_headline
            or _is_link_like(line)
            or not before < i < after
            or calls[i]
            or _is_time_stamp_line(line.text)
            or _is_stamp_line(line)
            or (line.text[:1].isdigit() and not introduced and _in_listing(lines, i))
            or dropped[i]
        )
        introduced = line.text[-1:] == ":" or (introduced and _is_schedule_row(line))
    _drop_inner_runs(lines, dropped, first, last)
    _drop_neighbours(lines, dropped, first, last, opening=opening)
    return [line for i, line in enumerate(lines) if not dropped[i]]


# What a disclosure may be of that is news too, whose paragraph goes on with news ("This year's toy giveaway
# was made possible by donations from 40 local businesses. More than 2,000 children received a gift ...").
_NEWSWORTHY_SPONSORED = frozenset("giveaway giveaways shop shops segment segments".split())


def _is_sponsor_message(text: str) -> bool:
    """Whether a paragraph opens with a sponsorship or affiliate disclosure (:data:`_DISCLOSURE`) of the
    page's own post, newsletter or episode: the rest of it is the sponsor's advert ("This week's newsletter
    is sponsored by EcoHeat. Switch to a heat pump and get £500 off ..."), which a newsletter's summary had
    taken for news."""
    # The opening words first, a test in C: the case-blind pattern tried at each line had cost a BBC
    # article's cleaning 6% more instructions.
    if not text[:_DISCLOSURE_OPENING_CHARACTERS].lower().startswith(_DISCLOSURE_OPENINGS):
        return False
    disclosure = _DISCLOSURE.match(text)
    return disclosure is not None and _NEWSWORTHY_SPONSORED.isdisjoint(disclosure.group().lower().split())


def _is_reference_entry(line: _Line) -> bool:
    """Whether a line is a paper's reference under a science story: a DOI, and "et al." or a label before it
    ("Journal reference: Cloutier, R. et al. ... Nature (2026). doi:10.1038/...", "Referencia: ..."). Split
    into sentences it had given a summary "Lancet Public Health 10, e123–e134 (2026)."; a sentence of news
    that cites a DOI has neither."""
    # Substring tests in C spare nearly every line the patterns.
    if line.words > _REFERENCE_MAX_WORDS or "10." not in line.text or _DOI.search(line.text) is None:
        return False
    return "et al" in line.text or _REFERENCE_LABEL.match(line.text) is not None


def _without_menus(lines: list[_Line]) -> list[_Line]:
    """A text without prose (a headline, a sentence or two of a few words) less what is page furniture
    there too: menus, calls to the reader, bylines and date stamps (a headline over "By Jane Doe" had that
    byline for its summary), and runs of one- and two-word lines (Home, World, Sign in)."""
    kept = [
        line
        for line in lines
        if not _is_link_like(line)
        and not line.is_call_to_action
        and _byline_names(line) is None
        and not (line.words <= _STAMP_MAX_WORDS and _may_be_stamp(line.text))
    ]
    menu = [0 < line.words <= _MENU_ENTRY_WORDS and not line.ends_sentence for line in kept]
    return [
        line
        for i, line in enumerate(kept)
        if not (menu[i] and ((i > 0 and menu[i - 1]) or (i + 1 < len(kept) and menu[i + 1])))
    ]


def _article_span(
    lines: list[_Line], prose: list[int], pointed: list[bool], counts: Counter[str]
) -> tuple[int, int, int, int]:
    """The first and last prose line of the article, and the bounds (exclusive) outside which nothing
    is the article's.

    Prose lines part into groups wherever several lines that are not prose come between them (a share
    bar, a "Next article" block). The article is the group with the most words, with every group next to
    it that is more than a stray line: a footer's "(c) 2024 Times Ltd. All rights reserved." or a lone
    sign-up line past the menus ends like a sentence, yet lies beyond the article. A "read more" heading
    and the headlines under it (``pointed``) count as one line, as pages set them between paragraphs.

    A live report's furniture between its entries parts nothing: time stamps ("08.52 GMT", "9h ago",
    "Posted at 10:15"), the heading under one, and the widget lines every entry repeats ("Share").
    Counted, they had cut a pasted live report to its newest entry.
    """
    # How many lines that part groups come before each line.
    parting = [0]
    stamped = False  # whether the line before is a time stamp
    for i, line in enumerate(lines):
        stamp = line.is_short and (
            _is_time_stamp_line(line.text) or _is_stamp_line(line) or _is_schedule_row(line)
        )
        # An entry's heading under its stamp ("Posted at 10:15" / "Power cut to 200,000 homes") parts
        # nothing either.
        heading = stamped and line.is_short and not line.ends_sentence
        under_pointer = pointed[i] and i > 0 and pointed[i - 1]
        parts = not (stamp or heading or under_pointer or _is_repeated_button(line, counts))
        parting.append(parting[-1] + parts)
        stamped = stamp
    groups = [[prose[0]]]
    for previous, index in pairwise(prose):
        if parting[index] - parting[previous + 1] >= _GROUP_GAP:
            groups.append([])
        groups[-1].append(index)
    sizes = [sum(lines[i].words for i in group) for group in groups]
    start = end = max(range(len(groups)), key=sizes.__getitem__)
    while start > 0 and _substantial(groups[start - 1], sizes[start - 1]):
        start -= 1
    while end < len(groups) - 1 and _substantial(groups[end + 1], sizes[end + 1]):
        end += 1
    before = groups[start - 1][-1] if start > 0 else -1
    after = groups[end + 1][0] if end < len(groups) - 1 else len(lines)
    return groups[start][0], groups[end][-1], before, after


def _is_stamp_line(line: _Line) -> bool:
    """Whether a line is a date or time stamp of its own, ending no sentence ("Posted at 10:42", "Updated
    2 min ago"): anywhere, even between a live report's entries, where a short line is kept as a
    subheading."""
    return line.words <= _STAMP_MAX_WORDS and not line.ends_sentence and _may_be_stamp(line.text)


def _is_repeated_button(line: _Line, counts: Counter[str]) -> bool:
    """Whether a line is a button the page repeats under each entry of a live report ("Share"; not a
    repeated line of a match's commentary, "Corner, Wrexham.")."""
    return line.words <= _BUTTON_WORDS and not line.ends_sentence and counts[line.text.casefold()] > 1


def _substantial(group: list[int], words: int) -> bool:
    return len(group) >= 2 or words >= _STRAY_WORDS


def _drop_inner_runs(lines: list[_Line], dropped: list[bool], first: int, last: int) -> None:
    """Inside the prose, runs of two or more lines of a few words that end no sentence (share bars,
    menus); list entries and subheadings are longer."""
    run: list[int] = []
    for i in range(first, last + 2):
        if i <= last and lines[i].words <= _BUTTON_WORDS and not lines[i].ends_sentence:
            run.append(i)
            continue
        if len(run) >= 2:
            for j in run:
                dropped[j] = True
        run = []


def _pointed_headlines(lines: list[_Line]) -> list[bool]:
    """Which lines are a "read more" heading alone on its line ("Mehr zum Thema", "Lire aussi") or the
    other stories' headlines under it: the lines of four words or more up to the next that ends a
    sentence or is a list item, a few at most."""
    pointed = [False] * len(lines)
    for i, line in enumerate(lines):
        if line.words > _BUTTON_WORDS + 2 or not _POINTER_HEADING.fullmatch(line.text):
            continue
        pointed[i] = True
        for j in range(i + 1, min(len(lines), i + 1 + _POINTED_HEADLINES)):
            if (
                lines[j].ends_sentence
                or lines[j].is_item
                or lines[j].is_prose
                or lines[j].words < _HEADLINE_WORDS
            ):
                break  # a headline has a few words: "Newsletter" below them is the page's next widget
            pointed[j] = True
    return pointed


def _is_date_stamp(line: _Line) -> bool:
    """A line that is a date and a time, and little else ("03.03.2026, 10.12 Uhr", "5 March 2024")."""
    return (
        line.words <= _DATE_STAMP_WORDS
        and not line.ends_sentence
        and _DATE_LINE.search(line.text) is not None
    )


def _drop_neighbours(
    lines: list[_Line], dropped: list[bool], first: int, last: int, *, opening: bool
) -> None:
    """Before and after the prose, short lines sharing a block with dropped ones go too."""

    def may_go(i: int) -> bool:
        return not (first <= i <= last or not lines[i].is_short or (opening and i == 0))

    # A drop spreads along a run of such lines in its block: one sweep down and one up reach every line
    # it reaches (sweeping again until nothing changed took a sweep per line on a long run).
    for order in (range(1, len(lines)), range(len(lines) - 2, -1, -1)):
        step = 1 if order.step == 1 else -1
        for i in order:
            j = i - step
            if not dropped[i] and dropped[j] and lines[j].block == lines[i].block and may_go(i):
                dropped[i] = True


def _joined(block: list[str]) -> str:
    """The lines of a wrapped paragraph as one; a line broken after a hyphen ("low-" / "lying") joins
    the next without a space."""
    text = block[0]
    for line in block[1:]:
        # Not a suspended hyphen before a conjunction: "pre- and post-flood", "Klein- und Mittelbetriebe".
        hyphen = text.endswith("-") and text[-2:-1].isalpha() and line[:1].islower()
        if hyphen and line.split(maxsplit=1)[0] not in _NAME_JOINERS | _CONJUNCTIONS:
            text += line
        else:
            text += " " + line
    return text


def _hard_wrapped(block: list[str], text_width: int | None) -> bool:
    """Lines broken at a fixed width inside a paragraph (an e-mail, a terminal or editor copy), not one
    paragraph per line. A block of three lines or more shows its own width (its longest line); a block
    of two needs the width the whole text is wrapped at (:func:`_wrap_width`). A headline over its time
    stamp ("Mis à jour le 5 mars 2024 à 09h15", "Updated 5 March 2024") is no wrap however wide its
    lines: joined, the headline, stamp and byline had become the article's first paragraph."""
    if len(block) < 2:
        return False
    wrapped = (len(block) >= 3 and _wraps_at(block, max(len(line) for line in block))) or (
        text_width is not None
        and not (len(block) == 2 and (_BYLINE.match(block[1]) or _TRAILING_BYLINE.search(block[1])))
        and _wraps_at(block, text_width)
    )
    # A stamp opens its line with a capital; a wrapped sentence goes on in lower case ("... the report
    # / published on 5 March 2024 said").
    return wrapped and not any(line[:1].isupper() and _may_be_stamp(line) for line in block[1:])


def _wraps_at(block: list[str], width: int) -> bool:
    """Whether ``block`` is wrapped at ``width`` (in the range of wrap widths): every line but the last
    nearly that long, none longer (a subheading over a paragraph on the next line is no wrap), and most
    of them stopping mid-sentence."""
    inner = [len(line) for line in block[:-1]]
    fits = 0.6 * width <= min(inner) and max(*inner, len(block[-1])) <= width
    if not _MIN_WRAP_WIDTH <= width <= _MAX_WRAP_WIDTH or not fits:
        return False
    if sum(_ends_sentence(line) for line in block[:-1]) >= len(inner) / 2:
        return False
    # Narrower than text is usually wrapped, lines may be a list of headlines, each starting with a
    # capital, where a wrapped sentence goes on without one on most lines (CJK has no capitals at all).
    continued = sum(not line[0].isupper() for line in block[1:])
    return width >= _NARROW_WRAP_WIDTH or 2 * continued >= len(inner)


def _wrap_width(blocks: list[list[str]]) -> int | None:
    """The width a hard-wrapped text is broken at: the longest line that ends mid-sentence with another
    line of its paragraph after it, when most such lines come close to it; ``None`` for a text written
    one paragraph per line."""
    broken = [len(line) for block in blocks for line in block[:-1] if not _ends_sentence(line)]
    if len(broken) < 2:
        return None
    width = max(broken)
    close = sum(length >= 0.75 * width for length in broken)
    return width if _MIN_WRAP_WIDTH <= width <= _MAX_WRAP_WIDTH and close >= 0.7 * len(broken) else None


def _ends_unpunctuated(line: str) -> bool:
    """Whether ``line`` ends in Thai or Lao, written without a sentence's final stop: a paragraph of
    several words there is prose however it ends (two of a pasted Thai story's four paragraphs had gone as
    headlines after the prose)."""
    return "\u0e00" <= line[-1:] <= "\u0eff"


def _ends_sentence(line: str) -> bool:
    # A test of the line's last characters: a regex anchored at the end would scan the whole line (the
    # one for footnote markers is searched in the last few characters only).
    if line.endswith("]"):
        markers = _TRAILING_FOOTNOTES.search(line, max(0, len(line) - _FOOTNOTES_TAIL))
        if markers is not None:
            line = line[: markers.start()]
    stripped = line.rstrip(_CLOSING_MARKS)
    return bool(stripped) and stripped[-1] in _FINAL_STOPS
