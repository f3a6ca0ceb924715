"""Every dbt model as a Dagster asset; dbt tests appear as asset checks."""


import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from dagster import AssetExecutionContext, Failure, MetadataValue
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, DbtProject, dbt_assets

from pipelines import paths
from pipelines.assets.documents import WRITER_POOL, report
from pipelines.assets.resources import Warehouse
from pipelines.ingest import warehouse as open_warehouse
from pipelines.load.build_state import record_build
from pipelines.quality.dbt_findings import build_errors, finding_lines, record_test_findings

# dagster-dbt's preparer (under `dagster dev`) looks for `dbt` on PATH: put this virtualenv's first.
_VENV_BIN = str(Path(sys.executable).parent)
if _VENV_BIN not in os.environ.get("PATH", "").split(os.pathsep):
    os.environ["PATH"] = _VENV_BIN + os.pathsep + os.environ.get("PATH", "")
os.environ.setdefault("WAREHOUSE_PATH", str(paths.working_db()))
os.environ.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "false")

dbt_project = DbtProject(project_dir=paths.dbt_project_dir(), profiles_dir=paths.dbt_project_dir())
dbt_project.prepare_if_dev()


PUBLISH_NOTE = ("Built in the working file (work.duckdb), which analysts never open. Only a run of the whole "
                "pipeline publishes the read-only copy analysts and the dashboard read (warehouse/selfeval.duckdb): "
                "the `ingest` or `nightly` job (`make run`, the raw/ sensor, the 02:00 schedule) or Materialize all. "
                "Materialising this asset alone from the UI rebuilds it here and does not publish it.")


class LayerTranslator(DagsterDbtTranslator):
    """Groups as the project is laid out: a model's folder (staging, intermediate, marts), the editable
    seeds in `vocabularies`; marts say where readers find them."""

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        kind = dbt_resource_props["resource_type"]
        if kind == "seed":
            return "vocabularies"
        if kind == "source":
            return "facts"
        if kind != "model":
            return "staging"  # snapshots: beside staging
        fqn = dbt_resource_props.get("fqn") or []
        return fqn[1] if len(fqn) > 2 else None  # a model outside the three folders: `default`, which a test flags

    def get_description(self, dbt_resource_props: Mapping[str, Any]) -> str:
        description = super().get_description(dbt_resource_props)
        if self.get_group_name(dbt_resource_props) == "marts":
            return f"{description}\n\n{PUBLISH_NOTE}"
        return description


def dbt_resource() -> DbtCliResource:
    """dbt from this virtualenv even when it is not activated."""
    return DbtCliResource(project_dir=dbt_project, dbt_executable=str(Path(_VENV_BIN) / "dbt"))


@dbt_assets(manifest=dbt_project.manifest_path, project=dbt_project, pool=WRITER_POOL,
            dagster_dbt_translator=LayerTranslator())
def dbt_models(context: AssetExecutionContext, dbt: DbtCliResource, warehouse: Warehouse):
    """dbt build. Expectation tests (severity warn) become findings and never fail the run; an error
    (a model that does not build, an invariant test) fails it, naming what broke, and nothing is published."""
    report(context, "dbt build")
    invocation = dbt.cli(["build"], context=context, raise_on_error=False)
    total = len(context.selected_asset_keys) + len(context.selected_asset_check_keys)
    step = max(1, total // 10)
    for done, event in enumerate(invocation.stream(), 1):  # dbt's own lines go to stdout: the run's log file
        yield event
        if done % step == 0:
            report(context, f"dbt [{min(done, total)}/{total}]")
    run_results = invocation.get_artifact("run_results.json")
    if not invocation.is_successful():
        errors = build_errors(run_results) or [str(invocation.get_error())]
        raise Failure(description="dbt build failed: " + "; ".join(errors[:5]),
                      metadata={"errors": MetadataValue.json(errors)})
    with open_warehouse(warehouse.db) as con:
        findings = record_test_findings(con, run_results, invocation.manifest)
        if context.selected_asset_keys == context.assets_def.keys:  # the whole project: the marts are current
            record_build(con)
        lines = finding_lines(con, invocation.manifest, findings)
    report(context, f"dbt build ok; expectation findings: {sum(findings.values())} (in dq_findings, rule dbt:…)")
    for line in lines:
        report(context, f"  {line}")
