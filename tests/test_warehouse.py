"""The whole pipeline materialised in-process into a temporary warehouse, checked on real seed values."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb
import pytest

from tests.conftest import ROOT

MARTS = ("mart_execution_rate", "mart_score_inflation", "mart_spending_categories")


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory):
    base = tmp_path_factory.mktemp("warehouse")
    raw = base / "raw"
    shutil.copytree(ROOT / "raw", raw)
    saved = dict(os.environ)
    os.environ.update({
        "RAW_DIR": str(raw), "WAREHOUSE_DIR": str(base / "wh"), "WAREHOUSE_PATH": str(base / "wh" / "work.duckdb"),
        "PUBLISHED_PATH": str(base / "wh" / "selfeval.duckdb"), "FACTS_DIR": str(base / "wh" / "facts"),
        "DAGSTER_HOME": str(base / "dagster_home"), "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
    })
    from pipelines.run import prepare_manifest

    prepare_manifest()
    yield {"raw": raw, "db": base / "wh" / "work.duckdb", "published": base / "wh" / "selfeval.duckdb"}
    os.environ.clear()
    os.environ.update(saved)


def materialize_all(env, raise_on_error: bool = True):
    from dagster import DagsterInstance, materialize

    from pipelines.assets.resources import Warehouse
    from pipelines.definitions import defs

    assets = list(defs.assets or []) + list(defs.asset_checks or [])
    extra = {"sources_file": str(env["sources"])} if env.get("sources") else {}
    warehouse = Warehouse(raw_dir=str(env["raw"]), db_path=str(env["db"]), published_path=str(env["published"]),
                          facts_dir=str(env["db"].parent / "facts"), **extra)
    result = materialize(assets, resources={"warehouse": warehouse, "dbt": defs.resources["dbt"]},
                         instance=DagsterInstance.ephemeral(), raise_on_error=raise_on_error)
    return result, {e.asset_key.to_user_string() for e in result.all_events if e.is_step_materialization}


def query(path: Path, sql: str, params: list | None = None):
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


def counts(path: Path) -> dict[str, int]:
    tables = ["documents", "projects", "fund_rows", "indicators", "spending", "summary_rows", *MARTS]
    return {t: query(path, f"SELECT count(*) FROM {t}")[0][0] for t in tables}


@pytest.fixture(scope="module")
def first_build(env):
    result, materialized = materialize_all(env)
    return result, materialized


def test_full_build_has_real_seed_values(env, first_build) -> None:
    result, materialized = first_build
    assert result.success
    assert {"facts/documents", "mart_execution_rate", "mart_score_inflation", "published_warehouse"} <= materialized
    published = env["published"]
    rate = query(published, "SELECT derived_execution_rate, reported_execution_rate, credibility_band FROM "
                            "mart_execution_rate WHERE project_name = '2023年创城工作经费'")
    assert rate == [(42.0, 42.0, "D")]
    score = query(published, "SELECT rule_funds_score, reported_funds_score, funds_score_gap FROM "
                             "mart_score_inflation WHERE project_name = '2023年创城工作经费'")
    assert score == [(4.2, 7.0, 2.8)]
    finding = query(published, "SELECT count(*) FROM dq_findings WHERE rule_id = 'execution_rate_matches' "
                               "AND subject = '2023年总工会四送活动及送清凉活动'")
    assert finding == [(1,)]


def test_every_mart_has_all_five_units(env, first_build) -> None:
    for mart in MARTS:
        units = {r[0] for r in query(env["published"], f"SELECT DISTINCT unit_name FROM {mart}")}
        assert units == {"红寺堡区总工会", "石鼓区总工会", "昌黎县总工会", "霍邱县总工会", "盐边县总工会"}, mart


def test_rerun_with_nothing_new_changes_nothing(env, first_build) -> None:
    before = counts(env["db"])
    ids = query(env["db"], "SELECT document_id, loaded_at FROM documents ORDER BY 1")
    _, materialized = materialize_all(env)
    assert not any(k.startswith(("facts/", "stg_", "int_", "mart_", "dim_")) for k in materialized), materialized
    assert counts(env["db"]) == before
    assert query(env["db"], "SELECT document_id, loaded_at FROM documents ORDER BY 1") == ids


def test_changed_file_replaces_only_its_rows(env, first_build) -> None:
    target = next(env["raw"].rglob("003_*.txt"))
    before = dict(query(env["db"], "SELECT path, loaded_at FROM documents"))
    rows_before = counts(env["db"])
    with target.open("a", encoding="utf-8") as fh:
        fh.write("\n补充说明：本报告数据以决算为准。\n")
    _, materialized = materialize_all(env)
    assert "mart_execution_rate" in materialized
    after = dict(query(env["db"], "SELECT path, loaded_at FROM documents"))
    changed = [p for p in after if after[p] != before[p]]
    assert changed == [target.relative_to(env["raw"]).as_posix()]
    assert counts(env["db"]) == rows_before


def test_removed_file_is_retired_and_bad_file_recorded(env, first_build) -> None:
    target = next(env["raw"].rglob("002_*.txt"))
    relative = target.relative_to(env["raw"]).as_posix()
    target.unlink()
    bad = env["raw"] / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 not really")
    result, _ = materialize_all(env)
    assert result.success
    assert query(env["db"], "SELECT status FROM documents WHERE path = ?", [relative]) == [("retired",)]
    assert query(env["db"], "SELECT count(*) FROM summary_rows s JOIN documents d USING (document_id) "
                            "WHERE d.path = ?", [relative]) == [(0,)]
    errors = query(env["db"], "SELECT path, error_kind FROM ingest_errors")
    assert errors == [("broken.pdf", "corrupt")]
    failed_at = query(env["db"], "SELECT failed_at FROM ingest_errors")
    _, materialized = materialize_all(env)  # same content, same parser: not retried
    assert query(env["db"], "SELECT failed_at FROM ingest_errors") == failed_at
    assert not any(k.startswith("facts/") for k in materialized)


def test_interrupted_load_keeps_the_previous_state(env, first_build, monkeypatch) -> None:
    from pipelines.ingest import warehouse
    from pipelines.inventory import scan
    from pipelines.load import load as load_module
    from pipelines.parse import parse_one

    doc = next(d for d in scan(env["raw"]) if d.path.endswith(".txt"))
    facts = parse_one(str(env["raw"] / doc.path)).facts
    before = counts(env["db"])

    def broken_insert(con, doc_id, facts):
        con.execute("DELETE FROM projects")
        raise RuntimeError("power cut")

    monkeypatch.setattr(load_module, "_insert_facts", broken_insert)
    with warehouse(env["db"]) as con, pytest.raises(RuntimeError):
        load_module.load_document(con, doc, facts, "x")
    assert counts(env["db"]) == before


def test_schedule() -> None:
    """The sensor's behaviour is tested on a raw folder of its own (test_dagster_ui.py)."""
    from pipelines.assets.automation import nightly_ingest

    assert nightly_ingest.cron_schedule == "0 2 * * *"
    assert nightly_ingest.execution_timezone == "Asia/Shanghai"
    assert nightly_ingest.job_name == "nightly"


def test_readme_example_queries_run(env, first_build) -> None:
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    queries = re.findall(r"```sql\n(.*?)```", readme, flags=re.S)
    assert len(queries) >= 3
    for sql in queries:
        assert query(env["published"], sql), sql


def test_every_model_column_is_documented(env, first_build) -> None:
    """Each model's own columns are described in its _models.yml; a column an intermediate model passes
    through unchanged from staging keeps the staging description."""
    import yaml

    documented: dict[str, set[str]] = {}
    for path in (ROOT / "dbt_project" / "models").rglob("_models.yml"):
        for model in yaml.safe_load(path.read_text(encoding="utf-8"))["models"]:
            documented[model["name"]] = {c["name"] for c in model.get("columns", []) if c.get("description")}
    inherited = set().union(*(cols for model, cols in documented.items() if model.startswith("stg_")))
    missing = {}
    for name, columns in documented.items():
        if name.startswith("int_"):
            columns = columns | inherited
        built = {r[0] for r in query(env["published"], "SELECT column_name FROM information_schema.columns "
                                                       "WHERE table_name = ?", [name])}
        assert built, f"{name} is documented but not built"
        if built - columns:
            missing[name] = sorted(built - columns)
    assert not missing, missing


def test_dbt_docs_generate(env, first_build) -> None:
    import subprocess
    import sys

    project = ROOT / "dbt_project"
    target = env["db"].parent / "dbt_target"
    result = subprocess.run(
        [str(Path(sys.executable).with_name("dbt")), "docs", "generate", "--project-dir", ".",
         "--profiles-dir", ".", "--target-path", str(target), "-q"], cwd=project,
        capture_output=True, text=True, env={**os.environ, "WAREHOUSE_PATH": str(env["db"])}, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (target / "catalog.json").exists() and (target / "index.html").exists()


def test_changed_dbt_project_rebuilds_the_marts(env, first_build, monkeypatch) -> None:
    from pipelines.load import build_state

    _, materialized = materialize_all(env)
    assert "mart_execution_rate" not in materialized
    monkeypatch.setattr(build_state, "dbt_fingerprint", lambda project=None: "edited models")
    _, materialized = materialize_all(env)
    assert "mart_execution_rate" in materialized and "facts/documents" in materialized


def test_a_model_that_breaks_fails_the_run_names_it_and_keeps_the_published_copy(env, first_build, monkeypatch) -> None:
    """An error (not a finding) fails the run: nothing is published and the failure says which model broke.
    Here a fact table lost a column a staging model reads (schema drift in the working file)."""
    from pipelines.load import build_state

    published = env["published"].stat().st_mtime_ns
    before = counts(env["published"])
    with duckdb.connect(str(env["db"])) as con:
        con.execute("ALTER TABLE units DROP COLUMN staff_actual")
    monkeypatch.setattr(build_state, "dbt_fingerprint", lambda project=None: "a changed project")  # rebuild
    result, _ = materialize_all(env, raise_on_error=False)
    assert not result.success
    failures = [e.event_specific_data.error.message for e in result.all_events if e.is_step_failure]
    assert any("dbt build failed" in m and "stg_document_versions" in m for m in failures), failures
    assert env["published"].stat().st_mtime_ns == published and counts(env["published"]) == before
    with duckdb.connect(str(env["db"])) as con:
        con.execute("ALTER TABLE units ADD COLUMN staff_actual DOUBLE")
    result, materialized = materialize_all(env)  # repaired: the next run rebuilds what the broken one left stale
    assert result.success and "mart_spending_categories" in materialized
