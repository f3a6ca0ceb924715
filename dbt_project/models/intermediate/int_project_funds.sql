-- One funds row per project, derived values beside the reported ones.
-- Rule "funds row": the 年度资金总额 row, with figures it leaves blank taken from 其中：当年财政拨款
-- (Hunan prints the money only on the 财政拨款 row).
with total as (select * from {{ ref('stg_fund_rows') }} where owner = 'project' and row_key = 'total'),
appropriation as (
    select * from {{ ref('stg_fund_rows') }} where owner = 'project' and row_key = 'current_appropriation'
),
combined as (
    select
        p.project_id,
        p.document_id,
        p.unit_key,
        p.fiscal_year,
        p.project_name,
        coalesce(t.initial_budget, a.initial_budget) as initial_budget,
        coalesce(t.adjusted_budget, a.adjusted_budget) as adjusted_budget,
        coalesce(t.executed, a.executed) as executed,
        coalesce(t.funds_weight, a.funds_weight) as funds_weight,
        coalesce(t.reported_execution_rate, a.reported_execution_rate) as reported_execution_rate,
        coalesce(t.reported_funds_score, a.reported_funds_score) as reported_funds_score,
        coalesce(t.provenance, a.provenance) as provenance
    from {{ ref('stg_projects') }} p
    left join total t using (project_id)
    left join appropriation a using (project_id)
)
select
    *,
    coalesce(nullif(adjusted_budget, 0), nullif(initial_budget, 0)) as budget_base,
    round(executed / coalesce(nullif(adjusted_budget, 0), nullif(initial_budget, 0)) * 100, 4)
        as derived_execution_rate,
    round(funds_weight * least(executed / coalesce(nullif(adjusted_budget, 0), nullif(initial_budget, 0)), 1), 4)
        as rule_funds_score,
    round(adjusted_budget / nullif(initial_budget, 0), 4) as adjustment_ratio,
    round(executed / nullif(initial_budget, 0) * 100, 4) as budget_credibility
from combined
