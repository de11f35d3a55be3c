"""Languages for the stages that read text: language identification, word tokens, stopwords and stemming
for the languages nutgraf summarizes, one module per job, each importing only those listed before it:

* :mod:`~nutgraf.language.codes`: ISO 639 codes (aliases read as the code nutgraf looks up), language
  names, right-to-left scripts;
* :mod:`~nutgraf.language.thai`: Thai's words, which it writes without spaces between them;
* :mod:`~nutgraf.language.tokens`: word tokens, per text or per span, word counts, and the character
  tables behind them;
* :mod:`~nutgraf.language.word_lists`: stopwords, and the commonest function words detection counts;
* :mod:`~nutgraf.language.stemming`: stems (Snowball, and a suffix stripper for Ukrainian) and content
  stems;
* :mod:`~nutgraf.language.detection`: which language a text is written in;
* :mod:`~nutgraf.language.agencies`: the names of news agencies, which credit a story's copy;
* :mod:`~nutgraf.language.places`: the names of states, provinces and countries a dateline writes after its
  place.

The names other modules use are importable from ``nutgraf.language`` itself.
"""

from nutgraf.language.agencies import NEWS_AGENCIES
from nutgraf.language.codes import (
    LANGUAGE_NAMES,
    RIGHT_TO_LEFT,
    SCRIPT_DIRECTED,
    SUPPORTED_LANGUAGES,
    UNDETERMINED,
    is_right_to_left,
    language_code,
    language_name,
    text_direction,
)
from nutgraf.language.detection import clearly_written_in, detect_language, other_languages_function_words
from nutgraf.language.places import COUNTRY_NAMES, STATES_AND_PROVINCES
from nutgraf.language.stemming import content_stem_numbers, content_stem_table, content_stems, stem
from nutgraf.language.thai import thai_words
from nutgraf.language.tokens import (
    CHARACTER_COUNTED,
    FOOTNOTE_MARKER,
    JOINER_WRITTEN,
    LETTER_COUNTED,
    QUESTION_MARKS,
    SPACED_SCRIPT_MARKS,
    WORD_UNIT,
    WORDS_NOT_TOKENS,
    ascii_word_marks,
    composed_marks,
    count_word_units,
    count_words,
    holds_latin_marks,
    without_joiners,
    word_character_bytes,
    word_character_table,
    word_unit_bytes,
    word_unit_table,
    words,
    words_per_span,
)
from nutgraf.language.word_lists import (
    function_words,
    has_stopword_list,
    stopwords,
    with_typographic_apostrophes,
)

__all__ = [
    "CHARACTER_COUNTED",
    "COUNTRY_NAMES",
    "FOOTNOTE_MARKER",
    "JOINER_WRITTEN",
    "LANGUAGE_NAMES",
    "LETTER_COUNTED",
    "NEWS_AGENCIES",
    "QUESTION_MARKS",
    "RIGHT_TO_LEFT",
    "SCRIPT_DIRECTED",
    "SPACED_SCRIPT_MARKS",
    "STATES_AND_PROVINCES",
    "SUPPORTED_LANGUAGES",
    "UNDETERMINED",
    "WORDS_NOT_TOKENS",
    "WORD_UNIT",
    "ascii_word_marks",
    "clearly_written_in",
    "composed_marks",
    "content_stem_numbers",
    "content_stem_table",
    "content_stems",
    "count_word_units",
    "count_words",
    "detect_language",
    "function_words",
    "has_stopword_list",
    "holds_latin_marks",
    "is_right_to_left",
    "language_code",
    "language_name",
    "other_languages_function_words",
    "stem",
    "stopwords",
    "text_direction",
    "thai_words",
    "with_typographic_apostrophes",
    "without_joiners",
    "word_character_bytes",
    "word_character_table",
    "word_unit_bytes",
    "word_unit_table",
    "words",
    "words_per_span",
]
