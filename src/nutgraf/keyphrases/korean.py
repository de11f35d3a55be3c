"""Korean: the particles written onto a word, and the endings that mark a predicate (no keyphrase)."""

from __future__ import annotations

# Korean writes its particles onto the word ("회장이", "회장의", "회장에게": the chairman as subject, of him,
# to him): a word's key and its spans leave the longest one out, so that they are one keyphrase, "회장". A
# particle of one syllable is taken only from a word of three syllables or more, so that "아이" (a child)
# stays whole; without a dictionary, a longer noun that ends as a particle does loses it ("고양이", a cat).
_KOREAN_PARTICLES = tuple(
    sorted(
        """에서는 에게서 으로는 으로써 으로서 으로도 이라며 이라고 이라는 에서도 에게도 까지도 에서의 에게는
        과의 와의 에서 에게 한테 께서 으로 까지 부터 처럼 보다 마저 조차 이나 이며 이다 라며 라고 라는 에는
        에도 은 는 이 가 을 를 의 에 와 과 도 만 로""".split(),
        key=len,
        reverse=True,
    )
)
# The endings of a Korean predicate, a verb's or an adjective's ("밝혔다", said; "증가했다고", that it
# increased): the story's "said" and "rose", not what it is about. Past and present tenses, the copula and
# 있다/없다, and the quoting and joining forms of each; place names that end in 다 ("캐나다") do not end so.
_KOREAN_PREDICATE_ENDINGS = tuple(
    ending + joined
    for ending in """었다 았다 였다 했다 혔다 겠다 렸다 켰다 쳤다 졌다 왔다 냈다 섰다 랐다 됐다 봤다 줬다 웠다 는다 한다
        된다 이다 있다 없다 습니다""".split()
    for joined in ("", "고", "며", "는")
)
# Korean predicates that join a clause to the next ("밝히며", "증가했으며", "하면서", "했지만") or qualify a
# noun ("발표하는", "있는"), and adverbs made of an adjective ("치열하게"): the story's verbs again.
_KOREAN_JOINING_ENDINGS = tuple(
    """으며 하며 되며 하고 했고 됐고 였고 었고 았고 하면서 면서 지만 해서 하는 되는 있는 없는 하던 했던
    됐던 하게 하기 해야 다며 다고 라며 려고 도록 겠다고""".split()
)
# The polite endings of a blog's or a quote's predicates ("다녀왔어요", went and came back; "김여행입니다",
# I am Kim Yeohaeng; "안녕하세요", hello) and the joining "-어서", "-는데" ("있어서", as there is; "먹었는데",
# ate, and), on a word of three syllables or more: news writes "-다", a blog "-요", and a camping blog's
# tags were its greetings and verbs. Two-syllable nouns end so ("필요", need; "주요", major); hardly a
# longer one does.
_KOREAN_POLITE_ENDINGS = tuple("어요 아요 여요 해요 에요 예요 세요 니다 어서 아서 는데".split())
# An adverb made of an adjective, on a word of three syllables or more: "면밀히" (closely), "신속히".
_KOREAN_ADVERB_ENDING = "히"
# Endings of one syllable that may mark a predicate qualifying the noun after it, on a word of three
# syllables or more: "발표한" (that announced), "예정될" (that will be); but "남북한" (the two Koreas),
# "무제한" (unlimited) and "김정한" (a name) are nouns. Each with the first syllables of the verb's other
# forms ("발표하며", "발표했다", "발표해"; "검토되며", "검토됐다"): where the text has one of those, or
# writes the word only bare before another word, it is the predicate; where it writes the word with a
# particle ("남북한의"), at the end of a sentence, or as a name before a title, a noun.
_KOREAN_QUALIFYING_ENDINGS = {
    "한": ("하", "했", "해", "합", "함"),
    "할": ("하", "했", "해", "합", "함"),
    "된": ("되", "됐", "돼", "됩", "됨"),
    "될": ("되", "됐", "돼", "됩", "됨"),
}
# Common Korean surnames, and the titles and forms of address written after a name: "김정한 대변인" and
# "김정한 씨" are a person.
_KOREAN_SURNAMES = frozenset(
    "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 우 구"
    " 민 진 나 지 엄 변 채 원 방 천 공 현 함 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모".split()
)
_KOREAN_TITLES = tuple(
    """씨 대변인 장관 차관 위원장 위원 의원 대표 회장 부회장 사장 대통령 총리 감독 선수 교수 원장 청장 실장 국장
    부장 총장 시장 지사 대사 판사 검사 변호사 이사장 사무총장 사령관 총재""".split()
)
# Finite verbs in "-다" whose ending the list above lacks: the past tense after any stem ends in a syllable
# with final ㅆ before 다 ("만났다", met; "갔다"), and the present, on three syllables or more, in one with
# final ㄴ ("보인다", seems; "열린다"), as these place names and words do not.
_HANGUL_FINALS = 28
_FINAL_SS = 20
_FINAL_N = 4
_KOREAN_NOUNS_LIKE_VERBS = frozenset("우간다 르완다 아젠다 어젠다 프로파간다 아만다 미란다 브렌다".split())
# The Hangul syllables block.
_HANGUL = ("\uac00", "\ud7a3")


def _korean_finite_verb(word: str) -> bool:
    """Whether the Korean word is a verb in "-다" by the final consonant before it: "만났다", "보인다"."""
    if len(word) < 2 or word[-1] != "다" or word in _KOREAN_NOUNS_LIKE_VERBS:
        return False
    final = (ord(word[-2]) - ord(_HANGUL[0])) % _HANGUL_FINALS
    return final == _FINAL_SS or (final == _FINAL_N and len(word) >= 3)
