"""Regenerate the README's screenshots of the web UI (docs/img/*.png).

Builds a knowledge base in a temporary folder from the reference article (with its publication
date) and the dev articles beside the repository, all through the real extraction pipeline,
serves it with ``ghatna serve`` and photographs the dashboard, the events page with its facets, the
article view, an actor page, the IND–KAZ dyad, the actor network and the map (with the events of its
busiest place listed) in headless Chromium. Event lists and the map are limited to the reference
article, so that no evidence of an evaluation text is photographed.

    .venv/bin/python scripts/screenshots.py [--chromium /usr/bin/chromium] [--out docs/img]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import httpx
from playwright.sync_api import sync_playwright

from ghatna.ingest.article import make_article
from ghatna.run.extract import extract
from ghatna.store import open_store

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script, for scripts.serving
from scripts.serving import served  # noqa: E402

REFERENCE = ROOT / "samples" / "000_80b73bf1b1695fdc.txt"
DEV = ROOT.parent / "shared" / "data" / "eval" / "dev"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip
ONLY_REFERENCE = f"article={REFERENCE.stem}"
SHOTS = (
    ("dashboard.png", "/", "#per-month"),
    ("events.png", f"/events?{ONLY_REFERENCE}&type=CONSULT&type=AGREE", "table.events"),
    ("article.png", f"/articles/{REFERENCE.stem}", "#article-text"),
    ("actor.png", "/actors/{actor}?" + ONLY_REFERENCE, "table.events"),
    ("timeline.png", f"/dyads/IND/KAZ?{ONLY_REFERENCE}", "#timeline"),
    ("network.png", "/network", "#network"),
    ("map.png", f"/map?{ONLY_REFERENCE}", ".map[data-ready=true]"),
)


def build(db: Path) -> str:
    url = f"sqlite:///{db}"
    analyses = [
        extract(
            make_article(
                REFERENCE.read_text(encoding="utf-8"),
                str(REFERENCE),
                article_id=REFERENCE.stem,
                date_value="2018-10-03",
            )
        )
    ]
    for path in sorted(DEV.glob("*.txt")) if DEV.is_dir() else []:
        if path.name != REFERENCE.name:
            analyses.append(extract(make_article(path.read_text(encoding="utf-8"), str(path), article_id=path.stem)))
    with open_store(url) as store:
        store.add(analyses)
    return url


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "img")
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        url = build(Path(folder) / "kb.db")
        with served(url, args.port) as server, sync_playwright() as playwright:
            base = server.url
            browser = playwright.chromium.launch(executable_path=args.chromium, args=ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 900}, device_scale_factor=1)
            actor = httpx.get(f"{base}/api/actors", params={"q": "सीतारमण"}).json()["actors"][0]["id"]
            for name, path, selector in SHOTS:
                page.goto(f"{base}{path.format(actor=actor)}")
                page.wait_for_selector(selector)
                if name == "map.png":
                    page.evaluate("window.ghatnaMap.show(window.ghatnaMap.features[0].properties.place)")
                    page.wait_for_selector(".map-events li")
                page.evaluate("document.fonts.ready")
                page.wait_for_timeout(500)
                whole = name in ("article.png", "events.png", "actor.png")
                page.screenshot(path=str(args.out / name), full_page=whole)
                print(f"wrote {args.out / name}")
            browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
