-- One row per unit and year: the figures the common questions ask for, so they need no join.
-- Money: the unit's execution on the basis mart_execution_rate prefers (its 部门整体 funds row, else its
-- project tables summed; execution_basis says which), both bases' derived rates beside it; scores and
-- inflation measures from mart_score_inflation; spending lines as the latest loaded document states them.
with execution as (
    select unit_key, fiscal_year, basis, initial_budget, adjusted_budget, executed, reported_execution_rate,
           derived_execution_rate, reported_rate_caveat, rank_across_units, rank_in_province, credibility_band
    from {{ ref('mart_execution_rate') }}
    where grain = 'unit' and derived_execution_rate is not null
    qualify row_number() over (partition by unit_key, fiscal_year order by basis = 'projects_sum') = 1
),
bases as (
    select unit_key, fiscal_year,
           max(derived_execution_rate) filter (where basis = 'department_table') as department_execution_rate,
           max(derived_execution_rate) filter (where basis = 'projects_sum') as projects_execution_rate
    from {{ ref('mart_execution_rate') }}
    where grain = 'unit'
    group by unit_key, fiscal_year
),
scores as (
    select * from {{ ref('mart_score_inflation') }} where grain = 'unit'
),
projects as (
    select unit_key, fiscal_year, count(*) as n_projects from {{ ref('stg_projects') }} group by all
),
stated as (
    -- a line several documents state (a 决算 and a 自评报告) is one figure: the latest loaded document's
    select s.unit_key, s.year as fiscal_year, s.phase, s.path_text, s.document_id, sum(s.amount) as amount,
           max(d.loaded_at) as loaded_at
    from {{ ref('int_spending_classified') }} s
    join {{ ref('stg_documents') }} d using (document_id)
    where s.year is not null and s.path_text in ('基本支出', '项目支出', '三公经费')
      and s.classification in ('expenditure_type', 'three_public')
    group by all
),
lines as (
    select unit_key, fiscal_year,
           arg_max(amount, loaded_at) filter (where path_text = '基本支出' and phase = 'final') as basic_expenditure,
           arg_max(amount, loaded_at) filter (where path_text = '项目支出' and phase = 'final') as project_expenditure,
           arg_max(amount, loaded_at) filter (where path_text = '三公经费' and phase = 'final') as three_public_final,
           arg_max(amount, loaded_at) filter (where path_text = '三公经费' and phase = 'initial_budget')
               as three_public_budget
    from stated group by all
),
department as (
    select unit_key, fiscal_year, max(basic_expenditure) as basic_expenditure,
           max(project_expenditure) as project_expenditure
    from {{ ref('stg_department_figures') }} group by all
),
split as (
    -- 基本/项目支出 from the spending lines, else from a department table that states them
    select unit_key, fiscal_year,
           coalesce(l.basic_expenditure, d.basic_expenditure) as basic_expenditure,
           coalesce(l.project_expenditure, d.project_expenditure) as project_expenditure
    from lines l full join department d using (unit_key, fiscal_year)
),
findings as (
    select d.unit_key, d.fiscal_year, count(*) as n_findings
    from {{ source('facts', 'dq_findings') }} f join {{ ref('stg_documents') }} d using (document_id)
    where not starts_with(f.rule_id, 'dbt:')
    group by all
),
unit_years as (
    select unit_key, fiscal_year, count(*) as n_documents
    from {{ ref('stg_documents') }} where fiscal_year is not null group by all
)
select
    u.unit_key, u.unit_name, u.unit_label, u.unit_kind, u.province, u.city, u.county, u.adcode,
    y.fiscal_year,
    y.n_documents,
    coalesce(p.n_projects, 0) as n_projects,
    e.basis as execution_basis,
    e.initial_budget,
    e.adjusted_budget,
    e.executed,
    e.reported_execution_rate,
    e.derived_execution_rate,
    e.reported_rate_caveat,
    round(abs(e.derived_execution_rate - 100), 4) as distance_from_100,
    e.rank_across_units,
    e.rank_in_province,
    e.credibility_band,
    b.department_execution_rate,
    b.projects_execution_rate,
    s.reported_total_score,
    s.implied_grade,
    s.department_grade,
    s.share_full_marks,
    s.share_summary_excellent,
    s.funds_score_gap,
    s.n_funds_score_above_rule,
    s.n_grade_inconsistent,
    s.share_qualitative,
    sp.basic_expenditure,
    sp.project_expenditure,
    round(sp.project_expenditure / nullif(sp.basic_expenditure + sp.project_expenditure, 0), 4) as project_share,
    l.three_public_final,
    l.three_public_budget,
    coalesce(f.n_findings, 0) as n_findings
from unit_years y
join {{ ref('dim_unit') }} u using (unit_key)
left join execution e using (unit_key, fiscal_year)
left join bases b using (unit_key, fiscal_year)
left join scores s using (unit_key, fiscal_year)
left join projects p using (unit_key, fiscal_year)
left join lines l using (unit_key, fiscal_year)
left join split sp using (unit_key, fiscal_year)
left join findings f using (unit_key, fiscal_year)
