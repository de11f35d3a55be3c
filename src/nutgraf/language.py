"""Language identification, word tokens, stopwords and stemming for the languages nutgraf summarizes.

Detection first counts stopwords of the languages nutgraf knows well (fast and reliable on news prose) and
falls back to py3langid's classifier when no language is clearly ahead.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

#: ISO 639-1 codes nutgraf has stopwords and a stemmer (or a stem approximation) for.
SUPPORTED_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "uk", "ru", "sv", "da", "no", "fi")

_SNOWBALL_NAMES = {
    "en": "english",
    "de": "german",
    "fr": "french",
    "es": "spanish",
    "it": "italian",
    "pt": "portuguese",
    "nl": "dutch",
    "pl": "polish",
    "ru": "russian",
    "sv": "swedish",
    "da": "danish",
    "no": "norwegian",
    "fi": "finnish",
}

_WORD = re.compile(r"\w+(?:['’]\w+)*")
_DETECT_CHARS = 2000
# Without a stemmer, a word's first letters stand in for its stem: crude, but it folds most inflections.
_PREFIX_STEM_LENGTH = 6


def words(text: str) -> list[str]:
    """Lower-cased word tokens of ``text`` (letters and digits; inner apostrophes kept)."""
    return _WORD.findall(text.lower())


@cache
def stopwords(language: str) -> frozenset[str]:
    """The stopword set for an ISO 639-1 code (empty for a language without a list)."""
    import stopwordsiso

    if not stopwordsiso.has_lang(language):
        return frozenset()
    return frozenset(w.lower() for w in stopwordsiso.stopwords(language))


@cache
def _stemmer(language: str):
    import snowballstemmer

    name = _SNOWBALL_NAMES.get(language)
    return snowballstemmer.stemmer(name) if name else None


@cache
def _stem_cache(language: str) -> dict[str, str]:
    return {}


def stem(word: str, language: str) -> str:
    """The stem of a lower-cased word (Snowball where it has the language, else a prefix)."""
    cache = _stem_cache(language)
    stemmed = cache.get(word)
    if stemmed is None:
        stemmer = _stemmer(language)
        stemmed = stemmer.stemWord(word) if stemmer else word[:_PREFIX_STEM_LENGTH]
        if len(cache) < 500_000:
            cache[word] = stemmed
    return stemmed


def content_stems(tokens: list[str], language: str) -> list[str]:
    """Stems of the content words among ``tokens``: stopwords and one-character tokens dropped."""
    stop = stopwords(language)
    return [stem(t, language) for t in tokens if len(t) > 1 and t not in stop]


@lru_cache(maxsize=1)
def _detection_lexicon() -> dict[str, frozenset[str]]:
    # The 150 shortest stopwords of each language are its commonest function words; long, rare entries
    # of the lists would only add cross-language collisions.
    lexicon = {}
    for lang in SUPPORTED_LANGUAGES:
        words_by_length = sorted(stopwords(lang), key=lambda w: (len(w), w))
        lexicon[lang] = frozenset(words_by_length[:150])
    return lexicon


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the language ``text`` is written in (``"en"`` when there is nothing to go on)."""
    sample = text[:_DETECT_CHARS]
    tokens = words(sample)
    if not tokens:
        return "en"
    counts = {lang: sum(t in lex for t in tokens) for lang, lex in _detection_lexicon().items()}
    ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
    (best, best_count), (_, runner_up) = ranked[0], ranked[1]
    if best_count >= 3 and best_count >= 1.5 * runner_up:
        return best
    import py3langid

    language, _ = py3langid.classify(sample)
    return language
