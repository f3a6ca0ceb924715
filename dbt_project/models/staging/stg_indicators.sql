select
    i.indicator_id,
    i.document_id,
    d.unit_key,
    d.fiscal_year,
    i.owner,
    i.project_id,
    i.seq,
    i.level1,
    i.level2,
    i.name as indicator_name,
    i.target,
    i.actual,
    i.weight,
    i.score,
    i.deviation,
    i.nature,
    i.unit as measure_unit,
    i.provenance
from {{ source('facts', 'indicators') }} i
join {{ ref('stg_documents') }} d using (document_id)
