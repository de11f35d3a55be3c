"""Keyphrases: the words and phrases an article is about, ranked, with where each occurs.

Candidates are the runs of content words between stopwords, numbers and punctuation (so they read like
noun phrases), and every stretch of one to three words of a run that does not cut a name: two to four
capitalised words in a row ("Buenos Aires", "Michael Buble") stay whole. Variants are merged by stem
("wedding", "weddings"), and each keyphrase is reported as the article writes it most often. A phrase
that only ever occurs inside one longer phrase is a part of that one ("civil" of "civil ceremony"), and
dates ("Thursday", "yesterday") are not what a story is about, so neither is a candidate.

A candidate's score adds up what marks a phrase the story is about: how often it occurs (a name with its
mentions by surname), how early it first comes and how far through the text it recurs, whether the
headline has it, how long its words are up to eight letters (long words are rarer, so more specific), how
many words it has, whether it is a name, and how often the name is given in full. Eight weights combine
them: fitted on halves of two labelled news sets (crowd keyphrases, editors' tags), checked on the other
halves, and held to a check that the subject of other news comes first (docs/keyphrases.md). The best
candidates are taken in order, leaving out any whose words are all in a phrase already taken, or that
holds all of one's words, so that "Buble" does not follow "Michael Buble".

Everything comes from the article itself and nutgraf's stopwords and stemmers: no model, no download.
Languages nutgraf has no stemmer for get unstemmed words; Chinese and Japanese, written without spaces,
get runs of two to five characters between particles, function characters and punctuation, and so do
Vietnamese syllables; Thai is cut at its stopwords; Arabic and Hebrew words lose the prefixes the text
shows them without; Greek and Turkish words lose their case endings. Verbs stay out: in German, which
capitalises its nouns, the words written in lower case; in French, Spanish, Italian and Portuguese, those
written after a pronoun or an auxiliary; in Turkish, those that end as a verb does.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import compress
from operator import gt, not_
from typing import Any

from nutgraf.article import Article
from nutgraf.errors import EmptyInputError, InvalidInputError
from nutgraf.extract import as_article
from nutgraf.language import (
    SUPPORTED_LANGUAGES,
    detect_language,
    function_words,
    language_code,
    stem,
    stopwords,
    with_typographic_apostrophes,
)
from nutgraf.segment import DATELINE_DASH, DATELINE_MAX_CHARACTERS, LETTER_OR_DIGIT, dateline_place

#: The most keyphrases one call returns.
MAX_KEYPHRASES = 50
#: Candidates are drawn from the first this many characters (some 150,000 words) of a longer text: a
#: book-length text's opening says what it is about, and time and memory stay bounded. Spans are those in
#: that stretch.
MAX_CHARS = 1_000_000
# Words in a candidate phrase (a name may have one more).
_MAX_PHRASE_WORDS = 3

# Characters that belong to words besides \w: the combining marks of text in decomposed form and of
# scripts whose vowel signs Python does not count as word characters (Hebrew, Arabic, the Indic scripts
# but for the danda, their full stop, Thai...).
_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0900-\u0963\u0966-\u0dff"
    "\u0e00-\u0eff\u1000-\u109f"
)
# A word (letters and digits, with inner hyphens and apostrophes: "Grammy-winning", "O'Brien", and a
# stop before a digit: "JN.1", "GPT-4.5", "1.5bn"; or initials with their stops: "U.S.", Spanish "EE.UU.")
# and the characters before it, which are never word characters: the matches tile the text. The gap is
# possessive, and the last alternative takes what follows the last word, so that a long run of
# punctuation is scanned once, not once from each of its characters.
_GAP_AND_WORD = re.compile(
    rf"([^\w{_MARKS}]*+)((?:[^\W\d_]{{1,2}}\.){{2,}}|[\w{_MARKS}]+(?:[-'’][\w{_MARKS}]+)*(?:\.\d[\w{_MARKS}]*)*)"
    rf"|[^\w{_MARKS}]++$"
)
# A web address, an e-mail address or a social-media handle: its parts ("https", "amzn", "2hXyZ1") and
# the handle of a reporter's "Follow her on X @janedoe" are no keyphrases. The e-mail alternative starts
# only where a run of its characters does, so each run is read once.
_ADDRESS = re.compile(
    r"(?:https?://|www\.)\S++|(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)++|(?<![\w.+-])@\w++"
)
# A Chinese dateline: the paper or agency and the place, the date, 电 ("cabled"), and the reporter in
# brackets: "本报深圳9月12日电（记者李明）", "新华社北京11月2日电".
_CHINESE_DATELINE = re.compile(
    r"(?P<place>[^\s，。（(]{0,12}?\d{1,2}月\d{1,2}日电)(?P<reporter>[（(][^）)\n]{1,30}[）)])?"
)
# A Korean one: the place, "=", the agency, and the reporter: "(서울=연합뉴스) 김민수 기자 = ".
_KOREAN_DATELINE = re.compile(
    r"[(（]?(?P<place>[가-힣]{1,8})=[^\s)）=]{1,12}[)）]?(?: [가-힣]{2,4} ?(?:기자|특파원))?(?: ?= )?"
)
# What a dateline's agency tag and dash are turned into (cleaned text holds no NUL). The word after them
# reads as it did beside the tag, mid-sentence: a lede opens with its subject's title and name ("(Reuters) -
# Prime Minister Rishi Sunak"), whose first word the text may write in lower case elsewhere.
_DATELINE_MARK = "\x00"
# What links two names into one where a text repeats them so ("Bank of England", "Secretary of State",
# "Banco de España"): a phrase linked once ("Messi of Barcelona") is two names.
_NAME_LINKS = {
    "en": (" of ", " of the ", " for "),
    "fr": (" de ", " du ", " des "),
    "es": (" de ", " del "),
    "it": (" di ", " del ", " della "),
    "pt": (" de ", " do ", " da "),
}
# Characters between words that end a sentence (what follows is capitalised for grammar, not for a name).
_SENTENCE_END = re.compile(r"[.!?…:;\n]")
_APOSTROPHES = "'’"
# A quantity: a number with a unit or suffix in small letters ("5m", "280bn", "56ft", "1990s", "3rd").
_QUANTITY = re.compile(r"\d[\d.,]*+[a-z]{1,3}")
# Scripts written without spaces between words: Chinese characters, kana.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# In such a stretch: a katakana word, one Chinese character, a word in Latin letters and digits
# ("ChatGPT", "X5"), or anything else (hiragana particles and endings, other scripts), which ends a run.
_CJK_PIECE = re.compile(
    r"(?P<katakana>[\u30a0-\u30ff]+)|(?P<han>[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])"
    r"|(?P<latin>[0-9A-Za-z]++(?:[-'’][0-9A-Za-z]++)*+)"
    r"|(?P<other>[^\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff0-9A-Za-z]+|[-'’])"
)
# Chinese characters that are (nearly always) grammar, not part of a term: they end a run as stopwords do.
_CHINESE_FUNCTION_CHARACTERS = frozenset(
    "的了是在和与及或也都就而被把对从这那个之其为以于着过将并但等已又所让向我你他她它们不"
)
# Japanese writes its grammar in kana: of those characters only these are grammar there ("等", "及び",
# "又は"); "被" begins "被災地" (a disaster zone), "不" "不透明" (unclear), "以" "以来" (since).
_JAPANESE_FUNCTION_CHARACTERS = frozenset("等及又")
# Counters after a figure ("2年", "1万人", "5000万部", "3位"): a quantity, no part of a keyphrase.
_COUNTERS = frozenset("年月日時分秒万億兆円元人件回位歳割倍度号条台部名点")
# Names and common news terms with a function character inside, which stays theirs: cut there, 华为
# (Huawei) was 华 and no keyphrase, 以色列 (Israel) 色列, 共和国 (republic) 共, 成都 (Chengdu) and 埃及
# (Egypt) nothing. Chinese and the Japanese that shares its characters (東京都, 裁判所, 与党).
_TERMS_WITH_FUNCTION_CHARACTERS = (
    "华为 以色列 埃及 土耳其 也门 成都 首都 京都 东京都 東京都 都市 和平 和解 和谈 共和国 共和党 交易所"
    " 研究所 派出所 事务所 事務所 裁判所 发电所 発電所 诊所 所得税 将军 合并 并购 平等 被告 行为 对手"
    " 对话 个人 方向 转让 着陆 就业 成就 参与 普及 目的 不动产 不動産 与党"
).split()
# Each function character, with the terms above it is part of and its place in each.
_KEPT_IN_TERMS: dict[str, tuple[tuple[str, int], ...]] = {
    character: tuple(
        (term, place)
        for term in _TERMS_WITH_FUNCTION_CHARACTERS
        for place, other in enumerate(term)
        if other == character
    )
    for character in _CHINESE_FUNCTION_CHARACTERS
}
# Articles and prepositions French and Italian elide before a vowel ("l'État", "dell'Unione").
_ELIDED = {
    "fr": frozenset("l d j m n s t c qu lorsqu puisqu jusqu quoiqu".split()),
    "it": frozenset("l d un dell dall nell sull all coll quell quest c".split()),
}
# Languages that write a name's case ending after an apostrophe ("Merkez Bankası'nın", "İstanbul'da").
_SUFFIXES_AFTER_APOSTROPHE = frozenset({"tr", "az"})
# Words a verb follows, in languages whose verbs keyphrases took for nouns, each with the endings the word
# after it must have to be read as a verb. Subject pronouns, the reflexive pronoun, the negation and the
# modals take any ("ils dénoncent", "se rassemblent", "ne cède"); the auxiliaries of the perfect also mean
# "has" ("tem inflação", "a faim") and take a participle; prepositions and "faire" also take a noun
# ("sans abri", "faire grève") and take an infinitive. Not the copula: "est président" is a noun after it.
_PARTICIPLES = {
    "fr": "é ée és ées i ie is ies u ue us ues it ite its ites ert erte erts ertes int inte ints intes",
    "es": """ado ada ados adas ido ida idos idas hecho dicho visto puesto abierto escrito muerto vuelto roto
    cubierto resuelto""",
    "it": "ato ata ati ate ito ita iti ite uto uta uti ute so sa si se sto sta sti ste tto tta tti tte",
    "pt": """ado ada ados adas ido ida idos idas feito dito visto posto aberto escrito coberto ganho gasto pago
    aceito eleito entregue morto preso""",
}
_INFINITIVES = {"fr": "er ir re"}
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
            ("pour sans faire", tuple(_INFINITIVES["fr"].split())),
        ),
        "es": (
            ("se sido no le les", ("",)),
            ("ha han había habían habrá habrán", tuple(_PARTICIPLES["es"].split())),
        ),
        "it": (
            ("si stato stata stati state non", ("",)),
            ("ha hanno aveva avevano avrà", tuple(_PARTICIPLES["it"].split())),
        ),
        "pt": (
            ("se foi foram sido não", ("",)),
            ("tem têm tinha tinham havia", tuple(_PARTICIPLES["pt"].split())),
        ),
    }.items()
}
# Articles and determiners: a word written after one, anywhere in the text, is a noun ("la grève", "le
# président", "os juros"), whatever a verb marker before it elsewhere suggests ("faire grève").
_DETERMINERS = {
    language: frozenset(words.split()) | frozenset(words.title().split())
    for language, words in {
        "fr": "le la les l un une des du au aux ce cet cette ces son sa ses leur leurs notre nos votre vos",
        "es": "el la los las un una unos unas del al su sus este esta estos estas ese esa esos esas",
        "it": """il lo la i gli le l un una uno del dello della dei degli delle al allo alla ai agli alle nel
        nello nella nei negli nelle dell dall nell sull all suo sua suoi sue questo questa""",
        "pt": "o a os as um uma uns umas do da dos das no na nos nas ao aos seu sua seus suas este esta",
    }.items()
}
# Languages that capitalise every noun: a word they write in lower case is a verb, an adjective or an
# adverb ("verteidigte", "umstrittenen"), which ends no keyphrase.
_CAPITALISED_NOUNS = frozenset({"de", "lb"})
# A line of this many content words or more, all capitalised, is written in title case.
_MIN_HEADLINE_WORDS = 3
# Chinese and Japanese candidates are at most this many characters (a katakana word counts as one) long:
# "新能源汽车" (new-energy vehicle). Without a dictionary a stretch is a term where the text has it in more
# than one setting: one whose every occurrence stands in the same longer stretch is cut from that one
# ("新能源汽" of "新能源汽车"; "务院发布", once, of "国务院发布新能源"), so it is a part, and so is a stretch of
# the longest length whose every occurrence goes on the same way.
_MAX_CJK_UNITS = 5
# Particles of a surname: in lower case between a name's words ("Ursula von der Leyen"), and capitalised
# before a surname ("Le Pen", "Di Maio", "De Jonge"), where a language's list of function words would
# leave them out and cut the surname off ("Pen", "Maio").
_NAME_PARTICLES = frozenset(
    "von van der den ten ter de di da du le la del della dos das do bin ibn al el".split()
)
# Names longer than this are titles and names together ("Former US Secretary Hillary Clinton"): their
# words are candidates as other words are.
_MAX_NAME_WORDS = 4

# One word of the text, as the candidates see it: its stem ("" for a word that cannot be part of a
# keyphrase: a stopword, a number, a single character), whether it is capitalised, how many of its
# characters are an elided article before it ("l'", "dell'") or a possessive after it ("'s"), and what
# kind of word it is (_PLAIN, or one of the two below).
_WordKey = tuple[str, bool, int, int, int]
_PLAIN = 0
# A stopword written capitalised ("New", "World", "Microsoft"): a part of a name ("New Zealand", "World
# Cup"), and alone a keyphrase only where the text never writes it in lower case.
_CAPITALISED_STOPWORD = 1
# A word of the calendar written capitalised ("Friday", "Today"): a part of a name the text repeats
# ("Black Friday", "USA Today"; not "Tuesday President Obama"), never a keyphrase alone.
_CAPITALISED_CALENDAR = 2
_NOT_A_KEYWORD: _WordKey = ("", False, 0, 0, _PLAIN)
# The key of a stretch of Chinese or Japanese, which is split into its characters (told apart by identity).
_CJK_WORD: _WordKey = ("", True, 0, 0, _PLAIN)
# The key of a stopword in lower case (told apart by identity): where the text has a word so, the word
# capitalised alone is no name ("New rules" beside "new"; "Microsoft" is never written "microsoft").
_LOWER_STOPWORD: _WordKey = ("", False, 0, 0, _PLAIN)
# Titles before a name, which stay out of it: "Blair", not "Mr Blair"; "Dr" is no keyphrase alone either.
# A stopword written capitalised after one is a name ("Mrs May").
_TITLES = {"en": "mr mrs ms miss gov dr prof sen rep col sgt capt rev", "it": "sig"}
# Pronouns a language capitalises wherever they stand ("I'm", German's formal "Ihnen"): capitalised
# mid-sentence and never in lower case, they would pass for a name the stop-list holds ("Microsoft").
_CAPITALISED_PRONOUNS = {"en": "i i'm i've i'd i'll", "de": "sie ihnen ihr ihre ihrer ihrem ihren ihres"}
# Korean writes its particles onto the word ("회장이", "회장의", "회장에게": the chairman as subject, of him,
# to him): a word's key and its spans leave the longest one out, so that they are one keyphrase, "회장". A
# particle of one syllable is taken only from a word of three syllables or more, so that "아이" (a child)
# stays whole; without a dictionary, a longer noun that ends as a particle does loses it ("고양이", a cat).
_KOREAN_PARTICLES = tuple(
    sorted(
        """에서는 에게서 으로는 으로써 으로서 으로도 이라며 이라고 이라는 에서도 에게도 까지도 에서의 에게는
        과의 와의 에서 에게 한테 께서 으로 까지 부터 처럼 보다 마저 조차 이나 이며 이다 라며 라고 라는 에는
        에도 은 는 이 가 을 를 의 에 와 과 도 만 로""".split(),
        key=len,
        reverse=True,
    )
)
# The endings of a Korean predicate, a verb's or an adjective's ("밝혔다", said; "증가했다고", that it
# increased): the story's "said" and "rose", not what it is about. Past and present tenses, the copula and
# 있다/없다, and the quoting and joining forms of each; place names that end in 다 ("캐나다") do not end so.
_KOREAN_PREDICATE_ENDINGS = tuple(
    ending + joined
    for ending in """었다 았다 였다 했다 혔다 겠다 렸다 켰다 쳤다 졌다 왔다 냈다 섰다 랐다 됐다 봤다 줬다 웠다 는다 한다
        된다 이다 있다 없다 습니다""".split()
    for joined in ("", "고", "며", "는")
)
# Korean predicates that join a clause to the next ("밝히며", "증가했으며", "하면서", "했지만") or qualify a
# noun ("발표하는", "있는"), and adverbs made of an adjective ("치열하게"): the story's verbs again.
_KOREAN_JOINING_ENDINGS = tuple(
    """으며 하며 되며 하고 했고 됐고 였고 었고 았고 하면서 면서 지만 해서 하는 되는 있는 없는 하던 했던
    됐던 하게 하기 해야 다며 다고 라며 려고 도록 겠다고""".split()
)
# An adverb made of an adjective, on a word of three syllables or more: "면밀히" (closely), "신속히".
_KOREAN_ADVERB_ENDING = "히"
# Endings of one syllable that may mark a predicate qualifying the noun after it, on a word of three
# syllables or more: "발표한" (that announced), "예정될" (that will be); but "남북한" (the two Koreas),
# "무제한" (unlimited) and "김정한" (a name) are nouns. Each with the first syllables of the verb's other
# forms ("발표하며", "발표했다", "발표해"; "검토되며", "검토됐다"): where the text has one of those, or
# writes the word only bare before another word, it is the predicate; where it writes the word with a
# particle ("남북한의"), at the end of a sentence, or as a name before a title, a noun.
_KOREAN_QUALIFYING_ENDINGS = {
    "한": ("하", "했", "해", "합", "함"),
    "할": ("하", "했", "해", "합", "함"),
    "된": ("되", "됐", "돼", "됩", "됨"),
    "될": ("되", "됐", "돼", "됩", "됨"),
}
# Common Korean surnames, and the titles and forms of address written after a name: "김정한 대변인" and
# "김정한 씨" are a person.
_KOREAN_SURNAMES = frozenset(
    "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 우 구"
    " 민 진 나 지 엄 변 채 원 방 천 공 현 함 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모".split()
)
_KOREAN_TITLES = tuple(
    """씨 대변인 장관 차관 위원장 위원 의원 대표 회장 부회장 사장 대통령 총리 감독 선수 교수 원장 청장 실장 국장
    부장 총장 시장 지사 대사 판사 검사 변호사 이사장 사무총장 사령관 총재""".split()
)
# Finite verbs in "-다" whose ending the list above lacks: the past tense after any stem ends in a syllable
# with final ㅆ before 다 ("만났다", met; "갔다"), and the present, on three syllables or more, in one with
# final ㄴ ("보인다", seems; "열린다"), as these place names and words do not.
_HANGUL_FINALS = 28
_FINAL_SS = 20
_FINAL_N = 4
_KOREAN_NOUNS_LIKE_VERBS = frozenset("우간다 르완다 아젠다 어젠다 프로파간다 아만다 미란다 브렌다".split())
# Prefixes Arabic and Hebrew write onto a word, longest first: the article (ال, ה), "and" (و; Hebrew's ו below), "so" (ف),
# "in", "to", "from", "as" (ب, ل, ك; ב, ל, מ, כ), "that" (ש), and their pairs ("وال", "بال", "לכש"...).
# Taken off where the text shows the rest of the word as a word too (see _bare_forms):
# "المباراة" and "مباراة", "השביתה" and "שביתה" are one keyphrase; "وزير" (a minister) keeps its و.
_CLITICS = {
    "ar": tuple(sorted("وبال وال بال فال كال ولل لل ال و ف ب ل ك".split(), key=len, reverse=True)),
    # Hebrew's "and" (ו) too, where the text has the word without it: "ולדימיר" (Vladimir) keeps it, and
    # so do the words that begin with one of their own (see _HEBREW_WORDS_WITH_VAV: "ועדה", a committee).
    "he": tuple(sorted("וה וב ול ומ וש שה שב של שמ כש מה לה ה ב ל מ ש כ ו".split(), key=len, reverse=True)),
}
# The article, ending a prefix ("ال", "وال", "لل"; "ה", "שה"): only nouns take it, names do not.
_ARTICLES = {"ar": ("ال", "لل"), "he": ("ה",)}
# What is left of a word without its prefix has at least this many letters.
_MIN_CLITIC_REST = 3
# Japanese writes a verb's noun form with its kana ending ("利上げ", a rate rise; "取り組み", an effort;
# "見通し", an outlook): a kana of these between two Chinese characters, or after one and before a
# particle, is part of the word, which was cut before it ("利上"). A Chinese character followed by other
# kana is a verb's or an adjective's stem ("決めた", "大きく"): no part of a keyphrase.
_OKURIGANA = frozenset("きぎしじちびみりえけげめれせべ")
# The kana that follow a noun: particles, the copula, する's forms ("発表した"), and "まで", "より", "ぶり".
_AFTER_A_NOUN = frozenset("のがをにはでともへやかなだしさすせまよぶほらずご")
_HIRAGANA = ("\u3041", "\u309f")
# Thai is written without spaces between words: a stretch of it is cut where one of the language's
# stopwords stands at the start of a syllable ("ของ", "ที่", "และ"), and before a prefix that makes a
# noun ("การ", "ความ", "นัก": "การประชุม", a meeting), which stays. Without a dictionary a piece can still
# be a phrase: one longer than this many characters is a clause, no keyphrase.
_THAI_NOUN_PREFIXES = ("การ", "ความ", "นัก")
_MAX_THAI_CHARACTERS = 16
# Common Thai words with a stopword inside, which stay whole: "พื้นที่" (an area) is not "พื้น" and "ที่",
# "ผลกระทบ" (an impact) not "ผล" and "กระทบ", "เจ้าหน้าที่" (officials), "ต่างประเทศ" (abroad).
_THAI_WORDS_WITH_STOPWORDS = tuple(
    sorted(
        """พื้นที่ เจ้าหน้าที่ หน้าที่ ที่ดิน ที่พัก ที่อยู่อาศัย ผลกระทบ ผลผลิต ผลประโยชน์ ผลการ ผลงาน มาตรการ
        มาตรฐาน ต่างประเทศ ต่างชาติ ระหว่างประเทศ ส่วนราชการ ผู้ว่าราชการ รับผิดชอบ ความเสียหาย ทางการ
        ทางหลวง ร่วมกัน แห่งชาติ แห่งประเทศไทย""".split(),
        key=len,
        reverse=True,
    )
)
# The longest Thai stopword looked for, in characters.
_MAX_THAI_STOPWORD = 12
# Thai vowels and marks that never start a syllable (they follow its consonant), and vowels that lead one.
_THAI_FOLLOWING = frozenset(
    "\u0e30\u0e31\u0e32\u0e33\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e45\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e"
)
_THAI_LEADING = frozenset("\u0e40\u0e41\u0e42\u0e43\u0e44")
_THAI_LED_BY_HO = frozenset("งญนมยรลว")
_THAI = re.compile(r"[\u0e01-\u0e5b]")
# The Hangul syllables block.
_HANGUL = ("\uac00", "\ud7a3")
# The key of a stretch of Thai (told apart by identity).
_THAI_WORD: _WordKey = ("", False, 0, 0, _PLAIN)
# The key of a title (told apart by identity).
_TITLE_WORD: _WordKey = ("", False, 0, 0, _PLAIN)
# A candidate: the stems of its words.
_Key = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Keyphrase:
    """One keyphrase of an article.

    ``text`` is the phrase as the article writes it most often; ``spans`` are the ``(start, end)``
    character offsets of its occurrences in the cleaned article text, in order, so that
    ``article.text[start:end]`` reads it (or a variant of it: "weddings" is an occurrence of "wedding").
    A higher ``score`` ranks higher; scores compare within one article.
    """

    text: str
    score: float
    spans: tuple[tuple[int, int], ...]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {"text": self.text, "score": self.score, "spans": [list(span) for span in self.spans]}


def keyphrases(
    source: Article | str | bytes, top: int = 10, *, language: str | None = None
) -> list[Keyphrase]:
    """The article's keyphrases, best first.

    Args:
        source: an :class:`Article`, or the article as plain text or HTML (``str`` or ``bytes``),
            cleaned as :func:`nutgraf.summarize` cleans it.
        top: how many keyphrases, from 1 to 50 (fewer when the article has fewer candidates).
        language: ISO 639 code of the article's language; detected when ``None``.

    Returns:
        Up to ``top`` :class:`Keyphrase` objects, highest score first. Their spans point into the
        cleaned article text (``nutgraf.extract.as_article(source).text``, which is ``summary.source``
        for the same input).

    Raises:
        nutgraf.errors.InvalidInputError: ``top`` outside 1 to 50, a malformed language code, or input
            that is empty (or has no words), binary, undecodable or oversized.
        nutgraf.errors.NoArticleFound: HTML that holds no article.
    """
    top = check_top(top)
    if language is not None:
        language = language_code(language)
    article = as_article(source)
    if not LETTER_OR_DIGIT.search(article.text):
        raise EmptyInputError("the article has no words to draw keyphrases from, only punctuation or symbols")
    language = language or article.language or detect_language(article.text)
    return rank_keyphrases(article.text, language, title=article.title, byline=article.byline, top=top)


def rank_keyphrases(
    text: str, language: str, *, title: str | None = None, byline: str | None = None, top: int = 10
) -> list[Keyphrase]:
    """The keyphrases of cleaned article text, best first: :func:`keyphrases` without the cleaning.

    For callers that already hold the cleaned text and its language, such as a
    :class:`~nutgraf.article.Document`: ``rank_keyphrases(document.text, document.language,
    title=document.title, top=5)``. ``title`` (the headline, not part of ``text``) lifts the phrases it
    names; the names in ``byline`` (the article's) are no keyphrases, where the text has them too ("Contact
    Jane Doe at ..."). Text without a single candidate gives an empty list.

    Raises:
        nutgraf.errors.InvalidInputError: ``top`` outside 1 to 50, or a malformed language code.
    """
    top = check_top(top)
    language = language_code(language)
    words = _Words(text, language)
    occurrences = _occurrences(words)
    if language in _CAPITALISED_NOUNS:
        occurrences = _noun_occurrences(words, occurrences)
    # The article's words tell which Arabic or Hebrew prefixes come off the headline's.
    known = frozenset(words.stems) if language in _CLITICS or language == "tr" else frozenset()
    title_keys = set(_occurrences(_Words(title, language, known))) if title else set()
    candidates = _features(words, occurrences, title_keys, len(text))
    if byline or words.datelined:
        candidates = [
            candidate
            for candidate in candidates
            if not _furniture(candidate[0], words, occurrences, byline, language)
        ]
    w_count, w_first, w_spread, w_title, w_letters, w_words, w_name, w_full_name = _WEIGHTS
    scored = sorted(
        (
            (
                w_count * log_count
                + w_first * first
                + w_spread * spread
                + w_title * title_
                + w_letters * letters
                + w_words * extra_words
                + w_name * name
                + w_full_name * full_name,
                -occurrences[key][0],
                key,
            )
            for key, (log_count, first, spread, title_, letters, extra_words, name, full_name) in candidates
        ),
        reverse=True,
    )

    def acronym(key: _Key) -> str | None:
        """The letters of a single word written in capitals ("EU", "U.S."), lower-cased; ``None`` for
        others."""
        if len(key) > 1:
            return None
        first = occurrences[key][0]
        letters = text[words.starts[first] : words.ends[first]].replace(".", "")  # "U.S." is "US"
        return letters.lower() if _MIN_ACRONYM <= len(letters) <= _MAX_ACRONYM and letters.isupper() else None

    chosen = _select(scored, top, acronym, words.characters)
    return [_keyphrase(text, words, key, occurrences[key], score) for score, key in chosen]


def check_top(top: object) -> int:
    """``top`` as a number of keyphrases to give: a whole number from 1 to :data:`MAX_KEYPHRASES`."""
    if isinstance(top, bool) or not isinstance(top, int) or not 1 <= top <= MAX_KEYPHRASES:
        raise InvalidInputError(f"top must be a whole number from 1 to {MAX_KEYPHRASES}, not {top!r}")
    return top


#: What a candidate's score adds up, in the order of _WEIGHTS.
FEATURES = (
    "log_count",  # how often the phrase (any variant; a name with its surname alone) occurs
    "first",  # where it first occurs, as a share of the text
    "spread",  # from its first to its last occurrence, as a share of the text
    "title",  # the headline has it
    "letters",  # letters per stem (at most 8; a compound's longest part): long words are rarer
    "extra_words",  # words past the first (Chinese and Japanese characters do not count)
    "name",  # a whole name of two or more words
    "full_name",  # log of how often a name is given in full: a story's protagonists are, again and again
)
# Fitted for F1@10 on the tuning halves of 500N-KPCrowd and of the editors' tags of the shared pages, under
# a check that a story's subject still comes first on other news (docs/keyphrases.md); the name and
# extra-word weights are held where they were set so that a story's protagonists ("Michael Buble", not
# "Buble") make the list.
_WEIGHTS = (0.75, -0.7, 0.1, 0.8, 0.15, -1.4, 1.0, 0.7)
# An acronym has this many letters, at least and at most: "EU", "NATO", "UNESCO" is a word.
_MIN_ACRONYM = 2
_MAX_ACRONYM = 5
# Past this many letters a stem says no more about how specific a word is: on 500N-KPCrowd the share of
# words the crowd picks stops rising at eight, and with a longer cap long words outrank a story's subject
# more often on other news (a long compound, as German and Finnish write them, would too).
_MAX_LETTERS = 8


def _features(
    words: _Words, occurrences: dict[_Key, list[int]], title_keys: set[_Key], length: int
) -> list[tuple[_Key, tuple[float, ...]]]:
    """Each candidate with its :data:`FEATURES` (parts of a longer phrase left out)."""
    length = max(length, 1)
    starts = words.starts
    # A phrase that only ever occurs inside one longer phrase is a part of it ("civil" of "civil
    # ceremony", "北京" of "北京大学"): the longer one is the candidate. (A name's words are candidates
    # only where they stand alone, and a name is whole as it is.)
    parts = {
        part
        for key, found in occurrences.items()
        if len(key) > 1 and not _is_name(words, key, found[0])
        for part in (key[:-1], key[1:])
        if len(occurrences.get(part, ())) == len(found) and not _is_name(words, part, occurrences[part][0])
    }
    letters: dict[str, int] = {}
    characters = words.characters
    log = math.log
    rows = []
    for key, found in occurrences.items():
        if key in parts or (len(key) > _MAX_CJK_UNITS and found[0] in characters):
            continue
        single = len(key) == 1
        first, last = found[0], found[-1]
        name = not single and _is_name(words, key, first)
        for stem_ in key:
            if stem_ not in letters:
                letters[stem_] = min(max(map(len, stem_.split("-"))), _MAX_LETTERS)
        count = len(found)
        if name and (mentions := next(filter(None, map(occurrences.get, _suffixes(key))), None)):
            # A name is also mentioned by its last words alone: "Delia" after "Hurricane Delia", "Le Pen"
            # after "Marine Le Pen".
            count += len(mentions)
            first, last = min(first, mentions[0]), max(last, mentions[-1])
        rows.append(
            (
                key,
                (
                    log(count),
                    starts[first] / length,
                    (starts[last] - starts[first]) / length,
                    1.0 if key in title_keys else 0.0,
                    letters[key[0]]
                    if single
                    # A stretch of Chinese or Japanese is one term: its characters are its letters, as a
                    # katakana word's are.
                    else min(sum(map(len, key)), _MAX_LETTERS)
                    if found[0] in characters
                    else sum(letters[stem_] for stem_ in key) / len(key),
                    0.0 if single or found[0] in characters else len(key) - 1.0,
                    1.0 if name else 0.0,
                    log(len(found)) if name else 0.0,
                ),
            )
        )
    return rows


def _noun_occurrences(words: _Words, occurrences: dict[_Key, list[int]]) -> dict[_Key, list[int]]:
    """Of ``occurrences``, in a language that capitalises its nouns, those that end in a noun: a word
    written capitalised ("der Streik", "der Grünen"), not one in lower case ("streiken", "grüne"), though
    they share a stem. Where a sentence opens, case says nothing: the word there is a noun unless its stem
    is written in lower case more often than not where case is the writer's (mid-sentence)."""
    cased, informative = words.cased, words.informative
    capitalised, opens, stems = words.capitalised, words.opens, words.stems
    nouns = {}
    for key, found in occurrences.items():
        last = len(key) - 1
        kept = [
            i
            for i in found
            if capitalised[i + last]
            and (not opens[i + last] or 2 * cased[stems[i + last]] >= informative[stems[i + last]])
        ]
        if kept:
            nouns[key] = kept
    return nouns


def _suffixes(key: _Key) -> list[_Key]:
    """A name's last words, longest first: ("le", "pen"), ("pen",) of "Marine Le Pen"."""
    return [key[i:] for i in range(1, len(key))]


def _select(
    scored: list[tuple[float, int, _Key]],
    top: int,
    acronym: Callable[[_Key], str | None],
    characters: set[int],
) -> list[tuple[float, _Key]]:
    """The best ``top`` candidates, each neither made of another's words nor holding all of them, nor
    the acronym of another: of "EU" and "European Union", "E.B." and "Easter Bunny", the phrase."""
    chosen: list[tuple[float, _Key]] = []
    taken: list[frozenset[str]] = []
    # The letters of the acronyms chosen, each with its place in chosen; the initials of the phrases.
    acronyms: dict[str, int] = {}
    initials: set[str] = set()
    for score, first, key in scored:
        stems = frozenset(key)
        if any(stems <= other or stems >= other for other in taken):
            continue
        letters = acronym(key)
        if letters in initials:
            continue
        spelled = (
            "".join(stem_[0] for stem_ in key)
            if _MIN_ACRONYM <= len(key) <= _MAX_ACRONYM and -first not in characters
            else None
        )
        if spelled:
            initials.add(spelled)
            if spelled in acronyms:
                # The phrase an acronym chosen already stands for says more to a reader: it takes its place.
                place = acronyms.pop(spelled)
                chosen[place], taken[place] = (score, key), stems
                continue
        if letters:
            acronyms[letters] = len(chosen)
        chosen.append((score, key))
        taken.append(stems)
        if len(chosen) == top:
            break
    return sorted(chosen, key=lambda choice: choice[0], reverse=True)


def _keyphrase(text: str, words: _Words, key: _Key, found: list[int], score: float) -> Keyphrase:
    """The keyphrase as the article writes it most often (outside sentence openings, where case is
    grammar's, when it can), with every occurrence's offsets."""
    last = len(key) - 1
    spans = tuple((words.starts[i], words.ends[i + last]) for i in found)
    forms: dict[str, int] = {}
    for i, (start, end) in zip(found, spans, strict=True):
        form = text[start:end]
        forms[form] = forms.get(form, 0) + (1 if words.opens[i] else 2)
    return Keyphrase(text=max(forms, key=forms.__getitem__), score=round(score, 4), spans=spans)


def _furniture(
    key: _Key, words: _Words, occurrences: dict[_Key, list[int]], byline: str | None, language: str
) -> bool:
    """Whether the candidate comes from what a page says about the story rather than the story: the
    reporter's name (no keyphrase is made of the byline's words or holds one of its names whole: "Contact
    Maria Gonzalez at ..."), or a dateline alone ("WASHINGTON (Reuters) - ")."""
    if words.datelined.issuperset(occurrences[key]):
        return True
    if not byline:
        return False
    byline_words = _byline_words(byline, language)
    if byline_words.issuperset(key):
        return True
    return any(
        key[i : i + len(name)] == name
        for name in _byline_names(byline, language)
        for i in range(len(key) - len(name) + 1)
    )


# Bylines whose words are remembered (a batch's reporters).
_CACHED_BYLINES = 256


@lru_cache(maxsize=_CACHED_BYLINES)
def _byline_words(byline: str, language: str) -> frozenset[str]:
    return frozenset(_Words(byline, language).stems)


@lru_cache(maxsize=_CACHED_BYLINES)
def _byline_names(byline: str, language: str) -> tuple[_Key, ...]:
    """The byline's names of two words or more, as stems ("Maria Gonzalez")."""
    return tuple(key for key in _occurrences(_Words(byline, language)) if len(key) > 1)


def _is_name(words: _Words, key: _Key, first: int) -> bool:
    """Whether the candidate ``key``, which occurs at word ``first``, is a whole name of several words."""
    joined = words.joined
    return len(key) > 1 and joined[first] and (len(key) == 2 or all(joined[first + 1 : first + len(key) - 1]))


class _Words:
    """The content words of a text in order, where runs of them end, and which of them make up names.

    A run ends at a stopword, a number, punctuation or a line break; candidates never cross one. A name
    is two to four capitalised words in a row ("Buenos Aires", "Michael Buble"); candidates never cut
    one. Case says nothing at the start of a sentence or in a headline written in title case, so there a
    word counts as capitalised only where the text writes it so elsewhere.
    """

    __slots__ = (
        "capitalised",
        "cased",
        "characters",
        "datelined",
        "ends",
        "informative",
        "joined",
        "language",
        "opens",
        "run_ends",
        "starts",
        "stems",
        "syllabic",
    )

    def __init__(self, text: str, language: str, known_stems: frozenset[str] = frozenset()) -> None:
        """``known_stems``, the stems of the article a headline stands over, tell which Arabic or Hebrew
        prefixes come off the headline's words."""
        lexicon = _lexicon(language)
        known = lexicon.keys.get
        self.stems: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        # Whether case says nothing about the word: it opens a sentence or stands in a title-case line.
        self.opens: list[bool] = []
        self.capitalised: list[bool] = []
        # Indexes of the words that are Chinese or Japanese characters (or katakana words).
        self.characters: set[int] = set()
        # Index into stems one past the end of each run.
        self.run_ends: list[int] = []
        self.language = language
        self.syllabic = language == "vi"
        stems, starts, ends, opens, capitalised = (
            self.stems,
            self.starts,
            self.ends,
            self.opens,
            self.capitalised,
        )
        run_ends = self.run_ends
        if "://" in text or "www." in text or "@" in text:
            # Marks, not spaces, in their place: the offsets stay, and runs end there.
            text = _ADDRESS.sub(lambda address: "|" * len(address.group()), text)
        text, dateline_places = _datelines(text)
        # Stopwords and calendar words written capitalised (indexes into stems), and the stopwords the text
        # writes in lower case.
        weak: dict[int, int] = {}
        lowered: set[str] = set()
        after_title = False
        # Words a verb follows ("ils", "ont", "se"), and the indexes of the words that follow one with the
        # ending the marker asks for; the indexes of the words after an article or a determiner.
        markers = _VERB_MARKERS.get(language, {})
        determiners = _DETERMINERS.get(language, frozenset())
        verb_endings: tuple[str, ...] = ()
        after_determiner = False
        verbal: list[int] = []
        determined: list[int] = []
        in_run = False
        position = 0
        sentence_start = True
        line_start = 0
        # Each word with the characters before it: offsets add up, and findall does the scanning in C.
        for gap, word in _GAP_AND_WORD.findall(text, 0, MAX_CHARS):
            if not word:
                break
            if gap != " " and gap:
                position += len(gap)
                if not gap.isspace() or "\n" in gap:
                    if in_run:
                        run_ends.append(len(stems))
                        in_run = False
                    if _SENTENCE_END.search(gap):
                        sentence_start = True
                    if "\n" in gap:
                        _headline_case(opens, capitalised, line_start)
                        line_start = len(stems)
                    if gap[-1] == _DATELINE_MARK:
                        sentence_start = False
            elif gap:
                position += 1
            key = known(word) or lexicon.key(word)
            if key[0] and key[2] and word[: key[2] - 1] in determiners:
                determined.append(len(stems))  # "l'abri"
            elif key[0] and gap == " ":
                if verb_endings and not key[1] and not key[2] and word.lower().endswith(verb_endings):
                    verbal.append(len(stems))
                elif after_determiner:
                    determined.append(len(stems))
            if key[0]:
                if key[4] != _PLAIN and not (after_title and gap == " "):
                    weak[len(stems)] = key[4]
                stems.append(key[0])
                starts.append(position + key[2])
                ends.append(position + len(word) - key[3])
                opens.append(sentence_start)
                capitalised.append(key[1])
                in_run = True
                if key[3]:
                    # A possessive ends the phrase: "the minister's plan" is about a minister and a plan.
                    run_ends.append(len(stems))
                    in_run = False
            elif key is _CJK_WORD:
                in_run = self._add_characters(word, position, lexicon, in_run and gap == " ")
            elif key is _THAI_WORD:
                self._add_thai(word, position, lexicon.stop, in_run and gap == " ")
                in_run = False
            else:
                if key is _LOWER_STOPWORD:
                    lowered.add(word)
                if in_run:
                    run_ends.append(len(stems))
                    in_run = False
            position += len(word)
            sentence_start = False
            after_title = key is _TITLE_WORD
            verb_endings = markers.get(word, ())
            after_determiner = word in determiners
        run_ends.append(len(stems))
        _headline_case(opens, capitalised, line_start)
        # How often each stem stands where case is the writer's choice, and is capitalised there: names are.
        self.informative = Counter(compress(stems, map(not_, opens)))
        self.cased = Counter(compress(stems, map(gt, capitalised, opens)))
        self.joined = self._join_names()
        if links := _NAME_LINKS.get(language):
            self._link_names(text, links)
        dropped = []
        if weak:
            self._unlink_calendar_words(weak)
            dropped = self._weak_words(weak, lowered, text)
        if verbal or language == "fr":
            dropped += self._verbs(verbal, determined, text)
        if language == "ko":
            dropped += self._korean_qualifying_predicates(text)
        # Taken out at once: each taking out rebuilds every list.
        self._drop(dropped)
        if clitics := _CLITICS.get(language):
            self._fold_clitics(clitics, known_stems)
        elif language == "tr":
            self._fold_turkish_endings(known_stems)
        if language == "vi":
            # Vietnamese writes each syllable apart ("Hà Nội", "kinh tế" are one word each): its syllables
            # are read as Chinese characters are, a word being a stretch of them.
            self.characters = set(range(len(self.stems)))
        # The words of datelines' places: a phrase found only there is no keyphrase.
        self.datelined = {
            i
            for place_start, place_end in dateline_places
            for i in range(bisect_left(self.starts, place_start), bisect_left(self.starts, place_end))
        }

    def _fold_clitics(self, clitics: tuple[str, ...], known: frozenset[str]) -> None:
        """Take Arabic or Hebrew prefixes off as :func:`_bare_forms` tells, the word's start moving past
        them: "لبنان", "للبنان", "ولبنان" and "بلبنان" are one keyphrase, written "لبنان"."""
        bare, grouped = _bare_forms(self.stems, clitics, known, self.language)
        if not bare and not grouped:
            return
        stems, starts = self.stems, self.starts
        for i, stem_ in enumerate(stems):
            if (rest := bare.get(stem_)) is not None:
                stems[i] = rest
                if stem_.endswith(rest):
                    starts[i] += len(stem_) - len(rest)
            elif (rest := grouped.get(stem_)) is not None:
                stems[i] = rest

    def _fold_turkish_endings(self, known: frozenset[str]) -> None:
        """Take a Turkish word's plural, possessive and case ending off where the rest is a word of the text
        (or of ``known``) too, or the rest of another word with another ending: "enflasyonun" and
        "enflasyon", "şüpheliler" and "şüpheli" are one keyphrase, read as the bare word."""
        stems, ends = self.stems, self.ends
        present = set(stems)
        seen = present | known
        # Each word's possible bare forms, longest first, and how many words of the text end so after each.
        splits = {
            stem_: [
                stem_[:-length]
                for length in range(1, min(_MAX_TURKISH_ENDING, len(stem_) - _MIN_TURKISH_STEM) + 1)
                if stem_[-length:] in _TURKISH_ENDINGS
            ]
            for stem_ in present
        }
        inflected = Counter(rest for rests in splits.values() for rest in rests)
        bare: dict[str, str] = {}
        for stem_, rests in splits.items():
            # The bare word is the shortest that is a word of the text ("faizini", "faizi", "faiz"); else,
            # unless another word is this one with an ending ("vergi" of "vergisi"), one that two words
            # are with different endings ("golüyle" and "golün", with the goal, of the goal).
            rest = min((rest for rest in rests if rest in seen), key=len, default=None)
            if rest is None and not inflected[stem_]:
                rest = next((rest for rest in rests if inflected[rest] >= 2), None)
            if rest is not None:
                bare[stem_] = rest
        if not bare:
            return
        for i, stem_ in enumerate(stems):
            if (rest := bare.get(stem_)) is not None:
                stems[i] = rest
                ends[i] -= len(stem_) - len(rest)

    def _korean_qualifying_predicates(self, text: str) -> list[int]:
        """The Korean words of three syllables or more in "-한", "-된", "-할", "-될" that are a predicate
        qualifying the noun after them ("정부가 발표한 방안"), not a noun or a name ("남북한", "김정한"): those
        the text writes in another of the verb's forms ("발표하며"), or only bare before another word (no
        particle, no sentence end, no title after a surname)."""
        stems, ends = self.stems, self.ends
        ambiguous = {
            stem_
            for stem_ in set(stems)
            if len(stem_) >= 3 and stem_[-1] in _KOREAN_QUALIFYING_ENDINGS and stem_.isalpha()
        }
        if not ambiguous:
            return []
        # The text's distinct words in order: a verb's other forms are those that start as it does.
        tokens = sorted(set(text[:MAX_CHARS].split()))
        verbs: set[str] = set()
        for stem_ in ambiguous:
            verb = stem_[:-1]
            for start in _KOREAN_QUALIFYING_ENDINGS[stem_[-1]]:
                form = verb + start
                found = bisect_left(tokens, form)
                if found < len(tokens) and tokens[found].startswith(form):
                    verbs.add(stem_)
                    break
        places = [i for i, stem_ in enumerate(stems) if stem_ in ambiguous]
        nouns: set[str] = set()
        for i in places:
            stem_ = stems[i]
            after = text[ends[i] : ends[i] + 1]
            if after != " " or (
                stem_[0] in _KOREAN_SURNAMES and text.startswith(_KOREAN_TITLES, ends[i] + 1)
            ):
                nouns.add(stem_)
        return [i for i in places if stems[i] in verbs or stems[i] not in nouns]

    def _link_names(self, text: str, links: tuple[str, ...]) -> None:
        """Join two names across a link word ("Bank" "of" "England") where the text has the same two
        words so linked twice or more, and the whole is a name of at most :data:`_MAX_NAME_WORDS` words."""
        stems, starts, ends, joined = self.stems, self.starts, self.ends, self.joined
        linked: dict[tuple[str, str], list[int]] = {}
        for end in self.run_ends:
            i = end - 1
            if (
                0 <= i < len(stems) - 1
                and text[ends[i] : starts[i + 1]] in links
                and self.name_like(i)
                and self.name_like(i + 1)
            ):
                linked.setdefault((stems[i], stems[i + 1]), []).append(i)
        links_made = {i for places in linked.values() if len(places) >= 2 for i in places}
        if not links_made:
            return
        for i in sorted(links_made):
            first, last = i, i + 1
            while first > 0 and joined[first - 1]:
                first -= 1
            while joined[last]:
                last += 1
            if last - first < _MAX_NAME_WORDS:
                joined[i] = True
        self.run_ends = [end for end in self.run_ends if not (end > 0 and joined[end - 1])]

    def _unlink_calendar_words(self, weak: dict[int, int]) -> None:
        """Part a calendar word from the name beside it where the text has that pair of words only once:
        "Black Friday" twice is a name, "Tuesday President" once is a date before a name."""
        stems, joined = self.stems, self.joined
        calendar = {i for i, kind in weak.items() if kind == _CAPITALISED_CALENDAR}
        if not calendar:
            return
        links = [i for i in range(len(stems) - 1) if joined[i] and (i in calendar or i + 1 in calendar)]
        pairs = Counter((stems[i], stems[i + 1]) for i in links)
        for i in links:
            if pairs[stems[i], stems[i + 1]] < 2:
                joined[i] = False

    def _weak_words(self, weak: dict[int, int], lowered: set[str], text: str) -> list[int]:
        """The stopwords and calendar words written capitalised that are not part of a name
        ("New" in "New rules", "Friday"), except the stopwords the text capitalises mid-sentence twice or
        more and never writes in lower case ("Microsoft"): the words to take out."""
        joined, cased = self.joined, self.cased
        return [
            i
            for i, kind in weak.items()
            if not joined[i]
            and not (i > 0 and joined[i - 1])
            and (
                kind == _CAPITALISED_CALENDAR
                or cased[self.stems[i]] < 2
                or text[self.starts[i] : self.ends[i]].lower() in lowered
            )
        ]

    def _verbs(self, verbal: list[int], determined: list[int], text: str) -> list[int]:
        """The verbs: each word in lower case whose form the text writes, somewhere, after a word a verb
        follows (at ``verbal``: "ont manifesté", "ne dénonce"), and in French a word in "-ent" beside its
        form in "-e" ("dénoncent" and "dénonce"); never a form the text also writes after an article or a
        determiner (at ``determined``: "la grève" beside "faire grève", "le président" beside "préside")."""
        stems, starts, ends, capitalised = self.stems, self.starts, self.ends, self.capitalised
        lower_text = text.lower()

        def form(i: int) -> str:
            return lower_text[starts[i] : ends[i]]

        forms = {form(i) for i in verbal}

        if self.language == "fr":
            # Only the words whose stem ends so are read: "gouvernement" keeps its "-ent" in its stem too.
            in_ent = {stem_ for stem_ in set(stems) if stem_.endswith("ent")}
            plural = {form(i) for i, stem_ in enumerate(stems) if stem_ in in_ent and not capitalised[i]}
            singular = {form_[:-2] for form_ in plural}
            singular_stems = {stem(form_, "fr") for form_ in singular}
            present = {form(i) for i, stem_ in enumerate(stems) if stem_ in singular_stems}
            forms |= {form_ for form_ in plural if form_[:-2] in present}
        forms -= {form(i) for i in determined}
        if not forms:
            return []
        # A form's stem is its word's: only the words of those stems are read.
        form_stems = {stem(form_, self.language) for form_ in forms}
        return [
            i
            for i, stem_ in enumerate(stems)
            if stem_ in form_stems and not capitalised[i] and form(i) in forms
        ]

    def _drop(self, dropped: list[int]) -> None:
        """Take the words at ``dropped`` out; each ends the run it stood in."""
        if not dropped:
            return
        gone = set(dropped)
        kept = [i for i in range(len(self.stems)) if i not in gone]
        # How many kept words come before each old index: the new index of a kept word, and where a
        # dropped word (or an old run end) ends a run.
        before = [0] * (len(self.stems) + 1)
        for i in range(len(self.stems)):
            before[i + 1] = before[i] + (i not in gone)
        for name in ("stems", "starts", "ends", "opens", "capitalised", "joined"):
            values = getattr(self, name)
            setattr(self, name, [values[i] for i in kept])
        self.characters = {before[i] for i in self.characters}
        self.run_ends = sorted({before[end] for end in self.run_ends} | {before[i] for i in dropped})

    def _add_characters(self, word: str, start: int, lexicon: _Lexicon, in_run: bool) -> bool:
        """A stretch of Chinese or Japanese (written without spaces) as words of one character, or of a
        katakana word; particles, function characters and other scripts end the run. A word in Latin
        letters written onto the characters ("发布ChatGPT", "手机Mate X5的") is a word of its own, in a run
        with the Latin words beside it (``in_run``: the run before the stretch goes on). Returns whether
        the run goes on past the stretch (it ends with a Latin word)."""
        latin = in_run
        japanese = lexicon.language == "ja"
        function_characters = _JAPANESE_FUNCTION_CHARACTERS if japanese else _CHINESE_FUNCTION_CHARACTERS
        for piece in _CJK_PIECE.finditer(word):
            text = piece.group()
            if (
                japanese
                and piece.lastgroup == "other"
                and self._after_a_stem(word, start, piece.start(), piece.end())
            ):
                continue
            if (
                piece.lastgroup in ("latin", "other")
                or (text in function_characters and (japanese or not _in_a_term(word, piece.start(), text)))
                or (text in _COUNTERS and piece.start() and word[piece.start() - 1].isdigit())
            ):
                key = lexicon.key(text) if piece.lastgroup == "latin" else _NOT_A_KEYWORD
                if key[0] and key[4] == _PLAIN:
                    if not latin:
                        self.run_ends.append(len(self.stems))
                    self.stems.append(key[0])
                    self.starts.append(start + piece.start() + key[2])
                    self.ends.append(start + piece.end() - key[3])
                    self.opens.append(False)
                    self.capitalised.append(key[1])
                    latin = True
                else:
                    self.run_ends.append(len(self.stems))
                    latin = False
                continue
            if latin:
                self.run_ends.append(len(self.stems))
                latin = False
            self.characters.add(len(self.stems))
            self.stems.append(text)
            self.starts.append(start + piece.start())
            self.ends.append(start + piece.end())
            self.opens.append(False)
            self.capitalised.append(False)
        if not latin:
            self.run_ends.append(len(self.stems))
        return latin

    def alone(self, index: int) -> bool:
        """Whether the word (a unit of a stretch of characters or syllables) is a candidate alone: not a
        single Chinese character, not a Japanese stem with its kana ("上げ" of "利上げ"), and in
        Vietnamese only a syllable written as a name ("Huế")."""
        unit = self.stems[index]
        if len(unit) < 2 or _HIRAGANA[0] <= unit[-1] <= _HIRAGANA[1]:
            return False
        return not self.syllabic or self.name_like(index)

    def _after_a_stem(self, word: str, word_start: int, start: int, end: int) -> bool:
        """Read the kana at ``word[start:end]`` (``word`` starts at ``word_start`` in the text) after a
        Chinese character in Japanese: a noun's kana ending joins the character before it ("上" and "げ"
        of "利上げを"), and returns whether the run goes on (the word goes on in characters: "取り組み"); a
        verb's or an adjective's ending takes the stem before it out of the run ("決" of "決めた"). Only
        the character right before the kana is its stem: past a figure, "％" or a Latin word between
        them ("支持率は30％くらい") the last character is a noun of a run already ended."""
        index = len(self.stems) - 1
        kana = word[start]
        if (
            index not in self.characters
            or self.ends[index] != word_start + start
            or not _HIRAGANA[0] <= kana <= _HIRAGANA[1]
        ):
            return False
        if not _CJK.match(self.stems[index][-1]) or _HIRAGANA[0] <= self.stems[index][-1] <= _HIRAGANA[1]:
            return False
        between = end - start == 1 and end < len(word)
        if kana in _OKURIGANA and (between or (end - start > 1 and word[start + 1] in _AFTER_A_NOUN)):
            self.stems[index] += kana
            self.ends[index] += 1
            if between:
                return True
            self.run_ends.append(len(self.stems))
            return False
        if kana not in _AFTER_A_NOUN:
            self.characters.discard(index)
            for values in (self.stems, self.starts, self.ends, self.opens, self.capitalised):
                values.pop()
        return False

    def _add_thai(self, word: str, start: int, stop: frozenset[str], in_run: bool) -> None:
        """A stretch of Thai as its pieces between stopwords (each a word of its own, in a run with the
        next where a noun's prefix parts them); ``in_run``: the run before goes on into the first piece."""
        if not in_run:
            self.run_ends.append(len(self.stems))
        piece_start = 0
        i = 0
        while i < len(word):
            if i == 0 or (
                word[i] not in _THAI_FOLLOWING
                and word[i - 1] not in _THAI_LEADING
                # A silent ห leads the consonant after it: "หมาย" is one syllable, not "ห" and "มา".
                and not (word[i - 1] == "ห" and word[i] in _THAI_LED_BY_HO)
            ):
                if word.startswith(_THAI_WORDS_WITH_STOPWORDS, i):
                    i += len(next(term for term in _THAI_WORDS_WITH_STOPWORDS if word.startswith(term, i)))
                    continue
                noun_prefix = word.startswith(_THAI_NOUN_PREFIXES, i)
                if noun_prefix and i > piece_start:
                    self._add_thai_piece(word, start, piece_start, i)
                    piece_start = i
                listed = 0
                if not noun_prefix:
                    listed = next(
                        (
                            n
                            for n in _thai_stopword_lengths(stop).get(word[i : i + 2], ())
                            if i + n <= len(word)
                            and word[i : i + n] in stop
                            and (i + n == len(word) or word[i + n] not in _THAI_FOLLOWING)
                        ),
                        0,
                    )
                if listed:
                    self._add_thai_piece(word, start, piece_start, i)
                    self.run_ends.append(len(self.stems))
                    i += listed
                    piece_start = i
                    continue
            i += 1
        self._add_thai_piece(word, start, piece_start, len(word))
        self.run_ends.append(len(self.stems))

    def _add_thai_piece(self, word: str, start: int, piece_start: int, piece_end: int) -> None:
        piece = word[piece_start:piece_end]
        if (
            len(piece) < 2
            or len(piece) > _MAX_THAI_CHARACTERS
            or piece[0] in _THAI_FOLLOWING
            or piece in _THAI_NOUN_PREFIXES
        ):
            if piece:
                self.run_ends.append(len(self.stems))
            return
        self.stems.append(piece)
        self.starts.append(start + piece_start)
        self.ends.append(start + piece_end)
        self.opens.append(False)
        self.capitalised.append(False)

    def name_like(self, index: int) -> bool:
        """Whether the word is capitalised as a name's part is: here, or elsewhere when case here is
        grammar's."""
        if not self.capitalised[index]:
            return False
        if not self.opens[index]:
            return True
        seen = self.informative.get(self.stems[index], 0)
        return seen > 0 and 2 * self.cased[self.stems[index]] >= seen

    def _particle(self, index: int) -> bool:
        """Whether the word is a name's particle in lower case, where the language does not list it as a
        stopword: "von der" in "Ursula von der Leyen" (a stopword ends the run before it)."""
        return not self.capitalised[index] and self.stems[index] in _NAME_PARTICLES

    def _join_names(self) -> list[bool]:
        """For each word, whether it and the next are parts of one name."""
        joined = [False] * len(self.stems)
        capitalised = self.capitalised
        run_start = 0
        for run_end in self.run_ends:
            if run_end - run_start < 2 or not any(capitalised[run_start:run_end]):
                run_start = run_end
                continue
            i = run_start
            while i < run_end:
                j = i
                while j < run_end and (
                    self.name_like(j)
                    or (j > i and self._particle(j))
                    # A first name opening a sentence before a particle: "Ursula von der Leyen said".
                    or (j == i and capitalised[j] and j + 1 < run_end and self._particle(j + 1))
                ):
                    j += 1
                while j > i and self._particle(j - 1):
                    j -= 1
                if 2 <= j - i <= _MAX_NAME_WORDS:
                    for k in range(i, j - 1):
                        joined[k] = True
                i = j + 1
            run_start = run_end
        return joined


def _datelines(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with the agency's tag and the dash of each paragraph's dateline turned into marks (offsets
    kept, runs end there), and where the datelines' places are: "WASHINGTON, March 3 (Reuters) - ",
    "SAN FRANCISCO (AP) — ", "Brasília (Reuters) - ", "(Reuters) - ", Chinese "新华社北京11月2日电（记者王明）",
    Korean "(서울=연합뉴스) 김민수 기자 = "
    say where a story was filed and who filed it. The agency and the reporter are never what the story is
    about; the place is where the text names it again."""
    places: list[tuple[int, int]] = []
    marked: list[tuple[int, int]] = []
    chinese = "日电" in text
    korean = "=" in text
    line_start = 0
    while line_start < min(len(text), MAX_CHARS):
        line_end = text.find("\n", line_start)
        if line_end < 0:
            line_end = len(text)
        head_end = min(line_end, line_start + DATELINE_MAX_CHARACTERS)
        if (dash := DATELINE_DASH.search(text, line_start, head_end)) and (
            place := dateline_place(text[line_start : dash.start()])
        ) is not None:
            places.append((line_start, line_start + place))
            if line_start + place < dash.start():  # an agency's tag
                marked.append((line_start + place, dash.end()))
        elif chinese and (dateline := _CHINESE_DATELINE.match(text, line_start, head_end)):
            places.append((line_start, dateline.end("place")))
            if dateline.group("reporter"):
                marked.append(dateline.span("reporter"))
        elif korean and (dateline := _KOREAN_DATELINE.match(text, line_start, head_end)):
            places.append((line_start, dateline.end("place")))
            marked.append((dateline.end("place"), dateline.end()))
        line_start = line_end + 1
    if not marked:
        return text, places
    pieces = []
    kept_from = 0
    for start, end in marked:
        pieces += (text[kept_from:start], _DATELINE_MARK * (end - start))
        kept_from = end
    pieces.append(text[kept_from:])
    return "".join(pieces), places


def _headline_case(opens: list[bool], capitalised: list[bool], line_start: int) -> None:
    """Mark the words of a line written in title case ("Music Stars in Public, Victims of Abuse at Home"):
    there capitals are style, not names."""
    line = len(capitalised) - line_start
    if line >= _MIN_HEADLINE_WORDS and all(capitalised[line_start:]):
        opens[line_start:] = [True] * line


@cache
def _thai_stopword_lengths(stop: frozenset[str]) -> dict[str, tuple[int, ...]]:
    """The lengths of the stopwords (two to :data:`_MAX_THAI_STOPWORD` characters) opening with each pair
    of characters, longest first: looking up only those, a syllable's start costs a lookup, not a slice of
    every length (which took two thirds of the time keyphrases took on a million characters of Thai)."""
    lengths: dict[str, set[int]] = {}
    for word in stop:
        if 2 <= len(word) <= _MAX_THAI_STOPWORD:
            lengths.setdefault(word[:2], set()).add(len(word))
    return {pair: tuple(sorted(found, reverse=True)) for pair, found in lengths.items()}


def _occurrences(words: _Words) -> dict[_Key, list[int]]:
    """Each candidate phrase (its stems) with the indexes of the words that start its occurrences: every
    stretch of one to three words of a run that does not cut a name, and every whole name. (Chinese and
    Japanese words are characters here: their candidates are two to :data:`_MAX_CJK_UNITS` characters
    long, and the stretches one character longer are counted too, to tell where a term is cut.)"""
    occurrences: dict[_Key, list[int]] = {}
    found = occurrences.get
    stems, joined, characters = words.stems, words.joined, words.characters
    run_start = 0
    for run_end in words.run_ends:
        if run_start < run_end and not any(joined[run_start:run_end]) and run_start not in characters:
            # No name and no characters in the run (the common case): every stretch of one to three words.
            for i in range(run_start, run_end):
                keys = [(stems[i],)]
                if i + 1 < run_end:
                    keys.append((stems[i], stems[i + 1]))
                    if i + 2 < run_end:
                        keys.append((stems[i], stems[i + 1], stems[i + 2]))
                for key in keys:
                    starts = found(key)
                    if starts is None:
                        occurrences[key] = [i]
                    else:
                        starts.append(i)
            run_start = run_end
            continue
        longest = _MAX_CJK_UNITS + 1 if run_start in characters else _MAX_NAME_WORDS
        for i in range(run_start, run_end):
            if i > run_start and joined[i - 1]:
                continue
            for j in range(i + 1, min(i + longest, run_end) + 1):
                if joined[j - 1] or (j == i + 1 and not words.alone(i)):
                    # A name's first words alone; a single Chinese character, a Japanese word's stem with
                    # its kana, a Vietnamese syllable.
                    continue
                if j - i > _MAX_PHRASE_WORDS and not all(joined[i : j - 1]) and i not in characters:
                    break
                key = tuple(stems[i:j])
                starts = found(key)
                if starts is None:
                    occurrences[key] = [i]
                else:
                    starts.append(i)
        run_start = run_end
    return occurrences


# Words of the calendar and of the moment: every story has a date, and it is not what the story is about.
_CALENDAR_WORDS = {
    "en": """monday tuesday wednesday thursday friday saturday sunday january february march april june july
        august september october november december yesterday today tomorrow tonight week weekend month
        percent cent am pm et edt est cdt cst mdt mst pdt pst gmt bst utc cet cest""",
    "de": """montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag januar jänner februar märz
        april mai juni juli august september oktober november dezember gestern heute morgen woche wochenende
        monat jahr stunde minute sekunde uhr prozent million milliarde""",
    "fr": """lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet
        août septembre octobre novembre décembre hier aujourd'hui demain semaine mois année an heure
        minute seconde million milliard""",
    "es": """lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio
        agosto septiembre setiembre octubre noviembre diciembre ayer hoy mañana semana mes año hora minuto millón euro""",
    "it": """lunedì martedì mercoledì giovedì venerdì sabato domenica gennaio febbraio marzo aprile maggio
        giugno luglio agosto settembre ottobre novembre dicembre ieri oggi domani settimana mese anno ora minuto milione
        miliardo euro""",
    "pt": """segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo janeiro fevereiro
        março abril maio junho julho agosto setembro outubro novembro dezembro ontem hoje amanhã semana mês ano hora minuto milhão
        euro""",
    "pl": """poniedziałek wtorek środa czwartek piątek sobota niedziela styczeń stycznia luty lutego marzec
        marca kwiecień kwietnia maj maja czerwiec czerwca lipiec lipca sierpień sierpnia wrzesień września
        październik października listopad listopada grudzień grudnia wczoraj dziś dzisiaj jutro tydzień
        miesiąc procent""",
    "ru": """понедельник вторник четверг пятница суббота воскресенье январь января февраль февраля март марта
        апрель апреля май мая июнь июня июль июля август августа сентябрь сентября октябрь октября ноябрь
        ноября декабрь декабря вчера сегодня завтра неделя месяц процент процента процентов""",
    "el": """δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή δευτέρας τρίτης τετάρτης πέμπτης
        παρασκευής σαββάτου κυριακής ιανουάριος φεβρουάριος μάρτιος απρίλιος μάιος ιούνιος ιούλιος αύγουστος
        σεπτέμβριος οκτώβριος νοέμβριος δεκέμβριος ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου
        ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου νοεμβρίου δεκεμβρίου ιανουάριο φεβρουάριο μάρτιο απρίλιο
        μάιο ιούνιο ιούλιο αύγουστο σεπτέμβριο οκτώβριο νοέμβριο δεκέμβριο εβδομάδα μήνα""",
    "uk": """понеділок вівторок середа четвер п'ятниця субота неділя січень січня лютий лютого березень березня
        квітень квітня травень травня червень червня липень липня серпень серпня вересень вересня жовтень
        жовтня листопад листопада грудень грудня вчора учора сьогодні завтра тиждень місяць відсоток
        відсотки відсотків""",
    "nl": """maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april mei juni juli
        augustus september oktober november december gisteren vandaag morgen week weekend maand jaar uur minuut
        procent miljoen miljard euro""",
    "sv": """måndag tisdag onsdag torsdag fredag lördag söndag januari februari mars april maj juni juli augusti
        september oktober november december igår idag imorgon vecka veckan helg månad år timme minut procent
        miljon miljard miljoner miljarder kronor""",
    "tr": """pazartesi salı çarşamba perşembe cuma cumartesi pazar ocak şubat mart nisan mayıs haziran temmuz
        ağustos eylül ekim kasım aralık dün bugün yarın saat dakika saniye gün hafta ay yıl sabah akşam gece
        milyon milyar""",
}  # fmt: skip
# Distinct words remembered per language (the vocabulary of a few thousand articles).
_MAX_CACHED_WORDS = 200_000
# Longer "words" (a run of letters with no space, a URL's remains) are not worth remembering.
_MAX_CACHED_LENGTH = 40
# Languages whose words are remembered at once: any well-formed code may be asked for.
_CACHED_LANGUAGES = 16


class _Lexicon:
    """How one language's words enter candidates: stopwords and calendar words stay out, the rest by stem
    (by the lower-cased word where nutgraf has no stemmer for the language)."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.stop = stopwords(language)
        # Greek's stopword list is written without accents ("οτι", "ειναι"), Greek text with them ("ότι").
        self.accent_blind = language == "el"
        if self.accent_blind:
            self.stop = frozenset(map(_unaccented, self.stop))
        self.function_words = function_words(language) | with_typographic_apostrophes(
            set(_CAPITALISED_PRONOUNS.get(language, "").split())
        )
        self.stemmed = language in SUPPORTED_LANGUAGES
        self.calendar = frozenset(self._stem(w) for w in _CALENDAR_WORDS.get(language, "").split())
        self.elided = _ELIDED.get(language, frozenset())
        self.titles = frozenset(_TITLES.get(language, "").split())
        self.keys: dict[str, _WordKey] = {}

    def _stem(self, lower: str) -> str:
        if self.language == "el":
            return _greek_stem(lower)
        return stem(lower, self.language) if self.stemmed else lower

    def key(self, word: str) -> _WordKey:
        """The word's :data:`_WordKey`, remembered."""
        key = self.keys.get(word)
        if key is None:
            key = self._key(word)
            if len(self.keys) < _MAX_CACHED_WORDS and len(word) <= _MAX_CACHED_LENGTH:
                self.keys[word] = key
        return key

    def _key(self, word: str) -> _WordKey:
        lead = trail = 0
        if "'" in word or "’" in word:
            head = word.replace("’", "'").partition("'")[0]
            if head.lower() in self.elided:
                lead = len(head) + 1
            if word[-2:-1] in _APOSTROPHES and word[-1] in "sS":
                trail = 2
            elif self.language in _SUFFIXES_AFTER_APOSTROPHE:
                # Turkish writes a name's case ending after an apostrophe: "Merkez Bankası'nın" is the
                # central bank's, "İstanbul'da" in Istanbul.
                trail = len(word) - word.replace("’", "'").rfind("'")
            word = word[lead : len(word) - trail]
        elif self.language == "he" and word[:1] == "ו" and word[1:] in self.stop:
            return _LOWER_STOPWORD  # "וכי", and that
        elif self.language == "ko" and _HANGUL[0] <= word[-1:] <= _HANGUL[1]:
            if (
                word.endswith(_KOREAN_PREDICATE_ENDINGS + _KOREAN_JOINING_ENDINGS)
                or (len(word) >= 3 and word.endswith(_KOREAN_ADVERB_ENDING))
                or _korean_finite_verb(word)
            ):
                return _NOT_A_KEYWORD
            particle = next(filter(word.endswith, _KOREAN_PARTICLES), "")
            if particle and len(word) - len(particle) >= (2 if len(particle) == 1 else 1):
                trail = len(particle)
                word = word[: len(word) - trail]
            elif particle == word:
                return _NOT_A_KEYWORD
        # Numbers, quantities ("5bn", "44.63secs", Korean "9조원", a temperature "44C"), and compounds that start with one
        # ("17-year-old", "2-1") say little about a story; "3D", "4G" or "7E7" may.
        if len(word) < 2 or (
            word[0].isdigit()
            and (
                "-" in word
                or word.isdigit()
                or (
                    not any(map(str.isupper, word))
                    and (not word.isascii() or "." in word or _QUANTITY.fullmatch(word))
                )
                or (word[-1] in "CF" and word[:-1].isdigit())
            )
        ):
            return _NOT_A_KEYWORD
        if not any(map(str.isalpha, word)):
            return _NOT_A_KEYWORD
        if _CJK.search(word):
            return _CJK_WORD
        if self.language == "th" and _THAI.search(word):
            return _THAI_WORD
        # Composed and decomposed accents ("é" and "e" + "\u0301") are one letter.
        lower = unicodedata.normalize("NFC", word.lower())
        kind = _PLAIN
        if lower in self.titles and word[0].isupper():
            return _TITLE_WORD
        # An acronym is a name even where its two or three letters spell a stopword ("US", "UK", "TV"),
        # unless they spell a word as common as "THE" or "IS" (a line in capitals).
        listed = _unaccented(lower) if self.accent_blind else lower
        if self.accent_blind and not word[0].isupper() and listed.endswith(_GREEK_PREDICATE_ENDINGS):
            return _NOT_A_KEYWORD
        if (
            self.language == "tr"
            and not word[0].isupper()
            and (
                _turkish_predicate(lower)
                or any(
                    lower[: len(lower) - len(e)] in self.calendar
                    for e in filter(lower.endswith, _TURKISH_ENDINGS)
                )
            )
        ):
            return _NOT_A_KEYWORD
        if listed in self.stop and not (
            len(word) <= 3 and word.isupper() and lower not in self.function_words
        ):
            if not word[0].isupper():
                return _LOWER_STOPWORD
            if lower in self.function_words and lower not in _NAME_PARTICLES:
                return _NOT_A_KEYWORD
            kind = _CAPITALISED_STOPWORD
        if "." in lower:
            head, _, tail = lower.partition(".")
            # "No.1" is a stopword and a number; "p.m." is "pm", a word of the calendar.
            if tail[:1].isdigit() and head in self.stop:
                return _NOT_A_KEYWORD
            if self._stem(lower.replace(".", "")) in self.calendar:
                lower = lower.replace(".", "")
        stem_ = self._stem(lower)
        if stem_ in self.calendar:
            if not word[0].isupper():
                return _NOT_A_KEYWORD
            kind = _CAPITALISED_CALENDAR
        return (stem_, word[0].isupper(), lead, trail, kind)


def _korean_finite_verb(word: str) -> bool:
    """Whether the Korean word is a verb in "-다" by the final consonant before it: "만났다", "보인다"."""
    if len(word) < 2 or word[-1] != "다" or word in _KOREAN_NOUNS_LIKE_VERBS:
        return False
    final = (ord(word[-2]) - ord(_HANGUL[0])) % _HANGUL_FINALS
    return final == _FINAL_SS or (final == _FINAL_N and len(word) >= 3)


# How Greek verbs end, unaccented, and nouns and adjectives do not: the past's "-ε" ("δήλωσε", "ξέσπασε"),
# the present's "-ει", "-ουν", the plural past's "-αν" ("έγιναν"), the passive's "-ται", "-ταν" and the
# gerund's "-ντας" ("κατακτώντας"). Names in capitals are left alone ("Έσε").
_GREEK_PREDICATE_ENDINGS = ("ε", "ει", "ουν", "ουμε", "ετε", "αν", "ται", "ταν", "ντας", "ουσαν")


# Greek has no stemmer: a noun's or an adjective's case and number ending comes off, accents too (the stress
# moves: "πυροσβέστες", "πυροσβεστών", the firefighters, of the firefighters), so that "πυρκαγιά" and
# "πυρκαγιές" are one keyphrase. Longest first; what is left has at least four letters, so that "νίκη" (a
# victory) and "Νίκος" stay apart.
_GREEK_ENDINGS = ("ους", "εις", "ων", "ος", "ου", "ες", "ας", "ης", "οι", "α", "η", "ο", "ι")
_MIN_GREEK_STEM = 4


def _greek_stem(lower: str) -> str:
    """The Greek word, unaccented, without its case and number ending."""
    word = _unaccented(lower)
    ending = next(filter(word.endswith, _GREEK_ENDINGS), "")
    return word[: len(word) - len(ending)] if len(word) - len(ending) >= _MIN_GREEK_STEM else word


# Turkish has no stemmer and writes a noun's plural, possessive and case onto it ("şüpheliler",
# "şüphelilerin", "vergisinde"): an ending comes off where the text has the bare word too. The case
# endings (with their buffer consonants: "Türkiye'ye", "ayında"), the possessives, the plural.
_TURKISH_CASES = """ın in un ün nın nin nun nün a e ya ye na ne ı i u ü yı yi yu yü nı ni nu nü da de ta te nda nde
    dan den tan ten ndan nden la le yla yle daki deki taki teki ndaki ndeki""".split()
_TURKISH_POSSESSIVES = "ı i u ü sı si su sü ları leri".split()
_TURKISH_ENDINGS = frozenset(
    plural + possessive + case
    for plural in ("", "lar", "ler")
    for possessive in ("", *_TURKISH_POSSESSIVES)
    for case in ("", *_TURKISH_CASES)
)
_MAX_TURKISH_ENDING = max(map(len, _TURKISH_ENDINGS))
# What a Turkish word is left with, at least.
_MIN_TURKISH_STEM = 3
# How Turkish verbs end, and nouns do not: the progressive ("bekleniyor"), the pluperfect ("söylemişti"),
# the adverb of manner ("ederek"), the participles ("yaptığı", "kullanılan", "oynanan").
_TURKISH_VERB_ENDINGS = (
    "yor",
    "yorlar",
    "yordu",
    "mıştı",
    "mişti",
    "muştu",
    "müştü",
    "arak",
    "erek",
    *(
        participle + case
        for participle in "dığı diği duğu düğü tığı tiği tuğu tüğü dıkları dikleri dukları dükleri".split()
        for case in ("", "nı", "ni", "nu", "nü", "na", "ne", "nda", "nde", "nın", "nin", "nun", "nün")
    ),
)
_TURKISH_PASSIVE_PARTICIPLES = (
    "ılan",
    "ilen",
    "ulan",
    "ülen",
    "anan",
    "enen",
    "ınan",
    "inen",
    "unan",
    "ünen",
)
# The past tense ("yakalandı", was caught; "gönderdi", sent): after a voiceless consonant it is -tı
# ("yaptı"), which nouns end in after a vowel or another consonant ("hükümeti", "toplantı").
_TURKISH_PAST = ("dı", "di", "du", "dü", "dılar", "diler", "dular", "düler")
_TURKISH_PAST_AFTER_VOICELESS = ("tı", "ti", "tu", "tü")
_TURKISH_VOICELESS = frozenset("çfhkpsşt")
# Nouns of one syllable and a possessive end as a past tense does ("kaydı", a record; "yurdu"): past tenses
# are longer, but for the commonest verbs, which are stopwords.
_MIN_TURKISH_PAST = 6
_MIN_TURKISH_PAST_AFTER_VOICELESS = 5
_MIN_TURKISH_PARTICIPLE = 6
# "yorum" (a comment) ends as the progressive's first person does.
_TURKISH_NOUNS_LIKE_VERBS = frozenset({"yorum", "yorumu", "yorumlar"})


def _turkish_predicate(lower: str) -> bool:
    """Whether the Turkish word in lower case is a verb or a participle, by its ending."""
    if lower in _TURKISH_NOUNS_LIKE_VERBS:
        return False
    if lower.endswith(_TURKISH_VERB_ENDINGS):
        return True
    if len(lower) >= _MIN_TURKISH_PARTICIPLE and lower.endswith(_TURKISH_PASSIVE_PARTICIPLES):
        return True
    if len(lower) >= _MIN_TURKISH_PAST and lower.endswith(_TURKISH_PAST):
        return True
    return (
        len(lower) >= _MIN_TURKISH_PAST_AFTER_VOICELESS
        and lower.endswith(_TURKISH_PAST_AFTER_VOICELESS)
        and lower[-3] in _TURKISH_VOICELESS
    )


# Hebrew words that begin with a ו of their own, not "and" ("ועדה", a committee; "ותיק", a veteran), and
# names so spelled; a name spelled with a double ו ("וושינגטון", "ווקר") keeps it anyway.
_HEBREW_WORDS_WITH_VAV = frozenset(
    """ועד ועדה ועדת ועדות ועדים ותיק ותיקה ותיקים ותיקות ותק ויכוח ויכוחים ודאי ודאות ורד ורדים וילה וילות
    ויזה ויזות וידאו וירוס וירוסים ויטמין וריד וטו ולנטיין וטרינר וינה וייטנאם ונצואלה ונציה ונקובר ויילס
    ולנסיה ויקטור ויקטוריה וולט ויקיפדיה""".split()
)


def _bare_forms(
    stems: list[str], clitics: tuple[str, ...], known: frozenset[str], language: str
) -> tuple[dict[str, str], dict[str, str]]:
    """Which of ``stems`` are prefixed forms (by one of ``clitics``) of one word, and the key each stands
    for: first, of the words a form is prefixed to that the text (or ``known``) has alone, the longest
    ("בלונדון" is "לונדון", not "ונדון"), and that word's own bare form in turn ("والمباراة", "المباراة",
    "مباراة"); a prefix is never taken off where what is left is no word of the text ("ليبيا", "שמעון"
    stay whole). Second, forms of a noun the text never has alone, after two different prefixes one of
    which holds the article ("ביורוליג", "היורוליג"): one key, but no letter of theirs comes off; a word
    the text has with a prefix as well ("שמעון" of "ושמעון") is no such form, nor are forms that never
    take the article ("שמעון" and "במעון", in a shelter). Returns the two mappings."""
    arabic = language == "ar"
    articles = _ARTICLES[language]
    present = set(stems)
    seen = present | known
    # Shortest prefix first: the longest rest that is a word wins.
    shortest_first = clitics[::-1]
    bare: dict[str, str] = {}
    for stem_ in present:
        if len(stem_) <= _MIN_CLITIC_REST:
            continue
        for prefix in shortest_first:
            if (
                not stem_.startswith(prefix)
                or len(stem_) - len(prefix) < _MIN_CLITIC_REST
                or (prefix[0] == "ו" and stem_ in _HEBREW_WORDS_WITH_VAV)
            ):
                continue
            rest = stem_[len(prefix) :]
            if rest in seen:
                bare[stem_] = rest
                break
            # Arabic's "to the" writes ل before the article without its alif: "للبنك" is "ل" + "البنك".
            if arabic and prefix == "ل" and rest[0] == "ل" and (article := "ا" + rest) in seen:
                bare[stem_] = article
                break
    targets = set(bare.values())
    for stem_, rest in bare.items():
        while rest in bare:
            rest = bare[rest]
        bare[stem_] = rest
    prefixes: dict[str, set[str]] = {}
    unmapped = [stem_ for stem_ in present if stem_ not in bare and stem_ not in targets]
    for stem_ in unmapped:
        for prefix in clitics:
            if stem_.startswith(prefix) and len(stem_) - len(prefix) >= _MIN_CLITIC_REST:
                prefixes.setdefault(stem_[len(prefix) :], set()).add(prefix)
    grouped = {}
    for stem_ in unmapped:
        for prefix in shortest_first:
            rest = stem_[len(prefix) :]
            if (
                stem_.startswith(prefix)
                and len(found := prefixes.get(rest, ())) >= 2
                and any(other.endswith(articles) for other in found)
            ):
                grouped[stem_] = rest
                break
    return bare, grouped


def _unaccented(word: str) -> str:
    """``word`` without its accents and diaereses ("ότι" is "οτι")."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=_CACHED_LANGUAGES)
def _lexicon(language: str) -> _Lexicon:
    return _Lexicon(language)


__all__ = ["FEATURES", "MAX_CHARS", "MAX_KEYPHRASES", "Keyphrase", "keyphrases", "rank_keyphrases"]


def _in_a_term(text: str, index: int, character: str) -> bool:
    """Whether the function ``character`` at ``text[index]`` is part of one of
    :data:`_TERMS_WITH_FUNCTION_CHARACTERS` there (the 为 of 华为), not grammar."""
    return any(
        place <= index and text.startswith(term, index - place) for term, place in _KEPT_IN_TERMS[character]
    )
