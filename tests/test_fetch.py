"""The fetcher against a fake portal on 127.0.0.1: two runs, then the warehouse holds their facts."""

from __future__ import annotations

import json
import os
import shutil
from datetime import date
from pathlib import Path

import duckdb
import pytest

from pipelines.fetch.pages import decode_html, error_page_reason
from pipelines.fetch.run import run_fetch
from pipelines.fetch.sources import SourcesError, load_sources
from tests.conftest import ROOT, gold_stems
from tests.fixtures.portal import PAGES, Portal, build_news_portal, build_portal

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
    moved_urls = json.loads((raw / f"{moved.path}.meta.json").read_text(encoding="utf-8"))["urls"]
    assert {e["url"].rsplit("/", 1)[-1] for e in moved_urls} == {"moved.pdf", "target.docx"}  # a redirect alias

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
        # the latest version of the URL is current (counted, or a copy of the same report served elsewhere)
        current = con.execute("SELECT count(*) FROM stg_document_versions "
                              "WHERE source_url LIKE '%changing.docx'").fetchone()
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


def news_sources(tmp: Path, base: str) -> Path:
    path = tmp / "news.yaml"
    path.write_text(f"""
sources:
  - name: news
    start_url: {base}/news/index.html
    reports: ['\\.(pdf|docx?|xlsx?)$', '/article/\\d+/\\d+\\.html$']
    politeness: {{min_interval_seconds: 0, timeout_seconds: 2, retries: 0}}
""", encoding="utf-8")
    return path


@pytest.fixture
def news():
    with build_news_portal() as server:
        yield server


def sidecar_of(raw: Path, path: str) -> dict:
    return json.loads((raw / f"{path}.meta.json").read_text(encoding="utf-8"))


def served_at(sidecar: dict) -> dict[str, str]:
    return {e["url"].split("/", 3)[-1]: e["fetched_at"] for e in sidecar["urls"]}


def test_prose_and_gbk_pages_are_stored_and_error_pages_refused(news: Portal, tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    result, _ = run_fetch(news_sources(tmp_path, news.base), raw, tmp_path / "w.duckdb")
    got = outcomes(result)
    by_url = {e.url.split("/", 3)[-1]: e for e in result.entries}
    assert got["article/2024/0401.html"] == "stored"  # a 决算说明 in paragraphs, no table
    assert got["article/2024/0402.html"] == "stored"  # GBK, charset in the header and a <meta>
    assert got["files/附件1.pdf"] == "stored"  # a link read right from the GBK listing
    assert got["files/preview.pdf"] == "stored" and by_url["files/preview.pdf"].path.endswith(".html")
    refused = {url: e.error for url, e in by_url.items() if e.outcome == "not_a_report"}
    assert set(refused) == {"article/2024/0404.html", "article/2024/0405.html", "files/gone.pdf"}
    assert "页面不存在" in refused["article/2024/0404.html"]
    assert "404" in refused["article/2024/0405.html"]
    assert "not a PDF" in refused["files/gone.pdf"] and "error page" in refused["files/gone.pdf"]
    assert all("\n" not in error for error in refused.values())
    gbk = raw / by_url["article/2024/0402.html"].path
    assert gbk.read_bytes() == news.files["/article/2024/0402.html"]  # stored as served
    assert "某某县财政局2023年度部门整体支出绩效自评报告" in decode_html(gbk.read_bytes())


def test_charset_comes_from_http_then_meta_then_utf8_then_gb18030() -> None:
    page = "<html><head><title>某某县总工会</title></head><body>绩效自评</body></html>"
    assert decode_html(page.encode("gbk"), "text/html; charset=GBK") == page
    assert decode_html(page.encode("utf-8"), "text/html") == page
    assert decode_html(page.encode("gb18030")) == page
    meta = page.replace("<head>", "<head><meta http-equiv='Content-Type' content='text/html; charset=gb2312'>")
    assert decode_html(meta.encode("gbk"), "text/html; charset=utf-8") == meta  # a wrong header gives way


def test_error_page_words_do_not_refuse_a_report_that_quotes_numbers() -> None:
    prose = (PAGES / "prose_final_account.html").read_text(encoding="utf-8")
    assert "404.00万元" in prose and error_page_reason(prose) is None
    assert "too few" in error_page_reason("<html><body><p>加载中</p></body></html>")
    assert "404" in error_page_reason("<html><title>404 Not Found</title><body>nginx</body></html>")


def test_one_content_under_two_urls_lists_both_and_stays_current(news: Portal, tmp_path: Path) -> None:
    raw, db, sources = tmp_path / "raw", tmp_path / "w.duckdb", news_sources(tmp_path, news.base)
    first, _ = run_fetch(sources, raw, db)
    by_url = {e.url.split("/", 3)[-1]: e for e in first.entries}
    article, direct = by_url["article/2024/0403.html"], by_url["files/alias.pdf"]
    assert (article.outcome, direct.outcome) == ("stored", "duplicate") and article.path == direct.path
    assert sorted(p.name for p in (raw / "fetched" / "news").glob("*.pdf")) == sorted(
        {by_url["files/alias.pdf"].path.rsplit("/", 1)[-1], by_url["files/附件1.pdf"].path.rsplit("/", 1)[-1]})
    meta = sidecar_of(raw, article.path)
    assert meta["url"] == f"{news.base}/article/2024/0403.html"
    assert {e["url"]: e["final_url"] for e in meta["urls"]} == {
        f"{news.base}/article/2024/0403.html": f"{news.base}/files/alias.pdf",
        f"{news.base}/files/alias.pdf": f"{news.base}/files/alias.pdf"}
    assert meta["fetched_at"] == max(served_at(meta).values())

    news.conditional = False  # the same content downloaded again (no 304): a duplicate, and its times refresh
    second, _ = run_fetch(sources, raw, db)
    assert {outcomes(second)[u] for u in ("article/2024/0403.html", "files/alias.pdf")} == {"duplicate"}
    again = sidecar_of(raw, article.path)
    assert all(again_at > served_at(meta)[url] for url, again_at in served_at(again).items())
    assert again["fetched_at"] > meta["fetched_at"] and len(again["urls"]) == 2


def test_not_modified_refreshes_the_sidecar_of_the_stored_file(news: Portal, tmp_path: Path) -> None:
    raw, db, sources = tmp_path / "raw", tmp_path / "w.duckdb", news_sources(tmp_path, news.base)
    first, _ = run_fetch(sources, raw, db)
    stored = {e.url.split("/", 3)[-1]: e.path for e in first.entries if e.path}
    before = {url: served_at(sidecar_of(raw, path)) for url, path in stored.items()}
    second, _ = run_fetch(sources, raw, db)
    for entry in second.entries:
        url = entry.url.split("/", 3)[-1]
        if url not in stored:
            continue
        assert entry.outcome == "not_modified" and entry.path == stored[url], url
        after = served_at(sidecar_of(raw, entry.path))
        assert after[url] > before[url][url]
    alias = served_at(sidecar_of(raw, stored["files/alias.pdf"]))
    assert alias["article/2024/0403.html"] > before["article/2024/0403.html"]["files/alias.pdf"]

    shutil.rmtree(raw)  # files gone: ask afresh rather than send validators nothing can confirm
    third, _ = run_fetch(sources, raw, db)
    assert outcomes(third)["article/2024/0401.html"] == "stored"


def test_fetched_article_pages_are_parsed_and_an_alias_stays_current(rendered, tmp_path: Path) -> None:
    """The nightly shape on a portal that behaves like real ones: prose and GBK article pages are stored and
    parsed; one content under two URLs stays current after both serve it again."""

    with build_news_portal(alias=rendered[gold_stems()[0]]["pdf"].read_bytes()) as news:
        _fetch_twice_and_build(news, tmp_path)


def _fetch_twice_and_build(news: Portal, tmp_path: Path) -> None:
    from tests.test_warehouse import materialize_all

    raw, db, sources = tmp_path / "raw", tmp_path / "work.duckdb", news_sources(tmp_path, news.base)
    env = {"raw": raw, "db": db, "published": tmp_path / "selfeval.duckdb", "sources": sources}
    saved = dict(os.environ)
    os.environ["WAREHOUSE_PATH"] = str(db)
    try:
        from pipelines.run import prepare_manifest

        prepare_manifest()
        first, _ = run_fetch(sources, raw, db)
        assert materialize_all(env)[0].success
        news.conditional = False  # both URLs of the alias serve it again: its sidecar changes, its content not
        run_fetch(sources, raw, db)
        result, materialized = materialize_all(env)
    finally:
        os.environ.clear()
        os.environ.update(saved)
    assert result.success and "mart_execution_rate" in materialized  # new fetch times: the marts are rebuilt
    paths = {e.url.split("/", 3)[-1]: e.path for e in first.entries if e.path}
    with duckdb.connect(str(env["published"]), read_only=True) as con:
        status = dict(con.execute("SELECT path, status FROM documents").fetchall())
        current = {r[0] for r in con.execute("SELECT path FROM stg_documents").fetchall()}
        alias_urls = con.execute("SELECT count(*) FROM document_sources s JOIN documents d USING (document_id) "
                                 "WHERE d.path = ?", [paths["article/2024/0403.html"]]).fetchone()[0]
    for page in ("article/2024/0401.html", "article/2024/0402.html", "article/2024/0403.html"):
        assert status[paths[page]] == "parsed", (page, status[paths[page]])
        assert paths[page] in current, page
    assert alias_urls == 2
    assert not any(p.endswith("gone.pdf") for p in status)  # the error page served as .pdf was never stored
