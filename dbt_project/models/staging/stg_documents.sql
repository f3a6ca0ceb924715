-- Documents whose facts are current (parsed, not retired), with their unit and year.
select
    d.document_id,
    d.path,
    d.sha256,
    d.format,
    d.fiscal_year,
    d.loaded_at,
    u.name as unit_name,
    u.province,
    u.city,
    u.county,
    u.adcode,
    u.staff_authorized,
    u.staff_actual,
    coalesce(u.adcode, '') || '|' || coalesce(u.name, d.path) as unit_key
from {{ source('facts', 'documents') }} d
left join {{ source('facts', 'units') }} u using (document_id)
where d.status = 'parsed'
