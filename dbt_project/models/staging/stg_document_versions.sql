{{ config(materialized="table") }}  -- computed once: every model reads stg_documents, which reads this
-- Every document whose facts are current (parsed, not retired; for a fetched report the latest content of
-- at least one URL that served it), with its unit, year and the fingerprint of the figures it prints.
-- A report published twice (a .doc and its .docx, a republished copy) is the same unit, year and
-- figures: one copy stays (a current format before a legacy .doc/.xls, then the latest loaded), the others
-- name it in duplicate_of.
with latest_per_url as (
    select s.url, arg_max(s.document_id, s.fetched_at) as document_id
    from {{ source('facts', 'document_sources') }} s
    join {{ source('facts', 'documents') }} d on d.document_id = s.document_id and d.status = 'parsed'
    group by s.url
),
parsed as (
    select
        d.*,
        not exists (select 1 from {{ source('facts', 'document_sources') }} s where s.document_id = d.document_id)
        or exists (select 1 from latest_per_url l where l.document_id = d.document_id) as is_current
    from {{ source('facts', 'documents') }} d
    where d.status = 'parsed'
),
figures as (
    select document_id, unnest([initial_budget, adjusted_budget, executed]) as figure
    from {{ source('facts', 'fund_rows') }}
    union all select document_id, amount from {{ source('facts', 'spending') }}
    union all select document_id, total_score from {{ source('facts', 'projects') }}
    union all select document_id, unnest([amount, score]) from {{ source('facts', 'summary_rows') }}
    union all
    select document_id, unnest([basic_expenditure, project_expenditure, personnel_expenditure, public_expenditure])
    from {{ source('facts', 'department_figures') }}
),
fingerprints as (
    select document_id, md5(string_agg(round(figure, 2)::varchar, ',' order by figure)) as figures_fingerprint,
           count(*) as n_figures
    from figures where figure is not null
    group by document_id
),
documents as (
    select
        d.document_id, d.path, d.sha256, d.format, d.fiscal_year, d.loaded_at, d.source_url, d.fetched_at,
        u.name as unit_name, u.province, u.city, u.county, u.adcode, u.staff_authorized, u.staff_actual,
        coalesce(u.adcode, '') || '|' || coalesce(u.name, d.path) as unit_key,
        f.figures_fingerprint, coalesce(f.n_figures, 0) as n_figures
    from parsed d
    left join {{ source('facts', 'units') }} u using (document_id)
    left join fingerprints f using (document_id)
    where d.is_current
)
select
    d.*,
    case when d.figures_fingerprint is not null then nullif(first_value(d.document_id) over (
        partition by d.unit_key, d.fiscal_year, d.figures_fingerprint
        order by d.format in ('doc', 'xls'), d.loaded_at desc, d.path desc
    ), d.document_id) end as duplicate_of
from documents d
