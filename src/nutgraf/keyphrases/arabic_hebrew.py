"""Arabic and Hebrew: the prefixes (article, "and", prepositions) written onto a word, taken off where
the text shows the bare word too."""

from __future__ import annotations

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
