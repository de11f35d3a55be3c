"""The forms one news article takes in the wild, for training and measuring the default summarizer.

The shared corpora each come in one form: CNN/DM lower-cased on one line, BBC cased with paragraphs,
XSum cased one paragraph a line. Readers paste articles as published: cased, in paragraphs, sometimes
with page furniture on top, sometimes PTB-tokenized (``( cnn )``, ``obama 's``) from research data. A
model that sees each corpus in only one form learns the form as a sign of the corpus (and of its
reference style); these functions turn an article into the other forms so that nothing the model learns
leans on them.
"""

from __future__ import annotations

import random
import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from nutgraf.segment import split_sentences

_WORD = re.compile(r"\w+(?:[.'’]\w+)*\.?")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?\"])\s+|\n+")


class Recaser:
    """Restores the case of lower-cased text from the commonest form of each word in cased text.

    A word takes a capitalised form ("Obama", "UK", "U.S.") when that form is most of its occurrences
    away from a sentence start in the cased text it learnt from; other words stay as they are.
    """

    def __init__(self, cased_texts: Iterable[str]) -> None:
        forms: defaultdict[str, Counter] = defaultdict(Counter)
        for text in cased_texts:
            for sentence in _SENTENCE_BREAK.split(text):
                for word in _WORD.findall(sentence)[1:]:
                    if word.endswith(".") and word.count(".") == 1:
                        word = word[:-1]
                    forms[word.lower()][word] += 1
        self.table: dict[str, str] = {"i": "I"}
        for word, counts in forms.items():
            form, count = counts.most_common(1)[0]
            if form != word and count >= 2 and count > 0.6 * sum(counts.values()):
                self.table[word] = form

    def __call__(self, text: str) -> str:
        table = self.table
        cased = re.sub(r"\w+(?:[.'’]\w+)*", lambda m: table.get(m.group(), m.group()), text)
        # The news agency in a CNN dateline: "(cnn)" is "(CNN)" in every published story.
        return cased.replace("(cnn)", "(CNN)")


def paragraphs(text: str, rng: random.Random) -> str:
    """One-line text broken into paragraphs of one to three sentences, as news pages print it."""
    sentences = [text[s.start : s.end] for s in split_sentences(text)]
    parts, i = [], 0
    while i < len(sentences):
        size = rng.choice((1, 1, 2, 2, 3))
        parts.append(" ".join(sentences[i : i + size]))
        i += size
    return "\n\n".join(parts)


_PUNCTUATION = re.compile(r"([,;:!?()\"])")


def ptb_spacing(text: str) -> str:
    """Text spaced as Penn Treebank tokens, as research corpora print it: ``( cnn )``, ``obama 's``,
    ``word , word``, ``end .``."""
    spaced = _PUNCTUATION.sub(r" \1 ", text)
    spaced = re.sub(r"(\w)('s|n't)\b", r"\1 \2", spaced)
    spaced = re.sub(r"(\w)\.(?=\s|$)", r"\1 .", spaced)
    return "\n".join(re.sub(" +", " ", line).strip() for line in spaced.split("\n"))


_NAMES = ("Jane Smith", "Mark Evans", "Anna Müller", "Luis García", "Marie Dubois", "Ewa Nowak", "Chris Lee")
_ROLES = ("Senior Reporter", "Political Editor", "Staff Writer", "Daily Mail Reporter", "Associated Press")
_AGENCIES = ("Reuters", "AP", "AFP", "Getty Images", "EPA", "dpa", "PA")
_MONTHS = ("January", "March", "April", "June", "September", "November")
_CAPTIONS = (
    "Police officers at the scene on Tuesday",
    "The president speaks to reporters in Washington",
    "Fans celebrate after the match",
    "Pictured: the house where the family lived",
    "An aerial view of the flooded town",
)
_FURNITURE = (
    "By {name}",
    "By {name}, {role}",
    "By {name} for MailOnline",
    "{name} | {agency}",
    "PUBLISHED: {time} EST, {day} {month} {year} | UPDATED: {time} EST, {day} {month} {year}",
    "Last updated at {time} GMT on {day} {month} {year}",
    "{month} {day}, {year} {time}",
    "Photo: {caption} ({agency})",
    "{caption}. Photo: {agency}",
    "{caption} (Image: {agency})",
    "{agency}",
    "Share this article",
    "Scroll down for video",
)


def furniture_lines(rng: random.Random) -> list[str]:
    """One to three lines of page furniture (bylines, datelines, captions, credits), a share lower-cased."""
    lines = []
    for template in rng.sample(_FURNITURE, rng.randint(1, 3)):
        line = template.format(
            name=rng.choice(_NAMES),
            role=rng.choice(_ROLES),
            agency=rng.choice(_AGENCIES),
            caption=rng.choice(_CAPTIONS),
            month=rng.choice(_MONTHS),
            day=rng.randint(1, 28),
            year=rng.randint(2005, 2024),
            time=f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
        )
        lines.append(line.lower() if rng.random() < 0.3 else line)
    return lines
