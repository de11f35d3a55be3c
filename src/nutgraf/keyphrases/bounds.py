"""Keyphrases' bounds, in one place: how many keyphrases one call gives, how much of a text is read,
and how much each cache remembers, so that time and memory stay bounded whatever the input."""

from __future__ import annotations

#: The most keyphrases one call returns.
MAX_KEYPHRASES = 50
#: Candidates are drawn from the first this many characters (some 150,000 words) of a longer text: a
#: book-length text's opening says what it is about, and time and memory stay bounded. Spans are those in
#: that stretch.
MAX_CHARS = 1_000_000
#: And of those, the first this many words, a Chinese or Japanese character counting as one: each is a
#: word to them, and its candidates are the stretches of two to six of them, so a million characters of
#: Chinese had cost 40 s and 1 GB (random characters, none of the stretches repeated) where a million
#: characters of English cost 3 s.
MAX_WORDS = 150_000
#: And up to the first this many Thai characters (some 60,000 words), the rest unread: Thai is divided into its words by
#: a search of the word list at some 3 µs a character, so a million characters of it had cost 5 s where the
#: same length of English costs under 2.
MAX_THAI_CHARACTERS = 300_000
# Distinct words remembered per language (the vocabulary of a few thousand articles).
_MAX_CACHED_WORDS = 200_000
# Longer "words" (a run of letters with no space, a URL's remains) are not worth remembering.
_MAX_CACHED_LENGTH = 40
# Languages whose words are remembered at once: any well-formed code may be asked for.
_CACHED_LANGUAGES = 16
# Bylines whose words are remembered (a batch's reporters).
_CACHED_BYLINES = 256
