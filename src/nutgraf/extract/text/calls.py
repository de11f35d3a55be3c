"""The page talking to its reader on a line of its own (:func:`is_call_to_action`): advert labels, "Read
more:" and "Photo:" labels, share and subscribe calls, buttons, galleries' counters, copyright notices, photo
credits and captions told by their credit, paywalls' notices."""

from __future__ import annotations

import re

from nutgraf.extract.text.bylines import INSTITUTION_HEADS, looks_like_names
from nutgraf.extract.text.furniture import (
    _CLOSING_NOTICE_HEADS,
    _CLOSING_NOTICE_MAX_WORDS,
    _FRENCH_SAID,
    _FRENCH_SAID_AUXILIARIES,
    OWN_COVERAGE_OPENINGS,
    is_coverage_appeal,
    is_notice_line,
    is_reporting_appeal,
    is_republishing_note,
)
from nutgraf.extract.text.releases import _RELEASE_MARK, _RELEASE_MARK_MAX_CHARACTERS
from nutgraf.extract.text.stamps import _DATE_LINE, CALENDAR_CENTURIES
from nutgraf.extract.text.words import _ends_sentence, _head, folded_label
from nutgraf.language import NEWS_AGENCIES

# Words on a button or a menu entry.
_BUTTON_WORDS = 3
# Calls to action a page puts between paragraphs, in the languages nutgraf stems: an advert label, a
# "Read more:" or "Photo:" label before a few words, or a "Share/Subscribe/Follow ..." line that names a
# web thing (a newsletter, an app, a platform, "this article", a handle). Sentences of 20 words at most.
_ADVERT_LABEL = re.compile(
    r"(?:advertisement|advert|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|reklama|реклама"
    r"|annonce|advertentie|anuncio|reklame|广告|廣告|広告|スポンサーリンク|إعلان|إعلانات"
    r"|διαφήμιση|διαφημιση|reklam|iklan|quảng cáo|광고|تبلیغات|โฆษณา|פרסומת"
    # Kinyarwanda's (advertising), the eighteenth round's.
    r"|kwamamaza"
    r"|sponsored(?: content)?"
    # A button that opens the rest of the article (not NYT's "Continue reading the main story" between
    # paragraphs, which readability's gold keeps: dropped, readability-testpages .9651 -> .9650).
    r"|weiterlesen|seguir leyendo|sigue leyendo|lire la suite"
    r"|continuer la lecture|continua a leggere|leggi tutto|continue lendo|continuar lendo|lees verder"
    r"|czytaj dalej|читать далее|читать дальше|阅读全文|閱讀全文"
    # Where the story goes on past an advert set inside it (Estadão's, Veja's and Terra's "Continua após a
    # publicidade", it goes on after the advert), between two paragraphs: the whole line only.
    r"|continua (?:após a|depois da) publicidade"
    # Where the article goes on past a video or an advert set inside it (Onet's and WP.pl's "Dalsza część
    # artykułu pod materiałem wideo", "the rest of the article below the video"): the whole line only.
    r"|dalsza część (?:artykułu|tekstu)(?: pod (?:materiałem wideo|materiałem|wideo|filmem|reklamą)| poniżej)?"
    # The comments' box closed under the story (News24's "Comments are closed for this article."): the whole
    # line only.
    # Yahoo News's button over the rest of a partner's story ("Story continues"), copied between two of its
    # paragraphs: the whole line only ("Story continues to develop, police said" goes on).
    r"|story continues"
    r"|comments (?:are|have been) (?:now )?closed(?: (?:for|on) this (?:article|story|post|page))?"
    # Or moderated, the box's note under its button (News Corp's "Comments are moderated and may take a few
    # minutes to appear."): the whole line only.
    r"|comments are moderated(?: and (?:may|will|can) take (?:a few|some|several) minutes to (?:appear|be published))?"
    # The Trust Project's badge, which its member papers set under every story (La Nación's "Conforme a los
    # criterios de The Trust Project", "according to the Trust Project's criteria"): the whole line only.
    r"|(?:conforme a|según) los criterios de(?: the)? trust project"
    # A poll's question under the story, over its buttons ("Do you like the content of this article?", the
    # Bangkok Post's "Yes" / "No"): the whole line only.
    r"|do you like (?:the content of )?this (?:article|story)\?"
    # A Thai page's heading over its related stories' links ("ข่าวที่เกี่ยวข้อง", related news), between the
    # paragraphs: the whole line only, as news opens on the same words ("ข่าวที่เกี่ยวข้องกับ ...", news about).
    r"|ข่าวที่เกี่ยวข้อง)\W*",
    re.IGNORECASE,
)
# The first two characters, lower-cased, of every ASCII opening a match of the case-blind pattern above may
# have (:func:`_head`; the same for the other patterns with openings below, each checked over all ASCII
# pairs in the tests): a line that opens on none is spared the pattern, which tries each of its
# alternatives in turn (7,000 instructions a line for the calls' pattern).
_ADVERT_LABEL_OPENINGS = frozenset("ad an co cz da do ik kw le li pu qu re se si sp st we".split())
# A label before a colon ("Read more: ...", "Photo: ..."), or, where it only ever points to another article
# (:data:`_POINTER_PHRASES`), glued to that article's headline ("Читайте также Мост через Неву закроют",
# "Читайте такжеКак изменится ..." where a page's <span> and <a> meet). The lookahead for a letter lets a
# label end at any letter, so a label that opens a longer one follows it ("photograph" before "photo",
# "more on this" before "more"), or the shorter one would match and the line be refused. The caption's
# words come first, as a label's bare branch would match "Image source" and refuse it.
_POINTER_LABEL = re.compile(
    r"(?:image|video|media|इमेज) (?:source|caption|copyright|स्रोत|कैप्शन)(?:\s*+,|\s++\S)"
    # BBC Persian's, the caption's word first ("توضیح تصویر، ...", the image's caption; "منبع تصویر،", its source).
    r"|(?:توضیح|منبع) تصویر\s*+،"
    r"|[(\[]?(?P<label>read more|read also|also read|must read|read(?=\s*+[:：])|see also|go deeper|related|more on this(?: story)?|more"
    r"|watch|listen|photograph|photo|image|media contacts?|press contacts?|(?:media|press) (?:enquiries|inquiries)"
    r"|picture|video|credit|lire aussi|à lire aussi|voir aussi|mehr zum thema|mehr(?=:)|lesen sie auch|lee también"
    r"|leer más|leggi anche|leia também|leia mais|czytaj też|czytaj także|zobacz też|zobacz także|читайте также"
    r"|читайте також|фото|fotografia|fotos|foto|bild|lees ook|lees meer|bekijk ook|zie ook|läs också|læs også|les også"
    r"|lue myös|lue lisää|læs mere|les mer|läs mer|te puede interesar|baca juga|ये भी पढ़ें|यह भी पढ़ें|اقرأ أيضاً|اقرأ أيضا|اقرأ ايضا|اقرأ المزيد"
    r"|شاهد أيضا|延伸閱讀|延伸阅读|相關閱讀|相关阅读|関連記事|đọc thêm|bunu da okuyun|unaweza pia kusoma|بیشتر بخوانید"
    # The third world-news round's: Catalan, Czech, Austrian German, Greek, Argentine and Colombian Spanish,
    # Hebrew, Hungarian, Romanian (with a comma or a cedilla), Swahili, Tamil, Filipino, Vietnamese, Thai;
    # and the photo's word in Vietnamese, Finnish, Hungarian, Swahili, Hebrew, Tamil, Thai and Greek. Behind
    # their first letters: a line that opens on none is spared trying each (they had tripled the pattern's
    # cost on a news sentence).
    r"|(?=[lčdδmקocsஇbxอảkfpצபภφیمtпयተت])(?:llegiu també|čtěte také|čtěte též|das könnte sie auch interessieren|διαβάστε επίσης|διαβάστε ακόμη"
    r"|mirá también|le puede interesar|lea también|קראו עוד|קראו גם|olvasd el ezt is|olvasson tovább|citește și|citeşte şi"
    r"|soma pia|இதையும் படி(?:க்க|ங்க)|basahin|xem thêm|อ่านข่าวที่เกี่ยวข้อง|อ่านเพิ่มเติม"
    r"|ảnh|kuva|fotó|picha|צילום|படம்|ภาพ|φωτογραφία"
    # The tenth round's Urdu: "read this too", "read more"; and its photo's word ("تصویر: فائل", a file photo).
    r"|یہ بھی پڑھیں|مزید پڑھیں|تصویر"
    # The eleventh round's: Croatian, Bosnian and Serbian in both scripts ("Pročitajte i:", "Прочитајте
    # још"), Lithuanian ("Daugiau skaitykite:"), Nepali ("यो पनि पढ्नुहोस्") and Amharic ("ተዛማጅ ዜና፦",
    # related news; "ተጨማሪ ያንብቡ", read more), the longer before the shorter that opens them.
    r"|pročitajte još|pročitajte više|pročitajte također|pročitajte i|прочитајте још|прочитајте више"
    r"|прочитајте такође|прочитајте и|daugiau skaitykite|taip pat skaitykite|यो पनि पढ्नुहोस्|यो पनि पढ्नुस्"
    r"|ተዛማጅ ዜና|ተጨማሪ ያንብቡ)"
    # The thirteenth round's: Slovenian ("Preberite še:"), Albanian ("Lexo edhe:"), Estonian ("Loe ka:"),
    # Latvian ("Lasiet arī"), Marathi ("हेही वाचा -") and Telugu ("ఇదీ చదవండి:"), behind their first letters.
    r"|(?=[plहఇ])(?:preberite še|preberite tudi|lexo edhe|lexo gjithashtu|loe ka|lasiet arī|lasi arī|हेही वाचा"
    r"|ఇదీ చదవండి|ఇవీ చదవండి)"
    # The fourteenth round's: Hausa ("Karanta Kuma:"), Yoruba ("Ẹ tún lè kà:", and as written without its
    # marks), Icelandic ("Sjá einnig:"), Welsh ("Darllenwch hefyd", BBC Cymru Fyw's "Hefyd o ddiddordeb:", also
    # of interest), Uzbek ("Mavzuga oid:", on the topic), Kazakh ("Сондай-ақ оқыңыз:"), Gujarati ("આ પણ
    # વાંચો:"), Kannada ("ಇದನ್ನೂ ಓದಿ:"), Macedonian ("Прочитај и:") and Pashto ("دا هم ولولئ"), behind their
    # first letters.
    r"|(?=[kẹesdhmсઆಇпد])(?:karanta kuma|ẹ tún lè kà|e tun le ka|sjá einnig|darllenwch hefyd|hefyd o ddiddordeb"
    r"|mavzuga oid|сондай-ақ оқыңыз|આ પણ વાંચો|ಇದನ್ನೂ ಓದಿ|ಇದನ್ನು ಓದಿ|прочитај и|прочитај повеќе"
    r"|прочитајте повеќе|دا هم ولولئ|دا هم ولولی)"
    # The fifteenth round's: Galician ("Le tamén:"), Lao ("ອ່ານເພີ່ມເຕີມ:", read more), Sinhala ("මෙයත්
    # කියවන්න:"), Somali ("Akhri sidoo kale:"), Mongolian ("Холбоотой мэдээ:", related news), Odia ("ଆହୁରି
    # ପଢନ୍ତୁ:") and Belarusian ("Чытайце таксама:"), behind their first letters.
    r"|(?=[lອමaхଆч])(?:le tamén|le tamen|ອ່ານເພີ່ມເຕີມ|ອ່ານຂ່າວທີ່ກ່ຽວຂ້ອງ|මෙයත් කියවන්න|මේවාත් කියවන්න"
    r"|akhri sidoo kale|akhriso sidoo kale|холбоотой мэдээ|ଆହୁରି ପଢନ୍ତୁ|чытайце таксама|чытайце яшчэ)"
    # The sixteenth round's: Maltese ("Aqra wkoll:", read also), Basque ("Irakurri gehiago:", read more), Irish
    # ("Léigh freisin:", read also), Sorani Kurdish ("زیاتر بخوێنەوە:", read more), Tajik ("Инчунин бихонед:")
    # and Kyrgyz ("Ошондой эле окуңуз:"), behind their first letters.
    r"|(?=[ailزئио])(?:aqra wkoll|aqra iktar|aqra aktar|irakurri gehiago|léigh freisin|leigh freisin"
    r"|léigh tuilleadh|زیاتر بخوێنەوە|ئەمەش بخوێنەوە|инчунин бихонед|инчунин хонед|ошондой эле окуңуз"
    # The seventeenth round's: Esperanto ("Legu ankaŭ:", read also; and as written without its breve).
    r"|legu ankaŭ|legu ankaux|legu ankau"
    # The eighteenth round's: Faroese ("Les eisini:", read also) and Haitian Creole ("Li tou:", read also).
    r"|les eisini|li tou)"
    # The nineteenth round's: West Frisian ("Lês ek:", read also), Occitan ("Legir tanben:", in both its
    # spellings), Malagasy ("Vakio koa:", "Vakio ihany koa:") and Tatar ("Шулай ук укыгыз:"), behind their
    # first letters.
    r"|(?=[lvш])(?:lês ek|legir tanben|legir tamben|vakio koa|vakio ihany koa|шулай ук укыгыз)"
    # A Korean release's contact line under its text ("담당부서: 국토교통위원회 행정실 (02-788-0000)", the
    # department in charge; "담당자", the officer; "문의", inquiries; "연락처", contact), as "Media contact:" is
    # an English one's: before its colon only (not in _POINTER_PHRASES), as prose opens on the same words.
    r"|(?=[담문연])(?:담당부서|담당자|문의처|문의|연락처))"
    # Le Parisien closes the label on an arrow, Hindi pages on a dash ("LIRE AUSSI > ...", "यह भी पढ़ें- ..."),
    # Amharic pages on its colons ("ተዛማጅ ዜና፦ ...").
    r"\s*+(?:(?P<mark>[:：|>»፦፡]|-(?=\s))|(?=[^\W\d_]))",
    re.IGNORECASE,
)
# The labels that point to another article and nothing else, which may stand without a colon before its
# headline; not "More", "Watch", "Photo" or "Credit", which open headlines and sentences ("More Than 100
# Hurt", "Credit Suisse Cuts Jobs").
_POINTER_PHRASES = frozenset(
    "read more|read also|also read|see also|go deeper|more on this|more on this story|lire aussi|à lire aussi"
    "|voir aussi|mehr zum thema|lesen sie auch|lee también|leer más|leggi anche|leia também|leia mais"
    "|czytaj też|czytaj także|zobacz też|zobacz także|читайте также|читайте також|lees ook|lees meer|bekijk ook|zie ook"
    "|läs också|læs også|les også|lue myös|lue lisää|læs mere|les mer|läs mer|te puede interesar|baca juga|ये भी पढ़ें|यह भी पढ़ें"
    "|اقرأ أيضاً|اقرأ أيضا|اقرأ ايضا|اقرأ المزيد|شاهد أيضا"
    "|延伸閱讀|延伸阅读|相關閱讀|相关阅读|関連記事|đọc thêm|bunu da okuyun|unaweza pia kusoma"
    "|بیشتر بخوانید|llegiu també|čtěte také|čtěte též|das könnte sie auch interessieren|διαβάστε επίσης"
    "|διαβάστε ακόμη|mirá también|le puede interesar|lea también|קראו עוד|קראו גם|olvasd el ezt is|olvasson tovább"
    "|citește și|citeşte şi|soma pia|இதையும் படிக்க|இதையும் படிங்க|basahin|xem thêm|อ่านข่าวที่เกี่ยวข้อง|อ่านเพิ่มเติม"
    "|یہ بھی پڑھیں|مزید پڑھیں|pročitajte još|pročitajte više|pročitajte također|pročitajte i|прочитајте још"
    "|прочитајте више|прочитајте такође|прочитајте и|daugiau skaitykite|taip pat skaitykite|यो पनि पढ्नुहोस्"
    "|यो पनि पढ्नुस्|ተዛማጅ ዜና|ተጨማሪ ያንብቡ|preberite še|preberite tudi|lexo edhe|lexo gjithashtu|loe ka|lasiet arī"
    "|lasi arī|हेही वाचा|ఇదీ చదవండి|ఇవీ చదవండి|karanta kuma|ẹ tún lè kà|e tun le ka|sjá einnig|darllenwch hefyd"
    "|hefyd o ddiddordeb|mavzuga oid|сондай-ақ оқыңыз|આ પણ વાંચો|ಇದನ್ನೂ ಓದಿ|ಇದನ್ನು ಓದಿ|прочитај и|прочитај повеќе"
    "|прочитајте повеќе|دا هم ولولئ|دا هم ولولی|le tamén|le tamen|ອ່ານເພີ່ມເຕີມ|ອ່ານຂ່າວທີ່ກ່ຽວຂ້ອງ|මෙයත් කියවන්න"
    "|මේවාත් කියවන්න|akhri sidoo kale|akhriso sidoo kale|холбоотой мэдээ|ଆହୁରି ପଢନ୍ତୁ|чытайце таксама|чытайце яшчэ"
    "|aqra wkoll|aqra iktar|aqra aktar|irakurri gehiago|léigh freisin|leigh freisin|léigh tuilleadh"
    "|زیاتر بخوێنەوە|ئەمەش بخوێنەوە|инчунин бихонед|инчунин хонед|ошондой эле окуңуз|legu ankaŭ|legu ankaux"
    "|legu ankau|les eisini|li tou|lês ek|legir tanben|legir tamben|vakio koa|vakio ihany koa|шулай ук укыгыз"
    # The thirty-third round's: a Turkish portal's "İLGİLİ HABER" (related story) in bold over its link.
    "|ilgili haber|ilgili haberler".split("|")
)
# Labels that point to another article only before their colon: Irish's "léigh" (read) is its past tense too,
# and a caption without a stop opens on the same words ("Léigh freisin Uachtarán na hÉireann dán ...", the
# President also read a poem); Haitian Creole's "li tou" is "he, too" ("Li tou di ...", he also said).
_MARKED_POINTER_PHRASES = frozenset(("léigh freisin", "leigh freisin", "léigh tuilleadh", "li tou"))
# The headline after a bare label: at most this long, opening on a capital (or a letter of a script without
# case) and ending in no full stop, where a sentence that opens on the same words ends in one ("Lesen Sie
# auch Goethe.") or goes on in lower case ("Читайте также, что сказал министр ...", "See also how ...").
_POINTER_HEADLINE_MAX_CHARACTERS = 150
# The most characters of a label that points to another article, written in capitals before its stop.
_POINTER_LABEL_MAX_CHARACTERS = 40
# Hindi's and Nepali's, Urdu's and Amharic's stops too: in a script without capitals a sentence opening on a
# label's words ("ተዛማጅ ዜናዎች እንደሚያሳዩት ...።", related reports show, opens on "ተዛማጅ ዜና") is told by its end alone.
_SENTENCE_END = ".!…。！।۔።"
# The label a page sets alone before the headline it points to, which a sentence of news may open on too.
_BARE_READ = "read"
_POINTER_LABEL_OPENINGS = frozenset(
    "al ba be bi bu ci cr cz da fo go im ku la le li ll lo lu me mi mo mu ol ph pi pr re se so ta te un vi vo wa xe"
    " zi zo ka sj he ma ak aq ir va".split()
    # Yoruba's "E tun le ka" written without its marks.
    + ["e "]
    + [bracket + letter for bracket in "([" for letter in "abcdefghiklmoprstuvwxz"]
)
# The call as an imperative, not the same word as a noun or adjective ("Share prices", "Follow-up tests").
# The platforms a Spanish desk's call to follow it names.
_ES_PLATFORM = "(?:facebook|x|instagram|twitter|tiktok|youtube|linkedin|whatsapp|threads|bluesky)"
_CALL_VERB = re.compile(
    r"(?:share (?:this|on|via|the (?:article|story))|subscribe|sign up|click (?:here|to|on|the)"
    r"|tap (?:here|to|on)|download (?:the|our)|register (?:now|here|for|to)"
    # The Dutch and French calls to download the paper's app ("Download de app van De Gelderlander voor het
    # laatste nieuws uit je buurt.", "Téléchargez l'application Nice-Matin pour recevoir les alertes météo."):
    # the imperative, a call only with the paper's app in the line (:data:`_WEB_THING`); the infinitive a
    # sentence opens on ("Télécharger l'application prend une minute") is none, and so is advice reported after
    # a comma ("Téléchargez l'application Doctolib pour prendre rendez-vous, conseille l'ARS").
    r"|(?:download (?:de|onze)|t[ée]l[ée]chargez?(?= ))(?=[^,]*+$)"
    # A station's call for its viewers' pictures, the upload page's address in the line ("Send us your snow
    # photos at wmur.com/upload."); "Send us your bank details" before anything else is a fraud's words news
    # quotes.
    r"|send us your (?:[\w-]++ ){0,2}?(?:photos|pictures|videos|images)\b"
    # The Daily Monitor's "Follow the Daily Monitor on WhatsApp for the latest news."; a desk's name of more words
    # ends on the desk's word ("Follow the New York Times Opinion section on Facebook, ..."), where a sentence
    # of news follows a story ("Follow the story of the three girls on TikTok, where ...").
    r"|follow (?:us|@|(?:(?:\w+ ){1,3}|(?:\w+ ){1,5}(?:section|desk|team|newsroom|channel|account) )on"
    r" (?:twitter|x|facebook|instagram|tiktok|youtube|linkedin|threads|bluesky|whatsapp"
    r"|telegram))"
    # The reader's message to the desk, after a call to follow the site ("Send us a message on WhatsApp at
    # ... or email us at ...", The Gleaner's): a call only where its line names a web thing, as the others.
    # Not "Send us" before anything else, which news quotes ("Send us your bank details on WhatsApp, the
    # fraudsters wrote to hundreds of pensioners ...", a clause too long to be read as who made the call).
    r"|send us a message"
    # A pointer to the site's own explainer or coverage, told a call by its link's "here" ("Why do we cover
    # court cases? Read our explainer on court reporting here.", The Courier's).
    r"|read our"
    # A call to like the site's page, and to comment under the story before it (Barbados TODAY's "Please share
    # your thoughts in the comments. Like our Facebook page and follow us on Instagram."): each a call only
    # with the platform in the line, as the others are.
    r"|(?:please )?share your (?:thoughts|views|opinions?) in the comments|like our (?:facebook |fan )?page"
    r"|log in|sign in|join(?= )|like us|tag (?:us|@)|get (?:unlimited|full|digital|the latest|more|the day['’]s)|catch all the latest"
    r"|don['’]t miss|never miss|teilen|abonnieren|partager|abonnez(?:-vous)?"
    r"|inscrivez-vous|inscris-toi|abonne-toi|schrijf je in|abonneer|volg|deel dit|regístrate|cadastre-se|inscreva-se|اشترك|تابعنا"
    r"|folgen sie uns|folge uns|suivez-nous|síguenos|seguici|siga-nos|следите за нами|подписывайтесь"
    r"|compartir|suscríbete|suscribite|condividi|únete|unete|únase|unase"
    # A section's call to follow its news ("Sigue toda la información de Economía en Facebook y X"), not
    # "Sigue la polémica en Twitter" (the row goes on there).
    r"|sigue toda la (?:información|actualidad)|suivez toute l['’]actualité|segui tutte le notizie"
    # A desk's call to follow it, addressing the reader ("Puedes seguir a EL PAÍS Salud y Bienestar en Facebook,
    # X e Instagram."): a call only with the platforms closing the line; a story's sentence goes on past them
    # ("Puedes seguir a Messi en Instagram, donde publica a diario ...").
    r"|puedes seguir(?:nos)? a [^,.!?]{1,60}? en "
    + _ES_PLATFORM
    + r"(?:(?:, | y | e )"
    + _ES_PLATFORM
    + r")*+\.?$"
    r"|iscriviti|compartilhe|assine|udostępnij|subskrybuj|obserwuj|dołącz do nas|поделиться|подпишитесь"
    r"|поділіться|поділитися|підпишіться|підписуйтеся|підписуйтесь"
    # Indonesian: "join", "follow", "read" (the news, a channel's), "click"; not "bergabung" (join) nor "unduh"
    # (download), whose openings English lines share ("Between", "Under"): each opening lets the pattern's
    # alternatives be tried.
    r"|gabung(?:lah)?|ikuti|simak|klik"
    # Polish's "download" (the app: "Pobierz aplikację TVN24 i bądź na bieżąco."), a call only with the app
    # in the line.
    r"|pobierz"
    # Swedish's "subscribe", Portuguese's "get" (the news, in your mailbox), Dutch's "sign up", and English's
    # "stay up to date" before a call to follow the site ("Prenumerera på SvD:s nyhetsbrev ...", "Receba no
    # seu email as principais notícias ...", "Op de hoogte blijven? Meld je aan voor de nieuwsbrief.", "Stay
    # up to date with the latest news. Follow KT on WhatsApp Channels."): each a call only with the site's
    # thing in the line, as the others are.
    r"|prenumerera|receba|meld (?:je|u) aan|stay (?:up to date|updated|informed)"
    # Hausa's "stay with us" and "follow us" ("Ku kasance tare da mu a tasharmu ta WhatsApp ...: Danna nan"),
    # and Uzbek's call to subscribe to a channel, the platform first as Uzbek orders them ("Telegram
    # kanalimizga obuna bo'ling"): each a call only with the platform or the site's thing in the line.
    r"|ku kasance tare da mu|ku biyo mu"
    r"|(?:telegram|whatsapp|youtube|instagram|facebook)[- ]?(?:kanal|sahifa|guruh)[^\W\d_]{0,12}+ obuna bo['ʻ’]?ling"
    # Somali's "follow us" ("Nagala soco wararka ... bogga Facebook-ga: Riix halkan") and Belarusian's
    # "subscribe" ("Падпісвайцеся на наш Telegram-канал!"): each a call only with the platform or the site's
    # thing in the line, as the others are.
    r"|nagala soco|naga soco|падпісвайцеся|падпішыцеся"
    # A sports site's call to watch its clips for free on its channels ("Watch Premier League and EFL
    # highlights for free on the Sky Sports website, app and YouTube channel."), what is watched named within
    # four words: a call only with the platform in the line, as the others are. Not "Watch" before anything
    # else, which opens headlines and news ("Watch parties streamed the final for free on YouTube.").
    r"|watch(?= (?:[^\s.!?]++ ){0,4}?(?:highlights|clips|videos|replays|goals) for free on )"
    # isiZulu's "follow" ("Landela i-Isolezwe ku-WhatsApp ...", follow Isolezwe on WhatsApp), the platform in
    # its locative ("ku-", on) within the next few words: not "Landela imiyalelo yamaphoyisa" (follow the
    # police's instructions), which names no platform.
    r"|landela(?=(?:\s++\S++){0,4}?\s++ku-?(?:google|facebook|twitter|x|instagram|tiktok|youtube|telegram|whatsapp)(?![-\w]))"
    # Greek's and Romanian's "follow" ("Ακολουθήστε το ... στο Google News", "Urmărește știrile ... și pe Google
    # News"), a line under a Greek portal's and a Romanian channel's every story: as English's, before at most
    # four words and "on" a platform. Not a sentence of news that opens on the same word and names a platform
    # further on ("Urmăriți de polițiști, cei doi au ... postat imaginile pe TikTok.", pursued by the police;
    # "Ακολουθήστε τις οδηγίες της Πολιτικής Προστασίας στο Facebook, είπε ο υπουργός."). Romanian's verb takes
    # "us" joined by a hyphen ("Urmărește-ne pe Google News", a news app's line under its story), which had
    # kept the line: no space came after the verb.
    r"|(?:ακολουθήστε|ακολουθηστε|urmărește|urmăreşte|urmăriți|urmăriţi)(?:-ne)?+(?=(?:\s++\S++){0,4}?\s++(?:στο|στα|στην|pe)\s++"
    r"(?:google|facebook|twitter|x|instagram|tiktok|youtube|telegram|whatsapp|viber)(?![-\w]))"
    # Hungarian's, the platform in its case ending ("Kövesd a Telexet a Facebookon is!"): not "Követték a
    # rendőrök ..." (the police followed), another form of the verb.
    # The twelfth outlets' round's: Croatian's, Bosnian's and Serbian's "follow us" ("Pratite nas i na društvenim
    # mrežama!"), Polish's "like us" ("Polub nas na Facebooku!"), Finnish's "subscribe" ("Tilaa Aamulehden
    # uutiskirje tästä.") and Hungarian's "if you don't want to miss" before its call ("Ha nem akar lemaradni a
    # legfontosabb hírekről, kövesse az Index Facebook-oldalát!"): each a call only with the platform or the
    # site's thing in the line, as the others are (Finnish's "tilaa" is "room" too: "Tilaa on vielä ...").
    r"|pratite nas|пратите нас|polub(?:cie)? nas|tilaa|ha nem akar(?:sz)? lemaradni"
    r"|(?:kövesd|kövesse|kövessen|kövessenek)(?=(?:\s++\S++){0,4}?\s++(?:google|facebook|instagram|tiktok|youtube"
    r"|telegram|x)\w*+))(?:(?<=@)|(?![-\w]))",
    re.IGNORECASE,
)
# A call's words reported as a speaker's, the attribution after a comma ("Ku kasance tare da mu, in ji gwamnan
# ... a shafinsa na Facebook", stay with us, said the governor ... on his Facebook page; "Follow us, said the
# mayor, who spoke on Facebook"): the story's sentence, where the platform it names is where the speaker spoke.
# English's, Hausa's, Indonesian's and Uzbek's, whose calls :data:`_CALL_VERB` reads; Somali's ("Nagala soco
# bogga Facebook-ga, ayay tiri Xaliimo", "..., ayuu yiri wasiirka") and the dash Belarusian sets before its
# speaker ("Падпісвайцеся ... у Telegram, — раіць эксперт"), whose calls round 15 added: a call its site
# closes on is no one's words.
_REPORTED_CALL = (
    ", said ", ", says ", ", told ", ", in ji ", ", kata ", ", ujar ", ", dedi ", " — dedi ",
    ", ayuu yiri", ", ayay tiri", ", ayuu sheegay", ", ayay sheegtay", ", — ",
)  # fmt: skip
# The call to stay informed (:data:`_CALL_VERB`) and the link's word it reads as a place.
_STAY = "stay "
_STAY_CHARACTERS = len(_STAY)
_HERE = "here"
_CALL_VERB_OPENINGS = frozenset(
    "ab as ca cl co de do fa fo ga ge ha ik in is jo kl ku la li lo me na ne ob pa pl po pr pu re sc se sh si st su ta te"
    " ti ud un ur vo wa wh yo".split()
)
_WEB_THING = re.compile(
    r"\b(?:newsletters?|boletín|bulletin|infolettre|nieuwsbrief|рассылк\w*|النشرة|نشرتنا|inbox|facebooku?|twitter|whatsapp|instagram|tiktok|youtube|telegram|linkedin|pinterest"
    r"|liveblog"
    # A newsletter in Swedish and Norwegian ("SvD:s nyhetsbrev"), the reader's mailbox in Portuguese ("no seu
    # email"), a paper's edition online ("the New Vision e-paper").
    r"|nyhetsbrev\w*+|seu e-?mail|e-?paper"
    # A newsletter in Finnish ("Aamulehden uutiskirje"), the social networks in Croatian, Bosnian and Serbian
    # ("na društvenim mrežama", in both scripts).
    r"|uutiskirje\w*+|društven\w*+ mrež\w*+|друштвен\w*+ мреж\w*+"
    # An app in Lithuanian and Polish, in any case ("LRT programėlėje", in the LRT app; "aplikację TVN24").
    r"|programėl\w*+|aplikacj\w*+"
    r"|this (?:article|story)|(?:unlimited|digital|full) access|subscription|podcast|here|news app"
    # The paper's app by its name in Dutch and French, or as its own ("de app van De Gelderlander", "onze app",
    # "l'application Nice-Matin", "notre application"), and an upload page's address ("at wmur.com/upload").
    r"|onze (?:[\w-]++ )?app|de (?:[\w-]++ )?app van (?=(?-i:[A-Z]))|l['’]appli(?:cation)?(?= (?-i:[A-Z]))|notre appli(?:cation)?"
    # The address closes the call: a fraud's message quoted goes on ("... at secure-id.com/verify to unlock
    # your account").
    r"|at [\w-]++\.(?:com|org|net|tv|co\.uk|nl|fr)/[\w/-]++(?=\.?$)"
    # A paywall's pair of buttons, to log in or make an account on the site ("Log in of maak een account aan",
    # HLN's; "Log in or create an account"): an account alone is a story's service line ("Sign up for an
    # account on the city's website to pay the fine", "Download the app and create an account to book a
    # slot"), and "your account" a bank's warning a story quotes ("Log in to your account only from home").
    r"|log ?in (?:or|of) (?:create|make|maak|open) (?:an?|een) (?:free |gratis )?account"
    # The reader's mailbox in Spanish ("Recibí las noticias ... en tu mail").
    r"|tu (?:e-?mail|mail|correo)"
    # A platform in Hungarian's case for "on" ("a Facebookon", "a YouTube-on").
    r"|(?:facebook|instagram|tiktok|youtube-|telegram)on"
    # The site's news by its name closing the line ("Don't miss out on the news, views and analysis from The
    # Scotsman.", "Don't miss out on the headlines from News."), not a place's before more words ("Don't miss the
    # news from Brussels, the minister told").
    r"|(?:news|headlines|stories|journalism|analysis) from (?-i:[A-Z])[\w'’]*+(?: (?-i:[A-Z])[\w'’]*+){0,3}+(?=\W*+$)"
    r"|google (?:discover|news|actualités|noticias|notícias|notizie)"
    r"|our (?:\w+ )?(?:app|e-?mail|updates|alerts|notifications)"
    # The site's app by its name, capitalised or opening on the station's channel number, of four words at
    # most ("Download the Hindustan Times App for latest updates", "Download the 5 On Your Side app ..."; not
    # "Download the council app from your phone's app store."), a station's with its desk's word before "app"
    # ("Download the WMUR weather app for live radar and alerts.", the twenty-third outlets round's).
    r"|the (?:(?-i:[A-Z0-9])\w*+ ){1,4}?(?:weather |news |traffic |sports )?app"
    # A desk's alerts by its name ("Sign up for The Bee's wildfire alerts."), not a county's text alerts.
    r"|(?-i:[A-Z])\w*+['’]s (?:breaking news |weather |wildfire |storm |traffic |crime )?alerts)\b"
    r"|@\w+",
    re.IGNORECASE,
)
# A share or print button's label, a paragraph of its own under each entry of a live report in HTML
# ("Share", "Share this article", "Print"), a paywall's ("Subscribe now", "See plans"), a donation
# appeal's ("Donate", "Support us") or a video's ("Show transcript").
_BUTTON_LABEL = re.compile(
    r"(?:share(?: (?:this|the) (?:article|story|post|page))?|tweet|print|copy link|teilen|partager|compartir"
    r"|condividi|compartilhar|udostępnij|поделиться"
    # The Nordic papers' share button ("Del artiklen", Politiken's; Norwegian, Swedish, Finnish), and an author
    # box's link to the writer's page ("Read full biography", the Winnipeg Free Press's).
    r"|del artiklen|del artikkelen|dela artikeln|jaa artikkeli|read (?:the )?full (?:bio(?:graphy)?|profile)"
    # A politics desk's link to its coverage between the paragraphs (the Des Moines Register's "Read more of our
    # election coverage"): a sentence of news on coverage says whose it is and goes on.
    r"|read more of our (?:[\w'’-]++ ){0,2}?coverage"
    # Hürriyet's "Haberin Devamı" ("the story goes on"), inline between paragraphs where an advert stood.
    r"|haberin devamı"
    # A French newsletter box's title, the paper's name after it ("Ta newsletter 20 minutes", "Votre newsletter").
    r"|(?:ta|votre) newsletter(?: [\w ]{1,30})?"
    # A paywall's button, the paper's name in it or not ("Subscribe now", "Subscribe to The Scotsman today"), or
    # the verb alone as "Donate" is (Patch's "Subscribe" over its newsletter's call).
    r"|subscribe(?: (?:to (?-i:[A-Z])[\w'’]*+(?: (?-i:[A-Z])[\w'’]*+){0,3}? )?(?:now|today))?"
    r"|(?:see|view) (?:all )?(?:plans|offers|subscription options)"
    r"|donate(?: (?:now|today))?|give (?:now|today)|support us"
    # A republishing box's heading (KFF Health News's "USE OUR CONTENT").
    r"|use our content"
    # And the nonprofit newsrooms' ("Republish this story" over the terms, :data:`_CLOSING_NOTICE`).
    r"|republish (?:this|our) (?:story|article|stories|articles)"
    # The Mirror's "Bookmark" under its byline, a button that saves the story.
    r"|bookmark(?: (?:this|the) (?:article|story|page))?"
    r"|(?:show|hide|view|read) (?:the )?(?:full )?transcript|\+ ?follow"
    # A news app's banner over a story shared from it (1News's "Open in app"), which had been the title, and
    # the link to the app between a story's paragraphs (Clickability's "Get the app").
    r"|open in (?:the )?app|get (?:the|our) app"
    # An e-mail newsletter's link to its web copy over the story it carries ("View in browser", "View this
    # email in your browser"), and its sign-up form's field, the placeholder's words left in a pasted page
    # ("Type your email...", a Substack post's under its call to subscribe).
    r"|view (?:this (?:e-?mail|newsletter|message) )?(?:in (?:your |a |the )?(?:web )?browser|online)"
    r"|(?:type|enter) your e-?mail(?: address)?(?:\.\.\.|…)"
    # A recipe card's buttons, one or a row of them ("Print Recipe", "Print Recipe Pin Recipe").
    r"|(?:print|pin|save|rate|email|jump to) (?:this )?recipe(?: (?:print|pin|save|rate|email|jump to) (?:this )?recipe){0,2}"
    # A screen reader's close of a list of links, Al Jazeera's under "Read also" in every language.
    r"|end of list"
    # A link to the writer's other stories under the story or the byline ("More by this Author", "Read more
    # by Sam Sokol"); not a deadline's day ("Read more by Friday.", a teacher's call a story quotes).
    r"|more (?:by|from) this (?:author|writer|reporter)"
    r"|read more (?:by|from) (?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)(?-i:[A-Z])[\w'’.-]*+(?: (?-i:[A-Z])[\w'’.-]*+){0,3}"
    # A call to the comments under the story ("Diskutieren Sie mit!", "Join the conversation", The Nassau
    # Guardian's "Join the discussion below." after its question), and a German newsletter box's button ("Hier
    # kostenlos anmelden", sign up here for free; "Jetzt kostenlos abonnieren", subscribe now for free).
    r"|diskutieren sie mit|join the (?:discussion|conversation)(?: below)?|have your say|(?:hier |jetzt )?(?:kostenlos |gratis )?(?:anmelden|abonnieren)"
    # A sale's button naming the page it sells on, its path too ("Buy now at leinsterrugby.ie/tickets.").
    r"|(?:(?:check|see|view|compare) (?:the )?(?:prices?|deals?)|buy (?:it )?now|shop now)(?: (?:on|at|from) [\w.&'-]++(?:/[\w.&'-]*+)*+)?"
    # A video player's heading between the paragraphs (Postmedia's "RECOMMENDED VIDEO", Telex's "Ajánlott
    # videó"), and Tamil papers' "file photo" left where the photo stood ("கோப்புப்படம்").
    r"|recommended video|ajánlott videó|கோப்புப்படம்"
    # Telex's appeal for donations under every story, two buttons' words ("Támogasd a Telexet! Legyél te is a
    # Telex támogatója!", support Telex, become a Telex supporter too), and LRT's button under its app's
    # line ("Atsisiųskite čia", download here).
    r"|támogasd a [\w-]++|legyél (?:te is )?a [\w-]++ támogatója|atsisiųskite(?: čia)?|download (?:it )?here"
    # Hungarian's button under such an appeal ("Támogatom", I support it).
    r"|támogatom|támogatok"
    # A live report's entry's button that copies its link in other languages (Indonesian's "Salin tautan"),
    # and the print and e-mail tools under an old page's story ("Imprimir | Enviar a un amigo", PHP-Nuke's
    # Italian "Stampa | Invia ad un amico").
    r"|salin (?:tautan|link)|copiar (?:el )?(?:enlace|link)|copier le lien|link kopieren"
    r"|imprimir|imprimer|drucken|stampa|enviar a un amigo|envoyer à un ami|invia ad? un amico"
    r"|(?:e-?mail|send) (?:this )?to a friend"
    # The link under a post a page shows from a network, to the post there: a Telegram channel's widget's
    # "View in Telegram", which had been the post's last line.
    r"|view (?:(?:this|the) (?:post|message|thread) )?(?:in|on) (?:telegram|mastodon|bluesky|threads)"
    # The service desks' buttons between the paragraphs (the twenty-fourth outlets round): a restaurant
    # story's "Book a table", a school's or a university's "Apply now for September entry", a property
    # page's "Find your next home on Rightmove", "Use our mortgage calculator" and its sponsor's "Sponsored by
    # Entwistle Green estate agents"; a sentence on bookings, applications or a sponsor goes on in news.
    r"|book (?:a|your) table|book now|apply now(?: for (?:[\w-]++ ){0,2}?(?:entry|admission|courses?|places?))?"
    r"|find your (?:next|new|dream) home(?: on [\w.&'’-]++(?: [\w.&'’-]++){0,2}?)?"
    r"|use our mortgage calculator"
    r"|sponsored by (?:[\w&'’.-]++ ){1,3}?(?:estate agents?|lettings|letting agents?))"
    r"\W*+",
    re.IGNORECASE,
)
# A print page's jump line, where a story goes on to another page or comes from one, as a story copied from
# an e-edition, a scanned page or a library's record of the printed paper keeps it: "Continued on Page A6",
# "See CRISIS, Page A4", "From Page A1", the jump's head "FIRE: From A1" (the slug in capitals) and the
# folio alone ("From M6", the Sunday paper's jump, which had stayed a line of the story), German
# "Fortsetzung auf Seite 3", French "Suite en page 4", Spanish "Pasa a la página 5" and "Viene de la
# portada", Italian "Segue a pagina 2", Portuguese "Continua na página 5", Dutch "Lees verder op pagina 7",
# Danish, Norwegian and Swedish "Fortsættes på side 8". The line whole, a page's number or folio ("A6",
# "12", "B-3") closing it: news of pages goes on past them ("The budget continued on page after page of
# cuts", "See page 4 of the report for the figures"). After a slug, no Interstate's "I-" opens the folio: a
# box's "DIRECTIONS: From I-95" is the way to a place, which had gone as a jump line, not a page's reference.
_PAGE_FOLIO = r"(?:[a-z]{1,2}-?\d{1,3}|\d{1,3}[a-z]?)"
_JUMP_LINE = re.compile(
    r"\(?+(?:"
    rf"(?:continued|cont'd|cont\.) (?:on|from) (?:page |p\. ?)?{_PAGE_FOLIO}"
    rf"|(?:please )?turn to (?:page|p\.) ?{_PAGE_FOLIO}"
    rf"|see [\w'’-]++(?: [\w'’-]++){{0,3}}?,? (?:on )?page {_PAGE_FOLIO}"
    rf"|(?:(?-i:[A-Z][A-Z'’-]*+(?: [A-Z][A-Z'’-]*+){{0,3}}+) ?[:|] )?from (?:page |p\. ?){_PAGE_FOLIO}"
    rf"|(?-i:[A-Z][A-Z'’-]*+(?: [A-Z][A-Z'’-]*+){{0,3}}+) ?[:|] from (?-i:(?!I-)[A-Z]{{1,2}})-?\d{{1,3}}"
    r"|(?-i:From|FROM) (?-i:(?!I-)[A-Z]{1,2})-?\d{1,3}"
    rf"|(?:fortsetzung|weiter) (?:auf|von) seite {_PAGE_FOLIO}"
    rf"|(?:lire la )?suite (?:en |à la |de la )?page {_PAGE_FOLIO}|suite de la une"
    rf"|(?:pasa a|viene de|sigue en|continúa en) (?:la )?(?:página|pág\.) ?{_PAGE_FOLIO}|viene de (?:la )?portada"
    rf"|(?:segue|continua) (?:a|alla|da|dalla) (?:pagina|pag\.) ?{_PAGE_FOLIO}|(?:segue|continua) dalla prima(?: pagina)?"
    rf"|(?:continua na|continuação da) (?:página|pág\.) ?{_PAGE_FOLIO}"
    rf"|(?:lees )?verder op (?:pagina|blz\.) ?{_PAGE_FOLIO}|vervolg (?:op|van) (?:pagina |blz\. ?)?{_PAGE_FOLIO}"
    r"|vervolg van (?:de )?voorpagina"
    r"|(?:fortsættes|fortsætter|fortsat|fortsetter|fortsettes|fortsatt|fortsättning|fortsätter|forts\.)"
    rf" (?:på|fra|från) (?:side|sidan|sid\.?) ?{_PAGE_FOLIO}"
    r")\)?+\.?+",
    re.IGNORECASE,
)
_JUMP_LINE_MAX_CHARACTERS = 60
# What a jump line closes on but a folio's figure: the front page's word ("Viene de la portada", "Suite de la
# une", "Segue dalla prima", "Segue dalla prima pagina", "Vervolg van voorpagina", which "pagina" ends too).
_JUMP_LINE_ENDS = ("portada", "une", "prima", "pagina")
# A print page's running head, the paper's name, the day and the page's folio, atop each page of a story
# copied from an e-edition or a scanned page ("A4 | THE BUFFALO NEWS | THURSDAY, DECEMBER 3, 2026", "HERALDO
# DE ARAGÓN | JUEVES, 3 DE DICIEMBRE DE 2026 | PÁGINA 2", the OCR's "PITTSBURGH POST-GAZETTE THURSDAY,
# DECEMBER 3, 2026 B-3"): a date, and a folio first or last, parted from the rest by a bar, or the line in
# capitals, the folio a letter's ("B-3") and the date beside it, where a headline in capitals may open on a
# figure ("3 KILLED IN CRASH ...").
_FOLIO = re.compile(
    rf"(?:page|pg\.|p\.|seite|página|pág\.|pagina|pag\.|side|sida|sidan|sivu|strona|str\.)\s?+{_PAGE_FOLIO}"
    r"|(?P<bare>[a-z]{0,2})-?\d{1,3}",
    re.IGNORECASE,
)
_RUNNING_HEAD_MAX_CHARACTERS = 100
# The most characters of a toolbar's line of buttons parted by bars (:func:`is_call_to_action`).
_TOOLBAR_MAX_CHARACTERS = 80
# The most words of a label it matches: a buying guide's button with its store and a mark after it ("Compare
# the prices at Amazon »", "Buy it now at Walmart"); a bound of four had left every such five-word one.
_BUTTON_LABEL_MAX_WORDS = 6
# LinkedIn's "+ Follow" opens on "+ " (a space no split() keeps); a buying guide's affiliate buttons on
# "Check"/"Compare"/"Buy".
_BUTTON_LABEL_OPENINGS = frozenset(
    [
        "+ ",
        *"+f ab aj an ap at bo bu ch co de di do dr e- em en fi ge gi gr ha hi im in ja jo je ju ko le li mo op pa pi pr ra re sa se sh sp st su ta te tw ty ud us vi vo".split(),
    ]
)
# A copyright notice closing a page ("© Copyright 2026 Agence France-Presse. All rights reserved.", "(c)
# 2024 Times Ltd."): the site's, a line however many sentences it has; not news of copyright ("Copyright
# lawyers said ...").
# Korean pages write "copyright holder" before the sign, in angle brackets or not ("<저작권자(c) 연합뉴스, 무단
# 전재-재배포 금지>"), or the circled letter alone ("ⓒ 한국경제신문"). Punch opens its notice on the reservation
# itself ("All rights reserved. This material ... may not be reproduced ... without prior express written
# permission from PUNCH."), its stop right after it ("All rights reserved, the label said" is a quotation).
_COPYRIGHT_NOTICE = re.compile(
    r"<?(?:copyright\s*+|저작권자\s*+)?(?:[©ⓒ]|\(c\)\s|copyright\s++(?:\d{4}\b|by\b))|all rights reserved\."
    # A blog's licence under each post, labelled so (Hexo NexT's "Copyright Notice: All articles in this blog
    # are licensed under CC BY-NC-SA 4.0 unless stating additionally."), an item of its box's list or not; the
    # licence a public one by name, as news of a law or a court's ruling names none ("... licensed under the
    # 1988 act, the judge said.").
    r"|(?:- )?copyright notice\s*+:\s*+(?:all |the )?(?:articles|posts|content|stories|works)\b[^.!?:]{0,80}?"
    r"\blicen[cs]ed under (?:an? |the )?(?:cc|creative commons|gnu|gpl|mit|apache)\b",
    re.IGNORECASE,
)
_COPYRIGHT_FIRST_CHARACTERS = "©ⓒ(cC저<aA-"
# What a notice opening on the reservation goes on to say, if anything: a ban on reuse or the site's terms
# (Punch's "... may not be reproduced ... without prior express written permission", AP's "Terms under
# which this site is provided.", Condé Nast's "Use of this site constitutes acceptance of our User
# Agreement"), or the site's name after its sign. A story about copyright quotes the reservation before news
# of its own ("All rights reserved. Those three words, printed under every photograph ..., are at the centre
# of a case").
_RESERVATION_NOTICE_WORDS = (
    "reproduc", "republish", "redistribut", "permission", "terms", "prohibit", "unauthori", "site", "agreement",
    "©", "copyright",
)  # fmt: skip
# The word of a site's notice of its marks, before its copyright notice (:func:`_is_trademark_notice`), and
# the reservation that closes such a notice.
_TRADEMARK_WORD = "trademark"
_RESERVATION_ENDS = ("reserved.", "Reserved.", "RESERVED.")
# A gallery's counter on a line of its own, above or below each photo ("2/6", "Image 3 of 12", "Bild 1
# von 8"): the photo's number, at most their count ("24/7" is none); and a printed page's running foot
# ("Page 1 of 2"), a converted PDF's.
_GALLERY_COUNTER = re.compile(
    r"(?:(?:image|photo|picture|slide|bild|foto|page|seite|página|pagina)\s++)?(\d{1,3})\s*+(?:/|of|von|de|sur|di|z|из)\s*+(\d{1,3})",
    re.IGNORECASE,
)
_GALLERY_COUNTER_MAX_CHARACTERS = 20
# A page's count of its readers on a line of its own under the story ("Visitas: 1.284", "Views: 12,408",
# Joomla's "Hits: 412"): the label, its colon, a number and nothing after it.
_VIEW_COUNT = re.compile(
    r"(?:views|visits|hits|reads|visitas|lecturas|leituras|acessos|accesos|aufrufe|vues|visite|letture)"
    r" ?+: ?+\d{1,3}(?:[.,]\d{3}){0,3}",
    re.IGNORECASE,
)
_VIEW_COUNT_MAX_CHARACTERS = 30
# A figure under its label on a line of its own ("Runs: 5", "Admissions: 310"), a row of a box score or a
# fact box, where "Hits: 9" or "Visits: 1,284" is the story's figure, no page's count of its readers.
_LABELLED_FIGURE = re.compile(r"[^\W\d_]++(?: [^\W\d_]++){0,3} ?+: ?+\d[\d.,]*+")
_LABELLED_FIGURE_MAX_CHARACTERS = 40
# The ends of a newsletter box's line that says where the news goes, and the most characters of that line.
_INBOX_ENDS = (
    "direct to your inbox",
    "directly to your inbox",
    "straight to your inbox",
    "delivered to your inbox",
)
_INBOX_LINE_MAX_CHARACTERS = 100
# What such a line says goes there: the site's own news, never a thing a story tells of, as a cross-head's
# "Scam texts delivered straight to your inbox" or "Junk mail delivered to your inbox" do.
_INBOX_NEWS = frozenset("headlines news stories updates newsletter newsletters briefing digest".split())
_INBOX_TAIL = " to your inbox"
_DELIVERED = "delivered"
# The writer's e-mail address on a line of its own under the article, as every Yonhap story and many
# Korean, Chinese and Japanese outlets' end ("jihyun@yna.co.kr"): a contact, not the article.
_EMAIL_LINE = re.compile(r"[\w.+-]++@[\w-]++(?:\.[\w-]++)++")
# Korean and Japanese papers set the reporter's title between the name and the address ("김민지 기자
# kim.minji@joongang.co.kr", "홍길동·이영희 기자 hong@yna.co.kr"): the same contact, on a line of a few words.
_REPORTER_TITLES = ("기자", "특파원", "記者", "特派員")
_REPORTER_LINE_MAX_WORDS = 5
_CALL_MAX_WORDS, _LABEL_MAX_WORDS = 20, 12
# The words of an exclamation after a call to follow the site (:func:`_is_call_of_two_sentences`), and of
# the site's exclaimed answer to its question before the call ("Dat kan!", "It's free!").
_CALL_CHEER_MAX_WORDS = 10
_ANSWER_MAX_WORDS = 3
# The site's question to the reader about its own work, before its call to subscribe or follow it ("Vous aimez
# nos articles?", "Enjoy our journalism?", "Ihnen gefallen unsere Artikel?"): "our" and a word for what a site
# publishes, one word between them at most. A question about "our" parks or city is a speaker's.
_OUR_WORK_QUESTION = re.compile(
    r"\b(?:our|nos|notre|unser(?:e|en)?|nuestr[oa]s?|nostri|nostre|nossos|nossas)\s++(?:[^\W\d_]++\s++)?"
    r"(?:articles?|stories|journalism|reporting|coverage|content|news(?:letter)?|journalisme|reportages|contenus?"
    r"|nouvelles|artikel|beiträge|berichte|journalismus|artículos|noticias|periodismo|articoli|notizie"
    r"|matérias|notícias|reportagens)\b",
    re.IGNORECASE,
)
# The most words of a copyright notice, or of a call of one sentence that opens on a call's verb and names a
# web thing ("Never miss a story — sign up for PEOPLE's free daily newsletter to stay up-to-date on the best of
# what PEOPLE has to offer, ...", 29 words; NPR's notice, 24): past _CALL_MAX_WORDS, only these are asked.
_LONG_CALL_MAX_WORDS = 40
# The verbs such a long call opens on: to sign up, or not to miss the news, or to catch all of it (Hindustan
# Times's "Catch all the Latest News, Breaking News and Top Headlines on Hindustan Times. Download the
# Hindustan Times App for latest updates.", 21 words), or to get the day's news (the Sydney Morning Herald's
# "Get the day's breaking news, entertainment ideas and a long read to enjoy. Sign up to receive our Evening
# Edition newsletter.", 21). Not "Join" or "Follow", which a long sentence of news
# quotes an appeal with ("Join the thousands who signed the petition on Facebook ..., organisers said").
_LONG_CALL_OPENINGS = frozenset(["never", "don't", "don’t", "sign ", "subsc", "click", "catch", "get t"])
# A call to join the site's own channel may run as long ("Únete a nuestro canal ¡El Universal ya está en
# Whatsapp!, desde tu dispositivo móvil entérate de las noticias más relevantes del día.", El Universal's, 23
# words): "Join" before "our", which an appeal a story quotes does not address to its reader.
_LONG_JOIN_OPENINGS = ("join our ", "únete a nuestr", "unete a nuestr", "únase a nuestr", "unase a nuestr")
_LONG_JOIN_OPENING_CHARACTERS = max(map(len, _LONG_JOIN_OPENINGS))
# A call to follow the site that gives its handles ("Follow The Gleaner on X and Instagram @JamaicaGleaner and
# on Facebook @GleanerJamaica. Send us a message on WhatsApp ...", 37 words; "Follow us on Twitter
# @BBCNewsEnts, ... email entertainment.news@bbc.co.uk."): an appeal a story quotes names a page or a
# cause, and where it gives a handle it says who made it ("..., the police said"), which spares it.
_LONG_FOLLOW_OPENING = "follo"
# The links to a site's channel on WhatsApp or Telegram (:func:`_is_long_call`).
_CHANNEL_LINKS = ("whatsapp.com/channel/", "t.me/")
# A long sentence of news quotes such a call and says who made it, or what it was ("Subscribe to the
# newsletter, Mr Musk wrote on X ...", "Sign up to our newsletter was the last line of the email the
# fraudsters sent ...", "Join our WhatsApp group, the message read, and thousands did ..."): a call the page
# makes reports no one. "read" only before its comma, where a call's "Sign up to read ..." has none, and
# none of them after "to" ("Subscribe now to read, watch and listen ...") or "your" ("Sign up and have your
# say"). A site's statement before its call reports no one either (:func:`_is_statement_before_call`): news
# quotes a call after a short sentence too ("WhatsApp is down. Join Telegram, users say.").
# A clause that says who made a call, after a comma, closing its line or in its middle, is short ("the investigators told the
# court", "the regulator warned in a statement on Tuesday"); one opening on a relative word is the call's own.
_REPORT_CLAUSE_MAX_WORDS = 8
_RELATIVE_WORDS = frozenset("which where who whose that when".split())
# The other languages nutgraf stems report in their own words, in the past tense and the third person
# ("sagte ein Sprecher", "teilte die Polizei mit", "a déclaré", "ha detto", "disse", "zei", "powiedział",
# "заявил", "sade", "sanoi", "řekl", "mondta", "dedi", "katanya", "είπε", "قال", "گفت", "कहा", isiZulu's "kusho
# umeya", said the mayor, where the seventeenth round made "Landela ... ku-Facebook" a call), the plural
# too where news reports an office so ("сообщили в МЧС", "közölték", "informaron"), and Dutch's and Polish's
# present, singular and plural, as their news reports a call ("Meld je aan voor de nieuwsbrief, zegt de
# wethouder", "Pobierz aplikację mObywatel, radzi ministerstwo", download the app, the ministry advises;
# "..., apelują urzędnicy", officials appeal), and the words that report a call to follow or subscribe in the
# languages whose calls the twelfth outlets' round read ("Pratite nas ..., poručio je ministar", "Polub nas ...,
# apelował burmistrz", "Kövesse ..., kérte a szóvivő", "Tilaa ..., kehotti kaupunki"), and Romanian's "wrote"
# and "conveyed" ("Urmărește-ne pe Facebook, a scris primarul ..."). Not the words that are
# also a call's ("sagt", German's imperative; "बताए", Hindi's "tell us"; "भने", Nepali's "if") or another
# word's ("kata", Indonesian's "word"; "dit", Dutch's "this" and French's "said" alike, read as French's after
# its auxiliary alone, :data:`_FRENCH_SAID`).
_REPORTING_WORDS = frozenset(
    "said says say posted tweeted wrote writes told urged warned added was were read, reads, dijo decía escribió"
    " afirmó declaró señaló explicó informó aseguró dijeron informaron señalaron"
    " sagte sagten erklärte erklärten teilte teilten berichtete schrieb betonte hieß"
    " déclaré indiqué affirmé expliqué précisé a-t-il a-t-elle detto dichiarato spiegato affermato"
    " disse afirmou declarou explicou disseram afirmaram zei zeiden zegt meldde verklaarde schreef"
    " powiedział powiedziała przekazał przekazała poinformował poinformowała poinformowali"
    " mówi radzi tłumaczy wyjaśnia apeluje zaapelował zaapelowała mówią radzą tłumaczą wyjaśniają apelują"
    " przypomina przypominają podkreśla podkreślają dodaje dodają zaznacza zaznaczają zachęca zachęcają"
    " сказал сказала заявил заявила сообщил сообщила сказали заявили сообщили"
    " сказав заявив повідомив повідомила повідомили sade sagde sier säger siger"
    " sanoi kertoi kertoivat řekl řekla uvedl uvedla uvedli sdělil sdělila rekao rekla rekli izjavio izjavila"
    " mondta közölte közölték poručio poručila poručili pozvao pozvala apelował apelowała kérte kérték"
    " kehotti neuvoi"
    " dedi söyledi açıkladı katanya ujar ujarnya ungkapnya declarat spus afirmat scris transmis είπε δήλωσε ανέφερε"
    " قال وقال قالت وقالت أضاف وأضاف گفت कहा बताया sakė teigė ütles dúirt ասաց diris"
    " கூறினார் தெரிவித்தார் boletse kusho washo".split()
)
# Portuguese's "said", Danish's and Norwegian's "these" (:func:`_is_scandinavian_these`).
_SAID_OR_THESE = "disse"
_SCANDINAVIAN_LETTERS = frozenset("æøåÆØÅ")
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
# A lightbox's button before the caption it enlarges, parted from it by a slash, and how far it is read.
_LIGHTBOX_BUTTONS = ("enlarge / ", "enlarge image / ", "expand image / ")
_LIGHTBOX_BUTTON_CHARACTERS = max(len(button) for button in _LIGHTBOX_BUTTONS)
# A photo's credit on a line of its own: names parted by slashes, the last a photo agency or picture
# library ("JIM WATSON/AFP/Getty Images", "(Mike Watson Images/Moodboard/Getty)", "Kevin Lamarque/
# Reuters"). A pasted page keeps it above the article, where it had been taken for the headline.
_PHOTO_CREDIT = re.compile(
    r"\(?(?:[^\W\d_][\w.'’&-]*+(?: [\w.'’&-]++){0,4} ?/ ?){1,4}"
    r"(?:getty(?: images)?|afp|reuters|ap(?: photo)?|epa(?:-efe)?|efe|ansa|tass|shutterstock|alamy"
    r"|pa(?: wire| images)?|bloomberg|xinhua|dpa|picture alliance|istock(?:photo)?|corbis|rex(?: features)?"
    r"|wireimage|sipa(?: usa)?|anadolu(?: agency)?|nurphoto|sopa images|lightrocket|zuma(?: press)?|moodboard)\)?"
    # Austrian and Swiss pages name the agency first and its photographer after the slash ("APA/HELMUT
    # FOHRINGER", "KEYSTONE/Peter Klaunzer"), and so do the wires' credits in brackets, the agency's photo word
    # after its name ("(AP Photo/Jane Doe)", parted from its caption onto a line of its own, had stayed).
    r"|\(?(?:apa|keystone|epa|afp|dpa|ap|ansa|efe|belga|anp|ntb|scanpix)(?: photos?)?+"
    r"(?: ?/ ?[^\W\d_][\w.'’&-]*+(?: [\w.'’&-]++){0,3}){1,2}\)?",
    re.IGNORECASE,
)
_PHOTO_CREDIT_MAX_CHARACTERS = 100
# A photo's credit to a staff photographer and the outlet's initials, alone on its line ("Kristyna
# Wentz-Graff / OPB", OPB's): capitalised names, a spaced slash and two to five capitals, case-sensitive (no
# agency of :data:`_PHOTO_CREDIT` needed). A story's line says more than a name and initials. So is one to
# the paper named with its "The" after an unspaced slash ("Doral Chenoweth/The Columbus Dispatch",
# Gannett's), or to a paper known by one word (:data:`_ONE_WORD_PAPERS`: "Mark Taylor/Stuff"): any word
# after the slash had taken a one-line subheading of two rivals ("Red Sox/Yankees", "Guns N'
# Roses/Metallica").
_ONE_WORD_PAPERS = ("Stuff",)
_STAFF_CREDIT = re.compile(
    r"[A-Z][\w'’-]*+(?: [A-Z][\w'’-]*+){1,3}(?: / [A-Z]{2,5}|/The(?: [A-Z][\w'’-]*+){1,4}"
    rf"|/(?:{'|'.join(_ONE_WORD_PAPERS)}))"
)
_STAFF_CREDIT_MAX_CHARACTERS = 60
# A photo's credit to the body that lent it, alone on its line ("Image courtesy of Bank of England", Full
# Fact's; "Photo courtesy NASA"): the photo's word, "courtesy", and a name of capitalised words and the
# particles between them, to the line's end. A sentence of news goes on past the name in lower case ("Photo
# courtesy of the family shows ...") or names no one by capitals ("Photos courtesy of neighbours"). So is
# a photographer's credit closing on a stop, with the site the photo was taken from after "on" or "via"
# ("Photo by Dan Malouff on Flickr.", Greater Greater Washington's, whose stop had kept it as a sentence):
# "Photo by John Smith shows ..." goes on in lower case, and a headline in capitals over a story or a link
# to one names no site after its stop ("Photos by Local Artists on Show", "Video by Police Shows the Crash").
_COURTESY_CREDIT = re.compile(
    r"(?:image|photo|photograph|picture|video)s? (?:courtesy(?: of)?(?: the)?"
    r"(?: (?:(?-i:[A-Z])[\w'’.&-]*+|of|the|and|for|de|du|del|da|do|van|von)){1,8}\.?"
    r"|by(?: (?-i:[A-Z])[\w'’.&-]*+){1,4} (?:on|via)(?: (?-i:[A-Z])[\w'’&-]*+){1,3}\.)",
    re.IGNORECASE,
)
_COURTESY_CREDIT_MAX_CHARACTERS = 100
_COURTESY_CREDIT_OPENINGS = frozenset(("im", "ph", "pi", "vi"))
# A photographer's credit alone on its line between the paragraphs, the paper's or the desk's name before it or
# not ("Photo by Al Beeber", the Lethbridge Herald's "Herald photo by Al Beeber", "Staff photo by Jane Doe"),
# which had stayed in the text: "photo", "by" and a person's names to the line's end (the word the guard of
# :func:`is_call_to_action` lets through). A sentence goes on past the names in lower case ("Photo by Jane
# Doe shows ..."), and a headline in title case names no one after "by" ("Photos by Local Artists on Show"),
# or more words than a photographer's three ("Photo by Drone Shows Flood Damage", a subheading, had gone).
_PHOTOGRAPHER_CREDIT = re.compile(
    r"(?:(?-i:[A-Z])[\w'’&-]*+ ){0,3}photo(?:graph)?s? by"
    r" (?P<names>(?-i:[A-Z])[\w'’-]*+(?: (?-i:[A-Z])[\w'’.-]*+){0,2}?)\.?",
    re.IGNORECASE,
)
_PHOTOGRAPHER_CREDIT_MAX_CHARACTERS = 60
# A wire story's closing marks as a portal runs them, each a line of its own: the desk's initials, parted by
# double slashes (Lusa's "ACL // JMR"), and the agency's end mark ("Lusa/Fim", its "end"). Capitals only
# for the initials: a story's line of words and slashes is in lower case. Or AFP's slug in lower case, its
# bureau's word among the desks' codes ("ng-bur/jj", "burs-ksb/sst"), which a partner's copy keeps under the
# story (Yahoo's): a line of words and slashes names no "bur".
_WIRE_MARK = re.compile(
    r"(?-i:[A-Z]{2,4}(?: ?// ?[A-Z]{2,4}){1,3})|(?:lusa|efe|agência brasil|agencia brasil)\s*+/\s*+fim"
    r"|(?-i:(?:[a-z]{2,5}-)?burs?+(?:-[a-z]{2,5})?+/[a-z]{2,5}(?:/[a-z]{2,5})?+)",
    re.IGNORECASE,
)
_WIRE_MARK_MAX_CHARACTERS = 30
# The news agencies whose copy an article was written with, credited on a line of its own under it, in
# German, French, Spanish, Italian and Portuguese ("Mit Material von dpa.", "Dieser Artikel wurde mit
# Material der Nachrichtenagenturen Reuters und dpa erstellt.", "Avec AFP.", "Con información de EFE.",
# "(con fonti ANSA)", "Com informações da Reuters."): who wrote it, not what happened. Agencies by name, so
# that "Avec lui." or "Con información de la policía." stay.
_AGENCY_NAMES = (
    *"afp ap reuters dpa epd kna apa sda ats efe".split(),
    "europa press",
    *"ansa adnkronos agi lusa belga anp bloomberg kyodo xinhua tass interfax anadolu pap".split(),
    *"agenturen agences agencias agenzie agências".split(),
)
_AGENCY = "(?:" + "|".join(_AGENCY_NAMES) + ")"
# Those and the picture agencies, credited bare in brackets: on a line of their own under the story ("(ATS)",
# "(dpa)"), or closing a caption with no stop before them ("... near Hammersmith (PA Wire)").
_CREDITED_AGENCIES = (
    "pa wire",
    "pa media",
    "pa",
    "getty images",
    "getty",
    "epa",
    "alamy",
    "shutterstock",
    *_AGENCY_NAMES,
)
# Round brackets only: a link's headline closes on its source in square ones ("Why Can't Taylor Swift
# Perform Her Own Songs? It's Complicated [Bloomberg]"), which ScrapingHub's gold keeps.
_BRACKETED_AGENCY_ENDS = tuple(f"({agency})" for agency in _CREDITED_AGENCIES)
_BRACKETED_AGENCIES = frozenset(_BRACKETED_AGENCY_ENDS)
# The dash a wire's dateline sets after its agency's brackets ("WASHINGTON (AP) — "), which a credit that has
# lost its place keeps ("... the minister said. (AP) —"; :func:`_is_bracketed_agency`).
_DATELINE_DASH_CHARACTERS = " —–-"
_AGENCY_CREDIT = re.compile(
    r"[(\[]?(?:(?P<made>(?:dieser|der|unser) (?:artikel|beitrag|text) (?:wurde|ist) )?mit material (?:von |der |des )?"
    r"(?:nachrichtenagentur(?:en)? )?"
    r"|avec (?:l'|l’|les )?(?:agences? )?|con (?:información|informaciones|informazioni) de (?:la |las )?(?:agencias? )?"
    r"|con fonti (?:agenzie )?|com (?:informações|agências) (?:da |de |das )?(?:agências )?)"
    rf"{_AGENCY}(?:(?:, | und | and | et | y | e | sowie ){_AGENCY}){{0,5}}(?(made) erstellt|(?: erstellt)?)[.)\]]?",
    re.IGNORECASE,
)
_AGENCY_CREDIT_MAX_CHARACTERS = 120
_AGENCY_CREDIT_OPENINGS = frozenset("(a (c (d (m (u [a [c [d [m [u av co de di mi un".split())
# The same credit as Al Jazeera writes it under every story ("Source: Al Jazeera and news agencies",
# "Source: Reuters"), and German, Spanish, Italian and Portuguese papers theirs ("Quelle: dpa", "Fuente: EFE"),
# or the paper's own initials with their stops ("Quelle: F.A.Z."): the site, the agencies or the initials
# alone, so that a chart's "Source: Office for National Statistics" or "Quelle: Statistisches Bundesamt"
# stays. The same label in Polish, French (a space before its colon), Dutch, the Nordic languages, Turkish,
# Ukrainian, Russian and Bulgarian, before those or the agencies of their countries ("Källa: TT", "Источник:
# ТАСС", "Източник: БТА"), and
# the site's address after an agency ("Źródło: PAP, wp.pl"), and in Serbian, Croatian and Bosnian ("Извор:
# Танјуг", "Izvor: Hina"): not an address alone, which a chart or a box
# credits too ("Source: Gov.UK" under a list of a divorce's grounds, an XSum story's); "Fuente: un portavoz
# del ministerio" and "Źródło wody ..." stay. The label may be plural ("Sources : AFP, Reuters", "Quellen:
# dpa, AFP"). The agencies are nutgraf's list (NEWS_AGENCIES) and, after the label, where they credit a
# story, three initials it leaves out as they name a subject more often elsewhere (Norway's NTB, Finland's
# STT, Turkey's DHA), RIA's full name and the Russian spellings of Ukraine's agencies.
_SOURCE_AGENCIES = NEWS_AGENCIES | {
    "ntb", "stt", "dha", "риа новости", "укринформ", "униан",
    # Tanjug in Cyrillic, and the agencies of Serbia and Bosnia nutgraf's list lacks, after a label only:
    # "Beta" and "Srna" are words too.
    "танјуг", "beta", "бета", "fena", "srna", "срна",
    # Bulgaria's agency in Cyrillic ("Източник: БТА").
    "бта",
}  # fmt: skip
_SOURCE = (
    rf"(?:al jazeera|news agencies|{_AGENCY}|(?-i:[A-Z]\.(?:[A-Z]\.){{1,4}}+)|"
    # Longest first: "pa media" before "pa".
    + "|".join(re.escape(name) for name in sorted(_SOURCE_AGENCIES, key=lambda name: (-len(name), name)))
    + ")"
)
_SITE_ADDRESS = r"[\w-]{1,30}+(?:\.[\w-]{1,30}+){0,2}\.[^\W\d_]{2,6}+"
_SOURCE_LABEL = (
    r"(?:sources?|quellen?|fuentes?|fontes?|źródł[ao]|bronnen|bron|kilder?|källa|källor|lähteet|lähde|kaynak"
    r"|джерела|джерело|източници|източник|источники|источник|izvori|izvor|извори|извор)\s?+:"
)
_SOURCE_CREDIT = re.compile(
    rf"{_SOURCE_LABEL}\s++"
    rf"{_SOURCE}(?:(?:, | and | & | i | und | y | e | et | en | og | och | ja | ve | и | і )"
    rf"(?:{_SOURCE}|{_SITE_ADDRESS})){{0,5}}\.?",
    re.IGNORECASE,
)
# The same label closing the story before the name of the outlet it was taken from, not an agency's
# ("Source : Le Monde", "Source: The Guardian", "Fonte: Folha de S.Paulo", "Source : Le Monde avec AFP"): a
# name of a few words, each capitalised but for the particles between them. Only as the story's last line,
# under its prose: inside the story, or under a table at its end, the same line credits a chart or a list
# ("Source: The World Bank" under an XSum story's figures, "Source: National Maritime Museum" under
# another's), and "Fuente: un portavoz del ministerio" is no name. Nor is a body's, whose figures the story
# gives ("Source: Bureau of Labor Statistics", "Quelle: Statistisches Bundesamt"): a word of
# :data:`_SOURCE_BODY_WORDS` in the name keeps the line.
_SOURCE_LABEL_OPENING = re.compile(_SOURCE_LABEL, re.IGNORECASE)
_SOURCE_NAME_MAX_WORDS = 6
_SOURCE_NAME_PARTICLES = frozenset(
    "de du des del della di da do dos das van von der of the y e et und and avec & / -".split()
)
# The words of a public body's or an institution's name, lower-case, in English, French, German, Spanish,
# Portuguese, Polish and Italian, that an outlet's name does not hold (not "Agency" nor "Association":
# "Anadolu Agency", "Press Association"): the institutions' that open a name (a university, a bank, a
# ministry, an institute, a government) and the others'.
_SOURCE_BODY_WORDS = INSTITUTION_HEADS | frozenset(
    "bureau office department statistics commission council census survey"
    " museum reserve authority administration service police court fund"
    " organisation organization foundation conseil"
    " statistisches bundesamt amt behörde polizei"
    " urząd ministerstwo instytut policja".split()
)
_SOURCE_CREDIT_OPENINGS = frozenset("br fo fu iz ka ki qu so".split())
# The agencies credited after a dash, on a line of their own under the story or closing its last paragraph
# ("— Reuters", "– AFP und dpa"); or the site's own address, its sign-off ("... next week. – Rappler.com",
# which had stayed in the story's last paragraph). Each part of an address ends at its dot.
_DASH_CREDIT = re.compile(
    rf"[—–] ?+(?:{_SOURCE}(?:(?:, | and | & | und | et | y | e ){_SOURCE}){{0,5}}"
    r"|[^\W\d_][\w-]{0,40}+\.(?:[\w-]{1,40}+\.)*+[a-z]{2,6})\.?",
    re.IGNORECASE,
)
# A credit of the story's source after the last sentence of a paragraph, on its line ("... a précisé le
# ministre. Source : AFP", "... sagte der Minister. Quelle: dpa", "... said the minister. (AFP)", "... said the
# minister. — Reuters"): the gap after a sentence's stop (and its closing quote) before what opens a credit, a
# bracket, a dash or a label's word and colon, with the line's end a credit's length away. Whether what
# follows is a credit is told as for a line of its own (:func:`credit_apart`).
_INLINE_CREDIT_GAP = re.compile(
    r"(?<=[.!?…])(?P<quote>[\"'”’»]?+)[ \t]++(?=(?P<credit>(?:[(\[—–]|[^\W\d_]{2,12}+ ?:)[^\n]{1,118}+)$)"
)
# How far from a line's end such a gap may stand: a label's word, its colon and the rest of the credit.
_INLINE_CREDIT_MAX_CHARACTERS = 140
# An Indian wire's sign-off on its copy's last line after the last sentence's stop: the agency's name and its
# desks' codes in capitals (PTI's "... daily. PTI ABC DEF RT"), which had made the paragraph no sentence and
# it had gone whole with its news. Two codes at least ("... spoke to Reuters. AP IS" is none), after an
# agency of :data:`~nutgraf.language.NEWS_AGENCIES`: capitals after a sentence that open on anything else are
# acronyms of the story's ("... on Tuesday. UN WFP WHO"). Parted by :func:`credit_apart`.
_DESK_CODES = re.compile(
    r"(?<=[.!?…])(?P<quote>[\"'”’»]?+) (?P<credit>(?P<agency>[A-Z]{2,5}+)(?: [A-Z]{2,3}+){2,4}+)$"
)
# The most characters of such a sign-off and the stop's quote before it.
_DESK_CODES_MAX_CHARACTERS = 32
# A German paper's pitch for its own newsletter, however many sentences ("Unser kostenloser
# Freising-Newsletter informiert Sie täglich über alle wichtigen Geschichten aus Ihrer Region. Hier geht’s
# zur Anmeldung.", Ippen's under every local story), and an English one's ("Our free newsletter ...").
_NEWSLETTER_PITCH = re.compile(
    r"unser(?:e[mnrs]?)? (?:(?:kostenlose[nrs]?|gratis|tägliche[nrs]?|wöchentliche[nrs]?) )?(?:\w++-){0,3}+newsletter(?![-\w])"
    r"|our (?:(?:free|daily|weekly) )?newsletter(?![-\w])"
    # A newsletter's footer on its web archive ("You are receiving this because you subscribed to Transit
    # Notes. Unsubscribe · View in browser"), however it goes on.
    r"|you(?:['’]re| are) receiving this (?:e-?mail |newsletter |message )?because you (?:subscribed|signed up)",
    re.IGNORECASE,
)
_NEWSLETTER_PITCH_OPENINGS = frozenset("ou un yo".split())
# The line a network of papers sets under each story, naming the site as its owner's ("*merkur.de ist ein
# Angebot von IPPEN.MEDIA.", under every story of Ippen's papers: Merkur, tz, fr.de, hna.de): the site's
# address and the owner's name, nothing else. Past the calls' openings: the line opens on any site's address.
_SITE_OFFER = re.compile(
    r"\*?+[\w-]{1,40}+(?:\.[\w-]{1,40}+){1,3}+ ist ein Angebot (?:von|der|des) [\w.&' -]{1,60}+"
)
_SITE_OFFER_WORDS = " ein Angebot "
_SITE_OFFER_MAX_CHARACTERS = 120
# The notice Lithuanian portals close every story with, a copyright notice with no sign ("DELFI taisyklės
# draudžia naudoti DELFI paskelbtą informaciją kitose interneto svetainėse ... be DELFI sutikimo, o jei sutikimas
# gautas, būtina nurodyti DELFI kaip šaltinį.": the rules forbid using what it publishes elsewhere without its
# consent): the ban on using, copying or republishing near the line's head, of what the portal published
# ("paskelbtą"), "without ... consent" in the same sentence. Without "published", news of a law's ban
# ("Įstatymas draudžia naudoti dronus ... be policijos sutikimo, o pažeidėjams grės baudos ...") had gone.
# Asked of a long line only, where "sutikimo" (consent) stands: it is of some thirty words.
_REUSE_BAN = re.compile(
    r"[^.!?]{0,60}?\bdraudžia (?:naudoti|kopijuoti|platinti|perspausdinti|atgaminti)\b[^.!?]{0,60}?"
    r"\bpaskelbt[^.!?]{0,200}?\bbe\b[^.!?]{0,40}?\bsutikimo\b",
    re.IGNORECASE,
)
_REUSE_BAN_WORD = "sutikimo"
# A Finnish broadcaster's note under its story of how long its comments stay open (Yle's "Voit keskustella
# aiheesta 23.5. kello 23:een asti.", you can discuss the topic until 11 pm on 23 May): the whole line, with the
# hour it closes, as a health story's advice says whom to talk with ("Voit keskustella aiheesta lääkärisi
# kanssa.", with your doctor).
_COMMENTS_OPEN_UNTIL = re.compile(
    r"voit keskustella (?:aiheesta|jutusta|artikkelista)(?: \S++){0,3}? (?:kello|klo) \d{1,2}(?:[:.]\d{2})?\S{0,4}+"
    r" (?:asti|saakka)[.!]?",
    re.IGNORECASE,
)
_COMMENTS_OPEN_UNTIL_OPENING = "voit keskustella "
# The desk's own question before the reader's, on what its story missed (VTDigger's "Did we miss anything? Do
# you have any tips? Email newsroom@vtdigger.org."): "we", the story's miss, in one question.
_DESK_QUESTION = re.compile(
    r"(?:did|have) we (?:miss|get|leave out|overlook)[^?.!\"“”„«»]{0,30}\?\s++", re.IGNORECASE
)
# A call for the readers' news tips under a story: a question of a few words naming a tip, a story or news,
# then the address to send it to ("Have a news tip? Email tips@ledger.example.", "Got a story? Email us at
# news@...", Index.hr's "Imate li vijest za nas? Javite nam se na vijesti@index.hr ili putem WhatsAppa.", have
# you news for us? write to us at ...; German's "Hinweis", Spanish's "noticia"). The question opens the line,
# no quotation mark before it, and asks the reader whether they have one (a ScrapingHub page's "Have a tip?
# Amy Kuperinsky may be reached at ...@...") or the sentence after it asks the reader to write; or the desk's
# call for the reader's questions or comments on the story, as the same line ("Questions or comments on this
# article? E-mail us at feedback@sciencenews.org | Reprints FAQ", Science News's): a short
# paragraph of news asks about a story too, an address after it ("Who leaked the story? Police said the email
# came from jdoe@...", "Any news on the talks? The spokesman, reached at press@..., would not say"), and a
# story about newspapers quotes the call ('The paper ran "Got a story? Email news@..." on every page'). Asked
# of a line holding "? " and an "@" only.
_TIP_QUESTION = re.compile(
    # Have you one? In English, Croatian, Serbian and Bosnian, German, Spanish and Polish.
    r"(?P<having>(?:have|got|do you have|imate|imaš|imas|haben sie|hast du|¿?tienes|¿?tiene|masz|macie)\b)?+"
    r"[^?.!\"“”„«»]{0,40}?\b(?:news ?+tips?|tips?|story|stories|news|vijest[a-z]*+|hinweis[a-z]*+|noticia[a-z]*+"
    r"|temat[a-z]*+"
    # The reader's questions or comments on the story itself: on anything else ("Have questions about your
    # ballot? Call the elections office ... or email vote@...") they are a service line of the story's.
    r"|(?:questions?|comments?|feedback)(?: or (?:questions?|comments?|feedback))?+ (?:on|about) this"
    r" (?:article|story|piece|report))\b"
    r"[^?.!]{0,30}?\?\s++"
    # The reader's verbs in the imperative, in the same languages: "e-mail", "send", "contact", "write", ...
    r"(?P<call>e-?mail|send|contact|write|tell|drop|reach|message|let us know|get in touch|javite|pišite|pošaljite"
    r"|kontaktirajte|schreiben|schicken|senden|melden|escríb|envía|contáct|napisz)?+",
    re.IGNORECASE,
)
# Where a call for tips names no address, its call says to write to "us" at once, the reader asked whether
# they have one before it (TVN24's "Masz ciekawy temat? Napisz do nas na Kontakt24.", got a story? write to
# us at Kontakt24): the paper's own call. A story's question and a call to others say who is to be told ("Have
# a story? Tell the police, officers urged.").
# A call to write to the paper's letters page names its editor for "us" (Nunatsiaq News's "Have something to
# say about this story? Send a letter to the editor.").
_TIP_CALL_TO_US = re.compile(
    r"(?:[ ]it|[ ]sie)?(?:[ ](?:to|at))?[ ](?:us|nam|do nas|uns)\b|(?<=escríb)enos\b|(?<=contáct)anos\b"
    r"|[ ]a letter to the editors?\b",
    re.IGNORECASE,
)
# What follows a call for tips with no address only where the line goes on past it: another sentence, or a
# speaker after a dash.
_TIP_CALL_CONTINUED = (". ", "! ", "? ", " – ", " — ", " - ")
# The most characters of a call for tips with no address: a question of a few words and a short call.
_TIP_CALL_MAX_CHARACTERS = 120
# The heading of a paper's appeal for its readers' money, asking to keep the paper free ("Keep Westword Free",
# "Keep the Reader free"): its name of three words at most (see :func:`_is_kept_free_appeal`).
_KEEP_FREE = re.compile(r"keep (?:[\w'’-]++ ){1,3}?free\b", re.IGNORECASE)
_KEEP_FREE_OPENING = "keep "
_KEEP_FREE_CHARACTERS = len(_KEEP_FREE_OPENING)
# A local TV station's call under each story, to its site or channel ("For the latest news, weather, sports,
# and streaming video, head to WPIX 11.", "For more local news, visit KTLA.com"): the opening, then one of
# the calls' verbs (:func:`_is_station_call`).
_STATION_CALL = re.compile(
    r"for (?:the )?(?:latest|more)(?: local)? (?:news|updates|headlines|stories)\b", re.IGNORECASE
)
_STATION_CALL_VERBS = (" head to ", " go to ", " visit ", " click here")
_STATION_CALL_MAX_CHARACTERS = 150
# A broadcaster's notice under a transcript, however many sentences ("Accuracy and availability of NPR
# transcripts may vary. Transcript text may be revised ..."): its first characters, then the pattern.
_TRANSCRIPT_NOTICE = re.compile(
    r"accuracy and availability of (?:[\w.&'’-]++ ){1,4}transcripts may vary", re.IGNORECASE
)
_TRANSCRIPT_NOTICE_OPENING = "accur"
_TRANSCRIPT_NOTICE_MAX_CHARACTERS = 600
# A syndicated story's link to the original, closing Yahoo's copies: the paper's name, a colon and the
# original's headline ("This article originally appeared on The Lakes Ledger: <its headline>"), however long
# that headline. A credit without a headline is the story's provenance, which the shared sets' gold keeps
# ("This article originally appeared on The Atlantic."), and "The article originally appeared in print in
# 1990, ..." is news of an article. The paper's name opens on a capital (checked after the match): "This
# article first appeared in 2019: since then ..." and "... in print: ..." are news.
_SYNDICATION_CREDIT = re.compile(
    r"this (?:article|story) (?:originally|first) appeared (?:on|in) (?P<paper>[^:]{1,80}+): ", re.IGNORECASE
)
_SYNDICATION_CREDIT_MAX_CHARACTERS = 300
# A copy's note on when or where the story first ran, the whole line: McClatchy's papers' under each story
# ("This story was originally published December 2, 2026 at 9:41 PM.") and a Substack cross-post's over it
# ("This post was originally published at BikePortland."), a date or a name of capitalised words after it.
# A line that goes on ("... in 1998 by the Herald, and it won a prize"), or says of what it was published in
# lower case ("This story was first published in print."), is the story's.
_ORIGINAL_PUBLICATION_NOTE = re.compile(
    r"this (?:story|article|post|piece) was (?:originally|first) published"
    r" (?:on )?(?:(?-i:[A-Z])[a-z]{2,8}\.? \d{1,2}, \d{4}(?:,? at \d{1,2}:\d{2} ?[ap]\.?m\.?)?"
    r"|(?:at|on|in|by) (?-i:[A-Z])[\w.'’&-]{0,30}(?: (?-i:[A-Z])[\w.'’&-]{0,30}){0,5})\.?",
    re.IGNORECASE,
)
# A paper's note that the story ran in its print edition too, under the story online ("A version of this
# article appears in the print on December 4, 2026, of The Himalayan Times.", the New York Times's "A version
# of this article appears in print on Dec. 4, 2026, Section A, Page 18 ..."): the page's, no news. The print
# named as an edition, or its day or headline after it: news says a version ran in print things ("A version of
# this story appeared in print magazines across Europe, the publisher said").
_PRINT_EDITION_NOTE = re.compile(
    r"a version of this (?:article|story) (?:appears|appeared) in (?:the )?print(?: editions?\b| on | under )",
    re.IGNORECASE,
)
_PRINT_EDITION_NOTE_WORD = "print"
# A science story syndicated from an institution's release closes on the release's source, the way to cite
# the page and its copyright (Phys.org's, Medical Xpress's and the other Science X sites': "Provided by
# University of Southampton", "Citation: <headline> (2026, December 3) retrieved 4 December 2026 from
# https://...", "This document is subject to copyright. ..."): the source's names alone, capitalised but
# for the words between them, and no sentence ("Provided by the council, the meals are free" goes on);
# the citation ending on the page's address after "retrieved".
_SOURCE_NAME_JOINERS = frozenset("of for and the at on in de du des del la le von van".split())
_SOURCE_CREDIT_MAX_WORDS = 12
_STORY_COPYRIGHT_NOTICE = "this document is subject to copyright."
_STORY_COPYRIGHT_NOTICE_GOES_ON = "apart from any fair dealing"
# ScienceDaily's source credit opens on "Materials provided by" and may close on its note of this.
_EDITED_NOTE = "note: content may be edited for style and length."
# A story's note that a machine translated it, opening the line (an English edition's "This article was
# translated from German with the help of artificial intelligence and checked by an editor.", "This story has
# been machine-translated.", a German paper's "Dieser Artikel wurde mithilfe von KI aus dem Englischen
# übersetzt."): the page telling its reader of itself, as an AI summary's notice does. A machine named in the
# note's first sentence: "This article was translated into 12 languages by volunteers" and "This story was
# translated by Anna Weber" name none, and stay. "AI" and "KI" in capitals: "translated from Chinese by Ai
# Weiwei's studio" names a translator.
_TRANSLATION_NOTICE = re.compile(
    r"this (?:article|story|text|report|piece|interview) (?:was|has been|is) "
    r"(?:(?:automatically|machine)[- ]translated|translated\b[^.!?\n]{0,160}?"
    r"\b(?:by (?:a )?machine|automatic(?:ally)?|(?:an? )?(?:(?-i:AI)|artificial intelligence)\b|deepl"
    r"|google translate))"
    r"|dieser (?:artikel|text|beitrag) wurde [^.!?\n]{0,160}?"
    r"\b(?:automatisch|maschinell|künstlicher? intelligenz|(?-i:KI)|deepl)\b[^.!?\n]{0,160}?übersetzt"
    # An English edition's note that the story it ran is another's in translation (Le Monde in English's
    # "Translation of an original article published in French on lemonde.fr; the publisher may only be liable
    # for the French version."): an article published in a language, on or by its outlet. "Translation of the
    # original text in Latin took three years" names no publication, and stays.
    r"|translation of an? (?:original )?(?:article|story|report) (?:originally )?published in [^\W\d_]{3,20}"
    r" (?:on|by|in)\b",
    re.IGNORECASE,
)
_TRANSLATION_NOTICE_OPENINGS = ("this", "dies", "tran")
# A translated or bilingual story's own line on its language, alone on its line and all of it (the notice
# above is a sentence): the translator's credit (EL PAÍS English's "Translated by Rebecca Hollis", Courrier
# international's "Traduit de l'anglais", "Aus dem Englischen übersetzt von ...", swissinfo's "Übertragen aus
# dem Englischen: DeepL/gw"), and, a short line only (:data:`_LANGUAGE_SWITCH_LINE`), a bilingual release's
# announcement of its other version ("Le français suit", "English version follows": Canada NewsWire's) and the
# switch to the story's original or another language ("Read the original in Spanish", "Lire l'article
# original", "Read in English"). Whole lines: "Translated by volunteers, the guide reached two million
# readers" and "French follows English as the most studied language" go on, and stay.
_LANGUAGES_NAMED = (
    "english|french|spanish|german|italian|portuguese|dutch|welsh|irish|gaelic|māori|maori|catalan|basque"
    "|galician|chinese|arabic|russian|ukrainian"
)
# The translator's names after "by" (in the languages' words), the first a capital's as a name's ("Translated by
# monks in medieval Ireland." is a story's sentence), or a machine's and an editor's initials after a colon
# ("DeepL/gw").
_TRANSLATOR = (
    r"(?: (?:by|par|por|di|da|von|door) (?-i:[A-ZÀ-ÖØ-Þ])[\w.'’-]{0,24}(?: [^\W\d_][\w.'’-]{0,24}){0,3})?"
    r"(?:: [\w.-]{1,20}(?:/[\w.-]{1,10})?)?"
)
_TRANSLATOR_CREDIT = re.compile(
    r"(?:(?:machine[- ])?translated|traduit|traduite|traducido|traducida|tradotto|tradotta|traduzido|traduzida"
    r"|übersetzt|vertaald)"
    r"(?: (?:from the |from |de l['’]|de la |de |du |del |dall['’]|dal |aus dem |aus |uit het |uit |do |da )"
    r"[^\W\d_]{3,20})?"
    + _TRANSLATOR
    # German's "übertragen" is broadcast and transmitted too ("Übertragen aus dem Bundestag", "Übertragen von
    # Zecken"): a translation's only from a language's name, "aus dem Englischen".
    + r"|übertragen aus dem [^\W\d_]{1,16}schen"
    + _TRANSLATOR
    + r"|aus dem [^\W\d_]{1,16}schen (?:übersetzt|übertragen)"
    + _TRANSLATOR,
    re.IGNORECASE,
)
# Its openings' letters, lower-cased, which spare every other line the pattern.
_TRANSLATOR_CREDIT_INITIALS = frozenset("mtüva")
_LANGUAGE_SWITCH_LINE = re.compile(
    r"[(\[]?(?:"
    r"(?:le |la )?(?:texte |version )?(?:français|française|anglais|anglaise|espagnol|espagnole)"
    r" (?:suit|ci-dessous|ci-après)"
    r"|(?:version|texte) (?:française|anglaise|en français|en anglais) (?:suit|ci-dessous|ci-après)"
    r"|(?:the )?(?:" + _LANGUAGES_NAMED + r")(?: version| text| translation)? (?:follows|below)(?: below)?"
    # The original named, by its kind or its language: "Read the original." alone is a reviewer's advice, and
    # "Read the original in full" names no language.
    r"|read (?:the )?original(?: (?:article|story|version)(?: in (?:" + _LANGUAGES_NAMED + r"))?"
    r"| in (?:" + _LANGUAGES_NAMED + r"))"
    r"|lire l['’]article (?:original|en [^\W\d_]{3,20})"
    r"|leer (?:el )?(?:artículo )?original(?: en [^\W\d_]{3,20})?"
    r"|leggi l['’]articolo originale"
    r"|(?:read|lire|leer|ler|leggi|lees|läs) (?:in|en|em|in het|op|på) (?:"
    + _LANGUAGES_NAMED
    + r"|español|inglés|français|anglais|deutsch|italiano|português|nederlands|svenska|cymraeg|gaeilge|català)"
    # No stop: a link's or a mark's words, where the line that ends on one is a sentence ("English follows." after
    # a school day's maths, a list's "Read in Welsh.").
    r"):?[)\]]?",
    re.IGNORECASE,
)
_TRANSLATION_LINE_MAX_CHARACTERS = 80
# A portal's note under an agency's story that it ran the story from the agency's feed unedited, in brackets or
# not (NDTV's "(Except for the headline, this story has not been edited by NDTV staff and is published from a
# syndicated feed.)", Business Standard's "(Only the headline and picture of this report may have been reworked
# by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.)",
# ThePrint's "This report is auto-generated from Syndicated News feed. ThePrint holds no responsibility for its
# content."): opening the line, the feed named in its first sentence, and after it at most the agency's name
# ("feed of PTI."), a clause on the editing (:data:`_FEED_NOTICE_TAIL_CHARACTERS` at most) or a sentence
# disclaiming responsibility. News of such a story goes on ("This story was published from a syndicated feed
# without checks, the press council found in its ruling on the agency's false report."; "This report,
# sourced from a syndicated feed, was wrong.").
_FEED_NOTICE = re.compile(
    r"\(?(?:disclaimer: )?(?:except for the headline|only the headline|this (?:story|report|article|copy|news))\b"
    r"[^()\n]{0,200}?\b(?:auto-generated|published|sourced) (?:from|via|through) (?:an? |the )?syndicated"
    r" (?:news )?feed",
    re.IGNORECASE,
)
_FEED_NOTICE_WORD = "yndicated"
# The letters the note opens on, as _FEED_NOTICE matches it: "(", "Disclaimer", "Except", "Only", "This".
_FEED_NOTICE_INITIALS = "(DdEeOoTt"
_FEED_NOTICE_TAIL_CHARACTERS = 60
# What closes the note's first sentence after the feed's name: its stop, its bracket, quotes.
_FEED_NOTICE_CLOSING = ".)]\"'”’ "
# Words that may name the agency after the feed ("feed of PTI", "feed from IANS").
_FEED_NOTICE_SOURCE_WORDS = ("of", "from", "by")
# A court's note under its press summary or release that the document is no part of its decision: the UK
# Supreme Court's and the Privy Council's "This summary is provided to help in understanding the Court's
# decision. It does not form part of the reasons for the decision. The full judgment of the Court is the only
# authoritative document. ...", the European Court of Human Rights' "This press release is a document produced
# by the Registry. It does not bind the Court.", the Court of Justice's "Unofficial document for media use, not
# binding on the Court of Justice.". Opening the line, the disclaimer in its first two sentences and ending its
# own. A story on a ruling says as much in its own words and goes on ("The summary does not form part of the
# judgment, the court said, but lawyers ...": no "This summary" opening the line; "This document is the
# council's answer. It does not bind the court, but the judge will read it ...": the sentence goes on).
_COURT_NOTICE = re.compile(
    r"(?:note:?\s++)?this (?:press )?(?:summary|release|document)\b[^.!?\n]{0,160}[.!]\s++"
    r"it does not (?:form (?:any )?part of the (?:reasons|judgment|decision)|bind the court)[^.!?\n,;]{0,40}[.!]"
    r"|unofficial document for media use, not binding on the court",
    re.IGNORECASE,
)
_COURT_NOTICE_WORDS = ("does not", "not binding")
# How the notice opens, as _COURT_NOTICE matches it: "Note: This ...", "This ...", "Unofficial ...".
_COURT_NOTICE_INITIALS = "NnTtUu"
_COURT_NOTICE_OPENINGS = frozenset(("note", "this", "unof"))
# The UK Supreme Court's runs to four sentences, a link to its judgments in the last.
_COURT_NOTICE_MAX_CHARACTERS = 500
# What each sentence after the disclaimer says, where the note goes on: where the judgment is to be read ("The
# full judgment of the Court is the only authoritative document.", "Judgments are public documents and are
# available at: ...", the European court's "... can be found on www.echr.coe.int."). A story's sentence after
# the same two keeps the line the story's ("This document is a draft by the commission's staff. It does not
# bind the court. But judges are expected to read it closely, lawyers said.").
_COURT_NOTICE_POINTERS = ("authoritative", "available at", "can be found", "www.", "http")
# What the note's first sentence names: the court, its registry, its decision ("This summary is provided to
# help in understanding the Court's decision.", "... produced by the Registry."). A story's document of
# another body keeps its line ("This release was approved by parliament on Monday. It does not bind the
# court.").
_COURT_NOTICE_SUBJECTS = ("court", "registry", "decision", "judgment", "board")
# An Indian daily's call to download its app closing every story, in Marathi or Hindi, the imperative before
# the app's name as a slogan orders them ("मराठीतील सर्व मुंबई बातम्या वाचा. ... वाचण्यासाठी डाउनलोड करा लोकसत्ता
# ॲप.", Loksatta's: read all the news in Marathi, download the Loksatta app; "... डाउनलोड करें अमर उजाला ऐप"):
# at the line's end, the app's name of three words at most. A sentence of news puts the app before the verb
# ("नागरिकांनी आरोग्य सेतू ॲप डाउनलोड करावे, असे आवाहन ...") and goes on after it, or quotes the slogan, its
# quotation mark closing the line ("मुख्यमंत्र्यांनी आवाहन केले: 'डाउनलोड करा आपले सरकार ॲप.'").
_APP_CALL = re.compile(
    r"डाउनलोड कर(?:ा|ें|े|ो)\s++(?:\S++\s++){0,3}?(?:ॲप|अ‍ॅप|अॅप|ऐप|एप|app)[.!।\s]*+$", re.IGNORECASE
)
_APP_CALL_WORD = "डाउनलोड"
# Either notice's line, at most: a notice is a sentence or two.
_NOTICE_MAX_CHARACTERS = 300
# A site's disclaimer of its readers' and contributors' words under every story (MyJoyOnline's "DISCLAIMER:
# The Views, Comments, Opinions, Contributions and Statements made by Readers and Contributors on this platform
# do not necessarily represent the views or policy of Multimedia Group Limited."): its label, and that the
# words are not necessarily the site's. A writer's disclosure ("Disclaimer: the author owns shares in ...")
# says nothing of the sort, and stays, as does a story's line quoting a disclaimer and saying whose. Or a
# newswire's disclaimer of what its contributors post (EurekAlert!'s "Disclaimer: AAAS and EurekAlert! are not
# responsible for the accuracy of news releases posted to EurekAlert! by contributing institutions ...").
_DISCLAIMER_LABEL = "disclaimer:"
_DISCLAIMER_LABEL_CHARACTERS = len(_DISCLAIMER_LABEL)
_DISCLAIMER_WORDS = ("necessarily", "not responsible for")
# The notice a post-Soviet or Armenian outlet closes every story with, a copyright notice with no sign: quoting
# or reusing its material needs a link to it ("При цитировании ссылка на ... обязательна", Ukrainian's "При
# використанні матеріалів посилання на ... обов'язкове", Armenian's "Մեջբերումներ անելիս հղումը NEWS.am-ին
# պարտադիր է։"). Opening the line, the link's word and "required" in the same sentence, a site's address
# ("NEWS.am", "REGNUM.ru") between them: a full stop only before a space ends the sentence (Armenian's is "։").
# "Required" ends the line: a story about the law says the same words and goes on ("При цитировании чужих
# материалов ссылка на источник обязательна — так гласит статья 1274 ...", "..., напомнили в Роскомнадзоре").
_LINK_REQUIRED_NOTICE = re.compile(
    r"(?:при (?:полном или частичном )?(?:цитировании|использовании|перепечатке|копировании)\b[^.!?\n]{0,120}?"
    r"\bссылк[аи]\b(?:[^.!?\n]|\.(?=\S)){0,80}?\bобязательн\w{0,3}+"
    r"|при (?:повному або частковому )?(?:цитуванні|використанні|передруку|копіюванні)\b[^.!?\n]{0,120}?"
    r"\bпосилання\b(?:[^.!?\n]|\.(?=\S)){0,80}?\bобов['’ʼ]?язков\w{0,3}+"
    r"|(?:մեջբերումներ անելիս|մեջբերելիս|նյութերն օգտագործելիս)[^!?։\n]{0,120}?հղում[^!?։\n]{0,80}?"
    r"պարտադիր(?: է)?+)[.!։]?+\s*+\Z",
    re.IGNORECASE,
)
_LINK_REQUIRED_NOTICE_OPENINGS = ("пр", "մե", "նյ")
# A full stop with more after it, after a word of three letters or more (not "Mr.", "Dr." or "U.S."): the
# credit's headline has ended and a paragraph of news goes on ("This story first appeared in The Guardian:
# a look back. The council said ..."). A headline's "?" or "!" may go on ("Is it safe? Engineers say yes").
_FULL_STOP_INSIDE = re.compile(r"[^\W\d_]{3}\.[\"'”’»)]?\s")
# A rule drawn in characters between the story and what follows it ("-----", "* * *", "******"). Not AP's
# "___": the shared sets' gold keeps it (underscores are word characters, which their metric counts).
_SEPARATOR = re.compile(r"(?:[*=~\-–—] ?)++")
_SEPARATOR_CHARACTERS = "*=~-–—"
_SEPARATOR_MIN_CHARACTERS = 3
# The last words of a paper's or a photo agency's name, as a caption's credit names it after the
# photographer's and a comma ("(Jeffrey D. Allred, Deseret News)"): a person's title, degree or state after a
# comma is no outlet ("(Donald J. Trump, President)", "(Mary K. Lee, PhD)").
_PRESS_NAME_ENDS = (
    "News|Times|Tribune|Post|Herald|Journal|Press|Gazette|Star|Chronicle|Telegraph|Observer|Globe|Examiner"
    "|Courier|Dispatch|Inquirer|Enquirer|Bulletin|Register|Record|Review|Mail|Express|Mirror|Standard|Sun"
    "|Daily|Today|Media|Images|Photos?|Photography|Pictures|Wire|Agency|Staff"
)
# A photo's caption, told by the credit that closes it, as pages in other languages write it: a photo
# word and a colon, or a copyright sign, before the agency or photographer ("... Foto: dpa", "... — Foto:
# Reuters", "... (Photo : AFP)", "... © AFP", "(Foto Ansa)", "Фото: ТАСС", "（新华社记者 张三 摄）": 摄,
# "photographed"). A news sentence ends in none of these; the credit holds no comma, colon or sentence's
# mark, and after a photo word ends in no full stop ("Das Foto: ein Dokument der Zeitgeschichte, sagte er.",
# "Es zeigt ein Foto: Merkel lacht." are news). Korean captions are sentences, closed by their credit in
# square brackets, with 사진 ("photo") or 제공 ("provided") in it: "... 하고 있다. [연합뉴스 자료사진]",
# "[AP=연합뉴스 사진]", "[보건복지부 제공]". Searched in a line's last characters only. Finnish papers' "Kuva:"
# (picture) too, only after the caption's stop ("... Helsingissä. Kuva: Jussi Nukari / Lehtikuva", Helsingin
# Sanomat's): "kuva" is Finnish's everyday word for a picture, before a colon in a line of news without its
# stop ("Uusi kuva: Marin ja Orpo kättelevät", a subheading, had left the text).
_CAPTION_CREDIT = re.compile(
    r"(?<![^\s(（\[—–-])(?:photos?|fotos?|fotó|fotoğraf|bild|фото|写真|撮影|图片|圖片|摄影|攝影|pic(?:ture)?|image|credit"
    r"|(?<=[.!?] )kuva)"
    r"(?:\s*+[:：]| /)\s*+[^\s:：,;.!?][^:：,;!?]{0,40}(?<![^\W\d_]{2}\.)$"
    # Or a bar after the caption's stop, the label in capitals, as East African papers set it ("... terminal.
    # PHOTO | FILE"): a bar is the separator of a headline and its site's or section's name too ("The year in
    # one photo | Nation").
    r"|(?<=[.!?] )(?-i:PHOTOS?|FOTOS?|PICTURE|IMAGE) \|\s*+[^\s:：,;.!?][^:：,;!?]{0,40}(?<![^\W\d_]{2}\.)$"
    # Filipino's "photo from ..." ("Larawan mula sa Philippine News Agency").
    r"|(?<![^\s(（\[—–-])larawan mula (?:sa|kay)\s++[^\s:：,;.!?][^:：,;!?]{0,40}(?<![^\W\d_]{2}\.)$"
    r"|©\s*+[^\s:：,;.!?][^:：,;!?]{0,40}$"
    r"|[(（](?:fotos?|photos?|фото)\s++[^()（）:：]{1,40}[)）]$"
    r"|[(（][^()（）]{0,30}(?:摄|攝)[)）]$|(?:记者|記者)[^。！？]{0,20}(?:摄|攝)$|\s(?:摄|攝)$"
    r"|\[(?=[^\[\]]{0,40}(?:사진|제공))[^\[\]]{1,60}+\]$"
    # A photographer's name and the paper or agency, a slash or a bar between, in brackets after the
    # caption's stop: "(Richard Tsong-Taatarii/The Minnesota Star Tribune)", "[ DIRK SHADD | Times ]"; the
    # outlet's initials dotted after the slash ("(Markus Rauchenberger/U.S. Army)", Stars and Stripes's): a
    # stop between two capitals or after them, where a sentence's closes on a word ("(... Plan A/Plan B.)"). A
    # photographer's middle initial before the slash ("(Jeffrey D. Allred/Deseret News)", the Deseret News's and
    # KSL's), its stop read as a sentence's, had left the caption in the text: a capital's stop between a
    # first name or two and a surname alone, where a letter's stop that closes a sentence in brackets has more
    # words after it, or fewer before ("(Plan B. Option A/B)", "(Annex A. Part 2/B)" had taken the
    # paragraph before them with them). With that initial, a comma between the photographer and the paper
    # too ("(Jeffrey D. Allred, Deseret News)", KSL's), the name after it ending on a word papers and photo
    # agencies are named by (:data:`_PRESS_NAME_ENDS`): a bracketed citation or place has no initial in its
    # first words ("(Smith, 2019)", "(Paris, France)"), and a name with one before a title, a degree, a state
    # or a year is no credit ("(Donald J. Trump, President)", "(Mary K. Lee, PhD)", "(George W. Bush, Texas)").
    r"|(?<=[.!?\"”’] )[(\[] ?+[^\W\d_](?:[^()\[\]/|.!?]{0,40}[/|]|(?<=(?-i:[A-Z]))"
    r"(?:[^\W\d_]|['’-])++(?: (?-i:[A-Z])(?:[^\W\d_]|['’-])++)? (?-i:[A-Z])\. (?-i:[A-Z])(?:[^\W\d_]|['’-])++"
    rf"(?: ?+[/|]|,(?= (?-i:[A-Z])[^()\[\]/|]{{0,40}}\b(?:{_PRESS_NAME_ENDS}) ?+[)\]]$))) ?+[^\W\d_]"
    r"(?:[^()\[\]/|.!?]|(?<=\b(?-i:[A-Z]))\.(?=(?-i:[A-Z]))|(?<=\.(?-i:[A-Z]))\.){0,40}[)\]]$"
    # A file or staff photo named in brackets after the caption's stop, with the paper's name before it or the
    # photographer's after it ("(Stabroek News file photo)", "(File photo by David Lochead)", Nunatsiaq
    # News's): a sentence in brackets says more than its photo, and its words before the photo are no name's
    # ("... evidence. (Prosecutors showed a file photo)").
    r"|(?<=[.!?] )[(\[](?:(?-i:[A-ZÀ-ÖØ-Þ])[\w'’&-]*+ ){0,4}(?:file|staff) (?:photo|picture|image)"
    r"(?: by [^\W\d_][^()\[\]/|.!?:]{0,40})?[)\]]$"
    # The same without brackets, as French, Swiss, Dutch and Korean papers set it: "... des tirs. LP/Olivier
    # Arandel", "... Lausanne. 20min/Vanessa Lam", "... Altstetten. Karin Hofer / NZZ", "... Noord. Foto Robin
    # van Lonkhuijsen/ANP", "... 개찰구. /연합뉴스"; an agency before its photographer in brackets after no
    # stop ("... a Palazzo Chigi (ANSA/Fabio Frustaci)"); Polish "Fot." before the names ("Fot. Dawid
    # Żuchowicz / Agencja Wyborcza.pl"), a colon after its stop or not ("(Fot.: PAP)", which had stayed).
    # The Gleaner's after a dash, its photographer's job after the slash ("... on Wednesday. - Rudolph
    # Brown/Photographer").
    r"|(?<=[.!?] )(?:[—–-] )?(?P<credit>(?:[^\W_][^()\[\]/|.!?,;:]{0,40})?/ ?+(?P<name>[^\W\d_])[^()\[\]/|.!?,;:]{0,40})$"
    # Australian and Malaysian papers' "Picture by" before the capitalised names, after the caption's stop and
    # a dash or not ("... last month. Picture by Marina Neil", "... 2026. — Picture by Sayuti Zainudin").
    r"|(?<=[.!?] )(?:[—–-] )?(?:photo|picture|pic|image)s? by (?-i:[A-Z])[\w'’-]*+(?: (?-i:[A-Z])[\w'’-]*+){0,3}$"
    # A credit after the caption's stop that closes on a stop of its own, its names capitalised (La Tercera's
    # "Imagen referencial. Foto: Agencia Uno."), where a sentence after a photo's word goes on in lower case
    # ("Es zeigt ein Foto: Merkel lacht.").
    r"|(?<=[.!?] )(?:photos?|fotos?|foto)\s*+:\s*+(?-i:[A-Z])[\w'’-]*+(?: (?-i:[A-Z])[\w'’-]*+){0,3}\.$"
    r"|[(\[](?:ansa|lapresse|apa|keystone|epa|afp|dpa|ap|efe|belga|anp|reuters)/[^\W\d_][^()\[\]/|.!?]{0,40}[)\]]$"
    r"|(?<![^\s(（\[—–-])(?:fot|φωτ)\.(?:\s*+:)?+\s++[^\W\d_][^:：,;!?]{0,60}$"
    # Czech papers' credit after a bar, the photographer's name and the paper's after a comma ("... náměstí |
    # foto: Michal Šula, MAFRA"): the bar sets it off from any sentence, so the comma may stand in it.
    r"|\|\s*+foto\s*+:\s*+[^\W\d_][^:：;!?|]{0,60}$"
    # Lithuanian credits the photo after the name ("BNS nuotr.", "Jono Jonaičio/LRT nuotr."); US and UK
    # sites name a photo agency after "via" ("... 2025. Michael M. Santiago via Getty Images").
    r"|(?<=[^\W\d_])[ /]nuotr\.$|(?<=\S) via (?:getty images|shutterstock|alamy|imago)$",
    re.IGNORECASE,
)
# What an ASCII tail must hold for :data:`_CAPTION_CREDIT` to match in it: a separator before the credit's
# names, one of its words, or a bracket or (for ``$``) a line break at its end; none of its other
# alternatives' characters (©, 摄, ：) is ASCII.
_ASCII_CREDIT_MARKS = (":", "/", "|")
_ASCII_CREDIT_WORDS = (" by ", "larawan", "fot.", "nuotr.", " via ")
_ASCII_CREDIT_LAST_CHARACTERS = frozenset(")]\n")
# What any other tail must hold for either pattern to match in it (:data:`_CAPTION_AGENCY` too): the ASCII
# marks and words, and the others' characters, a full-width colon or bracket, "©", "摄" and "＝". Case-blind as
# the pattern is: ASCII's case for the ASCII words (case-blind matching of other characters reads each one's
# case in the Unicode tables, slower than the caption's pattern saves), and the other letters the pattern
# takes for theirs spelled out ("ı" for "i", "ϕ" for "φ", which ``str.lower`` would not give). A line with
# curly quotes or a dash had reached the caption's pattern at each of its tail's characters (30-46 µs a line).
_CREDIT_MARK = re.compile(r"[:：/|©摄攝＝]")
_CREDIT_WORD = re.compile(
    r"larawan|fot\.|nuotr\.| by | v[iİı]a |[φΦϕ][ωΩ\u2126][τΤ]\.", re.ASCII | re.IGNORECASE
)
_CREDIT_CLOSING_CHARACTERS = frozenset(")）]\n")
# An abbreviation's stop, which no caption ends on before its credit: a capital and at most two small letters
# ("St.", "Dr.", "Gov."), or initials ("U.S.", "D.C."). Case-sensitive: "des tirs." ends a caption.
_ABBREVIATION = re.compile(r"(?:[A-Z][a-z]{0,2}|[A-Z](?:\.[A-Z])++)\.")
# Characters read back from a credit for that word: its stop's space and eight more, initials enough.
_ABBREVIATION_REACH = 10
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
# A Creative Commons licence in brackets after a photo's credit ("(CC BY 2.0)", "(CC BY-SA 4.0)", "(CC0)"), after
# a word, and the characters a line's end is searched for it.
_LICENCE_TAG = re.compile(r"(?<=\w) \(CC(?:0|[- ]BY(?:-(?:SA|NC|ND)){0,3}(?: \d\.\d)?)\)$")
_LICENCE_TAG_CHARACTERS = 24
# A caption's credit to its station's call sign (:func:`_is_call_sign_credit`), four capitals in brackets,
# after the sentence's stop and a space ("... 2026. (KTLA)").
_CALL_SIGN_CREDIT_CHARACTERS = 6
_CALL_SIGN_LINE_END = 8
# The caption's date closes its sentence before the sign ("on Dec. 3, 2026."): a paragraph of news that
# four such capitals close names a league, a firm or a war ("... on Sunday. (WNBA)", "(KPMG)", "(WWII)"),
# and the year is what tells the caption from it.
_CALL_SIGN_YEAR_START = _CALL_SIGN_LINE_END + 4
_CALL_SIGN_STOPS = frozenset({". ", "! ", "? "})
# The ends of the credits :data:`_CAPTION_CREDIT` takes after the names: Lithuanian's "nuotr.", and the
# photo agencies after "via".
# The last character of a tail, lower-cased, that a credit :func:`_names_a_photo` tells by it closes: a
# bracket, or a letter of a photographer's names after "Picture by" (Latin's, as the captions that write it).
_CREDIT_LAST_CHARACTERS = frozenset(")]abcdefghijklmnopqrstuvwxyzßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ")
_PHOTO_CREDIT_ENDS = (
    "nuotr.",
    *(f" via {agency}" for agency in ("getty images", "shutterstock", "alamy", "imago")),
)
# The words of :data:`_CAPTION_CREDIT` that ASCII text can hold and :func:`_names_a_photo` finds by no
# substring of their own, with the colon or slash after them as that pattern allows it.
_PHOTO_WORD_LABEL = re.compile(r"(?:pic(?:ture)?|image|credit|kuva)(?:\s*+:| /)")
# The words a long caption's credit opens on (:func:`_is_long_call`), as :data:`_CAPTION_CREDIT` takes them.
_PHOTO_CREDIT_WORDS = ("photo", "foto", "bild", "фото", "pic", "image", "credit", "©", "larawan")
# Of those, the credit that names the photo alone (Filipino's "photo from", "©" told apart in
# :func:`_is_long_caption`); the others' words name it only as a label, before a colon or a spaced slash
# ("Photo: Jelly Tse", "Credit / AFP"), since news opens on them too ("Credit Suisse/UBS merger talks ...",
# "Credit/debit card fraud rose ...").
_PHOTO_CREDIT_NAMING = "larawan mula"
_PHOTO_CREDIT_LABELS = (
    "photos",
    "photo",
    "fotos",
    "foto",
    "bild",
    "фото",
    "picture",
    "pic",
    "image",
    "credit",
)
_CAPTION_STOPS = re.compile(r"[。！？]|[^\W\d_]{2}[.!?](?:\s|$)")
# The same in languages written without the words above, where a whole call is one or two "words": a
# call to click here, follow us or like the fan page ("点击这里", "请关注我们", "粉絲團 按個讚", "คลิกที่นี่"),
# a "read more" link, the editor's credit Chinese pages close an article with ("【责任编辑：严玉洁】"), and
# the call for tips Korean wires close one with ("제보는 카카오톡 okjebo", tips by KakaoTalk; not "제보는
# 지난달 접수됐다", the tip came in last month).
# Phrases in the form of a call, not words news uses too: "粉絲團成員" (fan club members), "登録すると"
# (on registering), "扫描二维码" (scan the code, in a story on a health pass), "关注我们的经济改革" (watch our
# reforms) and "物語の続きを読むのを" (to read the rest of the story) stay.
# A Japanese blog's request to click its ranking's banner for it ("応援クリックお願いします！", "ポチッとよろしく
# お願いします"), a line of its own or the sentence after the ranking's note.
_CHEER_CLICK = (
    r"(?:応援|ぽちっと|ポチッと)の?(?:クリック|ポチ)?を?(?:よろしく)?お願い(?:します|いたします|致します)\W*+"
)
_CALL_PHRASE = re.compile(
    r"続きを読む\W*+$|点击(?:这里|此处)|點擊(?:這裡|此處)|(?:^|请|請|欢迎|歡迎)(?:关注我们|關注我們)"
    r"|(?:关注我们|關注我們)的?(?:微信|公众号|公眾號)|(?:粉丝团|粉絲團|粉丝专页|粉絲專頁)\W{0,3}+按"
    r"|คลิกที่นี่|(?:责任编辑|責任編輯)\s*+[:：]|^제보는\s*+(?:카톡|카카오톡|이메일)"
    # A WeChat article's closing credits on a line of their own ("来源：杭州市图书馆", "编辑：王悦　审核：陈立":
    # source, editor, reviewer) and its call to press "在看" ("点击“在看”，分享给更多朋友"); not "编辑部" (the
    # newsroom) nor a sentence that quotes an editor.
    r"|^(?:来源|來源|编辑|編輯|责编|責編|审核|審核|校对|校對)\s*+[:：]|(?:点个|點個|点击|點擊|点亮|點亮)\W{0,2}+在看"
    # An Urdu daily's call to follow its channel ("ہمارا واٹس ایپ چینل فالو کریں ...": follow our WhatsApp
    # channel), the platform's name before the imperative "فالو کریں" as Urdu orders them, within the line's
    # first words ("our", the paper's name): not news that reports such an appeal at its end ("پولیس نے شہریوں
    # سے کہا ہے کہ ... ٹریفک پولیس کا ٹوئٹر فالو کریں۔", the police asked citizens to follow its Twitter).
    r"|^(?:\S++\s++){0,4}?(?:واٹس ایپ|فیس بک|یوٹیوب|ٹوئٹر|ٹویٹر|انسٹاگرام)\s*+(?:چینل\s*+|پیج\s*+)?(?:کو\s*+)?فالو کریں"
    # Tajik's and Kyrgyz's calls to follow the site on a platform, the imperative closing the line as their
    # word order puts it ("Моро дар Telegram пайгирӣ кунед!", follow us on Telegram; "Жаңылыктарды
    # Telegram-каналыбыздан окуңуз!", read the news on our Telegram channel): the platform within the line's
    # first words, and the verb its last; not news that reports such a call and says who made it ("..., —
    # гуфт вазир.", or by a colon: a headline's "ИИМ: ...", the ministry's call to read only its official
    # channel, or "Вазорат дар Telegram навиштааст: «...»", the ministry wrote) nor a sentence whose verb is
    # another form ("... пайгирӣ кунанд.", they may follow).
    r"|^(?:[^\s:]++\s++){0,4}?(?:Telegram|WhatsApp|Facebook|Instagram|YouTube|TikTok|Телеграм|Фейсбук|Инстаграм|Ютуб)\S*+"
    r"(?:\s++[^\s:]++){0,2}?\s++(?:пайгирӣ кунед|обуна шавед|ҳамроҳ шавед|окуңуз|жазылыңыз|кошулуңуз|ээрчиңиз)\W*+$"
    # A Japanese page's share button and its ban on reuse, each a line of its own ("この記事をシェアする", share
    # this article; "無断転載禁止", "無断転載・複製を禁じます", no reproduction): the whole line, as a story may
    # name either ("同社は「この記事をシェアする」ボタンを廃止した。"); a regional paper's "この記事の無断転載を禁じます。"
    # under its story had stayed the text's last line.
    r"|^(?:この)?記事を(?:シェア|共有)(?:する|しよう)\W*+$|^(?:記事・写真の|(?:この)?記事の)?無断転載(?:・複製)?を?禁(?:止|じます)\W*+$"
    # A Japanese site's feedback prompt under the text, a line of its own ("この記事の感想をお寄せください。", send
    # us your thoughts on this article; "この記事へのご意見をお聞かせください"), which a town office's page and a
    # local paper's write with <br> after the story and had stayed its last line; not a sentence that reports
    # such a request ("市は「ご意見をお寄せください」と呼びかけた。"). A regional paper words it "この記事についての
    # ご意見をお寄せください。" and links its form after it ("ご意見フォーム"), the link's words on the same line or
    # left alone on it once the prompt's sentence has gone.
    r"|^(?:この)?(?:記事|ページ)(?:の|への|に関する|について(?:の)?)(?:ご)?(?:感想|意見)を(?:お寄せ|お聞かせ)(?:ください|下さい)"
    r"\W*+(?:(?:ご意見|ご感想|投稿)フォーム\W*+)?$|^\W*+(?:ご意見|ご感想)フォーム\W*+$"
    # A Chinese portal's call to download its app, a line of its own ("下載HK01 App，率先體驗更多新功能：按此下載",
    # download the app ...: click here to download): opening on "download", the app's name and "App", ending
    # there or going on after a comma, a colon or "!" with no full stop, or "click here to download" alone or
    # after a colon. Not news of an app a sentence names further on ("市民可下載「安心出行」"), a sentence of news
    # that opens so ("下載該App的用戶已超過100萬。"), a subheading that goes on after "App" ("下載次數最多的App
    # 排行榜公布", the most downloaded apps' ranking), nor a paragraph of news whose last clause points to a
    # form ("……，市民如欲了解詳情，可按此下載。").
    r"|^(?:立即|即)?(?:下載|下载)\s*+[\w ]{1,20}?\s*+(?:App|APP|app|應用程式|应用程序)(?:[，,：:！!][^。]*+)?$"
    r"|(?:^|[：:])\s*+按此(?:下載|下载)\W*+$"
    # BBC Hindi's call to its app and its accounts ("... के लिए आप यहां क्लिक कर सकते हैं", you can click here;
    # "आप हमें फ़ेसबुक, ट्विटर ... पर फ़ॉलो भी कर सकते हैं", you can follow us on ...): addressed to "you" (आप),
    # which news of a site's link does not say ("मरीज़ पोर्टल पर यहां क्लिक कर पंजीकरण कर सकते हैं"); each
    # closing its sentence, the click after what it is for (के लिए), as news quoting a scam's message goes on
    # ("ठगों ने संदेश भेजा कि आप यहां क्लिक कर इनाम पा सकते हैं, पुलिस ने कहा।", click here and win a prize).
    r"|के लिए आप (?:यहां|यहाँ) क्लिक कर सकते हैं\W*+$|आप हमें (?:\S++\s++){1,8}?(?:फ़ॉलो|फॉलो) (?:भी )?कर सकते हैं\W*+$"
    # A Japanese blog's line under its ranking's banner ("ランキングに参加しています。応援クリックお願いします！", I
    # take part in the ranking; please click to cheer me on), which stayed once the banner's link had gone: the
    # whole line, as a story reports a ranking in a sentence of its own ("同市は全国ランキングに参加している。").
    r"|^(?:人気)?(?:ブログ)?ランキングに参加(?:しています|しております|中です)\W*+(?:" + _CHEER_CLICK + r")?$"
    # Alone, the request names its click ("ポチ"): an athlete's or a candidate's post closes on a plea for
    # support of its own ("応援よろしくお願いします！", please cheer me on), no banner's.
    r"|^(?=応援の?+(?:クリック|ポチ)|ぽちっと|ポチッと)" + _CHEER_CLICK + r"$"
    # A Thai portal's credit to its sources closing the story ("ขอบคุณข้อมูลจาก ข่าวช่อง 9, กรมอุตุนิยมวิทยา",
    # thanks for the information from ...; "ขอบคุณภาพจาก", for the photos): opening the line, as a sentence of
    # news may thank its sources further on ("นายกฯ กล่าวว่า ขอบคุณข้อมูลจากประชาชน", the mayor thanked ...).
    # The credit sets its sources apart, after a space or a colon: Thai prose runs "จาก" (from) into its
    # word, as a caption thanking a reader goes on to what the photo shows ("ขอบคุณภาพจากผู้อ่าน
    # ถนนพังเสียหายยาวกว่า 200 เมตร").
    r"|^ขอบคุณ(?:ข้อมูล|ภาพ|รูปภาพ|คลิป)(?:และ(?:ข้อมูล|ภาพ|รูปภาพ|คลิป))?\s*+(?:จาก[\s:]|:)"
)
# A paywall's notice, a call even where a stop parts it ("この記事は会員限定です。無料会員登録で続きをお読み
# いただけます。").
_PAYWALL_NOTICE = re.compile(
    r"この記事は(?:有料)?会員限定|会員登録で続き|続きをお読みいただけます|有料会員になると|有料記事もお読みいただけます"
)
_CALL_PHRASE_MAX_CHARACTERS = 80
# A paywall's or a meter's notice as English pages word it, a line of its own under a teaser ("Subscribe to
# continue reading", "This article is for subscribers only.", "Already a subscriber? Log in", "You have
# read 3 of 3 free articles this month", NZ Herald's "Access to Herald Premium articles require a Premium
# subscription. Subscribe now to listen."): a call even where a stop parts it, of a call's 20 words at most.
# Anchored, of literal words and bounded runs: linear. A sentence of news about a paywall goes on after
# "subscription" ("Access to its articles requires a subscription, the publisher said").
_PAYWALL_LINE = re.compile(
    r"access to (?:[\w-]++ ){0,3}?(?:articles|stories|content) requires? an? (?:[\w-]++ ){0,2}?subscription\."
    r"(?:\s|$)"
    r"|(?:subscribe|log in|sign in|register|sign up) (?:now |today )?to (?:continue|keep) reading"
    r"|to (?:continue|keep) reading(?: this (?:article|story))?,? (?:please )?(?:subscribe|log in|sign in|register)"
    r"|(?:this|the rest of this) (?:article|story|content) is (?:only )?(?:for|available (?:to|for)|reserved for"
    r"|exclusive to) (?:paying |our )?(?:subscribers|members)"
    r"|already (?:a subscriber|subscribed|a member|have an account)\?"
    r"|you(?:'ve|’ve| have) (?:read|reached|used) (?:your|all|the (?:limit|maximum)|\d)[^.!?]{0,40}?\bfree"
    r" (?:articles|stories)",
    re.IGNORECASE,
)
# Its openings (:func:`_head`), which a test derives from the pattern.
_PAYWALL_LINE_OPENINGS = frozenset("ac al lo re si su th to yo".split())
# A full stop inside such a line, with more after it: a paragraph of news, not a call. A feedback form's link
# after the prompt's stop ("...お寄せください。ご意見フォーム") is the call's button, no sentence; so is a ranking's
# request to click after its note ("ランキングに参加しています。応援クリックお願いします！").
_CJK_STOP_INSIDE = re.compile(
    r"[。！？](?=[^\s」』”’）)])(?!(?:ご意見|ご感想|投稿)フォーム\W*+$|" + _CHEER_CLICK + "$)"
)
# A sentence that ends inside the text, after a word ("now. Then"), not after an initial ("U.S. edition").
_STOP_INSIDE = re.compile(r"[^\W\d_]{2}[.!?…][\"'”’»)]?\s")
# A caption credited by a name alone in brackets: at least this many words before it, and a name of at most
# this many (:func:`_is_caption_by_name`).
_CAPTION_BY_NAME_MIN_WORDS = 6
# A caption credited by names in capitals, told by them, may be shorter: a name and a place ("Yolanda Díaz,
# en el Congreso."); the names' words have this many letters at least, one of them the second many.
_CAPTION_BY_CAPITALS_MIN_WORDS = 3
_CAPITALS_NAME_MIN_LETTERS, _CAPITALS_NAME_LONG_LETTERS = 3, 5
_CAPTION_NAME_MAX_WORDS = 3
# A poll's share and its word, in the languages nutgraf reads: a sentence closing on two pollsters or a
# pollster and its paper in brackets ("... rose to 61 per cent (CBS News/YouGov).") credits a poll, whose
# pollster's two words read as a photographer's names.
_POLL_WORDS = (
    "%", "per cent", "percent", "prozent", "pour cent", "por ciento", "per cento", "procent", " poll ", " poll,",
    " polls ", "survey", "umfrage", "sondage", "encuesta", "sondaggio",
)  # fmt: skip
# The offices and roles a list of news names a person by before the name in brackets ("The motion was tabled
# by the shadow chancellor (Rachel Reeves)", an item of a story's list with no stop): the name is who holds
# the office, not whose photo it is.
_OFFICE_WORDS = frozenset(
    "chancellor secretary minister president leader senator mayor governor chair chairman chairwoman chief"
    " captain coach manager director spokesman spokeswoman spokesperson candidate judge player writer author"
    " founder ceo mp member deputy winner speaker premier ambassador commissioner officer head".split()
)
# The most words of the date closing a labelled link after its dash ("– Dec 3, 2026", "- 3 December 2026").
_DATED_POINTER_DATE_WORDS = 4
# A site's statement before its call, the line's first sentence: a few words that name where the site is or
# what the reader reads ("News24 is on WhatsApp. Join the News24 channel here.", "This article first appeared
# in POLITICO Pulse. Sign up for ...", "Recibí las noticias más importantes en tu mail. Suscribite al
# newsletter."). A sentence of news is longer, or names no web thing.
_STATEMENT_MAX_WORDS = 8
_STATEMENT_MAX_CHARACTERS = 80
# The second sentence's call an ASCII line must hold, after a stop within a statement's characters, to be
# asked about such a statement (the chain spares every other ASCII line that opens on no call: see
# :data:`_CALL_OPENINGS`). One search in C, last in the guard, 0.2 µs a news line: six substring tests in a
# generator had cost it 1 µs, a find of the stop and a startswith 0.3 µs.
# "Donate" and "Become a" let a public broadcaster's appeal through (:func:`is_reporting_appeal`).
_CALL_AFTER_STATEMENT = re.compile(
    r"\. (?:Join|Sign up|Subscribe|Follow us|Download|Click here|Donate|Become a) "
)
_CALL_AFTER_STATEMENT_REACH = _STATEMENT_MAX_CHARACTERS + len(". Subscribe ")
# The site's pointer to its own channels under the story, worded as what the reader can do (the Met Office's
# "You can find the latest forecast on our website, on our YouTube channel, by following us on X and
# Facebook, as well as on our mobile app ...", 31 words): one sentence that opens on "You can" and a verb of
# finding or following, and names the site's own ("our") web thing (:data:`_WEB_THING`). News worded so
# names someone else's site, names no web thing ("You can find our stall at the market"), or says whose
# words they are ("You can find the forms on our website, the clerk said").
_OWN_CHANNELS_OPENING = "you can "
_OWN_CHANNELS_OPENING_CHARACTERS = len(_OWN_CHANNELS_OPENING)
_OWN_CHANNELS_VERBS = frozenset("find follow get read watch listen catch".split())
_OUR = " our "
# The lead-in to the site's own video or playlist embedded under it, a line closing on its colon (KARE 11's
# "See the latest news from around the Twin Cities in our YouTube playlist:"): a verb of seeing or listening
# opening it, "our" video thing in it. A story's line before a quotation or a list names someone else's ("See
# what residents told the council:") or says whose words they are.
_LEAD_IN_VERBS = frozenset("see watch listen catch check".split())
_OWN_VIDEO = re.compile(
    r"\bour (?:[\w-]++ ){0,2}?(?:youtube|video|videos|playlist|channel|podcast|livestream)\b", re.IGNORECASE
)
# A box's title naming the newsletter, before its colon and its button ("SZ-Newsletter „München heute“: Hier
# kostenlos anmelden."): at most this many words.
_TITLED_CALL_MAX_WORDS = 6
# A line wholly in brackets, each sentence a call ("(बीबीसी हिन्दी के एंड्रॉएड ऐप के लिए आप यहां क्लिक कर सकते
# हैं. आप हमें फ़ेसबुक ... पर फ़ॉलो भी कर सकते हैं.)"): its sentences end on a stop before a space. Not
# :data:`_STOP_INSIDE`, which asks for two letters before the stop where Hindi ends on a vowel's sign.
_BRACKETED_SENTENCE_END = re.compile(r"(?<=[.!?।])\s++")


# Any call the chain of :func:`is_call_to_action` finds in a line of ASCII characters longer than a release's
# mark (and so than a gallery's counter) either opens on one of these five characters, lower-cased (every
# opening of its patterns anchored at the line's start: a test derives them from the patterns), or holds a
# "/" (a photo's credit), an "@" (an e-mail address, a handle), "? " (a question before a call), or a photo
# word in its last characters (a caption). A line with none of them is spared the chain: a set's look-up and
# four substring tests in C, where the count of its words alone cost 5,400 instructions on an XSum sentence
# and the chain 24,000. Five characters, as two open too many news sentences ("th", "in").
_CALL_OPENING_CHARACTERS = 5
# A pointer's label that is "See" only before its colon, a headline after it (MarketWatch's "See: Why gasoline
# prices may fall below $3 a gallon by Christmas"), no full stop after it: the word opens sentences and a
# reference's "See Table 2", and a sentence after the colon is the story's ("See: The bridge reopens in May.").
_SEE_LABEL = "see:"
_SEE_LABEL_CHARACTERS = len(_SEE_LABEL)
# What a reference after "See:" opens on, or holds, where a science or legal story points to its own figure or
# to a case ("See: Figure 3 shows ...", "See: Smith v. Jones"): no headline of another story. Whole first
# words, as a headline may open on a longer word ("Partisan fight ...", "Tablet sales ...").
_SEE_REFERENCE_OPENINGS = frozenset(
    (
        "Figure", "Figures", "Fig.", "Table", "Tables", "Chart", "Charts", "Graph", "Map", "Appendix", "Annex",
        "Section", "Sections", "Chapter", "Page", "Pages", "p.", "pp.", "Box", "Exhibit", "Note", "Notes",
        "Article", "Rule", "Part",
    )
)  # fmt: skip
_SEE_CASE_MARKS = (" v. ", " v ", " vs. ", " vs ")
# Characters every pattern here reads as it reads "%", which no string here names either: neither a letter,
# a digit nor a space, without case. A line whose other characters are ASCII, its opening too, gets the answer
# the same line with "%" for each of them gets, and so is spared the chain as an ASCII line is (XSum's "£"
# lines had taken the chain, two-fifths of its time there); a test checks each against every pattern. Not
# where its last characters hold a colon: the caption's pattern takes "Credit : AFP", which the photo-word
# test passes over, and the chain finds a caption there in a line that is not ASCII.
_INERT_CHARACTERS = "£€¥°•‘\u200e\u200f"
_BEYOND_INERT = re.compile(f"[^\\x00-\\x7f{_INERT_CHARACTERS}]")
# A character of a script past Greek's, outside the punctuation block (curly quotes, dashes, "…"): every
# match of :data:`_CALL_PHRASE` and :data:`_PAYWALL_NOTICE` holds one (a test checks each alternative), so a
# line of Latin letters and typographic marks is spared their searches, tried at each of its characters
# (40 µs a line with a curly quote). The inert characters are read as they are read everywhere here.
_BEYOND_PUNCTUATION = re.compile(f"[^\\x00-\\u03ff\\u2000-\\u206f{_INERT_CHARACTERS}]")
# The spaces Python's \s matches in ASCII text.
_ASCII_SPACES = " \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f"
_CALL_OPENINGS = frozenset(
    [
        "(also", "(avec", "(baca", "(beki", "(bild", "(bunu", "(com ", "(con ", "(cred", "(czyt", "(der ",
        "(dies", "(foto", "(imag", "(lee ", "(leer", "(lees", "(legg", "(leia", "(les ", "(lese", "(lire",
        "(list", "(lue ", "(medi", "(mehr", "(mit ", "(more", "(must", "(phot", "(pict", "(pres", "(read",
        "(rela", "(see ", "(te p", "(unaw", "(unse", "(vide", "(voir", "(watc", "(zie ", "(zoba", "<copy",
        "[also", "[avec", "[baca", "[beki", "[bild", "[bunu", "[com ", "[con ", "[cred", "[czyt", "[der ",
        "[dies", "[foto", "[imag", "[lee ", "[leer", "[lees", "[legg", "[leia", "[les ", "[lese", "[lire",
        "[list", "[lue ", "[medi", "[mehr", "[mit ", "[more", "[must", "[phot", "[pict", "[pres", "[read",
        "[rela", "[see ", "[te p", "[unaw", "[unse", "[vide", "[voir", "[watc", "[zie ", "[zoba", "abonn", "acces",
        "all r", "owner", "consu", "custo", "find ", "apply", "book ", "use o", "spons",
        "adver", "alrea", "also ", "annon", "anunc", "anzei", "artik", "ascol", "assin", "atsis", "audio", "avec ",
        "baca ",
        "beitr", "bekij", "bookm", "bunu ", "cadas", "citat", "click", "com a", "com i", "comme", "compa", "con f", "con i", "condi",
        "conti",
        "copy ", "copyr", "credi", "czyta", "deel ", "der a", "der b", "der t", "diese", "dit a", "dit f", "dit g", "dit i", "discl", "donat", "downl", "enter",
        "escuc", "folge", "follo", "gabun", "get d", "get f", "get u", "give ", "haber", "hide ", "iklan",
        "ikuti",
        "image", "inscr", "iscri", "join ", "lee t", "leer ", "lees ", "leggi", "leia ", "les o", "lesen",
        "like ", "lire ", "liste", "log i", "lue m", "lue l", "læs m", "les m", "läs m", "luist", "mater", "media", "meld ", "mehr ", "mit m", "must ", "obser", "open ",
        "ouvir", "parta", "photo", "pictu", "pobie", "prenu", "press", "print", "provi", "pubbl", "publi", "read ", "receb", "recom", "regis", "rekla",
        "relat", "schri", "see a", "see o", "see p", "see s", "segui", "send ", "share", "show ", "siga-", "sign ",
        "sigue", "simak", "spons", "puede", "stay ", "story", "subsc", "subsk", "suive", "suppo", "suscr", "tap h", "tap o", "tap t",
        "ta ne", "te pu", "teile", "telec", "the r", "this ", "to co", "to ke", "tweet", "type ", "udost", "unawe", "unser",
        "video",
        "view ", "voir ", "voit ", "votre", "watch", "weite", "werbu", "you c", "you h", "you'v", "zie o", "zobac",
        # The third world-news round's labels (Catalan, Czech and Austrian German, Spanish of the Americas,
        # Hungarian, Romanian, Swahili, Filipino, Vietnamese), bare and in brackets.
        *(
            bracket + opening
            for opening in ("basa", "cite", "das ", "kuva", "le p", "lea ", "lleg", "olva", "pich", "soma", "xem ")
            for bracket in "(["
        ),
        "basah", "das k", "le pu", "sourc", "+ fol", "+foll", "lea t", "llegi", "olvas", "picha", "soma ", "xem t",
        # A buying guide's affiliate buttons ("Check price on Amazon", "Buy now", "See the deal").
        "buy i", "buy n", "check", "see d", "see t", "shop ",
        # A pointer under the label "See:" (:data:`_SEE_LABEL`).
        *(_SEE_LABEL + chr(code) for code in range(128)),
        # A call to add the site to the reader's news feed ("Add 9to5Mac to your Google News feed.").
        *("add " + chr(code) for code in range(128)),
        # Calls to get the latest news from the site, its app or its channel (English pages of many countries).
        "catch", "don't", "get m", "get t", "go de", "(go d", "[go d", "never",
        # A German, Spanish or Italian source's line ("Quelle: F.A.Z."), a TV station's call ("For the latest
        # news ..., head to WPIX 11."), a broadcaster's notice under a transcript.
        "quell", "fuent", "fonte", "for l", "for m", "for t", "accur", "end o",
        # The Trust Project's badge in Spanish ("Conforme a los criterios de The Trust Project"), a call to
        # join the comments ("Diskutieren Sie mit!").
        "confo", "disku", "hier ", "jetzt", "anmel", "koste", "grati", "have ",
        # The same source's line in Dutch, Danish and Norwegian, and Turkish ("Bron: ANP", "Kilde: NTB",
        # "Kaynak: AA"); the Polish note that the article goes on below a video ("Dalsza część artykułu ...").
        "kilde", "kayna", "dalsz",
        # A recipe card's buttons ("Print Recipe", "Pin Recipe", "Save Recipe", "Jump to Recipe"), a call to
        # tag the cook ("Tag us on Instagram"), a call to join a channel in Spanish ("Unete a nuestro canal").
        "email", "jump ", "pin r", "pin t", "rate ", "save ", "tag @", "tag u", "unase", "unete",
        # A paper's pitch for its newsletter ("Our free newsletter ...").
        "our d", "our f", "our n", "our w",
        # The eleventh round's: Lithuanian's "read more" labels, bare and in brackets, and the Serbian,
        # Croatian and Bosnian source's line ("Izvor: Hina").
        "daugi", "taip ", "(daug", "[daug", "(taip", "[taip", "izvor",
        # The thirteenth round's: Slovenian's, Albanian's, Estonian's and Latvian's "read also" labels, bare and in
        # brackets.
        "prebe", "lexo ", "loe k", "lasi ", "lasie", "(preb", "[preb", "(lexo", "[lexo", "(loe ", "[loe ", "(lasi",
        "[lasi",
        # The fourteenth round's Hausa calls to follow the site and Uzbek call to subscribe to its channel.
        "ku ka", "ku bi", "teleg", "whats", "youtu", "insta", "faceb",
        # The fourteenth round's: Hausa's, Yoruba's (without its marks), Welsh and Uzbek "read also" labels, bare
        # and in brackets.
        "karan", "e tun", "darll", "hefyd", "mavzu",
        *(bracket + opening for opening in ("kara", "e tu", "darl", "hefy", "mavz") for bracket in "(["),
        # The fifteenth round's: Somali's and Galician's (without its accent), bare and in brackets.
        "akhri", "le ta", *(bracket + opening for opening in ("akhr", "le t") for bracket in "(["),
        # The fifteenth round's Somali call to follow the site.
        "nagal", "naga ",
        # The sixteenth round's: Maltese's, Basque's and Irish's (without its accent), bare and in brackets.
        "aqra ", "iraku", "leigh", *(bracket + opening for opening in ("aqra", "irak", "leig") for bracket in "(["),
        # The seventeenth round's: Esperanto's label (without its breve) and isiZulu's "follow", bare and in
        # brackets; a newsletter's footer ("You are receiving this because ...").
        "legu ", "lande", *(bracket + opening for opening in ("legu", "land") for bracket in "(["), "you a", "you'r",
        # The eighteenth round's: Faroese's and Haitian Creole's "read also" labels, bare and in brackets, and
        # Kinyarwanda's advert label.
        "les e", "li to", *(bracket + opening for opening in ("li t",) for bracket in "(["), "kwama",
        # The nineteenth round's: Occitan's and Malagasy's "read also" labels, bare and in brackets.
        "legir", "vakio", *(bracket + opening for opening in ("legi", "vaki") for bracket in "(["),
        # A translator's credit and a translation's notice (:data:`_TRANSLATOR_CREDIT`, :data:`_TRANSLATION_NOTICE`):
        # "Translated from the Spanish by ...", "Traducido del inglés por ...", "Aus dem Englischen übersetzt".
        "trans", "tradu", "trado", "aus d", "machi", "verta",
        *("<(c)" + space for space in _ASCII_SPACES),
        # Openings whose match may go on with any character after their four (a look-ahead, as the one for
        # the colon after the Jamaica Observer's bare "READ:", a label's "\s*+" before a letter, "(c) " before
        # anything).
        *(
            opening + chr(code)
            # "mehr": Handelsblatt's pointer ("Mehr: Commerzbank hebt Gewinnziel an"), its colon a look-ahead.
            for opening in ("bild", "bron", "foto", "join", "klik", "kuva", "mehr", "more", "read", "volg", *("(c)" + space for space in _ASCII_SPACES))
            for code in range(128)
        ),
        # The openings of the page's notices that stand alone under a story (:func:`is_notice_line`) and of
        # the Nordic share buttons that none of the above is.
        "would", "pleas", "keep ", "how d", "we wa", "we ca", "del a", "dela ", "jaa a", "becom",
        # A poll's question under the story (:data:`_ADVERT_LABEL`).
        "do yo",
        # A republishing box's heading ("USE OUR CONTENT", "Republish this story").
        "use o", "repub",
        # A blog's licence, an item of its box's list ("- Copyright Notice: ...", :data:`_COPYRIGHT_NOTICE`).
        "- cop",
        # And its terms told to the reader ("You may republish our stories ...", :func:`is_notice_line`).
        "you m", "you c",
        # The twentieth round's: a copy-link button's, print and e-mail tools' labels in other languages, and
        # a page's count of its readers (:data:`_VIEW_COUNT`).
        "salin", "copia", "copie", "link ", "impri", "druck", "envia", "envoy", "e-mai", "views", "visit", "hits:", "hits ",
        "reads", "lectu", "leitu", "lettu", "acess", "aufru", "vues:", "vues ",
        # The twelfth outlets' round's calls to follow the site in Croatian, Polish, Finnish and Hungarian.
        "prati", "polub", "tilaa", "ha ne",
        # The twenty-first round's: PHP-Nuke's Italian print and e-mail tools ("Stampa", "Invia ad un amico").
        "stamp", "invia",
        # The thirteenth outlets' round's genres' notes (:func:`is_notice_line`): a betting page's, a markets
        # page's, a recipe's, an obituary's, a call to a newsletter "delivered to your inbox".
        "odds ", "bet r", "gambl", "play ", "marke", "data ", "quote", "price", "cotiz", "datos", "kurse", "daten",
        "cours", "dados", "quota", "dati ", "nutri", "per s", "arran", "funer", "get b", "get a", "get o", "get y",
    ]
)  # fmt: skip
# Openings above that news opens many lines and sentences on ("The road ...", "This week ...", "For the first
# time ...", "Following ...", the BBC's "Media playback is not supported on this device"), each with every
# opening of nine characters, lower-cased, that a call the chain finds there may have: a line that opens on
# the five but none of these is spared the chain as one that opens on no call (some 80,000 instructions, a
# sixth of the lines an XSum article lets through). Past the anchored patterns' matches, these are the
# openings of :data:`_STORY_COPYRIGHT_NOTICE` and of the page's notices (:func:`is_notice_line`): a test
# derives them all from the patterns and the strings the chain compares openings with.
_CALL_LONGER_OPENING_CHARACTERS = 9
_CALL_LONGER_OPENINGS = {
    "also ": ("also read",),
    "audio": ("audio are", "audio ele", "audio is ", "audio pla"),
    "dit a": ("dit artik",),
    "dit f": ("dit fragm",),
    "dit g": ("dit gespr",),
    "dit i": ("dit item ", "dit inter"),
    "follo": ("follow ", "followed "),
    "for m": ("for more ",),
    "for t": ("for the l", "for the m"),
    "open ": ("open in a", "open in t"),
    "media": ("media cap", "media con", "media cop", "media enq", "media inq", "media sou"),
    # A markets page's note on its quotes, a betting page's, a recipe's (:func:`is_notice_line`): "Markets
    # fell ...", "Data from ...", "Prices rose ...", "Play resumed ...", "Per share ..." open news.
    "marke": ("market da", "market pr", "market qu", "markets d", "markets p", "markets q"),
    "data ": ("data are ", "data dela"),
    "price": ("prices ar", "prices de"),
    "quote": ("quotes ar", "quotes de"),
    "play ": ("play resp",),
    "per s": ("per servi",),
    "the r": ("the rest ",),
    "trans": ("translat",),
    "aus d": ("aus dem ",),
    # Yahoo's "Story continues" (:data:`_ADVERT_LABEL`): "Story time at the library ..." opens news.
    "story": ("story con",),
    # A recall's number for its owners (:func:`is_notice_line`): "Owners of the cars ...", "Customers queued
    # ..." open news.
    "owner": ("owners ca", "owners ma", "owners sh", "owners wi"),
    # The service desks' buttons (:data:`_BUTTON_LABEL`): "Find out ...", "Book sales ...", "Apply the ...",
    # "Use of ..." open news.
    "find ": ("find your",),
    "apply": ("apply now",),
    "book ": ("book a ta", "book your", "book now"),
    "use o": ("use our m", "use our c"),
    "spons": ("sponsored",),
    "consu": ("consumers",),
    "custo": ("customers",),
    "this ": (
        "this arti", "this audi", "this cont", "this docu", "this epis", "this inte", "this is a", "this piec",
        "this repo", "this vide",
        "this segm", "this stor", "this text",
    ),
}  # fmt: skip


def _is_reporter_address(words: list[str]) -> bool:
    return words[-2].endswith(_REPORTER_TITLES) and _EMAIL_LINE.fullmatch(words[-1]) is not None


# A list of sources under a story (see without_sources_list): its label alone on its line, in the languages
# nutgraf stems; the most citations read under it; a cited title's end inside its quotation marks, the marks
# opening it, and the year the citation dates the work by.
_SOURCES_LABELS = frozenset(("sources", "quellen", "fuentes", "fontes", "fonti", "bronnen"))
# A health site's statement of how it sources its articles, the first paragraph under the label (Verywell
# Health's "Verywell Health uses only high-quality sources, including peer-reviewed studies, to support the
# facts within our articles.", Medical News Today's "Medical News Today has strict sourcing guidelines and draws
# only from peer-reviewed studies, ..."): the list under it is the site's, whatever form its entries take (the
# CDC's page cited as "Centers for Disease Control and Prevention. RSV-NET: ... Updated November 30, 2026.").
_SOURCING_STATEMENT = re.compile(
    r"[^.!?]{1,60}? (?:uses only|only uses|relies only on|has strict sourcing guidelines and draws only from)"
    r" (?:high-quality sources, including )?peer-reviewed studies"
)
_SOURCES_LABEL_MAX_CHARACTERS = 10
_SOURCES_MAX = 20
_CITED_TITLE_ENDS = ('."', ',"', ".”", ",”")
_CITED_TITLE_OPENINGS = ('"', "“")
_CITED_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_CITATION_MAX_CHARACTERS = 400


def without_closing_source(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without the credit of the story's source on their last line ("Source : Le Monde"),
    under a paragraph that ends a sentence (the story's prose, not a table's or a list's last line)."""
    if (
        len(paragraphs) > 1
        and _ends_sentence(paragraphs[-2])
        and (_is_closing_source(paragraphs[-1]) or _is_closing_hub_link(paragraphs[-1]))
    ):
        return paragraphs[:-1]
    return paragraphs


# A wire's link to its hub of the story's beat under the story (the AP's "AP NBA: https://apnews.com/hub/NBA",
# "AP coverage: https://..."): the wire's name and a word or two, its colon and the address alone. A
# story's last line that gives an address says what is there in words ("Applications open at https://..."),
# or labels what the reader came for, in the story's words ("Full report: https://...", "Read the ruling:
# https://...", "Petition: https://...").
_HUB_LINK = re.compile(r"AP(?: [\w&.'’-]++){1,2}+: https?://\S++")
_HUB_LINK_MAX_CHARACTERS = 120


def _is_closing_hub_link(text: str) -> bool:
    """Whether a story's last line is a wire's link to its beat's hub (:data:`_HUB_LINK`)."""
    return len(text) <= _HUB_LINK_MAX_CHARACTERS and _HUB_LINK.fullmatch(text) is not None


def without_sources_list(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without the list of sources closing them, under its label alone on its line
    (:data:`_SOURCES_LABELS`, Snopes's "Sources:" / "\"Infant Formula Preparation.\" U.S. Food and Drug
    Administration, 2025."): every paragraph under the label a citation (:func:`_is_citation`), at most
    :data:`_SOURCES_MAX` of them. The label and the list had closed the text. A story's paragraphs under a
    subheading "Sources" report someone or cite no work."""
    for label in range(len(paragraphs) - 2, max(0, len(paragraphs) - _SOURCES_MAX - 1), -1):
        # The length first, in C: the call had cost each of a text's last paragraphs, a label's or not.
        if (
            len(paragraphs[label]) <= _SOURCES_LABEL_MAX_CHARACTERS
            and folded_label(paragraphs[label], _SOURCES_LABEL_MAX_CHARACTERS) in _SOURCES_LABELS
        ):
            below = paragraphs[label + 1 :]
            if all(map(_is_citation, below)) or _SOURCING_STATEMENT.match(below[0]) is not None:
                return paragraphs[:label]
            break
    return paragraphs


# A box under a translated story naming the story's source, its label alone on its line (Courrier
# international's "Source de l'article" / "The Guardian (Londres)" / "Fondé en 1821, ce quotidien ..."), in the
# languages nutgraf stems; the most paragraphs under it, and the most words of each (the source's name and
# what the box says of it).
_SOURCE_BOX_LABELS = frozenset(
    label.replace("'", apostrophe)
    for label in (
        "source de l'article", "article source", "source article", "source of the article", "quelle des artikels",
        "fuente del artículo", "fonte dell'articolo", "fonte do artigo", "bron van het artikel",
    )
    for apostrophe in "'’"
)  # fmt: skip
_SOURCE_BOX_LABEL_MAX_CHARACTERS = 24
_SOURCE_BOX_MAX_PARAGRAPHS = 2
_SOURCE_BOX_PARAGRAPH_MAX_WORDS = 40


def without_source_box(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without the box closing them that names the story's source under its label
    (:data:`_SOURCE_BOX_LABELS`): the source's name (which goes as a line of furniture before) and a sentence
    or two on it, :data:`_SOURCE_BOX_PARAGRAPH_MAX_WORDS` words at most each, quoting no one, and only the
    last of them a sentence's (the one on the source). The box's description, a sentence of prose, had stayed
    as the story's last paragraph. A story's section under such a subheading runs longer, quotes, or holds
    more than one paragraph of prose."""
    for label in range(len(paragraphs) - 2, max(0, len(paragraphs) - _SOURCE_BOX_MAX_PARAGRAPHS - 2), -1):
        if folded_label(paragraphs[label], _SOURCE_BOX_LABEL_MAX_CHARACTERS) in _SOURCE_BOX_LABELS:
            box = paragraphs[label + 1 :]
            if all(
                len(paragraph.split()) <= _SOURCE_BOX_PARAGRAPH_MAX_WORDS
                and not any(mark in paragraph for mark in '"“”«»')
                for paragraph in box
            ) and not any(paragraph.endswith((".", "!", "?")) for paragraph in box[:-1]):
                return paragraphs[:label]
            break
    return paragraphs


def _is_citation(paragraph: str) -> bool:
    """Whether a paragraph cites a work: a title closed inside quotation marks (its stop or comma before the
    closing mark), opening the paragraph or after its authors' names alone, then the publisher and a year,
    the paragraph ending as a sentence and reporting no one. A sentence of the story naming a work opens on
    running words ("The agency's guide, \"Infant Formula Preparation,\" has not changed since 2025."): under
    a subheading "Sources" it had gone as a list of them."""
    if len(paragraph) > _CITATION_MAX_CHARACTERS:
        return False
    title_end = max(paragraph.find(mark) for mark in _CITED_TITLE_ENDS)
    opening = min((at for mark in _CITED_TITLE_OPENINGS if (at := paragraph.find(mark)) != -1), default=0)
    authors = paragraph[:opening]
    return (
        title_end > 0
        and not any(word[0].islower() for word in authors.split())
        and _CITED_YEAR.search(paragraph, title_end) is not None
        and _ends_sentence(paragraph)
        and not _reports_someone(paragraph)
    )


def without_closing_call(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without a call to the reader run onto the end of their last one ("... would remove
    parking spaces. Join the discussion below."), as a forum or a paper's comment box sets it after the
    story's last sentence: a line of its own goes as furniture, where glued to the prose it had stayed in
    the text. The call is the paragraph's last sentence after a sentence's stop, and a button's words
    (:data:`_BUTTON_LABEL`): a copyright notice or a pointer run onto the prose ("... said. ©2015 the
    hollywood reporter. All rights reserved.") is the shared sets' gold's, and a notice of several
    sentences is not cut at its last one."""
    if not paragraphs:
        return paragraphs
    last = paragraphs[-1]
    # The stop is searched for among the last words alone: one further back leaves a call of more words than
    # a button's, and a pasted article's one long paragraph had been searched whole, three times.
    near = max(0, len((last.rsplit(maxsplit=_BUTTON_LABEL_MAX_WORDS + 1) or [""])[0]) - 1)
    stop = max(last.rfind(". ", near), last.rfind("! ", near), last.rfind("? ", near))
    call = last[stop + 2 :]
    if (
        stop > 0
        and len(call.split()) <= _BUTTON_LABEL_MAX_WORDS
        and _BUTTON_LABEL.fullmatch(call) is not None
        and _ends_sentence(last[: stop + 1])
    ):
        return [*paragraphs[:-1], last[: stop + 1]]
    return paragraphs


def credit_apart(text: str) -> tuple[str, str] | None:
    """``text`` parted before a credit of the story's source that closes it after its last sentence, as the
    text before the credit and the credit ("... said the minister." and "Source: Reuters"); ``None`` where
    it holds none. The credit is the kind that goes as a line of its own ("Source: AFP", "(AFP)", "—
    Reuters", or "Source : Le Monde" where it closes the story; PTI's sign-off, :data:`_DESK_CODES`): on the
    paragraph's line it had made the paragraph no sentence, and a story's last paragraph had gone as a line
    beyond the article."""
    # Every credit the tests below take holds a label's colon, opens on a dash or closes the line on an
    # agency's bracket: these searches in C spare the pattern, which tries each of the last 140 characters,
    # the 94% of XSum's lines that hold none (380,000 instructions an article, 7%: instruction_count.py).
    # `in` on the line's tail (the line itself where it is shorter: a slice of all of it is no copy), not
    # str.find from an offset, whose arguments are parsed at some 200 ns a call, thrice a line.
    tail = text[-_INLINE_CREDIT_MAX_CHARACTERS:]
    if text[-1:] not in (")", "-") and ":" not in tail and "—" not in tail and "–" not in tail:
        # A sign-off closes on a capital: the lines that close on a stop, nearly all, are spared the search.
        if text[-1:].isupper():
            codes = _DESK_CODES.search(text, max(0, len(text) - _DESK_CODES_MAX_CHARACTERS))
            if codes is not None and codes["agency"].casefold() in NEWS_AGENCIES:
                return text[: codes.end("quote")], codes["credit"]
        return None
    # Only a line's last characters are searched: the gap must stand a credit's length from its end. Reckoned
    # past the test above, which spares nearly every line the call of max().
    start = max(0, len(text) - _INLINE_CREDIT_MAX_CHARACTERS)
    for gap in _INLINE_CREDIT_GAP.finditer(text, start):
        credit = gap["credit"]
        if len(credit) <= _AGENCY_CREDIT_MAX_CHARACTERS and (
            _is_bracketed_agency(credit)
            or _SOURCE_CREDIT.fullmatch(credit)
            or _DASH_CREDIT.fullmatch(credit)
            or _is_closing_source(credit)
            or _is_reported_story_s_photo_credit(text[: gap.start()], credit)
        ):
            return text[: gap.end("quote")], credit
    return None


def _is_bracketed_agency(text: str) -> bool:
    """Whether ``text`` is an agency in round brackets ("(AFP)"), alone or with the dash of the wire's dateline
    it was part of ("(AP) —", "(Reuters) -"): a credit, closing a paragraph or on its own line, that had
    stayed in the story's text with its dash."""
    return text[:1] == "(" and text.rstrip(_DATELINE_DASH_CHARACTERS).lower() in _BRACKETED_AGENCIES


def _is_reported_story_s_photo_credit(before: str, credit: str) -> bool:
    """Whether ``credit`` is a photo's credit in brackets ("(Photo: Kent Fire and Rescue Service)", "(Foto:
    dpa)") closing sentences that report someone, in a clause of any length that opens on no relative word
    (:func:`_has_reporting_clause`: "... the fire service said. Nobody was hurt."): a story's paragraph a
    page's photo credit was run onto, which had gone whole as a caption. A caption shows, and says no one
    said anything ("Crowds gather in Trafalgar Square ... (Photo: Jane Smith/Reuters)" still goes), or says
    it in a clause about the photo's place or time ("Firefighters at the scene on Tuesday, where the fire
    service said nobody was hurt. (Photo: PA)" goes whole, where a paragraph of two sentences reporting so
    keeps them). A clause has fewer words than ``before`` has characters, the bound passed."""
    return (
        credit[:1] in "(["
        and _CAPTION_CREDIT.search(credit) is not None
        and (
            _has_reporting_clause(before.split(","), len(before))
            # Two sentences or more are a story's paragraph, whose relative clauses report too ("... to clear
            # the road. The repairs cost £2m, which the council said it would pay."): a caption says in one
            # what the photo shows.
            or (_STOP_INSIDE.search(before.rstrip()) is not None and _reports_someone(before))
        )
    )


def _is_closing_source(text: str) -> bool:
    """Whether a story's last line credits its source: a source's label before an outlet's name
    (:data:`_SOURCE_LABEL_OPENING`), not a body's (:data:`_SOURCE_BODY_WORDS`), or before the agencies
    :func:`is_call_to_action` knows anywhere."""
    if len(text) > _AGENCY_CREDIT_MAX_CHARACTERS or (label := _SOURCE_LABEL_OPENING.match(text)) is None:
        return False
    words = text[label.end() :].rstrip(".").split()
    return (
        0 < len(words) <= _SOURCE_NAME_MAX_WORDS
        and words[0][:1].isupper()
        and all(word[:1].isupper() or word.lower() in _SOURCE_NAME_PARTICLES for word in words)
        and not any(word.lower().strip(",;") in _SOURCE_BODY_WORDS for word in words)
    )


# What a line under a folio's words alone ("From M25") opens on where they head its sentence: a road's or a
# route's range, the place named next ("From M25" / "to Heathrow, the lanes ..."). A jump's continuation runs
# on from the page before in lower case on any word, these too ("and the council said ...", "to the
# council's surprise ..."): the place's capital after the range's word only is the folio's sentence.
_RANGE_WORDS = frozenset(("to", "towards", "through", "via", "and"))
# The site's link to its app (:data:`_BUTTON_LABEL`), which a review of an app may set as its cross-head.
_APP_LINKS = frozenset(("get the app", "get our app"))
# What a review's paragraph under its "Get the app" tells and a news story's on an app does not: where to get
# it. "The app, which TikTok said has 150 million users ..." under the site's link names an app too.
_APP_STORE_WORDS = frozenset(("download", "ios", "android", "iphone", "ipad"))


def heads_the_line_below(text: str, below: str) -> bool:
    """Whether ``text``, a print folio's words alone ("From M25", :data:`_JUMP_LINE`) or a site's link to its
    app ("Get the app"), is the story's own line over ``below``: a cross-head over the paragraph that names its
    subject ("From G7" over "Leaders of the G7 said ..."; an app review's "Get the app" over "The app is free
    to download on iOS ..."), or the head of a sentence broken after it ("From M25" / "to Heathrow, ..."). A
    jump's continuation, in lower case, names no folio, and the story's paragraph under the site's link no app
    and where to get it."""
    words = text.split()
    folio = len(words) == 2 and words[0] in ("From", "FROM")
    if not (folio or text.casefold() in _APP_LINKS):
        return False
    opening = below.split(maxsplit=2)
    if folio and len(opening) > 1 and opening[0] in _RANGE_WORDS and opening[1][:1].isupper():
        return True
    # A cross-head's paragraph opens on a capital: a jump's continuation in lower case that names the road
    # ("the council said buses on the A6 ...") runs on from the page before.
    if not below[:1].isupper():
        return False
    # Each word's letters and digits, the marks round it aside ("(M25),", "G7."): no pattern, no string of
    # marks in this module (every one is audited).
    named = {"".join(filter(str.isalnum, word)) for word in below.casefold().split()}
    if folio:
        return words[-1].casefold() in named
    return "app" in named and not named.isdisjoint(_APP_STORE_WORDS)


def stands_among_figures(lines: list[str], index: int) -> bool:
    """Whether ``lines[index]``, read as a page's count of its readers (:data:`_VIEW_COUNT`: "Hits: 9"), is a
    row of the story's figures: a line beside it gives another figure under its label ("Runs: 5", "Errors:
    1" round a game's "Hits: 9"), which no counter of a page's readers has beside it."""
    text = lines[index]
    return (
        len(text) <= _VIEW_COUNT_MAX_CHARACTERS
        and _VIEW_COUNT.fullmatch(text) is not None
        and any(
            0 <= beside < len(lines)
            and len(lines[beside]) <= _LABELLED_FIGURE_MAX_CHARACTERS
            and _LABELLED_FIGURE.fullmatch(lines[beside]) is not None
            and not is_call_to_action(lines[beside])
            for beside in (index - 1, index + 1)
        )
    )


# A call to look up another body's page or to follow its account for updates, the page's last word on a
# service story (Daily Hive's "Check TransLink's alerts page or follow @TransLink for updates."): "follow @"
# opening the line is a call already, after an imperative and "or" it had stayed. News saying who told riders
# so, or naming someone's handle, reports someone or opens on no imperative.
_FOLLOW_HANDLE_CALL = re.compile(
    r"(?:check|visit|see|call|watch|go to|head to)\b[^.!?@]{1,80}? (?:or|and) follow @\w{1,30}+"
    r"(?: on [^\W\d_]{1,12}+)?+ for (?:updates|the latest|more)\b[^.!?@]{0,60}+[.!]?",
    re.IGNORECASE,
)


# How a plain-text e-mail opens a link's address in brackets after the link's words.
_BRACKETED_ADDRESS = " (http"


def is_call_before_bracketed_address(text: str) -> bool:
    """Whether a line is a plain-text e-mail's call with its link's address in brackets after it, as a
    newsletter's text version writes each link ("View this email in your browser (https://mailchi.mp/...)",
    which had been the title): the call's words alone are asked (:func:`is_call_to_action`)."""
    at = text.rfind(_BRACKETED_ADDRESS)
    return (
        at > 0
        and text[-1:] == ")"
        and " " not in text[at + 2 :]
        # One link alone: the call's words asked again would ask the check again, once for each link.
        and text.find(_BRACKETED_ADDRESS) == at
        and is_call_to_action(text[:at])
    )


def is_call_to_action(text: str) -> bool:
    """Whether a line or sentence is the page talking to its reader, not the article: "Advertisement",
    "Read more: ...", "MORE: ...", a gallery's "2/6", a "Share" button, a press release's "FOR IMMEDIATE RELEASE", "ENDS" and "Media contact: ...",
    a copyright notice, "Photo: Getty Images", "Sign up for our newsletter ...", "Click here to ...", a
    Chinese page's "【责任编辑：...】", a Japanese paywall's "この記事は会員限定です".

    Measured on 150,000 sentences of the CNN/DailyMail, BBC and XSum articles in ``../shared/data``: the
    31 it finds are all such lines left in the articles' text.
    """
    # A toolbar's line, its buttons parted by bars, each of them a call ("Stampa | Invia ad un amico" under an
    # old page's story; "Imprimir | Enviar a un amigo"), where each alone on its line was one.
    # The length first: the search for " | " stops at every space of a paragraph too long to be a toolbar.
    if len(text) <= _TOOLBAR_MAX_CHARACTERS and " | " in text:
        tools = [tool.strip() for tool in text.split(" | ")]
        if all(tools) and all(is_call_to_action(tool) for tool in tools):
            return True
    # Before the test below, which spares a line that opens on no call's words, as a running head and a jump
    # line may.
    # A bar or capitals, and a jump line's length, first, in C: most lines are spared both calls.
    if len(text) <= _RUNNING_HEAD_MAX_CHARACTERS and (
        (("|" in text or text.isupper()) and _is_running_head(text))
        or (len(text) <= _JUMP_LINE_MAX_CHARACTERS and _is_jump_line(text))
    ):
        return True
    # Before the test below, which spares a line of plain prose such as ThePrint's note or a court's. Their
    # openings' letters first: asked of every line and sentence, the searches of each whole paragraph for
    # the notes' words had cost an XSum article 5% of its cleaning.
    initial = text[:1]
    if (
        initial in _FEED_NOTICE_INITIALS
        and _FEED_NOTICE_WORD in text
        and len(text) <= _NOTICE_MAX_CHARACTERS
        and _is_feed_notice(text)
    ):
        return True
    if (
        initial in "Tt"
        and text[:4].lower() == "this"
        and len(text) <= _SYNDICATION_CREDIT_MAX_CHARACTERS
        and _ORIGINAL_PUBLICATION_NOTE.fullmatch(text)
    ):
        return True
    # A republished story's note of its source, or its newsroom's licence terms, over or under the story.
    if is_republishing_note(text):
        return True
    if (
        initial in "Aa"
        and _PRINT_EDITION_NOTE_WORD in text
        and len(text) <= _NOTICE_MAX_CHARACTERS
        and _PRINT_EDITION_NOTE.match(text)
    ):
        return True
    if (
        initial in _COURT_NOTICE_INITIALS
        and text[:4].lower() in _COURT_NOTICE_OPENINGS
        and len(text) <= _COURT_NOTICE_MAX_CHARACTERS
        and any(word in text for word in _COURT_NOTICE_WORDS)
        and _is_court_notice(text)
    ):
        return True
    # A newsletter box's line under its call, saying where the news goes (National World's "Today's Derry
    # Journal headlines direct to your inbox"): no sentence, and no headline's words, which say what lands in
    # the inbox ("Scam texts delivered to your inbox: how to spot them" goes on after it).
    if len(text) <= _INBOX_LINE_MAX_CHARACTERS and text.endswith(_INBOX_ENDS) and _sends_news_to_inbox(text):
        return True
    # Its end first, a test of its last characters, which spares every other line the search for the word.
    if text.endswith(_RESERVATION_ENDS) and _TRADEMARK_WORD in text and _is_trademark_notice(text):
        return True
    if (
        len(text) > _RELEASE_MARK_MAX_CHARACTERS
        and (
            (opening := text[:_CALL_OPENING_CHARACTERS].lower()) not in _CALL_OPENINGS
            or (
                (longer := _CALL_LONGER_OPENINGS.get(opening)) is not None
                and not text[:_CALL_LONGER_OPENING_CHARACTERS].lower().startswith(longer)
            )
        )
        and "/" not in text
        and "@" not in text
        # "?" first: a search for one character runs in memchr, where one for "? " stops at every space (the
        # needle's last character) of a line that holds no question mark at all, most of them.
        and ("?" not in text or "? " not in text)
        # A site's offer is a short line: a longer one is spared the search.
        and (len(text) > _SITE_OFFER_MAX_CHARACTERS or _SITE_OFFER_WORDS not in text)
        and text[:1] not in _SEPARATOR_CHARACTERS
        and not _names_a_photo(text[-_CAPTION_TAIL_CHARACTERS:].lower())
        and (text.isascii() or _reads_as_ascii(text))
        and _CALL_AFTER_STATEMENT.search(text, 0, _CALL_AFTER_STATEMENT_REACH) is None
        and text[-1:] != ")"
    ):
        return False
    # Past the test above, which spares a line of prose (its openings hold "voit "): asked before it, the test
    # had cost a CNN/DailyMail article 4,000 instructions.
    if (
        initial in "Vv"
        and text[: len(_COMMENTS_OPEN_UNTIL_OPENING)].lower() == _COMMENTS_OPEN_UNTIL_OPENING
        and _COMMENTS_OPEN_UNTIL.fullmatch(text)
    ):
        return True
    # Past the test above, which spares a line of prose and no address's slash: asked of every line first, it
    # had cost an XSum article's cleaning 11,000 instructions.
    if text[-1:] == ")" and is_call_before_bracketed_address(text):
        return True
    # Past the test above, which spares every line of prose (its openings hold the label's: asked before it,
    # the test had cost an XSum article some 4,000 instructions).
    # A page's notice standing alone under the story ("Would you like to comment on this article?"), which
    # the summaries leave out with the other notices of the page: out of the text too.
    if (
        text.startswith(_CLOSING_NOTICE_HEADS)
        and len(text.split()) <= _CLOSING_NOTICE_MAX_WORDS
        and is_notice_line(text)
    ):
        return True
    if "like you" in text and is_reporting_appeal(text):
        return True
    if text.startswith(OWN_COVERAGE_OPENINGS) and is_coverage_appeal(text):
        return True
    if "@" in text and _FOLLOW_HANDLE_CALL.fullmatch(text) is not None and not _reports_someone(text):
        return True
    if text[:_KEEP_FREE_CHARACTERS].lower() == _KEEP_FREE_OPENING and _is_kept_free_appeal(text):
        return True
    # A photo's caption under its lightbox's button, the button's word and a slash before it (Ars Technica's
    # "Enlarge / A Verizon store in New York City."): the summary had opened on it.
    if "/" in text and text[:_LIGHTBOX_BUTTON_CHARACTERS].lower().startswith(_LIGHTBOX_BUTTONS):
        return True
    if (
        text[:_DISCLAIMER_LABEL_CHARACTERS].lower() == _DISCLAIMER_LABEL
        and any(word in text for word in _DISCLAIMER_WORDS)
        and len(text) <= _NOTICE_MAX_CHARACTERS
        # A story that quotes a disclaimer says whose it is ("Disclaimer: past results are not necessarily a
        # guide to future ones, the regulator warned ...").
        and not _says_who_made_it(text)
    ):
        return True
    if (
        text[:4].lower() == "this"
        and len(text) <= _SYNDICATION_CREDIT_MAX_CHARACTERS
        and (credit := _SYNDICATION_CREDIT.match(text))
        and credit["paper"][:1].isupper()
        and not _FULL_STOP_INSIDE.search(text, credit.end())
    ):
        return True
    if text[:5].lower() in ("provi", "citat", "this ", "mater") and _is_syndicated_science_credit(text):
        return True
    if text.endswith((">", ">.")) and _is_page_citation(text):
        return True
    if (
        len(text) <= _NOTICE_MAX_CHARACTERS
        and (
            (text[:4].lower() in _TRANSLATION_NOTICE_OPENINGS and _TRANSLATION_NOTICE.match(text))
            or (
                len(text) <= _TRANSLATION_LINE_MAX_CHARACTERS
                and (
                    (text[:1].lower() in _TRANSLATOR_CREDIT_INITIALS and _TRANSLATOR_CREDIT.fullmatch(text))
                    # A longer line than a release's mark reaches it only on a call's opening ("read ", "lire ").
                    or _LANGUAGE_SWITCH_LINE.fullmatch(text)
                )
            )
            or (_APP_CALL_WORD in text and _APP_CALL.search(text))
            or (text[:2].lower() in _LINK_REQUIRED_NOTICE_OPENINGS and _LINK_REQUIRED_NOTICE.match(text))
        )
    ):
        return True
    # Counted to one past the most words any test below reads: a line's every word split into a list had
    # held some 45 bytes a character for a line of "• " (a text of 20 million characters; hostile input, round 23).
    count = len(text.split(None, _LONG_CALL_MAX_WORDS))
    if count <= _LONG_CALL_MAX_WORDS and (
        (text[:1] == "(" and text[-1:] == ")" and _is_bracketed_call(text))
        or (". " in text and _is_statement_before_call(text))
        or (
            text[:_OWN_CHANNELS_OPENING_CHARACTERS].lower() == _OWN_CHANNELS_OPENING
            and _points_to_own_channels(text)
        )
        or (text[-1:] == ":" and _leads_in_to_own_video(text))
    ):
        return True
    if count > _CALL_MAX_WORDS:
        return _is_long_call(text, count)
    # The anchored patterns first: they fail at once on a news sentence, where the search for a sentence
    # ending inside it reads all of it.
    # A notice opens on "©", "(c)" or "Copyright": its first character spares nearly every line the pattern.
    if (
        (text[:1] in _COPYRIGHT_FIRST_CHARACTERS and _is_copyright_notice(text))
        or (
            len(text) <= _GALLERY_COUNTER_MAX_CHARACTERS
            and (counter := _GALLERY_COUNTER.fullmatch(text))
            and int(counter.group(1)) <= int(counter.group(2))
        )
        or (len(text) <= _VIEW_COUNT_MAX_CHARACTERS and ":" in text and _VIEW_COUNT.fullmatch(text))
        or (count == 1 and "@" in text and _EMAIL_LINE.fullmatch(text))
        # The address under a bullet or a dash too, as New Zealand's and Namibia's papers close a story.
        or (count == 2 and "@" in text and _is_marked_address(text))
        or (1 < count <= _REPORTER_LINE_MAX_WORDS and "@" in text and _is_reporter_address(text.split()))
        or (
            text[:1] in _SEPARATOR_CHARACTERS
            and len(text) >= _SEPARATOR_MIN_CHARACTERS
            and (_SEPARATOR.fullmatch(text) or _DASH_CREDIT.fullmatch(text))
        )
    ):
        return True
    head = _head(text)
    pointer = (head is None or head in _POINTER_LABEL_OPENINGS) and _POINTER_LABEL.match(text)
    label = ((pointer and pointer["label"]) or "").lower()
    if label == _BARE_READ and not _reads_as_headline(text[pointer.end() :]):
        pointer, label = None, ""
    # A dash closes only a label that points to another article ("यह भी पढ़ें- ..."): after "More", "Credit"
    # or "Watch" it sets off a clause of a sentence ("More - much more - needs to be done, he said."), and so
    # after a label that points only before its colon (Haitian Creole's "Li tou - menm jan ak frè li - te
    # vote ...", he too, like his brother, voted).
    marked = pointer and pointer["mark"] and (pointer["mark"] != "-" or is_pointer_label(label))
    # A label that only ever points to another article, before its colon: that article's headline follows,
    # however long (French spaces its colons, "Lire aussi : Budget 2027 : ce que prévoit ...", 13 words)
    # and however many sentences it holds ("Czytaj też: Renta wdowia. Kto dostanie pieniądze w grudniu?").
    if marked and label in _POINTER_PHRASES:
        return True
    # Or the label in capitals closed by a stop (Het Laatste Nieuws's "LEES OOK. Ryanair schrapt 20 routes
    # vanuit Charleroi"): in capitals, the label is no sentence's opening.
    if text[:2].isupper() and _is_capitals_pointer(text):
        return True
    opens_call = _opens_call(text, head)
    call = (
        ((head is None or head in _ADVERT_LABEL_OPENINGS) and _ADVERT_LABEL.fullmatch(text))
        or (len(text) <= _RELEASE_MARK_MAX_CHARACTERS and _RELEASE_MARK.fullmatch(text))
        or (
            count <= _BUTTON_LABEL_MAX_WORDS
            and (head is None or head in _BUTTON_LABEL_OPENINGS)
            and _BUTTON_LABEL.fullmatch(text)
        )
        or (
            count <= _LABEL_MAX_WORDS
            and pointer
            and (marked or pointer["label"] is None or _points_to_headline(text, pointer))
        )
        or (marked and _is_dated_pointer(text))
        or (
            count <= _LABEL_MAX_WORDS
            and text[:_SEE_LABEL_CHARACTERS].lower() == _SEE_LABEL
            and _is_see_pointer(text[_SEE_LABEL_CHARACTERS:].lstrip())
        )
        or (len(text) <= _PHOTO_CREDIT_MAX_CHARACTERS and "/" in text and _PHOTO_CREDIT.fullmatch(text))
        or (len(text) <= _STAFF_CREDIT_MAX_CHARACTERS and "/" in text and _STAFF_CREDIT.fullmatch(text))
        or (
            head in _COURTESY_CREDIT_OPENINGS
            and len(text) <= _COURTESY_CREDIT_MAX_CHARACTERS
            and _COURTESY_CREDIT.fullmatch(text)
        )
        or (
            len(text) <= _PHOTOGRAPHER_CREDIT_MAX_CHARACTERS
            and " by " in text
            and (photographer := _PHOTOGRAPHER_CREDIT.fullmatch(text)) is not None
            and looks_like_names(photographer["names"].rstrip("."))
        )
        or (len(text) <= _WIRE_MARK_MAX_CHARACTERS and "/" in text and _WIRE_MARK.fullmatch(text))
        or (
            (head is None or head in _AGENCY_CREDIT_OPENINGS)
            and len(text) <= _AGENCY_CREDIT_MAX_CHARACTERS
            and _AGENCY_CREDIT.fullmatch(text)
        )
        or (
            (head is None or head in _SOURCE_CREDIT_OPENINGS)
            and len(text) <= _AGENCY_CREDIT_MAX_CHARACTERS
            and _SOURCE_CREDIT.fullmatch(text)
        )
        or (head == "fo" and _is_station_call(text))
        or (
            _SITE_OFFER_WORDS in text
            and len(text) <= _SITE_OFFER_MAX_CHARACTERS
            and _SITE_OFFER.fullmatch(text)
        )
        or (text[-1:] == ")" and _is_call_sign_credit(text))
        or _is_bracketed_agency(text)
        or (":" in text and _is_titled_call(text))
        # Not a call a sentence of news quotes and says who made, in its last clause ("Follow the money on
        # Telegram, the investigators told the court."), nor one to stay informed where the reader is ("Stay
        # updated on road closures here as crews clear the debris."): there "here" is a place, no link.
        or (
            opens_call
            and (thing := _WEB_THING.search(text))
            and not ("," in text and _says_who_made_it(text))
            and not (text[:_STAY_CHARACTERS].casefold() == _STAY and thing.group().casefold() == _HERE)
        )
        or (
            count <= _LISTEN_CALL_MAX_WORDS
            and (head is None or head in _LISTEN_CALL_OPENINGS)
            and _LISTEN_CALL.match(text)
        )
        or (
            len(text) <= _CALL_PHRASE_MAX_CHARACTERS
            and not text.isascii()
            and _BEYOND_PUNCTUATION.search(text) is not None
            and (
                _PAYWALL_NOTICE.search(text)
                or (_CALL_PHRASE.search(text) and not _CJK_STOP_INSIDE.search(text))
            )
        )
    )
    # One that goes on after a sentence is more than a call, unless that sentence asks the reader a
    # question or is a call too; a caption's credit follows its sentence.
    return (
        (bool(call) and not _STOP_INSIDE.search(text))
        # Substring tests in C first: most lines open on no call and ask no question.
        or (
            (opens_call or "? " in text or "! " in text)
            and _is_call_of_two_sentences(text, opens_call=opens_call)
        )
        # A newsletter box's title and pitch closed by its button: the bounded search for the button's stop,
        # in C, spares nearly every paragraph the rest (its last sentence is longer than a button).
        or (". " in text[-_CLOSING_BUTTON_MAX_CHARACTERS:] and _is_newsletter_pitch(text))
        # A call for tips is two sentences: the question, and where to send the tip.
        or ("? " in text and ("@" in text or len(text) <= _TIP_CALL_MAX_CHARACTERS) and _is_tip_call(text))
        or (
            count <= _CALL_MAX_WORDS
            and (head is None or head in _PAYWALL_LINE_OPENINGS)
            and _PAYWALL_LINE.match(text) is not None
        )
        # Not a pitch or a footer a story quotes and says who wrote ("You are receiving this because you
        # subscribed, the phishing e-mail said, ...").
        or (
            (head is None or head in _NEWSLETTER_PITCH_OPENINGS)
            and _NEWSLETTER_PITCH.match(text) is not None
            and not ("," in text and _says_who_made_it(text))
        )
        or _is_caption(text)
        or ((text[-1:] == ")" or (text[-1:].isalpha() and ". " in text)) and _is_caption_by_name(text))
    )


def is_pointer_label(label: str) -> bool:
    """Whether ``label`` (no colon after it) is one of the labels that only ever point to another article
    (:data:`_POINTER_PHRASES`): "อ่านข่าวที่เกี่ยวข้อง", "Czytaj także", "Read also"; not Irish's and Haitian
    Creole's, which are prose's words too (:data:`_MARKED_POINTER_PHRASES`)."""
    folded = _fold_label(label)
    return folded in _POINTER_PHRASES and folded not in _MARKED_POINTER_PHRASES


def _fold_label(label: str) -> str:
    """``label`` in lower case as :data:`_POINTER_PHRASES` holds it: Turkish's capital "İ" as "i", which
    ``str.lower`` writes with a combining dot ("İLGİLİ HABER" had matched no label)."""
    return label.replace("İ", "i").lower()


def _is_capitals_pointer(text: str) -> bool:
    """Whether ``text`` opens on a label that only ever points to another article (:data:`_POINTER_PHRASES`),
    written in capitals and closed by a stop, before a headline of a line's length that ends in no stop, as
    :func:`_points_to_headline` asks of a bare label: a slogan in capitals goes on to a sentence ("READ MORE.
    That is what the campaign asks of voters."), and Haitian Creole's "LI TOU." is "he, too"."""
    stop = text.find(". ", 0, _POINTER_LABEL_MAX_CHARACTERS)
    if stop <= 0 or not text[:stop].isupper():
        return False
    label = _fold_label(text[:stop])
    return (
        label in _POINTER_PHRASES
        and label not in _MARKED_POINTER_PHRASES
        and len(text) - stop <= _POINTER_HEADLINE_MAX_CHARACTERS
        and text.rstrip("\"'”’»)")[-1:] not in _SENTENCE_END
    )


def _is_court_notice(text: str) -> bool:
    """Whether ``text`` is a court's note that its summary or release is no part of its decision
    (:data:`_COURT_NOTICE`): its first sentence names the court (:data:`_COURT_NOTICE_SUBJECTS`), and each
    sentence after the disclaimer, if any, says where the judgment is read (:data:`_COURT_NOTICE_POINTERS`)."""
    notice = _COURT_NOTICE.match(text)
    if notice is None:
        return False
    matched, rest = notice.group().lower(), text[notice.end() :].lower()
    if matched.endswith((".", "!")):
        first_sentence = matched.partition(". ")[0]
        if not any(subject in first_sentence for subject in _COURT_NOTICE_SUBJECTS):
            return False
    else:  # the Court of Justice's, matched to the court's name: the rest of its sentence is no pointer
        rest = rest.partition(". ")[2]
    return all(
        any(pointer in sentence for pointer in _COURT_NOTICE_POINTERS)
        for sentence in rest.split(". ")
        if sentence.strip()
    )


def _is_feed_notice(text: str) -> bool:
    """Whether ``text`` is a portal's note that an agency's story ran from its feed (:data:`_FEED_NOTICE`): the
    note's first sentence ends on the feed's name, its agency's or a clause on the editing ("..., and has not
    been edited by our staff"), and a second, if any, disclaims the story ("ThePrint holds no responsibility
    for its content.")."""
    notice = _FEED_NOTICE.match(text)
    if notice is None:
        return False
    first, _, second = text[notice.end() :].partition(". ")
    # After the feed, the note's first sentence closes, names the agency or says how little was edited; a
    # sentence that goes on past the feed with a verb of its own reports something of the story ("This story
    # published from a syndicated feed was later retracted by the agency.").
    tail = first.strip(_FEED_NOTICE_CLOSING)
    words = tail.split()
    closes = (
        not words
        or "not been edited" in tail
        or (words[0] in _FEED_NOTICE_SOURCE_WORDS and all(word[:1].isupper() for word in words[1:]))
    )
    lowered = second.lower()
    disclaims = not second or "no responsib" in lowered or "not responsib" in lowered
    return len(first) <= _FEED_NOTICE_TAIL_CHARACTERS and closes and disclaims


def _is_syndicated_science_credit(text: str) -> bool:
    """Whether a line is the source, citation or copyright notice closing a syndicated science story
    (:data:`_SOURCE_NAME_JOINERS`)."""
    # A string test first: a sentence opening on "This" is asked, never split.
    if text[:5].lower() == "this ":
        # The notice alone or going on as Science X's does: a story quoting a document's stamp goes on with
        # its own sentences ("This document is subject to copyright. That was the warning on the memo ...").
        notice = len(_STORY_COPYRIGHT_NOTICE)
        after = text[notice:].lstrip()[: len(_STORY_COPYRIGHT_NOTICE_GOES_ON)].lower()
        return text[:notice].lower() == _STORY_COPYRIGHT_NOTICE and after in (
            "",
            _STORY_COPYRIGHT_NOTICE_GOES_ON,
        )
    words = text.split()
    if words[0].lower() == "citation:":
        return " retrieved " in text and words[-1].startswith(("https://", "http://"))
    if words[0].lower() == "materials":
        # ScienceDaily's "Materials provided by University of Queensland. Note: Content may be edited for
        # style and length.": the credit, a stop, and that note or nothing.
        credit, _, note = text.partition(". ")
        if note.lower() not in ("", _EDITED_NOTE):
            return False
        text = credit.rstrip(".")
        words = text.split()[1:]
    return (
        len(words) <= _SOURCE_CREDIT_MAX_WORDS
        and len(words) > 2
        and words[1].lower() == "by"
        and words[0].lower() == "provided"
        and not any(mark in text for mark in ",;:!?")
        and all(word[0].isupper() or word in _SOURCE_NAME_JOINERS for word in words[2:])
        and words[-1][0].isupper()
    )


def _is_page_citation(text: str) -> bool:
    """Whether a line is the way to cite the page, in the form a science site closes a story with
    (ScienceDaily's, under "Cite This Page:": 'University of Queensland. "Coral reefs recover ..."
    ScienceDaily. ScienceDaily, 3 December 2026. <www.sciencedaily.com/releases/...>.'): the page's own
    address in angle brackets closing a line that quotes the headline, the date's year and a stop before
    it. Its words had stayed the text's last paragraph, and the site's name among the story's tags; a
    sentence of news that ends on an address goes on in words before it ('... said "we are back" at
    <www.example.org>.'). The date stands in a sentence of its own after the quoted headline, the source's
    name and a comma before it: a sentence quoting someone and closing on its year ('He said the minutes
    "will be published" in 2026. <http://...>.') had gone as one."""
    cited, _, address = text.rstrip(".").rpartition(" ")
    cited = cited.rstrip(".")
    quoted, _, dated = cited.rpartition(". ")
    return (
        len(text) <= _PAGE_CITATION_MAX_CHARACTERS
        and address.startswith(("<www.", "<http"))
        and dated[-4:].isdigit()
        and ", " in dated
        and not any(quote in dated for quote in '"“”')
        and any(quote in quoted for quote in '"“')
    )


#: The most characters of a page's citation: its headline and source, with the address.
_PAGE_CITATION_MAX_CHARACTERS = 600


def _is_copyright_notice(text: str) -> bool:
    """Whether ``text`` opens on a copyright notice (:data:`_COPYRIGHT_NOTICE`); one opening on the reservation
    ("All rights reserved.") says nothing more or what a notice says (:data:`_RESERVATION_NOTICE_WORDS`)."""
    notice = _COPYRIGHT_NOTICE.match(text)
    if notice is None:
        return False
    if notice[0][:1] not in "aA":
        return True
    rest = text[notice.end() :].lower()
    return not rest.strip() or any(word in rest for word in _RESERVATION_NOTICE_WORDS)


def _is_trademark_notice(text: str) -> bool:
    """Whether a line closing on its reservation ("All rights reserved.") is the site's notice of its marks
    and its copyright notice (NHL.com's "NHL.com is the official website of the National Hockey League. NHL,
    the NHL Shield, ... are registered trademarks. © NHL 2026. All Rights Reserved."): a sentence opening on
    the notice (:func:`_is_copyright_notice`) closes the line, the sentences before it name the marks and
    report no one. A notice run onto a story's last sentence names no trademark ("... said. ©2015 the
    hollywood reporter. All rights reserved." is the shared sets' gold's), and news of a trademark says who
    holds it ("The league said the name is a registered trademark. © 2026 is on every jersey.")."""
    if len(text) > _NOTICE_MAX_CHARACTERS:
        return False
    for stop in _STOP_INSIDE.finditer(text):
        before = text[: stop.end()]
        if _TRADEMARK_WORD in before and _is_copyright_notice(text[stop.end() :]):
            return not _reports_someone(before)
    return False


def _reads_as_ascii(text: str) -> bool:
    """Whether a line that is not ASCII is answered as an ASCII one: see :data:`_INERT_CHARACTERS`."""
    return (
        text[:_CALL_OPENING_CHARACTERS].isascii()
        and ":" not in text[-_CAPTION_TAIL_CHARACTERS:]
        and _BEYOND_INERT.search(text) is None
    )


def _is_long_call(text: str, count: int) -> bool:
    """Whether a line of ``count`` words, more than a call's, is a transcript's notice (however long), or,
    of :data:`_LONG_CALL_MAX_WORDS` at most, a copyright notice (a ban on reuse, :data:`_REUSE_BAN`, too), a
    photo's caption closed by its credit (:func:`_is_caption`) or a call of a sentence or two that opens on a call's verb and names a web thing."""
    opening = text[:_CALL_OPENING_CHARACTERS].lower()
    if opening == _TRANSCRIPT_NOTICE_OPENING:
        return len(text) <= _TRANSCRIPT_NOTICE_MAX_CHARACTERS and _TRANSCRIPT_NOTICE.match(text) is not None
    if count > _LONG_CALL_MAX_WORDS:
        return False
    # A caption of two sentences and its credit after the second's stop (the South China Morning Post's
    # "Residential flats in Tseung Kwan O. Home prices have fallen by about 25 per cent from their peak in
    # 2021. Photo: Jelly Tse", 22 words), told by a credit that names the photo ("Photo:", "Foto:", "©"): a
    # bracket of names and slashes closes long paragraphs of other things (a games wiki's "... the Tallon
    # system. [MP / MP3]", its sources).
    if (
        (text[:1] in _COPYRIGHT_FIRST_CHARACTERS and _is_copyright_notice(text))
        or (_REUSE_BAN_WORD in text and _REUSE_BAN.match(text))
        or _is_long_caption(text)
        or _closes_on_licence(text)
        or (text.endswith(").") and _closes_on_credit_before_stop(text))
    ):
        return True
    # A call that links the site's channel on a messaging app, however it opens (Kompas's "Simak breaking news
    # ... WhatsApp Channel : https://www.whatsapp.com/channel/.... Pastikan kamu sudah install aplikasi
    # WhatsApp ya.", three sentences): news names a channel, and rarely links it after a call's verb, but
    # says who did where it quotes such a call ("Join the channel at t.me/..., the posts said. ...").
    if (
        "/" in text
        and any(link in text for link in _CHANNEL_LINKS)
        and _opens_call(text, _head(text))
        and not _reports_someone(text)
    ):
        return True
    if (
        opening not in _LONG_CALL_OPENINGS
        and not text[:_LONG_JOIN_OPENING_CHARACTERS].lower().startswith(_LONG_JOIN_OPENINGS)
        and not (opening == _LONG_FOLLOW_OPENING and "@" in text)
    ) or not _opens_call(text, _head(text)):
        return False
    if _reports_someone(text):
        return False
    # Not "here" alone, which a long sentence of news may end on ("Never miss a chance to vote, ... here.").
    return (
        _STOP_INSIDE.search(text) is None
        and (thing := _WEB_THING.search(text)) is not None
        and thing[0].lower() != "here"
    ) or _is_call_of_two_sentences(text, opens_call=True)


def _is_long_caption(text: str) -> bool:
    """Whether a line past a call's words closes on a credit that names the photo (:data:`_PHOTO_CREDIT_WORDS`):
    substring tests in C spare nearly every line the pattern's search, which had cost such a line some 40
    times the rest of its long call's tests."""
    start = max(0, len(text) - _CAPTION_TAIL_CHARACTERS)
    tail = text[start:].lower()
    # A credit names a photographer or an agency and ends on no sentence's stop after a word: news about a
    # print's copyright line does ("... will carry the line © Estate of Francis Bacon.").
    if not any(word in tail for word in _PHOTO_CREDIT_WORDS) or (
        text[-1:] in ".!?" and text[-3:-1].isalpha()
    ):
        return False
    if (credit := _CAPTION_CREDIT.search(text, start)) is None:
        return False
    opening = credit[0].lower()
    # The credit opens on its label, not on a word that merely starts with one (the pattern's credits of
    # names and a slash after a stop take any words: "... capital. Credit Suisse/UBS merger talks went on").
    # A year after "©" dates the copyright of the text, not a photo's credit: a syndicated story's last
    # paragraph closes on it ("... Lilienstein left the trio in 2000. ©2015 The Hollywood Reporter").
    if opening.startswith("©"):
        return not opening[1:].lstrip()[:1].isdecimal()
    return opening.startswith(_PHOTO_CREDIT_NAMING) or any(
        opening.startswith(label)
        and ((rest := opening[len(label) :]).startswith(" /") or rest.lstrip().startswith((":", "：")))
        for label in _PHOTO_CREDIT_LABELS
    )


def _is_tip_call(text: str) -> bool:
    """Whether a line is a call for news tips (:data:`_TIP_QUESTION`): the question, asking whether the reader
    has one or followed by a verb asking the reader to write, then an e-mail address; or, naming none, the
    question asking whether the reader has one and the call to write to "us" (:data:`_TIP_CALL_TO_US`), no
    one said to have made it."""
    desk = _DESK_QUESTION.match(text)
    question = _TIP_QUESTION.match(text, desk.end() if desk else 0)
    if question is None or not (question["having"] or question["call"]):
        return False
    if "@" in text:
        return _EMAIL_LINE.search(text, question.end()) is not None
    if not (question["having"] and question["call"]) or len(text) > _TIP_CALL_MAX_CHARACTERS:
        return False
    call = _TIP_CALL_TO_US.match(text, question.end())
    return (
        call is not None
        and not ("," in text and _says_who_made_it(text))
        # The call ends the line: a sentence after it, or a speaker after a dash, makes the line a story's
        # ("Got a story? Tell us. That was the paper's slogan in 1998.", "Masz temat? Napisz do nas – apelowała
        # policja.").
        and not any(map(text[call.end() :].__contains__, _TIP_CALL_CONTINUED))
    )


def _is_kept_free_appeal(text: str) -> bool:
    """Whether a line is a paper's appeal for its readers' money, its heading, its text and its button run
    into one line (Westword's "Keep Westword Free... Since we started Westword, it has been defined as the
    free, independent voice of Denver, and we'd like to keep it that way. Support Us"): the heading asks to
    keep the paper free (:data:`_KEEP_FREE`), a button's label closes the line after a stop. News that opens
    so goes on past a button's words ("Keep Denver free of litter, volunteers urged. Support us, they said.")."""
    if _KEEP_FREE.match(text) is None:
        return False
    button = text.rpartition(". ")[2]
    return len(button.split()) <= _BUTTON_WORDS and _BUTTON_LABEL.fullmatch(button) is not None


def _sends_news_to_inbox(text: str) -> bool:
    """Whether a line ending as a newsletter box's (:data:`_INBOX_ENDS`) says the site's news go to the inbox
    (:data:`_INBOX_NEWS`: "Today's Derry Journal headlines direct to your inbox", "The latest news delivered
    straight to your inbox"), not another thing a headline or a cross-head of news tells of."""
    # The words before the end's adverb ("direct", "straight") and its "delivered", where it has both.
    words = text[: text.rfind(_INBOX_TAIL)].split()[:-1]
    if words[-1:] == [_DELIVERED]:
        words.pop()
    return bool(words) and words[-1].lower() in _INBOX_NEWS


def _is_marked_address(text: str) -> bool:
    """Whether a line of two words is the writer's e-mail address after a mark of one character, a bullet or
    a dash, as New Zealand's and Namibia's papers close a story (a bullet before "grant.miller@odt.co.nz", "–
    ndapewa@namibian.com.na"): the contact :data:`_EMAIL_LINE` reads alone."""
    mark, address = text.split()
    return len(mark) == 1 and not mark.isalnum() and _EMAIL_LINE.fullmatch(address) is not None


def _is_station_call(text: str) -> bool:
    """Whether a line is a TV station's call to its site (:data:`_STATION_CALL`), its verb looked for in C."""
    return (
        len(text) <= _STATION_CALL_MAX_CHARACTERS
        and _STATION_CALL.match(text) is not None
        and any(verb in text for verb in _STATION_CALL_VERBS)
    )


def _opens_call(text: str, head: str | None) -> bool:
    """Whether ``text``, whose :func:`_head` is ``head``, opens on a call's verb (:data:`_CALL_VERB`), and no
    attribution after it reports the call as somebody's words (:data:`_REPORTED_CALL`)."""
    return (
        (head is None or head in _CALL_VERB_OPENINGS)
        and _CALL_VERB.match(text) is not None
        and not any(attribution in text for attribution in _REPORTED_CALL)
    )


# The most characters of a newsletter box's button closing its pitch ("Jetzt kostenlos abonnieren.").
_CLOSING_BUTTON_MAX_CHARACTERS = 40
# The words of a newsletter box's title, which names what it sends ("Handelsblatt Morning Briefing", "The
# Daily Digest", "Le Monde Infolettre").
_NEWSLETTER_TITLE_WORDS = frozenset(
    "newsletter briefing digest bulletin infolettre nieuwsbrief nyhetsbrev uutiskirje boletín".split()
)


def _is_newsletter_pitch(text: str) -> bool:
    """Whether a line is a newsletter box: its title and pitch, then its button as the line's last sentence
    (:data:`_BUTTON_LABEL`), the title naming the newsletter (:data:`_NEWSLETTER_TITLE_WORDS`): "Handelsblatt
    Morning Briefing – Der schnelle Überblick über die wichtigsten Wirtschaftsnachrichten. Jetzt kostenlos
    abonnieren.", which had stayed as the story's last paragraph. A sentence of news before a button names
    no newsletter ("The mayor resigned. Subscribe now." keeps its news), and one that names a briefing goes
    on past its stop with more than a button ("She read the briefing. Then she resigned.")."""
    stop = text.rfind(". ", max(0, len(text) - _CLOSING_BUTTON_MAX_CHARACTERS))
    return stop > 0 and _BUTTON_LABEL.fullmatch(text, stop + 2) is not None and _names_newsletter(text[:stop])


# What closes a newsletter box's title before its pitch ("Handelsblatt Morning Briefing – ...", "Riverton
# Daily Digest: ..."), and the most words of that title.
_NEWSLETTER_TITLE_ENDS = (" – ", " — ", " - ", ": ")
_NEWSLETTER_TITLE_MAX_WORDS = 5


def _names_newsletter(pitch: str) -> bool:
    """Whether a newsletter box's pitch opens on its title, a few words naming the newsletter
    (:data:`_NEWSLETTER_TITLE_WORDS`) closed by a dash or a colon: a sentence of news naming one names it
    in its course ("The Guardian's newsletter, which she edits, won an award.")."""
    for end in _NEWSLETTER_TITLE_ENDS:
        at = pitch.find(end, 0, _CLOSING_BUTTON_MAX_CHARACTERS)
        if at > 0:
            words = pitch[:at].casefold().split()
            if len(words) <= _NEWSLETTER_TITLE_MAX_WORDS and not _NEWSLETTER_TITLE_WORDS.isdisjoint(words):
                return True
    return False


def _is_call_of_two_sentences(text: str, *, opens_call: bool) -> bool:
    """Whether a line of two sentences is a call to follow the site (:data:`_CALL_VERB`, :data:`_WEB_THING`)
    after a question to the reader or a call of its own: "Sie möchten keine Nachrichten aus Freiburg
    verpassen? Abonnieren Sie jetzt unseren kostenlosen Newsletter!", "Want more? Sign up for our
    newsletter.", "Simak berita ... dari ponselmu. Gabung di saluran WhatsApp Kompas.com."; or a call of one
    clause to follow the site before a short exclamation ("Subscribe to our Telegram channel. Be the first to
    read the latest news!"). A sentence of news before a call ("The mayor resigned. Follow us on Twitter ...")
    keeps the line the article's.
    ``opens_call``: whether the line opens on a call's verb."""
    stop = _STOP_INSIDE.search(text)
    if stop is None:
        return False
    first, second = text[: stop.end()].rstrip(), text[stop.end() :]
    question = first.rstrip("\"'”’»)").endswith("?")
    # The site's short exclaimed answer to its own question before the call (Het Laatste Nieuws's "Gratis
    # onbeperkt de verhalen van HLN lezen? Dat kan! Log in of maak een account aan ...", it can!): the call
    # is the sentence after it.
    if question and (reply := _STOP_INSIDE.search(second)) is not None:
        answer = second[: reply.end()].rstrip()
        if answer.endswith("!") and len(answer.split()) <= _ANSWER_MAX_WORDS:
            second = second[reply.end() :]
    return (
        _STOP_INSIDE.search(second) is None
        and (
            opens_call
            or question
            # Or a button's exclaimed words before another's ("Támogasd a Telexet! Legyél te is a Telex
            # támogatója!"): a line of buttons.
            or (
                first.endswith("!")
                and len(first.split()) <= _BUTTON_LABEL_MAX_WORDS
                and _BUTTON_LABEL.fullmatch(first) is not None
            )
        )
        and (
            (_opens_call(second, _head(second)) and _WEB_THING.search(text) is not None)
            # Or a button after the question ("Teilen Sie die Meinung des Autors? Diskutieren Sie mit!").
            or (
                len(second.split()) <= _BUTTON_LABEL_MAX_WORDS and _BUTTON_LABEL.fullmatch(second) is not None
            )
            # Or a call after the site's question about its own work (:data:`_OUR_WORK_QUESTION`), naming the
            # site by its name and no web thing ("Vous aimez nos articles? Abonnez-vous à l'Acadie Nouvelle
            # pour ne rien manquer."), unless a clause after it says who made the call.
            or (
                question
                and _OUR_WORK_QUESTION.search(first) is not None
                and _opens_call(second, _head(second))
                and not ("," in second and _says_who_made_it(second))
            )
            # Or a cheer after a call to follow a channel ("Telegram kanalimizga obuna bo'ling. Eng so'nggi
            # yangiliklarni birinchi bo'lib o'qing!", be the first to read the latest news!): short, and
            # exclaimed, after a call of one clause ("Follow the police on Twitter, said the mayor. It was a
            # disaster!" reports one).
            or (
                opens_call
                and "," not in first
                and second.rstrip("\"'”’»)").endswith("!")
                and len(second.split()) <= _CALL_CHEER_MAX_WORDS
                and _WEB_THING.search(first) is not None
            )
        )
    )


def _is_caption_by_name(text: str) -> bool:
    """Whether a line is a photo's caption credited by the photographer's names alone in brackets, with no
    stop before them, as the Evening Standard writes it ("The Elizabeth line carried its one billionth
    passenger last year (Jeremy Selwyn)"), or after the caption's only stop, as Ara and El País write it ("Un
    bloc de pisos en construcció a l'Hospitalet de Llobregat. Francesc Melcion"): a sentence's words, most in
    lower case (a book's or a film's title in a list is in title case, "The Years of Lyndon Johnson (Robert
    Caro)"), before a name of two or three words, not after an office's name (:data:`_OFFICE_WORDS`). A
    sentence of news ends on its stop, after the bracket or inside it, and a stop after an abbreviation ("Dr.
    Jane Doe", "Gov. Greg Abbott") is none."""
    if text[-1:] == ")":
        opening = text.rfind(" (")
        names = text[opening + 2 : -1]
    else:
        stop = _STOP_INSIDE.search(text)
        if (
            stop is None
            or _STOP_INSIDE.search(text, stop.end())
            or _ABBREVIATION.fullmatch(text[: stop.start() + 3].rsplit(" ", 1)[-1])
        ):
            return False
        opening = stop.start() + 2
        names = text[stop.end() :]
        # A clause's comma after the stop opens a sentence cut off ("... amb un acord. Després, Joan Martí").
        if "," in names:
            return False
    words = text[:opening].split()
    # Or the names in capitals after the stop, as El Mundo sets its photographer's ("Yolanda Díaz, en el
    # Congreso. JAVIER BARBANCHO"): under a caption as short as a name and a place, with a word in lower case.
    # A party's or a union's initials are no such names ("... con los sindicatos. CCOO Y UGT"): each of the
    # names' words has three letters or more, one of them five.
    capitals = text[-1:] != ")" and _is_name_in_capitals(names)
    return (
        opening > 0
        and text[opening - 1].isalpha()
        and 2 <= len(names.split()) <= _CAPTION_NAME_MAX_WORDS
        and len(words) >= (_CAPTION_BY_CAPITALS_MIN_WORDS if capitals else _CAPTION_BY_NAME_MIN_WORDS)
        and words[-1].lower() not in _OFFICE_WORDS
        and (
            any(word.islower() for word in words)
            if capitals
            else sum(word.islower() for word in words) * 2 > len(words)
        )
        and looks_like_names(names)
    )


def _closes_on_credit_before_stop(text: str) -> bool:
    """Whether a line is a caption of one sentence closing on its photographer's names and the paper's or
    agency's after a slash, in brackets before its stop, as States Newsroom writes them ("State Sen. Tracy
    McCreery ... speaks during a hearing in the Missouri Senate in 2025 (Tim Bommel/Missouri House
    Communications)."): a person's names of two or three words before the slash, capitalised words after it,
    no stop before the bracket and no one reported. The summary had opened on it over the lede. A sentence's
    bracket names no person before its slash ("(Reuters/Ipsos)", "(Plan A/Plan B)"), or the sentence goes
    on past another stop, says who said it, or tells of a poll (:data:`_POLL_WORDS`)."""
    opening = text.rfind(" (")
    names, slash, outlet = text[opening + 2 : -2].partition("/")
    outlet_words = outlet.split()
    return (
        opening > 0
        and bool(slash)
        and 2 <= len(names.split()) <= _CAPTION_NAME_MAX_WORDS
        and len(names.split()[-1]) > 1  # a surname, not a plan's or a grade's letter ("Plan A")
        and 0 < len(outlet_words) <= _CAPTION_NAME_MAX_WORDS + 1
        and all(word[:1].isupper() for word in outlet_words)
        and "/" not in outlet
        and looks_like_names(names)
        and not any(
            not _ABBREVIATION.fullmatch(text[: stop.start() + 3].rsplit(" ", 1)[-1])
            for stop in _STOP_INSIDE.finditer(text, 0, opening)
        )
        and not _has_reporting_clause(text[:opening].split(","), opening)
        and not any(map(text[:opening].lower().__contains__, _POLL_WORDS))
    )


def _is_name_in_capitals(names: str) -> bool:
    """Whether ``names`` are a person's, written in capitals: see :func:`_is_caption_by_name`."""
    words = names.split()
    return (
        names.isupper()
        and all(len(word) >= _CAPITALS_NAME_MIN_LETTERS and word.isalpha() for word in words)
        and any(len(word) >= _CAPITALS_NAME_LONG_LETTERS for word in words)
    )


def _is_dated_pointer(text: str) -> bool:
    """Whether a labelled line ("WATCH: ...") closes on a dash and a date alone, as a video's or a gallery's
    link gives its headline's date (Global News's "WATCH: Calgary mayor asks residents to reduce water use
    after main break – Dec 3, 2026"): a link however long its headline, past a label's words. A sentence
    after a label runs on past a date ("Watch: the vote on Dec 3, 2026 decides it")."""
    headline, dash, date = text.rpartition(" – ")
    if not dash:
        headline, dash, date = text.rpartition(" - ")
    return (
        bool(dash)
        and len(date.split()) <= _DATED_POINTER_DATE_WORDS
        and _DATE_LINE.search(date) is not None
        and _STOP_INSIDE.search(headline) is None
    )


def _reports_someone(text: str) -> bool:
    """Whether a line says who made the call it holds, or what it was: see :data:`_REPORTING_WORDS`."""
    previous = ""
    for word in text.split():
        bare = word.rstrip(".;:!?\"'”’").lower()
        if (
            (
                bare in _REPORTING_WORDS
                or bare.rstrip(",") in _REPORTING_WORDS
                or (previous in _FRENCH_SAID_AUXILIARIES and bare.rstrip(",") == _FRENCH_SAID)
            )
            and previous not in ("to", "your")
            and not (bare == _SAID_OR_THESE and _is_scandinavian_these(word, text))
        ):
            return True
        previous = bare
    return False


def _is_scandinavian_these(word: str, text: str) -> bool:
    """Whether "disse" in ``text`` is Danish's or Norwegian's "these" ("Disse husene ble ødelagt i flommen.
    (Foto: NTB)", a caption), not Portuguese's "said": it opens the sentence, as Portuguese's "disse" after
    its speaker does not, or the line holds a letter of those languages no Portuguese word has."""
    return word[0] == "D" or not _SCANDINAVIAN_LETTERS.isdisjoint(text)


def _says_who_made_it(text: str) -> bool:
    """Whether a clause of a line after its first comma says who made the call or the notice the line quotes,
    closing it or in the middle ("Follow the money on Telegram, the investigators told the court.", "Follow
    us on Facebook, the minister said on Tuesday, and the ministry would answer questions there."): a short
    clause holding a reporting word (:func:`_reports_someone`), not a relative clause that goes on about the
    call's thing ("Sign up to our newsletter, which was launched last year.")."""
    return _has_reporting_clause(text.split(",")[1:], _REPORT_CLAUSE_MAX_WORDS)


def _has_reporting_clause(clauses: list[str], max_words: int) -> bool:
    """Whether one of ``clauses`` (a line parted by commas), of ``max_words`` words at most, reports someone
    (:func:`_reports_someone`) and opens on no relative word: "..., the fire service said", not "..., where
    the fire service said ..." (a caption's place) nor "..., which was launched last year" (a call's thing)."""
    for clause in clauses:
        words = clause.split()
        if (
            0 < len(words) <= max_words
            and words[0].lower() not in _RELATIVE_WORDS
            and _reports_someone(clause)
        ):
            return True
    return False


def _is_statement_before_call(text: str) -> bool:
    """Whether a line is a site's short statement naming a web thing, then its call naming one: see
    :data:`_STATEMENT_MAX_WORDS`. A sentence of news before a call ("The mayor resigned. Follow us on
    Twitter ...") keeps the line the article's, as does a call that names no web thing ("The union is on
    WhatsApp. Join the strike, its message read.") or one the line says someone made ("WhatsApp is down.
    Join Telegram, users say.")."""
    stop = _STOP_INSIDE.search(text, 0, _STATEMENT_MAX_CHARACTERS)
    if stop is None:
        return False
    first, second = text[: stop.end()], text[stop.end() :]
    button = len(second.split()) <= _BUTTON_LABEL_MAX_WORDS and _BUTTON_LABEL.fullmatch(second) is not None
    # A sale's button naming the site it sells on closes the sale's pitch, whatever the statement before it
    # names (Leinster Rugby's "Limited tickets remain for Saturday's game. Buy now at leinsterrugby.ie/tickets.",
    # which had reached a summary): news that quotes a sale says who made it.
    if button and "." in second.rstrip(".!") and not _reports_someone(first):
        return len(first.split()) <= _STATEMENT_MAX_WORDS
    return (
        len(first.split()) <= _STATEMENT_MAX_WORDS
        and (thing := _WEB_THING.search(first)) is not None
        and thing[0].lower() != "here"
        and _STOP_INSIDE.search(second) is None
        and (
            (
                _opens_call(second, _head(second))
                and _WEB_THING.search(second) is not None
                and not _reports_someone(second)
            )
            # Or the call's button alone ("Daugiau naujienų – LRT programėlėje. Atsisiųskite čia.", more news
            # in the LRT app; download here).
            or button
        )
    )


def _points_to_own_channels(text: str) -> bool:
    """Whether a line is the site's pointer to its own channels, one sentence that tells the reader where
    to find more of it: see :data:`_OWN_CHANNELS_OPENING`."""
    verb = text[_OWN_CHANNELS_OPENING_CHARACTERS:].split(maxsplit=1)[:1]
    return (
        bool(verb)
        and verb[0].lower() in _OWN_CHANNELS_VERBS
        and _STOP_INSIDE.search(text) is None
        and _OUR in text.lower()
        and _WEB_THING.search(text) is not None
        and not _reports_someone(text)
    )


def _leads_in_to_own_video(text: str) -> bool:
    """Whether a line closing on its colon is the lead-in to the site's own video or playlist set under it:
    see :data:`_OWN_VIDEO`."""
    return (
        text.split(maxsplit=1)[0].lower() in _LEAD_IN_VERBS
        and _STOP_INSIDE.search(text) is None
        and _OWN_VIDEO.search(text) is not None
        and not _reports_someone(text)
    )


def _is_titled_call(text: str) -> bool:
    """Whether a line is a newsletter box's title and button on one line, parted by a colon: see
    :data:`_TITLED_CALL_MAX_WORDS`. Not news that opens on a newsletter's name ("Newsletter-Streit: Die
    Redaktion will sich nicht äußern.")."""
    title, _, button = text.partition(":")
    button = button.strip()
    return (
        len(title.split()) <= _TITLED_CALL_MAX_WORDS
        and _WEB_THING.search(title) is not None
        and len(button.split()) <= _BUTTON_LABEL_MAX_WORDS
        and _BUTTON_LABEL.fullmatch(button) is not None
    )


def _is_bracketed_call(text: str) -> bool:
    """Whether a line wholly in brackets is calls alone, each of its sentences one: see
    :data:`_BRACKETED_SENTENCE_END`."""
    return all(is_call_to_action(sentence) for sentence in _BRACKETED_SENTENCE_END.split(text[1:-1].strip()))


def _is_jump_line(text: str) -> bool:
    """Whether a line is a print page's jump line (:data:`_JUMP_LINE`). Its length and its last characters, a
    figure or the front page's word, spare nearly every line the pattern."""
    end = text.rstrip(".)")
    return (
        len(text) <= _JUMP_LINE_MAX_CHARACTERS
        and (end[-1:].isdigit() or end.lower().endswith(_JUMP_LINE_ENDS))
        and _JUMP_LINE.fullmatch(text) is not None
    )


def _is_running_head(text: str) -> bool:
    """Whether a line is a print page's running head (:data:`_FOLIO`): its folio first or last, and a date.
    The bar and the capitals first, tests in C that spare nearly every line the patterns."""
    if "|" in text:
        parts = [part.strip() for part in text.split("|")]
        return (
            _FOLIO.fullmatch(parts[0]) is not None or _FOLIO.fullmatch(parts[-1]) is not None
        ) and _DATE_LINE.search(text) is not None
    if text.isupper():
        # The date beside the folio, a day's name between them at most: a headline in capitals may open or
        # close on a letter's figure and hold a date apart from it ("G20 LEADERS MEET ON MARCH 3, 2026",
        # "U2 ANNOUNCE TOUR DATES FOR MARCH 3, 2026"), and had been taken for a running head, not the title.
        words = text.split()
        if _is_lettered_folio(words[-1]):
            before = text.rstrip()[: -len(words[-1])].rstrip(" ,")
            return any(date.end() == len(before) for date in _DATE_LINE.finditer(before))
        if _is_lettered_folio(words[0]):
            after = text.lstrip()[len(words[0]) :]
            date = _DATE_LINE.search(after)
            return date is not None and len(after[: date.start()].split()) <= 1
    return False


def _is_lettered_folio(word: str) -> bool:
    """Whether a word of a running head in capitals is its folio (:data:`_FOLIO`) with a letter or the page's
    word in it ("B-3", "A12", "P.5"): a headline in capitals may open on a bare figure ("3 KILLED IN CRASH ...")."""
    folio = _FOLIO.fullmatch(word)
    return folio is not None and folio["bare"] != ""


def _is_see_pointer(after: str) -> bool:
    """Whether what follows a line's "See:" (:data:`_SEE_LABEL`) is a headline: capitalised, no full stop
    after it, and no reference of the story's own (:data:`_SEE_REFERENCE_OPENINGS`, :data:`_SEE_CASE_MARKS`)."""
    return (
        after[:1].isupper()
        and after[-1:] != "."
        and after.split(maxsplit=1)[0] not in _SEE_REFERENCE_OPENINGS
        and not any(map(after.__contains__, _SEE_CASE_MARKS))
    )


def _reads_as_headline(rest: str) -> bool:
    """Whether the words after a bare "Read:" are the headline it points to (the Jamaica Observer's "READ:
    Hurricane Melissa recovery: $10b set aside for roads"), opening on no small letter and closing on no stop:
    a transcript's or a document's "READ: the statement says the minister will resign." is the story's."""
    rest = rest.lstrip()
    return rest[:1] != "" and not rest[0].islower() and rest.rstrip("\"'”’»)")[-1:] not in _SENTENCE_END


def _points_to_headline(text: str, pointer: re.Match[str]) -> bool:
    """Whether a label matched without a colon stands before a headline ("Читайте также Мост через Неву
    закроют на ремонт"), not opens a sentence: see :data:`_POINTER_HEADLINE_MAX_CHARACTERS`."""
    label = pointer["label"]
    return (
        label.lower() in _POINTER_PHRASES
        and label.lower() not in _MARKED_POINTER_PHRASES
        and not text[pointer.end()].islower()
        # A headline in title case may open on a label's words ("Read More Books This Summer, Library
        # Chief Urges", "Read More Than 20 Books"); a title-case label spaced from a headline in sentence case
        # is one.
        and not (
            label.istitle()
            and pointer.end() > pointer.end("label")
            and (words := text[pointer.end() :].split(maxsplit=2))[1:2]
            and not words[1][0].islower()
        )
        and len(text) - pointer.end() <= _POINTER_HEADLINE_MAX_CHARACTERS
        and text.rstrip("\"'”’»)")[-1:] not in _SENTENCE_END
    )


def _names_a_photo(lowered: str) -> bool:
    # Asked of every summary sentence and of every line a call may be: the rarer credits behind one test
    # each ("credit" and "image" close many a news sentence, "a tax credit", without the colon).
    # The slash is looked for once, before the needles that hold it or end on a space: a search for one
    # character runs in memchr, one for ". " or " /" stops at every space of the tail (most tails hold no
    # slash: some 200 ns of its 600 on an XSum line).
    slash = "/" in lowered
    last = lowered[-1:]
    return (
        "photo" in lowered
        # "foto" and Polish "fot." behind their common "fot", which nearly no tail holds: one search where
        # there were two.
        or ("fot" in lowered and ("foto" in lowered or "fot." in lowered))
        or "bild" in lowered
        or "larawan" in lowered
        or lowered.endswith(_PHOTO_CREDIT_ENDS)
        # A photographer or an agency after the caption's stop and a slash: "... des tirs. LP/Olivier Arandel".
        or (slash and ". " in lowered)
        # Or those two in brackets before the caption's stop: "... in 2025 (Tim Bommel/Missouri House
        # Communications).".
        or (slash and lowered.endswith(")."))
        # The pattern's other photo words, before a colon or a slash as it takes them: with white space
        # before the colon too ("Credit : John Smith" had been passed over where "Credit: John Smith" was not).
        or ((":" in lowered or (slash and " /" in lowered)) and _PHOTO_WORD_LABEL.search(lowered) is not None)
        # Both credits the tail's last character tells, behind one look-up of it where a sentence of news
        # closes on its stop (a second test of the character, with a second slice, had cost an XSum article
        # 0.7% of its cleaning).
        or (
            last in _CREDIT_LAST_CHARACTERS
            and (
                # A photographer and the paper in brackets: "(Richard Tsong-Taatarii/The Minnesota Star
                # Tribune)".
                (
                    last in ")]"
                    and (
                        slash
                        or "|" in lowered
                        # Or a comma in the last brackets, after a photographer's middle initial:
                        # "(Jeffrey D. Allred, Deseret News)".
                        or ", " in lowered[max(lowered.rfind("("), lowered.rfind("[")) :]
                        or lowered.endswith(_BRACKETED_AGENCY_ENDS)
                        # A station's call sign after the caption's stop (:func:`_is_call_sign_credit`).
                        or lowered[-_CALL_SIGN_LINE_END:-_CALL_SIGN_CREDIT_CHARACTERS] in _CALL_SIGN_STOPS
                    )
                )
                # "Picture by" before the names (:data:`_CAPTION_CREDIT`), whose letter closes the line.
                or (
                    " by " in lowered
                    and ("picture by " in lowered or "pic by " in lowered or "image by " in lowered)
                )
            )
        )
    )


def _is_call_sign_credit(credit: str) -> bool:
    """Whether ``credit`` is a US station's call sign in brackets ("(KTLA)"), its site's credit for its own
    photo after a caption's stop ("Smoke from the Sand Fire rises over Canyon Country on Dec. 3, 2026.
    (KTLA)"). A station's story credits it in its dateline ("LOS ANGELES (KTLA) —"), and a wire's credit
    closing a paragraph names the wire ("(AP)"). Four capitals, the first K or W: a body's initials are
    three letters or open on neither ("(WHO)", "(NATO)"); a league's, a firm's or a war's are of the shape
    ("(WNBA)", "(KPMG)", "(WWII)"), and :func:`_is_caption` asks the caption's year before the stop too."""
    sign = credit[1:-1]
    return (
        len(credit) == _CALL_SIGN_CREDIT_CHARACTERS
        and credit[0] == "("
        and credit[-1] == ")"
        and sign[0] in ("K", "W")
        and sign.isascii()
        and sign.isalpha()
        and sign.isupper()
    )


def _closes_on_licence(text: str) -> bool:
    """Whether a line closes on a photo's Creative Commons licence after its credit (Science News's "...
    with a sugary reward. Ingrid Taylar/Flickr (CC BY 2.0)"): a caption's, which no sentence of news ends on."""
    return (
        text[-1:] == ")"
        and _LICENCE_TAG.search(text, max(0, len(text) - _LICENCE_TAG_CHARACTERS)) is not None
    )


def _is_caption(text: str) -> bool:
    """Whether a line is a photo's caption, told by the credit that closes it ("... (Photo : AFP)",
    "... Foto: dpa", "（新华社记者 张三 摄）", "...＝3日午前（共同）", "... Ingrid Taylar/Flickr (CC BY 2.0)"):
    asked of lines of a call's length."""
    if _closes_on_licence(text):
        return True
    start = max(0, len(text) - _CAPTION_TAIL_CHARACTERS)
    # Every credit or agency ASCII text can hold names the photo: most lines and pool sentences, which
    # are all asked, are passed by substring tests in C (a case-blind pattern for the words took 1.6 µs a
    # sentence, the patterns themselves more).
    if text.isascii() and not _names_a_photo(text[start:].lower()):
        return False
    # An agency alone in brackets after the caption's last word, no stop before it ("... Hammersmith (PA
    # Wire)"): a look-up, not one more of the pattern's alternatives, tried at each of the tail's characters.
    # Or a station's call sign after the caption's stop (:func:`_is_call_sign_credit`): both behind the
    # bracket that closes them, since lines of other scripts reach here past no test of their tail.
    if text[-1:] == ")" and (
        (
            (opening := text.rfind(" (", start)) > 0
            and text[opening - 1].isalpha()
            and text[opening + 1 :].lower() in _BRACKETED_AGENCIES
        )
        or (
            text[-_CALL_SIGN_LINE_END:-_CALL_SIGN_CREDIT_CHARACTERS] in _CALL_SIGN_STOPS
            and _is_call_sign_credit(text[-_CALL_SIGN_CREDIT_CHARACTERS:])
            and (year := text[-_CALL_SIGN_YEAR_START:-_CALL_SIGN_LINE_END]).isdigit()
            and year[:2] in CALENDAR_CENTURIES
            # A caption says what the photo shows, not who said what: "The fire destroyed 40 homes,
            # officials said, and crews worked through the night of Dec. 3, 2026. (KTLA)" is the story's.
            and not _has_reporting_clause(text.split(","), len(text))
        )
    ):
        return True
    if text.endswith(").") and _closes_on_credit_before_stop(text):
        return True
    # An ASCII tail, which a line of other characters has too where they stand before it ("Defence attaché
    # ... Arctic Convoys."), matches neither pattern below without a separator or a word of the credit's
    # (:data:`_ASCII_CREDIT_MARKS`, :data:`_ASCII_CREDIT_WORDS`) or a closing bracket at its end: tests in C
    # spare it the caption's pattern, tried at each of its characters (some 150,000 instructions, a tenth of
    # an article's summary, for each pool sentence that reaches it). The agencies' pattern is not ASCII.
    tail = text[start:]
    if tail.isascii():
        if (
            tail[-1:] not in _ASCII_CREDIT_LAST_CHARACTERS
            and not any(mark in tail for mark in _ASCII_CREDIT_MARKS)
            and not any(word in tail.lower() for word in _ASCII_CREDIT_WORDS)
        ):
            return False
    elif (
        tail[-1:] not in _CREDIT_CLOSING_CHARACTERS
        and _CREDIT_MARK.search(tail) is None
        and _CREDIT_WORD.search(tail) is None
    ):
        return False
    if credit := _CAPTION_CREDIT.search(text, start):
        # Names after the slash, and before it where the credit holds any: "... rose. Dollar/yen trading
        # was thin" and "... the U.S. and/or Canada" are no credits; nor is a slash after an abbreviation's
        # stop, in a headline ("Storms hit St. Louis/Kansas City region", "... the U.S. Army/Navy game").
        return credit["credit"] is None or not (
            credit["credit"][0].islower()
            or credit["name"].islower()
            or _ABBREVIATION.fullmatch(
                text[max(0, credit.start() - _ABBREVIATION_REACH) : credit.start()].split()[-1]
            )
        )
    agency = _CAPTION_AGENCY.search(text, start)
    return agency is not None and not _CAPTION_STOPS.search(text, 0, agency.start())
