-- Budget execution per project (grain = project, basis = project_table) and per unit-year (grain = unit;
-- basis = department_table: the unit's 部门整体 funds row, or projects_sum: its project tables summed,
-- money-weighted): reported vs derived 执行率, adjustment ratio, budget credibility banded like PEFA PI-1,
-- rank across units by distance from 100 %.
with bands as (select * from {{ ref('credibility_bands') }}),
projects as (
    select
        'project' as grain, 'project_table' as basis, f.unit_key, f.fiscal_year, f.project_id, f.project_name,
        f.initial_budget, f.adjusted_budget, f.executed, f.budget_base,
        f.reported_execution_rate, f.derived_execution_rate, f.adjustment_ratio, f.budget_credibility
    from {{ ref('int_project_funds') }} f
),
unit_projects as (
    select
        'unit' as grain, 'projects_sum' as basis, unit_key, fiscal_year, null as project_id, null as project_name,
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
        'unit', 'department_table', unit_key, fiscal_year, null, null, initial_budget, adjusted_budget, executed,
        budget_base, reported_execution_rate, derived_execution_rate, adjustment_ratio, budget_credibility
    from {{ ref('int_department_funds') }}
),
unioned as (
    select * from projects
    union all select * from unit_projects
    union all select * from unit_department
)
select
    u.unit_name, u.unit_label, u.unit_kind, u.province, u.city, u.county, u.adcode,
    x.*,
    round(x.reported_execution_rate - x.derived_execution_rate, 4) as execution_rate_gap,
    -- what a printed rate that disagrees with 全年执行数/全年预算数 was measured against, for the caveat beside it
    case
        when x.reported_execution_rate is null or x.derived_execution_rate is null
             or abs(x.reported_execution_rate - x.derived_execution_rate) <= 0.5 then null
        when abs(x.reported_execution_rate - x.budget_credibility) <= 0.5 then '报告执行率按年初预算数计算'
        else '报告执行率与全年执行数/全年预算数不符'
    end as reported_rate_caveat,
    round(abs(x.derived_execution_rate - 100), 4) as distance_from_100,
    round(abs(x.budget_credibility - 100), 4) as credibility_deviation_pct,
    (select b.band from bands b where abs(x.budget_credibility - 100) <= b.max_deviation_pct
     order by b.max_deviation_pct limit 1) as credibility_band,
    -- 1 = the unit whose derived rate is closest to 100 % (an overrun is as far off as an underrun);
    -- ties broken by the larger budget, then the unit key, so every rank is distinct
    case when x.grain = 'unit' and x.derived_execution_rate is not null then
        row_number() over (partition by x.fiscal_year, x.grain, x.basis, x.derived_execution_rate is null
                           order by abs(x.derived_execution_rate - 100), x.budget_base desc nulls last, x.unit_key)
    end as rank_across_units,
    case when x.grain = 'unit' and x.derived_execution_rate is not null then
        row_number() over (partition by x.fiscal_year, x.grain, x.basis, u.province, x.derived_execution_rate is null
                           order by abs(x.derived_execution_rate - 100), x.budget_base desc nulls last, x.unit_key)
    end as rank_in_province
from unioned x
join {{ ref('dim_unit') }} u using (unit_key)
