-- Documents whose facts are current (parsed, not retired, and for a fetched report the latest
-- version fetched from its URL), with their unit and year.
with parsed as (
    select
        d.*,
        row_number() over (partition by coalesce(d.source_url, d.path) order by d.fetched_at desc nulls last,
                           d.loaded_at desc) = 1 as is_current
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
