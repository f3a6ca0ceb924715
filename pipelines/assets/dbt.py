"""Every dbt model as a Dagster asset; dbt tests appear as asset checks."""


import os
import sys
from pathlib import Path

from dagster import AssetExecutionContext, Failure, MetadataValue
from dagster_dbt import DbtCliResource, DbtProject, dbt_assets

from pipelines import paths
from pipelines.assets.documents import WRITER_POOL, report
from pipelines.assets.resources import Warehouse
from pipelines.ingest import warehouse as open_warehouse
from pipelines.load.build_state import record_build
from pipelines.quality.dbt_findings import build_errors, record_test_findings

# dagster-dbt's preparer (under `dagster dev`) looks for `dbt` on PATH: put this virtualenv's first.
_VENV_BIN = str(Path(sys.executable).parent)
if _VENV_BIN not in os.environ.get("PATH", "").split(os.pathsep):
    os.environ["PATH"] = _VENV_BIN + os.pathsep + os.environ.get("PATH", "")
os.environ.setdefault("WAREHOUSE_PATH", str(paths.working_db()))
os.environ.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "false")

dbt_project = DbtProject(project_dir=paths.dbt_project_dir(), profiles_dir=paths.dbt_project_dir())
dbt_project.prepare_if_dev()


def dbt_resource() -> DbtCliResource:
    """dbt from this virtualenv even when it is not activated."""
    return DbtCliResource(project_dir=dbt_project, dbt_executable=str(Path(_VENV_BIN) / "dbt"))


@dbt_assets(manifest=dbt_project.manifest_path, project=dbt_project, pool=WRITER_POOL)
def dbt_models(context: AssetExecutionContext, dbt: DbtCliResource, warehouse: Warehouse):
    """dbt build. Expectation tests (severity warn) become findings and never fail the run; an error
    (a model that does not build, an invariant test) fails it, naming what broke, and nothing is published."""
    report(context, "dbt build")
    invocation = dbt.cli(["build"], context=context, raise_on_error=False)
    yield from invocation.stream()
    run_results = invocation.get_artifact("run_results.json")
    if not invocation.is_successful():
        errors = build_errors(run_results) or [str(invocation.get_error())]
        raise Failure(description="dbt build failed: " + "; ".join(errors[:5]),
                      metadata={"errors": MetadataValue.json(errors)})
    with open_warehouse(warehouse.db) as con:
        findings = record_test_findings(con, run_results, invocation.manifest)
        if context.selected_asset_keys == context.assets_def.keys:  # the whole project: the marts are current
            record_build(con)
    warned = {name: n for name, n in findings.items() if n}
    report(context, f"dbt build ok; expectation findings: {sum(warned.values())}"
                    + "".join(f"\n  {name}: {n}" for name, n in sorted(warned.items())))
