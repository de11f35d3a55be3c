"""A text's content words in order, where runs of them end, and which of them make up names (the
:class:`_Words` candidates are drawn from)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from itertools import compress, pairwise
from operator import gt, not_

from nutgraf.keyphrases.arabic_hebrew import _CLITICS, _bare_forms
from nutgraf.keyphrases.bounds import MAX_CHARS, MAX_THAI_CHARACTERS, MAX_WORDS
from nutgraf.keyphrases.cjk import (
    _AFTER_A_NOUN,
    _CHINESE_FUNCTION_CHARACTERS,
    _CJK,
    _CJK_PIECE,
    _COUNTERS,
    _HIRAGANA,
    _JAPANESE_FUNCTION_CHARACTERS,
    _OKURIGANA,
    _in_a_term,
)
from nutgraf.keyphrases.datelines import _DATELINE_MARK, _datelines
from nutgraf.keyphrases.korean import _KOREAN_QUALIFYING_ENDINGS, _KOREAN_SURNAMES, _KOREAN_TITLES
from nutgraf.keyphrases.languages import (
    _ADJECTIVE_ENDINGS,
    _BARE_PAST,
    _CHILLU,
    _DETERMINERS,
    _LOWER_CASE_CALENDARS,
    _NAME_LINKS,
    _NAME_PARTICLES,
    _NOT_ENDINGS,
    _OBLIQUE_BARE,
    _PAST_TENSE,
    _SOUTH_SLAVIC_DAYS,
    _VERB_ENDINGS,
    _VERB_MARKERS,
    _VERB_STEM_MIN_CHARACTERS,
    _WHOLE_AFTER_SYLLABLE,
    _WRITTEN_ON_ENDINGS,
)
from nutgraf.keyphrases.lexicon import (
    _CAPITALISED_CALENDAR,
    _CJK_WORD,
    _LOWER_STOPWORD,
    _NEWS_AGENCY,
    _NOT_A_KEYWORD,
    _PLAIN,
    _THAI_WORD,
    _TITLE_WORD,
    _Lexicon,
    _lexicon,
)
from nutgraf.keyphrases.thai import _MAX_THAI_CHARACTERS, _THAI_NOUN_PREFIXES
from nutgraf.keyphrases.turkish import _MIN_TURKISH_STEM, _TURKISH_ENDINGS
from nutgraf.keyphrases.unspaced import UNSPACED_PARTICLES
from nutgraf.language import (
    SPACED_SCRIPT_MARKS,
    stem,
    thai_words,
)

# Characters that belong to words besides \w: the combining marks of text in decomposed form and of
# scripts whose vowel signs Python does not count as word characters (Hebrew, Arabic, the Indic scripts
# but for the danda, their full stop, Thai, Burmese but for its comma and full stop, Khmer up to its
# punctuation). Khmer's vowel signs and its coeng (the mark that writes a consonant under another) had
# been left out, and its words came out in halves ("រស" of "ក្រសួង", ministry); Burmese's "။" had been read
# as a letter, and its tags ran on over a sentence's end ("ရေလွှမ်းမိုးခဲ့သည်။ ယာဉ်ကြောများ"). Tibetan's vowel signs and
# stacked letters: a Tibet Times story's tags had been the pieces between them ("གས" of "དམིགས"). And the marks
# of the scripts past U+3040 written with spaces, and Thaana's (SPACED_SCRIPT_MARKS says whose).
_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0900-\u0963\u0966-\u0dff"
    "\u0e00-\u0eff\u0f71-\u0f84\u0f86\u0f87\u0f8d-\u0fbc\u1000-\u1049\u104c-\u109f\u1780-\u17d3\u17dd"
    + SPACED_SCRIPT_MARKS
)
# A word (letters and digits, with inner hyphens and apostrophes: "Grammy-winning", "O'Brien", the zero-width
# non-joiner and joiner written inside words (Persian "راه‌اندازی", launch; Sinhala's "ප්‍ර" of "ප්‍රවාහනය",
# transport), which had cut them in two ("اندازی", "ප්" were tags), the variation selectors a page leaves
# inside a word ("Mum\ufe0fbai" had been the tags "Mum" and "bai"), and a
# stop before a digit: "JN.1", "GPT-4.5", "1.5bn"; or initials with their stops: "U.S.", Spanish "EE.UU.")
# and the characters before it, which are never word characters: the matches tile the text. The gap is
# possessive, and the last alternative takes what follows the last word, so that a long run of
# punctuation is scanned once, not once from each of its characters.
_GAP_AND_WORD = re.compile(
    rf"([^\w{_MARKS}]*+)((?:[^\W\d_]{{1,2}}\.){{2,}}|[\w{_MARKS}]+(?:[-'’\u200c\u200d\ufe0e\ufe0f][\w{_MARKS}]+)*(?:\.\d[\w{_MARKS}]*)*)"
    rf"|[^\w{_MARKS}]++$"
)
# A web address, an e-mail address or a social-media handle: its parts ("https", "amzn", "2hXyZ1") and
# the handle of a reporter's "Follow her on X @janedoe" are no keyphrases. The e-mail alternative starts
# only where a run of its characters does, so each run is read once.
_ADDRESS = re.compile(
    r"(?:https?://|www\.)\S++|(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)++|(?<![\w.+-])@\w++"
)
# An American politician's party and state after the name, set off by commas or brackets ("Dianne
# Feinstein, D-Calif., said", "(R-N.Y.)", "(I-Vt.)"), or a state legislator's party and town ("R-Provo"): a
# label, never what the story is about. Not D-Day, the D-League, an I-Team or R-Rated set off so: "the
# landings, D-Day, began" and "(D-Day)" had been masked, and D-Day was no keyphrase of a story of them.
_PARTY_LABEL = re.compile(
    r"(?:(?<=, )|(?<=\())[DRI]-(?!Day\b|League\b|Team\b|Rated\b)[A-Z][A-Za-z.]{0,24}+(?=[,)])"
)
# Characters between words that end a sentence (what follows is capitalised for grammar, not for a name).
_SENTENCE_END = re.compile(r"[.!?…:;\n]")
# A line of this many content words or more, all capitalised, is written in title case.
_MIN_HEADLINE_WORDS = 3
# A news agency named alone this many times where no credit has it is what the story is about ("Reuters to
# cut 500 jobs"); a wire story names its agency once or twice, in credits. A credit: the name in brackets,
# after a colon, a slash, "©", "(c)" or "via" (read within a few characters before it), or ending its line.
_AGENCY_AS_SUBJECT = 3
_CREDIT_REACH = 4
# What the words that name an agency as one hold ("Nachrichtenagentur", "agency", "agencia", "агентство",
# "Новости" of "РИА Новости").
_AGENCY_NOUNS = ("agen", "агент", "новост")
_CREDIT_OPENERS = ("(", "[", ":", "/", "©", "(c)", "via")
_CREDIT_CLOSERS = ("", "\n", ")", "]", "/")
# The endings that come off a word where the text has it bare too (at least three letters left, as in
# Turkish), and the longest of each language's.
# The consonants that a vowel's ending writes in place of a word's last one, which the bare word never ends
# on (or seldom: Turkish "dağ"): Turkish "kitap", "kitabı"; "renk", "rengi"; "ağaç", "ağacı"; "kanat",
# "kanadı"; Azerbaijani "Agentlik", "Agentliyi"; "bayraq", "bayrağı"; Kazakh "әкімдік", "әкімдігі"; "көп",
# "көбі"; Uzbek "yurak", "yuragi".
_CHANGED_CONSONANTS = {
    "tr": ("ğ", "b", "c", "d", "g"),
    "az": ("y", "ğ"),
    "kk": ("г", "ғ", "б"),
    "uz": ("g", "gʻ", "g‘", "b"),
}
# A word of one syllable on "ğ" is a word as written ("dağ", mountain, of "Dağı" and "Dağın"; "yağ", "bağ",
# "çağ"): Turkish and Azerbaijani write "ğ" for "k" after a vowel's ending in longer words only ("çocuk",
# "çocuğu"; "bayraq", "bayrağı").
_TURKIC_VOWELS = frozenset("aeıioöuüə")
# The first and last of Malayalam's vowel signs and its virama, which an ending opens with after a full
# consonant ("വിജയന്റെ", Vijayan's).
_MALAYALAM_VOWEL_SIGNS = ("\u0d3e", "\u0d4d")
# The first and last of Malayalam's consonants.
_MALAYALAM_CONSONANTS = ("\u0d15", "\u0d39")
_FOLDED_ENDINGS = {"tr": _TURKISH_ENDINGS, **_WRITTEN_ON_ENDINGS}
_LONGEST_ENDING = {language: max(map(len, endings)) for language, endings in _FOLDED_ENDINGS.items()}
# Names longer than this are titles and names together ("Former US Secretary Hillary Clinton"): their
# words are candidates as other words are.
_MAX_NAME_WORDS = 4


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
        "oblique",
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
        # Indexes of the words that are Chinese or Japanese characters (or katakana words), or Thai words.
        self.characters: set[int] = set()
        # Indexes of the words read as a bare form they do not open with (an oblique stem's, Telugu's
        # "మార్గాన్ని" read as "మార్గం"): shown whole, they are a tag's form only where the text writes no
        # other.
        self.oblique: set[int] = set()
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
        # Only this much is read for words (below), so only this much is marked: the marks of addresses and
        # party labels had been made over the whole text, 4 s of an 18 MB text of which a megabyte is read.
        text = text[:MAX_CHARS]
        if "://" in text or "www." in text or "@" in text:
            # Marks, not spaces, in their place: the offsets stay, and runs end there.
            text = _ADDRESS.sub(lambda address: "|" * len(address.group()), text)
        if language == "en" and "-" in text:
            text = _PARTY_LABEL.sub(lambda label: "|" * len(label.group()), text)
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
        thai_left = MAX_THAI_CHARACTERS
        # Each word with the characters before it: offsets add up, and findall does the scanning in C.
        for gap, word in _GAP_AND_WORD.findall(text):
            if not word or len(stems) >= MAX_WORDS:
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
                if key[2] and in_run and language in UNSPACED_PARTICLES:
                    # Khmer's or Lao's "and" or "in" opened the stretch: the phrase before ends there.
                    run_ends.append(len(stems))
                if key[4] != _PLAIN and (key[4] == _NEWS_AGENCY or not (after_title and gap == " ")):
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
                if thai_left <= 0:
                    break
                self._add_thai(word[:thai_left], position, lexicon.stop, in_run and gap == " ")
                thai_left -= len(word)
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
        if language in _LOWER_CASE_CALENDARS:
            self._keep_calendar_names(weak)
        self.joined = self._join_names(weak)
        if links := _NAME_LINKS.get(language):
            self._link_names(text, links)
        dropped = []
        if weak:
            self._unlink_calendar_words(weak)
            dropped = self._weak_words(weak, lowered, text)
        if verbal or language == "fr" or language in _VERB_ENDINGS:
            dropped += self._verbs(verbal, determined, text)
        if language == "ko":
            dropped += self._korean_qualifying_predicates(text)
        # Taken out at once: each taking out rebuilds every list.
        self._drop(dropped)
        if clitics := _CLITICS.get(language):
            self._fold_clitics(clitics, known_stems)
        elif endings := _FOLDED_ENDINGS.get(language):
            self._fold_endings(endings, known_stems)
        elif language == "en":
            self._fold_plurals_in_us()
        elif language == "hu":
            self._whole_words_in_t(text, known_stems)
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

    def _fold_plurals_in_us(self) -> None:
        """Read an English word in -us as the plural of the same word without its s where the text has
        that word too: Snowball keeps the s of every -us ("campus", "virus"), so "menus" and "menu" were
        two keyphrases of one story. Only a word the text writes in lower case somewhere past a sentence's
        start: a name is no plural ("Venus Williams ... the venue" had made "venue", stemmed "venu", part
        of her name)."""
        stems, informative, cased = self.stems, self.informative, self.cased
        present = set(stems)
        plural = {
            stem_: stem_[:-1]
            for stem_ in present
            if stem_.endswith("us") and stem_[:-1] in present and informative[stem_] > cased[stem_]
        }
        if not plural:
            return
        for i, stem_ in enumerate(stems):
            if (singular := plural.get(stem_)) is not None:
                stems[i] = singular

    def _whole_words_in_t(self, text: str, known: frozenset[str]) -> None:
        """Key a Hungarian word in -t by the whole word where Snowball took its t off as the accusative's and
        the text (or ``known``) has the whole word as another form's stem: "Budapest" is "budapes" to
        Snowball, "Budapesten" and "Budapestre" are "budapest", and the three are one keyphrase."""
        stems, starts, ends = self.stems, self.starts, self.ends
        seen = set(stems) | known
        for i, stem_ in enumerate(stems):
            whole = stem_ + "t"
            if whole in seen and text[starts[i] : ends[i]].lower() == whole:
                stems[i] = whole

    def _fold_endings(self, endings: frozenset[str], known: frozenset[str]) -> None:
        """Take a word's plural, possessive and case ending (Turkish), or its postposition (Nepali, Bengali,
        Amharic), off where the rest is a word of the text (or of ``known``) too, or the rest of another word
        with another ending: "enflasyonun" and "enflasyon", "şüpheliler" and "şüpheli" are one keyphrase,
        read as the bare word."""
        stems, ends = self.stems, self.ends
        longest = _LONGEST_ENDING[self.language]
        present = set(stems)
        seen = present | known
        whole = _NOT_ENDINGS.get(self.language, ())
        ending_after_syllable, syllable_closes = _WHOLE_AFTER_SYLLABLE.get(self.language, ("", ()))
        changed = _CHANGED_CONSONANTS.get(self.language, ())
        # Each word's possible bare forms, longest first, and how many words of the text end so after each.
        splits = {
            stem_: [
                _bare_rest(stem_[:-length], stem_[-length:], self.language)
                for length in range(1, min(longest, len(stem_) - _MIN_TURKISH_STEM) + 1)
                if stem_[-length:] in endings
                and not (length == 1 and stem_.endswith(whole))
                and not (
                    len(stem_) - length == _MIN_TURKISH_STEM
                    and stem_[-length:] == ending_after_syllable
                    and stem_[-length - 2 : -length] in syllable_closes
                )
            ]
            for stem_ in present
        }
        inflected = Counter(rest for rests in splits.values() for rest in rests)
        bare: dict[str, str] = {}
        unwritten: set[str] = set()
        for stem_, rests in splits.items():
            # The bare word is the shortest that is a word of the text ("faizini", "faizi", "faiz"); else,
            # unless another word is this one with an ending ("vergi" of "vergisi"), one that two words
            # are with different endings ("golüyle" and "golün", with the goal, of the goal).
            rest = min((rest for rest in rests if rest in seen), key=len, default=None)
            if rest is None and not inflected[stem_]:
                rest = next((rest for rest in rests if inflected[rest] >= 2), None)
                if (
                    rest is not None
                    and rest.endswith(changed)
                    and not (rest.endswith("ğ") and sum(map(_TURKIC_VOWELS.__contains__, rest)) == 1)
                ):
                    unwritten.add(stem_)
            if rest is not None:
                bare[stem_] = rest
        if not bare:
            return
        for i, stem_ in enumerate(stems):
            if (rest := bare.get(stem_)) is not None:
                stems[i] = rest
                # A rest no word of the text writes, ending on a consonant that a vowel's ending gives in
                # place of another, is shown as the text writes the word: the rest of two forms is no word
                # ("Agentliy" of "Agentliyi" and "Agentliyin", whose bare word is "Agentlik"), and had been
                # shown as a tag.
                # So is an oblique stem's bare form, which the word does not open with ("మార్గం" of
                # "మార్గాన్ని").
                if not stem_.startswith(rest):
                    self.oblique.add(i)
                elif stem_ not in unwritten:
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
        tokens = sorted(set(text.split()))
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

    def _keep_calendar_names(self, weak: dict[int, int]) -> None:
        """Keep as a name a calendar word the text capitalises mid-sentence, in a language that writes its
        months in lower case: Croatian's "Marta" there is a woman, as "marta" after a day is March. Not a day
        of the week: "Utorak" so written is Tuesday, which had become a tag."""
        days = self._day_stems()
        for i in [
            i
            for i, kind in weak.items()
            if kind == _CAPITALISED_CALENDAR and self.cased[self.stems[i]] and self.stems[i] not in days
        ]:
            del weak[i]

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
        """The stopwords, calendar words and news agencies written capitalised that are not part of a name
        ("New" in "New rules", "Friday", "Reuters" beside "Thomson Reuters"), except the stopwords the text
        capitalises mid-sentence twice or more and never writes in lower case ("Microsoft") and an agency
        the story names :data:`_AGENCY_AS_SUBJECT` times or more where no credit has it ("Reuters to cut
        500 jobs"): the words to take out."""
        joined, cased, stems = self.joined, self.cased, self.stems
        for i in weak:
            if weak[i] == _NEWS_AGENCY and (joined[i] or (i > 0 and joined[i - 1])):
                self._unlink_agency_name(i, weak, text)
        alone = [i for i in weak if not joined[i] and not (i > 0 and joined[i - 1])]
        subjects = Counter(
            stems[i]
            for i in alone
            if weak[i] == _NEWS_AGENCY and not _credit(text, self.starts[i], self.ends[i])
        )
        return [
            i
            for i in alone
            if (
                subjects[stems[i]] < _AGENCY_AS_SUBJECT
                if weak[i] == _NEWS_AGENCY
                else weak[i] == _CAPITALISED_CALENDAR
                or cased[stems[i]] < 2
                or text[self.starts[i] : self.ends[i]].lower() in lowered
            )
        ]

    def _unlink_agency_name(self, index: int, weak: dict[int, int], text: str) -> None:
        """Part the name holding the agency at ``index`` where its other words only say it is an agency
        ("Nachrichtenagenturen Reuters", German capitalising its nouns; "Agentur Reuters", "РИА Новости"):
        "Thomson Reuters" stays a name."""
        joined = self.joined
        first = last = index
        while first > 0 and joined[first - 1]:
            first -= 1
        while joined[last]:
            last += 1
        if all(
            weak.get(i) == _NEWS_AGENCY
            or any(map(text[self.starts[i] : self.ends[i]].casefold().__contains__, _AGENCY_NOUNS))
            for i in range(first, last + 1)
        ):
            for i in range(first, last):
                joined[i] = False

    def _verbs(self, verbal: list[int], determined: list[int], text: str) -> list[int]:
        """The verbs: each word in lower case whose form the text writes, somewhere, after a word a verb
        follows (at ``verbal``: "ont manifesté", "ne dénonce"), in French a word in "-ent" beside its form
        in "-e" ("dénoncent" and "dénonce"), in Spanish, Russian and Polish a word that ends as a finite
        verb does (:data:`_VERB_ENDINGS`, :func:`_past_tense`: "anunció", "заявил", "przyjechał"); never a
        form the text also writes after an article, a determiner or (Russian, Polish) a preposition (at
        ``determined``: "la grève" beside "faire grève", "le président" beside "préside", "в финал")."""
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
        if self.language in _VERB_ENDINGS:
            lowered = {form(i) for i, upper in enumerate(capitalised) if not upper}
            endings = _VERB_ENDINGS[self.language]
            shortest_stem = _VERB_STEM_MIN_CHARACTERS.get(self.language, 0)
            forms.update(
                form_
                for form_ in lowered
                if form_.endswith(endings)
                and any(
                    form_.endswith(ending) and len(form_) - len(ending) >= shortest_stem for ending in endings
                )
            )
            if past := _PAST_TENSE.get(self.language):
                forms |= self._unqualified(_past_tense(lowered, *past), lower_text)
        forms -= {form(i) for i in determined}
        if not forms:
            return []
        # A form's stem is its word's, as the lexicon keys it (the form itself where keyphrases stem no word
        # of the language: Catalan's "aprovat"): only the words of those stems are read.
        form_stems = {_lexicon(self.language).stem(form_) for form_ in forms}
        return [
            i
            for i, stem_ in enumerate(stems)
            if stem_ in form_stems and not capitalised[i] and form(i) in forms
        ]

    def _unqualified(self, forms: set[str], lower_text: str) -> set[str]:
        """Of ``forms`` (the past tenses), those the text never writes where a noun stands, nouns written in
        one form only having been lost to the past tense's rule: right after a word in lower case that
        ends as an adjective does (:data:`_ADJECTIVE_ENDINGS`: "уставный капитал", "новые правила"), or,
        bare (:data:`_BARE_PAST`), right after another of ``forms`` not bare, as its object ("начали
        обстрел", "wzięło udział"). After a bare one it may be the verb of a noun ending as a past tense
        ("генерал заявил", "kanał poinformował" had made the verb a tag), so it stays a past tense there."""
        endings = _ADJECTIVE_ENDINGS.get(self.language, ())
        bare = _BARE_PAST.get(self.language)
        if not forms or not (endings or bare):
            return forms
        starts, ends, capitalised = self.starts, self.ends, self.capitalised
        qualified = set()
        for i in range(1, len(starts)):
            if ends[i - 1] + 1 != starts[i] or capitalised[i - 1] or lower_text[ends[i - 1]] != " ":
                continue
            form_ = lower_text[starts[i] : ends[i]]
            if form_ not in forms:
                continue
            before = lower_text[starts[i - 1] : ends[i - 1]]
            if (endings and before.endswith(endings)) or (
                bare and form_.endswith(bare) and before in forms and not before.endswith(bare)
            ):
                qualified.add(form_)
        return forms - qualified

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
            if len(self.stems) >= MAX_WORDS:  # a stretch may be the whole text: no space in it
                break
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
        """A stretch of Thai as its words (:func:`~nutgraf.language.thai_words`), a run of them cut at each
        stopword; ``in_run``: the run before goes on into the first word."""
        if not in_run:
            self.run_ends.append(len(self.stems))
        prefix_start = None  # where a noun's prefix the list has apart from its word starts
        for piece_start, piece_end, known in thai_words(word):
            piece = word[piece_start:piece_end]
            if piece in _THAI_NOUN_PREFIXES:
                prefix_start = piece_start
                continue
            if piece in stop or len(piece) < 2 or (not known and len(piece) > _MAX_THAI_CHARACTERS):
                prefix_start = None
                self.run_ends.append(len(self.stems))
                continue
            if prefix_start is not None:
                piece_start, prefix_start = prefix_start, None
            self.characters.add(len(self.stems))
            self.stems.append(word[piece_start:piece_end])
            self.starts.append(start + piece_start)
            self.ends.append(start + piece_end)
            self.opens.append(False)
            self.capitalised.append(False)
        self.run_ends.append(len(self.stems))

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

    def _opening_first_name(self, index: int, weak: dict[int, int], pairs: Counter[tuple[str, str]]) -> bool:
        """Whether the word opening a sentence is a first name before the surname after it: capitalised,
        no stopword, written nowhere else in the text, before a word capitalised where case is the
        writer's, the two standing so twice or more ("Ben Barnes has revealed ... Ben Barnes said"; not
        "Although Page", "Comment Over"). A name given in full once, in the lede ("Gordon Brown is to
        freeze ..."), and then by surname ("Mr Brown") is the surname's: its first mention counts for it.
        """
        capitalised, stems = self.capitalised, self.stems
        if not (
            capitalised[index]
            and capitalised[index + 1]
            and not self.opens[index + 1]
            # A month opening the sentence where months are written in lower case is a woman's first name
            # ("Maja Novak je nova ministrica ... Maja Novak je prej vodila ...": "Maja" had been cut).
            and (index not in weak or self._month_as_first_name(index, weak))
            and index + 1 not in weak
            and not self.informative.get(stems[index])
        ):
            return False
        if not pairs:
            pairs.update(pairwise(stems))
        return pairs[stems[index], stems[index + 1]] >= 2

    def _month_as_first_name(self, index: int, weak: dict[int, int]) -> bool:
        """Whether the weak word at ``index`` is a month, never a day, in a language whose calendar is written
        in lower case (:data:`_LOWER_CASE_CALENDARS`), where capitalised it may be a name ("Maja", "Marta")."""
        return (
            weak[index] == _CAPITALISED_CALENDAR
            and self.language in _LOWER_CASE_CALENDARS
            and self.stems[index] not in self._day_stems()
        )

    def _day_stems(self) -> frozenset[str]:
        """The stems of the days of the week of the South Slavic languages (:data:`_SOUTH_SLAVIC_DAYS`)."""
        return frozenset(map(_lexicon(self.language).stem, _SOUTH_SLAVIC_DAYS.split()))

    def _join_names(self, weak: dict[int, int]) -> list[bool]:
        """For each word, whether it and the next are parts of one name."""
        joined = [False] * len(self.stems)
        capitalised = self.capitalised
        # How often each two words stand side by side: counted once, where a sentence opens on a name.
        pairs: Counter[tuple[str, str]] = Counter()
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
                    or (j == i and j + 1 < run_end and self._opening_first_name(j, weak, pairs))
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


def _past_tense(
    forms: set[str],
    noun_roots: tuple[str, ...],
    groups: tuple[tuple[str, dict[str, tuple[str, ...]]], ...],
) -> set[str]:
    """Of ``forms`` (a Russian or Polish text's words in lower case), those in the past tense or the
    infinitive (:data:`_PAST_TENSE`: one of a group's vowels, not after ``noun_roots``, one of its
    consonants, one of that consonant's endings) whose letters up to the consonant the text never writes
    with another of the group's consonants and endings, as a noun declines: "заявил", "рассказала"; not
    "финал" beside "финале"."""
    found: dict[str, tuple[str, dict[str, tuple[str, ...]]]] = {}
    for form_ in forms:
        # The ending is at most three letters after the consonant, and two letters come before it.
        for k in range(max(3, len(form_) - 4), len(form_)):
            for vowels, group in groups:
                if (
                    form_[k] in group
                    and form_[k + 1 :] in group[form_[k]]
                    and form_[k - 1] in vowels
                    and not form_.endswith(noun_roots, 0, k)
                ):
                    found[form_] = (form_[:k], group)
                    break
            else:
                continue
            break
    if not found:
        return set()
    ordered = sorted(forms)
    verbs = set()
    for form_, (root, group) in found.items():
        at = bisect_left(ordered, root)
        while at < len(ordered) and ordered[at].startswith(root):
            other = ordered[at]
            consonant = other[len(root) : len(root) + 1]
            if consonant in group and other[len(root) + 1 :] not in group[consonant]:
                break
            at += 1
        else:
            verbs.add(form_)
    return verbs


def _headline_case(opens: list[bool], capitalised: list[bool], line_start: int) -> None:
    """Mark the words of a line written in title case ("Music Stars in Public, Victims of Abuse at Home"):
    there capitals are style, not names."""
    line = len(capitalised) - line_start
    if line >= _MIN_HEADLINE_WORDS and all(capitalised[line_start:]):
        opens[line_start:] = [True] * line


def _credit(text: str, start: int, end: int) -> bool:
    """Whether the agency's name at ``start:end`` credits the story or a picture: in brackets, after a
    colon, a slash, "©", "(c)" or "via" ("Foto: Reuters", "© AFP", "via Reuters"), or ending its line."""
    before = text[max(0, start - _CREDIT_REACH) : start].rstrip().casefold()
    return before.endswith(_CREDIT_OPENERS) or text[end : end + 1] in _CREDIT_CLOSERS


def _bare_rest(rest: str, ending: str, language: str) -> str:
    """What is left of a word without ``ending``, as its bare form writes it where the ending is written
    onto an oblique stem (:data:`_OBLIQUE_BARE`, :data:`_CHILLU`): Telugu "మార్గ" before "ాన్ని" is
    "మార్గం", Malayalam "വൈപ്പിന" before "ിൽ" is "വൈപ്പിൻ"."""
    for opening, closing in _OBLIQUE_BARE.get(language, ()):
        if ending.startswith(opening):
            return rest + closing
    chillu = _CHILLU.get(language)
    if chillu and _MALAYALAM_VOWEL_SIGNS[0] <= ending[0] <= _MALAYALAM_VOWEL_SIGNS[1]:
        if rest[-1] in chillu:
            return rest[:-1] + chillu[rest[-1]]
        # A word closing on a consonant writes its virama there bare: "മാർക്ക" before "ിന്റെ" is
        # "മാർക്ക്" (mark), which had been a second tag, "മാർക്ക", beside it.
        if _MALAYALAM_CONSONANTS[0] <= rest[-1] <= _MALAYALAM_CONSONANTS[1]:
            return rest + _MALAYALAM_VOWEL_SIGNS[1]
    return rest
