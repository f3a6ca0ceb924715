-- One row per project table, with its unit, year and theme.
select
    p.project_id,
    p.document_id,
    p.unit_key,
    u.unit_name,
    p.fiscal_year,
    p.project_name,
    p.supervising_dept,
    p.implementing_unit,
    t.theme
from {{ ref('stg_projects') }} p
join {{ ref('dim_unit') }} u using (unit_key)
left join {{ ref('int_project_themes') }} t on t.item_id = p.project_id
