{# A category name as printed, without what layouts add around it: 「其中：」 before it, a colon after it,
   half-width brackets (因公出国(境)费 = 因公出国（境）费). Synonyms are the category_aliases seed's job. #}
{% macro clean_category(name) -%}
    regexp_replace(regexp_replace(replace(replace(trim({{ name }}), '(', '（'), ')', '）'),
                   '^其中[:：]?\s*', ''), '[:：\s]+$', '')
{%- endmacro %}
