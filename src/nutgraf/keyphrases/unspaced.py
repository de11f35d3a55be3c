"""Khmer, Lao and Burmese, written without spaces between words and with no word list in nutgraf: a
stretch between spaces is cut at the particles that mark a verb or a noun's case, so that a tag is the
noun before them, not a clause."""

from __future__ import annotations

import unicodedata

# A stretch between spaces had been a tag whole: the verb's tense with its verb and object ("បានប្រកាសថា",
# has announced that; "ຈະສ້າງຕະຫຼາດໃໝ່ຢູ່ເມືອງໄຊເສດຖາ", will build a new market in Xaysettha), a subject with
# its verb ("អ្នកនាំពាក្យក្រសួងបានថ្លែងថា", the ministry's spokesman said that), a noun with its case particle
# ("မန္တလေးမြို့တွင်", in Mandalay). The particles that open what a noun is not: Khmer's past "បាន", future
# "នឹង", progressive "កំពុង" and the demonstratives after a noun ("នេះ", "នោះ"); Lao's future "ຈະ", past
# "ໄດ້", "can" ("ສາມາດ") and "said that" ("ກ່າວວ່າ"); Burmese's past "ခဲ့", the topic and the object markers
# ("သည်", "ကို"), "in" ("တွင်", "၌"), "of" ("၏"), "for" ("အတွက်"), "with" ("နှင့်"), "that" ("ကြောင်း");
# Khmer's "must" ("ត្រូវ") and "in order to" ("ដើម្បី"), Lao's "in" ("ໃນ"). A stretch is cut
# before the first of them (what follows is the verb or the next phrase), and a stretch opening with one
# is no tag (a verb's phrase). Not where the particle is a part of a word (_PARTICLE_WORDS): Lao's traffic
# "ຈະລາຈອນ", development "ຈະເລີນ", "inside" "ພາຍໃນ", income "ລາຍໄດ້" and ability "ຄວາມສາມາດ" (whose stretches
# had been tagged "ລາຍ" and "ຄວາມ"); Khmer's "correct" "ត្រឹមត្រូវ" and enemy "សត្រូវ" (cut to "ស", no tag);
# Burmese's passenger "ခရီးသည်", guest "ဧည့်သည်" and trader "ကုန်သည်", route "လမ်းကြောင်း", "by air"
# "လေကြောင်း" (an airline's), "by water" "ရေကြောင်း" and matter "အကြောင်း", and its name ("အမည်",
# "နာမည်"), which writes the future's "မည်" (_VERB_AFTER). Nor Khmer's "at" ("នៅ"), which "to live"
# ("រស់នៅ") ends on.
_CUT_BEFORE = {
    "km": ("បាន", "នឹង", "កំពុង", "ត្រូវ", "ដើម្បី", "នេះ", "នោះ"),
    "lo": ("ຈະ", "ໄດ້", "ສາມາດ", "ກ່າວວ່າ", "ໃນ"),
    "my": ("သည်", "ကို", "တွင်", "၌", "၏", "အတွက်", "နှင့်", "ကြောင်း"),
}
# Burmese puts its verb last, then its tense or "and then": a stretch writing its past "ခဲ့", its future
# "မည်" or "ပြီး" is a verb's phrase ("ပြောကြားခဲ့သည်", said; "ဖွင့်လှစ်မည်ဖြစ်", will open), the noun before
# it written apart, and no tag.
_VERB_AFTER = {"my": ("ခဲ့", "မည်", "ပြီး")}
_PARTICLE_WORDS = {
    "km": ("ត្រឹមត្រូវ", "សត្រូវ"),
    "lo": ("ຈະລາຈອນ", "ຈະເລີນ", "ຈະແຈ້ງ", "ພາຍໃນ", "ລາຍໄດ້", "ຄວາມສາມາດ"),
    "my": ("ခရီးသည်", "ဧည့်သည်", "ကုန်သည်", "လမ်းကြောင်း", "လေကြောင်း", "ရေကြောင်း", "အကြောင်း", "အမည်", "နာမည်"),
}
# Nor Burmese's object marker at a stretch's start, which it never opens (it follows its noun): there
# "ကို" is a word's first syllable, Korea's "ကိုရီးယား", COVID's "ကိုဗစ်", Colombo's "ကိုလံဘို", or a man's
# title ("ကိုမင်းကိုနိုင်"), and such a stretch had been no tag at all.
_NEVER_OPENING = {"my": ("ကို",)}
# Nor Burmese's object marker right after a title of address ("ဦး", U; "ဒေါ်", Daw; "ကို", Ko; "မောင်", Maung)
# or one syllable after it: it is a syllable of the name the title opens, U Ko Ko Lwin's "ဦးကိုကိုလွင်" (tagged
# "ဦး") or Ko Min Ko Naing's "ကိုမင်းကိုနိုင်". Two syllables after one, it marks the name's object:
# "ဒေါ်ခင်မာကို", "ကိုမင်းထက်ကို". Not "ဦး" after a number, where it counts people ("တစ်ဦးကို", one person).
# One syllable after a title, only where the word goes on past "ကို": the titles open words too, whose
# object it then marks, the dollar's "ဒေါ်လာကို" and the head's "ဦးခေါင်းကို" (tagged with the marker).
_TITLES = {"my": ("ဦး", "ဒေါ်", "ကို", "မောင်")}
_COUNTING = {"my": ("တစ်", "နှစ်", "သုံး", "လေး", "ငါး", "ခြောက်", "ခုနစ်", "ရှစ်", "ကိုး", "ဆယ်", *"၀၁၂၃၄၅၆၇၈၉")}
_NAME_SYLLABLES = {"my": ("ကို",)}
# The words a case marker takes after it, which a name does not go on with: "also" ("ဒေါ်လာကိုလည်း", the
# dollar too, had been tagged so), "even", "only" and the emphatic particles.
_AFTER_A_CASE = {"my": ("လည်း", "ပါ", "သာ", "ပဲ", "တော့", "မှ", "ရော")}
# Burmese's "and" ("နှင့်") inside a stretch joins the nouns of one name, a ministry's or a party's
# ("ပို့ဆောင်ရေးနှင့်ဆက်သွယ်ရေးဝန်ကြီးဌာန", the Ministry of Transport and Communications, had been tagged
# "transport"): it cuts a stretch it opens or closes ("with"), never one it stands inside.
_JOINING = {"my": ("နှင့်",)}
# The prepositions and the "and" that open a stretch come off it, the noun after them is the tag
# ("និងដឹកជញ្ជូន", and transport; "នៅក្នុងរាជធានី", in the capital; "ໃນເດືອນ", in the month).
_OPENING = {
    "km": ("និង", "នៅ", "ក្នុង", "សម្រាប់", "ចំពោះ"),
    "lo": ("ແລະ", "ໃນ", "ຈາກ"),
    "my": (),
}
UNSPACED_PARTICLES = frozenset(_CUT_BEFORE)
# Khmer's coeng and Burmese's virama write the next consonant under the one before: no word starts there.
_STACKING = ("\u17d2", "\u1039")
# Burmese's asat, or its virama, after a letter makes it the last of its syllable: "ကို" of
# "ကိုယ်စားလှယ်" (a representative) is none of the object's "ကို", and "မန္တလေး" (Mandalay) writes "န" so.
_FINAL = ("\u103a", "\u1039")


def unspaced_bounds(word: str, language: str) -> tuple[int, int] | None:
    """How many characters come off the start and off the end of ``word``, a stretch of Khmer, Lao or
    Burmese, so that what is left is a noun before its particles; None where it is a verb's phrase."""
    lead = 0
    for opening in _OPENING[language]:
        if word.startswith(opening) and _starts_a_syllable(word, len(opening)):
            lead = len(opening)
            break
    for particle in _VERB_AFTER.get(language, ()):
        if _particle_at(word, particle, 0, language) != -1:
            return None
    cut = len(word)
    for particle in _CUT_BEFORE[language]:
        start = lead + 1 if particle in _NEVER_OPENING.get(language, ()) else lead
        at = _particle_at(word, particle, start, language)
        if at > lead and particle in _JOINING.get(language, ()):
            at = len(word) - len(particle) if word.endswith(particle) else -1
        if at != -1 and at < cut:
            cut = at
    if cut == lead:
        return None
    return lead, len(word) - cut


def _particle_at(word: str, particle: str, start: int, language: str) -> int:
    """Where ``particle`` first stands in ``word`` at or after ``start`` as a particle, -1 if nowhere."""
    at = word.find(particle, start)
    while at != -1:
        if (
            (at == 0 or word[at - 1] not in _STACKING)
            and _starts_a_syllable(word, at + len(particle))
            and not _in_a_word(word, at, particle, language)
        ):
            return at
        at = word.find(particle, at + 1)
    return -1


def _starts_a_syllable(word: str, at: int) -> bool:
    """Whether a syllable may start at ``at``: the end of the word, or a letter with no mark before it
    that writes it under the one before, nor after it that makes it the last of a syllable."""
    if at >= len(word):
        return True
    return (
        not unicodedata.category(word[at]).startswith("M")
        and word[at - 1] not in _STACKING
        and word[at + 1 : at + 2] not in _FINAL
    )


def _in_a_word(word: str, at: int, particle: str, language: str) -> bool:
    """Whether the particle found at ``at`` is a part of one of the words that write it, or of a name after
    its title (:data:`_TITLES`)."""
    for whole in _PARTICLE_WORDS[language]:
        offset = whole.find(particle)
        if offset != -1 and at >= offset and word.startswith(whole, at - offset):
            return True
    return particle in _NAME_SYLLABLES.get(language, ()) and _in_a_name(word, at, particle, language)


def _in_a_name(word: str, at: int, particle: str, language: str) -> bool:
    """Whether a title of address (:data:`_TITLES`) ends right before ``at``, or one syllable before it
    where the word goes on past the particle there."""
    for title in _TITLES[language]:
        title_at = word.rfind(title, 0, at)
        if (
            title_at == -1
            or not _starts_a_syllable(word, title_at + len(title))
            or word.endswith(_COUNTING[language], 0, title_at)
        ):
            continue
        syllables = sum(
            1
            for place in range(title_at + len(title), at)
            if unicodedata.category(word[place]) == "Lo" and _starts_a_syllable(word, place)
        )
        after = at + len(particle)
        if syllables == 0 or (
            syllables == 1
            and after < len(word)
            and unicodedata.category(word[after]) == "Lo"
            and not any(
                word.startswith(follower, after) and _starts_a_syllable(word, after + len(follower))
                for follower in _AFTER_A_CASE[language]
            )
        ):
            return True
    return False
