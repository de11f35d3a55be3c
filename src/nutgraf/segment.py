"""Sentence segmentation with character spans.

A line break always ends a sentence: news text puts headlines, datelines, bylines and list items on lines
of their own, often without final punctuation. Inside a line, every run of sentence-final punctuation
followed by white space is a candidate boundary, and a few rules about the word before it and the
character after it decide; blingfire's finite-state splitter, reading the stretch around the candidate,
settles the cases the rules leave open (an ellipsis, ``?`` or ``!``, or an abbreviation that may end a
sentence, before a capital letter). Chinese and Japanese full stops end a sentence without a space.

The rules are what blingfire alone gets wrong on news: titles before names (``Rep. Tom Brown``),
numbered list markers, German ordinals (``am 3. Oktober``), e-mail addresses and URLs at the end of a
sentence, and lower-case text (``he left. the police came``), where blingfire never splits. The measured
comparison with blingfire, pysbd and Punkt is in docs/segmentation.md (``bench/segment_bench.py``).

A table row, as extracted pages write it (``| cell | cell |``), is split into its cells, each read like a
line of its own; the bars belong to no sentence.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import NamedTuple

import blingfire

from nutgraf.article import Document, Span
from nutgraf.errors import EmptyInputError, InputTooLargeError
from nutgraf.extract.text import (
    ARMENIAN_LOWER_CASE,
    FINAL_STOPS,
    LABEL_WORDS_NOT_PLACES,
    is_titled_place,
    names_again,
    written_in_letters,
)
from nutgraf.extract.text.stamps import CALENDAR_CENTURIES, MONTH_NAME_WORDS
from nutgraf.language import (
    COUNTRY_NAMES,
    FOOTNOTE_MARKER,
    NEWS_AGENCIES,
    STATES_AND_PROVINCES,
    detect_language,
)

_LINE = re.compile(r"[^\n]+")
# A text of one line whole, as a match of _LINE would give it: found without reading its characters (a
# repeated "any character" goes to the end at once), where _LINE reads every one (most of CNN/DM's text is
# one line).
_WHOLE_LINE = re.compile(r".*", re.DOTALL)
#: A letter or a digit: what a text needs to have words at all.
LETTER_OR_DIGIT = re.compile(r"[^\W_]")
# A table cell: the text between the bars of a row.
_CELL = re.compile(r"[^|]+")
# A list item's bullet, as extracted pages write one ("- ", "• "), or the dash that opens a line of
# dialogue ("— Что будете делать?"): no sentence's first word.
BULLETS = "-*•–—·▪"
_BULLET = re.compile(rf"[{BULLETS}]\s+")
# A numbered list item's number ("1. ", "12) ", '2. "Mad Men," 9 p.m.'), at most three digits (a year opens
# a sentence as a word does): no sentence's first word either, or a summary reads "1. The council ..." and,
# in key points or the widget's numbered list, "- 4. ..." or "1. 4. ...".
_LIST_NUMBER = re.compile(r"\d{1,3}[.)][ \t]++(?=[\"“‘'«„]?+[^\W\d_])")
# The clock opening an entry of a live report on its line: a match's minute ("88' ", "90+4' ") or a time of
# day ("10:42 ", "10:42 BST ", "2.15pm ", and the dash after it: "14:32 GMT — "), before the entry's first
# word. When, not what happened. A time's
# "a.m." is read whole or not at all (possessive): "11:05 a.m.: The vote began." had lost "11:05 " alone,
# its sentence opening on "a.m.:".
_TIME_ZONES = "GMT|BST|UTC|CET|CEST|ET|EST|EDT|PT|PST|PDT|CT|CST|CDT|MEZ|MESZ|AEDT|AEST|IST|JST|Uhr"
_ENTRY_STAMP = re.compile(
    rf"(?:\d{{1,3}}(?:\+\d{{1,2}})?['’]|\d{{1,2}}:\d\d(?:\s?[ap]\.?m\.?)?+(?:\s(?:{_TIME_ZONES}))?"
    rf"|\d{{1,2}}\.\d\d\s?[ap]\.?m\.?(?:\s(?:{_TIME_ZONES}))?)(?:[ \t]++[—–-])?[ \t]++(?=[^\W\d_])"
)
# A speaker's label opening a line of an interview or a transcript ("Q: ", "A. ", El País's "Pregunta. " and
# "P. ", "R. ", "Réponse : ", "PRIME
# MINISTER: ", "Marco Bellini: ", after a transcript's time code: "[00:00:05] PRESENTER: "): who speaks and
# when, not what is said. A name of one to four words, each capitalised; a label word below or a name
# that opens two lines or more (a speaker's turns), not a one-off "Tuesday: Cloudy" or "Harlow Town:
# Evans; Briggs".
_SPEAKER_LABEL = re.compile(
    r"^[ \t]*+(?:[\[(]?+\d{1,2}(?::\d\d){1,2}[\])]?+[ \t]++)?"
    r"(?:([QAPR]|Pregunta|Respuesta)\.|([^\W\d_][\w'’.-]*+(?: [^\W\d_][\w'’.-]*+){0,3})[ \u00a0]?:)"
    r"[ \t\u00a0]++(?=\S)",
    re.MULTILINE,
)
# The labels that end on a stop rather than a colon: the first characters of their lines; the letters of
# those of one letter, and the words of El País's.
_STOP_LABELS = ("Q.", "A.", "P.", "R.")
_STOP_LABEL_LETTERS = "QAPR"
_STOP_LABEL_WORDS = ("Pregunta", "Respuesta")
# How far into its line a speaker label's colon (or the stop of "Q.") may stand.
_LABEL_MAX_CHARACTERS = 60
# The words that label an interview's turns, in the languages nutgraf stems: the questions' first.
_QUESTION_LABELS = frozenset(
    """q p question frage pregunta domanda pergunta vraag pytanie вопрос питання interviewer reporter
    moderator""".split()
)
_TURN_LABELS = _QUESTION_LABELS | frozenset(
    "a r answer antwort réponse respuesta risposta resposta antwoord odpowiedź ответ відповідь".split()
)
# El País's "P." and "R." open other lines too ("R. Kelly was ..."): they label turns only together, with
# the question's label and the answer's both in the text.
_SPANISH_LABELS = ({"p", "pregunta"}, {"r", "respuesta"})
# The line under a social media post embedded in an article, as a page's text gives it: "— NASA (@NASA)
# March 18, 2025", "A post shared by Jane Doe (@janedoe)". The post above it is someone's words out of the
# story, whose attribution a summary sentence would leave behind.
_POST_ATTRIBUTION = re.compile(
    r"^[ \t]*+(?:[—–-]++[ \t]*+|a post shared by )[^\n(]{0,60}\(@\w{1,30}\)", re.MULTILINE | re.IGNORECASE
)
# Words of a table cell that labels its row (a position, a name, a figure), not prose laid out in a table.
_LABEL_WORDS = 3
# Bars and white space after a sentence's end, in a line that is no table row: a separator of titles or
# menus ("It rained. | Weather"), which must not open the next sentence.
_SEPARATORS = re.compile(r"[|\s]*+")
# The marks no one sees, which a text copied from a right-to-left page or joined from files in other
# encodings holds after a stop: direction marks (U+200E, U+200F), embeddings, overrides and isolates
# (U+202A-U+202E, U+2066-U+2069), and the replacement character that cleaning gives a byte no encoding
# reads. Between the stop (and its closers) and the space they had run two sentences into one; read as the
# white space before the next sentence, they leave the stop's word (an abbreviation's too) to decide, and
# the sentence ends on its stop, as a reader sees it.
_UNSEEN_MARKS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufffd"
# Sentence-final punctuation, the quotes or brackets that close on it, or footnote markers that follow it
# (Wikipedia's "in 2011.[217] Exports"), then the white space before the next sentence would start. A
# marker's opening bracket is no closer, so one reading of the closers is possible. Read from the first
# mark of a run only, and without giving back (possessive):
# otherwise each mark of a long run ("......") reads the rest of it again. The look-behind comes after
# the first mark, not before it: a pattern that opens with a literal character lets the regex engine skip
# to the next mark in C rather than try a match at every character (5x faster on news text).
_CLOSING_RUN = rf"(?:[\"'“”‘’«»)\]]|{FOOTNOTE_MARKER})*+"
_CLOSERS = rf"({_CLOSING_RUN})"
# French sets its closing guillemet apart by a space, often a no-break or narrow one ("« Pourquoi
# maintenant ? » Le ministre ...", "« C'est fini. » Puis"): it closes on the mark as the closers above do,
# where the candidate had ended before it and the next sentence opened on "»" (and "« Pourquoi pas ? » a
# été publié" stood on blingfire's word alone). Only before white space or the line's end (possessive, no
# giving back): German's "Er ging. »Warum?«" opens a quotation with it. At the line's end no candidate
# is left: the line's end ends the sentence after the guillemet, which had stood alone as a sentence "»".
_CANDIDATE_CLOSERS = rf"({_CLOSING_RUN}(?:[ \u00a0\u202f\u2009]»(?!\S))?+)"
# A German line's guillemets in the copy the pattern searches (:func:`_quotes_the_german_way`), each for the
# other: one character for one, the offsets kept.
_GUILLEMETS_SWAPPED = str.maketrans("»«", "«»")
# Chinese and Japanese full stops end a sentence (no space need follow them), except a quotation closing
# on one before the particle that reports it: 「本当に？」と彼は言った, or before the full stop of the
# sentence it ends: 比如“他是谁？”。 (which alone would be a sentence of punctuation). Nor before a
# Japanese particle, which no sentence opens on: a title quoted with its full stop (『君の名は。』が公開された)
# or a name written with one (モーニング娘。は人気だ) had ended the sentence, the next opening on "が" or "は".
# But "が、" opens one as a conjunction, "however", after a verb's or a copula's kana (計画は順調だった。が、
# 問題が起きた。), where a name or a title ends on its own character.
# From a run's first stop, as above.
_CJK_END = re.compile(
    r"(?<![。！？])[。！？]++[」』”’）)]++\s*+(?=[^\sとっがはをにのでやへ。！？])"
    r"|(?<![。！？])[。！？]++\s*+(?=[^\s」』”’）)がはを])"
    r"|(?<=[ぁ-ゖ])。(?=が、)"
)
_CJK_STOPS = "。！？"
# Other scripts' sentence-final marks, before white space: the Arabic and Persian question mark, Urdu's full
# stop, Devanagari's danda and double danda, the Greek question mark (U+037E, or ";" as Greek text types
# it, after a Greek letter: Greek's semicolon is the raised dot), Amharic's full stop and question mark,
# Armenian's full stop, Khmer's and Burmese's (an Amharic, Armenian, Khmer or Burmese story had been one
# sentence a paragraph, where the text stage read each paragraph as ending on a sentence's stop): the text
# stage's final stops but the Latin ones and CJK's, read above. From a run's first mark, as above. These
# marks end nothing but a sentence, so that one written straight before the next sentence's first letter,
# with no space, ends it too, as Urdu, Bengali and Amharic pages often set them ("ہے۔وزیر", "হয়েছে।প্রকল্পটি",
# "አስታውቋል።ባንኩ" had each been one sentence of two); not before a digit (Armenian text types its full stop
# for a time's colon, "14։30"), nor Greek's ";" (a code's or an entity's). Nor after a character of ASCII
# (a web address's "example.com/a؟Q=1", a Latin name's "BBC۔Urdu"), nor inside Khmer's "etc.", "។ល។",
# written mid-sentence (it had left "ល។" a sentence of its own); Urdu's initials, see _between_initials.
# And Armenian's full stop typed as a colon, after an Armenian word or the quotation closing on one
# (ARMENIAN_LOWER_CASE says why), before white space only, as Greek's ";" is.
_SCRIPT_STOPS = "".join(sorted(set(FINAL_STOPS) - set(".!?…" + _CJK_STOPS)))
_SCRIPT_END = re.compile(
    rf"(?:(?<![{_SCRIPT_STOPS}])[{_SCRIPT_STOPS}]++|(?<=[\u0370-\u03ff\u1f00-\u1fff]);"
    rf"|(?<=[{ARMENIAN_LOWER_CASE}]):|(?<=[{ARMENIAN_LOWER_CASE}][»”\"')]):){_CLOSERS}"
    rf"(?:[{_UNSEEN_MARKS}]*+\s++(?=\S)|(?<=[^\x00-\x7f][{_SCRIPT_STOPS}])(?=[^\W\d_])(?!ល។))"
)
# Tibetan's shad "།" closes a clause as well as a sentence: after "and" ("དང་", and the clauses' "ཅིང་",
# "ཞིང་", "ཤིང་") it parts the items of a list or two clauses of one sentence ("བོད་ཡིག་དང་། བོད་ཀྱི་ལོ་རྒྱུས།",
# Tibetan, and Tibetan history), which had each been a sentence.
# Nor after the agent's particle ("ཀྱིས", "གྱིས", "གིས", "ཡིས"), which names a quotation's speaker before it
# ("སློབ་གྲྭའི་འགོ་འཛིན་གྱིས། “...”", the headmaster: "..."), nor before the quotative that closes one
# ("...” ཅེས་བཤད།", so he said): each had been a sentence of its own.
# Nor after the head mark "༄༅" that opens a text or its heading ("༄༅། །བོད་ཀྱི་..."), whose shad had been a
# sentence of its own and left the next one opening on the second shad.
_TIBETAN_CONTINUING = ("དང་", "ཅིང་", "ཞིང་", "ཤིང་", "ཀྱིས", "གྱིས", "གིས", "ཡིས", "\u0f04", "\u0f05")
# Not its form "ཤེས", which opens sentences as "know" does: "ཤེས་ཡོན" (education), "ཤེས་རབ" (Sherab, a name).
_TIBETAN_QUOTATIVES = ("ཅེས", "ཞེས")
# Urdu writes an abbreviation's letters' names with its full stop between them ("پی۔ٹی۔آئی", PTI; "ایم۔اے",
# MA; "ڈبلیو۔ایچ۔او", WHO), or a word's first letter ("ق۔م", BC): a stop with no space after it between two
# of these is no sentence's end (each letter's name had been a sentence). A short word that ends a sentence
# ("ہے", is) is none of them: "ہے۔یہ" is two sentences.
_URDU_LETTER_NAMES = frozenset(
    "اے بی سی ڈی ای ایف جی ایچ آئی جے کے ایل ایم این او پی کیو آر ایس ٹی یو وی ڈبلیو ایکس وائی زیڈ زی".split()
)
_LETTER_NAME_REACH = max(map(len, _URDU_LETTER_NAMES)) + 1
# A letter or mark of the scripts whose sentences the rules below end (Greek, Hebrew, Arabic and Persian,
# Devanagari and the other Indic scripts, Thai and Lao, Burmese, Georgian, Ethiopic, Khmer, Ol Chiki, Chinese,
# Japanese and Korean, Vai, Meetei Mayek, full-width forms): a line of none (news in Latin letters with accents,
# curly quotes and dashes) is read no further.
_OTHER_SCRIPT = re.compile(
    r"[\u0370-\u137f\u1780-\u17ff\u1c50-\u1c7f\u1f00-\u1fff\u3000-\u9fff\ua500-\ua62b\uabc0-\ud7af\uff00-\uffef]"
)
# The closing quotation marks Penn-Treebank tokenization sets apart from the stop before them ("done . \" The
# next"): :func:`_add_sentences`.
_SPACED_CLOSING_MARKS = "\"'”’"
# What the next sentence rarely opens on and :func:`_add_sentences` reads on: a separator, a spaced mark.
_RARE_OPENINGS = f"|{_SPACED_CLOSING_MARKS}"
_OPENING_PUNCTUATION = "\"'“‘«„([¿¡"
# What stands before an opening quotation mark (white space, opening punctuation) and after a closing one (white
# space, its sentence's punctuation: ' " really? ", so'), where a mark glued to a word stands on the other side.
_SPACES = " \t\u00a0\u202f\u2009\u3000"
_BEFORE_OPENING = _SPACES + _OPENING_PUNCTUATION
_AFTER_CLOSING = _SPACES + ",.;:!?)]"
# What tells a Penn-Treebank-tokenized line (See et al.'s CNN/DM, system summaries), which prose never writes:
# a clitic set apart from its word ("john 's car", "does n't"), or the tokenizer's opening single mark ("he
# has ` never been"), or both a comma and a stop set apart ("over , he said . the"; a stray " , " is a typo
# of prose, as in cnndm_dev's "thoughts! , ' she wrote"). And the clitics, after their apostrophe.
_TOKENIZED_SIGNS = (" 's ", " n't ", " ` ")
_TOKENIZED_PUNCTUATION = (" , ", " . ")
_CLITICS = frozenset("s re m ve ll d".split())
# Words ending on "s" that are no plural, after which a single mark opens a quotation ("as ' dear sepp . '",
# "says ' we are done"), where after a plural it is the possessive's apostrophe ("the players ' union").
_ENDING_ON_S = frozenset("as is was has his its this us yes plus thus says does whereas unless".split())
# A quotation that closes on its sentence's final mark, then the clause naming who said it, in the scripts
# without capitals, where :func:`_attributed_by_name` finds no name: the quotation's closing mark, and the
# clause, up to the next final mark or comma (not a colon, which opens a quotation of its own: 记者问道：“…”).
_QUOTATION_CLOSES = "\"'”’»」』"
# Each closing mark's opening one, looked for this far back at most (a bounded str.rfind, a news quotation's
# length): what stands before the opening mark tells how the quotation sits in its sentence.
_QUOTATION_OPENS = dict(zip(_QUOTATION_CLOSES, "\"'“‘«「『", strict=True))
_QUOTATION_REACH = 300
# A quotation of several sentences that Korean or Japanese reports with a particle after its closing mark
# ('그는 “최선을 다하겠다. 국민께 죄송하다”고 말했다.', '首相は「最善を尽くす。申し訳ない」と述べた。') is part of
# the sentence that reports it: its inner stops end no sentence (the reporting verb had been left with the
# quotation's last sentence, and the first stood alone). The marks, and the particles after the closing one.
_REPORTED_QUOTATION_MARKS = (("“", "”"), ("「", "」"))
_QUOTING_PARTICLES = (
    "と",
    "って",
    "고",
    "라고",
    "이라고",
    "며",
    "라며",
    "이라며",
    "라는",
    "이라는",
    "면서",
    "라면서",
)
# Japanese sentence openers that begin as the particle "と" does, which Japanese writes after a closing mark
# with no space ("「…。…。」ところが首相は辞任した。", however; "とうとう", at last): a new sentence.
_OPENERS_LIKE_PARTICLES = (
    "ところが",
    "ところで",
    "とはいえ",
    "とにかく",
    "ともあれ",
    "とうとう",
    "とりあえず",
    "とりわけ",
)
# A colon or comma before the opening mark: the speaker is named before the quotation (记者问道：“…？”,
# 他说，“…！”), so the clause after it is the next sentence, whatever verb it ends on ("市长没有回答。").
_INTRODUCING_MARKS = ":：,，"
# The Chinese and Japanese marks that stay inside a quotation woven into its sentence, where a full stop
# would go after the closing mark (市长问道“结束了吗？”随后离开, 球迷高喊“加油！”为主队助威).
_WOVEN_QUOTATION_MARKS = "？！"
_QUOTATION_FINAL_MARKS = ".!?…。！？؟۔।॥\u037e"
_ATTRIBUTION_CLAUSE = re.compile(r"[^.!?…。！？؟۔।॥,，、،:：;；\"“”«»「」『』\n]{1,80}")
# Thai writes no sentence-final mark: a space between words ends a clause or a sentence, and a line of news
# is often a whole paragraph. One far longer than a sentence is split at such spaces, between two Thai
# letters (not beside a number: "วันที่ 5 ตุลาคม"), into pieces of a sentence's length at least; not after
# a title's word (a name's parts: "นายเศรษฐา ทวีสิน") nor before a word that goes on with the sentence
# (a verb of speech, a conjunction, a relative, a place's or an office's word: "อำเภอเมืองเชียงใหม่",
# "ผู้ว่าราชการจังหวัด"). A period after a Thai letter closes an abbreviation ("กนง.", "09:30 น."), no sentence.
# Its space is group 1; the pattern opens on a letter (no look-behind) so that its search skips in C to a
# Thai letter, where a look-behind is tried at every character of a long line of other text.
_THAI_SPACE = re.compile(r"[\u0e01-\u0e4e]([ \t]++)(?=[\u0e01-\u0e4e])")
_THAI_LETTERS = ("\u0e01", "\u0e4e")
# Hindi and Bengali end a sentence on the danda, "।": in a line that does, a period after a letter of their
# scripts (or its vowel sign) closes an abbreviation ("प्रो. राम शर्मा", "पं. नेहरू", "टाटा स्टील लि. के", "ए. पी.
# जे. अब्दुल कलाम"), no sentence; a line of news that ends its sentences on periods instead has no danda.
_INDIC_LETTERS = ("\u0900", "\u09ff")
_DANDA = "।"
_LONG_UNPUNCTUATED_LINE = 200
_UNPUNCTUATED_SENTENCE = 60
# A title and a first name, written as one word ("นายเศรษฐา"), are this short; a longer word that opens on a
# title's letters is another ("500 นายได้ลงพื้นที่...", 500 men went out).
_THAI_NAME_CHARACTERS = 16
_THAI_TITLES = tuple("นาย นาง น.ส. ดร. พล. พ.ต. ร.ต. ศ. รศ. ผศ.".split())
_THAI_CONTINUATIONS = tuple(
    """กล่าว ระบุ เปิดเผย เผย และ หรือ ซึ่ง โดย ที่ ว่า ของ เพื่อ จึง ทำให้ อำเภอ จังหวัด ตำบล เขต แขวง ถนน ผู้
    นายก ประธาน รัฐมนตรี เลขาธิการ โฆษก อธิบดี""".split()
)
# Verbs of speech closing that clause, in the languages that put the verb last: Chinese, simplified and
# traditional ("“我们会成功吗？”记者问道。", 道 also closing 说道, 答道, 写道), Japanese ("「勝てるのか？」記者が
# 尋ねた。", where no と reports it), Korean ('“언제 다시 운행하나요?” 한 승객이 물었다.'), Hindi ('"...?" एक
# निवासी ने कहा।'), Persian and Urdu.
_SPEECH_VERBS_LAST = (
    *"说 說 道 问 問 答 表示 称 稱 指出 强调 強調 补充 補充 透露 坦言 直言 告诉记者 告訴記者 解释 解釋 感叹 感嘆".split(),
    *"述べた 語った 話した 尋ねた 言った 答えた 強調した 説明した 明かした 問いかけた 指摘した 訴えた".split(),
    *"述べました 語りました 話しました 言いました 말했다 물었다 밝혔다 답했다 강조했다 설명했다 전했다 덧붙였다".split(),
    *"कहा पूछा बताया जोड़ा گفت پرسید افزود کہا پوچھا بتایا".split(),
)
# A clause ending on a verb of speech that denies the speech attributes no quotation: the quotation is a
# sentence of its own and the clause the next ("“为什么？”没有人回答。", a question nobody answered, as a
# Chinese reader parts them; "“…？”他没有回答。"). Chinese says "nobody" on the clause's subject, and "did not"
# right before the verb, within the clause's last few characters ("没有回答", "未予回答").
_NOBODY = ("没有人", "沒有人", "没人", "沒人", "无人", "無人", "谁也", "誰也")
_NOT_DONE = frozenset("没沒未")
# After "无人" ("unmanned"), the drone, the driverless car, the vehicle, no man's land, the unattended shop and
# the unmanned boat ("“为什么？”无人机操作员说。", a drone's pilot said): somebody who speaks.
_UNMANNED = frozenset("机機驾駕车車区區售艇")
# Words opening on "未" that deny nothing: the fiancée and the fiancé, a minor ("“你还好吗？”未婚妻问。", his
# fiancée asked).
_NOT_NEGATIONS = ("未婚", "未成年")
_NOT_DONE_REACH = 4
# And in those that put it first: Arabic ('"كيف سنعيش؟" تساءل أحد السائقين.') and Hebrew ('"מתי?" שאלו רבים.').
_SPEECH_VERBS_FIRST = frozenset(
    """قال قالت وقال وقالت تساءل تساءلت وتساءل يتساءل سأل سألت أضاف أضافت وأضاف وأضافت يقول تقول أكد أكدت
    אמר אמרה אמרו שאל שאלה שאלו הוסיף הוסיפה סיפר סיפרה ציין ציינה""".split()
)
# The spaces other than the plain one that part words: the no-break one and the narrow and thin ones of
# French and German typesetting.
_NARROW_SPACES = "\u00a0\u202f\u2009"
_WORD_START = re.compile(r"[\w'’-]+")

# Words that stand before a name or a number and (almost) never end a sentence: a street's ("ul. Długiej",
# "ул. Ленина", the Indonesian "Jl. Sudirman" and Malay "Jln. Ampang", the Romanian "str. Victoriei", the
# Portuguese avenue "Av. Ipiranga"), an
# academician's ("акад. Иванов"), a doctor's (the Czech "MUDr. Novák", the Hindi "डॉ. शर्मा"), Romanian's
# "dl. Popescu", Indonesian regions' ("Kec. Menteng", "Kab. Bogor", "Prov. Jawa Barat"), the rupiah before
# its amount ("Rp. 15.000"), Malaysia's "Sdn. Bhd.", Vietnamese "TP. Hồ Chí Minh" (city) and "TS. Nguyễn"
# (doctor), and the German "so-called" ("die sog. Schuldenbremse") too, each before a capital a splitter
# would take for a new sentence. The third world-news round's: the Austrian master's degree and member of
# parliament ("Mag. Ulli Sima", "Abg. z. NR"), the Colombian road ("Cra. 10"), the Swahili "Mr." and
# "Dr." ("Bw. Albert", "Rais Dkt. Samia"), the Filipino secretary ("Sec. Tiu Laurel", a title
# only so written, as "Ft." is: "the SEC." is the American regulator and "9.58 sec." seconds, each ending its
# sentence) and the Bengali "Md." ("ড. মো. আবুল কালাম"). The sweep of other languages' news: Polish ("dr
# hab.", "mgr inż.", "płk.", "kpt.", "mjr", "prok."), Dutch ("drs.", "dhr.", "mevr."), Spanish and Portuguese
# ("Dra.", "Excmo.", "Exmo.", "Dña.", "Ud.", "Sto.", "Avda.", "Cía.", "Lcdo.", "Gral.", "Eng.", "Arq.", "Pça."),
# Italian ("comm.", "cav."), Turkish ("Doç.", "Yrd.", "Uzm.", "Sn."), Russian ("ген.", "зам.", "пл."), German
# ("Dipl.-Ing.", "Dr. med."), each before a name had ended a sentence there. The second sweep's: Vietnamese
# professors ("GS. Ngô Bảo Châu", "PGS."), the Indonesian company and engineer and the police's rank ("PT. Maju
# Jaya", "Ir. Suharto", "Jenderal Pol. Listyo Sigit"; the Dutch engineer is "ir." too), the Czech docent
# ("doc. Ing. Jan Novák"), the Hungarian junior ("ifj. Hegedűs Zsolt"), the Romanian "Mr." and "Mrs." as
# declined ("dlui. Popescu", "dnei.", and "Dna. Ionescu" as written: "dna." is DNA in CNN/DM's case-folded
# text, "coiled dna. They also ...") and the Catalan "Honourable" ("l'Hble. Sr. President"). Canadian papers'
# councillor ("Coun. Russ Wyatt", the Winnipeg Free Press's) had ended a sentence before the name, and so had
# Chicago's alderman ("Ald. Daniel La Spata", Streetsblog's) and a monsignor ("Msgr. Charles Pope", a
# diocesan paper's).
_TITLES = frozenset(
    """mr mrs ms messrs dr prof gov sen rep reps gen lt col maj capt cmdr adm sgt cpl pvt rev hon pres
    supt insp det atty st mt vs def sr sra srta sig sigg dott ing avv mme mlle hr ks św им св ul ул вул av
    акад проф sog jl jln kec kab prov rp sdn dl dnul str mudr judr mgr tp ts डॉ mag abg cra bw dkt মো hab
    inż płk ppłk kpt mjr prok drs dhr mevr dra excmo excma exmo exma ilmo dña ud sto avda cía lcdo lcda gral eng
    arq pça comm cav doç yrd uzm sn ген зам пл dipl med gs pgs pt ir pol doc ifj dlui dnei hble coun ald msgr""".split()
)
# Titles only as written, capitalised: the Filipino secretary and the fort ("Sec. Tiu Laurel", "Ft. Worth"),
# and the Romanian "Mrs." ("Dna. Ionescu"), where the words in lower case are seconds, feet and DNA; and the
# honorifics of Swahili ("Mhe.", the Honourable; "Bi.", Mrs.), Filipino ("Gng.", Mrs.; "Bb.", Miss), Malay
# ("En.", Mr.; "Pn.", Mrs.) and Indonesian ("Bpk.", Mr.; "Kol.", Colonel), which had each cut a sentence
# before the name ("Waziri wa Fedha, Mhe." and "Mwigulu Nchemba, amesema ..."); in lower case "en" and "bi"
# are words of other languages.
# The eighth languages round's, each of which had cut a sentence before the name: Indonesian ranks of the
# army and the police ("Letkol. Czi. Ahmad Yani", "Kapt. Cpm.", "Kompol. Budi"), the Malay pilgrim ("Hj.
# Ahmad", "Hjh."), the Filipino barangay captain, governor and "Honourable" ("Kap. Jose Reyes", "Gob. Maria
# Santos", "Kgg.") and the Vietnamese master of science ("ThS. Nguyễn Văn An").
_TITLES_AS_WRITTEN = (
    *("Ft", "Sec", "Dna", "Mhe", "Bi", "Gng", "Bb", "En", "Pn", "Bpk", "Kol"),
    *("Letkol", "Kapt", "Mayjen", "Letjen", "Kompol", "Kombes", "Irjen", "Iptu", "Ipda", "Aiptu"),
    *("Hj", "Hjh", "Kap", "Gob", "Kgg", "ThS"),
)
# Indonesian officers write their arm of service after their rank ("Kol. Inf. Budi Santoso", "Letkol Czi.
# Ahmad Yani", "Mayor Cpm. Joko", "Kolonel Pnb. Ardi"): infantry, cavalry, engineers, military police, air
# defence artillery, pilots, signals and the other corps. After a rank only: "the 1st Inf. Division" is
# English's, which may end a sentence as any word does.
_ARMS_OF_SERVICE = frozenset(
    "Inf Kav Arm Czi Cpm Arh Pnb Chb Ckm Cke Cku Ctp Cba Chk Caj Cpl Cpn Psk Mar Tek Lek Kes Sus Adm".split()
)
_RANKS = frozenset(
    """kol kolonel letkol mayor kapt kapten lettu letda brigjen mayjen letjen jenderal laksma laksda laksdya
    marsma marsda marsdya pelda peltu serma serka sertu serda""".split()
)
# Vietnamese titles in capitals that are English words or initials too ("BS.", a doctor, and English's
# bachelor's degree; "KS.", an engineer; "CN.", a bachelor; "LS.", a lawyer): titles before a Vietnamese
# family name only ("BS. Trần Thị Bình"), where "He holds a BS. Nguyen joined later" is rarer than the title.
_VIETNAMESE_TITLES = frozenset("BS KS CN LS NCS".split())
_VIETNAMESE_FAMILY_NAMES = frozenset(
    "nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh trịnh lương mai cao".split()
)
# Places' kinds that Malaysian and Filipino papers abbreviate before the place's name, as a street is: the
# village, the garden suburb, the river, the hill, the lane ("Kg. Baru", "Tmn. Melati", "Sg. Buloh", "Bkt.
# Jalil", "Lrg. 3") and the barangay ("Brgy. San Isidro", "Bgy."); capitalised and not after a number
# ("weighs 5 Kg. The" is the kilogram).
_PLACE_KINDS_AS_WRITTEN = frozenset("Kg Kpg Tmn Sg Bkt Lrg Brgy Bgy".split())
# Abbreviations written before a figure that end no sentence there but after one: East African papers'
# kilometre and shilling ("urefu wa km. 12", "Sh. 45 bilioni", "TSh. 5,000", "KSh."), where "drove 12 km. 30
# minutes later" ends on its unit.
_BEFORE_FIGURES = frozenset("km sh tsh ksh ush".split())
# Titles after an Italian elided article or preposition ("l'on. Rossi", onorevole; "dell'avv. Bianchi",
# "all'ing. Verdi"): "on" is a title there only, an English word elsewhere ("the lights stayed on. The").
# The French and Catalan "about" after an elided preposition ("d'env. 300 000", "d'aprox. 6.000") runs on too,
# and so do a law's article and a university ("l'art. 49.3 de la Constitution", "dell'Univ. di Bologna").
_ELIDED_TITLES = _TITLES | {"on", "env", "aprox", "art", "univ"}
# Abbreviated amounts, after a number ("3,2 Mrd. Euro", "4 tys. osób", "2 тыс. человек"): they run on
# before a capital too (German capitalises the noun they count), unless an opener follows.
# Czech's and Romanian's ("2,3 bil. Kč", "5 mil. lei", "4 tis. lidí"), Greek's ("7,2 δισ. ευρώ", "3 εκατ.
# ευρώ") had ended a sentence inside its figure, and so had Danish's ("4,5 mia. kr."), Norwegian's ("5 mill.
# kr.") and Finnish's ("5 milj. euroa"), and Lithuanian's ("2,7 mlrd. eurų", "3,5 proc. BVP", "4 tūkst.
# gyventojų").
_AMOUNTS = frozenset(
    "tsd mio mrd mia tys mln mld тыс млн млрд тис трлн bil mil tis δισ εκατ τρισ χιλ mill milj mlrd proc tūkst".split()
)
# Amounts in the languages that write their nouns in lower case (Danish, Norwegian, Swedish, Finnish).
_AMOUNTS_BEFORE_LOWER_CASE_NOUNS = frozenset({"mill", "milj", "mia"})
# Amounts that are words too when no number comes before them: the Italian "my" ("colpa mia."), the English
# mill ("the old mill. Workers ...").
_AMOUNTS_LIKE_WORDS = frozenset({"mia", "mill"})
# Capitalised words that open a sentence after an amount in the languages that abbreviate one ("3 Mrd.
# Die Opposition ..."): articles, pronouns and conjunctions, never the noun an amount counts.
_OPENERS_AFTER_AMOUNTS = frozenset(
    """der die das ein eine er sie es wir ich aber und doch auch to w na ale on ona oni это в на но он она
    они це у але він вона вони ten ta ti el la los las il lo gli le os as și ea ei ele ο η το οι τα αλλά de
    het een hij zij ze wij ik maar les elle ils nous""".split()
)
# A year's mark after its number, in Russian, Ukrainian and Polish ("в 1911 г.", "у 2022 р.", "w 2026 r."),
# and the words a date may take opening a sentence ("14 февраля 2026 г."): single letters, which otherwise
# read as initials.
# Kyrgyz writes its year's mark ("жыл") onto the number with a hyphen: "2024-ж. 5-июнда" had been two
# sentences, "2024-ж." one.
_YEAR_MARKS = frozenset("г р r ж".split())
_OPENING_DATE_WORDS = 3
# Lithuanian's day ("diena"), year ("metai") and hour ("valanda") after their numbers, each with the digits
# its number may have: "2024 m. gegužės 5 d.", "7 val.". Such a date or time ends its sentence before a
# capital, but not one opening a sentence ("Gegužės 5 d. Vilniuje įvyko protestas", which had been a
# sentence of its own), and runs on before a lower-case word ("7 val. ryto", in the morning, had ended one).
_LITHUANIAN_DATE_MARKS = {"d": (1, 2), "m": (4,), "val": (1, 2)}
# The months' names as a day's date takes them ("gegužės 5 d."), and the prepositions a date opening a
# sentence may follow ("Nuo 2025 m.", since; "Iki 18 val.", until): any other word before it is a
# sentence's, which the date may end ("Laimėjo 2019 m. Dabar vėl kandidatuoja.", won in 2019; now ...).
_LITHUANIAN_MONTHS = frozenset(
    "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio".split()
)
_LITHUANIAN_DATE_PREPOSITIONS = frozenset("nuo iki po prieš per apie ties".split())
# The most words of such a date before its mark ("Prieš 2025 m. rugpjūčio 15"), the longest a month's name:
# a sentence with more or longer ones before the mark opens on something else, however far it runs.
_LITHUANIAN_OPENING_DATE_WORDS = 5
_LITHUANIAN_DATE_WORD_CHARACTERS = max(map(len, _LITHUANIAN_MONTHS))
# The place a Lithuanian date or time took place at, after it (see _names_a_place_in_the_locative): at most
# this many words, ended by one of these marks within this many characters.
_LOCATIVE_CLAUSE_WORDS = 3
# The prepositions that place a locative more closely: at, on, beside, near, behind.
_LITHUANIAN_PLACE_PREPOSITIONS = frozenset("prie ant šalia netoli už".split())
_LOCATIVE_CLAUSE_CHARS = 60
_LOCATIVE_CLAUSE_ENDS = frozenset(".,;:!?")
# The first person plural of the past, future and conditional ("laimėjome", we won; "dirbsime", we will
# work), which ends in "e" as a locative does: "Turnyras baigėsi 2022 m. Laimėjome, nors buvo sunku." had
# run on as though "Laimėjome" were a place. No place's locative ends so.
_LITHUANIAN_WE_ENDINGS = ("ome", "ėme", "sime", "tume")
# The present tense's first person plural ends so too ("skelbiame", we announce; "primename", we remind;
# "tikime", we believe), as do places ("Seime", "Amsterdame", "Krime"); a word of them alone before a comma
# and "that" ("kad", "jog") is the verb of an announcement: "Konkursas baigėsi gegužės 5 d. Skelbiame, kad
# ..." had run on as though "Skelbiame" were where the contest ended.
_LITHUANIAN_PRESENT_WE_ENDINGS = ("ame", "ime")
_LITHUANIAN_THAT = frozenset(("kad", "jog"))
# But "kad" is "so that" too, and then a verb in the conditional follows it ("būtų", "galėtų", "turėtų",
# "darytų"), after a place as well: "Protestas vyks gegužės 5 d. Seime, kad būtų atkreiptas dėmesys." is
# one sentence.
_LITHUANIAN_CONDITIONAL_ENDINGS = ("ūtų", "ėtų", "ytų")
# A genitive's endings, of the name before a locative ("Vingio parke", "Laisvės alėjoje", "Kultūros name").
_LITHUANIAN_GENITIVE_ENDINGS = ("o", "os", "ės", "aus", "ies", "ų", "ens")
# Polish business copy's quarter, this year and this month ("kwartał", "bieżącego roku", "bieżącego
# miesiąca": "w I kw. br. o 5 proc.", "15 bm. w Krakowie"), ordinary words to the rules below, which end a
# sentence after one whatever follows: "br." had been a sentence of its own. They run on before a lower-case
# word and end their sentence before a capital, as a year's mark does.
_CURRENT_PERIODS = frozenset("kw br bm".split())
# Abbreviations that can end a sentence: one runs on when a lower-case word or a number follows. No single
# letter: _candidate_ends_sentence reads those as initials ("p. 5", "т. е.", "г. Москва") or a year's mark first.
# Tamil's December, centimetre and kilometre ("சென்னை, டிச. 3:", "14 செ.மீ. மழை"), whose vowel signs are
# marks, not letters, to Unicode: no dotted abbreviation to the test below. The second sweep's, each of
# which had ended a sentence before the lower-case word going on with it: the Czech hour ("v 10 hod. před
# radnicí"), the Hungarian "respectively" ("ill. a második"), the Romanian paragraph of a law ("art. 5
# alin. (2)"), Danish and Norwegian weekdays ("lør. d. 12. maj"). The rupee of South Asia's English papers
# before its figure ("grew by Rs. 120 billion", the Daily FT's) had ended a sentence there.
_ABBREVIATIONS = (
    frozenset(
        """inc ltd co corp plc llc bros jr etc approx est dept univ assn ave blvd rd jan feb mar apr jun jul
    aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun no nos nr vol pp fig ch art ed
    eds al tsp tbsp lb lbs woj ust pkt dn evt aprox pág próx гг см др mj bhd jh hod ill alin tirs tors lør
    søn rs டிச செ.மீ
    கி.மீ""".split()
    )
    | _AMOUNTS
)
# Abbreviations that never end a sentence, where a capitalised word after them is a name or, in German, a
# noun ("für Betriebe bzw. Handwerker", "siehe ggf. Anhang B", "Dit meldt o.a. De Telegraaf", "m.in.
# Warszawa", "bl.a. Stockholm"): "or rather", "compare", "if need be", "possibly", "including", "about",
# "for example", "that is", "so-called", "see", "among others" in German, Dutch, Polish, Czech, Swedish,
# French and Spanish, and English's own; and the second sweep's "for example" in Hungarian and Finnish ("pl.
# a pénzügyminiszter", "Esim. Helsinki") and Finnish "so-called" ("ns. sote-uudistus"), which had ended one;
# and the seventh languages round's "for example" in Slovak, in Croatian, Bosnian, Serbian and Slovenian, in
# Russian, Ukrainian and Bulgarian, in Lithuanian, Latvian, Estonian and Flemish Dutch ("napr. SaS", "npr.
# HDZ", "напр. София", "pvz. Vilnius", "piem. Rīga", "nt. Tartu", "bv. Gent"), and Hungarian's and Estonian's
# "so-called" ("az ún. Magyar Falu Program", "nn. Rohelise Kokkuleppe"), each had cut a sentence before the
# name it gave. Not Lithuanian's "vad." (so-called): Swedish's "vad" (what) may end one. Written in capitals
# they are names ("Los Angeles, CA. The", "NPR."), and end one as any word does.
_NEVER_FINAL = frozenset(
    """vgl bzw evtl ggf inkl zzgl ca cf incl bijv tj np tzn tzw zob např tzv popř resp e.g i.e o.a m.in
    bl.a t.ex d.h z.b u.a c.-à-d p.ej p.ex pl esim ns napr npr напр pvz piem nt bv ún nn""".split()
)
# Finnish's "among others" ("sade jatkuu iltaan asti, mm. Uudellamaalla", muun muassa), written as the
# millimetre is: after a word it runs on before any but a sentence's opener; after a number it is the
# millimetre, which may end a sentence ("lunta satoi 20 mm. Meteorologi kertoi ...").
_NEVER_FINAL_BUT_AFTER_NUMBERS = frozenset({"mm"})
# Dutch's private limited company, written as Flemish "for example" is ("bv."), after an article or a
# possessive, where "for example" follows a comma or a noun: "Hij richtte vorig jaar een eigen bv. De zaak
# ..." had run on into the next sentence.
_DUTCH_DETERMINERS = frozenset("een de die deze haar zijn hun eigen".split())
# Never-final abbreviations written spaced, the word before the period and the word or initial before it:
# Spanish and Catalan "for example" ("p. ej. el consejero", "p. ex. el conseller"), Ukrainian "so-called" ("т.
# зв. реформа"), and Italian's and Romanian's "for example" ("ad es. Lombardia", "de ex. Cluj", which had
# been cut before the name). The word before it stands alone: "la ciudad es. Mañana ..." ends.
_SPACED_NEVER_FINAL = frozenset({"p. ej", "p. ex", "т. зв", "ad es", "de ex"})
# Abbreviations that close a list ("etc.", "usw.", "itd.", "ecc.", "enz.", "vb.", "atd.", Ukrainian "та
# ін."): they run on before a lower-case word and end the sentence before a capital, as a list at a sentence's end does ("1 200
# 000 euros, etc. Les députés voteront"), where the English openers alone had told an end. And those of the
# seventh languages round, each of which had cut its sentence before a lower-case verb ("Harga beras, gula,
# minyak, dll." and "naik tajam bulan ini."): Indonesian and Malay "dll.", "dsb.", "dst.", Filipino "atbp.",
# Lithuanian "kt." ("ir kt.", and others), Estonian "jne.", Slovak "atď.", Hungarian "stb.", Finnish
# "yms.", Norwegian, Danish and Swedish "osv.", Greek "κλπ.".
_LIST_ENDS = frozenset(
    "etc usw itd ecc enz vb atd apod ін dll dsb dst atbp kt jne atď stb yms osv κλπ".split()
)
# Units after a figure in wire copy ("rose 2 pct.", "$5.2 bln."), which run on before a lower-case word and
# end the sentence before a capital or a quotation mark: no name follows them ("2 pct. Analysts had
# expected ..."). The millimetre too ("It rained 20 mm. Farmers ..."), which is also the Finnish "among others":
# "mm. leikata" goes on with its sentence, where an ordinary word's period had ended it.
_UNITS = frozenset("pct bln proc mm".split())
# What a unit or a currency counts, written after it as a name in capitals ("3 proc. PKB", "3 proc. BVP",
# "3 proc. HDP", "0,5 проц. ВВП", percent of the gross product in Polish, Lithuanian, Czech and Russian; "500
# тыс. долл. США", US dollars): no new sentence's first word. Not every acronym: a Polish sentence opens on
# one after a figure ("wyniosła 4,9 proc. NBP podał ...").
_COUNTED_AFTER_UNITS = frozenset("pkb bvp hdp ввп сша".split())
# News agencies' abbreviations of US states and Canadian provinces ("Springfield, Ill.", "Palo Alto,
# Calif.", "Toronto, Ont."), which run on before a lower-case word as other abbreviations do ("was arrested
# in Kan. on Friday") when written so, with a capital and no more: several are words or names too ("Ill.",
# "Mass.", "in LA. The").
_STATES = frozenset(
    """ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb
    nev okla ore pa tenn tex vt va wash wis wyo ont que sask alta nfld""".split()
)
# A name written with an exclamation mark ("Yahoo! Finance", "E! News", "Jeopardy! champion"), which ends
# a sentence only before a common sentence opener, as an abbreviation that may end one. As written: CNN/DM's
# lower-cased text ("told e! News"), which the default model was trained on, keeps its segmentation.
_EXCLAIMED_NAMES = frozenset({"Yahoo", "E", "Jeopardy"})
# Currencies written after their amount, in Russian and Ukrainian ("60 тыс. руб. в месяц", "4 тис. грн."):
# they run on before a lower-case word or a bracket and end the sentence before a capital or a quotation
# (no name follows them). So do the Danish and Norwegian crown and the Swiss franc ("6000 kr. mere om året",
# "1,5 Mrd. Fr. aufstocken").
_CURRENCIES = frozenset("руб грн коп долл kr fr".split())
# Abbreviations that run on before a number only: the Polish "about" ("ok. 1,5 tys."), the Russian and
# Ukrainian article or station ("ст. 112"), the Polish and Swedish hour ("godz. 7", "kl. 5"), the French "about"
# ("env. 300 000", "d'env. 300 000"), the Hungarian "about" ("kb. 5 százalék"), the German paragraph ("Abs. 3")
# and the Portuguese flat ("apto. 12"); the Greek and the Catalan number ("οδό Σταδίου αρ. 5", "Balmes, núm.
# 12", whose "12." had then been left out as a list's number). Before a word they are words ("it's ok. we left", "É apto. Depois").
# And the telephone ("tel. +44 20 7946 0958", "Tél. 01 23 45 67 89", Danish and Spanish "tlf.", "telf."),
# whose number, international, opens on "+": a copied "call the office, tel. +44 20 7946 0958." had been two
# sentences, and the check called the summary sentence that copied it pieced together.
_BEFORE_NUMBERS = frozenset("ok ст godz kl klo env kb abs apto αρ núm tel tél tlf telf".split())
# The telephone's run on only before a number that dials: the French "such" ends a sentence before a count
# ("reconnu comme tel. 500 personnes ont manifesté" had been one sentence).
_TELEPHONE_WORDS = frozenset("tel tél tlf telf".split())
#: The fewest digits a phone number dials (a local number with its area code, "555-1234" at the least).
PHONE_DIGITS = 7
_DIALLED_NUMBER = re.compile(rf"\+?(?:[ \u00a0./()-]*\d){{{PHONE_DIGITS}}}")
# Measures after their number that end a sentence before a figure opening the next one ("The file is 512
# kb. 20 more were added.", "weighed 512 lbs. 20 of them"): after a number "kb." is the kilobyte (the
# Hungarian "about" stands before its number), and the pound runs on only into its ounces ("7 lb. 4 oz.",
# "7 lbs. 4 ounces", "8 lbs. 6 ozs.", "7 lb. 1/2 oz", "7 lb. 4-oz.").
_MEASURES = frozenset("kb lb lbs".split())
_OUNCES = re.compile(r"\d[\d.,/]*+[\s-]*+(?:ozs?|ounces?)\b", re.IGNORECASE)
# An agency's tag and the dash that end a dateline ("SACRAMENTO, Calif. (AP) — ...", "(Reuters) -"): the
# period before it closes a state's abbreviation, not a sentence.
_DATELINE_TAG = re.compile(r"\([A-Za-z][\w .&/-]{0,30}\)\s{0,3}[—–-]")
#: The dash that ends a dateline ("WASHINGTON, March 3 (Reuters) - ", "SAN FRANCISCO (AP) — ", CNN's
#: "(CNN) -- ").
DATELINE_DASH = re.compile(r" ?(?:--|[—–-]) ")
#: A Chinese dateline: the paper or agency and the place, the date, 电 ("cabled"), and the reporter in
#: brackets: "本报深圳9月12日电（记者李明）", "新华社北京11月2日电".
CHINESE_DATELINE = re.compile(
    r"(?P<place>[^\s，。（(]{0,12}?\d{1,2}月\d{1,2}日电)(?P<reporter>[（(][^）)\n]{1,30}[）)])?"
)
# Taiwan's Central News Agency writes its dateline in brackets, the reporter before the place and the day
# alone: "（中央社記者王揚宇台北3日電）", "（中央社台北3日專電）" (a "special" dispatch).
_BRACKETED_CHINESE_DATELINE = re.compile(r"[（(][^\s（()）]{1,20}?\d{1,2}日[專专]?[電电][）)]")
#: A Korean one: the place, "=", the agency, and the reporter: "(서울=연합뉴스) 김민수 기자 = ".
KOREAN_DATELINE = re.compile(
    r"[(（]?(?P<place>[가-힣]{1,8})=[^\s)）=]{1,12}[)）]?(?: [가-힣]{2,4} ?(?:기자|특파원))?(?: ?= )?"
)
# The marks that end the sentence after an Iranian agency's place- agency- dateline (Persian's and Arabic's
# question mark, Urdu's full stop, and the Latin ones).
_CASELESS_NEWS_ENDS = (".", "؟", "?", "!", "۔")
# The quotation marks and brackets that may close such a sentence after its mark ("... گفت «مذاکرات ادامه
# دارد.»").
_CASELESS_NEWS_CLOSERS = "\"'“”‘’«»)]"
# A date alone before a dateline's dash, as WebMD writes its dateline ("Feb. 23, 2015 -- Life-threatening
# ...", "April 17, 2015 -- Imagine ..."): the day the story was filed, no sentence's words.
_DATED_HEAD = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}, \d{4}", re.IGNORECASE
)
# A press release's mark run into its first paragraph before a separator and its dateline or date ("For
# immediate release, 3 March 2026 — ", "FOR IMMEDIATE RELEASE — LONDON, 3 March 2026 — "), as the line of its
# own the text's cleaning takes off as furniture; the words it may open on, tested first in C.
_RELEASE_MARK_OPENINGS = ("For immediate release", "FOR IMMEDIATE RELEASE", "For Immediate Release")
_RELEASE_MARK_HEAD = re.compile(r"for immediate release\s?+(?:[,:]|--|[—–-])\s++", re.IGNORECASE)
# A paragraph opening on such a date and a dash: a timeline sets each of its entries so ("Jan. 6, 2021 —
# Rioters storm the Capitol."), and there the date is the entry's news, no dateline.
_DATED_PARAGRAPH = re.compile(rf"^{_DATED_HEAD.pattern}{DATELINE_DASH.pattern}", re.IGNORECASE | re.MULTILINE)
# A timeline's date and clock opening its entry on its line ("March 3, 2026, 9:14 a.m. Officials said ...",
# "Dec. 4, 2026 at 10:02 PM EST — The minister left ..."): when, not what happened, as a live report's clock
# is. Cut apart at the meridiem's stop, the first entry's stamp had been a summary's sentence of its own, its
# lede. Only with the clock: a date alone before the entry is :data:`_DATED_PARAGRAPH`'s news. Only before a
# capital: an entry opens a sentence, and a date and time running on in lower case ("Dec. 3, 2026 at 11:30 the
# prime minister ...", "... 9:14 a.m. was when ...") are the sentence's own words.
_DATED_ENTRY_STAMP = re.compile(
    rf"{_DATED_HEAD.pattern},?+ (?:at )?+\d{{1,2}}:\d\d(?:\s?[ap]\.?m\.?)?+(?:\s(?:{_TIME_ZONES}))?+"
    r"(?:[ \t]++[—–-])?+[ \t]++(?=[^\W\d_])",
    re.IGNORECASE,
)
# An update's stamp a paper sets over the paragraph it adds to a developing story (the Baltimore Banner's
# "Update, 3:15 p.m.: Crews had shut off the main ...", "UPDATE at 4 p.m. ET: ..."): when the story changed,
# not what happened, as a timeline entry's clock is; the paragraph's news is its sentence, which a summary may
# lead with. Only the word and a clock before the colon and a capital: "Update the app by 5 p.m.: ..." and
# "Updates at 3 p.m. were ..." are sentences.
_UPDATE_STAMP = re.compile(
    rf"update[ds]?+(?:,| at| —| -)? \(?\d{{1,2}}(?::\d\d)?+\s?[ap]\.?m\.?+(?:\s(?:{_TIME_ZONES}))?+\)?+:[ \t]++"
    r"(?=[^\W\d_])",
    re.IGNORECASE,
)
# The months' first three letters it opens on, in the cases a line writes them, looked up before the pattern:
# a line opening on any other word ("The", "And") is spared it.
_DATED_ENTRY_OPENINGS = frozenset(
    form
    for month in "jan feb mar apr may jun jul aug sep oct nov dec".split()
    for form in (month, month.title(), month.upper())
)
# Hindi and Bengali papers set their desk before the place and the colon ("जागरण संवाददाता, लखनऊ: ", "राज्य
# ब्यूरो, पटना: ", "নিজস্ব সংবাদদাতা, কলকাতা: "): the desk's last word says it is one (correspondent,
# bureau, desk, representative, team).
_DESK_WORDS = frozenset("संवाददाता ब्यूरो डेस्क प्रतिनिधि प्रतिनिधी टीम সংবাদদাতা প্রতিনিধি ডেস্ক".split())
# Spanish-language papers of the Americas close the place with a stop before the dash ("Ciudad de México.-
# ", "Culiacán, Sinaloa.- "): the words a place's name holds in lower case between its capitalised ones.
_PLACE_JOINING_WORDS = frozenset("de del la las los y el do da dos das".split())
# The colon that ends one in Indian and Pakistani papers ("NEW DELHI: ", "MUMBAI, March 3 (PTI): ").
_DATELINE_COLON = ": "
#: A dateline's dash comes within this many characters of the start of its paragraph; its place has at
#: most this many words ("SALT LAKE CITY"), and its agency's tag ("(Interfax)") at most this many characters.
DATELINE_MAX_CHARACTERS = 60
_DATELINE_MAX_PLACE_WORDS = 4
_DATELINE_MAX_TAG_CHARACTERS = 30
# The middle dot German regional papers set after a dateline's place ("Düsseldorf · "), and the most words
# of a place written in its own case before a spaced hyphen ("Jakarta - ", "Kota Bogor - ").
_PLACE_DOT = " · "
_TITLED_PLACE_WORDS = 2
# The spaced slash a release wire sets after each of its dateline's three fields, the place, the wire's name
# and the date ("HOUSTON, TX / ACCESS Newswire / December 3, 2026 / ").
_WIRE_SLASH = " / "
_WIRE_FIELDS = 3
# Days and months, which a schedule or a timeline sets before a hyphen and names again, and are no places.
_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
_DAYS_AND_MONTHS = _MONTHS | frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# The words of a day's date after a place written in its own case and its comma, its number first and its
# year last ("3 dicembre 2026", "3 de diciembre de 2026").
_DATELINE_DATE_WORDS = (3, 5)
# Words of the state or country after a place written in its own case ("DeKalb, Ill. — ", "Austin, Texas — ",
# "Portland, New Hampshire — ", "Cape Town, South Africa — ").
_DATELINE_MAX_STATE_WORDS = 2
# The words of a photo caption's tag after a name, which a dateline's bracket never holds (it holds an
# agency, "Reuters", "AFP", "dpa", "IANS", or a date): "Smith (pictured) - He said so." had lost "Smith
# (pictured) - " as a dateline. English, German, French, Spanish, Italian, Portuguese and Dutch; and the
# words that join them ("second from left", "à gauche", "im Bild"), which alone are none ("(AL)", "(IN)"
# are states' codes). A caption writes them in lower case, but for German nouns and "(L)", "(R)": a
# capital is a place's own name ("Frankfurt (Main) - ", "Orléans (Centre) - " are datelines).
_CAPTION_TAG_WORDS = frozenset(
    """pictured picture photo photos file above below left right centre center middle inset top bottom
    main front back rear seated standing l r L R
    archiv archivbild archivfoto bild foto Archiv Archivbild Archivfoto Bild Foto links rechts mitte Mitte
    oben unten
    archives gauche droite haut bas ci-dessus ci-contre
    archivo izquierda derecha centro arriba abajo
    archivio sinistra destra
    arquivo esquerda direita
    archief midden""".split()
)
_CAPTION_TAG_JOINERS = frozenset(
    "far second third from in on the and with both im à au en la a al nella nel na ao".split()
)
# The fewest characters of a place before a dateline's colon: "Q:" and "A:" label an interview's turns.
_DATELINE_COLON_PLACE = 3
# And function words, which rule out the labels of several words before a colon (Axios's "WHY IT MATTERS:",
# "THE BIG PICTURE:", "BY THE NUMBERS:"): no Indian or Pakistani city's name holds one (a place before a
# dash may: "THE HAGUE — ").
_COLON_LABEL_WORDS = LABEL_WORDS_NOT_PLACES | frozenset(
    "the a an it is to of by in on at for and or why what what's how who".split()
)
# A place of one word before a hyphen: "U.S. - China trade talks", "UK - EU deal", "NATO - Russia council",
# "A - Level results", "I - 95" are hyphenated compounds, spaced; a city written alone before a hyphen
# ("JOHANNESBURG - ", "NAIROBI - ") has at least this many letters. A shorter city is one where a country
# or a date follows it ("LIMA, Peru - ", "BAKU, Azerbaijan - ") or where the article says what happened in
# it, in its own case ("DOHA - Qatar said ... resumed in Doha"): named only so, it may be an acronym that
# British style writes "Nato", "Fifa". A city of four letters the article names nowhere else is one too at
# the text's head, over a story of some length ("ROME - Italian police ...", _unnamed_city_over_story).
_HYPHENED_PLACE_LETTERS = 5
# The fewest words of a story under such a city's dateline that the city may go unnamed in (see
# _unnamed_city_over_story): a story that long names an acronym at its head again.
_STORY_WORDS = 80
# The cities of four letters that wires date stories from. Only these go unnamed: an acronym ("NATO - Russia
# talks", "UEFA - Super League backers"), a country ("IRAN - Saudi officials") or a surname ("MUSK - Trump
# feud") before a compound's spaced hyphen reads as a dateline does, and a long story need not name it again.
_FOUR_LETTER_WIRE_CITIES = frozenset(
    """rome lima baku oslo doha kyiv kiev lviv sumy bern bonn gaza suva apia lome dili riga juba aden homs
    hama tyre oran giza suez taiz sfax kano goma agra pune kobe cebu cali reno waco lyon metz cork graz linz
    brno cluj iasi lodz kiel pisa bari vigo nuuk omsk""".split()
)
# What says a thing happened in a place, in the languages whose wires date a story so: "in Doha", the
# Italian "nel centro di Roma", the French "à Lyon", the Portuguese "em Lima", the Spanish "en Lima". Not
# the Italian "a Roma": English writes "a Nato summit", "a Fifa official".
_PLACE_PREPOSITIONS = (" in ", "In ", " di ", " à ", " em ", " en ")
# Where each of them ends (a lookahead for its space: "in in Doha" names Doha after the second).
_PLACE_PREPOSITION = re.compile(
    "(?:" + "|".join(re.escape(preposition.rstrip()) for preposition in _PLACE_PREPOSITIONS) + ")(?= )"
)
# A name's first two runs of letters and what parts them: "Doha", "New York", "Al-Quds" (see _name_ends). Its
# letters are \w's but digits and "_", which holds a few that are no letters to str.isalpha ("²", "½", "Ⅻ").
_NAME_KEY = re.compile(r"([^\W\d_]*+)(?:[\W\d_]++([^\W\d_]++))?")
# How many of a one-word place's later mentions in capitals are looked at, and how far past the dateline, in
# characters (some 500 words; see _written_again_in_capitals): paragraphs that each open on a dateline
# (keyphrases ask of each) must not each read the rest of the text.
_ACRONYM_MENTIONS = 8
_ACRONYM_REACH = 3000
# How far either side of such a mention its neighbouring words are looked for (see _in_prose).
_NEIGHBOUR_CHARACTERS = 40
# The fewest letters of a place of one word before any dateline's mark ("UK — ", "US: " are no places).
_DATELINE_PLACE_LETTERS = 4
# The most words of a place alone before a dash glued to it ("الخرطوم- ", "القدس المحتلة- ").
_GLUED_PLACE_WORDS = 3
# The most words of the date between a place's comma and an agency's tag that ends a dateline without a dash
# ("3 दिसंबर", "Dec. 3", "3 de diciembre"): more is a clause ("Smith, who is 45 (Con) said").
_UNMARKED_DATELINE_DATE_WORDS = 4
# Characters on each side of an ambiguous candidate that blingfire reads. Its rules look a word or two
# around a candidate: of the 3,877 candidates the rules leave it in 5,300 news articles (CNN/DM, XSum, BBC),
# a window of 20 characters a side answered every one as windows of 200 and the whole line did, and on
# every text of the shared sets, the segmentation samples and the extraction pages' bodies, as written and
# re-tokenized, 20 and 60 give the same spans (15 too; 10 moves two). It reads about 400 instructions a
# character: windows of 200 had cost a CNN/DM article 6% of its instructions, and those of 60 46,000
# instructions more than these (2.8% of its segmentation).
_BLINGFIRE_CONTEXT = 20
# What one call costs besides its characters (the wrapper's buffer, the ctypes call), in characters.
_BLINGFIRE_CALL_CHARACTERS = 50
# The words before a lone period that :func:`_candidate_ends_sentence` has more to say about than "a boundary".
_LISTED = (
    _TITLES
    | _ABBREVIATIONS
    | _NEVER_FINAL
    | _NEVER_FINAL_BUT_AFTER_NUMBERS
    | _LIST_ENDS
    | _STATES
    | _UNITS
    | _BEFORE_NUMBERS
    | _CURRENCIES
    | _CURRENT_PERIODS
    | _LITHUANIAN_DATE_MARKS.keys()
    | {title.lower() for title in _TITLES_AS_WRITTEN}
    | {word.lower() for word in _ARMS_OF_SERVICE | _VIETNAMESE_TITLES | _PLACE_KINDS_AS_WRITTEN}
    | _BEFORE_FIGURES
    | {pair.rpartition(" ")[2] for pair in _SPACED_NEVER_FINAL}
)
# A word longer than all of them is an ordinary word: a boundary without a look at the sets.
_LONGEST_ABBREVIATION = max(map(len, _LISTED))
# The longest word the plain candidate's look-behinds read; a longer one (none in 150 CNN/DM articles) takes
# the loop's own fast path.
_LONGEST_PLAIN_WORD = 12


def _unlisted_behind(length: int) -> str:
    """A look-behind, before a candidate's end (its period and one space), that fails on a word of ``length``
    listed in :data:`_LISTED` in any case, the words grouped by their first letter (one test a letter
    rather than one a word); empty where no listed word of that length is one of ASCII letters alone."""
    groups: dict[str, list[str]] = {}
    for word in sorted(_LISTED):
        # A listed word with a capital is never a lower-cased word, which the loop's test looks up.
        if len(word) == length and word.isascii() and word.isalpha() and word.islower():
            groups.setdefault(word[0], []).append(word[1:])
    alternatives = "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())
    return rf"(?<! (?i:{alternatives})\. )" if groups else ""


# A plain candidate: a period after a space and a word of three ASCII letters or more that is no listed word
# in any case, then one space and an ASCII letter: no closing mark, no second period, no bracket or digit
# after it, nothing any rule of _boundaries looks at, so the loop takes it for a boundary at once. Two
# candidates in three on CNN/DM, each of which the loop's Python had tested on the way to its own fast path
# (the word's slice, its letters, its length, the sets): 5% of split_sentences' instructions. Read back
# from the match's end, in C, by fixed-width look-behinds, one a length of word (a word of two letters may
# be a doubled capital's, "AP.", and goes through the loop): three letters, a period and a space first,
# which turns away most other candidates at once. The empty group after them (the pattern's last) is the
# sign.
_PLAIN_WORDS_BEHIND = "|".join(
    rf"(?<= [A-Za-z]{{{length}}}\. ){_unlisted_behind(length)}"
    for length in (4, 5, 6, 3, *range(_LONGEST_ABBREVIATION + 1, _LONGEST_PLAIN_WORD + 1))
)
_PLAIN_END = rf"(?:(?=[A-Za-z])(?<=[A-Za-z]{{3}}\. )(?:{_PLAIN_WORDS_BEHIND})())?+"
# Written for the period alone: the other marks ("?", "!", "…") are read as periods in a copy of the line
# (and a plain candidate's mark is asked whether it is a period). Groups: the mark's run, its closers and
# the plain candidate's sign.
_PERIOD_CANDIDATE = re.compile(
    rf"(\.(?<!\..)\.*+){_CANDIDATE_CLOSERS}[{_UNSEEN_MARKS}]*+\s++(?=\S){_PLAIN_END}"
)
_PLAIN = 3  # the group that a plain candidate sets, the last
# How far into a line a numbered list marker ("1.", "• 2.") may start.
_LIST_MARKER_INDENT = 6
# Korean's syllables, which a date written with periods goes on into ("2024. 3. 15. 새 정책을").
_HANGUL = ("\uac00", "\ud7a3")
# Hebrew's and Arabic's letters (with Persian's and Urdu's), which open a sentence after a number.
_RIGHT_TO_LEFT_LETTERS = ("\u05d0", "\u06ff")
# Capitalised words after which "3." is an ordinal (German, Scandinavian: "am 3. Oktober", "die 2. Bundesliga",
# a club's "der 1. FC Köln", the Turkish league's "1. Lig"), not the end of a sentence.
_ORDINAL_NOUNS = frozenset(
    """januar februar märz april mai juni juli august september oktober november dezember jänner
    jahrhundert jahrhunderts mal platz stock liga bundesliga fc fsv klasse runde spieltag weltkrieg lig""".split()
)
# The first letters of the months' names in the languages that write a day as an ordinal before its month in
# lower case (Latvian "5. maijā", Estonian "5. mail", Danish and Norwegian "5. mai", Slovenian "5. maja",
# Finnish "5. marraskuuta", Icelandic "5. maí", Slovak "5. mája"): such a date opening a line is no list's
# number, which had been cut from the sentence ("maijā Rīgā notika protests"). As long as the names allow,
# and the shortest as whole words: an English list's items in lower case ("1. market stalls", "2. decide
# later", "3. main roads", "4. junior staff") are no months.
_MONTH_STEMS = (
    "janv", "janu", "jaan", "janú", "febr", "veebr", "mart", "mars", "marec", "marca", "märts", "marras",
    "apr", "maij", "máj", "jūn", "jūl", "jún", "júl", "juun", "juul", "junij", "julij", "august", "ágúst",
    "avgust", "septem", "okt", "októ", "novem", "nóvem", "decem", "detsem", "desem",
)  # fmt: skip
_MONTH_WORDS = frozenset("mai maí maj maja mail maini maist juni juli júní júlí".split())
# German's articles and the prepositions that hold one ("im 2. Quartal", "der 3. Sieg", "zum 5. Mal"): a
# number after them is an ordinal before its noun, which German capitalises, never a sentence's last word.
_ORDINAL_ARTICLES = frozenset("am im zum zur beim vom ins ans der die das dem den des".split())
# The most digits of such an ordinal (and of a list's number).
_ORDINAL_DIGITS = 3
# Spanish's articles, which open a sentence after "EE.UU." where a name would go on with it ("de EE.UU. La
# Casa Blanca ..."); "el" and "los" are among :data:`_OPENERS_AFTER_A_LETTER`.
_SPANISH_ARTICLES = frozenset("la las un una".split())
# Capitalised words that rarely start a sentence after "a.m."/"p.m.": days, time zones, abbreviated
# months ("from 10:30 p.m. Aug. 9 to 6:30 a.m.").
_AFTER_TIME = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday gmt bst utc et est edt pt pst pdt ct
    cst cdt local jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
# Words that, capitalised after an abbreviation that can end a sentence, almost always begin the next.
_SENTENCE_OPENERS = frozenset(
    """the a an he she it its they we i you his her their our this that these those there but and
    however meanwhile in on at for after before when while if as some many most police officials""".split()
)
# After an abbreviation that may end a sentence and is most often followed by a name ("the U.S. Army", "U.S.
# President Joe Biden", "Acme Inc. Chief Executive"), also the other function words that open a sentence and
# continue no name (not "Under": "U.S. Under Secretary"; nor "No": "the U.K. No. 1 single"), and the plural
# subjects of wire copy's sentences, which style writes in lower case after "U.S." ("U.S. stocks"), so that
# capitalised they open one: "officials in the U.S. Sales fell 3% in May."
_FUNCTION_WORD_OPENERS = _SENTENCE_OPENERS | frozenset(
    """not who what why how where which yet so or nor although though because since until unless despite
    during with without from by also still both each every such other another all any few several much
    only even then now today yesterday last earlier later instead sales shares stocks prices markets
    profits earnings exports imports analysts investors economists experts critics residents authorities
    prosecutors investigators lawmakers researchers scientists doctors witnesses troops soldiers""".split()
)
# A word and the one after it: after "a.m."/"p.m.", a time zone's name and "time" ("Eastern time"); after
# an abbreviation, a function word and a capitalised word, a headline in title case going on.
_TWO_WORDS = re.compile(r"([A-Za-z]++)[ \t]++([\w'’-]++)")
# The words that end a street's name, after an address's number ("No. Ten Downing Street").
_STREET_WORDS = frozenset(
    "Street Road Avenue Plaza Square Place Lane Drive Court Terrace Row Way Boulevard".split()
)
# The same after a capital letter and a period, which is most often an initial ("George W. Bush"): those
# that are no one's name ("He" and "An" are surnames), so that "Plan B. It failed." ends at "B.".
# German's, French's, Dutch's and Spanish's articles and pronouns too ("Anhang B. Die Zahl ...", "2:1 n. V.
# Die Fans ..."), not those that open a surname ("Jean-Marie J. Le Pen", "Annemarie J. De Vries").
_OPENERS_AFTER_A_LETTER = (_SENTENCE_OPENERS - {"he", "an"}) | frozenset(
    "der die das er sie es wir ich les il elle ils nous het el los".split()
)
# A German street's name abbreviated before its number ("in der Hauptstr. 5", "Bahnhofstr. 12"): no
# sentence's end.
_STREET_ENDINGS = ("str", "Str")  # "Str" in the line as written, "str" in the word case-folded
# Words that number a provision of a law, a treaty or a contract: a letter in lower case after their number
# labels a sub-clause ("Section 3 a. The law ...", "Art. 5 b.", "§ 12 c."), no unit ("512 g.") that ends
# a sentence.
_PROVISIONS = frozenset(
    "section sections subsection sec article articles art clause clauses paragraph paragraphs para rule §".split()
)
# How far before a letter :func:`_labels_a_clause` reads: the longest of those words, a number, two spaces.
_PROVISION_REACH = 24
# Verbs that attribute a quotation to the speaker named before them ('"Why now?" Smith asked.').
_SPEECH_VERBS = frozenset(
    """said says asked asks added adds replied replies told tells shouted shouts wrote writes tweeted posted
    recalled recalls explained explains insisted insists exclaimed wondered wonders continued quipped joked
    yelled screamed demanded demands answered declared noted notes argued argues warned warns admitted
    admits conceded concedes countered stated pleaded urged urges""".split()
)
# Words that open a clause of reported speech after a verb of speech ("said she was pleased", "replied
# that"): a sentence of its own, not a quotation's attribution.
_REPORTED_SPEECH = frozenset("that he she they it we i you there this".split())
# The pronouns that open a quotation's attribution ('"Why now?" he asked.'), which CNN/DM's case-folded text
# capitalises after a closing "?" or "!" ('"...feel a gun?" He said.'), and how far the pronoun and its
# verb are read.
_SPEAKING_PRONOUNS = frozenset("he she they we i".split())
# And those a sentence may open on, never a dateline's lede, which names what it is about (the longest and
# its space fit in the characters read).
_LEDE_PRONOUNS = _SPEAKING_PRONOUNS | {"it", "you"}
_LEDE_PRONOUN_CHARACTERS = 5
_PRONOUN_ATTRIBUTION_REACH = 24
# How many capitalised words a speaker's name and title may take ("President Joe Biden"), and how far they
# are looked for.
_NAME_WORDS = 4
_ATTRIBUTION_REACH = 80
# Titles that also follow a name, and then may end a sentence: a street ("on Elm St.", "42nd St."), a father
# ("Ken Griffey Sr.").
_AFTER_A_NAME = frozenset({"st", "sr"})
# Titles that are common words in Danish, Norwegian and Swedish ("det", it; "sig", oneself; "sen", late;
# "av", of), which end a sentence there as any word does; and the words that open most of those languages'
# sentences.
# "hon" (she) and "med" (with) too: "sade hon. Enligt SCB ...", where Hansard writes "the hon. Member" and
# German "Prof. Dr. med. Hans Weber". CNN/DM's case-folded text writes the English titles so: "det. Ian cyrus".
_NORDIC_WORDS_LIKE_TITLES = frozenset({"det", "sig", "sen", "av", "hon", "med"})
# Other languages' titles that English writes as its own abbreviations, which end a sentence as any word does:
# the Portuguese engineer, England ("She played for Argentina against Eng. The match ended in a draw."); the
# Italian commendatore and cavaliere, a committee and the cavalry ("He served in the cav. He later became a
# colonel."), the Czech docent, a document ("Read the doc. It is short."), the Indonesian company, a point,
# the police and a politician ("a veteran pol. He lost."), the Filipino Miss, B flat ("The song is in Bb. It
# was"), the Swahili Mrs., bisexual ("she came out as Bi. Her parents ..."), and the Malay Mr., the printer's
# en. Before a sentence's opener they end it; before a name they run on ("the Eng. Building", "Bb. Ana
# Reyes", "Bi. Amina Salum").
_TITLES_LIKE_ENGLISH_WORDS = frozenset({"eng", "comm", "cav", "doc", "pt", "pol", "bb", "bi", "en"})
# The titles that end no sentence before anything, which _boundaries takes at once: not those that are
# Nordic or English words too, the Danish and Swedish May, nor a street's or a father's after a name (each
# decided by what follows in _candidate_ends_sentence's branch for titles).
_TITLES_RUNNING_ON = (
    _TITLES - _NORDIC_WORDS_LIKE_TITLES - _TITLES_LIKE_ENGLISH_WORDS - _AFTER_A_NAME - {"maj"}
)
# The longest word _previous_word is asked for, with its space.
_PREVIOUS_WORD_REACH = 16
# English numbers written as words, which may stand for the figure after the number's "No." in a name
# ("Room no. Five", "Gate No. Two"; see _ends_at_abbreviation's "no").
_NUMBERS_AS_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty""".split()
)
# What ends a sentence or a clause, so that the capitalised word after it opens one (see "no" before a
# number word in _candidate_ends_sentence).
_CLAUSE_ENDS = frozenset(".!?:;")
# The verbs and adverbs English writes before "ill" ("fell ill.", "critically ill.").
_BEFORE_ENGLISH_ILL = frozenset(
    """fell fall falls falling became become becomes becoming is was are were be been being feel feels felt
    feeling got get gets getting taken mentally critically seriously terminally gravely chronically very too
    so""".split()
)
_ENGLISH_DETERMINERS = frozenset("the a an his her their my our your this that".split())
_NORDIC_OPENERS = frozenset(
    """det den der de dette han hun hon vi jeg jag men og och så da nu enligt ifølge sedan senere efter etter
    när når därför derfor dessutom desuden også också samtidigt""".split()
)
# How far before a title the word before it is looked for.
_NAME_REACH = 40
# Quotation marks that may open a sentence after an abbreviation ('bought by Acme Co. "It is a good deal,"'),
# German's and Polish's low ones and the guillemets too ('o 12 proc. „To budżet odpowiedzialny” – powiedział').
_OPENING_QUOTES = "\"“‘'„‚«»"
# The endings of Catalan ordinals written with figures ("el 2n. trimestre", "la 1a. edició", "els 3rs.
# classificats"), and the Spanish and Portuguese "1a." too: before a lower-case word the period closes the
# ordinal, where it had been read as an ordinary word's and ended a sentence.
_ORDINAL_ENDINGS = frozenset("r n t è a rs ns ts es".split())


def dateline_place(head: str) -> int | None:
    """Where the place of ``head``, what comes before a dash at the start of a paragraph, ends if it is a
    dateline (``None`` if not): a place in capitals ("NEW YORK", "DES MOINES, Iowa", "МОСКВА, 15
    декабря"), or a place written in any case (or none) before an agency's tag ("Brasília (Reuters)",
    "الرياض (رويترز)", "(Reuters)"); a photo caption's tag ("Smith (pictured)") is none."""
    place_end = len(head)
    tag = ""
    # Agerpres writes its tag between slashes: "Bucureşti, 3 dec /Agerpres/ - ".
    if (
        head.endswith((")", "/"))
        and (opening := head.rfind("(" if head[-1] == ")" else "/", 0, len(head) - 1)) >= 0
    ):
        place_end, tag = opening, head[opening + 1 : -1]
        if not tag[:1].isalpha() or len(tag) > _DATELINE_MAX_TAG_CHARACTERS:
            return None
        words = {word.strip(",.;") for word in tag.split()}
        if words & _CAPTION_TAG_WORDS and all(
            word in _CAPTION_TAG_WORDS or word.lower() in _CAPTION_TAG_JOINERS for word in words
        ):
            return None
        # A date in the bracket dates what the name before it did ("Obama (Jan. 20, 2009) - The president
        # took the oath", a timeline's entry): an agency's tag names the agency alone, and a wire's stamp
        # with its clock is :func:`_stamped_source`'s. A place in capitals before it is a dateline still,
        # the day it was filed in the bracket ("LONDON (March 5, 2026) - ", as press releases write it).
        if any(character.isdigit() for character in tag) and any(_is_month(word) for word in words):
            tag = ""
    place = head[:place_end].partition(",")[0].split()
    if len(place) > _DATELINE_MAX_PLACE_WORDS or not all(
        written_in_letters(word.replace(".", "").replace("'", "").replace("-", "")) for word in place
    ):
        return None
    if tag:
        return None if any(word[0].islower() for word in place) else place_end
    return place_end if place and " ".join(place).isupper() else None


def _is_month(word: str) -> bool:
    """Whether ``word`` is a month's name, written out or cut short ("January", "Jan.", "Sept")."""
    name = word.rstrip(".").casefold()
    return len(name) >= 3 and any(month.startswith(name) for month in _MONTHS)


def _caseless_dateline_end(text: str, head: str, mark: str, news: int, end: int) -> int | None:
    """Where the news begins past a dateline whose place is written in a script without capitals and no
    agency's tag in brackets says it is one (``None`` if it is not): a place and a date before a colon, as
    Tamil papers write them ("சென்னை, டிச. 3: "), or a place and an agency, each before its dash, as
    Iranian agencies do ("تهران- ایرنا- "). A place alone before a dash is no dateline there: Hebrew and
    Arabic prose sets a dash between two of a sentence's parts."""
    place, comma, rest = head.partition(",")
    words = place.split()
    if (
        not 0 < len(words) <= _DATELINE_MAX_PLACE_WORDS
        or not all(map(written_in_letters, words))
        or place.upper() != place.lower()  # a script with capitals: dateline_place's to judge
    ):
        return None
    if mark == ":":
        rest_words = rest.split()
        if not comma or not 0 < len(rest_words) <= _UNMARKED_DATELINE_DATE_WORDS:
            return None
        dated = any(character.isdigit() for character in rest)
        desk = words[-1] in _DESK_WORDS and all(map(written_in_letters, rest_words))
        return news if dated or desk else None
    # Both dashes set close to the word before them, as those agencies write them ("تهران- ایرنا- "): a
    # sentence's parts parted by spaced dashes ("הממשלה - כך נמסר - אישרה") are no dateline.
    agency_end = DATELINE_DASH.search(text, news, min(end, news + _DATELINE_MAX_TAG_CHARACTERS))
    if comma or text[news - 3 : news - 2].isspace():
        return None
    if agency_end is None or agency_end.group()[0].isspace():
        # Al Jazeera sets the place alone before its dash, glued to it as those agencies do ("الخرطوم-
        # "), over a sentence that ends on its mark.
        return news if len(words) <= _GLUED_PLACE_WORDS and _states(text, news, end) else None
    agency = text[news : agency_end.start()].split()
    caseless = "".join(agency).upper() == "".join(agency).lower()
    # The news after them is a sentence that ends on its mark: a headline of the same shape ("ایران- آمریکا-
    # مذاکرات ادامه دارد", "Iran- America- talks go on") ends on none, and is no dateline.
    return (
        agency_end.end()
        if 0 < len(agency) <= 2
        and caseless
        and _states(text, agency_end.end(), end)
        and all(map(written_in_letters, agency))
        else None
    )


def _states(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a sentence that ends on its mark (a headline ends on none)."""
    return text[start:end].rstrip().rstrip(_CASELESS_NEWS_CLOSERS).endswith(_CASELESS_NEWS_ENDS)


# The postpositions an Urdu sentence goes on with after a noun and its bracket: after an agency's name in
# brackets they make it the sentence's own words ("سرکاری خبر رساں ادارے (اے پی پی) کے مطابق ...", according to
# the state news agency (APP)), where a dateline's place is followed by the news's first word.
_URDU_POSTPOSITIONS = frozenset("کے کی کا نے کو سے میں پر تک".split())


def _unmarked_dateline_end(text: str, start: int, end: int, opening: str) -> int:
    """Where the news begins past a dateline that ends on its agency's tag without a dash, as Indian wires
    write it ("नई दिल्ली, 3 दिसंबर (भाषा) ", PTI's "New Delhi, Dec 3 (PTI) "): ``start`` where the sentence
    opens on none. Without a dash, a place, a comma, a date (a number in a few words) and a tag in capitals
    (or a script without case) are asked for: "John Smith (Labour) said" and "Jane Doe, 32 (pictured) was"
    are no datelines. Or, in a script without case, a place and a news agency's name in brackets alone, as
    Urdu wires write them ("اسلام آباد (اے پی پی) "): a party's tag after a name ("عمران خان (پی ٹی آئی) نے
    کہا") names no agency, and a postposition after the bracket (:data:`_URDU_POSTPOSITIONS`) makes the
    agency the sentence's."""
    close = opening.find(") ")
    news = start + close + 2
    head = opening[: close + 1]
    date = head.partition(",")[2].partition("(")[0].split()
    first = text[news : news + 1]
    if (
        news >= end
        or not first.isalnum()
        or first.islower()
        or (place_end := dateline_place(head)) is None
        or place_end == len(head)
        # The tag in capitals ("PTI", "IANS") or a script without case ("भाषा"), not a party's or a
        # scorer's name ("Jane Smith, 1,204 (Labour) Tom Brown, ...", "Arsenal, 2 (Saka) Chelsea 0").
        or (tag := head[place_end + 1 : -1]).upper() != tag
    ):
        return start
    dated = 0 < len(date) <= _UNMARKED_DATELINE_DATE_WORDS and any(
        character.isdigit() for word in date for character in word
    )
    caseless = head.upper() == head.lower()
    return (
        news
        if dated
        or (
            caseless
            and tag.casefold() in NEWS_AGENCIES
            and text[news:end].split(maxsplit=1)[0] not in _URDU_POSTPOSITIONS
        )
        else start
    )


def dateline_end(text: str, start: int, end: int, places: PlacesNamed | None = None) -> int:
    """Where the sentence ``text[start:end]`` says its news, past the dateline that opens its paragraph
    ("WASHINGTON (Reuters) - ", "LONDON, March 3 (AP) — ", "(CNN) -- ", "KYIV, Ukraine — ", "Paris, le 3
    mars (AFP) - ", "NEW DELHI: ", "MUMBAI, March 3 (PTI): ", "नई दिल्ली, 3 दिसंबर (भाषा) ", "Düsseldorf · ",
    "Jakarta - " (where the story names the place again), "Law360 (December 3, 2026, 5:40 PM EST) -- ",
    "新华社北京12月3日电（记者王明）", "(서울=연합뉴스) 김철수 기자 = "): ``start`` where it has none. The dateline
    says where the story was filed and by whom, which the page shows above the summary; a summary that
    opened on it read as a wire's copy, not as a sentence. What only looks like one stays: a label
    ("CORRECTION: ", "BREAKING - ": :data:`LABEL_WORDS_NOT_PLACES`), a spaced compound ("UK - EU deal agreed").
    ``places``: the places ``text`` names (:class:`PlacesNamed`), given by a caller that asks of many of its
    paragraphs, so that the text is read for them once."""
    if start and text[start - 1] != "\n":
        return start
    if text.startswith(_RELEASE_MARK_OPENINGS, start) and (
        released := _RELEASE_MARK_HEAD.match(text, start, min(end, start + DATELINE_MAX_CHARACTERS))
    ):
        return _released_news(text, start, released.end(), end, places)
    return _opening_dateline_end(text, start, end, places)


def _released_news(text: str, start: int, marked: int, end: int, places: PlacesNamed | None) -> int:
    """Where the news begins in a press release's first paragraph (from ``start``) past its mark (to
    ``marked``, :data:`_RELEASE_MARK_HEAD`), the dateline or the day's date after it ("For immediate release,
    3 March 2026 — ", "FOR IMMEDIATE RELEASE — LONDON, 3 March 2026 — "): all three are the release's
    furniture, the sentence after them its news. The mark alone where the news opens right after its colon or
    dash, as a sentence does; ``start`` where it opens in lower case ("For immediate release, the council
    said, ...") or after a comma in the mark's words as a sentence writes them ("For immediate release,
    Amnesty said, ...")."""
    dash = DATELINE_DASH.search(text, marked, min(end, marked + DATELINE_MAX_CHARACTERS))
    if (
        dash is not None
        and dash.end() < end
        and text[dash.end()].isupper()
        and (_DATED_HEAD.fullmatch(head := text[marked : dash.start()].rstrip()) or _is_day_first_date(head))
    ):
        return dash.end()
    news = _opening_dateline_end(text, marked, end, places)
    # A comma runs the words into a sentence of news, its subject capitalised ("For immediate release,
    # Hamas and Israel must agree ...", the envoy said): after one, only a dateline or a date, or the mark
    # in capitals, tell a release's mark.
    if news == marked and text[start:marked].rstrip().endswith(",") and not text[start:marked].isupper():
        return start
    return news if news < end and text[news].isupper() else start


def _opening_dateline_end(text: str, start: int, end: int, places: PlacesNamed | None) -> int:
    """:func:`dateline_end` of a paragraph whose dateline opens at ``start``."""
    head_end = min(end, start + DATELINE_MAX_CHARACTERS)
    opening = text[start:head_end]
    # Substring tests in C spare nearly every sentence the pattern: most hold no dash near their start.
    if not opening.isascii():
        # Chinese and Korean wires' datelines, which hold no dash (substring tests in C first).
        cabled = ("日电" in opening and CHINESE_DATELINE.match(text, start, head_end)) or (
            "日" in opening and _BRACKETED_CHINESE_DATELINE.match(text, start, head_end)
        )
        korean = not cabled and "=" in opening and KOREAN_DATELINE.match(text, start, head_end)
        if (
            (dateline := cabled or korean)
            and (cabled or dateline.group().endswith("= "))  # a Korean one ends on its "= "
            and (news := dateline.end()) < end
            and not text[news].isspace()
        ):
            return news
    if ") " in opening and (news := _unmarked_dateline_end(text, start, end, opening)) > start:
        return news
    if ")" in opening and (news := _glued_tag_end(text, start, end, opening)) > start:
        return news
    if _PLACE_DOT in opening and (news := _dotted_place_end(text, start, end, opening)) > start:
        return news
    if _WIRE_SLASH in opening and (news := _slashed_wire_end(text, start, end, opening)) > start:
        return news
    colon = text.find(_DATELINE_COLON, start + _DATELINE_COLON_PLACE, head_end)
    if colon < 0 and "-" not in opening and "—" not in opening and "–" not in opening:
        return start
    dash = DATELINE_DASH.search(text, start, head_end)
    if dash is not None and (colon < 0 or dash.start() < colon):
        head, news, mark = text[start : dash.start()], dash.end(), dash.group().strip()
    elif colon >= 0:
        head, news, mark = text[start:colon], colon + len(_DATELINE_COLON), ":"
    else:
        return start
    if head.endswith(")."):
        head = head[:-1]  # EFE closes its tag with a stop before the dash: "Madrid, 3 dic (EFE).- El ..."
    head = head.rstrip()  # Bengali wires space the colon after the tag: "ঢাকা, ৩ ডিসেম্বর (বাসস) : "
    first = text[news : news + 1]
    if (place_end := dateline_place(head)) is None:
        if first.isupper() and (
            _titled_place_and_state(head, mark)
            or (mark == "-" and head.endswith(".") and _stopped_place(head[:-1]))
            or (mark != ":" and _DATED_HEAD.fullmatch(head) and not _is_timeline_entry(text, start, end))
            or (
                mark in ("—", "–")
                and _titled_place_and_date(head)
                and not _is_dated_place_timeline(text, start, end)
            )
            or (
                mark == "-" and _named_titled_place(text, start, head, news, end, places or PlacesNamed(text))
            )
            or (mark in ("–", "—") and _titled_place_over_lede(text, start, head, news, end))
            or (mark != ":" and _stamped_source(head))
        ):
            return news
        return _caseless_dateline_end(text, head, mark, news, end) or start
    if place_end < len(head):
        # An agency's tag ("(Reuters)") makes it a dateline whatever the news opens on: "eBay Inc said
        # ...", "(Corrected) ...", a script without capitals ("الرياض (رويترز) - قالت ..."). ANSA puts its
        # tag before the place and date: "(ANSA) - ROMA, 03 DIC - Il Consiglio ...".
        if not first.strip():
            return start
        after = (
            DATELINE_DASH.search(text, news, min(end, news + DATELINE_MAX_CHARACTERS))
            if not place_end
            else None
        )
        if after is not None and dateline_place(text[news : after.start()]) is not None:
            return after.end()
        return news
    # A place in capitals alone: the news opens as a sentence does (not "LONDON - based HSBC ..."), and
    # the place is one, not a label or a compound's first part.
    if first.islower() or not first.strip():
        return start
    place, comma, rest = head.partition(",")
    words = place.split()
    labels = _COLON_LABEL_WORDS if mark == ":" else LABEL_WORDS_NOT_PLACES
    if any(word.casefold() in labels for word in words):
        return start
    if len(words) == 1:
        letters = sum(character.isalpha() for character in words[0])
        if "." in words[0] or letters < _DATELINE_PLACE_LETTERS:
            return start
        if (
            mark == "-"
            and letters < _HYPHENED_PLACE_LETTERS
            and not comma
            and words[0] not in (places or PlacesNamed(text))
            and not _unnamed_city_over_story(text, start, words[0], news)
        ):
            return start
        if not comma and _written_again_in_capitals(text, words[0], news):
            return start
    # Before a colon, a city alone ("NEW DELHI: ") or with a date ("MUMBAI, March 3: "): "STEVE INSKEEP,
    # HOST: " is a transcript's speaker.
    if mark == ":" and comma and not any(character.isdigit() for character in rest):
        return start
    return news


def _unnamed_city_over_story(text: str, start: int, word: str, news: int) -> bool:
    """Whether ``word``, a wire's city of four letters in capitals before a spaced hyphen
    (:data:`_FOUR_LETTER_WIRE_CITIES`: "ROME - Italian police have arrested ..."), dates a story the text opens
    on: the story runs :data:`_STORY_WORDS` words at least and names the word nowhere else, in any case. An
    acronym before such a hyphen is the story's subject or a compound's first part ("NATO - Russia council
    talks ...", "FIFA - The governing body ..."), which a story of that length may or may not name again
    ("Nato officials"); a wire's city it need not."""
    if (
        word.casefold() not in _FOUR_LETTER_WIRE_CITIES
        or text[:start].strip()
        or text.count(" ", news) < _STORY_WORDS
    ):
        return False
    for written in {word, word.title(), word.lower()}:
        at = text.find(written)
        while at >= 0:
            if (
                at != start
                and not text[at - 1 : at].isalpha()
                and not text[at + len(written) : at + len(written) + 1].isalpha()
            ):
                return False
            at = text.find(written, at + 1)
    return True


def _written_again_in_capitals(text: str, word: str, after: int) -> bool:
    """Whether ``text`` writes ``word``, a dateline's place of one word in capitals, again past ``after`` as a
    whole word in a sentence's prose: an organisation's acronym ("NATO — The alliance said ... NATO
    ministers"), which a story names again as it is, where it writes a place in its own case ("in Rome").
    A second dateline of the place is none, nor a line or a phrase in capitals that names it (a heading
    "LIFE UNDER SIEGE IN GAZA", a banner's "HANDS OFF LONDON", "Read more: MOSCOW WARNS WEST"). Its first
    :data:`_ACRONYM_MENTIONS` within :data:`_ACRONYM_REACH` characters are looked at."""
    at, reach = after, after + _ACRONYM_REACH
    for _ in range(_ACRONYM_MENTIONS):
        at = text.find(word, at, reach)
        if at < 0:
            return False
        before, ends = text[at - 1], at + len(word)
        if (
            not before.isalpha()
            and before != "\n"
            and not text[ends : ends + 1].isalpha()
            and _in_prose(text, at, ends)
        ):
            return True
        at = ends
    return False


def _in_prose(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start``..``end`` stands among words in lower case on its line: the words beside
    it hold a lower-case letter and none is in capitals ("PARIS, FRANCE - DECEMBER 5", a photograph's
    caption), nor does a dateline's dash or colon follow it ("Earlier, KYIV — Ukrainian officials")."""
    # A word's worth either side, on its line: not the whole line, which many mentions would each read.
    preceding = text[max(0, start - _NEIGHBOUR_CHARACTERS) : start].rpartition("\n")[2]
    following = text[end : end + _NEIGHBOUR_CHARACTERS].partition("\n")[0]
    if DATELINE_DASH.match(following) or following.startswith(":"):
        return False
    worded = [word for word in preceding.split() if any(character.isalpha() for character in word)][-1:]
    worded += [word for word in following.split() if any(character.isalpha() for character in word)][:1]
    return any(any(character.islower() for character in word) for word in worded) and not any(
        word.isupper() for word in worded
    )


def _dotted_place_end(text: str, start: int, end: int, opening: str) -> int:
    """Where the news begins past a place written in its own case before a middle dot, as German regional
    papers date a story ("Düsseldorf · Die Stadt will ...", "Bonn/Köln · Der Rat hat ..."): ``start`` where
    the sentence opens on none. A sentence holds no spaced middle dot near its start; a menu's entries
    ("Politik · Sport") end on no sentence's stop, a list's parts by more dots ("Apple · Google · Microsoft:
    Die drei ..."), and a label's word ("Update · ") is no place."""
    dot = opening.find(_PLACE_DOT)
    news = start + dot + len(_PLACE_DOT)
    words = opening[:dot].replace("/", " ").split()
    if (
        news >= end
        or _PLACE_DOT in text[news:end]
        or not text[news].isupper()
        or not _states(text, news, end)
        or not 0 < len(words) <= _DATELINE_MAX_PLACE_WORDS
        or not all(
            word[0].isupper()
            and written_in_letters(word.replace("-", ""))
            and word.casefold() not in LABEL_WORDS_NOT_PLACES
            for word in words
        )
    ):
        return start
    return news


def _named_titled_place(text: str, start: int, head: str, news: int, end: int, places: PlacesNamed) -> bool:
    """Whether ``head``, what comes before a spaced hyphen at the start of a paragraph, is a place written in
    its own case that the article says something happened in, as Indonesian sites date a story ("Jakarta -
    Pemerintah menaikkan ... di Jakarta, Rabu"): a word or two, each capitalised and of letters, none a
    label's nor a day's or a month's, and the news at ``news`` opening on no pronoun. A name before a hyphen
    the text never places anything in ("Arsenal - The club said ...") is the sentence's own; so is a day's
    in a schedule ("Sunday - Polls open ... in Sunday's runoff") and a player's in a list of ratings, whose
    sentence goes on by a pronoun ("Mahomes - He threw ... in Mahomes's best game"): a lede names its own.
    Only the story's first paragraph opens so, and on a hyphen that opens no pair: a topic word the
    sentence explains between two hyphens ("Brexit - The UK's exit from the EU - has cost ... in Brexit's
    first years") is its subject, and a later paragraph's name before a hyphen a list's or a timeline's."""
    return _titled_place_form(text, start, head, news, end) and head in places


def _titled_place_over_lede(text: str, start: int, head: str, news: int, end: int) -> bool:
    """Whether ``head``, what comes before a spaced en or em dash at the start of the text, is a place written
    in its own case, as Austrian, German and African papers date a story ("Wien – Die Jahreskarte ... wird
    teurer.", "Addis Abeba – The Ethiopian Railways Corporation said ..."): the place's form as
    :func:`_named_titled_place` reads it, over a sentence that ends on its mark. A long dash after a word is
    rarer in a sentence of news than a hyphen spaced as one, so the story need not place anything there; a
    headline of the same shape ("Wien – Eine Stadt im Wandel") ends on no mark, and a name the sentence goes
    on about by a pronoun is its subject. The sentence names the place again ("... der Wiener Linien", "... on
    the Addis Abeba Light Rail"): with no list of places, a team's, a company's or a party's name before a
    dash reads the same ("Arsenal – The club said ...", "Labour – The party ...", "Siemens – Der Konzern
    ..."), and a summary without it would lose whom the sentence is about."""
    return (
        _titled_place_form(text, start, head, news, end)
        and _states(text, news, end)
        and names_again(text, head, news, end)
    )


def _titled_place_form(text: str, start: int, head: str, news: int, end: int) -> bool:
    """Whether ``head`` has a titled dateline's form (see :func:`_named_titled_place`), the text's first
    words, before news that opens on no pronoun and closes no clause a dash opened."""
    words = head.split()
    return (
        not text[:start].strip()
        and _clause_dashes(text, news, end) % 2 == 0
        and 0 < len(words) <= _TITLED_PLACE_WORDS
        and sum(character.isalpha() for character in head) >= _DATELINE_PLACE_LETTERS
        and is_titled_place(words)
        and _DAYS_AND_MONTHS.isdisjoint(word.casefold() for word in words)
        and text[news : news + _LEDE_PRONOUN_CHARACTERS].partition(" ")[0].casefold() not in _LEDE_PRONOUNS
    )


def _clause_dashes(text: str, start: int, end: int) -> int:
    """How many spaced dashes between ``start`` and ``end`` of ``text`` may close a clause a dash opened: not
    a range's or a score's between two numbers ("pukul 10.00 - 12.00 WIB", "menang 2 - 1"), which an
    Indonesian dateline's lede writes as often as any."""
    return sum(
        not (text[dash.start() - 1 : dash.start()].isdigit() and text[dash.end() : dash.end() + 1].isdigit())
        for dash in DATELINE_DASH.finditer(text, start, end)
    )


def _stamped_source(head: str) -> bool:
    """Whether ``head``, what comes before a dash at the start of a paragraph, is a news service's name (and
    its bureau) with the day and time it filed in brackets, as legal and trade wires date a story ("Law360
    (December 3, 2026, 5:40 PM EST) -- ", "Law360, New York (May 2, 2026, 1:05 PM EDT) -- "): the name's
    words capitalised, the bracket opening on a month, a day and a year and going on to the clock. "Smith
    (pictured) - ..." holds no date, and a timeline's entry no time ("Covid-19 (March 11, 2020) -- The WHO
    declared a pandemic." is its news)."""
    source, bracket, stamp = head.partition(" (")
    words = source.replace(",", " ").split()
    dated = _DATED_HEAD.match(stamp)
    hours, colon, minutes = stamp[dated.end() :].partition(":") if dated else ("", "", "")
    return (
        bool(bracket)
        and stamp.endswith(")")
        and bool(colon)
        and hours[-1:].isdigit()
        and minutes[:2].isdigit()
        and 0 < len(words) <= _DATELINE_MAX_PLACE_WORDS
        and all(word[0].isupper() for word in words)
    )


def _glued_tag_end(text: str, start: int, end: int, opening: str) -> int:
    """Where the news begins past a dateline whose agency's tag the news follows without a space, as CNN
    writes it ("(CNN)President Donald Trump ...", "Hong Kong (CNN Business)A muddled view ..."), or between
    two dashes, as Business Wire does ("BOSTON--(BUSINESS WIRE)--Acme Inc. ..."): ``start`` where the
    sentence opens on none. The summary had opened on "(CNN)President" and on "BOSTON--(BUSINESS WIRE)--"."""
    close = opening.find(")")
    news = start + close + 1
    if opening.startswith("--", close + 1):
        news += 2
    head = opening[: close + 1]
    if (
        news >= end
        or not text[news].isupper()
        or (place_end := dateline_place(head)) is None
        or place_end == len(head)
        or not head[place_end + 1 : place_end + 2].isupper()
    ):
        return start
    return news


def _slashed_wire_end(text: str, start: int, end: int, opening: str) -> int:
    """Where the news begins past a release wire's dateline of three fields, each closed by a spaced slash,
    as ACCESS Newswire writes it ("HOUSTON, TX / ACCESS Newswire / December 3, 2026 / Northwind Energy Inc.
    ..."): a place in capitals, the wire's name in letters opening on a capital, and a date (a month and a
    figure in a few words), before news that opens on a capital; ``start`` where the sentence opens on none.
    Every summary of such a release had opened on its dateline. Places parted by slashes ("HOUSTON / DALLAS /
    AUSTIN / The three cities ...") date nothing and stay."""
    fields = opening.split(_WIRE_SLASH, _WIRE_FIELDS)
    if len(fields) <= _WIRE_FIELDS:
        return start
    place, wire, date = fields[:_WIRE_FIELDS]
    news = start + len(place) + len(wire) + len(date) + _WIRE_FIELDS * len(_WIRE_SLASH)
    wire_words = wire.replace(".", "").split()
    date_words = date.replace(",", " ").split()
    if (
        news >= end
        or not text[news].isupper()
        or dateline_place(place) != len(place)
        or not wire[:1].isupper()
        or len(wire) > _DATELINE_MAX_TAG_CHARACTERS
        or not wire_words
        or not all(map(written_in_letters, wire_words))
        or not 0 < len(date_words) <= _UNMARKED_DATELINE_DATE_WORDS
        or not any(map(_is_month, date_words))
        or not any(character.isdigit() for character in date)
    ):
        return start
    return news


def _is_timeline_entry(text: str, start: int, end: int) -> bool:
    """Whether another paragraph of ``text`` than the one from ``start`` to ``end`` opens on a date before a
    dash too: a timeline's entries do ("Feb. 23, 2015 -- Acme and Widget announce talks.", "June 2, 2016 --
    A court blocks the merger."), where WebMD dates only its first paragraph so. Cutting the date off an
    entry left a summary of events without their dates."""
    dated = _dated_paragraphs(text)
    return dated is not None and (dated[0] < start or dated[1] >= end)


# Kept for the last text asked, as the dated place's lines below: keyphrases ask of every paragraph that opens
# on a dateline, and a search of the text before and after each had taken 7.5 s over 0.6 MB of 4,000 dated
# entries after as many lines.
@lru_cache(maxsize=1)
def _dated_paragraphs(text: str) -> tuple[int, int] | None:
    """Where the first and the last paragraph of ``text`` that open on a date and a dash
    (:data:`_DATED_PARAGRAPH`, which stays on its line) start, or ``None`` where none does."""
    starts = [dated.start() for dated in _DATED_PARAGRAPH.finditer(text)]
    return (starts[0], starts[-1]) if starts else None


def _titled_place_and_state(head: str, mark: str) -> bool:
    """Whether ``head``, what comes before a dash at the start of a paragraph, is a place written in its
    own case with its state (or country) after a comma, as American papers date a story ("DeKalb, Ill. — ",
    "New York, NY – ", "Austin, Texas — ", "Kyiv, Ukraine — "): the dash a long one (a hyphen joins "Smith,
    Jones - ..." as often), each word capitalised, none a label's ("Update, Monday — "), the state one
    (:data:`STATES_AND_PROVINCES`, :data:`COUNTRY_NAMES`, :data:`_STATES`, "NY", "N.Y."): "Apple, Google — Both
    companies ..." had lost its subject."""
    place, comma, state = head.partition(",")
    words, state_words = place.split(), state.split()
    state = " ".join(state_words)
    postal = state.replace(".", "")
    return (
        mark in ("—", "–", "--")
        and bool(comma)
        and (
            state.casefold() in STATES_AND_PROVINCES
            or state.casefold() in COUNTRY_NAMES
            or (state.endswith(".") and state[:-1].casefold() in _STATES)
            or (len(postal) == 2 and postal.isupper() and postal.isalpha())
        )
        and 0 < len(words) <= _DATELINE_MAX_PLACE_WORDS
        and 0 < len(state_words) <= _DATELINE_MAX_STATE_WORDS
        and sum(character.isalpha() for character in place) >= _DATELINE_PLACE_LETTERS
        and all(
            word[0].isupper()
            and written_in_letters(word.replace(".", ""))
            and word.casefold() not in LABEL_WORDS_NOT_PLACES
            for word in (*words, *state_words)
        )
    )


def _titled_place_and_date(head: str) -> bool:
    """Whether ``head``, what comes before a long dash at the start of a paragraph, is a place written in its
    own case and the day's date after a comma, as Italian, German and Spanish regional papers date a story
    ("Bologna, 3 dicembre 2026 – ", "Bremen, 3. Dezember 2026 – ", "Córdoba, 3 de diciembre de 2026 — "): the
    date a day's number and the words of its month (:data:`MONTH_NAME_WORDS`), ending on the year. A name and
    a number before a dash ("Smith, 45 – said ...", "Team GB, 65 medals in 2024 – The best ...") date nothing,
    nor does a day's name before a date ("Black Friday, 27 November 2026 – Shoppers queued ...", "Super
    Tuesday, 3 March 2026 – The day that ..."): the sentence's subject. A place alone stays
    :func:`_named_titled_place`'s to judge."""
    place, comma, date = head.partition(",")
    words = place.split()
    return (
        bool(comma)
        and 0 < len(words) <= _DATELINE_MAX_PLACE_WORDS
        and _is_day_first_date(date)
        and sum(character.isalpha() for character in place) >= _DATELINE_PLACE_LETTERS
        and all(
            (word[0].isupper() or word in _PLACE_JOINING_WORDS)
            and written_in_letters(word.replace("-", ""))
            and word.casefold() not in LABEL_WORDS_NOT_PLACES
            and word.casefold() not in _DAYS_AND_MONTHS
            for word in words
        )
    )


def _is_day_first_date(date: str) -> bool:
    """Whether ``date`` is a day's date written day first, its month in words, ending on its year ("3 dicembre
    2026", "3. Dezember 2026", "3 de diciembre de 2026")."""
    date_words = date.split()
    return (
        _DATELINE_DATE_WORDS[0] <= len(date_words) <= _DATELINE_DATE_WORDS[1]
        and date_words[0].rstrip(".").isdigit()
        and len(date_words[0].rstrip(".")) <= 2
        and len(year := date_words[-1]) == 4
        and year.isdigit()
        and year.startswith(CALENDAR_CENTURIES)
        and all(written_in_letters(word) for word in date_words[1:-1])
        and any(word.casefold() in MONTH_NAME_WORDS for word in date_words[1:-1])
    )


def _is_dated_place_timeline(text: str, start: int, end: int) -> bool:
    """Whether another paragraph of ``text`` than the one from ``start`` to ``end`` opens on a place and its
    date before a long dash too (:func:`_titled_place_and_date`): a timeline's entries do ("Berlin, 9.
    November 1989 – Die Mauer fällt.", "Bonn, 3. Oktober 1990 – ..."), where a story's dateline is its one."""
    dated = _dated_place_lines(text)
    following = text.find("\n", end)
    return dated is not None and (dated[0] < start or 0 <= following < dated[1])


@lru_cache(maxsize=1)
def _dated_place_lines(text: str) -> tuple[int, int] | None:
    """Where the first and the last line of ``text`` that open on a place and its date before a long dash
    (:func:`_titled_place_and_date`) start, or ``None`` where none does."""
    first = last = None
    offset = 0
    for line in text.splitlines(keepends=True):
        dash = DATELINE_DASH.search(line, 0, DATELINE_MAX_CHARACTERS)
        if (
            dash is not None
            and dash.group().strip() in ("—", "–")
            and _titled_place_and_date(line[: dash.start()].rstrip())
        ):
            first = offset if first is None else first
            last = offset
        offset += len(line)
    return None if first is None else (first, last)


def _stopped_place(place: str) -> bool:
    """Whether ``place``, what comes before ".- " at the start of a paragraph, is a place in its own case
    (its state after a comma), as Spanish-language papers of the Americas date a story ("Ciudad de
    México.- ", "Culiacán, Sinaloa.- "): each word capitalised but a name's joining words, of four letters
    at least. A list's "1.- " and "A.- " are no places."""
    place, comma, state = place.partition(",")
    words, state_words = place.split(), state.split()
    return (
        0 < len(words) <= _DATELINE_MAX_PLACE_WORDS
        and len(state_words) <= _DATELINE_MAX_STATE_WORDS
        and (not comma or bool(state_words))
        and sum(character.isalpha() for character in place) >= _DATELINE_PLACE_LETTERS
        and words[0][0].isupper()
        and all(
            (word[0].isupper() or word in _PLACE_JOINING_WORDS)
            and written_in_letters(word.replace(".", ""))
            and word.casefold() not in LABEL_WORDS_NOT_PLACES
            for word in (*words, *state_words)
        )
    )


class PlacesNamed:
    """Whether a text says something happened in a place (a dateline's word), written in its own case as a
    whole word: "in Doha", "In Doha, ...". Named anyhow, a word was no place: British style writes an
    acronym so too ("NATO - Russia council ... Nato said"), and "NEWS - " has its "Sky News", "ROME - " its
    "Romeo".

    The text is read once, at the first question, for the names after its prepositions; each question is
    then a look-up. A search of the whole text for each paragraph's place (keyphrases ask for every
    paragraph's dateline) had taken 4.4 s over 0.3 MB of paragraphs opening on "Jakarta - ", 14 s over 1.2 MB.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._at: dict[str, list[int]] | None = None
        self._answers: dict[str, bool] = {}

    def __contains__(self, place: str) -> bool:
        name = place.title()
        answer = self._answers.get(name)
        if answer is None:
            answer = self._answers[name] = self._named(name)
        return answer

    def _named(self, name: str) -> bool:
        if self._at is None:
            self._at = self._names_after_prepositions()
        text, (first, second) = self._text, _name_ends(name, 0)
        if len(name) in (first, second):
            # The text's name there is the same runs of letters, its last run ended: a whole word.
            return name in self._at
        return any(
            text.startswith(name, at) and not text[at + len(name) : at + len(name) + 1].isalpha()
            for at in self._at.get(name[:second], ())
        )

    def _names_after_prepositions(self) -> dict[str, list[int]]:
        """Where each name after a preposition starts, by its first run of letters and by its first two
        with what parts them ("New" and "New York" for "in New York City")."""
        text, at = self._text, {}
        for preposition in _PLACE_PREPOSITION.finditer(text):
            if (
                preposition.group()[0] != " "
                and text[preposition.start() - 1 : preposition.start()].isalpha()
            ):
                continue  # "In " inside a word ("Berlin Doha")
            start = preposition.end() + 1
            first, second = _name_ends(text, start)
            at.setdefault(text[start:first], []).append(start)
            if first < second:
                at.setdefault(text[start:second], []).append(start)
        return at


def _name_ends(text: str, start: int) -> tuple[int, int]:
    """Where the first run of letters (str.isalpha's) at ``text[start:]`` ends, and where the second ends,
    after what parts them (where none follows, the first's end): the keys of :class:`PlacesNamed`."""
    key = _NAME_KEY.match(text, start)
    runs = key.group(1) + (key.group(2) or "")
    if not runs or runs.isalpha():
        return key.end(1), key.end()
    # A letter of \w's that is none to str.isalpha: the runs are read a character at a time.
    first = start
    while first < len(text) and text[first].isalpha():
        first += 1
    second = first
    while second < len(text) and not text[second].isalpha():
        second += 1
    if second == len(text):
        return first, first
    while second < len(text) and text[second].isalpha():
        second += 1
    return first, second


def split_sentences(text: str) -> list[Span]:
    """Split ``text`` into sentence spans, in order, trimmed of surrounding white space.

    A list item's bullet ("- ", "• ") or number ("1. ", "2) ") is left out of its sentence, and so are a speaker's label opening a
    line of an interview or a transcript ("Q: ", "PRIME MINISTER: ": :func:`speaker_turns`) and the clock
    opening a live report's entry ("88' ", "10:42 BST "). A line that opens or closes on ``|``
    is a table row (trafilatura writes tables so, as Markdown does): each cell is split as a line of its
    own, so that no row is glued into a sentence and no sentence starts or ends with a bar. Empty cells
    and those of a Markdown alignment row (``|---|:--:|``) give no sentence.
    """
    spans: list[Span] = []
    labels = {turn.start: turn.label_end for turn in speaker_turns(text)}
    latin = _is_latin(text)
    for line in _LINE.finditer(text) if "\n" in text else (_WHOLE_LINE.match(text),):
        content = line.group()
        start = len(content) - len(content.lstrip())
        if start == len(content):
            continue
        end = len(content.rstrip())
        if not _is_table_row(content, start, end):
            # A first-character test in C spares nearly every line the pattern.
            if content[start] in BULLETS and (bullet := _BULLET.match(content, start)) and bullet.end() < end:
                start = bullet.end()
                start = _after_list_number(content, start)  # "• 2. Fares rise."
            elif content[start].isdigit() and (after := _after_list_number(content, start)) > start:
                start = after
            elif (
                (content[start].isdigit() and (stamp := _ENTRY_STAMP.match(content, start)))
                or (
                    content[start : start + 3] in _DATED_ENTRY_OPENINGS
                    and (stamp := _DATED_ENTRY_STAMP.match(content, start))
                    and content[stamp.end()].isupper()
                )
                or (
                    content[start] in "Uu"
                    and (stamp := _UPDATE_STAMP.match(content, start))
                    and content[stamp.end()].isupper()
                )
            ):
                start = stamp.end()
            elif line.start() in labels:
                start = labels[line.start()] - line.start()
            _add_sentences(content, line.start(), start, end, spans, latin, text)
            continue
        for cell in _cells(content):
            cell_text = cell.group()
            cell_start = len(cell_text) - len(cell_text.lstrip())
            cell_end = len(cell_text.rstrip())
            _add_sentences(cell_text, line.start() + cell.start(), cell_start, cell_end, spans, latin, text)
    return spans


def _is_latin(text: str) -> bool:
    """Whether every character of ``text`` is one of the first 256 code points (ASCII, accents, "£"), none
    of :data:`_OTHER_SCRIPT`'s: told by a copy of its bytes, or an encoding that stops at the first other
    character, where a search of the pattern tests every character of every non-ASCII line against its
    ranges (an article with a "£" or an "é" and no other script paid it in full)."""
    if text.isascii():  # a flag of the string, read without a scan
        return True
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


# General Punctuation to the CJK radicals (U+2000-U+2FFF), where a line of news in Latin letters has its
# characters past the first 256 (curly quotes, dashes, the ellipsis): none is of :data:`_OTHER_SCRIPT`, which
# two comparisons tell, where a match of the pattern at each cost some 500 instructions.
_PUNCTUATION_BLOCKS_FIRST, _PUNCTUATION_BLOCKS_END = "\u2000", "\u3000"

# This many of a line's characters past the first 256 (and its question marks) are looked at one by one, and
# one more in 64 of its characters, before the pattern searches the rest of it.
_FEW_PAST_LATIN = 16


def _holds_other_script(line: str) -> bool:
    """Whether ``line`` holds a character of :data:`_OTHER_SCRIPT`. Its characters past the first 256 are
    found in a copy that encodes each as a "?", by searches in C, and only those are tested: a line of news
    in Latin letters holds a few (a dash, a curly quote), where the pattern's scan tested every character
    against its ranges, some 45 instructions each (a CNN/DM article with one dash paid 180,000)."""
    marked = line.encode("latin-1", "replace")
    most = _FEW_PAST_LATIN + len(line) // 64  # question marks of its own counted too
    position = marked.find(b"?")
    while position >= 0:
        if not most:  # past the bound the scan costs less than a loop in Python
            return _OTHER_SCRIPT.search(line, position) is not None
        character = line[position]
        if (
            character != "?"
            and not _PUNCTUATION_BLOCKS_FIRST <= character < _PUNCTUATION_BLOCKS_END
            and _OTHER_SCRIPT.match(line, position)
        ):
            return True
        most -= 1
        position = marked.find(b"?", position + 1)
    return False


def _after_list_number(line: str, start: int) -> int:
    """Where the sentence of a numbered list item starting at ``line[start]`` begins: past its number
    ("1. Fares rise."), unless the number is a German ordinal ("3. Oktober 1990 ..."); else ``start``."""
    number = _LIST_NUMBER.match(line, start)
    if (
        number is None
        or _ordinal_noun_follows(line, number.end())
        or _month_in_lower_case(line, number.end())
    ):
        return start
    return number.end()


def _month_in_lower_case(line: str, start: int) -> bool:
    """Whether the word at ``start`` is a month's name written in lower case (:data:`_MONTH_STEMS`,
    :data:`_MONTH_WORDS`)."""
    if not line[start].islower():
        return False
    word = _next_word(line, start)
    return word in _MONTH_WORDS or word.startswith(_MONTH_STEMS)


class Turn(NamedTuple):
    """A line of an interview or a transcript that opens with its speaker's label."""

    #: Offsets in the text: the line's start, the end of its label (and the white space after it), its end.
    start: int
    label_end: int
    end: int
    #: The label, case-folded ("q", "prime minister").
    speaker: str
    #: Whether the speaker is the one asking: a label word for the questions ("Q", "Interviewer") or a
    #: speaker most of whose turns end on a question mark.
    asks: bool


def speaker_turns(text: str) -> list[Turn]:
    """The lines of ``text`` that open with a speaker's label (:data:`_SPEAKER_LABEL`), in order: the
    label words of interviews ("Q:", "A:", "Réponse :") and names that open two lines or more, where
    there are two speakers or more."""
    return list(_speaker_turns(text))


# Kept for the last text asked: segmentation and the default engine's pool both read an article's turns.
@lru_cache(maxsize=1)
def _speaker_turns(text: str) -> tuple[Turn, ...]:
    # One line (most of CNN/DM's text) may open with a label only where a colon or "Q." is near its start.
    if "\n" not in text and ":" not in text[:_LABEL_MAX_CHARACTERS] and text[:2] not in _STOP_LABELS:
        return ()
    found = []
    for line_start in _label_line_starts(text):
        label = _SPEAKER_LABEL.match(text, line_start)
        if label is None:
            continue
        name = label.group(1) or label.group(2)
        if all(word[0].isupper() for word in name.split()):
            end = text.find("\n", label.end())
            found.append((line_start, label.end(), len(text) if end < 0 else end, name.casefold()))
    if not found:
        return ()
    counts = Counter(speaker for *_, speaker in found)
    speakers = {speaker for speaker in counts if speaker in _TURN_LABELS or counts[speaker] >= 2}
    # A conversation has two voices at least: one name alone that opens lines is a recipe's or a form's
    # label ("Portion Fix Containers: 1 Green, ...", "Replacements: ..."), not a speaker.
    if len(speakers) < 2:
        speakers &= _TURN_LABELS
    if not all(labels & counts.keys() for labels in _SPANISH_LABELS):
        speakers -= {"p", "r"}
    questions = Counter(speaker for _, start, end, speaker in found if text[start:end].rstrip().endswith("?"))
    return tuple(
        Turn(
            start,
            label_end,
            end,
            speaker,
            speaker in _QUESTION_LABELS or 2 * questions[speaker] > counts[speaker],
        )
        for start, label_end, end, speaker in found
        if speaker in speakers
    )


def _label_line_starts(text: str) -> list[int]:
    """The starts, in order, of the lines with a colon, or "Q. ", "A. ", "P. ", "R. ", "Pregunta. " or
    "Respuesta. ", starting near enough their start for a speaker's label: found by substring searches in
    C from mark to mark (a scan of the pattern over the text tried it at every character, a fifth of
    segmentation's time on news). The stop labels are found from one search for ". " (six searches, one
    per label, had cost a BBC article's segmentation a sixth of its instructions), each read back for its
    label's word."""
    if "\n" not in text:  # one line (most of CNN/DM's text): its start is the only one
        return [0]
    starts: set[int] = set()
    position = text.find(":")
    while position >= 0:
        _add_label_line(text, position, starts)
        position = text.find(":", position + 1)
    position = text.find(". ", 1)  # one at the text's start follows no label
    while position >= 0:
        if text[position - 1] in _STOP_LABEL_LETTERS:
            _add_label_line(text, position - 1, starts)
        elif text.endswith(_STOP_LABEL_WORDS, 0, position):
            for word in _STOP_LABEL_WORDS:
                if text.endswith(word, 0, position):
                    _add_label_line(text, position - len(word), starts)
        position = text.find(". ", position + 2)
    return sorted(starts)


def _add_label_line(text: str, position: int, starts: set[int]) -> None:
    """Add to ``starts`` the start of the line of a label's mark at ``position`` when the mark is near
    enough that start."""
    window = max(0, position - _LABEL_MAX_CHARACTERS)
    line_start = text.rfind("\n", window, position) + 1
    if line_start or not window:
        starts.add(line_start)


def embedded_posts(text: str) -> list[tuple[int, int]]:
    """The social media posts embedded in ``text``, in order, as (start, end) offsets of their lines:
    each the last line of text above an attribution line (:data:`_POST_ATTRIBUTION`)."""
    # Substring tests in C spare nearly every article the scan, the one-character test first: it is a
    # memchr, where a search for two characters reads every character at several instructions each.
    if "@" not in text or "(@" not in text:
        return []
    posts = []
    for attribution in _POST_ATTRIBUTION.finditer(text):
        end = attribution.start()
        while end > 0 and text[end - 1].isspace():
            end -= 1
        start = text.rfind("\n", 0, end) + 1
        if end > start and (not posts or start >= posts[-1][1]):
            posts.append((start, end))
    return posts


def data_table_rows(text: str) -> list[tuple[int, int]]:
    """The rows of data tables in ``text``, as (start, end) offsets of their lines, in order: lines that
    open or close on ``|`` (as :func:`split_sentences` reads them) with two cells or more, one of them a
    label, a name or a figure of three words at most. Their cells read alone have lost their row ("4
    tackles, 1 assist.", whose player is the cell before). A page laid out in a table has its prose in one
    cell or in cells of prose side by side. One pass over the text, from bar to bar."""
    rows = []
    bar = text.find("|")
    while bar >= 0:
        line_start = text.rfind("\n", 0, bar) + 1
        line_end = text.find("\n", bar)
        line_end = line_end if line_end >= 0 else len(text)
        line = text[line_start:line_end].strip()
        if _is_table_row(line, 0, len(line)):
            cells = [cell.group() for cell in _cells(line)]
            if len(cells) >= 2 and any(len(cell.split()) <= _LABEL_WORDS for cell in cells):
                rows.append((line_start, line_end))
        bar = text.find("|", line_end)
    return rows


def _is_table_row(line: str, start: int, end: int) -> bool:
    """Whether ``line[start:end]``, a line trimmed of white space, opens or closes on ``|``: a table row as
    trafilatura and Markdown write one."""
    return line[start] == "|" or line[end - 1] == "|"


def _cells(row: str) -> Iterator[re.Match[str]]:
    """The cells of a table row that hold text: not empty, not a Markdown alignment cell (``:--:``)."""
    return (cell for cell in _CELL.finditer(row) if cell.group().replace("-", "").replace(":", "").strip())


def _add_sentences(
    piece: str, offset: int, start: int, end: int, spans: list[Span], latin: bool, text: str
) -> None:
    """Append to ``spans`` the sentences of ``piece[start:end]``, a line or a table cell trimmed of white
    space, where ``piece`` starts at ``offset`` in ``text`` (``latin``: a text of :func:`_is_latin`).

    A spaced closing quotation mark after a sentence's stop stays in the sentence it closes.
    Penn-Treebank-tokenized text (CNN/DM's: 'it was done . " the next day ...') sets the mark apart, so
    the boundary fell before it: the next sentence opened on a stray mark, or the mark alone was a
    sentence at the line's end. At the line's end any mark closes (nothing follows for it to open); inside
    the line a straight double mark closes when it stands inside a quotation (:func:`_inside_quotation`),
    and a typographic one always does; a single straight one does in a Penn-Treebank-tokenized line only
    (:func:`_inside_single_quotation`): in prose it is an opening or an apostrophe as often, and is left
    where it is."""
    inside = False  # whether piece[read] stands inside a quotation opened by a straight double mark
    read = 0  # the marks in piece[:read] have been read, once, however many boundaries
    single_inside, single_read = False, 0  # the same for single marks, in a tokenized line
    tokenized: bool | None = None  # asked of the first single mark only
    for sentence_end, next_start in _boundaries(piece, latin):
        # One test of the character the next sentence opens on spares nearly every boundary (those that
        # open on a letter) both rare cases: a pass of its own over the boundaries for the closing marks
        # had cost a CNN/DM article 1% of its instructions.
        opening = piece[next_start]
        if opening in _RARE_OPENINGS:
            if opening == "|":
                next_start = _SEPARATORS.match(piece, next_start).end()
            elif next_start + 1 == end:
                continue  # a closing mark: the line's last sentence runs to its end, the mark with it
            elif piece[next_start + 1].isspace():
                closes = opening == "”"
                if opening == '"':
                    # The text's last mark closes where its marks pair up: no mark after it could close
                    # the quotation it would open. CNN/DM's quotation of two paragraphs, run into one line,
                    # opens its second with a mark of its own and no close before it ('... the car home. "
                    # i didn't ... he didn't. " Bahrain. Hamilton has won'), which the toggles read inside
                    # out: a subhead after it ("Bahrain") was a sentence of its own with the mark. An
                    # earlier line's last mark may open a quotation that goes on into the next paragraph,
                    # which opens on a mark again.
                    inside = closes = _inside_quotation(piece, read, next_start, inside) or (
                        _is_the_last_paired_mark(text, offset + next_start)
                    )
                    read = next_start
                elif opening == "'" and piece[sentence_end - 2 : sentence_end - 1] == " ":
                    # The stop set apart too ("suicidal . ' he"), before the line's signs are looked for:
                    # the searches of a long line of prose for them cost up to 125 microseconds, asked at
                    # each Daily Mail article's first "this. ' He".
                    if tokenized is None:
                        tokenized = any(sign in piece for sign in _TOKENIZED_SIGNS) or all(
                            sign in piece for sign in _TOKENIZED_PUNCTUATION
                        )
                    if tokenized:
                        single_inside = closes = _inside_single_quotation(
                            piece, single_read, next_start, single_inside
                        )
                        single_read = next_start
                if closes:
                    sentence_end = next_start + 1
                    next_start = _SEPARATORS.match(piece, sentence_end).end()
        if sentence_end > start:
            spans.append(Span(offset + start, offset + sentence_end))
        start = next_start
    spans.append(Span(offset + start, offset + end))


def _is_the_last_paired_mark(text: str, position: int) -> bool:
    """Whether the straight double mark at ``text[position]`` is the text's last, in a text whose marks pair
    up (an odd count leaves one quotation open, as an extract cut after a quotation's first sentence does).
    Asked of a mark read as opening: the search reads on to the next mark only, and the text's marks are
    counted once, at its last (a count for every text had cost a CNN/DM article 2% of its segmentation)."""
    return text.find('"', position + 1) < 0 and text.count('"') % 2 == 0


def _inside_single_quotation(line: str, start: int, end: int, inside: bool) -> bool:
    """Whether ``line[end]`` stands inside a quotation of single marks in a Penn-Treebank-tokenized line,
    ``inside`` telling it of ``line[start]``: a backtick opens one (the tokenizer's opening mark), a straight
    mark that is no apostrophe toggles (set apart on both sides, the tokenizer gives no other sign). An
    apostrophe is one inside a word ("o'brien"), one before a clitic the tokenizer sets apart ("john 's",
    "i 'm") and one after a plural's "s" ("the players ' union", not "as ' dear sepp")."""
    # A backtick opens whatever came before it: the marks after the last one alone decide. Each found by
    # str.find in C, where a loop over every character had read each in Python.
    backtick = line.rfind("`", start, end)
    if backtick >= 0:
        inside, start = True, backtick + 1
    position = line.find("'", start, end)
    while position >= 0:
        before = line[position - 1] if position else " "
        after = line[position + 1 : position + 2]
        clitic = _WORD_START.match(line, position + 1) if before == " " else None
        if not (
            (before.isalnum() and after.isalnum())
            or (
                line[position - 2 : position] == "s "
                and _previous_word(line, position - 1) not in _ENDING_ON_S
            )
            or (clitic is not None and clitic.group() in _CLITICS)
        ):
            inside = not inside
        position = line.find("'", position + 1, end)
    return inside


def _inside_quotation(line: str, start: int, end: int, inside: bool) -> bool:
    """Whether ``line[end]`` stands inside a quotation of straight double marks, ``inside`` telling it of
    ``line[start]``. A mark glued to the word after it and set apart from the one before ('said "we') opens
    a quotation, one glued to what comes before it and set apart from what follows, or followed by
    punctuation ('over," he', ' " really? ", so'), closes one, and a mark set apart on both sides
    (Penn-Treebank's 'over . " The') toggles. Counting every mark as a toggle from the paragraph's start,
    one unmatched mark had turned every later quotation inside out: a closing mark opened the sentence after
    it (41 sentences of 2,000 CNN/DM articles), where the glued marks of CNN/DM's quotations inside
    sentences set the count right again. Read back from ``end`` to the nearest glued mark: most often the
    first one met (a loop over every mark since the paragraph's start, a method call a side, had cost CNN/DM's
    articles 1.5% of their instructions up to segmentation)."""
    toggles = 0
    position = line.rfind('"', start, end)
    while position >= 0:
        # One test in C a side ("" at the line's ends is in every string): the method calls had cost more.
        opens = line[position - 1 : position] in _BEFORE_OPENING
        closes = line[position + 1 : position + 2] in _AFTER_CLOSING
        if opens != closes:
            return opens != (toggles % 2 == 1)
        toggles += 1
        position = line.rfind('"', start, position)
    return inside != (toggles % 2 == 1)


def _blingfire_reader(line: str) -> Callable[[int], bool]:
    """Whether blingfire starts a sentence at a position of ``line``, asked of one candidate after another."""
    read = 0  # the characters the windows have cost so far
    whole_line: set[int] | None = None

    def blingfire_says(position: int) -> bool:
        # blingfire decides locally, so it reads only the stretch around the candidate: a long line with a
        # few ambiguous candidates costs a few short calls. A line with many reads it once, whole, when
        # its windows would have cost more: at most twice a whole line's reading, however many there are.
        nonlocal read, whole_line
        if whole_line is not None:
            return position in whole_line
        read += 2 * _BLINGFIRE_CONTEXT + _BLINGFIRE_CALL_CHARACTERS
        if read > len(line):
            whole_line = _blingfire_starts(line)
            return position in whole_line
        start = max(0, position - _BLINGFIRE_CONTEXT)
        return position - start in _blingfire_starts(line[start : position + _BLINGFIRE_CONTEXT])

    return blingfire_says


def _boundaries(line: str, latin: bool) -> list[tuple[int, int]]:
    """(end of one sentence, start of the next) for each sentence boundary inside ``line`` (``latin``: of a
    text of :func:`_is_latin`, where the other scripts' rules find nothing)."""
    # Made for the first candidate _candidate_ends_sentence is asked about: most lines of news have none.
    blingfire_says: Callable[[int], bool] | None = None
    found = []
    # Where the text after the previous candidate (and its white space) starts: the word before a
    # candidate is looked for from there, and the words of a sentence from its start in the line, not from
    # the line's start, which each candidate of a line without spaces (tabs, in text given to
    # nutgraf.check) had read again: 43 s for 40,000 periods.
    floor = 0
    # Substring tests in C: most lines hold no final mark but the period (written out: a generator over
    # the marks cost more than the tests). A line with others is searched in a copy where each is a period,
    # one character for one: the same candidates at the same offsets, all found by the pattern that opens on
    # a literal character, which the regex engine searches for as a string. A class of the marks
    # ("[.!?…]") was tested at every character, about 45 instructions each: on CNN/DM, where four articles
    # in ten have a "?" or a "!" in their one line, a tenth of segmentation's instructions. str.replace
    # copies in C; str.translate reads a line beyond ASCII character by character, dearer than the class.
    searched = line
    if "?" in line or "!" in line or (not line.isascii() and "…" in line):
        searched = _marks_as_periods(line)
    if "»" in line and _quotes_the_german_way(line):
        searched = searched.translate(_GUILLEMETS_SWAPPED)
    # A candidate's mark has white space and a character after it: a line whose only mark is its last
    # character (most lines of text in paragraphs, a sentence each) has none, told by one find in C.
    has_candidates = searched.find(".", 0, len(searched.rstrip()) - 1) >= 0
    candidates = _PERIOD_CANDIDATE.finditer(searched) if has_candidates else ()
    for candidate in candidates:
        # The common case without a call (three candidates in four on news): a lone period, with no
        # closing quote or bracket, after an ordinary word of two letters or more (longer than any
        # abbreviation, or listed as none), which _candidate_ends_sentence takes for a boundary whatever follows.
        end, next_start = candidate.span()
        after_previous, floor = floor, next_start
        # A plain candidate, its word read by the pattern: the loop's fast path below would take it after
        # all its tests. A "?" or "!" is a period in the copy searched, and no plain candidate's mark.
        if candidate.lastindex == _PLAIN and line[end] == ".":
            found.append((end + 1, next_start))
            continue
        # (Not in a text of the first 256 code points alone: a flag, where the test read a character.)
        if not latin and end and _THAI_LETTERS[0] <= line[end - 1] <= _THAI_LETTERS[1]:
            continue  # a Thai abbreviation's period: "กนง.", "09:30 น."
        if (
            not latin
            and end
            and _INDIC_LETTERS[0] <= line[end - 1] <= _INDIC_LETTERS[1]
            and line[end] == "."
            and _DANDA in line
        ):
            continue  # "प्रो. राम शर्मा", "टाटा स्टील लि. के शेयर", in a line whose sentences end on "।"
        if line[next_start] == "(" and _DATELINE_TAG.match(line, next_start):
            continue
        if (
            line[next_start] == "."
            and not line[next_start + 1 : next_start + 2].strip()
            and (
                line[next_start + 1 : next_start + 3] == " ."
                or line[end - 2 : end] == ". "
                or next_start + 1 == len(line.rstrip())
            )
        ):
            # A spaced ellipsis going on, three dots or more ("paused . . . and", "waited. . . . The"): each
            # of its dots had ended a sentence, the next reading "." alone. Its last dot decides, as "..."
            # does. Not an ellipsis in one piece, which opens a sentence after a stop ("the fact. ... he's
            # charged"), nor two dots, a stop after an abbreviation's in tokenized text ("acme ltd. . the"),
            # but where they end the line ("went to court. .").
            continue
        if candidate.end(2) == end + 1 and line[end] == ".":
            word = line[(line.rfind(" ", after_previous, end) + 1 or after_previous) : end]
            if (
                word.isalpha()
                and (
                    len(word) > _LONGEST_ABBREVIATION
                    or (len(word) > 2 and word.lower() not in _LISTED)
                    or (len(word) == 2 and word.lower() not in _LISTED and not _is_doubled_capital(word))
                )
                and not (line[next_start].isdigit() and word.endswith(_STREET_ENDINGS))
            ):
                found.append((end + 1, next_start))
                continue
            # A word of letters joined by a hyphen or an apostrophe ("part-time.", "o'malley."), opening on
            # a letter: no listed word holds either mark, so _candidate_ends_sentence would come to its last line.
            if (
                word[:1].isalpha()
                and ("-" in word or "'" in word or "’" in word)
                and word.replace("-", "").replace("'", "").replace("’", "").isalpha()
                and not _is_elided_title(word)
            ):
                found.append((end + 1, next_start))
                continue
            # A title before its name ("Dr. Smith", "Gov. Brown", "Sen. Jones") or a dotted abbreviation before
            # a lower-case word ("the u.s. senate", CNN/DM's case-folded text; "6 a.m. on"), which
            # _candidate_ends_sentence would take through some twenty tests to say no boundary: a fifth of its
            # calls on CNN/DM. (A word of letters alone here is the word it reads.)
            lowered = word.lower()
            if lowered in _TITLES_RUNNING_ON or (
                "." in word and line[next_start].islower() and _is_dotted(lowered)
            ):
                continue
        elif line[end] == "." and candidate.end(1) == end + 1:
            # A lone period before a closing quote or bracket ('... over." He left.'), a third of the calls
            # of _candidate_ends_sentence on CNN/DM: a boundary unless a lower-case word follows ('"It is over," he
            # said' has a comma), as _candidate_ends_sentence decides it first.
            if not line[next_start].islower():
                found.append((candidate.end(2), next_start))
            continue
        if found and line[end - 1].isdigit() and _after_list_number(line, found[-1][1]) == next_start:
            # A list's item run into its line ("... 93. 2. Nico Rosberg 66."): its number opens the sentence
            # and is left out of it, as a line's is (a summary had read "2." as a sentence of its own).
            found[-1] = (found[-1][0], next_start)
            continue
        if blingfire_says is None:
            blingfire_says = _blingfire_reader(line)
        sentence_start = found[-1][1] if found else 0
        if _candidate_ends_sentence(line, candidate, after_previous, sentence_start, blingfire_says):
            found.append((candidate.end(2), next_start))
    # A text of the first 256 code points alone, a flag of the string and one scan in C spare most lines the
    # other scripts' rules (a quarter of the time on news; a fifth of a long article's with accents or
    # curly quotes).
    if latin or line.isascii() or not _holds_other_script(line):
        return found
    if any(stop in line for stop in _SCRIPT_STOPS) or _stop_typed_in_ascii(line):
        # Armenian's own full stop in the line: its ASCII colons are colons, before a list ("հետևյալ
        # քաղաքները: Երևան, Գյումրի և Վանաձոր։", the following cities: ...), which had ended a sentence.
        armenian_full_stop = _ARMENIAN_FULL_STOP in line
        # Not before a lower-case word: a question quoted before its speaker ("«Γιατί;» ρώτησε ο
        # υπουργός", as '"Why?" she asked') or Greek letters listed ("α; β; γ") run on.
        script_ends = [
            (m.end(1), m.end())
            for m in _SCRIPT_END.finditer(line)
            if not line[m.end()].islower()
            and not (
                m.end() == m.end(1) and line[m.start()] == "۔" and _between_initials(line, m.start(), m.end())
            )
            and not (armenian_full_stop and line[m.start()] == ":")
            and not line.endswith(_TIBETAN_CONTINUING, 0, m.start())
            and not line.startswith(_TIBETAN_QUOTATIVES, m.end())
        ]
        # And in a line with Armenian's full stop, or typed with colons for it, a period after an Armenian
        # letter is Armenian's colon "․" as typed, before a quotation or a list ("Քաղաքապետը նշեց. «Մենք
        # ...»:", the mayor said: "We ..."): no sentence's end. Typed with colons where they outnumber such
        # periods, the line's last stop among them: a story typed with periods for its stops writes a colon
        # before a quotation too ("Նախարարը նշեց: «...»"), and its sentences had all run into one.
        armenian_periods = [
            boundary
            for boundary in found
            if boundary[0] >= 2
            and line[boundary[0] - 1] == "."
            and _ARMENIAN_FIRST <= line[boundary[0] - 2] <= _ARMENIAN_LAST
        ]
        last_stop = line.rstrip()[-1:]
        if armenian_periods and (
            armenian_full_stop
            or len(armenian_periods) + (last_stop == ".") < len(script_ends) + (last_stop == ":")
        ):
            found = [boundary for boundary in found if boundary not in armenian_periods]
        found = sorted(found + script_ends)
    if any(stop in line for stop in _CJK_STOPS):
        found = sorted(
            found + [(m.start() + len(m.group().rstrip()), m.end()) for m in _CJK_END.finditer(line)]
        )
    if len(line) > _LONG_UNPUNCTUATED_LINE and (breaks := _unpunctuated_breaks(line, found)):
        found = sorted(found + breaks)
    if found and ("“" in line or "「" in line):
        found = [boundary for boundary in found if not _inside_a_reported_quotation(line, boundary[0])]
    return _unattributed(line, found) if found else found


def _between_initials(line: str, stop: int, word: int) -> bool:
    """Whether the Urdu full stop at ``stop``, with the next word at ``word`` and no space between, stands
    between two initials (:data:`_URDU_LETTER_NAMES`): "پی۔ٹی۔آئی", not "ہے۔وزیر"."""
    start = stop
    while start > max(0, stop - _LETTER_NAME_REACH) and line[start - 1].isalpha():
        start -= 1
    end = word
    while end < min(len(line), word + _LETTER_NAME_REACH) and line[end].isalpha():
        end += 1
    return all(
        len(initial) == 1 or initial in _URDU_LETTER_NAMES for initial in (line[start:stop], line[word:end])
    )


def _inside_a_reported_quotation(line: str, end: int) -> bool:
    """Whether the boundary at ``end`` stands inside a quotation that Korean or Japanese reports with a
    particle after its closing mark (:data:`_QUOTING_PARTICLES`), read within :data:`_QUOTATION_REACH` of it
    either side."""
    for opening, closing in _REPORTED_QUOTATION_MARKS:
        opened = line.rfind(opening, max(0, end - _QUOTATION_REACH), end)
        if opened < 0 or line.find(closing, opened, end) >= 0:
            continue
        closed = line.find(closing, end, end + _QUOTATION_REACH)
        if (
            closed >= 0
            and line.find(opening, end, closed) < 0
            and line.startswith(_QUOTING_PARTICLES, closed + 1)
            and not line.startswith(_OPENERS_LIKE_PARTICLES, closed + 1)
        ):
            return True
    return False


def _marks_as_periods(line: str) -> str:
    """``line`` with each "?", "!" and "…" a period, one character for one: where :data:`_PERIOD_CANDIDATE`
    finds the candidates of every mark."""
    return line.replace("?", ".").replace("!", ".").replace("…", ".")


def _quotes_the_german_way(line: str) -> bool:
    """Whether ``line`` quotes as German does, »so«, opening on "»" and closing on "«", where French and the
    others quote « so »: its first guillemet is a "»" that a "«" follows. The pattern's closing guillemet set
    apart by a space is French's "»", which in a German line opens a quotation ("Er ging. » Warum? « fragte
    sie.") where its "«" closes one ("Sie sagte: » Wir warten. « Dann ging sie.")."""
    return 0 <= line.find("»") < line.find("«")


# The bounds of Armenian's lower-case letters (:data:`ARMENIAN_LOWER_CASE`), each character compared with them.
_ARMENIAN_FIRST, _ARMENIAN_LAST = ARMENIAN_LOWER_CASE.split("-")
_ARMENIAN_FULL_STOP = "\u0589"


def _stop_typed_in_ascii(line: str) -> bool:
    """Whether a ";" of ``line`` follows a Greek letter (Greek's question mark as typed), or a ":" an
    Armenian letter or a closing mark (Armenian's full stop as typed). Found with str.find: a regex's scan
    of every line with a ";" for a Greek letter had cost news instructions for nothing."""
    position = line.find(";", 1)
    while position > 0:
        previous = line[position - 1]
        if "\u0370" <= previous <= "\u03ff" or "\u1f00" <= previous <= "\u1fff":
            return True
        position = line.find(";", position + 1)
    position = line.find(":", 1)
    while position > 0:
        if (
            _ARMENIAN_FIRST <= line[position - 1] <= _ARMENIAN_LAST
            or _ARMENIAN_FIRST <= line[position - 2 : position - 1] <= _ARMENIAN_LAST
        ):
            return True
        position = line.find(":", position + 1)
    return False


def _unpunctuated_breaks(line: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Boundaries at the spaces of Thai text (:data:`_THAI_SPACE`) in the stretches of ``line`` between the
    boundaries ``found`` that are far longer than a sentence, each piece a sentence's length at least."""
    breaks = []
    starts = [0, *(start for _, start in found)]
    ends = [*(end for end, _ in found), len(line)]
    for piece_start, piece_end in zip(starts, ends, strict=True):
        if piece_end - piece_start <= _LONG_UNPUNCTUATED_LINE:
            continue
        sentence_start = piece_start
        for match in _THAI_SPACE.finditer(line, piece_start, piece_end):
            space_start, space_end = match.span(1)
            if (
                space_start - sentence_start < _UNPUNCTUATED_SENTENCE
                or piece_end - space_end < _UNPUNCTUATED_SENTENCE
            ):
                continue
            word_before = line[line.rfind(" ", sentence_start, space_start) + 1 : space_start]
            is_name = len(word_before) <= _THAI_NAME_CHARACTERS and word_before.startswith(_THAI_TITLES)
            if is_name or line.startswith(_THAI_CONTINUATIONS, space_end):
                continue
            breaks.append((space_start, space_end))
            sentence_start = space_end
    return breaks


def _unattributed(line: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``found`` less the boundaries after a quotation that closes on a final mark where, in a script without
    capitals, the clause after it attributes it (:data:`_SPEECH_VERBS_LAST`, :data:`_SPEECH_VERBS_FIRST`):
    "“我们会成功吗？”记者问道。" is one sentence, not a quotation and a fragment "记者问道。"; or where a
    Chinese or Japanese quotation closing on "？" or "！" is woven into its sentence, its opening mark right
    after a word and the sentence going on right after its closing one: "市长问道“结束了吗？”随后他离开了会场。"."""
    kept = []
    for end, start in found:
        if (
            end >= 2
            and line[end - 1] in _QUOTATION_CLOSES
            and line[end - 2] in _QUOTATION_FINAL_MARKS
            and start < len(line)
            and _is_caseless_letter(line[start])
        ):
            before_quotation = _before_quotation(line, end - 1)
            if before_quotation and before_quotation in _INTRODUCING_MARKS:
                kept.append((end, start))
                continue
            if (
                line[end - 2] in _WOVEN_QUOTATION_MARKS
                and start == end
                and _is_caseless_letter(before_quotation)
            ):
                continue
            clause = _ATTRIBUTION_CLAUSE.match(line, start)
            if (
                clause
                and line[clause.end() : clause.end() + 1] not in (":", "：")
                and clause.end() - start < 80
            ):
                words = clause.group().split()
                said = clause.group().rstrip()
                if (said.endswith(_SPEECH_VERBS_LAST) and not _denies_speech(said)) or words[
                    0
                ] in _SPEECH_VERBS_FIRST:
                    continue
        kept.append((end, start))
    return kept


def _denies_speech(clause: str) -> bool:
    """Whether ``clause``, ending on a verb of speech, says that nobody spoke or that its subject did not
    (:data:`_NOBODY`, :data:`_NOT_DONE`): "没有人回答", "他没有回答"."""
    nobody = clause.startswith(_NOBODY) and clause[2:3] not in _UNMANNED
    reach = max(0, len(clause) - _NOT_DONE_REACH)
    return nobody or any(
        clause[i] in _NOT_DONE and not clause.startswith(_NOT_NEGATIONS, i) for i in range(reach, len(clause))
    )


def _is_caseless_letter(character: str) -> bool:
    """Whether ``character`` is a letter of a script without capitals (Chinese, Japanese, Arabic...)."""
    return character.isalpha() and not character.isupper() and not character.islower()


def _before_quotation(line: str, closing: int) -> str:
    """The character before the opening mark of the quotation that closes at ``closing`` in ``line``: "" where
    the quotation opens the line or its opening mark is not found within :data:`_QUOTATION_REACH`."""
    opening = line.rfind(_QUOTATION_OPENS[line[closing]], max(0, closing - _QUOTATION_REACH), closing)
    return line[opening - 1] if opening > 0 else ""


def _blingfire_starts(line: str) -> set[int]:
    """Offsets in ``line`` where blingfire starts a sentence other than the first."""
    sentences = blingfire.text_to_sentences(line).split("\n")
    starts: set[int] = set()
    position = 0
    for sentence in sentences:
        found = line.find(sentence[:20], position)
        if found < 0:
            # blingfire normalised the text (rare); its offsets API maps back exactly, only slower.
            return {start for start, _ in blingfire.text_to_sentences_and_offsets(line)[1][1:]}
        starts.add(found)
        position = found + len(sentence)
    starts.discard(0)
    return starts


def _candidate_ends_sentence(
    line: str,
    candidate: re.Match[str],
    after_previous: int,
    sentence_start: int,
    blingfire_says: Callable[[int], bool],
) -> bool:
    """Whether the candidate boundary ``candidate`` (punctuation, closers, white space) ends a sentence.
    ``after_previous`` is where the text after the previous candidate starts (0 for the first), and
    ``sentence_start`` where the sentence the candidate is in starts in ``line``.

    A mark inside a line, read with the words around it; not the text cleaner's ``ends_sentence``
    (nutgraf.extract.text.words), which asks whether a whole line or paragraph ends on a stop, where
    nothing follows to tell an abbreviation from a sentence's end."""
    # The marks as the line writes them: the candidate was found in a copy with every mark a period.
    punctuation, closers = line[candidate.start() : candidate.end(1)], candidate.group(2)
    position = candidate.end()
    following = line[position]
    if closers:
        # '"It is over." He left.' ends; '"It is over," he said', '"Why?" she asked' and
        # '(R-Ariz.) spoke' run on, and so does a question or an exclamation quoted before its speaker's
        # name: '"Why now?" Smith asked.', '"Enough!" Mr. Biden said on Tuesday.'
        if following.islower():
            return False
        if punctuation == ".":
            return True
        if _attributed_by_name(line, position) or _attributed_by_pronoun(line, position):
            return False
        # A guillemet set apart by a space (French): blingfire reads it as no closer and never ends a
        # sentence after it, where before a capital it ends one as '"Why now?" The minister ...' does.
        if len(closers) > 1 and closers[-2].isspace():
            return following.isupper() or blingfire_says(position)
        return blingfire_says(position)
    end = candidate.start()
    # The word before the period, after a space or a no-break or thin space ("3,2\u00a0Mrd.", "z.\u202fB."):
    # French and German typesetting put those between a number or an initial and what follows.
    token_start = line.rfind(" ", after_previous, end) + 1 or after_previous
    if not line.isascii():  # a flag of the string, read without a scan: ASCII holds none of those spaces
        token_start = max(line.rfind(space, token_start, end) for space in _NARROW_SPACES) + 1 or token_start
    written = line[token_start:end].lstrip(_OPENING_PUNCTUATION)
    word = written.lower()
    if punctuation != ".":
        if punctuation == "!" and written in _EXCLAIMED_NAMES:
            return following.isupper() and _next_word(line, position) in _SENTENCE_OPENERS
        if following in _QUOTATION_CLOSES and punctuation in "?!" and _attributed_by_pronoun(line, position):
            return False  # Daily Mail's spaced mark: "is it 2016 yet? ' He wrote."
        # "?", "!" and ellipses: "Wait... what?" runs on; blingfire knows these well.
        return blingfire_says(position)
    if not written and line[end - 4 : end] == ". . ":
        return blingfire_says(position)  # a spaced ellipsis's last dot, which blingfire reads as "..."
    if following.isdigit() and word.endswith(_STREET_ENDINGS):
        return False  # "in der Hauptstr. 5"
    if len(word) > _LONGEST_ABBREVIATION and word.isalpha():
        return True  # an ordinary word after opening punctuation or in capitals (the rest: _boundaries)
    if line[end - 1].islower() and (
        (word in _YEAR_MARKS and _after_a_number(line, token_start))
        or ("-" in word and _year_with_its_mark(word))
    ):
        # "у березні 2022 р. Її відбудували", "в 1911 г. Сейчас": a year's mark ends its sentence before a
        # capital, but not in the phrase that opens one ("В 2014 г. Россия ...", "14 февраля 2026 г. Банк").
        # The words since the sentence's start ("na ul. Długiej w 2026 r." is five, a title's period no
        # end): a sentence of more ends here, and the stretch read is at most that sentence's.
        return following.isupper() and len(line[sentence_start:token_start].split()) > _OPENING_DATE_WORDS
    if written in _LITHUANIAN_DATE_MARKS and _after_a_number(line, token_start):
        # "rinkimai vyks spalio 13 d. Į Seimą ..." ends; a date opening its sentence, after a preposition at
        # most, runs on into it: "Gegužės 5 d. Vilniuje įvyko ...", "Nuo 2025 m. sausio 1 d. Lietuvoje ...",
        # "18 val. Vilniaus rotušėje ...".
        return (
            following.isupper()
            and not _opens_on_a_lithuanian_date(line, sentence_start, token_start, written)
            and not _names_a_place_in_the_locative(line, position)
        )
    if written in _CURRENT_PERIODS:
        # "do końca br. Opozycja ..." ends, and so does "w marcu br. „To dobry dzień” – powiedział" before its
        # quotation; "W marcu br. Sejm przyjął ..." opens on its date. As written: "kW." is the kilowatt
        # ("Er leistet 150 kW. Das reicht." ends), "Br." a brother's title.
        capital = line[position : position + 2].lstrip(_OPENING_PUNCTUATION)[:1].isupper()
        return capital and len(line[sentence_start:token_start].split()) > _OPENING_DATE_WORDS
    if _is_elided_title(word) or (".-" in word and word.partition(".-")[0] in _TITLES):
        return False  # "l'on. Rossi", "dell'avv. Bianchi", "Dipl.-Ing. Klaus Weber"
    # Not "Ca." before a capital, California's as small papers write it ("based in Palo Alto, Ca. Its shares
    # rose"): circa is capitalised only opening a sentence, before its number ("Ca. 300 Menschen kamen").
    if (
        word in _NEVER_FINAL
        and not written.isupper()
        and not (written == "Ca" and following.isupper())
        and not (word == "bv" and _previous_word(line, token_start) in _DUTCH_DETERMINERS)
    ):
        return False  # "bzw. Handwerker", "o.a. De Telegraaf"
    if written in _NEVER_FINAL_BUT_AFTER_NUMBERS and not _after_a_number(line, token_start):
        # "mm. Uudellamaalla"; but a sentence's opener after the unit closes it ("measured in mm. The").
        return _next_word(line, position) in _SENTENCE_OPENERS
    if line[max(0, token_start - 3) : end].lower() in _SPACED_NEVER_FINAL and not (
        line[max(0, token_start - 4) : token_start - 3].isalpha()
    ):
        return False  # "p. ej. el consejero", "ad es. Lombardia"; not "la ciudad es. Mañana"
    if word in _LIST_ENDS:
        return following.isupper() or (
            following in _OPENING_QUOTES and line[position + 1 : position + 2].isupper()
        )
    if written in _ARMS_OF_SERVICE and _previous_word(line, token_start).rstrip(".") in _RANKS:
        return False  # "Kol. Inf. Budi Santoso"
    if written in _VIETNAMESE_TITLES and _next_word(line, position) in _VIETNAMESE_FAMILY_NAMES:
        return False  # "BS. Trần Thị Bình"
    if (
        written in _PLACE_KINDS_AS_WRITTEN
        and following.isupper()
        and not _after_a_number(line, token_start)
        and _previous_word(line, token_start) != "per"
    ):
        return False  # "Kg. Baru", "Brgy. San Isidro"; not the kilogram of "RM5 per Kg. Traders"
    if word in _BEFORE_FIGURES and following.isdigit():
        return _after_a_number(line, token_start)  # "km. 12", "Sh. 45 bilioni"; not "12 km. 30 minutes"
    if word in _TITLES or written in _TITLES_AS_WRITTEN:
        if written in _NORDIC_WORDS_LIKE_TITLES and following.isupper():
            # "Han satte sig. Det regnede.", "Hon följde med. Det regnade.": Danish, Norwegian and Swedish
            # words in lower case, where a title is capitalised or followed by a name ("il sig. Rossi", "Prof.
            # Dr. med. Hans Weber").
            return _next_word(line, position) in _NORDIC_OPENERS
        if written == "maj":
            # The Danish and Swedish May, with its day or alone ("d. 12. maj. Billetterne", "i maj. Det"), no
            # major, which is written "Maj." before his name: it had run its sentence into the next.
            return following.isupper()
        if written == "Kap":
            # German's cape, after its article ("umrundete das Kap. Dann", "am Kap. Gegen"), where the Filipino
            # captain follows "si", "ni", "kay" or a comma; "im Kap. 3" is German's chapter.
            return following.isupper() and _previous_word(line, token_start) in _ORDINAL_ARTICLES
        if word in _TITLES_LIKE_ENGLISH_WORDS and following.isupper():
            # After an English determiner the word is a noun ("went to see the doc. Doctors say ..."), which
            # no name follows: Czech and Indonesian write none before the title.
            return _next_word(line, position) in _SENTENCE_OPENERS or (
                written.islower() and _previous_word(line, token_start) in _ENGLISH_DETERMINERS
            )
        # "Sen. Jones", "Lt. Col. Alexander Vindman", "Ft. Worth" (not "2,000sq ft." or "the FT."); but a
        # street or a father after a name may close a sentence: "a home on Elm St. The family escaped."
        return (
            word in _AFTER_A_NAME
            and following.isupper()
            and _follows_a_name(line, token_start)
            and _next_word(line, position) in _SENTENCE_OPENERS
        )
    if (len(word) == 1 and word.isalpha()) or _hyphened_initials(word):
        # Initials: "George W. Bush", "z. B.", "т. е.", "john d. rockefeller", French hyphened ones ("J.-M. Le
        # Pen", which had ended on "J.-M."); but a capital letter alone
        # closes "Plan B. It failed." and "hepatitis B. The vaccine" (not one after another initial:
        # "the u. S. And", as tokenised text writes "U.S.").
        # A letter in lower case after a number is a unit, no initial, and ends its sentence before a
        # capital whatever the word ("weighs 512 g. The rest ...", "à 21 h. Les supporters", "в 10 ч.
        # Обсуждение"), where the English openers alone had told an end; not "Arsenal 2 v. Chelsea".
        # Nor before another initial: "Iberdrola, S. A., cotiza" had ended on "S." before the article "A".
        before = line[max(0, token_start - 4) : token_start].rstrip()
        if line[position + 1 : position + 2] == "." and line[position : position + 1].isalpha():
            return False
        if not written.isupper() and before[-1:].isdigit() and word != "v":
            return following.isupper() and not _labels_a_clause(line, token_start)
        if word == "m" and before[-2:] in ("a.", "p.") and _after_a_number(line, token_start - 3):
            return following.isupper()  # Spanish's spaced time of day: "a las 8 a. m. La policía llegó"
        return (
            written.isupper()
            and not (before[-1:] == "." and before[-2:-1].isalpha() and not before[-3:-2].isalpha())
            and _next_word(line, position) in _OPENERS_AFTER_A_LETTER
        )
    if "@" in word or "/" in word or word.startswith("www."):
        # An e-mail address or URL closing a sentence: blingfire takes its dots for part of it.
        return following.isupper() or blingfire_says(position)
    if (
        "." in word
        and (following.islower() or _HANGUL[0] <= following <= _HANGUL[1])
        and word.replace(".", "").isdigit()
    ):
        # A date as Finnish, Czech and German write it, day and month, before the word going on with the
        # sentence ("ti 14.5. klo 18", "od 1.7. platí"), or as Korean writes it ("2024.3.15. 보도자료를"): it
        # had ended one. As a whole number does.
        return False
    if word.isdigit():
        if _RIGHT_TO_LEFT_LETTERS[0] <= following <= _RIGHT_TO_LEFT_LETTERS[1]:
            # Hebrew and Arabic have no capitals to tell a sentence's opening from the rest: a number before
            # their letters ends its sentence ("בן 25. החקירה נמשכת", "عام 2024. وقال"), which had run on.
            return True
        if token_start < _LIST_MARKER_INDENT and not line[:token_start].strip("•*-–— \t"):
            return False  # a numbered list marker, "1. Parking fees double."
        # Read only where the number is near the sentence's start (its white space is behind that start):
        # copied from the start of a sentence that never ends (a Korean date run on, "2024. 3. 15. 새 ..."
        # 50,000 times), the test cost 11 s a line.
        if (
            len(word) <= _ORDINAL_DIGITS
            and token_start - sentence_start <= _LIST_MARKER_INDENT
            and not line[sentence_start:token_start].strip()
        ):
            # A number alone is no sentence: an ordinal opening one ("1. Lig'de maçlar ertelendi.", "2.
            # Bundesliga"), or a list's item run into its line before a quotation ('1. "Mad Men," 9 p.m.').
            return False
        if following in _OPENING_PUNCTUATION:
            return True
        if following.isupper():
            # An ordinal's noun follows it, never an article or a pronoun: German football copy leaves the
            # minute out at a sentence's end ("Müller traf in der 89. Die Gäste ..."), and that had run on.
            return not _ordinal_noun_follows(line, position) and not (
                len(word) <= _ORDINAL_DIGITS
                and _after_an_article(line, token_start)
                and _next_word(line, position) not in _OPENERS_AFTER_AMOUNTS
            )
        # A figure closing one item of a list run into its line, before the next item's number: "1. Lewis
        # Hamilton 93. 2. Nico Rosberg 66." (not "3.5", nor a date's "12. 3. 2024", nor a Korean one before
        # its sentence's next word, "2024. 3. 15. 새 정책을", whose day had gone as a list's number).
        item = _LIST_NUMBER.match(line, position) if following.isdigit() else None
        return item is not None and not _HANGUL[0] <= line[item.end()] <= _HANGUL[1]
    if word in _MEASURES and following.isdigit() and _after_a_number(line, token_start):
        return not _OUNCES.match(line, position)
    if word in _TELEPHONE_WORDS:
        return not _DIALLED_NUMBER.match(line, position)
    if word in _BEFORE_NUMBERS:
        # "ok. 1,5 tys.", "ст. 112"; and the hour before another of these ("ok. godz. 1.30") or as a unit
        # after its number ("od 20 do 240 godz. miesięcznie"), which had each ended a Polish sentence.
        return not (
            following.isdigit()
            or (
                following.islower()
                and (_next_word(line, position) in _BEFORE_NUMBERS or _after_a_number(line, token_start))
            )
        )
    if word in _CURRENCIES or word in _UNITS:
        # "руб. в месяц", "грн. Раніше", "руб. «Это", "2 pct. Analysts", "долл. США".
        return (following.isupper() or following in _OPENING_QUOTES) and _next_word(
            line, position
        ) not in _COUNTED_AFTER_UNITS
    if (
        "." in word
        and following.isupper()
        and _closes_an_acronym_or_a_degree(line, token_start, written, position)
    ):
        return True
    dotted = "." in word and _is_dotted(word)
    plural = len(word) == 2 and end - 2 == token_start and _is_doubled_capital(line[token_start:end])
    if word in _AMOUNTS_LIKE_WORDS and not _after_a_number(line, token_start):
        return True  # "Non è colpa mia. 20 anni fa ...": the Italian "my", not the Danish billion
    if (
        dotted
        and token_start - sentence_start <= _LIST_MARKER_INDENT
        and not line[sentence_start:token_start].strip(_OPENING_PUNCTUATION + " \t")
    ):
        # Initials opening their sentence are no sentence of their own: "A.o. Scott, new york times: ..."
        # (CNN/DM's capital on a sentence's first letter, where "A.O. Scott" ran on) had left "A.o." alone.
        return False
    if dotted or word in _ABBREVIATIONS or plural or (word in _STATES and written.istitle()):
        if following in _OPENING_QUOTES and line[position + 1 : position + 2].isupper():
            position += 1  # a quotation opening the next sentence: 'by Acme Co. "It is a good deal," ...'
        elif not following.isupper():
            # English's "ill" after the verbs and adverbs it follows ends its sentence before a lower-case
            # word, as CNN/DM's case-folded text writes the next ("she fell ill. doctors ..."), not the
            # Hungarian "respectively".
            return word == "ill" and _previous_word(line, token_start) in _BEFORE_ENGLISH_ILL
            # "Jan. 5", "etc. are", "the u.s. senate", "in Kan. on Friday", "EE. UU. anunció" run on
        next_word = _next_word(line, position)
        if _closes_a_doubled_pair(line, token_start, written):
            # Spanish's "EE.UU." and "EE. UU." end a sentence before a capital ("de EE.UU. El Gobierno ...",
            # which had run on unspaced), but not before a name ("el presidente de EE. UU. Donald Trump", which
            # had ended spaced): two capitalised words, the first no opener.
            words = line[position : position + _NAME_REACH].split(maxsplit=2)
            return (
                next_word in _OPENERS_AFTER_A_LETTER
                or next_word in _SPANISH_ARTICLES
                or len(words) < 2
                or not words[1][:1].isupper()
            )
        if plural:
            # "EE. UU. anunció" runs on, "World War II. The ..." ends.
            pair_follows = (
                _is_doubled_capital(line[position : position + 2])
                and line[position + 2 : position + 3] == "."
            )
            return not pair_follows
        if word in ("a.m", "p.m"):
            # "6 a.m. Friday", "at 5 p.m. Eastern time", "2:45 p.m. Paris time" run on.
            two_words = _TWO_WORDS.match(line, position)
            return next_word not in _AFTER_TIME and not (two_words and two_words.group(2) == "time")
        if word in _AMOUNTS and _after_a_number(line, token_start):
            if word in _AMOUNTS_BEFORE_LOWER_CASE_NOUNS:
                # What a Nordic or Finnish amount counts is in lower case ("5 mill. kr.", "5 milj. euroa") or
                # a currency's code ("5 mill. NOK"): a word in capitals after it opens a sentence ("5 mill. Det
                # sier kommunen", "5 milj. Kunta vahvisti"), which had run on.
                written_next = _WORD_START.match(line, position)
                return written_next is not None and not written_next.group().isupper()
            return next_word in _SENTENCE_OPENERS or next_word in _OPENERS_AFTER_AMOUNTS  # not "Mrd. Euro"
        if written == "No" and _previous_word(line, token_start).rstrip(":,") in _SPEECH_VERBS:
            # After a verb of saying, "No." is the answer given, not a number's sign: "Smith said No. Ten
            # days later ...", "he answered: No. Days later ..." and "Smith said, No. Ten ..." had run on
            # into one sentence. A figure after it is still the number's ("said No. 10 Downing Street ...":
            # no capital follows), and so is a number word heading a street's name ("said No. Ten Downing
            # Street officials ...", which had ended at "No.").
            return not (next_word in _NUMBERS_AS_WORDS and _heads_a_name(line, position))
        if written in ("no", "No") and next_word in _NUMBERS_AS_WORDS:
            # A number written as a word after a capitalised name is its figure ("Room no. Five on Tuesday",
            # "Gate No. Two", which had ended at "no."), where "said no. Five people ..." follows a
            # lower-case word and "Obama: No. Five ..." a sign. A capitalised word opening a sentence or a
            # clause may be a slogan's verb ("Their leaflets said: Vote No. Three weeks later ...", which had
            # run on): there the number is a name's only before another name ("World No. One Novak ...").
            before = _words_before(line, token_start, 2)
            if before and before[-1].isalpha() and before[-1][0].isupper():
                opens = len(before) < 2 or before[0][-1] in _CLAUSE_ENDS
                two_words = _TWO_WORDS.match(line, position) if opens else None
                if not opens or (two_words is not None and two_words.group(2)[:1].isupper()):
                    return False
        if written == "no" and line[position + 1 : position + 2].islower():
            # The number's "No." comes before its figure ("No. 10"); "no" in lower case before a capitalised
            # word is the word, ending its sentence in Spanish, Italian, Portuguese and English alike ("Los
            # sindicatos dijeron que no. El alcalde ...", "They said no. Los Angeles ..."), which had run
            # into the next one (and 100,000 such sentences into one too long to summarize).
            return True
        return (
            next_word in _SENTENCE_OPENERS
            or (next_word in _FUNCTION_WORD_OPENERS and not _headline_goes_on(line, position))
            or blingfire_says(position)
        )
    # An ordinary word before the period: a boundary whatever follows, lower-case text included; but not
    # an ordinal's ending before the lower-case noun it numbers ("el 2n. trimestre", "la 1a. edició").
    return not (following.islower() and _is_ordinal_with_ending(word))


def _heads_a_name(line: str, position: int) -> bool:
    """Whether the word at ``line[position:]`` is followed by a capitalised word and a street's ("Ten
    Downing Street", "One Police Plaza"): an address's number. Any two capitalised words are not enough,
    a sentence opens with a count of a party's members ("she said No. Two Labour MPs then ...")."""
    two_words = _TWO_WORDS.match(line, position)
    if two_words is None or not two_words.group(2)[:1].isupper():
        return False
    name = _TWO_WORDS.match(line, two_words.start(2))
    return name is not None and name.group(2) in _STREET_WORDS


def _closes_an_acronym_or_a_degree(line: str, token_start: int, written: str, position: int) -> bool:
    """Whether the dotted abbreviation ``written`` (at ``token_start`` in ``line``, a capital at ``position``
    after its period) ends its sentence as an acronym or a degree after a name does. One that closes on an
    acronym, as Vietnamese writes a city ("TP.HCM", Ho Chi Minh City) or German a company ("Co.KG"), ends it
    as "the FBI." does; not one that closes on a letter alone ("U.S.", "D.C."), nor Spanish's doubled plural
    ("EE.UU."). So does an academic degree written after a name and its comma, as Indonesian writes them
    ("Budi Santoso, M.Si. Sidang dimulai ...", "S.Kom.", "Ph.D."), in mixed case where a place's initials are
    capitals ("Washington, D.C. Mayor ..."), unless another degree follows ("M.Si. Ph.D."). Both had been
    left to blingfire, which ran them into the next sentence."""
    last = written.rpartition(".")[2]
    if len(last) > 1 and last.isupper() and not _is_doubled_capital(last):
        return True
    if line[max(0, token_start - 2) : token_start] != ", " or written.isupper() or written.islower():
        return False
    following_word = _WORD_START.match(line, position)
    return following_word is not None and line[following_word.end() : following_word.end() + 1] != "."


def _is_dotted(word: str) -> bool:
    """Whether ``word`` (holding a period) is letters in groups of three at most between periods: "u.s",
    "a.m", "ph.d", "ee.uu"."""
    return all(part.isalpha() and len(part) <= 3 for part in word.split("."))


def _is_ordinal_with_ending(word: str) -> bool:
    """Whether ``word`` is a number of at most three digits with an ordinal's ending (:data:`_ORDINAL_ENDINGS`):
    "2n", "1a", "3rs"."""
    digits = len(word) - len(word.lstrip("0123456789"))
    return 0 < digits <= _ORDINAL_DIGITS and word[digits:] in _ORDINAL_ENDINGS


def _attributed_by_name(line: str, start: int) -> bool:
    """Whether ``line`` goes on at ``start`` with a speaker's name and a verb of speech ("Smith asked",
    "Mr. Joe Biden said", "George W. Bush asked"): up to :data:`_NAME_WORDS` capitalised words (the periods
    of titles and initials the only stops among them; not a common sentence opener: '"Who?" Police said
    nothing.'), then one of :data:`_SPEECH_VERBS`, not opening a clause of reported speech of its own ('"Why?" Mr Blair said he
    would not respond.' starts a sentence)."""
    words = line[start : start + _ATTRIBUTION_REACH].split(maxsplit=_NAME_WORDS + 2)
    if not words or words[0].lower() in _SENTENCE_OPENERS:
        return False
    for count, word in enumerate(words):
        if not word[0].isupper():
            if count == 0 or word.rstrip(",.;:") not in _SPEECH_VERBS:
                return False
            clause = words[count + 1].lower() if count + 1 < len(words) and word[-1].isalpha() else ""
            return clause not in _REPORTED_SPEECH
        # A title's period or an initial's ("Mr. Joe Biden", "George W. Bush") is part of the name.
        name = word[:-1] if word.endswith(".") and (word[:-1].lower() in _TITLES or len(word) == 2) else word
        if count == _NAME_WORDS or not name.replace("-", "").replace("'", "").replace("’", "").isalpha():
            return False
    return False


def _attributed_by_pronoun(line: str, start: int) -> bool:
    """Whether ``line`` goes on at ``start``, after a quotation closing on "?" or "!" (and the closing mark
    itself, where a spaced one stands there: "? ' He wrote."), with the short clause that attributes it, a
    pronoun and a verb of speech closed by a stop or a comma: 'He said.', 'She asked,'. Not 'He said the
    plan was fine.', reported speech of its own; CNN/DM's 'He said.' had been a sentence alone, ten of them
    in its first 2,000 articles."""
    if line[start] in _QUOTATION_CLOSES and line[start + 1 : start + 2] == " ":
        start += 2
    words = line[start : start + _PRONOUN_ATTRIBUTION_REACH].split(maxsplit=2)
    return (
        len(words) > 1
        and words[0].lower() in _SPEAKING_PRONOUNS
        and words[1][-1:] in ".,"
        and words[1][:-1] in _SPEECH_VERBS
    )


def _follows_a_name(line: str, token_start: int) -> bool:
    """Whether the word before ``token_start`` is a name ("Elm", "Griffey") or an ordinal ("42nd"): a
    capitalised word that is no common sentence opener ("The St. Louis Cardinals"), or a number."""
    previous = line[max(0, token_start - _NAME_REACH) : token_start].rstrip().rpartition(" ")[2]
    return previous[:1].isdigit() or (previous[:1].isupper() and previous.lower() not in _SENTENCE_OPENERS)


def _headline_goes_on(line: str, start: int) -> bool:
    """Whether the word at ``start`` is followed by a capitalised one, as in a headline set in title case
    ("U.S. Stocks Fall as ...", "Acme Inc. Shares Jump"): there "Stocks" continues the name before it, where
    a sentence of prose goes on in lower case ("U.S. Sales fell 3%.")."""
    two_words = _TWO_WORDS.match(line, start)
    return two_words is not None and two_words.group(2)[:1].isupper()


def _is_elided_title(word: str) -> bool:
    """Whether ``word`` is a title after an elided article or preposition, as Italian writes one ("l'on",
    "dell'avv", "all’ing")."""
    if "'" not in word and "’" not in word:  # nearly every word: two substring tests in C
        return False
    elided, apostrophe, title = word.replace("’", "'").rpartition("'")
    return bool(apostrophe) and elided.isalpha() and title.lower() in _ELIDED_TITLES


def _hyphened_initials(word: str) -> bool:
    """Whether ``word`` is the initials of a hyphened first name, as French writes them: "J.-M", "J.-P"."""
    return ".-" in word and all(len(part) == 1 and part.isalpha() for part in word.split(".-"))


def _closes_a_doubled_pair(line: str, token_start: int, written: str) -> bool:
    """Whether the abbreviation ``written`` (at ``token_start`` in ``line``) closes Spanish's plural of two
    doubled capitals, "EE.UU." or, spaced, "EE. UU." (its second half)."""
    first, stop, second = written.partition(".")
    if stop:
        return _is_doubled_capital(first) and _is_doubled_capital(second)
    return (
        _is_doubled_capital(written)
        and line[max(0, token_start - 2) : token_start] == ". "
        and _is_doubled_capital(line[max(0, token_start - 4) : token_start - 2])
    )


def _is_doubled_capital(word: str) -> bool:
    """Whether ``word`` is a capital letter twice, as Spanish abbreviates a plural ("EE. UU.", "CC. OO.",
    "FF. AA."): an abbreviation, not a word that ends a sentence."""
    return len(word) == 2 and word[0] == word[1] and word.isupper()


def _labels_a_clause(line: str, token_start: int) -> bool:
    """Whether the letter that starts at ``token_start`` follows a provision's number ("Section 3 a.",
    "§ 12 c.", "§12 c."; :data:`_PROVISIONS`), read over the few characters before it."""
    words = line[max(0, token_start - _PROVISION_REACH) : token_start].split()
    return words[-1][0] == "§" or (len(words) > 1 and words[-2].rstrip(".").lower() in _PROVISIONS)


def _ordinal_noun_follows(line: str, start: int) -> bool:
    """Whether the word at ``start`` is one of :data:`_ORDINAL_NOUNS`, read without the case ending Turkish
    writes after an apostrophe ("1. Lig'de")."""
    return _next_word(line, start).replace("’", "'").partition("'")[0] in _ORDINAL_NOUNS


def _after_an_article(line: str, token_start: int) -> bool:
    """Whether the number that starts at ``token_start`` follows a German article or a preposition that holds
    one (:data:`_ORDINAL_ARTICLES`): "im 2.", "Der 3."."""
    words = line[max(0, token_start - _NAME_REACH) : token_start].split()
    return bool(words) and words[-1].lower() in _ORDINAL_ARTICLES


def _opens_on_a_lithuanian_date(line: str, sentence_start: int, token_start: int, mark: str) -> bool:
    """Whether the sentence from ``sentence_start`` up to Lithuanian's day, year or hour mark at
    ``token_start`` (``mark``: "d", "m", "val") is that date's or time's number and the words it takes
    ("gegužės 5", "2025 m. sausio 1", "2024", "18"), after a preposition at most ("Nuo 2025 m. sausio 1")."""
    tokens = _opening_words(
        line, sentence_start, token_start, _LITHUANIAN_OPENING_DATE_WORDS, _LITHUANIAN_DATE_WORD_CHARACTERS
    )
    if tokens is None:
        return False
    number = tokens.pop() if tokens else ""
    if not number.isdigit() or len(number) not in _LITHUANIAN_DATE_MARKS[mark]:
        return False
    if mark == "d" and tokens and tokens[-1].lower() in _LITHUANIAN_MONTHS:
        tokens.pop()
        if len(tokens) >= 2 and tokens[-1] == "m." and tokens[-2].isdigit():
            del tokens[-2:]  # its year ("2025 m.")
    return not tokens or (len(tokens) == 1 and tokens[0].lower() in _LITHUANIAN_DATE_PREPOSITIONS)


def _opening_words(line: str, sentence_start: int, end: int, most: int, longest: int) -> list[str] | None:
    """The words of the sentence from ``sentence_start`` to ``end``, or None where it has more than ``most``
    of them or one longer than ``longest`` characters."""
    # Read back from ``end`` over those few words, and the spaces between them however many: a sentence that
    # never ends (a Lithuanian date before its place, over and over) had been copied whole at each of its
    # marks, 1.3 s for 4,000 of them, and a window of characters took a date after a run of spaces ("Nuo",
    # 40 spaces, "2025 m. Vilniuje") for a sentence's words.
    words: list[str] = []
    position = end
    while True:
        while position > sentence_start and line[position - 1].isspace():
            position -= 1
        if position == sentence_start:
            return words[::-1]
        if len(words) == most:
            return None
        word_end = position
        while position > sentence_start and not line[position - 1].isspace():
            position -= 1
            if word_end - position > longest:
                return None
        words.append(line[position:word_end])


def _names_a_place_in_the_locative(line: str, position: int) -> bool:
    """Whether the words from ``position`` (a capital's) to the next mark of punctuation are where a date or
    time before them took place: a place in Lithuanian's locative, which ends in "e" ("Vilniuje", "Kaune",
    "Trakuose", "parke"), with a name in the genitive before it ("Vingio parke") or a preposition and a
    name after it ("Vilniuje prie Seimo", at the Seimas). No sentence, but the date's ("vyks gegužės 5 d.
    Vilniuje, prie Seimo"; "19 val. Vingio parke."), where a sentence opening on a place goes on to its verb
    ("... spalio 13 d. Vilniuje balsavo 40 proc. rinkėjų")."""
    clause = line[position : position + _LOCATIVE_CLAUSE_CHARS]
    stop = next((place for place, character in enumerate(clause) if character in _LOCATIVE_CLAUSE_ENDS), None)
    if stop is None:
        return False
    place_words = clause[:stop].split()
    if not 0 < len(place_words) <= _LOCATIVE_CLAUSE_WORDS or not all(word.isalpha() for word in place_words):
        return False
    first, rest = place_words[0], place_words[1:]
    that, verb = [*clause[stop + 1 :].split()[:2], "", ""][:2]
    if (
        not rest
        and clause[stop] == ","
        and first.endswith(_LITHUANIAN_PRESENT_WE_ENDINGS)
        and that in _LITHUANIAN_THAT
        and not verb.endswith(_LITHUANIAN_CONDITIONAL_ENDINGS)
    ):
        return False  # "Skelbiame, kad ...": we announce that
    if _in_the_lithuanian_locative(first):
        return all(
            _in_the_lithuanian_locative(word) or word[0].isupper() or word in _LITHUANIAN_PLACE_PREPOSITIONS
            for word in rest
        )
    # A genitive before the place, not any word: "Dabar dirbame." (now we work) and "Mes gyvename Kaune."
    # (we live in Kaunas) after a date are sentences of their own.
    return (
        bool(rest)
        and first.endswith(_LITHUANIAN_GENITIVE_ENDINGS)
        and all(map(_in_the_lithuanian_locative, rest))
    )


def _in_the_lithuanian_locative(word: str) -> bool:
    """Whether ``word`` may be a Lithuanian locative ("Vilniuje", "Kaune", "parke"), which ends in "e"."""
    return word.endswith("e") and not word.endswith(_LITHUANIAN_WE_ENDINGS)


def _year_with_its_mark(word: str) -> bool:
    """Whether ``word`` is a year and its mark joined by a hyphen ("2024-ж")."""
    year, _, mark = word.rpartition("-")
    return mark in _YEAR_MARKS and year.isdigit()


def _after_a_number(line: str, token_start: int) -> bool:
    """Whether the word that starts at ``token_start`` follows a number ("3,2 Mrd.", "2022 р."): read back
    over the white space only, not copying the line up to there (which, for each of 50,000 "Mrd. ", had
    copied the whole line)."""
    before = token_start - 1
    while before >= 0 and line[before].isspace():
        before -= 1
    return before >= 0 and line[before].isdigit()


def _previous_word(line: str, token_start: int) -> str:
    """The word before the one that starts at ``token_start``, lower-cased, read in the few characters before
    it (an English determiner or verb, the longest of those asked for)."""
    return "".join(_words_before(line, token_start, 1)).lower()


def _words_before(line: str, token_start: int, count: int) -> list[str]:
    """Up to ``count`` words before the one that starts at ``token_start``, as written, each read in the
    few characters :func:`_previous_word` reads."""
    return line[max(0, token_start - count * _PREVIOUS_WORD_REACH) : token_start].split()[-count:]


def _next_word(line: str, start: int) -> str:
    match = _WORD_START.match(line, start)
    return match.group().lower() if match else ""


#: The most sentence-final marks (:data:`_SENTENCE_MARKS`) an article may hold. Each costs the segmenter
#: and the engines work in Python: 20 million characters of one-word sentences ("Yes. No. Go. ...", 5
#: million of them) took 58 s, where the longest news prose of that size (250,000 sentences, Chinese
#: 530,000) takes under 5. At the bound the work is about 4 s.
MAX_SENTENCE_MARKS = 600_000
# Every mark a sentence can end on (the Greek question mark typed as ";" too), each counted in C: the other
# scripts' stops as well (Amharic's "።", Khmer's "។", Burmese's "။", Armenian's "։"), which end sentences
# as the Latin ones do; a million Amharic ones had been summarized, in 7 s and 490 MB, past the bound.
_SENTENCE_MARKS = (*FINAL_STOPS, ";")
# A full stop run into a word or a number ends no sentence ("3.5", "www.example.com", "Yes.No."): counted
# out of a text over the bound, where a long report's table of decimals had been refused for its points.
# Nor does another script's stop run into a digit (_SCRIPT_END): Armenian types it for a time's colon
# ("14։30"), and a timetable of 40,000 rows, summarized in 3 s, had been refused for its times.
_INNER_STOP = re.compile(rf"\.(?=\w)|[{_SCRIPT_STOPS}](?=\d)")


def make_document(
    text: str, *, language: str | None = None, title: str | None = None, news: bool | None = None
) -> Document:
    """Segment cleaned article text into the :class:`Document` engines read (its language detected when
    not given).

    Raises:
        EmptyInputError: the text holds no words.
        InputTooLargeError: the text holds more than :data:`MAX_SENTENCE_MARKS` sentence-final marks.
    """
    if not text.strip():
        raise EmptyInputError("the article has no text to summarize")
    # Searched in C: a generator over the characters took 2 s to refuse 20 million of punctuation.
    if not LETTER_OR_DIGIT.search(text):
        raise EmptyInputError("the article has no words to summarize, only punctuation or symbols")
    # A text shorter than the bound cannot hold more marks: most articles are spared the count.
    if len(text) > MAX_SENTENCE_MARKS:
        marks = sum(text.count(mark) for mark in _SENTENCE_MARKS)
        if marks > MAX_SENTENCE_MARKS:
            marks -= sum(1 for _ in _INNER_STOP.finditer(text))
        if marks > MAX_SENTENCE_MARKS:
            raise InputTooLargeError(
                f"the article holds {marks:,} sentence-final marks (. ! ? and the like); nutgraf takes at"
                f" most {MAX_SENTENCE_MARKS:,}, about 10,000 times a long article's sentences: give an"
                " article's prose, not data or a list of figures"
            )
    return Document(
        text=text,
        sentences=split_sentences(text),
        language=language or detect_language(text),
        title=title,
        news=news,
    )
