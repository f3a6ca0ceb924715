"""The fetcher against a fake portal on 127.0.0.1: two runs, then the warehouse holds their facts."""

from __future__ import annotations

import json
import os
import shutil
from datetime import date
from pathlib import Path

import duckdb
import pytest

from pipelines.fetch.run import run_fetch
from pipelines.fetch.sources import SourcesError, load_sources
from tests.conftest import ROOT, gold_stems
from tests.fixtures.portal import build_portal

CAP = 1_000_000


def sources_file(tmp: Path, base: str) -> Path:
    path = tmp / "sources.yaml"
    path.write_text(f"""
sources:
  - name: portal
    start_url: {base}/list/index.html
    follow: ['/list/index_\\d+\\.html$']
    reports: ['\\.(pdf|docx?|xlsx?)$', '/article/\\d+/\\d+\\.html$']
    hints: {{province: 测试省}}
    politeness: {{min_interval_seconds: 0.01, timeout_seconds: 0.5, retries: 1, backoff_seconds: 0.01,
                  max_bytes: {CAP}}}
""", encoding="utf-8")
    return path


def outcomes(result) -> dict[str, str]:
    return {e.url.split("/", 3)[-1]: e.outcome for e in result.entries}


@pytest.fixture(scope="module")
def portal(rendered):
    from docx import Document

    def changing(text: str) -> bytes:
        doc = Document(str(rendered[gold_stems()[1]]["docx"]))
        doc.add_paragraph(text)
        out = ROOT / "tests" / ".changing.docx"
        doc.save(str(out))
        data = out.read_bytes()
        out.unlink()
        return data

    with build_portal(rendered, changing("第一版"), CAP) as server:
        server.next_version = changing("第二版：更正了数据")
        yield server


def test_two_fetch_runs_then_the_warehouse_holds_their_facts(portal, tmp_path: Path) -> None:
    raw, db = tmp_path / "raw", tmp_path / "work.duckdb"
    sources = sources_file(tmp_path, portal.base)

    first, _ = run_fetch(sources, raw, db)
    got = outcomes(first)
    assert got["list/index.html"] == "listing" and got["list/index_1.html"] == "listing"
    for name in ("files/report1.pdf", "files/report2.docx", "files/report3.xlsx", "article/2024/0301.html",
                 "files/flaky.pdf", "files/moved.pdf", "files/changing.docx", "files/old.docx"):
        assert got[name] == "stored", (name, got[name])
    assert got["files/report1-copy.pdf"] == "duplicate"
    assert got["files/missing.pdf"] == "http_error"
    assert got["files/slow.pdf"] == "timeout"
    assert got["files/huge.pdf"] == "too_large"
    assert got["private/secret.pdf"] == "robots_forbidden"
    assert got["files/fake.pdf"] == "not_a_report"
    assert "/private/secret.pdf" not in portal.paths_requested()
    assert not any("example.org" in e.url for e in first.entries)

    stored = sorted(p for p in (raw / "fetched" / "portal").iterdir() if not p.name.endswith(".meta.json"))
    assert len(stored) == len(first.stored)
    for path in stored:
        sidecar = json.loads(path.with_name(path.name + ".meta.json").read_text(encoding="utf-8"))
        assert sidecar["url"].startswith(portal.base) and sidecar["sha256"].startswith(path.stem)
        assert sidecar["hints"] == {"province": "测试省"}
    moved = next(e for e in first.entries if e.url.endswith("/files/moved.pdf"))
    assert moved.path.endswith(".docx")  # named by the content found, not by the server's URL

    portal.files["/files/changing.docx"] = portal.next_version
    requests_before = len(portal.requests)
    second, _ = run_fetch(sources, raw, db)
    got = outcomes(second)
    assert [e.url.rsplit("/", 1)[-1] for e in second.stored] == ["changing.docx"]
    assert got["files/report1.pdf"] == "not_modified"
    sent = [h for p, h in portal.requests[requests_before:] if p == "/files/report1.pdf"]
    assert sent and "if-none-match" in sent[0]
    versions = [p for p in (raw / "fetched" / "portal").glob("*.docx")
                if json.loads(p.with_name(p.name + ".meta.json").read_text())["url"].endswith("changing.docx")]
    assert len(versions) == 2

    with duckdb.connect(str(db), read_only=True) as con:
        log = dict(con.execute("SELECT outcome, count(*) FROM fetch_log GROUP BY outcome").fetchall())
    assert log["stored"] == len(first.stored) + 1 and log["not_modified"] >= 8

    from tests.test_warehouse import materialize_all

    base = {"raw": raw, "db": db, "published": tmp_path / "selfeval.duckdb", "sources": sources}
    saved = dict(os.environ)
    os.environ["WAREHOUSE_PATH"] = str(db)
    try:
        from pipelines.run import prepare_manifest

        prepare_manifest()
        result, materialized = materialize_all(base)  # the nightly shape: fetch (nothing new) → ingest
    finally:
        os.environ.clear()
        os.environ.update(saved)
    assert result.success and "fetched_reports" in materialized
    with duckdb.connect(str(base["published"]), read_only=True) as con:
        units = {r[0] for r in con.execute("SELECT unit_name FROM stg_documents").fetchall()}
        current = con.execute("SELECT count(*) FROM stg_documents WHERE source_url LIKE '%changing.docx'").fetchone()
        versions_loaded = con.execute(
            "SELECT count(*) FROM documents WHERE source_url LIKE '%changing.docx'").fetchone()
        log_rows = con.execute("SELECT count(*) FROM fetch_log").fetchone()
    assert {"红寺堡区总工会", "石鼓区总工会", "盐边县总工会", "昌黎县总工会", "霍邱县总工会"} <= units
    assert current == (1,) and versions_loaded == (2,)
    assert log_rows[0] > 0


def test_since_skips_older_listing_entries(portal, tmp_path: Path) -> None:
    result, _ = run_fetch(sources_file(tmp_path, portal.base), tmp_path / "raw", tmp_path / "w.duckdb",
                          since=date(2020, 1, 1))
    urls = [e.url for e in result.entries]
    assert not any(u.endswith("/files/old.docx") for u in urls)
    assert any(u.endswith("/files/page2.html.pdf") for u in urls)


def test_a_broken_source_does_not_stop_the_others(portal, tmp_path: Path) -> None:
    path = tmp_path / "sources.yaml"
    path.write_text(f"""
sources:
  - name: dead
    start_url: http://127.0.0.1:9/none.html
    politeness: {{min_interval_seconds: 0, timeout_seconds: 0.3, retries: 0}}
  - name: portal
    urls: [{portal.base}/files/report2.docx]
    politeness: {{min_interval_seconds: 0, retries: 0}}
""", encoding="utf-8")
    result, _ = run_fetch(path, tmp_path / "raw", tmp_path / "w.duckdb")
    assert [e.outcome for e in result.entries if e.source == "portal"] == ["stored"]
    dead = [e for e in result.entries if e.source == "dead"]
    assert dead and dead[0].outcome == "error" and "robots.txt unreachable" in dead[0].error


def test_bad_sources_file_is_one_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "s.yaml"
    bad.write_text("sources:\n  - name: x\n    start_url: ftp://nowhere\n", encoding="utf-8")
    with pytest.raises(SourcesError, match="not an http"):
        load_sources(bad)
    with pytest.raises(SourcesError, match="no such"):
        load_sources(tmp_path / "missing.yaml")
    shutil.rmtree(tmp_path, ignore_errors=True)
