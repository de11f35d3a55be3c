"""Greek, which nutgraf has no stemmer for: case and number endings and accents come off, and words
that end as a verb does are no keyphrases."""

from __future__ import annotations

import unicodedata

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


def _unaccented(word: str) -> str:
    """``word`` without its accents and diaereses ("ότι" is "οτι")."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
