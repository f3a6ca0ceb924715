"""The one Dagster Definitions of the project: `dagster dev -m pipelines.definitions`."""

from __future__ import annotations

from dagster import AssetSpec, Definitions, in_process_executor, multiprocess_executor

from pipelines.assets.automation import ingest_job, nightly_ingest, nightly_job, raw_documents_sensor
from pipelines.assets.checks import data_quality_rules, fact_keys_not_null, fact_rows_per_document
from pipelines.assets.dbt import dbt_models, dbt_resource
from pipelines.assets.documents import document_facts, fact_tables, published_warehouse_asset, raw_documents
from pipelines.assets.fetch import fetched_reports
from pipelines.assets.resources import Warehouse
from pipelines.runtime import executor_kind


def executor():
    """in_process (default: a run starts in seconds), multiprocess, or celery / k8s across machines."""
    kind = executor_kind()
    if kind == "in_process":
        return in_process_executor
    if kind == "multiprocess":
        return multiprocess_executor
    if kind == "celery":  # the run submits steps to the broker its workers read (deploy/cluster.py)
        from dagster_celery import celery_executor

        return celery_executor.configured({"broker": {"env": "CELERY_BROKER_URL"},
                                           "backend": {"env": "CELERY_RESULT_BACKEND"}})
    if kind == "k8s":
        from dagster_k8s import k8s_job_executor  # pip install dagster-k8s

        return k8s_job_executor
    raise ValueError(f"SELFEVAL_EXECUTOR={kind!r}: use in_process, multiprocess, celery or k8s")


# Written by fetched_reports (nightly job) beside its own asset; declared so it sits in `facts`, not in `default`.
fetch_log = AssetSpec(["facts", "fetch_log"], deps=[fetched_reports], group_name="facts",
                      description="Every request of the fetcher (run, URL, status, outcome); written by "
                                  "fetched_reports.")

# Groups in the UI: documents → facts → staging → intermediate → marts → publish, seeds in vocabularies.
GROUPS = ("documents", "facts", "vocabularies", "staging", "intermediate", "marts", "publish")

defs = Definitions(
    assets=[fetched_reports, raw_documents, document_facts, fact_tables, fetch_log, dbt_models,
            published_warehouse_asset(dbt_models)],
    asset_checks=[fact_rows_per_document, fact_keys_not_null, data_quality_rules],
    jobs=[ingest_job, nightly_job],
    schedules=[nightly_ingest],
    sensors=[raw_documents_sensor],
    resources={"warehouse": Warehouse(), "dbt": dbt_resource()},
    executor=executor(),
)


def ingest_job_definition():
    """The ingest job as a module-level function: how a job run by another executor (Celery) is rebuilt in
    each worker process (``dagster.reconstructable``)."""
    return defs.resolve_job_def("ingest")
