select
    s.document_id || ':s' || s.seq as summary_row_id,
    s.document_id,
    d.unit_key,
    d.fiscal_year,
    s.project as project_name,
    s.amount,
    s.score as reported_score,
    s.grade as reported_grade,
    s.provenance
from {{ source('facts', 'summary_rows') }} s
join {{ ref('stg_documents') }} d using (document_id)
