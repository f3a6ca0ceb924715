{# Every model in the one `main` schema analysts know, not main_staging / main_marts. #}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {{ target.schema }}
{%- endmacro %}
