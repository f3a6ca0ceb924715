{# Rows whose printed value is not one of `values`: unlike accepted_values, the whole row comes back,
   so a finding names its unit and document. #}
{% test one_of(model, column_name, values) %}
select * from {{ model }}
where {{ column_name }} is not null and {{ column_name }} not in (
    {%- for value in values %}'{{ value }}'{{ ", " if not loop.last }}{% endfor -%}
)
{% endtest %}
