-- Spending lines, their category names normalised once here (clean_category, then the category_aliases
-- seed) so every mart and chart groups 项目支出：, 其中：项目支出 and 项目支出 as one category.
with aliases as (select map(list(alias), list(category)) as alias_map from {{ ref('category_aliases') }}),
lines as (
    select s.* replace (list_transform(s.path, lambda x: coalesce(a.alias_map[{{ clean_category('x') }}],
                                                                  {{ clean_category('x') }})) as path)
    from {{ source('facts', 'spending') }} s, aliases a
)
select
    s.document_id || ':m' || s.seq as spending_id,
    s.document_id,
    d.unit_key,
    d.fiscal_year as document_year,
    s.classification,
    s.path,
    array_to_string(s.path, ' › ') as path_text,
    len(s.path) as depth,
    s.path[1] as level1_name,
    s.path[2] as level2_name,
    s.path[3] as level3_name,
    s.phase,
    s.year,
    s.amount,
    s.code as printed_code,
    s.provenance
from lines s
join {{ ref('stg_documents') }} d using (document_id)
