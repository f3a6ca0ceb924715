{# Every unit with a parsed document appears in the model: an expectation about documents, so its
   failing rows name the unit (unit_key, unit_name) and its latest document for dq_findings. #}
{% test has_rows_for_every_unit(model, column_name) %}
select u.unit_key, u.unit_name,
       (select arg_max(d.document_id, d.loaded_at) from {{ ref('stg_documents') }} d where d.unit_key = u.unit_key)
           as document_id
from {{ ref('dim_unit') }} u
where u.unit_key not in (select {{ column_name }} from {{ model }} where {{ column_name }} is not null)
{% endtest %}
