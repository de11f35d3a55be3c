"""Writes ``bench/extraction_pages``: article pages of the shapes the shared sets hold few of, each with
the body text a reader would call the article.

Usage::

    python bench/extraction_pages/build.py   # rewrites html/*.html and ground-truth.json

``articles.py`` holds the first 62 pages (in ``furniture.py``'s skins); ``second_round.py`` 20 more, each in a
template written for it (non-English outlets, bodies only in hydration data, a consent wall, a hidden rest,
a print version, a how-to, a newsletter...), their gold written before nutgraf was run on them;
``third_round_cms.py`` 15 English pages (``cms3-``) in publishing platforms' own markup (BLOX, Gannett, Substack,
Medium, Ghost, Brightspot, WordPress with Jetpack, Arc XP, BBC-, Guardian- and Reuters-like pages, a wire release...);
``third_round_intl.py`` 14 more (``intl3-*``: outlets of other regions and scripts, two pages in legacy
encodings, a body split across sibling containers, an article written twice for desktop and mobile), their
gold also written first; ``fourth_round.py`` 23 more (``r4-*``: Drupal, Joomla, Squarespace, Wix, Blogger,
Tumblr, LinkedIn, Yahoo and AP pages, a fact check, a match report, a timeline, an FAQ, German, French,
Swedish, Thai, Hebrew and Czech outlets), gold written first; ``fifth_round.py`` 20 more (``r5-*``);
``sixth_round.py`` 15 more (``r6-*``) in markup read from public theme and CMS templates (Newspack, tagDiv
Newspaper, PenNews, Jannah, Minimal Mistakes, Ghost, Sage, Drupal Thunder...), gold written first;
``seventh_round.py`` 17 more (``r7-*``: German regional, French regional, Spanish, Italian, Brazilian, Polish,
Chinese, Korean, Japanese, Arabic AMP and Tamil outlets' templates, Arc XP, a body only in JSON-LD, a paginated
article, a live ticker, a press agency's story, an obituary), gold written first; ``eighth_round.py`` 19 more
(``r8-*``: English chains and platforms: McClatchy, Lee, Hearst, Reach, Newsquest, News Corp Australia,
Postmedia, Dotdash Meredith, Vox Media, the Daily Mail, Nexstar and Sinclair television, Substack footnotes,
WordPress VIP, Arc XP, a transcript, a paywalled preview, ProPublica), gold written first; ``ninth_round.py``
18 more (``r9-*``: JNews, Elementor, beehiiv, bodies only in ``__NEXT_DATA__``'s HTML or Nuxt 3's payload, a
key-events live blog, a Spanish fact check, an opinion column, a Legacy obituary, results tables, Hindi,
Japanese, Arabic, Turkish, Polish, Portuguese, Mexican and German regional templates), gold written first;
``tenth_round.py`` 17 more (``r10-*``: Divi, WPBakery, Webflow, HubSpot, Notion through Super, a Naver blog, a
WeChat article, Hatena, Telegraph, presseportal, a food column's recipe, an editor's note, Dutch, Greek,
Romanian, Hungarian and Urdu templates), gold written first; ``eleventh_round.py`` 15 more (``r11-*``: Japanese
under ruby readings, Swiss German with soft hyphens, Amharic, Nepali, Norwegian, Catalan, Croatian, Serbian
Cyrillic, Filipino and Lithuanian templates, Tistory, note.com, a paginated article's second page, an AI summary
box, a poem), gold written first; ``twelfth_round.py`` 15 more (``r12-*``: Burmese, Khmer, Georgian, Armenian,
Bulgarian, Slovak, Punjabi and Malayalam templates, DEV (Forem), LiveJournal, a body only in Remix's context, a
EurekAlert! release, an opinion piece's ``<q>`` pull quotes, a translation notice, the next story below the
first), gold written first; ``thirteenth_round.py`` 15 more (``r13-*``: Danish, Estonian, Latvian, Slovenian,
Malay, Telugu, Marathi, Azerbaijani and Albanian templates, bodies only in SvelteKit's fetched data, Angular's
``ng-state`` and an Astro island's props, a match report's line-ups, a podcast's transcript, a letters page),
gold written first; ``fourteenth_round.py`` 15 more (``r14-*``: Hausa, Yoruba, Icelandic, Welsh, Uzbek, Kazakh,
Gujarati, Kannada, Macedonian and Pashto (Pangea) templates, a body only in a Next.js App Router page's
``self.__next_f`` payload, a governor's press release, a ministry's statement, a court's press summary, an
agency's story from a portal's syndicated feed), gold written first; ``fifteenth_round.py`` 15 more (``r15-*``:
Sinhala, Lao, Somali, Bosnian, Mongolian, Odia, Belarusian and Galician templates, a body only in an Inertia.js
page's ``data-page``, Tilda, Avada and Beaver Builder pages, a Gatsby blog, a story holding a poll, one holding a
quiz), gold written first; ``sixteenth_round.py`` 15 more (``r16-*``: Sorani Kurdish, Tajik, Kyrgyz, Maltese,
Basque, Irish and Afrikaans templates, Craft CMS, TYPO3, 1C-Bitrix and WordPress block theme pages, a statement
closing on "ENDS", a "What we know so far" box, an accordion explainer, a numbered listicle), gold written first;
``seventeenth_round.py`` 15 more (``r17-*``: Yiddish, Hong Kong Chinese, Korean, Japanese (a paid story's opening),
Luxembourgish, isiZulu, Esperanto, a Lusa wire story and an Austrian live ticker; a Canada.ca news release, a
university newsroom on Squiz Matrix, a TEGNA-like station, a Buttondown newsletter, Wagtail and Plone pages), gold
written first; ``eighteenth_round.py`` 15 more (``r18-*``: Sindhi, Singapore Chinese, Haitian Creole, Māori,
Kinyarwanda and Faroese templates; Sitecore, Umbraco, Liferay, Storyblok, Statamic, Hashnode and Magnolia pages,
a body only in a Contentful-driven app's preloaded state, an AMP page, a Q&A interview, a match report's
line-up), gold written first; ``nineteenth_round.py`` 15 more (``r19-*``: Dhivehi, Uyghur, Tibetan, Occitan,
Malagasy, West Frisian and Tatar templates; Drupal 10's Layout Builder, Sitefinity, Kentico, Optimizely, Next.js
with Sanity, dotCMS, EIN Presswire, Quarto and Framer pages, a photo gallery, a story's first page of two, a Q&A,
a recipe news item, a poll beside an embedded post, a correction, a release's "About ..." and footnotes), gold
written first; ``twentieth_round.py`` 15 more (``r20-*``: Urdu on Strapi and Nuxt, Tamazight in Tifinagh on
ProcessWire, an old Spanish table layout, a German interview on Escenic, an Indonesian live blog, a French review
on SPIP, a Japanese Movable Type blog, a Brazilian city hall on Joomla 5, a release converted by pdf2htmlEX, a
quoted letter on Prismic, a data story on Eleventy, an obituary's guest book, a TV story's transcript, a
Confluence page and a Docusaurus post), gold written first; ``twenty_first_round.py`` 15 more (``r21-*``:
Inuktitut in syllabics, Pashto, a Korean Brunch essay, a Traditional Chinese PIXNET review, a Russian Teletype.in
timeline, a Dutch interview on Ibexa, a German data story on Neos, an Italian PHP-Nuke table layout, a Spanish
Tickaroo live blog, a Japanese Zenn article, a Wikinews article, a page saved from Microsoft Word, an obituary's
guest book, a podcast's transcript on Buzzsprout and a Shopify store's blog post), gold written first; ``twenty_second_round.py``
15 more (``r22-*``: Cherokee in its syllabary under the lead photo, a Hebrew AMP page, a Portuguese story's first
page of two, a Swedish caption longer than the first paragraph, a Hungarian explainer headed by questions, a
Romanian story only in ``<noscript>``, a German page with a second ``<article>``, endnotes on Hexo, a photo essay on
Exposure, a correction, a Bluesky post's fallback on Payload, "RELATED:" lines, Drupal 10's Olivero, Bridgetown and
Silverstripe), gold written first; ``twenty_third_round.py`` 15 more (``r23-*``: Santali in Ol Chiki under a key
points box, Kurdish Sorani with an inline poll, a Contao table, a Spanish live blog newest first, a Japanese
interview, Indonesian numbered cards, Vietnamese ``<div>``-and-``<br>`` paragraphs, a French paywall over a blurred
decoy, a Turkish summary box, Shorthand, Lakana, JSON-LD beside a thin body, Weebly, Typepad and Pelican), gold
written first; ``twenty_fourth_round.py`` 15 more (``r24-*``: Assyrian in the Syriac script with a fact box on Grav, a
Hebrew update note on Bolt, a Polish story's page one of three on Pimcore, a Japanese table of contents on MODX, a
Brazilian FAQ in ``<details>``, Korean footnotes on velog, an Italian print view from Concrete CMS, a photo essay on
Textpattern, Telegram, Bluesky and Instagram posts on django CMS, an AMP page from Polopoly, ``<section>``s between
ads on Stibo DX CUE, Bear Blog endnotes, a correction on top on Backdrop, a WoodWing fact box and Zola's heading
anchors), gold written first; ``twenty_fifth_round.py`` 15 more (``r25-*``: Manipuri in the Meetei Mayek script with a
pull quote on Mura CMS, Hebrew talkbacks longer than the story on KeystoneJS, a German drop cap on Jahia, a Japanese
Ameba blog's ``<br><br>`` text, Toutiao's slide counters, a Spanish data story's SVG chart and table on Bloomreach, a
French drop cap from Pugpig, a Korean byline opening Daum's first paragraph, MkDocs' numbered steps, a story in
declarative shadow DOM on Qwik, Micro.blog replies, Clickability's lazy paragraphs repeated in ``<noscript>``, a
Lume story beside an ``<article>`` of related stories, a Posthaven Q&A and a DatoCMS listen player's transcript),
gold written first; ``twenty_sixth_round.py`` 15 more (``r26-*``: Bambara in the N'Ko script with an "also read" card
on Odoo, a Swahili story only in Frontity's state, a French newsletter form inside a Dotclear post, a Finnish price
box inside a review on Blazor, a Persian breaking ticker on Phoenix LiveView, a Ukrainian Telegram call on October
CMS, a very long council budget report on Gridsome, a Kit newsletter's email tables with a sponsor, Tufte
sidenotes on Blot, a Google Web Story's slides, a Marko click-to-tweet box, Ember glossary popovers, VitePress
custom blocks, a Mirror.xyz collect widget and a one-paragraph Svbtle post), gold written first; ``twenty_seventh_round.py``
15 more (``r27-*``: a Polish quotation in a ``<figure>`` on Kirby, a Turkish WriteFreely essay, an Amharic Telegram post's
widget, a Portuguese members cut on Casper 5, a Thai Mastodon embed, a Korean Bluesky thread unrolled with a reply,
Typecho, Habr, Qiita and Viblo posts, AEM's teasers, a GitBook hint, Hotwire's lazy comments, a public Patreon post
and the new Google Sites), gold written first; ``twenty_eighth_round.py`` 15 more (``r28-*``: a Zhihu column, a livedoor
Blog post under its ranking banners, a Ukrainian uCoz entry with comments, a Greek federation on ASP.NET Web Forms, a
Hebrew gov.il release, an Indonesian Moodle announcement, a Romanian press corner release, a Hungarian Serendipity
entry, a Spanish Flarum thread in its ``noscript``, a French DokuWiki page, a Lemmy post, a Sphinx ABlog post, a
SharePoint news page, DNN's EasyDNNnews and a Jupyter notebook export), gold written first; ``twenty_ninth_round.py``
15 more (``r29-*``: a Pikabu story, a Thai Pantip topic, a Kompasiana article under its comments, an FC2 entry under
its sponsored notice, a Z-BlogPHP recipe, a Portuguese fire brigade on Jimdo, a Polish club's match report, a Turkish
university's press office, a Korean parliament board's release with its particulars table, a Tagalog parish blog on
HTMLy, Dreamwidth, an Invision Community blog entry with its edit note, Plume, Nikola and Bludit), gold written first;
``thirtieth_round.py`` 15 more (``r30-*``: a French Over-blog post, a Japanese Seesaa entry, a CSDN post, a Dcard post, a
Vietnamese portal after Dân trí, a Kaskus thread, a Dzen article, Estonian, Dutch, Greek and Arabic outlets' pages, a Hive
post, a HubPages article in capsules, a Vocal story and a sheriff's office news release), gold written first;
``thirty_first_round.py`` 15 more (``r31-*``: Strikingly, a Japanese town office, a water district's release, Jianshu,
Douban, Xuite, DEV Community, VuePress, Mataroa, Neocities, a Czech Webnode club, a Lithuanian regional, a Danish
parish newsletter, a Croatian municipality and a Persian agency), gold written first; ``thirty_second_round.py`` 15 more
(``r32-*``: an Italian Altervista blog's caption over ``<div>`` paragraphs, a Japanese regional paper's copyright and
feedback lines, an NHS trust's dek and photo credit in bare ``<div>``s, Canalblog, a Thai portal, a Polish city portal,
Egloos, Nethouse, a Spanish football club, docsify, a Fandom blog post, Obsidian Publish, Ko-fi, BiblioCommons and
Carrd), gold written first; ``thirty_third_round.py`` 15 more (``r33-*``: a Logseq graph's div-per-block note, a
Mobirise one-pager, a Thai portal after Kapook, a Turkish portal's bold label over a line break, a Romanian city hall,
a Ukrainian regional, a Finnish page after Yle, a Czech Blogger post, a Brazilian page after G1, a goo blog entry, a
Sohu article, an Urdu page, mdBook, BookStack and SITE123), gold written first.

Each page is its article's parts (a paragraph, a heading, a table, an ad, a related-story card, a pull quote,
an embed...), each part its HTML and its text in the gold (none for furniture), dressed in a site's
furniture (``furniture.py``). The gold leaves out the headline, byline and date (as the ScrapingHub gold
does), ads, cards, pull quotes that repeat the body, comments, lists of other stories and subscription
boxes, and a dek written in the header under the headline (``p.standfirst``, a chapo, an ``h2`` subtitle;
``lede`` or ``deck`` in a page's dict, in its HTML only), as ScrapingHub's gold leaves out 39 of the 41 its
pages write (docs/extraction.md, *Header ledes*); it keeps captions where the photos are the story, table cells, questions of an interview, the text
of embedded posts, footnotes, recipes' ingredients and steps. Score the set with
``python bench/extraction_bench.py --data bench/extraction_pages``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import second_round  # noqa: F401  (adds its pages to PAGES and its skins to SKINS)
import third_round_cms  # noqa: F401  (the same for the third round's platform pages)
import third_round_intl  # noqa: F401  (the same, for the third round's outlets of other regions)
from articles import PAGES
from furniture import SKINS

# isort: split
import fifth_round  # noqa: F401  (imports fourth_round first: its page frame, and its pages before these)
import fourth_round  # noqa: F401  (after the others: the pages' order numbers their ads and cards)
import sixth_round  # noqa: F401  (the sixth round's pages, in markup read from public theme templates)

# isort: split
import seventh_round  # noqa: F401  (the seventh round's pages: site families and markup the first six lack)

# isort: split
import eighth_round  # noqa: F401  (the eighth round's pages: English chains' and platforms' markup the first seven lack)

# isort: split
import ninth_round  # noqa: F401  (the ninth round's pages: platforms, page kinds and outlets the first eight lack)

# isort: split
import leftovers_round  # noqa: F401  (pages holding the leftovers the ninth round noticed: lo-*)
import tenth_round  # noqa: F401  (the tenth round's pages: platforms, page kinds and languages the first nine lack)

# isort: split
import eleventh_round  # noqa: F401  (the eleventh round's pages: scripts, languages, platforms and page kinds the first ten lack)

# isort: split
import twelfth_round  # noqa: F401  (the twelfth round's pages: scripts, languages, platforms and page kinds the first eleven lack)

# isort: split
import thirteenth_round  # noqa: F401  (the thirteenth round's pages: languages, platforms and page kinds the first twelve lack)

# isort: split
import fourteenth_round  # noqa: F401  (the fourteenth round's pages: languages, platforms and page kinds the first thirteen lack)

# isort: split
import fifteenth_round  # noqa: F401  (the fifteenth round's pages: languages, page builders and page kinds the first fourteen lack)

# isort: split
import sixteenth_round  # noqa: F401  (the sixteenth round's pages: languages, platforms and page kinds the first fifteen lack)

# isort: split
import seventeenth_round  # noqa: F401  (the seventeenth round's pages: outlets, platforms and page kinds the first sixteen lack)

# isort: split
import eighteenth_round  # noqa: F401  (the eighteenth round's pages: outlets, platforms and page kinds the first seventeen lack)

# isort: split
import nineteenth_round  # noqa: F401  (the nineteenth round's pages: outlets, platforms and page kinds the first eighteen lack)

# isort: split
import twentieth_round  # noqa: F401  (the twentieth round's pages: outlets, platforms and page kinds the first nineteen lack)

# isort: split
import twenty_first_round  # noqa: F401  (the twenty-first round's pages: outlets, platforms and page kinds the first twenty lack)

# isort: split
import twenty_second_round  # noqa: F401  (the twenty-second round's pages: outlets, platforms and page kinds the first twenty-one lack)

# isort: split
import twenty_third_round  # noqa: F401  (the twenty-third round's pages: outlets, platforms and page kinds the first twenty-two lack)

# isort: split
import twenty_fourth_round  # noqa: F401  (the twenty-fourth round's pages: outlets, platforms and page kinds the first twenty-three lack)

# isort: split
import twenty_fifth_round  # noqa: F401  (the twenty-fifth round's pages: outlets, platforms and page kinds the first twenty-four lack)

# isort: split
import twenty_sixth_round  # noqa: F401  (the twenty-sixth round's pages: outlets, platforms and page kinds the first twenty-five lack)

# isort: split
import twenty_seventh_round  # noqa: F401  (the twenty-seventh round's pages: outlets, platforms and page kinds the first twenty-six lack)

# isort: split
import twenty_eighth_round  # noqa: F401  (the twenty-eighth round's pages: outlets, platforms and page kinds the first twenty-seven lack)
import twenty_ninth_round  # noqa: F401  (the twenty-ninth round's pages: platforms, page kinds and languages the first twenty-eight lack)

# isort: split
import thirtieth_round  # noqa: F401  (the thirtieth round's pages: platforms, outlets and languages the first twenty-nine lack)

# isort: split
import thirty_first_round  # noqa: F401  (the thirty-first round's pages: platforms, page kinds and languages the first thirty lack)

# isort: split
import thirty_second_round  # noqa: F401  (the thirty-second round's pages: platforms, page kinds and languages the first thirty-one lack)

# isort: split
import thirty_third_round  # noqa: F401  (the thirty-third round's pages: platforms, page kinds and languages the first thirty-two lack)

HERE = Path(__file__).parent


def main() -> int:
    (HERE / "html").mkdir(exist_ok=True)
    truth = {}
    for number, page in enumerate(PAGES):
        page["number"] = number
        page.setdefault("site", "The Daily Ledger")
        page.setdefault("url", f"https://www.{page['site'].lower().replace(' ', '')}.example/{page['id']}")
        html = "".join(markup for markup, _ in page["parts"])
        gold = "\n\n".join(text for _, text in page["parts"] if text)
        if "after" in page:
            page["after_article"] = "".join(markup for markup, _ in page["after"])
        # A page in a legacy encoding (the third round's GBK and windows-1251 pages) is written in it, strictly.
        (HERE / "html" / f"{page['id']}.html").write_bytes(
            SKINS[page["skin"]](page, html).encode(page.get("encoding", "utf-8"))
        )
        truth[page["id"]] = {"articleBody": gold, "url": page["url"], "shape": page["shape"]}
    (HERE / "ground-truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(f"{len(truth)} pages written to {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
