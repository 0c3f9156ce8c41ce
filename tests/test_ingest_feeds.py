"""``ghatna watch`` against a real local server: each item once, conditional polls, failures, Ctrl-C."""

from __future__ import annotations

import json
import sqlite3
import types
from collections.abc import Callable

import pytest

import ghatna.run.watch as watch_module
from ghatna.ingest import IngestOptions
from ghatna.ingest.feeds import parse_feed
from ghatna.ingest.fetch import Fetcher
from ghatna.ingest.options import FetchOptions
from ghatna.run.watch import FeedPolled, ItemStored, watch_feeds
from ghatna.store import open_store
from tests.conftest import CliResult
from tests.web_pages import HINDI, Story, atom, page, rss
from tests.web_server import Answer, LocalWeb, Request

FAST = ("--delay", "0", "--timeout", "5")


def serve_stories(web: LocalWeb, stories: tuple[Story, ...]) -> None:
    for story in stories:
        web.html(f"/news/{story.slug}.html", page(story))


def versioned_feed(web: LocalWeb, path: str, body: Callable[[], str], version: Callable[[], str]) -> None:
    """A feed that answers 304 when the client already has its current ETag."""

    def answer(request: Request) -> Answer:
        etag = f'"{version()}"'
        if request.headers.get("if-none-match") == etag:
            return Answer(304, b"", {"ETag": etag})
        return Answer(200, body().encode(), {"Content-Type": "application/rss+xml; charset=utf-8", "ETag": etag})

    web.routes[path] = answer


def rows(db_url: str, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(db_url.removeprefix("sqlite:///")) as db:
        return db.execute(sql).fetchall()


def test_a_feed_polled_twice_ingests_each_item_once_and_honours_its_etag(
    web: LocalWeb, db_url: str, cli: Callable[..., CliResult]
) -> None:
    serve_stories(web, HINDI)
    listed = {"stories": HINDI[:2], "version": "v1"}
    versioned_feed(web, "/feed.xml", lambda: rss(web.base, listed["stories"]), lambda: str(listed["version"]))  # type: ignore[arg-type]
    feed = web.url("/feed.xml")

    first = cli("watch", feed, "--once", "--db", db_url, *FAST)
    assert first.code == 0, first.err
    assert "watched: 2 new, 0 already stored, 0 failed" in first.out
    second = cli("watch", feed, "--once", "--db", db_url, *FAST)
    assert "watched: 0 new, 0 already stored, 0 failed" in second.out
    assert f"{feed}: not modified" in second.err
    assert web.hits("/feed.xml")[1].headers["if-none-match"] == '"v1"'

    listed.update(stories=HINDI, version="v2")  # a new item on top of the two old ones
    third = cli("watch", feed, "--once", "--db", db_url, *FAST)
    assert "watched: 1 new, 0 already stored, 0 failed" in third.out
    assert [len(web.hits(f"/news/{s.slug}.html")) for s in HINDI] == [1, 1, 1]
    assert rows(db_url, "SELECT COUNT(*) FROM articles") == [(3,)]
    assert rows(db_url, "SELECT etag FROM feeds") == [('"v2"',)]


def test_seen_items_survive_a_restart_even_when_the_feed_ignores_etags(web: LocalWeb, db_url: str) -> None:
    serve_stories(web, HINDI)
    web.routes["/atom"] = Answer(200, atom(web.base, HINDI).encode(), {"Content-Type": "application/atom+xml"})
    options = IngestOptions(fetch=FetchOptions(min_interval_s=0))
    for run in range(2):  # two separate processes' worth: a fresh store and fetcher each time
        with open_store(db_url) as store, Fetcher(options.fetch) as fetcher:
            reports = list(watch_feeds([web.url("/atom")], store, fetcher, options, every_s=1, once=True))
        stored = [r for r in reports if isinstance(r, ItemStored)]
        assert len(stored) == (3 if run == 0 else 0)
    assert [len(web.hits(f"/news/{s.slug}.html")) for s in HINDI] == [1, 1, 1]


def test_feed_dates_become_article_dates(web: LocalWeb, db_url: str, cli: Callable[..., CliResult]) -> None:
    late_night = Story(**{**HINDI[0].__dict__, "published": "2023-12-09T00:30:00+05:30"})  # 8 December in UTC
    web.html(f"/news/{late_night.slug}.html", page(HINDI[0]))  # the page itself says 6 December
    web.routes["/feed.xml"] = Answer(200, rss(web.base, (late_night,)).encode(), {"Content-Type": "text/xml"})
    assert cli("watch", web.url("/feed.xml"), "--once", "--db", db_url, *FAST).code == 0
    assert rows(db_url, "SELECT date_value, date_precision, date_inferred, date_basis FROM articles") == [
        ("2023-12-09", "day", 0, "feed item date")
    ]


def test_broken_items_are_reported_and_skipped_and_transient_ones_retried(
    web: LocalWeb, db_url: str, cli: Callable[..., CliResult]
) -> None:
    good, gone, failing = HINDI
    web.html(f"/news/{good.slug}.html", page(good))
    web.routes[f"/news/{gone.slug}.html"] = Answer(404, b"gone")
    web.routes[f"/news/{failing.slug}.html"] = Answer(500, b"oops")
    versioned_feed(web, "/feed.xml", lambda: rss(web.base, HINDI), lambda: "v1")
    feed = web.url("/feed.xml")

    first = cli("watch", feed, "--once", "--db", db_url, *FAST, "--retries", "1")
    assert first.code == 1
    assert "watched: 1 new, 0 already stored, 2 failed" in first.out
    assert f"{gone.slug}.html: the server answered 404" in first.err
    assert f"{failing.slug}.html: the server answered 500, 2 tries; try later" in first.err

    web.html(f"/news/{failing.slug}.html", page(failing))  # the server is fixed
    second = cli("watch", feed, "--once", "--db", db_url, *FAST)
    assert "watched: 1 new, 0 already stored, 0 failed" in second.out
    assert "if-none-match" not in web.hits("/feed.xml")[1].headers  # the failed item forced a full poll
    assert len(web.hits(f"/news/{gone.slug}.html")) == 1  # a permanent failure is not fetched again
    assert rows(db_url, "SELECT item_id, outcome FROM feed_items ORDER BY item_id") == [
        (f"urn:test:{gone.slug}", "skipped: the server answered 404; check the URL"),
        (f"urn:test:{failing.slug}", "stored"),
        (f"urn:test:{good.slug}", "stored"),
    ]


def test_a_429_on_an_item_is_waited_out(web: LocalWeb, db_url: str, cli: Callable[..., CliResult]) -> None:
    story = HINDI[1]
    answers = [Answer(429, b"", {"Retry-After": "1"}), Answer(200, page(story).encode(), {"Content-Type": "text/html"})]
    web.routes[f"/news/{story.slug}.html"] = lambda _: answers.pop(0) if len(answers) > 1 else answers[0]
    web.routes["/feed.xml"] = Answer(200, rss(web.base, (story,)).encode(), {"Content-Type": "text/xml"})
    result = cli("watch", web.url("/feed.xml"), "--once", "--db", db_url, *FAST, "--max-wait", "5")
    assert "watched: 1 new, 0 already stored, 0 failed" in result.out
    assert len(web.hits(f"/news/{story.slug}.html")) == 2


def test_not_a_feed_is_reported(web: LocalWeb, db_url: str, cli: Callable[..., CliResult]) -> None:
    web.html("/page.html", page(HINDI[0]))
    result = cli("watch", web.url("/page.html"), "--once", "--db", db_url, *FAST)
    assert result.code == 1
    assert "not a readable RSS/Atom feed" in result.err


def test_watch_polls_every_interval_until_ctrl_c(
    web: LocalWeb, db_url: str, cli: Callable[..., CliResult], monkeypatch: pytest.MonkeyPatch
) -> None:
    serve_stories(web, HINDI[:1])
    versioned_feed(web, "/feed.xml", lambda: rss(web.base, HINDI[:1]), lambda: "v1")
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        if len(waits) == 2:
            raise KeyboardInterrupt

    monkeypatch.setattr(watch_module, "time", types.SimpleNamespace(sleep=sleep))
    result = cli("watch", web.url("/feed.xml"), "--every", "2m", "--db", db_url, *FAST)
    assert result.code == 130
    assert waits == [120.0, 120.0]
    assert len(web.hits("/feed.xml")) == 2
    assert "watch stopped; 1 new, 0 already stored, 0 failed" in result.err
    assert json.loads(cli("stats", "--db", db_url, "--format", "json").out)["counts"]["articles"] == 1


@pytest.mark.parametrize("value", ["0", "ten", "5d", "-1m"])
def test_bad_intervals_are_usage_errors(cli: Callable[..., CliResult], value: str) -> None:
    assert cli("watch", "http://127.0.0.1:9/feed", "--every", value).code == 2


def test_items_without_id_get_a_stable_one() -> None:
    feed = b"<rss version='2.0'><channel><title>t</title><item><title>a</title><link>/x</link></item></channel></rss>"
    [item] = parse_feed(feed, "http://127.0.0.1/feed")
    assert (item.item_id, item.link) == ("http://127.0.0.1/x", "http://127.0.0.1/x")
    assert parse_feed(feed, "http://127.0.0.1/feed")[0].item_id == item.item_id
    assert isinstance(FeedPolled("u", True, 0), FeedPolled)
