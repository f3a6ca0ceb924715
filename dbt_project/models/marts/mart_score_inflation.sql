-- Score inflation per project (grain = project) and per unit-year (grain = unit). Every rule is its own
-- column; the derived execution rate sits beside the scores, so a high score on low execution shows.
with project_rows as (
    select
        'project' as grain, s.unit_key, s.fiscal_year, s.project_id, s.project_name,
        f.derived_execution_rate,
        (s.funds_score_gap > 0.01)::int as n_funds_score_above_rule,
        s.reported_total_score, s.reported_grade, s.implied_grade,
        s.funds_weight, s.reported_funds_score, s.rule_funds_score, s.funds_score_gap,
        s.n_indicators, s.share_full_marks, s.n_full_marks_missing_target, s.share_qualitative,
        s.share_boilerplate,
        s.weights_not_100::int as n_weights_not_100,
        s.total_inconsistent::int as n_total_inconsistent,
        s.grade_inconsistent::int as n_grade_inconsistent,
        s.evidence_adjusted_score,
        round(s.reported_total_score - s.evidence_adjusted_score, 4) as evidence_gap,
        null::double as department_score,
        null::varchar as department_grade,
        null::double as mean_summary_score,
        null::double as share_summary_excellent
    from {{ ref('int_project_scores') }} s
    left join {{ ref('int_project_funds') }} f using (project_id)
),
indicators as (
    select unit_key, fiscal_year,
           count(*) as n_indicators,
           round(count(*) filter (where is_full_marks) / nullif(count(*) filter (where weight is not null), 0), 4)
               as share_full_marks,
           count(*) filter (where is_full_marks and misses_target) as n_full_marks_missing_target,
           round(count(*) filter (where is_qualitative) / nullif(count(*), 0), 4) as share_qualitative
    from {{ ref('int_indicator_values') }}
    group by unit_key, fiscal_year
),
projects as (
    select unit_key, fiscal_year,
           round(avg(reported_total_score), 4) as reported_total_score,
           round(avg(funds_score_gap), 4) as funds_score_gap,
           count(*) filter (where funds_score_gap > 0.01) as n_funds_score_above_rule,
           round(avg(share_boilerplate), 4) as share_boilerplate,
           sum(weights_not_100::int) as n_weights_not_100,
           sum(total_inconsistent::int) as n_total_inconsistent,
           sum(grade_inconsistent::int) as n_grade_inconsistent,
           round(avg(evidence_adjusted_score), 4) as evidence_adjusted_score
    from {{ ref('int_project_scores') }}
    group by unit_key, fiscal_year
),
departments as (
    select unit_key, fiscal_year, max(reported_score) as department_score, max(reported_grade) as department_grade,
           sum((reported_grade is not null and reported_grade <> {{ grade_of('reported_score') }})::int)
               as n_grade_inconsistent
    from {{ ref('stg_department_figures') }}
    group by unit_key, fiscal_year
),
summaries as (
    select unit_key, fiscal_year, round(avg(reported_score), 4) as mean_summary_score,
           round(count(*) filter (where reported_grade = '优') / nullif(count(*) filter (
               where reported_grade is not null), 0), 4) as share_summary_excellent,
           sum((reported_grade is not null and reported_score is not null
                and reported_grade <> {{ grade_of('reported_score') }})::int) as n_grade_inconsistent
    from {{ ref('stg_summary_rows') }}
    group by unit_key, fiscal_year
),
unit_years as (select distinct unit_key, fiscal_year from {{ ref('stg_documents') }}),
execution as (
    -- the unit's rate on the basis mart_execution_rate prefers: its 部门整体 row, else its projects summed
    select unit_key, fiscal_year, derived_execution_rate
    from {{ ref('mart_execution_rate') }}
    where grain = 'unit' and derived_execution_rate is not null
    qualify row_number() over (partition by unit_key, fiscal_year order by basis = 'projects_sum') = 1
),
unit_rows as (
    select
        'unit' as grain, y.unit_key, y.fiscal_year, null as project_id, null as project_name,
        e.derived_execution_rate,
        p.n_funds_score_above_rule,
        coalesce(p.reported_total_score, d.department_score, s.mean_summary_score) as reported_total_score,
        d.department_grade as reported_grade,
        {{ grade_of('coalesce(p.reported_total_score, d.department_score, s.mean_summary_score)') }}
            as implied_grade,
        null::double as funds_weight, null::double as reported_funds_score, null::double as rule_funds_score,
        p.funds_score_gap,
        i.n_indicators, i.share_full_marks, i.n_full_marks_missing_target, i.share_qualitative,
        p.share_boilerplate,
        p.n_weights_not_100,
        p.n_total_inconsistent,
        coalesce(p.n_grade_inconsistent, 0) + coalesce(d.n_grade_inconsistent, 0)
            + coalesce(s.n_grade_inconsistent, 0) as n_grade_inconsistent,
        p.evidence_adjusted_score,
        round(p.reported_total_score - p.evidence_adjusted_score, 4) as evidence_gap,
        d.department_score, d.department_grade, s.mean_summary_score, s.share_summary_excellent
    from unit_years y
    left join projects p using (unit_key, fiscal_year)
    left join indicators i using (unit_key, fiscal_year)
    left join departments d using (unit_key, fiscal_year)
    left join summaries s using (unit_key, fiscal_year)
    left join execution e using (unit_key, fiscal_year)
)
select u.unit_name, u.unit_label, u.unit_kind, u.province, u.city, u.county, u.adcode, x.*
from (select * from project_rows union all by name select * from unit_rows) x
join {{ ref('dim_unit') }} u using (unit_key)
