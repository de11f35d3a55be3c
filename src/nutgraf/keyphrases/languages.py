"""The word lists of the languages written with spaces and capitals: the words that mark a verb after
them (French, Spanish, Italian, Portuguese, Catalan) or a noun, the endings of a verb (Spanish, Russian, Polish),
elided articles, the languages that capitalise every noun, the words that link and the particles that join
a name, titles, pronouns always capitalised, the words of the calendar, and the endings Nepali, Bengali and
Amharic write onto a noun. Scripts and languages that need rules of their own have modules of their
own: cjk, thai, korean, arabic_hebrew, greek, turkish."""

from __future__ import annotations

from nutgraf.language import NEWS_AGENCIES

# What links two names into one where a text repeats them so ("Bank of England", "Secretary of State",
# "Banco de España"): a phrase linked once ("Messi of Barcelona") is two names.
_NAME_LINKS = {
    "en": (" of ", " of the ", " for "),
    "fr": (" de ", " du ", " des "),
    "es": (" de ", " del "),
    "it": (" di ", " del ", " della "),
    "pt": (" de ", " do ", " da "),
}
# Articles and prepositions French, Italian and Catalan elide before a vowel ("l'État", "dell'Unione", "l'àrea").
_ELIDED = {
    "fr": frozenset("l d j m n s t c qu lorsqu puisqu jusqu quoiqu".split()),
    "ca": frozenset("l d s n m".split()),
    "it": frozenset("l d un dell dall nell sull all coll quell quest c".split()),
}
# Words a verb follows, in languages whose verbs keyphrases took for nouns, each with the endings the word
# after it must have to be read as a verb. Subject pronouns, the reflexive pronoun, the negation and the
# modals take any ("ils dénoncent", "se rassemblent", "ne cède"); the auxiliaries of the perfect also mean
# "has" ("tem inflação", "a faim") and take a participle; prepositions and "faire" also take a noun
# ("sans abri", "faire grève") and take an infinitive. The copula takes a participle only, as the perfect
# of "se" and the passive do ("s'est déclaré", "si è staccato", "ser identificado"): "est président" is a
# noun after it, and so is "est député" where the text also writes "le député".
_PARTICIPLES = {
    "fr": "é ée és ées i ie is ies u ue us ues it ite its ites ert erte erts ertes int inte ints intes",
    "es": """ado ada ados adas ido ida idos idas hecho dicho visto puesto abierto escrito muerto vuelto roto
    cubierto resuelto""",
    "it": "ato ata ati ate ito ita iti ite uto uta uti ute so sa si se sto sta sti ste tto tta tti tte",
    "pt": """ado ada ados adas ido ida idos idas feito dito visto posto aberto escrito coberto ganho gasto pago
    aceito eleito entregue morto preso""",
    "ca": "at ada ats ades it ida its ides ut uda uts udes fet dit vist posat obert escrit mort",
}
_INFINITIVES = {"fr": "er ir re", "es": "ar er ir", "ca": "ar er re ir"}
_VERB_MARKERS: dict[str, dict[str, tuple[str, ...]]] = {
    language: {
        # "Ils", opening a sentence, too.
        form: endings
        for marker_list, endings in groups
        for marker in marker_list.split()
        for form in (marker, marker.title())
    }
    for language, groups in {
        "fr": (
            ("il elle ils elles on ne se qui été peut doit va vont", ("",)),
            ("a ont avait avaient aura auront", tuple(_PARTICIPLES["fr"].split())),
            # The perfect of "se" and of verbs of motion, and the passive: "s'est déclaré", "sont arrivés".
            (
                "s'est s’est s'était s’était s'étaient s’étaient est sont était étaient",
                tuple(_PARTICIPLES["fr"].split()),
            ),
            ("pour sans faire", tuple(_INFINITIVES["fr"].split())),
        ),
        "es": (
            ("se sido no le les él ella ellos ellas", ("",)),
            ("ha han había habían habrá habrán", tuple(_PARTICIPLES["es"].split())),
            # The passive: "ser identificado", "fue detenido".
            ("ser fue fueron será serán", tuple(_PARTICIPLES["es"].split())),
            ("para sin", tuple(_INFINITIVES["es"].split())),
        ),
        "it": (
            ("si stato stata stati state non", ("",)),
            ("ha hanno aveva avevano avrà", tuple(_PARTICIPLES["it"].split())),
            # The perfect of "si" and of verbs of motion, and the passive: "si è staccato", "sono intervenuti".
            ("è sono era erano", tuple(_PARTICIPLES["it"].split())),
        ),
        "pt": (
            ("se foi foram sido não", ("",)),
            ("tem têm tinha tinham havia", tuple(_PARTICIPLES["pt"].split())),
            # The passive: "foi registrado", "será votada".
            ("ser será serão", tuple(_PARTICIPLES["pt"].split())),
        ),
        # Catalan's perfect and passive ("ha aprovat", "ha explicat", "va ser aprovat") and its "per" and
        # "sense" before an infinitive ("per construir").
        "ca": (
            ("es se no", ("",)),
            ("ha han havia havien haurà ser és són fou estat", tuple(_PARTICIPLES["ca"].split())),
            ("per sense", tuple(_INFINITIVES["ca"].split())),
        ),
    }.items()
}
# How a finite verb ends where no word before it says so, and no noun does: Spanish's and Portuguese's
# preterite ("anunció", "cortaron", "decidieron"; "sinalizou", "garantiu", "registraram"), Portuguese's
# imperfect and third person plural ("mobilizava", "continuam"), Italian's gerund ("ferendo",
# "sottolineando"), Russian's reflexive present ("остаются"), Ukrainian's
# first person plural ("розуміємо", "хочемо") and future ("працюватиме"), Polish's adverbial participle ("pokonując";
# not "-iąc", which "tysiąc" and "miesiąc" end in). A noun so ("il comando") is kept where the text writes
# it after an article.
_VERB_ENDINGS = {
    "es": ("ó", "aron", "ieron"),
    "it": ("ando", "endo"),
    "pt": ("ou", "iu", "am", "ava"),
    "ru": ("ется", "ится", "ются", "ятся", "утся", "атся"),
    "pl": ("jąc",),
    "uk": ("ємо", "емо", "имо", "їмо", "тиме", "тимуть"),
    # Telugu's, Kannada's and Malayalam's verbs, which end a clause: a finite verb with the quoting word
    # written onto it ("కలుగుతుందని", that it will come; "തുടങ്ങുമെന്ന്", that it will start), their past
    # and future as news writes them ("ప్రకటించింది", announced; "ಉದ್ಘಾಟಿಸಿದರು", inaugurated; "ಆರಂಭವಾಗಲಿದೆ",
    # will begin; "അറിയിച്ചു", informed), and Malayalam's copula written onto its noun ("കിലോമീറ്ററാണ്", is
    # ... kilometres). Not Telugu's "-ారు" alone ("సర్కారు", the government) nor Malayalam's "-ഞ്ഞു"
    # ("കുഞ്ഞു", little).
    "te": ("ందని", "ారని", "ామని", "ాయని", "ాడని", "ించింది", "ించారు", "చ్చింది", "చ్చారు", "తుంది", "తారు"),
    "kn": ("ಿದರು", "ಿದ್ದಾರೆ", "ುತ್ತಾರೆ", "ಲಿದೆ", "ಿಸಿದೆ", "ಾಗಿದೆ", "ಲಾಗುವುದು"),
    "ml": ("ിച്ചു", "യ്തു", "ുന്നു", "മെന്ന്", "ിരുന്നു", "ാണ്"),
}
# The fewest characters of a verb's stem before those endings, where a name or a noun is written as one of
# them whole or after a single letter: Telugu's "తారు" (tar, of "తారు రోడ్డు", a tarred road) and Malayalam's
# pet name "കിച്ചു" (Kichu), a story's subject, had been no tags; the verbs' stems are longer ("చేస్తారు",
# "മരിച്ചു").
_VERB_STEM_MIN_CHARACTERS = {"te": 2, "kn": 2, "ml": 2}
# Russian's and Polish's past tense, which most verbs of news are in, and infinitive: a vowel, then a
# consonant ("л", "ł" or "l"; "т", "ć"), then one of that consonant's endings ("заявил", "рассказала",
# "открылась", "объяснить"; "przyjechał", "zdobyli", "zorganizować"). Nouns end so too ("финал", "начало",
# "печать"; "kapitał", "sieć"), and decline: where the text writes the same letters up to the consonant, the
# consonant (or its pair: "szkoła", "szkole") and another ending ("финале", "начале", "печати"; "kapitału",
# "sieci"), the word is a noun. Each group with the vowels that come before its consonant in a verb and
# rarely in a noun: not "о" nor "у" ("школа", "посол", "титул", "формула"; "вернул" is lost), not Polish "o",
# "ó" ("szkoła", "kościół") nor "u" before "ł" ("tytuł", "artykuł", "koszuli"; the few verbs so, "czuł",
# "zepsuł", are lost), nor "ę" before "ć" (the numeral "dziewięć", "pamięć"); and not after Russian "те",
# the agent nouns' "-тели" ("жители", "строители": only "хотели" is lost).
_PAST_TENSE: dict[str, tuple[tuple[str, ...], tuple[tuple[str, dict[str, tuple[str, ...]]], ...]]] = {
    "ru": (
        ("те",),
        (
            ("аеёиыя", {"л": ("", "а", "о", "и", "ся", "ась", "ось", "ись")}),
            ("аеёиыя", {"т": ("ь", "ься")}),
        ),
    ),
    "pl": ((), (("aeiyąę", {"ł": ("", "a", "o", "y"), "l": ("i",)}), ("aeiuyą", {"ć": ("",), "c": ()}))),
}
# How the masculine past tense ends, bare ("заявил", "opublikował"), as a masculine noun does in the
# accusative: right after a past tense, such a word is that verb's object ("начали обстрел", "опубликовал
# материал"; "wzięło udział", "uruchomiła kanał"), not a second verb, which Russian and Polish never write
# so; but not after a bare one, which may be a noun ending so before its verb ("генерал заявил").
_BARE_PAST = {"ru": "л", "pl": "ł"}
# How a Russian adjective ends (not in "-ее", "-ом", "-ем", which adverbs and nouns end in: "ранее заявил",
# "вечером сообщил"): a word the text writes right after one is the noun it qualifies, however it ends
# ("уставный капитал", "новые правила", "артиллерийский обстрел"), not a past tense.
_ADJECTIVE_ENDINGS = {
    "ru": ("ый", "ий", "ой", "ая", "яя", "ое", "ые", "ие", "ую", "юю", "ых", "их", "ого", "его")
}
# Articles and determiners (in Russian and Polish, which have none, prepositions): a word written after
# one, anywhere in the text, is a noun ("la grève", "le président", "os juros", "в финал"), whatever a
# verb marker before it elsewhere suggests ("faire grève"). Portuguese's "de", "em" and "com" too, before
# which no finite verb stands: a noun ending as a verb does ("rios de lava", "em Java") had been dropped.
_DETERMINERS = {
    language: frozenset(words.split()) | frozenset(words.title().split())
    for language, words in {
        "fr": "le la les l un une des du au aux ce cet cette ces son sa ses leur leurs notre nos votre vos",
        "es": "el la los las un una unos unas del al su sus este esta estos estas ese esa esos esas",
        "it": """il lo la i gli le l un una uno del dello della dei degli delle al allo alla ai agli alle nel
        nello nella nei negli nelle dell dall nell sull all suo sua suoi sue questo questa""",
        "pt": "o a os as um uma uns umas do da dos das no na nos nas ao aos seu sua seus suas este esta de em com",
        "ca": """el la els les l un una uns unes del dels al als pel pels seu seva seus seves aquest aquesta
        aquests aquestes""",
        "ru": "в во на с со о об к ко у из от до для за без при под над про через после перед между",
        "pl": "w we na z ze o do od dla za bez przy pod nad przed po przez u ku między",
    }.items()
}
# Languages that capitalise every noun: a word they write in lower case is a verb, an adjective or an
# adverb ("verteidigte", "umstrittenen"), which ends no keyphrase.
_CAPITALISED_NOUNS = frozenset({"de", "lb"})
# Particles of a surname: in lower case between a name's words ("Ursula von der Leyen"), and capitalised
# before a surname ("Le Pen", "Di Maio", "De Jonge"), where a language's list of function words would
# leave them out and cut the surname off ("Pen", "Maio").
_NAME_PARTICLES = frozenset(
    "von van der den ten ter de di da du le la del della dos das do bin ibn al el".split()
)
# Titles before a name, which stay out of it: "Blair", not "Mr Blair"; "Dr" is no keyphrase alone either,
# nor a tag cut at one ("Öffi-Stadträtin Mag. Ulli Sima", "Datuk Dr. Nassuruddin").
# A stopword written capitalised after one is a name ("Mrs May").
_TITLES = {"en": "mr mrs ms miss gov dr prof sen rep col sgt capt rev", "it": "sig", "de": "mag dr prof dipl",
    "ms": "datuk dato datin tun dr"}  # fmt: skip
# Pronouns a language capitalises wherever they stand ("I'm", German's formal "Ihnen"): capitalised
# mid-sentence and never in lower case, they would pass for a name the stop-list holds ("Microsoft").
_CAPITALISED_PRONOUNS = {"en": "i i'm i've i'd i'll", "de": "sie ihnen ihr ihre ihrer ihrem ihren ihres"}
# News agencies (:data:`~nutgraf.language.NEWS_AGENCIES`), which credit a story ("Dieser Artikel wurde mit
# Material der Nachrichtenagenturen Reuters und dpa erstellt", "Київ, 3 грудня. Укрінформ.", "KOMPAS.com"),
# seldom what it is about: alone, one is a keyphrase only where the story names it often outside credits
# ("Reuters to cut 500 jobs"), and a longer name holds one ("Thomson Reuters"). Those of four letters or
# fewer only as they write themselves, in capitals ("ANSA", not Italian's "ansa", a river's bend; "AA",
# "TT", "ТАСС"), or in a script without case ("연합뉴스"). Not the initials of agencies that name a story's
# subject more often, which a dateline's tag marks where they credit it: UPI (India's payments network),
# EPA (the US Environmental Protection Agency), PA (Pennsylvania, the Palestinian Authority).
CREDITING_AGENCIES = NEWS_AGENCIES - {"upi", "epa", "pa"}
_SHORT_AGENCY = 4
# German writes a weekday and a time of day as one word ("Dienstagabend", "Freitagmorgen").
_GERMAN_TIMES_OF_DAY = " ".join(
    day + time
    for day in "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag".split()
    for time in ("morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht")
)
# The units of time and measure and the numbers written in words of the stemmed languages besides
# English, read as words of the calendar are: the figures of a story, not what it is about (not Spanish
# and Portuguese "metro", the underground as much as the metre). Their calendar words had "kilomètres" and
# "Minuten"; the sweep of other pages (bench/languages_sweep.py) found "минут" (minutes), "метров"
# (metres), "stopnia" (degrees), "години" (hours), "cincuenta" (fifty), "quaranta" (forty), "двадцати"
# (twenty) among the tags.
_FIGURE_WORDS = {
    "de": """meter zentimeter millimeter grad sekunden zwei drei vier fünf sechs sieben neun zehn elf zwölf
        zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig hundert tausend""",
    "fr": """mètre mètres centimètre centimètres millimètre degré degrés deux trois quatre cinq six sept huit
        dix onze douze vingt trente quarante cinquante soixante cent cents mille""",
    "es": """centímetro centímetros milímetro grado grados dos tres cuatro cinco seis siete ocho
        nueve diez once doce veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa cien ciento
        mil""",
    "it": """metri centimetro centimetri millimetro millimetri grado gradi due tre quattro cinque sei sette
        nove dieci undici dodici trenta quaranta cinquanta sessanta settanta ottanta novanta cento
        mille mila""",
    "pt": """centímetro centímetros milímetro grau graus dois duas três quatro cinco seis sete
        oito nove dez onze doze vinte trinta quarenta cinquenta sessenta setenta oitenta noventa cem cento
        mil""",
    "pl": """minuta minuty minut godzina godziny godzin sekunda sekund metr metry metrów centymetr
        centymetrów milimetr milimetrów stopień stopnie stopnia stopni dwa dwie trzy cztery pięć sześć
        siedem osiem dziewięć dziesięć dwadzieścia trzydzieści czterdzieści pięćdziesiąt sto tysiąc tysięcy""",
    "ru": """минута минуты минут час часа часов секунда секунд сутки суток метр метра метров сантиметр
        сантиметров миллиметр миллиметров градус градуса градусов два две двух три трех трёх четыре пять
        пяти шесть семь восемь девять десять двадцать двадцати тридцать сорок пятьдесят сто тысяча тысячи""",
    "uk": """хвилина хвилини хвилин година години годин секунда секунд доба доби добу метр метри метрів
        сантиметр сантиметрів міліметр міліметрів градус градуси градусів два дві двох три чотири п'ять шість
        сім вісім дев'ять десять дванадцять дванадцяти двадцять тридцять сорок п'ятдесят сто тисяча тисячі""",
}
# Words that stem as a figure word does but name the underground, which a story may be about: Italian's
# "metro" (as "metri"), Russian's and Ukrainian's "метро" (as "метр"), Polish "metro" and "metru" (as
# "metr"). Not the currencies, which a story of the rouble or the hryvnia is about, nor Italian "venti"
# (twenty, and the winds: "venti di guerra").
_FIGURE_HOMOGRAPHS = frozenset({"metro", "метро", "metru"})
# The days of Croatian's, Bosnian's and Serbian's week, which name no one: one capitalised mid-sentence (a
# Bosnian portal's "za Utorak") is the day still, where a month so written may be a woman ("Marta").
_SOUTH_SLAVIC_DAYS = """ponedjeljak ponedeljak utorak srijeda srijedu sreda sredu četvrtak petak subota
    subotu nedjelja nedjelju nedelja nedelju"""
# Croatian's, Bosnian's and Serbian's calendar: the Croatian months and the international ones (Bosnia
# and Serbia write "januar", Croatia "siječanj"), in the nominative and the genitive a date writes, and the
# locative of "in May" ("u maju", "u svibnju": "maju" had been a tag of a law's story).
_SOUTH_SLAVIC_CALENDAR = f"""siječnju veljači ožujku travnju svibnju lipnju srpnju kolovozu rujnu listopadu
    prosincu januaru februaru
    martu aprilu maju junu julu augustu septembru oktobru novembru decembru siječanj siječnja veljača
    veljače ožujak ožujka travanj travnja svibanj svibnja lipanj lipnja srpanj srpnja kolovoz kolovoza rujan
    rujna listopad listopada studeni studenoga studenog prosinac prosinca januar januara februar februara
    mart marta april aprila maj maja juni juna juli jula august augusta septembar septembra oktobar oktobra
    novembar novembra decembar decembra {_SOUTH_SLAVIC_DAYS} jučer juče danas sutra godina godine godini
    tjedan sedmica nedjeljno mjesec mesec posto odsto milijuna miliona milijardi milijarde"""
# Languages whose months and days are written in lower case, where one capitalised mid-sentence is a name:
# Slovene's week and calendar, in the cases a date writes ("1. junija", "v juniju", "do konca maja": "junija"
# and "maja" had been tags of a law's story, as Croatian's months were until the leftovers' ninth pass).
_SLOVENE_DAYS = """ponedeljek ponedeljka torek torka sreda sredo srede četrtek četrtka petek petka sobota
    soboto sobote nedelja nedeljo nedelje"""
_SLOVENE_CALENDAR = f"""januar januarja januarju februar februarja februarju marec marca marcu april aprila
    aprilu maj maja maju junij junija juniju julij julija juliju avgust avgusta avgustu september septembra
    septembru oktober oktobra oktobru november novembra novembru december decembra decembru {_SLOVENE_DAYS}
    včeraj danes jutri letos lani teden tedna mesec meseca odstotkov odstotka milijonov milijard"""
# Croatian's "Marta" and "Maja" (a woman's names, and "marta", "maja", March's and May's genitive after a
# date's day), Bosnian's, Serbian's and Slovene's alike.
_LOWER_CASE_CALENDARS = frozenset({"hr", "bs", "sr", "sl"})
# Words of the calendar and of the moment: every story has a date, and it is not what the story is about;
# nor is the time of day it happened ("madrugada", "vanmiddag"), nor a unit of a figure ("Punkte",
# "kilomètres", "тис. грн").
_CALENDAR_WORDS = {
    "en": """monday tuesday wednesday thursday friday saturday sunday january february march april june july
        august september october november december yesterday today tomorrow tonight week weekend month
        percent cent am pm et edt est cdt cst mdt mst pdt pst gmt bst utc cet cest""",
    "de": """montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag januar jänner februar märz
        april mai juni juli august september oktober november dezember gestern heute morgen woche wochenende
        monat jahr stunde minute sekunde uhr prozent million milliarde vormittag mittag nachmittag abend nacht
        vormonat vorjahr vorwoche punkt kilometer """
    + _GERMAN_TIMES_OF_DAY,
    "fr": """lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet
        août septembre octobre novembre décembre hier aujourd'hui demain semaine mois année an heure
        minute seconde million milliard matin matinée soir soirée nuit après-midi kilomètre""",
    "es": """lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio
        agosto septiembre setiembre octubre noviembre diciembre ayer hoy mañana semana mes año hora minuto millón euro
        madrugada tarde noche kilómetro""",
    "it": """lunedì martedì mercoledì giovedì venerdì sabato domenica gennaio febbraio marzo aprile maggio
        giugno luglio agosto settembre ottobre novembre dicembre ieri oggi domani settimana mese anno ora minuto milione
        miliardo euro mattina mattinata pomeriggio sera serata notte chilometro""",
    "pt": """segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo janeiro fevereiro
        março abril maio junho julho agosto setembro outubro novembro dezembro ontem hoje amanhã semana mês ano hora minuto milhão
        euro madrugada manhã tarde noite quilômetro""",
    "pl": """poniedziałek wtorek środa czwartek piątek sobota niedziela styczeń stycznia luty lutego marzec
        marca kwiecień kwietnia maj maja czerwiec czerwca lipiec lipca sierpień sierpnia wrzesień września
        październik października listopad listopada grudzień grudnia wczoraj dziś dzisiaj jutro tydzień
        miesiąc procent rano wieczór wieczorem noc nocy popołudnie kilometr""",
    "ru": """понедельник вторник четверг пятница суббота воскресенье январь января февраль февраля март марта
        апрель апреля май мая июнь июня июль июля август августа сентябрь сентября октябрь октября ноябрь
        ноября декабрь декабря вчера сегодня завтра неделя месяц процент процента процентов утро утром вечер
        вечером ночь ночью годовых тыс руб млн млрд километр""",
    "el": """δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή δευτέρας τρίτης τετάρτης πέμπτης
        παρασκευής σαββάτου κυριακής ιανουάριος φεβρουάριος μάρτιος απρίλιος μάιος ιούνιος ιούλιος αύγουστος
        σεπτέμβριος οκτώβριος νοέμβριος δεκέμβριος ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου
        ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου νοεμβρίου δεκεμβρίου ιανουάριο φεβρουάριο μάρτιο απρίλιο
        μάιο ιούνιο ιούλιο αύγουστο σεπτέμβριο οκτώβριο νοέμβριο δεκέμβριο εβδομάδα μήνα""",
    "uk": """понеділок вівторок середа четвер п'ятниця субота неділя січень січня лютий лютого березень березня
        квітень квітня травень травня червень червня липень липня серпень серпня вересень вересня жовтень
        жовтня листопад листопада грудень грудня вчора учора сьогодні завтра тиждень місяць відсоток
        відсотки відсотків ранок ранку вечір вечора ввечері ніч ночі вночі тис грн млн млрд кілометр
        рік році року роки років""",
    "nl": """maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april mei juni juli
        augustus september oktober november december gisteren vandaag morgen week weekend maand jaar uur minuut
        procent miljoen miljard euro ochtend middag avond nacht vanochtend vanmiddag vanavond vannacht kilometer""",
    "sv": """måndag tisdag onsdag torsdag fredag lördag söndag januari februari mars april maj juni juli augusti
        september oktober november december igår idag imorgon vecka veckan helg månad år timme minut procent
        miljon miljard miljoner miljarder kronor morgon förmiddag eftermiddag kväll natt procentenhet kilometer""",
    "tr": """pazartesi salı çarşamba perşembe cuma cumartesi pazar ocak şubat mart nisan mayıs haziran temmuz
        ağustos eylül ekim kasım aralık dün bugün yarın saat dakika saniye gün hafta ay yıl sabah akşam gece
        milyon milyar""",
    "id": """senin selasa rabu kamis jumat sabtu minggu januari februari maret april mei juni juli agustus
        september oktober november desember kemarin hari ini besok pagi siang sore malam pekan bulan tahun
        persen juta miliar triliun kilometer""",
    "hi": """सोमवार मंगलवार बुधवार गुरुवार शुक्रवार शनिवार रविवार जनवरी फरवरी मार्च अप्रैल मई जून जुलाई अगस्त
        सितंबर अक्टूबर नवंबर दिसंबर कल आज सुबह शाम रात दिन सप्ताह महीने साल वर्ष प्रतिशत लाख करोड़""",
    "ar": """الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس
        سبتمبر أكتوبر نوفمبر ديسمبر أمس اليوم غدا يوم عام العام الشهر أسبوع بالمئة بالمائة المئة مليون مليار
        جنيه جنيها دولار دولارا""",
    "fa": """شنبه یکشنبه دوشنبه سه‌شنبه چهارشنبه پنجشنبه پنج‌شنبه جمعه فروردین اردیبهشت خرداد تیر مرداد
        شهریور مهر آبان آذر دی بهمن اسفند ژانویه فوریه مارس آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر
        دسامبر دیروز امروز فردا امشب صبح ظهر عصر شب ساعت روز هفته ماه سال درصد میلیون میلیارد""",
    "ur": """پیر منگل بدھ جمعرات جمعہ ہفتہ اتوار جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر
        نومبر دسمبر کل آج صبح شام رات دن ہفتے مہینے سال فیصد لاکھ کروڑ ارب""",
    "bn": """শনিবার রবিবার সোমবার মঙ্গলবার বুধবার বৃহস্পতিবার শুক্রবার জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন
        জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর গতকাল আজ আগামীকাল সকাল বিকেল সন্ধ্যা রাত দিন সপ্তাহ
        মাস বছর ঘণ্টা ঘণ্টায় শতাংশ হাজার লাখ কোটি সাল সালের টাকা""",
    "ta": """திங்கள்கிழமை செவ்வாய்க்கிழமை புதன்கிழமை வியாழக்கிழமை வெள்ளிக்கிழமை சனிக்கிழமை ஞாயிற்றுக்கிழமை
        ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் மே ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர் ஜன பிப் ஏப் ஆக
        செப் அக் நவ டிச நேற்று இன்று நாளை காலை மாலை இரவு நாள் வாரம் மாதம் ஆண்டு சதவீதம் லட்சம் கோடி செ மீ
        கி கிமீ""",
    # The close pairs' calendars (the eleventh languages round): Czech's and Slovak's months in the
    # genitive a date writes ("1. ledna", "1. januára"), Croatian's, Bosnian's and Serbian's (both the
    # Croatian and the international names), Norwegian's, Galician's, and "this year" ("letos"), "the year"
    # ("året"), the abbreviations of billion and million: "siječnja", "januara", "ledna", "letos", "mld",
    # "året" had been tags of a budget story. Not Norwegian's "mill.": its stem is the surname Miller's,
    # which a Norwegian story of a footballer so named had lost as its tag.
    "cs": """pondělí úterý středa středu čtvrtek pátek sobota sobotu neděle neděli leden ledna únor února
        březen března duben dubna květen května červen června červenec července srpen srpna září říjen
        října listopad listopadu prosinec prosince včera dnes zítra letos loni týden měsíc rok roku procent
        procenta mld mil tis""",
    "sk": """pondelok utorok streda stredu štvrtok piatok sobota sobotu nedeľa nedeľu január januára február
        februára marec marca apríl apríla máj mája jún júna júl júla august augusta september septembra
        október októbra november novembra december decembra včera dnes zajtra týždeň mesiac rok roku
        percent percenta percentá mld mil""",
    "hr": _SOUTH_SLAVIC_CALENDAR,
    "bs": _SOUTH_SLAVIC_CALENDAR,
    "sr": _SOUTH_SLAVIC_CALENDAR,
    "sl": _SLOVENE_CALENDAR,
    "no": """mandag tirsdag onsdag torsdag fredag lørdag søndag januar februar mars april mai juni juli august
        september oktober november desember uke uka veke måned månad år året prosent kroner milliarder
        milliardar millioner millionar mrd""",
    "gl": """luns martes mércores xoves venres sábado domingo xaneiro febreiro marzo abril maio xuño xullo
        agosto setembro outubro novembro decembro onte hoxe mañá semana mes ano millóns euros""",
    # Telugu's, Kannada's and Malayalam's days, months, "yesterday", "today", "tomorrow" and units of the
    # calendar: "సోమవారం", "ಸೋಮವಾರ", "തിങ്കളാഴ്ച" (Monday) had been their stories' tags.
    "te": """సోమవారం మంగళవారం బుధవారం గురువారం శుక్రవారం శనివారం ఆదివారం జనవరి ఫిబ్రవరి మార్చి ఏప్రిల్
        మే జూన్ జూలై ఆగస్టు సెప్టెంబర్ అక్టోబర్ నవంబర్ డిసెంబర్ నిన్న ఈరోజు నేడు రేపు రోజు వారం నెల
        సంవత్సరం ఏడాది శాతం లక్షలు కోట్లు""",
    "kn": """ಸೋಮವಾರ ಮಂಗಳವಾರ ಬುಧವಾರ ಗುರುವಾರ ಶುಕ್ರವಾರ ಶನಿವಾರ ಭಾನುವಾರ ಜನವರಿ ಫೆಬ್ರುವರಿ ಮಾರ್ಚ್ ಏಪ್ರಿಲ್ ಮೇ
        ಜೂನ್ ಜುಲೈ ಆಗಸ್ಟ್ ಸೆಪ್ಟೆಂಬರ್ ಅಕ್ಟೋಬರ್ ನವೆಂಬರ್ ಡಿಸೆಂಬರ್ ನಿನ್ನೆ ಇಂದು ನಾಳೆ ದಿನ ವಾರ ತಿಂಗಳು ವರ್ಷ
        ಶೇಕಡ ಲಕ್ಷ ಕೋಟಿ""",
    "ml": """തിങ്കളാഴ്ച ചൊവ്വാഴ്ച ബുധനാഴ്ച വ്യാഴാഴ്ച വെള്ളിയാഴ്ച ശനിയാഴ്ച ഞായറാഴ്ച ജനുവരി ഫെബ്രുവരി മാർച്ച്
        ഏപ്രിൽ മേയ് ജൂൺ ജൂലൈ ഓഗസ്റ്റ് സെപ്റ്റംബർ ഒക്ടോബർ നവംബർ ഡിസംബർ ഇന്നലെ ഇന്ന് നാളെ ദിവസം ആഴ്ച മാസം
        വർഷം ശതമാനം ലക്ഷം കോടി""",
    # Hungarian, which nutgraf has no stemmer for, writes "on Thursday" and "in October" as one word.
    "hu": """hétfő kedd szerda csütörtök péntek szombat vasárnap hétfőn kedden szerdán csütörtökön pénteken
        szombaton vasárnapon január február március április május június július augusztus szeptember
        október november december januárban februárban márciusban áprilisban májusban júniusban júliusban
        augusztusban szeptemberben októberben novemberben decemberben tegnap ma holnap reggel délelőtt
        délután este éjjel hét hónap év százalékpont millió milliárd""",
    "fi": """maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai tammikuu helmikuu maaliskuu
        huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu lokakuu marraskuu joulukuu eilen tänään huomenna
        aamu aamupäivä iltapäivä ilta iltaan illalla yö viikko kuukausi vuosi prosentti miljoona miljardi""",
    "da": """mandag tirsdag onsdag torsdag fredag lørdag søndag januar februar marts april maj juni juli august
        september oktober november december går dag morgen uge måned år året procent kr mia mio kroner millioner
        milliarder""",
    "ro": """luni marți marţi miercuri joi vineri sâmbătă duminică ianuarie februarie martie aprilie mai iunie
        iulie august septembrie octombrie noiembrie decembrie ieri azi astăzi mâine dimineață dimineaţă seară
        noapte săptămână lună procent milion milioane miliard miliarde lei""",
    "ms": """isnin selasa rabu khamis jumaat sabtu ahad januari februari mac april mei jun julai ogos september
        oktober november disember semalam esok pagi petang malam minggu bulan tahun peratus juta bilion""",
    "sw": """jumatatu jumanne jumatano alhamisi ijumaa jumamosi jumapili januari februari machi aprili mei juni
        julai agosti septemba oktoba novemba desemba jana leo kesho asubuhi jioni usiku wiki mwezi mwaka
        asilimia milioni bilioni""",
    "ca": """dilluns dimarts dimecres dijous divendres dissabte diumenge gener febrer març abril maig juny juliol
        agost setembre octubre novembre desembre ahir avui demà setmana mes any hora minut milió milions
        euros matí tarda nit quilòmetre""",
    "tl": """lunes martes miyerkoles huwebes biyernes sabado linggo enero pebrero marso abril mayo hunyo hulyo
        agosto setyembre oktubre nobyembre disyembre kahapon ngayon bukas umaga hapon gabi araw buwan taon
        porsiyento milyon bilyon""",
    # Latvian's figures written short ("120 milj. eiro", "1,2 mljrd.") and its year of a date ("2025. gada
    # 12. martā") had been a budget story's tags, as Russian's "млн" and "тыс" were, and so had a month
    # after its day ("no 1. janvāra", from 1 January) and "30 miljonus"; not March's and May's ("marta",
    # "maija"), which are the names Marta and Maija, as English's list leaves out "may"; Irish's days, months,
    # "today" and "yesterday", and a date as news writes it: the day after "Dé" ("Dé hAoine", "Dé
    # Sathairn"), the autumn's months of two words ("Meán Fómhair", "Deireadh Fómhair": a budget day's date
    # had tagged "Deireadh Fómhair" and "Dé"), December's "na Nollag" (not "Nollaig", Christmas too).
    "lv": """pirmdiena otrdiena trešdiena ceturtdiena piektdiena sestdiena svētdiena pirmdien otrdien
        trešdien ceturtdien piektdien sestdien svētdien janvāris februāris marts aprīlis maijs jūnijs jūlijs
        augusts septembris oktobris novembris decembris janvārī februārī martā aprīlī maijā jūnijā jūlijā
        augustā septembrī oktobrī novembrī decembrī vakar šodien rīt nedēļa nedēļā mēnesis mēnesī gads gada
        gadā gadu procents procenti procentiem procentu miljons miljoni miljonu milj mljrd miljards miljardi
        miljardu tūkst tūkstoši tūkstošiem eiro km
        janvāra februāra aprīļa jūnija jūlija augusta septembra oktobra novembra decembra
        miljona miljonus miljoniem miljarda miljardus miljardiem""",
    "ga": """inniu inné amárach luan máirt céadaoin déardaoin aoine satharn domhnach eanáir feabhra márta
        aibreán bealtaine meitheamh iúil lúnasa seachtain seachtaine mí bliain bhliain milliún mhilliún
        billiún euro
        dé haoine sathairn domhnaigh meán deireadh fómhair samhain samhna nollag mhárta aibreáin""",
    # Khmer's, Lao's and Burmese's year, month and day, "this year" and "next year", and their units and
    # currencies ("លានដុល្លារ", million dollars, had been a Khmer story's tag).
    "km": """ឆ្នាំ ឆ្នាំនេះ ឆ្នាំក្រោយ ឆ្នាំមុន ខែ ថ្ងៃ ថ្ងៃនេះ ម្សិលមិញ សប្តាហ៍ ម៉ោង លាន ពាន់ ប៊ីលាន ដុល្លារ
        លានដុល្លារ រៀល លានរៀល ភាគរយ គីឡូម៉ែត្រ ម៉ែត្រ""",
    "lo": """ປີ ປີນີ້ ປີໜ້າ ປີກາຍ ເດືອນ ມື້ ມື້ນີ້ ມື້ວານ ອາທິດ ຊົ່ວໂມງ ລ້ານ ຕື້ ກີບ ລ້ານກີບ ໂດລາ ສ່ວນຮ້ອຍ
        ກິໂລແມັດ ແມັດ""",
    "my": """နှစ် ယခုနှစ် လ ရက် ယနေ့ မနေ့က နာရီ ကျပ် ကျပ်သန်း သိန်း သန်း ဒေါ်လာ ရာခိုင်နှုန်း ကီလိုမီတာ
        ဇန်နဝါရီလ ဖေဖော်ဝါရီလ မတ်လ ဧပြီလ မေလ ဇွန်လ ဇူလိုင်လ ဩဂုတ်လ စက်တင်ဘာလ အောက်တိုဘာလ နိုဝင်ဘာလ
        ဒီဇင်ဘာလ""",
}  # fmt: skip


def _written_on(plurals: str, cases: str) -> frozenset[str]:
    """Every plural ending followed by every case ending or postposition, and each alone."""
    combined = {plural + case for plural in ("", *plurals.split()) for case in ("", *cases.split())}
    return frozenset(combined - {""})


# Telugu's case endings and postpositions written onto a noun (in, to, the object's, with, on, from, in
# the, into).
_TELUGU_CASES = "లో కు కి ను ని తో పై నుంచి నుండి లోని లోకి"
# Postpositions and case endings written onto a noun in languages nutgraf has no stemmer for, which come
# off as Turkish's do (words.py: where the text has the bare word too, or two words are it with different
# endings): a Nepali story's tags were "प्राधिकरणको", "प्राधिकरणले", "प्राधिकरणका" (the authority's, by the
# authority, of the authority) and "प्रतिशत", "प्रतिशतमा" (percent, in percent); a Bengali one's
# "ডেঙ্গুতে" (in dengue) beside "ডেঙ্গু"; an Amharic one's "መስመሮችን" beside "መስመሮች" (routes, as object).
_WRITTEN_ON_ENDINGS = {
    "ne": _written_on("हरू", "को का की ले लाई मा बाट देखि सम्म लागि भन्दा माथि तिर सँग"),
    # Bengali's classifiers "টি" and "টা" (the one) go between the noun and its case: "লাইনটি" and "লাইনে"
    # (the line, on the line) had been two tags of a metro story.
    "bn": _written_on("গুলো গুলি রা দের টি টা", "র এর কে তে য় য়ের ের"),
    "am": _written_on("", "ን ም ና ንም"),
    # The agglutinating Azerbaijani, Kazakh and Uzbek write their plural, possessive and case endings onto
    # the noun in the forms their vowel harmony gives: a metro story's tags were "stansiyası", "stansiyanın"
    # and "stansiya" (the station's, of the station, station), a bus story's "автобустар" beside "автобус",
    # "liniyasi" beside "liniya" (its line, line). Not Mongolian's: its nouns drop a vowel before an ending
    # ("газар", "газраас": place, from the place), and two forms' common rest ("газр") is no word.
    "az": _written_on(
        "lar lər",
        """ı i u ü sı si su sü ın in un ün nın nin nun nün a ə ya yə na nə nı ni nu nü da də nda ndə dan dən
        ndan ndən sının sinin sunun sünün sına sinə suna sünə sını sini sunu sünü sında sində sunda sündə
        sından sindən sundan sündən ının inin unun ünün ına inə una ünə ını ini unu ünü ında ində unda ündə
        ından indən undan ündən""",
    ),
    "kk": _written_on(
        "лар лер дар дер тар тер",
        """ы і сы сі ның нің дың дің тың тің ға ге қа ке на не ны ні ды ді ты ті да де та те нда нде дан ден
        тан тен нан нен мен бен пен ының інің сының сінің ына іне сына сіне ын ін сын сін ында інде сында
        сінде ынан інен сынан сінен ымен імен""",
    ),
    # Hausa joins a noun to the one after it by "-n" (masculine and plural) or "-r" (feminine) written onto
    # it: "Gwamnatin Jihar Kano" (the government of Kano State) beside "gwamnati" had been two tags, "ruwan
    # sha" (drinking water) beside "ruwa" likewise.
    "ha": _written_on("", "n r"),
    "uz": _written_on(
        "lar",
        "i si ning ga ka qa ni da ta dan tan ining sining iga siga ini sini ida sida idan sidan",
    ),
    # Telugu, Kannada and Malayalam write their case endings and postpositions onto the noun, a place's
    # name too, after a zero-width non-joiner or without: "హైదరాబాద్‌లో" (in Hyderabad) beside "హైదరాబాద్",
    # "ಬೆಂಗಳೂರಿನಲ್ಲಿ" beside "ಬೆಂಗಳೂರು", "കൊച്ചിയിൽ" beside "കൊച്ചി" had been two tags each. A noun whose
    # oblique stem differs from its bare form comes back to that form by :data:`_OBLIQUE_BARE`.
    "te": _written_on("లు ల", _TELUGU_CASES)
    | frozenset("ాన్ని ానికి ాల".split())
    | frozenset("\u200c" + case for case in _TELUGU_CASES.split()),
    "kn": frozenset(
        """ದಲ್ಲಿ ಯಲ್ಲಿ ಿನಲ್ಲಿ ದಲ್ಲೇ ಯಲ್ಲೇ ವನ್ನು ಯನ್ನು ನ್ನು ವು ದ ಯ ಿನ ಕ್ಕೆ ಗೆ ಿಗೆ ದಿಂದ ಯಿಂದ ಿನಿಂದ
        ವರೆಗೆ ಕ್ಕಾಗಿ ಗಾಗಿ ಗಳು ಗಳ ಗಳನ್ನು ಗಳಲ್ಲಿ ಗಳಿಗೆ ಗಳಿಂದ""".split()
    ),
    "ml": frozenset(
        """ിൽ യിൽ ത്തിൽ ിലെ യിലെ ത്തിലെ ിന്റെ യുടെ ുടെ ത്തിന്റെ ിന് ക്ക് യ്ക്ക് ത്തിന് ിനെ യെ ത്തെ
        ിലേക്ക് യിലേക്ക് ത്തേക്ക് ത്ത് ത്തും കൾ കളിൽ കളുടെ െ ്റെ""".split()
    ),
}
# Where an ending is written onto a noun's oblique stem, the stem's bare form: an ending opening with the
# first (a vowel sign, or Malayalam's "ത്ത") follows the rest of a bare word closing on the second, as
# Telugu's "మార్గాన్ని" (the route, accusative) is "మార్గం" (route), Kannada's "ಮೈಸೂರಿಗೆ" (to Mysuru) is
# "ಮೈಸೂರು" and Malayalam's "തിരുവനന്തപുരത്ത്" (in Thiruvananthapuram) is "തിരുവനന്തപുരം". And Malayalam's
# final consonants written as chillu letters ("ൻ", "ർ", "ൽ", "ൾ", "ൺ"), which take their full letter before
# an ending: "വൈപ്പിനിൽ" (in Vypin) is "വൈപ്പിൻ", "സർക്കാരിന്റെ" (the government's) "സർക്കാർ".
_OBLIQUE_BARE = {"te": (("ా", "ం"),), "kn": (("ಿ", "ು"),), "ml": (("ത്ത", "ം"),)}
_CHILLU = {"ml": {"ന": "ൻ", "ര": "ർ", "ല": "ൽ", "ള": "ൾ", "ണ": "ൺ"}}
# Words whose last letter is one of the endings above but no ending: an Azerbaijani woman's surname
# ("Mehriban Əliyeva" beside "İlham Əliyev"), whose "-a" had come off, so that her name was shown as his
# ("Mehriban Əliyev"). A man's surname in "-ev" takes "-ə" for its dative ("Əliyevə"), one in "-ov" "-a"
# ("Həsənova", to Hasanov), which reads as the woman's and is kept whole too.
_NOT_ENDINGS = {"az": ("eva", "ova")}
# An ending that leaves no word after a single syllable closing so: Malayalam's dative "ക്ക്" after "ാർ" or
# "ോർ" of one syllable (three characters, the least a rest has), where English's loanwords end so whole,
# "മാർക്ക്" (mark), "പാർക്ക്" (park), "ഫോർക്ക്" (fork). A school's marks had been the tag "മാർ", a bishop's
# title the story wrote too. Malayalam's own datives stay read so: "പേർക്ക്" (to persons, "12 പേർക്ക്
# പരിക്ക്", twelve injured) is "പേർ", and "ഡോക്ടർക്ക്" (to the doctor), after a longer rest, "ഡോക്ടർ".
_WHOLE_AFTER_SYLLABLE = {"ml": ("ക്ക്", ("ാർ", "ോർ"))}
