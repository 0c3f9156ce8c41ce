"""Write corpus articles as a JSONL feed dump, the way a user feeds ghatna news with its metadata.

usage: python3 training/events/feed_dump.py OUT.jsonl [--ids GOLD.jsonl] [--title-in-content]

One object per article: ``id``, ``title`` (the article's first line, when it is short enough to
be one), ``content`` (the rest; with --title-in-content, or without a title, the whole text),
``link``, ``source`` (the paper or the corpus source)
and, where the corpus knows it (the COVID newspapers' ``pub_date``), ``pubDate``: RFC 2822 as
RSS feeds write it (``Wed, 01 Apr 2020 07:15:00 +0530``) for every second such article, ISO 8601
with an offset (``2020-04-01T07:15:00+05:30``) for the others. --ids keeps the articles of a
scorer gold file, in its order, so that the ids of ``ghatna extract`` pair with the gold:

    ghatna extract OUT.jsonl --text-field content --date-field pubDate --url-field link

The output holds research-only article text: write it outside the repository, never into it.
"""
from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import text as T

#: A longer first line is a paragraph (the BBC rows have no headline): the item then has no title.
MAX_TITLE = 200
INDIA = timezone(timedelta(hours=5, minutes=30))


def feed_dates(day: str, index: int) -> str:
    """A morning time on ``day`` in Indian time, RFC 2822 or ISO 8601 by turns."""
    moment = datetime.fromisoformat(day).replace(hour=7, minute=15, tzinfo=INDIA)
    # strftime, not email.utils: this folder's select.py hides the standard module email needs
    return moment.strftime("%a, %d %b %Y %H:%M:%S %z") if index % 2 == 0 else moment.isoformat()


def feed_item(source: dict, body: str, dated: int, title_in_content: bool) -> dict:
    head, _, rest = body.strip().partition("\n")
    headline = len(head) <= MAX_TITLE and bool(rest.strip())
    item = {
        "id": source["id"],
        "title": head.strip() if headline else "",
        "content": rest.strip() if headline and not title_in_content else body,
        "link": f"https://corpus.invalid/{source['source']}/{source['id']}",
        "source": source.get("paper") or source["source"],
    }
    if source.get("pub_date"):
        item["pubDate"] = feed_dates(source["pub_date"], dated)
    return item


def gold_ids(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--ids", type=Path, help="a scorer gold file: dump its articles only, in its order")
    ap.add_argument("--title-in-content", action="store_true", help="keep the first line in the content too")
    args = ap.parse_args()
    if T.REPO in args.out.resolve().parents:
        ap.error("write outside the repository: the output holds research-only text")
    sources = T.load_sources()
    ids = gold_ids(args.ids) if args.ids else sorted(sources)
    dated = 0
    with open(args.out, "w", encoding="utf-8") as f:
        for aid in ids:
            item = feed_item(sources[aid], T.article_text(sources[aid]), dated, args.title_in_content)
            dated += "pubDate" in item
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{args.out}: {len(ids)} articles, {dated} with a publication date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
