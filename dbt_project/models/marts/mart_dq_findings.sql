-- Data-quality findings readable by an analyst: the unit (name and label), year and document they are
-- about, the rule's title in Chinese (finding_rules seed) and what was found. A view, so the findings of
-- dbt's own expectations, written just after the build, are listed too.
{{ config(materialized='view') }}
select
    u.unit_key,
    u.unit_name,
    u.unit_label,
    u.province,
    d.fiscal_year,
    coalesce(r.rule_title, f.detail) as rule_title,
    f.subject,
    f.detail,
    f.difference,
    f.category,
    f.severity,
    f.rule_id,
    f.document_id,
    d.path as document_path,
    f.checked_at
from {{ source('facts', 'dq_findings') }} f
left join {{ ref('stg_documents') }} d using (document_id)
left join {{ ref('dim_unit') }} u on u.unit_key = d.unit_key
left join {{ ref('finding_rules') }} r on r.rule_id = f.rule_id
