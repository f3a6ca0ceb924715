select
    f.document_id,
    d.unit_key,
    d.fiscal_year,
    f.basic_expenditure,
    f.project_expenditure,
    f.personnel_expenditure,
    f.public_expenditure,
    f.score as reported_score,
    f.grade as reported_grade,
    f.provenance
from {{ source('facts', 'department_figures') }} f
join {{ ref('stg_documents') }} d using (document_id)
