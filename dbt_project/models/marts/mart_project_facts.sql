-- Every fund row and indicator of every project (and of the department), and every summary-table row
-- (自评结果汇总), with where it was printed: the drill-down from a unit or project to the document, page or
-- sheet, and source text. A summary row belongs to the project table of the same name in the unit's
-- documents of that year, else it stands for a project known only from the summary.
with documents as (
    select document_id, path as document_path, format, unit_key, unit_name, fiscal_year
    from {{ ref('stg_documents') }}
),
projects as (
    select project_id, project_name from {{ ref('stg_projects') }}
    union all
    select summary_row_id, project_name from {{ ref('stg_summary_rows') }}
),
funds as (
    select
        f.document_id, f.project_id, 'fund_row' as fact_type, f.row_key as label, null as level1, null as level2,
        null as target, null as actual, f.funds_weight as weight, f.reported_funds_score as score,
        f.initial_budget, f.adjusted_budget, f.executed, f.reported_execution_rate as execution_rate,
        null as deviation, 0 as seq, f.provenance
    from {{ ref('stg_fund_rows') }} f
),
indicators as (
    select
        i.document_id, i.project_id, 'indicator', i.indicator_name, i.level1, i.level2, i.target, i.actual,
        i.weight, i.score, null, null, null, null, i.deviation, i.seq, i.provenance
    from {{ ref('stg_indicators') }} i
),
summaries as (
    select
        r.document_id, coalesce(p.project_id, r.summary_row_id), 'summary_row', r.project_name, null, null,
        null, null, null, r.reported_score, null, null, r.amount, null, r.reported_grade, 0, r.provenance
    from {{ ref('stg_summary_rows') }} r
    left join {{ ref('stg_projects') }} p
        on p.unit_key = r.unit_key and p.fiscal_year is not distinct from r.fiscal_year
        and p.project_name = r.project_name
),
facts as (select * from funds union all select * from indicators union all select * from summaries)
select
    d.unit_key,
    d.unit_name,
    u.unit_label,
    d.fiscal_year,
    coalesce(f.project_id, f.document_id || ':department') as owner_id,
    coalesce(p.project_name, '部门整体') as owner_name,
    f.fact_type,
    f.seq,
    f.label,
    f.level1,
    f.level2,
    f.target,
    f.actual,
    f.weight,
    f.score,
    f.initial_budget,
    f.adjusted_budget,
    f.executed,
    f.execution_rate,
    f.deviation,
    d.document_id,
    d.document_path,
    d.format as document_format,
    try_cast(json_extract_string(f.provenance, '$.page') as integer) as page,
    json_extract_string(f.provenance, '$.sheet') as sheet,
    json_extract_string(f.provenance, '$.text') as source_text
from facts f
join documents d using (document_id)
left join projects p on p.project_id = f.project_id
join {{ ref('dim_unit') }} u on u.unit_key = d.unit_key
