-- Per project: item weights and scores against the printed 总分, full marks, qualitative share,
-- boilerplate, the grade the printed score implies, and an evidence-adjusted score.
with items as (
    select
        project_id,
        count(*) as n_indicators,
        sum(weight) as sum_weights,
        sum(score) as sum_scores,
        sum(evidence_score) as sum_evidence_scores,
        count(*) filter (where is_full_marks) as n_full_marks,
        count(*) filter (where is_full_marks and misses_target) as n_full_marks_missing_target,
        count(*) filter (where is_qualitative) as n_qualitative
    from {{ ref('int_indicator_values') }}
    where owner = 'project'
    group by project_id
),
names as (
    select distinct unit_key, project_id, indicator_name from {{ ref('stg_indicators') }}
    where owner = 'project' and indicator_name is not null
),
repeated as (
    select
        n.project_id,
        count(*) as n_names,
        count(*) filter (where exists (
            select 1 from names o
            where o.unit_key = n.unit_key and o.project_id <> n.project_id and o.indicator_name = n.indicator_name
        )) as n_repeated
    from names n
    group by n.project_id
)
select
    p.project_id,
    p.document_id,
    p.unit_key,
    p.fiscal_year,
    p.project_name,
    p.reported_total_weight,
    p.reported_total_score,
    p.reported_grade,
    f.funds_weight,
    f.reported_funds_score,
    f.rule_funds_score,
    round(f.reported_funds_score - f.rule_funds_score, 4) as funds_score_gap,
    i.n_indicators,
    i.sum_weights,
    i.sum_scores,
    i.n_full_marks,
    round(i.n_full_marks / nullif(i.n_indicators, 0), 4) as share_full_marks,
    i.n_full_marks_missing_target,
    round(i.n_qualitative / nullif(i.n_indicators, 0), 4) as share_qualitative,
    round(r.n_repeated / nullif(r.n_names, 0), 4) as share_boilerplate,
    not (abs(i.sum_weights - 100) < 0.01 or abs(i.sum_weights + coalesce(f.funds_weight, 0) - 100) < 0.01)
        as weights_not_100,
    p.reported_total_score is not null
        and abs(p.reported_total_score - i.sum_scores) > 0.01
        and abs(p.reported_total_score - i.sum_scores - coalesce(f.reported_funds_score, 0)) > 0.01
        as total_inconsistent,
    {{ grade_of('p.reported_total_score') }} as implied_grade,
    p.reported_grade is not null and p.reported_grade <> {{ grade_of('p.reported_total_score') }}
        as grade_inconsistent,
    -- Does the printed 总分 include the funds score? Whichever sum it is closer to.
    coalesce(abs(p.reported_total_score - i.sum_scores - coalesce(f.reported_funds_score, 0))
             < abs(p.reported_total_score - i.sum_scores), false) as total_includes_funds,
    case when p.reported_total_score is not null then round(
        i.sum_evidence_scores + case
            when coalesce(abs(p.reported_total_score - i.sum_scores - coalesce(f.reported_funds_score, 0))
                          < abs(p.reported_total_score - i.sum_scores), false)
            then coalesce(f.rule_funds_score, f.reported_funds_score, 0) else 0 end, 4)
    end as evidence_adjusted_score
from {{ ref('stg_projects') }} p
left join {{ ref('int_project_funds') }} f using (project_id)
left join items i using (project_id)
left join repeated r using (project_id)
