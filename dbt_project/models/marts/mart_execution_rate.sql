-- Budget execution per project and per unit-year: reported vs derived 执行率, money-weighted unit
-- rate, adjustment ratio, budget credibility banded like PEFA PI-1, rank across counties.
with bands as (select * from {{ ref('credibility_bands') }}),
projects as (
    select
        'project' as level, 'project' as basis, f.unit_key, f.fiscal_year, f.project_id, f.project_name,
        f.initial_budget, f.adjusted_budget, f.executed, f.budget_base,
        f.reported_execution_rate, f.derived_execution_rate, f.adjustment_ratio, f.budget_credibility
    from {{ ref('int_project_funds') }} f
),
unit_projects as (
    select
        'unit' as level, 'projects' as basis, unit_key, fiscal_year, null as project_id, null as project_name,
        sum(initial_budget), sum(adjusted_budget), sum(executed),
        sum(budget_base) filter (where executed is not null),
        null as reported_execution_rate,
        round(sum(executed) filter (where budget_base is not null)
              / nullif(sum(budget_base) filter (where executed is not null), 0) * 100, 4),
        round(sum(adjusted_budget) / nullif(sum(initial_budget), 0), 4),
        round(sum(executed) filter (where initial_budget is not null)
              / nullif(sum(initial_budget) filter (where executed is not null), 0) * 100, 4)
    from projects
    group by unit_key, fiscal_year
),
unit_department as (
    select
        'unit', 'department', unit_key, fiscal_year, null, null, initial_budget, adjusted_budget, executed,
        budget_base, reported_execution_rate, derived_execution_rate, adjustment_ratio, budget_credibility
    from {{ ref('int_department_funds') }}
),
unioned as (
    select * from projects
    union all select * from unit_projects
    union all select * from unit_department
)
select
    u.unit_name, u.province, u.city, u.county, u.adcode,
    x.*,
    round(x.reported_execution_rate - x.derived_execution_rate, 4) as execution_rate_gap,
    round(abs(x.derived_execution_rate - 100), 4) as distance_from_100,
    round(abs(x.budget_credibility - 100), 4) as credibility_deviation_pct,
    (select b.band from bands b where abs(x.budget_credibility - 100) <= b.max_deviation_pct
     order by b.max_deviation_pct limit 1) as credibility_band,
    case when x.level = 'unit' and x.derived_execution_rate is not null then
        rank() over (partition by x.fiscal_year, x.level, x.basis, x.derived_execution_rate is null
                     order by x.derived_execution_rate desc)
    end as rank_across_units
from unioned x
join {{ ref('dim_unit') }} u using (unit_key)
