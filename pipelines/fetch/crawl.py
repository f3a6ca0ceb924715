"""Crawl each source: listing pages (and their pagination) → report links → downloads.

A failure in one source is logged and never stops the others. ``since`` skips links whose
listing entry carries an older date, and stops following pages once a whole page is older.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path, PurePosixPath
from typing import NamedTuple
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

from pipelines.documents.errors import DocumentError
from pipelines.documents.sniff import BINARY_EXTENSIONS, HTML_START, sniff_format
from pipelines.fetch.client import PoliteClient, Response
from pipelines.fetch.pages import decode_html, error_page_reason
from pipelines.fetch.sources import Source
from pipelines.fetch.store import save, stored_file, touch

DATE = re.compile(r"(20\d\d)[-/.年](\d{1,2})[-/.月](\d{1,2})")


@dataclass
class LogEntry:
    source: str
    url: str
    status: int | None
    bytes: int
    outcome: str  # listing | stored | duplicate | not_modified | not_a_report | too_large | http_error | ...
    error: str | None = None
    path: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    seconds: float = 0.0


@dataclass
class FetchResult:
    entries: list[LogEntry] = field(default_factory=list)
    failed_sources: dict[str, str] = field(default_factory=dict)

    @property
    def stored(self) -> list[LogEntry]:
        return [e for e in self.entries if e.outcome == "stored"]


class LastDownload(NamedTuple):
    """What the last stored/duplicate download of a URL left: validators for a conditional GET, and its file."""

    etag: str | None
    last_modified: str | None
    path: str | None = None  # relative to raw/, as in fetch_log


Validators = dict[str, LastDownload]  # url → its last download


def fetch_sources(sources: list[Source], raw: Path, validators: Validators, since: date | None = None,
                  progress: Callable[[LogEntry], None] | None = None) -> FetchResult:
    result = FetchResult()
    for source in sources:
        try:
            _fetch_source(source, raw, validators, since, result, progress)
        except Exception as exc:  # one broken source must not stop the others
            result.failed_sources[source.name] = f"{type(exc).__name__}: {exc}"
    return result


def _fetch_source(source: Source, raw: Path, validators: Validators, since: date | None, result: FetchResult,
                  progress: Callable[[LogEntry], None] | None) -> None:
    def record(entry: LogEntry) -> None:
        result.entries.append(entry)
        if progress:
            progress(entry)

    with PoliteClient(source.politeness) as client:
        queue = list(source.start_urls)
        seen_pages: set[str] = set()
        seen_reports: set[str] = set()
        while queue and len(seen_pages) < source.politeness.max_pages:
            url = queue.pop(0)
            if url in seen_pages:
                continue
            seen_pages.add(url)
            if _is_report(source, url):
                seen_reports.add(url)
                record(_download(client, source, url, raw, validators))
                continue
            response = client.get(url)
            record(_entry(source, response, "listing" if response.outcome == "ok" else response.outcome))
            if response.outcome != "ok":
                continue
            links = _links(response)
            dated = [d for _, d in links if d is not None]
            page_is_old = since is not None and dated and max(dated) < since
            for link, when in links:
                if since is not None and when is not None and when < since:
                    continue
                if _is_report(source, link) and link not in seen_reports:
                    seen_reports.add(link)
                    record(_download(client, source, link, raw, validators))
                elif any(p.search(link) for p in source.follow) and link not in seen_pages and not page_is_old:
                    queue.append(link)


def _is_report(source: Source, url: str) -> bool:
    return any(p.search(url) for p in source.reports)


def _links(response: Response) -> list[tuple[str, date | None]]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(decode_html(response.content, response.headers.get("content-type")), "lxml")
    out = []
    base_host = urlsplit(response.final_url).netloc
    for a in soup.find_all("a", href=True):
        link = urldefrag(urljoin(response.final_url, a["href"].strip()))[0]
        if not link.startswith(("http://", "https://")) or urlsplit(link).netloc != base_host:
            continue
        context = a.parent.get_text(" ") if a.parent is not None else a.get_text(" ")
        match = DATE.search(context)
        when = None
        if match:
            try:
                when = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
            except ValueError:
                when = None
        out.append((link, when))
    return out


def _download(client: PoliteClient, source: Source, url: str, raw: Path, validators: Validators) -> LogEntry:
    last = validators.get(url)
    known = stored_file(raw, source.name, last.path) if last else None
    headers: dict[str, str] = {}
    if last and known:  # ask "changed?" only when the file it would confirm is still there
        if last.etag:
            headers["If-None-Match"] = last.etag
        if last.last_modified:
            headers["If-Modified-Since"] = last.last_modified
    response = client.get(url, headers)
    if response.outcome == "not_modified" and known is not None:
        entry = _entry(source, response, "not_modified")
        if touch(known, url, response.final_url):  # the URL still serves this content: it stays current
            entry.path = known.relative_to(raw).as_posix()
        return entry
    if response.outcome != "ok":
        return _entry(source, response, response.outcome)
    fmt, refusal = _judge(response)
    if refusal:
        return _entry(source, response, "not_a_report", refusal)
    path, new = save(raw, source.name, url, response.final_url, response.content, fmt, response.headers,
                     source.hints)
    entry = _entry(source, response, "stored" if new else "duplicate")
    entry.path = path.relative_to(raw).as_posix()
    return entry


def _judge(response: Response) -> tuple[str, str | None]:
    """(format, why refused): every page the reports pattern matched is kept unless it cannot be a report.

    HTML behind a .pdf/.docx/.xlsx link is kept as HTML unless it is an error page; plain text is
    refused (portals answer missing files with a line of text).
    """
    name = unquote(PurePosixPath(urlsplit(response.final_url).path).name) or "index.html"  # for messages only
    claimed: str | None = None
    try:
        fmt = sniff_format(Path(name), response.content)
    except DocumentError as exc:
        if Path(name).suffix.lower() not in BINARY_EXTENSIONS or not HTML_START.search(response.content[:2048]):
            return "", str(exc)
        fmt, claimed = "html", str(exc)
    if fmt == "txt":
        return fmt, "plain text page, not a report"
    if fmt == "html":
        reason = error_page_reason(decode_html(response.content, response.headers.get("content-type")))
        if reason:
            return fmt, f"{claimed}; {reason}" if claimed else reason
    return fmt, None


def _entry(source: Source, response: Response, outcome: str, error: str | None = None) -> LogEntry:
    return LogEntry(source.name, response.url, response.status, len(response.content), outcome,
                    error or response.error, etag=response.headers.get("etag"),
                    last_modified=response.headers.get("last-modified"), seconds=response.seconds)
