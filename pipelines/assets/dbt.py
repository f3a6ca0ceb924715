"""Every dbt model as a Dagster asset; dbt tests appear as asset checks."""


import os
import sys
from pathlib import Path

from dagster import AssetExecutionContext
from dagster_dbt import DbtCliResource, DbtProject, dbt_assets

from pipelines import paths
from pipelines.assets.documents import WRITER_POOL

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
def dbt_models(context: AssetExecutionContext, dbt: DbtCliResource):
    yield from dbt.cli(["build"], context=context).stream()
