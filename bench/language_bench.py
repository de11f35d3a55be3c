"""Language detection on short news texts, on paragraphs, and its time per call.

* ``short``: the hand-written samples in bench/language_samples/ (written for this bench in the style of each
  country's outlets: names, numbers, places): about 40 headlines (3-10 words) and 20 two-sentence teasers in
  each of en, de, fr, es, it, pt, nl, pl, ru, uk, sv, da, no, tr, cs, ro, id, bg and sr (Cyrillic), a
  few in gl, ca, sk, hr, ms, tt, af, ti and mk, and more bg, sr, da and no (Nynorsk among them)
  (others.txt), and the headline and first two sentences of the stories of tests/reader_languages.py (sw,
  ha, tl, ms, vi, kk, uz, az, he, ur, bn, mr, am, km) with three more headlines each, and the close pairs
  short texts confuse (close_pairs.txt: cs and sk, da and no with Nynorsk, hr, bs and Latin sr, be, uk
  and ru, gl and pt, 127; and the fifteenth round's 144: ms and id, ca and es, af and nl, cs and sk in plain
  letters, plain no, hi, mr and ne, ur, fa and tg; the sixteenth round's 65: sv, no and da, et and fi, the
  same stories in each; and the seventeenth round's 78: mk, bg and sr in Cyrillic, lv and lt, ar, fa and
  ur, the same stories in each; and the nineteenth round's 72: turkic_cyrillic.txt, ky, kk, tt, ba and mn,
  and africa_philippines.txt, sw, so, ha, yo, tl and ceb). Accuracy per language, headlines and teasers apart, and the texts read wrong
  (``--misses``).
* ``paragraphs``: the English articles of ../shared/data (bbc_news_summary, xsum_bbc, cnndm_dev), whole and
  their first paragraph of 40 words or more, which must read as English; and the extraction sets' gold texts
  (several languages, unlabelled): each paragraph of 40 words or more against its whole page's language.
* ``speed``: microseconds per ``detect_language`` call on a 5,000-word English article and on a 5,000-word
  Russian one (detection reads the first 2,000 characters), and per headline.

Run it against another version of nutgraf by pointing PYTHONPATH at that version's src/:

    PYTHONPATH=src python bench/language_bench.py
    git archive main src | tar -x -C /tmp/base && PYTHONPATH=/tmp/base/src python bench/language_bench.py
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SAMPLES = HERE / "language_samples"
SHARED = HERE.parent.parent / "shared" / "data"
PARAGRAPH_MIN_WORDS = 40


def short_samples() -> list[tuple[str, str, str]]:
    """(language, kind, text) for each sample: a file is one language (others.txt names it per section)."""
    samples = []
    for path in sorted(SAMPLES.glob("*.txt")):
        language, kind = path.stem, "headline"
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#"):
                *named, kind = line[1:].split()
                language, kind = (named[0] if named else path.stem), kind.rstrip("s")
            elif line.strip():
                samples.append((language, kind, line.strip()))
    return samples


def bench_short(show_misses: bool) -> None:
    from nutgraf.language import detect_language

    right: dict[tuple[str, str], int] = Counter()
    total: dict[tuple[str, str], int] = Counter()
    misses = defaultdict(list)
    for language, kind, text in short_samples():
        found = detect_language(text)
        total[language, kind] += 1
        right[language, kind] += found == language
        if found != language:
            misses[language].append(f"{found}: {text}")
    print(f"{'lang':<5} {'headlines':>11} {'teasers':>9}  read as (misses)")
    for language in sorted({lang for lang, _ in total}):
        cells = [
            f"{right[language, kind]:>3}/{total[language, kind]:<3}" if total[language, kind] else "  -    "
            for kind in ("headline", "teaser")
        ]
        wrong = Counter(m.split(":")[0] for m in misses[language])
        print(f"{language:<5} {cells[0]:>11} {cells[1]:>9}  {dict(wrong.most_common())}")
    all_right, all_total = sum(right.values()), sum(total.values())
    print(f"all   {all_right}/{all_total} = {all_right / all_total:.3f}")
    if show_misses:
        for language, texts in sorted(misses.items()):
            for text in texts:
                print(f"  {language} <- {text}")


def english_articles(limit: int) -> list[str]:
    articles = []
    for name in ("bbc_news_summary.jsonl", "xsum_bbc.jsonl", "cnndm_dev.jsonl"):
        with (SHARED / name).open(encoding="utf-8") as lines:
            articles += [json.loads(line)["article"] for _, line in zip(range(limit), lines, strict=False)]
    return articles


def bench_paragraphs(limit: int) -> None:
    from nutgraf.language import detect_language

    articles = english_articles(limit)
    whole = sum(detect_language(a) == "en" for a in articles)
    firsts = [next((p for p in a.split("\n") if len(p.split()) >= PARAGRAPH_MIN_WORDS), a) for a in articles]
    first = sum(detect_language(p) == "en" for p in firsts)
    print(
        f"English articles read as en: whole {whole}/{len(articles)}, first paragraph {first}/{len(firsts)}"
    )
    agree, paragraphs, languages = 0, 0, Counter()
    for folder in sorted((SHARED / "extraction").iterdir()):
        gold = folder / "ground-truth.json"
        if not gold.exists():
            continue
        for page_id, page in json.loads(gold.read_text(encoding="utf-8")).items():
            body = page["articleBody"]
            if len(body.split()) < PARAGRAPH_MIN_WORDS:
                continue
            page_language = detect_language(body)
            languages[page_language] += 1
            for paragraph in body.split("\n"):
                if len(paragraph.split()) >= PARAGRAPH_MIN_WORDS:
                    paragraphs += 1
                    same = detect_language(paragraph) == page_language
                    agree += same
                    if not same:
                        print(
                            f"  {folder.name}/{page_id} {page_language} -> {detect_language(paragraph)}: "
                            f"{paragraph[:70]}"
                        )
    print(f"extraction pages by language: {dict(languages.most_common())}")
    print(f"extraction paragraphs read as their page's language: {agree}/{paragraphs}")


def bench_speed() -> None:
    from nutgraf.language import detect_language

    english = " ".join(english_articles(20)).split()[:5000]
    russian = " ".join(t for lang, _, t in short_samples() if lang == "ru").split()
    headlines = [t for _, kind, t in short_samples() if kind == "headline"]
    cases = {
        "5,000-word English article": [" ".join(english)],
        "5,000-word Russian article": [" ".join((russian * 40)[:5000])],
        "headline": headlines,
    }
    detect_language("warm up the classifier")
    for name, texts in cases.items():
        calls = 0
        start = time.perf_counter()
        while time.perf_counter() - start < 1.0:
            for text in texts:
                detect_language(text)
            calls += len(texts)
        print(f"{name}: {(time.perf_counter() - start) / calls * 1e6:.0f} µs per call")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="short,paragraphs,speed")
    parser.add_argument("--misses", action="store_true", help="print each short text read wrong")
    parser.add_argument("--articles", type=int, default=300, help="English articles per shared file")
    args = parser.parse_args()
    import nutgraf

    print(f"nutgraf from {Path(nutgraf.__file__).parent}")
    parts = args.only.split(",")
    if "short" in parts:
        bench_short(args.misses)
    if "paragraphs" in parts:
        bench_paragraphs(args.articles)
    if "speed" in parts:
        bench_speed()


if __name__ == "__main__":
    main()
