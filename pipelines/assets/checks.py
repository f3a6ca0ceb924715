"""Asset checks on the fact tables: row counts, keys, and every data-quality rule of the registry."""


from dagster import AssetCheckResult, AssetCheckSeverity, AssetCheckSpec, asset_check, multi_asset_check

from pipelines.assets.resources import Warehouse
from pipelines.ingest import warehouse as open_warehouse
from pipelines.quality.rules import RULES


@asset_check(asset=["facts", "documents"], description="Every parsed document has its unit row and at least one fact.")
def fact_rows_per_document(warehouse: Warehouse) -> AssetCheckResult:
    with open_warehouse(warehouse.db) as con:
        rows = con.execute("""
            SELECT d.path,
                   (SELECT count(*) FROM units u WHERE u.document_id = d.document_id) AS units,
                   (SELECT count(*) FROM projects p WHERE p.document_id = d.document_id)
                 + (SELECT count(*) FROM department_figures f WHERE f.document_id = d.document_id)
                 + (SELECT count(*) FROM summary_rows s WHERE s.document_id = d.document_id)
                 + (SELECT count(*) FROM spending s WHERE s.document_id = d.document_id) AS facts
            FROM documents d WHERE d.status = 'parsed' ORDER BY d.path""").fetchall()
    empty = [r[0] for r in rows if r[1] != 1 or r[2] == 0]
    return AssetCheckResult(passed=not empty, severity=AssetCheckSeverity.WARN,
                            metadata={"documents": len(rows), "without_facts": empty[:50]})


@asset_check(asset=["facts", "projects"],
             description="Keys of the fact tables are never null and project ids are unique.")
def fact_keys_not_null(warehouse: Warehouse) -> AssetCheckResult:
    with open_warehouse(warehouse.db) as con:
        nulls = con.execute("""
            SELECT (SELECT count(*) FROM projects WHERE project_id IS NULL OR document_id IS NULL)
                 + (SELECT count(*) FROM indicators WHERE indicator_id IS NULL OR document_id IS NULL)
                 + (SELECT count(*) FROM fund_rows WHERE document_id IS NULL OR row_key IS NULL)
                 + (SELECT count(*) FROM spending WHERE document_id IS NULL OR amount IS NULL)""").fetchone()[0]
        duplicates = con.execute(
            "SELECT count(*) - count(DISTINCT project_id) FROM projects").fetchone()[0]
    return AssetCheckResult(passed=nulls == 0 and duplicates == 0,
                            metadata={"null_keys": nulls, "duplicate_project_ids": duplicates})


@multi_asset_check(
    specs=[AssetCheckSpec(rule.id, asset=["facts", "dq_findings"], description=f"[{rule.severity}] {rule.description}")
           for rule in RULES],
    description="Data-quality rules (pipelines/quality/rules.py); findings per document in dq_findings.",
)
def data_quality_rules(warehouse: Warehouse):
    with open_warehouse(warehouse.db) as con:
        counts = dict(con.execute("SELECT rule_id, count(*) FROM dq_findings GROUP BY rule_id").fetchall())
        samples = con.execute("""
            SELECT rule_id, list(subject || ': ' || detail ORDER BY subject)[1:5] FROM dq_findings GROUP BY rule_id
        """).fetchall()
    examples = dict(samples)
    for rule in RULES:
        count = counts.get(rule.id, 0)
        yield AssetCheckResult(
            check_name=rule.id,
            passed=count == 0,
            severity=AssetCheckSeverity.WARN if rule.severity == "warn" else AssetCheckSeverity.ERROR,
            metadata={"findings": count, "category": rule.category, "examples": examples.get(rule.id, [])},
        )
