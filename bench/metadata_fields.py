"""The title, byline, date and site nutgraf gives for every shared extraction page, and what changed since a
previous run.

Usage::

    python bench/metadata_fields.py --out now.jsonl [--before then.jsonl] [--data ../shared/data/extraction]

Writes one JSON line per page (``set/id``, title, byline, published date, site, and an MD5 of the body text, so that a
change to the metadata rules shows whether it moved the body too). With ``--before`` (a file an earlier
run wrote, say from a checkout of the previous commit), prints every field that differs and the count of
changed fields; whether a change is for the better is left to the reader (the pages have no gold for
metadata).
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

import nutgraf
from extraction_bench import DEFAULT_DATA, load_set, set_folders

FIELDS = ("title", "byline", "published", "site", "text_md5")


def fields_of_pages(data: Path) -> list[dict]:
    rows = []
    for page_set in map(load_set, set_folders(data, None)):
        for page_id, page in page_set.pages.items():
            article = nutgraf.extract(page, url=page_set.urls[page_id])
            rows.append(
                {
                    "page": f"{page_set.name}/{page_id}",
                    "title": article.title,
                    "byline": article.byline,
                    "published": article.published.isoformat() if article.published else None,
                    "site": article.site,
                    "text_md5": hashlib.md5(article.text.encode()).hexdigest(),
                }
            )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--before", type=Path)
    args = parser.parse_args()
    rows = fields_of_pages(args.data)
    args.out.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows))
    print(f"{len(rows)} pages written to {args.out}")
    if args.before is None:
        return
    before = {row["page"]: row for row in map(json.loads, args.before.read_text().splitlines())}
    changed = dict.fromkeys(FIELDS, 0)
    for row in rows:
        old = before.get(row["page"], {})
        for field in FIELDS:
            if old.get(field) != row[field]:
                changed[field] += 1
                print(f"{row['page'][:40]:40} {field:8} {old.get(field)!r}\n{'':49} -> {row[field]!r}")
    print("changed fields:", ", ".join(f"{field} {n}" for field, n in changed.items()))


if __name__ == "__main__":
    main()
