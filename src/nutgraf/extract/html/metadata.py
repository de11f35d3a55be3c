"""What a page says about itself: title, byline, date and site name, from its meta tags, JSON-LD, title
element and htmldate, with the site's name taken off the title and dates or bios off the author field.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from contextlib import suppress
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from itertools import islice
from typing import NamedTuple

from nutgraf.article import site_of
from nutgraf.extract.html.markup import cut_elements
from nutgraf.extract.text import (
    CREDIT_OPENING,
    JOB_TITLES,
    MONTH,
    NAMES_END,
    STAMP_BEFORE_NAMES,
    WEEKDAY,
    byline_names,
    folded_line,
    looks_like_names,
    names_after_stamp,
    word_count,
)

# The time of day and offset where the page gives them; a date alone reads as that day's midnight.
# Elements of the article (or page) the byline search looks at, from its start: on the shared pages the
# first 500 hold every byline the whole page gives (the first 250 lose 3 of 311 pages' bylines).
_BYLINE_ELEMENTS = 500
_COMMENT_WORDS = frozenset({"comment", "comments"})
# Elements that hold a byline line above the article's first paragraph.
_BYLINE_LINE_TAGS = ("p", "div", "span", "address", "li", "time")
# Elements that make a line of those holding them a block of lines.
_BLOCK_TAGS = frozenset(("p", "div", "address", "li", "ul", "ol", "table", "section", "article"))
# Drupal's byline, in English and the translations its sites keep: the names between "Submitted by" and
# the "on" that a date follows, or a weekday or a month and the date ("on Fri, 11/08/2013", "el Jue,
# 14/03/2019", "le 3 mars 2024", "am Montag, 3. März"): the same words inside a name are its particles
# ("Mohamed El Erian", "Kim Le", "Jean Le Gall").
_SUBMITTED_BY = re.compile(
    r"(?:submitted|posted|enviado|soumis|eingereicht|inviato)\s++(?:by|por|par|von|da)\s++"
    r"(?P<names>[^\W\d_][^\d,|]{0,80}?)\s++(?:on|el|le|am|il)\s++(?=\d|[^\W\d_]{2,12}+\.?,?\s++\d)",
    re.IGNORECASE,
)
# The word after a Korean or Japanese reporter's name ("김지훈 기자", "山口彩花記者"), and the brackets a
# Japanese paper sets the name in ("（山口 彩花）"). Not a photographer's credit, which ends in 摄, 摄影
# or 图 ("photographed", "photo": "新华社记者 李贺 摄").
_REPORTER_CREDIT = re.compile(
    r"(?:^\s*+|[（(])[\u4e00-\u9fff]{0,6}?(?:记者|記者)\s*+(?P<zh>[\u4e00-\u9fff]{2,3})(?<![摄攝图圖])"
    r"(?=\s|[）)]|$)(?!\s*+[摄攝图圖])"
    r"|^\s*+(?P<ko>[\uac00-\ud7a3]{2,4})\s*+기자\s*+$"
)
# Where such a credit stands in a line: at its start, or in the dateline of the first paragraph.
_REPORTER_CREDIT_CHARACTERS = 40
# A paragraph of Chinese or Japanese (written without spaces) of this many characters is the article's
# text (counted as words are, a character a word: a line of English this long in characters is a
# standfirst of a dozen words).
_DENSE_LINE_CHARACTERS = 80
_REPORTER_WORD = re.compile(r"(?<!\s)\s*+(?:기자|記者|특파원|特派員)$")
_BRACKETS = "()（）〔〕[]【】"
_BYLINE_LINE_WORDS = 12
# A class or id that names the author in the languages trafilatura's English names miss ("auteur",
# "autore", "autor", "verfasser", "redacteur") or the reporter (Japanese and Korean papers), and the most words of the names such an element holds.
_AUTHOR_CLASS = re.compile(
    r"auteur|autor|verfasser|redacteur|redactor|schrijver|firma-autor|reporter|journalist"
)
_NAMES_WORDS = 6
# trafilatura's limit on an author element's text (a longer one is prose, or a bio).
_AUTHOR_CHARACTERS = 120
_COMMENT_STATES = frozenset({"has", "open", "closed", "link", "count", "number", "num"})
_DATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"
# Separators between a page's headline and its site's name in <title> and og:title (" -- ": a
# typewriter's dash, "Headline -- Sott.net").
_TITLE_SEPARATOR = re.compile(r" [|–—·-] | :: | -- ")
# Separators a title may put right after the headline, without a space (or brackets round the source it
# credits), and the fewest letters of an <h1>
# read as the headline before one (a Chinese site's name is 2-4 characters, a headline 10 or more).
_TIGHT_SEPARATORS = frozenset("-_|–—·")
_TIGHT_HEADLINE_LETTERS = 8
# A section's name after the site's name that ends a title has at most this many words ("Headline | CNN
# Politics", "Headline - Yahoo Finance").
_SECTION_WORDS = 2
# Where a title parts into the headline and the rest (a section, the site's name, before or after it):
# the separators above, or a colon after the rest ("LinkNaija | Nigeria's popular news platform: ...").
_HEADLINE_SEPARATOR = re.compile(_TITLE_SEPARATOR.pattern + "|: ")
# A headline cut out of a title by the page's <h1> has at least this many words: a shorter <h1> is a
# site's logo or a section's name as often as a headline.
_HEADLINE_WORDS = 4
# Where an author field runs on past the names, never at its start: a weekday, a month before a day
# ("November 19": a month alone may be a name, April Smith or Julian March), a bio, a "Published" stamp.
_BYLINE_TAIL = re.compile(
    r"(?<=\S)\s+(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|published|updated|posted"
    r"|submitted)\b"
    rf"|{MONTH}(?=\s*\d)"
    r"|is an? )"
    # A field that is a date stamp and nothing else ("Last Updated: January 7, 2025", "Posted on March 5,
    # 2024", Drupal's "Submitted on Mon, 2019-01-21"), not a credit ("Posted by Jane Doe").
    r"|^(?:last\s+)?(?:updated|modified|published|posted|submitted)\b(?!\s+by\b)",
    re.IGNORECASE,
)
# What a byline says before the names, in the languages nutgraf reads: an author field of nothing else has
# lost its names (trafilatura drops "<...>" from it as markup, so "By <Jane Doe>" arrives as "By").
_CREDIT_WORDS = frozenset(
    {"by", "von", "par", "por", "di", "da", "de", "door", "przez", "autor", "от", "від", "автор"}
)
# A label before the names in a byline element ("Текст: Лида Буслаева", "Author: ...", "作者：..."): one
# word and a colon, which trafilatura would keep as a word of the names (an Indic or Thai word's vowel signs
# are no letters to Python: "संवाददाता:", "ผู้เขียน:").
_BYLINE_LABEL = re.compile(r"^[^\W\d_][\w\u0900-\u0e7f]*+\s*+[:：]\s*+")
# What a byline credits the names with, before them: "Analysis by", "Written by", "Story by".
_CREDIT_PREFIX = re.compile(r"^[^\W\d_]+\s+by\s+", re.IGNORECASE)
# The word that joins two writers' names in the languages nutgraf reads, besides the "and" and "und"
# trafilatura parts an author field at ("Ana García y Luis Pérez", "Claire Martin et Paul Durand", "Marco
# Rossi e Luca Bianchi", "Jan de Vries en Piet Bakker"); in lower case, as in a byline.
_NAMES_JOINER = re.compile(r" (?:y|e|et|en|i|и|і|та|oraz) ")
# A news agency that a writer's name is credited with ("Jane Doe, Associated Press", "Jane Doe | Reuters"),
# in letters: beside a writer's name it is no second writer.
_NEWS_AGENCIES = frozenset(
    "associatedpress ap reuters afp agencefrancepresse dpa efe ansa apa pa pamedia anp belga epa kyodo"
    " xinhua upi tass ria yonhap 연합뉴스 뉴시스 뉴스1 新华社 中新社 共同通信 時事通信".split()
)
# The last word of a newsroom's name in an author field ("TIC News Service", "Web Desk", "Metro Staff"),
# and the first of a photographer's credit beside the writer's ("Фото Руслан Исмагилов").
_DESK_WORDS = frozenset({"service", "desk", "bureau", "staff", "newsroom", "wires"})
_PHOTO_WORDS = frozenset(
    {"photo", "photos", "foto", "fotos", "фото", "фотография", "photography", "写真", "摄影", "사진"}
    | {"video", "videos", "vídeo", "vídeos", "видео"}
)
# Words of a class or id that name a picture's or a video's credit ("image-author", "photo-credit"):
# its names are the photographer's.
_PICTURE_CLASS_WORDS = frozenset({"image", "img", "photo", "foto", "picture", "video", "caption"})
# The most words of a site's name read from a page's <title>.
_SITE_WORDS = 5
# Where a page names itself: its logo's image (its ``alt``), and the links to its home page (their text,
# their image's ``alt``: a blog's name in its header); the first few of them.
_HOME_LINKS = (
    '//a[@href="/" or @href="./" or (starts-with(@href, "http")'
    ' and substring-after(substring-after(@href, "//"), "/") = "")]'
)
_LOGOS = (
    '//img[contains(@class, "logo") or contains(@id, "logo") or contains(@src, "logo")]/@alt'
    f"|{_HOME_LINKS}|{_HOME_LINKS}//img/@alt"
)
_LOGO_NAMES = 20
_LEADING_ARTICLE = re.compile(r"^the\s++", re.IGNORECASE)
# What a copyright notice read as a site's name ends with ("网易版权所有": "NetEase, all rights reserved").
_RIGHTS_RESERVED = re.compile(r"(?<!\s)\s*+(?:版权所有|版權所有|all rights reserved\.?)$", re.IGNORECASE)
# A site's name that is its address, or its copyright line: the page names no site.
_ADDRESS = re.compile(r"https?://", re.IGNORECASE)
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright\b)", re.IGNORECASE)
# A credit run into a site's name after a separator: "SIMPLYFOUND.COM | BY: JOE WEE".
_SITE_CREDIT = re.compile(r" [|–—·-] by\b", re.IGNORECASE)
# A day's leeway for a page's clock ahead of ours: a later date is a typo or a scheduled post's.
_A_DAY = timedelta(days=1)
_JSON_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]{10,40})"')
# A title longer than this is text put in the wrong place, not a headline (the longest <title> and
# og:title of the 311 shared pages have 166 characters); taking the site's name off one compares each
# separator's remainder with it, work that grows with the square of the title's length.
_TITLE_CHARS = 1_000
# A <time> of the article's own, not of a story card in it.
_ARTICLE_TIME = "//time[@datetime][ancestor::article][not(ancestor::aside or ancestor::li or ancestor::nav)]"
# Meta tags that state a page's date for machines (htmldate reads them before any text).
_DECLARED_DATE = (
    '//meta[contains(@property, "published_time") or contains(@property, "modified_time")'
    ' or contains(@itemprop, "datePublished") or contains(@itemprop, "dateModified")'
    ' or contains(translate(@name, "DATEPUBLISH", "datepublish"), "date")'
    ' or contains(translate(@name, "DATEPUBLISH", "datepublish"), "publish")]'
    f"|{_ARTICLE_TIME}"
)
# A date line has at most this many words ("Publié le 3 mars 2026 à 10h12, mis à jour le 5 mars 2026 à
# 08h30 – Par Claire Martin").
_DATE_LINE_WORDS = 30
_DATE_LINE_CHARACTERS = 300
# The earliest year a date line's date is read in (htmldate's own floor is 1995).
_FIRST_NEWS_YEAR = 1990
_DATE_LINE_ELEMENTS = 8
# The elements beside the headline, before it, that may hold its date (a section's name, the date, a
# kicker), and the parts of a page that are the site's, not the article's.
_LINES_ABOVE_HEADLINE = 3
_SITE_PARTS = frozenset(("header", "nav", "aside", "footer"))
# The elements after the headline a date line is looked for in (it stands right under the headline).
_AFTER_HEADLINE = (
    "following::*[self::p or self::div or self::span or self::time or self::li or self::address]"
    "[not(ancestor::nav or ancestor::aside or ancestor::footer)][position() <= 60]"
)
_SENTENCE_ENDS = tuple(".!?。！？")
# A calendar date as pages write it: "2026年3月3日", "2026-03-03" (Korean pages: "2026. 3. 3."), "03.03.2026" (day first, but for "/" and
# "-" on an English page: see _numeric_order), "3 mars 2026", "3. März 2026", "3 de marzo de 2026", "3 марта
# 2026", "3 مارس 2026", and English's "March 3, 2026"; the first of the month as French, Spanish and Italian
# write it ("1er décembre", "1º de diciembre", "1° dicembre"), Thai's abbreviated months ("3 ธ.ค. 2569") and
# Persian's two-letter month ("۱۲ دی ۱۴۰۵").
_LINE_DATE = re.compile(
    r"(?P<y1>\d{4})\s*+年\s*+(?P<m1>\d{1,2})\s*+月\s*+(?P<d1>\d{1,2})\s*+日"
    r"|(?<!\d)(?P<y2>\d{4})(?:[-/]|\.\s?+)(?P<m2>\d{1,2})(?:[-/]|\.\s?+)(?P<d2>\d{1,2})(?!\d)"
    r"|(?<!\d)(?P<d3>\d{1,2})(?P<sep3>[-/.])(?P<m3>\d{1,2})[-/.](?P<y3>\d{4})(?!\d)"
    r"|(?<!\d)(?P<d4>\d{1,2})(?:er|º|°)?\.?\s++(?:de\s++)?"
    r"(?P<mon4>[^\W\d_][^\s\d,.]{2,11}\.?|[\u0e00-\u0e7f]{1,3}\.[\u0e00-\u0e7f]{1,2}\.|دی|دي)"
    r"\s*+(?:de\s++)?,?\s*+(?P<y4>\d{4})(?!\d)"
    r"|(?<![^\W\d_])(?P<mon5>[^\W\d_]{3,10}\.?)\s++(?P<d5>\d{1,2})(?:st|nd|rd|th)?,?\s++(?P<y5>\d{4})(?!\d)"
)
# The time zones a date line names by letters, and their offsets from UTC in hours: North America's and
# GMT/UTC (other letters, "IST" in India, Ireland and Israel, name more than one zone). North America's
# are read on pages in American (or Canadian) English or English of no region alone: "CST" is China
# Standard Time (+8) on a Chinese page, "PST" Philippine Standard Time on a Philippine one. Central Europe's,
# East Africa's and Indonesia's name one zone each, on any page, of one offset for years (Moscow's "MSK" has
# been +3 since 2014 only, +4 before: its time is read as local).
_ZONES = {
    "EST": -5,
    "EDT": -4,
    "CST": -6,
    "CDT": -5,
    "MST": -7,
    "MDT": -6,
    "PST": -8,
    "PDT": -7,
    "GMT": 0,
    "UTC": 0,
    "CET": 1,
    "CEST": 2,
    "MEZ": 1,
    "MESZ": 2,
    "EAT": 3,
    "WIB": 7,
    "WITA": 8,
    "WIT": 9,
}
_ZONE_NAMES = "(?-i:" + "|".join(_ZONES) + ")"
_NORTH_AMERICAN_ZONES = frozenset(("EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT"))
_UNIVERSAL_ZONES = frozenset({"GMT", "UTC"})
_NORTH_AMERICAN_ENGLISH = frozenset({"", "us", "ca"})
# The local time of a North American zone, standard or daylight by the date ("5:42 PM ET"): the commonest
# American form, read as the time of day alone.
_LOCAL_ZONE_NAMES = "(?-i:ET|CT|MT|PT)"
# The time of day after a date: "à 10h12", "10:12 Uhr", ", 10:12", "10時12分", "- 10:12", "at 9:30 p.m.",
# "14.05 Uhr" and Thai's "14.05 น." (a full stop parts hours from minutes only before the clock's word), and
# the half of the day a 12-hour clock names, after the time (Arabic's "ص" and "م": "01:30 م" is 13:30) or
# (in Chinese and Japanese) before it; a zone's letters, and GMT's or UTC's offset ("GMT+7", "(GMT+7)": the
# time is 7 hours ahead of GMT, not GMT's; "GMT +7" too, a space before the sign).
_LINE_TIME = re.compile(
    r"[^\d]{0,8}?(?P<h>\d{1,2})\s*+(?:[:h]|時|\.(?=\d{2}\s*+(?:Uhr|น)))\s*+(?P<mi>\d{2})(?!\d)"
    r"(?:\s*+(?:(?P<half>[aApP])\.?[mM]|(?P<arabic_half>[صم]))(?![^\W\d_]))?"
    rf"(?:\.?\s*+\(?(?P<zone>{_ZONE_NAMES})(?:\x20?+(?P<sign>[+\-−])(?P<oh>\d{{1,2}})(?::?(?P<om>\d\d))?)?(?![^\W\d_]))?"
)
# A time of day right before a date, as American television sites write it ("Published: 5:42 PM EST
# February 27, 2024", "Posted at 9:51 PM, Mar 14, 2024", CNN's "Published 10:35 PM EST, Tue February 27,
# 2024") and Russian ones, on a 24-hour clock ("14:05, 3 декабря 2026").
_TIME_BEFORE = re.compile(
    r"(?<!\d)(?P<h>\d{1,2}):(?P<mi>\d{2})(?!\d)\s*+(?:(?P<half>[aApP])\.?[mM]\.?)?"
    rf"(?:\s*+(?:(?P<zone>{_ZONE_NAMES})|{_LOCAL_ZONE_NAMES})(?![^\W\d_]))?\s*+,?\s*+"
    rf"(?:(?i:{WEEKDAY})\.?,?\s*+)?$"
)
_HALF_DAYS = frozenset({"am", "pm", "a.m.", "p.m."})
# An XHTML page's language (``xml:lang``, as Drupal 7 writes it), under the name lxml gives it.
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# The weekday a date line names before a date in numbers ("Fri, 11/08/2013 - 14:20", Drupal's default):
# it tells which of the date's two readings is meant. English only: the order is open on English pages.
_WEEKDAY_BEFORE = re.compile(rf"\b(?P<day>{WEEKDAY})\.?,?\s*+$", re.IGNORECASE)
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_AFTERNOON = ("午後", "下午", "晚上", "오후")
# English-speaking regions that write a date in numbers day first, as the rest of the world does; the
# United States (and a page that says "en" alone, as often British as American) write it month first.
_DAY_FIRST_ENGLISH = frozenset({"gb", "uk", "au", "nz", "ie", "in", "za", "sg", "ng", "ke", "pk", "hk"})
# Words that say what a date in a date line is: its publication or its last update.
_DATE_LABEL = re.compile(
    r"(?P<updated>mis à jour|màj|actualisé|modifié|aktualisiert|geändert|actualizado|actualizada|atualizado"
    r"|atualizada|aggiornato|aggiornata|modificato|bijgewerkt|aangepast|обновлено|обновлён|оновлено"
    r"|zaktualizowano|aktualizacja|güncelleme|güncellendi|diperbarui|cập nhật|更新|updated|modified"
    r"|last updated|تم التحديث|آخر تحديث)"
    r"|(?:publié|publiée|publication|veröffentlicht|erschienen|publicado|publicada|pubblicato|pubblicata"
    r"|publiziert|gepubliceerd|опубликовано|опубликован|опубліковано|opublikowano|yayınlanma|yayınlandı|yayın tarihi"
    r"|diterbitkan|发布|發布|公開|配信|نشر في|تاريخ النشر|published|posted)",
    re.IGNORECASE,
)
# Month names and their usual abbreviations in the languages nutgraf reads (Polish's as a date writes them,
# "5 marca", and alone; Hindi's with and without the nukta, "फ़रवरी", "फरवरी"; Hebrew's with the "in" a date
# gives them, "3 בדצמבר 2026"; Persian's of the Gregorian calendar), English's British order too.
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "janvier janv january jan januar januari enero ene gennaio gen janeiro января январь يناير stycznia styczeń जनवरी"
            " січня січень ocak oca ינואר בינואר ژانویه",
            "février févr fevrier february feb februar februari febrero febbraio fevereiro fev февраля февраль فبراير lutego luty फ़रवरी फरवरी"
            " лютого лютий şubat şub februari פברואר בפברואר فوریه",
            "mars march mar märz maart mrt marzo março марта март مارس marca marzec मार्च"
            " березня березень mart maret machi מרץ במרץ מרס במרס",
            "avril avr april apr abril abr aprile апреля апрель أبريل ابريل kwietnia kwiecień अप्रैल"
            " квітня квітень nisan nis aprili אפריל באפריל آوریل",
            "mai may mei mayo maggio mag maio мая май مايو maja maj मई травня травень mayıs מאי במאי",
            "juin june jun juni junio giugno giu junho июня июнь يونيو czerwca czerwiec जून"
            " червня червень haziran haz יוני ביוני ژوئن",
            "juillet juil july jul juli julio luglio lug julho июля июль يوليو lipca lipiec जुलाई"
            " липня липень temmuz tem julai יולי ביולי ژوئیه",
            "août aout august aug augustus agosto ago августа август أغسطس اغسطس sierpnia sierpień अगस्त"
            " серпня серпень ağustos ağu agustus agu agt agosti אוגוסט באוגוסט",
            "septembre sept september sep septiembre setiembre settembre set setembro сентября сентябрь سبتمبر września wrzesień सितंबर सितम्बर"
            " вересня вересень eylül eyl septemba ספטמבר בספטמבר سپتامبر",
            "octobre oct october oktober okt octubre ottobre ott outubro out октября октябрь أكتوبر اكتوبر października październik अक्टूबर अक्तूबर"
            " жовтня жовтень ekim eki oktoba אוקטובר באוקטובר اکتبر",
            "novembre nov november noviembre novembro ноября ноябрь نوفمبر listopada listopad नवंबर नवम्बर"
            " листопада kasım kas novemba נובמבר בנובמבר نوامبر",
            "décembre déc decembre december dec dezember dez diciembre dic dicembre dezembro декабря декабрь ديسمبر grudnia grudzień दिसंबर दिसम्बर"
            " грудня грудень aralık ara desember des desemba דצמבר בדצמבר دسامبر",
        ),
        start=1,
    )
    for name in names.split()
}
# Thai's months, whose dates give the year of the Buddhist era (2569 is 2026) where it is past 2400 (a Thai
# page may write the Gregorian year too): full and abbreviated ("ธ.ค.", read without its last full stop).
_THAI_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "มกราคม ม.ค",
            "กุมภาพันธ์ ก.พ",
            "มีนาคม มี.ค",
            "เมษายน เม.ย",
            "พฤษภาคม พ.ค",
            "มิถุนายน มิ.ย",
            "กรกฎาคม ก.ค",
            "สิงหาคม ส.ค",
            "กันยายน ก.ย",
            "ตุลาคม ต.ค",
            "พฤศจิกายน พ.ย",
            "ธันวาคม ธ.ค",
        ),
        start=1,
    )
    for name in names.split()
}
_BUDDHIST_ERA = 543
_FIRST_BUDDHIST_YEAR = 2400
# The months of the Persian (Jalali) calendar, as Iranian pages date their news ("۱۲ آذر ۱۴۰۵" is 3 December
# 2026), written with Persian's yeh (Arabic's "ي" is folded to it before they are looked up).
_JALALI_MONTHS = {
    name: number
    for number, name in enumerate(
        "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند".split(), start=1
    )
}
# The years in which the Jalali calendar's leap cycle changes (jalaali-js's "breaks", after Borkowski's
# reading of the astronomical calendar): what converts a Jalali date to the Gregorian day without error.
_JALALI_BREAKS = (
    -61,
    9,
    38,
    199,
    426,
    686,
    756,
    818,
    1111,
    1181,
    1210,
    1635,
    2060,
    2097,
    2192,
    2262,
    2324,
    2394,
    2456,
    3178,
)
_JALALI_EPOCH_OFFSET = 621


def read_metadata(tree, url: str | None):
    """What the page says about itself: meta tags, JSON-LD, its title element, date.

    trafilatura's own pieces, minus the categories, tags and licence nutgraf has no use for. The byline,
    when the meta tags and JSON-LD name no author, is searched for in the page's elements after the
    article is extracted.
    """
    from htmldate import find_date
    from trafilatura.metadata import (
        examine_meta,
        extract_meta_json,
        extract_sitename,
        extract_title,
        extract_url,
    )

    metadata = examine_meta(tree)
    declared_title = metadata.title
    # trafilatura's own rule: a one-word "author" in meta tags is a site or handle, not a byline.
    if metadata.author and " " not in metadata.author:
        metadata.author = None
    # Malformed JSON-LD raises all sorts (RecursionError: arrays nested thousands deep); the meta tags
    # then stand.
    with suppress(ValueError, TypeError, AttributeError, KeyError, RecursionError):
        metadata = extract_meta_json(tree, metadata)
    # trafilatura reads a live blog's JSON-LD as its updates ("liveBlogUpdate"): the first update's
    # headline ("10:42", "Governor to speak at noon") became the page's title, and the blog's author was
    # lost. The blog's own headline, author and date stand; its updates' dates are no publication date
    # either (htmldate took the first).
    live_blog = _live_blog(tree)
    if live_blog is not None:
        if not declared_title:
            metadata.title = _json_text(live_blog.get("headline"))
        authors = [
            _json_text(a.get("name") if isinstance(a, dict) else a) for a in _as_list(live_blog.get("author"))
        ]
        metadata.author = metadata.author or "; ".join(filter(None, authors)) or None
    if metadata.author and not metadata.author.isascii():
        metadata.author = _with_vowel_signs(
            metadata.author, tree.xpath('//meta/@content|//script[@type="application/ld+json"]/text()')
        )
    metadata.title = metadata.title or extract_title(tree)
    metadata.url = metadata.url or extract_url(tree, url)
    metadata.sitename = metadata.sitename or extract_sitename(tree)
    metadata.date = _with_time_of_day(
        find_date(
            tree,
            url=url or metadata.url,
            extensive_search=False,
            original_date=True,
            outputformat=_DATE_FORMAT,
        ),
        tree,
    )
    # htmldate reads dates written as English and ISO pages write them, and no word beside them; under the
    # headline of a page that declares no date in its meta tags or JSON-LD, a date line ("2026年3月3日
    # 10時12分", "Mis à jour le 5 mars 2026 · Publié le 3 mars 2026", "Updated March 7, 2026 / Published
    # March 5, 2026") is the article's own date, where htmldate had found none, or a related story's, or
    # the update's. Where both give the same day, the one with the
    # time of day stands (htmldate reads a time from a hidden form field).
    # A line that dates only an update ("Mis à jour le 5 mars 2026") gives no publication date: htmldate
    # had given the update's day as the article's.
    # A date in numbers that reads as two days on a page in English ("03/05/2026": 3 May in Britain, March 5
    # in the United States) gives neither: htmldate read it day first.
    stated, updated, unsure = _stated_date(tree, metadata.title)
    found = _parse_date(metadata.date)
    if (
        stated is not None
        and found is not None
        and _is_day_alone(found)
        and found.date() == date.fromisoformat(stated[:10])
    ):
        # The time of day the date line gives for the day the page declares alone ("Stand: 18.06.2024,
        # 17:45 Uhr" under a meta date of "2024-06-18").
        metadata.date = stated
    elif (
        stated is not None
        and updated is not None
        and found is not None
        and found.replace(tzinfo=None, second=0, microsecond=0) == datetime.fromisoformat(updated)
        and stated < updated
    ):
        # The page declares the update's date and time as its publication's ("article:published_time"
        # of 18:30 beside "Publié le 02/12/2026 à 09h00 · Mis à jour le 03/12/2026 à 18h30"): the date
        # line tells the two apart.
        metadata.date = stated
    elif (stated or updated or unsure) and not _declares_date(tree):
        if stated is not None:
            line_date = datetime.fromisoformat(stated)
            same_day = found is not None and found.date() == line_date.date()
            # The same time, with its offset in the page's metadata (Drupal 7's RDFa), stands too.
            same_time = (
                same_day and found.tzinfo is not None and found.time().replace(second=0) == line_date.time()
            )
            if not (same_day and stated.endswith("T00:00:00")) and not same_time:
                metadata.date = stated
        elif found is not None and (
            (updated is not None and found.date() == datetime.fromisoformat(updated).date())
            or (found.date() in unsure and f"/{found:%Y/%m/%d}/" not in (url or ""))
        ):
            metadata.date = None
    if live_blog is not None and _parse_date(started := _json_text(live_blog.get("datePublished"))):
        metadata.date = started
    return metadata


def _with_vowel_signs(author: str, sources: list[str]) -> str:
    """``author`` (trafilatura's) with the vowel signs its names end with in the ``sources`` it read them
    from (the page's meta tags and JSON-LD, a byline element's text): trafilatura strips what is not a
    letter to Python off a name's end, and a Devanagari, Bengali, Tamil or Thai vowel sign is none ("विकास
    शर्मा" became "विकास शर्म", "สมชาย ใจดี" "สมชาย ใจด")."""
    names = []
    for name in author.split("; "):
        for source in sources:
            start = source.find(name)
            if start < 0:
                continue
            end = start + len(name)
            while end < len(source) and unicodedata.category(source[end]).startswith("M"):
                end += 1
            name = source[start:end]
            break
        names.append(name)
    return "; ".join(names)


def declared_body(tree) -> str | None:
    """The longest ``articleBody`` of an article the page's JSON-LD declares (plain text; one written as
    HTML is left out): the whole text, on pages whose HTML holds only a teaser of it."""
    bodies = []
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        if "articleBody" not in script:
            continue  # the usual page: no parse
        with suppress(ValueError, RecursionError):
            bodies.extend(
                html.unescape(body)
                for item in _json_items(json.loads(script))
                if isinstance(body := item.get("articleBody"), str) and "</" not in body
            )
    return max(bodies, key=len, default=None)


def _json_items(data) -> list[dict]:
    """The objects of a JSON-LD script: at its top, in a list, or in an ``@graph``."""
    items = data if isinstance(data, list) else [data]
    items += [item for top in items if isinstance(top, dict) for item in _as_list(top.get("@graph"))]
    return [item for item in items if isinstance(item, dict)]


def _live_blog(tree) -> dict | None:
    """The page's schema.org ``LiveBlogPosting`` in its JSON-LD (at the top of a script, in a list or in an
    ``@graph``); ``None`` when it declares none."""
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        if "LiveBlogPosting" not in script:
            continue  # the usual page: no parse
        with suppress(ValueError, RecursionError):
            for item in _json_items(json.loads(script)):
                if "LiveBlogPosting" in _as_list(item.get("@type")):
                    return item
    return None


def _as_list(value) -> list:
    return value if isinstance(value, list) else [] if value is None else [value]


def _json_text(value) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _declares_date(tree) -> bool:
    """Whether the page states its date for machines: a meta tag or JSON-LD, which htmldate reads first."""
    if tree.xpath(_DECLARED_DATE):
        return True
    return any(
        "datePublished" in script for script in tree.xpath('//script[@type="application/ld+json"]/text()')
    )


class _LineDates(NamedTuple):
    """What a page's date lines say: the publication's date and time, the first update's (ISO-written, or
    ``None``), and the days a date written in numbers may be where the page's language leaves its order
    open."""

    published: str | None
    updated: str | None
    unsure: frozenset[date]


def _is_day_alone(found: datetime) -> bool:
    return found.tzinfo is None and (found.hour, found.minute, found.second) == (0, 0, 0)


def _stated_date(tree, title: str | None) -> _LineDates:
    """The date (and time) the date lines under the page's headline, above its first paragraph, give for
    the article's publication (the first line's with one: the date after a "published" word where the line
    names one, else the first date no "updated" word leads), the first date they give an update, and the
    days of the dates in numbers they give that read both ways. The headline is the article's <h1>, or
    the page's, or where the page has none, the <h2> or <h3> that reads its ``title`` (Naver's, Daum's)."""
    # The article's own headline: a site's logo may be the page's first <h1>, with today's date under it.
    article = own_article(tree)
    headline = next(article.iter("h1"), None) if article is not None else None
    headline = headline if headline is not None else next(tree.iter("h1"), None)
    if headline is None and title:
        wanted = _letters(title)
        headline = next((h for h in tree.iter("h2", "h3") if _letters(h.text_content()) == wanted), None)
    if headline is None:
        return _LineDates(None, None, frozenset())
    lang = tree.get("lang") or tree.get("xml:lang") or tree.get(_XML_LANG) or ""
    order, american = _numeric_order(lang), _reads_american_zones(lang)
    first_update, unsure = None, set()
    standfirst = None
    # The lines under the headline, then, where none dates the article, the few beside it above it (the
    # date over the headline, with the section's name: "03 dicembre 2026 14:05 CRONACA"), nearest first.
    above = islice(headline.itersiblings(preceding=True), _LINES_ABOVE_HEADLINE)
    for under, lines in ((True, headline.xpath(_AFTER_HEADLINE)), (False, above)):
        for line in lines:
            # A line holds a few elements at most: a container's text is its lines', read one by one.
            if sum(1 for _ in islice(line.iterdescendants(), _DATE_LINE_ELEMENTS + 1)) > _DATE_LINE_ELEMENTS:
                continue
            if line.tag in _SITE_PARTS:
                break  # the site's header, with today's date
            if standfirst is not None and not _closes(line, standfirst):
                continue  # a date the standfirst's sentence names ("a vote on <span>12 March</span> on")
            text = folded_line(line.text_content())
            words = len(text.split())
            if line.tag == "p" and words > _BYLINE_LINE_WORDS and text.endswith(_SENTENCE_ENDS):
                # The article has begun; but a first such paragraph beside the headline, in its element, is
                # the standfirst over the byline and date ("Après trois jours de débats, les sénateurs ont
                # voté le texte par 212 voix contre 118.").
                if standfirst is None and line.getparent() is headline.getparent():
                    standfirst = line
                    continue
                break
            if words <= _DATE_LINE_WORDS and len(text) <= _DATE_LINE_CHARACTERS:
                line_dates = _date_in_line(text, order, american)
                if not under and _may_be_todays(line_dates.published, text):
                    continue
                first_update = first_update or line_dates.updated
                unsure |= line_dates.unsure
                if line_dates.published:
                    return _LineDates(line_dates.published, first_update, frozenset(unsure))
    return _LineDates(None, first_update, frozenset(unsure))


def _closes(element, block) -> bool:
    """Whether ``element``, if it is inside ``block``, ends its text (a stamp closing a byline's paragraph,
    "By Jane Doe <span>on Monday, November 18th, 2019 at 11:08 a.m.</span>"); ``True`` outside it."""
    if block not in element.iterancestors():
        return True
    while element is not block:
        if (element.tail or "").strip() or element.getnext() is not None:
            return False
        element = element.getparent()
    return True


def _may_be_todays(published: str | None, text: str) -> bool:
    """Whether a line over the headline that gives the date ``published`` may be a site's bar with today's
    date ("Thursday, 3 December 2026", on a page whose bar is no ``<header>``): a day alone, without a word
    that says it is the publication's ("publiziert am 25. September 2018"), and without its time of day
    ("03 dicembre 2026 14:05")."""
    return (
        published is not None
        and _is_day_alone(datetime.fromisoformat(published))
        and all(label.group("updated") for label in _DATE_LABEL.finditer(text))
    )


def _numeric_order(lang: str) -> str:
    """How a page in ``lang`` (its ``lang`` attribute) writes a date in numbers with "/" or "-": "dmy" (day
    first), "mdy" (month first, in the United States), or "" where it may be either: English of no region,
    and another language of the United States (its Spanish pages write both)."""
    language, _, region = lang.lower().replace("_", "-").partition("-")
    if language != "en":
        # Spanish of the United States writes either order ("12/03/2026" may be 3 December).
        return "" if region == "us" else "dmy"
    if region == "us":
        return "mdy"
    return "dmy" if region[:2] in _DAY_FIRST_ENGLISH else ""


def _reads_american_zones(lang: str) -> bool:
    """Whether a page in ``lang`` (its ``lang`` attribute, maybe none) means North America's zones by
    their letters ("CST" is China's on a Chinese page)."""
    language, _, region = lang.lower().replace("_", "-").partition("-")
    return language in ("", "en") and region[:2] in _NORTH_AMERICAN_ENGLISH


def _date_in_line(text: str, order: str, american: bool = True) -> _LineDates:
    """The publication date ``text`` (a date line of a few hundred characters at most) gives, the first
    date it gives an update, ISO-written, and the days of the dates in numbers that ``order`` (see
    :func:`_numeric_order`) leaves open; a North American zone's offset where ``american`` (see
    :func:`_reads_american_zones`)."""
    chosen = published = updated = None
    unsure: set[date] = set()
    labels = list(_DATE_LABEL.finditer(text))
    for match in _LINE_DATE.finditer(text):
        # The last label before the date is its own.
        label = next((label for label in reversed(labels) if label.end() <= match.start()), None)
        kind = None if label is None else ("updated" if label.group("updated") else "published")
        readings = _readings(match, order)
        if len(readings) > 1 and (weekday := _WEEKDAY_BEFORE.search(text, 0, match.start())):
            named = _WEEKDAYS.index(weekday.group("day")[:3].lower())
            readings = [day for day in readings if day.weekday() == named] or readings
        if len(readings) > 1:
            unsure.update(readings)
            continue
        found = _date_of(match, readings[0], american) if readings else None
        if found is None:
            continue
        if kind == "updated":
            updated = updated or found
        elif kind == "published":
            published = published or found
        else:
            chosen = chosen or found
    return _LineDates(published or chosen, updated, frozenset(unsure))


def _readings(match, order: str) -> list[date]:
    """The days a :data:`_LINE_DATE` match may be: none (no month's name, no calendar day, no news year),
    one, or, for a date in numbers whose ``order`` the page leaves open, two."""
    groups = match.groupdict()
    if groups["y1"]:
        candidates = [(groups["y1"], groups["m1"], groups["d1"])]
    elif groups["y2"]:
        candidates = [(groups["y2"], groups["m2"], groups["d2"])]
    elif groups["y3"]:
        day_first, month_first = (
            (groups["y3"], groups["m3"], groups["d3"]),
            (groups["y3"], groups["d3"], groups["m3"]),
        )
        candidates = (
            [month_first, day_first] if order == "mdy" and groups["sep3"] != "." else [day_first, month_first]
        )
    else:
        year, day, name = (
            (groups["y4"], groups["d4"], groups["mon4"])
            if groups["y4"]
            else (groups["y5"], groups["d5"], groups["mon5"])
        )
        candidates = _named_month_date(int(year), name, int(day))
    days = []
    for year, month, day in candidates:
        # A year outside news's: a version number, a product code.
        if _FIRST_NEWS_YEAR <= int(year) <= datetime.now().year + 1:
            with suppress(ValueError):
                days.append(date(int(year), int(month), int(day)))
    days = list(dict.fromkeys(days))
    # Where the order is known, the first reading that is a calendar day ("25/03/2026" is day first
    # anywhere); on an English page of no region, both where both are.
    open_order = groups["y3"] and groups["sep3"] != "." and not order
    return days if open_order else days[:1]


def _named_month_date(year: int, name: str, day: int) -> list[tuple[int, int, int]]:
    """The Gregorian year, month and day of a date written with its month's ``name`` (none for a word that
    names no month): a Thai month's Buddhist-era year and a Jalali date converted."""
    key = name.casefold().rstrip(".")
    if month := _MONTHS.get(key):
        return [(year, month, day)]
    if month := _THAI_MONTHS.get(key):
        return [(year - _BUDDHIST_ERA if year > _FIRST_BUDDHIST_YEAR else year, month, day)]
    # Within the years jalaali-js converts: a later one (a typo, a hostile page's "۱۲ آذر ۹۹۹۹") had passed
    # the Gregorian calendar's last year and raised.
    month = _JALALI_MONTHS.get(key.replace("ي", "ی"))
    if month and 1 <= day <= (31 if month <= 6 else 30) and year < _JALALI_BREAKS[-1]:
        return [_gregorian_of_jalali(year, month, day)]
    return []


def _gregorian_of_jalali(year: int, month: int, day: int) -> tuple[int, int, int]:
    """The Gregorian date of a Jalali one (jalaali-js's algorithm): the day in March on which the year's
    first month begins, from the leap years the cycle between two of :data:`_JALALI_BREAKS` has had, then
    the days of the months before ``month`` (six of 31 days, then 30)."""
    gregorian_year = year + _JALALI_EPOCH_OFFSET
    leap_days, previous, jump = -14, _JALALI_BREAKS[0], 0
    for jalali_break in _JALALI_BREAKS[1:]:
        jump = jalali_break - previous
        if year < jalali_break:
            break
        leap_days += jump // 33 * 8 + jump % 33 // 4
        previous = jalali_break
    into = year - previous
    leap_days += into // 33 * 8 + (into % 33 + 3) // 4
    if jump % 33 == 4 and jump - into == 4:
        leap_days += 1
    gregorian_leap_days = gregorian_year // 4 - (gregorian_year // 100 + 1) * 3 // 4 - 150
    new_year = date(gregorian_year, 3, 20 + leap_days - gregorian_leap_days)
    days = (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    found = new_year + timedelta(days=days + day - 1)
    return found.year, found.month, found.day


def _date_of(match, day: date, american: bool) -> str:
    """The ISO date and time of ``day``, read from a :data:`_LINE_DATE` match, with the time of day that
    follows the match, and the offset of its zone (of North America's, where ``american``)."""
    time = _LINE_TIME.match(match.string, match.end())
    if time is None:
        time = _TIME_BEFORE.search(match.string, 0, match.start()) or time
    hour, minute = (int(time.group("h")), int(time.group("mi"))) if time else (0, 0)
    if time and hour <= 12:
        # "9:30 p.m.", "午後3時30分", "01:30 م"; "12:15 a.m." is a quarter past midnight.
        half = (time.group("half") or "").lower() or {"م": "p", "ص": "a"}.get(
            time.groupdict().get("arabic_half"), ""
        )
        afternoon = half == "p" or any(
            word in match.string[time.start() : time.start("h")] for word in _AFTERNOON
        )
        if afternoon and hour < 12:
            hour += 12
        elif half == "a" and hour == 12:
            hour = 0
    if hour > 23 or minute > 59:  # digits in any script (Arabic pages write "١٠:١٢"), a clock's values only
        hour, minute = 0, 0
    zone = time.group("zone") if time else None
    offset = (
        timezone(timedelta(hours=_ZONES[zone]))
        if zone and (american or zone not in _NORTH_AMERICAN_ZONES)
        else None
    )
    if zone in _UNIVERSAL_ZONES and time.groupdict().get("oh"):
        hours, minutes = int(time.group("oh")), int(time.group("om") or 0)
        sign = -1 if time.group("sign") != "+" else 1
        offset = (
            timezone(sign * timedelta(hours=hours, minutes=minutes)) if hours <= 14 and minutes < 60 else None
        )
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=offset).isoformat()


def _with_time_of_day(value: str | None, tree) -> str | None:
    """``value`` (htmldate's date) with the time the page gives for that day, when htmldate found the day
    alone: it reads no time from a URL, nor from ``itemprop="datePublished dateCreated"`` or JSON-LD, which
    have one. Where htmldate found no date, the one publication date the page declares, in a form
    htmldate reads no date from (RFC 2822's "Thu, 05 Mar 2026 09:30:00 GMT", as RSS writes dates and some
    CMSs their JSON-LD), within a news page's years."""
    found = _parse_date(value)
    if found is not None and (
        found.tzinfo is not None or (found.hour, found.minute, found.second) != (0, 0, 0)
    ):
        return value
    # Not a related story's card (an item of another type) or a video's own date: a time is used only
    # when it is the one time the page states for that day.
    stated = tree.xpath(
        '//meta[contains(@itemprop, "datePublished")]'
        "[not(ancestor::aside or ancestor::nav or ancestor::footer)]"
        '[not(ancestor::*[@itemscope][not(contains(@itemtype, "Article") or contains(@itemtype, "Posting"))])]'
        '/@content|//meta[@property="article:published_time"]/@content'
    )
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        stated.extend(_JSON_LD_PUBLISHED.findall(script))
    # Where those give no time (or none of that day): the same date in the article's <time> (Joomla's
    # ``itemprop="datePublished"``, Drupal's node date), a meta tag named for it (Hearst's
    # "datePublished", "pubdate", cXense's "publishtime") or RDFa (Drupal 7's ``property="dc:date
    # dc:created"``). Read second: the article's <time> often restates JSON-LD's time in another form
    # ("11:51:32.556Z" beside "11:51:32Z"), which would make two times of one.
    more = tree.xpath(
        f"{_ARTICLE_TIME}/@datetime"
        '|//*[contains(@itemprop, "datePublished")][not(self::meta)]/@datetime'
        '|//meta[@name="pubdate" or contains(translate(@name, "PUBLISH", "publish"), "publish")]/@content'
        '|//*[contains(@property, "dc:date") or contains(@property, "dc:created")]/@content'
    )
    return _declared_time(found, stated) or _declared_time(found, more) or value


def _declared_time(found: datetime | None, stated: list[str]) -> str | None:
    """The one date and time of ``found``'s day that the ``stated`` values declare (where ``found`` is
    ``None``, of any day in news's years), ISO-written; ``None`` where they declare none, or several."""
    # RFC 2822 where the page declares no ISO date: a meta tag's "November 20, 2019 13:42" is read by it
    # too, a second, naive time beside JSON-LD's "2019-11-20 13:42:06+08:00".
    values = [value.strip() for value in stated]
    declared = {precise for precise in map(_parse_date, values) if precise is not None} or {
        precise for precise in map(_rfc_2822_date, values) if precise is not None
    }
    if found is None:
        in_news_years = {
            precise
            for precise in declared
            if precise.year >= _FIRST_NEWS_YEAR and precise.date() <= datetime.now().date() + _A_DAY
        }
        return in_news_years.pop().isoformat() if len(in_news_years) == 1 else None
    times = {
        precise for precise in declared if precise.date() == found.date() and precise.time() != found.time()
    }
    return times.pop().isoformat() if len(times) == 1 else None


def _rfc_2822_date(value: str) -> datetime | None:
    """A date as RSS writes it ("Thu, 05 Mar 2026 09:30:00 GMT", "19 Nov 2019 07:09 GMT"): a day, a
    month's three letters, a year and a 24-hour time. The standard library's parser reads more, and
    wrongly: "November 19, 2019, 07:47 PM EST" as 07:47."""
    words = value.rsplit(",", 1)[-1].split()
    if (
        len(words) < 4
        or not words[0].isdigit()
        or not (len(words[1]) == 3 and words[1].isalpha())
        or any(word.lower() in _HALF_DAYS for word in words)
    ):
        return None
    with suppress(TypeError, ValueError, IndexError):
        return parsedate_to_datetime(value)
    return None


class PageEvidence(NamedTuple):
    """What else the page says of its title and authors, read before the page is taken apart: the text
    of its <title> element, the names its ``rel="author"`` links give, its copyright notice (meta
    ``copyright``), which names the publisher, the text of its <h1> where it has one alone, which
    trafilatura takes for its title, and the names its logo gives (see :data:`_LOGOS`)."""

    title_element: str | None
    authors: tuple[str, ...]
    copyright: str | None = None
    only_h1: str | None = None
    publishers: tuple[str, ...] = ()
    logos: tuple[str, ...] = ()


def page_evidence(tree) -> PageEvidence:
    title = tree.find(".//title")
    links = tree.xpath('//a[contains(concat(" ", normalize-space(@rel), " "), " author ")]')
    names = (_clean(link.text_content()) for link in links)
    notice = next(iter(tree.xpath('//meta[@name="copyright"]/@content')), None)
    h1s = list(islice(tree.iter("h1"), 2))
    return PageEvidence(
        _title(title.text_content()) if title is not None else None,
        tuple(filter(None, names)),
        _clean(notice),
        _clean(h1s[0].text_content()) if len(h1s) == 1 else None,
        _publishers(tree),
        _logo_names(tree),
    )


def _logo_names(tree) -> tuple[str, ...]:
    """The names a page gives itself by its logo and its links home (see :data:`_LOGOS`)."""
    names = (
        found if isinstance(found, str) else found.text_content()
        for found in islice(tree.xpath(_LOGOS), _LOGO_NAMES)
    )
    return tuple(dict.fromkeys(filter(None, map(_clean, names))))


def _publishers(tree) -> tuple[str, ...]:
    """The names the page gives its publisher and site: meta ``publisher``, ``og:site_name``, and the
    ``publisher`` and ``provider`` (the agency a portal republishes) of its JSON-LD."""
    names = tree.xpath(
        '//meta[@name="publisher" or @property="og:site_name" or @itemprop="publisher"]/@content'
    )
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        if "publisher" not in script and "provider" not in script:
            continue  # no parse
        with suppress(ValueError, RecursionError):
            for item in _json_items(json.loads(script)):
                for key in ("publisher", "provider"):
                    for value in _as_list(item.get(key)):
                        names.append(value.get("name") if isinstance(value, dict) else value)
    return tuple(dict.fromkeys(filter(None, map(_json_text, names))))


def credits_organization(author: str | None, site: str | None, evidence: PageEvidence) -> bool:
    """Whether an author field (trafilatura's, its names parted by "; ") names an organization alone, not
    a writer: a news agency ("Reuters" in a portal's JSON-LD), the page's site or publisher ("CBS News" on
    MSN, a newspaper's own name in its meta author), whose writer the page's byline may name."""
    if not author:
        return False
    names = {_letters(name) for name in evidence.publishers} | {_letters(site or "")}
    names.discard("")
    parts = author.split("; ")
    return _letters(author) in names or all(
        _letters(part) in _NEWS_AGENCIES or _letters(part) in names or _is_outlet(part, site)
        for part in parts
    )


def article_fields(metadata, url: str | None, headline: str | None, evidence: PageEvidence) -> dict:
    """Title, byline, date and site of the page's ``metadata``, weighed against ``headline`` (the page's
    <h1>) and the page's other ``evidence``, which tell which part of a title with a section or a site's
    name in it is the headline, and where a byline's name ends."""
    site = _site(
        metadata.sitename
        or _site_in_title(evidence.title_element, (metadata.title, headline), url or metadata.url, evidence),
        url or metadata.url,
    )
    byline = _byline(_clean(metadata.author), site, evidence.authors, evidence.copyright)
    title = _without_logo(_without_byline(_without_site(_title(metadata.title), site), byline), evidence)
    shown = _without_byline(_without_site(evidence.title_element, site), byline)
    return {
        "title": _headline_part(title, headline, shown, site),
        "byline": byline,
        "published": _parse_date(metadata.date),
        "site": site,
    }


def writer_for(found: str | None, organization: str) -> str:
    """The writer's names the byline search ``found`` on a page whose author field names an
    ``organization`` alone; the organization where the search found none, or found the organization's
    name again, with whatever stands beside it ("Reuters, Washington": the dateline's place)."""
    credited = {_letters(name) for name in organization.split("; ")}
    if not found or any(_letters(name) in credited for name in found.split("; ")):
        return organization
    return found


def _site_in_title(
    title_element: str | None, headlines: tuple[str | None, ...], url: str | None, evidence: PageEvidence
) -> str | None:
    """The site's name a page that declares none gives in its <title> element, beside the headline (one of
    ``headlines``, its meta title or its <h1>): after it ("Headline | Valley Courier", "Headline - News -
    University of Kentmere": the last part) or before it ("The Marshfield Birder: Headline"); a name of
    at most :data:`_SITE_WORDS` words. A name before the headline is as often a label ("Analysis:",
    "Exclusive:") or the writer's ("John Smith: Why I quit my job"): it is the site's only where the page's
    address (``url``) or its logo (its ``evidence``) names it too."""
    # The name after the headline and its last separator (a section's name may stand between), or
    # before the headline and its first separator, a colon too ("Blog Name: Headline").
    title = title_element or ""
    separators = list(_TITLE_SEPARATOR.finditer(title))
    first = _HEADLINE_SEPARATOR.search(title)
    readings = []
    if separators:
        readings.append((title[: separators[0].start()], title[separators[-1].end() :], False))
    if first is not None:
        readings.append((title[first.end() :], title[: first.start()], True))
    for headline in filter(None, headlines):
        wanted = _letters(headline)
        for part, name, before in readings:
            name = name.strip()
            if (
                _letters(part) == wanted
                and name
                and len(name.split()) <= _SITE_WORDS
                and len(_letters(name)) < len(wanted)
                and (not before or _names_site(name, url, evidence))
            ):
                return name
    return None


def _names_site(name: str, url: str | None, evidence: PageEvidence) -> bool:
    """Whether the page's address (one of its host's labels: "marshfieldbirder" of
    marshfieldbirder.blogspot.com, an article "The" aside) or its logo names ``name``. (A copyright
    notice in meta ``copyright`` is trafilatura's site name, read before the title is.)"""
    letters = {_letters(name), _letters(_LEADING_ARTICLE.sub("", name))}
    host = site_of(url) or ""
    return not letters.isdisjoint(map(_letters, host.split(".")[:-1])) or not letters.isdisjoint(
        map(_letters, evidence.logos)
    )


def _without_logo(title: str | None, evidence: PageEvidence) -> str | None:
    """The headline of the page's <title> element where ``title`` is the page's only <h1> and the name the
    <title> gives after the headline, the site's: trafilatura takes a page's only <h1> for its title, and a
    blog theme's logo is one ("Tide Notes" over an <h2> headline, "Headline | Tide Notes" in <title>). A
    title of 4 words or more is a headline."""
    title_element = evidence.title_element
    if (
        not title
        or not title_element
        or len(title.split()) >= _HEADLINE_WORDS
        or _letters(evidence.only_h1 or "") != _letters(title)
    ):
        return title
    last = next(reversed(list(_TITLE_SEPARATOR.finditer(title_element))), None)
    if last is None or _letters(title_element[last.end() :]) != _letters(title):
        return title
    headline = title_element[: last.start()]
    return headline if len(_letters(headline)) > len(_letters(title)) else title


def _without_site(title: str | None, site: str | None) -> str | None:
    """``title`` without the site's name that pages put after (or before) it: "Headline | ZDNet"."""
    if not title or not site:
        return title
    names = {_letters(site), _letters(site.rsplit(".", 1)[0])}
    separators = list(_TITLE_SEPARATOR.finditer(title))
    if not separators:
        return title
    # From the first separator on: a site's name may hold one ("Remember 80/90 - Memorabilia anni 80/90").
    for separator in separators:
        if _letters(title[separator.end() :]) in names:
            return title[: separator.start()]
    # The site's name and one of its sections, last, after a headline: a single word before them is a
    # label, and what follows it the headline ("Analysis - BBC boss resigns").
    last = separators[-1]
    rest, site_words = _words(title[last.end() :]), _words(site)
    headline = title[: last.start()]
    if (
        len(site_words) < len(rest) <= len(site_words) + _SECTION_WORDS
        and rest[: len(site_words)] == site_words
        and not (headline.isascii() and len(_words(headline)) == 1)
    ):
        return headline
    first = separators[0]
    # In front only after a bar ("ZDNet | Headline"): "Fortune - 500 companies ..." is a headline.
    if first.group().strip() in ("|", "::") and _letters(title[: first.start()]) in names:
        return title[first.end() :]
    return title


def _without_byline(title: str | None, byline: str | None) -> str | None:
    """``title`` without the author's name put after it, as the site's name is ("Headline | Jane Doe",
    "Headline | Editorial")."""
    if not title or not byline:
        return title
    last = next(reversed(list(_TITLE_SEPARATOR.finditer(title))), None)
    names = {_letters(name) for name in byline.split("; ")}
    if last is not None and _letters(title[last.end() :]) in names:
        return title[: last.start()]
    return title


def _headline_part(
    title: str | None, headline: str | None, shown: str | None, site: str | None
) -> str | None:
    """The page's headline in ``title`` (from its meta tags) where the page's ``headline`` (its <h1>) or
    ``shown`` (its <title> element, less the site's name) tells it apart from a section, a site's or an
    author's name put before or after it ("Opinion | Headline", "Headline - Auto News"); the <title>
    element where it agrees with the <h1> and the meta tags give the title of the site's home page
    ("Yahoo News - Latest News & Headlines"): one that starts with the site's name. Elsewhere a social
    headline in the meta tags that differs from the <h1> is the page's title as much as the <h1> is.
    """
    if not title:
        return title
    # A short <h1> is a logo or a section's name as often as a headline, and a blog's is its name.
    wanted = _letters(headline or "")
    if len((headline or "").split()) < _HEADLINE_WORDS or (site and wanted == _letters(site)):
        wanted = ""
    if wanted and shown and _letters(shown) == wanted and _starts_with_site(title, site):
        return shown
    # The <h1> then a site's or a section's name after a separator without spaces, as Chinese sites put
    # them ("标题-新华网", "标题_新浪新闻"): counted in letters, as Chinese parts no words with spaces.
    end = _folded_prefix_end(title, headline) if headline else None
    if end is not None and len(_letters(headline)) >= _TIGHT_HEADLINE_LETTERS:
        rest = title[end:]
        # Or the source in brackets after it, as Yahoo! Japan credits the paper it republishes
        # ("見出し（共同通信） - Yahoo!ニュース").
        credited = rest.startswith(("（", "(")) and rest.rstrip().endswith(("）", ")"))
        if (rest[:1] in _TIGHT_SEPARATORS or credited) and len(_letters(rest)) < len(_letters(headline)):
            return title[:end]
    separators = list(_HEADLINE_SEPARATOR.finditer(title))
    for separator in separators:
        before, after = title[: separator.start()], title[separator.end() :]
        for part, rest in ((before, after), (after, before)):
            # The headline is the longer part.
            if wanted and _letters(part) == wanted and len(wanted) > len(_letters(rest)):
                return part
    if not separators or not shown:
        return title
    # A section before the headline that the page's own <title> leaves out ("Opinion | Headline" in
    # og:title, "Headline - WSJ" in <title>).
    front, rest = _letters(title[: separators[0].start()]), title[separators[0].end() :]
    seen = _letters(shown)
    if seen.startswith(_letters(rest)) and not seen.startswith(front) and len(_letters(rest)) > len(front):
        return rest
    return title


def _starts_with_site(title: str, site: str | None) -> bool:
    site_words = _words(site or "")
    return bool(site_words) and _words(title)[: len(site_words)] == site_words


def _folded_prefix_end(text: str, prefix: str) -> int | None:
    """Where the part of ``text`` that case-folds to ``prefix`` (case-folded) ends, or ``None``: folding
    can lengthen a character ("ß" is "ss"), so the length of ``prefix`` is no offset in ``text``."""
    folded = end = 0
    while end < len(text) and folded < len(prefix):
        folded += len(text[end].casefold())
        end += 1
    return end if text[:end].casefold() == prefix else None


def _letters(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


def _byline(
    author: str | None, site: str | None = None, linked: tuple[str, ...] = (), copyright: str | None = None
) -> str | None:
    """The names in an author field, without a date or a bio run into them ("Jeff Foust Monday;
    November", "Phil Helsel is a reporter", "Wire services Published"), without what credits them
    ("Analysis by", "Por"), parted where a word other than "and" joins them ("Ana García y Luis Pérez"),
    and, beside other names, without job titles, a news agency they are credited with ("Associated
    Press"), the ``site``'s name, the publisher the page's ``copyright`` notice names (Wired's meta author
    is "Condé Nast", beside its JSON-LD's writer) and names repeated.
    A name that runs on past the name of a ``linked`` author page is cut there ("Finian Cunningham
    Sputnik International")."""
    if not author:
        return None
    names = _BYLINE_TAIL.split(author, maxsplit=1)[0].strip(" ;,|–—-:")
    if names.lower() in _CREDIT_WORDS:
        return None
    # trafilatura takes "By" and "Von" off a field's front, not "Por", "Par" or "di".
    parts = [
        _without_agency(_linked_name(_CREDIT_PREFIX.sub("", name), linked))
        for part in names.split("; ")
        for name in _joined_names(_without_credit_word(part))
    ]
    # A site's name that an author field splits ("Mac & i" as "Mac; I") is not taken for names beside it.
    named_site = site is not None and _letters(names) == _letters(site)
    people = (
        [
            part
            for part in parts
            if named_site
            or not (
                _is_title_or_outlet(part, site)
                or _is_named_in(part, copyright)
                or _letters(part) in _NEWS_AGENCIES
                or _is_desk_or_photo(part)
            )
        ]
        or [part for part in parts if not _is_title_or_outlet(part, site)]
        or parts
    )
    # The same name twice (NYT gives one in meta tags, one in capitals in JSON-LD): the first kept.
    unique: dict[str, str] = {}
    for part in people:
        unique.setdefault(part.casefold(), part)
    return "; ".join(unique.values()) or None


def _without_agency(name: str) -> str:
    """A writer's name without the news agency run into it ("MARK SHERMAN Associated Press", as a
    newspaper's CMS gives an AP story's byline): the name of two words or more before it."""
    words = name.split()
    for size in (2, 1):
        if len(words) - size >= 2 and _letters(" ".join(words[-size:])) in _NEWS_AGENCIES:
            return " ".join(words[:-size])
    return name


def _is_desk_or_photo(part: str) -> bool:
    """Whether a part of an author field names a newsroom ("TIC News Service", "Web Desk") or credits the
    photographs ("Фото Руслан Исмагилов", from "Текст: ..., фото: ...")."""
    words = _words(part)
    return (bool(words) and words[-1] in _DESK_WORDS) or _is_photo_credit(part)


def _is_photo_credit(text: str) -> bool:
    """Whether ``text`` opens with a photo's or a video's word ("Photo by ...", "Фото Руслан ...")."""
    first = _words(" ".join(text.split(None, 1)[:1]))
    return bool(first) and first[0] in _PHOTO_WORDS


def _without_credit_word(part: str) -> str:
    opening = CREDIT_OPENING.match(part)
    return part[opening.end() :] if opening else part


def _joined_names(part: str) -> list[str]:
    """The names ``part`` joins with a word other than "and" ("Ana García y Luis Pérez"), where each is a
    full name of two words or more: "José Ortega y Gasset" is one man."""
    names = _NAMES_JOINER.split(part)
    if len(names) > 1 and all(len(name.split()) > 1 and looks_like_names(name) for name in names):
        return names
    return [part]


def _linked_name(part: str, linked: tuple[str, ...]) -> str:
    """``part`` cut to the name of an author page it starts with (of two words or more)."""
    words = _words(part)
    for name in linked:
        start = _words(name)
        if len(start) > 1 and len(words) > len(start) and words[: len(start)] == start:
            return name
    return part


def _words(text: str) -> list[str]:
    return [word.strip(".,;:") for word in text.casefold().split()]


def _is_title_or_outlet(part: str, site: str | None) -> bool:
    """Whether a name of an author field is a job title ("AP Auto Writer") or the site's name, whole
    or in part ("CNN Business" on CNN, "Business Insider" on Business Insider Deutschland)."""
    words = _words(part)
    return (bool(words) and words[-1] in JOB_TITLES) or _is_outlet(part, site)


def _is_outlet(part: str, site: str | None) -> bool:
    """Whether a name of an author field is the site's name, whole or in part ("CNN Business" on CNN,
    "네이버" on 네이버 뉴스)."""
    words = _words(part)
    # "cleveland.com" is the site of "Cleveland com".
    site_words = _words((site or "").replace(".", " "))
    shorter = min(len(words), len(site_words))
    return shorter > 0 and words[:shorter] == site_words[:shorter]


def _is_named_in(part: str, notice: str | None) -> bool:
    """Whether the words of ``part`` run, in order, through ``notice``."""
    words, notice_words = _words(part), _words(notice or "")
    return bool(words) and any(
        notice_words[start : start + len(words)] == words
        for start in range(len(notice_words) - len(words) + 1)
    )


def _clean(value: str | None) -> str | None:
    if not value:
        return None
    cleaned = folded_line(value)
    return cleaned or None


def _title(value: str | None) -> str | None:
    cleaned = _clean(value)
    return cleaned if cleaned is None or len(cleaned) <= _TITLE_CHARS else None


def _parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _site(sitename: str | None, url: str | None) -> str | None:
    """The site's name the page gives, less a credit run into it ("SIMPLYFOUND.COM | BY: JOE WEE") or a
    tagline after the name its address spells ("LinkNaija | Nigeria's popular news platform" on
    linknaija.com, "Autoracing | F1 | Indy" on autoracing.com.br); its host when the name is an address ("http://www.tmz.com"), or the host of ``url``
    when the page gives no name or a copyright line for one ("Copyright 2014")."""
    name = _clean(sitename.lstrip("@")) if sitename else None
    host = site_of(url)
    if name and _ADDRESS.match(name):
        return site_of(name) or host
    if not name or _COPYRIGHT.match(name):
        return host
    name = _SITE_CREDIT.split(name, maxsplit=1)[0] or name
    name = _RIGHTS_RESERVED.sub("", name) or name
    first = _TITLE_SEPARATOR.split(name, maxsplit=1)[0]
    # The name twice ("European Commission - European Commission").
    if first != name and _letters(first) == _letters(name[len(first) :]):
        return first
    # The host's labels but its last: "autoracing" of autoracing.com.br.
    if host and first != name and _letters(first) in {_letters(host), *map(_letters, host.split(".")[:-1])}:
        return first
    return name


def own_article(tree):
    """The page's own <article> element: not one inside an aside or a menu (a story card), nor one nested
    in another; ``None`` when the page has none."""
    return next((a for a in tree.iter("article") if not _inside(a, ("aside", "nav", "article"))), None)


def own_footers(article) -> list:
    """The footers of the page's own ``article`` (WordPress puts "Published ... By ..." there): not of an
    article nested in it, not of a comment."""
    return [
        footer
        for footer in article.iter("footer")
        if "comment" not in (footer.get("class") or "")
        and not _inside(footer, ("article", "aside", "nav"), stop=article)
    ]


def find_byline(footers: list, region, tree) -> str | None:
    """trafilatura's search for a byline element, in the article's ``footers``, then in ``region`` (the
    page's own article, or the page without its navigation, asides and footers: there a name is another
    story's, or a commenter's). It tests a dozen patterns on every element with a class: searched in the
    article alone, it costs a fraction of a search of the page.

    The search takes ``tree`` (the page) apart: it is the last reader of the page, and the elements are
    moved and cut rather than copied (trafilatura's own search copies what it is given).
    """
    from trafilatura.metadata import extract_author

    for footer in footers:
        if author := extract_author(footer):
            return author
    # trafilatura's patterns search the whole document the region is in: the region becomes the document.
    if region is not tree:
        for child in list(tree):
            tree.remove(child)
        tree.append(region)
    # Bylines stand near the top of the article: the search looks at its first elements only, so that
    # its cost stays that of an ordinary page on a long one (a long encyclopedia page spent a quarter
    # of its time here).
    cut_elements(tree, _BYLINE_ELEMENTS)
    # A commenter's name is no byline: trafilatura passes over "comments" lists, not each comment's own
    # element ("sf_comment_author" on ultimahora.es). Comments follow the article, so only elements after
    # its first paragraph are passed over (never the article's own wrapper, "entry has-comments", nor a
    # meta block above the text), and the text after one stays ("3 comments By Jane Doe").
    first = next(tree.iter("p"), None)
    comments, after_first = [], False
    for element in tree.iter():
        if element is first:
            after_first = True
        elif after_first and _is_comment(element):
            comments.append(element)
    for element in comments:
        if element.getparent() is not None:
            element.drop_tree()
    return _author(tree) or _byline_line(tree)


def _byline_line(tree) -> str | None:
    """The names in a byline line above the article's first paragraph (its first ``<p>`` longer than a
    byline) that no class names a byline, as pages outside the English-speaking world write them (``<p
    class="meta">Publié le 3 mars 2026 à 10h12 – Par Claire Martin</p>``, ``<p class="autore">di Marco
    Rossi</p>``): a line of text with no other block inside, read as a pasted page's byline line is."""
    for element in tree.iter(*_BYLINE_LINE_TAGS):
        text = element.text_content()
        # A Chinese or Korean reporter's credit: a line of its own ("记者 陈洁 通讯员 王晓明", "박수빈
        # 기자"), or in brackets in the first paragraph's dateline ("新华社北京7月26日电（记者吴雨）...").
        if reporter := _REPORTER_CREDIT.search(text, 0, _REPORTER_CREDIT_CHARACTERS):
            return reporter.group("zh") or reporter.group("ko")
        if element.tag == "p" and (
            len(text.split()) > _BYLINE_LINE_WORDS or word_count(text) > _DENSE_LINE_CHARACTERS
        ):
            break
        # A line's own words, its names and date in elements of their own inside it at most (Drupal 10's
        # "By <span><span>Priya Raman</span></span>, <span><time>14 February, 2024</time></span>").
        if any(child.tag in _BLOCK_TAGS for child in element.iterdescendants()):
            continue
        # A photo's or a video's credit ("Photo by John Smith", "Video by Ana Ruiz") names no writer.
        if _is_photo_credit(text) or _credits_picture(element):
            continue
        if names := byline_names(text) or _submitted_by(text):
            return names
        # The names alone, in an element whose class names its author in another language, or its
        # reporter ("<span class="reporter">（山口 彩花）</span>", "<em class="journalist_name">김지훈
        # 기자</em>"), after a label at most ("संवाददाता: अंकित मिश्रा").
        names = _REPORTER_WORD.sub("", _BYLINE_LABEL.sub("", folded_line(text))).strip(_BRACKETS)
        if (
            names
            and len(names.split()) <= _NAMES_WORDS
            and _AUTHOR_CLASS.search(f"{element.get('class', '')} {element.get('id', '')}".lower())
            and looks_like_names(names)
        ):
            return names
    return None


def _submitted_by(text: str) -> str | None:
    """The names in Drupal's byline, "Submitted by Karen Whitfield on Fri, 11/08/2013 - 14:20" (and its
    translations: "Enviado por ... el ...", "Soumis par ... le ..."), which no byline pattern reads: the
    names run on to the date."""
    line = folded_line(text)
    match = _SUBMITTED_BY.match(line) if line and len(line) <= _DATE_LINE_CHARACTERS else None
    return match.group("names") if match and looks_like_names(match.group("names")) else None


def _credits_picture(element) -> bool:
    """Whether a class or id of the element names a picture's or a video's credit ("image-author",
    "photo_credit")."""
    words = f"{element.get('class', '')} {element.get('id', '')}".lower().replace("-", " ").replace("_", " ")
    return not _PICTURE_CLASS_WORDS.isdisjoint(words.split())


def _is_comment(element) -> bool:
    """Whether a class or id of the element names a comment: has the word "comment" or "comments"
    ("sf_comment", "comment-body", "comments"), and is no state or count of the comments ("has-comments",
    "comments-link", "comment-count") nor "commentary" (an opinion column) or "commentator"."""
    for name in f"{element.get('class', '')} {element.get('id', '')}".lower().split():
        parts = set(name.replace("-", " ").replace("_", " ").split())
        if not _COMMENT_WORDS.isdisjoint(parts) and _COMMENT_STATES.isdisjoint(parts):
            return True
    return False


def _author(tree) -> str | None:
    """trafilatura's ``extract_author`` on ``tree`` itself rather than on a copy of it, with the names of
    co-writers that stand each in an element of their own, side by side in one byline ("By <a
    rel="author">Jane Doe</a> and <a rel="author">John Roe</a>"): trafilatura gives the first alone."""
    from trafilatura.htmlprocessing import prune_unwanted_nodes
    from trafilatura.metadata import normalize_authors
    from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS, AUTHOR_XPATHS

    pruned = prune_unwanted_nodes(tree, AUTHOR_DISCARD_XPATHS)
    for expression in AUTHOR_XPATHS:
        elements = expression(pruned)
        first = next(
            (element for element in elements if _author_text(element) and not _credits_picture(element)),
            None,
        )
        if first is None:
            continue
        # Next to each other, a joining word at most between them: an LWN edition's second feature has a
        # byline of its own element, below the first feature.
        side_by_side = [first]
        for element in elements:
            last = side_by_side[-1]
            if element is last.getnext() and element.tag == first.tag and len((last.tail or "").split()) <= 1:
                side_by_side.append(element)
        names = "; ".join(filter(None, (_names_of_element(_author_text(e) or "") for e in side_by_side)))
        author = normalize_authors(None, names) if names else None
        return _with_vowel_signs(author, [names]) if author and not author.isascii() else author
    return None


def _author_text(element) -> str | None:
    """The text of an author element, as trafilatura reads one: of 3 to 119 characters."""
    from trafilatura.utils import trim

    text = trim(" ".join(element.itertext()))
    return text if 2 < len(text) < _AUTHOR_CHARACTERS else None


def _names_of_element(text: str) -> str:
    """The names in a byline element's text, read before trafilatura drops its digits and colons, which
    tell where they end: before a label's colon ("Текст: Лида Буслаева"), before a date ("By Joshua Sokol
    May 20, 2019") or another number and the words that lead to it ("Aleš Vávra před 2 hodinami"). Names
    after a date stamp and their credit word are the names ("Publié le 3 mars 2026 à 10h12 – Par Claire
    Martin"); names after an opening credit word end at a separator, where a place or a stamp follows
    ("Por Ana García | Madrid | 3 mar 2026", "Von Hans Müller | Stand: 03.03.2026, 10:12 Uhr")."""
    if credited := names_after_stamp(text):
        return credited
    text = _BYLINE_LABEL.sub("", STAMP_BEFORE_NAMES.sub("", text, count=1))
    if opening := CREDIT_OPENING.match(text):
        text = NAMES_END.split(text[opening.end() :], maxsplit=1)[0]
        # A single word after the names and a comma is the place the writer files from ("Von Thomas
        # Gutschker, Brüssel"); a co-writer has two names or more.
        names, comma, place = text.rpartition(",")
        if comma and len(place.split()) == 1 and len(names.split()) >= 2:
            text = names
    names = _BYLINE_TAIL.split(text, maxsplit=1)[0]
    words = names.split()
    first_number = next((i for i, word in enumerate(words) if any(map(str.isdigit, word))), None)
    # A number before any name ("5 min read By Jane Doe") ends nothing.
    end = first_number or len(words)
    # Lower-case words before the number are its preposition ("před", "il y a", "hace"): dropped when a
    # capitalized name stands before them, as names written in lower case are names still.
    if end < len(words):
        while end > 1 and words[end - 1].islower() and not all(w.islower() for w in words[: end - 1]):
            end -= 1
    return " ".join(words[:end])


def _inside(element, tags: tuple[str, ...], stop=None) -> bool:
    for ancestor in element.iterancestors():
        if ancestor is stop:
            return False
        if ancestor.tag in tags:
            return True
    return False
