"""The fetcher against a real local server: retries, Retry-After, backoff, time-outs, limits, robots, rate."""

from __future__ import annotations

import time

import httpx
import pytest

from ghatna.errors import FetchError
from ghatna.ingest.fetch import Fetcher
from ghatna.ingest.options import FetchOptions
from tests.web_server import Answer, LocalWeb, Request


class Sleeps(list[float]):
    """A sleep that really waits (the tests keep waits short) and remembers each wait."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)
        time.sleep(seconds)


def fetcher(sleeps: Sleeps, **options: float) -> Fetcher:
    settings = {"min_interval_s": 0.0, "backoff_s": 0.01, **options}
    return Fetcher(FetchOptions(**settings), sleep=sleeps)  # type: ignore[arg-type]


def flaky(*answers: Answer) -> object:
    """Answer with each of ``answers`` in turn, then keep giving the last."""
    queue = list(answers)

    def answer(_: Request) -> Answer:
        return queue.pop(0) if len(queue) > 1 else queue[0]

    return answer


def test_429_is_retried_after_the_time_retry_after_asks(web: LocalWeb) -> None:
    web.routes["/busy"] = flaky(Answer(429, b"slow down", {"Retry-After": "1"}), Answer(200, "ठीक".encode()))  # type: ignore[assignment]
    sleeps = Sleeps()
    with fetcher(sleeps) as client:
        fetched = client.get(web.url("/busy"))
    assert fetched.content.decode() == "ठीक"
    assert len(web.hits("/busy")) == 2
    assert sleeps == [1.0]


def test_a_retry_after_beyond_the_limit_gives_up_at_once(web: LocalWeb) -> None:
    web.routes["/busy"] = Answer(429, b"", {"Retry-After": "3600"})
    sleeps = Sleeps()
    started = time.monotonic()
    with fetcher(sleeps, max_wait_s=5.0) as client, pytest.raises(FetchError, match="wait 3600 s, over the 5 s"):
        client.get(web.url("/busy"))
    assert time.monotonic() - started < 2
    assert (len(web.hits("/busy")), sleeps) == (1, [])


def test_server_errors_back_off_exponentially_and_retries_are_bounded(web: LocalWeb) -> None:
    web.routes["/error"] = Answer(500, b"oops")
    sleeps = Sleeps()
    with fetcher(sleeps, max_retries=3) as client, pytest.raises(FetchError, match="answered 500, 4 tries") as caught:
        client.get(web.url("/error"))
    assert caught.value.transient
    assert len(web.hits("/error")) == 4
    assert sleeps == [0.01, 0.02, 0.04]


def test_a_slow_server_times_out(web: LocalWeb) -> None:
    web.routes["/slow"] = Answer(200, b"<html></html>", delay_s=3)
    # a 200 would come after 3 s: the error proves the 0.3 s read time-out fired (no wall-clock check,
    # which a loaded CI machine would make flaky)
    with fetcher(Sleeps(), timeout_s=0.3, max_retries=0) as client, pytest.raises(FetchError, match="no answer"):
        client.get(web.url("/slow"))


def test_etag_and_last_modified_make_the_request_conditional(web: LocalWeb) -> None:
    def feed(request: Request) -> Answer:
        if request.headers.get("if-none-match") == '"v1"':
            return Answer(304)
        return Answer(200, b"<rss/>", {"ETag": '"v1"', "Last-Modified": "Wed, 06 Dec 2023 10:00:00 GMT"})

    web.routes["/feed"] = feed
    with fetcher(Sleeps()) as client:
        first = client.get(web.url("/feed"))
        second = client.get(web.url("/feed"), etag=first.headers["etag"], last_modified=first.headers["last-modified"])
    assert (first.status, second.status, second.not_modified) == (200, 304, True)
    assert web.hits("/feed")[1].headers["if-modified-since"] == "Wed, 06 Dec 2023 10:00:00 GMT"


def test_requests_to_one_host_are_spaced_and_robots_crawl_delay_counts(web: LocalWeb) -> None:
    web.routes["/robots.txt"] = Answer(200, b"User-agent: *\nCrawl-delay: 1\n")
    web.routes["/a"] = Answer(200, b"a")
    sleeps = Sleeps()
    with fetcher(sleeps, min_interval_s=0.1) as client:
        for _ in range(3):
            client.get(web.url("/a"))
    # The first page waits out the 0.1 s after robots.txt; then robots.txt's Crawl-delay of 1 s rules.
    assert len(sleeps) == 3 and sleeps[0] <= 0.1
    assert all(0.8 < s <= 1.0 for s in sleeps[1:]), sleeps


def test_a_page_over_the_size_limit_is_refused(web: LocalWeb) -> None:
    web.routes["/big"] = Answer(200, b"x" * 300_000)
    with fetcher(Sleeps(), max_bytes=100_000) as client, pytest.raises(FetchError, match=r"over the 0\.1 MB limit"):
        client.get(web.url("/big"))


def test_the_transport_is_pluggable() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        return httpx.Response(200, text="<html><body><p>नमस्ते</p></body></html>", headers={"Content-Type": "text/html"})

    with Fetcher(FetchOptions(min_interval_s=0), transport=httpx.MockTransport(handler)) as client:
        assert client.get("https://samachar.example/a").media_type == "text/html"
    assert seen == ["https://samachar.example/robots.txt", "https://samachar.example/a"]
