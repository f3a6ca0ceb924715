"""HTTP on httpx with manners: timeouts, retries with backoff, per-host pacing, robots.txt, size cap."""

from __future__ import annotations

import time
import urllib.robotparser
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx

from pipelines.fetch.sources import Politeness


@dataclass
class Response:
    url: str
    final_url: str
    status: int | None
    headers: dict[str, str]
    content: bytes
    outcome: str  # ok | not_modified | http_error | timeout | too_large | robots_forbidden | error
    error: str | None = None
    seconds: float = 0.0
    attempts: int = 1


@dataclass
class PoliteClient:
    politeness: Politeness
    log: list[Response] = field(default_factory=list)
    _last: dict[str, float] = field(default_factory=dict)
    _robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(default_factory=dict)
    _robots_error: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._client = httpx.Client(
            follow_redirects=True, max_redirects=5,
            timeout=httpx.Timeout(self.politeness.timeout_seconds),
            headers={"User-Agent": self.politeness.user_agent},
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> PoliteClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            self._robots[origin] = self._load_robots(origin)
        robots = self._robots[origin]
        return robots is None or robots.can_fetch(self.politeness.user_agent, url)

    def _load_robots(self, origin: str) -> urllib.robotparser.RobotFileParser | None:
        response = self._request(f"{origin}/robots.txt", {}, check_robots=False)
        parser = urllib.robotparser.RobotFileParser()
        if response.outcome == "ok":
            parser.parse(response.content.decode("utf-8", errors="replace").splitlines())
            return parser
        if response.status is not None and 400 <= response.status < 500:
            return None  # no robots.txt: everything is allowed
        # robots.txt unreachable (5xx, timeout, no connection): take nothing from this host this run
        self._robots_error[origin] = f"robots.txt unreachable ({response.error})"
        parser.parse(["User-agent: *", "Disallow: /"])
        return parser

    def get(self, url: str, headers: dict[str, str] | None = None) -> Response:
        response = self._request(url, headers or {}, check_robots=True)
        self.log.append(response)
        return response

    def _request(self, url: str, headers: dict[str, str], check_robots: bool) -> Response:
        if check_robots and not self.allowed(url):
            parts = urlsplit(url)
            unreachable = self._robots_error.get(f"{parts.scheme}://{parts.netloc}")
            if unreachable:
                return Response(url, url, None, {}, b"", "error", unreachable)
            return Response(url, url, None, {}, b"", "robots_forbidden", "disallowed by robots.txt")
        attempts = 0
        started = time.perf_counter()
        while True:
            attempts += 1
            self._pace(url)
            try:
                response = self._stream(url, headers)
            except httpx.TimeoutException as exc:
                response = Response(url, url, None, {}, b"", "timeout", f"timed out ({type(exc).__name__})")
            except httpx.HTTPError as exc:
                response = Response(url, url, None, {}, b"", "error", f"{type(exc).__name__}: {exc}")
            retry = response.outcome in ("timeout", "error") or (
                response.status is not None and response.status >= 500)
            if not retry or attempts > self.politeness.retries:
                response.attempts = attempts
                response.seconds = time.perf_counter() - started
                return response
            time.sleep(self.politeness.backoff_seconds * 2 ** (attempts - 1))

    def _stream(self, url: str, headers: dict[str, str]) -> Response:
        limit = self.politeness.max_bytes
        with self._client.stream("GET", url, headers=headers) as r:
            head = {k.lower(): v for k, v in r.headers.items()}
            if r.status_code == 304:
                return Response(url, str(r.url), 304, head, b"", "not_modified")
            if r.status_code >= 400:
                return Response(url, str(r.url), r.status_code, head, b"", "http_error", f"HTTP {r.status_code}")
            declared = int(head.get("content-length", "0") or 0)
            if declared > limit:
                return Response(url, str(r.url), r.status_code, head, b"", "too_large",
                                f"{declared} bytes declared, cap {limit}")
            chunks, size = [], 0
            for chunk in r.iter_bytes():
                size += len(chunk)
                if size > limit:
                    return Response(url, str(r.url), r.status_code, head, b"", "too_large",
                                    f"more than {limit} bytes")
                chunks.append(chunk)
            return Response(url, str(r.url), r.status_code, head, b"".join(chunks), "ok")

    def _pace(self, url: str) -> None:
        host = urlsplit(url).netloc
        wait = self._last.get(host, 0.0) + self.politeness.min_interval_seconds - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        self._last[host] = time.monotonic()
