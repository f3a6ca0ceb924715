select
    s.document_id || ':m' || s.seq as spending_id,
    s.document_id,
    d.unit_key,
    d.fiscal_year as document_year,
    s.classification,
    s.path,
    array_to_string(s.path, ' › ') as path_text,
    len(s.path) as depth,
    s.path[1] as level1_name,
    s.path[2] as level2_name,
    s.path[3] as level3_name,
    s.phase,
    s.year,
    s.amount,
    s.code as printed_code,
    s.provenance
from {{ source('facts', 'spending') }} s
join {{ ref('stg_documents') }} d using (document_id)
