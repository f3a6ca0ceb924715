{# Every unit with a parsed document appears in the model. #}
{% test has_rows_for_every_unit(model, column_name) %}
select u.unit_key from {{ ref('dim_unit') }} u
where u.unit_key not in (select {{ column_name }} from {{ model }} where {{ column_name }} is not null)
{% endtest %}
