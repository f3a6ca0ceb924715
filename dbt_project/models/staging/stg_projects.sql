select
    p.project_id,
    p.document_id,
    d.unit_key,
    d.fiscal_year,
    p.seq,
    p.name as project_name,
    p.supervising_dept,
    p.implementing_unit,
    p.goal_expected,
    p.goal_actual,
    p.total_weight as reported_total_weight,
    p.total_score as reported_total_score,
    p.grade as reported_grade,
    p.provenance
from {{ source('facts', 'projects') }} p
join {{ ref('stg_documents') }} d using (document_id)
