-- Every project (from project tables, else from summary tables) with its theme from the editable
-- keyword seed: the matching keyword of the best priority wins, else 其他.
with projects as (
    select project_id as item_id, document_id, unit_key, fiscal_year, project_name,
           coalesce(f.executed, f.adjusted_budget, f.initial_budget) as amount, 'project_table' as source
    from {{ ref('int_project_funds') }} f
    union all
    select s.summary_row_id, s.document_id, s.unit_key, s.fiscal_year, s.project_name, s.amount, 'summary_table'
    from {{ ref('stg_summary_rows') }} s
    where s.document_id not in (select document_id from {{ ref('stg_projects') }})
),
matches as (
    select p.item_id, t.theme, t.priority, length(t.keyword) as keyword_length
    from projects p join {{ ref('themes') }} t on contains(p.project_name, t.keyword)
),
best as (
    select item_id, theme from (
        select *, row_number() over (partition by item_id order by priority, keyword_length desc, theme) as rn
        from matches) where rn = 1
)
select p.*, coalesce(b.theme, '其他') as theme
from projects p left join best b using (item_id)
