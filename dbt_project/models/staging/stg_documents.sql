-- Documents whose facts count: current, and not a second copy of a report (see stg_document_versions).
select
    document_id, path, sha256, format, fiscal_year, loaded_at, source_url, fetched_at,
    unit_name, province, city, county, adcode, staff_authorized, staff_actual, unit_key
from {{ ref('stg_document_versions') }}
where duplicate_of is null
