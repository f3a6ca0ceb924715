{# The grade a score implies, from the editable grade_bands seed (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差). #}
{% macro grade_of(score_column) -%}
    (select g.grade from {{ ref('grade_bands') }} g where {{ score_column }} >= g.min_score
     order by g.min_score desc limit 1)
{%- endmacro %}
