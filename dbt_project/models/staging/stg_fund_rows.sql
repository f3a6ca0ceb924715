select
    f.document_id,
    d.unit_key,
    d.fiscal_year,
    f.owner,
    f.project_id,
    f.row_key,
    f.initial_budget,
    f.adjusted_budget,
    f.executed,
    f.weight as funds_weight,
    f.execution_rate as reported_execution_rate,
    f.score as reported_funds_score,
    f.provenance
from {{ source('facts', 'fund_rows') }} f
join {{ ref('stg_documents') }} d using (document_id)
