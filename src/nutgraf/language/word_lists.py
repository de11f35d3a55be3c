"""Word lists per language: the stopwords content stems leave out, and the few dozen commonest function
words that detection counts."""

from __future__ import annotations

from functools import cache

# stopwordsiso's Ukrainian list has 73 words and lacks the commonest ones ("на", "не", "за", "його"...).
_EXTRA_STOPWORDS = {
    "uk": """на не по за при через або бо ще вже буде має мав мала цього цієї цих ці які яка яке якщо тому
    після над між щоб лише тільки ні я його їй їм нього неї них свій своє своя свої свого своїх той ті того
    тієї тих теж саме ж же там тут хто""",
}


@cache
def stopwords(language: str) -> frozenset[str]:
    """The stopword set for an ISO 639-1 code (empty for a language without a list)."""
    import stopwordsiso

    listed = set(_EXTRA_STOPWORDS.get(language, "").split())
    if stopwordsiso.has_lang(language):
        listed.update(w.lower() for w in stopwordsiso.stopwords(language))
    return frozenset(with_typographic_apostrophes(listed))


def with_typographic_apostrophes(words: set[str]) -> set[str]:
    """``words`` and, for each written with a straight apostrophe ("didn't"), the same word with the
    typographic one ("didn’t") that published text mostly sets."""
    return words | {w.replace("'", "’") for w in words if "'" in w}


# The commonest function words of each language, written out for detection: the stopword lists are
# too long for it (English's holds every single letter, Spanish's every digit) and overlap heavily.
# Words listed for more than one language are dropped from all of them (see detection's lexicon): the
# Scandinavian "i" ("in") is listed so, else it counted as Polish's "i" ("and") in Swedish or Norwegian.
DETECTION_WORDS = {
    "en": """the of and to in is that for it was on with he as his by at from are this be have has had not
        but they which were said will would been who their its an or we she her been than also after""",
    "de": """der die das und ist nicht mit sich des den dem ein eine einer zu auf für von im auch es sie er
        wir werden wird hat haben wurde nach bei noch über aus oder wie dass sind war einen aber""",
    "fr": """le la les des du et est une un dans pour que qui pas sur au aux avec ce cette il elle sont plus
        par ont été mais son ses leur nous ne se été qu où aussi""",
    "es": """el la los las del que y en un una por con para es se no su sus al como más pero fue ha han
        sobre este esta entre también muy lo le ya a""",
    "it": """il la le di che è e un una per con non del della dei delle gli nel nella sono alla al da ha
        anche come più ma questo questa essere stato si lo a""",
    "pt": """o a os as do da dos das que e em um uma para com não no na nos nas por se foi ao mais como mas
        ele ela também é são pelo pela já""",
    "nl": """de het een en van in is dat op te met voor zijn niet die aan er ook als bij door maar wordt werd
        heeft hebben naar uit nog""",
    "pl": """i w z na się nie to że do jest jak o po co ale od przez dla jego jej są był była było tak już
        oraz przy także który która które może tym""",
    "sv": """och att det som en på är av för med till den har de inte om ett var jag men från han hon sig kan
        vid efter också i""",
    "da": """og at det som en på er af for med til den har de ikke om et var jeg men fra han hun sig kan ved
        efter også i""",
    "no": """og at det som en på er av for med til den har de ikke om et var jeg men fra han hun seg kan ved
        etter også i""",
    "fi": """ja on ei se että oli hän mutta kun myös sen ovat tai joka jos kuin nyt vain niin hänen ole""",
}


@cache
def function_words(language: str) -> frozenset[str]:
    """The few dozen commonest function words of a language ("the", "of", "und"): a short list, unlike
    :func:`stopwords` (empty for a language without one)."""
    return frozenset(DETECTION_WORDS.get(language, "").split())
