"""The sources registry (sources.yaml): where reports are published and how politely to fetch them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml


class SourcesError(ValueError):
    """A sources file that cannot be used; the message is one line for the user."""


@dataclass(frozen=True)
class Politeness:
    min_interval_seconds: float = 1.0  # between two requests to the same host
    timeout_seconds: float = 30.0
    retries: int = 2  # further tries after a 5xx or a timeout
    backoff_seconds: float = 2.0  # first wait; doubles each retry
    max_bytes: int = 50 * 1024 * 1024
    max_pages: int = 50  # listing pages per source and run
    user_agent: str = "selfeval-warehouse/0.1 (+public-finance research; polite crawler)"


@dataclass(frozen=True)
class Source:
    name: str
    start_urls: tuple[str, ...]
    follow: tuple[re.Pattern[str], ...] = ()  # listing pages (pagination) to follow
    reports: tuple[re.Pattern[str], ...] = ()  # links that are reports (files or inline article pages)
    hints: dict[str, Any] = field(default_factory=dict)  # unit / region hints kept in each sidecar
    politeness: Politeness = field(default_factory=Politeness)


DEFAULT_REPORT_PATTERN = r"\.(pdf|docx?|xlsx?)(\?.*)?$"


def load_sources(path: Path) -> list[Source]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except FileNotFoundError:
        raise SourcesError(f"{path}: no such sources file") from None
    except yaml.YAMLError as exc:
        raise SourcesError(f"{path}: not valid YAML ({str(exc).splitlines()[0]})") from None
    defaults = data.get("defaults") or {}
    sources = []
    for i, entry in enumerate(data.get("sources") or []):
        name = entry.get("name") or f"source{i + 1}"
        if not re.fullmatch(r"[A-Za-z0-9_\-\u4e00-\u9fff]+", name):
            raise SourcesError(f"{path}: source name {name!r} may hold letters, digits, - and _ only")
        urls = entry.get("start_urls") or ([entry["start_url"]] if entry.get("start_url") else [])
        urls += entry.get("urls") or []
        if not urls:
            raise SourcesError(f"{path}: source {name!r} has no start_url or urls")
        for url in urls:
            if not re.match(r"^https?://", url):
                raise SourcesError(f"{path}: source {name!r}: {url!r} is not an http(s) URL")
        try:
            politeness = Politeness(**{**defaults.get("politeness", {}), **(entry.get("politeness") or {})})
            follow = tuple(re.compile(p) for p in entry.get("follow") or [])
            reports = tuple(re.compile(p) for p in entry.get("reports") or [DEFAULT_REPORT_PATTERN])
        except TypeError as exc:
            raise SourcesError(f"{path}: source {name!r}: {exc}") from None
        except re.error as exc:
            raise SourcesError(f"{path}: source {name!r}: bad pattern ({exc})") from None
        sources.append(Source(name, tuple(urls), follow, reports, entry.get("hints") or {}, politeness))
    return sources
