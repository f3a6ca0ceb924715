-- Documents whose facts are current: parsed, not retired, and for a fetched report the latest content
-- of at least one URL that served it (a content under several URLs stays current while any of them
-- still serves it), with their unit and year.
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
)
select
    d.document_id,
    d.path,
    d.sha256,
    d.format,
    d.fiscal_year,
    d.loaded_at,
    d.source_url,
    d.fetched_at,
    u.name as unit_name,
    u.province,
    u.city,
    u.county,
    u.adcode,
    u.staff_authorized,
    u.staff_actual,
    coalesce(u.adcode, '') || '|' || coalesce(u.name, d.path) as unit_key
from parsed d
left join {{ source('facts', 'units') }} u using (document_id)
where d.is_current
