"""Turkish, which nutgraf has no stemmer for: the plural, possessive and case endings written onto a
noun (after an apostrophe on a name), and the endings that mark a verb or a participle."""

from __future__ import annotations

# Languages that write a name's case ending after an apostrophe ("Merkez Bankası'nın", "İstanbul'da").
_SUFFIXES_AFTER_APOSTROPHE = frozenset({"tr", "az"})
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
    # The passive future: "yapılacak", "sürdürülecek" (will be done, kept up).
    "ılacak",
    "ilecek",
    "ulacak",
    "ülecek",
    "ınacak",
    "inecek",
    "unacak",
    "ünecek",
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
