"""Fetching web pages and feeds politely: a clear User-Agent, robots.txt, a rate limit per host,
conditional requests (ETag / Last-Modified), bounded retries with backoff, and bounded time and size.

The network is a pluggable httpx transport: tests pass a transport (or talk to a local server), the
command line uses the default one.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from ghatna.errors import FetchError
from ghatna.ingest.html import charset_of
from ghatna.ingest.options import FetchOptions

ROBOTS_TTL_S = 3600.0
_RETRY_STATUSES = {429, 500, 502, 503, 504}
_MAX_ROBOTS_BYTES = 512 * 1024


@dataclass(frozen=True, slots=True)
class Fetched:
    """A response that was read to the end. ``status`` is 200-299 or 304 (not modified)."""

    url: str
    status: int
    headers: httpx.Headers
    content: bytes

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def media_type(self) -> str:
        return str(self.headers.get("content-type", "")).split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        return charset_of(str(self.headers.get("content-type", "")))


class _Transient(Exception):
    """A failure that may go away: a time-out, a dropped connection, 429 or 5xx."""

    def __init__(self, message: str, status: int | None = None, retry_after: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.retry_after = retry_after


class Fetcher:
    """One HTTP client shared by every request of a run. Use it as a context manager."""

    def __init__(
        self,
        options: FetchOptions | None = None,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.options = options or FetchOptions()
        self._sleep = sleep
        self._clock = clock
        self._next_request: dict[str, float] = {}
        self._interval: dict[str, float] = {}
        self._robots: dict[str, tuple[float, RobotFileParser | None]] = {}
        self._client = httpx.Client(
            transport=transport,
            headers={"User-Agent": self.options.user_agent},
            timeout=httpx.Timeout(self.options.timeout_s),
            follow_redirects=True,
            max_redirects=self.options.max_redirects,
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """Fetch ``url``; raise ``FetchError`` (naming the URL and what to do) when it cannot be had."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise FetchError(url, "not an http(s) URL")
        if self.options.obey_robots and not self._allowed(url):
            raise FetchError(url, "robots.txt of this site does not allow ghatna to fetch this page")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        attempt = 0
        while True:
            try:
                return self._once(url, headers)
            except _Transient as e:
                if attempt >= self.options.max_retries:
                    raise FetchError(
                        url, f"{e.message}, {attempt + 1} tries; try later", transient=True, status=e.status
                    ) from e
                wait = self._retry_wait(e, attempt, url)
                attempt += 1
                self._sleep(wait)

    # -- one request ------------------------------------------------------------------------------
    def _once(self, url: str, headers: dict[str, str]) -> Fetched:
        self._wait_turn(url)
        started = self._clock()
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                if response.status_code == 304:
                    return Fetched(str(response.url), 304, response.headers, b"")
                if response.status_code in _RETRY_STATUSES:
                    raise _Transient(
                        f"the server answered {response.status_code}",
                        response.status_code,
                        response.headers.get("retry-after"),
                    )
                if response.status_code >= 400:
                    raise FetchError(
                        url, f"the server answered {response.status_code}; check the URL", status=response.status_code
                    )
                content = self._read_body(url, response, started)
                return Fetched(str(response.url), response.status_code, response.headers, content)
        except httpx.TooManyRedirects as e:
            raise FetchError(url, f"more than {self.options.max_redirects} redirects (a redirect loop?)") from e
        except httpx.TimeoutException as e:
            raise _Transient(f"no answer within {self.options.timeout_s:g} s") from e
        except httpx.HTTPError as e:
            raise _Transient(f"cannot connect ({type(e).__name__})") from e

    def _read_body(self, url: str, response: httpx.Response, started: float) -> bytes:
        limit = self.options.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchError(url, f"{int(declared) / 1e6:.1f} MB is over the {limit / 1e6:.1f} MB limit")
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise FetchError(url, f"more than {limit / 1e6:.1f} MB (after decompression); skipped")
            if self._clock() - started > 2 * self.options.timeout_s:
                raise _Transient(f"the page took over {2 * self.options.timeout_s:g} s to arrive")
            chunks.append(chunk)
        return b"".join(chunks)

    def _retry_wait(self, error: _Transient, attempt: int, url: str) -> float:
        backoff = self.options.backoff_s * 2.0**attempt
        retry_after = _retry_after_seconds(error.retry_after)
        if retry_after is None:
            return min(backoff, self.options.max_wait_s)
        if retry_after > self.options.max_wait_s:
            raise FetchError(
                url,
                f"the server asks to wait {retry_after:.0f} s, over the {self.options.max_wait_s:g} s limit; try later",
                transient=True,
                status=error.status,
            ) from error
        return max(retry_after, 0.0)

    # -- politeness -------------------------------------------------------------------------------
    def _wait_turn(self, url: str) -> None:
        host = urlsplit(url).netloc.lower()
        now = self._clock()
        ready = self._next_request.get(host, now)
        if ready > now:
            self._sleep(ready - now)
            now = ready
        self._next_request[host] = now + self._interval.get(host, self.options.min_interval_s)

    def _allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc.lower()}"
        cached = self._robots.get(key)
        if cached is None or self._clock() - cached[0] > ROBOTS_TTL_S:
            cached = (self._clock(), self._read_robots(key))
            self._robots[key] = cached
        rules = cached[1]
        return True if rules is None else rules.can_fetch(self.options.user_agent, url)

    def _read_robots(self, site: str) -> RobotFileParser | None:
        """The site's rules; None (everything allowed) when it has no robots.txt (4xx)."""
        robots_url = f"{site}/robots.txt"
        self._wait_turn(robots_url)
        try:
            response = self._client.get(robots_url)
        except httpx.HTTPError as e:
            message = f"robots.txt cannot be read ({type(e).__name__}); try later"
            raise FetchError(robots_url, message, transient=True) from e
        if 400 <= response.status_code < 500:
            return None
        if response.status_code >= 500:
            raise FetchError(robots_url, f"robots.txt answered {response.status_code}; try later", transient=True)
        rules = RobotFileParser(robots_url)
        rules.parse(response.content[:_MAX_ROBOTS_BYTES].decode("utf-8", errors="replace").splitlines())
        delay = rules.crawl_delay(self.options.user_agent)
        if delay is not None:
            host = urlsplit(site).netloc.lower()
            self._interval[host] = min(max(float(delay), self.options.min_interval_s), self.options.max_wait_s)
        return rules


def _retry_after_seconds(value: str | None) -> float | None:
    """Seconds from a Retry-After header: a number of seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return float(moment.timestamp() - time.time())
