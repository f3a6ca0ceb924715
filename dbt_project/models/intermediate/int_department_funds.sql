-- The whole department's budget row with derived values beside the reported ones.
select
    f.document_id,
    f.unit_key,
    f.fiscal_year,
    f.initial_budget,
    f.adjusted_budget,
    f.executed,
    f.funds_weight,
    f.reported_execution_rate,
    f.reported_funds_score,
    coalesce(nullif(f.adjusted_budget, 0), nullif(f.initial_budget, 0)) as budget_base,
    round(f.executed / coalesce(nullif(f.adjusted_budget, 0), nullif(f.initial_budget, 0)) * 100, 4)
        as derived_execution_rate,
    round(f.adjusted_budget / nullif(f.initial_budget, 0), 4) as adjustment_ratio,
    round(f.executed / nullif(f.initial_budget, 0) * 100, 4) as budget_credibility,
    f.provenance
from {{ ref('stg_fund_rows') }} f
where f.owner = 'department' and f.row_key = 'total'
