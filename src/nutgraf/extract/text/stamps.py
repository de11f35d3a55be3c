"""Date and time stamps: the month and weekday names, date lines, reading times, "Posted on ..." stamps, a
live report's time of day alone and a programme listing's rows."""

from __future__ import annotations

import re

from nutgraf.extract.text.words import _ends_sentence, _head

#: The centuries a story's year falls in, the first two digits of a four-digit year: a caption's date before
#: a station's call sign, a dateline's date ("Bologna, 3 dicembre 2026 – ").
CALENDAR_CENTURIES = ("19", "20")
#: The months of the Persian (Jalali) calendar, Farvardin's first, as Iranian pages date their news ("۱۲ آذر
#: ۱۴۰۵" is 3 December 2026), written with Persian's yeh: the one list that both a date line's Jalali month
#: is looked up in (``html.metadata.calendars``) and a line is read as a date stamp by
#: (:data:`_OTHER_SCRIPT_DATE_LINE`).
JALALI_MONTH_NAMES = "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند"
#: Month names and their usual abbreviations in the languages nutgraf reads, one string a month, January's
#: first: Polish's as a date writes them ("5 marca") and alone, Hindi's with and without the nukta ("फ़रवरी",
#: "फरवरी"), Hebrew's with the "in" a date gives them ("3 בדצמבר 2026"), Persian's of the Gregorian
#: calendar, the genitive a date puts Czech's, Greek's, Serbian's (in both scripts), Lithuanian's, Finnish's
#: and Armenian's in ("3. prosince 2024", "3. decembra 2026", "2026 m. gruodžio 3 d."), Gujarati's (a
#: Gujarati page's date line marks its byline, under the header's dek), Basque's and the genitive its dates
#: put them in ("2026ko abenduaren 5a"), lower-cased. The one
#: list that both a date line's month is looked up in (``html.metadata.calendars``) and a line is read as a
#: date stamp by (:data:`_DATE_LINE`, :data:`_OTHER_SCRIPT_DATE_LINE`): Italian's "dicembre", Hungarian's and
#: Serbian's months had been in one and not the other.
MONTH_NAMES = (
    "janvier janv january jan januar januari enero ene gennaio gen janeiro января январь يناير stycznia styczeń जनवरी"
    " січня січень ocak oca ינואר בינואר ژانویه"
    " ledna leden ιανουαρίου ιαν"
    " január jan ianuarie januar januara јануар јануара sausio jaanuar tammikuuta januaro gener eanáir հունվարի ஜனவரி pherekgong יאַנואַר જાન્યુઆરી urtarrila urtarrilaren",
    "février févr fevrier february feb februar februari febrero febbraio fevereiro fev февраля февраль فبراير lutego luty फ़रवरी फरवरी"
    " лютого лютий şubat şub februari פברואר בפברואר فوریه"
    " února únor φεβρουαρίου φεβ"
    " február febr februarie februara фебруар фебруара vasario veebruar helmikuuta februaro febrer feabhra փետրվարի பிப்ரவரி फेब्रुअरी hlakola פֿעברואַר ફેબ્રુઆરી otsaila otsailaren",
    "mars march mar märz maart mrt marzo março марта март مارس marca marzec मार्च"
    " березня березень mart maret machi מרץ במרץ מרס במרס"
    " března březen μαρτίου μαρ"
    " március márc martie marta март марта marts kovo märts maaliskuuta marto març márta մարտի மார்ச் hlakubele מערץ માર્ચ martxoa martxoaren",
    "avril avr april apr abril abr aprile апреля апрель أبريل ابريل kwietnia kwiecień अप्रैल"
    " квітня квітень nisan nis aprili אפריל באפריל آوریل"
    " dubna duben απριλίου απρ"
    " április ápr aprilie aprila април априла balandžio aprill huhtikuuta aprilo aibreán ապրիլի ஏப்ரல் अप्रिल mmesa אַפּריל એપ્રિલ apirila apirilaren",
    "mai may mei mayo maggio mag maio мая май مايو maja maj मई травня травень mayıs מאי במאי"
    " května květen μαΐου μαίου μαΐ"
    " május máj maja мај маја gegužės toukokuuta majo maig bealtaine մայիսի motsheanong מײַ મે maiatza maiatzaren",
    "juin june jun juni junio giugno giu junho июня июнь يونيو czerwca czerwiec जून"
    " червня червень haziran haz יוני ביוני ژوئن"
    " června červen ιουνίου ιουν"
    " június jún iunie juna јун јуна birželio juuni kesäkuuta junio juny meitheamh հունիսի ஜூன் जुन phupjane જૂન ekaina ekainaren",
    "juillet juil july jul juli julio luglio lug julho июля июль يوليو lipca lipiec जुलाई"
    " липня липень temmuz tem julai יולי ביולי ژوئیه"
    " července červenec ιουλίου ιουλ"
    " július júl iulie jula јул јула liepos juuli heinäkuuta julio juliol iúil հուլիսի ஜூலை phupu જુલાઈ uztaila uztailaren",
    "août aout august aug augustus agosto ago августа август أغسطس اغسطس sierpnia sierpień अगस्त"
    " серпня серпень ağustos ağu agustus agu agt agosti אוגוסט באוגוסט"
    " srpna srpen αυγούστου αυγ"
    " augusztus avgust avgusta август августа augusti rugpjūčio elokuuta aŭgusto agost lúnasa օգոստոսի ஆகஸ்ட் अगस्ट phato אויגוסט ઓગસ્ટ abuztua abuztuaren",
    "septembre sept september sep septiembre setiembre settembre set setembro сентября сентябрь سبتمبر września wrzesień सितंबर सितम्बर"
    " вересня вересень eylül eyl septemba ספטמבר בספטמבר سپتامبر"
    " září σεπτεμβρίου σεπ"
    " szeptember szept septembrie septembar septembra септембар септембра rugsėjo syyskuuta septembro setembre սեպտեմբերի செப்டம்பர் सेप्टेम्बर lwetse סעפּטעמבער સપ્ટેમ્બર iraila irailaren",
    "octobre oct october oktober okt octubre ottobre ott outubro out октября октябрь أكتوبر اكتوبر października październik अक्टूबर अक्तूबर"
    " жовтня жовтень ekim eki oktoba אוקטובר באוקטובר اکتبر"
    " října říjen οκτωβρίου οκτ"
    " október okt octombrie oktobar oktobra октобар октобра spalio oktoober lokakuuta oktobro octubre հոկտեմբերի அக்டோபர் अक्टोबर mphalane אָקטאָבער ઓક્ટોબર urria urriaren",
    "novembre nov november noviembre novembro ноября ноябрь نوفمبر listopada listopad नवंबर नवम्बर"
    " листопада kasım kas novemba נובמבר בנובמבר نوامبر"
    " listopadu νοεμβρίου νοε"
    " noiembrie novembar novembra новембар новембра lapkričio marraskuuta novembro samhain նոյեմբերի நவம்பர் नोभेम्बर pudungwana נאָוועמבער નવેમ્બર azaroa azaroaren",
    "décembre déc decembre december dec dezember dez diciembre dic dicembre dezembro декабря декабрь ديسمبر grudnia grudzień दिसंबर दिसम्बर"
    " грудня грудень aralık ara desember des desemba דצמבר בדצמבר دسامبر"
    " prosince prosinec δεκεμβρίου δεκ"
    " decembrie decembar decembra децембар децембра gruodžio detsember joulukuuta decembro desembre nollaig դեկտեմբերի டிசம்பர் डिसेम्बर tshitwe דעצעמבער ડિસેમ્બર abendua abenduaren",
)


def _alternation(names: list[str]) -> str:
    """``names`` as a pattern's alternatives, grouped by their first letter: one test a letter at a place
    that fails, rather than one a name (a day's number before a word is tried against every month)."""
    groups: dict[str, list[str]] = {}
    for name in sorted(set(names)):
        groups.setdefault(name[0], []).append(re.escape(name[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


def _script(name: str) -> str:
    """Which of the date patterns reads a month's ``name``: "latin", "cyrillic" or "other"."""
    if all(character < "\u0250" for character in name):
        return "latin"
    return "cyrillic" if all("\u0400" <= character < "\u0530" for character in name) else "other"


_MONTH_WORDS = [name for names in MONTH_NAMES for name in names.split()]
#: The months' names in the languages nutgraf stems, folded: a date's words as well as its figures.
MONTH_NAME_WORDS = frozenset(name.casefold() for name in _MONTH_WORDS)
# Indonesian's December, "des", is French's, Catalan's and German's "des" too, and Turkish's July, "tem",
# Portuguese's "has", which a figure and a number of four figures meet in a story ("Seuls 3 des 1500
# salariés", "Artikel 3 des 2026 beschlossenen Gesetzes", "O grupo dos 3 tem 2000 sócios"): as months they
# are read with the capital a date gives them ("3 Des 2026", "3 Tem 2026") alone.
CAPITALISED_MONTHS = frozenset({"des", "tem"})
_LATIN_MONTHS = _alternation(
    [name for name in _MONTH_WORDS if _script(name) == "latin" and name not in CAPITALISED_MONTHS]
)
# Cyrillic months are read at a line's head alone, by their stems (see _OTHER_SCRIPT_DATE_LINE).
_OTHER_SCRIPT_MONTHS = _alternation([name for name in _MONTH_WORDS if _script(name) == "other"])

#: An English month name, or its abbreviation ("Nov."), for date lines and bylines.
MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# A date line: "Published ..."/"Updated ..." in the languages nutgraf stems, or a calendar date
# ("5 March 2024", "March 5, 2024", "2024-03-05", "05.03.2024").
_DATE_LINE = re.compile(
    r"^(?:published|updated|posted|last updated|modified|veröffentlicht|aktualisiert|publié|mis à jour"
    r"|publicado|actualizado|atualizado|pubblicato|aggiornato|opublikowano|опубликовано|опубліковано)\b"
    rf"|\b\d{{1,2}}\s+{MONTH}\s+\d{{4}}\b|\b{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b"
    # Czech and Slovak papers space the parts of a date in numbers after their stops ("3. 12. 2026 13:20");
    # Prensa Ibérica's papers part them with middle dots (La Nueva España's "05·12·26 | 04:00").
    r"|\b\d{1,4}(?:[./·-]\d{1,2}[./·-]\d{2,4}\b|\. \d{1,2}\. \d{4}\b"
    # Basque's year first, its "-ko" (of), the month in the genitive and the day ("2026ko abenduaren 5a",
    # "2025eko urriaren 3an"): a branch of the dates in numbers' alternative, so that only a figure's place
    # tries it, where it fails at once on a letter other than "e" or "k".
    rf"|(?<=\d{{4}})e?ko\s++(?:{_LATIN_MONTHS})\s++\d{{1,2}}(?!\d))"
    # The months of the other languages nutgraf stems by the letters English ones do not open on, after a
    # German day's stop or a Spanish "de" ("3. Dezember 2026, 14:05 Uhr", whose "3." had made the line a
    # list item the article kept; "3 de diciembre de 2026"). Each name whole or cut to its first letters,
    # never those letters opening another word ("10 Outstanding 2026 Graduates" is a headline). Folha writes
    # the parts with stops and no spaces ("3.dez.2026 às 14h05").
    # Every language's months of MONTH_NAMES, whole (Czech's genitive, "3. prosince 2026 14:27"; Italian's
    # "3 dicembre 2026"; Danish's "3. december 2026"); Serbian's whole or cut ("03. dec. 2026. 14:40", "3.
    # decembra 2026"): a cut name before a stop or a space and the year, never before more letters ("1.
    # Marathon 2026" is a list's item).
    # A comma before the year after a month's name ("Thu, 03 Dec, 2026", "03 de Dezembro, 2026") only here,
    # where the name is whole or cut: after MONTH's open end a figure, a plural and a figure are a list's
    # ("Cuts hit 40 janitors, 1500 nurses").
    r"|\b\d{1,2}(?:\.\s*+|\s++)(?:de\s+)?(?:jän(?:ner)?|gen(?:naio)?|ene(?:ro)?|fév(?:rier)?|fev(?:rier|ereiro)?"
    r"|mär(?:z)?|avr(?:il)?|abr(?:il)?|mai(?:o)?|mag(?:gio)?|mei|juin|giu(?:gno)?|juil(?:let)?|lug(?:lio)?"
    r"|aoû(?:t)?|ago(?:sto)?|set(?:t|tembre|embro|iembre)?|okt(?:ober|ob(?:a)?ra?)?|ott(?:obre)?|out(?:ubro)?"
    r"|déc(?:embre)?|dez(?:ember|embro)?|dic(?:iembre)?"
    rf"|{_LATIN_MONTHS}|(?-i:{'|'.join(sorted(name.capitalize() for name in CAPITALISED_MONTHS))})"
    r"|jan(?:uara?)?|feb(?:ruara?)?|mart(?:a)?|mar|apr(?:ila?)?|maja?|juna?|jula?|avg(?:usta?)?"
    r"|sep(?:temb(?:a)?ra?)?|nov(?:emb(?:a)?ra?)?|dec(?:emb(?:a)?ra?)?)"
    r"(?:\.\s*+|,?\s++)(?:de\s+)?\d{4}\b"
    # Hungarian's date puts the year first, a stop after it and the day ("2026. december 3. – 15:42", "2026.
    # dec. 3."), opening the line: anchored there, the alternative costs a line's other characters one test
    # each (searched from every word's boundary, it had cost the pattern a third more on CNN/DM's sentences).
    r"|^\d{4}\.\s*+(?:(?:jan|febr|márc|ápr|máj|jún|júl|aug|szept|okt|nov|dec)\.|január|február|március|április"
    r"|május|június|július|augusztus|szeptember|október|november|december)\s*+\d{1,2}\.",
    re.IGNORECASE,
)
# A date in scripts other than Latin, for a line that is not ASCII (the test in C spares English lines the
# pattern): Hindi's months ("3 दिसंबर 2026", "3 दिसम्बर 2026"), spelt with the nasal's dot or its letter, and
# Urdu's; a Japanese or Chinese date and its time, the line's end after them ("2026年12月3日 14時05分"): a
# line of those scripts is one "word", and a headline's date runs on into its news ("2026年12月3日起实施新规").
# (``\d`` takes the digits of every script: Devanagari's too.)
_OTHER_SCRIPT_DATE_LINE = re.compile(
    r"\b\d{1,2}\s++(?:जनवरी|फ\u093c?रवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सित(?:ं|म्)बर|अक्[टत]ूबर|नव(?:ं|म्)बर"
    r"|दिस(?:ं|म्)बर),?\s++\d{4}"
    # Urdu's months, an Arabic comma before the year as Urdu dailies set it ("16 مئی ، 2024").
    r"|\b\d{1,2}\s++(?:جنوری|فروری|مارچ|اپریل|مئی|جون|جولائی|اگست|ستمبر|اکتوبر|نومبر|دسمبر)\s*+[،,]?\s*+\d{4}"
    # The months of MONTH_NAMES in the other scripts (Arabic, Hebrew, Persian, Greek, Armenian, Tamil, Hindi's
    # and Nepali's), a stop after the day or not ("3 ديسمبر 2026", "3 בדצמבר 2026", "3 Δεκεμβρίου 2026").
    rf"|\b\d{{1,2}}\.?\s++(?i:{_OTHER_SCRIPT_MONTHS})\s*+[،,]?\s*+\d{{4}}"
    r"|\d{4}年\d{1,2}月\d{1,2}日(?:\s*+\d{1,2}[時时:]\d\d分?)?\s*+$"
    # A Cyrillic date opening the line, a weekday before it or not ("четвртак, 16. мај 2024, 10:05" over a
    # Serbian broadcaster's story, "Понедельник, 12 мая 2025", "16 травня 2024"): the weekdays of Serbian,
    # Macedonian, Bulgarian, Russian and Ukrainian by their first letters, in either case (a page's date line
    # capitalises its weekday), their endings any; their months cut to three letters before a stop or the
    # word's end ("16 дек. 2024"), or by their stems with an ending of three letters at most ("марта",
    # "вересня", "септември"), so that a heading counting things before a year ("12 маршрутов 2024 года",
    # whose "мар" had opened a month) stays. Only at the line's head, so that a heading naming a day ("Выборы
    # 17 марта 2024") stays.
    r"|^(?:(?i:понед|втор|вівт|уторак|сред|сряд|четв|пет|пят|п['’]ят|суб|саб|съб|нед|воскр)[^\W\d_]*+,?\s++)?"
    r"\d{1,2}\.?\s++(?i:(?:јан|янв|яну|феб|фев|мар|апр|мај|май|мая|јун|июн|юни|јул|июл|юли|авг|сеп|сен|окт|нов|ное"
    r"|дец|дек|січ|лют|бер|кві|тра|чер|лип|сер|вер|жов|лис|гру)(?![^\W\d_])|(?:јануар|январ|януар|феврал|фебруар"
    r"|февруар|март|април|апрел|мај|ма[йя]|јун|июн|юн|јул|июл|юл|август|септемб|септемв|сентябр|октоб|октябр"
    r"|октомв|новемб|ноябр|ноемв|децемб|декабр|декемв|січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт"
    r"|листопад|груд)[^\W\d_]{0,3}+)\.?,?\s++\d{4}"
    # A Nepali date of the Bikram Sambat calendar, its month first and its digits Nepali ("जेठ ३, २०८१"), at
    # the line's head ("जेठ ३, २०८१ प्रकाशित ०७:१५ बजे" over a Nepali daily's story).
    r"|^(?:बैशाख|वैशाख|जेठ|जेष्ठ|असार|आषाढ|साउन|श्रावण|भदौ|भाद्र|असोज|आश्विन|कात्तिक|कार्तिक|मंसिर|मङ्सिर|पुस|पौष"
    r"|माघ|फागुन|फाल्गुन|चैत्र|चैत)\s++\d{1,2},?\s++\d{4}"
    # A Persian date of the Jalali calendar, its digits Persian or not, at the line's head ("۲۸ اردیبهشت ۱۴۰۳ -
    # ۱۰:۱۵" under an Iranian agency's lead): its months are none of MONTH_NAMES, whose Persian names are the
    # Gregorian calendar's. Its weekday before it or not ("سه‌شنبه ۲۸ اردیبهشت ۱۴۰۳ ساعت ۱۰:۱۵", Tuesday ...
    # at 10:15), the joiner, a space or nothing inside the weekday's name: with it, the line had stayed, and
    # under a standfirst set as a heading had gone with it.
    rf"|^(?:(?:(?:یک|دو|سه|چهار|پنج)[\u200c ]?+)?شنبه|جمعه)?+،?\s*+\d{{1,2}}\s++(?:{'|'.join(JALALI_MONTH_NAMES.split())})"
    r"\s++\d{4}",
)
# The most words of a date stamp's line.
_DATE_STAMP_WORDS = 8
# A Thai page's date stamp, its abbreviated month between full stops and its year of the Buddhist era, the
# time after it ("3 ธ.ค. 2567 14:05 น."), the site's or writer's name before it, run into it where the page
# sets the two side by side ("ไทยรัฐออนไลน์3 ธ.ค. 2567 14:05 น."). Its full stops made it a sentence. Or the
# month's full name and "เวลา" (at) before the time, as a portal after Kapook writes it under its headline
# ("22 พฤษภาคม 2567 เวลา 14:20 น."), which had opened the text: after no words but its day's ("วันพุธที่",
# on Wednesday the), as prose names a date in full at the end of a line of its own ("ยื่นเอกสารภายใน 30
# มิถุนายน 2567", hand in the papers by 30 June; "ภาพถ่ายเมื่อ 22 พฤษภาคม 2567", a photo's caption).
_THAI_MONTH_NAMES = "มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม"
_THAI_DAY_NAMES = "จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส|ศุกร์|เสาร์|อาทิตย์"
_THAI_DATE_STAMP = re.compile(
    r"(?:[\u0e01-\u0e4e ]*+\d{1,2} ?+[\u0e01-\u0e4e]{1,3}\.[\u0e01-\u0e4e]{1,2}\."
    r"|(?:วัน(?:" + _THAI_DAY_NAMES + r")?+ที่ ?+)?+\d{1,2} ?+(?:" + _THAI_MONTH_NAMES + r"))"
    r" ?+\d{4}(?: ?+(?:เวลา ?+)?+\d{1,2}[:.]\d{2}(?: ?+น\.)?+)?+"
)
_THAI_DATE_STAMP_MAX_CHARACTERS = 60
# A reading time a page puts by the date ("4 min read", "12 minute read", "3-minute read", "Lesezeit: 3 Min.",
# Courrier international's "Lecture 2 min.", "Lecture" wanting the minutes, as "Lecture 3 of the series" has
# none, and "min" a word, as a subhead's "Lecture 15 minutes par jour" has none), not news that opens with minutes ("4 minutes of reading aloud ...": the pattern wants "read" right after;
# the date may follow with no space, "4 min readJun 2, 2025", where a page's spans stand side by side),
# nor a list's item of a day's routine ("• 20 minutes reading a day", "reading" no reading time). Or a
# browser's reader mode's estimate, a range of minutes alone on its line (Firefox Reader View's "4-5 minutes",
# "3-4 Minuten", "4-5 minutos"), where "4-5 minutes of exercise a day ..." goes on.
_READER_MODE_ESTIMATE_PATTERN = r"\d{1,3}[-–]\d{1,3} (?:minutes|minuten|minutos|minuti)$"
_READER_MODE_ESTIMATE = re.compile(_READER_MODE_ESTIMATE_PATTERN, re.IGNORECASE)
_READING_TIME = re.compile(
    r"(?:\d{1,3}(?:-|\s*+)(?:min|mins|minutes?)\.?\s++read(?!ing)|(?:reading time|lesezeit|temps de lecture)\s*+:?\s*+\d"
    rf"|lecture\s*+:?\s*+\d{{1,3}}\s*+min(?![^\W\d_])|{_READER_MODE_ESTIMATE_PATTERN})",
    re.IGNORECASE,
)
# Page furniture that reads as a sentence, ends on a stop and so passes the summarizers' rules for
# headlines and bylines. A time stamp: in English, a date, a time or a moment ago right after the word
# ("Posted on April 21, 2015, at 11:29 a.m.", "Updated: 3 March", "Published Tuesday", "Updated 5 minutes
# ago", an Australian broadcaster's "Posted 3h ago"), not a span of time ("Published 20 years ago, the novel ...") nor a name ("Updated Sunderland kit
# ..."), or its field's label as Indian papers write it ("Publish Date: Thu, 03 Dec 2026 02:05 PM (IST)",
# "Updated Date: ..."); in the other languages nutgraf stems, a number after the word ("Aktualisiert am 3. März 2024",
# "Publicado el 3 de marzo").
#: An English weekday's name or its abbreviation ("Tues"), to be followed by ``\b``.
WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
_STAMP = re.compile(
    r"(?:posted|published|updated|last updated|first published|modified|(?:publish|updated?) date)"
    r"(?:\s+(?:on|at))?\s*+:?\s*+"
    rf"(?:{MONTH}\s*+\d|\d{{1,2}}(?:st|nd|rd|th)?\.?\s++{MONTH}(?![a-z])|\d{{4}}-\d\d?-\d"
    rf"|\d\d?[/.]\d\d?[/.]\d\d|\d\d?[:.]\d\d|\d{{1,2}}\s*+(?:[hmd]|min|mins|minutes?|hours?|hrs?|days?)\s++ago\b"
    rf"|{WEEKDAY}\b|today\b|yesterday\b)"
    r"|(?:veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|atualizado|pubblicato|aggiornato"
    r"|опубликовано|обновлено|опубліковано|оновлено)"
    r"(?:\s+(?:am|le|el|em|il))?\s*+:?\s*+\d",
    re.IGNORECASE,
)
_STAMP_OPENINGS = frozenset("ac ag ak at fi la mi mo po pu up ve".split())
_STAMP_MAX_WORDS = 12
# A line that is a time of day alone, the stamp over each entry of a live report ("14:32", "14:32 GMT",
# "2.15pm", "9:05 a.m. ET", "13h10"), or its age ("9h ago", "25 min ago"): the page's clock, never a
# sentence of its news. The longest is the day's word's ("Yesterday at 12:45 p.m.").
_TIME_STAMP_MAX_CHARACTERS = 23
_TIME_STAMP_LINE = re.compile(
    r"\d{1,2}[:.h]\d\d(?:\s?+[aApP]\.?[mM]\.?)?(?:\s++(?:[A-Z]{2,5}|Uhr))?"
    r"|\d{1,2}\s?+(?:h|hr|hrs|hours?|m|min|mins|minutes?|d|days?)\s++ago"
    # The day's word and the time, as the Irish Independent stamps a story ("Today at 06:30"), and with its
    # meridiem, as US regional papers' pages do ("Today at 3:15 PM", the Duluth News Tribune's, had stayed).
    r"|(?:[Tt]oday|[Yy]esterday) at \d{1,2}[:.]\d\d(?:\s?+[aApP]\.?[mM]\.?)?"
)
# A row of a programme listing or a timetable, a time of day and what is on ("8.00pm The Great British Bake
# Off, Channel 4", "21:00 Newsnight, BBC Two", "9pm Vera, ITV1"), a colon or a dash after the time or not
# ("7pm: The One Show", "10:00 – Doors open"): the page's schedule, never a sentence of its news, and, as a
# live report's stamps, no break in the article's prose. With its colon, a schedule had parted the story's
# last paragraph under it from the rest, which went as the page's. Its mark is read apart: a row with one is
# as often a story's own timeline ("08:15 – First explosion at the central station"), which stays.
_SCHEDULE_ROW = re.compile(
    r"\d{1,2}(?:[:.]\d\d(?:\s?+[ap]\.?m\.?)?+|\s?+[ap]\.?m\.?)(?P<mark>\s?+[:–—-])?+\s++[^\W\d_]",
    re.IGNORECASE,
)
# A row of a listing of dated events ("March 3: Public hearing at City Hall", "5 March — Vote postponed",
# "Mar. 10, 2026: Final vote"): a month's name (whole, or cut before its stop) and its day, the year or not,
# then a colon or a dash before what happened or is on. A story sets such a timeline under its first paragraph;
# as a programme listing's rows, the rows part none of the story's prose (``span._article_span``).
_DATED_ROW = re.compile(
    r"(?:(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.)\s++\d{1,2}(?:st|nd|rd|th)?+"
    r"|\d{1,2}\s++(?:january|february|march|april|may|june|july|august|september|october|november|december))"
    r"(?:,?\s++\d{4})?+\s*+[:–—-]\s++[^\W\d_]",
    re.IGNORECASE,
)
# A time of day ("11:42", "12.03"), also run into the year before it, as a page whose date and time are
# parts of their own comes out copied ("March 4, 20242:15 PM GMT").
_TIME_OF_DAY = re.compile(r"(?:\b|(?<=\b(?:19|20)\d\d))\d{1,2}[:.]\d{2}\b(?![.:]\d)")


# A stamp of the day and the month without the year, and the time, alone on its line, its update's after a
# bar and the update's word as Finnish papers set it (Aamulehti's "3.12. 15:20 | Päivitetty 3.12. 16:05"):
# read as no stamp, it had left the writer's names above it no byline. A time in prose has words about it.
_YEARLESS_STAMP_LINE = re.compile(
    r"\d{1,2}\.\d{1,2}\.\s++\d{1,2}[:.]\d{2}(?:\s*+\|\s*+[^\W\d_]{3,20}\s++\d{1,2}\.\d{1,2}\.\s++\d{1,2}[:.]\d{2})?"
    # A news app's stamp, the time first, its meridiem, and the month's abbreviation and the day (1News's
    # "12:45pm, Dec 4"): read as no stamp, it had been the title over the headline the app's toolbar pushed
    # down.
    r"|\d{1,2}[:.]\d{2}\s?+[ap]m,\s++(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s++\d{1,2}"
    # A French paper's day and month, the weekday before them, each cut to its first letters with a stop
    # ("lun. 2 févr.", "jeu. 5 déc."): the month's stop had made the line a sentence, which stayed over the
    # story where "lundi 2 février" went. Whole, neither closes on a stop, and its line goes as it is.
    r"|(?i:(?:(?:lun|mar|mer|jeu|ven|sam|dim)\.|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),?\s++)?"
    r"\d{1,2}(?:er)?\s++(?i:janv|févr|fevr|avr|juil|sept|oct|nov|déc|dec)\."
    # Or its weekday alone, over the day's entries of a live page ("mer."), as "mercredi" goes; in lower
    # case, as such a page writes it: "Sam." or "Dim." alone is a letter's signature.
    r"|(?:lun|mar|mer|jeu|ven|sam|dim)\."
)
_YEARLESS_STAMP_MAX_CHARACTERS = 48
_FRENCH_WEEKDAY_INITIALS = "lmjvsdLMJVSD"

# A browser's print header, the running head atop each printed page of a story saved to PDF and copied back:
# the day in figures, a comma, the time and the page's title after it ("12/3/26, 4:05 PM Rotterdam opens ...
# | Dutch News", "03.12.26, 16:05 Bahn streicht ..."). A headline or a sentence with a date and a time in it
# puts words before them or a colon after ("12/3/26, 4:05 PM: the moment the lights went out").
_PRINT_HEADER = re.compile(r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}, \d{1,2}:\d{2}(?: [AaPp][Mm])?+ (?=[^\W\d_])")
# The fewest words of the title after it: a stamp's word after the time ("16:05 Uhr") is no page's title.
_PRINT_HEADER_TITLE_WORDS = 3
#: How a web address opens, as a printed page's running head or footer writes the page's.
PAGE_ADDRESS_OPENINGS = ("https://", "http://")
# A browser's print footer, the page's number of the pages' count, then the day and the time the page was
# printed, as Firefox sets it at the foot of each page ("1 of 2 12/3/26, 9:41 AM", "1 de 2 3/12/26, 16:05",
# "1 von 2 03.12.26, 16:05"): each page's number its own, it repeats on no page, and had stayed between two
# paragraphs. The line whole: a sentence goes on after a date and a time.
_PRINT_FOOTER = re.compile(
    r"\d{1,3} (?:of|de|von|sur|di|z|van|av|из) \d{1,3} \d{1,2}[/.]\d{1,2}[/.]\d{2,4}, \d{1,2}:\d{2}(?: [AaPp][Mm])?+"
)
_PRINT_FOOTER_MAX_CHARACTERS = 40
# Or the print header's stamp alone on its line, the title on the next, as a PDF's text gives it back, the day
# in the order of the browser's language (Chrome's Japanese "2026/12/03 16:05", its English "12/3/26, 4:05
# PM"): a stamp, which only its repeating atop each page tells from a story's (the caller counts them).
_PRINT_STAMP = re.compile(
    r"(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4},|\d{4}/\d{1,2}/\d{1,2}) \d{1,2}:\d{2}(?: [AaPp][Mm])?+"
)

# A transcript's time code in brackets at a line's head, and a transcribing tool's numbered speaker's label
# after it ("[00:00:03] Speaker 1: Egg prices are down ...", a podcast's transcript under its show notes):
# the page's index into the audio, not the words said. Only a numbered label goes: a speaker's name
# ("[00:01:12] Jane Doe: ...") tells whose words they are.
_TRANSCRIPT_STAMP = re.compile(r"[\[(]\d{1,2}:\d\d(?::\d\d)?[\])] ?+(?:([^\W\d_]{1,20}) \d{1,2}: )?+")
# A recording's part numbered as a speaker is ("[00:00:12] Chapter 3: Why rents keep rising"): a chapter's
# heading in the transcript, its number and title the reader's guide to it, no speaker's label; only its code
# goes. A podcast's or a video's parts, in the languages of the labels the stamp knows.
_RECORDING_PARTS = frozenset(
    ("chapter", "part", "section", "segment", "episode", "kapitel", "teil", "chapitre", "partie", "capítulo",
     "parte", "capitolo")
)  # fmt: skip


def is_yearless_stamp_line(text: str) -> bool:
    """Whether a line is :data:`_YEARLESS_STAMP_LINE` whole: its length and first character (a figure, or a
    French weekday's), in C, spare nearly every line the pattern."""
    return (
        len(text) <= _YEARLESS_STAMP_MAX_CHARACTERS
        and (text[:1].isdigit() or text[:1] in _FRENCH_WEEKDAY_INITIALS)
        and _YEARLESS_STAMP_LINE.fullmatch(text) is not None
    )


def is_print_header(text: str) -> bool:
    """Whether a line (its spaces folded) is a browser's print header (:data:`_PRINT_HEADER`) over a title
    of :data:`_PRINT_HEADER_TITLE_WORDS` words or more with no stop: the header had been the title of a story
    printed to PDF and stayed between its pages. Its first character, in C, spares nearly every line the
    pattern."""
    if not text[:1].isdigit() or (header := _PRINT_HEADER.match(text)) is None:
        return False
    title = text[header.end() :]
    return len(title.split()) >= _PRINT_HEADER_TITLE_WORDS and not _ends_sentence(title)


def is_print_footer(text: str) -> bool:
    """Whether a line (its spaces folded) is a browser's print footer (:data:`_PRINT_FOOTER`) whole: its
    length and first character, in C, spare nearly every line the pattern."""
    return (
        len(text) <= _PRINT_FOOTER_MAX_CHARACTERS
        and text[:1].isdigit()
        and _PRINT_FOOTER.fullmatch(text) is not None
    )


def is_print_stamp(text: str) -> bool:
    """Whether a line is a print header's stamp alone (:data:`_PRINT_STAMP`): its length and first
    character, in C, spare nearly every line the pattern."""
    return (
        len(text) <= _PRINT_FOOTER_MAX_CHARACTERS
        and text[:1].isdigit()
        and _PRINT_STAMP.fullmatch(text) is not None
    )


def is_addressed_print_footer(text: str) -> bool:
    """Whether a line is a browser's print footer that gives the page's address, then the page's number of the
    pages' count, as Chrome sets it at the foot of each page ("https://www3.nhk.or.jp/news/... 1/2"): each
    page's number its own, it repeats on no page, and atop the text once its running head was gone it had
    kept the headline under it from the title. A link alone, or a sentence closing on a count, is none."""
    address, space, count = text.rpartition(" ")
    pages, _, of = count.partition("/")
    return (
        bool(space)
        and address.startswith(PAGE_ADDRESS_OPENINGS)
        and " " not in address
        and pages.isdigit()
        and of.isdigit()
        and len(of) <= 3
        and int(pages) <= int(of)
    )


def closes_on_page_address(text: str) -> bool:
    """Whether a line closes on a web address (:data:`PAGE_ADDRESS_OPENINGS`) after its words, as a printed
    page's running head closes on the page's."""
    return text.rsplit(None, 1)[-1].startswith(PAGE_ADDRESS_OPENINGS) and not text.startswith(
        PAGE_ADDRESS_OPENINGS
    )


def transcript_stamp_end(text: str) -> int:
    """Where a line's words start after a transcript's time code and numbered speaker's label at its head
    (:data:`_TRANSCRIPT_STAMP`); 0 for a line without one. Its first character, in C, spares nearly every
    line the pattern."""
    if text[:1] not in "[(" or (stamp := _TRANSCRIPT_STAMP.match(text)) is None:
        return 0
    label = stamp.group(1)
    return stamp.start(1) if label is not None and label.casefold() in _RECORDING_PARTS else stamp.end()


def _may_be_stamp(text: str) -> bool:
    """Whether ``text`` opens with a date or time stamp (:data:`_STAMP`): its openings spare most lines the
    pattern."""
    return _stamp_at_head(text, _head(text))


def _stamp_at_head(text: str, head: str | None) -> bool:
    """:func:`_may_be_stamp` of ``text`` whose :func:`_head` is ``head``."""
    return (head is None or head in _STAMP_OPENINGS) and _STAMP.match(text) is not None


def _is_time_stamp_line(text: str) -> bool:
    """Whether a line (its spaces folded) is a time of day alone, a live report's stamp ("14:32 GMT"):
    the length test spares the pattern every longer line."""
    return len(text) <= _TIME_STAMP_MAX_CHARACTERS and _TIME_STAMP_LINE.fullmatch(text) is not None


def _is_thai_date_stamp(text: str) -> bool:
    """Whether a line is a Thai date stamp (:data:`_THAI_DATE_STAMP`): the length and ASCII tests, in C,
    spare nearly every line the pattern."""
    return (
        len(text) <= _THAI_DATE_STAMP_MAX_CHARACTERS
        and not text.isascii()
        and _THAI_DATE_STAMP.fullmatch(text) is not None
    )
