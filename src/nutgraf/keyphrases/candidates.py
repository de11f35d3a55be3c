"""Candidate phrases: every stretch of one to three words of a run that does not cut a name, and every
whole name, with where each occurs; the nouns of languages that capitalise them; and what a page says
about the story (its byline, its dateline), which is no candidate."""

from __future__ import annotations

from functools import lru_cache

from nutgraf.keyphrases.bounds import _CACHED_BYLINES
from nutgraf.keyphrases.cjk import _MAX_CJK_UNITS
from nutgraf.keyphrases.thai import _MAX_THAI_WORDS
from nutgraf.keyphrases.words import _MAX_NAME_WORDS, _Words

# Words in a candidate phrase (a name may have one more).
_MAX_PHRASE_WORDS = 3
# A candidate: the stems of its words.
_Key = tuple[str, ...]


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
        longest = _most_units(words) + 1 if run_start in characters else _MAX_NAME_WORDS
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


def _most_units(words: _Words) -> int:
    """The most units a candidate of a stretch written without spaces holds: Chinese and Japanese
    characters, or Thai words."""
    return _MAX_THAI_WORDS if words.language == "th" else _MAX_CJK_UNITS


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


def _repeated_phrases(words: _Words, occurrences: dict[_Key, list[int]]) -> dict[_Key, list[int]]:
    """Of ``occurrences``, those a text without a full stopword list to end its runs tells as phrases:
    single words, names, and phrases of several words the text has twice or more.

    Without a stopword list (or with a few dozen words: stopwords-iso's Armenian, nutgraf's Georgian) a run
    is most of a clause, each of its stretches of three words occurs once, and the parts rule left out every
    word of it as a part of one: a Burmese or Khmer story's tags were its clauses cut in threes
    ("ရွာသွန်းခဲ့ရာ မြို့နယ် ခြောက်ခုရှိ", "rained, township, six of"). A stretch said once is no more a
    phrase than any other."""
    characters = words.characters
    return {
        key: found
        for key, found in occurrences.items()
        if len(key) == 1 or len(found) > 1 or found[0] in characters or _is_name(words, key, found[0])
    }


def _is_name(words: _Words, key: _Key, first: int) -> bool:
    """Whether the candidate ``key``, which occurs at word ``first``, is a whole name of several words."""
    joined = words.joined
    return len(key) > 1 and joined[first] and (len(key) == 2 or all(joined[first + 1 : first + len(key) - 1]))


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


@lru_cache(maxsize=_CACHED_BYLINES)
def _byline_words(byline: str, language: str) -> frozenset[str]:
    return frozenset(_Words(byline, language).stems)


@lru_cache(maxsize=_CACHED_BYLINES)
def _byline_names(byline: str, language: str) -> tuple[_Key, ...]:
    """The byline's names of two words or more, as stems ("Maria Gonzalez")."""
    return tuple(key for key in _occurrences(_Words(byline, language)) if len(key) > 1)
